/* The text concepts alone (text/): the one case fold, the one definition of
 * a word, the possessive, and what may trail a line. */
#include <check.h>
#include <locale.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "text/text-fold.h"
#include "text/text-match.h"
#include "text/text-words.h"
#include "test-support.h"

/* The fold of text as a NUL-terminated string (static storage). */
static const char *folded(const char *text)
{
    static char out[256];
    size_t n = frnp_fold(text, strlen(text), out, sizeof out - 1, NULL);

    out[n] = '\0';
    return out;
}

START_TEST(test_text_fold_lowers_without_the_locale)
{
    ck_assert_str_eq(folded("SIGN IN"), "sign in");
    /* Under tr_TR, tolower('I') is not 'i'; the fold never asks the locale. */
    if (setlocale(LC_ALL, "tr_TR.UTF-8")) {
        ck_assert_str_eq(folded("Sign In"), "sign in");
        setlocale(LC_ALL, "C");
    }
}
END_TEST

START_TEST(test_text_fold_is_unicode_and_unifies_apostrophes)
{
    ck_assert_str_eq(folded("\xC3\x89LYS\xC3\x89" "E"), "\xC3\xA9lys\xC3\xA9" "e"); /* ÉLYSÉE */
    ck_assert_str_eq(folded("\xE2\x84\xAA"), "k");                                  /* KELVIN SIGN */
    ck_assert_str_eq(folded("Smith\xE2\x80\x99s \xE2\x80\x98tis"), "smith's 'tis");  /* U+2019, U+2018 */
    /* Simple folding: one code point for one, so ß stays ß (not "ss"). */
    ck_assert_str_eq(folded("Stra\xC3\x9F" "e"), "stra\xC3\x9F" "e");
}
END_TEST

START_TEST(test_text_fold_cuts_at_whole_code_points)
{
    char out[8];
    size_t consumed, n = frnp_fold("\xC3\x89\xC3\x89\xC3\x89\xC3\x89", 8, out, sizeof out, &consumed);

    /* Room for the longest code point must remain before each: three fit. */
    ck_assert_uint_eq(n, 6);
    ck_assert_uint_eq(consumed, 6);
    ck_assert_int_eq(memcmp(out, "\xC3\xA9\xC3\xA9\xC3\xA9", 6), 0);
}
END_TEST

START_TEST(test_text_fold_match_gives_the_text_length)
{
    const char *text = "EDITOR\xE2\x80\x99S PICKS today";

    /* The typographic apostrophe is three bytes of text for one of phrase. */
    ck_assert_uint_eq(frnp_fold_match(text, strlen(text), 0, "editor's picks", 14), 16);
    ck_assert_uint_eq(frnp_fold_match(text, strlen(text), 0, "editor's pickx", 14), 0);
    ck_assert_uint_eq(frnp_match_at(text, strlen(text), 17, "today"), 5);
    ck_assert_uint_eq(frnp_match_at("to", 2, 0, "today"), 0);
    ck_assert(frnp_fold_equals("Said", 4, "said", 4));
    ck_assert(!frnp_fold_equals("Saids", 5, "said", 4));
    ck_assert(frnp_fold_same("MINISTER", 8, "minister", 8));
    ck_assert(frnp_fold_same("\xC3\x89" "lys\xC3\xA9" "e", 8, "\xC3\xA9LYS\xC3\x89" "E", 8));
    ck_assert(!frnp_fold_same("minister", 8, "ministers", 9));
}
END_TEST

START_TEST(test_text_fold_dup_holds_a_growing_fold)
{
    /* U+023A (2 bytes) folds to U+2C65 (3 bytes). */
    size_t len;
    char *copy = frnp_fold_dup("\xC8\xBA\xC8\xBA\xC8\xBA", 6, &len);

    ck_assert_ptr_nonnull(copy);
    ck_assert_uint_eq(len, 9);
    ck_assert_str_eq(copy, "\xE2\xB1\xA5\xE2\xB1\xA5\xE2\xB1\xA5");
    free(copy);
}
END_TEST

typedef struct word_list {
    const char *text;
    char out[256];
} word_list;

