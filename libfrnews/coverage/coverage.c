/* The coverage index: creation, adding articles, building, and the getters
 * over the results of the last build. */
#include <stdlib.h>
#include <string.h>
#include "core/context.h"
#include "coverage-private.h"
#include "text/utf8.h"

void frnp_cov_results_clear(frnp_cov_results *results)
{
    free(results->story_start);
    free(results->story_members);
    free(results->duplicates);
    free(results->quote_start);
    free(results->quote_members);
    free(results->quote_canonical);
    free(results->quote_speaker);
    memset(results, 0, sizeof *results);
}

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

static void article_clear(frnp_cov_article *article)
{
    free(article->id);
    free(article->signature);
    free(article->terms);
    memset(article, 0, sizeof *article);
}

void frn_coverage_free(frn_coverage *coverage)
{
    if (!coverage)
        return;
    for (size_t i = 0; i < coverage->article_count; i++)
        article_clear(&coverage->articles[i]);
    free(coverage->articles);
    for (size_t q = 0; q < coverage->quote_count; q++)
        frnp_cov_quote_clear(&coverage->quotes[q]);
    free(coverage->quotes);
    frnp_cov_results_clear(&coverage->results);
    free(coverage);
}

/* Everything the build needs from one article, copied. */
static frn_status summarise_article(frn_ctx *ctx, const char *id, const frn_article *article,
                                    frnp_cov_article *into)
{
    frn_status status;

    memset(into, 0, sizeof *into);
    into->id = frnp_strndup(id, strlen(id));
    if (!into->id)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    status = frnp_cov_fingerprint(ctx, article, &into->signature);
    if (status == FRN_OK)
        status = frnp_cov_terms(ctx, article, &into->terms, &into->term_count);
    if (status != FRN_OK)
        article_clear(into);
    return status;
}

frn_status frn_coverage_add(frn_ctx *ctx, frn_coverage *coverage, const char *id,
                            const frn_article *article, const frn_quote_list *quotes,
                            size_t *index_out)
{
    size_t index;
    frn_status status;

    if (index_out)
        *index_out = (size_t)-1;
    if (!ctx || !coverage || !id || !article)
        return frnp_fail(ctx, FRN_ERR_INVALID_ARG, FRNP_NO_POSITION,
                        "frn_coverage_add: NULL context, index, id or article");
    frnp_ctx_clear(ctx);
    if (frnp_utf8_validate(ctx, id, strlen(id)) != FRN_OK)
        return frnp_fail(ctx, FRN_ERR_INVALID_ARG, FRNP_NO_POSITION,
                        "frn_coverage_add: the id is not valid UTF-8");
    if (!frnp_array_reserve(&coverage->articles, &coverage->article_capacity,
                         coverage->article_count + 1, sizeof *coverage->articles))
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    index = coverage->article_count;
    status = summarise_article(ctx, id, article, &coverage->articles[index]);
    if (status == FRN_OK && quotes) {
        status = frnp_cov_add_quotes(ctx, coverage, index, quotes);
        if (status != FRN_OK)
            article_clear(&coverage->articles[index]);
    }
    if (status != FRN_OK)
        return status;
    coverage->article_count++;
    coverage->built = 0;
    if (index_out)
        *index_out = index;
    return FRN_OK;
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
    /* Duplicates first: the story step joins every duplicate pair. */
    status = frnp_cov_find_duplicates(ctx, coverage, &results);
    if (status == FRN_OK)
        status = frnp_cov_group_stories(ctx, coverage, &results);
    if (status == FRN_OK)
        status = frnp_cov_merge_quotes(ctx, coverage, &results);
    if (status != FRN_OK) {
        frnp_cov_results_clear(&results);
        return status;
    }
    frnp_cov_results_clear(&coverage->results);
    coverage->results = results;
    coverage->built = 1;
    return FRN_OK;
}

