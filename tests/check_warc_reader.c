#define _GNU_SOURCE /* memmem */
/* The frnews command's WARC reader (cli/warc-reader.c) on a crawl written by
 * wget (tests/data/crawl.warc.gz, see make-crawl-warc.sh), plain and
 * compressed, and on damaged or unusual records built here. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include "test-support.h"
#include "warc-reader.h"

static FILE *open_fixture(int decompress)
{
    char path[4096];
    FILE *f;

    snprintf(path, sizeof path, "%s/crawl.warc.gz", getenv("FRN_TEST_DATA"));
    if (!decompress) {
        f = fopen(path, "rb");
    } else {
        gzFile gz = gzopen(path, "rb");
        char buf[4096];
        int n;
        ck_assert_ptr_nonnull(gz);
        f = tmpfile();
        while ((n = gzread(gz, buf, sizeof buf)) > 0)
            fwrite(buf, 1, (size_t)n, f);
        gzclose(gz);
        rewind(f);
    }
    ck_assert_ptr_nonnull(f);
    return f;
}

static FILE *open_bytes(const void *data, size_t len)
{
    FILE *f = tmpfile();

    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(fwrite(data, 1, len, f), len);
    rewind(f);
    return f;
}

static int payload_has(const warc_record *record, const char *needle)
{
    return memmem(record->payload, record->payload_len, needle, strlen(needle)) != NULL;
}

static void check_crawl(FILE *f)
{
    warc_reader *reader;
    warc_record record;

    ck_assert_int_eq(warc_reader_open(f, 0, &reader), 0);
    /* warcinfo and request records are skipped. */
    ck_assert_int_eq(warc_reader_next(reader, &record), WARC_RECORD);
    ck_assert_str_eq(record.type, "response");
    ck_assert_str_eq(record.target_uri, "http://127.0.0.1:8766/council.html");
    ck_assert_int_eq(record.http_status, 200);
    ck_assert_str_eq(record.content_type, "text/html");
    ck_assert_uint_eq(strlen(record.date), strlen("2026-12-01T22:12:00Z"));
    ck_assert(payload_has(&record, "<h1>Council approves the harbour plan</h1>"));
    /* The payload is the HTTP body: it starts with the page, ends with it. */
    ck_assert_int_eq(memcmp(record.payload, "<!doctype html>", 15), 0);
    ck_assert(payload_has(&record, "</html>\n"));
    ck_assert(!payload_has(&record, "HTTP/1.0"));

    ck_assert_int_eq(warc_reader_next(reader, &record), WARC_RECORD);
    ck_assert_str_eq(record.target_uri, "http://127.0.0.1:8766/bakery.html");
    ck_assert(payload_has(&record, "owner Tom Berg said"));

    ck_assert_int_eq(warc_reader_next(reader, &record), WARC_RECORD);
    ck_assert_str_eq(record.target_uri, "http://127.0.0.1:8766/missing.html");
    ck_assert_int_eq(record.http_status, 404);

    /* wget's own resource record, after its metadata record. */
    ck_assert_int_eq(warc_reader_next(reader, &record), WARC_RECORD);
    ck_assert_str_eq(record.type, "resource");
    ck_assert_int_eq(record.http_status, 0);
    ck_assert(payload_has(&record, "--warc-file"));

    ck_assert_int_eq(warc_reader_next(reader, &record), WARC_END);
    warc_reader_free(reader);
    fclose(f);
}

START_TEST(test_warc_compressed_crawl_by_wget)
{
    check_crawl(open_fixture(0));
}
END_TEST

START_TEST(test_warc_plain_crawl_by_wget)
{
    check_crawl(open_fixture(1));
}
END_TEST

