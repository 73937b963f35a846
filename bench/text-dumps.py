#!/usr/bin/python3
"""Full-page text dumps of a WCXB-layout benchmark folder, for scoring the
plain-text reader on pages it has never seen as HTML.

    bench/text-dumps.py WCXB_DIR OUT_DIR [TYPE,TYPE...]

Writes OUT_DIR/plain/<id>.txt (the page's <title>, then every visible text
node with its white space collapsed, a blank line at each block element: the
shape of the `html-text` library's dumps), OUT_DIR/html/<id>.html.gz (links to
the pages) and OUT_DIR/ground-truth.json ({id: {"articleBody", "url"}}),
the "aeb" layout of the shared scorer:

    article.py --gold-dir OUT_DIR --layout aeb --track text --frnews cli/frnews

Needs python3-lxml (Debian). Keep OUT_DIR outside the repository: the
benchmark's pages and ground truth are not ours to copy."""
import gzip
import json
import os
import sys

import lxml.html

BLOCKS = set("address article aside blockquote br dd div dl dt fieldset figcaption figure footer "
             "form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th title tr "
             "ul".split())
UNSEEN = set("head iframe noscript script style svg template".split())


def spaced(text):
    """A text node's white space, new lines included, as single spaces."""
    return " ".join(text.split()) and (" " if text[:1].isspace() else "") + " ".join(text.split()) + \
        (" " if text[-1:].isspace() else "")


def visible_text(root):
    parts = []

    def walk(node):
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag not in UNSEEN:
            if tag in BLOCKS:
                parts.append("\n")
            if tag and node.text:
                parts.append(spaced(node.text))
            for child in node:
                walk(child)
            if tag in BLOCKS:
                parts.append("\n")
        if node.tail:
            parts.append(spaced(node.tail))

    walk(root)
    lines = [" ".join(line.split()) for line in "".join(parts).split("\n")]
    paragraphs = [line for line in lines if line]
    return "\n\n".join(paragraphs) + "\n"


def page_type(truth):
    return ((truth.get("_internal") or {}).get("page_type") or {}).get("primary", "article")


def main(source, out, types):
    os.makedirs(out + "/plain", exist_ok=True)
    os.makedirs(out + "/html", exist_ok=True)
    gold = {}
    for name in sorted(os.listdir(source + "/ground-truth")):
        page = name[:-len(".json")]
        with open(source + "/ground-truth/" + name) as f:
            truth = json.load(f)
        if types and page_type(truth) not in types:
            continue
        html_path = source + "/html/" + page + ".html.gz"
        with gzip.open(html_path) as f:
            document = lxml.html.document_fromstring(f.read())
        title = " ".join((document.findtext(".//title") or "").split())
        body = document.find("body")
        text = (title + "\n\n" if title else "") + visible_text(body if body is not None else document)
        with open(out + "/plain/" + page + ".txt", "w") as f:
            f.write(text)
        link = out + "/html/" + page + ".html.gz"
        if not os.path.exists(link):
            os.symlink(os.path.abspath(html_path), link)
        gold[page] = {"articleBody": truth["ground_truth"].get("main_content") or "",
                      "url": truth.get("url") or ""}
    with open(out + "/ground-truth.json", "w") as f:
        json.dump(gold, f)
    print("%d pages written to %s" % (len(gold), out))


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], set(sys.argv[3].split(",")) if len(sys.argv) == 4 else None)
