/* Output does not depend on the caller's locale: the same page, as text
 * and as HTML, parsed under C.UTF-8 and under tr_TR.UTF-8 (where the C
 * library's tolower('I') is not 'i') gives the same title, body, authors
 * and quotations. Python sets
 * LC_CTYPE from the environment, so bindings users meet this. */
#include <check.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "test-support.h"

#define TURKISH "tr_TR.UTF-8"

/* "Sign In" and "SIGN IN" are page chrome only if 'I' folds to 'i'. */
static const char page[] =
    "Home\n"
    "Sign In\n"
    "\n"
    "City council approves the budget for the new park\n"
    "By Jane Doe and Ian Irving\n"
    "\n"
    "The city council voted on Tuesday to approve the budget for the new park.\n"
    "\n"
    "\xE2\x80\x9CThis park will serve every family in the district,\xE2\x80\x9D Mayor Ivan Smith said.\n"
    "\n"
    "SIGN IN\n"
    "\n"
    "Council member Ines Ruiz said the vote was overdue. \xE2\x80\x9CIt is a good day for the city "
    "and its children,\xE2\x80\x9D she said.\n"
    "\n"
    "Related Articles\n"
    "Another story about the city\n";

/* The same in markup written in capitals, where the element and attribute
 * names, the byline's class and the chrome all hold an 'I'. */
static const char html_page[] =
    "<!DOCTYPE HTML><HTML LANG=\"en\"><HEAD>"
    "<TITLE>City council approves the budget for the new park | The Daily Item</TITLE>"
    "<META PROPERTY=\"og:site_name\" CONTENT=\"The Daily Item\"></HEAD><BODY>"
    "<NAV><A HREF=\"/\">Home</A> <A HREF=\"/login\">SIGN IN</A></NAV>"
    "<ARTICLE><H1>City council approves the budget for the new park</H1>"
    "<P CLASS=\"BYLINE\">By Ian Irving</P>"
    "<P>The city council voted on Tuesday to approve the budget for the new park, after a long "
    "debate in the Town Hall that ran into the night.</P>"
    "<P>\xE2\x80\x9CThis park will serve every family in the district,\xE2\x80\x9D Mayor Ivan Smith "
    "said.</P>"
    "<ASIDE CLASS=\"RELATED\"><H3>Related Articles</H3><UL><LI><A HREF=\"/2\">Another story about "
    "the city</A></LI></UL></ASIDE></ARTICLE></BODY></HTML>";

int frn_test_precondition(void)
{
    const char *ci = getenv("CI");
    int have = setlocale(LC_ALL, TURKISH) != NULL;

    setlocale(LC_ALL, "C");
    if (have)
        return 0;
    if (ci && strcmp(ci, "true") == 0) {
        fprintf(stderr, "FAIL: the locale " TURKISH " is missing; .ci/run generates it\n");
        return EXIT_FAILURE;
    }
    fprintf(stderr, "SKIP: the locale " TURKISH " is missing (locale-gen it to run this test)\n");
    return 77;
}

static const char *or_none(const char *text)
{
    return text ? text : "(none)";
}

/* Everything the parse of input and its quotations give, as one string. */
static char *describe(const char *locale, const char *input, size_t len)
{
    static char out[8192];
    frn_ctx *ctx;
    frn_article *article;
    frn_quote_list *quotes;
    size_t at = 0;

    ck_assert_ptr_nonnull(setlocale(LC_ALL, locale));
    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    ck_assert_int_eq(frn_article_parse(ctx, input, len, NULL, &article), FRN_OK);
    ck_assert_int_eq(frn_quote_list_extract(ctx, article, NULL, &quotes), FRN_OK);
    at += (size_t)snprintf(out + at, sizeof out - at, "title=%s\ntext=%s\nauthors=",
                           or_none(frn_article_get_title(article)), frn_article_get_text(article, NULL));
    for (size_t i = 0; i < frn_article_get_author_count(article); i++)
        at += (size_t)snprintf(out + at, sizeof out - at, "%s;", frn_article_get_author(article, i));
    for (size_t i = 0; i < frn_quote_list_get_count(quotes); i++) {
        const frn_quote *q = frn_quote_list_get_quote(quotes, i);
        frn_span span = frn_quote_get_span(q);
        at += (size_t)snprintf(out + at, sizeof out - at, "\nquote %zu-%zu %s | %s | %s", span.start,
                               span.end, frn_quote_get_text(q, NULL), or_none(frn_quote_get_speaker(q)),
                               or_none(frn_quote_get_cue(q)));
    }
    ck_assert_uint_lt(at, sizeof out);
    frn_quote_list_free(quotes);
    frn_article_free(article);
    frn_ctx_free(ctx);
    setlocale(LC_ALL, "C");
    return out;
}

START_TEST(test_locale_does_not_change_the_result)
{
    char c_result[8192];

    snprintf(c_result, sizeof c_result, "%s", describe("C.UTF-8", page, sizeof page - 1));
    ck_assert_str_eq(describe(TURKISH, page, sizeof page - 1), c_result);
    snprintf(c_result, sizeof c_result, "%s", describe("C.UTF-8", html_page, sizeof html_page - 1));
    ck_assert_str_eq(describe(TURKISH, html_page, sizeof html_page - 1), c_result);
}
END_TEST

START_TEST(test_locale_turkish_page_reads_as_in_english)
{
    const char *result = describe(TURKISH, page, sizeof page - 1);

    /* Checked by hand against the page above. */
    ck_assert_msg(strstr(result, "title=City council approves the budget for the new park\n"), "%s", result);
    ck_assert_msg(!strstr(result, "Sign In") && !strstr(result, "SIGN IN"), "%s", result);
    ck_assert_msg(strstr(result, "authors=Jane Doe;Ian Irving;"), "%s", result);
    ck_assert_msg(strstr(result, "This park will serve every family in the district, | Ivan Smith | said"),
                  "%s", result);
    ck_assert_msg(strstr(result, "It is a good day for the city and its children, | Ines Ruiz | said"),
                  "%s", result);
}
END_TEST

START_TEST(test_locale_turkish_html_page_reads_as_in_english)
{
    const char *result = describe(TURKISH, html_page, sizeof html_page - 1);

    /* Checked by hand against the page above. */
    ck_assert_msg(strstr(result, "title=City council approves the budget for the new park\n"), "%s", result);
    ck_assert_msg(strstr(result, "text=The city council voted on Tuesday"), "%s", result);
    ck_assert_msg(!strstr(result, "SIGN IN") && !strstr(result, "Related") && !strstr(result, "Another"),
                  "%s", result);
    ck_assert_msg(strstr(result, "authors=Ian Irving;"), "%s", result);
    ck_assert_msg(strstr(result, "This park will serve every family in the district, | Ivan Smith | said"),
                  "%s", result);
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *suite = suite_create("locale");
    TCase *tcase = tcase_create("turkish");

    tcase_add_test(tcase, test_locale_does_not_change_the_result);
    tcase_add_test(tcase, test_locale_turkish_page_reads_as_in_english);
    tcase_add_test(tcase, test_locale_turkish_html_page_reads_as_in_english);
    suite_add_tcase(suite, tcase);
    return suite;
}