/* A response with a chunked, gzip-encoded body: "Hello, news." */
static size_t chunked_gzip_record(unsigned char *out, size_t cap)
{
    unsigned char body[256];
    z_stream z;
    char http[1024], head[512];
    size_t body_len, http_len, head_len;

    memset(&z, 0, sizeof z);
    ck_assert_int_eq(deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
    z.next_in = (unsigned char *)"Hello, news.";
    z.avail_in = 12;
    z.next_out = body;
    z.avail_out = sizeof body;
    ck_assert_int_eq(deflate(&z, Z_FINISH), Z_STREAM_END);
    body_len = sizeof body - z.avail_out;
    deflateEnd(&z);
    /* Two chunks: the first 5 bytes, then the rest. */
    http_len = (size_t)snprintf(http, sizeof http,
                                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                                "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n%x\r\n",
                                5u);
    memcpy(http + http_len, body, 5);
    http_len += 5;
    http_len += (size_t)snprintf(http + http_len, sizeof http - http_len, "\r\n%zx\r\n", body_len - 5);
    memcpy(http + http_len, body + 5, body_len - 5);
    http_len += body_len - 5;
    memcpy(http + http_len, "\r\n0\r\n\r\n", 7);
    http_len += 7;
    head_len = (size_t)snprintf(head, sizeof head,
                                "WARC/1.1\r\nWARC-Type: response\r\n"
                                "WARC-Target-URI: https://example.org/a\r\n"
                                "warc-date: 2020-06-12T09:30:00Z\r\nContent-Length: %zu\r\n\r\n",
                                http_len);
    ck_assert_uint_lt(head_len + http_len + 4, cap);
    memcpy(out, head, head_len);
    memcpy(out + head_len, http, http_len);
    memcpy(out + head_len + http_len, "\r\n\r\n", 4);
    return head_len + http_len + 4;
}

START_TEST(test_warc_chunked_and_gzip_encoded_body)
{
    unsigned char data[2048];
    size_t len = chunked_gzip_record(data, sizeof data);
    FILE *f = open_bytes(data, len);
    warc_reader *reader;
    warc_record record;

    ck_assert_int_eq(warc_reader_open(f, 0, &reader), 0);
    ck_assert_int_eq(warc_reader_next(reader, &record), WARC_RECORD);
    /* A URI without brackets, a header name in lower case. */
    ck_assert_str_eq(record.target_uri, "https://example.org/a");
    ck_assert_str_eq(record.date, "2020-06-12T09:30:00Z");
    ck_assert_str_eq(record.content_type, "text/html; charset=utf-8");
    ck_assert_uint_eq(record.payload_len, 12);
    ck_assert_int_eq(memcmp(record.payload, "Hello, news.", 12), 0);
    ck_assert_int_eq(warc_reader_next(reader, &record), WARC_END);
    warc_reader_free(reader);
    fclose(f);
}
END_TEST

START_TEST(test_warc_record_over_the_limit_is_reported_and_skipped)
{
    static const char data[] =
        "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: <urn:big>\r\nContent-Length: 40\r\n\r\n"
        "0123456789012345678901234567890123456789\r\n\r\n"
        "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: <urn:small>\r\nContent-Length: 5\r\n\r\n"
        "small\r\n\r\n";
    FILE *f = open_bytes(data, sizeof data - 1);
    warc_reader *reader;
    warc_record record;

    ck_assert_int_eq(warc_reader_open(f, 16, &reader), 0);
    ck_assert_int_eq(warc_reader_next(reader, &record), WARC_RECORD_TOO_LARGE);
    ck_assert_str_eq(record.target_uri, "urn:big");
    ck_assert_uint_eq(record.offset, 0);
    ck_assert_int_eq(warc_reader_next(reader, &record), WARC_RECORD);
    ck_assert_str_eq(record.target_uri, "urn:small");
    ck_assert_uint_eq(record.payload_len, 5);
    ck_assert_int_eq(warc_reader_next(reader, &record), WARC_END);
    warc_reader_free(reader);
    fclose(f);
}
END_TEST

START_TEST(test_warc_unreadable_response_is_skipped_and_reading_goes_on)
{
    static const char data[] =
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: <urn:bad>\r\nContent-Length: 83\r\n\r\n"
        "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Type: text/html\r\n\r\nnot gzip at all"
        "\r\n\r\n"
        "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: <urn:next>\r\nContent-Length: 4\r\n\r\n"
        "next\r\n\r\n";
    FILE *f = open_bytes(data, sizeof data - 1);
    warc_reader *reader;
    warc_record record;

    ck_assert_int_eq(warc_reader_open(f, 0, &reader), 0);
    ck_assert_int_eq(warc_reader_next(reader, &record), WARC_RECORD_BAD);
    ck_assert_str_eq(record.target_uri, "urn:bad");
    ck_assert(strstr(warc_reader_error(reader, NULL), "decoded") != NULL);
    ck_assert_int_eq(warc_reader_next(reader, &record), WARC_RECORD);
    ck_assert_str_eq(record.target_uri, "urn:next");
    ck_assert_int_eq(warc_reader_next(reader, &record), WARC_END);
    warc_reader_free(reader);
    fclose(f);
}
END_TEST

START_TEST(test_warc_truncated_and_foreign_input_are_errors)
{
    static const char truncated[] =
        "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 100\r\n\r\nonly part of it";
    static const char foreign[] = "<html><body>not a WARC file</body></html>";
    static const char no_length[] = "WARC/1.0\r\nWARC-Type: resource\r\n\r\nbody";
    const char *inputs[] = {truncated, foreign, no_length};
    size_t lens[] = {sizeof truncated - 1, sizeof foreign - 1, sizeof no_length - 1};
    const char *messages[] = {"ends inside", "not a WARC record", "Content-Length"};

    for (size_t i = 0; i < 3; i++) {
        FILE *f = open_bytes(inputs[i], lens[i]);
        warc_reader *reader;
        warc_record record;
        uint64_t offset = 99;
        ck_assert_int_eq(warc_reader_open(f, 0, &reader), 0);
        ck_assert_int_eq(warc_reader_next(reader, &record), WARC_ERROR);
        ck_assert_msg(strstr(warc_reader_error(reader, &offset), messages[i]) != NULL,
                      "input %zu: %s", i, warc_reader_error(reader, NULL));
        ck_assert_uint_eq(offset, 0);
        warc_reader_free(reader);
        fclose(f);
    }
}
END_TEST

START_TEST(test_warc_recognised_by_content)
{
    unsigned char head[WARC_SNIFF_BYTES];
    FILE *f = open_fixture(0);
    size_t n = fread(head, 1, sizeof head, f);

    fclose(f);
    ck_assert(warc_looks_like(head, n));
    ck_assert(warc_looks_like((const unsigned char *)"WARC/1.0\r\n", 10));
    ck_assert(!warc_looks_like((const unsigned char *)"{\"id\": 1}", 9));
    ck_assert(!warc_looks_like((const unsigned char *)"\x1f\x8b", 2));
}
END_TEST

static int is_article(const char *type, int http_status, const char *content_type)
{
    warc_record record = {type, "", "", content_type, http_status, "", 0, 0};

    return warc_record_is_article(&record);
}

START_TEST(test_warc_articles_are_html_fetched_with_success)
{
    ck_assert(is_article("response", 200, "text/html; charset=utf-8"));
    ck_assert(is_article("response", 203, "TEXT/HTML"));
    ck_assert(is_article("response", 200, "application/xhtml+xml"));
    ck_assert(is_article("resource", 0, "text/html"));
    ck_assert(!is_article("response", 404, "text/html"));
    ck_assert(!is_article("response", 301, "text/html"));
    ck_assert(!is_article("response", 200, "image/png"));
    ck_assert(!is_article("response", 200, "text/plain")); /* robots.txt */
    ck_assert(!is_article("response", 200, NULL));
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *suite = suite_create("warc_reader");
    TCase *tcase = tcase_create("records");

    tcase_add_test(tcase, test_warc_compressed_crawl_by_wget);
    tcase_add_test(tcase, test_warc_plain_crawl_by_wget);
    tcase_add_test(tcase, test_warc_chunked_and_gzip_encoded_body);
    tcase_add_test(tcase, test_warc_record_over_the_limit_is_reported_and_skipped);
    tcase_add_test(tcase, test_warc_unreadable_response_is_skipped_and_reading_goes_on);
    tcase_add_test(tcase, test_warc_truncated_and_foreign_input_are_errors);
    tcase_add_test(tcase, test_warc_recognised_by_content);
    tcase_add_test(tcase, test_warc_articles_are_html_fetched_with_success);
    suite_add_tcase(suite, tcase);
    return suite;
}
