#!/bin/sh
# The frnews command's inputs (text, HTML, JSON Lines, WARC, WARC.gz,
# standard input, -r/--glob, a declared format that does not match), its
# outputs (json, csv, text, -o), --jobs and the exit statuses. Run by
# `make check` like check-cli.sh.
set -u

. "${FRN_SRCDIR:-..}/tests/cli-support.sh"
data=${FRN_TEST_DATA:-data}
warc_gz="$data/crawl.warc.gz"

sample_files=$(ls "$samples"/*.txt)
first_sample=$(echo "$sample_files" | head -n 1)

# --- help and usage errors ---
run help parse
expect_status "frnews help parse" 0
grep -q '^Usage: frnews parse' "$tmp/out" && grep -q -- '--jobs' "$tmp/out" && pass || fail "help parse: the command's usage and options"
run coverage --help
grep -q '^Usage: frnews coverage' "$tmp/out" && grep -q -- '--db' "$tmp/out" && pass || fail "coverage --help: its usage, with --db"
run help frobnicate
expect_status "help for no such command" 2
run parse --jobs 0 "$first_sample"
expect_status "--jobs 0" 2
[ "$(wc -l <"$tmp/err")" -eq 2 ] && pass || fail "--jobs 0: one line and a hint"
run parse --output xml "$first_sample"
expect_status "--output xml" 2
run parse --glob '*.txt' "$first_sample"
expect_status "--glob without -r" 2

# --- text and HTML, as declared ---
printf '<html><head><title>Dam</title></head><body><h1>Dam opens</h1><p>The dam opened on Friday after ten years of work, the council said.</p></body></html>' >"$tmp/page.html"
run parse --format html "$tmp/page.html"
expect_status "parse --format html" 0
check_json "--format html: read as HTML" '
assert lines[0]["format"] == "html" and lines[0]["text"].startswith("The dam opened"), lines[0]
'
run parse --format text "$tmp/page.html"
check_json "--format text: HTML read as text, as declared" '
assert lines[0]["format"] == "text", lines[0]
'

# --- JSON Lines ---
printf '%s\n' \
  '{"id": "a1", "url": "https://news.example/a1", "date": "2024-05-02T08:00:00Z", "text": "Mill closes\n\nThe mill closed on Monday, the owner said."}' \
  '' \
  '{"id": 7, "html": "<html><body><h1>Dam opens</h1><p>The dam opened after ten years of work, the council said.</p></body></html>"}' \
  >"$tmp/articles.jsonl"
run parse "$tmp/articles.jsonl"
expect_status "parse JSON Lines (auto)" 0
check_json "JSON Lines: one line per record, with id, url, line and format" '
assert [(l["id"], l["line"], l["format"]) for l in lines] == [("a1", 1, "text"), ("7", 3, "html")], lines
assert lines[0]["url"] == "https://news.example/a1" and lines[0]["title"] == "Mill closes", lines[0]
assert lines[0]["site"] == "news.example", lines[0]["site"]
assert all(l["file"] == args[0] for l in lines)
' "$tmp/articles.jsonl"
run quotes -f jsonl - <"$tmp/articles.jsonl"
expect_status "quotes -f jsonl from standard input" 0
check_json "JSON Lines on standard input: file is -" '
assert [l["file"] for l in lines] == ["-", "-"] and all("quotes" in l for l in lines), lines
'
printf '{"id": "ok", "text": "Mill closes\\n\\nThe mill closed, the owner said."}\n{"id": "bad", "text": 5}\n' >"$tmp/mixed.jsonl"
run parse "$tmp/mixed.jsonl"
expect_status "a bad JSON Lines record: some input failed" 1
check_json "a bad record: an error object with its line, after the good one" '
assert "error" not in lines[0] and lines[1]["line"] == 2, lines
assert lines[1]["error"]["code"] == "FRN_ERR_FORMAT" and "line 2" in lines[1]["error"]["message"], lines[1]
'
grep -q "^frnews: $tmp/mixed.jsonl: .*line 2" "$tmp/err" && pass || fail "a bad record: reported on stderr with its line"

printf '{"id": "d", "date": "last May", "text": "Mill closes\\n\\nThe mill closed, the owner said."}\n' >"$tmp/bad-date.jsonl"
run parse "$tmp/bad-date.jsonl"
expect_status "a record whose date is not ISO 8601" 1
check_json "a record whose date is not ISO 8601: an error naming it" '
e = lines[0]["error"]
assert e["code"] == "FRN_ERR_INVALID_ARG" and "last May" in e["message"], e
'

# --- the fetch date of a record (JSON Lines "date", WARC-Date) dates "3 hours ago" ---
storm='<html><body><h1>Storm closes the bridge</h1><div><span>Published 3 hours ago</span></div><p>The storm closed the bridge over the river on Friday, and the council said it would stay shut.</p><p>Engineers will inspect the deck next week before any traffic may cross it again, officials said.</p></body></html>'
"$python" - "$tmp" "$storm" <<'EOF'
import json, sys
tmp, page = sys.argv[1], sys.argv[2].encode()
with open(tmp + "/dated.jsonl", "w") as f:
    f.write(json.dumps({"id": "s", "date": "2020-06-12T01:00:00Z", "html": page.decode()}) + "\n")
    f.write(json.dumps({"id": "u", "html": page.decode()}) + "\n")
http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(page) + page
head = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: <https://news.example/storm>\r\n"
        "WARC-Date: 2020-06-12T01:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        "Content-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n" % len(http))
open(tmp + "/dated.warc", "wb").write(head.encode() + http + b"\r\n\r\n")
EOF
run parse "$tmp/dated.jsonl" "$tmp/dated.warc"
expect_status "records with their fetch dates" 0
check_json "JSON Lines date and WARC-Date are the reference date; no date, no guess" '
assert [l["published"] for l in lines] == ["2020-06-11", None, "2020-06-11"], [l["published"] for l in lines]
assert lines[2]["url"] == "https://news.example/storm" and lines[2]["site"] == "news.example", lines[2]
'

# --- a declared format that is not what the input is: an error with its position ---
run parse --format jsonl "$first_sample"
expect_status "text declared as JSON Lines" 1
check_json "text declared as JSON Lines: one error, at line 1 column 1" '
assert len(lines) == 1 and lines[0]["line"] == 1, lines
e = lines[0]["error"]
assert e["code"] == "FRN_ERR_FORMAT" and "line 1, column " in e["message"], e
'
run quotes --format warc "$first_sample"
expect_status "text declared as WARC" 1
check_json "text declared as WARC: an error at byte 0" '
assert len(lines) == 1 and lines[0]["offset"] == 0, lines
assert lines[0]["error"]["code"] == "FRN_ERR_FORMAT" and "byte 0" in lines[0]["error"]["message"], lines
'
printf '{"headline": "no text here"}\n' >"$tmp/other.json"
run parse "$tmp/other.json"
expect_status "auto: JSON that holds no article" 1
check_json "auto: JSON is never read as the text of an article" '
assert lines[0]["error"]["code"] == "FRN_ERR_FORMAT" and "line 1" in lines[0]["error"]["message"], lines
'

# --- WARC, compressed and plain ---
for warc in "$warc_gz" plain; do
    if [ "$warc" = plain ]; then
        gzip -dc "$warc_gz" >"$tmp/crawl.warc"
        warc="$tmp/crawl.warc"
    fi
    run parse "$warc"
    expect_status "parse $warc (auto)" 0
    check_json "WARC $warc: the two HTML pages fetched, with target URI and offset" '
assert [l["url"] for l in lines] == ["http://127.0.0.1:8766/council.html", "http://127.0.0.1:8766/bakery.html"], lines
assert all(l["format"] == "html" and isinstance(l["offset"], int) for l in lines), lines
assert lines[0]["title"] == "Council approves the harbour plan", lines[0]["title"]
'
done
run quotes -f warc - <"$warc_gz"
expect_status "quotes -f warc from standard input" 0
check_json "WARC.gz on standard input: two records" '
assert len(lines) == 2 and all(l["file"] == "-" for l in lines), lines
'
head -c 2000 "$tmp/crawl.warc" >"$tmp/cut.warc"
run parse "$tmp/cut.warc"
expect_status "a WARC file cut short" 1
check_json "a WARC file cut short: an error with its byte offset" '
e = lines[-1]["error"]
assert e["code"] == "FRN_ERR_FORMAT" and "byte" in e["message"], lines[-1]
'

# --- directories: -r and --glob ---
mkdir -p "$tmp/tree/sub" "$tmp/tree/.hidden"
cp "$first_sample" "$tmp/tree/b.txt"
cp "$first_sample" "$tmp/tree/sub/a.txt"
cp "$tmp/page.html" "$tmp/tree/sub/c.html"
cp "$first_sample" "$tmp/tree/.hidden/x.txt"
printf 'all:\n\ttrue\n' >"$tmp/tree/Makefile"
run quotes -r --glob '*.txt' "$tmp/tree"
expect_status "quotes -r --glob" 0
check_json "-r --glob: matching files of the tree, sorted, hidden ones left out" '
assert [l["file"] for l in lines] == [args[0] + "/b.txt", args[0] + "/sub/a.txt"], [l["file"] for l in lines]
' "$tmp/tree"
run parse --recursive "$tmp/tree/sub"
check_json "--recursive without --glob: every visible file" '
assert [l["file"].rsplit("/", 1)[1] for l in lines] == ["a.txt", "c.html"], lines
'
if mkfifo "$tmp/tree/sub/fifo" 2>/dev/null; then
    run coverage "$tmp/tree/sub"
    expect_status "coverage DIR skips what is not a regular file" 0
    check_json "coverage DIR: only the regular files" '
assert [a["id"] for a in lines[0]["articles"]] == ["a", "c"], lines[0]["articles"]
'
fi

# --- outputs: json, csv, text, -o ---
run quotes --output csv "$first_sample"
expect_status "quotes --output csv" 0
check_csv='
import csv, io, json, subprocess
rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
assert rows[0][:3] == ["file", "id", "url"] and "speaker" in rows[0] and rows[0][-1] == "error", rows[0]
want = json.loads(subprocess.run([args[0], "quotes", args[1]], stdout=subprocess.PIPE).stdout)["quotes"]
assert len(rows) == 1 + len(want), (len(rows), len(want))
text = rows[0].index("text")
assert [r[text] for r in rows[1:]] == [q["text"] for q in want]
assert raw.count(b"\r\n") == len(rows), "rows end with CRLF"
'
"$python" - "$tmp/out" "$frnews" "$first_sample" >"$tmp/py" 2>&1 <<EOF && pass || { fail "csv: one row per quotation, RFC 4180 quoting"; cat "$tmp/py"; }
import sys
raw = open(sys.argv[1], "rb").read()
args = sys.argv[2:]
$check_csv
EOF
printf 'Council votes\n\nThe mayor said "we will, of course, build it" on Monday.\n' >"$tmp/comma.txt"
run quotes --output csv "$tmp/comma.txt"
grep -q '"""we will, of course, build it"" on Monday"' "$tmp/out" && pass || fail "csv: a field with commas and quotation marks is quoted, its quotes doubled"
printf '\377\376 not UTF-8' >"$tmp/utf16.txt"
run quotes --output csv "$tmp/utf16.txt"
"$python" - "$tmp/out" >"$tmp/py" 2>&1 <<'EOF' && pass || { fail "csv: a failed article's row has every column, its message under error"; cat "$tmp/py"; }
import csv, io, sys
rows = list(csv.reader(io.open(sys.argv[1], newline="", encoding="utf-8")))
assert len(rows) == 2 and len(rows[1]) == len(rows[0]), rows
row = dict(zip(rows[0], rows[1]))
assert row["error"].startswith("FRN_ERR_UTF8: ") and row["text"] == "", row
EOF
printf 'Council votes\n\nThe council met on Tuesday and approved the budget.\n' >"$tmp/none.txt"
run quotes --output csv "$tmp/none.txt"
"$python" - "$tmp/out" "$tmp/none.txt" >"$tmp/py" 2>&1 <<'EOF' && pass || { fail "csv: an article without quotations has one row, its quotation columns empty"; cat "$tmp/py"; }
import csv, io, sys
rows = list(csv.reader(io.open(sys.argv[1], newline="", encoding="utf-8")))
assert len(rows) == 2 and len(rows[1]) == len(rows[0]), rows
row = dict(zip(rows[0], rows[1]))
assert row["file"] == sys.argv[2] and row["title"] == "Council votes", row
assert all(row[c] == "" for c in ("type", "speaker", "cue", "start", "end", "confidence", "text", "error")), row
EOF
mkdir "$tmp/cov"
cp "$samples"/*.txt "$tmp/cov/"
run coverage --output csv "$tmp/cov"
expect_status "coverage --output csv" 0
"$python" - "$tmp/out" "$frnews" "$tmp/cov" >"$tmp/py" 2>&1 <<'EOF' && pass || { fail "coverage csv: one row per quotation source"; cat "$tmp/py"; }
import csv, io, json, subprocess, sys
rows = list(csv.reader(io.open(sys.argv[1], newline="", encoding="utf-8")))
c = json.loads(subprocess.run([sys.argv[2], "coverage", sys.argv[3]], stdout=subprocess.PIPE).stdout)
assert rows[0][:4] == ["quote", "speaker", "text", "article"], rows[0]
assert len(rows) - 1 == sum(len(q["sources"]) for q in c["quotes"]), (len(rows), len(c["quotes"]))
assert [r[3] for r in rows[1:]] == [s["article"] for q in c["quotes"] for s in q["sources"]]
EOF
run quotes --output text "$first_sample"
grep -q '^  Quotations: [0-9]' "$tmp/out" && pass || fail "--output text: readable quotations"
run coverage --output text "$tmp/cov"
grep -q '^Stories: [0-9]' "$tmp/out" && pass || fail "coverage --output text: its stories"
run parse -o "$tmp/written.jsonl" "$first_sample"
expect_status "parse -o FILE" 0
[ ! -s "$tmp/out" ] && [ "$(wc -l <"$tmp/written.jsonl")" -eq 1 ] && pass || fail "-o: the JSON line goes to the file, nothing to stdout"
run parse -o "$tmp/no/such/dir/x.jsonl" "$first_sample"
expect_status "-o into a directory that does not exist" 2

# --- progress: on a terminal only ---
run quotes "$first_sample"
[ ! -s "$tmp/err" ] && pass || fail "no progress when standard error is not a terminal"
if command -v script >/dev/null 2>&1; then
    script -qc "$frnews quotes -o /dev/null $first_sample" /dev/null >"$tmp/tty" 2>&1 </dev/null
    tr '\r' '\n' <"$tmp/tty" | grep -q '^\[#\{20\}\] 1 articles, .* MB/s, 100%, ETA 0:00' && pass ||
        fail "progress on a terminal: articles, MB/s, share and ETA"
fi

# --- --jobs: the same bytes as one job ---
mkdir "$tmp/many"
i=0
for round in 1 2 3 4 5 6; do
    for f in $sample_files; do
        i=$((i + 1))
        cp "$f" "$tmp/many/$i-$(basename "$f")"
    done
done
printf 'Bad\n\n\377\n' >"$tmp/many/zz-bad.txt"
cat "$tmp/articles.jsonl" "$tmp/mixed.jsonl" >"$tmp/many/zz.jsonl"
for command in parse quotes; do
    "$frnews" "$command" -r "$tmp/many" "$warc_gz" >"$tmp/one" 2>"$tmp/one-err"
    one=$?
    for jobs in 2 3 8; do
        "$frnews" "$command" -r --jobs "$jobs" "$tmp/many" "$warc_gz" >"$tmp/more" 2>"$tmp/more-err"
        more=$?
        if cmp -s "$tmp/one" "$tmp/more" && cmp -s "$tmp/one-err" "$tmp/more-err" && [ "$one" -eq "$more" ]; then
            pass
        else
            fail "$command --jobs $jobs: the output and messages of one job, byte for byte"
        fi
    done
done
[ "$one" -eq 1 ] && pass || fail "--jobs run with a bad input: exit status 1"
[ "$(wc -l <"$tmp/one")" -eq 37 ] && pass || fail "--jobs input: 30 articles, a bad file, 4 JSON Lines records and 2 WARC pages"
"$frnews" coverage "$tmp/many" >"$tmp/one" 2>"$tmp/one-err"
one=$?
"$frnews" coverage --jobs 2 "$tmp/many" >"$tmp/more" 2>"$tmp/more-err"
more=$?
cmp -s "$tmp/one" "$tmp/more" && cmp -s "$tmp/one-err" "$tmp/more-err" && [ "$one" -eq "$more" ] && pass ||
    fail "coverage --jobs 2: the output and messages of one job, byte for byte"
run coverage "$tmp/articles.jsonl" "$first_sample" "$warc_gz" "$tmp/mixed.jsonl"
expect_status "coverage of JSON Lines and WARC files, one record bad" 1
check_json "coverage: each record of JSON Lines and WARC is an article, ids unique" '
c = lines[0]
ids = [a["id"] for a in c["articles"]]
sample = os.path.basename(args[0]).rsplit(".", 1)[0]
assert ids[:3] == ["a1", "7", sample], ids
assert ids[3].startswith("crawl.warc#") and ids[4].startswith("crawl.warc#") and ids[3] != ids[4], ids
assert ids[5:] == ["ok", "mixed#2"], ids
assert c["articles"][6]["error"]["code"] == "FRN_ERR_FORMAT", c["articles"][6]
assert [a["file"] for a in c["articles"]][3] == args[1], c["articles"][3]
titles = [a["title"] for a in c["articles"]]
assert "Council approves the harbour plan" in titles and "Mill closes" in titles, titles
in_stories = sorted(i for s in c["stories"] for i in s["articles"])
assert in_stories == sorted(ids), (in_stories, ids)
' "$first_sample" "$warc_gz"
printf '{"id": "%s", "text": "Mill closes\\n\\nThe mill closed, the owner said."}\n' same same >"$tmp/same-ids.jsonl"
run coverage "$tmp/same-ids.jsonl" "$tmp/tree/sub/a.txt"
check_json "coverage: a record id equal to another (or to a file id) is renamed" '
ids = [a["id"] for a in lines[0]["articles"]]
assert ids == ["same", "same-2", "a"], ids
'
printf '{"id": "a", "text": "Mill closes\\n\\nThe mill closed, the owner said."}\n' >"$tmp/clash.jsonl"
run coverage "$tmp/clash.jsonl" "$tmp/tree/sub/a.txt"
check_json "coverage: a file keeps its id; a record that takes it is renamed" '
ids = [a["id"] for a in lines[0]["articles"]]
assert ids == ["a-2", "a"], ids
'
run coverage --format warc --jobs 2 "$warc_gz"
expect_status "coverage --format warc --jobs 2" 0
check_json "coverage --format warc: the two pages" '
assert len(lines[0]["articles"]) == 2, lines[0]["articles"]
'

# --- HTML limits and pages without a body ---
"$python" -c 'print("<html><body>" + "<div>" * 50 + "<p>The council met on Monday, the mayor said.</p>" + "</div>" * 50 + "</body></html>")' >"$tmp/deep.html"
run parse --max-html-depth 20 "$tmp/deep.html"
expect_status "parse --max-html-depth 20, a page 50 deep" 1
check_json "a page past --max-html-depth: FRN_ERR_TOO_LARGE naming the bound" '
assert lines[0]["error"]["code"] == "FRN_ERR_TOO_LARGE" and "20 deep" in lines[0]["error"]["message"], lines[0]
'
run parse --max-html-depth 200 "$tmp/deep.html"
check_json "the same page under a higher bound is read" '
assert lines[0]["text"] == "The council met on Monday, the mayor said.", lines[0]
'
run parse --max-html-depth 0 "$tmp/deep.html"
expect_status "--max-html-depth 0" 2
printf '<html><head><title>Members only</title></head><body><h1>Members only</h1><p><a href="/login">Sign in</a> to continue reading.</p></body></html>' >"$tmp/wall.html"
run parse "$tmp/wall.html"
check_json "a login wall: its headline, no body, and empty_reason saying why" '
assert lines[0]["title"] == "Members only" and lines[0]["text"] == "", lines[0]
assert lines[0]["empty_reason"], lines[0]
'
run parse "$first_sample"
check_json "an article with a body has no empty_reason" '
assert "empty_reason" not in lines[0]
'

# --- output that cannot be written ---
# A full disk (/dev/full, where the system has it): one clear line, every
# input still read, exit status 1, for every command and with --jobs.
if [ -w /dev/full ]; then
    for command in "parse" "quotes" "coverage" "parse --jobs 2"; do
        # shellcheck disable=SC2086 # the command and its options
        run $command -o /dev/full $sample_files
        expect_status "$command -o /dev/full" 1
        [ "$(grep -c '^frnews: cannot write the output: ' "$tmp/err")" -eq 1 ] && pass ||
            fail "$command -o /dev/full: one line naming the failed write"
    done
    # shellcheck disable=SC2086
    $runner "$frnews" quotes $sample_files >/dev/full 2>"$tmp/err"
    rc=$?
    expect_status "quotes >/dev/full (standard output)" 1
    grep -q '^frnews: cannot write the output: ' "$tmp/err" && pass || fail "quotes >/dev/full: a message"
fi
# A reader that goes away (a broken pipe): frnews ends at once, as other
# filters do, killed by SIGPIPE (128 + 13) before it has read every input.
for i in 1 2 3 4 5 6 7 8; do cat $sample_files; done >"$tmp/long.txt"
# shellcheck disable=SC2086
status=$( { $runner "$frnews" parse --jobs 2 $sample_files $sample_files $sample_files "$tmp/long.txt" \
    2>"$tmp/err"; echo $? >"$tmp/status"; } | head -c 1 >/dev/null; cat "$tmp/status")
[ "$status" -eq 141 ] && pass || fail "parse into a closed pipe: status $status, expected 141 (SIGPIPE)"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
