#!/usr/bin/python3
"""Convert the ISO 3166 country and subdivision names of Debian's iso-codes
package into lexicon/en/place-names.txt.

Run by hand, never by the build:
    apt-get install iso-codes
    lexicon/tools/place-names.py /usr/share/iso-codes/json lexicon

iso-codes (https://salsa.debian.org/iso-codes-team/iso-codes) is under the
LGPL-2.1+; only the names, facts, are taken. A country is listed by its
common name when it has one ("North Korea", "South Korea") and by its short name
when that has no comma ("United States", "New Zealand"). Subdivisions are
listed for the countries whose states or provinces English news names
without their country ("West Virginia", "New South Wales"), in the
English form ISO gives them. Names with digits, brackets, hyphens or
apostrophes are left out: the lexicon's phrases are words one space apart.
Only names of two words or more are kept: one word is never a person's full
name, and the phrase list holds phrases only.
"""
import json
import os
import re
import sys

# Countries whose first-level subdivisions English news names on their
# own, and the subdivision types to take from each.
SUBDIVISIONS = {
    'US': {'State', 'District', 'Outlying area'},
    'CA': {'Province', 'Territory'},
    'AU': {'State', 'Territory'},
    'GB': {'Country', 'Province'},
}

HEADER = """# Names of two words or more of countries, and of the states and provinces
# of the US, Canada, Australia and the UK, that a run of capitalised words
# may be ("North Korea", "West Virginia"): a place, no person (one word is
# no full name to be mistaken for a person's). From ISO 3166-1 and
# 3166-2 as Debian's iso-codes {version} has them (LGPL-2.1+; only the
# names are taken). Converted by lexicon/tools/place-names.py; do not edit
# by hand. One name a line.
"""


def usable(name):
    return name and not re.search(r"[,0-9()\[\]'\u2019-]", name)


def country_names(countries):
    for country in countries:
        for key in ('common_name', 'name'):
            if usable(country.get(key)):
                yield country[key]
                break


def subdivision_names(subdivisions):
    for division in subdivisions:
        types = SUBDIVISIONS.get(division['code'][:2])
        if types and division['type'] in types and usable(division['name']):
            yield division['name']


def version_of():
    """The installed package's version, as dpkg records it, else 'unknown'."""
    try:
        with open('/var/lib/dpkg/status', encoding='utf-8') as f:
            block = f.read().split('\nPackage: iso-codes\n', 1)[1].split('\n\n', 1)[0]
        return re.search(r'^Version: (\S+)', block, re.M).group(1)
    except (OSError, IndexError, AttributeError):
        return 'unknown'


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: place-names.py ISO_CODES_JSON_DIR LEXICON_DIR')
    json_dir, lexicon = sys.argv[1], sys.argv[2]
    with open(os.path.join(json_dir, 'iso_3166-1.json'), encoding='utf-8') as f:
        countries = json.load(f)['3166-1']
    with open(os.path.join(json_dir, 'iso_3166-2.json'), encoding='utf-8') as f:
        subdivisions = json.load(f)['3166-2']
    names = sorted(name for name in set(country_names(countries)) | set(subdivision_names(subdivisions))
                   if ' ' in name)
    path = os.path.join(lexicon, 'en', 'place-names.txt')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(HEADER.format(version=version_of()))
        for name in names:
            f.write(name + '\n')
    print('%s: %d names' % (path, len(names)))


if __name__ == '__main__':
    main()
