/* Words for the coverage stages: ICU word segmentation over the UTF-8 text
 * itself (no conversion), letters and numbers only, case-folded. */
#include <stdint.h>
#include <stdlib.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>
#include <xxhash.h>
#include "core/context.h"
#include "coverage-private.h"

/* Longer "words" (URLs, hashes) are cut: their first bytes identify them. */
#define FRNP_WORD_MAX_BYTES 128

/* Fold one word into buf; typographic apostrophes become ASCII so that
 * "Smith’s" and "Smith's" agree. Returns the folded length. */
static size_t fold_word(const char *text, int32_t start, int32_t end, char *buf)
{
    const uint8_t *s = (const uint8_t *)text;
    int32_t at = start;
    size_t out = 0;

    while (at < end) {
        UChar32 c;
        U8_NEXT(s, at, end, c);
        if (c < 0)
            continue;
        if (c == 0x2019 || c == 0x2018)
            c = '\'';
        c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
        if (out + U8_MAX_LENGTH > FRNP_WORD_MAX_BYTES)
            break;
        U8_APPEND_UNSAFE(buf, out, c);
    }
    return out;
}

frn_status frnp_cov_each_word(frn_ctx *ctx, const char *text, size_t len,
                             frnp_cov_word_fn fn, void *data)
{
    UBreakIterator *breaker;
    UErrorCode err = U_ZERO_ERROR;
    UText *ut;
    char word[FRNP_WORD_MAX_BYTES];

    if (!text || len == 0)
        return FRN_OK;
    /* ICU's break positions are 32-bit. */
    if (len > INT32_MAX)
        return frnp_fail(ctx, FRN_ERR_TOO_LARGE, FRNP_NO_POSITION,
                         "a text of %zu bytes, more than the %ld bytes ICU can segment",
                         len, (long)INT32_MAX);
    breaker = frnp_ctx_word_breaker(ctx);
    if (!breaker)
        return FRN_ERR_ICU;
    ut = utext_openUTF8(NULL, text, (int64_t)len, &err);
    ubrk_setUText(breaker, ut, &err);
    if (U_FAILURE(err)) {
        utext_close(ut);
        return frnp_fail(ctx, FRN_ERR_ICU, FRNP_NO_POSITION,
                        "cannot segment words: %s", u_errorName(err));
    }
    for (int32_t start = ubrk_first(breaker), end = ubrk_next(breaker); end != UBRK_DONE;
         start = end, end = ubrk_next(breaker)) {
        size_t n;
        if (ubrk_getRuleStatus(breaker) < UBRK_WORD_NONE_LIMIT)
            continue; /* spaces and punctuation */
        n = fold_word(text, start, end, word);
        if (n > 0 && fn(word, n, data))
            break;
    }
    utext_close(ut);
    return FRN_OK;
}

uint64_t frnp_cov_word_hash(const char *word, size_t len)
{
    return XXH3_64bits(word, len);
}

typedef struct hash_list {
    uint64_t *items;
    size_t count, capacity;
    int failed;
} hash_list;

static int append_word_hash(const char *word, size_t len, void *data)
{
    hash_list *list = data;

    if (!frnp_array_reserve(&list->items, &list->capacity, list->count + 1, sizeof *list->items)) {
        list->failed = 1;
        return 1;
    }
    list->items[list->count++] = frnp_cov_word_hash(word, len);
    return 0;
}

frn_status frnp_cov_word_hashes(frn_ctx *ctx, const char *text, size_t len,
                               uint64_t **out, size_t *count)
{
    hash_list list = {NULL, 0, 0, 0};
    frn_status status = frnp_cov_each_word(ctx, text, len, append_word_hash, &list);

    if (status == FRN_OK && list.failed)
        status = frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    if (status != FRN_OK) {
        free(list.items);
        list.items = NULL;
        list.count = 0;
    }
    *out = list.items;
    *count = list.count;
    return status;
}
