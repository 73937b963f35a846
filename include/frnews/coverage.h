/**
 * @file frnews/coverage.h
 * @brief Overlapping coverage: near-duplicate articles, stories, and the same
 * quotation printed by many outlets.
 *
 * Include `<frnews.h>` rather than this header.
 *
 * An index takes articles one by one (it copies what it needs, so each
 * article may be freed after it is added), then frn_coverage_build() groups
 * them. The index is single-writer: add and build from one thread at a time;
 * once built, the getters may be called from any number of threads.
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
 * which they are near-duplicates (the same text, lightly edited).
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
 * articles, and two stories' centroids, are joined into one story.
 * @param options the options to change.
 * @param threshold in (0, 1]; 0.15 by default.
 * @return FRN_OK, or FRN_ERR_INVALID_ARG for NULL options or a value out of range.
 */
FRN_API frn_status frn_coverage_options_set_story_threshold(frn_coverage_options *options,
                                                            double threshold);

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
 * Add an article. Adding after frn_coverage_build() is allowed and makes the
 * results stale until the next build.
 * @param ctx     the calling thread's context; receives the detailed message.
 * @param coverage the index.
 * @param id      the caller's name for the article (NUL-terminated UTF-8,
 *                copied); ids need not be unique, indexes are.
 * @param article the parsed article; not retained.
 * @param quotes  its quotations, or NULL to extract none; not retained.
 * @param[out] index_out receives the article's index (its order of
 *                 addition); may be NULL.
 * @return FRN_OK, FRN_ERR_INVALID_ARG, FRN_ERR_TOO_LARGE (a title or body
 *         longer than the 2^31 - 1 bytes ICU can segment), FRN_ERR_ICU or
 *         FRN_ERR_NOMEM.
 */
FRN_API frn_status frn_coverage_add(frn_ctx *ctx, frn_coverage *coverage, const char *id,
                                    const frn_article *article,
                                    const frn_quote_list *quotes,
                                    size_t *index_out);

/**
 * Group what was added: near-duplicate pairs, stories, merged quotations.
 * A failed build leaves the results of the previous one in place.
 * @param ctx the calling thread's context; receives the detailed message.
 * @param coverage the index.
 * @return FRN_OK, FRN_ERR_INVALID_ARG or FRN_ERR_NOMEM.
 */
FRN_API frn_status frn_coverage_build(frn_ctx *ctx, frn_coverage *coverage);

/** Number of articles added. */
FRN_API size_t frn_coverage_get_article_count(const frn_coverage *coverage);

/** The id given for an article; NULL when out of range. Borrowed. */
FRN_API const char *frn_coverage_get_article_id(const frn_coverage *coverage,
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

/** Number of near-duplicate pairs found by the last build. */
FRN_API size_t frn_coverage_get_duplicate_count(const frn_coverage *coverage);

/**
 * One near-duplicate pair: article indexes a < b and their estimated text
 * similarity in [0, 1]. On failure @p a and @p b receive FRN_NONE and
 * @p similarity 0 (those of them that are not NULL).
 * @return FRN_OK, FRN_ERR_INVALID_ARG (a NULL pointer) or FRN_ERR_RANGE.
 */
FRN_API frn_status frn_coverage_get_duplicate(const frn_coverage *coverage,
                                              size_t pair, size_t *a, size_t *b,
                                              double *similarity);

/** Number of distinct quotations across the collection after the last build. */
FRN_API size_t frn_coverage_get_quote_count(const frn_coverage *coverage);

/** Canonical text of a merged quotation; NULL when out of range. Borrowed. */
FRN_API const char *frn_coverage_get_quote_text(const frn_coverage *coverage,
                                                size_t quote);

/** Speaker of a merged quotation, or NULL when unknown. Borrowed. */
FRN_API const char *frn_coverage_get_quote_speaker(const frn_coverage *coverage,
                                                   size_t quote);

/** Number of printings (sources) of a merged quotation; 0 when out of range. */
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

#ifdef __cplusplus
}
#endif

#endif /* FRNEWS_COVERAGE_H */
