/* Input that is not a well-formed article: the size limit, text that is not
 * UTF-8 (named when it is UTF-16, UTF-32 or a single-byte encoding), NUL
 * bytes, byte-order marks, the lenient mode that repairs instead, charset
 * detection before it, and HTML, which is decoded as a browser does. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "test-support.h"

/* Parse with the given options and a fresh context kept in *ctx. */
static frn_status parse_with(frn_ctx **ctx, const char *text, size_t len,
                             const frn_article_options *options, frn_article **out)
{
    ck_assert_int_eq(frn_ctx_new(ctx), FRN_OK);
    return frn_article_parse(*ctx, text, len, options, out);
}

static frn_article_options *repairing_options(void)
{
    frn_article_options *options;

    ck_assert_int_eq(frn_article_options_new(&options), FRN_OK);
    ck_assert_int_eq(frn_article_options_set_repair_utf8(options, 1), FRN_OK);
    return options;
}

/* The ASCII text as UTF-16 or UTF-32 code units (unit 2 or 4 bytes), after
 * the byte-order mark when bom is set. The caller frees it. */
static char *widen(const char *ascii, size_t unit, int little_endian, int bom, size_t *len)
{
    size_t n = strlen(ascii) + (bom ? 1 : 0), at = 0;
    char *wide = calloc(n, unit);

    ck_assert_ptr_nonnull(wide);
    for (size_t i = 0; i < n; i++, at += unit) {
        unsigned c = bom && i == 0 ? 0xFEFF : (unsigned char)ascii[i - (bom ? 1 : 0)];
        for (size_t b = 0; b < unit; b++) {
            size_t shift = 8 * (little_endian ? b : unit - 1 - b);
            wide[at + b] = (char)(shift < 32 ? (c >> shift) & 0xFF : 0);
        }
    }
    *len = n * unit;
    return wide;
}

/* A parse that fails with FRN_ERR_UTF8 at pos with a message holding each
 * of the given phrases (NULL-terminated). */
static void expect_utf8_error(const char *text, size_t len, size_t pos, const char *const *phrases)
{
    frn_ctx *ctx;
    frn_article *a = (frn_article *)1;

    ck_assert_int_eq(parse_with(&ctx, text, len, NULL, &a), FRN_ERR_UTF8);
    ck_assert_ptr_null(a);
    ck_assert_uint_eq(frn_ctx_get_errpos(ctx), pos);
    for (size_t i = 0; phrases[i]; i++)
        ck_assert_msg(strstr(frn_ctx_get_errmsg(ctx), phrases[i]), "\"%s\" lacks \"%s\"",
                      frn_ctx_get_errmsg(ctx), phrases[i]);
    frn_ctx_free(ctx);
}

static const char article_text[] = "Council closes the old bridge\n\nThe council voted on Tuesday.\n";

START_TEST(test_input_over_the_default_limit_is_too_large)
{
    size_t len = FRN_ARTICLE_DEFAULT_MAX_INPUT + 1;
    char *big = malloc(len); /* never read: the size is checked first */
    frn_ctx *ctx;
    frn_article *a = (frn_article *)1;

    ck_assert_ptr_nonnull(big);
    ck_assert_int_eq(parse_with(&ctx, big, len, NULL, &a), FRN_ERR_TOO_LARGE);
    ck_assert_ptr_null(a);
    ck_assert_ptr_nonnull(strstr(frn_ctx_get_errmsg(ctx), "67108865 bytes"));
    ck_assert_ptr_nonnull(strstr(frn_ctx_get_errmsg(ctx), "67108864"));
    free(big);
    frn_ctx_free(ctx);
}
END_TEST

START_TEST(test_input_limit_is_an_option)
{
    size_t len = strlen(article_text);
    frn_article_options *options;
    frn_ctx *ctx;
    frn_article *a;

    ck_assert_int_eq(frn_article_options_new(&options), FRN_OK);
    ck_assert_int_eq(frn_article_options_set_max_input(options, 0), FRN_ERR_INVALID_ARG);
    ck_assert_int_eq(frn_article_options_set_max_input(NULL, 10), FRN_ERR_INVALID_ARG);
    ck_assert_int_eq(frn_article_options_set_max_input(options, len - 1), FRN_OK);
    ck_assert_int_eq(parse_with(&ctx, article_text, len, options, &a), FRN_ERR_TOO_LARGE);
    ck_assert_uint_eq(frn_ctx_get_errpos(ctx), len - 1);
    frn_ctx_free(ctx);
    ck_assert_int_eq(frn_article_options_set_max_input(options, len), FRN_OK);
    ck_assert_int_eq(parse_with(&ctx, article_text, len, options, &a), FRN_OK);
    frn_article_free(a);
    frn_ctx_free(ctx);
    frn_article_options_free(options);
}
END_TEST

