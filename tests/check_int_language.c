/* Function words alone (article/language.c): which words count, whatever
 * their case, ASCII or not. */
#include <check.h>
#include <string.h>
#include "article/language.h"
#include "test-support.h"

static double share_of(const char *text)
{
    frn_ctx *ctx;
    double share;

    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    share = frnp_function_word_share(ctx, text, strlen(text));
    frn_ctx_free(ctx);
    return share;
}

START_TEST(test_language_function_words_in_any_case)
{
    /* Nine words, six English function words: The AND the ARE in the. */
    ck_assert_double_eq_tol(share_of("The Cat AND the dog ARE in the house"), 6.0 / 9.0, 1e-9);
    /* Longer words that start like function words are none. */
    ck_assert_double_eq_tol(share_of("Theory andante Android thesis"), 0.0, 1e-9);
}
END_TEST

START_TEST(test_language_function_words_outside_ascii)
{
    /* Capital A-tilde folds to the PT word "não"; "Ó" to nothing listed. */
    ck_assert_double_eq_tol(share_of("N\xC3\x83O n\xC3\xA3o foi \xC3\x93rg\xC3\xA3o"), 3.0 / 4.0, 1e-9);
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *suite = suite_create("language");
    TCase *tcase = tcase_create("function words");

    tcase_add_test(tcase, test_language_function_words_in_any_case);
    tcase_add_test(tcase, test_language_function_words_outside_ascii);
    suite_add_tcase(suite, tcase);
    return suite;
}
