/* Stories, step two: join articles into stories. Plain single-link
 * clustering chains unrelated stories through one borderline pair each, so
 * an edge joins two stories only when the centroids of the two stories are
 * similar too (for two single articles this is the edge itself). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "coverage-stories.h"
#include "coverage-unionfind.h"

/* Two stories are joined when the cosine of their centroids reaches the
 * story threshold. The default was tuned on the UCI headlines
 * (2,000-headline sample, BCubed F1): 0.10 gives 0.737, 0.15 gives 0.776,
 * 0.20 gives 0.762, 0.30 gives 0.668; without the centroid test (single
 * link) everything chains into a few giant stories (0.059). */

/* A centroid keeps its heaviest terms only, so joining stays cheap however
 * large a story grows. */
#define FRNP_STORY_CENTROID_TERMS 64

typedef struct centroid {
    frnp_story_entry *entries; /* sorted by term; sums of member vectors */
    size_t count;
} centroid;

static float dot(const centroid *a, const centroid *b)
{
    size_t i = 0, j = 0;
    float sum = 0.0f;

    while (i < a->count && j < b->count) {
        if (a->entries[i].term < b->entries[j].term)
            i++;
        else if (a->entries[i].term > b->entries[j].term)
            j++;
        else
            sum += a->entries[i++].weight * b->entries[j++].weight;
    }
    return sum;
}

static float cosine(const centroid *a, const centroid *b)
{
    float na = sqrtf(dot(a, a)), nb = sqrtf(dot(b, b));

    return na > 0.0f && nb > 0.0f ? dot(a, b) / (na * nb) : 0.0f;
}

static int by_weight_desc(const void *x, const void *y)
{
    const frnp_story_entry *a = x, *b = y;

    if (a->weight != b->weight)
        return a->weight < b->weight ? 1 : -1;
    return (a->term > b->term) - (a->term < b->term);
}

static int by_term(const void *x, const void *y)
{
    const frnp_story_entry *a = x, *b = y;

    return (a->term > b->term) - (a->term < b->term);
}

static void truncate_centroid(centroid *c)
{
    if (c->count <= FRNP_STORY_CENTROID_TERMS)
        return;
    qsort(c->entries, c->count, sizeof *c->entries, by_weight_desc);
    c->count = FRNP_STORY_CENTROID_TERMS;
    qsort(c->entries, c->count, sizeof *c->entries, by_term);
}

/* into = into + from (a sorted merge); from is emptied. */
static int merge_centroids(centroid *into, centroid *from)
{
    frnp_story_entry *merged = malloc((into->count + from->count + 1) * sizeof *merged);
    size_t i = 0, j = 0, n = 0;

    if (!merged)
        return 0;
    while (i < into->count || j < from->count) {
        if (j == from->count || (i < into->count && into->entries[i].term < from->entries[j].term))
            merged[n++] = into->entries[i++];
        else if (i == into->count || from->entries[j].term < into->entries[i].term)
            merged[n++] = from->entries[j++];
        else {
            merged[n] = into->entries[i++];
            merged[n++].weight += from->entries[j++].weight;
        }
    }
    free(into->entries);
    free(from->entries);
    into->entries = merged;
    into->count = n;
    from->entries = NULL;
    from->count = 0;
    truncate_centroid(into);
    return 1;
}

static int join(frnp_unionfind *uf, centroid *centroids, size_t a, size_t b)
{
    size_t ra = frnp_unionfind_find(uf, a), rb = frnp_unionfind_find(uf, b), root;

    if (ra == rb)
        return 1;
    root = frnp_unionfind_join(uf, ra, rb);
    return root == ra ? merge_centroids(&centroids[ra], &centroids[rb])
                      : merge_centroids(&centroids[rb], &centroids[ra]);
}

static int by_similarity_desc(const void *x, const void *y)
{
    const frnp_story_edge *a = x, *b = y;

    if (a->similarity != b->similarity)
        return a->similarity < b->similarity ? 1 : -1;
    if (a->a != b->a)
        return a->a < b->a ? -1 : 1;
    return (a->b > b->b) - (a->b < b->b);
}

static int init_centroids(const frnp_story_vectors *vectors, centroid *centroids)
{
    for (size_t i = 0; i < vectors->article_count; i++) {
        size_t n = vectors->start[i + 1] - vectors->start[i];
        centroids[i].entries = malloc((n + 1) * sizeof *centroids[i].entries);
        if (!centroids[i].entries)
            return 0;
        memcpy(centroids[i].entries, vectors->entries + vectors->start[i],
               n * sizeof *centroids[i].entries);
        centroids[i].count = n;
        truncate_centroid(&centroids[i]);
    }
    return 1;
}

static int link_all(frnp_unionfind *uf, centroid *centroids, float threshold,
                    const frnp_cov_duplicate *forced, size_t forced_count,
                    frnp_story_edge *edges, size_t edge_count)
{
    for (size_t k = 0; k < forced_count; k++)
        if (!join(uf, centroids, forced[k].a, forced[k].b))
            return 0;
    if (edge_count > 1)
        qsort(edges, edge_count, sizeof *edges, by_similarity_desc);
    for (size_t k = 0; k < edge_count; k++) {
        size_t ra = frnp_unionfind_find(uf, edges[k].a), rb = frnp_unionfind_find(uf, edges[k].b);
        if (ra != rb && cosine(&centroids[ra], &centroids[rb]) >= threshold &&
            !join(uf, centroids, ra, rb))
            return 0;
    }
    return 1;
}

size_t frnp_story_link(const frnp_story_vectors *vectors, float threshold,
                       const frnp_cov_duplicate *forced, size_t forced_count,
                      frnp_story_edge *edges, size_t edge_count, size_t **group_of)
{
    size_t n = vectors->article_count, stories = SIZE_MAX;
    centroid *centroids = calloc(n + 1, sizeof *centroids);
    frnp_unionfind uf;

    *group_of = NULL;
    if (!centroids)
        return SIZE_MAX;
    if (frnp_unionfind_init(&uf, n)) {
        if (init_centroids(vectors, centroids) &&
            link_all(&uf, centroids, threshold, forced, forced_count, edges, edge_count))
            stories = frnp_unionfind_number(&uf, group_of);
        frnp_unionfind_clear(&uf);
    }
    for (size_t i = 0; i < n; i++)
        free(centroids[i].entries);
    free(centroids);
    return stories;
}
