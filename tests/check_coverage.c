/* The coverage index (frnews/coverage.h): near-duplicates, stories, merged
 * quotations, the state rules of build, and argument checks. Articles are
 * small hand-written texts: a headline line, then one paragraph a line. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <frnews.h>
#include "test-support.h"

static const char park_tuesday[] =
    "Council approves riverside park plan\n"
    "The city council voted on Tuesday evening to approve a large riverside park along the "
    "old harbour, replacing the disused warehouses with gardens, a playground, a small "
    "open-air theatre and a cycle path that links the two bridges across the river.\n"
    "Construction is expected to begin in the spring and to finish within two years, "
    "according to the planning office, which put the cost of the whole project at about "
    "twelve million euros, most of it paid by a regional fund for urban renewal.\n"
    "Residents who had campaigned for the park for almost a decade gathered outside the "
    "town hall to celebrate the decision with music and speeches.\n";

/* The same text with one word changed. */
static const char park_wednesday[] =
    "Council approves riverside park plan\n"
    "The city council voted on Wednesday evening to approve a large riverside park along the "
    "old harbour, replacing the disused warehouses with gardens, a playground, a small "
    "open-air theatre and a cycle path that links the two bridges across the river.\n"
    "Construction is expected to begin in the spring and to finish within two years, "
    "according to the planning office, which put the cost of the whole project at about "
    "twelve million euros, most of it paid by a regional fund for urban renewal.\n"
    "Residents who had campaigned for the park for almost a decade gathered outside the "
    "town hall to celebrate the decision with music and speeches.\n";

static const char bakery[] =
    "Family bakery wins national bread award\n"
    "A small family bakery in the old town has won the national prize for its sourdough "
    "loaf, beating more than three hundred entries from bakers across the country in a "
    "blind tasting held in the capital.\n"
    "The owners, who took over the shop from their parents, plan to celebrate by giving "
    "away free loaves to their customers on Saturday morning.\n";

/* The same statement in two outlets; the second names the speaker by
 * surname only. The first also prints a short phrase of the statement
 * ("grounded in human rights") on its own. */
static const char statement_full_name[] =
    "Microsoft will not sell face recognition to police\n"
    "Microsoft will not sell its facial recognition software to police departments, the "
    "company announced on Thursday.\n"
    "\"We will not sell facial recognition technology to police departments in the United "
    "States until we have a national law in place, grounded in human rights, that will "
    "govern this technology,\" Brad Smith said during a video conference.\n"
    "Smith said the law should be \"grounded in human rights.\"\n";

static const char statement_surname[] =
    "Microsoft halts police sales of facial recognition\n"
    "The software company said it would stop selling the technology to police until "
    "Congress acts.\n"
    "\"We will not sell facial recognition technology to police departments in the United "
    "States until we have a national law in place, grounded in human rights, that will "
    "govern this technology,\" Smith said.\n";

/* The statement again, with the speaker's name misspelt by one letter. */
static const char statement_typo[] =
    "Microsoft stops selling facial recognition to police\n"
    "\"We will not sell facial recognition technology to police departments in the United "
    "States until we have a national law in place,\" Brad Smit said on Thursday.\n";

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

/* The story holding an article; fails the test unless it is in exactly one. */
static size_t story_of(size_t article)
{
    size_t found = (size_t)-1, hits = 0;

    for (size_t s = 0; s < frn_coverage_get_story_count(cov); s++)
        for (size_t k = 0; k < frn_coverage_get_story_size(cov, s); k++)
            if (frn_coverage_get_story_article(cov, s, k) == article) {
                found = s;
                hits++;
            }
    ck_assert_uint_eq(hits, 1);
    return found;
}

/* The merged quotation with a source in the given article whose text
 * starts with prefix; (size_t)-1 when there is none. */
static size_t quote_printed_in(size_t article, const char *prefix)
{
    for (size_t q = 0; q < frn_coverage_get_quote_count(cov); q++)
        for (size_t k = 0; k < frn_coverage_get_quote_source_count(cov, q); k++) {
            size_t a;
            frn_span span;
            const char *text;
            ck_assert_int_eq(frn_coverage_get_quote_source(cov, q, k, &a, &span, &text), FRN_OK);
            if (a == article && strncmp(text, prefix, strlen(prefix)) == 0)
                return q;
        }
    return (size_t)-1;
}

