#!/bin/sh
# The C example prints the quotations of an article with their speakers,
# from a file or from standard input, whatever the input's size.
#
# The sample article writes `“We will not sell facial recognition technology
# ...,” Smith said.` after naming "Microsoft President Brad Smith" earlier, so
# its first line resolves the speaker to the full name. The large article is
# written here: about 2 MB of paragraphs (twice the fixed buffer the example
# once had) ending in a quotation, which is found only if the example read
# the input to its end.
# PRINT_QUOTES names the program (default ./print-quotes), FRN_SAMPLE_DATA
# the sample articles (default the data directory beside this script).
set -u
. "$(dirname "$0")/expect-lines.sh"
program=${PRINT_QUOTES:-./print-quotes}
sample=${FRN_SAMPLE_DATA:-$(dirname "$0")/data}/000_9b3e2d958d694ffd.txt
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
smith='^Brad Smith: We will not sell facial recognition technology to police departments'

run_to "$tmp/out" "$program" "$sample"
cat "$tmp/out"
expect_lines "a file" "$tmp/out" "$smith"

run_to "$tmp/out" "$program" <"$sample"
expect_lines "standard input" "$tmp/out" "$smith"

{
    echo "Council approves the harbour budget after a long night"
    i=0
    while [ "$i" -lt 12000 ]; do
        i=$((i + 1))
        printf '\nThe council debated item %d of the harbour budget for a while, and members asked the treasurer about the cost of repairs to pier number %d before they moved on.\n' "$i" "$i"
    done
    printf '\n\342\200\234Every line of this budget was read,\342\200\235 said Jane Roe, the council clerk, after the vote.\n'
} >"$tmp/large.txt"
run_to "$tmp/out" "$program" - <"$tmp/large.txt"
expect_lines "a 2 MB input" "$tmp/out" '^Jane Roe: Every line of this budget was read'

if "$program" "$tmp/missing.txt" >"$tmp/out" 2>&1; then
    echo "FAIL: a missing file: exit status 0"
    failed=$((failed + 1))
else
    passed=$((passed + 1))
fi
report
