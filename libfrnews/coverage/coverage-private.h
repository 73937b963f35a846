/* PRIVATE to coverage/: the coverage index's layout and the stages of
 * frn_coverage_build(), shared by coverage*.c.
 *
 * What frn_coverage_add() keeps of an article is its record (frnp_cov_record,
 * one allocation, decoded from the byte format of coverage-record-format.c),
 * so the index never points into caller objects, and a record read from a
 * store or another process is the same thing as one computed here. */
#ifndef FRNP_COVERAGE_PRIVATE_H
#define FRNP_COVERAGE_PRIVATE_H

#include <stdint.h>
#include "frnews/coverage.h"
#include "core/array.h"
#include "coverage-unionfind.h"

/* The near-duplicate signature: one-permutation MinHash over the word
 * 5-shingles of the title and body, FRNP_SIGNATURE_BINS bins of 16 bits (a
 * hash of the bin's smallest shingle), empty bins densified. Two signatures
 * agree on a bin with probability equal to the Jaccard similarity of the
 * two shingle sets. */
#define FRNP_SIGNATURE_BINS 128
#define FRNP_SHINGLE_WORDS 5

/* LSH bands: FRNP_BANDS bands of FRNP_BAND_ROWS bins (the first
 * FRNP_BANDS * FRNP_BAND_ROWS bins), one 32-bit key each. A pair becomes a
 * candidate when one band agrees: chance 1 - (1 - J^2)^16, 0.99 at Jaccard
 * 0.5 and 0.78 at 0.3, so pairs at the default threshold are almost never
 * missed. The in-memory index is one (key, article) entry of 8 bytes per
 * band: 128 bytes an article. */
#define FRNP_BANDS 16
#define FRNP_BAND_ROWS 2

/* A record's day when its publication date is unknown. */
#define FRNP_NO_DAY INT32_MIN

struct frn_coverage_options {
    double duplicate_threshold;
    double story_threshold;
    double story_window_days;
};

extern const frn_coverage_options frnp_cov_default_options;

/* One term of an article's story vector: the 32-bit id of a case-folded
 * word and its raw weight (FRNP_STORY_TITLE_WEIGHT per title occurrence, 1
 * per lead occurrence); TF-IDF is applied at build time. is_name is
 * written 0: weighing capitalised names more never raised the UCI
 * headlines' BCubed F1 on both the sample and --all (0.785 / 0.794). */
typedef struct frnp_cov_term {
    uint32_t term;
    uint16_t weight;
    uint16_t is_name; /* written capitalised, not at a sentence start */
} frnp_cov_term;

/* One printed quotation of a record. */
typedef struct frnp_cov_quote {
    frn_span span;         /* in the article's source text */
    const char *text;      /* as printed, NUL-terminated */
    size_t text_len;
    const char *speaker;   /* NULL when unknown */
    size_t speaker_len;
    const uint32_t *words; /* normalised word ids in order, bracketed insertions left out */
    uint32_t word_count;
    const uint32_t *breaks; /* word index where each piece after the first starts (ellipses) */
    uint32_t break_count;
    const uint32_t *speaker_words; /* word ids of the speaker's name */
    uint32_t speaker_word_count;
} frnp_cov_quote;

/* What the index keeps of one article. Every pointer points into the same
 * allocation; free() releases it all. */
typedef struct frnp_cov_record {
    const char *id;
    const char *title;     /* NULL when none */
    const char *published; /* NULL when unknown */
    int32_t day;           /* days since 1970-01-01 of published, or FRNP_NO_DAY */
    int has_signature;     /* 0 when the text holds no word */
    uint16_t signature[FRNP_SIGNATURE_BINS];
    const frnp_cov_term *terms; /* sorted by term, unique */
    uint32_t term_count;
    const frnp_cov_quote *quotes;
    uint32_t quote_count;
    uint64_t content_key; /* hash of the encoded record: ties in the canonical order */
    size_t size;          /* bytes of the allocation */
} frnp_cov_record;

/* The public record: the bytes and their decoded form. */
struct frn_coverage_record {
    unsigned char *bytes;
    size_t len;
    frnp_cov_record *decoded;
};

/* Work counters of the last build (see frn_coverage_stat). */
typedef struct frnp_cov_stats {
    size_t values[FRN_COVERAGE_STAT_LIMIT_];
} frnp_cov_stats;

/* A member of a duplicate cluster against its representative. */
typedef struct frnp_cov_duplicate {
    size_t a, b;
    double similarity;
} frnp_cov_duplicate;

/* One printing: quotation k of an article. */
typedef struct frnp_cov_printing {
    size_t article;
    uint32_t k;
    uint8_t variant;  /* frn_quote_variant against the canonical text */
    const char *diff; /* word diff when altered, else NULL; owned by the results */
} frnp_cov_printing;

