/* TODO(lexicon): temporary home of the word lists added for quotations
 * (indirect-speech verbs, honorifics, given names, German, French and
 * Spanish cues ...), kept as data in lexicon/<lang>/<list>.txt and mirrored into
 * pending-words.c by lexicon/tools/pending-words.py until the lexicon's own
 * generator compiles them. One bit per list file. */
#ifndef FRNP_PENDING_WORDS_H
#define FRNP_PENDING_WORDS_H

#include <stddef.h>

enum frnp_lex_class {
    FRNP_LEX_ACCORDING_TO = 1u << 0,      /* "laut", "selon": the source of what follows */
    FRNP_LEX_AFTER_QUOTE_CUES = 1u << 1,  /* cues only after a quotation: German "so" */
    FRNP_LEX_COMPLEMENTISERS = 1u << 2,   /* "that", "dass", "que" */
    FRNP_LEX_CUE_VERBS = 1u << 3,         /* speech verbs of languages other than English */
    FRNP_LEX_DETERMINERS = 1u << 4,
    FRNP_LEX_PRONOUNS_FEMALE = 1u << 5,
    FRNP_LEX_PRONOUNS_MALE = 1u << 6,
    FRNP_LEX_ROLE_WORDS = 1u << 7,
    FRNP_LEX_GIVEN_NAMES_FEMALE = 1u << 8,
    FRNP_LEX_GIVEN_NAMES_MALE = 1u << 9,
    FRNP_LEX_HONORIFICS = 1u << 10,
    FRNP_LEX_HONORIFICS_FEMALE = 1u << 11,
    FRNP_LEX_HONORIFICS_MALE = 1u << 12,
    FRNP_LEX_ORGANISATION_WORDS = 1u << 13,
    FRNP_LEX_PLACE_WORDS = 1u << 14,
    FRNP_LEX_REPORT_VERBS = 1u << 15,     /* verbs of indirect speech and belief */
    FRNP_LEX_PRONOUNS_NEUTER = 1u << 16,  /* "it" for an organisation */
    FRNP_LEX_REPORT_VERBS_BEFORE_THAT = 1u << 17, /* reporting only before "that" */
    FRNP_LEX_ADJUNCT_OPENERS = 1u << 18,  /* "in", "on": open an adjunct after a cue */
    FRNP_LEX_OUTLET_WORDS = 1u << 19,     /* Post, Times: a news outlet's last word */
    FRNP_LEX_CUE_MODIFIERS = 1u << 20     /* auxiliaries before a cue: "a déclaré" */
};

typedef struct frnp_pending_word {
    const char *word; /* folded as frnp_fold_into() folds */
    unsigned classes; /* FRNP_LEX_* */
    double weight;    /* how surely the word means what its list says, (0, 1] */
} frnp_pending_word;

typedef struct frnp_pending_table {
    const char *language; /* BCP 47 primary tag */
    const frnp_pending_word *words; /* sorted by strcmp */
    size_t count;
} frnp_pending_table;

/* The tables, one per language, ending with {NULL, NULL, 0}. */
extern const frnp_pending_table frnp_pending_tables[];

/* The table of a language ("en", "de-AT" -> "de"), or NULL. */
const frnp_pending_table *frnp_pending_table_for(const char *language);

/* The entry for a word of the text (folded here), or NULL. */
const frnp_pending_word *frnp_pending_find(const frnp_pending_table *table, const char *text, size_t len);

#endif
