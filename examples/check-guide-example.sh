#!/bin/sh
# The C program of docs/guide.md ("C by example"), compiled from the guide
# as it stands, prints what the guide says: the headline of the sample
# article, then each quotation with its speaker and the byte it starts at.
# A file it cannot take (missing, or over its 1 MiB buffer) is an error
# with a message, not a truncated answer.
set -u
. "$(dirname "$0")/expect-lines.sh"
sample=${FRN_SAMPLE_DATA:-$(dirname "$0")/data}/000_9b3e2d958d694ffd.txt
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
run_to "$tmp/out" ./guide-example "$sample"
expect_lines "guide-example" "$tmp/out" \
    '^Microsoft won’t sell facial recognition technology to police$' \
    '^Brad Smith (byte 355): We will not sell facial recognition technology '
# 2 MB of paragraphs: more than the buffer holds.
awk 'BEGIN { for (i = 0; i < 40000; i++) print "The council met again on Monday evening.\n" }' \
    >"$tmp/large.txt"
for input in "$tmp/large.txt" "$tmp/missing.txt"; do
    if ./guide-example "$input" >"$tmp/out" 2>"$tmp/err"; then
        echo "FAIL: guide-example succeeded on $input"; failed=$((failed + 1))
    elif ! grep -q 'cannot read the file, or it is over 1 MiB' "$tmp/err"; then
        echo "FAIL: guide-example on $input: no message"; cat "$tmp/err"; failed=$((failed + 1))
    else
        passed=$((passed + 1))
    fi
done
report
