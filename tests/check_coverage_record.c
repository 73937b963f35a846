/* Coverage records (frnews/coverage.h): the byte format round trip, adding
 * a record equals adding its article, and the decoder's answer to damaged
 * or foreign bytes (a status, never a crash). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <frnews.h>
#include "test-support.h"

static frn_ctx *ctx;

static void open_ctx(void)
{
    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
}

static void close_ctx(void)
{
    frn_ctx_free(ctx);
}

static const char *const samples[] = {"000_9b3e2d958d694ffd.txt", "001_238edfc05bd1cd30.txt",
                                      "002_3a2f45761e980b28.txt", "003_aebe5fa7a6eea9d4.txt",
                                      "004_188a87e5ba5590fa.txt"};

static frn_coverage_record *sample_record(const char *id, const char *name)
{
    frn_article *article;
    frn_quote_list *quotes = frn_test_sample_quotes(name, &article);
    frn_coverage_record *record;

    ck_assert_int_eq(frn_coverage_record_new(ctx, id, article, quotes, &record), FRN_OK);
    frn_quote_list_free(quotes);
    frn_article_free(article);
    return record;
}

START_TEST(test_record_round_trip_keeps_every_byte)
{
    frn_coverage_record *record = sample_record("s3", samples[3]), *again, *copy;
    size_t len, len2;
    const void *bytes = frn_coverage_record_get_bytes(record, &len);

    ck_assert_uint_gt(len, 300);
    ck_assert_int_eq(frn_coverage_record_decode(ctx, bytes, len, &copy), FRN_OK);
    ck_assert_int_eq(memcmp(frn_coverage_record_get_bytes(copy, &len2), bytes, len), 0);
    ck_assert_uint_eq(len2, len);
    ck_assert_str_eq(frn_coverage_record_get_id(copy), "s3");
    ck_assert_str_eq(frn_coverage_record_get_published(copy), "2020-06-12");
    ck_assert_ptr_nonnull(strstr(frn_coverage_record_get_title(copy), "facial recognition"));
    /* The same article gives the same bytes. */
    again = sample_record("s3", samples[3]);
    ck_assert_int_eq(memcmp(frn_coverage_record_get_bytes(again, &len2), bytes, len), 0);
    ck_assert_int_eq(frn_coverage_record_compare(record, again), 0);
    ck_assert(frn_coverage_record_similarity(record, again) == 1.0);
    frn_coverage_record_free(again);
    frn_coverage_record_free(copy);
    frn_coverage_record_free(record);
}
END_TEST

/* A context keeps a record's working arrays for the next one: what an
 * earlier record left in them (more quotations, longer texts) never shows
 * in a later record, which has the bytes a fresh context gives. */
START_TEST(test_record_reused_context_gives_fresh_bytes)
{
    frn_ctx *fresh_ctx;
    frn_coverage_record *fresh[5];

    ck_assert_int_eq(frn_ctx_new(&fresh_ctx), FRN_OK);
    for (size_t i = 0; i < 5; i++) {
        frn_ctx *kept = ctx;
        ctx = fresh_ctx;
        fresh[i] = sample_record("s", samples[i]);
        ctx = kept;
        frn_ctx_free(fresh_ctx);
        ck_assert_int_eq(frn_ctx_new(&fresh_ctx), FRN_OK);
    }
    for (size_t round = 0; round < 2; round++)
        for (size_t i = 0; i < 5; i++) {
            size_t k = round == 0 ? i : 4 - i, len, fresh_len;
            frn_coverage_record *record = sample_record("s", samples[k]);
            const void *bytes = frn_coverage_record_get_bytes(record, &len);
            const void *fresh_bytes = frn_coverage_record_get_bytes(fresh[k], &fresh_len);
            ck_assert_uint_eq(len, fresh_len);
            ck_assert_int_eq(memcmp(bytes, fresh_bytes, len), 0);
            frn_coverage_record_free(record);
        }
    for (size_t i = 0; i < 5; i++)
        frn_coverage_record_free(fresh[i]);
    frn_ctx_free(fresh_ctx);
}
END_TEST

