/* Threads: eight threads at once, one context each, parse the sample
 * articles, extract their quotations (of their own articles and of
 * articles shared by all), and build a coverage index; every thread's
 * results are those of the single-threaded run. CI runs this suite under
 * ThreadSanitizer too (.ci/run). */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include <check.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "test-support.h"

#define THREADS 8
#define ROUNDS 2
#define SAMPLES 5

static const char *const sample_names[SAMPLES] = {
    "000_9b3e2d958d694ffd.txt", "001_238edfc05bd1cd30.txt", "002_3a2f45761e980b28.txt",
    "003_aebe5fa7a6eea9d4.txt", "004_188a87e5ba5590fa.txt",
};

/* What every thread reads: the sample texts, and articles parsed once. */
typedef struct shared_input {
    char *text[SAMPLES];
    size_t len[SAMPLES];
    frn_article *article[SAMPLES];
} shared_input;

static void describe_span(FILE *out, frn_span span)
{
    fprintf(out, "[%zu,%zu)", span.start, span.end);
}

static void describe_quotes(FILE *out, const frn_quote_list *quotes)
{
    for (size_t i = 0; i < frn_quote_list_get_count(quotes); i++) {
        const frn_quote *q = frn_quote_list_get_quote(quotes, i);
        const char *speaker = frn_quote_get_speaker(q);
        fprintf(out, " quote %d ", (int)frn_quote_get_type(q));
        describe_span(out, frn_quote_get_span(q));
        fprintf(out, " %s %.3f\n", speaker ? speaker : "-", frn_quote_get_confidence(q));
    }
}

static void describe_article(FILE *out, const frn_article *a)
{
    const char *title = frn_article_get_title(a);

    fprintf(out, "article %s\n", title ? title : "-");
    for (size_t i = 0; i < frn_article_get_paragraph_count(a); i++)
        describe_span(out, frn_article_get_paragraph(a, i));
    fputc('\n', out);
}

static void describe_coverage(FILE *out, const frn_coverage *cov)
{
    for (size_t s = 0; s < frn_coverage_get_story_count(cov); s++) {
        fputs("story", out);
        for (size_t k = 0; k < frn_coverage_get_story_size(cov, s); k++)
            fprintf(out, " %zu", frn_coverage_get_story_article(cov, s, k));
        fputc('\n', out);
    }
    for (size_t p = 0; p < frn_coverage_get_duplicate_count(cov); p++) {
        size_t a, b;
        double similarity;
        frn_coverage_get_duplicate(cov, p, &a, &b, &similarity);
        fprintf(out, "pair %zu %zu %.6f\n", a, b, similarity);
    }
    for (size_t q = 0; q < frn_coverage_get_quote_count(cov); q++)
        fprintf(out, "merged %zu %s\n", frn_coverage_get_quote_source_count(cov, q),
                frn_coverage_get_quote_text(cov, q));
}

/* The whole pipeline on its own context; its results as text (a new
 * string), or NULL when a call failed. */
static char *run_pipeline(const shared_input *in)
{
    char *digest = NULL;
    size_t size;
    FILE *out = open_memstream(&digest, &size);
    frn_ctx *ctx = NULL;
    frn_coverage *cov = NULL;
    int ok = out && frn_ctx_new(&ctx) == FRN_OK && frn_coverage_new(ctx, NULL, &cov) == FRN_OK;

    for (size_t i = 0; ok && i < SAMPLES; i++) {
        frn_article *article = NULL;
        frn_quote_list *own = NULL, *of_shared = NULL;
        ok = frn_article_parse(ctx, in->text[i], in->len[i], NULL, &article) == FRN_OK &&
             frn_quote_list_extract(ctx, article, NULL, &own) == FRN_OK &&
             frn_quote_list_extract(ctx, in->article[i], NULL, &of_shared) == FRN_OK &&
             frn_coverage_add(ctx, cov, sample_names[i], article, own, NULL) == FRN_OK;
        if (ok) {
            describe_article(out, article);
            describe_quotes(out, own);
            describe_quotes(out, of_shared);
        }
        frn_quote_list_free(own);
        frn_quote_list_free(of_shared);
        frn_article_free(article);
    }
    ok = ok && frn_coverage_build(ctx, cov) == FRN_OK;
    if (ok)
        describe_coverage(out, cov);
    frn_coverage_free(cov);
    frn_ctx_free(ctx);
    if (out)
        fclose(out);
    if (!ok) {
        free(digest);
        return NULL;
    }
    return digest;
}

typedef struct worker {
    pthread_t thread;
    const shared_input *in;
    char *digests[ROUNDS];
} worker;

static void *work(void *data)
{
    worker *w = data;

    for (int r = 0; r < ROUNDS; r++)
        w->digests[r] = run_pipeline(w->in);
    return NULL;
}

static void load(shared_input *in)
{
    for (size_t i = 0; i < SAMPLES; i++) {
        in->text[i] = frn_test_read_sample(sample_names[i], &in->len[i]);
        in->article[i] = frn_test_parse(in->text[i], in->len[i]);
    }
}

static void unload(shared_input *in)
{
    for (size_t i = 0; i < SAMPLES; i++) {
        frn_article_free(in->article[i]);
        free(in->text[i]);
    }
}

START_TEST(test_threads_eight_contexts_give_the_serial_results)
{
    shared_input in;
    worker workers[THREADS];
    char *serial;

    load(&in);
    serial = run_pipeline(&in);
    ck_assert_ptr_nonnull(serial);
    ck_assert_ptr_nonnull(strstr(serial, "story")); /* the digest holds results */
    ck_assert_ptr_nonnull(strstr(serial, "Brad Smith"));
    for (int t = 0; t < THREADS; t++) {
        workers[t].in = &in;
        ck_assert_int_eq(pthread_create(&workers[t].thread, NULL, work, &workers[t]), 0);
    }
    for (int t = 0; t < THREADS; t++)
        ck_assert_int_eq(pthread_join(workers[t].thread, NULL), 0);
    for (int t = 0; t < THREADS; t++)
        for (int r = 0; r < ROUNDS; r++) {
            ck_assert_msg(workers[t].digests[r] != NULL, "thread %d round %d failed", t, r);
            ck_assert_str_eq(workers[t].digests[r], serial);
            free(workers[t].digests[r]);
        }
    free(serial);
    unload(&in);
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *s = suite_create("threads");
    TCase *tc = tcase_create("core");

    tcase_set_timeout(tc, 300); /* slow under ThreadSanitizer and valgrind */
    tcase_add_test(tc, test_threads_eight_contexts_give_the_serial_results);
    suite_add_tcase(s, tc);
    return s;
}