static int append_word(void *data, size_t start, size_t end, int is_word)
{
    word_list *w = data;
    size_t at = strlen(w->out);

    if (!is_word)
        return 0;
    ck_assert_uint_lt(at + (end - start) + 2, sizeof w->out);
    if (at > 0)
        w->out[at++] = '|';
    memcpy(w->out + at, w->text + start, end - start);
    w->out[at + (end - start)] = '\0';
    return 0;
}

/* The words of text, as "w1|w2|..." (static storage). */
static const char *words_of(frn_ctx *ctx, const char *text)
{
    static word_list w;

    w.text = text;
    w.out[0] = '\0';
    ck_assert_int_eq(frnp_segments_each(ctx, text, strlen(text), append_word, &w), FRN_OK);
    return w.out;
}

START_TEST(test_text_words_are_icu_segments_with_a_letter_or_digit)
{
    frn_ctx *ctx;

    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    ck_assert_str_eq(words_of(ctx, "Don't stop, U.S. Senate: 3.5 million!"),
                     "Don't|stop|U.S|Senate|3.5|million");
    ck_assert_str_eq(words_of(ctx, "Smith\xE2\x80\x99s co-founder"), "Smith\xE2\x80\x99s|co|founder");
    /* ICU calls a run of underscores a word; it holds no letter or digit. */
    ck_assert_str_eq(words_of(ctx, "____ \xE2\x80\x94 ..."), "");
    frn_ctx_free(ctx);
}
END_TEST

START_TEST(test_text_count_words_stops_at_the_limit)
{
    frn_ctx *ctx;
    const char *text = "one two three four five";

    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    ck_assert_uint_eq(frnp_count_words(ctx, text, strlen(text), SIZE_MAX), 5);
    ck_assert_uint_eq(frnp_count_words(ctx, text, strlen(text), 3), 3);
    ck_assert_uint_eq(frnp_count_words(ctx, text, strlen(text), 0), 0);
    ck_assert_uint_eq(frnp_count_words(ctx, "-- | --", 7, SIZE_MAX), 0);
    ck_assert_uint_eq(frnp_count_words(ctx, "", 0, SIZE_MAX), 0);
    frn_ctx_free(ctx);
}
END_TEST

START_TEST(test_text_possessive_base)
{
    ck_assert_uint_eq(frnp_possessive_base("Apple's", 7), 5);
    ck_assert_uint_eq(frnp_possessive_base("Apple\xE2\x80\x99s", 9), 5);
    ck_assert_uint_eq(frnp_possessive_base("'s", 2), 2);     /* nothing before it */
    ck_assert_uint_eq(frnp_possessive_base("boss", 4), 4);
    ck_assert_uint_eq(frnp_possessive_base("bosses'", 7), 7); /* plural possessive: kept */
}
END_TEST

START_TEST(test_text_line_trailing_punctuation)
{
    ck_assert_uint_eq(frnp_line_core_length("sign in \xC2\xBB", 10), 7);
    ck_assert_uint_eq(frnp_line_core_length("menu:", 5), 4);
    ck_assert_uint_eq(frnp_line_core_length("more\0", 5), 4);
    ck_assert_uint_eq(frnp_line_core_length("...", 3), 0);
    ck_assert_uint_eq(frnp_line_core_length("tags", 4), 4);
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *suite = suite_create("text");
    TCase *fold = tcase_create("fold");
    TCase *words = tcase_create("words");

    tcase_add_test(fold, test_text_fold_lowers_without_the_locale);
    tcase_add_test(fold, test_text_fold_is_unicode_and_unifies_apostrophes);
    tcase_add_test(fold, test_text_fold_cuts_at_whole_code_points);
    tcase_add_test(fold, test_text_fold_match_gives_the_text_length);
    tcase_add_test(fold, test_text_fold_dup_holds_a_growing_fold);
    tcase_add_test(fold, test_text_line_trailing_punctuation);
    suite_add_tcase(suite, fold);
    tcase_add_test(words, test_text_words_are_icu_segments_with_a_letter_or_digit);
    tcase_add_test(words, test_text_count_words_stops_at_the_limit);
    tcase_add_test(words, test_text_possessive_base);
    suite_add_tcase(suite, words);
    return suite;
}