START_TEST(test_coverage_near_duplicates_pair_and_share_story)
{
    size_t a, b, x = add_text("tuesday", park_tuesday), y = add_text("wednesday", park_wednesday);
    double similarity;

    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_uint_eq(frn_coverage_get_duplicate_count(cov), 1);
    ck_assert_int_eq(frn_coverage_get_duplicate(cov, 0, &a, &b, &similarity), FRN_OK);
    ck_assert_uint_eq(a, x);
    ck_assert_uint_eq(b, y);
    /* About 110 words: one changed word alters 5 of ~109 shingles, a true
     * Jaccard similarity of about 0.91. */
    ck_assert_double_gt(similarity, 0.8);
    ck_assert_double_le(similarity, 1.0);
    ck_assert_uint_eq(frn_coverage_get_story_count(cov), 1);
    ck_assert_uint_eq(story_of(x), story_of(y));
}
END_TEST

START_TEST(test_coverage_duplicate_threshold_is_an_option)
{
    frn_coverage_options *options;

    ck_assert_int_eq(frn_coverage_options_new(&options), FRN_OK);
    ck_assert_int_eq(frn_coverage_options_set_duplicate_threshold(options, 0.0), FRN_ERR_INVALID_ARG);
    ck_assert_int_eq(frn_coverage_options_set_duplicate_threshold(options, 1.5), FRN_ERR_INVALID_ARG);
    ck_assert_int_eq(frn_coverage_options_set_story_threshold(options, -0.1), FRN_ERR_INVALID_ARG);
    /* Only identical shingle sets: the pair one word apart (about 0.91, see
     * above) is no longer a duplicate, and the options are copied. */
    ck_assert_int_eq(frn_coverage_options_set_duplicate_threshold(options, 1.0), FRN_OK);
    frn_coverage_free(cov);
    ck_assert_int_eq(frn_coverage_new(ctx, options, &cov), FRN_OK);
    frn_coverage_options_free(options);
    add_text("tuesday", park_tuesday);
    add_text("wednesday", park_wednesday);
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_uint_eq(frn_coverage_get_duplicate_count(cov), 0);
}
END_TEST

START_TEST(test_coverage_unrelated_articles_stay_apart)
{
    size_t park = add_text("park", park_tuesday), bread = add_text("bread", bakery);

    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_uint_eq(frn_coverage_get_duplicate_count(cov), 0);
    ck_assert_uint_eq(frn_coverage_get_story_count(cov), 2);
    ck_assert_uint_ne(story_of(park), story_of(bread));
}
END_TEST

START_TEST(test_coverage_every_article_in_one_story_in_order)
{
    size_t total = 0;

    add_text("park", park_tuesday);
    add_text("bread", bakery);
    add_text("park-again", park_wednesday);
    add_text("statement", statement_full_name);
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    for (size_t article = 0; article < 4; article++)
        story_of(article);
    for (size_t s = 0; s < frn_coverage_get_story_count(cov); s++) {
        size_t n = frn_coverage_get_story_size(cov, s);
        ck_assert_uint_gt(n, 0);
        total += n;
        for (size_t k = 1; k < n; k++)
            ck_assert_uint_lt(frn_coverage_get_story_article(cov, s, k - 1),
                              frn_coverage_get_story_article(cov, s, k));
        /* Stories are ordered by their first article. */
        if (s > 0)
            ck_assert_uint_lt(frn_coverage_get_story_article(cov, s - 1, 0),
                              frn_coverage_get_story_article(cov, s, 0));
    }
    ck_assert_uint_eq(total, 4);
    /* park, bread, park-again, statement: the parks share story 0. */
    ck_assert_uint_eq(story_of(0), 0);
    ck_assert_uint_eq(story_of(2), 0);
    ck_assert_uint_eq(story_of(1), 1);
}
END_TEST

