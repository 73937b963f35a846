/* The article contract: headline, body paragraphs at source offsets,
 * boilerplate left out, metadata, and clear statuses for bad input. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "test-support.h"

/* The two paragraphs of the page dumps below, each a line of prose. */
#define BRIDGE_CLOSED "The old bridge over the river was closed on Friday after the storm damaged its deck, the city said.\n\n"
#define BRIDGE_REPAIRS "Engineers will inspect the structure next week, and the repairs could take several months to finish.\n"

static frn_article *parse_sample(const char *name)
{
    size_t len;
    char *text = frn_test_read_sample(name, &len);
    frn_article *article = frn_test_parse(text, len);

    free(text);
    return article;
}

static frn_status parse_status(const char *text, size_t len, frn_ctx *ctx, frn_article **out)
{
    return frn_article_parse(ctx, text, len, NULL, out);
}

START_TEST(test_article_title_after_page_chrome)
{
    /* "Skip to main content" stands before the headline in the page dump. */
    frn_article *a = parse_sample("000_9b3e2d958d694ffd.txt");
    ck_assert_str_eq(frn_article_get_title(a),
                     "Microsoft won\xE2\x80\x99t sell facial recognition technology to police");
    ck_assert(!frn_test_text_contains(a, "Skip to main content"));
    frn_article_free(a);
}
END_TEST

START_TEST(test_article_title_after_breadcrumb)
{
    frn_article *a = parse_sample("001_238edfc05bd1cd30.txt");
    ck_assert_str_eq(frn_article_get_title(a),
                     "Like IBM And Amazon, Microsoft Won\xE2\x80\x99t Sell Facial Recognition To The Police");
    frn_article_free(a);
}
END_TEST

START_TEST(test_article_boilerplate_lines_left_out)
{
    static const char *const leaked[] = {
        "Post author:", "Post category:Uncategorized", "Also read:",
        "See Why IBM Put An End", "For your daily dose", "Leave a Reply",
    };
    frn_article *a = parse_sample("001_238edfc05bd1cd30.txt");

    for (size_t i = 0; i < sizeof leaked / sizeof *leaked; i++)
        ck_assert_msg(!frn_test_text_contains(a, leaked[i]), "leaked: %s", leaked[i]);
    ck_assert(frn_test_text_contains(a, "The President of Microsoft, Brad Smit has announced"));
    ck_assert(frn_test_text_contains(a, "the president said."));
    frn_article_free(a);
}
END_TEST

START_TEST(test_article_newsletter_and_credits_left_out)
{
    static const char *const leaked[] = {
        "This article was published", "Image by: Web Summit", "The \xF0\x9F\x92\x9C of EU tech",
        "[Read: Masks", "Get the TNW newsletter", "Also tagged with",
    };
    frn_article *a = parse_sample("003_aebe5fa7a6eea9d4.txt");

    for (size_t i = 0; i < sizeof leaked / sizeof *leaked; i++)
        ck_assert_msg(!frn_test_text_contains(a, leaked[i]), "leaked: %s", leaked[i]);
    /* A subheading followed by prose stays. */
    ck_assert(frn_test_text_contains(a, "The backlash grows"));
    frn_article_free(a);
}
END_TEST

START_TEST(test_article_dateline_gives_published)
{
    frn_article *a = parse_sample("003_aebe5fa7a6eea9d4.txt");
    ck_assert_str_eq(frn_article_get_published(a), "2020-06-12");
    frn_article_free(a);
    a = parse_sample("000_9b3e2d958d694ffd.txt");
    ck_assert_ptr_null(frn_article_get_published(a));
    frn_article_free(a);
}
END_TEST