START_TEST(test_input_nul_byte_rejected_at_its_position)
{
    static const char text[] = "Council closes\0 the old bridge\n\nThe council voted.\n";
    static const char *const phrases[] = {"NUL byte at byte 14", NULL};

    expect_utf8_error(text, sizeof text - 1, 14, phrases);
}
END_TEST

START_TEST(test_input_nul_in_title_repaired_does_not_cut_the_title)
{
    static const char text[] = "Council closes\0 the old bridge\n\nThe council voted.\n";
    frn_article_options *options = repairing_options();
    frn_ctx *ctx;
    frn_article *a;
    size_t len;

    ck_assert_int_eq(parse_with(&ctx, text, sizeof text - 1, options, &a), FRN_OK);
    ck_assert_str_eq(frn_article_get_title(a), "Council closes\xEF\xBF\xBD the old bridge");
    ck_assert_uint_eq(frn_article_get_repair_count(a), 1);
    frn_article_get_source(a, &len);
    ck_assert_uint_eq(len, sizeof text - 1 + 2);
    frn_article_free(a);
    frn_ctx_free(ctx);
    frn_article_options_free(options);
}
END_TEST

/* UTF-16 and UTF-32, with and without a byte-order mark: FRN_ERR_UTF8 at
 * the first bad byte, named. */
static const struct wide_case {
    size_t unit;
    int little_endian, bom;
    size_t pos; /* the first byte that is not UTF-8 */
    const char *name;
} wide_cases[] = {
    {2, 1, 1, 0, "UTF-16 (little-endian)"}, {2, 0, 1, 0, "UTF-16 (big-endian)"},
    {4, 1, 1, 0, "UTF-32 (little-endian)"}, {4, 0, 1, 0, "UTF-32 (big-endian)"},
    {2, 1, 0, 1, "UTF-16 (little-endian)"}, {2, 0, 0, 0, "UTF-16 (big-endian)"},
    {4, 1, 0, 1, "UTF-32 (little-endian)"}, {4, 0, 0, 0, "UTF-32 (big-endian)"},
};

START_TEST(test_input_utf16_and_utf32_are_named)
{
    const struct wide_case *c = &wide_cases[_i];
    const char *phrases[] = {c->name, c->bom ? "byte-order mark" : "without a byte-order mark",
                             "not UTF-8", NULL};
    size_t len;
    char *wide = widen(article_text, c->unit, c->little_endian, c->bom, &len);

    expect_utf8_error(wide, len, c->pos, phrases);
    free(wide);
}
END_TEST

START_TEST(test_input_latin1_and_windows1252_are_named)
{
    static const char latin1[] = "Caf\xE9 owners protest\n\nThe owners said no.\n";
    static const char cp1252[] = "Mayor speaks\n\n\x93We will rebuild,\x94 she said.\n";
    static const char *const phrases[] = {"byte value 0x", "Latin-1", "Windows-1252", NULL};

    expect_utf8_error(latin1, sizeof latin1 - 1, 3, phrases);
    expect_utf8_error(cp1252, sizeof cp1252 - 1, 14, phrases);
}
END_TEST

