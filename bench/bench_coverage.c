/* Benchmark of coverage at scale: records, add, build and query.
 *
 *   bench_coverage [N [DISTINCT]] [-d DATA_DIR]
 *
 * Synthetic articles are made from the seed articles (examples/data) by
 * controlled edits (bench-corpus.h: story-specific word replacements,
 * dropped and swapped paragraphs, straightened quotation marks, wire
 * copies). DISTINCT texts (default
 * min(N, 50,000)) are generated and parsed, untimed; article i takes text
 * i % DISTINCT under its own id. Then, timed:
 *   records  frn_coverage_record_new() for each of the N articles
 *   add      frn_coverage_add_record() of each record, freed at once (as
 *            frnews coverage does: the index keeps its own copy)
 *   build    frn_coverage_build()
 *   query    frn_coverage_query_new() for 1,000 edited articles not indexed
 * and printed: articles/s of each step (by the clock, and by the process's
 * CPU time: the rate of one core, whatever else the machine runs), bytes
 * of LSH index and of record per article, peak resident memory
 * (getrusage), query p50/p99.
 * Not a test: it asserts nothing. Plain C and the library only. */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <frnews.h>
#include "bench-corpus.h"

#define QUERIES 1000
#define STORY_SIZE FRN_BENCH_STORY_SIZE

static double now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* CPU seconds of this thread: the program runs one. */
static double cpu_now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

typedef struct parsed {
    frn_article *article;
    frn_quote_list *quotes;
} parsed;

static int compare_doubles(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;

    return (a > b) - (a < b);
}

static double peak_mb(void)
{
    struct rusage usage;

    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; /* kilobytes on Linux */
}

static int parse_text(frn_ctx *ctx, const char *text, parsed *into)
{
    return frn_article_parse(ctx, text, strlen(text), NULL, &into->article) == FRN_OK &&
           frn_quote_list_extract(ctx, into->article, NULL, &into->quotes) == FRN_OK;
}

