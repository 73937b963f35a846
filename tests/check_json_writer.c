/* The frnews command's JSON writer (cli/json-writer.c): separators, numbers,
 * and string escaping, the part every line of output depends on. */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "json-writer.h"
#include "test-support.h"

static json_writer *writer;
static FILE *sink;
static char *written;

static void open_writer(void)
{
    sink = tmpfile();
    ck_assert_ptr_nonnull(sink);
    writer = malloc(sizeof *writer);
    ck_assert_ptr_nonnull(writer);
    json_writer_init(writer, sink);
    written = NULL;
}

static void close_writer(void)
{
    free(written);
    free(writer);
    if (sink)
        fclose(sink);
}

/* Everything the writer produced, NUL-terminated; *len gets its length. */
static const char *output(size_t *len)
{
    long size;

    ck_assert_int_eq(json_writer_flush(writer), 0);
    size = ftell(sink);
    ck_assert_int_ge(size, 0);
    rewind(sink);
    free(written);
    written = malloc((size_t)size + 1);
    ck_assert_ptr_nonnull(written);
    ck_assert_uint_eq(fread(written, 1, (size_t)size, sink), (size_t)size);
    written[size] = '\0';
    if (len)
        *len = (size_t)size;
    return written;
}

static void write_string(const char *s, size_t len)
{
    json_string(writer, s, len);
}

/* A string literal and its length, NUL bytes included. */
#define LITERAL(s) (s), (sizeof(s) - 1)

START_TEST(test_json_writer_escapes_quote_and_backslash)
{
    write_string(LITERAL("say \"C:\\dir\""));
    ck_assert_str_eq(output(NULL), "\"say \\\"C:\\\\dir\\\"\"");
}
END_TEST

START_TEST(test_json_writer_escapes_control_characters)
{
    write_string(LITERAL("\b\f\n\r\t\x01\x1f\x7f"));
    ck_assert_str_eq(output(NULL), "\"\\b\\f\\n\\r\\t\\u0001\\u001f\\u007f\"");
}
END_TEST

START_TEST(test_json_writer_escapes_nul)
{
    write_string(LITERAL("a\0b"));
    ck_assert_str_eq(output(NULL), "\"a\\u0000b\"");
}
END_TEST

START_TEST(test_json_writer_keeps_valid_utf8)
{
    /* é, €, U+1D11E (four bytes), and U+FFFD itself */
    const char *text = "\xC3\xA9 \xE2\x82\xAC \xF0\x9D\x84\x9E \xEF\xBF\xBD";
    char expected[64];

    write_string(text, strlen(text));
    snprintf(expected, sizeof expected, "\"%s\"", text);
    ck_assert_str_eq(output(NULL), expected);
}
END_TEST

START_TEST(test_json_writer_escapes_line_separators)
{
    /* U+0085, U+2028, U+2029: Python's str.splitlines() splits at them */
    write_string(LITERAL("a\xC2\x85" "b\xE2\x80\xA8" "c\xE2\x80\xA9"));
    ck_assert_str_eq(output(NULL), "\"a\\u0085b\\u2028c\\u2029\"");
}
END_TEST

START_TEST(test_json_writer_replaces_each_invalid_byte)
{
    /* a stray byte; an overlong "/"; a surrogate; past U+10FFFF; a cut sequence */
    write_string(LITERAL("\xFF|\xC0\xAF|\xED\xA0\x80|\xF4\x90\x80\x80|\xE2\x82"));
    ck_assert_str_eq(output(NULL),
                     "\"\\ufffd|\\ufffd\\ufffd|\\ufffd\\ufffd\\ufffd|"
                     "\\ufffd\\ufffd\\ufffd\\ufffd|\\ufffd\\ufffd\"");
}
END_TEST

START_TEST(test_json_writer_places_separators)
{
    json_begin_object(writer);
    json_key(writer, "a");
    json_begin_array(writer);
    json_size(writer, 1);
    json_size(writer, 2);
    json_begin_object(writer);
    json_key(writer, "b");
    json_null(writer);
    json_end_object(writer);
    json_begin_array(writer);
    json_end_array(writer);
    json_end_array(writer);
    json_key(writer, "c");
    json_bool(writer, 1);
    json_key(writer, "d");
    json_cstring(writer, NULL);
    json_end_object(writer);
    json_end_line(writer);
    json_begin_object(writer);
    json_end_object(writer);
    json_end_line(writer);
    ck_assert_str_eq(output(NULL), "{\"a\":[1,2,{\"b\":null},[]],\"c\":true,\"d\":null}\n{}\n");
}
END_TEST

START_TEST(test_json_writer_numbers_read_back_exactly)
{
    json_begin_array(writer);
    json_double(writer, 0.8);
    json_double(writer, 1.0 / 3.0);
    json_double(writer, 0.0);
    json_double(writer, NAN);
    json_double(writer, INFINITY);
    json_size(writer, (size_t)-1);
    json_end_array(writer);
    if (sizeof(size_t) == 8)
        ck_assert_str_eq(output(NULL),
                         "[0.8,0.33333333333333331,0,null,null,18446744073709551615]");
}
END_TEST

START_TEST(test_json_writer_handles_output_larger_than_its_buffer)
{
    size_t big = 3 * JSON_BUFFER_SIZE + 7, len;
    char *text = malloc(big);
    const char *out;

    ck_assert_ptr_nonnull(text);
    memset(text, 'x', big);
    text[big - 1] = '"';
    json_begin_array(writer);
    for (int i = 0; i < 5000; i++)
        json_size(writer, 7);
    write_string(text, big);
    json_end_array(writer);
    out = output(&len);
    /* "[" + 5000 × "7," + quote + text with one escaped quote + quote + "]" */
    ck_assert_uint_eq(len, 1 + 5000 * 2 + 1 + big + 1 + 1 + 1);
    ck_assert(strncmp(out + len - 5, "x\\\"\"]", 5) == 0);
    ck_assert(strncmp(out, "[7,7,", 5) == 0);
    free(text);
}
END_TEST

START_TEST(test_json_writer_reports_a_failed_write)
{
    FILE *read_only = fopen("/dev/null", "r");

    ck_assert_ptr_nonnull(read_only);
    json_writer_init(writer, read_only);
    json_cstring(writer, "lost");
    ck_assert_int_ne(json_writer_flush(writer), 0);
    fclose(read_only);
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *suite = suite_create("json_writer");
    TCase *tcase = tcase_create("core");

    tcase_add_checked_fixture(tcase, open_writer, close_writer);
    tcase_add_test(tcase, test_json_writer_escapes_quote_and_backslash);
    tcase_add_test(tcase, test_json_writer_escapes_control_characters);
    tcase_add_test(tcase, test_json_writer_escapes_nul);
    tcase_add_test(tcase, test_json_writer_keeps_valid_utf8);
    tcase_add_test(tcase, test_json_writer_escapes_line_separators);
    tcase_add_test(tcase, test_json_writer_replaces_each_invalid_byte);
    tcase_add_test(tcase, test_json_writer_places_separators);
    tcase_add_test(tcase, test_json_writer_numbers_read_back_exactly);
    tcase_add_test(tcase, test_json_writer_handles_output_larger_than_its_buffer);
    tcase_add_test(tcase, test_json_writer_reports_a_failed_write);
    suite_add_tcase(suite, tcase);
    return suite;
}
