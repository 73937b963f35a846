/* Bylines and author bios alone (article/byline.c): which lines are bylines
 * and which names they give. */
#include <check.h>
#include <string.h>
#include "article/byline.h"
#include "test-support.h"

static size_t names_of(const char *line, frn_span names[FRNP_BYLINE_MAX_NAMES])
{
    frn_ctx *ctx;
    size_t count;

    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    ck_assert_int_eq(frnp_byline_names(ctx, frnp_lexicon_get("en"), line, strlen(line), names, &count),
                     FRN_OK);
    frn_ctx_free(ctx);
    return count;
}

/* The length of the name a bio starts with, 0 when none. */
static size_t bio_name_length(const char *bio)
{
    frn_ctx *ctx;
    frn_span name;

    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    ck_assert_int_eq(frnp_bio_name(ctx, frnp_lexicon_get("en"), bio, strlen(bio), &name), FRN_OK);
    frn_ctx_free(ctx);
    ck_assert_uint_eq(name.start, 0);
    return name.end;
}

static void assert_name(const char *line, frn_span span, const char *expected)
{
    ck_assert_uint_eq(span.end - span.start, strlen(expected));
    ck_assert_int_eq(memcmp(line + span.start, expected, strlen(expected)), 0);
}

START_TEST(test_byline_two_names_joined_by_and)
{
    const char *line = "By Jane Doe and John Roe";
    frn_span names[FRNP_BYLINE_MAX_NAMES];

    ck_assert_uint_eq(names_of(line, names), 2);
    assert_name(line, names[0], "Jane Doe");
    assert_name(line, names[1], "John Roe");
}
END_TEST

/* A colon after the opener ("By: ..."), and the openers of a text or an
 * article ("Text by ..."). */
START_TEST(test_byline_openers_with_a_colon_or_a_kind)
{
    const char *colon = "By: Ziyi Xu", *text = "Text by Hunter Dukes";
    frn_span names[FRNP_BYLINE_MAX_NAMES];

    ck_assert_uint_eq(names_of(colon, names), 1);
    assert_name(colon, names[0], "Ziyi Xu");
    ck_assert_uint_eq(names_of(text, names), 1);
    assert_name(text, names[0], "Hunter Dukes");
}
END_TEST

START_TEST(test_byline_list_with_commas_and_particles)
{
    const char *line = "Written by Maria de la Cruz, Ana Lima and Tom van der Berg";
    frn_span names[FRNP_BYLINE_MAX_NAMES];

    ck_assert_uint_eq(names_of(line, names), 3);
    assert_name(line, names[0], "Maria de la Cruz");
    assert_name(line, names[1], "Ana Lima");
    assert_name(line, names[2], "Tom van der Berg");
}
END_TEST

START_TEST(test_byline_prose_starting_with_by_is_not_one)
{
    frn_span names[FRNP_BYLINE_MAX_NAMES];

    ck_assert_uint_eq(names_of("By the way, the council met again on Tuesday.", names), 0);
    ck_assert_uint_eq(names_of("Bystanders Jane Doe and John Roe watched.", names), 0);
}
END_TEST

START_TEST(test_byline_long_line_is_prose)
{
    char line[200];
    frn_span names[FRNP_BYLINE_MAX_NAMES];

    /* A byline is short: past 120 bytes the line is read as prose. */
    memset(line, 'a', sizeof line - 1);
    line[sizeof line - 1] = '\0';
    memcpy(line, "By Jane Doe ", 12);
    ck_assert_uint_eq(names_of(line, names), 0);
}
END_TEST

START_TEST(test_byline_bio_starts_with_the_name)
{
    ck_assert_uint_eq(bio_name_length("Scott Bekker is editor in chief of Redmond magazine."),
                      strlen("Scott Bekker"));
    ck_assert_uint_eq(bio_name_length("Our editors cover technology every day."), 0);
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *suite = suite_create("bylines");
    TCase *tcase = tcase_create("names");

    tcase_add_test(tcase, test_byline_two_names_joined_by_and);
    tcase_add_test(tcase, test_byline_openers_with_a_colon_or_a_kind);
    tcase_add_test(tcase, test_byline_list_with_commas_and_particles);
    tcase_add_test(tcase, test_byline_prose_starting_with_by_is_not_one);
    tcase_add_test(tcase, test_byline_long_line_is_prose);
    tcase_add_test(tcase, test_byline_bio_starts_with_the_name);
    suite_add_tcase(suite, tcase);
    return suite;
}
