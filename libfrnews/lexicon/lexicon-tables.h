/* PRIVATE to lexicon/: the layout of the compiled tables, which
 * lexicon-compile generates (lexicon-tables.c) and lexicon.c searches. */
#ifndef FRNP_LEXICON_TABLES_H
#define FRNP_LEXICON_TABLES_H

#include <stddef.h>
#include <stdint.h>
#include "lexicon-lists.h"

typedef struct frnp_lex_entry {
    const char *text; /* folded (text/text-fold.h) */
    size_t len;
    float weight;     /* of a weighted phrase or word; 1 when its list gives none */
    uint64_t classes; /* of a word: the FRNP_LEX_* bits of the lists it is in */
} frnp_lex_entry;

/* Sorted by text, bytes compared as unsigned, a prefix first. */
typedef struct frnp_lex_table {
    const frnp_lex_entry *entries;
    size_t count;
} frnp_lex_table;

struct frnp_lexicon {
    const char *language; /* its folder's name: "en" */
    frnp_lex_table words;
    frnp_lex_table phrases[FRNP_PHRASE_LIST_COUNT];
    /* The words by hash (lexicon-hash.h): 0 for a free slot, else an
     * entry's index + 1; the count a power of two, never all used. */
    const uint32_t *word_slots;
    size_t word_slot_count;
};

/* Every compiled language, English first. */
extern const struct frnp_lexicon *const frnp_lexicons[];
extern const size_t frnp_lexicon_count;

#endif
