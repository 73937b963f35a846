/**
 * @file frnews/coverage.h
 * @brief Overlapping coverage: near-duplicate articles, stories, and the same
 * quotation printed by many outlets.
 *
 * Include `<frnews.h>` rather than this header.
 *
 * An index takes articles one by one (it keeps a compact record of each,
 * so the article may be freed after it is added), then frn_coverage_build()
 * groups them: duplicate clusters (copies of one text), stories (articles
 * about the same event) and merged quotations (one quotation with every
 * outlet that printed it). The index is single-writer: add and build from
 * one thread at a time; once built, the getters and frn_coverage_query_new()
 * may be called from any number of threads.
 *
 * **Determinism.** The results depend on the set of articles added, never
 * on the order of addition: every grouping step works through the
 * canonical order (earlier publication date first, unknown dates last,
 * then id, then content). Only the numbering of articles (their index, the
 * order of addition) and the order of the lists that follow it (stories by
 * first member, members by index) follow the order of addition.
 *
 * **No silent caps.** No step drops a candidate because a bucket or a list
 * grew large: one article copied a thousand times forms one cluster, and a
 * quotation printed by 100,000 articles one entry. Work grows with the
 * number of articles and of distinct texts, not with the number of pairs
 * of copies (see frn_coverage_get_stat()).
 *
 * @code
 * frn_coverage *cov;
 * frn_coverage_new(ctx, NULL, &cov);
 * frn_coverage_add(ctx, cov, "a1", article1, quotes1, NULL);
 * frn_coverage_add(ctx, cov, "a2", article2, quotes2, NULL);
 * frn_coverage_build(ctx, cov);
 * printf("%zu stories\n", frn_coverage_get_story_count(cov));
 * frn_coverage_free(cov);
 * @endcode
 */
#ifndef FRNEWS_COVERAGE_H
#define FRNEWS_COVERAGE_H

#include "frnews/common.h"
#include "frnews/article.h"
#include "frnews/quote.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A coverage index over many articles. */
typedef struct frn_coverage frn_coverage;

/** Options for frn_coverage_new(); opaque, set through the setters below. */
typedef struct frn_coverage_options frn_coverage_options;

/**
 * What the index keeps of one article, as a compact, versioned byte string
 * (documented in docs/coverage-record.md): id, title, publication date,
 * near-duplicate signature, story terms, and each quotation's text, span,
 * speaker and normalised words. Records let a store or another process
 * exchange articles without parsing them again. Immutable once made.
 */
typedef struct frn_coverage_record frn_coverage_record;

/**
 * Create coverage options holding the defaults.
 * @param[out] out receives the options, or NULL on failure.
 * @return FRN_OK, FRN_ERR_INVALID_ARG or FRN_ERR_NOMEM.
 * Release with frn_coverage_options_free().
 */
FRN_API frn_status frn_coverage_options_new(frn_coverage_options **out);

/** Release coverage options. NULL is accepted and ignored. */
FRN_API void frn_coverage_options_free(frn_coverage_options *options);

/** The default of frn_coverage_options_set_duplicate_threshold(). */
#define FRN_COVERAGE_DEFAULT_DUPLICATE_THRESHOLD 0.5

/**
 * The estimated Jaccard similarity of two articles' word 5-shingles from
 * which they are near-duplicates (the same text, lightly edited). Copies
 * are grouped into clusters: an article joins a cluster when it reaches
 * the threshold against one of its members.
 * @param options the options to change.
 * @param threshold in (0, 1]; 0.5 by default.
 * @return FRN_OK, or FRN_ERR_INVALID_ARG for NULL options or a value out of range.
 */
FRN_API frn_status frn_coverage_options_set_duplicate_threshold(frn_coverage_options *options,
                                                                double threshold);

/** The default of frn_coverage_options_set_story_threshold(). */
#define FRN_COVERAGE_DEFAULT_STORY_THRESHOLD 0.15

