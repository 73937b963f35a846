# Sourced by the example checks: counts what a program printed against what
# it should have.
#   run_to FILE COMMAND...              runs COMMAND with its output in FILE;
#                                       a failure when it exits non-zero
#   expect_lines LABEL FILE PATTERN...  a pass for each PATTERN (a grep
#                                       regular expression) that a line of
#                                       FILE matches, a failure (showing
#                                       FILE) for each that none does
#   report                              prints "N passed, N failed" and
#                                       fails when anything did
passed=0
failed=0

run_to() {
    file=$1
    shift
    if ! "$@" >"$file"; then
        echo "FAIL: $* exited non-zero"
        failed=$((failed + 1))
    fi
}

expect_lines() {
    label=$1
    file=$2
    shift 2
    for pattern in "$@"; do
        if grep -q "$pattern" "$file"; then
            passed=$((passed + 1))
        else
            echo "FAIL: $label: no line matching $pattern in:"
            sed 's/^/    /' "$file" | head -20
            failed=$((failed + 1))
        fi
    done
}

report() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}