/* The results, or NULL when they are missing or stale. */
static const frnp_cov_results *current(const frn_coverage *coverage)
{
    return coverage && coverage->built ? &coverage->results : NULL;
}

size_t frn_coverage_get_article_count(const frn_coverage *coverage)
{
    return coverage ? coverage->article_count : 0;
}

const char *frn_coverage_get_article_id(const frn_coverage *coverage, size_t article)
{
    return coverage && article < coverage->article_count ? coverage->articles[article].id : NULL;
}

size_t frn_coverage_get_story_count(const frn_coverage *coverage)
{
    const frnp_cov_results *r = current(coverage);

    return r ? r->story_count : 0;
}

size_t frn_coverage_get_story_size(const frn_coverage *coverage, size_t story)
{
    const frnp_cov_results *r = current(coverage);

    return r && story < r->story_count ? r->story_start[story + 1] - r->story_start[story] : 0;
}

size_t frn_coverage_get_story_article(const frn_coverage *coverage, size_t story, size_t k)
{
    if (k >= frn_coverage_get_story_size(coverage, story))
        return FRN_NONE;
    return coverage->results.story_members[coverage->results.story_start[story] + k];
}

size_t frn_coverage_get_duplicate_count(const frn_coverage *coverage)
{
    const frnp_cov_results *r = current(coverage);

    return r ? r->duplicate_count : 0;
}

frn_status frn_coverage_get_duplicate(const frn_coverage *coverage, size_t pair, size_t *a,
                                      size_t *b, double *similarity)
{
    const frnp_cov_results *r = current(coverage);

    if (a)
        *a = FRN_NONE;
    if (b)
        *b = FRN_NONE;
    if (similarity)
        *similarity = 0.0;
    if (!coverage || !a || !b || !similarity)
        return FRN_ERR_INVALID_ARG;
    if (!r || pair >= r->duplicate_count)
        return FRN_ERR_RANGE;
    *a = r->duplicates[pair].a;
    *b = r->duplicates[pair].b;
    *similarity = r->duplicates[pair].similarity;
    return FRN_OK;
}

size_t frn_coverage_get_quote_count(const frn_coverage *coverage)
{
    const frnp_cov_results *r = current(coverage);

    return r ? r->quote_count : 0;
}

const char *frn_coverage_get_quote_text(const frn_coverage *coverage, size_t quote)
{
    const frnp_cov_results *r = current(coverage);

    if (!r || quote >= r->quote_count)
        return NULL;
    return coverage->quotes[r->quote_canonical[quote]].text;
}

const char *frn_coverage_get_quote_speaker(const frn_coverage *coverage, size_t quote)
{
    const frnp_cov_results *r = current(coverage);

    if (!r || quote >= r->quote_count || r->quote_speaker[quote] == SIZE_MAX)
        return NULL;
    return coverage->quotes[r->quote_speaker[quote]].speaker;
}

size_t frn_coverage_get_quote_source_count(const frn_coverage *coverage, size_t quote)
{
    const frnp_cov_results *r = current(coverage);

    return r && quote < r->quote_count ? r->quote_start[quote + 1] - r->quote_start[quote] : 0;
}

frn_status frn_coverage_get_quote_source(const frn_coverage *coverage, size_t quote, size_t k,
                                         size_t *article, frn_span *span, const char **text)
{
    const frnp_cov_quote *printing;

    if (text)
        *text = NULL;
    if (article)
        *article = FRN_NONE;
    if (span)
        *span = (frn_span){0, 0};
    if (!coverage || !article || !span)
        return FRN_ERR_INVALID_ARG;
    if (k >= frn_coverage_get_quote_source_count(coverage, quote))
        return FRN_ERR_RANGE;
    printing = &coverage->quotes[coverage->results.quote_members
                                     [coverage->results.quote_start[quote] + k]];
    *article = printing->article;
    *span = printing->span;
    if (text)
        *text = printing->text;
    return FRN_OK;
}