START_TEST(test_article_author_box_names_author)
{
    frn_article *a = parse_sample("002_3a2f45761e980b28.txt");
    ck_assert_uint_eq(frn_article_get_author_count(a), 1);
    ck_assert_str_eq(frn_article_get_author(a, 0), "Scott Bekker");
    ck_assert_ptr_null(frn_article_get_author(a, 1));
    ck_assert(!frn_test_text_contains(a, "About the Author"));
    ck_assert(!frn_test_text_contains(a, "comments powered by Disqus"));
    frn_article_free(a);
}
END_TEST

START_TEST(test_article_byline_names_authors)
{
    const char *text = "Council approves new budget\n\nBy Jane Doe and John Roe\n\n"
                       "The city council approved the budget on Monday after a long debate.\n";
    frn_article *a = frn_test_parse(text, strlen(text));
    ck_assert_uint_eq(frn_article_get_author_count(a), 2);
    ck_assert_str_eq(frn_article_get_author(a, 0), "Jane Doe");
    ck_assert_str_eq(frn_article_get_author(a, 1), "John Roe");
    ck_assert(!frn_test_text_contains(a, "By Jane"));
    frn_article_free(a);
}
END_TEST

START_TEST(test_article_paragraph_offsets_point_into_input)
{
    const char *text = "Headline of the day\n\n  First paragraph here.  \n\nSecond one, with \xE2\x80\x9Cquotes.\xE2\x80\x9D\n";
    frn_article *a = frn_test_parse(text, strlen(text));
    size_t len;
    const char *source = frn_article_get_source(a, &len);
    frn_span p0, p1;

    ck_assert_uint_eq(len, strlen(text));
    ck_assert_mem_eq(source, text, len);
    ck_assert_uint_eq(frn_article_get_paragraph_count(a), 2);
    p0 = frn_article_get_paragraph(a, 0);
    p1 = frn_article_get_paragraph(a, 1);
    /* Hand-counted: "Headline of the day\n\n  " is 23 bytes. */
    ck_assert_uint_eq(p0.start, 23);
    ck_assert_uint_eq(p0.end, 23 + strlen("First paragraph here."));
    ck_assert_mem_eq(text + p1.start, "Second one", 10);
    ck_assert_str_eq(frn_article_get_text(a, NULL),
                     "First paragraph here.\n\nSecond one, with \xE2\x80\x9Cquotes.\xE2\x80\x9D");
    ck_assert_uint_eq(frn_article_get_paragraph(a, 2).end, 0);
    frn_article_free(a);
}
END_TEST

START_TEST(test_article_language_detected)
{
    frn_article *a = parse_sample("004_188a87e5ba5590fa.txt");
    ck_assert_str_eq(frn_article_get_language(a), "en");
    frn_article_free(a);
}
END_TEST

START_TEST(test_article_invalid_utf8_rejected_with_position)
{
    const char text[] = "Good start\n\nthen a bad byte \xC3\x28 here";
    frn_ctx *ctx;
    frn_article *a = (frn_article *)1;

    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    ck_assert_int_eq(parse_status(text, sizeof text - 1, ctx, &a), FRN_ERR_UTF8);
    ck_assert_ptr_null(a);
    ck_assert_uint_eq(frn_ctx_get_errpos(ctx), 28); /* "Good start\n\n" 12 + "then a bad byte " 16 */
    ck_assert_ptr_nonnull(strstr(frn_ctx_get_errmsg(ctx), "byte 28"));
    frn_ctx_free(ctx);
}
END_TEST

START_TEST(test_article_overlong_and_surrogate_rejected)
{
    const char overlong[] = "A \xC0\xAF slash";
    const char surrogate[] = "A \xED\xA0\x80 surrogate";
    frn_ctx *ctx;
    frn_article *a;

    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    ck_assert_int_eq(parse_status(overlong, sizeof overlong - 1, ctx, &a), FRN_ERR_UTF8);
    ck_assert_int_eq(parse_status(surrogate, sizeof surrogate - 1, ctx, &a), FRN_ERR_UTF8);
    frn_ctx_free(ctx);
}
END_TEST