int main(int argc, char **argv)
{
    const char *dir = getenv("FRN_SAMPLE_DATA") ? getenv("FRN_SAMPLE_DATA") : "examples/data";
    size_t n = 10000, distinct = 0, positional = 0, record_bytes = 0;
    frn_bench_seeds seeds;
    parsed *texts, query_texts[QUERIES];
    double t, t_records, t_add, t_build, latencies[QUERIES], cpu_latencies[QUERIES], parse_mb;
    double c, c_records, c_add, c_build;
    frn_ctx *ctx;
    frn_coverage *cov;
    char id[32];

    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-d") == 0 && i + 1 < argc)
            dir = argv[++i];
        else if (positional++ == 0)
            n = strtoul(argv[i], NULL, 10);
        else
            distinct = strtoul(argv[i], NULL, 10);
    }
    if (distinct == 0 || distinct > n)
        distinct = n < 50000 ? n : 50000;
    if (!frn_bench_seeds_load(dir, &seeds)) {
        fprintf(stderr, "bench_coverage: cannot read the seeds in %s (-d DIR)\n", dir);
        return EXIT_FAILURE;
    }
    if (frn_ctx_new(&ctx) != FRN_OK || frn_coverage_new(ctx, NULL, &cov) != FRN_OK)
        return EXIT_FAILURE;
    texts = calloc(distinct, sizeof *texts);
    for (size_t i = 0; i < distinct; i++) {
        char *text = frn_bench_make_text(&seeds, i / STORY_SIZE, i % STORY_SIZE);
        /* An edit can leave only lines the parser takes for boilerplate:
         * such an article is the story's first one instead. */
        if (!parse_text(ctx, text, &texts[i])) {
            free(text);
            text = frn_bench_make_text(&seeds, i / STORY_SIZE, 0);
            if (!parse_text(ctx, text, &texts[i])) {
                fprintf(stderr, "bench_coverage: cannot parse text %zu: %s\n", i, frn_ctx_get_errmsg(ctx));
                return EXIT_FAILURE;
            }
        }
        free(text);
    }
    for (size_t q = 0; q < QUERIES; q++) {
        uint64_t story = (q * 7919u) % (distinct / STORY_SIZE + 1);
        char *text = frn_bench_make_text(&seeds, story, 1000 + q);
        if (!parse_text(ctx, text, &query_texts[q])) {
            free(text);
            text = frn_bench_make_text(&seeds, story, 0);
            if (!parse_text(ctx, text, &query_texts[q]))
                return EXIT_FAILURE;
        }
        free(text);
    }
    parse_mb = peak_mb();

    t_records = t_add = c_records = c_add = 0.0;
    for (size_t i = 0; i < n; i++) {
        frn_coverage_record *record;
        size_t len;
        double t0 = now(), c0 = cpu_now(), t1, c1;
        snprintf(id, sizeof id, "a%zu", i);
        if (frn_coverage_record_new(ctx, id, texts[i % distinct].article, texts[i % distinct].quotes,
                                    &record) != FRN_OK)
            return EXIT_FAILURE;
        t1 = now();
        c1 = cpu_now();
        if (frn_coverage_add_record(ctx, cov, record, NULL) != FRN_OK)
            return EXIT_FAILURE;
        t_records += t1 - t0;
        c_records += c1 - c0;
        t_add += now() - t1;
        c_add += cpu_now() - c1;
        frn_coverage_record_get_bytes(record, &len);
        record_bytes += len;
        frn_coverage_record_free(record);
    }
    t = now();
    c = cpu_now();
    if (frn_coverage_build(ctx, cov) != FRN_OK) {
        fprintf(stderr, "bench_coverage: build: %s\n", frn_ctx_get_errmsg(ctx));
        return EXIT_FAILURE;
    }
    t_build = now() - t;
    c_build = cpu_now() - c;
    for (size_t q = 0; q < QUERIES; q++) {
        frn_coverage_record *record;
        frn_coverage_query *query;
        snprintf(id, sizeof id, "q%zu", q);
        if (frn_coverage_record_new(ctx, id, query_texts[q].article, query_texts[q].quotes, &record) != FRN_OK)
            return EXIT_FAILURE;
        t = now();
        c = cpu_now();
        if (frn_coverage_query_new(ctx, cov, record, &query) != FRN_OK)
            return EXIT_FAILURE;
        latencies[q] = now() - t;
        cpu_latencies[q] = cpu_now() - c;
        frn_coverage_query_free(query);
        frn_coverage_record_free(record);
    }
    qsort(latencies, QUERIES, sizeof *latencies, compare_doubles);
    qsort(cpu_latencies, QUERIES, sizeof *cpu_latencies, compare_doubles);
    printf("articles=%zu distinct_texts=%zu\n", n, distinct);
    printf("records: %.2f s, %.0f articles/s (%.0f per CPU second), %.0f bytes/record\n", t_records,
           n / t_records, n / c_records, (double)record_bytes / n);
    printf("add:     %.2f s, %.0f articles/s (%.0f per CPU second)\n", t_add, n / t_add, n / c_add);
    printf("build:   %.2f s, %.0f articles/s; add+build %.0f articles/s (%.0f per CPU second)\n", t_build,
           n / t_build, n / (t_add + t_build), n / (c_add + c_build));
    printf("index:   %.0f bytes of LSH index/article\n",
           8.0 * frn_coverage_get_stat(cov, FRN_COVERAGE_STAT_BAND_ENTRIES) / n);
    printf("query:   p50 %.1f us, p99 %.1f us, max %.1f us (CPU time: p50 %.1f us, p99 %.1f us)\n",
           latencies[QUERIES / 2] * 1e6, latencies[QUERIES * 99 / 100] * 1e6,
           latencies[QUERIES - 1] * 1e6, cpu_latencies[QUERIES / 2] * 1e6,
           cpu_latencies[QUERIES * 99 / 100] * 1e6);
    printf("results: stories=%zu (generated %zu) clusters=%zu quotes=%zu printings=%zu forms=%zu\n",
           frn_coverage_get_story_count(cov), (distinct + STORY_SIZE - 1) / STORY_SIZE,
           frn_coverage_get_cluster_count(cov), frn_coverage_get_quote_count(cov),
           frn_coverage_get_stat(cov, FRN_COVERAGE_STAT_PRINTINGS),
           frn_coverage_get_stat(cov, FRN_COVERAGE_STAT_QUOTE_FORMS));
    printf("memory:  peak %.0f MB (%.0f MB after parsing the texts)\n", peak_mb(), parse_mb);
    frn_coverage_free(cov);
    for (size_t i = 0; i < distinct; i++) {
        frn_quote_list_free(texts[i].quotes);
        frn_article_free(texts[i].article);
    }
    for (size_t q = 0; q < QUERIES; q++) {
        frn_quote_list_free(query_texts[q].quotes);
        frn_article_free(query_texts[q].article);
    }
    free(texts);
    frn_bench_seeds_free(&seeds);
    frn_ctx_free(ctx);
    return EXIT_SUCCESS;
}
