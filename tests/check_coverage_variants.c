/* Merged quotations through their variants: one statement printed by six
 * outlets with different marks, hyphenation, spelling, cuts, an ellipsis,
 * a bracketed insertion and changed words; the speaker misspelt or named
 * by surname; and the same words said by different people. Texts are
 * hand-written. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <frnews.h>
#include "test-support.h"

static frn_ctx *ctx;
static frn_coverage *cov;

static void open_index(void)
{
    frn_test_coverage_open(&ctx, &cov);
}

static void close_index(void)
{
    frn_test_coverage_close(ctx, cov);
}

static size_t add_text(const char *id, const char *text)
{
    return frn_test_coverage_add(ctx, cov, id, text, strlen(text));
}

#define STATEMENT_START "We will not sell facial recognition technology to police departments"
#define STATEMENT                                                                               \
    STATEMENT_START " in the United States until we have a national law in place, grounded in " \
                    "human rights, that will govern this technology and every organization "    \
                    "that uses it,"

/* Added out of date order on purpose. */
static const char *const printings[][2] = {
    {"a6-altered",
     "Microsoft bars police from its recognition software\n\n"
     "The company president spoke at an event hosted by a newspaper on Thursday morning.\n\n"
     "\xE2\x80\x9CWe will not sell face recognition technology to police departments in the "
     "United States until we have a federal law in place, grounded in human rights, that will "
     "govern this technology and every organization that uses it,\xE2\x80\x9D Brad Smith said.\n"},
    {"a3-trimmed",
     "Tech giant pauses sales to police\n\nPublished June 13, 2020\n\n"
     "Civil rights groups welcomed the move but asked for a permanent ban on the software.\n\n"
     "\xE2\x80\x9C" STATEMENT_START ",\xE2\x80\x9D Smith said.\n"},
    {"a1-identical",
     "Microsoft halts police sales of facial recognition\n\nPublished June 12, 2020\n\n"
     "The decision came on Thursday, during a video conference with reporters.\n\n"
     "\xE2\x80\x9C" STATEMENT "\xE2\x80\x9D Brad Smith said.\n"},
    {"a5-bracket",
     "Microsoft says no to police facial recognition\n\nPublished June 15, 2020\n\n"
     "Lawmakers in Washington have been drafting rules for the technology for two years.\n\n"
     "\xE2\x80\x9C[Microsoft] will not sell facial recognition technology to police departments "
     "in the United States until we have a national law in place,\xE2\x80\x9D Brad Smith said.\n"},
    {"a2-orthographic",
     "Microsoft stops selling face recognition to police forces\n\nPublished June 11, 2020\n\n"
     "The software maker will wait for Congress before selling the technology again.\n\n"
     "\"We will not sell facial-recognition technology to police departments in the United "
     "States until we have a national law in place, grounded in human rights, that will govern "
     "this technology and every organisation that uses it,\" Brad Smith said.\n"},
    {"a4-ellipsis",
     "Microsoft joins IBM and Amazon in police ban\n\nPublished June 14, 2020\n\n"
     "The announcement follows weeks of protests against police violence across the country.\n\n"
     "\xE2\x80\x9CWe will not sell facial recognition technology \xE2\x80\xA6 until we have a "
     "national law in place,\xE2\x80\x9D Brad Smit said.\n"},
};
#define PRINTINGS (sizeof printings / sizeof *printings)

static void add_printings(void)
{
    for (size_t i = 0; i < PRINTINGS; i++)
        add_text(printings[i][0], printings[i][1]);
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
}

static const char *source_id(size_t q, size_t k)
{
    size_t article;
    frn_span span;

    ck_assert_int_eq(frn_coverage_get_quote_source(cov, q, k, &article, &span, NULL), FRN_OK);
    return frn_coverage_get_article_id(cov, article);
}

/* The class of the printing of article `id` in quotation q. */
static frn_quote_variant variant_of(size_t q, const char *id, size_t *k_out)
{
    for (size_t k = 0; k < frn_coverage_get_quote_source_count(cov, q); k++)
        if (strcmp(source_id(q, k), id) == 0) {
            *k_out = k;
            return frn_coverage_get_quote_source_variant(cov, q, k);
        }
    ck_abort_msg("%s prints no source of quotation %zu", id, q);
    return FRN_QUOTE_VARIANT_IDENTICAL;
}

START_TEST(test_variants_six_printings_are_one_quotation)
{
    add_printings();
    ck_assert_uint_eq(frn_coverage_get_quote_count(cov), 1);
    ck_assert_uint_eq(frn_coverage_get_quote_source_count(cov, 0), PRINTINGS);
    /* The fullest printing is canonical; the misspelt and surname-only
     * speakers are the same person. */
    ck_assert_str_eq(frn_coverage_get_quote_text(cov, 0), STATEMENT);
    ck_assert_str_eq(frn_coverage_get_quote_speaker(cov, 0), "Brad Smith");
}
END_TEST

START_TEST(test_variants_each_printing_is_classed)
{
    size_t k;

    add_printings();
    ck_assert_int_eq(variant_of(0, "a1-identical", &k), FRN_QUOTE_VARIANT_IDENTICAL);
    /* Straight marks, a hyphen, British spelling: the same words. */
    ck_assert_int_eq(variant_of(0, "a2-orthographic", &k), FRN_QUOTE_VARIANT_ORTHOGRAPHIC);
    ck_assert_int_eq(variant_of(0, "a3-trimmed", &k), FRN_QUOTE_VARIANT_TRIMMED);
    /* Two pieces, in order, around the ellipsis. */
    ck_assert_int_eq(variant_of(0, "a4-ellipsis", &k), FRN_QUOTE_VARIANT_TRIMMED);
    ck_assert_str_eq(frn_coverage_get_quote_source_speaker(cov, 0, k), "Brad Smit");
    /* The editor's "[Microsoft]" is not the speaker's word. */
    ck_assert_int_eq(variant_of(0, "a5-bracket", &k), FRN_QUOTE_VARIANT_TRIMMED);
    ck_assert_ptr_null(frn_coverage_get_quote_source_diff(cov, 0, k));
}
END_TEST