START_TEST(test_article_empty_input_is_an_error)
{
    frn_ctx *ctx;
    frn_article *a;

    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    ck_assert_int_eq(parse_status("", 0, ctx, &a), FRN_ERR_EMPTY);
    ck_assert_ptr_null(a);
    ck_assert_int_eq(parse_status(NULL, 0, ctx, &a), FRN_ERR_EMPTY);
    ck_assert_int_eq(parse_status(" \n\t\n\xC2\xA0\n", 7, ctx, &a), FRN_ERR_EMPTY);
    ck_assert_str_ne(frn_ctx_get_errmsg(ctx), "");
    frn_ctx_free(ctx);
}
END_TEST

START_TEST(test_article_headline_only_is_an_article)
{
    const char *text = "Fed raises rates by a quarter point\n";
    frn_article *a = frn_test_parse(text, strlen(text));
    ck_assert_str_eq(frn_article_get_title(a), "Fed raises rates by a quarter point");
    ck_assert_uint_eq(frn_article_get_paragraph_count(a), 0);
    frn_article_free(a);
}
END_TEST

/* One line is a headline even when it reads as page chrome (a video promo,
 * capitals); several lines of chrome are still no article. */
START_TEST(test_article_one_line_is_a_headline_whatever_its_words)
{
    const char *promo = "WATCH: Obama speaks on the economy\n", *chrome = "Sign In\n\nSubscribe\n";
    frn_article *a = frn_test_parse(promo, strlen(promo));
    frn_ctx *ctx;

    ck_assert_str_eq(frn_article_get_title(a), "WATCH: Obama speaks on the economy");
    frn_article_free(a);
    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    ck_assert_int_eq(parse_status(chrome, strlen(chrome), ctx, &a), FRN_ERR_EMPTY);
    frn_ctx_free(ctx);
}
END_TEST

START_TEST(test_article_bad_arguments)
{
    frn_ctx *ctx;
    frn_article *a;
    frn_article_options *options;

    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    ck_assert_int_eq(frn_article_parse(ctx, NULL, 5, NULL, &a), FRN_ERR_INVALID_ARG);
    ck_assert_int_eq(frn_article_parse(ctx, "x", 1, NULL, NULL), FRN_ERR_INVALID_ARG);
    ck_assert_int_eq(frn_article_parse(NULL, "x", 1, NULL, &a), FRN_ERR_INVALID_ARG);
    ck_assert_int_eq(frn_article_options_new(&options), FRN_OK);
    ck_assert_int_eq(frn_article_options_set_format(options, (frn_format)9), FRN_ERR_INVALID_ARG);
    ck_assert_int_eq(frn_article_options_set_url(options, "http://\xFF"), FRN_ERR_INVALID_ARG);
    /* Found by fuzz_strings: white space then a stray continuation byte
     * made the date reader read past the string's end. */
    ck_assert_int_eq(frn_article_options_set_reference_date(options, "\n\n\n\n\n\n\n\n\n\n\x9A"),
                     FRN_ERR_INVALID_ARG);
    ck_assert_int_eq(frn_article_options_set_reference_date(options, "2020-06-12\xFF"), FRN_ERR_INVALID_ARG);
    ck_assert_int_eq(frn_article_options_set_reference_date(options, "2020-06-12"), FRN_OK);
    frn_article_options_free(options);
    frn_article_free(NULL);
    frn_ctx_free(ctx);
}
END_TEST

