/* Where an HTML page prints its date: in the headline's block above the
 * headline, right under it even when the body was found to start before
 * the date, and never the first item's date of a listing. Small
 * hand-written pages that declare nothing, so the date comes from the
 * visible page alone. */
#include <check.h>
#include <stdio.h>
#include <string.h>
#include "test-support.h"

#define PROSE1 "The harbour board agreed on Tuesday to dredge the old channel before the autumn storms, ending a dispute of six years."
#define PROSE2 "Fishermen had asked for the work since the sandbank grew across the mouth of the river and two boats ran aground there."
#define PROSE3 "The board will pay for half of the cost, and the county has promised the rest once the contract is signed in August."

START_TEST(test_date_printed_above_the_headline)
{
    frn_article *a = frn_test_parse_html("<html><body><nav><a href=\"/\">Home</a><a href=\"/b\">Blog</a></nav>"
                                "<div class=\"post-head\"><div class=\"kicker\"><span>Nov 30, 2025</span></div>"
                                "<h1>Harbour board agrees to dredge the channel</h1></div>"
                                "<p>" PROSE1 "</p><p>" PROSE2 "</p><p>" PROSE3 "</p></body></html>");

    ck_assert_str_eq(frn_article_get_published(a), "2025-11-30");
    frn_article_free(a);
}
END_TEST

#define LINKS "<a href=\"/a\">Harbour</a><a href=\"/b\">County</a><a href=\"/c\">Boats</a><a href=\"/d\">Weather</a>" \
              "<a href=\"/e\">Sport</a><a href=\"/f\">Letters</a><a href=\"/g\">About</a><a href=\"/h\">Contact</a>"

/* A date before the headline outside its block (a sidebar's, a news
 * ticker's) is not the article's. */
/* With no date printed or declared, the page's address gives one when
 * it holds it in full ("/2025/12/16/"); a year and a month alone give
 * none. */
START_TEST(test_date_from_the_address_as_a_last_resort)
{
    frn_article *full = frn_test_parse_html("<html><head><link rel=\"canonical\" "
                                            "href=\"https://example.com/news/2025/12/16/harbour-dredging\"></head>"
                                            "<body><h1>Harbour board agrees to dredge the channel</h1>"
                                            "<p>" PROSE1 "</p><p>" PROSE2 "</p><p>" PROSE3 "</p></body></html>");
    frn_article *month = frn_test_parse_html("<html><head><link rel=\"canonical\" "
                                             "href=\"https://example.com/2025/12/harbour-dredging\"></head>"
                                             "<body><h1>Harbour board agrees to dredge the channel</h1>"
                                             "<p>" PROSE1 "</p><p>" PROSE2 "</p><p>" PROSE3 "</p></body></html>");

    ck_assert_str_eq(frn_article_get_published(full), "2025-12-16");
    ck_assert_ptr_null(frn_article_get_published(month));
    frn_article_free(full);
    frn_article_free(month);
}
END_TEST

START_TEST(test_date_far_above_the_headline_is_not_taken)
{
    frn_article *a = frn_test_parse_html("<html><body><div class=\"ticker\"><span>Nov 30, 2025</span></div>"
                                "<nav>" LINKS LINKS LINKS LINKS "</nav>"
                                "<div class=\"wrap\"><div class=\"a\"></div><div class=\"b\"></div>"
                                "<h1>Harbour board agrees to dredge the channel</h1></div>"
                                "<p>" PROSE1 "</p><p>" PROSE2 "</p><p>" PROSE3 "</p></body></html>");

    ck_assert_ptr_null(frn_article_get_published(a));
    frn_article_free(a);
}
END_TEST

/* The standfirst is read as the body's start; the dateline after it,
 * still right under the headline, is the article's. */
