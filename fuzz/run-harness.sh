#!/bin/sh
# run-harness.sh HARNESS: run one libFuzzer harness the way `make check` and
# `make fuzz` do (fuzz/Makefile.am sets the environment below).
#
# FRN_FUZZ_SECONDS=0 (make check): every seed runs once, a regression run.
# FRN_FUZZ_SECONDS=N (make fuzz): the harness fuzzes for N seconds, keeping
# the inputs that reach new code in work/<name>/ of the build directory, so
# a later run starts from them.
#
# Either fails on any crash, sanitizer report, leak, timeout (one input
# running over 10 s) or memory use over 2 GB; the input is kept in
# work/artifacts/ and its first bytes are printed here.
set -u

harness=$1
program=$(basename "$harness")
name=${program#fuzz_}
srcdir=${FRN_FUZZ_SRCDIR:-.}
samples=${FRN_FUZZ_SAMPLES:-}
seconds=${FRN_FUZZ_SECONDS:-0}
work=work

seeds=$srcdir/corpus/$name
if [ ! -d "$seeds" ]; then
    echo "$program: no seed corpus $seeds"
    exit 99
fi
mkdir -p "$work/$name" "$work/artifacts" || exit 99

# The dictionaries named on the " * Dictionaries:" line of the harness's
# opening comment, joined into one file (libFuzzer takes one).
dict=$work/$name.dict
: >"$dict" || exit 99
set -f # the names are words, never patterns
for d in $(sed -n 's/^ \* Dictionaries: *//p' "$srcdir/$program.c"); do
    cat "$srcdir/dict/$d.dict" >>"$dict" || exit 99
done
set +f

# The work corpus comes first: libFuzzer adds new inputs to the first directory.
set -- "$seeds"
[ -n "$samples" ] && set -- "$@" "$samples"
if [ "$seconds" -gt 0 ]; then
    set -- "$work/$name" "$@" -max_total_time="$seconds"
else
    set -- "$@" -runs=0
fi
[ -s "$dict" ] && set -- "$@" -dict="$dict"

ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=1
export ASAN_OPTIONS
log=$work/$name.out
# libFuzzer's own failure codes include 77, which automake reads as SKIP:
# every failure is made 1.
"$harness" -timeout=10 -rss_limit_mb=2048 -error_exitcode=1 -timeout_exitcode=1 \
    -artifact_prefix="$work/artifacts/$name-" -print_final_stats=1 "$@" >"$log" 2>&1
status=$?
# libFuzzer's progress lines (one per new input) and its recommended
# dictionary are left out, so that what went wrong is not lost among them
# in a long CI log.
grep -v -E '^#[0-9]+[[:space:]]|^[[:space:]]*NEW_FUNC|^".*" # Uses: ' "$log"

runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
corpus=$(ls "$work/$name" | wc -l)
if [ "$status" -ne 0 ]; then
    echo "$program: FAILED (status $status) after ${runs:-?} executions"
    for artifact in $(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log"); do
        echo "$program: input kept in $artifact; its first 256 bytes:"
        od -An -c "$artifact" | head -n 16
    done
    exit 1
fi
if [ "$seconds" -gt 0 ]; then
    echo "$program: ${runs:-?} executions in $seconds s, work corpus $corpus inputs, no failure"
else
    echo "$program: ${runs:-?} seed inputs replayed, no failure"
fi
