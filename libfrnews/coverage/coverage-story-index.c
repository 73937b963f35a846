/* Stories, step three: the index a query reads. Each story's centroid (the
 * sum of its texts' vectors, heaviest terms kept, unit length), its span
 * of dates, the vocabulary with the idf of the build, and for each term the
 * stories whose centroid holds it. A query computes the new article's
 * TF-IDF vector against the same idf and takes the most similar centroid
 * that would take it in the batch (frnp_story_takes_alone): the single
 * pass of an incremental clusterer, against the stories the last build
 * made. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "coverage-stories.h"

void frnp_cov_story_index_free(struct frnp_cov_story_index *index)
{
    if (!index)
        return;
    free(index->terms);
    free(index->idf);
    free(index->texts);
    free(index->start);
    free(index->entries);
    free(index->first_day);
    free(index->last_day);
    free(index->post_start);
    free(index->post_story);
    free(index->post_weight);
    free(index);
}

/* Document frequencies in a few texts say little about a word, and in two
 * only whether both hold it: the plain idf would then weigh the words two
 * reports share (the evidence they tell one story) below the words each
 * has alone. The idf is shrunk toward flat weights by texts / (texts +
 * STORY_IDF_PRIOR_TEXTS), so that it counts fully only over a collection.
 * Measured on PolNeAR-dev articles given two at a time (as a pair scorer
 * runs `frnews coverage A B`): with 10, 5 of 7 hand-judged pairs of
 * reports of one event are one story (1 with the plain idf) and 8 of 150
 * random pairs (2); with 50, 6 of 7 and 11 of 150, but the 84 articles
 * together chain into a story of 19 (6 with the plain idf, 8 with 10);
 * with 4, 3 of 7 and 5 of 150. The UCI headlines (thousands of texts) do
 * not move. The cost: two reports from one town on one day that share its
 * name and a few words are linked more easily. */
#define STORY_IDF_PRIOR_TEXTS 10.0

float frnp_cov_story_idf(size_t texts, size_t df)
{
    double n = (double)texts;

    return (float)(log((1.0 + n) / (1.0 + (double)df)) * n / (n + STORY_IDF_PRIOR_TEXTS) + 1.0);
}

float frnp_cov_story_weight(double count, float idf)
{
    return (1.0f + logf((float)count)) * idf;
}

/* Sum the member vectors of story s (its texts given) into out. */
static size_t sum_vectors(const frnp_story_vectors *vectors, const size_t *texts, size_t n,
                          float *dense, size_t *touched, frnp_story_entry *out)
{
    size_t count = 0;

    for (size_t k = 0; k < n; k++)
        for (size_t e = vectors->start[texts[k]]; e < vectors->start[texts[k] + 1]; e++) {
            uint32_t t = vectors->entries[e].term;
            if (dense[t] == 0.0f)
                touched[count++] = t;
            dense[t] += vectors->entries[e].weight;
        }
    for (size_t k = 0; k < count; k++) {
        out[k].term = (uint32_t)touched[k];
        out[k].weight = dense[touched[k]];
        dense[touched[k]] = 0.0f;
    }
    return count;
}

static void normalise(frnp_story_entry *entries, size_t count)
{
    float norm = 0.0f;

    for (size_t k = 0; k < count; k++)
        norm += entries[k].weight * entries[k].weight;
    norm = sqrtf(norm);
    for (size_t k = 0; norm > 0.0f && k < count; k++)
        entries[k].weight /= norm;
}

static void story_days(const frnp_story_vectors *vectors, const size_t *texts, size_t n,
                       int32_t *first, int32_t *last)
{
    *first = *last = FRNP_NO_DAY;
    for (size_t k = 0; k < n; k++) {
        int32_t day = vectors->day[texts[k]];
        if (day == FRNP_NO_DAY)
            continue;
        if (*first == FRNP_NO_DAY || day < *first)
            *first = day;
        if (*last == FRNP_NO_DAY || day > *last)
            *last = day;
    }
}

static int build_centroids(struct frnp_cov_story_index *ix, const frnp_story_vectors *vectors,
                           const size_t *start, const size_t *members)
{
    float *dense = calloc(ix->vocabulary + 1, sizeof *dense);
    size_t *touched = malloc((ix->vocabulary + 1) * sizeof *touched), at = 0;
    frnp_story_entry *scratch = malloc((ix->vocabulary + 1) * sizeof *scratch);
    int ok = dense && touched && scratch;

    ix->start = malloc((ix->story_count + 1) * sizeof *ix->start);
    ix->entries = malloc((ix->story_count * FRNP_STORY_CENTROID_TERMS + 1) * sizeof *ix->entries);
    ix->first_day = malloc((ix->story_count + 1) * sizeof *ix->first_day);
    ix->last_day = malloc((ix->story_count + 1) * sizeof *ix->last_day);
    ok = ok && ix->start && ix->entries && ix->first_day && ix->last_day;
    for (size_t s = 0; ok && s < ix->story_count; s++) {
        size_t n = sum_vectors(vectors, members + start[s], start[s + 1] - start[s], dense,
                               touched, scratch);
        frnp_story_keep_heaviest(scratch, &n);
        normalise(scratch, n);
        ix->start[s] = at;
        memcpy(ix->entries + at, scratch, n * sizeof *scratch);
        at += n;
        story_days(vectors, members + start[s], start[s + 1] - start[s], &ix->first_day[s],
                   &ix->last_day[s]);
    }
    if (ok)
        ix->start[ix->story_count] = at;
    free(dense);
    free(touched);
    free(scratch);
    return ok;
}