START_TEST(test_dateline_after_the_standfirst)
{
    frn_article *a = frn_test_parse_html("<html><body><h1>Harbour board agrees to dredge the channel</h1>"
                                "<p class=\"standfirst\">" PROSE1 "</p>"
                                "<div class=\"meta\"><span>By Ann Other</span><span>Jun 8, 2023 \xE2\x80\xA2 6 min read</span></div>"
                                "<p>" PROSE2 "</p><p>" PROSE3 "</p></body></html>");

    ck_assert_str_eq(frn_article_get_published(a), "2023-06-08");
    frn_article_free(a);
}
END_TEST

/* A line longer than a dateline is the date when its class names one
 * ("publish-date-author"): the date, then the author and on whose behalf
 * they write. The same line in a plain <div> is not taken. */
START_TEST(test_long_line_whose_class_names_a_date)
{
    const char *line = "Dec. 19, 2025 &middot; Ann Other on behalf of the county harbour board and its members";
    char dated[1024], plain[1024];
    frn_article *a, *b;

    snprintf(dated, sizeof dated, "<html><body><h1>Harbour board agrees to dredge the channel</h1>"
                                  "<div class=\"publish-date-author\">%s</div>"
                                  "<p>" PROSE1 "</p><p>" PROSE2 "</p><p>" PROSE3 "</p></body></html>", line);
    snprintf(plain, sizeof plain, "<html><body><h1>Harbour board agrees to dredge the channel</h1>"
                                  "<div class=\"note\">%s</div>"
                                  "<p>" PROSE1 "</p><p>" PROSE2 "</p><p>" PROSE3 "</p></body></html>", line);
    a = frn_test_parse_html(dated);
    b = frn_test_parse_html(plain);
    ck_assert_str_eq(frn_article_get_published(a), "2025-12-19");
    ck_assert_ptr_null(frn_article_get_published(b));
    frn_article_free(a);
    frn_article_free(b);
}
END_TEST

/* A list of posts under the page's headline, read as the body: each item
 * has its date in an element like the others; the first item's is not the
 * page's. */
START_TEST(test_listing_item_dates_are_not_the_page_date)
{
    frn_article *a = frn_test_parse_html("<html><body><h1>Harbour news</h1><div class=\"posts\">"
                                "<div class=\"post\"><h2><a href=\"/1\">Dredging agreed</a></h2>"
                                "<p>" PROSE1 "</p><p class=\"date\">March 16, 2026</p></div>"
                                "<div class=\"post\"><h2><a href=\"/2\">Boats aground</a></h2>"
                                "<p>" PROSE2 "</p><p class=\"date\">March 12, 2026</p></div>"
                                "<div class=\"post\"><h2><a href=\"/3\">County pays</a></h2>"
                                "<p>" PROSE3 "</p><p class=\"date\">March 9, 2026</p></div>"
                                "</div></body></html>");

    ck_assert_ptr_null(frn_article_get_published(a));
    frn_article_free(a);
}
END_TEST

static int dated_post_item(int i, char *buffer, size_t room)
{
    return snprintf(buffer, room,
                    "<li><a href=\"/p%d\">The harbour board meets again, part %d of the series</a>"
                    "<span class=\"date\">March %d, 2026</span></li>", i, i, 14 - i);
}

/* A page whose body is a list of items (a blog's front page) takes no
 * date from what it prints, even a featured item's date right under the
 * headline, unlike the other items' dates. */
START_TEST(test_listing_page_takes_no_printed_date)
{
    char page[4096], items[3072];
    frn_article *a;

    frn_test_rows(items, sizeof items, 1, 12, dated_post_item);
    snprintf(page, sizeof page,
             "<html><body><h1>Harbour news</h1><div class=\"featured\"><span class=\"when\">March 16, 2026</span></div>"
             "<ul class=\"posts\">%s</ul></body></html>", items);
    a = frn_test_parse_html(page);
    ck_assert(strstr(frn_article_get_text(a, NULL), "part 12 of the series") != NULL);
    ck_assert_ptr_null(frn_article_get_published(a));
    frn_article_free(a);
}
END_TEST