START_TEST(test_article_url_names_site_and_html_is_read)
{
    const char *text = "A headline for the test\n\nSome body text for the article.\n";
    const char *html = "<!DOCTYPE html><html><body><p>x</p></body></html>";
    frn_ctx *ctx;
    frn_article *a;
    frn_article_options *options;

    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    ck_assert_int_eq(frn_article_options_new(&options), FRN_OK);
    ck_assert_int_eq(frn_article_options_set_url(options, "https://www.example.com/news/1"), FRN_OK);
    ck_assert_int_eq(frn_article_parse(ctx, text, strlen(text), options, &a), FRN_OK);
    ck_assert_str_eq(frn_article_get_site(a), "example.com");
    ck_assert_int_eq(frn_article_get_format(a), FRN_FORMAT_TEXT);
    frn_article_free(a);
    /* HTML is recognised by its doctype and read: a page of one short
     * paragraph has that paragraph as its body. */
    ck_assert_int_eq(frn_article_parse(ctx, html, strlen(html), NULL, &a), FRN_OK);
    ck_assert_int_eq(frn_article_get_format(a), FRN_FORMAT_HTML);
    ck_assert_str_eq(frn_article_get_text(a, NULL), "x");
    frn_article_free(a);
    frn_article_options_free(options);
    frn_ctx_free(ctx);
}
END_TEST

START_TEST(test_article_page_dump_menus_before_headline)
{
    /* A full-page dump: menus first, then the headline, a byline, the body,
     * then a list of other stories. */
    const char *text =
        "Home\nNews\nSport\nWeather\nBusiness\nCulture\nSign in\nSubscribe\nMenu\nSearch\n\n"
        "Storm closes the old river bridge\n\nBy Jane Doe\n\n"
        BRIDGE_CLOSED
        "Repairs\n\n"
        BRIDGE_REPAIRS "\n"
        "The ferry will run twice an hour.\n\n"
        "Most read\nCouncil approves the budget after a long night\nMayor visits the flooded streets downtown\n";
    frn_article *a = frn_test_parse(text, strlen(text));

    ck_assert_str_eq(frn_article_get_title(a), "Storm closes the old river bridge");
    ck_assert_uint_eq(frn_article_get_author_count(a), 1);
    ck_assert(frn_test_text_contains(a, "The old bridge over the river"));
    /* A subheading before prose and a short last paragraph stay. */
    ck_assert(frn_test_text_contains(a, "Repairs"));
    ck_assert(frn_test_text_contains(a, "The ferry will run twice an hour."));
    ck_assert(!frn_test_text_contains(a, "Weather"));
    ck_assert(!frn_test_text_contains(a, "Most read"));
    ck_assert(!frn_test_text_contains(a, "Mayor visits"));
    frn_article_free(a);
}
END_TEST

/* A line that ends an article ("Tags", "Comments") above the body is part
 * of the page's header, even after a sentence of a sign-in box: the body
 * after it is read, and the same line after the body still ends it. */
START_TEST(test_article_end_line_before_the_body_ends_nothing)
{
    const char *boxed =
        "Storm closes the old river bridge\n\n"
        "Sign in to read the whole story and to save your favourite articles for later.\n\n"
        "Latest news\n\nCouncil approves the budget\n\n"
        BRIDGE_CLOSED
        BRIDGE_REPAIRS "\n"
        "The ferry, which had stopped running in the spring, will run twice an hour until the bridge reopens.\n";
    const char *text =
        "Storm closes the old river bridge\n\nTags\n\nWeather\n\nShare\n\n"
        BRIDGE_CLOSED
        BRIDGE_REPAIRS "\n"
        "Tags\n\nBridges\n\nLeave a Reply\n\nYour email address will not be published, and required fields are marked.\n";
    frn_article *a = frn_test_parse(text, strlen(text));

    ck_assert_str_eq(frn_article_get_title(a), "Storm closes the old river bridge");
    ck_assert(frn_test_text_contains(a, "The old bridge over the river"));
    ck_assert(frn_test_text_contains(a, "several months to finish."));
    ck_assert(!frn_test_text_contains(a, "Bridges"));
    ck_assert(!frn_test_text_contains(a, "Your email address"));
    frn_article_free(a);
    a = frn_test_parse(boxed, strlen(boxed));
    ck_assert(frn_test_text_contains(a, "The old bridge over the river"));
    ck_assert(frn_test_text_contains(a, "until the bridge reopens."));
    frn_article_free(a);
}
END_TEST

