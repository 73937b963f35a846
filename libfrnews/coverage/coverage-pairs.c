/* Candidate pairs from shared keys: sort the (key, item) list, pair the
 * items of each run. Cost is the sort plus the pairs themselves, never a
 * loop over all pairs of items. */
#include <stdlib.h>
#include "coverage-private.h"

static int compare_keyed(const void *x, const void *y)
{
    const frnp_cov_keyed *a = x, *b = y;

    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    return (a->item > b->item) - (a->item < b->item);
}

static int compare_pairs(const void *x, const void *y)
{
    const frnp_cov_pair *a = x, *b = y;

    if (a->a != b->a)
        return a->a < b->a ? -1 : 1;
    return (a->b > b->b) - (a->b < b->b);
}

static int add_bucket(frnp_cov_pairs *pairs, const frnp_cov_keyed *run, size_t n)
{
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++) {
            if (run[i].item == run[j].item)
                continue;
            if (!frnp_array_reserve(&pairs->items, &pairs->capacity, pairs->count + 1,
                                 sizeof *pairs->items))
                return 0;
            pairs->items[pairs->count].a = run[i].item;
            pairs->items[pairs->count].b = run[j].item;
            pairs->count++;
        }
    return 1;
}

int frnp_cov_pairs_from_keys(frnp_cov_pairs *pairs, frnp_cov_keyed *keyed, size_t count,
                            size_t max_bucket)
{
    size_t start = 0;

    if (count > 1) /* qsort's array may not be NULL, even when empty */
        qsort(keyed, count, sizeof *keyed, compare_keyed);
    while (start < count) {
        size_t end = start + 1;
        while (end < count && keyed[end].key == keyed[start].key)
            end++;
        if ((max_bucket == 0 || end - start <= max_bucket) &&
            !add_bucket(pairs, keyed + start, end - start))
            return 0;
        start = end;
    }
    return 1;
}

void frnp_cov_pairs_unique(frnp_cov_pairs *pairs)
{
    size_t kept = 0;

    if (pairs->count > 1)
        qsort(pairs->items, pairs->count, sizeof *pairs->items, compare_pairs);
    for (size_t i = 0; i < pairs->count; i++)
        if (kept == 0 || compare_pairs(&pairs->items[kept - 1], &pairs->items[i]) != 0)
            pairs->items[kept++] = pairs->items[i];
    pairs->count = kept;
}
