/* No stage of the HTML reader is quadratic: the CPU time for a page four
 * times as large must grow about four times, far from the sixteen of a
 * quadratic stage. Each page shape stresses another stage: many distinct
 * paragraphs (blocks, the content choice, repeats), links (listings),
 * nesting near the depth bound (the element table), one <pre> (one huge
 * text node), many dates and bylines (the positional metadata); see
 * scaling-support.h for the measure. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "scaling-support.h"
#include "test-support.h"

typedef struct page {
    char *text;
    size_t len, capacity;
} page;

static void put(page *p, const char *format, const char *a, const char *b)
{
    int n = snprintf(p->text + p->len, p->capacity - p->len, format, a, b);

    ck_assert(n >= 0 && (size_t)n < p->capacity - p->len);
    p->len += (size_t)n;
}

typedef void (*page_writer)(page *p, size_t n);

#define SENTENCE "The %s committee met on Monday and agreed that the %s plan would go ahead next year, members said."

static void paragraphs_page(page *p, size_t n)
{
    char a[16], b[16];

    put(p, "<html><head><title>A long day</title></head><body><article><h1>A long day</h1>", "", "");
    for (size_t i = 0; i < n; i++)
        put(p, "<p>" SENTENCE "</p>\n", frn_test_make_word(i, a), frn_test_make_word(i + 7919, b));
    put(p, "</article></body></html>", "", "");
}

static void links_page(page *p, size_t n)
{
    char a[16], b[16];

    put(p, "<html><body><ul>", "", "");
    for (size_t i = 0; i < n; i++)
        put(p, "<li><a href=\"/%s\">The %s story of the day</a></li>\n", frn_test_make_word(i, a), frn_test_make_word(i + 31, b));
    put(p, "</ul></body></html>", "", "");
}

/* Blocks nested 900 deep, under the default bound of 1000, one after another. */
static void nested_page(page *p, size_t n)
{
    char a[16], b[16];

    put(p, "<html><body>", "", "");
    for (size_t i = 0; i < n; i++) {
        for (size_t d = 0; d < 900; d++)
            put(p, "<div>", "", "");
        put(p, "<p>" SENTENCE "</p>", frn_test_make_word(i, a), frn_test_make_word(i + 7919, b));
        for (size_t d = 0; d < 900; d++)
            put(p, "</div>", "", "");
    }
    put(p, "</body></html>", "", "");
}

static void pre_page(page *p, size_t n)
{
    char a[16], b[16];

    put(p, "<html><body><pre>", "", "");
    for (size_t i = 0; i < n; i++)
        put(p, SENTENCE "\n", frn_test_make_word(i, a), frn_test_make_word(i + 7919, b));
    put(p, "</pre></body></html>", "", "");
}

/* Every paragraph has a dateline and a byline before it. */
static void dated_page(page *p, size_t n)
{
    char a[16], b[16];

    put(p, "<html><body><div>", "", "");
    for (size_t i = 0; i < n; i++) {
        put(p, "<h2>The %s report</h2><time datetime=\"2020-06-12\">June 12, 2020</time>"
               "<p class=\"byline\">By Jane %s</p>", frn_test_make_word(i, a), frn_test_make_word(i + 11, b));
        put(p, "<p>" SENTENCE "</p>\n", frn_test_make_word(i, a), frn_test_make_word(i + 7919, b));
    }
    put(p, "</div></body></html>", "", "");
}

static double time_parse(page_writer write, size_t n, size_t bytes_per_unit)
{
    page p = {malloc(n * bytes_per_unit + 256), 0, n * bytes_per_unit + 256};
    frn_article_options *options;
    frn_article *article = NULL;
    frn_ctx *ctx;
    frn_status status;
    double start;

    ck_assert_ptr_nonnull(p.text);
    write(&p, n);
    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    ck_assert_int_eq(frn_article_options_new(&options), FRN_OK);
    ck_assert_int_eq(frn_article_options_set_format(options, FRN_FORMAT_HTML), FRN_OK);
    start = frn_test_cpu_seconds();
    status = frn_article_parse(ctx, p.text, p.len, options, &article);
    start = frn_test_cpu_seconds() - start;
    ck_assert_msg(status == FRN_OK || status == FRN_ERR_EMPTY, "%s", frn_ctx_get_errmsg(ctx));
    frn_article_free(article);
    frn_article_options_free(options);
    frn_ctx_free(ctx);
    free(p.text);
    return start;
}

static void assert_linear(const char *what, page_writer write, size_t n, size_t bytes_per_unit)
{
    double small, large;

    n = frn_test_scaled(n);
    time_parse(write, n / 4, bytes_per_unit); /* warm the caches */
    small = time_parse(write, n, bytes_per_unit);
    large = time_parse(write, 4 * n, bytes_per_unit);
    frn_test_assert_scales_linearly(what, small, large);
}

START_TEST(test_scaling_paragraphs_linear)
{
    assert_linear(__func__, paragraphs_page, 40000, 160);
}
END_TEST

START_TEST(test_scaling_links_linear)
{
    assert_linear(__func__, links_page, 40000, 96);
}
END_TEST

START_TEST(test_scaling_nesting_linear)
{
    assert_linear(__func__, nested_page, 160, 900 * 11 + 160);
}
END_TEST

START_TEST(test_scaling_one_pre_linear)
{
    assert_linear(__func__, pre_page, 80000, 160);
}
END_TEST

START_TEST(test_scaling_dates_and_bylines_linear)
{
    assert_linear(__func__, dated_page, 16000, 400);
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *s = suite_create("article scaling");
    TCase *tc = tcase_create("scaling");

    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_scaling_paragraphs_linear);
    tcase_add_test(tc, test_scaling_links_linear);
    tcase_add_test(tc, test_scaling_nesting_linear);
    tcase_add_test(tc, test_scaling_one_pre_linear);
    tcase_add_test(tc, test_scaling_dates_and_bylines_linear);
    suite_add_tcase(s, tc);
    return s;
}
