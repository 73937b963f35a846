# Sourced by the frnews command's shell tests: $frnews, $samples, $python,
# and run / expect_status / check_json (plus test-support.sh's pass, fail
# and $tmp).
builddir=${FRN_BUILDDIR:-..}
samples=${FRN_SAMPLE_DATA:-../examples/data}
frnews="$builddir/cli/frnews"
python=/usr/bin/python3
[ -x "$python" ] || python=$(command -v python3) || {
    echo "SKIP: no Python to read the JSON output"
    exit 77
}

. "${FRN_SRCDIR:-..}/tests/test-support.sh"

runner=${FRN_CLI_RUNNER:-}

# run ARGS...: frnews's output in $tmp/out and $tmp/err, its status in $rc.
run() {
    # shellcheck disable=SC2086 # the runner is a command line
    $runner "$frnews" "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
}

# expect_status NAME STATUS: the last run exited with STATUS.
expect_status() {
    if [ "$rc" -eq "$2" ]; then pass; else fail "$1: exit status $rc, expected $2"; fi
}

# check_json NAME PYTHON-CODE [ARGS...]: run the code with `lines` (the
# decoded JSON lines of $tmp/out; every line must decode) and `args`; it
# raises AssertionError with a message when the output is wrong.
check_json() {
    name=$1
    code=$2
    shift 2
    if "$python" - "$tmp/out" "$@" >"$tmp/py" 2>&1 <<EOF
import json, os, sys
raw = open(sys.argv[1], 'rb').read()
assert raw.endswith(b'\n'), 'output does not end with a newline'
# split on \n only: a raw U+2028 in a record would break other splitters too
lines = [json.loads(line) for line in raw.decode('utf-8').split('\n')[:-1]]
args = sys.argv[2:]
$code
EOF
    then
        pass
    else
        fail "$name"
        sed 's/^/    /' "$tmp/py"
    fi
}

