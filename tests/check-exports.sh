#!/bin/sh
# The library exports exactly the symbols listed in libfrnews/libfrnews.sym,
# and the list is exactly the functions the public headers declare FRN_API:
# a function exported but not declared is an accidental ABI addition, one
# declared but missing is an ABI break. Run by `make check` with FRN_BUILDDIR
# and FRN_SRCDIR set (see tests/Makefile.am).
set -u

builddir=${FRN_BUILDDIR:-..}
srcdir=${FRN_SRCDIR:-..}
library=$builddir/libfrnews/.libs/libfrnews.so
symbol_list=$srcdir/libfrnews/libfrnews.sym

if [ ! -f "$library" ]; then
    echo "SKIP: $library not built (configured with --disable-shared?)"
    exit 77
fi
if ! command -v nm >/dev/null 2>&1; then
    echo "SKIP: nm not found"
    exit 77
fi

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

LC_ALL=C
export LC_ALL
# Defined dynamic symbols of any kind except the linker's own version nodes
# (type A); data would be exported as D/B/R and must not be, so every kind
# is compared, not only functions (T).
nm -D --defined-only "$library" | awk '$2 != "A" { print $3 }' | sort -u >"$tmp/exported"
grep -v '^[[:space:]]*$' "$symbol_list" | sort -u >"$tmp/listed"
# The name before the parameter list of every FRN_API declaration (they may
# span lines, so the headers are read as one stream).
cat "$srcdir"/include/frnews.h "$srcdir"/include/frnews/*.h "$srcdir"/include/frnews/version.h.in |
    tr '\n' ' ' | grep -o 'FRN_API [^(;#]*frn_[a-z0-9_]* *(' |
    sed 's/ *($//; s/.*[ *]//' | sort -u >"$tmp/declared"

passed=0
failed=0
for symbol in $(comm -12 "$tmp/exported" "$tmp/listed"); do
    passed=$((passed + 1))
done
for symbol in $(comm -23 "$tmp/exported" "$tmp/listed"); do
    echo "FAIL: $symbol is exported but not listed in libfrnews.sym"
    failed=$((failed + 1))
done
for symbol in $(comm -13 "$tmp/exported" "$tmp/listed"); do
    echo "FAIL: $symbol is listed in libfrnews.sym but not exported"
    failed=$((failed + 1))
done

for symbol in $(comm -3 "$tmp/declared" "$tmp/listed" | tr -d '\t'); do
    if grep -qx "$symbol" "$tmp/listed"; then
        echo "FAIL: $symbol is listed in libfrnews.sym but no public header declares it FRN_API"
    else
        echo "FAIL: $symbol is declared FRN_API but not listed in libfrnews.sym"
    fi
    failed=$((failed + 1))
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