/**
 * The cosine similarity (TF-IDF over the title and lead) from which two
 * texts are linked and two stories joined (the cosine of their centroids).
 * Texts sharing a single term are never linked. A text left alone after
 * the joins then joins the story of three texts or more whose centroid is
 * the most similar to it, from two thirds of the threshold. Copies count
 * once (stories group duplicate clusters), and articles that print the
 * same quotation of 8 words or more are put in one story. The IDF of a
 * collection of n texts is shrunk toward equal weights by n / (n + 10):
 * over a few texts document frequencies say little, and over two they
 * would weigh the words both share below the others, so two articles
 * compared alone are weighed by their words much as equals.
 * @param options the options to change.
 * @param threshold in (0, 1]; 0.15 by default.
 * @return FRN_OK, or FRN_ERR_INVALID_ARG for NULL options or a value out of range.
 */
FRN_API frn_status frn_coverage_options_set_story_threshold(frn_coverage_options *options,
                                                            double threshold);

/** The default of frn_coverage_options_set_story_window(). */
#define FRN_COVERAGE_DEFAULT_STORY_WINDOW 7.0

/**
 * Time proximity of stories, in days: when both an article's and a story's
 * dates are known, the article's similarity to the story is scaled down the
 * further its date lies outside the story's span of dates, to half at
 * @p days outside. Articles without a date are compared on their words alone.
 * @param options the options to change.
 * @param days greater than 0; 7 by default.
 * @return FRN_OK, or FRN_ERR_INVALID_ARG for NULL options or a value out of range.
 */
FRN_API frn_status frn_coverage_options_set_story_window(frn_coverage_options *options,
                                                         double days);

/**
 * Create an empty coverage index.
 * @param ctx the calling thread's context; receives the detailed message.
 * @param options the options (copied), or NULL for the defaults.
 * @param[out] out receives the index, or NULL on failure; release it with
 *                 frn_coverage_free().
 * @return FRN_OK, FRN_ERR_INVALID_ARG or FRN_ERR_NOMEM.
 */
FRN_API frn_status frn_coverage_new(frn_ctx *ctx, const frn_coverage_options *options,
                                    frn_coverage **out);

/** Release an index. NULL is accepted and ignored. */
FRN_API void frn_coverage_free(frn_coverage *coverage);

/**
 * Add an article: its record is computed and kept. Adding after
 * frn_coverage_build() is allowed and makes the results stale until the
 * next build.
 * @param ctx     the calling thread's context; receives the detailed message.
 * @param coverage the index.
 * @param id      the caller's name for the article (NUL-terminated UTF-8,
 *                copied); ids need not be unique, indexes are.
 * @param article the parsed article; not retained.
 * @param quotes  its quotations, or NULL to extract none; not retained.
 * @param[out] index_out receives the article's index (its order of
 *                 addition), FRN_NONE on failure; may be NULL.
 * @return FRN_OK, FRN_ERR_INVALID_ARG, FRN_ERR_TOO_LARGE (a title or body
 *         longer than the 2^31 - 1 bytes ICU can segment), FRN_ERR_ICU or
 *         FRN_ERR_NOMEM.
 */
FRN_API frn_status frn_coverage_add(frn_ctx *ctx, frn_coverage *coverage, const char *id,
                                    const frn_article *article,
                                    const frn_quote_list *quotes,
                                    size_t *index_out);

/**
 * Add an article through its record (from frn_coverage_record_new() or
 * frn_coverage_record_decode()); the same as frn_coverage_add() of the
 * article the record was made from.
 * @param ctx the calling thread's context.
 * @param coverage the index.
 * @param record the record; copied, not retained.
 * @param[out] index_out receives the article's index, FRN_NONE on failure;
 *                 may be NULL.
 * @return FRN_OK, FRN_ERR_INVALID_ARG or FRN_ERR_NOMEM.
 */
FRN_API frn_status frn_coverage_add_record(frn_ctx *ctx, frn_coverage *coverage,
                                           const frn_coverage_record *record,
                                           size_t *index_out);

/**
 * Group what was added: duplicate clusters, stories, merged quotations.
 * A failed build leaves the results of the previous one in place.
 * @param ctx the calling thread's context; receives the detailed message.
 * @param coverage the index.
 * @return FRN_OK, FRN_ERR_INVALID_ARG, FRN_ERR_ICU or FRN_ERR_NOMEM.
 */
