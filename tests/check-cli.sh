#!/bin/sh
# The frnews command as its users see it: exit statuses, messages, and JSON
# output that parses and keeps the contract of docs/frnews.1. Run by
# `make check` with FRN_BUILDDIR, FRN_SRCDIR and FRN_SAMPLE_DATA set (see Makefile.am).
set -u

. "${FRN_SRCDIR:-..}/tests/cli-support.sh"

sample_files=$(ls "$samples"/*.txt)
sample_count=$(echo "$sample_files" | wc -l)
first_sample=$(echo "$sample_files" | head -n 1)

# --- usage, help, version ---
run --help
expect_status "--help" 0
grep -q '^Usage: frnews' "$tmp/out" && pass || fail "--help prints the usage on stdout"
run help
expect_status "frnews help" 0
grep -q '^Usage: frnews' "$tmp/out" && pass || fail "frnews help prints the usage on stdout"
run parse --help
expect_status "parse --help" 0
run --version
expect_status "--version" 0
grep -Eq '^frnews [0-9]+\.[0-9]+\.[0-9]+$' "$tmp/out" && pass || fail "--version prints the version"
run parse --no-such-option "$first_sample"
expect_status "unknown option" 2
[ "$(wc -l <"$tmp/err")" -eq 2 ] && grep -q "^Try 'frnews --help'" "$tmp/err" && pass || fail "unknown option: one line and a hint on stderr"
[ -s "$tmp/out" ] && fail "unknown option writes nothing on stdout" || pass
run frobnicate "$first_sample"
expect_status "unknown command" 2
run parse --format xml "$first_sample"
expect_status "unknown format" 2
run parse
expect_status "no input" 2
run
expect_status "no command" 2

# --- parse: one line per input, in order, fields of the contract ---
# shellcheck disable=SC2086 # the sample names hold no spaces
run parse $sample_files
expect_status "parse samples" 0
check_json "parse: one valid line per input, file as given, in order" '
assert [l["file"] for l in lines] == args, [l["file"] for l in lines]
' $sample_files
check_json "parse: fields of the contract with their types" '
for l in lines:
    assert "error" not in l, l["error"]
    assert l["format"] == "text", l["format"]
    assert l["title"] is None or isinstance(l["title"], str)
    assert isinstance(l["authors"], list) and all(isinstance(a, str) for a in l["authors"])
    for key in ("published", "site", "language"):
        assert l[key] is None or isinstance(l[key], str), key
    assert isinstance(l["text"], str) and l["text"], "empty text"
    assert isinstance(l["paragraphs"], list) and l["paragraphs"], "no paragraphs"
    assert isinstance(l["quotes"], list)
'
check_json "parse: paragraph offsets point into the input file, text holds them" '
for l in lines:
    source = open(l["file"], "rb").read()
    for p in l["paragraphs"]:
        assert 0 <= p["start"] < p["end"] <= len(source), p
        piece = source[p["start"]:p["end"]].decode("utf-8")
        assert piece in l["text"], (l["file"], p)
'
check_json "parse: quotations have the QUOTE fields with offsets into the input" '
for l in lines:
    source = open(l["file"], "rb").read()
    for q in l["quotes"]:
        assert isinstance(q["text"], str)
        assert 0 <= q["start"] <= q["end"] <= len(source), q
        assert all(q["start"] <= s <= e <= q["end"] for s, e in q["fragments"]), q
        assert q["type"] in ("direct", "mixed", "indirect"), q["type"]
        assert q["speaker"] is None or isinstance(q["speaker"], str)
        m = q["speaker_mention"]
        assert m is None or source[m["start"]:m["end"]].decode("utf-8") == m["text"], m
        assert q["cue"] is None or isinstance(q["cue"], str)
        assert 0 <= q["confidence"] <= 1
'

# --- standard input ---
run parse - <"$first_sample"
expect_status "parse -" 0
check_json "parse -: file is \"-\" and the title matches the named file" '
import subprocess
named = json.loads(subprocess.run([args[0], "parse", args[1]], stdout=subprocess.PIPE).stdout)
assert len(lines) == 1 and lines[0]["file"] == "-", lines
assert lines[0]["title"] == named["title"] and lines[0]["text"] == named["text"]
' "$frnews" "$first_sample"

# --- an input that is read but is not valid UTF-8 ---
printf 'Headline\n\nBody with a bad byte \377 here.\n' >"$tmp/bad-utf8.txt"
run parse "$tmp/bad-utf8.txt" "$first_sample"
expect_status "parse invalid UTF-8: some input failed" 1
check_json "parse invalid UTF-8: an error object, then the next input" '
assert len(lines) == 2, len(lines)
assert lines[0]["file"] == args[0]
assert lines[0]["error"]["code"] == "FRN_ERR_UTF8", lines[0]["error"]
assert isinstance(lines[0]["error"]["message"], str) and lines[0]["error"]["message"]
assert lines[1]["file"] == args[1] and "error" not in lines[1]
' "$tmp/bad-utf8.txt" "$first_sample"
# --- quotation options: --join-split-quotes, --skip-titles ---
printf 'Harbour festival returns\n\nMayor Jane Roe said the town would stage "The Harbour Lights Festival" again next summer.\n\n"We have waited long enough for this," Roe said. "The boats will be back by June."\n' >"$tmp/split.txt"
run quotes "$tmp/split.txt"
expect_status "quotes, a quotation split across sentences" 0
check_json "by default: two quotations, one a sentence; the quoted title makes a mixed one" '
q = lines[0]["quotes"]
assert [x["type"] for x in q] == ["mixed", "direct", "direct"], q
assert [len(x["fragments"]) for x in q] == [1, 1, 1], q
'
run quotes --join-split-quotes "$tmp/split.txt"
expect_status "quotes --join-split-quotes" 0
check_json "--join-split-quotes: one quotation of two fragments, its speaker the mayor" '
q = lines[0]["quotes"]
assert [x["type"] for x in q] == ["mixed", "direct"], q
assert len(q[1]["fragments"]) == 2 and q[1]["speaker"] == "Jane Roe", q[1]
assert q[1]["text"].startswith("We have waited") and q[1]["text"].endswith("by June."), q[1]
'
run quotes --skip-titles "$tmp/split.txt"
expect_status "quotes --skip-titles" 0
check_json "--skip-titles: the clause quoting only a title is indirect" '
q = lines[0]["quotes"]
assert [x["type"] for x in q] == ["indirect", "direct", "direct"], q
'

run quotes "$tmp/bad-utf8.txt"
expect_status "quotes invalid UTF-8" 1
check_json "quotes invalid UTF-8: an error object" '
assert len(lines) == 1 and lines[0]["error"]["code"] == "FRN_ERR_UTF8", lines
'

# --- inputs that cannot be read ---
run parse "$tmp/missing.txt" "$first_sample"
expect_status "parse a missing file" 1
grep -q "^frnews: $tmp/missing.txt: " "$tmp/err" && pass || fail "missing file: message on stderr"
check_json "missing file: an error object, and the other inputs are still processed" '
assert [l["file"] for l in lines] == args, lines
assert lines[0]["error"]["code"] == "FRN_ERR_IO" and "error" not in lines[1], lines
' "$tmp/missing.txt" "$first_sample"
run parse "$tmp/missing.txt" "$tmp/missing2.txt"
expect_status "parse when nothing is readable" 2
run parse "$tmp"
expect_status "parse a directory without -r" 2
grep -q "^frnews: a directory needs -r (--recursive): $tmp\$" "$tmp/err" && pass || fail "directory without -r: message on stderr"
if [ "$(id -u)" -ne 0 ]; then
    printf 'Headline\n\nBody.\n' >"$tmp/locked.txt"
    chmod 000 "$tmp/locked.txt"
    run quotes "$tmp/locked.txt"
    expect_status "quotes an unreadable file (nothing readable)" 2
    grep -q "^frnews: $tmp/locked.txt: " "$tmp/err" && pass || fail "unreadable file: message on stderr"
fi

# --- JSON string escaping, checked through a file name frnews echoes back ---
weird_name=$(printf '%s/q"uo\\te\001tab\there\342\200\250sep.txt' "$tmp")
cp "$first_sample" "$weird_name"
run quotes "$weird_name"
expect_status "quotes a file with an odd name" 0
check_json "escaping: quote, backslash, control, tab and U+2028 round-trip" '
assert len(lines) == 1, len(lines)
assert lines[0]["file"] == args[0], lines[0]["file"]
assert "\"" in lines[0]["file"] and "\\" in lines[0]["file"] and "\x01" in lines[0]["file"]
assert "\u2028" in lines[0]["file"]
' "$weird_name"
bad_name=$(printf '%s/bad\377name.txt' "$tmp")
cp "$first_sample" "$bad_name"
run quotes "$bad_name"
check_json "escaping: a byte that is not UTF-8 in a file name becomes U+FFFD" '
assert lines[0]["file"].endswith("/bad\ufffdname.txt"), lines[0]["file"]
'

# --- escaping of article text: a body holding quotes, backslashes, controls ---
printf 'A "quoted" \\ headline\n\nFirst paragraph says "hi" with C:\\path and a tab\there.\n\nSecond paragraph ends here.\n' >"$tmp/escapes.txt"
run parse "$tmp/escapes.txt"
expect_status "parse a body with characters JSON escapes" 0
check_json "escaping: body text round-trips byte for byte" '
l = lines[0]
source = open(args[0], "rb").read()
assert "error" not in l, l.get("error")
pieces = [source[p["start"]:p["end"]].decode("utf-8") for p in l["paragraphs"]]
assert any("C:\\path and a tab\there." in p for p in pieces), pieces
assert "says \"hi\" with C:\\path and a tab\there." in l["text"], l["text"]
' "$tmp/escapes.txt"

# --- coverage: one object, every article in exactly one story ---
mkdir "$tmp/collection"
cp "$samples"/*.txt "$tmp/collection/"
cp "$tmp/bad-utf8.txt" "$tmp/collection/"
printf 'hidden\n' >"$tmp/collection/.hidden.txt"
run coverage "$tmp/collection"
expect_status "coverage of a directory with an input that fails" 1
check_json "coverage: one object with the four arrays" '
assert len(lines) == 1, len(lines)
c = lines[0]
for key in ("articles", "stories", "duplicates", "quotes"):
    assert isinstance(c[key], list), key
'
check_json "coverage: every file but the hidden one, sorted, with ids from names" '
c = lines[0]
names = sorted(n for n in os.listdir(args[0]) if not n.startswith("."))
assert [a["file"] for a in c["articles"]] == [os.path.join(args[0], n) for n in names], c["articles"]
assert [a["id"] for a in c["articles"]] == [n.rsplit(".", 1)[0] for n in names]
' "$tmp/collection"
check_json "coverage: every article in exactly one story" '
c = lines[0]
ids = [a["id"] for a in c["articles"]]
in_stories = [i for s in c["stories"] for i in s["articles"]]
assert sorted(in_stories) == sorted(ids), (in_stories, ids)
assert len({s["id"] for s in c["stories"]}) == len(c["stories"])
'
check_json "coverage: the input that is not UTF-8 is listed alone, with its error" '
c = lines[0]
bad = [a for a in c["articles"] if a["id"] == "bad-utf8"]
assert len(bad) == 1 and bad[0]["title"] is None, bad
assert bad[0]["error"]["code"] == "FRN_ERR_UTF8", bad
assert ["bad-utf8"] in [s["articles"] for s in c["stories"]], c["stories"]
'
check_json "coverage: pairs and quotation sources name listed articles" '
c = lines[0]
ids = {a["id"] for a in c["articles"]}
for d in c["duplicates"]:
    assert d["a"] in ids and d["b"] in ids and 0 <= d["similarity"] <= 1, d
for q in c["quotes"]:
    assert isinstance(q["text"], str) and q["sources"], q
    for s in q["sources"]:
        assert s["article"] in ids and s["start"] <= s["end"], s
'
cp "$first_sample" "$tmp/same.txt"
cp "$first_sample" "$tmp/collection/same.txt"
run coverage "$tmp/same.txt" "$tmp/collection/same.txt" "$tmp/missing.txt"
expect_status "coverage with a missing input" 1
grep -q "^frnews: $tmp/missing.txt: " "$tmp/err" && pass || fail "coverage missing file: message on stderr"
check_json "coverage: equal file names get distinct ids" '
c = lines[0]
assert [a["id"] for a in c["articles"]] == ["same", "same-2"], c["articles"]
'

# --- coverage --db: a store that grows run after run ---
samples_dir=$(dirname "$first_sample")
db="$tmp/news.db"
run coverage --db "$db" "$samples_dir"/000_*.txt "$samples_dir"/001_*.txt
expect_status "coverage --db, first run" 0
check_json "coverage --db: the first run reports its two articles" '
c = lines[0]
assert sorted(a["id"][:3] for a in c["articles"]) == ["000", "001"], c["articles"]
assert "duplicate_clusters" in c
'
run coverage --db "$db" "$samples_dir"/002_*.txt "$samples_dir"/003_*.txt "$samples_dir"/000_*.txt
expect_status "coverage --db, second run" 0
check_json "coverage --db: a later run sees the earlier articles; re-adding an id updates it" '
c = lines[0]
assert sorted(a["id"][:3] for a in c["articles"]) == ["000", "001", "002", "003"], c["articles"]
assert len(c["stories"]) == 1, c["stories"]
'
run coverage --db "$db" --since 2020-06-13
expect_status "coverage --db --since" 0
check_json "coverage --db --since: the article of 2020-06-12 is evicted, undated ones stay" '
c = lines[0]
assert sorted(a["id"][:3] for a in c["articles"]) == ["000", "001", "002"], c["articles"]
'
run coverage --db "$db" --since yesterday
expect_status "coverage --db --since with a bad date" 1
run quotes --db "$db" "$first_sample"
expect_status "--db with another command" 2
printf 'not a database at all, just text that is long enough to fill a page header' >"$tmp/junk.db"
run coverage --db "$tmp/junk.db" "$first_sample"
expect_status "coverage --db on a file that is not a database" 1
grep -q "junk.db" "$tmp/err" && pass || fail "coverage --db junk: the message names the file"
# --- hostile input (issue 10): sizes, streams, encodings, names ---
# An endless stream stops at the limit, with the library's status.
run parse --max-input=1M /dev/zero
expect_status "parse /dev/zero" 1
check_json "parse /dev/zero: FRN_ERR_TOO_LARGE, read no further than the limit" '
assert len(lines) == 1 and lines[0]["file"] == "/dev/zero", lines
e = lines[0]["error"]
assert e["code"] == "FRN_ERR_TOO_LARGE", e
assert "more than 1048576 bytes" in e["message"], e
'
# A regular file over the default 64 MiB limit is not read at all (sparse).
: >"$tmp/huge.txt"
if truncate -s 70M "$tmp/huge.txt" 2>/dev/null; then
    run quotes "$tmp/huge.txt" "$first_sample"
    expect_status "quotes a file over the default limit" 1
    check_json "over the default limit: its size and the limit, then the next input" '
e = lines[0]["error"]
assert e["code"] == "FRN_ERR_TOO_LARGE" and "73400320 bytes" in e["message"], e
assert "67108864" in e["message"], e
assert "error" not in lines[1], lines[1]
'
fi
rm -f "$tmp/huge.txt"
head -c 3000 "$first_sample" >"$tmp/3000.txt"
run parse --max-input=1K - <"$tmp/3000.txt"
check_json "a pipe over --max-input: FRN_ERR_TOO_LARGE" '
assert lines[0]["error"]["code"] == "FRN_ERR_TOO_LARGE", lines
'
run coverage --max-input=1K "$tmp/3000.txt" "$first_sample"
expect_status "coverage with an input over --max-input" 1
check_json "coverage: the input over the limit is listed with its error" '
c = lines[0]
assert [a.get("error", {}).get("code") for a in c["articles"]] == ["FRN_ERR_TOO_LARGE", "FRN_ERR_TOO_LARGE"], c["articles"]
'
for bad_size in 0 -5 12Q 99999999999999999999G ""; do
    run parse --max-input="$bad_size" "$first_sample"
    expect_status "--max-input=$bad_size is refused" 2
done
run parse --max-input=64K "$first_sample"
expect_status "--max-input=64K" 0

# A FIFO no program writes to reads as empty, at once; one with a writer is read.
if mkfifo "$tmp/fifo" 2>/dev/null; then
    run parse "$tmp/fifo"
    expect_status "parse a FIFO without a writer (does not block)" 1
    check_json "a FIFO without a writer: FRN_ERR_EMPTY" '
assert lines[0]["error"]["code"] == "FRN_ERR_EMPTY", lines
'
    cat "$first_sample" >"$tmp/fifo" &
    writer=$!
    run parse "$tmp/fifo"
    # A frnews that never opened the FIFO leaves the writer blocked: end it.
    kill "$writer" 2>/dev/null
    wait "$writer"
    check_json "a FIFO with a writer is read like the file" '
assert "error" not in lines[0] and lines[0]["title"], lines[0]
'
    rm -f "$tmp/fifo"
fi

# An empty directory is an empty collection (and no qsort of a NULL array).
mkdir "$tmp/empty"
run coverage "$tmp/empty"
expect_status "coverage of an empty directory" 0
check_json "coverage of an empty directory: nothing in it" '
c = lines[0]
assert c["articles"] == [] and c["stories"] == [] and c["quotes"] == [], c
'

# Ids never collide, even with names that look like the renamed ones.
mkdir "$tmp/ids" "$tmp/ids/dir"
cp "$first_sample" "$tmp/ids/a.txt"
cp "$first_sample" "$tmp/ids/a-2.txt"
cp "$first_sample" "$tmp/ids/dir/a.txt"
cp "$first_sample" "$tmp/ids/dir/a-2.txt"
run coverage "$tmp/ids/a.txt" "$tmp/ids/a-2.txt" "$tmp/ids/dir/a.txt" "$tmp/ids/dir/a-2.txt"
check_json "coverage: a, a-2, a, a-2 get four distinct ids, given names kept" '
ids = [a["id"] for a in lines[0]["articles"]]
assert ids == ["a", "a-2", "a-3", "a-2-2"], ids
'

# A file name that is not UTF-8: parse and coverage take it alike.
run coverage "$bad_name" "$first_sample"
expect_status "coverage of a file whose name is not UTF-8" 0
check_json "coverage: a name that is not UTF-8 is added, its id repaired like its file" '
a = lines[0]["articles"][0]
assert "error" not in a, a
assert a["id"] == "bad\ufffdname" and a["file"].endswith("/bad\ufffdname.txt"), a
assert a["title"], a
'

# Encodings: named in the message, or repaired on request.
printf '\377\376H\000e\000a\000d\000l\000i\000n\000e\000\n\000' >"$tmp/utf16.txt"
run parse "$tmp/utf16.txt"
check_json "UTF-16 input: FRN_ERR_UTF8 naming UTF-16" '
e = lines[0]["error"]
assert e["code"] == "FRN_ERR_UTF8" and "UTF-16" in e["message"], e
'
run parse --repair-utf8 "$tmp/bad-utf8.txt"
expect_status "parse --repair-utf8" 0
check_json "--repair-utf8: the bad byte becomes U+FFFD, counted" '
l = lines[0]
assert "error" not in l and l["utf8_repairs"] == 1, l
assert "\ufffd" in l["text"], l["text"]
'

# Charset detection and repair together; HTML decoded, its replacements counted.
printf '\377\376C\000o\000u\000n\000c\000i\000l\000 \000v\000o\000t\000e\000s\000\n\000\n\000T\000h\000e\000 \000c\000o\000u\000n\000c\000i\000l\000 \000v\000o\000t\000e\000d\000.\000\n\000' >"$tmp/utf16-article.txt"
run parse --detect-charset --repair-utf8 "$tmp/utf16-article.txt"
expect_status "parse --detect-charset --repair-utf8" 0
check_json "--detect-charset converts UTF-16 before --repair-utf8 would replace it" '
l = lines[0]
assert "error" not in l and l["title"] == "Council votes" and "utf8_repairs" not in l, l
assert l["text"] == "The council voted.", l["text"]
'
printf '<html><head><meta charset="utf-8"></head><body><h1>Bridge closes</h1><p>The bridge over the river closed on Friday \377 after the storm damaged its deck.</p></body></html>' >"$tmp/bad-byte.html"
run parse "$tmp/bad-byte.html"
check_json "HTML with a stray byte: read, the replacement counted" '
l = lines[0]
assert l["format"] == "html" and l["utf8_repairs"] == 1 and "\ufffd" in l["text"], l
'
run parse --reference-date=yesterday "$first_sample"
expect_status "--reference-date that is not ISO 8601" 2
grep -q "reference date is not an ISO 8601 date" "$tmp/err" && pass || fail "--reference-date: the message says why"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
