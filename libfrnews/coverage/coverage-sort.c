/* Sorting 64-bit keys: a least-significant-digit radix sort, linear in the
 * number of keys, for the large sorts of the build (every band of every
 * article, every printed quotation). */
#include <stdlib.h>
#include <string.h>
#include "coverage-sort.h"

static int compare_u64(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;

    return (a > b) - (a < b);
}

void frnp_cov_sort_u64(uint64_t *keys, uint64_t *scratch, size_t count)
{
    uint64_t *from = keys, *to = scratch;

    if (count < 512) { /* below this, the counting passes cost more than qsort */
        if (count > 1)
            qsort(keys, count, sizeof *keys, compare_u64);
        return;
    }
    for (unsigned shift = 0; shift < 64; shift += 8) {
        size_t offsets[256 + 1] = {0};
        int all_same = 0;
        for (size_t i = 0; i < count; i++)
            offsets[((from[i] >> shift) & 0xFF) + 1]++;
        /* A digit that every key shares needs no pass. */
        for (size_t d = 1; d <= 256; d++)
            all_same |= offsets[d] == count;
        if (all_same)
            continue;
        for (size_t d = 1; d <= 256; d++)
            offsets[d] += offsets[d - 1];
        for (size_t i = 0; i < count; i++)
            to[offsets[(from[i] >> shift) & 0xFF]++] = from[i];
        {
            uint64_t *t = from;
            from = to;
            to = t;
        }
    }
    if (from != keys)
        memcpy(keys, from, count * sizeof *keys);
}

int frnp_cov_compare_keyed(const void *x, const void *y)
{
    const frnp_cov_keyed *a = x, *b = y;

    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    return (a->value > b->value) - (a->value < b->value);
}

void frnp_cov_sort_keyed(frnp_cov_keyed *items, frnp_cov_keyed *scratch, size_t count)
{
    frnp_cov_keyed *from = items, *to = scratch;

    /* Stable either way: the small case breaks ties by value, which the
     * callers give in input order. */
    if (count < 512) {
        if (count > 1)
            qsort(items, count, sizeof *items, frnp_cov_compare_keyed);
        return;
    }
    for (unsigned shift = 0; shift < 64; shift += 8) {
        size_t offsets[256 + 1] = {0};
        int all_same = 0;
        for (size_t i = 0; i < count; i++)
            offsets[((from[i].key >> shift) & 0xFF) + 1]++;
        for (size_t d = 1; d <= 256; d++)
            all_same |= offsets[d] == count;
        if (all_same)
            continue;
        for (size_t d = 1; d <= 256; d++)
            offsets[d] += offsets[d - 1];
        for (size_t i = 0; i < count; i++)
            to[offsets[(from[i].key >> shift) & 0xFF]++] = from[i];
        {
            frnp_cov_keyed *t = from;
            from = to;
            to = t;
        }
    }
    if (from != items)
        memcpy(items, from, count * sizeof *items);
}

size_t frnp_cov_keyed_lower_bound(const frnp_cov_keyed *items, size_t count, uint64_t key)
{
    size_t lo = 0, hi = count;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (items[mid].key < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
