#!/bin/sh
# Regenerate tests/data/crawl.warc.gz, the WARC file the WARC reader is
# tested on, with a standard crawler: wget's --warc-file, fetching the pages
# of tests/data/site/ (written for these tests) from a local HTTP server.
# Needs wget and python3. Run from any directory; writes next to this script.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
port=8766
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$here/site" >/dev/null 2>&1 &
server=$!
sleep 1
cd "$work"
# A page, a second page, and a missing one (a 404 response record).
wget -q --warc-file=crawl --no-warc-keep-log \
    "http://127.0.0.1:$port/council.html" "http://127.0.0.1:$port/bakery.html" \
    "http://127.0.0.1:$port/missing.html" || true
cp crawl.warc.gz "$here/crawl.warc.gz"
