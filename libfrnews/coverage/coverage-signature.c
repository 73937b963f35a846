/* Near-duplicate signatures: one-permutation MinHash with densification
 * (Li, Owen and Zhang 2012; Shrivastava 2017). Each word 5-shingle is hashed
 * once; its top bits choose one of FRNP_SIGNATURE_BINS bins and the rest
 * compete for that bin's minimum. Bins no shingle fell into borrow the value
 * of a bin chosen by a fixed hash sequence of their own number, so short
 * texts still fill every bin and the share of equal bins still estimates
 * the Jaccard similarity. One hash per shingle, instead of one per shingle
 * and per bin, keeps signing cheap; shingles are hashed four at a time, so
 * the processor runs their four chains of dependent multiplications side by
 * side (the minima do not depend on the order shingles arrive in). */
#include <string.h>
#include "coverage-private.h"

#define BIN_BITS 7 /* 128 bins */
#define RANK_MASK ((UINT64_C(1) << (64 - BIN_BITS)) - 1)

/* SplitMix64's finaliser: a bijection that spreads every input bit. */
static uint64_t mix64(uint64_t z)
{
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    return z ^ (z >> 31);
}

void frnp_cov_signer_init(frnp_cov_signer *signer)
{
    for (size_t i = 0; i < FRNP_SIGNATURE_BINS; i++)
        signer->min[i] = UINT64_MAX;
    signer->words = 0;
    signer->pending = 0;
    signer->any_shingle = 0;
}

static void add_shingle(frnp_cov_signer *signer, uint64_t shingle)
{
    size_t bin = (size_t)(shingle >> (64 - BIN_BITS));
    uint64_t rank = shingle & RANK_MASK;

    if (rank < signer->min[bin])
        signer->min[bin] = rank;
    signer->any_shingle = 1;
}

#define SHINGLE_SEED UINT64_C(0x66726E6577730001) /* "frnews" */
#define RING_MASK (FRNP_SIGNER_RING - 1)

/* The hash of `count` words in order, ending with word number last - 1. */
static uint64_t hash_window(const frnp_cov_signer *signer, size_t last, size_t count)
{
    uint64_t h = SHINGLE_SEED;

    for (size_t i = last - count; i < last; i++)
        h = mix64(h ^ signer->window[i & RING_MASK]);
    return h;
}

/* The four shingles ending at the last four words, their chains interleaved. */
static void hash_four(frnp_cov_signer *signer)
{
    const uint64_t *w = signer->window;
    size_t first = signer->words - 3 - FRNP_SHINGLE_WORDS; /* the oldest shingle's first word */
    uint64_t h0 = SHINGLE_SEED, h1 = SHINGLE_SEED, h2 = SHINGLE_SEED, h3 = SHINGLE_SEED;

    for (size_t i = first; i < first + FRNP_SHINGLE_WORDS; i++) {
        h0 = mix64(h0 ^ w[i & RING_MASK]);
        h1 = mix64(h1 ^ w[(i + 1) & RING_MASK]);
        h2 = mix64(h2 ^ w[(i + 2) & RING_MASK]);
        h3 = mix64(h3 ^ w[(i + 3) & RING_MASK]);
    }
    add_shingle(signer, h0);
    add_shingle(signer, h1);
    add_shingle(signer, h2);
    add_shingle(signer, h3);
}

void frnp_cov_signer_add_word(frnp_cov_signer *signer, uint64_t word_hash)
{
    signer->window[signer->words & RING_MASK] = word_hash;
    signer->words++;
    if (signer->words < FRNP_SHINGLE_WORDS)
        return;
    if (++signer->pending == 4) {
        hash_four(signer);
        signer->pending = 0;
    }
}

/* A bin's 16-bit value: a hash of its winning shingle, so two bins agree
 * when the same shingle won both (or, once in 65,536, by chance). */
static uint16_t bin_value(uint64_t rank)
{
    return (uint16_t)(mix64(rank) >> 48);
}

int frnp_cov_signer_finish(frnp_cov_signer *signer, uint16_t *signature)
{
    if (signer->words == 0)
        return 0;
    for (size_t k = signer->pending; k > 0; k--)
        add_shingle(signer, hash_window(signer, signer->words - k + 1, FRNP_SHINGLE_WORDS));
    signer->pending = 0;
    /* Texts shorter than a shingle count as one shingle of all their
     * words, so two identical short texts still match. */
    if (!signer->any_shingle)
        add_shingle(signer, hash_window(signer, signer->words, signer->words));
    for (size_t i = 0; i < FRNP_SIGNATURE_BINS; i++) {
        uint64_t attempt = 0;
        size_t from = i;
        while (signer->min[from] == UINT64_MAX)
            from = (size_t)(mix64((uint64_t)i << 32 | ++attempt) >> (64 - BIN_BITS));
        signature[i] = bin_value(signer->min[from]);
    }
    return 1;
}

double frnp_cov_signature_similarity(const uint16_t *a, const uint16_t *b)
{
    size_t equal = 0;

    for (size_t i = 0; i < FRNP_SIGNATURE_BINS; i++)
        equal += a[i] == b[i];
    return (double)equal / FRNP_SIGNATURE_BINS;
}

uint32_t frnp_cov_band_key(const uint16_t *signature, size_t band)
{
    const uint16_t *rows = signature + band * FRNP_BAND_ROWS;

    return (uint32_t)rows[0] << 16 | rows[1];
}
