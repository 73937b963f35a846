/* The results of the last build and their getters. */
#include <stdlib.h>
#include <string.h>
#include "coverage-private.h"

void frnp_cov_results_clear(frnp_cov_results *results)
{
    free(results->rank);
    frnp_cov_groups_clear(&results->clusters);
    free(results->representative);
    free(results->cluster_of);
    free(results->duplicates);
    frnp_cov_groups_clear(&results->stories);
    free(results->story_of);
    free(results->printings);
    for (size_t q = 0; results->quote_speaker && q < results->quotes.count; q++)
        free(results->quote_speaker[q]);
    free(results->quote_speaker);
    frnp_cov_groups_clear(&results->quotes);
    free(results->quote_canonical);
    for (size_t d = 0; d < results->diff_count; d++)
        free(results->diffs[d]);
    free(results->diffs);
    frnp_cov_band_index_clear(&results->band_index);
    frnp_cov_story_index_free(results->story_index);
    memset(results, 0, sizeof *results);
}

/* The results, or NULL when they are missing or stale. */
static const frnp_cov_results *current(const frn_coverage *coverage)
{
    return coverage && coverage->built ? &coverage->results : NULL;
}

static size_t group_size(const frnp_cov_groups *groups, size_t g)
{
    return g < groups->count ? groups->start[g + 1] - groups->start[g] : 0;
}

static size_t group_member(const frnp_cov_groups *groups, size_t g, size_t k)
{
    return k < group_size(groups, g) ? groups->members[groups->start[g] + k] : FRN_NONE;
}

size_t frn_coverage_get_article_count(const frn_coverage *coverage)
{
    return coverage ? coverage->count : 0;
}

static const frnp_cov_record *record_at(const frn_coverage *coverage, size_t article)
{
    return coverage && article < coverage->count ? coverage->records[article] : NULL;
}

const char *frn_coverage_get_article_id(const frn_coverage *coverage, size_t article)
{
    const frnp_cov_record *r = record_at(coverage, article);

    return r ? r->id : NULL;
}

const char *frn_coverage_get_article_title(const frn_coverage *coverage, size_t article)
{
    const frnp_cov_record *r = record_at(coverage, article);

    return r ? r->title : NULL;
}

const char *frn_coverage_get_article_published(const frn_coverage *coverage, size_t article)
{
    const frnp_cov_record *r = record_at(coverage, article);

    return r ? r->published : NULL;
}

size_t frn_coverage_get_story_count(const frn_coverage *coverage)
{
    const frnp_cov_results *r = current(coverage);

    return r ? r->stories.count : 0;
}

size_t frn_coverage_get_story_size(const frn_coverage *coverage, size_t story)
{
    const frnp_cov_results *r = current(coverage);

    return r ? group_size(&r->stories, story) : 0;
}

size_t frn_coverage_get_story_article(const frn_coverage *coverage, size_t story, size_t k)
{
    const frnp_cov_results *r = current(coverage);

    return r ? group_member(&r->stories, story, k) : FRN_NONE;
}

size_t frn_coverage_get_article_story(const frn_coverage *coverage, size_t article)
{
    const frnp_cov_results *r = current(coverage);

    return r && article < coverage->count ? r->story_of[article] : FRN_NONE;
}

size_t frn_coverage_get_cluster_count(const frn_coverage *coverage)
{
    const frnp_cov_results *r = current(coverage);

    return r ? r->clusters.count : 0;
}

size_t frn_coverage_get_cluster_size(const frn_coverage *coverage, size_t cluster)
{
    const frnp_cov_results *r = current(coverage);

    return r ? group_size(&r->clusters, cluster) : 0;
}

size_t frn_coverage_get_cluster_article(const frn_coverage *coverage, size_t cluster, size_t k)
{
    const frnp_cov_results *r = current(coverage);

    return r ? group_member(&r->clusters, cluster, k) : FRN_NONE;
}

size_t frn_coverage_get_cluster_representative(const frn_coverage *coverage, size_t cluster)
{
    const frnp_cov_results *r = current(coverage);

    return r && cluster < r->clusters.count ? r->representative[cluster] : FRN_NONE;
}

