/* The coverage index: creation, adding articles (as records) and building. */
#include <stdlib.h>
#include <string.h>
#include "core/context.h"
#include "coverage-private.h"

frn_status frn_coverage_new(frn_ctx *ctx, const frn_coverage_options *options,
                            frn_coverage **out)
{
    if (out)
        *out = NULL;
    if (!ctx || !out)
        return frnp_fail(ctx, FRN_ERR_INVALID_ARG, FRNP_NO_POSITION,
                         "frn_coverage_new: NULL context or output");
    frnp_ctx_clear(ctx);
    *out = calloc(1, sizeof **out);
    if (!*out)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    (*out)->options = options ? *options : frnp_cov_default_options;
    return FRN_OK;
}

void frn_coverage_free(frn_coverage *coverage)
{
    if (!coverage)
        return;
    for (size_t i = 0; i < coverage->count; i++)
        free(coverage->records[i]);
    free(coverage->records);
    frnp_cov_results_clear(&coverage->results);
    free(coverage);
}

/* Keep a record: decoded from bytes, or a copy of one decoded already
 * (bytes NULL). The LSH index numbers articles with 32 bits. */
static frn_status append_record(frn_ctx *ctx, frn_coverage *coverage,
                                const unsigned char *bytes, size_t len,
                                const frnp_cov_record *decoded, size_t *index_out)
{
    frnp_cov_record *record;
    frn_status status;

    if (coverage->count >= UINT32_MAX)
        return frnp_fail(ctx, FRN_ERR_TOO_LARGE, FRNP_NO_POSITION,
                         "a coverage index holds at most %lu articles", (unsigned long)UINT32_MAX);
    if (!frnp_array_reserve(&coverage->records, &coverage->capacity, coverage->count + 1,
                            sizeof *coverage->records))
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    status = bytes ? frnp_cov_record_decode(ctx, bytes, len, &record)
                   : frnp_cov_record_copy(ctx, decoded, &record);
    if (status != FRN_OK)
        return status;
    coverage->records[coverage->count] = record;
    if (index_out)
        *index_out = coverage->count;
    coverage->count++;
    coverage->built = 0;
    return FRN_OK;
}

frn_status frn_coverage_add(frn_ctx *ctx, frn_coverage *coverage, const char *id,
                            const frn_article *article, const frn_quote_list *quotes,
                            size_t *index_out)
{
    const unsigned char *bytes;
    size_t len;
    frn_status status;

    if (index_out)
        *index_out = FRN_NONE;
    if (!ctx || !coverage || !id || !article)
        return frnp_fail(ctx, FRN_ERR_INVALID_ARG, FRNP_NO_POSITION,
                         "frn_coverage_add: NULL context, index, id or article");
    frnp_ctx_clear(ctx);
    status = frnp_cov_record_encode_article(ctx, id, article, quotes, &bytes, &len);
    if (status == FRN_OK)
        status = append_record(ctx, coverage, bytes, len, NULL, index_out);
    return status;
}

frn_status frn_coverage_add_record(frn_ctx *ctx, frn_coverage *coverage,
                                   const frn_coverage_record *record, size_t *index_out)
{
    if (index_out)
        *index_out = FRN_NONE;
    if (!ctx || !coverage || !record)
        return frnp_fail(ctx, FRN_ERR_INVALID_ARG, FRNP_NO_POSITION,
                         "frn_coverage_add_record: NULL context, index or record");
    frnp_ctx_clear(ctx);
    return append_record(ctx, coverage, NULL, 0, record->decoded, index_out);
}

frn_status frn_coverage_build(frn_ctx *ctx, frn_coverage *coverage)
{
    frnp_cov_results results;
    frn_status status;

    if (!ctx || !coverage)
        return frnp_fail(ctx, FRN_ERR_INVALID_ARG, FRNP_NO_POSITION,
                         "frn_coverage_build: NULL context or index");
    frnp_ctx_clear(ctx);
    memset(&results, 0, sizeof results);
    /* Duplicates first: stories group clusters, not copies. Quotations
     * before stories: a quotation shared by two articles links them. */
    status = frnp_cov_rank(ctx, coverage, &results.rank);
    if (status == FRN_OK)
        status = frnp_cov_find_duplicates(ctx, coverage, &results);
    if (status == FRN_OK)
        status = frnp_cov_band_index_build(ctx, coverage, results.rank, &results.band_index,
                                           &results.stats);
    if (status == FRN_OK)
        status = frnp_cov_merge_quotes(ctx, coverage, &results);
    if (status == FRN_OK)
        status = frnp_cov_group_stories(ctx, coverage, &results);
    if (status != FRN_OK) {
        frnp_cov_results_clear(&results);
        return status;
    }
    frnp_cov_results_clear(&coverage->results);
    coverage->results = results;
    coverage->built = 1;
    return FRN_OK;
}
