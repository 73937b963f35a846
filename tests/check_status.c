/* The status table, the version calls and the context's life cycle. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <frnews.h>
#include "test-support.h"

/* Every status of the table, expanded from the same X-macro as the enum. */
#define FRN_STATUS_VALUE(name, value, message) FRN_##name,
static const frn_status all_statuses[] = {FRN_STATUS_MAP(FRN_STATUS_VALUE)};
#undef FRN_STATUS_VALUE
#define STATUS_COUNT (sizeof all_statuses / sizeof all_statuses[0])

START_TEST(test_status_names_are_prefixed_and_distinct)
{
    for (size_t i = 0; i < STATUS_COUNT; i++) {
        const char *name = frn_status_name(all_statuses[i]);
        ck_assert_msg(strncmp(name, "FRN_", 4) == 0 && strlen(name) > 4,
                      "status %d is named \"%s\"", (int)all_statuses[i], name);
        ck_assert_str_ne(name, "FRN_ERR_UNKNOWN");
        for (size_t j = 0; j < i; j++)
            ck_assert_str_ne(name, frn_status_name(all_statuses[j]));
    }
}
END_TEST

START_TEST(test_status_messages_are_not_empty)
{
    for (size_t i = 0; i < STATUS_COUNT; i++) {
        const char *message = frn_status_str(all_statuses[i]);
        ck_assert_ptr_nonnull(message);
        ck_assert_msg(message[0] != '\0', "status %s has an empty message",
                      frn_status_name(all_statuses[i]));
        ck_assert_str_ne(message, "unknown status");
    }
}
END_TEST

START_TEST(test_status_known_values_match_their_names)
{
    ck_assert_str_eq(frn_status_name(FRN_OK), "FRN_OK");
    ck_assert_str_eq(frn_status_name(FRN_ERR_UTF8), "FRN_ERR_UTF8");
    ck_assert_str_eq(frn_status_name(FRN_ERR_TOO_LARGE), "FRN_ERR_TOO_LARGE");
    ck_assert_str_eq(frn_status_str(FRN_OK), "success");
    ck_assert_str_eq(frn_status_str(FRN_ERR_NOMEM), "out of memory");
}
END_TEST

START_TEST(test_status_unknown_value_has_fallback_text)
{
    frn_status unknown = FRN_STATUS_LIMIT_;

    ck_assert_str_eq(frn_status_str(unknown), "unknown status");
    ck_assert_str_eq(frn_status_name(unknown), "FRN_ERR_UNKNOWN");
    ck_assert_str_eq(frn_status_str((frn_status)-1), "unknown status");
    ck_assert_str_eq(frn_status_name((frn_status)-1), "FRN_ERR_UNKNOWN");
}
END_TEST

START_TEST(test_status_version_matches_headers)
{
    ck_assert_str_eq(frn_version_string(), FRN_VERSION_STRING);
    ck_assert_uint_eq(frn_version_hex(), (unsigned)FRN_VERSION_HEX);
    /* The hex packs the three parts: 0.1.0 is 0x000100. */
    ck_assert_uint_eq(frn_version_hex() >> 16, (unsigned)FRN_VERSION_MAJOR);
    ck_assert_uint_eq((frn_version_hex() >> 8) & 0xffu, (unsigned)FRN_VERSION_MINOR);
    ck_assert_uint_eq(frn_version_hex() & 0xffu, (unsigned)FRN_VERSION_PATCH);
}
END_TEST

START_TEST(test_status_ctx_new_rejects_null_out)
{
    ck_assert_int_eq(frn_ctx_new(NULL), FRN_ERR_INVALID_ARG);
}
END_TEST

START_TEST(test_status_ctx_starts_without_error)
{
    frn_ctx *ctx = NULL;

    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    ck_assert_ptr_nonnull(ctx);
    ck_assert_str_eq(frn_ctx_get_errmsg(ctx), "");
    ck_assert_uint_eq(frn_ctx_get_errpos(ctx), (size_t)-1);
    frn_ctx_free(ctx);
}
END_TEST

START_TEST(test_status_ctx_free_accepts_null)
{
    frn_ctx_free(NULL);
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *suite = suite_create("status");
    TCase *tcase = tcase_create("core");

    tcase_add_test(tcase, test_status_names_are_prefixed_and_distinct);
    tcase_add_test(tcase, test_status_messages_are_not_empty);
    tcase_add_test(tcase, test_status_known_values_match_their_names);
    tcase_add_test(tcase, test_status_unknown_value_has_fallback_text);
    tcase_add_test(tcase, test_status_version_matches_headers);
    tcase_add_test(tcase, test_status_ctx_new_rejects_null_out);
    tcase_add_test(tcase, test_status_ctx_starts_without_error);
    tcase_add_test(tcase, test_status_ctx_free_accepts_null);
    suite_add_tcase(suite, tcase);
    return suite;
}