START_TEST(test_input_malformed_utf8_says_how)
{
    static const char overlong[] = "A slash \xC0\xAF here";
    static const char surrogate[] = "A surrogate \xED\xA0\x80 here";
    static const char past_max[] = "Past the last \xF4\x90\x80\x80 code point";
    static const char cut_middle[] = "Cut \xE2\x80 in the middle";
    static const char cut_end[] = "Cut at the end \xF0\x9F\x98";
    static const char *const value[] = {"invalid UTF-8 sequence", "overlong", "surrogate", NULL};
    static const char *const middle[] = {"incomplete UTF-8 sequence at byte 4", NULL};
    static const char *const end[] = {"incomplete UTF-8 sequence at byte 15", "end of the input", NULL};

    expect_utf8_error(overlong, sizeof overlong - 1, 8, value);
    expect_utf8_error(surrogate, sizeof surrogate - 1, 12, value);
    expect_utf8_error(past_max, sizeof past_max - 1, 14, value);
    expect_utf8_error(cut_middle, sizeof cut_middle - 1, 4, middle);
    expect_utf8_error(cut_end, sizeof cut_end - 1, 15, end);
}
END_TEST

START_TEST(test_input_utf8_byte_order_mark_is_accepted)
{
    static const char text[] = "\xEF\xBB\xBF" "Council closes the old bridge\n\nThe council voted.\n";
    frn_ctx *ctx;
    frn_article *a;
    size_t len;
    const char *src;

    ck_assert_int_eq(parse_with(&ctx, text, sizeof text - 1, NULL, &a), FRN_OK);
    ck_assert_str_eq(frn_article_get_title(a), "Council closes the old bridge");
    src = frn_article_get_source(a, &len);
    ck_assert_uint_eq(len, sizeof text - 1);
    ck_assert_int_eq(memcmp(src, text, len), 0); /* offsets point into the input as given */
    ck_assert_uint_eq(frn_article_get_paragraph(a, 0).start, 3 + 29 + 2);
    frn_article_free(a);
    frn_ctx_free(ctx);
}
END_TEST

/* What lenient mode makes of each ill-formed sequence: one U+FFFD for each
 * maximal subpart (Unicode's recommended practice, which ICU follows). */
static const struct repair_case {
    const char *bad;
    size_t replacements;
} repair_cases[] = {
    {"\xFF", 1},             /* never a UTF-8 byte */
    {"\xE9", 1},             /* Latin-1 e acute */
    {"\xC0\xAF", 2},         /* overlong: C0 never starts a sequence */
    {"\xED\xA0\x80", 3},     /* surrogate: ED A0 starts none either */
    {"\xF0\x9F\x98", 1},     /* a valid start cut short: one subpart */
    {"\xF4\x90\x80\x80", 4}, /* past U+10FFFF */
    {"\x80\x80", 2},         /* stray continuation bytes */
};

START_TEST(test_input_repair_replaces_each_maximal_subpart)
{
    const struct repair_case *c = &repair_cases[_i];
    frn_article_options *options = repairing_options();
    char text[128], expected[128];
    frn_ctx *ctx;
    frn_article *a;
    size_t len;
    const char *src;
    frn_span p;

    snprintf(text, sizeof text, "Council closes the bridge\n\nBad %s bytes here.\n", c->bad);
    strcpy(expected, "Bad ");
    for (size_t k = 0; k < c->replacements; k++)
        strcat(expected, "\xEF\xBF\xBD");
    strcat(expected, " bytes here.");
    ck_assert_int_eq(parse_with(&ctx, text, strlen(text), options, &a), FRN_OK);
    ck_assert_uint_eq(frn_article_get_repair_count(a), c->replacements);
    /* Offsets point into the repaired source text. */
    src = frn_article_get_source(a, &len);
    p = frn_article_get_paragraph(a, 0);
    ck_assert_uint_eq(p.end - p.start, strlen(expected));
    ck_assert_int_eq(memcmp(src + p.start, expected, strlen(expected)), 0);
    ck_assert_str_eq(frn_article_get_text(a, NULL), expected);
    frn_article_free(a);
    frn_ctx_free(ctx);
    frn_article_options_free(options);
}
END_TEST

START_TEST(test_input_repair_leaves_valid_input_alone)
{
    size_t len, size;
    char *text = frn_test_read_sample("000_9b3e2d958d694ffd.txt", &size);
    frn_article_options *options = repairing_options();
    frn_ctx *ctx;
    frn_article *a;
    const char *src;

    ck_assert_int_eq(parse_with(&ctx, text, size, options, &a), FRN_OK);
    ck_assert_uint_eq(frn_article_get_repair_count(a), 0);
    src = frn_article_get_source(a, &len);
    ck_assert_uint_eq(len, size);
    ck_assert_int_eq(memcmp(src, text, size), 0);
    ck_assert_uint_eq(frn_article_get_repair_count(NULL), 0);
    ck_assert_int_eq(frn_article_options_set_repair_utf8(NULL, 1), FRN_ERR_INVALID_ARG);
    frn_article_free(a);
    frn_ctx_free(ctx);
    frn_article_options_free(options);
    free(text);
}
END_TEST