FRN_API frn_status frn_coverage_build(frn_ctx *ctx, frn_coverage *coverage);

/** Number of articles added. */
FRN_API size_t frn_coverage_get_article_count(const frn_coverage *coverage);

/** The id given for an article; NULL when out of range. Borrowed. */
FRN_API const char *frn_coverage_get_article_id(const frn_coverage *coverage,
                                                size_t article);

/** The title an article's record keeps; NULL when none or out of range. Borrowed. */
FRN_API const char *frn_coverage_get_article_title(const frn_coverage *coverage,
                                                   size_t article);

/**
 * The publication date an article's record keeps (ISO 8601, as the article
 * gave it); NULL when unknown or out of range. Borrowed.
 */
FRN_API const char *frn_coverage_get_article_published(const frn_coverage *coverage,
                                                       size_t article);

/**
 * Number of stories. Every article is in exactly one story. 0 before
 * frn_coverage_build() and after an addition not yet built.
 */
FRN_API size_t frn_coverage_get_story_count(const frn_coverage *coverage);

/** Number of articles in one story; 0 when out of range. */
FRN_API size_t frn_coverage_get_story_size(const frn_coverage *coverage, size_t story);

/**
 * Index of the k-th article of a story (articles in order of addition);
 * FRN_NONE when out of range.
 */
FRN_API size_t frn_coverage_get_story_article(const frn_coverage *coverage,
                                              size_t story, size_t k);

/** The story of an article; FRN_NONE when out of range or not built. */
FRN_API size_t frn_coverage_get_article_story(const frn_coverage *coverage, size_t article);

/**
 * Number of duplicate clusters: groups of two or more articles that are
 * copies of one text (an article without copies is in none).
 */
FRN_API size_t frn_coverage_get_cluster_count(const frn_coverage *coverage);

/** Number of articles in a duplicate cluster; 0 when out of range. */
FRN_API size_t frn_coverage_get_cluster_size(const frn_coverage *coverage, size_t cluster);

/**
 * Index of the k-th article of a duplicate cluster (in order of addition);
 * FRN_NONE when out of range.
 */
FRN_API size_t frn_coverage_get_cluster_article(const frn_coverage *coverage,
                                                size_t cluster, size_t k);

/**
 * The representative of a duplicate cluster: its first member in the
 * canonical order (the earliest published, then the smallest id), the
 * likely original. FRN_NONE when out of range.
 */
FRN_API size_t frn_coverage_get_cluster_representative(const frn_coverage *coverage,
                                                       size_t cluster);

/** The duplicate cluster of an article; FRN_NONE when it has no copy. */
FRN_API size_t frn_coverage_get_article_cluster(const frn_coverage *coverage,
                                                size_t article);

/**
 * Number of near-duplicate pairs: one for each member of each duplicate
 * cluster other than its representative, so the list grows linearly with
 * the number of articles (never with the square of a cluster's size).
 */
FRN_API size_t frn_coverage_get_duplicate_count(const frn_coverage *coverage);

/**
 * One near-duplicate pair: a cluster member and its representative, as
 * article indexes a < b, and their estimated text similarity in [0, 1]
 * (the member may reach the cluster through another member, so this may
 * be below the threshold). On failure @p a and @p b receive FRN_NONE and
 * @p similarity 0 (those of them that are not NULL).
 * @return FRN_OK, FRN_ERR_INVALID_ARG (a NULL pointer) or FRN_ERR_RANGE.
 */
FRN_API frn_status frn_coverage_get_duplicate(const frn_coverage *coverage,
                                              size_t pair, size_t *a, size_t *b,
                                              double *similarity);

/** Number of distinct quotations across the collection after the last build. */
FRN_API size_t frn_coverage_get_quote_count(const frn_coverage *coverage);

/**
 * Canonical text of a merged quotation: its fullest printing. NULL when out
 * of range. Borrowed.
 */
