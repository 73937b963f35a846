#!/bin/sh
# Every public header compiles on its own, included twice (so its include
# guard works), as strict C99 and as C++11. Run by `make check` with CC, CXX,
# FRN_BUILDDIR and FRN_SRCDIR set (see tests/Makefile.am).
set -u

builddir=${FRN_BUILDDIR:-..}
srcdir=${FRN_SRCDIR:-..}
CC=${CC:-cc}
CXX=${CXX:-c++}
include_flags="-I$srcdir/include -I$builddir/include"

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

passed=0
failed=0

# compile_alone LANGUAGE HEADER COMPILER FLAGS...
compile_alone() {
    language=$1
    header=$2
    shift 2
    printf '#include <%s>\n#include <%s>\nint frn_header_check;\n' "$header" "$header" \
        >"$tmp/unit"
    if "$@" $include_flags -c "$tmp/unit" -o "$tmp/unit.o" >"$tmp/log" 2>&1; then
        passed=$((passed + 1))
    else
        echo "FAIL: $header as $language:"
        sed 's/^/    /' "$tmp/log"
        failed=$((failed + 1))
    fi
}

headers=frnews.h
for path in "$srcdir"/include/frnews/*.h; do
    name=$(basename "$path")
    # version.h is generated into the build tree, and checked there below;
    # in a build inside the source tree it also matches this pattern.
    [ "$name" = version.h ] || headers="$headers frnews/$name"
done
if [ -f "$builddir/include/frnews/version.h" ]; then
    headers="$headers frnews/version.h"
else
    echo "FAIL: generated $builddir/include/frnews/version.h is missing"
    failed=$((failed + 1))
fi

for header in $headers; do
    # $CC and $CXX may carry options of their own, so they are split on purpose.
    compile_alone C99 "$header" $CC -x c -std=c99 -pedantic -Wall -Wextra -Werror
    compile_alone C++11 "$header" $CXX -x c++ -std=c++11 -pedantic -Wall -Wextra -Werror
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
