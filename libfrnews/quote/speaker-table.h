/* PRIVATE to quote/: who is named where in an article, people (full names
 * and later surname mentions, with the gender their given name or title
 * tells), the roles they are given, and organisations; speaker mentions
 * are resolved against it ("he" -> the last man named, "Smith" -> "Brad
 * Smith", "the president" -> the person last called president, "the
 * department" -> the last department named). Every lookup is a hash or a
 * binary search, never a scan of the earlier mentions. */
#ifndef FRNP_SPEAKER_TABLE_H
#define FRNP_SPEAKER_TABLE_H

#include "text/name-index.h"
#include "frnews/quote.h"
#include "quote-text.h"

typedef struct frnp_name_mention {
    size_t token;    /* where the mention stands */
    frn_span name;   /* the name it refers to, as first written in full */
    unsigned classes; /* a person's gender (FRNP_W_MALE, FRNP_W_FEMALE or 0);
                       * FRNP_W_OUTLET for a news outlet's name */
    size_t previous; /* for roles and organisations: the one before with the same key word */
    int reported;    /* stands inside a quotation's words, which a pronoun does not reach back into */
    size_t written;  /* people: where the run of the mention starts, a title or role included;
                      * organisations: the name's first word */
    size_t after;    /* people and organisations: the token after the name */
} frnp_name_mention;

typedef struct frnp_mentions {
    frnp_name_mention *items;
    size_t count, capacity;
} frnp_mentions;

typedef struct frnp_speaker_table {
    const frnp_qtext *q;
    frnp_mentions people;        /* every mention of a person, in order */
    frnp_mentions full_names;    /* the fullest form of each surname */
    frnp_mentions roles;         /* role word -> person */
    frnp_mentions organisations; /* in order */
    frnp_name_index surnames;    /* last word -> index in full_names */
    frnp_name_index role_words;  /* role word -> its last index in roles */
    frnp_name_index org_heads;   /* head word -> its last index in organisations */
    frnp_name_index inner_capitals; /* words capitalised inside a sentence: names, not sentence openers */
    frnp_name_index given_names; /* a full name's given name -> index in full_names */
} frnp_speaker_table;

/* The table of the article q, whose quotations (their words) are those of
 * quotes. */
frn_status frnp_speaker_table_build(frn_ctx *ctx, const frnp_qtext *q, const frn_quote_list *quotes,
                                    frnp_speaker_table *table);

void frnp_speaker_table_release(frnp_speaker_table *table);

/* The speaker named by the mention at tokens [first, last): a new string
 * owned by the caller, or NULL when nothing fits (then *failed tells
 * whether memory ran out). */
char *frnp_speaker_resolve(const frnp_speaker_table *table, size_t first, size_t last, int *failed);

#endif
