/* Words and punctuation of the article's paragraphs (the segments of
 * text-words.h), with byte offsets into the source text. */
#ifndef FRNP_TOKENS_H
#define FRNP_TOKENS_H

#include <stddef.h>
#include <stdint.h>
#include "frnews/common.h"

enum frnp_token_flags {
    FRNP_TOKEN_WORD = 1u << 0,        /* letters or digits */
    FRNP_TOKEN_CAPITALIZED = 1u << 1, /* starts with an upper-case letter */
    FRNP_TOKEN_SENTENCE_END = 1u << 2 /* '.', '!' or '?' */
};

/* No token: where an index of a token is wanted and there is none. */
#define FRNP_NO_TOKEN ((size_t)-1)

typedef struct frnp_token {
    size_t start, end;
    unsigned flags;
    size_t paragraph;
    /* The lexicon classes of the token's text, looked up once for all the
     * questions later stages ask (lexicon/lexicon.h); 0 until tagged. */
    uint64_t lexicon;
} frnp_token;

typedef struct frnp_token_list {
    frnp_token *items;
    size_t count, capacity;
    size_t *paragraph_first; /* index of each paragraph's first token; one extra at the end */
    size_t paragraph_count;
} frnp_token_list;

/* Segment each span of src into tokens (white space dropped). */
frn_status frnp_tokens_segment(frn_ctx *ctx, const char *src, const frn_span *paragraphs,
                              size_t paragraph_count, frnp_token_list *tokens);

void frnp_tokens_release(frnp_token_list *tokens);

/* Whether the token is a word that starts with a capital letter. */
int frnp_token_is_capitalized(const frnp_token *token);

/* Whether the token is the single character c. */
int frnp_token_is_char(const char *src, const frnp_token *token, char c);

#endif
