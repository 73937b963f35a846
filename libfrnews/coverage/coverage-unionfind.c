/* Disjoint sets and flat groups: the grouping step of stories and merged
 * quotations. */
#include <stdint.h>
#include <stdlib.h>
#include "coverage-unionfind.h"

int frnp_unionfind_init(frnp_unionfind *uf, size_t count)
{
    uf->count = count;
    uf->parent = malloc((count ? count : 1) * sizeof *uf->parent);
    uf->size = malloc((count ? count : 1) * sizeof *uf->size);
    if (!uf->parent || !uf->size) {
        frnp_unionfind_clear(uf);
        return 0;
    }
    for (size_t i = 0; i < count; i++) {
        uf->parent[i] = i;
        uf->size[i] = 1;
    }
    return 1;
}

void frnp_unionfind_clear(frnp_unionfind *uf)
{
    free(uf->parent);
    free(uf->size);
    uf->parent = uf->size = NULL;
    uf->count = 0;
}

size_t frnp_unionfind_find(frnp_unionfind *uf, size_t item)
{
    while (uf->parent[item] != item) {
        uf->parent[item] = uf->parent[uf->parent[item]];
        item = uf->parent[item];
    }
    return item;
}

size_t frnp_unionfind_join(frnp_unionfind *uf, size_t a, size_t b)
{
    size_t ra = frnp_unionfind_find(uf, a), rb = frnp_unionfind_find(uf, b), t;

    if (ra == rb)
        return ra;
    if (uf->size[ra] < uf->size[rb]) {
        t = ra;
        ra = rb;
        rb = t;
    }
    uf->parent[rb] = ra;
    uf->size[ra] += uf->size[rb];
    return ra;
}

size_t frnp_unionfind_number(frnp_unionfind *uf, size_t **group_of)
{
    size_t *root_group = malloc((uf->count ? uf->count : 1) * sizeof *root_group);
    size_t groups = 0;

    *group_of = malloc((uf->count ? uf->count : 1) * sizeof **group_of);
    if (!root_group || !*group_of) {
        free(root_group);
        free(*group_of);
        *group_of = NULL;
        return SIZE_MAX;
    }
    for (size_t i = 0; i < uf->count; i++)
        root_group[i] = SIZE_MAX;
    for (size_t i = 0; i < uf->count; i++) {
        size_t root = frnp_unionfind_find(uf, i);
        if (root_group[root] == SIZE_MAX)
            root_group[root] = groups++;
        (*group_of)[i] = root_group[root];
    }
    free(root_group);
    return groups;
}

void frnp_cov_groups_clear(frnp_cov_groups *groups)
{
    free(groups->start);
    free(groups->members);
    groups->start = groups->members = NULL;
    groups->count = 0;
}

int frnp_cov_flatten_groups(const size_t *group_of, size_t item_count, size_t group_count,
                           size_t **start_out, size_t **members_out)
{
    size_t *start = calloc(group_count + 2, sizeof *start);
    size_t *members = malloc((item_count + 1) * sizeof *members);

    *start_out = start;
    *members_out = members;
    if (!start || !members)
        return 0;
    for (size_t i = 0; i < item_count; i++)
        if (group_of[i] != SIZE_MAX)
            start[group_of[i] + 2]++;
    for (size_t g = 0; g < group_count; g++)
        start[g + 2] += start[g + 1];
    /* start[g + 1] is the fill position of group g; after the pass it is
     * the start of group g + 1. */
    for (size_t i = 0; i < item_count; i++)
        if (group_of[i] != SIZE_MAX)
            members[start[group_of[i] + 1]++] = i;
    return 1;
}
