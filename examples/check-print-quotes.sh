#!/bin/sh
# The C example runs on a sample article and prints the quotation that opens
# it with its speaker resolved to the full name: the article writes
# `“We will not sell facial recognition technology ...,” Smith said.` after
# naming "Microsoft President Brad Smith" earlier.
set -u
sample=${srcdir:-.}/data/000_9b3e2d958d694ffd.txt
output=$(./print-quotes "$sample") || { echo "FAIL: print-quotes exited non-zero"; exit 1; }
printf '%s\n' "$output"
expected='Brad Smith: We will not sell facial recognition technology to police departments'
if printf '%s\n' "$output" | grep -q "^$expected"; then
    echo "1 passed, 0 failed"
else
    echo "FAIL: no line starting with \"$expected\""
    echo "0 passed, 1 failed"
    exit 1
fi
