/* Helpers shared by the Check suites: the suite each file defines, reading
 * test inputs, parsing them. */
#ifndef FRN_TEST_SUPPORT_H
#define FRN_TEST_SUPPORT_H

#include <check.h>
#include <stddef.h>
#include <frnews.h>

/* The suite of one check_*.c file, run by the shared main (check-main.c). */
Suite *frn_test_suite(void);

/* Built with FRN_TEST_PRECONDITION: what the machine must have for the
 * suite to run; 0 to run it, 77 to skip it, another status to fail. */
int frn_test_precondition(void);

/* Read a file from the sample articles (examples/data) or, when the name
 * holds no such file, from tests/data; aborts the test on failure. The
 * caller frees the result. */
char *frn_test_read_sample(const char *name, size_t *len);

/* Parse text with a fresh context; aborts the test unless it succeeds. */
frn_article *frn_test_parse(const char *text, size_t len);

/* Parse text with the caller's context, as a program parsing many articles
 * does (the context keeps its language identifier and ICU objects, which a
 * fresh context loads again); aborts the test unless it succeeds. */
frn_article *frn_test_parse_with(frn_ctx *ctx, const char *text, size_t len);

/* Parse a NUL-terminated page as HTML with a fresh context; aborts the
 * test unless it succeeds. */
frn_article *frn_test_parse_html(const char *page);

/* Write rows first..last of a generated page into out (cap bytes, NUL
 * ended): row(n, buffer, room) writes row n, snprintf-like. Aborts the test
 * when out is too small. */
typedef int (*frn_test_row)(int n, char *buffer, size_t room);
void frn_test_rows(char *out, size_t cap, int first, int last, frn_test_row row);

/* Parse one sample article and extract its quotations. */
frn_quote_list *frn_test_sample_quotes(const char *name, frn_article **article_out);

/* The body text of a sample parsed article, e.g. for substring checks. */
int frn_test_text_contains(const frn_article *article, const char *needle);

/* A context and an empty coverage index with the default options, and
 * their release: the fixture of the coverage suites. */
void frn_test_coverage_open(frn_ctx **ctx, frn_coverage **cov);
void frn_test_coverage_close(frn_ctx *ctx, frn_coverage *cov);

/* Parse text, extract its quotations, add both to the index and free them
 * at once (the index must not keep pointers into them); aborts the test on
 * failure. Returns the article's index. */
size_t frn_test_coverage_add(frn_ctx *ctx, frn_coverage *cov, const char *id, const char *text,
                             size_t len);

#endif
