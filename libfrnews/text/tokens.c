/* Word segmentation with ICU's word break rules, run directly on UTF-8. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include "core/array.h"
#include "core/context.h"
#include "text-match.h"
#include "tokens.h"
#include "utf8.h"

static int push_token(frnp_token_list *tokens, frnp_token token)
{
    if (!frnp_array_reserve(&tokens->items, &tokens->capacity, tokens->count + 1, sizeof *tokens->items))
        return 0;
    tokens->items[tokens->count++] = token;
    return 1;
}

static unsigned classify(const char *src, size_t start, size_t end, int32_t rule_status)
{
    size_t pos = start;
    UChar32 first = frnp_utf8_next(src, end, &pos);

    if (rule_status != UBRK_WORD_NONE)
        return FRNP_TOKEN_WORD | (u_isupper(first) || u_istitle(first) ? FRNP_TOKEN_CAPITALIZED : 0);
    if (first == '.' || first == '!' || first == '?')
        return FRNP_TOKEN_SENTENCE_END;
    return 0;
}

/* ICU gives one segment per punctuation character and one per run of
 * spaces; spaces are dropped. */
static frn_status segment_span(frn_ctx *ctx, UBreakIterator *breaker, const char *src,
                               frn_span span, size_t paragraph, frnp_token_list *tokens)
{
    UErrorCode err = U_ZERO_ERROR;
    UText *text;
    int32_t start, end;

    /* ICU's break positions are 32-bit. */
    if (span.end - span.start > INT32_MAX)
        return frnp_fail(ctx, FRN_ERR_TOO_LARGE, span.start,
                         "the paragraph at byte %zu is %zu bytes long, more than the %ld "
                         "bytes ICU can segment", span.start, span.end - span.start,
                         (long)INT32_MAX);
    text = utext_openUTF8(NULL, src + span.start, (int64_t)(span.end - span.start), &err);
    ubrk_setUText(breaker, text, &err);
    if (U_FAILURE(err)) {
        utext_close(text);
        return frnp_fail(ctx, FRN_ERR_ICU, span.start, "ICU word segmentation failed: %s",
                        u_errorName(err));
    }
    for (start = ubrk_first(breaker), end = ubrk_next(breaker); end != UBRK_DONE;
         start = end, end = ubrk_next(breaker)) {
        size_t s = span.start + (size_t)start, e = span.start + (size_t)end, pos = s;
        UChar32 first = frnp_utf8_next(src, e, &pos);
        frnp_token token = {s, e, 0, paragraph};
        if (u_isUWhiteSpace(first))
            continue;
        token.flags = classify(src, s, e, ubrk_getRuleStatus(breaker));
        if (!push_token(tokens, token)) {
            utext_close(text);
            return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
        }
    }
    utext_close(text);
    return FRN_OK;
}

frn_status frnp_tokens_segment(frn_ctx *ctx, const char *src, const frn_span *paragraphs,
                              size_t paragraph_count, frnp_token_list *tokens)
{
    UBreakIterator *breaker = frnp_ctx_word_breaker(ctx);

    memset(tokens, 0, sizeof *tokens);
    if (!breaker)
        return FRN_ERR_ICU;
    tokens->paragraph_first = malloc((paragraph_count + 1) * sizeof *tokens->paragraph_first);
    if (!tokens->paragraph_first)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    tokens->paragraph_count = paragraph_count;
    for (size_t p = 0; p < paragraph_count; p++) {
        frn_status status;
        tokens->paragraph_first[p] = tokens->count;
        status = segment_span(ctx, breaker, src, paragraphs[p], p, tokens);
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

int frnp_token_is(const char *src, const frnp_token *token, const char *word)
{
    size_t len = token->end - token->start;

    return len > 0 && frnp_match_at(src + token->start, len, 0, word) == len;
}

int frnp_token_is_char(const char *src, const frnp_token *token, char c)
{
    return token->end - token->start == 1 && src[token->start] == c;
}
