/* Near-duplicate fingerprints: word 5-shingles of an article's title and
 * body, hashed with XXH3, summarised by a MinHash signature whose matching
 * share estimates the Jaccard similarity of the two shingle sets. */
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>
#include "core/context.h"
#include "coverage-private.h"

/* The MinHash "permutations": value i of a shingle's 64-bit hash h is the
 * top half of a_i * h + b_i (multiply-add-shift hashing, a universal family:
 * one multiplication per value, which keeps signing cheap). The constants
 * come from a fixed SplitMix64 sequence, so signatures are comparable across
 * runs and processes. */
typedef struct permutations {
    uint64_t mult[FRNP_MINHASH_SIZE];
    uint64_t add[FRNP_MINHASH_SIZE];
} permutations;

static uint64_t splitmix64(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);

    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static void init_permutations(permutations *p)
{
    uint64_t state = 0x66726e657773ULL; /* "frnews" */

    for (size_t i = 0; i < FRNP_MINHASH_SIZE; i++) {
        p->mult[i] = splitmix64(&state) | 1;
        p->add[i] = splitmix64(&state);
    }
}

static void add_shingle(uint32_t *signature, const permutations *p, uint64_t shingle)
{
    for (size_t i = 0; i < FRNP_MINHASH_SIZE; i++) {
        uint32_t v = (uint32_t)((p->mult[i] * shingle + p->add[i]) >> 32);
        if (v < signature[i])
            signature[i] = v;
    }
}

/* Texts shorter than a shingle count as one shingle of all their words, so
 * two identical short texts still match. */
static void sign_words(uint32_t *signature, const uint64_t *words, size_t count)
{
    size_t width = count < FRNP_SHINGLE_WORDS ? count : FRNP_SHINGLE_WORDS;
    permutations p;

    init_permutations(&p);
    for (size_t i = 0; i < FRNP_MINHASH_SIZE; i++)
        signature[i] = UINT32_MAX;
    for (size_t i = 0; i + width <= count; i++)
        add_shingle(signature, &p, XXH3_64bits(words + i, width * sizeof *words));
}

/* The title and the body as one word sequence. */
static frn_status article_words(frn_ctx *ctx, const frn_article *article,
                                uint64_t **out, size_t *count)
{
    const char *title = frn_article_get_title(article);
    size_t body_len, title_count = 0, body_count = 0;
    const char *body = frn_article_get_text(article, &body_len);
    uint64_t *title_words = NULL, *body_words = NULL, *all;
    frn_status status;

    *out = NULL;
    *count = 0;
    status = frnp_cov_word_hashes(ctx, title, title ? strlen(title) : 0, &title_words, &title_count);
    if (status == FRN_OK)
        status = frnp_cov_word_hashes(ctx, body, body_len, &body_words, &body_count);
    if (status != FRN_OK || title_count + body_count == 0) {
        free(title_words);
        free(body_words);
        return status;
    }
    all = realloc(title_words, (title_count + body_count) * sizeof *all);
    if (!all) {
        free(title_words);
        free(body_words);
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    }
    if (body_count)
        memcpy(all + title_count, body_words, body_count * sizeof *all);
    free(body_words);
    *out = all;
    *count = title_count + body_count;
    return FRN_OK;
}

frn_status frnp_cov_fingerprint(frn_ctx *ctx, const frn_article *article, uint32_t **out)
{
    uint64_t *words;
    size_t count;
    frn_status status = article_words(ctx, article, &words, &count);

    *out = NULL;
    if (status != FRN_OK || count == 0)
        return status;
    *out = malloc(FRNP_MINHASH_SIZE * sizeof **out);
    if (!*out) {
        free(words);
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    }
    sign_words(*out, words, count);
    free(words);
    return FRN_OK;
}

double frnp_cov_signature_similarity(const uint32_t *a, const uint32_t *b)
{
    size_t equal = 0;

    for (size_t i = 0; i < FRNP_MINHASH_SIZE; i++)
        equal += a[i] == b[i];
    return (double)equal / FRNP_MINHASH_SIZE;
}
