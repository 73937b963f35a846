/* The quotation contract: exact words and positions, type, cue, speaker
 * mention and the speaker resolved to the fullest name. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "test-support.h"

static frn_quote_list *quotes_of(const char *text, frn_article **article_out)
{
    frn_article *article = frn_test_parse(text, strlen(text));
    frn_ctx *ctx;
    frn_quote_list *quotes;

    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    ck_assert_int_eq(frn_quote_list_extract(ctx, article, NULL, &quotes), FRN_OK);
    frn_ctx_free(ctx);
    *article_out = article;
    return quotes;
}

/* The quotation whose text starts with prefix, or a test failure. */
static const frn_quote *find_quote(const frn_quote_list *quotes, const char *prefix)
{
    for (size_t i = 0; i < frn_quote_list_get_count(quotes); i++) {
        const frn_quote *q = frn_quote_list_get_quote(quotes, i);
        if (strncmp(frn_quote_get_text(q, NULL), prefix, strlen(prefix)) == 0)
            return q;
    }
    ck_abort_msg("no quotation starting with: %s", prefix);
    return NULL;
}

static void assert_speaker(const frn_quote *q, const char *speaker)
{
    ck_assert_ptr_nonnull(frn_quote_get_speaker(q));
    ck_assert_str_eq(frn_quote_get_speaker(q), speaker);
}

START_TEST(test_quote_surname_resolves_to_full_name)
{
    frn_article *a;
    frn_quote_list *quotes = frn_test_sample_quotes("000_9b3e2d958d694ffd.txt", &a);
    const frn_quote *q = find_quote(quotes, "We will not sell facial recognition");
    frn_span span = frn_quote_get_span(q);

    /* Positions from the seed annotations (gold.json), checked by slicing. */
    ck_assert_uint_eq(span.start, 355);
    ck_assert_uint_eq(span.end, 542);
    ck_assert_int_eq(frn_quote_get_type(q), FRN_QUOTE_DIRECT);
    ck_assert_str_eq(frn_quote_get_cue(q), "said");
    ck_assert_str_eq(frn_quote_get_mention(q), "Smith");
    assert_speaker(q, "Brad Smith");
    frn_quote_list_free(quotes);
    frn_article_free(a);
}
END_TEST

/* A surname stands for the first person named with it, not for a relative
 * named after ("his wife, Hillary Clinton"); a particle before the surname
 * ("De Blasio") is no other given name. */
START_TEST(test_quote_surname_keeps_the_first_person_named)
{
    frn_article *a, *b;
    frn_quote_list *wife = quotes_of("Campaign trail\n\n"
                                     "Former President Bill Clinton spoke in Flint on Tuesday for his wife, "
                                     "Hillary Clinton.\n\n"
                                     "\xE2\x80\x9CThe insurance model does not work,\xE2\x80\x9D Clinton said.\n",
                                     &a);
    frn_quote_list *particle = quotes_of("De Blasio calls the blast intentional\n\n"
                                         "Mayor Bill de Blasio spoke to reporters late on Saturday.\n\n"
                                         "\xE2\x80\x9CIt was an intentional act,\xE2\x80\x9D De Blasio said.\n",
                                         &b);

    assert_speaker(find_quote(wife, "The insurance model"), "Bill Clinton");
    assert_speaker(find_quote(particle, "It was an intentional act"), "Bill de Blasio");
    frn_quote_list_free(wife);
    frn_quote_list_free(particle);
    frn_article_free(a);
    frn_article_free(b);
}
END_TEST

START_TEST(test_quote_following_quote_keeps_speaker)
{
    frn_article *a;
    frn_quote_list *quotes = frn_test_sample_quotes("000_9b3e2d958d694ffd.txt", &a);

    assert_speaker(find_quote(quotes, "The bottom line for us"), "Brad Smith");
    assert_speaker(find_quote(quotes, "Amazon and Microsoft know"), "Evan Greer");
    frn_quote_list_free(quotes);
    frn_article_free(a);
}
END_TEST

