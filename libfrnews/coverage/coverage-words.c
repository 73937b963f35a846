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
    n = frnp_fold(r->text + start, end - start, word, sizeof word, NULL);
    return n > 0 && r->fn(word, n, r->data);
}

frn_status frnp_cov_each_word(frn_ctx *ctx, const char *text, size_t len,
                             frnp_cov_word_fn fn, void *data)
{
    word_reader reader = {text, fn, data};

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
