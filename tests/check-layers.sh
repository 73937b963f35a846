#!/bin/sh
# The library's layering (libfrnews/README.md), checked on the sources and on
# the built objects:
#   1. a file includes only its own folder's headers and those of the folders
#      before it: core <- text <- lexicon <- article <- quote, and
#      core, text, lexicon <- coverage <- store (coverage and store read
#      articles and quotations through the public headers only);
#   2. a *-private.h header is included from its own folder only;
#   3. only article/ includes libxml2, only store/ includes SQLite;
#   4. no two files call each other, directly or through others: the symbol
#      tables of the built objects give the calls between files.
# Run by `make check` with FRN_SRCDIR and FRN_BUILDDIR set (tests/Makefile.am).
set -u
LC_ALL=C
export LC_ALL

srcdir=${FRN_SRCDIR:-..}/libfrnews
builddir=${FRN_BUILDDIR:-..}/libfrnews
reports=$(mktemp) || exit 1
trap 'rm -f "$reports"' EXIT

# The folders a stage may include, itself first.
allowed() {
    case $1 in
    core) echo "core" ;;
    text) echo "text core" ;;
    lexicon) echo "lexicon text core" ;;
    article) echo "article lexicon text core" ;;
    quote) echo "quote article lexicon text core" ;;
    coverage) echo "coverage lexicon text core" ;;
    store) echo "store coverage lexicon text core" ;;
    *) echo "" ;;
    esac
}

check_includes() {
    file=$1
    stage=$2
    grep -n '^[[:space:]]*#[[:space:]]*include' "$file" | while IFS= read -r line; do
        number=${line%%:*}
        target=$(echo "$line" | sed -n 's/.*include[[:space:]]*[<"]\([^>"]*\)[>"].*/\1/p')
        where="libfrnews/$stage/${file##*/}:$number"
        case $target in
        frnews/* | frnews.h) continue ;;
        libxml/*) [ "$stage" = article ] || echo "FAIL: $where includes libxml2 ($target); only article/ may" ;;
        sqlite3.h) [ "$stage" = store ] || echo "FAIL: $where includes SQLite; only store/ may" ;;
        */*)
            folder=${target%%/*}
            [ -d "$srcdir/$folder" ] || continue # a system header such as unicode/ubrk.h
            case " $(allowed "$stage") " in
            *" $folder "*) ;;
            *) echo "FAIL: $where includes $target: $stage/ may not include $folder/" ;;
            esac
            case $target in
            *-private.h) [ "$folder" = "$stage" ] ||
                echo "FAIL: $where includes $target, private to $folder/" ;;
            esac
            ;;
        *)
            # A bare include is a same-folder header or a system one.
            if [ ! -f "$srcdir/$stage/$target" ] && [ -f "$srcdir/$target" ]; then
                echo "FAIL: $where includes \"$target\" without its folder"
            fi
            ;;
        esac
    done
}

for dir in "$srcdir"/*/; do
    stage=$(basename "$dir")
    if [ -z "$(allowed "$stage")" ]; then
        echo "FAIL: libfrnews/$stage/ is not a known stage: add it to libfrnews/README.md and this check"
        continue
    fi
    for file in "$dir"*.c "$dir"*.h; do
        [ -f "$file" ] && check_includes "$file" "$stage"
    done
done >>"$reports"

# Calls between files, from the objects of the convenience library (one per
# source file of the tree, so that a stale object of a removed file cannot
# count): for each, its defined (T, D, B, R) and undefined (U) global symbols.
objects=
for source in "$srcdir"/*/*.c; do
    stage=$(basename "$(dirname "$source")")
    object=$builddir/$stage/libfrnews_internal_la-$(basename "$source" .c).o
    if [ ! -f "$object" ]; then
        echo "SKIP: $object not built (run make first)"
        exit 77
    fi
    objects="$objects $object"
done
for object in $objects; do
    name=$(basename "$(dirname "$object")")/$(basename "$object" .o | sed 's/^libfrnews_internal_la-//')
    nm "$object" | awk -v file="$name" '$1 == "U" { print "use", file, $2 }
        $2 ~ /^[TDBR]$/ { print "def", file, $3 }'
done | awk '
    $1 == "def" { owner[$3] = $2; files[$2] = 1 }
    $1 == "use" { uses[++n] = $2 " " $3; files[$2] = 1 }
    END {
        for (i = 1; i <= n; i++) {
            split(uses[i], u, " ")
            if ((u[2] in owner) && owner[u[2]] != u[1])
                calls[u[1], owner[u[2]]] = u[2]
        }
        count = 0
        for (f in files) list[++count] = f
        for (a = 1; a <= count; a++)
            for (b = 1; b <= count; b++)
                if ((list[a], list[b]) in calls) reach[list[a], list[b]] = 1
        for (k = 1; k <= count; k++)
            for (a = 1; a <= count; a++)
                if ((list[a], list[k]) in reach)
                    for (b = 1; b <= count; b++)
                        if ((list[k], list[b]) in reach) reach[list[a], list[b]] = 1
        for (key in calls) {
            split(key, pair, SUBSEP)
            if ((pair[2], pair[1]) in reach)
                printf "FAIL: call cycle: %s calls %s (%s), which leads back to %s\n",
                       pair[1], pair[2], calls[key], pair[1]
        }
    }' | sort >>"$reports"

cat "$reports"
failed=$(grep -c '^FAIL' "$reports")
echo "$failed layering problem(s)"
[ "$failed" -eq 0 ]
