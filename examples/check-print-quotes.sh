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
set -u
program=${PRINT_QUOTES:-./print-quotes}
sample=${srcdir:-.}/data/000_9b3e2d958d694ffd.txt
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

# expect NAME LINE: the output of the last run, in $tmp/out, has LINE as a
# line's beginning.
expect() {
    if grep -q "^$2" "$tmp/out"; then
        passed=$((passed + 1))
    else
        echo "FAIL: $1: no line starting with \"$2\""
        sed 's/^/    /' "$tmp/out" | head -20
        failed=$((failed + 1))
    fi
}

smith='Brad Smith: We will not sell facial recognition technology to police departments'

"$program" "$sample" >"$tmp/out" || echo "print-quotes FILE exited non-zero" >>"$tmp/out"
cat "$tmp/out"
expect "a file" "$smith"

"$program" <"$sample" >"$tmp/out" || echo "print-quotes < FILE exited non-zero" >>"$tmp/out"
expect "standard input" "$smith"

{
    echo "Council approves the harbour budget after a long night"
    i=0
    while [ "$i" -lt 12000 ]; do
        i=$((i + 1))
        printf '\nThe council debated item %d of the harbour budget for a while, and members asked the treasurer about the cost of repairs to pier number %d before they moved on.\n' "$i" "$i"
    done
    printf '\n\342\200\234Every line of this budget was read,\342\200\235 said Jane Roe, the council clerk, after the vote.\n'
} >"$tmp/large.txt"
"$program" - <"$tmp/large.txt" >"$tmp/out" || echo "print-quotes - exited non-zero" >>"$tmp/out"
expect "a 2 MB input" "Jane Roe: Every line of this budget was read"

if "$program" "$tmp/missing.txt" >"$tmp/out" 2>&1; then
    echo "FAIL: a missing file: exit status 0"
    failed=$((failed + 1))
else
    passed=$((passed + 1))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
