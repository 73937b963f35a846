/* Who is named where in an article: people (full names and later surname
 * mentions), the roles they are given, and organisations. Speaker mentions
 * are resolved against it ("he" -> the last person named, "Smith" -> "Brad
 * Smith", "the president" -> the person last called president). */
#ifndef FRN_SPEAKER_TABLE_H
#define FRN_SPEAKER_TABLE_H

#include "tokens.h"

typedef struct frn_name_mention {
    size_t token; /* where the mention stands */
    frn_span name; /* the name it refers to, as first written in full */
} frn_name_mention;

typedef struct frn_role_mention {
    size_t token;      /* the role word */
    frn_span name;     /* the person given that role */
} frn_role_mention;

typedef struct frn_speaker_table {
    const char *src;
    const frn_token_list *tokens;
    frn_name_mention *people; /* every mention of a person, in order */
    size_t people_count, people_capacity;
    frn_role_mention *roles;
    size_t role_count, role_capacity;
    frn_name_mention *organisations; /* multi-word names ending in an organisation noun */
    size_t organisation_count, organisation_capacity;
} frn_speaker_table;

frn_status frn_speaker_table_build(frn_ctx *ctx, const char *src, const frn_token_list *tokens,
                                   frn_speaker_table *table);

void frn_speaker_table_release(frn_speaker_table *table);

/* Resolve the speaker mention tokens [first, last) to a name: a new string,
 * or NULL when the text names no one. *failed is set when out of memory. */
char *frn_speaker_resolve(const frn_speaker_table *table, size_t first, size_t last, int *failed);

#endif