START_TEST(test_coverage_same_quote_merges_with_fullest_speaker)
{
    size_t first = add_text("full", statement_full_name), second = add_text("surname", statement_surname);
    size_t q, a0, a1;
    frn_span span;
    const char *text;

    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    q = quote_printed_in(first, "We will not sell");
    ck_assert_uint_ne(q, (size_t)-1);
    ck_assert_uint_eq(q, quote_printed_in(second, "We will not sell"));
    ck_assert_uint_eq(frn_coverage_get_quote_source_count(cov, q), 2);
    ck_assert_str_eq(frn_coverage_get_quote_speaker(cov, q), "Brad Smith");
    ck_assert_int_eq(frn_coverage_get_quote_source(cov, q, 0, &a0, &span, &text), FRN_OK);
    ck_assert_int_eq(frn_coverage_get_quote_source(cov, q, 1, &a1, &span, &text), FRN_OK);
    ck_assert_uint_eq(a0, first);
    ck_assert_uint_eq(a1, second);
    /* The span points at the quotation in the second article's source. */
    ck_assert_uint_lt(span.start, span.end);
    ck_assert_uint_le(span.end, sizeof statement_surname - 1);
    ck_assert_ptr_nonnull(strstr(frn_coverage_get_quote_text(cov, q), "national law"));
}
END_TEST

START_TEST(test_coverage_short_fragment_not_merged_into_long_quote)
{
    size_t first = add_text("full", statement_full_name), second = add_text("surname", statement_surname);
    size_t fragment, statement;

    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    /* A mixed quotation is compared by its quoted words, all of them in
     * the statement, but too few to stand for it. */
    fragment = quote_printed_in(first, "grounded in human rights");
    statement = quote_printed_in(second, "We will not sell");
    ck_assert_uint_ne(fragment, (size_t)-1);
    ck_assert_uint_ne(statement, (size_t)-1);
    ck_assert_uint_ne(fragment, statement);
    ck_assert_uint_eq(frn_coverage_get_quote_source_count(cov, fragment), 1);
}
END_TEST

START_TEST(test_coverage_speaker_typo_still_merges)
{
    size_t first = add_text("full", statement_full_name), typo = add_text("typo", statement_typo);
    size_t q;

    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    q = quote_printed_in(typo, "We will not sell");
    ck_assert_uint_ne(q, (size_t)-1);
    ck_assert_uint_eq(q, quote_printed_in(first, "We will not sell"));
    /* Every word of the shorter printing is in the longer one. */
    ck_assert_uint_eq(frn_coverage_get_quote_source_count(cov, q), 2);
    ck_assert_str_eq(frn_coverage_get_quote_speaker(cov, q), "Brad Smith");
}
END_TEST

START_TEST(test_coverage_every_quote_in_one_entry)
{
    frn_article *article = frn_test_parse(statement_full_name, sizeof statement_full_name - 1);
    frn_quote_list *quotes;
    size_t printed, entries = 0;

    ck_assert_int_eq(frn_quote_list_extract(ctx, article, NULL, &quotes), FRN_OK);
    printed = frn_quote_list_get_count(quotes);
    ck_assert_int_eq(frn_coverage_add(ctx, cov, "full", article, quotes, NULL), FRN_OK);
    ck_assert_int_eq(frn_coverage_add(ctx, cov, "again", article, quotes, NULL), FRN_OK);
    frn_quote_list_free(quotes);
    frn_article_free(article);
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_uint_gt(printed, 0);
    for (size_t q = 0; q < frn_coverage_get_quote_count(cov); q++)
        entries += frn_coverage_get_quote_source_count(cov, q);
    ck_assert_uint_eq(entries, 2 * printed);
    /* The identical article printed twice: each quotation merges with its copy. */
    ck_assert_uint_eq(frn_coverage_get_quote_count(cov), printed);
}
END_TEST

START_TEST(test_coverage_getters_before_build)
{
    size_t a = 7, b = 7;
    double similarity = 7.0;
    frn_span span;

    add_text("park", park_tuesday);
    ck_assert_uint_eq(frn_coverage_get_article_count(cov), 1);
    ck_assert_str_eq(frn_coverage_get_article_id(cov, 0), "park");
    ck_assert_uint_eq(frn_coverage_get_story_count(cov), 0);
    ck_assert_uint_eq(frn_coverage_get_story_size(cov, 0), 0);
    ck_assert_uint_eq(frn_coverage_get_story_article(cov, 0, 0), (size_t)-1);
    ck_assert_uint_eq(frn_coverage_get_duplicate_count(cov), 0);
    a = b = 3;
    similarity = 0.5;
    ck_assert_int_eq(frn_coverage_get_duplicate(cov, 0, &a, &b, &similarity), FRN_ERR_RANGE);
    /* A failed getter still writes its out-parameters. */
    ck_assert_uint_eq(a, FRN_NONE);
    ck_assert_uint_eq(b, FRN_NONE);
    ck_assert(similarity == 0.0);
    ck_assert_uint_eq(frn_coverage_get_quote_count(cov), 0);
    ck_assert_ptr_null(frn_coverage_get_quote_text(cov, 0));
    ck_assert_ptr_null(frn_coverage_get_quote_speaker(cov, 0));
    ck_assert_uint_eq(frn_coverage_get_quote_source_count(cov, 0), 0);
    ck_assert_int_eq(frn_coverage_get_quote_source(cov, 0, 0, &a, &span, NULL), FRN_ERR_RANGE);
}
END_TEST

