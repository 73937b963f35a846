/* Quotation-mark pairing alone (quote/quote-marks.c): which marks open and
 * close, what the content is, and what is left unpaired. */
#include <check.h>
#include <string.h>
#include "quote/quote-marks.h"
#include "test-support.h"

#define MAX_FOUND 8

typedef struct found {
    frnp_marked_quote quotes[MAX_FOUND];
    size_t count;
} found;

static int collect(void *data, const frnp_marked_quote *quote)
{
    found *f = data;

    ck_assert_uint_lt(f->count, MAX_FOUND);
    f->quotes[f->count++] = *quote;
    return 1;
}

/* Pair the marks of text taken as one paragraph (next: the one after it). */
static found pair(const char *text, const char *next)
{
    static char joined[512];
    found f = {{{{0, 0}, {0, 0}, 0}}, 0};
    size_t len = strlen(text);
    frn_span paragraph = {0, len}, following = {len + 1, len + 1 + (next ? strlen(next) : 0)};

    ck_assert_uint_lt(following.end, sizeof joined);
    memcpy(joined, text, len);
    joined[len] = '\n';
    if (next)
        memcpy(joined + len + 1, next, strlen(next));
    ck_assert(frnp_quote_marks_find(joined, paragraph, next ? &following : NULL, collect, &f));
    return f;
}

static void assert_content(const char *text, const frnp_marked_quote *q, const char *expected)
{
    ck_assert_uint_eq(q->content.end - q->content.start, strlen(expected));
    ck_assert_int_eq(memcmp(text + q->content.start, expected, strlen(expected)), 0);
}

/* text holds exactly one quotation, whose content is expected. */
static void assert_one_quotation(const char *text, const char *expected)
{
    found f = pair(text, NULL);

    ck_assert_uint_eq(f.count, 1);
    assert_content(text, &f.quotes[0], expected);
}

START_TEST(test_marks_curly_pair_content_is_trimmed)
{
    const char *text = "She said: \xE2\x80\x9C We will win. \xE2\x80\x9D Then she left.";
    found f = pair(text, NULL);

    ck_assert_uint_eq(f.count, 1);
    assert_content(text, &f.quotes[0], "We will win.");
    /* The outer span runs from the opening mark to past the closing one. */
    ck_assert_uint_eq(f.quotes[0].outer.start, 10);
    ck_assert_uint_eq(f.quotes[0].outer.end, 10 + 3 + 14 + 3);
    ck_assert(f.quotes[0].closed);
}
END_TEST

START_TEST(test_marks_straight_pairs_in_turn)
{
    const char *text = "\"One,\" he said, \"two.\"";
    found f = pair(text, NULL);

    ck_assert_uint_eq(f.count, 2);
    assert_content(text, &f.quotes[0], "One,");
    assert_content(text, &f.quotes[1], "two.");
}
END_TEST

START_TEST(test_marks_german_and_guillemets)
{
    const char *german = "Er sagte: \xE2\x80\x9E" "Wir kommen.\xE2\x80\x9C";
    const char *french = "Il a dit \xC2\xAB Nous venons \xC2\xBB hier.";
    found f = pair(german, NULL);

    ck_assert_uint_eq(f.count, 1);
    assert_content(german, &f.quotes[0], "Wir kommen.");
    f = pair(french, NULL);
    ck_assert_uint_eq(f.count, 1);
    assert_content(french, &f.quotes[0], "Nous venons");
}
END_TEST

START_TEST(test_marks_apostrophe_is_not_a_quotation)
{
    const char *text = "Microsoft\xE2\x80\x99s president won\xE2\x80\x99t say.";

    ck_assert_uint_eq(pair(text, NULL).count, 0);
}
END_TEST

START_TEST(test_marks_single_quotes_at_word_boundary)
{
    const char *text = "The plan was called \xE2\x80\x98" "a disaster\xE2\x80\x99 by critics.";
    found f = pair(text, NULL);

    ck_assert_uint_eq(f.count, 1);
    assert_content(text, &f.quotes[0], "a disaster");
}
END_TEST

START_TEST(test_marks_unbalanced_mark_is_left_alone)
{
    /* An opening mark never closed, and no quotation in the next paragraph. */
    ck_assert_uint_eq(pair("He said \xE2\x80\x9Cthis runs on and on.", "Next paragraph.").count, 0);
}
END_TEST

START_TEST(test_marks_quotation_continued_in_next_paragraph)
{
    /* Multi-paragraph quotations repeat the opening mark, not the closing one. */
    const char *text = "\xE2\x80\x9CThe first paragraph of it.";
    found f = pair(text, "\xE2\x80\x9C" "And the second.\xE2\x80\x9D");

    ck_assert_uint_eq(f.count, 1);
    ck_assert(!f.quotes[0].closed);
    assert_content(text, &f.quotes[0], "The first paragraph of it.");
}
END_TEST

START_TEST(test_marks_cjk_brackets_and_full_width_marks)
{
    /* 「我们会赢『一定』的」他说。 and ＂We will win＂ */
    const char *cjk = "\xE3\x80\x8C\xE6\x88\x91\xE4\xBB\xAC\xE4\xBC\x9A\xE8\xB5\xA2"
                      "\xE3\x80\x8E\xE4\xB8\x80\xE5\xAE\x9A\xE3\x80\x8F\xE7\x9A\x84"
                      "\xE3\x80\x8D\xE4\xBB\x96\xE8\xAF\xB4\xE3\x80\x82";
    const char *wide = "He said \xEF\xBC\x82We will win\xEF\xBC\x82 and left.";

    /* One quotation, its inner 『』 left inside it. */
    assert_one_quotation(cjk, "\xE6\x88\x91\xE4\xBB\xAC\xE4\xBC\x9A\xE8\xB5\xA2\xE3\x80\x8E\xE4\xB8\x80"
                              "\xE5\xAE\x9A\xE3\x80\x8F\xE7\x9A\x84");
    assert_one_quotation(wide, "We will win");
}
END_TEST

START_TEST(test_marks_nested_single_quotation_stays_inside)
{
    assert_one_quotation("\xE2\x80\x9CHe told me \xE2\x80\x98we will close it\xE2\x80\x99 and left,\xE2\x80\x9D she said.",
                         "He told me \xE2\x80\x98we will close it\xE2\x80\x99 and left,");
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *suite = suite_create("quote_marks");
    TCase *tcase = tcase_create("pairing");

    tcase_add_test(tcase, test_marks_curly_pair_content_is_trimmed);
    tcase_add_test(tcase, test_marks_straight_pairs_in_turn);
    tcase_add_test(tcase, test_marks_german_and_guillemets);
    tcase_add_test(tcase, test_marks_apostrophe_is_not_a_quotation);
    tcase_add_test(tcase, test_marks_single_quotes_at_word_boundary);
    tcase_add_test(tcase, test_marks_unbalanced_mark_is_left_alone);
    tcase_add_test(tcase, test_marks_quotation_continued_in_next_paragraph);
    tcase_add_test(tcase, test_marks_cjk_brackets_and_full_width_marks);
    tcase_add_test(tcase, test_marks_nested_single_quotation_stays_inside);
    suite_add_tcase(suite, tcase);
    return suite;
}