START_TEST(test_variants_altered_printing_has_its_word_diff)
{
    size_t k;
    const char *diff;

    add_printings();
    ck_assert_int_eq(variant_of(0, "a6-altered", &k), FRN_QUOTE_VARIANT_ALTERED);
    diff = frn_coverage_get_quote_source_diff(cov, 0, k);
    ck_assert_ptr_nonnull(diff);
    ck_assert_ptr_nonnull(strstr(diff, "sell [-facial-] {+face+} recognition"));
    ck_assert_ptr_nonnull(strstr(diff, "a [-national-] {+federal+} law"));
    ck_assert_int_eq(strncmp(diff, "we will not sell", 16), 0);
}
END_TEST

START_TEST(test_variants_sources_follow_the_dates)
{
    static const char *const expected[] = {"a2-orthographic", "a1-identical", "a3-trimmed",
                                           "a4-ellipsis", "a5-bracket", "a6-altered"};

    add_printings();
    /* June 11 to 15, then the undated printing. */
    for (size_t k = 0; k < PRINTINGS; k++)
        ck_assert_str_eq(source_id(0, k), expected[k]);
    ck_assert_uint_eq(frn_coverage_get_quote_first_source(cov, 0), 0);
}
END_TEST

START_TEST(test_variants_no_date_no_first_printing)
{
    add_text("a6-altered", printings[0][1]);
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_uint_eq(frn_coverage_get_quote_first_source(cov, 0), FRN_NONE);
    ck_assert_uint_eq(frn_coverage_get_quote_first_source(cov, 9), FRN_NONE);
    ck_assert_int_eq(frn_coverage_get_quote_source_variant(cov, 0, 0), FRN_QUOTE_VARIANT_IDENTICAL);
}
END_TEST

static char *no_comment(const char *title, const char *speaker)
{
    char *text = malloc(512);

    snprintf(text, 512,
             "%s\n\nThe hearing was adjourned until next week after three hours of testimony from "
             "officials.\n\n\xE2\x80\x9CWe have nothing further to add about the matter at this "
             "time,\xE2\x80\x9D %s said.\n",
             title, speaker);
    return text;
}

START_TEST(test_variants_same_words_by_different_people_stay_apart)
{
    static const char *const speakers[][2] = {
        {"Council delays budget vote again", "Maria Lopez"},
        {"Harbour dredging contract questioned", "Peter Novak"},
        {"School board postpones closure plan", "Maria Lopez"},
        {"Airport expansion hearing ends early", "Lopez"},
    };
    size_t lopez = FRN_NONE, novak = FRN_NONE;

    for (size_t i = 0; i < 4; i++) {
        char *text = no_comment(speakers[i][0], speakers[i][1]), id[16];
        snprintf(id, sizeof id, "n%zu", i);
        add_text(id, text);
        free(text);
    }
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_uint_eq(frn_coverage_get_quote_count(cov), 2);
    for (size_t q = 0; q < 2; q++) {
        if (strcmp(frn_coverage_get_quote_speaker(cov, q), "Maria Lopez") == 0)
            lopez = q;
        else if (strcmp(frn_coverage_get_quote_speaker(cov, q), "Peter Novak") == 0)
            novak = q;
    }
    ck_assert_uint_ne(lopez, FRN_NONE);
    ck_assert_uint_ne(novak, FRN_NONE);
    /* "Lopez" is Maria Lopez. */
    ck_assert_uint_eq(frn_coverage_get_quote_source_count(cov, lopez), 3);
    ck_assert_uint_eq(frn_coverage_get_quote_source_count(cov, novak), 1);
}
END_TEST

START_TEST(test_variants_names)
{
    ck_assert_str_eq(frn_quote_variant_name(FRN_QUOTE_VARIANT_IDENTICAL), "identical");
    ck_assert_str_eq(frn_quote_variant_name(FRN_QUOTE_VARIANT_ORTHOGRAPHIC), "orthographic");
    ck_assert_str_eq(frn_quote_variant_name(FRN_QUOTE_VARIANT_TRIMMED), "trimmed");
    ck_assert_str_eq(frn_quote_variant_name(FRN_QUOTE_VARIANT_ALTERED), "altered");
    ck_assert_str_eq(frn_quote_variant_name((frn_quote_variant)42), "unknown");
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *suite = suite_create("coverage_variants");
    TCase *tc = tcase_create("variants");

    tcase_add_checked_fixture(tc, open_index, close_index);
    tcase_add_test(tc, test_variants_six_printings_are_one_quotation);
    tcase_add_test(tc, test_variants_each_printing_is_classed);
    tcase_add_test(tc, test_variants_altered_printing_has_its_word_diff);
    tcase_add_test(tc, test_variants_sources_follow_the_dates);
    tcase_add_test(tc, test_variants_no_date_no_first_printing);
    tcase_add_test(tc, test_variants_same_words_by_different_people_stay_apart);
    tcase_add_test(tc, test_variants_names);
    suite_add_tcase(suite, tc);
    return suite;
}
