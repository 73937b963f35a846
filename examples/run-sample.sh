#!/bin/bash
# The sample job in readable form: each article's quotations with their
# speakers, then what the coverage index found across the articles.
# Usage: examples/run-sample.sh [DATA_DIR]   (from the build directory it
# runs the cli/frnews built there, elsewhere the installed frnews on PATH;
# FRNEWS names another frnews command, PYTHON another interpreter)
set -euo pipefail
frnews=${FRNEWS:-}
if [ -z "$frnews" ]; then
    if [ -x cli/frnews ]; then frnews=cli/frnews; else frnews=frnews; fi
fi
python=${PYTHON:-/usr/bin/python3}
data=${1:-$(dirname "$0")/data}

"$frnews" quotes "$data"/*.txt | "$python" -c '
import json, os, sys
for line in sys.stdin:
    article = json.loads(line)
    print("==", os.path.basename(article["file"]))
    if "error" in article:
        print("   error:", article["error"]["message"])
    for quote in article.get("quotes", []):
        print("  ", quote["speaker"] or "(unknown)", ": \u201c", quote["text"], "\u201d", sep="")
'

"$frnews" coverage "$data" | "$python" -c '
import json, sys
coverage = json.load(sys.stdin)
shared = [q for q in coverage["quotes"] if len(q["sources"]) > 1]
def count(items, one, many):
    return "%d %s" % (len(items), one if len(items) == 1 else many)
print()
print("== coverage of", count(coverage["articles"], "article", "articles") + ":",
      count(coverage["stories"], "story", "stories") + ",",
      count(coverage["duplicates"], "near-duplicate pair", "near-duplicate pairs") + ",",
      count(shared, "quotation", "quotations"), "printed by more than one article")
for story in coverage["stories"]:
    print("   story", story["id"], ":", ", ".join(story["articles"]))
for pair in coverage["duplicates"]:
    print("   duplicates %s ~ %s (similarity %.2f)" % (pair["a"], pair["b"], pair["similarity"]))
for quote in shared:
    print("  ", quote["speaker"] or "(unknown)", ": \u201c", quote["text"], "\u201d", sep="")
    print("      printed by", ", ".join(str(s["article"]) for s in quote["sources"]))
'