START_TEST(test_quote_role_and_affiliation_stripped_from_name)
{
    frn_article *a;
    frn_quote_list *quotes = frn_test_sample_quotes("000_9b3e2d958d694ffd.txt", &a);

    /* "Electronic Frontier Foundation staff attorney Saira Hussain said, “..." */
    assert_speaker(find_quote(quotes, "The government should never"), "Saira Hussain");
    /* "..., the spokesperson said." after "A Microsoft spokesperson told ..." */
    assert_speaker(find_quote(quotes, "We\xE2\x80\x99re committed"), "Microsoft");
    frn_quote_list_free(quotes);
    frn_article_free(a);
}
END_TEST

START_TEST(test_quote_pronoun_and_title_resolve)
{
    frn_article *a;
    frn_quote_list *quotes = frn_test_sample_quotes("002_3a2f45761e980b28.txt", &a);
    const frn_quote *q = find_quote(quotes, "IBM no longer offers");

    assert_speaker(q, "Arvind Krishna");
    ck_assert_str_eq(frn_quote_get_cue(q), "wrote");
    assert_speaker(find_quote(quotes, "We've advocated"), "Amazon");
    frn_quote_list_free(quotes);
    frn_article_free(a);
}
END_TEST

START_TEST(test_quote_group_resolves_to_organisation)
{
    frn_article *a;
    frn_quote_list *quotes = frn_test_sample_quotes("004_188a87e5ba5590fa.txt", &a);

    /* "In a recent statement, the group says:" ends the paragraph before. */
    assert_speaker(find_quote(quotes, "Microsoft, Amazon, and IBM"), "American Civil Liberties Union");
    frn_quote_list_free(quotes);
    frn_article_free(a);
}
END_TEST

START_TEST(test_quote_split_by_attribution_has_two_fragments)
{
    const char *text = "Budget passes\n\n"
                       "\xE2\x80\x9CWe did it,\xE2\x80\x9D said Mayor Ann Lee, \xE2\x80\x9C"
                       "and we did it together.\xE2\x80\x9D\n";
    frn_article *a;
    frn_quote_list *quotes = quotes_of(text, &a);
    const frn_quote *q;

    ck_assert_uint_eq(frn_quote_list_get_count(quotes), 1);
    q = frn_quote_list_get_quote(quotes, 0);
    ck_assert_uint_eq(frn_quote_get_fragment_count(q), 2);
    ck_assert_str_eq(frn_quote_get_text(q, NULL), "We did it, and we did it together.");
    ck_assert_str_eq(frn_quote_get_cue(q), "said");
    assert_speaker(q, "Ann Lee");
    /* Byte offsets: the first piece starts after the headline, blank line and mark. */
    ck_assert_uint_eq(frn_quote_get_fragment(q, 0).start, strlen("Budget passes\n\n") + 3);
    ck_assert_uint_eq(frn_quote_get_fragment(q, 2).end, 0);
    frn_quote_list_free(quotes);
    frn_article_free(a);
}
END_TEST

START_TEST(test_quote_straight_marks_and_pronoun)
{
    const char *text = "Strike ends\n\n"
                       "Union leader Maria Gomez spoke to reporters on Friday.\n\n"
                       "\"The members have voted to return to work,\" she said.\n";
    frn_article *a;
    frn_quote_list *quotes = quotes_of(text, &a);
    const frn_quote *q = find_quote(quotes, "The members have voted");

    ck_assert_str_eq(frn_quote_get_mention(q), "she");
    assert_speaker(q, "Maria Gomez");
    frn_quote_list_free(quotes);
    frn_article_free(a);
}
END_TEST

START_TEST(test_quote_none_in_plain_prose)
{
    const char *text = "Quiet day\n\nNothing was said by anyone. The market closed flat.\n";
    frn_article *a;
    frn_quote_list *quotes = quotes_of(text, &a);

    ck_assert_uint_eq(frn_quote_list_get_count(quotes), 0);
    ck_assert_ptr_null(frn_quote_list_get_quote(quotes, 0));
    frn_quote_list_free(quotes);
    frn_article_free(a);
}
END_TEST