FRN_API const char *frn_coverage_get_quote_text(const frn_coverage *coverage,
                                                size_t quote);

/**
 * Speaker of a merged quotation: the name most of its printings give
 * ("Brad Smith" where one outlet misspells "Brad Smit" and another says
 * "Smith"), or NULL when unknown. Borrowed.
 */
FRN_API const char *frn_coverage_get_quote_speaker(const frn_coverage *coverage,
                                                   size_t quote);

/**
 * Number of printings (sources) of a merged quotation; 0 when out of range.
 * Printings come in the order the outlets printed them: by publication
 * date, those without a date last, then in the canonical order.
 */
FRN_API size_t frn_coverage_get_quote_source_count(const frn_coverage *coverage,
                                                   size_t quote);

/**
 * One printing of a merged quotation.
 * @param coverage the built index.
 * @param quote index of the merged quotation.
 * @param k index of the printing, below frn_coverage_get_quote_source_count().
 * @param[out] article receives the article index.
 * @param[out] span    receives the quotation's span in that article's source text.
 * @param[out] text    receives the text as that article printed it (borrowed);
 *                     may be NULL.
 * On failure the out-parameters that are not NULL receive FRN_NONE, {0, 0}
 * and NULL.
 * @return FRN_OK, FRN_ERR_INVALID_ARG or FRN_ERR_RANGE.
 */
FRN_API frn_status frn_coverage_get_quote_source(const frn_coverage *coverage,
                                                 size_t quote, size_t k,
                                                 size_t *article, frn_span *span,
                                                 const char **text);

/**
 * The first printing of a merged quotation: the source (below
 * frn_coverage_get_quote_source_count()) with the earliest publication
 * date, or FRN_NONE when no printing has a date or out of range.
 */
FRN_API size_t frn_coverage_get_quote_first_source(const frn_coverage *coverage,
                                                   size_t quote);

/** How a printing differs from its merged quotation's canonical text. */
typedef enum frn_quote_variant {
    /** the same bytes */
    FRN_QUOTE_VARIANT_IDENTICAL = 0,
    /** the same words; only quotation marks, apostrophes, dashes, case,
     *  punctuation, hyphenation or British/American spelling differ */
    FRN_QUOTE_VARIANT_ORTHOGRAPHIC = 1,
    /** trimmed: a part of the canonical text (pieces of it in order where
     *  ellipses mark cuts; bracketed insertions aside) */
    FRN_QUOTE_VARIANT_TRIMMED = 2,
    /** words changed, added or left out inside the quoted passage: see
     *  frn_coverage_get_quote_source_diff() */
    FRN_QUOTE_VARIANT_ALTERED = 3
} frn_quote_variant;

/**
 * Name of a variant: "identical", "orthographic", "trimmed", "altered";
 * "unknown" for other values. Static storage.
 */
FRN_API const char *frn_quote_variant_name(frn_quote_variant variant);

/**
 * How the k-th printing of a merged quotation differs from the canonical
 * text. Out of range gives FRN_QUOTE_VARIANT_IDENTICAL.
 */
FRN_API frn_quote_variant frn_coverage_get_quote_source_variant(const frn_coverage *coverage,
                                                                size_t quote, size_t k);

/**
 * The word diff of an altered printing against the canonical text, over
 * the passage the two share (words case-folded): "[-canonical words-]" for
 * words the printing left out or changed, "{+printed words+}" for its own,
 * e.g. "[-facial-] {+face+}". NULL when the printing is not altered or out
 * of range. Borrowed.
 */
FRN_API const char *frn_coverage_get_quote_source_diff(const frn_coverage *coverage,
                                                       size_t quote, size_t k);

/** The speaker as the k-th printing gave it; NULL when none or out of range. Borrowed. */
FRN_API const char *frn_coverage_get_quote_source_speaker(const frn_coverage *coverage,
                                                          size_t quote, size_t k);

