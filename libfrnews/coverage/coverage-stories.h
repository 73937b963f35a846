/* Story grouping, shared by its two steps: the TF-IDF space with its
 * similar-pair edges (coverage-stories.c) and the linking of articles into
 * stories through those edges (coverage-story-links.c). */
#ifndef FRNP_COVERAGE_STORIES_H
#define FRNP_COVERAGE_STORIES_H

#include <stdint.h>
#include <stddef.h>
#include "coverage-private.h"

/* A term of a vector: its number in the collection's vocabulary. */
typedef struct frnp_story_entry {
    uint32_t term;
    float weight;
} frnp_story_entry;

/* Two articles whose cosine similarity reached the edge threshold. */
typedef struct frnp_story_edge {
    size_t a, b;
    float similarity;
} frnp_story_edge;

/* Unit-length TF-IDF vectors: article i owns
 * entries[start[i]] .. entries[start[i + 1] - 1], sorted by term. */
typedef struct frnp_story_vectors {
    size_t *start;
    frnp_story_entry *entries;
    size_t article_count;
} frnp_story_vectors;

/* Link articles into stories: forced pairs (near-duplicates) first, then the
 * edges from the most similar down, each joining two stories only when the
 * cosine of their centroids reaches threshold. Fills group_of (a story
 * number per article, numbered by first article); returns the number of
 * stories, or (size_t)-1 when out of memory. */
size_t frnp_story_link(const frnp_story_vectors *vectors, float threshold,
                      const frnp_cov_duplicate *forced, size_t forced_count,
                      frnp_story_edge *edges, size_t edge_count, size_t **group_of);

#endif
