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

Suite *frn_test_suite(void)
{
    Suite *s = suite_create("quote scaling");
    TCase *tc = tcase_create("scaling");

    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_scaling_names_and_mentions_linear);
    tcase_add_test(tc, test_scaling_quotation_marks_in_one_paragraph_linear);
    suite_add_tcase(s, tc);
    return s;
}
