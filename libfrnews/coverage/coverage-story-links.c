/* Stories, step two: join articles into stories. Plain single-link
 * clustering chains unrelated stories through one borderline pair each, so
 * an edge joins two stories only when the centroids of the two stories are
 * similar too (for two single articles this is the edge itself). A text
 * left alone then joins the established story it is closest to, at a lower
 * bar. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "coverage-stories.h"
#include "coverage-unionfind.h"

/* Two stories are joined when the cosine of their centroids reaches the
 * story threshold. The default was tuned on the UCI headlines
 * (2,000-headline sample, BCubed F1): 0.10 gives 0.737, 0.15 gives 0.776,
 * 0.20 gives 0.762, 0.30 gives 0.668; without the centroid test (single
 * link) everything chains into a few giant stories (0.059). With two
 * shared terms required of a link it stays flat around 0.15 (sample /
 * --all: 0.14 gives 0.777 / 0.786, 0.15 0.777 / 0.786, 0.16 0.776 / 0.780). */

/* A text left alone then joins the closest established story at a lower
 * bar: frnp_story_takes_alone (coverage-stories.h). A second pass over
 * the edges, centroid joins for texts left alone, a higher bar between
 * established stories and word pairs as terms were measured and not kept:
 * each traded recall for precision on the UCI headlines. */

typedef struct centroid {
    frnp_story_entry *entries; /* sorted by term; sums of member vectors */
    size_t count;
    int32_t first_day, last_day; /* FRNP_NO_DAY when no member has a date */
} centroid;

int frnp_story_takes_alone(const frnp_story_params *params, float score, size_t story_texts)
{
    if (story_texts >= FRNP_STORY_HOST_TEXTS)
        return score >= params->threshold * FRNP_STORY_LEFTOVER_SHARE;
    return score >= params->threshold;
}

float frnp_story_time_factor(const frnp_story_params *params, int32_t day, int32_t first,
                             int32_t last)
{
    double gap;

    if (day == FRNP_NO_DAY || first == FRNP_NO_DAY)
        return 1.0f;
    gap = day < first ? (double)first - day : day > last ? (double)day - last : 0.0;
    return (float)(1.0 / (1.0 + gap / params->window_days));
}

/* The time proximity of two stories: their spans' distance. */
static float span_factor(const frnp_story_params *params, const centroid *a, const centroid *b)
{
    if (a->first_day == FRNP_NO_DAY || b->first_day == FRNP_NO_DAY)
        return 1.0f;
    if (b->last_day < a->first_day)
        return frnp_story_time_factor(params, b->last_day, a->first_day, a->last_day);
    return frnp_story_time_factor(params, b->first_day, a->first_day, a->last_day);
}

static void merge_days(centroid *into, const centroid *from)
{
    if (from->first_day == FRNP_NO_DAY)
        return;
    if (into->first_day == FRNP_NO_DAY || from->first_day < into->first_day)
        into->first_day = from->first_day;
    if (into->last_day == FRNP_NO_DAY || from->last_day > into->last_day)
        into->last_day = from->last_day;
}

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

void frnp_story_keep_heaviest(frnp_story_entry *entries, size_t *count)
{
    if (*count <= FRNP_STORY_CENTROID_TERMS)
        return;
    qsort(entries, *count, sizeof *entries, by_weight_desc);
    *count = FRNP_STORY_CENTROID_TERMS;
    qsort(entries, *count, sizeof *entries, by_term);
}

static void truncate_centroid(centroid *c)
{
    frnp_story_keep_heaviest(c->entries, &c->count);
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
    merge_days(into, from);
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
        centroids[i].first_day = centroids[i].last_day = vectors->day[i];
        truncate_centroid(&centroids[i]);
    }
    return 1;
}

/* The similarity of two stories for joining: their centroids' cosine
 * scaled by their time proximity. */
static float join_score(const frnp_story_params *params, const centroid *a, const centroid *b)
{
    return cosine(a, b) * span_factor(params, a, b);
}

/* Whether the edge from text x to text y makes y's story the best host
 * yet for x, a text still alone. */
static void consider_host(frnp_unionfind *uf, const centroid *centroids,
                          const frnp_story_params *params, size_t x, size_t y, size_t *host,
                          float *best)
{
    size_t rx = frnp_unionfind_find(uf, x), ry = frnp_unionfind_find(uf, y);
    float score;

    if (uf->size[rx] != 1 || rx == ry)
        return;
    score = join_score(params, &centroids[rx], &centroids[ry]);
    if (frnp_story_takes_alone(params, score, uf->size[ry]) && score > best[x]) {
        best[x] = score;
        host[x] = ry;
    }
}

/* Texts still alone join their best host story: hosts are chosen among
 * the stories before any leftover joins, so the result does not depend on
 * the order leftovers are taken in. */
static int attach_leftovers(frnp_unionfind *uf, centroid *centroids,
                            const frnp_story_params *params, const frnp_story_edge *edges,
                            size_t edge_count, size_t n)
{
    size_t *host = malloc((n + 1) * sizeof *host);
    float *best = calloc(n + 1, sizeof *best);
    int ok = host && best;

    for (size_t i = 0; ok && i < n; i++)
        host[i] = FRN_NONE;
    for (size_t k = 0; ok && k < edge_count; k++) {
        consider_host(uf, centroids, params, edges[k].a, edges[k].b, host, best);
        consider_host(uf, centroids, params, edges[k].b, edges[k].a, host, best);
    }
    for (size_t i = 0; ok && i < n; i++)
        if (host[i] != FRN_NONE)
            ok = join(uf, centroids, i, host[i]);
    free(host);
    free(best);
    return ok;
}

static int link_all(frnp_unionfind *uf, centroid *centroids, const frnp_story_params *params,
                    const frnp_story_edge *forced, size_t forced_count,
                    frnp_story_edge *edges, size_t edge_count)
{
    for (size_t k = 0; k < forced_count; k++) {
        size_t ra = frnp_unionfind_find(uf, forced[k].a), rb = frnp_unionfind_find(uf, forced[k].b);
        if (ra != rb && span_factor(params, &centroids[ra], &centroids[rb]) >= 0.5f &&
            !join(uf, centroids, ra, rb))
            return 0;
    }
    if (edge_count > 1)
        qsort(edges, edge_count, sizeof *edges, by_similarity_desc);
    for (size_t k = 0; k < edge_count; k++) {
        size_t ra = frnp_unionfind_find(uf, edges[k].a), rb = frnp_unionfind_find(uf, edges[k].b);
        if (ra != rb && join_score(params, &centroids[ra], &centroids[rb]) >= params->threshold &&
            !join(uf, centroids, ra, rb))
            return 0;
    }
    return 1;
}

size_t frnp_story_link(const frnp_story_vectors *vectors, const frnp_story_params *params,
                       const frnp_story_edge *forced, size_t forced_count,
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
            link_all(&uf, centroids, params, forced, forced_count, edges, edge_count) &&
            attach_leftovers(&uf, centroids, params, edges, edge_count, n))
            stories = frnp_unionfind_number(&uf, group_of);
        frnp_unionfind_clear(&uf);
    }
    for (size_t i = 0; i < n; i++)
        free(centroids[i].entries);
    free(centroids);
    return stories;
}