START_TEST(test_quote_unbalanced_mark_ignored)
{
    const char *text = "Odd punctuation\n\n"
                       "He said \xE2\x80\x9Cthis never closes and goes on.\n\n"
                       "\xE2\x80\x9CThis one is fine,\xE2\x80\x9D Dana Ross said.\n";
    frn_article *a;
    frn_quote_list *quotes = quotes_of(text, &a);

    /* The first mark runs on into a paragraph that reopens a quotation, as a
     * multi-paragraph quotation would; the second stands alone. */
    const frn_quote *q = find_quote(quotes, "This one is fine,");
    assert_speaker(q, "Dana Ross");
    frn_quote_list_free(quotes);
    frn_article_free(a);

    /* Unpaired, the mark quotes nothing: what "He said" reports is indirect
     * speech that ends with its paragraph. */
    text = "Odd punctuation\n\nHe said \xE2\x80\x9Cthis never closes.\n\nThe end came later.\n";
    quotes = quotes_of(text, &a);
    ck_assert_uint_eq(frn_quote_list_get_count(quotes), 1);
    ck_assert_int_eq(frn_quote_get_type(frn_quote_list_get_quote(quotes, 0)), FRN_QUOTE_INDIRECT);
    ck_assert_uint_lt(frn_quote_get_span(frn_quote_list_get_quote(quotes, 0)).end, strlen(text) - strlen("The end came later.\n"));
    frn_quote_list_free(quotes);
    frn_article_free(a);
}
END_TEST

START_TEST(test_quote_scare_quotes_not_quotations)
{
    const char *text = "Tech review\n\n"
                       "The phone has a \xE2\x80\x9Cpro\xE2\x80\x9D camera and a so-called \"smart\" mode.\n";
    frn_article *a;
    frn_quote_list *quotes = quotes_of(text, &a);

    ck_assert_uint_eq(frn_quote_list_get_count(quotes), 0);
    frn_quote_list_free(quotes);
    frn_article_free(a);
}
END_TEST

/* One mixed, one indirect ("vowed to fight it", the mayor's too) and one
 * direct quotation, for the options. */
static const char mixed_and_direct[] =
    "Council votes on the city budget\n"
    "The mayor said the plan was \"a betrayal of every family in this city\" and vowed to fight it.\n"
    "\"We will not let this pass without a vote of the whole council,\" Jane Roe said.\n";

static frn_status extract_with(const frn_quote_options *options, frn_quote_list **quotes)
{
    frn_article *article = frn_test_parse(mixed_and_direct, sizeof mixed_and_direct - 1);
    frn_ctx *ctx;
    frn_status status;

    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    status = frn_quote_list_extract(ctx, article, options, quotes);
    frn_ctx_free(ctx);
    frn_article_free(article);
    return status;
}

START_TEST(test_quote_options_select_types)
{
    frn_quote_options *options;
    frn_quote_list *quotes;

    ck_assert_int_eq(frn_quote_options_new(&options), FRN_OK);
    ck_assert_int_eq(extract_with(options, &quotes), FRN_OK);
    ck_assert_uint_eq(frn_quote_list_get_count(quotes), 3);
    frn_quote_list_free(quotes);

    ck_assert_int_eq(frn_quote_options_set_types(options, FRN_QUOTE_DIRECT), FRN_OK);
    ck_assert_int_eq(extract_with(options, &quotes), FRN_OK);
    ck_assert_uint_eq(frn_quote_list_get_count(quotes), 1);
    ck_assert_int_eq(frn_quote_get_type(frn_quote_list_get_quote(quotes, 0)), FRN_QUOTE_DIRECT);
    frn_quote_list_free(quotes);

    ck_assert_int_eq(frn_quote_options_set_types(options, FRN_QUOTE_INDIRECT), FRN_OK);
    ck_assert_int_eq(extract_with(options, &quotes), FRN_OK);
    ck_assert_uint_eq(frn_quote_list_get_count(quotes), 1);
    ck_assert_str_eq(frn_quote_get_text(frn_quote_list_get_quote(quotes, 0), NULL), "to fight it");
    frn_quote_list_free(quotes);

    ck_assert_int_eq(frn_quote_options_set_types(options, FRN_QUOTE_MIXED), FRN_OK);
    ck_assert_int_eq(extract_with(options, &quotes), FRN_OK);
    ck_assert_uint_eq(frn_quote_list_get_count(quotes), 1);
    /* The mixed quotation covers its reported clause, up to "and vowed". */
    ck_assert_str_eq(frn_quote_get_text(frn_quote_list_get_quote(quotes, 0), NULL),
                     "the plan was \"a betrayal of every family in this city\"");
    ck_assert_uint_eq(frn_quote_get_quoted_count(frn_quote_list_get_quote(quotes, 0)), 1);
    frn_quote_list_free(quotes);

    ck_assert_int_eq(frn_quote_options_set_types(options, 0), FRN_ERR_INVALID_ARG);
    ck_assert_int_eq(frn_quote_options_set_types(options, 8), FRN_ERR_INVALID_ARG);
    ck_assert_int_eq(frn_quote_options_set_types(NULL, FRN_QUOTE_ALL), FRN_ERR_INVALID_ARG);
    frn_quote_options_free(options);
}
END_TEST

