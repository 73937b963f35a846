#!/usr/bin/python3
"""Write lexicon/pending-words.c from the word lists lexicon/<lang>/<list>.txt.

TODO(lexicon): temporary. After the lexicon merge these lists are compiled
by the lexicon's own generator at build time; until then this script is run
by hand after editing a list, and its output is committed:
    lexicon/tools/pending-words.py lexicon > lexicon/pending-words.c
`tests/check-pending-words.sh` (make check) fails when the two disagree.

A list is one entry a line, `#` comments, an optional TAB and weight. Each
file's name gives the class bit FRNP_LEX_<NAME> (pending-words.h); a word in
several lists of one language has all their bits, and the largest weight
given (1 when none is).
"""
import os
import sys

LANGUAGES = ('de', 'en', 'es', 'fr')


def fold(word):
    # The C side folds ASCII letters only (frnp_fold_into).
    return ''.join(c.lower() if c < '\x80' else c for c in word)


def read_list(path):
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.split('#', 1)[0].rstrip('\n')
            if not line.strip():
                continue
            word, _, weight = line.partition('\t')
            yield fold(word.strip()), float(weight) if weight.strip() else None


def table(lexicon_dir, lang):
    words = {}
    folder = os.path.join(lexicon_dir, lang)
    for name in sorted(os.listdir(folder)):
        if not name.endswith('.txt'):
            continue
        bit = 'FRNP_LEX_' + name[:-4].upper().replace('-', '_')
        for word, weight in read_list(os.path.join(folder, name)):
            bits, best = words.get(word, (set(), None))
            bits.add(bit)
            if weight is not None:
                best = weight if best is None else max(best, weight)
            words[word] = (bits, best)
    return sorted(words.items(), key=lambda item: item[0].encode('utf-8'))


def c_string(word):
    return '"' + word.replace('\\', '\\\\').replace('"', '\\"') + '"'


def main():
    lexicon_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(__file__))
    out = sys.stdout
    out.write('/* TODO(lexicon): generated from lexicon/<lang>/<list>.txt after the lexicon merge.\n'
              ' * Written by lexicon/tools/pending-words.py from those lists; do not edit. */\n'
              '#include "pending-words.h"\n')
    for lang in LANGUAGES:
        entries = table(lexicon_dir, lang)
        out.write('\nstatic const frnp_pending_word %s_words[] = {\n' % lang)
        for word, (bits, weight) in entries:
            out.write('    {%s, %s, %g},\n' % (c_string(word), ' | '.join(sorted(bits)),
                                              1.0 if weight is None else weight))
        out.write('};\n')
    out.write('\nconst frnp_pending_table frnp_pending_tables[] = {\n')
    for lang in LANGUAGES:
        out.write('    {"%s", %s_words, sizeof %s_words / sizeof %s_words[0]},\n'
                  % (lang, lang, lang, lang))
    out.write('    {NULL, NULL, 0}\n};\n')


if __name__ == '__main__':
    main()
