#!/usr/bin/env python3
"""Print the quotations of a news article, one "speaker: quote" a line.

    python3 examples/quotes.py examples/data/000_9b3e2d958d694ffd.txt
"""
import sys

import frnews


def main(argv):
    if len(argv) != 2:
        print(f"usage: {argv[0]} ARTICLE.txt", file=sys.stderr)
        return 2
    with open(argv[1], "rb") as source:  # bytes: frnews reports bad UTF-8 by position
        article = frnews.parse(source.read())
    print(article.title)
    for quote in article.quotes:
        print(f"{quote.speaker or '(unknown)'}: {quote.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
