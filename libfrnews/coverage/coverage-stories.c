/* Stories, step one: TF-IDF vectors over the whole collection and the
 * pairs of texts similar enough to be linked, found through an inverted
 * index (never by comparing all pairs). The texts are the story nodes: one
 * per duplicate cluster (its representative's terms) and one per article
 * without copies, numbered in the canonical order, so copies weigh once in
 * the document frequencies and a thousand copies are one node. */
#include <math.h>
#include <stdlib.h>
#include "core/context.h"
#include "coverage-stories.h"
#include "coverage-unionfind.h"


/* Terms held by more texts than this propose no candidate link: the work
 * of a term grows with the square of its document frequency, and such
 * terms carry the least weight anyway. They still count in every cosine,
 * and what is left out is counted (FRN_COVERAGE_STAT_STORY_COMMON_TERMS).
 * Texts count once however many copies they have, so copies never push a
 * story's own words past this. */
#define FRNP_STORY_MAX_POSTINGS 400

/* Texts sharing a single term propose no link, however high their cosine:
 * in short texts one shared word (a place, "bankruptcy") makes a high
 * cosine between unrelated stories. Raised the UCI headlines' BCubed F1
 * with --all from 0.775 to 0.786 (sample unchanged). */
#define FRNP_STORY_MIN_SHARED_TERMS 2

/* Articles printing one quotation of this many words are in one story. */
#define FRNP_STORY_SHARED_QUOTE_WORDS 8

