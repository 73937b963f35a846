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

/* A substrings or weighted list's matcher (tools/phrase-automaton.c builds
 * it): an Aho-Corasick automaton with every transition filled in. A state
 * is the offset of its row in next; the row's entry for a byte's column is
 * the next state. States from first_ending on end phrases (state
 * first_ending + k * column_count ends the phrases ends[end_start[k]] up to
 * ends[end_start[k + 1]], indices into the list's table), and NUL leads to
 * state end, which ends none. */
typedef struct frnp_lex_automaton {
    const uint8_t *columns; /* [256] */
    size_t column_count;
    const uint32_t *next;
    uint32_t first_ending, end;
    const uint32_t *end_start;
    const uint16_t *ends;
} frnp_lex_automaton;

struct frnp_lexicon {
    const char *language; /* its folder's name: "en" */
    frnp_lex_table words;
    frnp_lex_table phrases[FRNP_PHRASE_LIST_COUNT];
    /* The words by hash (lexicon-hash.h): 0 for a free slot, else the
     * index + 1 of an entry of words, or words.count + the index + 1 of an
     * entry of shared_words; the count a power of two, never all used. */
    const uint32_t *word_slots;
    size_t word_slot_count;
    /* The words of the lists every language shares (all/: given names),
     * one table for all; a word that is also in the language's own lists
     * has its entry in words, with every bit. */
    frnp_lex_table shared_words;
    /* Per phrase list: its automaton, or NULL (other kinds, and lists too
     * short to gain from one: they are searched with strstr). */
    const frnp_lex_automaton *automata[FRNP_PHRASE_LIST_COUNT];
};

/* Every compiled language, English first. */
extern const struct frnp_lexicon *const frnp_lexicons[];
extern const size_t frnp_lexicon_count;

#endif
