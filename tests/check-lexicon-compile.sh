#!/bin/sh
# The lexicon generator (libfrnews/lexicon/tools/lexicon-compile) on lists
# written here: it compiles good data (a language with its own lists only),
# and fails, naming the file, on each kind of bad data. Run by `make check`
# with FRN_BUILDDIR and FRN_SRCDIR set (see Makefile.am).
set -u

builddir=${FRN_BUILDDIR:-..}
srcdir=${FRN_SRCDIR:-..}
compile="$builddir/libfrnews/lexicon/tools/lexicon-compile"
[ -x "$compile" ] || { echo "FAIL: $compile is not built"; exit 1; }

. "$srcdir/tests/test-support.sh"

# A small lexicon in $tmp/lex: two word lists that contradict each other, a
# word list with weights, a token-phrase list and a lines list.
good_lexicon() {
    rm -rf "$tmp/lex"
    mkdir -p "$tmp/lex/en" "$tmp/lex/de"
    cat > "$tmp/lex/lists.txt" <<'EOF'
# file kind NAME what
verbs     words          VERB     speech verbs
nouns     words          NOUN     nouns
beliefs   words          BELIEF   verbs of belief, weighed
phrases   token-phrases  PHRASE   cues of two words
lines     lines          LINE     whole lines
EOF
    printf '# verbs and nouns may share nothing\nverbs nouns\n' > "$tmp/lex/contradictions.txt"
    printf '# speech verbs\nsaid\nSays\n\ntold\n' > "$tmp/lex/en/verbs.txt"
    printf 'statement\nspokesperson\n' > "$tmp/lex/en/nouns.txt"
    printf 'according to\npointed out\n' > "$tmp/lex/en/phrases.txt"
    printf 'believes\t0.7\nthinks 0.5\nsays\n' > "$tmp/lex/en/beliefs.txt"
    printf 'sign in\n"skip to content"\n' > "$tmp/lex/en/lines.txt"
    printf 'sagte\n' > "$tmp/lex/de/verbs.txt"
}

# compile LANG...: run the generator on $tmp/lex; status in $rc.
compile() {
    "$compile" "$tmp/lex" "$tmp/out.h" "$tmp/out.c" "$@" > "$tmp/out" 2> "$tmp/err"
    rc=$?
}

# expect_failure WHAT PATTERN: the last run failed, naming PATTERN.
expect_failure() {
    if [ "$rc" -ne 1 ]; then
        fail "$1: exit status $rc, expected 1"
    elif ! grep -q -- "$2" "$tmp/err"; then
        fail "$1: no message matching '$2'"
    else
        pass
    fi
}

# --- good data ---
good_lexicon
compile en de
if [ "$rc" -eq 0 ] &&
   grep -q '#define FRNP_LEX_VERB (UINT64_C(1) << 0)' "$tmp/out.h" &&
   grep -q 'FRNP_PHRASES_PHRASE' "$tmp/out.h" &&
   grep -q '{"says", 4, 1.0f, UINT64_C(0x5)}' "$tmp/out.c" &&
   grep -q '{"according", 9, 1.0f, UINT64_C(0x8)}' "$tmp/out.c" &&
   grep -q '{"believes", 8, 0.7f, UINT64_C(0x4)}' "$tmp/out.c" &&
   grep -q '{"sagte", 5, 1.0f, UINT64_C(0x1)}' "$tmp/out.c"; then
    pass
else
    fail "good data: status $rc or missing entries (folded 'Says' in two lists, the first word of a phrase, a weight, German's own verbs)"
fi
# German has no nouns.txt: its lexicon has no nouns (no English ones either).
if sed -n '/de_words\[\] = {/,/};/p' "$tmp/out.c" | grep -q '"statement"'; then
    fail "a list missing for de is not empty"
else
    pass
fi
# A list in all/ is every language's: its words are tabled once, and
# English's and German's lexicons both point at that table.
good_lexicon
printf 'names words NAME given names\n' >> "$tmp/lex/lists.txt"
mkdir -p "$tmp/lex/all"
printf 'Katrin\nJens\n' > "$tmp/lex/all/names.txt"
compile en de
if [ "$rc" -eq 0 ] && sed -n '/frnp_shared_words\[\] = {/,/};/p' "$tmp/out.c" | grep -q '"katrin"' &&
   sed -n '/frnp_shared_words\[\] = {/,/};/p' "$tmp/out.c" | grep -q '"jens"' &&
   ! sed -n '/de_words\[\] = {/,/};/p' "$tmp/out.c" | grep -q '"katrin"' &&
   [ "$(grep -c '{frnp_shared_words, 2}' "$tmp/out.c")" -eq 2 ]; then
    pass
else
    fail "a shared list in all/ is not in every language (status $rc)"
fi
printf 'Anna\n' > "$tmp/lex/de/names.txt"
compile en de
expect_failure "list both shared and a language's" 'de/names.txt:0: the list is shared too'

# The word table is sorted by bytes.
sed -n '/en_words\[\] = {/,/};/p' "$tmp/out.c" | sed -n 's/^ *{"\([^"]*\)".*/\1/p' > "$tmp/words"
if LC_ALL=C sort -c "$tmp/words" 2>/dev/null && [ -s "$tmp/words" ]; then pass; else fail "word table not sorted"; fi

# --- bad data, one fault at a time ---
good_lexicon
printf 'said\ntold\nSAID\n' > "$tmp/lex/en/verbs.txt"
compile en
expect_failure "duplicate (after folding)" 'verbs.txt:3: duplicate entry "said"'

good_lexicon
printf 'statement\nsaid\n' > "$tmp/lex/en/nouns.txt"
compile en
expect_failure "entry in two contradictory lists" '"said" is also in'

good_lexicon
printf 'said\nco-founder\n' > "$tmp/lex/en/verbs.txt"
compile en
expect_failure "word the tokenizer splits" 'verbs.txt:2: "co-founder" is not one word'

good_lexicon
printf 'according to\npointed\n' > "$tmp/lex/en/phrases.txt"
compile en
expect_failure "one-word token phrase" 'phrases.txt:2: "pointed": a phrase has two words'

good_lexicon
printf 'sign in\nmenu:\n' > "$tmp/lex/en/lines.txt"
compile en
expect_failure "line phrase that could never match" 'lines.txt:2: "menu:" ends with punctuation'

good_lexicon
printf 'stray\n' > "$tmp/lex/en/stray.txt"
compile en
expect_failure "undeclared data file" 'stray.txt is not a list declared'

good_lexicon
rm "$tmp/lex/en/nouns.txt"
compile en
expect_failure "English list missing" 'nouns.txt:0: cannot read the list'

good_lexicon
printf 'believes 1.5\n' > "$tmp/lex/en/beliefs.txt"
compile en
expect_failure "weight out of (0, 1]" 'beliefs.txt:1: expected: word, or word and weight'

good_lexicon
printf 'verbs adverbs\n' >> "$tmp/lex/contradictions.txt"
compile en
expect_failure "contradiction naming no list" 'adverbs are not two declared lists'

# --- the library's own lexicon compiles ---
"$compile" "$srcdir/libfrnews/lexicon" "$tmp/real.h" "$tmp/real.c" en 2> "$tmp/err"
rc=$?
if [ "$rc" -eq 0 ]; then pass; else fail "the library's lexicon does not compile"; fi

echo "lexicon-compile: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