START_TEST(test_coverage_add_after_build_then_rebuild)
{
    add_text("park", park_tuesday);
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_uint_eq(frn_coverage_get_story_count(cov), 1);
    ck_assert_uint_eq(frn_coverage_get_duplicate_count(cov), 0);
    add_text("park-again", park_wednesday);
    /* Stale until rebuilt. */
    ck_assert_uint_eq(frn_coverage_get_story_count(cov), 0);
    ck_assert_uint_eq(frn_coverage_get_duplicate_count(cov), 0);
    add_text("bread", bakery);
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_uint_eq(frn_coverage_get_article_count(cov), 3);
    ck_assert_uint_eq(frn_coverage_get_duplicate_count(cov), 1);
    ck_assert_uint_eq(frn_coverage_get_story_count(cov), 2);
    ck_assert_uint_eq(story_of(0), story_of(1));
    /* Building again without additions gives the same result. */
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_uint_eq(frn_coverage_get_story_count(cov), 2);
    ck_assert_uint_eq(frn_coverage_get_duplicate_count(cov), 1);
}
END_TEST

START_TEST(test_coverage_empty_index_builds)
{
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_uint_eq(frn_coverage_get_article_count(cov), 0);
    ck_assert_uint_eq(frn_coverage_get_story_count(cov), 0);
    ck_assert_uint_eq(frn_coverage_get_quote_count(cov), 0);
}
END_TEST

START_TEST(test_coverage_bad_arguments)
{
    frn_article *article = frn_test_parse(bakery, sizeof bakery - 1);
    frn_coverage *none = (frn_coverage *)&none;
    size_t a, b, index = 7;
    double similarity;
    frn_span span;

    ck_assert_int_eq(frn_coverage_new(NULL, NULL, &none), FRN_ERR_INVALID_ARG);
    ck_assert_ptr_null(none);
    ck_assert_int_eq(frn_coverage_new(ctx, NULL, NULL), FRN_ERR_INVALID_ARG);
    ck_assert_int_eq(frn_coverage_add(ctx, NULL, "x", article, NULL, NULL), FRN_ERR_INVALID_ARG);
    ck_assert_int_eq(frn_coverage_add(ctx, cov, NULL, article, NULL, &index), FRN_ERR_INVALID_ARG);
    ck_assert_uint_eq(index, (size_t)-1);
    ck_assert_int_eq(frn_coverage_add(ctx, cov, "x", NULL, NULL, NULL), FRN_ERR_INVALID_ARG);
    ck_assert_int_eq(frn_coverage_add(ctx, cov, "\xff", article, NULL, NULL), FRN_ERR_INVALID_ARG);
    ck_assert_uint_eq(frn_coverage_get_article_count(cov), 0);
    /* Quotations are optional. */
    ck_assert_int_eq(frn_coverage_add(ctx, cov, "x", article, NULL, &index), FRN_OK);
    ck_assert_uint_eq(index, 0);
    frn_article_free(article);
    ck_assert_int_eq(frn_coverage_build(ctx, NULL), FRN_ERR_INVALID_ARG);
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_int_eq(frn_coverage_get_duplicate(cov, 0, NULL, &b, &similarity), FRN_ERR_INVALID_ARG);
    a = b = 3;
    similarity = 0.5;
    ck_assert_int_eq(frn_coverage_get_duplicate(cov, 0, &a, &b, &similarity), FRN_ERR_RANGE);
    /* A failed getter still writes its out-parameters. */
    ck_assert_uint_eq(a, FRN_NONE);
    ck_assert_uint_eq(b, FRN_NONE);
    ck_assert(similarity == 0.0);
    ck_assert_int_eq(frn_coverage_get_quote_source(cov, 0, 0, NULL, &span, NULL), FRN_ERR_INVALID_ARG);
    ck_assert_int_eq(frn_coverage_get_quote_source(cov, 0, 0, &a, NULL, NULL), FRN_ERR_INVALID_ARG);
    ck_assert_int_eq(frn_coverage_get_quote_source(cov, 5, 0, &a, &span, NULL), FRN_ERR_RANGE);
    ck_assert_ptr_null(frn_coverage_get_article_id(cov, 1));
    ck_assert_uint_eq(frn_coverage_get_story_size(cov, 1), 0);
    ck_assert_uint_eq(frn_coverage_get_story_article(cov, 0, 1), (size_t)-1);
    ck_assert_uint_eq(frn_coverage_get_article_count(NULL), 0);
    ck_assert_uint_eq(frn_coverage_get_story_count(NULL), 0);
    frn_coverage_free(NULL);
}
END_TEST

