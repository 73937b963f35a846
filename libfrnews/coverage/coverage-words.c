/* Words for the coverage stages: the library's words (text/text-words.h),
 * case-folded (text/text-fold.h). */
#include <stdint.h>
#include <stdlib.h>
#include <xxhash.h>
#include "core/context.h"
#include "coverage-private.h"
#include "text/text-fold.h"
#include "text/text-words.h"

/* Longer "words" (URLs, hashes) are cut: their first bytes identify them. */
#define FRNP_WORD_MAX_BYTES 128

typedef struct word_reader {
    const char *text;
    size_t len;
    frnp_cov_word_fn fn;
    void *data;
} word_reader;

static int fold_word(void *data, size_t start, size_t end, int is_word)
{
    word_reader *r = data;
    char word[FRNP_WORD_MAX_BYTES];
    size_t n;

    if (!is_word)
        return 0; /* punctuation */
    /* Most words are short and ASCII: folded eight bytes at a time when
     * the text goes on far enough. */
    n = end - start <= FRNP_FOLD_SHORT_MAX && start + FRNP_FOLD_SHORT_MAX <= r->len
            ? frnp_fold_short_ascii(r->text + start, end - start, word)
            : 0;
    if (n == 0)
        n = frnp_fold(r->text + start, end - start, word, sizeof word, NULL);
    return n > 0 && r->fn(word, n, r->data);
}

frn_status frnp_cov_each_word(frn_ctx *ctx, const char *text, size_t len,
                             frnp_cov_word_fn fn, void *data)
{
    word_reader reader = {text, len, fn, data};

    if (!text)
        return FRN_OK;
    return frnp_segments_each(ctx, text, len, fold_word, &reader);
}

uint64_t frnp_cov_word_hash(const char *word, size_t len)
{
    return XXH3_64bits(word, len);
}

uint32_t frnp_cov_id_of_hash(uint64_t hash)
{
    return (uint32_t)(hash ^ (hash >> 32));
}

uint32_t frnp_cov_word_id(const char *word, size_t len)
{
    return frnp_cov_id_of_hash(frnp_cov_word_hash(word, len));
}