/* A summary of a built index: counts and merged quotation texts. */
static void summarise(const frn_coverage *cov, char *out, size_t size)
{
    size_t at = (size_t)snprintf(out, size, "stories=%zu clusters=%zu quotes=%zu",
                                 frn_coverage_get_story_count(cov), frn_coverage_get_cluster_count(cov),
                                 frn_coverage_get_quote_count(cov));

    for (size_t q = 0; q < frn_coverage_get_quote_count(cov) && at < size; q++)
        at += (size_t)snprintf(out + at, size - at, "|%zu:%s", frn_coverage_get_quote_source_count(cov, q),
                               frn_coverage_get_quote_text(cov, q));
}

START_TEST(test_record_added_equals_article_added)
{
    frn_coverage *direct, *through;
    char a[8192], b[8192];

    ck_assert_int_eq(frn_coverage_new(ctx, NULL, &direct), FRN_OK);
    ck_assert_int_eq(frn_coverage_new(ctx, NULL, &through), FRN_OK);
    for (size_t i = 0; i < 5; i++) {
        frn_article *article;
        frn_quote_list *quotes = frn_test_sample_quotes(samples[i], &article);
        frn_coverage_record *record = sample_record(samples[i], samples[i]), *decoded;
        size_t len;
        const void *bytes = frn_coverage_record_get_bytes(record, &len);
        ck_assert_int_eq(frn_coverage_add(ctx, direct, samples[i], article, quotes, NULL), FRN_OK);
        ck_assert_int_eq(frn_coverage_record_decode(ctx, bytes, len, &decoded), FRN_OK);
        ck_assert_int_eq(frn_coverage_add_record(ctx, through, decoded, NULL), FRN_OK);
        frn_coverage_record_free(decoded);
        frn_coverage_record_free(record);
        frn_quote_list_free(quotes);
        frn_article_free(article);
    }
    ck_assert_int_eq(frn_coverage_build(ctx, direct), FRN_OK);
    ck_assert_int_eq(frn_coverage_build(ctx, through), FRN_OK);
    summarise(direct, a, sizeof a);
    summarise(through, b, sizeof b);
    ck_assert_str_eq(a, b);
    ck_assert_ptr_nonnull(strstr(a, "stories=1"));
    ck_assert_str_eq(frn_coverage_get_article_published(through, 3), "2020-06-12");
    frn_coverage_free(direct);
    frn_coverage_free(through);
}
END_TEST

START_TEST(test_record_every_truncation_is_malformed)
{
    frn_coverage_record *record = sample_record("s0", samples[0]), *decoded = (void *)1;
    size_t len;
    const unsigned char *bytes = frn_coverage_record_get_bytes(record, &len);

    for (size_t cut = 0; cut < len; cut++) {
        ck_assert_int_eq(frn_coverage_record_decode(ctx, bytes, cut, &decoded), FRN_ERR_FORMAT);
        ck_assert_ptr_null(decoded);
    }
    frn_coverage_record_free(record);
}
END_TEST

START_TEST(test_record_damaged_bytes_give_a_status)
{
    frn_coverage_record *record = sample_record("s2", samples[2]);
    size_t len, accepted = 0;
    const unsigned char *bytes = frn_coverage_record_get_bytes(record, &len);
    unsigned char *damaged = malloc(len + 1);
    frn_coverage *cov;

    ck_assert_int_eq(frn_coverage_new(ctx, NULL, &cov), FRN_OK);
    /* Every byte changed in two ways: what decodes must also build. */
    for (size_t at = 0; at < len; at++)
        for (int flip = 0; flip < 2; flip++) {
            frn_coverage_record *decoded;
            frn_status status;
            memcpy(damaged, bytes, len);
            damaged[at] ^= flip ? 0x80 : 0x01;
            status = frn_coverage_record_decode(ctx, damaged, len, &decoded);
            ck_assert_msg(status == FRN_OK || status == FRN_ERR_FORMAT || status == FRN_ERR_VERSION,
                          "byte %zu: %s", at, frn_status_name(status));
            if (status == FRN_OK) {
                accepted++;
                ck_assert_int_eq(frn_coverage_add_record(ctx, cov, decoded, NULL), FRN_OK);
                frn_coverage_record_free(decoded);
            }
        }
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_uint_eq(frn_coverage_get_article_count(cov), accepted);
    frn_coverage_free(cov);
    free(damaged);
    frn_coverage_record_free(record);
}
END_TEST