static frn_coverage_record *record_of(const char *id, const char *text)
{
    frn_article *article = frn_test_parse(text, strlen(text));
    frn_quote_list *quotes;
    frn_coverage_record *record;

    ck_assert_int_eq(frn_quote_list_extract(ctx, article, NULL, &quotes), FRN_OK);
    ck_assert_int_eq(frn_coverage_record_new(ctx, id, article, quotes, &record), FRN_OK);
    frn_quote_list_free(quotes);
    frn_article_free(article);
    return record;
}

START_TEST(test_coverage_query_finds_copies_and_story_without_rebuilding)
{
    frn_coverage_record *copy = record_of("copy", park_wednesday), *other = record_of("other", bakery);
    frn_coverage_query *query = (void *)1;
    size_t park = add_text("park", park_tuesday), article;
    double similarity;

    add_text("statement", statement_full_name);
    ck_assert_int_eq(frn_coverage_query_new(ctx, cov, copy, &query), FRN_ERR_STATE);
    ck_assert_ptr_null(query);
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_int_eq(frn_coverage_query_new(ctx, cov, copy, &query), FRN_OK);
    ck_assert_uint_eq(frn_coverage_query_get_duplicate_count(query), 1);
    ck_assert_int_eq(frn_coverage_query_get_duplicate(query, 0, &article, &similarity), FRN_OK);
    ck_assert_uint_eq(article, park);
    ck_assert_double_gt(similarity, 0.8);
    ck_assert_uint_eq(frn_coverage_query_get_story(query), frn_coverage_get_article_story(cov, park));
    ck_assert_int_eq(frn_coverage_query_get_duplicate(query, 1, &article, &similarity), FRN_ERR_RANGE);
    ck_assert_uint_eq(article, FRN_NONE);
    frn_coverage_query_free(query);
    /* Nothing like the bakery was indexed: a new story. */
    ck_assert_int_eq(frn_coverage_query_new(ctx, cov, other, &query), FRN_OK);
    ck_assert_uint_eq(frn_coverage_query_get_duplicate_count(query), 0);
    ck_assert_uint_eq(frn_coverage_query_get_story(query), FRN_NONE);
    ck_assert(frn_coverage_query_get_story_similarity(query) == 0.0);
    frn_coverage_query_free(query);
    /* The index is unchanged by queries. */
    ck_assert_uint_eq(frn_coverage_get_article_count(cov), 2);
    frn_coverage_record_free(copy);
    frn_coverage_record_free(other);
}
END_TEST

static const char park_report[] =
    "Council approves riverside park plan for old harbour\n"
    "%s\n"
    "Councillors backed the riverside park on the old harbour by a large majority.\n"
    "%s\n";

/* Each report in its own words after the shared opening, so that no two
 * are copies. */
static const char *const park_details[] = {
    "Opponents had warned for months that the cost of clearing the polluted ground under the "
    "warehouses would grow, and two members asked for an independent audit before any contract "
    "is signed with the builders chosen last year.",
    "Local shop owners said they hoped that the gardens and the open-air theatre would bring "
    "visitors back to streets that have been quiet since the fish market closed a decade ago, "
    "while residents asked about parking.",
    "The mayor thanked the volunteers who cleaned the riverbank every weekend for three summers "
    "and promised that the first trees would be planted before the end of the autumn, weather "
    "permitting, with schools invited to help.",
};

