/* The word segmentation loop, run directly on UTF-8 through UText. */
#include <stdint.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>
#include "core/context.h"
#include "text-words.h"

static int has_letter_or_digit(const char *text, int32_t start, int32_t end)
{
    while (start < end) {
        UChar32 c;
        U8_NEXT((const uint8_t *)text, start, end, c);
        if (u_isalnum(c))
            return 1;
    }
    return 0;
}

frn_status frnp_segments_each(frn_ctx *ctx, const char *text, size_t len,
                              frnp_segment_fn fn, void *data)
{
    UBreakIterator *breaker;
    UErrorCode err = U_ZERO_ERROR;
    UText ut = UTEXT_INITIALIZER; /* on the stack: opening it allocates nothing */
    int32_t start, end;

    if (len == 0)
        return FRN_OK;
    /* ICU's break positions are 32-bit: a longer text is refused, never cut. */
    if (len > INT32_MAX)
        return frnp_fail(ctx, FRN_ERR_TOO_LARGE, FRNP_NO_POSITION,
                         "a text of %zu bytes, more than the %ld bytes ICU can segment",
                         len, (long)INT32_MAX);
    breaker = frnp_ctx_word_breaker(ctx);
    if (!breaker)
        return FRN_ERR_ICU;
    utext_openUTF8(&ut, text, (int64_t)len, &err);
    ubrk_setUText(breaker, &ut, &err);
    if (U_FAILURE(err)) {
        utext_close(&ut);
        return frnp_fail(ctx, FRN_ERR_ICU, FRNP_NO_POSITION, "ICU word segmentation failed: %s",
                         u_errorName(err));
    }
    for (start = ubrk_first(breaker), end = ubrk_next(breaker); end != UBRK_DONE;
         start = end, end = ubrk_next(breaker)) {
        int32_t at = start;
        UChar32 first;
        U8_NEXT((const uint8_t *)text, at, end, first);
        if (u_isUWhiteSpace(first))
            continue; /* ICU gives a run of spaces as one segment */
        if (fn(data, (size_t)start, (size_t)end,
               ubrk_getRuleStatus(breaker) >= UBRK_WORD_NONE_LIMIT && has_letter_or_digit(text, start, end)))
            break;
    }
    utext_close(&ut);
    return FRN_OK;
}

typedef struct word_count {
    size_t count, limit;
} word_count;

static int count_word(void *data, size_t start, size_t end, int is_word)
{
    word_count *n = data;

    n->count += is_word != 0;
    return n->count >= n->limit;
}

size_t frnp_count_words(frn_ctx *ctx, const char *text, size_t len, size_t limit)
{
    word_count n = {0, limit};

    if (limit > 0)
        frnp_segments_each(ctx, text, len, count_word, &n);
    return n.count;
}

size_t frnp_possessive_base(const char *word, size_t len)
{
    if (len > 2 && word[len - 1] == 's' && word[len - 2] == '\'')
        return len - 2;
    if (len > 4 && word[len - 1] == 's' && memcmp(word + len - 4, "\xE2\x80\x99", 3) == 0)
        return len - 4;
    return len;
}
