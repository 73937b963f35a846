#!/bin/sh
# The C program of docs/guide.md ("C by example"), compiled from the guide
# as it stands, prints what the guide says: the headline of the sample
# article, then each quotation with its speaker and the byte it starts at.
# A file it cannot take (missing, or over its 1 MiB buffer) is an error
# with a message, not a truncated answer. Then the guide's shell blocks run
# from a directory like the top of the tree, with the built frnews first on
# PATH (FRNEWS names it), and print what the guide says they print; they
# need jq, without which they are skipped, or fail with CI=true.
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

guide=$(dirname "$0")/../docs/guide.md
mkdir "$tmp/top" "$tmp/bin" && ln -s "$(cd "$(dirname "$0")" && pwd)" "$tmp/top/examples"
awk '/^```sh$/ { inside = 1; next } inside && /^```$/ { inside = 0 } inside' "$guide" >"$tmp/guide.sh"
frnews=${FRNEWS:-../cli/frnews}
case $frnews in /*) ;; *) frnews=$(pwd)/$frnews ;; esac
ln -s "$frnews" "$tmp/bin/frnews"
if ! command -v jq >/dev/null 2>&1; then
    echo "jq is not installed: the guide's shell blocks are not run (apt-get install jq)"
    [ "${CI:-}" = true ] && failed=$((failed + 1))
else
    (cd "$tmp/top" && PATH=$tmp/bin:$PATH sh -e "$tmp/guide.sh") >"$tmp/sh.out"
    expect_lines "the guide's shell blocks" "$tmp/sh.out" \
        '^Brad Smith: We will not sell facial recognition technology ' '^ *3 Brad Smith$'
fi
report