static size_t add_dated_park(const char *id, const char *date, size_t detail)
{
    char text[2048];

    snprintf(text, sizeof text, park_report, date, park_details[detail]);
    return add_text(id, text);
}

START_TEST(test_coverage_story_a_query_matches_by_centroid)
{
    frn_coverage_record *later;
    frn_coverage_query *query;
    char text[1024];
    size_t first = add_text("park", park_tuesday);

    add_text("bread", bakery);
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    snprintf(text, sizeof text, park_report, "Published March 3, 2021", park_details[0]);
    later = record_of("report", text);
    ck_assert_int_eq(frn_coverage_query_new(ctx, cov, later, &query), FRN_OK);
    ck_assert_uint_eq(frn_coverage_query_get_duplicate_count(query), 0);
    ck_assert_uint_eq(frn_coverage_query_get_story(query), frn_coverage_get_article_story(cov, first));
    ck_assert_double_ge(frn_coverage_query_get_story_similarity(query), 0.15);
    frn_coverage_query_free(query);
    frn_coverage_record_free(later);
}
END_TEST

START_TEST(test_coverage_story_window_keeps_distant_dates_apart)
{
    size_t a = add_dated_park("a", "Published March 3, 2021", 0);
    size_t b = add_dated_park("b", "Published June 20, 2021", 1);
    size_t c = add_dated_park("c", "Published March 4, 2021", 2);
    frn_coverage_options *options;

    /* One story in words: a and c a day apart, b four months later. */
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_uint_eq(frn_coverage_get_cluster_count(cov), 0);
    ck_assert_uint_eq(frn_coverage_get_article_story(cov, a), frn_coverage_get_article_story(cov, c));
    ck_assert_uint_ne(frn_coverage_get_article_story(cov, a), frn_coverage_get_article_story(cov, b));
    /* With a window of a year, one story. */
    ck_assert_int_eq(frn_coverage_options_new(&options), FRN_OK);
    ck_assert_int_eq(frn_coverage_options_set_story_window(options, 0.0), FRN_ERR_INVALID_ARG);
    ck_assert_int_eq(frn_coverage_options_set_story_window(options, 365.0), FRN_OK);
    frn_coverage_free(cov);
    ck_assert_int_eq(frn_coverage_new(ctx, options, &cov), FRN_OK);
    frn_coverage_options_free(options);
    a = add_dated_park("a", "Published March 3, 2021", 0);
    b = add_dated_park("b", "Published June 20, 2021", 1);
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_uint_eq(frn_coverage_get_article_story(cov, a), frn_coverage_get_article_story(cov, b));
}
END_TEST

/* A traffic report that shares two words (harbour, bridge) with each
 * bridge report below and says much more: 30 terms. */
static const char traffic_text[] =
    "Harbour bridge traffic brings long queues, delays, angry commuters, honking taxis, vans, "
    "buses, lorries, scooters, tractors, ambulances, cyclists, walkers, tourists, pensioners, "
    "students, couriers, joggers, skaters, plumbers, nurses, builders and dogs at dawn\n";

/* A query applies the rule of the batch to a text left alone: the traffic
 * report, queried against the three reports built without it, joins their
 * story as it does when built with them (its cosine with their centroid is
 * about 0.136, short of the 0.15 threshold but over two thirds of it). */
START_TEST(test_coverage_query_left_alone_joins_closest_story)
{
    frn_coverage_record *traffic = record_of("traffic", traffic_text);
    frn_coverage_query *query;
    size_t first = add_text("closes", "Harbour bridge closes for repairs\n");

    add_text("shut", "Repairs shut harbour bridge until spring\n");
    add_text("detours", "Drivers face detours as harbour bridge repairs begin\n");
    add_text("bread", "Family bakery wins national bread award\n");
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_int_eq(frn_coverage_query_new(ctx, cov, traffic, &query), FRN_OK);
    ck_assert_uint_eq(frn_coverage_query_get_duplicate_count(query), 0);
    ck_assert_uint_eq(frn_coverage_query_get_story(query), story_of(first));
    ck_assert_double_lt(frn_coverage_query_get_story_similarity(query), 0.15);
    ck_assert_double_ge(frn_coverage_query_get_story_similarity(query), 0.10);
    frn_coverage_query_free(query);
    frn_coverage_record_free(traffic);
}
END_TEST

