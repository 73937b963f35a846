/* The frnews command's JSON Lines reader (cli/jsonl-reader.c): articles
 * with their fields, bad lines reported with their position, reading going
 * on after them, and recognition by content. */
#include <check.h>
#include <string.h>
#include "jsonl-reader.h"
#include "test-support.h"

static jsonl_reader *reader_over(const char *data, size_t max_line, FILE **f)
{
    jsonl_reader *reader;

    *f = tmpfile();
    ck_assert_ptr_nonnull(*f);
    fputs(data, *f);
    rewind(*f);
    ck_assert_int_eq(jsonl_reader_open(*f, max_line, &reader), 0);
    return reader;
}

START_TEST(test_jsonl_articles_with_their_fields)
{
    FILE *f;
    jsonl_reader *r = reader_over(
        "{\"id\": \"a1\", \"url\": \"https://example.org/a\", \"date\": \"2020-06-12\", "
        "\"text\": \"Headline\\n\\nBody \\u201cquoted\\u201d.\"}\n"
        "\n"
        "{\"html\": \"<p>Hi</p>\", \"id\": 7}\r\n",
        0, &f);
    jsonl_record record;

    ck_assert_int_eq(jsonl_reader_next(r, &record), JSONL_RECORD);
    ck_assert_str_eq(record.id, "a1");
    ck_assert_str_eq(record.url, "https://example.org/a");
    ck_assert_str_eq(record.date, "2020-06-12");
    ck_assert(!record.is_html);
    /* JSON escapes decoded: \u201c is the 3-byte UTF-8 E2 80 9C. */
    ck_assert_uint_eq(record.content_len, strlen("Headline\n\nBody \xE2\x80\x9Cquoted\xE2\x80\x9D."));
    ck_assert_str_eq(record.content, "Headline\n\nBody \xE2\x80\x9Cquoted\xE2\x80\x9D.");
    ck_assert_uint_eq(record.line, 1);

    /* The blank line is skipped; an integer id is written out; CRLF is fine. */
    ck_assert_int_eq(jsonl_reader_next(r, &record), JSONL_RECORD);
    ck_assert(record.is_html);
    ck_assert_str_eq(record.content, "<p>Hi</p>");
    ck_assert_str_eq(record.id, "7");
    ck_assert_ptr_null(record.url);
    ck_assert_uint_eq(record.line, 3);
    ck_assert_int_eq(jsonl_reader_next(r, &record), JSONL_END);
    jsonl_reader_free(r);
    fclose(f);
}
END_TEST

START_TEST(test_jsonl_bad_lines_are_reported_and_reading_goes_on)
{
    FILE *f;
    jsonl_reader *r = reader_over("{\"text\": \"one\"}\n"
                                  "{\"text\": \"two\", oops}\n"
                                  "[1, 2]\n"
                                  "{\"title\": \"no body\"}\n"
                                  "{\"text\": 42}\n"
                                  "{\"text\": \"six\"}\n",
                                  0, &f);
    jsonl_record record;
    size_t line, column;

    ck_assert_int_eq(jsonl_reader_next(r, &record), JSONL_RECORD);
    ck_assert_int_eq(jsonl_reader_next(r, &record), JSONL_BAD_LINE);
    jsonl_reader_error(r, &line, &column);
    ck_assert_uint_eq(line, 2);
    /* jansson points at the unquoted key, "oops" from column 18 on. */
    ck_assert_uint_ge(column, 17);
    ck_assert_uint_le(column, 21);
    ck_assert_int_eq(jsonl_reader_next(r, &record), JSONL_BAD_LINE);
    ck_assert(strstr(jsonl_reader_error(r, &line, NULL), "not an object") != NULL);
    ck_assert_uint_eq(line, 3);
    ck_assert_int_eq(jsonl_reader_next(r, &record), JSONL_BAD_LINE);
    ck_assert(strstr(jsonl_reader_error(r, NULL, NULL), "neither \"text\" nor \"html\"") != NULL);
    ck_assert_int_eq(jsonl_reader_next(r, &record), JSONL_BAD_LINE);
    ck_assert(strstr(jsonl_reader_error(r, NULL, NULL), "not a string") != NULL);
    ck_assert_int_eq(jsonl_reader_next(r, &record), JSONL_RECORD);
    ck_assert_str_eq(record.content, "six");
    ck_assert_uint_eq(record.line, 6);
    ck_assert_int_eq(jsonl_reader_next(r, &record), JSONL_END);
    ck_assert_int_eq(jsonl_reader_read_error(r), 0);
    jsonl_reader_free(r);
    fclose(f);
}
END_TEST

START_TEST(test_jsonl_line_over_the_limit_is_bad)
{
    FILE *f;
    jsonl_reader *r = reader_over("{\"text\": \"a long line of text\"}\n{\"text\": \"ok\"}\n", 20, &f);
    jsonl_record record;

    ck_assert_int_eq(jsonl_reader_next(r, &record), JSONL_BAD_LINE);
    ck_assert(strstr(jsonl_reader_error(r, NULL, NULL), "limit") != NULL);
    ck_assert_int_eq(jsonl_reader_next(r, &record), JSONL_RECORD);
    ck_assert_str_eq(record.content, "ok");
    jsonl_reader_free(r);
    fclose(f);
}
END_TEST

START_TEST(test_jsonl_recognised_by_content)
{
    static const char cut[] = "{\"id\": \"x\", \"text\": \"a line cut by the end of what was re";

    ck_assert(jsonl_looks_like("\n  {\"text\": \"a\"}\n{\"text\": \"b\"}\n", 32));
    ck_assert(jsonl_looks_like(cut, sizeof cut - 1));
    ck_assert(!jsonl_looks_like("{\"name\": \"no article\"}\n", 24));
    ck_assert(!jsonl_looks_like("Headline\n\n{not json}\n", 21));
    ck_assert(!jsonl_looks_like("<!doctype html>", 15));
    ck_assert(!jsonl_looks_like("", 0));
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *suite = suite_create("jsonl_reader");
    TCase *tcase = tcase_create("lines");

    tcase_add_test(tcase, test_jsonl_articles_with_their_fields);
    tcase_add_test(tcase, test_jsonl_bad_lines_are_reported_and_reading_goes_on);
    tcase_add_test(tcase, test_jsonl_line_over_the_limit_is_bad);
    tcase_add_test(tcase, test_jsonl_recognised_by_content);
    suite_add_tcase(suite, tcase);
    return suite;
}