START_TEST(test_input_utf16_repaired_is_still_a_result)
{
    /* Lenient mode does not guess encodings: UTF-16 becomes text with
     * U+FFFD for each NUL, which says something went wrong. */
    size_t len;
    char *wide = widen(article_text, 2, 1, 1, &len);
    frn_article_options *options = repairing_options();
    frn_ctx *ctx;
    frn_article *a;

    ck_assert_int_eq(parse_with(&ctx, wide, len, options, &a), FRN_OK);
    ck_assert_uint_gt(frn_article_get_repair_count(a), strlen(article_text));
    frn_article_free(a);
    frn_ctx_free(ctx);
    frn_article_options_free(options);
    free(wide);
}
END_TEST

/* Options of both kinds: detect_charset converts what is in another
 * charset, repair_utf8 replaces what no charset explains (a NUL). */
static frn_article_options *options_with(int detect, int repair, frn_format format)
{
    frn_article_options *options;

    ck_assert_int_eq(frn_article_options_new(&options), FRN_OK);
    ck_assert_int_eq(frn_article_options_set_detect_charset(options, detect), FRN_OK);
    ck_assert_int_eq(frn_article_options_set_repair_utf8(options, repair), FRN_OK);
    ck_assert_int_eq(frn_article_options_set_format(options, format), FRN_OK);
    return options;
}

START_TEST(test_input_refusal_names_both_options)
{
    static const char latin1[] = "Caf\xE9 owners protest\n\nThe owners said no.\n";
    static const char *const phrases[] = {"Latin-1", "detect-charset", "repair-utf8", NULL};

    expect_utf8_error(latin1, sizeof latin1 - 1, 3, phrases);
}
END_TEST

START_TEST(test_input_detection_comes_before_repair)
{
    static const char latin1[] = "Caf\xE9 owners protest\n\nThe owners of the caf\xE9 said no.\n";
    frn_article_options *options = options_with(1, 1, FRN_FORMAT_TEXT);
    frn_ctx *ctx;
    frn_article *a;

    /* Converted from windows-1252, not replaced: nothing is lost. */
    ck_assert_int_eq(parse_with(&ctx, latin1, sizeof latin1 - 1, options, &a), FRN_OK);
    ck_assert_str_eq(frn_article_get_title(a), "Caf\xC3\xA9 owners protest");
    ck_assert_uint_eq(frn_article_get_repair_count(a), 0);
    frn_article_free(a);
    frn_ctx_free(ctx);
    frn_article_options_free(options);
}
END_TEST

START_TEST(test_input_nul_is_no_charset)
{
    static const char text[] = "Council closes\0 the old bridge\n\nThe council voted.\n";
    static const char *const phrases[] = {"NUL byte at byte 14", NULL};
    frn_article_options *detect = options_with(1, 0, FRN_FORMAT_AUTO);
    frn_article_options *both = options_with(1, 1, FRN_FORMAT_AUTO);
    frn_ctx *ctx;
    frn_article *a = (frn_article *)1;

    /* UTF-8 text with a NUL in it is not converted: refused, or repaired. */
    ck_assert_int_eq(parse_with(&ctx, text, sizeof text - 1, detect, &a), FRN_ERR_UTF8);
    ck_assert_ptr_null(a);
    ck_assert_uint_eq(frn_ctx_get_errpos(ctx), 14);
    ck_assert_ptr_nonnull(strstr(frn_ctx_get_errmsg(ctx), phrases[0]));
    frn_ctx_free(ctx);
    ck_assert_int_eq(parse_with(&ctx, text, sizeof text - 1, both, &a), FRN_OK);
    ck_assert_str_eq(frn_article_get_title(a), "Council closes\xEF\xBF\xBD the old bridge");
    ck_assert_uint_eq(frn_article_get_repair_count(a), 1);
    frn_article_free(a);
    frn_ctx_free(ctx);
    frn_article_options_free(detect);
    frn_article_options_free(both);
}
END_TEST