/* The query index (coverage-band-index.c): each band's entries
 * (band key << 32 | representative) of the distinct signatures, sorted,
 * and the further articles of each signature as
 * (representative << 32 | copy), sorted. */
typedef struct frnp_cov_band_index {
    uint64_t *bands[FRNP_BANDS];
    size_t entry_count; /* entries in each band: the distinct signatures */
    uint64_t *copies;
    size_t copy_count;
} frnp_cov_band_index;

/* The results of one build, swapped in whole so a failed build leaves no
 * half-written state. */
typedef struct frnp_cov_results {
    size_t *rank;            /* canonical position of each article */
    frnp_cov_groups clusters; /* duplicate clusters of two or more, members by index */
    size_t *representative;   /* per cluster */
    size_t *cluster_of;       /* per article; FRN_NONE when it has no copy */
    frnp_cov_duplicate *duplicates; /* each member against its representative */
    size_t duplicate_count;
    frnp_cov_groups stories;  /* members by index; stories by first member */
    size_t *story_of;         /* per article */
    size_t story_of_count;
    frnp_cov_printing *printings;
    size_t printing_count;
    frnp_cov_groups quotes;   /* members are printings, in the order outlets printed them */
    size_t *quote_canonical;  /* printing whose text is canonical */
    char **quote_speaker;     /* canonical speaker (owned), or NULL */
    char **diffs;             /* every diff string, owned */
    size_t diff_count, diff_capacity;
    frnp_cov_band_index band_index; /* for queries */
    struct frnp_cov_story_index *story_index;
    frnp_cov_stats stats;
} frnp_cov_results;

struct frn_coverage {
    frn_coverage_options options;
    frnp_cov_record **records;
    size_t count, capacity;
    int built; /* results describe every article added */
    frnp_cov_results results;
};

/* --- records (coverage-record.c, coverage-record-format.c) --- */

/* Compute an article's record and encode it. *bytes is borrowed from ctx,
 * which keeps the working arrays of the computation from one record to the
 * next: valid until the next call with ctx. */
frn_status frnp_cov_record_encode_article(frn_ctx *ctx, const char *id,
                                          const frn_article *article,
                                          const frn_quote_list *quotes,
                                          const unsigned char **bytes, size_t *len);

/* Validate encoded bytes and decode them into one allocation. Any byte
 * string is safe: a malformed one gives FRN_ERR_FORMAT. */
frn_status frnp_cov_record_decode(frn_ctx *ctx, const unsigned char *bytes, size_t len,
                                  frnp_cov_record **out);

/* A copy of a decoded record, in one allocation like the original: what
 * adding a record keeps, without decoding its bytes again. */
frn_status frnp_cov_record_copy(frn_ctx *ctx, const frnp_cov_record *record,
                                frnp_cov_record **out);

/* A loose record, for encoding: the same fields, lengths given. */
typedef struct frnp_cov_loose_quote {
    frn_span span;
    const char *text;
    size_t text_len;
    const char *speaker; /* NULL when unknown */
    size_t speaker_len;
    const uint32_t *words;
    size_t word_count;
    const uint32_t *breaks;
    size_t break_count;
    const uint32_t *speaker_words;
    size_t speaker_word_count;
} frnp_cov_loose_quote;

typedef struct frnp_cov_loose_record {
    const char *id;
    const char *title;
    const char *published;
    int32_t day;
    int has_signature;
    const uint16_t *signature;
    const frnp_cov_term *terms;
    size_t term_count;
    const frnp_cov_loose_quote *quotes;
    size_t quote_count;
} frnp_cov_loose_record;

/* Encode into a new allocation (*bytes, malloc'd). */
frn_status frnp_cov_record_encode(frn_ctx *ctx, const frnp_cov_loose_record *record,
                                  unsigned char **bytes, size_t *len);

/* A growable byte buffer kept between records. */
typedef struct frnp_cov_bytes {
    unsigned char *data;
    size_t len, capacity;
} frnp_cov_bytes;

/* Encode into out, reusing (and growing) its allocation; out->len is the
 * record's length, 0 on failure. */
frn_status frnp_cov_record_write(frn_ctx *ctx, const frnp_cov_loose_record *record,
                                 frnp_cov_bytes *out);

/* Days since 1970-01-01 of an ISO 8601 date ("2020-06-12", with or without
 * a time after it); FRNP_NO_DAY when text does not start with one. */
int32_t frnp_cov_day_from_iso(const char *text);

/* --- words (coverage-words.c, coverage-stopwords.c, coverage-spelling.c) --- */

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

/* Records keep 32-bit word ids: half the bytes of the 64-bit hashes, and
 * two words of one collection collide about once in four billion pairs.
 * The id of a folded word, and the id of a word's 64-bit hash. */
