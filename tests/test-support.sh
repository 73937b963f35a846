# Sourced by the shell tests: a scratch directory $tmp, removed on exit, and
# a tally of checks. fail prints $tmp/err, where the tests keep the standard
# error of what they ran.
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

passed=0
failed=0

pass() { passed=$((passed + 1)); }
fail() {
    echo "FAIL: $1"
    [ -s "$tmp/err" ] && sed 's/^/    stderr: /' "$tmp/err"
    failed=$((failed + 1))
}
