/* Attribute names libxml2 refuses (article/html-attribute-names.c): each
 * refused byte of a name in a start tag becomes '_', one for one, and
 * nothing else changes, not in values, text, comments or scripts. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "article/html-attribute-names.h"
#include "test-support.h"

/* The repaired page, or the page itself when nothing needed it. */
static char *repaired_of(const char *page)
{
    size_t len = strlen(page);
    char *repaired = NULL, *text = malloc(len + 1);

    ck_assert_ptr_nonnull(text);
    ck_assert(frnp_html_repair_attribute_names(page, len, &repaired));
    /* One for one: the length, and so every offset, is kept. */
    memcpy(text, repaired ? repaired : page, len);
    text[len] = '\0';
    free(repaired);
    return text;
}

static void assert_repair(const char *page, const char *expected)
{
    char *got = repaired_of(page);

    ck_assert_str_eq(got, expected);
    free(got);
}

START_TEST(test_framework_names_are_rewritten)
{
    assert_repair("<div @click=\"open = !open\" class=\"menu\">x</div>",
                  "<div _click=\"open = !open\" class=\"menu\">x</div>");
    assert_repair("<header\n  @scroll.window=\"top > 0\"\n>", "<header\n  _scroll.window=\"top > 0\"\n>");
    assert_repair("<button (click)=\"go()\" [disabled]='busy' #ref>", "<button _click_=\"go()\" _disabled_='busy' _ref>");
    /* A start tag left open: the next "<tag" is a name of its attributes, as in browsers. */
    assert_repair("<body\n<header class=\"h\">", "<body\n_header class=\"h\">");
}
END_TEST

START_TEST(test_names_libxml2_reads_are_kept)
{
    const char *page = "<div :class=\"{a: b}\" x-on:click=\"go\" data-x.y_z=1 v-if=ok>a @b c</div>";
    char *repaired = NULL;

    ck_assert(frnp_html_repair_attribute_names(page, strlen(page), &repaired));
    ck_assert_ptr_null(repaired); /* nothing to rewrite: no copy */
}
END_TEST

START_TEST(test_values_text_comments_and_scripts_are_kept)
{
    const char *kept[] = {
        "<a title=\"mail @me or [us]\" href='x @y'>text @mention (aside) [note]</a>",
        "<!-- <div @click=\"x\"> --><p>a</p>",
        "<script>if (a <b @c) {}</script><p>a</p>",
        "<style>a<b @x{}</style>",
        "<p>1 < 2 @ 3</p>",
        "</div @x>",
        "<a href=x>",
        "<div title=\"never closed @x>",
    };

    for (size_t i = 0; i < sizeof kept / sizeof *kept; i++) {
        char *repaired = NULL;
        ck_assert(frnp_html_repair_attribute_names(kept[i], strlen(kept[i]), &repaired));
        ck_assert_msg(repaired == NULL, "rewrote %s", kept[i]);
    }
    /* After a script, tags are read again. */
    assert_repair("<script>x = '<a @b>';</script><i @c=1>", "<script>x = '<a @b>';</script><i _c=1>");
}
END_TEST

START_TEST(test_truncated_tags_end_the_scan)
{
    const char *pages[] = {"<", "<d", "<div @", "<div a=", "<div a=\"", "<!--", "<script>", "<div\n@x='"};

    for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
        char *got = repaired_of(pages[i]);
        ck_assert_uint_eq(strlen(got), strlen(pages[i]));
        free(got);
    }
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *suite = suite_create("html attribute names");
    TCase *tcase = tcase_create("repair");

    tcase_add_test(tcase, test_framework_names_are_rewritten);
    tcase_add_test(tcase, test_names_libxml2_reads_are_kept);
    tcase_add_test(tcase, test_values_text_comments_and_scripts_are_kept);
    tcase_add_test(tcase, test_truncated_tags_end_the_scan);
    suite_add_tcase(suite, tcase);
    return suite;
}
