#!/bin/sh
# The C program of README.md ("Using it from C"), compiled from the README as
# it stands, prints what the README says it prints: the headline of its
# article, and the quotation with its speaker.
set -u
. "$(dirname "$0")/expect-lines.sh"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
run_to "$tmp/out" ./readme-example
cat "$tmp/out"
expect_lines "readme-example" "$tmp/out" '^Harbour council approves the budget$' \
    '^Jane Roe: Every line of this budget was read,$'
report
