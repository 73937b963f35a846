/* Throughput of quotation extraction next to ICU's bare word segmentation of
 * the same text, in the same run.
 *
 * Each file is parsed once as plain text (not timed); then, for a number of
 * rounds, every article's quotations are extracted (frn_quote_list_extract)
 * and, separately, every paragraph is run through an ICU word break
 * iterator that only walks the boundaries, the least any word-based
 * extractor must do. Rates are paragraph bytes per second of CPU time on one
 * thread; the ratio is extraction over word segmentation.
 *
 * Usage: bench_quotes [-r ROUNDS] FILE... Not a test: prints figures. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <frnews.h>
#include "bench-support.h"

typedef struct corpus {
    frn_article **articles;
    size_t count;
    size_t bytes; /* of the paragraphs, what both measurements read */
} corpus;

static int load(frn_ctx *ctx, char **paths, int count, corpus *c)
{
    frn_article_options *options;

    c->articles = calloc((size_t)count, sizeof *c->articles);
    if (!c->articles || frn_article_options_new(&options) != FRN_OK ||
        frn_article_options_set_format(options, FRN_FORMAT_TEXT) != FRN_OK)
        return 0;
    for (int i = 0; i < count; i++) {
        size_t len = 0;
        char *text = frn_bench_read_file(paths[i], &len);
        frn_article *article;
        if (!text) {
            fprintf(stderr, "bench_quotes: cannot read %s\n", paths[i]);
            continue;
        }
        if (frn_article_parse(ctx, text, len, options, &article) == FRN_OK) {
            c->articles[c->count++] = article;
            for (size_t p = 0; p < frn_article_get_paragraph_count(article); p++) {
                frn_span span = frn_article_get_paragraph(article, p);
                c->bytes += span.end - span.start;
            }
        }
        free(text);
    }
    frn_article_options_free(options);
    return c->count > 0;
}

static double time_extraction(frn_ctx *ctx, const corpus *c, int rounds, size_t *quotes)
{
    double start = frn_bench_cpu_seconds();

    *quotes = 0;
    for (int r = 0; r < rounds; r++)
        for (size_t i = 0; i < c->count; i++) {
            frn_quote_list *list;
            if (frn_quote_list_extract(ctx, c->articles[i], NULL, &list) != FRN_OK) {
                fprintf(stderr, "bench_quotes: extraction failed: %s\n", frn_ctx_get_errmsg(ctx));
                continue;
            }
            *quotes += frn_quote_list_get_count(list);
            frn_quote_list_free(list);
        }
    return frn_bench_cpu_seconds() - start;
}

static double time_word_break(const corpus *c, int rounds, size_t *boundaries)
{
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *breaker = ubrk_open(UBRK_WORD, "", NULL, 0, &err);
    UText *text = NULL;
    double start = frn_bench_cpu_seconds();

    *boundaries = 0;
    for (int r = 0; r < rounds && U_SUCCESS(err); r++)
        for (size_t i = 0; i < c->count; i++) {
            const char *src = frn_article_get_source(c->articles[i], NULL);
            for (size_t p = 0; p < frn_article_get_paragraph_count(c->articles[i]); p++) {
                frn_span span = frn_article_get_paragraph(c->articles[i], p);
                text = utext_openUTF8(text, src + span.start, (int64_t)(span.end - span.start), &err);
                ubrk_setUText(breaker, text, &err);
                for (int32_t b = ubrk_first(breaker); b != UBRK_DONE; b = ubrk_next(breaker))
                    (*boundaries)++;
            }
        }
    utext_close(text);
    ubrk_close(breaker);
    return frn_bench_cpu_seconds() - start;
}

int main(int argc, char **argv)
{
    int rounds = 5, first = 1;
    frn_ctx *ctx;
    corpus c = {NULL, 0, 0};
    double extract_s, break_s, mb;
    size_t quotes, boundaries;

    if (argc > 2 && strcmp(argv[1], "-r") == 0) {
        rounds = atoi(argv[2]);
        first = 3;
    }
    if (first >= argc || rounds < 1) {
        fprintf(stderr, "usage: bench_quotes [-r ROUNDS] FILE...\n");
        return EXIT_FAILURE;
    }
    if (frn_ctx_new(&ctx) != FRN_OK || !load(ctx, argv + first, argc - first, &c)) {
        fprintf(stderr, "bench_quotes: no article read\n");
        return EXIT_FAILURE;
    }
    extract_s = time_extraction(ctx, &c, rounds, &quotes);
    break_s = time_word_break(&c, rounds, &boundaries);
    mb = (double)c.bytes * rounds / 1e6;
    printf("articles=%zu paragraph_MB=%.2f rounds=%d quotes=%zu\n", c.count, c.bytes / 1e6, rounds,
           quotes / (size_t)rounds);
    printf("quotation extraction: %.1f MB/s\n", mb / extract_s);
    printf("ICU word break alone: %.1f MB/s (%zu boundaries)\n", mb / break_s, boundaries / (size_t)rounds);
    printf("ratio: %.2f\n", break_s / extract_s);
    for (size_t i = 0; i < c.count; i++)
        frn_article_free(c.articles[i]);
    free(c.articles);
    frn_ctx_free(ctx);
    return EXIT_SUCCESS;
}