/* "12 Comments" opens the comment section as "Comments" does. */
START_TEST(test_article_comment_count_ends_the_body)
{
    const char *text =
        "Storm closes the old river bridge\n\n"
        BRIDGE_CLOSED
        BRIDGE_REPAIRS "\n"
        "12 Comments\n\n"
        "I cross that bridge every day and it has been shaking for years, so this was only a matter of time.\n";
    frn_article *a = frn_test_parse(text, strlen(text));

    ck_assert(frn_test_text_contains(a, "several months to finish."));
    ck_assert(!frn_test_text_contains(a, "12 Comments"));
    ck_assert(!frn_test_text_contains(a, "shaking for years"));
    frn_article_free(a);
}
END_TEST

/* The bridge article of BRIDGE_CLOSED and BRIDGE_REPAIRS with page
 * furniture dumped into it (text): both paragraphs stay, and none of the
 * NULL-terminated words gone is left in the body. */
static void assert_bridge_body_without(const char *text, const char *const *gone)
{
    frn_article *a = frn_test_parse(text, strlen(text));

    ck_assert(frn_test_text_contains(a, "The old bridge over the river"));
    ck_assert(frn_test_text_contains(a, "several months to finish."));
    for (size_t i = 0; gone[i]; i++)
        ck_assert_msg(!frn_test_text_contains(a, gone[i]), "left in the body: %s", gone[i]);
    frn_article_free(a);
}

/* Prose set apart from the article by a run of page furniture (a footer's
 * links, then a promotion) is not the article's. */
START_TEST(test_article_prose_past_the_footer_stays_out)
{
    static const char *const gone[] = {"award-winning newsroom", NULL};
    const char *text =
        "Storm closes the old river bridge\n\n"
        BRIDGE_CLOSED
        BRIDGE_REPAIRS "\n"
        "Privacy Policy\n\nTerms of Use\n\nCookie Settings\n\nContact Us\n\nSign In\n\nSubscribe\n\n"
        "Our award-winning newsroom brings you the stories that matter in the valley, every single morning.\n";

    assert_bridge_body_without(text, gone);
}
END_TEST

/* The share buttons of a blog's page ("Click to share on Facebook (Opens
 * in new window)Facebook") are dumped among its paragraphs. */
START_TEST(test_article_share_buttons_left_out)
{
    static const char *const gone[] = {"Click to", NULL};
    const char *text =
        "Storm closes the old river bridge\n\n"
        BRIDGE_CLOSED
        "Click to share on Facebook (Opens in new window)Facebook\n\n"
        BRIDGE_REPAIRS "\n"
        "Click to email a link to a friend (Opens in new window)Email\n\n"
        "Click to print (Opens in new window)Print\n\n"
        "The council will meet on Monday to decide how the repairs are paid for.\n";

    assert_bridge_body_without(text, gone);
}
END_TEST

/* A comment system's buttons ("Reply", "Cancel reply") are page chrome:
 * left out, they keep a reader's comment apart from the article. */
START_TEST(test_article_comment_buttons_part_the_comments)
{
    static const char *const gone[] = {"ring road", NULL};
    const char *text =
        "Storm closes the old river bridge\n\n"
        BRIDGE_CLOSED
        BRIDGE_REPAIRS "\n"
        "Reply\n\nCancel reply\n\n"
        "Thanks for the update, I will take the ring road then.\n";

    assert_bridge_body_without(text, gone);
}
END_TEST

/* A cookie dialog's headings and switches ("Privacy Overview", "Always
 * Enabled") are page chrome: left out, they keep its notice apart. */
