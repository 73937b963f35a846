#!/bin/sh
# `make installcheck`: the installed package works as a user would use it.
#  - The installed examples/print-quotes.c compiles with nothing but the flags
#    of the installed libfrnews.pc (PKG_CONFIG_PATH names it, as README says
#    for a custom prefix) and passes check-print-quotes.sh on the installed
#    sample articles.
#  - The installed frnews reports the package's version, and parses an
#    installed sample: its headline, and its opening quotation with the
#    speaker resolved to the full name. It runs without LD_LIBRARY_PATH: the
#    library is found through the run path libtool gives a non-system prefix,
#    or the loader's cache for a system one.
# Under DESTDIR, pkg-config prefixes its paths with DESTDIR
# (PKG_CONFIG_SYSROOT_DIR) and the library is found through LD_LIBRARY_PATH.
# examples/Makefile.am sets CC, CFLAGS, PKG_CONFIG, PYTHON, DESTDIR,
# FRN_BINDIR, FRN_LIBDIR, FRN_DOCDIR and FRN_VERSION.
set -u
here=$(cd "$(dirname "$0")" && pwd)
examples=$DESTDIR$FRN_DOCDIR/examples
sample=$examples/data/000_9b3e2d958d694ffd.txt
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
. "$here/expect-lines.sh"

pass() { passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }

unset LD_LIBRARY_PATH PKG_CONFIG_SYSROOT_DIR
PKG_CONFIG_PATH=$DESTDIR$FRN_LIBDIR/pkgconfig
export PKG_CONFIG_PATH
if [ -n "$DESTDIR" ]; then
    PKG_CONFIG_SYSROOT_DIR=$DESTDIR
    LD_LIBRARY_PATH=$DESTDIR$FRN_LIBDIR
    export PKG_CONFIG_SYSROOT_DIR LD_LIBRARY_PATH
fi

# The C example, built as README tells a user to build it.
if flags=$($PKG_CONFIG --cflags --libs libfrnews) &&
   $CC $CFLAGS -std=c99 -pedantic -Wall -Wextra -Werror -o "$tmp/print-quotes" \
       "$examples/print-quotes.c" $flags 2>"$tmp/log"; then
    pass
    echo "built $examples/print-quotes.c with: $flags"
    # A program of the user's own has no run path: for a custom prefix the
    # README has the user set LD_LIBRARY_PATH.
    if PRINT_QUOTES=$tmp/print-quotes FRN_SAMPLE_DATA=$examples/data \
       LD_LIBRARY_PATH=$DESTDIR$FRN_LIBDIR sh "$here/check-print-quotes.sh" >"$tmp/log" 2>&1; then
        pass
    else
        fail "the installed print-quotes.c, built and run:"
        sed 's/^/    /' "$tmp/log"
    fi
else
    fail "print-quotes.c does not build against the installed libfrnews.pc:"
    sed 's/^/    /' "$tmp/log"
fi

# No private dependency's include path reaches the users.
cflags=$($PKG_CONFIG --cflags libfrnews)
case $cflags in
    *icu* | *libxml* | *xxhash*) fail "pkg-config --cflags libfrnews names a private dependency: $cflags" ;;
    *) pass ;;
esac

frnews=$DESTDIR$FRN_BINDIR/frnews
version=$("$frnews" --version 2>&1)
if [ "$version" = "frnews $FRN_VERSION" ]; then
    pass
else
    fail "installed frnews --version: \"$version\", expected \"frnews $FRN_VERSION\""
fi

if "$frnews" parse "$sample" >"$tmp/parse.json" 2>"$tmp/log"; then
    if "$PYTHON" - "$tmp/parse.json" <<'EOF'; then pass; else fail "installed frnews parse: wrong output"; fi
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    article = json.load(f)
problems = []
title = "Microsoft won\u2019t sell facial recognition technology to police"
if article.get("title") != title:
    problems.append("title %r, expected %r" % (article.get("title"), title))
opening = [q for q in article.get("quotes", [])
           if q["text"].startswith("We will not sell facial recognition technology")]
if not opening or opening[0]["speaker"] != "Brad Smith":
    problems.append("opening quotation with speaker Brad Smith not found in %r"
                    % [(q["speaker"], q["text"][:40]) for q in article.get("quotes", [])])
for problem in problems:
    print("   ", problem)
sys.exit(1 if problems else 0)
EOF
else
    fail "installed frnews parse exited non-zero:"
    sed 's/^/    /' "$tmp/log"
fi

report
