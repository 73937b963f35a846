/* PRIVATE to quote/: the quotation objects' layout, shared by the list
 * object and the extraction stages that fill it. */
#ifndef FRNP_QUOTE_PRIVATE_H
#define FRNP_QUOTE_PRIVATE_H

#include "frnews/quote.h"

#define FRNP_QUOTE_MAX_FRAGMENTS 4

struct frn_quote {
    frn_quote_type type;
    char *text;
    size_t text_len;
    frn_span span;
    frn_span fragments[FRNP_QUOTE_MAX_FRAGMENTS];
    size_t fragment_count;
    char *speaker;
    char *mention;
    frn_span mention_span;
    char *cue;
    frn_span cue_span;
    double confidence;
};

struct frn_quote_options {
    unsigned types;    /* FRN_QUOTE_* bits */
    size_t max_quotes;
};

/* The options frn_quote_list_extract() uses when given NULL. */
extern const frn_quote_options frnp_quote_default_options;

struct frn_quote_list {
    frn_quote *items;
    size_t count;
    size_t capacity;
};

/* Append a zeroed quotation to the list; NULL when out of memory. */
frn_quote *frnp_quote_list_push(frn_quote_list *list);

/* Release what one quotation owns (not the quotation itself). */
void frnp_quote_clear(frn_quote *quote);

#endif