/** Work counters of the last build, for tests and benchmarks. */
typedef enum frn_coverage_stat {
    /** 8-byte entries of the query index: a (band key, article) entry in
     *  each band for each distinct signature, and one more for each further
     *  article of the same signature (copies are compared once) */
    FRN_COVERAGE_STAT_BAND_ENTRIES = 0,
    /** signature comparisons made to find duplicates */
    FRN_COVERAGE_STAT_DUPLICATE_COMPARISONS = 1,
    /** printed quotations */
    FRN_COVERAGE_STAT_PRINTINGS = 2,
    /** distinct word sequences among them */
    FRN_COVERAGE_STAT_QUOTE_FORMS = 3,
    /** index entries visited looking for similar quotations */
    FRN_COVERAGE_STAT_QUOTE_CANDIDATES = 4,
    /** word-set comparisons of quotations */
    FRN_COVERAGE_STAT_QUOTE_COMPARISONS = 5,
    /** texts the story step grouped (one per duplicate cluster or lone article) */
    FRN_COVERAGE_STAT_STORY_NODES = 6,
    /** index entries visited looking for similar stories */
    FRN_COVERAGE_STAT_STORY_CANDIDATES = 7,
    /** vector comparisons of the story step */
    FRN_COVERAGE_STAT_STORY_COMPARISONS = 8,
    /** (term, text) entries left out of the story step's candidate search
     *  because the term is held by more than 400 texts: so common a word
     *  proposes no link by itself (it still counts in every similarity) */
    FRN_COVERAGE_STAT_STORY_COMMON_TERMS = 9,
    FRN_COVERAGE_STAT_LIMIT_ /**< one past the last counter; not a counter */
} frn_coverage_stat;

/** A work counter of the last build; 0 before the first build or for an unknown counter. */
FRN_API size_t frn_coverage_get_stat(const frn_coverage *coverage, frn_coverage_stat stat);

/* ---- records ---------------------------------------------------------- */

/** The version of the record byte format this library writes (and reads). */
#define FRN_COVERAGE_RECORD_VERSION 2

/**
 * Compute an article's record, as frn_coverage_add() would keep it.
 * @param ctx the calling thread's context; receives the detailed message.
 * @param id the article's id (NUL-terminated UTF-8, copied).
 * @param article the parsed article; not retained.
 * @param quotes its quotations, or NULL for none; not retained.
 * @param[out] out receives the record, NULL on failure; release it with
 *                 frn_coverage_record_free().
 * @return FRN_OK, FRN_ERR_INVALID_ARG, FRN_ERR_ICU, FRN_ERR_TOO_LARGE (a
 *         text past the format's limits) or FRN_ERR_NOMEM.
 */
FRN_API frn_status frn_coverage_record_new(frn_ctx *ctx, const char *id,
                                           const frn_article *article,
                                           const frn_quote_list *quotes,
                                           frn_coverage_record **out);

/**
 * Read a record from its bytes (as frn_coverage_record_get_bytes() gave
 * them). Any byte string is safe to pass: bytes that are not a record of a
 * known version give a status, never a crash.
 * @param ctx the calling thread's context; receives the detailed message.
 * @param bytes the encoded record (copied); may be NULL when @p len is 0.
 * @param len its length in bytes.
 * @param[out] out receives the record, NULL on failure.
 * @return FRN_OK, FRN_ERR_INVALID_ARG, FRN_ERR_FORMAT (malformed),
 *         FRN_ERR_VERSION (a format version this library does not read)
 *         or FRN_ERR_NOMEM.
 */
FRN_API frn_status frn_coverage_record_decode(frn_ctx *ctx, const void *bytes, size_t len,
                                              frn_coverage_record **out);

/** Release a record. NULL is accepted and ignored. */
FRN_API void frn_coverage_record_free(frn_coverage_record *record);

/**
 * The record's bytes; @p len receives their length. Borrowed, valid while
 * the record lives. Equal articles give equal bytes, on any machine.
 */
FRN_API const void *frn_coverage_record_get_bytes(const frn_coverage_record *record,
                                                  size_t *len);

/** The record's article id. Borrowed. */
FRN_API const char *frn_coverage_record_get_id(const frn_coverage_record *record);

/** The record's title, NULL when none. Borrowed. */
FRN_API const char *frn_coverage_record_get_title(const frn_coverage_record *record);