typedef struct posting {
    uint32_t term;
    size_t article; /* the node */
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

/* Story nodes: node_record[v] is the record whose terms node v takes,
 * node_of[i] the node of article i. */
typedef struct story_nodes {
    const frnp_cov_record **node_record;
    size_t *node_of;
    size_t count;
} story_nodes;

static int build_nodes(const frn_coverage *coverage, const frnp_cov_results *results,
                       story_nodes *nodes)
{
    size_t n = coverage->count, *order = malloc((n + 1) * sizeof *order), count = 0;
    size_t *cluster_node = malloc((results->clusters.count + 1) * sizeof *cluster_node);

    nodes->node_record = malloc((n + 1) * sizeof *nodes->node_record);
    nodes->node_of = malloc((n + 1) * sizeof *nodes->node_of);
    if (!order || !cluster_node || !nodes->node_record || !nodes->node_of) {
        free(order);
        free(cluster_node);
        return 0;
    }
    for (size_t i = 0; i < n; i++)
        order[results->rank[i]] = i;
    for (size_t c = 0; c < results->clusters.count; c++)
        cluster_node[c] = FRN_NONE;
    /* In canonical order; a cluster's node comes with its first member,
     * its representative. */
    for (size_t r = 0; r < n; r++) {
        size_t i = order[r], c = results->cluster_of[i];
        if (c != FRN_NONE && cluster_node[c] != FRN_NONE) {
            nodes->node_of[i] = cluster_node[c];
            continue;
        }
        nodes->node_record[count] = coverage->records[i];
        nodes->node_of[i] = count;
        if (c != FRN_NONE)
            cluster_node[c] = count;
        count++;
    }
    nodes->count = count;
    free(order);
    free(cluster_node);
    return 1;
}

static int build_index(const story_nodes *nodes, term_index *index)
{
    size_t total = 0, at = 0, terms = 0;

    for (size_t v = 0; v < nodes->count; v++)
        total += nodes->node_record[v]->term_count;
    index->postings = malloc((total + 1) * sizeof *index->postings);
    index->run_start = malloc((total + 1) * sizeof *index->run_start);
    if (!index->postings || !index->run_start)
        return 0;
    for (size_t v = 0; v < nodes->count; v++)
        for (size_t k = 0; k < nodes->node_record[v]->term_count; k++) {
            index->postings[at].term = nodes->node_record[v]->terms[k].term;
            index->postings[at].article = v;
            index->postings[at].weight = nodes->node_record[v]->terms[k].weight;
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

static void weigh_postings(term_index *index, size_t article_count, float *norm)
{
    for (size_t t = 0; t < index->term_count; t++) {
        size_t df = index->run_start[t + 1] - index->run_start[t];
        float idf = frnp_cov_story_idf(article_count, df);
        for (size_t p = index->run_start[t]; p < index->run_start[t + 1]; p++) {
            posting *post = &index->postings[p];
            post->weight = frnp_cov_story_weight(post->weight, idf);
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

/* The dense accumulators of edges_of, one slot per text. */
typedef struct accumulator {
    float *dot;
    uint32_t *shared; /* terms shared */
    size_t *touched;
} accumulator;

/* Dot products of article i with every earlier article sharing a term,
 * summed in a dense accumulator; those reaching the threshold with enough
 * shared terms become edges. */
static int edges_of(const term_index *index, const frnp_story_vectors *vectors, size_t i,
                    float threshold, accumulator *acc, edge_list *edges, frnp_cov_stats *stats)
{
    size_t touched_count = 0;

    for (size_t e = vectors->start[i]; e < vectors->start[i + 1]; e++) {
        const frnp_story_entry *entry = &vectors->entries[e];
        size_t from = index->run_start[entry->term], to = index->run_start[entry->term + 1];
        if (to - from > FRNP_STORY_MAX_POSTINGS) {
            stats->values[FRN_COVERAGE_STAT_STORY_COMMON_TERMS]++;
            continue;
        }
        for (size_t p = from; p < to && index->postings[p].article < i; p++) {
            stats->values[FRN_COVERAGE_STAT_STORY_CANDIDATES]++;
            size_t j = index->postings[p].article;
            if (acc->shared[j]++ == 0)
                acc->touched[touched_count++] = j;
            acc->dot[j] += entry->weight * index->postings[p].weight;
        }
    }
    stats->values[FRN_COVERAGE_STAT_STORY_COMPARISONS] += touched_count;
    for (size_t k = 0; k < touched_count; k++) {
        size_t j = acc->touched[k];
        if (acc->dot[j] >= threshold && acc->shared[j] >= FRNP_STORY_MIN_SHARED_TERMS) {
            if (!frnp_array_reserve(&edges->items, &edges->capacity, edges->count + 1,
                                 sizeof *edges->items))
                return 0;
            edges->items[edges->count].a = j;
            edges->items[edges->count].b = i;
            edges->items[edges->count].similarity = acc->dot[j];
            edges->count++;
        }
        acc->dot[j] = 0.0f;
        acc->shared[j] = 0;
    }
    return 1;
}

/* Pairs of articles whose cosine similarity reaches the threshold (the
 * lower bar of a text left alone, FRNP_STORY_LEFTOVER_SHARE of the story
 * threshold) become candidate links. */
static int find_edges(const term_index *index, const frnp_story_vectors *vectors,
                      float threshold, edge_list *edges, frnp_cov_stats *stats)
{
    size_t n = vectors->article_count;
    accumulator acc = {calloc(n + 1, sizeof *acc.dot), calloc(n + 1, sizeof *acc.shared),
                       malloc((n + 1) * sizeof *acc.touched)};
    int ok = acc.dot && acc.shared && acc.touched;

    for (size_t i = 0; ok && i < n; i++)
        ok = edges_of(index, vectors, i, threshold, &acc, edges, stats);
    free(acc.dot);
    free(acc.shared);
    free(acc.touched);
    return ok;
}

/* Nodes printing one long quotation: each source's node with the first's. */
static int shared_quote_pairs(const frn_coverage *coverage, const frnp_cov_results *results,
                              const story_nodes *nodes, edge_list *forced)
{
    for (size_t q = 0; q < results->quotes.count; q++) {
        const frnp_cov_printing *canon = &results->printings[results->quote_canonical[q]];
        size_t first = results->quotes.members[results->quotes.start[q]];
        size_t a = nodes->node_of[results->printings[first].article];
        if (frnp_cov_printing_quote(coverage, canon)->word_count < FRNP_STORY_SHARED_QUOTE_WORDS)
            continue;
        for (size_t k = results->quotes.start[q] + 1; k < results->quotes.start[q + 1]; k++) {
            size_t b = nodes->node_of[results->printings[results->quotes.members[k]].article];
            if (b == a)
                continue;
            if (!frnp_array_reserve(&forced->items, &forced->capacity, forced->count + 1,
                                    sizeof *forced->items))
                return 0;
            forced->items[forced->count].a = a;
            forced->items[forced->count].b = b;
            forced->items[forced->count].similarity = 1.0f;
            forced->count++;
        }
    }
    return 1;
}

static int node_days(const story_nodes *nodes, frnp_story_vectors *vectors)
{
    vectors->day = malloc((nodes->count + 1) * sizeof *vectors->day);
    if (!vectors->day)
        return 0;
    for (size_t v = 0; v < nodes->count; v++)
        vectors->day[v] = nodes->node_record[v]->day;
    return 1;
}

/* The story index of the build, for queries: stories in their final
 * numbering (through any article of each text). */
static int keep_story_index(const term_index *index, const frnp_story_vectors *vectors,
                            const story_nodes *nodes, frnp_cov_results *results)
{
    uint32_t *terms = malloc((index->term_count + 1) * sizeof *terms);
    size_t *text_story = malloc((nodes->count + 1) * sizeof *text_story);
    int ok = terms && text_story;

    for (size_t t = 0; ok && t < index->term_count; t++)
        terms[t] = index->postings[index->run_start[t]].term;
    for (size_t i = 0; ok && i < results->story_of_count; i++)
        text_story[nodes->node_of[i]] = results->story_of[i];
    ok = ok && frnp_story_index_build(terms, index->term_count, vectors, text_story,
                                      results->stories.count, &results->story_index);
    free(terms);
    free(text_story);
    return ok;
}

/* Stories of articles from stories of nodes: numbered by first article,
 * members in order of addition. */
static int article_stories(const frn_coverage *coverage, const story_nodes *nodes,
                           const size_t *node_story, size_t stories, frnp_cov_results *results)
{
    size_t n = coverage->count, *renamed = malloc((stories + 1) * sizeof *renamed), count = 0;

    results->story_of = malloc((n + 1) * sizeof *results->story_of);
    if (!renamed || !results->story_of) {
        free(renamed);
        return 0;
    }
    for (size_t s = 0; s < stories; s++)
        renamed[s] = FRN_NONE;
    for (size_t i = 0; i < n; i++) {
        size_t s = node_story[nodes->node_of[i]];
        if (renamed[s] == FRN_NONE)
            renamed[s] = count++;
        results->story_of[i] = renamed[s];
    }
    free(renamed);
    results->stories.count = count;
    results->story_of_count = n;
    return frnp_cov_flatten_groups(results->story_of, n, count, &results->stories.start,
                                   &results->stories.members);
}

frn_status frnp_cov_group_stories(frn_ctx *ctx, const frn_coverage *coverage,
                                  frnp_cov_results *results)
{
    story_nodes nodes = {NULL, NULL, 0};
    size_t *group_of = NULL, stories = SIZE_MAX;
    term_index index = {NULL, 0, NULL, 0};
    frnp_story_vectors vectors = {NULL, NULL, 0, NULL};
    edge_list edges = {NULL, 0, 0}, forced = {NULL, 0, 0};
    float *norm = NULL;
    frnp_story_params params = {(float)coverage->options.story_threshold,
                                coverage->options.story_window_days};
    int ok = build_nodes(coverage, results, &nodes);

    vectors.article_count = nodes.count;
    norm = calloc(nodes.count + 1, sizeof *norm);
    results->stats.values[FRN_COVERAGE_STAT_STORY_NODES] = nodes.count;
    if (ok && norm && build_index(&nodes, &index) && node_days(&nodes, &vectors) &&
        shared_quote_pairs(coverage, results, &nodes, &forced)) {
        weigh_postings(&index, nodes.count, norm);
        if (gather_vectors(&index, &vectors) &&
            find_edges(&index, &vectors, params.threshold * FRNP_STORY_LEFTOVER_SHARE, &edges,
                       &results->stats))
            stories = frnp_story_link(&vectors, &params, forced.items, forced.count, edges.items,
                                      edges.count, &group_of);
    }
    ok = stories != SIZE_MAX && article_stories(coverage, &nodes, group_of, stories, results) &&
         keep_story_index(&index, &vectors, &nodes, results);
    free(norm);
    free(index.postings);
    free(index.run_start);
    free(vectors.start);
    free(vectors.entries);
    free(vectors.day);
    free(edges.items);
    free(forced.items);
    free(group_of);
    free(nodes.node_record);
    free(nodes.node_of);
    return ok ? FRN_OK : frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
}
