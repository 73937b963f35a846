/* The adversarial inputs of issue 10 through the whole text pipeline
 * (parse, then quotations): each stays linear in its size. Every input is
 * one shape repeated, the shape that made a stage of 0.1.0 quadratic: a
 * 50 MB line, 100,000 one-word paragraphs, 80,000 distinct capitalised
 * names, "By X Y" bylines, runs of "he said" and "the spokesperson said"
 * (100,000 quotation marks: check_quote_scaling). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include "scaling-support.h"
#include "test-support.h"

/* One paragraph of n clauses on a single line: 50 MB at n = 1.6 million. */
static void long_line(char *text, size_t *len, size_t n)
{
    *len = (size_t)sprintf(text, "One line\n\n");
    for (size_t i = 0; i < n; i++)
        *len += (size_t)sprintf(text + *len, "%s", i % 8 == 7 ? "they voted on the plan at last. " : "the council met again today and ");
    text[(*len)++] = '\n';
}

/* Between two sentences of prose, so that the page is an article. */
static void one_word_paragraphs(char *text, size_t *len, size_t n)
{
    static const char prose[] = "The council met again today and voted on the plan.\n\n";

    *len = (size_t)sprintf(text, "Words\n\n%s", prose);
    for (size_t i = 0; i < n; i++)
        *len += (size_t)sprintf(text + *len, "Word\n\n");
    *len += (size_t)sprintf(text + *len, "%s", prose);
}

/* A new capitalised name in every paragraph, mentioned alone. */
static void distinct_names(char *text, size_t *len, size_t n)
{
    char name[16];

    *len = (size_t)sprintf(text, "Names\n\n");
    for (size_t i = 0; i < n; i++) {
        frn_test_make_name(i, name);
        *len += (size_t)sprintf(text + *len, "Then %s came.\n\n", name);
    }
}

static void bylines(char *text, size_t *len, size_t n)
{
    char first[16], last[16];

    *len = (size_t)sprintf(text, "Bylines\n\n");
    for (size_t i = 0; i < n; i++) {
        frn_test_make_name(i, first);
        frn_test_make_name(i + 7919, last);
        *len += (size_t)sprintf(text + *len, "By %s %s\n\n", first, last);
    }
}

/* Quotations whose speaker is only ever a pronoun or a role: resolving
 * each must not rescan every earlier paragraph. */
static void pronouns_and_roles(char *text, size_t *len, size_t n)
{
    *len = (size_t)sprintf(text, "Pronouns\n\n");
    for (size_t i = 0; i < n; i++)
        *len += (size_t)sprintf(text + *len, "%s\n\n",
                                i % 2 ? "\"We will see,\" he said." : "The spokesperson said it would rain.");
}

START_TEST(test_pipeline_a_50_megabyte_line_is_linear)
{
    frn_test_assert_linear(__func__, frn_test_time_parse_and_quotes, long_line, 400000, 32);
}
END_TEST

START_TEST(test_pipeline_100000_one_word_paragraphs_are_linear)
{
    frn_test_assert_linear(__func__, frn_test_time_parse_and_quotes, one_word_paragraphs, 25000, 8);
}
END_TEST

START_TEST(test_pipeline_80000_distinct_names_are_linear)
{
    frn_test_assert_linear(__func__, frn_test_time_parse_and_quotes, distinct_names, 20000, 32);
}
END_TEST

START_TEST(test_pipeline_bylines_are_linear)
{
    frn_test_assert_linear(__func__, frn_test_time_parse_and_quotes, bylines, 20000, 32);
}
END_TEST

START_TEST(test_pipeline_pronoun_and_role_speakers_are_linear)
{
    frn_test_assert_linear(__func__, frn_test_time_parse_and_quotes, pronouns_and_roles, 20000, 48);
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *s = suite_create("pipeline scaling");
    TCase *tc = tcase_create("scaling");

    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_pipeline_a_50_megabyte_line_is_linear);
    tcase_add_test(tc, test_pipeline_100000_one_word_paragraphs_are_linear);
    tcase_add_test(tc, test_pipeline_80000_distinct_names_are_linear);
    tcase_add_test(tc, test_pipeline_bylines_are_linear);
    tcase_add_test(tc, test_pipeline_pronoun_and_role_speakers_are_linear);
    suite_add_tcase(s, tc);
    return s;
}
