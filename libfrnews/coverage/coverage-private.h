/* The coverage index's layout and the stages of frn_coverage_build(), shared
 * by coverage*.c. Everything an article contributes is copied at
 * frn_coverage_add() time, so the index never points into caller objects. */
#ifndef FRNP_COVERAGE_PRIVATE_H
#define FRNP_COVERAGE_PRIVATE_H

#include <stdint.h>
#include "frnews/coverage.h"
#include "core/array.h"

/* MinHash signature: FRNP_MINHASH_BANDS bands of FRNP_MINHASH_ROWS values.
 * A pair becomes a candidate when one band matches entirely; the chance is
 * 1 - (1 - J^rows)^bands: 0.995 at Jaccard 0.5, 0.27 at 0.2, 0.04 at 0.1,
 * so pairs at the reporting threshold are almost never missed while
 * unrelated pairs rarely reach the (cheap) verification. */
#define FRNP_MINHASH_BANDS 40
#define FRNP_MINHASH_ROWS 3
#define FRNP_MINHASH_SIZE (FRNP_MINHASH_BANDS * FRNP_MINHASH_ROWS)

/* Words per shingle for near-duplicate detection. */
#define FRNP_SHINGLE_WORDS 5

/* The thresholds of frn_coverage_options (see <frnews/coverage.h>). The
 * duplicate default: half of the shingles shared means the same text,
 * lightly edited, rather than two texts that merely quote the same
 * sentences. */
struct frn_coverage_options {
    double duplicate_threshold;
    double story_threshold;
};

extern const frn_coverage_options frnp_cov_default_options;

/* One weighted term of an article's story vector, keyed by the hash of the
 * case-folded word. */
typedef struct frnp_cov_term {
    uint64_t term;
    float weight;
} frnp_cov_term;

/* What the index keeps of one article. */
typedef struct frnp_cov_article {
    char *id;
    uint32_t *signature; /* FRNP_MINHASH_SIZE values; NULL when the text has no words */
    frnp_cov_term *terms; /* sorted by term, unique */
    size_t term_count;
} frnp_cov_article;

/* What the index keeps of one printed quotation. */
typedef struct frnp_cov_quote {
    size_t article;
    frn_span span;
    char *text;
    char *speaker; /* NULL when unknown */
    uint64_t *words; /* hashes of the folded words of text, in order */
    size_t word_count;
    uint64_t *speaker_words; /* hashes of the folded words of speaker */
    size_t speaker_word_count;
} frnp_cov_quote;

typedef struct frnp_cov_duplicate {
    size_t a, b;
    double similarity;
} frnp_cov_duplicate;

/* The results of one build, swapped in whole so a failed build leaves no
 * half-written state. Lists of members are stored flat: group g owns
 * members[start[g]] .. members[start[g + 1] - 1]. */
typedef struct frnp_cov_results {
    size_t story_count;
    size_t *story_start;
    size_t *story_members; /* article indexes */
    frnp_cov_duplicate *duplicates;
    size_t duplicate_count;
    size_t quote_count;
    size_t *quote_start;
    size_t *quote_members; /* indexes into frn_coverage.quotes */
    size_t *quote_canonical; /* the printing whose text is canonical */
    size_t *quote_speaker; /* the printing whose speaker is the fullest; SIZE_MAX: none */
} frnp_cov_results;

struct frn_coverage {
    frn_coverage_options options;
    frnp_cov_article *articles;
    size_t article_count, article_capacity;
    frnp_cov_quote *quotes;
    size_t quote_count, quote_capacity;
    int built; /* results describe every article added */
    frnp_cov_results results;
};


/* Called with each word, case-folded, as UTF-8 (not NUL-terminated);
 * return nonzero to stop early. */
typedef int (*frnp_cov_word_fn)(const char *word, size_t len, void *data);

/* Segment text into words with ICU (letters and numbers only, no
 * punctuation or spaces) and pass each folded word to fn. FRN_ERR_TOO_LARGE
 * for a text longer than ICU's 32-bit positions reach. */
frn_status frnp_cov_each_word(frn_ctx *ctx, const char *text, size_t len,
                             frnp_cov_word_fn fn, void *data);

/* Hash of a folded word, shared by every stage so equal words agree. */
uint64_t frnp_cov_word_hash(const char *word, size_t len);

/* Hashes of the folded words of text, in order; *out is NULL when none. */
frn_status frnp_cov_word_hashes(frn_ctx *ctx, const char *text, size_t len,
                               uint64_t **out, size_t *count);

/* The MinHash signature of an article's title and body; *out is NULL when
 * neither holds a word. */
frn_status frnp_cov_fingerprint(frn_ctx *ctx, const frn_article *article, uint32_t **out);

/* Estimated Jaccard similarity of two signatures. */
double frnp_cov_signature_similarity(const uint32_t *a, const uint32_t *b);

/* Whether a folded word is an English stopword. */
int frnp_cov_is_stopword(const char *word, size_t len);

/* The weighted terms of an article's title and opening words. */
frn_status frnp_cov_terms(frn_ctx *ctx, const frn_article *article,
                         frnp_cov_term **out, size_t *count);

/* Build stages; each fills its part of results. */
frn_status frnp_cov_find_duplicates(frn_ctx *ctx, const frn_coverage *coverage,
                                    frnp_cov_results *results);
frn_status frnp_cov_group_stories(frn_ctx *ctx, const frn_coverage *coverage,
                                  frnp_cov_results *results);
frn_status frnp_cov_merge_quotes(frn_ctx *ctx, const frn_coverage *coverage,
                                 frnp_cov_results *results);

/* Copy an article's quotations into the index; on failure nothing is kept. */
frn_status frnp_cov_add_quotes(frn_ctx *ctx, frn_coverage *coverage, size_t article,
                              const frn_quote_list *quotes);

void frnp_cov_quote_clear(frnp_cov_quote *quote);
void frnp_cov_results_clear(frnp_cov_results *results);

/* Candidate pairs (a < b) gathered from buckets of items sharing a key. */
typedef struct frnp_cov_pair {
    size_t a, b;
} frnp_cov_pair;

typedef struct frnp_cov_pairs {
    frnp_cov_pair *items;
    size_t count, capacity;
} frnp_cov_pairs;

/* An item and one of its keys (a band of its signature, a shingle). */
typedef struct frnp_cov_keyed {
    uint64_t key;
    size_t item;
} frnp_cov_keyed;

/* Sort keyed items and add every pair of items that share a key, skipping
 * keys held by more than max_bucket items (0: no limit); 0 when out of
 * memory. */
int frnp_cov_pairs_from_keys(frnp_cov_pairs *pairs, frnp_cov_keyed *keyed, size_t count,
                            size_t max_bucket);

/* Sort the pairs and drop repeats. */
void frnp_cov_pairs_unique(frnp_cov_pairs *pairs);


#endif