/* A story of one text is no established story: the traffic report, whose
 * cosine with the detours report is under the threshold here (about 0.125)
 * but over two thirds of it, stays alone, in a query as in the batch. */
START_TEST(test_coverage_query_alone_needs_threshold_with_one_text)
{
    frn_coverage_record *traffic = record_of("traffic", traffic_text);
    frn_coverage_query *query;

    add_text("detours", "Drivers face detours as harbour bridge repairs begin\n");
    add_text("bread", "Family bakery wins national bread award\n");
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_int_eq(frn_coverage_query_new(ctx, cov, traffic, &query), FRN_OK);
    ck_assert_uint_eq(frn_coverage_query_get_story(query), FRN_NONE);
    frn_coverage_query_free(query);
    frn_coverage_record_free(traffic);
}
END_TEST

START_TEST(test_coverage_shared_quotation_joins_stories)
{
    /* Headlines with no word in common; the same long statement. */
    size_t a = add_text("full", statement_full_name), b = add_text("surname", statement_surname);

    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_uint_eq(frn_coverage_get_story_count(cov), 1);
    ck_assert_uint_eq(frn_coverage_get_article_story(cov, a), frn_coverage_get_article_story(cov, b));
}
END_TEST

START_TEST(test_coverage_story_needs_two_shared_terms)
{
    /* Headlines alone: with one shared word their cosine is 0.31 (each of
     * the three words weighs the same but the shared one, whose idf is 1
     * against 1.068, ln(3 / 2) shrunk by 2 / (2 + 10) for two texts:
     * 1 / (1 + 2 * 1.068^2)), over the 0.15 threshold, yet one word names no
     * story. */
    size_t a = add_text("bridge", "Harbour bridge closes\n");
    size_t b = add_text("festival", "Harbour festival opens\n");

    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_uint_ne(frn_coverage_get_article_story(cov, a), frn_coverage_get_article_story(cov, b));
    /* Two shared words: cosine 0.64, one story. */
    frn_coverage_free(cov);
    ck_assert_int_eq(frn_coverage_new(ctx, NULL, &cov), FRN_OK);
    a = add_text("bridge", "Harbour bridge closes\n");
    b = add_text("reopens", "Harbour bridge reopens\n");
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_uint_eq(frn_coverage_get_article_story(cov, a), frn_coverage_get_article_story(cov, b));
}
END_TEST

/* Two reports of one event written apart (no copied sentence, no shared
 * quotation) and a report of another event in the same town, each pair
 * given alone: in two texts the document frequency only tells which words
 * both hold, and weighed by it the eight words the event's reports share
 * would count less than those each has alone (cosine 0.128, apart). */
static const char barge_report[] =
    "Barge strikes pier in night storm\n\n"
    "A grain barge broke loose from its moorings in Tuesday night's storm and struck a pier of the "
    "Harbour Bridge in Port Ellis. Engineers closed the bridge to all traffic while divers inspect "
    "the foundations, a county spokeswoman said. Commuters were sent through the Millbrook tunnel.\n";
static const char detour_report[] =
    "Weeks of detours for drivers in Port Ellis\n\n"
    "Drivers who cross the river every morning should plan for delays well into next month, county "
    "officials warned on Wednesday. Divers examining the damaged pier found cracks in two of its "
    "columns, and the Harbour Bridge will stay shut until repairs are approved by the state.\n";
static const char library_report[] =
    "Port Ellis council approves budget for new library\n\n"
    "The council of Port Ellis voted on Tuesday to spend four million on a new library beside the "
    "harbour. The mayor said the building would open in two years and that the old library on Mill "
    "Street would become a youth centre. Opponents had asked for the money to go to road repairs "
    "instead.\n";

START_TEST(test_coverage_two_reports_alone_weigh_what_they_share)
{
    size_t barge = add_text("barge", barge_report), detour = add_text("detour", detour_report), library;

    /* Cosine 0.200 with the idf shrunk for two texts: one story. */
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_uint_eq(frn_coverage_get_story_count(cov), 1);
    ck_assert_uint_eq(story_of(barge), story_of(detour));
    /* The barge and the library share the town, the harbour and Tuesday:
     * cosine 0.112, two stories. */
    frn_coverage_free(cov);
    ck_assert_int_eq(frn_coverage_new(ctx, NULL, &cov), FRN_OK);
    barge = add_text("barge", barge_report);
    library = add_text("library", library_report);
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_uint_ne(story_of(barge), story_of(library));
}
END_TEST