START_TEST(test_article_cookie_dialog_stays_apart)
{
    static const char *const gone[] = {"uses cookies", NULL};
    const char *text =
        "Storm closes the old river bridge\n\n"
        BRIDGE_CLOSED
        BRIDGE_REPAIRS "\n"
        "Privacy Overview\n\nAlways Enabled\n\n"
        "This website uses cookies to improve your experience while you navigate through it.\n";

    assert_bridge_body_without(text, gone);
}
END_TEST

/* A box of links set inside the article under "Recommended Reading" or
 * "Read next" loses its heading, and the article goes on past it; a
 * comment form's lines stay out too. */
START_TEST(test_article_inline_reading_box_heading_left_out)
{
    static const char *const gone[] = {"Recommended", "Save my name", NULL};
    const char *text =
        "Storm closes the old river bridge\n\n"
        BRIDGE_CLOSED
        "Recommended Reading\n\n"
        BRIDGE_REPAIRS "\n"
        "Save my name, email, and website in this browser for the next time I comment.\n";

    assert_bridge_body_without(text, gone);
}
END_TEST

/* A long line with no sentence mark and few function words is a list run
 * together (a select box of months, pipes between links), not prose, even
 * when it outweighs a short article; a long sentence the page left
 * without its full stop still reads as prose. */
START_TEST(test_article_long_list_line_is_no_prose)
{
    const char *text =
        "Storm closes the old river bridge\n\n"
        BRIDGE_CLOSED
        BRIDGE_REPAIRS "\n"
        "Until then drivers are asked to take the ring road in the north of the city, which adds about ten "
        "minutes to the trip, and the buses will follow the same detour for as long as the works last\n\n"
        "Archives\n\n"
        "Select Month December 2025 November 2025 October 2025 September 2025 August 2025 July 2025 June 2025 "
        "May 2025 April 2025 March 2025 February 2025 January 2025 December 2024 November 2024 October 2024 "
        "September 2024 August 2024 July 2024 June 2024 May 2024 April 2024 March 2024\n\n"
        "Bridges | Roads | River Transport | City Council | Weather Warnings | Storm Damage | Road Works | "
        "Public Transport | Cycling | Parking | Traffic Reports | Ring Road | Detours | Local Business\n";
    frn_article *a = frn_test_parse(text, strlen(text));

    ck_assert(frn_test_text_contains(a, "The old bridge over the river"));
    ck_assert(frn_test_text_contains(a, "for as long as the works last"));
    ck_assert(!frn_test_text_contains(a, "Select Month"));
    ck_assert(!frn_test_text_contains(a, "Weather Warnings"));
    frn_article_free(a);
}
END_TEST

/* A dump that opens with the page's <title> prints the headline again
 * above the article, here with a photo credit between it and the body;
 * when it does not, the headline is the <title> without the site's name. */
START_TEST(test_article_headline_repeats_the_page_title)
{
    const char *bare =
        "Council approves the budget after a long night | The Valley Times\n\n"
        "The council approved the new budget on Monday after a debate that lasted well into the night.\n\n"
        "Spending on schools rises by four percent, while the road programme is cut back to its old plan.\n";
    const char *menus =
        "Council approves the budget after a long night | The Valley Times\n\n"
        "Home\n\nNews\n\nSport\n\nWeather\n\nBusiness\n\nCulture\n\nSign in\n\nSubscribe\n\n"
        "Photo courtesy of the city\n\n"
        "The council approved the new budget on Monday after a debate that lasted well into the night.\n";
    const char *text =
        "Storm closes the old river bridge | The Valley Times\n\n"
        "Home\n\nNews\n\nSport\n\nWeather\n\nBusiness\n\nCulture\n\nSign in\n\nSubscribe\n\n"
        "Storm closes the old river bridge\n\nPhoto courtesy of the city\n\n"
        BRIDGE_CLOSED
        BRIDGE_REPAIRS;
    frn_article *a = frn_test_parse(text, strlen(text));

    ck_assert_str_eq(frn_article_get_title(a), "Storm closes the old river bridge");
    ck_assert(frn_test_text_contains(a, "The old bridge over the river"));
    frn_article_free(a);
    /* Not printed again: the <title> without the site's name. */
    a = frn_test_parse(bare, strlen(bare));
    ck_assert_str_eq(frn_article_get_title(a), "Council approves the budget after a long night");
    ck_assert(frn_test_text_contains(a, "The council approved"));
    frn_article_free(a);
    a = frn_test_parse(menus, strlen(menus));
    ck_assert_str_eq(frn_article_get_title(a), "Council approves the budget after a long night");
    frn_article_free(a);
}
END_TEST

