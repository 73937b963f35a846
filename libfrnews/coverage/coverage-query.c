/* One article looked up in a built index without rebuilding it: its
 * near-duplicates through the LSH bands kept by the build (each band a
 * sorted array searched by key), and its story: the story of its closest
 * copy, else the best story centroid (coverage-story-index.c). */
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

/* First entry of a band at or after key. */
static size_t band_lower_bound(const struct frnp_cov_band_entry *entries, size_t n, uint32_t key)
{
    size_t lo = 0, hi = n;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (entries[mid].key < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static int by_similarity(const void *x, const void *y)
{
    const frnp_cov_duplicate *a = x, *b = y;

    if (a->similarity != b->similarity)
        return a->similarity < b->similarity ? 1 : -1;
    return (a->a > b->a) - (a->a < b->a);
}

static int compare_size(const void *x, const void *y)
{
    size_t a = *(const size_t *)x, b = *(const size_t *)y;

    return (a > b) - (a < b);
}

/* The articles sharing a band key with the record, each once. */
static size_t band_candidates(const frnp_cov_results *r, const frnp_cov_record *record,
                              size_t **out)
{
    size_t total = 0, at = 0, kept = 0, *found;
    size_t lo[FRNP_BANDS];

    for (size_t band = 0; band < FRNP_BANDS; band++) {
        uint32_t key = frnp_cov_band_key(record->signature, band);
        lo[band] = band_lower_bound(r->bands[band], r->band_entry_count, key);
        for (size_t e = lo[band]; e < r->band_entry_count && r->bands[band][e].key == key; e++)
            total++;
    }
    *out = found = malloc((total + 1) * sizeof *found);
    if (!found)
        return SIZE_MAX;
    for (size_t band = 0; band < FRNP_BANDS; band++) {
        uint32_t key = frnp_cov_band_key(record->signature, band);
        for (size_t e = lo[band]; e < r->band_entry_count && r->bands[band][e].key == key; e++)
            found[at++] = r->bands[band][e].article;
    }
    if (at > 1)
        qsort(found, at, sizeof *found, compare_size);
    for (size_t k = 0; k < at; k++)
        if (kept == 0 || found[kept - 1] != found[k])
            found[kept++] = found[k];
    return kept;
}

/* Every indexed article sharing a band with the record and similar enough. */
static int find_duplicates(const frn_coverage *coverage, const frnp_cov_record *record,
                           frn_coverage_query *query)
{
    size_t *candidates, count;

    if (!record->has_signature)
        return 1;
    count = band_candidates(&coverage->results, record, &candidates);
    if (count == SIZE_MAX)
        return 0;
    query->duplicates = malloc((count + 1) * sizeof *query->duplicates);
    if (!query->duplicates) {
        free(candidates);
        return 0;
    }
    for (size_t k = 0; k < count; k++) {
        double similarity = frnp_cov_signature_similarity(record->signature,
                                                          coverage->records[candidates[k]]->signature);
        if (similarity < coverage->options.duplicate_threshold)
            continue;
        query->duplicates[query->duplicate_count].a = candidates[k];
        query->duplicates[query->duplicate_count].b = FRN_NONE;
        query->duplicates[query->duplicate_count++].similarity = similarity;
    }
    free(candidates);
    if (query->duplicate_count > 1)
        qsort(query->duplicates, query->duplicate_count, sizeof *query->duplicates, by_similarity);
    return 1;
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