/* Term -> stories, by a counting sort of the centroid entries. */
static int build_postings(struct frnp_cov_story_index *ix)
{
    size_t total = ix->start[ix->story_count];

    ix->post_start = calloc(ix->vocabulary + 2, sizeof *ix->post_start);
    ix->post_story = malloc((total + 1) * sizeof *ix->post_story);
    ix->post_weight = malloc((total + 1) * sizeof *ix->post_weight);
    if (!ix->post_start || !ix->post_story || !ix->post_weight)
        return 0;
    for (size_t e = 0; e < total; e++)
        ix->post_start[ix->entries[e].term + 2]++;
    for (size_t t = 0; t < ix->vocabulary; t++)
        ix->post_start[t + 2] += ix->post_start[t + 1];
    for (size_t s = 0; s < ix->story_count; s++)
        for (size_t e = ix->start[s]; e < ix->start[s + 1]; e++) {
            size_t at = ix->post_start[ix->entries[e].term + 1]++;
            ix->post_story[at] = s;
            ix->post_weight[at] = ix->entries[e].weight;
        }
    return 1;
}

int frnp_story_index_build(const uint32_t *terms, size_t vocabulary, const frnp_story_vectors *vectors,
                           const size_t *text_story, size_t story_count,
                           struct frnp_cov_story_index **out)
{
    struct frnp_cov_story_index *ix = calloc(1, sizeof *ix);
    size_t n = vectors->article_count, *start = calloc(story_count + 2, sizeof *start);
    size_t *members = malloc((n + 1) * sizeof *members), *df = calloc(vocabulary + 1, sizeof *df);
    int ok = ix && start && members && df;

    *out = NULL;
    if (ok) {
        ix->text_count = n;
        ix->vocabulary = vocabulary;
        ix->story_count = story_count;
        ix->terms = malloc((vocabulary + 1) * sizeof *ix->terms);
        ix->idf = malloc((vocabulary + 1) * sizeof *ix->idf);
        ix->texts = calloc(story_count + 1, sizeof *ix->texts);
        ok = ix->terms && ix->idf && ix->texts;
    }
    if (ok) {
        memcpy(ix->terms, terms, vocabulary * sizeof *terms);
        for (size_t e = 0; e < vectors->start[n]; e++)
            df[vectors->entries[e].term]++;
        for (size_t t = 0; t < vocabulary; t++)
            ix->idf[t] = frnp_cov_story_idf(n, df[t]);
        for (size_t i = 0; i < n; i++) {
            start[text_story[i] + 2]++;
            ix->texts[text_story[i]]++;
        }
        for (size_t s = 0; s < story_count; s++)
            start[s + 2] += start[s + 1];
        for (size_t i = 0; i < n; i++)
            members[start[text_story[i] + 1]++] = i;
        ok = build_centroids(ix, vectors, start, members) && build_postings(ix);
    }
    free(start);
    free(members);
    free(df);
    if (!ok) {
        frnp_cov_story_index_free(ix);
        return 0;
    }
    *out = ix;
    return 1;
}

static int compare_u32(const void *x, const void *y)
{
    uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;

    return (a > b) - (a < b);
}

/* The record's vector in the build's space: known terms with their idf;
 * unknown terms (seen by no text of the build) only add to the norm. */
static size_t query_vector(const struct frnp_cov_story_index *ix, const frnp_cov_record *r,
                           frnp_story_entry *out, float *norm_out)
{
    size_t count = 0;
    float norm = 0.0f;

    for (uint32_t k = 0; k < r->term_count; k++) {
        const uint32_t *found = bsearch(&r->terms[k].term, ix->terms, ix->vocabulary,
                                        sizeof *ix->terms, compare_u32);
        float idf = found ? ix->idf[found - ix->terms] : frnp_cov_story_idf(ix->text_count, 0);
        float w = frnp_cov_story_weight(r->terms[k].weight, idf);
        norm += w * w;
        if (found) {
            out[count].term = (uint32_t)(found - ix->terms);
            out[count++].weight = w;
        }
    }
    *norm_out = sqrtf(norm);
    return count;
}

/* Dot products with every centroid sharing a term, summed through the
 * term lists into a dense accumulator: work in the list entries touched. */
int frnp_story_index_query(const struct frnp_cov_story_index *ix, const frnp_cov_record *record,
                           const frnp_story_params *params, size_t *story, double *similarity)
{
    frnp_story_entry *q = malloc((record->term_count + 1) * sizeof *q);
    float *acc = calloc(ix->story_count + 1, sizeof *acc), norm;
    size_t *touched = malloc((ix->story_count + 1) * sizeof *touched), count, touched_count = 0;

    *story = FRN_NONE;
    *similarity = 0.0;
    if (!q || !acc || !touched) {
        free(q);
        free(acc);
        free(touched);
        return 0;
    }
    count = query_vector(ix, record, q, &norm);
    for (size_t k = 0; k < count; k++)
        for (size_t p = ix->post_start[q[k].term]; p < ix->post_start[q[k].term + 1]; p++) {
            size_t s = ix->post_story[p];
            if (acc[s] == 0.0f)
                touched[touched_count++] = s;
            acc[s] += q[k].weight * ix->post_weight[p];
        }
    for (size_t t = 0; norm > 0.0f && t < touched_count; t++) {
        size_t s = touched[t];
        double score = acc[s] / norm *
                       frnp_story_time_factor(params, record->day, ix->first_day[s], ix->last_day[s]);
        /* Ties go to the smaller story number, whatever the touch order. */
        if (frnp_story_takes_alone(params, (float)score, ix->texts[s]) &&
            (score > *similarity || (score == *similarity && s < *story))) {
            *similarity = score;
            *story = s;
        }
    }
    free(q);
    free(acc);
    free(touched);
    return 1;
}