START_TEST(test_article_last_paragraph_closed_by_two_apostrophes)
{
    /* Some papers print quotation marks as two apostrophes (''...''): a
     * short last paragraph that ends in them still ends a sentence. */
    const char *text =
        "Mayor opens the new library\n\n"
        "The new library on the square opened on Saturday after two years of building work, the city said.\n\n"
        "Hundreds of readers queued before the doors opened, and the first books were lent within minutes.\n\n"
        "''We built it for everyone,'' she said, ''and everyone came.''\n";
    frn_article *a = frn_test_parse(text, strlen(text));

    ck_assert(frn_test_text_contains(a, "and everyone came.''"));
    ck_assert_uint_eq(frn_article_get_paragraph_count(a), 3);
    frn_article_free(a);
}
END_TEST

/* News often ends on a short attributed quotation: a last paragraph of a
 * few words that opens with a quotation mark, ends a sentence and has a
 * cue after its marks stays with the article; a quoted title in a list of
 * sources after it ("“Sago Palm.” ASPCA.") does not. */
START_TEST(test_article_short_quotation_ends_the_article)
{
    const char *text =
        "Storm hits the coast\n\n"
        "A powerful storm hit the coast on Monday, and many roads were closed for hours.\n\n"
        "The fire chief said crews were working through the night to clear the roads.\n\n"
        "\xE2\x80\x9CStay home,\xE2\x80\x9D Burke said.\n";
    frn_article *a = frn_test_parse(text, strlen(text));

    ck_assert(frn_test_text_contains(a, "Burke said."));
    ck_assert_uint_eq(frn_article_get_paragraph_count(a), 3);
    frn_article_free(a);

    text = "Storm hits the coast\n\n"
           "A powerful storm hit the coast on Monday, and many roads were closed for hours.\n\n"
           "The fire chief said crews were working through the night to clear the roads.\n\n"
           "\xE2\x80\x9CSago Palm.\xE2\x80\x9D ASPCA.\n";
    a = frn_test_parse(text, strlen(text));
    ck_assert(!frn_test_text_contains(a, "ASPCA"));
    ck_assert_uint_eq(frn_article_get_paragraph_count(a), 2);
    frn_article_free(a);
}
END_TEST

/* The article's headline, if any, is not the line holding word. */
static void assert_title_lacks(const frn_article *a, const char *word)
{
    const char *title = frn_article_get_title(a);

    ck_assert_msg(!title || strstr(title, word) == NULL, "title: %s", title);
}

/* A sentence that ends inside a closing quotation mark is no headline, and
 * none stands under the article's first paragraph: a text whose first line
 * is one word keeps its lead. */
START_TEST(test_article_no_headline_under_the_first_paragraph)
{
    const char *text = "Rally\n\n"
                       "Hundreds of people gathered outside city hall on Saturday.\n\n"
                       "\"We will be back,\" said Tom Hale.\n\n"
                       "Jane Roe had a simple message for the crowd: \"We will win this fight.\"\n\n"
                       "The mayor was blunt: \"This plan is dead.\"\n";
    frn_article *a = frn_test_parse(text, strlen(text));

    assert_title_lacks(a, "Jane Roe");
    ck_assert(frn_test_text_contains(a, "Hundreds of people gathered"));
    ck_assert(frn_test_text_contains(a, "said Tom Hale."));
    ck_assert(frn_test_text_contains(a, "We will win this fight."));
    ck_assert(frn_test_text_contains(a, "This plan is dead."));
    frn_article_free(a);
}
END_TEST

