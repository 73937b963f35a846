/* PRIVATE to quote/: the quotation objects' layout, shared by the list
 * object and the extraction stages that fill it. */
#ifndef FRNP_QUOTE_PRIVATE_H
#define FRNP_QUOTE_PRIVATE_H

#include "frnews/quote.h"
#include "text/tokens.h" /* FRNP_NO_TOKEN */

#define FRNP_QUOTE_MAX_FRAGMENTS 4
#define FRNP_QUOTE_MAX_QUOTED 8

struct frn_quote {
    frn_quote_type type;
    char *text;
    size_t text_len;
    frn_span span;
    frn_span fragments[FRNP_QUOTE_MAX_FRAGMENTS];
    size_t fragment_count;
    frn_span quoted[FRNP_QUOTE_MAX_QUOTED]; /* the parts inside quotation marks */
    size_t quoted_count;
    char *speaker;
    char *role;
    char *mention;
    frn_span mention_span;
    char *cue;
    frn_span cue_span;
    double confidence;
    /* Filled by the stages, read by the speaker stage: the mention's tokens
     * [first, last), FRNP_NO_TOKEN when there is none, and how sure the
     * attribution is before the speaker is resolved. */
    size_t mention_first, mention_last;
    double attribution_confidence;
};

struct frn_quote_options {
    unsigned types;    /* FRN_QUOTE_* bits */
    size_t max_quotes;
    int skip_titles;   /* quoted titles are no quotation, nor a quoted part */
    int join_sentences; /* '“A,” X said. “B.”' is one quotation of two fragments */
};

/* The options frn_quote_list_extract() uses when given NULL. */
extern const frn_quote_options frnp_quote_default_options;

struct frn_quote_list {
    frn_quote *items;
    size_t count;
    size_t capacity;
};

/* Append a zeroed quotation, without mention, to the list; NULL when out of
 * memory. */
frn_quote *frnp_quote_list_push(frn_quote_list *list);

/* Release what one quotation owns (not the quotation itself). */
void frnp_quote_clear(frn_quote *quote);

/* Set the quotation's text from its fragments (joined by one space) and its
 * span from the first to the last; 0 when out of memory. */
int frnp_quote_set_text(frn_quote *quote, const char *src);

/* Sort the list by position and drop the quotations marked type NONE. */
void frnp_quote_list_sort(frn_quote_list *list);

#endif
