/* Who is named where in an article: people (full names and later surname
 * mentions), the roles they are given, and organisations. Speaker mentions
 * are resolved against it ("he" -> the last person named, "Smith" -> "Brad
 * Smith", "the president" -> the person last called president). */
#ifndef FRNP_SPEAKER_TABLE_H
#define FRNP_SPEAKER_TABLE_H

#include "lexicon/lexicon.h"

typedef struct frnp_name_mention {
    size_t token; /* where the mention stands */
    frn_span name; /* the name it refers to, as first written in full */
} frnp_name_mention;

typedef struct frnp_role_mention {
    size_t token;      /* the role word */
    frn_span name;     /* the person given that role */
} frnp_role_mention;

typedef struct frnp_speaker_table {
    const frnp_lexicon *lexicon; /* the tokens are tagged with */
    const char *src;
    const frnp_token_list *tokens;
    frnp_name_mention *people; /* every mention of a person, in order */
    size_t people_count, people_capacity;
    frnp_role_mention *roles;
    size_t role_count, role_capacity;
    frnp_name_mention *organisations; /* multi-word names ending in an organisation noun */
    size_t organisation_count, organisation_capacity;
} frnp_speaker_table;

frn_status frnp_speaker_table_build(frn_ctx *ctx, const frnp_lexicon *lexicon, const char *src,
                                   const frnp_token_list *tokens, frnp_speaker_table *table);

void frnp_speaker_table_release(frnp_speaker_table *table);

/* Resolve the speaker mention tokens [first, last) to a name: a new string,
 * or NULL when the text names no one. *failed is set when out of memory. */
char *frnp_speaker_resolve(const frnp_speaker_table *table, size_t first, size_t last, int *failed);

#endif
