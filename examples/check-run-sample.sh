#!/bin/sh
# The README's sample job runs to the end on the bundled articles and prints
# both of its parts: the quotations per article and the coverage summary.
set -u
output=$("${srcdir:-.}/run-sample.sh" "${srcdir:-.}/data") || { echo "FAIL: run-sample.sh exited non-zero"; exit 1; }
printf '%s\n' "$output"
passed=0
failed=0
for expected in '^== 000_9b3e2d958d694ffd.txt$' '^== 004_188a87e5ba5590fa.txt$' \
                '^== coverage of 5 articles: '; do
    if printf '%s\n' "$output" | grep -q "$expected"; then
        passed=$((passed + 1))
    else
        echo "FAIL: no line matching $expected"
        failed=$((failed + 1))
    fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
