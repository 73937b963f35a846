#include "scaling-support.h"
#include "pseudo-word.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <frnews.h>

#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#endif
#endif
#ifndef RUNNING_ON_VALGRIND
#define RUNNING_ON_VALGRIND 0
#endif

/* 4x the input may take 8x the time: wide enough for a loaded machine,
 * far from the 16x of a quadratic stage. */
#define MAX_RATIO 8.0
#define VALGRIND_SCALE_DOWN 16

double frn_test_cpu_seconds(void)
{
    struct rusage usage;

    getrusage(RUSAGE_SELF, &usage);
    return (double)usage.ru_utime.tv_sec + (double)usage.ru_utime.tv_usec * 1e-6;
}

char *frn_test_make_word(size_t n, char *out)
{
    return frn_pseudo_word(n, 12, out);
}

void frn_test_make_name(size_t n, char *out)
{
    frn_test_make_word(n, out);
    out[0] = (char)(out[0] - 'a' + 'A');
}

/* The ratio is printed (to the test's log) whether or not it passes: the
 * figures of a scaling run. */
void frn_test_assert_scales_linearly(const char *what, double small, double large)
{
    printf("%s: 4x the input took %.2fx the time (%.3f s, %.3f s)\n", what, large / small, small, large);
    ck_assert_msg(large < MAX_RATIO * small + 0.05, "4x the input took %.1fx the time (%.3fs, %.3fs)",
                  large / small, small, large);
}

/* The CPU time of parsing the input a writer makes and extracting its
 * quotations, or of the extraction alone. */
static double time_text(frn_test_writer write, size_t n, size_t bytes_per_unit, int parse_is_timed)
{
    char *text = malloc(n * bytes_per_unit + 256);
    size_t len;
    frn_article *article;
    frn_quote_list *quotes;
    frn_ctx *ctx;
    double start, parse_seconds, total;

    ck_assert_ptr_nonnull(text);
    write(text, &len, n);
    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    start = frn_test_cpu_seconds();
    ck_assert_int_eq(frn_article_parse(ctx, text, len, NULL, &article), FRN_OK);
    parse_seconds = frn_test_cpu_seconds() - start;
    ck_assert_int_eq(frn_quote_list_extract(ctx, article, NULL, &quotes), FRN_OK);
    total = frn_test_cpu_seconds() - start;
    frn_quote_list_free(quotes);
    frn_article_free(article);
    frn_ctx_free(ctx);
    free(text);
    return parse_is_timed ? total : total - parse_seconds;
}

double frn_test_time_quotes(frn_test_writer write, size_t n, size_t bytes_per_unit)
{
    return time_text(write, n, bytes_per_unit, 0);
}

double frn_test_time_parse_and_quotes(frn_test_writer write, size_t n, size_t bytes_per_unit)
{
    return time_text(write, n, bytes_per_unit, 1);
}

size_t frn_test_scaled(size_t n)
{
    return RUNNING_ON_VALGRIND ? n / VALGRIND_SCALE_DOWN : n;
}

void frn_test_assert_linear(const char *what, frn_test_stage_timer time_stage, frn_test_writer write,
                            size_t n, size_t bytes_per_unit)
{
    double small, large;

    n = frn_test_scaled(n);
    time_stage(write, n / 4, bytes_per_unit); /* warm the caches */
    small = time_stage(write, n, bytes_per_unit);
    large = time_stage(write, 4 * n, bytes_per_unit);
    frn_test_assert_scales_linearly(what, small, large);
}