START_TEST(test_quote_options_skip_titles)
{
    static const char text[] = "Plant closes\n"
                               "Jane Roe said on \"Meet the Press\" that the plant would close in May.\n";
    frn_article *article = frn_test_parse(text, sizeof text - 1);
    frn_quote_options *options;
    frn_quote_list *quotes;
    frn_ctx *ctx;

    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    ck_assert_int_eq(frn_quote_options_new(&options), FRN_OK);
    /* By default a quoted title makes the clause mixed, as any quoted words. */
    ck_assert_int_eq(frn_quote_list_extract(ctx, article, options, &quotes), FRN_OK);
    ck_assert_uint_eq(frn_quote_list_get_count(quotes), 1);
    ck_assert_int_eq(frn_quote_get_type(frn_quote_list_get_quote(quotes, 0)), FRN_QUOTE_MIXED);
    frn_quote_list_free(quotes);
    /* Skipped, it is no quoted part: the clause is reported speech. */
    ck_assert_int_eq(frn_quote_options_set_skip_titles(options, 1), FRN_OK);
    ck_assert_int_eq(frn_quote_list_extract(ctx, article, options, &quotes), FRN_OK);
    ck_assert_uint_eq(frn_quote_list_get_count(quotes), 1);
    ck_assert_int_eq(frn_quote_get_type(frn_quote_list_get_quote(quotes, 0)), FRN_QUOTE_INDIRECT);
    ck_assert_uint_eq(frn_quote_get_quoted_count(frn_quote_list_get_quote(quotes, 0)), 0);
    ck_assert_str_eq(frn_quote_get_text(frn_quote_list_get_quote(quotes, 0), NULL), "the plant would close in May");
    frn_quote_list_free(quotes);
    ck_assert_int_eq(frn_quote_options_set_skip_titles(NULL, 1), FRN_ERR_INVALID_ARG);
    frn_quote_options_free(options);
    frn_ctx_free(ctx);
    frn_article_free(article);
}
END_TEST

START_TEST(test_quote_options_join_sentences)
{
    static const char text[] = "Harbour works\n"
                               "\"The pier will open in June,\" Jane Roe said. \"After that we dredge.\"\n";
    frn_article *article = frn_test_parse(text, sizeof text - 1);
    frn_quote_options *options;
    frn_quote_list *quotes;
    const frn_quote *quote;
    frn_ctx *ctx;

    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    ck_assert_int_eq(frn_quote_options_new(&options), FRN_OK);
    /* By default each sentence is a quotation, the second carrying the speaker. */
    ck_assert_int_eq(frn_quote_list_extract(ctx, article, options, &quotes), FRN_OK);
    ck_assert_uint_eq(frn_quote_list_get_count(quotes), 2);
    ck_assert_str_eq(frn_quote_get_speaker(frn_quote_list_get_quote(quotes, 1)), "Jane Roe");
    frn_quote_list_free(quotes);
    /* Joined, one quotation of two fragments: the words between are the attribution's. */
    ck_assert_int_eq(frn_quote_options_set_join_sentences(options, 1), FRN_OK);
    ck_assert_int_eq(frn_quote_list_extract(ctx, article, options, &quotes), FRN_OK);
    ck_assert_uint_eq(frn_quote_list_get_count(quotes), 1);
    quote = frn_quote_list_get_quote(quotes, 0);
    ck_assert_uint_eq(frn_quote_get_fragment_count(quote), 2);
    ck_assert_str_eq(frn_quote_get_text(quote, NULL), "The pier will open in June, After that we dredge.");
    ck_assert_uint_eq(frn_quote_get_fragment(quote, 1).start, (size_t)(strstr(text, "After") - text));
    ck_assert_str_eq(frn_quote_get_speaker(quote), "Jane Roe");
    frn_quote_list_free(quotes);
    ck_assert_int_eq(frn_quote_options_set_join_sentences(NULL, 1), FRN_ERR_INVALID_ARG);
    frn_quote_options_free(options);
    frn_ctx_free(ctx);
    frn_article_free(article);
}
END_TEST

