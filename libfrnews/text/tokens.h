/* Words and punctuation of the article's paragraphs, from ICU's word
 * segmentation, with byte offsets into the source text. */
#ifndef FRN_TOKENS_H
#define FRN_TOKENS_H

#include <stddef.h>
#include "frnews/common.h"

enum frn_token_flags {
    FRN_TOKEN_WORD = 1u << 0,        /* letters or digits */
    FRN_TOKEN_CAPITALIZED = 1u << 1, /* starts with an upper-case letter */
    FRN_TOKEN_SENTENCE_END = 1u << 2 /* '.', '!' or '?' */
};

typedef struct frn_token {
    size_t start, end;
    unsigned flags;
    size_t paragraph;
} frn_token;

typedef struct frn_token_list {
    frn_token *items;
    size_t count, capacity;
    size_t *paragraph_first; /* index of each paragraph's first token; one extra at the end */
    size_t paragraph_count;
} frn_token_list;

/* Segment each span of src into tokens (white space dropped). */
frn_status frn_tokens_segment(frn_ctx *ctx, const char *src, const frn_span *paragraphs,
                              size_t paragraph_count, frn_token_list *tokens);

void frn_tokens_release(frn_token_list *tokens);

/* Whether the token's text, compared without case, is word. */
int frn_token_is(const char *src, const frn_token *token, const char *word);

/* Whether the token is the single character c. */
int frn_token_is_char(const char *src, const frn_token *token, char c);

#endif
