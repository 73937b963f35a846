/* Near-duplicate signatures: one-permutation MinHash with densification
 * (Li, Owen and Zhang 2012; Shrivastava 2017). Each word 5-shingle is hashed
 * once; its top bits choose one of FRNP_SIGNATURE_BINS bins and the rest
 * compete for that bin's minimum. Bins no shingle fell into borrow the value
 * of a bin chosen by a fixed hash sequence of their own number, so short
 * texts still fill every bin and the share of equal bins still estimates
 * the Jaccard similarity. One hash per shingle, instead of one per shingle
 * and per bin, keeps signing cheap; and the shingle's hash rolls: a
 * polynomial in its words' hashes, updated as each word arrives (one
 * multiplication to take the oldest word out, one to bring the new one in),
 * then mixed once, so a word costs one mix however long the shingle. */
#include <string.h>
#include "coverage-private.h"

#define BIN_BITS 7 /* 128 bins */
#define RANK_MASK ((UINT64_C(1) << (64 - BIN_BITS)) - 1)

/* The base of the rolling polynomial: odd, so that multiplying by it loses
 * no bit, and with its bits spread (the golden ratio's, 2^64 / phi). */
#define ROLL_BASE UINT64_C(0x9E3779B97F4A7C15)
/* The oldest word's factor, ROLL_BASE to the power FRNP_SHINGLE_WORDS - 1
 * (unsigned arithmetic wraps, as the polynomial does). */
#if FRNP_SHINGLE_WORDS != 5
#error "OLDEST_POWER is written for shingles of five words"
#endif
#define OLDEST_POWER (ROLL_BASE * ROLL_BASE * ROLL_BASE * ROLL_BASE)
#define RING_MASK (FRNP_SIGNER_RING - 1)

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
    signer->rolling = 0;
    signer->words = 0;
    signer->any_shingle = 0;
}

static void add_shingle(frnp_cov_signer *signer, uint64_t polynomial)
{
    uint64_t shingle = mix64(polynomial);
    size_t bin = (size_t)(shingle >> (64 - BIN_BITS));
    uint64_t rank = shingle & RANK_MASK;

    if (rank < signer->min[bin])
        signer->min[bin] = rank;
    signer->any_shingle = 1;
}

void frnp_cov_signer_add_word(frnp_cov_signer *signer, uint64_t word_hash)
{
    /* Once a shingle is full, its oldest word leaves before the new one
     * comes: rolling = w[n-4] B^4 + ... + w[n] B^0 after word n. */
    if (signer->words >= FRNP_SHINGLE_WORDS)
        signer->rolling -= OLDEST_POWER * signer->window[(signer->words - FRNP_SHINGLE_WORDS) & RING_MASK];
    signer->rolling = signer->rolling * ROLL_BASE + word_hash;
    signer->window[signer->words & RING_MASK] = word_hash;
    signer->words++;
    if (signer->words >= FRNP_SHINGLE_WORDS)
        add_shingle(signer, signer->rolling);
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
    /* Texts shorter than a shingle count as one shingle of all their
     * words, so two identical short texts still match. */
    if (!signer->any_shingle)
        add_shingle(signer, signer->rolling);
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
