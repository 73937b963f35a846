#!/bin/sh
# The README's sample job runs to the end on the bundled articles and prints
# both of its parts: the quotations per article and the coverage summary.
set -u
. "$(dirname "$0")/expect-lines.sh"
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
run_to "$tmp/out" "${srcdir:-.}/run-sample.sh" "${srcdir:-.}/data"
cat "$tmp/out"
expect_lines "run-sample.sh" "$tmp/out" '^== 000_9b3e2d958d694ffd.txt$' \
    '^== 004_188a87e5ba5590fa.txt$' '^== coverage of 5 articles: '
report
