/* Internal helpers of the coverage stage, tested alone: spelling variants,
 * publication days, the radix sorts, and records written by hand. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "coverage/coverage-private.h"
#include "coverage/coverage-sort.h"
#include "test-support.h"

static void expect_spelling(const char *word, const char *expected)
{
    char buf[64];
    size_t len = strlen(word);

    memcpy(buf, word, len);
    len = frnp_cov_spelling_normalise(buf, len);
    buf[len] = '\0';
    ck_assert_msg(strcmp(buf, expected) == 0, "%s gave %s, not %s", word, buf, expected);
}

START_TEST(test_int_coverage_spelling_variants_meet)
{
    static const char *const pairs[][2] = {
        {"colour", "color"},       {"favourite", "favorite"}, {"honourable", "honorable"},
        {"organise", "organize"},  {"organisation", "organization"}, {"analysed", "analyzed"},
        {"travelled", "traveled"}, {"centre", "center"},      {"theatres", "theaters"},
        {"catalogue", "catalog"},  {"dialogues", "dialogs"},  {"defence", "defense"},
        {"licences", "licenses"},  {"grey", "gray"},          {"programme", "program"},
    };

    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
        char a[64], b[64];
        size_t la = strlen(pairs[i][0]), lb = strlen(pairs[i][1]);
        memcpy(a, pairs[i][0], la);
        memcpy(b, pairs[i][1], lb);
        la = frnp_cov_spelling_normalise(a, la);
        lb = frnp_cov_spelling_normalise(b, lb);
        ck_assert_msg(la == lb && memcmp(a, b, la) == 0, "%s and %s differ", pairs[i][0], pairs[i][1]);
    }
}
END_TEST

START_TEST(test_int_coverage_spelling_leaves_other_words)
{
    /* Short stems: "four" is not "for", "hour" not "hor". */
    static const char *const words[] = {"four", "hour", "your", "tour", "rise", "wise", "called",
                                        "the", "analysis", "metre", "police", "policy", "news"};

    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        expect_spelling(words[i], words[i]);
}
END_TEST

START_TEST(test_int_coverage_days)
{
    ck_assert_int_eq(frnp_cov_day_from_iso("1970-01-01"), 0);
    ck_assert_int_eq(frnp_cov_day_from_iso("1970-01-02T09:30:00+00:00"), 1);
    ck_assert_int_eq(frnp_cov_day_from_iso("2020-06-12"), 18425);
    ck_assert_int_eq(frnp_cov_day_from_iso("2000-03-01"), 11017);
    ck_assert_int_eq(frnp_cov_day_from_iso("1969-12-31"), -1);
    ck_assert_int_eq(frnp_cov_day_from_iso("2020-02-30"), FRNP_NO_DAY);
    ck_assert_int_eq(frnp_cov_day_from_iso("2021-02-29"), FRNP_NO_DAY);
    ck_assert_int_eq(frnp_cov_day_from_iso("2020-13-01"), FRNP_NO_DAY);
    ck_assert_int_eq(frnp_cov_day_from_iso("June 12, 2020"), FRNP_NO_DAY);
    ck_assert_int_eq(frnp_cov_day_from_iso("2020-06-1"), FRNP_NO_DAY);
    ck_assert_int_eq(frnp_cov_day_from_iso("2020-06-12x"), FRNP_NO_DAY);
    ck_assert_int_eq(frnp_cov_day_from_iso(NULL), FRNP_NO_DAY);
}
END_TEST

/* Both sorts, on each side of the size where the heapsort hands over to
 * the radix sort. */