/* German closes a quotation with “ (and »...« with «): a last paragraph
 * that ends so ends a sentence, and is neither a heading nor a headline. */
START_TEST(test_article_german_quotation_marks_close_sentences)
{
    const char *text = "Streit\n\n"
                       "Die Stadt plant einen neuen Hafen. Die Kosten sind hoch.\n\n"
                       "Der Geologe Martin Krause h\xC3\xA4lt die Probleme f\xC3\xBCr l\xC3\xB6sbar: "
                       "\xE2\x80\x9EMit moderner Technik l\xC3\xA4sst sich das beherrschen.\xE2\x80\x9C\n\n"
                       "Auch B\xC3\xBCrgermeisterin Anna Schmidt zeigte sich zuversichtlich: "
                       "\xC2\xBBWir schaffen das.\xC2\xAB\n";
    frn_article *a = frn_test_parse(text, strlen(text));

    assert_title_lacks(a, "Krause");
    ck_assert_uint_eq(frn_article_get_paragraph_count(a), 3);
    ck_assert(frn_test_text_contains(a, "das beherrschen."));
    ck_assert(frn_test_text_contains(a, "Wir schaffen das."));
    frn_article_free(a);
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *s = suite_create("article");
    TCase *tc = tcase_create("core");

    tcase_add_test(tc, test_article_title_after_page_chrome);
    tcase_add_test(tc, test_article_title_after_breadcrumb);
    tcase_add_test(tc, test_article_boilerplate_lines_left_out);
    tcase_add_test(tc, test_article_newsletter_and_credits_left_out);
    tcase_add_test(tc, test_article_dateline_gives_published);
    tcase_add_test(tc, test_article_author_box_names_author);
    tcase_add_test(tc, test_article_byline_names_authors);
    tcase_add_test(tc, test_article_paragraph_offsets_point_into_input);
    tcase_add_test(tc, test_article_language_detected);
    tcase_add_test(tc, test_article_invalid_utf8_rejected_with_position);
    tcase_add_test(tc, test_article_overlong_and_surrogate_rejected);
    tcase_add_test(tc, test_article_empty_input_is_an_error);
    tcase_add_test(tc, test_article_headline_only_is_an_article);
    tcase_add_test(tc, test_article_one_line_is_a_headline_whatever_its_words);
    tcase_add_test(tc, test_article_bad_arguments);
    tcase_add_test(tc, test_article_page_dump_menus_before_headline);
    tcase_add_test(tc, test_article_end_line_before_the_body_ends_nothing);
    tcase_add_test(tc, test_article_comment_count_ends_the_body);
    tcase_add_test(tc, test_article_prose_past_the_footer_stays_out);
    tcase_add_test(tc, test_article_long_list_line_is_no_prose);
    tcase_add_test(tc, test_article_share_buttons_left_out);
    tcase_add_test(tc, test_article_comment_buttons_part_the_comments);
    tcase_add_test(tc, test_article_cookie_dialog_stays_apart);
    tcase_add_test(tc, test_article_inline_reading_box_heading_left_out);
    tcase_add_test(tc, test_article_headline_repeats_the_page_title);
    tcase_add_test(tc, test_article_last_paragraph_closed_by_two_apostrophes);
    tcase_add_test(tc, test_article_short_quotation_ends_the_article);
    tcase_add_test(tc, test_article_no_headline_under_the_first_paragraph);
    tcase_add_test(tc, test_article_german_quotation_marks_close_sentences);
    tcase_add_test(tc, test_article_url_names_site_and_html_is_read);
    suite_add_tcase(s, tc);
    return s;
}
