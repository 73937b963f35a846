#!/bin/sh
# The C program of README.md ("Using it from C"), compiled from the README as
# it stands, prints what the README says it prints: the headline of its
# article, and the quotation with its speaker.
set -u
output=$(./readme-example) || { echo "FAIL: readme-example exited non-zero"; echo "0 passed, 1 failed"; exit 1; }
printf '%s\n' "$output"
passed=0
failed=0
for expected in 'Harbour council approves the budget$' 'Jane Roe: Every line of this budget was read,$'; do
    if printf '%s\n' "$output" | grep -q "^$expected"; then
        passed=$((passed + 1))
    else
        echo "FAIL: no line matching ^$expected"
        failed=$((failed + 1))
    fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