START_TEST(test_record_foreign_bytes)
{
    frn_coverage_record *decoded;
    /* Smallest record: no signature, no date, id "x", nothing else. */
    enum { V = FRN_COVERAGE_RECORD_VERSION };
    const unsigned char minimal[] = {'F', 'R', 'C', V, 0, 1, 'x', 0, 0, 0, 0};
    const unsigned char newer[] = {'F', 'R', 'C', V + 1, 0, 1, 'x', 0, 0, 0, 0};
    const unsigned char trailing[] = {'F', 'R', 'C', V, 0, 1, 'x', 0, 0, 0, 0, 0};
    const unsigned char overlong[] = {'F', 'R', 'C', V, 0, 0x81, 0x00, 'x', 0, 0, 0, 0};
    const unsigned char unknown_flag[] = {'F', 'R', 'C', V, 0x80, 1, 'x', 0, 0, 0, 0};
    /* 2^40 terms announced in a record of a few bytes */
    const unsigned char huge[] = {'F', 'R', 'C', V, 0, 1, 'x', 0, 0, 0x80, 0x80, 0x80, 0x80, 0x80, 0x20, 0};
    const unsigned char nul_id[] = {'F', 'R', 'C', V, 0, 1, 0, 0, 0, 0, 0};
    const unsigned char bad_utf8[] = {'F', 'R', 'C', V, 0, 1, 0xFF, 0, 0, 0, 0};
    unsigned long key = 7;
    char expected[80];

    ck_assert_int_eq(frn_coverage_record_decode(ctx, minimal, sizeof minimal, &decoded), FRN_OK);
    ck_assert_str_eq(frn_coverage_record_get_id(decoded), "x");
    ck_assert_ptr_null(frn_coverage_record_get_title(decoded));
    ck_assert_int_eq(frn_coverage_record_band_key(decoded, 0, &key), FRN_ERR_EMPTY);
    ck_assert_uint_eq(key, 0);
    ck_assert(frn_coverage_record_similarity(decoded, decoded) == 0.0);
    frn_coverage_record_free(decoded);
    ck_assert_int_eq(frn_coverage_record_decode(ctx, newer, sizeof newer, &decoded), FRN_ERR_VERSION);
    snprintf(expected, sizeof expected, "of format version %d; this library reads version %d", V + 1, V);
    ck_assert_ptr_nonnull(strstr(frn_ctx_get_errmsg(ctx), expected));
    ck_assert_int_eq(frn_coverage_record_decode(ctx, trailing, sizeof trailing, &decoded), FRN_ERR_FORMAT);
    ck_assert_int_eq(frn_coverage_record_decode(ctx, overlong, sizeof overlong, &decoded), FRN_ERR_FORMAT);
    ck_assert_int_eq(frn_coverage_record_decode(ctx, unknown_flag, sizeof unknown_flag, &decoded),
                     FRN_ERR_FORMAT);
    ck_assert_int_eq(frn_coverage_record_decode(ctx, huge, sizeof huge, &decoded), FRN_ERR_FORMAT);
    ck_assert_int_eq(frn_coverage_record_decode(ctx, nul_id, sizeof nul_id, &decoded), FRN_ERR_FORMAT);
    ck_assert_int_eq(frn_coverage_record_decode(ctx, bad_utf8, sizeof bad_utf8, &decoded), FRN_ERR_FORMAT);
    ck_assert_int_eq(frn_coverage_record_decode(ctx, "", 0, &decoded), FRN_ERR_FORMAT);
    ck_assert_int_eq(frn_coverage_record_decode(ctx, NULL, 0, &decoded), FRN_ERR_FORMAT);
    ck_assert_int_eq(frn_coverage_record_decode(ctx, NULL, 3, &decoded), FRN_ERR_INVALID_ARG);
    ck_assert_int_eq(frn_coverage_record_decode(NULL, minimal, sizeof minimal, &decoded),
                     FRN_ERR_INVALID_ARG);
}
END_TEST

