/* Stories, step one: TF-IDF vectors over the whole collection and the
 * pairs of articles similar enough to be linked, found through an inverted
 * index (never by comparing all pairs). */
#include <math.h>
#include <stdlib.h>
#include "core/context.h"
#include "coverage-stories.h"
#include "coverage-unionfind.h"


/* Terms in more articles than this are left out of the inverted index: the
 * work of a term grows with the square of its document frequency, and such
 * terms carry the least weight anyway. Keeps candidate search linear. */
#define FRNP_STORY_MAX_POSTINGS 400

typedef struct posting {
    uint64_t term;
    size_t article;
    float weight;
} posting;

/* The inverted index: postings sorted by term then article; term t owns
 * postings[run_start[t]] .. postings[run_start[t + 1] - 1]. */
typedef struct term_index {
    posting *postings;
    size_t posting_count;
    size_t *run_start;
    size_t term_count;
} term_index;

static int compare_postings(const void *x, const void *y)
{
    const posting *a = x, *b = y;

    if (a->term != b->term)
        return a->term < b->term ? -1 : 1;
    return (a->article > b->article) - (a->article < b->article);
}

static int build_index(const frn_coverage *coverage, term_index *index)
{
    size_t total = 0, at = 0, terms = 0;

    for (size_t i = 0; i < coverage->article_count; i++)
        total += coverage->articles[i].term_count;
    index->postings = malloc((total + 1) * sizeof *index->postings);
    index->run_start = malloc((total + 1) * sizeof *index->run_start);
    if (!index->postings || !index->run_start)
        return 0;
    for (size_t i = 0; i < coverage->article_count; i++)
        for (size_t k = 0; k < coverage->articles[i].term_count; k++) {
            index->postings[at].term = coverage->articles[i].terms[k].term;
            index->postings[at].article = i;
            index->postings[at].weight = coverage->articles[i].terms[k].weight;
            at++;
        }
    if (total > 1)
        qsort(index->postings, total, sizeof *index->postings, compare_postings);
    for (size_t p = 0; p < total; p++)
        if (p == 0 || index->postings[p].term != index->postings[p - 1].term)
            index->run_start[terms++] = p;
    index->run_start[terms] = total;
    index->posting_count = total;
    index->term_count = terms;
    return 1;
}

/* Smoothed inverse document frequency: a term in every article still counts
 * a little, so a collection of two related articles can form one story. */
static void weigh_postings(term_index *index, size_t article_count, float *norm)
{
    for (size_t t = 0; t < index->term_count; t++) {
        size_t df = index->run_start[t + 1] - index->run_start[t];
        float idf = (float)(log((1.0 + article_count) / (1.0 + df)) + 1.0);
        for (size_t p = index->run_start[t]; p < index->run_start[t + 1]; p++) {
            posting *post = &index->postings[p];
            post->weight = (1.0f + logf(post->weight)) * idf;
            norm[post->article] += post->weight * post->weight;
        }
    }
    for (size_t p = 0; p < index->posting_count; p++) {
        posting *post = &index->postings[p];
        post->weight /= sqrtf(norm[post->article]);
    }
}

/* Regroup the postings by article: a counting sort keeps each article's
 * terms in vocabulary order. */
static int gather_vectors(const term_index *index, frnp_story_vectors *vectors)
{
    size_t n = vectors->article_count, *fill;

    vectors->start = calloc(n + 1, sizeof *vectors->start);
    vectors->entries = malloc((index->posting_count + 1) * sizeof *vectors->entries);
    fill = malloc((n + 1) * sizeof *fill);
    if (!vectors->start || !vectors->entries || !fill) {
        free(fill);
        return 0;
    }
    for (size_t p = 0; p < index->posting_count; p++)
        vectors->start[index->postings[p].article + 1]++;
    for (size_t i = 0; i < n; i++)
        vectors->start[i + 1] += vectors->start[i];
    for (size_t i = 0; i < n; i++)
        fill[i] = vectors->start[i];
    for (size_t t = 0; t < index->term_count; t++)
        for (size_t p = index->run_start[t]; p < index->run_start[t + 1]; p++) {
            const posting *post = &index->postings[p];
            frnp_story_entry *e = &vectors->entries[fill[post->article]++];
            e->term = (uint32_t)t;
            e->weight = post->weight;
        }
    free(fill);
    return 1;
}

