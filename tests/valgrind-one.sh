#!/bin/sh
# One test of `make check-valgrind`: valgrind-one.sh KIND NAME, with KIND
#   program  a Check suite, run under valgrind in one process (CK_FORK=no)
#            so a leak is reported against the test that made it;
#   script   a shell test of the frnews command, run with frnews itself
#            under valgrind (FRN_CLI_RUNNER; a memory error or leak makes
#            valgrind exit 99, which fails the test's exit-status checks).
# The tests run in parallel, so each one's output is kept in NAME.vglog and
# shown only when it fails. The environment comes from tests/Makefile.am:
# FRN_LIBTOOL, FRN_VALGRIND_FLAGS and the variables the tests read.
set -u
kind=$1
name=$2
log=$name.vglog
started=$(date +%s)
valgrind="$FRN_LIBTOOL --mode=execute valgrind $FRN_VALGRIND_FLAGS"
case $kind in
program)
    CK_FORK=no
    export CK_FORK
    # shellcheck disable=SC2086 # the command line is split on purpose
    $valgrind --error-exitcode=1 "./$name" >"$log" 2>&1
    ;;
script)
    FRN_CLI_RUNNER="$valgrind --error-exitcode=99"
    export FRN_CLI_RUNNER
    sh "$FRN_SRCDIR/tests/$name" >"$log" 2>&1
    ;;
*)
    echo "valgrind-one.sh: unknown kind '$kind'" >&2
    exit 2
    ;;
esac
status=$?
seconds=$(($(date +%s) - started))
if [ "$status" -eq 0 ]; then
    echo "valgrind: $name passed ($seconds s)"
    exit 0
fi
echo "valgrind: $name FAILED (status $status, $seconds s), its log:"
cat "$log"
exit 1
