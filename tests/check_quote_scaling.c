/* No stage of quotation extraction is quadratic: the CPU time for an
 * article four times as long must grow about four times, far from the
 * sixteen of a quadratic stage (see scaling-support.h). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "scaling-support.h"
#include "test-support.h"

/* n paragraphs, each naming a new person who is quoted directly, reported
 * and then referred to by surname and pronoun. */
static void people_article(char *text, size_t *len, size_t n)
{
    char first[16], last[16];

    *len = (size_t)sprintf(text, "A long day\n\n");
    for (size_t i = 0; i < n; i++) {
        frn_test_make_name(i, first);
        frn_test_make_name(i + 7919, last);
        *len += (size_t)sprintf(text + *len,
                                "%s %s, a spokesperson for the Springfield Water Department, said the plan "
                                "would fail. \"We will see about that soon enough,\" %s said. "
                                "He added that the city had been warned.\n\n", first, last, last);
    }
}

/* One paragraph of n quotation-mark pairs around one word: 100,000 marks
 * at 4n = 50,000. */
static void marks_article(char *text, size_t *len, size_t n)
{
    *len = (size_t)sprintf(text, "Marks\n\nIt begins here, and then ");
    for (size_t i = 0; i < n; i++)
        *len += (size_t)sprintf(text + *len, "\"a\" ");
    *len += (size_t)sprintf(text + *len, "ends.\n");
}

START_TEST(test_scaling_names_and_mentions_linear)
{
    frn_test_assert_linear(__func__, frn_test_time_quotes, people_article, 8000, 256);
}
END_TEST

START_TEST(test_scaling_quotation_marks_in_one_paragraph_linear)
{
    frn_test_assert_linear(__func__, frn_test_time_quotes, marks_article, 12500, 8);
}
END_TEST

/* The quotations of a paragraph that stands both before and after
 * `distinct` made-up words, none of them in a lexicon. */
static frn_quote_list *quotes_around_words(size_t distinct, frn_article **article)
{
    static const char said[] = "Mayor Jane Roe said that the plant would close by the end of the year. "
                               "\"We will manage,\" she said.\n\n";
    char *text = malloc(64 + 2 * sizeof said + 16 * distinct), word[16];
    size_t len = (size_t)sprintf(text, "Plant closes\n\n%s", said);
    frn_ctx *ctx;
    frn_quote_list *quotes;

    for (size_t i = 0; i < distinct; i++) {
        frn_test_make_word(i, word);
        len += (size_t)sprintf(text + len, "%s ", word);
    }
    len += (size_t)sprintf(text + len, "end.\n\n%s", said);
    *article = frn_test_parse(text, len);
    free(text);
    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    ck_assert_int_eq(frn_quote_list_extract(ctx, *article, NULL, &quotes), FRN_OK);
    frn_ctx_free(ctx);
    return quotes;
}

/* The memo of word classes grows with the distinct words (50,000 here:
 * many doublings): the paragraph after them, whose words were classified
 * before the growth, reads as the one before. */
START_TEST(test_scaling_word_memo_growth_keeps_answer)
{
    frn_article *article;
    frn_quote_list *quotes = quotes_around_words(50000, &article);

    ck_assert_uint_eq(frn_quote_list_get_count(quotes), 4);
    for (size_t i = 0; i < 2; i++) {
        const frn_quote *before = frn_quote_list_get_quote(quotes, i);
        const frn_quote *after = frn_quote_list_get_quote(quotes, i + 2);
        ck_assert_str_eq(frn_quote_get_text(before, NULL), frn_quote_get_text(after, NULL));
        ck_assert_int_eq(frn_quote_get_type(before), frn_quote_get_type(after));
        ck_assert_str_eq(frn_quote_get_speaker(after), "Jane Roe");
        ck_assert_str_eq(frn_quote_get_cue(after), "said");
    }
    ck_assert_str_eq(frn_quote_get_text(frn_quote_list_get_quote(quotes, 2), NULL),
                     "the plant would close by the end of the year");
    ck_assert_int_eq(frn_quote_get_type(frn_quote_list_get_quote(quotes, 2)), FRN_QUOTE_INDIRECT);
    ck_assert_str_eq(frn_quote_get_text(frn_quote_list_get_quote(quotes, 3), NULL), "We will manage,");
    frn_quote_list_free(quotes);
    frn_article_free(article);
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *s = suite_create("quote scaling");
    TCase *tc = tcase_create("scaling");

    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_scaling_names_and_mentions_linear);
    tcase_add_test(tc, test_scaling_quotation_marks_in_one_paragraph_linear);
    tcase_add_test(tc, test_scaling_word_memo_growth_keeps_answer);
    suite_add_tcase(s, tc);
    return s;
}
