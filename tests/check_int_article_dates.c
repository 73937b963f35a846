/* Dates alone (article/date-text.c): prose in several languages through
 * ICU's month names, ISO 8601 metadata with time and offset, relative
 * dates against a reference. */
#include <check.h>
#include <string.h>
#include "article/date-text.h"
#include "frnews.h"

static frn_ctx *ctx;

static void setup(void)
{
    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
}

static void teardown(void)
{
    frn_ctx_free(ctx);
}

static const char *find(const char *text)
{
    static char iso[11];

    return frnp_date_find(ctx, text, strlen(text), iso) ? iso : "none";
}

static const char *normalize(const char *value)
{
    static char out[FRNP_DATE_BYTES];

    return frnp_date_normalize(ctx, value, strlen(value), out) ? out : "none";
}

START_TEST(test_date_prose_in_english)
{
    ck_assert_str_eq(find("Published June 12, 2020 at 9:30"), "2020-06-12");
    ck_assert_str_eq(find("12th Jun. 2020"), "2020-06-12");
    ck_assert_str_eq(find("Sept 3, 2019"), "2019-09-03");
    ck_assert_str_eq(find("It was a long day in May."), "none");
}
END_TEST

START_TEST(test_date_prose_in_other_languages)
{
    ck_assert_str_eq(find("Publié le 12 juin 2020"), "2020-06-12");
    ck_assert_str_eq(find("Veröffentlicht am 3. März 2021"), "2021-03-03");
    ck_assert_str_eq(find("12 de junio de 2020"), "2020-06-12");
    ck_assert_str_eq(find("5 settembre 2018"), "2018-09-05");
    ck_assert_str_eq(find("3 \xD0\xB8\xD1\x8E\xD0\xBD\xD1\x8F 2022"), "2022-06-03"); /* 3 июня 2022 */
    ck_assert_str_eq(find("2020\xE5\xB9\xB4" "6\xE6\x9C\x88" "12\xE6\x97\xA5"), "2020-06-12");
    ck_assert_str_eq(find("12.06.2020"), "2020-06-12");
}
END_TEST

START_TEST(test_date_invalid_calendar_dates_refused)
{
    ck_assert_str_eq(find("February 30, 2020"), "none");
    ck_assert_str_eq(find("2021-02-29"), "none");
    ck_assert_str_eq(find("2020-02-29"), "2020-02-29");
}
END_TEST

START_TEST(test_date_metadata_keeps_time_and_offset)
{
    ck_assert_str_eq(normalize("2020-06-12T09:30:00+02:00"), "2020-06-12T09:30:00+02:00");
    ck_assert_str_eq(normalize("2020-06-12T09:30:00.123Z"), "2020-06-12T09:30:00+00:00");
    ck_assert_str_eq(normalize(" 2020-06-12T09:30-0500"), "2020-06-12T09:30:00-05:00");
    ck_assert_str_eq(normalize("2020-06-12 09:30:15"), "2020-06-12T09:30:15");
    ck_assert_str_eq(normalize("2020-06-12"), "2020-06-12");
    ck_assert_str_eq(normalize("Fri, 12 Jun 2020 09:30:00 +0000"), "2020-06-12");
    ck_assert_str_eq(normalize("soon"), "none");
}
END_TEST

START_TEST(test_date_relative_to_reference)
{
    char iso[11];
    const char *ref = "2020-06-12T10:00:00Z";

    ck_assert(frnp_date_relative("Published 3 hours ago", 21, ref, iso));
    ck_assert_str_eq(iso, "2020-06-12");
    ck_assert(frnp_date_relative("11 hours ago", 12, ref, iso));
    ck_assert_str_eq(iso, "2020-06-11");
    ck_assert(frnp_date_relative("2 days ago", 10, "2020-03-01", iso));
    ck_assert_str_eq(iso, "2020-02-28");
    ck_assert(frnp_date_relative("Yesterday", 9, "2021-01-01", iso));
    ck_assert_str_eq(iso, "2020-12-31");
    ck_assert(!frnp_date_relative("3 hours ago", 11, NULL, iso));
    ck_assert(!frnp_date_relative("in 3 hours", 10, ref, iso));
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *s = suite_create("article dates");
    TCase *tc = tcase_create("dates");

    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_date_prose_in_english);
    tcase_add_test(tc, test_date_prose_in_other_languages);
    tcase_add_test(tc, test_date_invalid_calendar_dates_refused);
    tcase_add_test(tc, test_date_metadata_keeps_time_and_offset);
    tcase_add_test(tc, test_date_relative_to_reference);
    suite_add_tcase(s, tc);
    return s;
}
