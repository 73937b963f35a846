/* Disjoint sets over 0..n-1 (union by size, path halving): the grouping
 * step shared by stories and merged quotations. */
#ifndef FRN_COVERAGE_UNIONFIND_H
#define FRN_COVERAGE_UNIONFIND_H

#include <stddef.h>

typedef struct frn_unionfind {
    size_t *parent;
    size_t *size;
    size_t count;
} frn_unionfind;

/* 0 when out of memory. */
int frn_unionfind_init(frn_unionfind *uf, size_t count);
void frn_unionfind_clear(frn_unionfind *uf);
size_t frn_unionfind_find(frn_unionfind *uf, size_t item);

/* Join the sets of a and b; returns the root of the joined set. */
size_t frn_unionfind_join(frn_unionfind *uf, size_t a, size_t b);

/* Number each set in order of its smallest item: group_of[i] for every
 * item; returns the number of sets, or (size_t)-1 when out of memory. */
size_t frn_unionfind_number(frn_unionfind *uf, size_t **group_of);

#endif