/* Three reports of one story, a fourth that says more than it shares with
 * them, and an unrelated one. */
static void add_bridge_reports(size_t *reports, size_t *traffic, size_t *bread)
{
    reports[0] = add_text("closes", "Harbour bridge closes for repairs\n");
    reports[1] = add_text("shut", "Repairs shut harbour bridge until spring\n");
    reports[2] = add_text("detours", "Drivers face detours as harbour bridge repairs begin\n");
    *traffic = add_text("traffic", traffic_text);
    *bread = add_text("bread", "Family bakery wins national bread award\n");
}

START_TEST(test_coverage_story_left_alone_joins_closest_story)
{
    size_t reports[3], traffic, bread;
    frn_coverage_options *options;

    /* The traffic report shares two words with each report: cosines 0.131,
     * 0.113 and 0.092, none reaching the 0.15 threshold, and 0.139 with the
     * three reports' centroid; a text left alone needs two thirds of the
     * threshold (0.10) to join an established story. */
    add_bridge_reports(reports, &traffic, &bread);
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_uint_eq(frn_coverage_get_story_count(cov), 2);
    ck_assert_uint_eq(story_of(reports[0]), story_of(reports[1]));
    ck_assert_uint_eq(story_of(reports[0]), story_of(reports[2]));
    ck_assert_uint_eq(story_of(reports[0]), story_of(traffic));
    ck_assert_uint_ne(story_of(reports[0]), story_of(bread));
    /* At a threshold of 0.25 the reports still join (cosines 0.56, 0.46,
     * 0.40), but 0.139 is short of its two thirds. */
    ck_assert_int_eq(frn_coverage_options_new(&options), FRN_OK);
    ck_assert_int_eq(frn_coverage_options_set_story_threshold(options, 0.25), FRN_OK);
    frn_coverage_free(cov);
    ck_assert_int_eq(frn_coverage_new(ctx, options, &cov), FRN_OK);
    frn_coverage_options_free(options);
    add_bridge_reports(reports, &traffic, &bread);
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_uint_eq(frn_coverage_get_story_count(cov), 3);
    ck_assert_uint_eq(story_of(reports[0]), story_of(reports[2]));
    ck_assert_uint_ne(story_of(reports[0]), story_of(traffic));
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *suite = suite_create("coverage");
    TCase *tc = tcase_create("coverage");

    tcase_add_checked_fixture(tc, open_index, close_index);
    tcase_add_test(tc, test_coverage_near_duplicates_pair_and_share_story);
    tcase_add_test(tc, test_coverage_duplicate_threshold_is_an_option);
    tcase_add_test(tc, test_coverage_unrelated_articles_stay_apart);
    tcase_add_test(tc, test_coverage_every_article_in_one_story_in_order);
    tcase_add_test(tc, test_coverage_same_quote_merges_with_fullest_speaker);
    tcase_add_test(tc, test_coverage_short_fragment_not_merged_into_long_quote);
    tcase_add_test(tc, test_coverage_speaker_typo_still_merges);
    tcase_add_test(tc, test_coverage_every_quote_in_one_entry);
    tcase_add_test(tc, test_coverage_getters_before_build);
    tcase_add_test(tc, test_coverage_add_after_build_then_rebuild);
    tcase_add_test(tc, test_coverage_empty_index_builds);
    tcase_add_test(tc, test_coverage_bad_arguments);
    tcase_add_test(tc, test_coverage_query_finds_copies_and_story_without_rebuilding);
    tcase_add_test(tc, test_coverage_story_a_query_matches_by_centroid);
    tcase_add_test(tc, test_coverage_story_window_keeps_distant_dates_apart);
    tcase_add_test(tc, test_coverage_story_needs_two_shared_terms);
    tcase_add_test(tc, test_coverage_two_reports_alone_weigh_what_they_share);
    tcase_add_test(tc, test_coverage_story_left_alone_joins_closest_story);
    tcase_add_test(tc, test_coverage_query_left_alone_joins_closest_story);
    tcase_add_test(tc, test_coverage_query_alone_needs_threshold_with_one_text);
    tcase_add_test(tc, test_coverage_shared_quotation_joins_stories);
    suite_add_tcase(suite, tc);
    return suite;
}