size_t frn_coverage_get_article_cluster(const frn_coverage *coverage, size_t article)
{
    const frnp_cov_results *r = current(coverage);

    return r && article < coverage->count ? r->cluster_of[article] : FRN_NONE;
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

    return r ? r->quotes.count : 0;
}

/* The k-th printing of a merged quotation, NULL when out of range. */
static const frnp_cov_printing *printing_at(const frn_coverage *coverage, size_t quote, size_t k)
{
    const frnp_cov_results *r = current(coverage);
    size_t p = r ? group_member(&r->quotes, quote, k) : FRN_NONE;

    return p == FRN_NONE ? NULL : &r->printings[p];
}

const char *frn_coverage_get_quote_text(const frn_coverage *coverage, size_t quote)
{
    const frnp_cov_results *r = current(coverage);

    if (!r || quote >= r->quotes.count)
        return NULL;
    return frnp_cov_printing_quote(coverage, &r->printings[r->quote_canonical[quote]])->text;
}

const char *frn_coverage_get_quote_speaker(const frn_coverage *coverage, size_t quote)
{
    const frnp_cov_results *r = current(coverage);

    return r && quote < r->quotes.count ? r->quote_speaker[quote] : NULL;
}

size_t frn_coverage_get_quote_source_count(const frn_coverage *coverage, size_t quote)
{
    const frnp_cov_results *r = current(coverage);

    return r ? group_size(&r->quotes, quote) : 0;
}

frn_status frn_coverage_get_quote_source(const frn_coverage *coverage, size_t quote, size_t k,
                                         size_t *article, frn_span *span, const char **text)
{
    const frnp_cov_printing *printing;
    const frnp_cov_quote *q;

    if (text)
        *text = NULL;
    if (article)
        *article = FRN_NONE;
    if (span)
        *span = (frn_span){0, 0};
    if (!coverage || !article || !span)
        return FRN_ERR_INVALID_ARG;
    printing = printing_at(coverage, quote, k);
    if (!printing)
        return FRN_ERR_RANGE;
    q = frnp_cov_printing_quote(coverage, printing);
    *article = printing->article;
    *span = q->span;
    if (text)
        *text = q->text;
    return FRN_OK;
}

size_t frn_coverage_get_quote_first_source(const frn_coverage *coverage, size_t quote)
{
    const frnp_cov_printing *first = printing_at(coverage, quote, 0);

    /* Printings are in date order, undated last. */
    return first && coverage->records[first->article]->day != FRNP_NO_DAY ? 0 : FRN_NONE;
}

const char *frn_quote_variant_name(frn_quote_variant variant)
{
    switch (variant) {
    case FRN_QUOTE_VARIANT_IDENTICAL:
        return "identical";
    case FRN_QUOTE_VARIANT_ORTHOGRAPHIC:
        return "orthographic";
    case FRN_QUOTE_VARIANT_TRIMMED:
        return "trimmed";
    case FRN_QUOTE_VARIANT_ALTERED:
        return "altered";
    }
    return "unknown";
}

frn_quote_variant frn_coverage_get_quote_source_variant(const frn_coverage *coverage,
                                                        size_t quote, size_t k)
{
    const frnp_cov_printing *printing = printing_at(coverage, quote, k);

    return printing ? (frn_quote_variant)printing->variant : FRN_QUOTE_VARIANT_IDENTICAL;
}

const char *frn_coverage_get_quote_source_diff(const frn_coverage *coverage, size_t quote,
                                               size_t k)
{
    const frnp_cov_printing *printing = printing_at(coverage, quote, k);

    return printing ? printing->diff : NULL;
}

const char *frn_coverage_get_quote_source_speaker(const frn_coverage *coverage, size_t quote,
                                                  size_t k)
{
    const frnp_cov_printing *printing = printing_at(coverage, quote, k);

    return printing ? frnp_cov_printing_quote(coverage, printing)->speaker : NULL;
}

size_t frn_coverage_get_stat(const frn_coverage *coverage, frn_coverage_stat stat)
{
    if (!coverage || (unsigned)stat >= FRN_COVERAGE_STAT_LIMIT_)
        return 0;
    return coverage->results.stats.values[stat];
}
