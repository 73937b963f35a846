/* Tokens: the segments of text-words.c with their byte offsets in the
 * source and what the later stages ask of each. */
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include "core/array.h"
#include "core/context.h"
#include "text-words.h"
#include "tokens.h"
#include "utf8.h"

typedef struct span_reader {
    const char *src;
    size_t offset;    /* of the span in src */
    size_t paragraph;
    frnp_token_list *tokens;
    int failed;
} span_reader;

static unsigned classify(const char *src, size_t start, size_t end, int is_word)
{
    size_t pos = start;
    UChar32 first;

    if ((unsigned char)src[start] < 0x80) { /* most tokens: no decoding */
        char c = src[start];
        if (is_word)
            return FRNP_TOKEN_WORD | (c >= 'A' && c <= 'Z' ? FRNP_TOKEN_CAPITALIZED : 0);
        return c == '.' || c == '!' || c == '?' ? FRNP_TOKEN_SENTENCE_END : 0;
    }
    first = frnp_utf8_next(src, end, &pos);
    if (is_word)
        return FRNP_TOKEN_WORD | (u_isupper(first) || u_istitle(first) ? FRNP_TOKEN_CAPITALIZED : 0);
    if (first == '.' || first == '!' || first == '?')
        return FRNP_TOKEN_SENTENCE_END;
    return 0;
}

static int push_token(void *data, size_t start, size_t end, int is_word)
{
    span_reader *r = data;
    frnp_token_list *tokens = r->tokens;
    frnp_token token = {r->offset + start, r->offset + end, 0, r->paragraph, 0};

    if (tokens->count == tokens->capacity &&
        !frnp_array_reserve(&tokens->items, &tokens->capacity, tokens->count + 1, sizeof *tokens->items)) {
        r->failed = 1;
        return 1;
    }
    token.flags = classify(r->src, token.start, token.end, is_word);
    tokens->items[tokens->count++] = token;
    return 0;
}

frn_status frnp_tokens_segment(frn_ctx *ctx, const char *src, const frn_span *paragraphs,
                              size_t paragraph_count, frnp_token_list *tokens)
{
    memset(tokens, 0, sizeof *tokens);
    tokens->paragraph_first = malloc((paragraph_count + 1) * sizeof *tokens->paragraph_first);
    if (!tokens->paragraph_first)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    tokens->paragraph_count = paragraph_count;
    for (size_t p = 0; p < paragraph_count; p++) {
        span_reader reader = {src, paragraphs[p].start, p, tokens, 0};
        frn_status status;
        tokens->paragraph_first[p] = tokens->count;
        status = frnp_segments_each(ctx, src + paragraphs[p].start,
                                    paragraphs[p].end - paragraphs[p].start, push_token, &reader);
        if (status == FRN_OK && reader.failed)
            status = frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
        if (status != FRN_OK)
            return status;
    }
    tokens->paragraph_first[paragraph_count] = tokens->count;
    return FRN_OK;
}

void frnp_tokens_release(frnp_token_list *tokens)
{
    free(tokens->items);
    free(tokens->paragraph_first);
    memset(tokens, 0, sizeof *tokens);
}

int frnp_token_is_capitalized(const frnp_token *token)
{
    return (token->flags & (FRNP_TOKEN_WORD | FRNP_TOKEN_CAPITALIZED)) ==
           (FRNP_TOKEN_WORD | FRNP_TOKEN_CAPITALIZED);
}

int frnp_token_is_char(const char *src, const frnp_token *token, char c)
{
    return token->end - token->start == 1 && src[token->start] == c;
}