START_TEST(test_quote_options_limit_is_a_status)
{
    frn_quote_options *options;
    frn_quote_list *quotes = (frn_quote_list *)1;

    ck_assert_int_eq(frn_quote_options_new(&options), FRN_OK);
    ck_assert_int_eq(frn_quote_options_set_max_quotes(options, 0), FRN_ERR_INVALID_ARG);
    ck_assert_int_eq(frn_quote_options_set_max_quotes(options, 2), FRN_OK);
    /* Three quotations against a limit of two: a status, never a cut list. */
    ck_assert_int_eq(extract_with(options, &quotes), FRN_ERR_TOO_LARGE);
    ck_assert_ptr_null(quotes);
    ck_assert_int_eq(frn_quote_options_set_max_quotes(options, 3), FRN_OK);
    ck_assert_int_eq(extract_with(options, &quotes), FRN_OK);
    ck_assert_uint_eq(frn_quote_list_get_count(quotes), 3);
    frn_quote_list_free(quotes);
    frn_quote_options_free(options);
}
END_TEST

START_TEST(test_quote_bad_arguments)
{
    frn_ctx *ctx;
    frn_quote_list *quotes = (frn_quote_list *)1;

    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    ck_assert_int_eq(frn_quote_list_extract(ctx, NULL, NULL, &quotes), FRN_ERR_INVALID_ARG);
    ck_assert_ptr_null(quotes);
    ck_assert_uint_eq(frn_quote_list_get_count(NULL), 0);
    ck_assert_ptr_null(frn_quote_get_speaker(NULL));
    ck_assert_ptr_null(frn_quote_list_get_quote(NULL, 0));
    ck_assert_int_eq(frn_quote_get_type(NULL), FRN_QUOTE_NONE);
    ck_assert_str_eq(frn_quote_type_name(FRN_QUOTE_MIXED), "mixed");
    ck_assert_str_eq(frn_quote_type_name(FRN_QUOTE_NONE), "unknown");
    frn_quote_list_free(NULL);
    frn_ctx_free(ctx);
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *s = suite_create("quote");
    TCase *tc = tcase_create("core");

    tcase_add_test(tc, test_quote_surname_resolves_to_full_name);
    tcase_add_test(tc, test_quote_surname_keeps_the_first_person_named);
    tcase_add_test(tc, test_quote_following_quote_keeps_speaker);
    tcase_add_test(tc, test_quote_role_and_affiliation_stripped_from_name);
    tcase_add_test(tc, test_quote_pronoun_and_title_resolve);
    tcase_add_test(tc, test_quote_group_resolves_to_organisation);
    tcase_add_test(tc, test_quote_split_by_attribution_has_two_fragments);
    tcase_add_test(tc, test_quote_straight_marks_and_pronoun);
    tcase_add_test(tc, test_quote_none_in_plain_prose);
    tcase_add_test(tc, test_quote_unbalanced_mark_ignored);
    tcase_add_test(tc, test_quote_scare_quotes_not_quotations);
    tcase_add_test(tc, test_quote_options_select_types);
    tcase_add_test(tc, test_quote_options_skip_titles);
    tcase_add_test(tc, test_quote_options_join_sentences);
    tcase_add_test(tc, test_quote_options_limit_is_a_status);
    tcase_add_test(tc, test_quote_bad_arguments);
    suite_add_tcase(s, tc);
    return s;
}