START_TEST(test_int_coverage_sorts)
{
    static const size_t sizes[] = {0, 1, 2, 3, 17, 100, 511, 512, 5000};
    size_t most = 5000;
    uint64_t *keys = malloc(most * sizeof *keys), *scratch = malloc(most * sizeof *scratch), x = 1;
    frnp_cov_keyed *items = malloc(most * sizeof *items), *more = malloc(most * sizeof *more);

    for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
        size_t n = sizes[s];
        uint64_t sum = 0, sorted_sum = 0;
        for (size_t i = 0; i < n; i++) {
            x = x * 6364136223846793005ULL + 1442695040888963407ULL;
            keys[i] = x ^ (x >> 29);
            sum += keys[i];
            items[i].key = (x >> 40) % 97; /* many ties */
            items[i].value = i;
        }
        frnp_cov_sort_u64(keys, scratch, n);
        frnp_cov_sort_keyed(items, more, n);
        for (size_t i = 0; i < n; i++)
            sorted_sum += keys[i]; /* the same keys, not just ordered ones */
        ck_assert(sum == sorted_sum);
        for (size_t i = 1; i < n; i++) {
            ck_assert(keys[i - 1] <= keys[i]);
            ck_assert(items[i - 1].key <= items[i].key);
            /* equal keys keep their input order */
            if (items[i - 1].key == items[i].key)
                ck_assert_uint_lt(items[i - 1].value, items[i].value);
        }
    }
    free(keys);
    free(scratch);
    free(items);
    free(more);
}
END_TEST

/* A record of one quotation, its word ids given apart from its text, as a
 * record from another process (or damaged on the way) may hold them. */
static frn_coverage_record *quote_record(frn_ctx *ctx, const char *id, const char *text,
                                         const char *const *words, size_t word_count)
{
    uint32_t ids[16];
    frnp_cov_loose_quote quote;
    frnp_cov_loose_record record;
    frn_coverage_record *out;
    unsigned char *bytes;
    size_t len;

    memset(&quote, 0, sizeof quote);
    memset(&record, 0, sizeof record);
    for (size_t i = 0; i < word_count; i++)
        ids[i] = frnp_cov_word_id(words[i], strlen(words[i]));
    quote.span = (frn_span){0, strlen(text)};
    quote.text = text;
    quote.text_len = strlen(text);
    quote.words = ids;
    quote.word_count = word_count;
    record.id = id;
    record.day = FRNP_NO_DAY;
    record.quotes = &quote;
    record.quote_count = 1;
    ck_assert_int_eq(frnp_cov_record_encode(ctx, &record, &bytes, &len), FRN_OK);
    ck_assert_int_eq(frn_coverage_record_decode(ctx, bytes, len, &out), FRN_OK);
    free(bytes);
    return out;
}

/* Word ids that disagree with the text are valid bytes: the build must
 * not fail on them (it once reported them as out of memory), and the word
 * diff describes the texts it shows. */
START_TEST(test_int_coverage_ids_apart_from_text)
{
    static const char *const canon[] = {"we", "will", "not", "sell", "the", "software", "to", "police"};
    static const char *const other[] = {"we", "will", "not", "sell", "the", "hardware", "to", "police"};
    frn_ctx *ctx;
    frn_coverage *cov;
    frn_coverage_record *a, *b;
    const char *diff = NULL;

    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    ck_assert_int_eq(frn_coverage_new(ctx, NULL, &cov), FRN_OK);
    a = quote_record(ctx, "a", "We will not sell the software to police", canon, 8);
    /* Ids of one word changed; the text is three other words. */
    b = quote_record(ctx, "b", "Completely different words", other, 8);
    ck_assert_int_eq(frn_coverage_add_record(ctx, cov, a, NULL), FRN_OK);
    ck_assert_int_eq(frn_coverage_add_record(ctx, cov, b, NULL), FRN_OK);
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_uint_eq(frn_coverage_get_quote_count(cov), 1);
    for (size_t k = 0; k < 2; k++)
        if (frn_coverage_get_quote_source_variant(cov, 0, k) == FRN_QUOTE_VARIANT_ALTERED)
            diff = frn_coverage_get_quote_source_diff(cov, 0, k);
    ck_assert_ptr_nonnull(diff);
    /* The canonical text's ends are free: only the printed words show. */
    ck_assert_str_eq(diff, "{+completely different words+}");
    frn_coverage_record_free(a);
    frn_coverage_record_free(b);
    frn_coverage_free(cov);
    frn_ctx_free(ctx);
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *suite = suite_create("int_coverage");
    TCase *tc = tcase_create("helpers");

    tcase_add_test(tc, test_int_coverage_spelling_variants_meet);
    tcase_add_test(tc, test_int_coverage_spelling_leaves_other_words);
    tcase_add_test(tc, test_int_coverage_days);
    tcase_add_test(tc, test_int_coverage_sorts);
    tcase_add_test(tc, test_int_coverage_ids_apart_from_text);
    suite_add_tcase(suite, tc);
    return suite;
}