uint32_t frnp_cov_word_id(const char *word, size_t len);
uint32_t frnp_cov_id_of_hash(uint64_t hash);

/* Whether a folded word, whose frnp_cov_word_hash() is hash, is an English
 * stopword. ctx keeps the table (built on first use); NULL asks the lexicon. */
int frnp_cov_is_stopword(frn_ctx *ctx, const char *word, size_t len, uint64_t hash);

/* Rewrite a folded word to one spelling of its British and American
 * variants ("colour" and "color", "organise" and "organize"), in place;
 * returns the new length. */
size_t frnp_cov_spelling_normalise(char *word, size_t len);

/* Called with each word of a quotation (normalised, not NUL-terminated),
 * or with is_break set and no word where a new piece starts after an
 * ellipsis; return nonzero to stop. */
typedef int (*frnp_cov_quote_word_fn)(const char *word, size_t len, int is_break, void *data);

/* The words of a quotation as coverage compares them
 * (coverage-quote-words.c). */
frn_status frnp_cov_quote_each_word(frn_ctx *ctx, const char *text, size_t len,
                                    frnp_cov_quote_word_fn fn, void *data);

/* --- signatures (coverage-signature.c) --- */

/* Signature state while shingles arrive. */
#define FRNP_SIGNER_RING 8 /* a power of two, at least a shingle's words */

typedef struct frnp_cov_signer {
    uint64_t min[FRNP_SIGNATURE_BINS];
    uint64_t window[FRNP_SIGNER_RING]; /* the last words' hashes, by word number */
    uint64_t rolling; /* the polynomial of the last shingle's words */
    size_t words;
    int any_shingle;
} frnp_cov_signer;

void frnp_cov_signer_init(frnp_cov_signer *signer);
void frnp_cov_signer_add_word(frnp_cov_signer *signer, uint64_t word_hash);
/* Densify and write the signature; 0 when no word was added. */
int frnp_cov_signer_finish(frnp_cov_signer *signer, uint16_t *signature);

/* Estimated Jaccard similarity of two signatures. */
double frnp_cov_signature_similarity(const uint16_t *a, const uint16_t *b);

/* The key of one band of a signature. */
uint32_t frnp_cov_band_key(const uint16_t *signature, size_t band);

/* --- the canonical order (coverage-order.c) --- */

/* Whether record a comes before record b: earlier date first (unknown
 * dates last), then id, then content. Never depends on the order of
 * addition, except between records equal in every byte. */
int frnp_cov_record_compare(const frnp_cov_record *a, const frnp_cov_record *b);

/* rank[i] = canonical position of article i. */
frn_status frnp_cov_rank(frn_ctx *ctx, const frn_coverage *coverage, size_t **rank_out);

/* --- build stages, each filling its part of results --- */

frn_status frnp_cov_find_duplicates(frn_ctx *ctx, const frn_coverage *coverage,
                                    frnp_cov_results *results);
frn_status frnp_cov_merge_quotes(frn_ctx *ctx, const frn_coverage *coverage,
                                 frnp_cov_results *results);
frn_status frnp_cov_group_stories(frn_ctx *ctx, const frn_coverage *coverage,
                                  frnp_cov_results *results);
frn_status frnp_cov_band_index_build(frn_ctx *ctx, const frn_coverage *coverage, const size_t *rank,
                                     frnp_cov_band_index *index, frnp_cov_stats *stats);
void frnp_cov_band_index_clear(frnp_cov_band_index *index);

/* The distinct signatures sharing a band key with signature (their
 * representatives, increasing, into *out, malloc'd); SIZE_MAX when out of
 * memory. */
size_t frnp_cov_band_index_candidates(const frnp_cov_band_index *index, const uint16_t *signature,
                                      uint32_t **out);

/* The other articles of a representative's signature:
 * index->copies[*first .. *first + count - 1] & 0xFFFFFFFF. */
size_t frnp_cov_band_index_copies(const frnp_cov_band_index *index, size_t representative,
                                  size_t *first);

void frnp_cov_results_clear(frnp_cov_results *results);
void frnp_cov_story_index_free(struct frnp_cov_story_index *index);

/* A story term's weight, one definition for the build and for queries
 * (coverage-story-index.c): the smoothed inverse document frequency of a term
 * in df of texts documents (a term in every one still counts a little, so
 * two related articles can form one story), and the sublinear weight of a
 * term counted `count` times with that idf. */
float frnp_cov_story_idf(size_t texts, size_t df);
float frnp_cov_story_weight(double count, float idf);

/* The quotation of a printing: a field of the index's layout, read by
 * every step of merging quotations, the stories and the getters. */
static inline const frnp_cov_quote *frnp_cov_printing_quote(const frn_coverage *coverage,
                                                            const frnp_cov_printing *printing)
{
    return &coverage->records[printing->article]->quotes[printing->k];
}

#endif
