/* Disjoint sets over 0..n-1 (union by size, path halving): the grouping
 * step shared by stories and merged quotations. */
#ifndef FRNP_COVERAGE_UNIONFIND_H
#define FRNP_COVERAGE_UNIONFIND_H

#include <stddef.h>

typedef struct frnp_unionfind {
    size_t *parent;
    size_t *size;
    size_t count;
} frnp_unionfind;

/* 0 when out of memory. */
int frnp_unionfind_init(frnp_unionfind *uf, size_t count);
void frnp_unionfind_clear(frnp_unionfind *uf);
size_t frnp_unionfind_find(frnp_unionfind *uf, size_t item);

/* Join the sets of a and b; returns the root of the joined set. */
size_t frnp_unionfind_join(frnp_unionfind *uf, size_t a, size_t b);

/* Number each set in order of its smallest item: group_of[i] for every
 * item; returns the number of sets, or (size_t)-1 when out of memory. */
size_t frnp_unionfind_number(frnp_unionfind *uf, size_t **group_of);

#endif
