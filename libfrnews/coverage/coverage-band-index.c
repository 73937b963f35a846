/* The query index: the LSH bands of the distinct signatures. Wire copy
 * gives many articles one signature (the same words give the same bins),
 * and an identical signature is at the same similarity to any query: such
 * articles are one entry in each band, their representative's (the first
 * in the canonical order), and the others are listed once beside it. A
 * query then compares each distinct text once, however often it was
 * reprinted, and finds exactly the articles it found when every copy had
 * its own entries. */
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>
#include "core/context.h"
#include "coverage-private.h"
#include "coverage-sort.h"

void frnp_cov_band_index_clear(frnp_cov_band_index *index)
{
    for (size_t b = 0; b < FRNP_BANDS; b++)
        free(index->bands[b]);
    free(index->copies);
    memset(index, 0, sizeof *index);
}

static int same_signature(const frn_coverage *coverage, size_t a, size_t b)
{
    return memcmp(coverage->records[a]->signature, coverage->records[b]->signature,
                  sizeof coverage->records[a]->signature) == 0;
}

/* The representative of each article with a signature (itself for the first
 * of its signature in the canonical order), in keyed[k].value order of
 * signature hash then rank; rep[i] = SIZE_MAX for an article without one. */
static int find_representatives(const frn_coverage *coverage, const size_t *rank, size_t *rep,
                                size_t *distinct)
{
    size_t n = coverage->count, count = 0, start = 0, *heads, *order;
    frnp_cov_keyed *keyed = malloc((n + 1) * sizeof *keyed), *scratch = malloc((n + 1) * sizeof *scratch);
    int ok;

    heads = malloc((n + 1) * sizeof *heads);
    order = malloc((n + 1) * sizeof *order);
    ok = keyed && scratch && heads && order;
    for (size_t i = 0; ok && i < n; i++)
        order[rank[i]] = i;
    /* By hash, then canonical order: keyed values are ranks. */
    for (size_t r = 0; ok && r < n; r++) {
        size_t i = order[r];
        rep[i] = SIZE_MAX;
        if (!coverage->records[i]->has_signature)
            continue;
        keyed[count].key = XXH3_64bits(coverage->records[i]->signature,
                                       sizeof coverage->records[i]->signature);
        keyed[count++].value = r;
    }
    if (ok)
        frnp_cov_sort_keyed(keyed, scratch, count);
    *distinct = 0;
    while (ok && start < count) {
        size_t end = start + 1, head_count = 0;
        while (end < count && keyed[end].key == keyed[start].key)
            end++;
        /* Within one hash, a class for each distinct signature (two differ
         * only when 64-bit hashes collide). */
        for (size_t k = start; k < end; k++) {
            size_t i = order[keyed[k].value], h = 0;
            while (h < head_count && !same_signature(coverage, heads[h], i))
                h++;
            if (h == head_count) {
                heads[head_count++] = i;
                (*distinct)++;
            }
            rep[i] = heads[h];
        }
        start = end;
    }
    free(keyed);
    free(scratch);
    free(heads);
    free(order);
    return ok;
}

/* One band: key << 32 | representative for each distinct signature, sorted. */
static int build_band(const frn_coverage *coverage, const size_t *rep, size_t distinct, size_t band,
                      uint64_t *scratch, frnp_cov_band_index *index)
{
    size_t n = 0;
    uint64_t *entries = malloc((distinct + 1) * sizeof *entries);

    if (!entries)
        return 0;
    for (size_t i = 0; i < coverage->count; i++)
        if (rep[i] == i)
            entries[n++] = (uint64_t)frnp_cov_band_key(coverage->records[i]->signature, band) << 32 | i;
    frnp_cov_sort_u64(entries, scratch, n);
    index->bands[band] = entries;
    return 1;
}

/* The other articles of each signature, as (representative, copy) sorted. */
static int list_copies(const frn_coverage *coverage, const size_t *rep, frnp_cov_band_index *index)
{
    size_t n = coverage->count, count = 0;
    uint64_t *pairs, *scratch;

    for (size_t i = 0; i < n; i++)
        count += rep[i] != SIZE_MAX && rep[i] != i;
    pairs = malloc((count + 1) * sizeof *pairs);
    scratch = malloc((count + 1) * sizeof *scratch);
    if (!pairs || !scratch) {
        free(pairs);
        free(scratch);
        return 0;
    }
    count = 0;
    for (size_t i = 0; i < n; i++)
        if (rep[i] != SIZE_MAX && rep[i] != i)
            pairs[count++] = (uint64_t)rep[i] << 32 | i;
    frnp_cov_sort_u64(pairs, scratch, count);
    free(scratch);
    index->copies = pairs;
    index->copy_count = count;
    return 1;
}

frn_status frnp_cov_band_index_build(frn_ctx *ctx, const frn_coverage *coverage, const size_t *rank,
                                     frnp_cov_band_index *index, frnp_cov_stats *stats)
{
    size_t n = coverage->count, distinct = 0, *rep = malloc((n + 1) * sizeof *rep);
    uint64_t *scratch = malloc((n + 1) * sizeof *scratch);
    int ok = rep && scratch && find_representatives(coverage, rank, rep, &distinct);

    memset(index, 0, sizeof *index);
    for (size_t band = 0; ok && band < FRNP_BANDS; band++)
        ok = build_band(coverage, rep, distinct, band, scratch, index);
    ok = ok && list_copies(coverage, rep, index);
    free(rep);
    free(scratch);
    if (!ok) {
        frnp_cov_band_index_clear(index);
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    }
    index->entry_count = distinct;
    stats->values[FRN_COVERAGE_STAT_BAND_ENTRIES] = FRNP_BANDS * distinct + index->copy_count;
    return FRN_OK;
}

static int compare_u32(const void *x, const void *y)
{
    uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;

    return (a > b) - (a < b);
}

size_t frnp_cov_band_index_candidates(const frnp_cov_band_index *index, const uint16_t *signature,
                                      uint32_t **out)
{
    size_t total = 0, at = 0, kept = 0, lo[FRNP_BANDS];
    uint32_t keys[FRNP_BANDS], *found;

    for (size_t band = 0; band < FRNP_BANDS; band++) {
        keys[band] = frnp_cov_band_key(signature, band);
        lo[band] = frnp_cov_u64_lower_bound(index->bands[band], index->entry_count,
                                            (uint64_t)keys[band] << 32);
        for (size_t e = lo[band]; e < index->entry_count && index->bands[band][e] >> 32 == keys[band]; e++)
            total++;
    }
    *out = found = malloc((total + 1) * sizeof *found);
    if (!found)
        return SIZE_MAX;
    for (size_t band = 0; band < FRNP_BANDS; band++)
        for (size_t e = lo[band]; e < index->entry_count && index->bands[band][e] >> 32 == keys[band]; e++)
            found[at++] = (uint32_t)index->bands[band][e];
    if (at > 1)
        qsort(found, at, sizeof *found, compare_u32);
    for (size_t k = 0; k < at; k++)
        if (kept == 0 || found[kept - 1] != found[k])
            found[kept++] = found[k];
    return kept;
}

size_t frnp_cov_band_index_copies(const frnp_cov_band_index *index, size_t representative,
                                  size_t *first)
{
    size_t lo = frnp_cov_u64_lower_bound(index->copies, index->copy_count,
                                         (uint64_t)representative << 32), end;

    for (end = lo; end < index->copy_count && index->copies[end] >> 32 == representative; end++)
        ;
    *first = lo;
    return end - lo;
}
