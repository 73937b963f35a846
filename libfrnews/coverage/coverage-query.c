/* One article looked up in a built index without rebuilding it: its
 * near-duplicates through the LSH bands of the distinct signatures
 * (coverage-band-index.c), and its story: the story of its closest copy,
 * else the best story centroid (coverage-story-index.c). */
#include <stdlib.h>
#include "core/context.h"
#include "coverage-private.h"
#include "coverage-stories.h"

struct frn_coverage_query {
    frnp_cov_duplicate *duplicates; /* a: the article; similarity */
    size_t duplicate_count;
    size_t story;
    double story_similarity;
};

static int by_similarity(const void *x, const void *y)
{
    const frnp_cov_duplicate *a = x, *b = y;

    if (a->similarity != b->similarity)
        return a->similarity < b->similarity ? 1 : -1;
    return (a->a > b->a) - (a->a < b->a);
}

static int keep_duplicate(frn_coverage_query *query, size_t *capacity, size_t article,
                          double similarity)
{
    if (!frnp_array_reserve(&query->duplicates, capacity, query->duplicate_count + 1,
                            sizeof *query->duplicates))
        return 0;
    query->duplicates[query->duplicate_count].a = article;
    query->duplicates[query->duplicate_count].b = FRN_NONE;
    query->duplicates[query->duplicate_count++].similarity = similarity;
    return 1;
}

/* Every indexed article sharing a band with the record and similar enough:
 * each distinct signature is compared once, and stands for its copies. */
static int find_duplicates(const frn_coverage *coverage, const frnp_cov_record *record,
                           frn_coverage_query *query)
{
    const frnp_cov_band_index *index = &coverage->results.band_index;
    size_t count, capacity = 0;
    uint32_t *candidates;
    int ok = 1;

    if (!record->has_signature)
        return 1;
    count = frnp_cov_band_index_candidates(index, record->signature, &candidates);
    if (count == SIZE_MAX)
        return 0;
    for (size_t k = 0; ok && k < count; k++) {
        size_t rep = candidates[k], first, copies;
        double similarity = frnp_cov_signature_similarity(record->signature,
                                                          coverage->records[rep]->signature);
        if (similarity < coverage->options.duplicate_threshold)
            continue;
        ok = keep_duplicate(query, &capacity, rep, similarity);
        copies = frnp_cov_band_index_copies(index, rep, &first);
        for (size_t c = first; ok && c < first + copies; c++)
            ok = keep_duplicate(query, &capacity, (size_t)(index->copies[c] & 0xFFFFFFFFu), similarity);
    }
    free(candidates);
    if (ok && query->duplicate_count > 1)
        qsort(query->duplicates, query->duplicate_count, sizeof *query->duplicates, by_similarity);
    return ok;
}

frn_status frn_coverage_query_new(frn_ctx *ctx, const frn_coverage *coverage,
                                  const frn_coverage_record *record, frn_coverage_query **out)
{
    frn_coverage_query *query;
    frnp_story_params params;

    if (out)
        *out = NULL;
    if (!ctx || !coverage || !record || !out)
        return frnp_fail(ctx, FRN_ERR_INVALID_ARG, FRNP_NO_POSITION,
                         "frn_coverage_query_new: NULL context, index, record or output");
    frnp_ctx_clear(ctx);
    if (!coverage->built)
        return frnp_fail(ctx, FRN_ERR_STATE, FRNP_NO_POSITION,
                         "frn_coverage_query_new: the index is not built, or articles were added since");
    query = calloc(1, sizeof *query);
    if (!query || !find_duplicates(coverage, record->decoded, query)) {
        frn_coverage_query_free(query);
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    }
    query->story = FRN_NONE;
    if (query->duplicate_count > 0) {
        query->story = coverage->results.story_of[query->duplicates[0].a];
        query->story_similarity = query->duplicates[0].similarity;
    } else if (coverage->results.story_index) {
        params.threshold = (float)coverage->options.story_threshold;
        params.window_days = coverage->options.story_window_days;
        if (!frnp_story_index_query(coverage->results.story_index, record->decoded, &params,
                                    &query->story, &query->story_similarity)) {
            frn_coverage_query_free(query);
            return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
        }
    }
    *out = query;
    return FRN_OK;
}

void frn_coverage_query_free(frn_coverage_query *query)
{
    if (!query)
        return;
    free(query->duplicates);
    free(query);
}

size_t frn_coverage_query_get_duplicate_count(const frn_coverage_query *query)
{
    return query ? query->duplicate_count : 0;
}

frn_status frn_coverage_query_get_duplicate(const frn_coverage_query *query, size_t k,
                                            size_t *article, double *similarity)
{
    if (article)
        *article = FRN_NONE;
    if (similarity)
        *similarity = 0.0;
    if (!query || !article || !similarity)
        return FRN_ERR_INVALID_ARG;
    if (k >= query->duplicate_count)
        return FRN_ERR_RANGE;
    *article = query->duplicates[k].a;
    *similarity = query->duplicates[k].similarity;
    return FRN_OK;
}

size_t frn_coverage_query_get_story(const frn_coverage_query *query)
{
    return query ? query->story : FRN_NONE;
}

double frn_coverage_query_get_story_similarity(const frn_coverage_query *query)
{
    return query ? query->story_similarity : 0.0;
}