typedef struct edge_list {
    frnp_story_edge *items;
    size_t count, capacity;
} edge_list;

/* Dot products of article i with every earlier article sharing a term,
 * summed in a dense accumulator; those reaching the threshold become edges. */
static int edges_of(const term_index *index, const frnp_story_vectors *vectors, size_t i,
                    float threshold, float *acc, size_t *touched, edge_list *edges)
{
    size_t touched_count = 0;

    for (size_t e = vectors->start[i]; e < vectors->start[i + 1]; e++) {
        const frnp_story_entry *entry = &vectors->entries[e];
        size_t from = index->run_start[entry->term], to = index->run_start[entry->term + 1];
        if (to - from > FRNP_STORY_MAX_POSTINGS)
            continue;
        for (size_t p = from; p < to && index->postings[p].article < i; p++) {
            size_t j = index->postings[p].article;
            if (acc[j] == 0.0f)
                touched[touched_count++] = j;
            acc[j] += entry->weight * index->postings[p].weight;
        }
    }
    for (size_t k = 0; k < touched_count; k++) {
        size_t j = touched[k];
        if (acc[j] >= threshold) {
            if (!frnp_array_reserve(&edges->items, &edges->capacity, edges->count + 1,
                                 sizeof *edges->items))
                return 0;
            edges->items[edges->count].a = j;
            edges->items[edges->count].b = i;
            edges->items[edges->count].similarity = acc[j];
            edges->count++;
        }
        acc[j] = 0.0f;
    }
    return 1;
}

/* Pairs of articles whose cosine similarity reaches the story threshold
 * become candidate links. The default was tuned with eval/stories.py on the
 * UCI headlines: BCubed F1 is flat (0.776-0.778) from 0.08 to 0.15, so the
 * higher value, with fewer edges. */
static int find_edges(const term_index *index, const frnp_story_vectors *vectors,
                      float threshold, edge_list *edges)
{
    size_t n = vectors->article_count;
    float *acc = calloc(n + 1, sizeof *acc);
    size_t *touched = malloc((n + 1) * sizeof *touched);
    int ok = acc && touched;

    for (size_t i = 0; ok && i < n; i++)
        ok = edges_of(index, vectors, i, threshold, acc, touched, edges);
    free(acc);
    free(touched);
    return ok;
}

frn_status frnp_cov_group_stories(frn_ctx *ctx, const frn_coverage *coverage,
                                  frnp_cov_results *results)
{
    size_t n = coverage->article_count, *group_of = NULL, stories = SIZE_MAX;
    term_index index = {NULL, 0, NULL, 0};
    frnp_story_vectors vectors = {NULL, NULL, n};
    edge_list edges = {NULL, 0, 0};
    float *norm = calloc(n + 1, sizeof *norm);
    float threshold = (float)coverage->options.story_threshold;

    if (norm && build_index(coverage, &index)) {
        weigh_postings(&index, n, norm);
        if (gather_vectors(&index, &vectors) && find_edges(&index, &vectors, threshold, &edges))
            stories = frnp_story_link(&vectors, threshold, results->duplicates,
                                      results->duplicate_count, edges.items, edges.count,
                                      &group_of);
    }
    free(norm);
    free(index.postings);
    free(index.run_start);
    free(vectors.start);
    free(vectors.entries);
    free(edges.items);
    if (stories == SIZE_MAX || !frnp_cov_flatten_groups(group_of, n, stories,
                                                       &results->story_start,
                                                       &results->story_members)) {
        free(group_of);
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    }
    results->story_count = stories;
    free(group_of);
    return FRN_OK;
}