/* Found by fuzz_coverage_record (data/record-unshared-words.rec, a
 * sample's record with bytes changed): a quotation whose word hashes were
 * changed merges, added twice, with one whose text shares none of its
 * words. The empty word diff was taken for a failed allocation, and the
 * build failed with FRN_ERR_NOMEM. */
START_TEST(test_record_printing_without_shared_words_builds)
{
    size_t len;
    char *bytes = frn_test_read_sample("record-unshared-words.rec", &len);
    frn_coverage_record *once, *twice;
    frn_coverage *cov;

    ck_assert_int_eq(frn_coverage_record_decode(ctx, bytes, len, &once), FRN_OK);
    ck_assert_int_eq(frn_coverage_record_decode(ctx, bytes, len, &twice), FRN_OK);
    ck_assert_int_eq(frn_coverage_new(ctx, NULL, &cov), FRN_OK);
    ck_assert_int_eq(frn_coverage_add_record(ctx, cov, once, NULL), FRN_OK);
    ck_assert_int_eq(frn_coverage_add_record(ctx, cov, twice, NULL), FRN_OK);
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_uint_eq(frn_coverage_get_article_count(cov), 2);
    ck_assert_str_eq(frn_coverage_get_quote_source_diff(cov, 0, 0), "");
    frn_coverage_free(cov);
    frn_coverage_record_free(once);
    frn_coverage_record_free(twice);
    free(bytes);
}
END_TEST

START_TEST(test_record_band_keys)
{
    frn_coverage_record *a = sample_record("a", samples[1]), *b = sample_record("b", samples[1]);
    unsigned long ka, kb;

    ck_assert_uint_eq(frn_coverage_record_band_count(), 16);
    for (size_t band = 0; band < frn_coverage_record_band_count(); band++) {
        ck_assert_int_eq(frn_coverage_record_band_key(a, band, &ka), FRN_OK);
        ck_assert_int_eq(frn_coverage_record_band_key(b, band, &kb), FRN_OK);
        ck_assert_uint_eq(ka, kb);
    }
    ck_assert_int_eq(frn_coverage_record_band_key(a, 16, &ka), FRN_ERR_RANGE);
    ck_assert_int_eq(frn_coverage_record_band_key(NULL, 0, &ka), FRN_ERR_INVALID_ARG);
    /* The same text under two ids: ordered by id. */
    ck_assert_int_lt(frn_coverage_record_compare(a, b), 0);
    ck_assert_int_gt(frn_coverage_record_compare(b, a), 0);
    frn_coverage_record_free(a);
    frn_coverage_record_free(b);
}
END_TEST

START_TEST(test_record_bad_arguments)
{
    frn_coverage_record *record = (void *)1;
    frn_article *article = frn_test_parse("Title\n\nSome body text here.\n", 27);

    ck_assert_int_eq(frn_coverage_record_new(ctx, NULL, article, NULL, &record), FRN_ERR_INVALID_ARG);
    ck_assert_ptr_null(record);
    ck_assert_int_eq(frn_coverage_record_new(ctx, "\xC3", article, NULL, &record), FRN_ERR_INVALID_ARG);
    ck_assert_int_eq(frn_coverage_record_new(ctx, "ok", article, NULL, &record), FRN_OK);
    frn_coverage_record_free(record);
    frn_coverage_record_free(NULL);
    ck_assert_ptr_null(frn_coverage_record_get_id(NULL));
    frn_article_free(article);
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *suite = suite_create("coverage_record");
    TCase *tc = tcase_create("record");

    tcase_set_timeout(tc, 60);
    tcase_add_checked_fixture(tc, open_ctx, close_ctx);
    tcase_add_test(tc, test_record_round_trip_keeps_every_byte);
    tcase_add_test(tc, test_record_reused_context_gives_fresh_bytes);
    tcase_add_test(tc, test_record_added_equals_article_added);
    tcase_add_test(tc, test_record_every_truncation_is_malformed);
    tcase_add_test(tc, test_record_damaged_bytes_give_a_status);
    tcase_add_test(tc, test_record_foreign_bytes);
    tcase_add_test(tc, test_record_band_keys);
    tcase_add_test(tc, test_record_printing_without_shared_words_builds);
    tcase_add_test(tc, test_record_bad_arguments);
    suite_add_tcase(suite, tc);
    return suite;
}