/** The record's publication date (ISO 8601), NULL when unknown. Borrowed. */
FRN_API const char *frn_coverage_record_get_published(const frn_coverage_record *record);

/**
 * Estimated Jaccard similarity of two records' texts (word 5-shingles), as
 * frn_coverage_build() compares them; 0 when either has no words or is NULL.
 */
FRN_API double frn_coverage_record_similarity(const frn_coverage_record *a,
                                              const frn_coverage_record *b);

/** Number of LSH bands of a record's signature. */
FRN_API size_t frn_coverage_record_band_count(void);

/**
 * The key of one LSH band of a record: records whose keys agree on a band
 * are the candidates for duplicates that frn_coverage_build() compares.
 * @param record the record.
 * @param band below frn_coverage_record_band_count().
 * @param[out] key receives the key (0 on failure).
 * @return FRN_OK, FRN_ERR_INVALID_ARG, FRN_ERR_RANGE, or FRN_ERR_EMPTY when
 *         the record's text holds no word (it has no signature).
 */
FRN_API frn_status frn_coverage_record_band_key(const frn_coverage_record *record,
                                                size_t band, unsigned long *key);

/**
 * The canonical order of records: negative when @p a comes first, positive
 * when @p b does, 0 when they are equal in every byte.
 */
FRN_API int frn_coverage_record_compare(const frn_coverage_record *a,
                                        const frn_coverage_record *b);

/* ---- queries ---------------------------------------------------------- */

/** One article looked up in a built index, which it is not added to. */
typedef struct frn_coverage_query frn_coverage_query;

/**
 * Look a new article up in the index as it was last built: its
 * near-duplicates and the story it belongs to, without rebuilding. Work
 * does not grow with the size of the index beyond its LSH buckets and the
 * stories sharing the article's terms.
 * @param ctx the calling thread's context; receives the detailed message.
 * @param coverage a built index (not stale).
 * @param record the article's record.
 * @param[out] out receives the result, NULL on failure; release it with
 *                 frn_coverage_query_free().
 * @return FRN_OK, FRN_ERR_INVALID_ARG, FRN_ERR_STATE (not built, or
 *         additions since the build) or FRN_ERR_NOMEM.
 */
FRN_API frn_status frn_coverage_query_new(frn_ctx *ctx, const frn_coverage *coverage,
                                          const frn_coverage_record *record,
                                          frn_coverage_query **out);

/** Release a query. NULL is accepted and ignored. */
FRN_API void frn_coverage_query_free(frn_coverage_query *query);

/** Number of indexed articles the queried one is a near-duplicate of. */
FRN_API size_t frn_coverage_query_get_duplicate_count(const frn_coverage_query *query);

/**
 * One near-duplicate of the queried article, most similar first.
 * @param query the query.
 * @param k below frn_coverage_query_get_duplicate_count().
 * @param[out] article receives the article index (FRN_NONE on failure).
 * @param[out] similarity receives the estimated similarity (0 on failure).
 * @return FRN_OK, FRN_ERR_INVALID_ARG or FRN_ERR_RANGE.
 */
FRN_API frn_status frn_coverage_query_get_duplicate(const frn_coverage_query *query, size_t k,
                                                    size_t *article, double *similarity);

/**
 * The story the queried article belongs to, FRN_NONE when it starts a new
 * one: the story of its most similar copy, else the story whose centroid
 * it is most similar to among those that would take it in a build, where
 * an article left alone joins a story from the story threshold, or from two
 * thirds of it when the story holds three texts or more.
 */
FRN_API size_t frn_coverage_query_get_story(const frn_coverage_query *query);

/**
 * The similarity behind frn_coverage_query_get_story(): the estimated text
 * similarity of the copy it was found through, else the cosine with the
 * story's centroid scaled by time proximity; 0 for a new story.
 */
FRN_API double frn_coverage_query_get_story_similarity(const frn_coverage_query *query);

#ifdef __cplusplus
}
#endif

#endif /* FRNEWS_COVERAGE_H */
