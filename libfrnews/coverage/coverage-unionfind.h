/* Disjoint sets over 0..n-1 (union by size, path halving) and flat groups:
 * the grouping step shared by stories and merged quotations. */
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

/* Flat groups: group g owns members[start[g]] .. members[start[g + 1] - 1]. */
typedef struct frnp_cov_groups {
    size_t count;
    size_t *start;
    size_t *members;
} frnp_cov_groups;

/* Release a group's arrays and empty it. */
void frnp_cov_groups_clear(frnp_cov_groups *groups);

/* Flat grouping: turn a group number per item (groups numbered in order of
 * their first item; (size_t)-1 for an item in no group) into start/members
 * arrays: group g owns members[start[g]] .. members[start[g + 1] - 1], in
 * item order; 0 when out of memory. */
int frnp_cov_flatten_groups(const size_t *group_of, size_t item_count, size_t group_count,
                            size_t **start_out, size_t **members_out);

#endif
