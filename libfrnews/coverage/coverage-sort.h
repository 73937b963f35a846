/* PRIVATE to coverage/: linear-time sorting of 64-bit keys. */
#ifndef FRNP_COVERAGE_SORT_H
#define FRNP_COVERAGE_SORT_H

#include <stddef.h>
#include <stdint.h>

/* Sort keys ascending; scratch holds room for count keys. */
void frnp_cov_sort_u64(uint64_t *keys, uint64_t *scratch, size_t count);

/* A 64-bit key and the item it belongs to. */
typedef struct frnp_cov_keyed {
    uint64_t key;
    size_t value;
} frnp_cov_keyed;

/* Sort by key ascending, keeping the input order of equal keys; scratch
 * holds room for count items. */
void frnp_cov_sort_keyed(frnp_cov_keyed *items, frnp_cov_keyed *scratch, size_t count);

/* qsort() comparator of keyed items: by key, then by value. */
int frnp_cov_compare_keyed(const void *x, const void *y);

/* In items sorted by key, the first at or after key (count when none). */
size_t frnp_cov_keyed_lower_bound(const frnp_cov_keyed *items, size_t count, uint64_t key);

/* In sorted keys, the first at or after key (count when none). */
size_t frnp_cov_u64_lower_bound(const uint64_t *keys, size_t count, uint64_t key);

#endif