START_TEST(test_input_utf16_text_detected)
{
    size_t len;
    char *wide = widen(article_text, 2, 1, 0, &len);
    frn_article_options *options = options_with(1, 0, FRN_FORMAT_AUTO);
    frn_ctx *ctx;
    frn_article *a;

    ck_assert_int_eq(parse_with(&ctx, wide, len, options, &a), FRN_OK);
    ck_assert_int_eq(frn_article_get_format(a), FRN_FORMAT_TEXT);
    ck_assert_str_eq(frn_article_get_title(a), "Council closes the old bridge");
    ck_assert_uint_eq(frn_article_get_repair_count(a), 0);
    frn_article_free(a);
    frn_ctx_free(ctx);
    frn_article_options_free(options);
    free(wide);
}
END_TEST

START_TEST(test_input_html_replacements_are_counted)
{
    /* Declared UTF-8 with a stray byte, and a NUL: a browser reads on, so
     * does the HTML reader, and says how much it replaced. */
    static const char page[] =
        "<html><head><meta charset=\"utf-8\"></head><body><h1>Council closes the bridge</h1>"
        "<p>The council voted on Tuesday to close the bridge \xFF for repairs, after the storm.\0</p>"
        "</body></html>";
    frn_ctx *ctx;
    frn_article *a;
    size_t len;
    const char *src;

    ck_assert_int_eq(parse_with(&ctx, page, sizeof page - 1, NULL, &a), FRN_OK);
    ck_assert_int_eq(frn_article_get_format(a), FRN_FORMAT_HTML);
    ck_assert_uint_eq(frn_article_get_repair_count(a), 2);
    src = frn_article_get_source(a, &len);
    ck_assert_ptr_nonnull(strstr(src, "bridge \xEF\xBF\xBD for repairs"));
    ck_assert_ptr_null(memchr(src, '\0', len));
    frn_article_free(a);
    frn_ctx_free(ctx);
}
END_TEST

START_TEST(test_input_limit_applies_to_html)
{
    static const char page[] = "<html><body><h1>Council closes the bridge</h1></body></html>";
    frn_article_options *options = options_with(0, 0, FRN_FORMAT_HTML);
    frn_ctx *ctx;
    frn_article *a = (frn_article *)1;

    ck_assert_int_eq(frn_article_options_set_max_input(options, 10), FRN_OK);
    ck_assert_int_eq(parse_with(&ctx, page, sizeof page - 1, options, &a), FRN_ERR_TOO_LARGE);
    ck_assert_ptr_null(a);
    frn_ctx_free(ctx);
    frn_article_options_free(options);
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *s = suite_create("input");
    TCase *tc = tcase_create("core");

    tcase_add_test(tc, test_input_over_the_default_limit_is_too_large);
    tcase_add_test(tc, test_input_limit_is_an_option);
    tcase_add_test(tc, test_input_nul_byte_rejected_at_its_position);
    tcase_add_test(tc, test_input_nul_in_title_repaired_does_not_cut_the_title);
    tcase_add_loop_test(tc, test_input_utf16_and_utf32_are_named, 0,
                        sizeof wide_cases / sizeof *wide_cases);
    tcase_add_test(tc, test_input_latin1_and_windows1252_are_named);
    tcase_add_test(tc, test_input_malformed_utf8_says_how);
    tcase_add_test(tc, test_input_utf8_byte_order_mark_is_accepted);
    tcase_add_loop_test(tc, test_input_repair_replaces_each_maximal_subpart, 0,
                        sizeof repair_cases / sizeof *repair_cases);
    tcase_add_test(tc, test_input_repair_leaves_valid_input_alone);
    tcase_add_test(tc, test_input_utf16_repaired_is_still_a_result);
    tcase_add_test(tc, test_input_refusal_names_both_options);
    tcase_add_test(tc, test_input_detection_comes_before_repair);
    tcase_add_test(tc, test_input_nul_is_no_charset);
    tcase_add_test(tc, test_input_utf16_text_detected);
    tcase_add_test(tc, test_input_html_replacements_are_counted);
    tcase_add_test(tc, test_input_limit_applies_to_html);
    suite_add_tcase(s, tc);
    return s;
}