/* Site generators give every page a WebPage with a datePublished, an
 * author's page too: it is not the page's publication date. Its
 * dateModified is kept. */
START_TEST(test_webpage_date_is_not_publication)
{
    frn_article *a = frn_test_parse_html("<html><head><title>Harbour services</title>"
                                "<meta name=\"author\" content=\"Ann Other\">"
                                "<script type=\"application/ld+json\">{\"@type\": \"WebPage\","
                                "\"datePublished\": \"2019-04-02\", \"dateModified\": \"2024-05-06\"}</script>"
                                "</head><body><h1>Harbour services</h1>"
                                "<p>" PROSE1 "</p><p>" PROSE2 "</p></body></html>");

    ck_assert_ptr_null(frn_article_get_published(a));
    ck_assert_str_eq(frn_article_get_modified(a), "2024-05-06");
    frn_article_free(a);
}
END_TEST

/* SEO plugins give every page article:published_time; a page whose
 * JSON-LD says it is a product's takes no date from it. */
START_TEST(test_product_page_takes_no_meta_date)
{
    const char *head = "<html><head><title>Oak rowing boat</title>"
                       "<meta property=\"article:published_time\" content=\"2021-03-04\">";
    const char *rest = "</head><body><h1>Oak rowing boat</h1><p>" PROSE1 "</p><p>" PROSE2 "</p></body></html>";
    char page[2048];
    frn_article *a;

    snprintf(page, sizeof page, "%s<script type=\"application/ld+json\">{\"@type\": \"Product\", "
             "\"name\": \"Oak rowing boat\"}</script>%s", head, rest);
    a = frn_test_parse_html(page);
    ck_assert_ptr_null(frn_article_get_published(a));
    frn_article_free(a);
    snprintf(page, sizeof page, "%s%s", head, rest);
    a = frn_test_parse_html(page);
    ck_assert_str_eq(frn_article_get_published(a), "2021-03-04");
    frn_article_free(a);
}
END_TEST

/* A blog whose <h1> is its name, far above the post: the post's title is
 * an <h2> (the page's <title>), and the date under it is the post's. */
START_TEST(test_date_under_the_title_heading_when_the_h1_is_the_blog_name)
{
    frn_article *a = frn_test_parse_html("<html><head><title>Harbour board agrees to dredge the channel</title></head>"
                                "<body><header><h1>Ellen's harbour notes</h1><nav>" LINKS LINKS LINKS LINKS "</nav></header>"
                                "<main><article><h2>Harbour board agrees to dredge the channel</h2>"
                                "<time datetime=\"2025-12-17T00:00:00+00:00\">17 Dec 2025</time>"
                                "<p>" PROSE1 "</p><p>" PROSE2 "</p><p>" PROSE3 "</p></article></main></body></html>");

    ck_assert_str_eq(frn_article_get_title(a), "Harbour board agrees to dredge the channel");
    ck_assert_str_eq(frn_article_get_published(a), "2025-12-17T00:00:00+00:00");
    frn_article_free(a);
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *s = suite_create("article html dates");
    TCase *tc = tcase_create("positional dates");

    tcase_add_test(tc, test_date_printed_above_the_headline);
    tcase_add_test(tc, test_date_from_the_address_as_a_last_resort);
    tcase_add_test(tc, test_date_far_above_the_headline_is_not_taken);
    tcase_add_test(tc, test_dateline_after_the_standfirst);
    tcase_add_test(tc, test_listing_item_dates_are_not_the_page_date);
    tcase_add_test(tc, test_listing_page_takes_no_printed_date);
    tcase_add_test(tc, test_webpage_date_is_not_publication);
    tcase_add_test(tc, test_product_page_takes_no_meta_date);
    tcase_add_test(tc, test_date_under_the_title_heading_when_the_h1_is_the_blog_name);
    tcase_add_test(tc, test_long_line_whose_class_names_a_date);
    suite_add_tcase(s, tc);
    return s;
}
