/* Near-duplicate clusters. For each LSH band, the articles are sorted by
 * (band key, canonical rank); in each bucket of one key every member is
 * compared with the bucket's representatives so far (the earlier members
 * that matched no earlier representative) and joined to each it matches;
 * a member matching none becomes a representative. Copies of one text
 * match the bucket's first member, so a thousand copies cost a thousand
 * comparisons a band, not half a million; unrelated texts rarely share a
 * key. The clusters are the connected components of those joins.
 *
 * The rule is local to a bucket and walks the canonical order, so the
 * result does not depend on the order of addition, and buckets can be
 * processed anywhere (frnews.distributed does, on a Dask cluster) and their
 * joins combined. The query index is built apart (coverage-band-index.c). */
#include <stdlib.h>
#include "core/context.h"
#include "coverage-private.h"
#include "coverage-sort.h"
#include "coverage-unionfind.h"

typedef struct band_pass {
    const frn_coverage *coverage;
    const size_t *order; /* article at each canonical rank */
    uint64_t *keys;      /* band key << 32 | rank */
    uint64_t *scratch;
    size_t *reps;
    frnp_unionfind uf;
    frnp_cov_stats *stats;
} band_pass;

static int similar(const band_pass *pass, size_t a, size_t b)
{
    return frnp_cov_signature_similarity(pass->coverage->records[a]->signature,
                                         pass->coverage->records[b]->signature) >=
           pass->coverage->options.duplicate_threshold;
}

static void join_bucket(band_pass *pass, const uint64_t *run, size_t n)
{
    size_t rep_count = 0;

    for (size_t j = 0; j < n; j++) {
        size_t m = pass->order[(uint32_t)run[j]];
        int matched = 0;
        for (size_t r = 0; r < rep_count; r++) {
            pass->stats->values[FRN_COVERAGE_STAT_DUPLICATE_COMPARISONS]++;
            if (similar(pass, m, pass->reps[r])) {
                frnp_unionfind_join(&pass->uf, m, pass->reps[r]);
                matched = 1;
            }
        }
        if (!matched)
            pass->reps[rep_count++] = m;
    }
}

/* Sort one band and join its buckets. */
static void run_band(band_pass *pass, size_t band, const frnp_cov_results *results)
{
    const frn_coverage *cov = pass->coverage;
    size_t n = 0, start = 0;

    for (size_t i = 0; i < cov->count; i++)
        if (cov->records[i]->has_signature)
            pass->keys[n++] = (uint64_t)frnp_cov_band_key(cov->records[i]->signature, band) << 32 |
                              results->rank[i];
    frnp_cov_sort_u64(pass->keys, pass->scratch, n);
    while (start < n) {
        size_t end = start + 1;
        while (end < n && pass->keys[end] >> 32 == pass->keys[start] >> 32)
            end++;
        if (end - start > 1)
            join_bucket(pass, pass->keys + start, end - start);
        start = end;
    }
}

/* Clusters of two or more, numbered by their first member; the
 * representative is the first member in the canonical order. */
static int number_clusters(band_pass *pass, frnp_cov_results *results)
{
    size_t n = pass->coverage->count, count = 0;
    size_t *group_of = malloc((n + 1) * sizeof *group_of);
    size_t *root_cluster = malloc((n + 1) * sizeof *root_cluster);
    int ok = group_of && root_cluster;

    for (size_t i = 0; ok && i < n; i++)
        root_cluster[i] = FRN_NONE;
    for (size_t i = 0; ok && i < n; i++) {
        size_t root = frnp_unionfind_find(&pass->uf, i);
        if (pass->uf.size[root] < 2) {
            group_of[i] = FRN_NONE;
            continue;
        }
        if (root_cluster[root] == FRN_NONE)
            root_cluster[root] = count++;
        group_of[i] = root_cluster[root];
    }
    free(root_cluster);
    results->cluster_of = group_of;
    results->clusters.count = count;
    results->representative = malloc((count + 1) * sizeof *results->representative);
    if (!ok || !results->representative ||
        !frnp_cov_flatten_groups(group_of, n, count, &results->clusters.start,
                                 &results->clusters.members))
        return 0;
    for (size_t c = 0; c < count; c++) {
        size_t best = results->clusters.members[results->clusters.start[c]];
        for (size_t k = results->clusters.start[c]; k < results->clusters.start[c + 1]; k++)
            if (results->rank[results->clusters.members[k]] < results->rank[best])
                best = results->clusters.members[k];
        results->representative[c] = best;
    }
    return 1;
}

/* Each member against its representative: linear in the cluster sizes. */
static int list_pairs(const frn_coverage *coverage, frnp_cov_results *results)
{
    const frnp_cov_groups *clusters = &results->clusters;
    size_t kept = 0;

    results->duplicates = malloc((coverage->count + 1) * sizeof *results->duplicates);
    if (!results->duplicates)
        return 0;
    for (size_t c = 0; c < clusters->count; c++) {
        size_t rep = results->representative[c];
        for (size_t k = clusters->start[c]; k < clusters->start[c + 1]; k++) {
            size_t m = clusters->members[k];
            frnp_cov_duplicate *d = &results->duplicates[kept];
            if (m == rep)
                continue;
            d->a = m < rep ? m : rep;
            d->b = m < rep ? rep : m;
            d->similarity = frnp_cov_signature_similarity(coverage->records[m]->signature,
                                                          coverage->records[rep]->signature);
            kept++;
        }
    }
    results->duplicate_count = kept;
    return 1;
}

frn_status frnp_cov_find_duplicates(frn_ctx *ctx, const frn_coverage *coverage,
                                    frnp_cov_results *results)
{
    size_t n = coverage->count, *order = malloc((n + 1) * sizeof *order);
    band_pass pass = {coverage, order, malloc((n + 1) * sizeof(uint64_t)),
                      malloc((n + 1) * sizeof(uint64_t)), malloc((n + 1) * sizeof(size_t)),
                      {NULL, NULL, 0}, &results->stats};
    int ok = order && pass.keys && pass.scratch && pass.reps && frnp_unionfind_init(&pass.uf, n);

    for (size_t i = 0; ok && i < n; i++)
        order[results->rank[i]] = i;
    for (size_t band = 0; ok && band < FRNP_BANDS; band++)
        run_band(&pass, band, results);
    ok = ok && number_clusters(&pass, results) && list_pairs(coverage, results);
    frnp_unionfind_clear(&pass.uf);
    free(order);
    free(pass.keys);
    free(pass.scratch);
    free(pass.reps);
    return ok ? FRN_OK : frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
}
