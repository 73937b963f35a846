/* The HTML reader's contract, on small hand-written pages: the main
 * content in reading order without the page furniture, metadata by its
 * order of evidence, charsets, offsets, and bad input that gets a clear
 * status or an empty body with a reason, never a crash. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "test-support.h"

static frn_ctx *ctx;

static void setup(void)
{
    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
}

static void teardown(void)
{
    frn_ctx_free(ctx);
}

static frn_status parse_as(const char *page, size_t len, frn_format format, const char *reference,
                           frn_article **out)
{
    frn_article_options *options;
    frn_status status;

    ck_assert_int_eq(frn_article_options_new(&options), FRN_OK);
    ck_assert_int_eq(frn_article_options_set_format(options, format), FRN_OK);
    ck_assert_int_eq(frn_article_options_set_reference_date(options, reference), FRN_OK);
    status = frn_article_parse(ctx, page, len, options, out);
    frn_article_options_free(options);
    return status;
}

static frn_article *parse_html(const char *page)
{
    frn_article *a = NULL;

    ck_assert_int_eq(parse_as(page, strlen(page), FRN_FORMAT_AUTO, NULL, &a), FRN_OK);
    ck_assert_int_eq(frn_article_get_format(a), FRN_FORMAT_HTML);
    return a;
}

static int body_has(const frn_article *a, const char *needle)
{
    return strstr(frn_article_get_text(a, NULL), needle) != NULL;
}

#define PROSE1 "The city council approved the new budget on Monday after a debate that lasted well into the night, members said."
#define PROSE2 "Spending on schools rises by four percent, while the road programme is cut back to what was planned two years ago."
#define PROSE3 "The mayor, who had asked for more, called the vote a fair compromise and thanked the members for their patience."
#define PROSE4 "In other news, the library reopens on Saturday after a year of repairs to its roof and its reading rooms."

static const char news_page[] =
    "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
    "<title>Council approves budget | The Daily Example</title>"
    "<meta property=\"og:site_name\" content=\"The Daily Example\">"
    "<meta property=\"article:published_time\" content=\"2020-06-12T09:30:00+01:00\">"
    "<meta name=\"author\" content=\"By Jane Doe\">"
    "<link rel=\"canonical\" href=\"https://example.com/news/budget\">"
    "</head><body>"
    "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></nav>"
    "<main><article><header><h1>Council approves budget</h1><p class=\"byline\">By Jane Doe</p></header>"
    "<div class=\"share\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Tweet</a></div>"
    "<p class=\"a-b-c-d-e-f-g-h-i-j-k-l-m camelCaseWordsMakeTokensToo\">" PROSE1 "</p><h2>Schools first</h2><p>" PROSE2 "</p>"
    "<figure><img src=\"a.jpg\"><figcaption>The council chamber on Monday. Photo: J. Roe</figcaption></figure>"
    "<ul><li>Schools: up four percent</li><li>Roads: down two percent</li></ul>"
    "<p>" PROSE3 "</p>"
    "<aside class=\"related\"><h3>Related stories</h3><ul><li><a href=\"/1\">Budget talks stall as council meets again</a></li>"
    "<li><a href=\"/2\">Mayor asks for more money for the roads</a></li></ul></aside>"
    "<section id=\"comments\"><h3>Comments</h3><p>This budget is a disgrace and the council should be ashamed of it, said a reader.</p></section>"
    "</article></main><footer><p>Copyright 2020 The Daily Example. All rights reserved.</p></footer></body></html>";

START_TEST(test_html_main_content_in_reading_order)
{
    frn_article *a = parse_html(news_page);
    const char *text = frn_article_get_text(a, NULL);

    /* The first and last paragraphs are kept, the subheading and list in their place. */
    ck_assert_ptr_nonnull(strstr(text, PROSE1));
    ck_assert_ptr_nonnull(strstr(text, PROSE3));
    ck_assert(strstr(text, PROSE1) < strstr(text, "Schools first"));
    ck_assert(strstr(text, "Schools first") < strstr(text, PROSE2));
    ck_assert(strstr(text, "Roads: down two percent") < strstr(text, PROSE3));
    ck_assert(!body_has(a, "Home"));
    ck_assert(!body_has(a, "Share on Facebook"));
    ck_assert(!body_has(a, "council chamber"));
    ck_assert(!body_has(a, "Budget talks stall"));
    ck_assert(!body_has(a, "disgrace"));
    ck_assert(!body_has(a, "Copyright"));
    ck_assert(!body_has(a, "By Jane Doe"));
    frn_article_free(a);
}
END_TEST

static int district_row(int r, char *buffer, size_t room)
{
    return snprintf(buffer, room, "<tr><td>%d</td><td>District %d</td><td>%d.%d%%</td><td>%d votes</td></tr>",
                    r, r, 40 + r % 20, r % 10, 1000 + 37 * r);
}

/* A table of figures in an article is part of it: its cells are neither
 * prose nor furniture, so a long table does not outweigh the paragraphs
 * around it, and both are kept. */
START_TEST(test_html_timestamp_block_is_left_out)
{
    /* The post's time under the headline is a <time> alone in its item,
     * white space around it; a timeline item that starts with a time is
     * text. */
    const char page[] = "<html><body><article><h1>Council approves budget</h1>"
                        "<ul class=\"post-info\"><li>\n\t<span>\n\t<time>5:50 am</time>\t</span>\n</li></ul>"
                        "<p>" PROSE1 "</p><ul><li><time>9:30</time> The members take their seats.</li></ul>"
                        "<p>" PROSE2 "</p></article></body></html>";
    frn_article *a = parse_html(page);

    ck_assert(!body_has(a, "5:50 am"));
    ck_assert(body_has(a, "9:30 The members take their seats."));
    ck_assert(body_has(a, PROSE1));
    frn_article_free(a);
}
END_TEST

START_TEST(test_html_data_table_stays_with_its_paragraphs)
{
    char page[16384], rows[12288];
    frn_article *a;

    frn_test_rows(rows, sizeof rows, 1, 60, district_row);
    snprintf(page, sizeof page,
             "<html><head><title>Results</title></head><body><nav><a href=\"/\">Home</a></nav>"
             "<article><h1>Election results by district</h1><div class=\"entry\"><p>%s</p>"
             "<table><tr><th>Rank</th><th>District</th><th>Turnout</th><th>Winner</th></tr>%s</table>"
             "<p>%s</p></div></article></body></html>",
             PROSE1, rows, PROSE3);
    a = parse_html(page);
    ck_assert(body_has(a, PROSE1));
    ck_assert(body_has(a, "District 60"));
    ck_assert(body_has(a, PROSE3));
    ck_assert(strstr(frn_article_get_text(a, NULL), PROSE1) < strstr(frn_article_get_text(a, NULL), "District 1"));
    ck_assert(!body_has(a, "Home"));
    frn_article_free(a);
}
END_TEST

/* Attribute names that frameworks print ("@click", "(click)") and
 * libxml2 refuses do not turn the rest of their tag into text. */
START_TEST(test_html_framework_attributes_stay_in_their_tag)
{
    frn_article *a = parse_html(
        "<html><body><article><h1>Council approves budget</h1>"
        "<div class=\"entry\" @click=\"n = n > 1 ? 0 : 1\" x-show=\"open\"><p>" PROSE1 "</p>"
        "<p (click)=\"go()\">" PROSE2 "</p></div></article></body></html>");

    ck_assert_str_eq(frn_article_get_text(a, NULL), PROSE1 "\n\n" PROSE2);
    frn_article_free(a);
}
END_TEST


/* Utility classes with an arbitrary value ("[--sidebar-width:18rem]")
 * name a variable, not what the element is: no sidebar here. (Other
 * prose on the page keeps the reader from falling back to a reading
 * without furniture, which would hide the mistake.) */
START_TEST(test_html_utility_class_values_are_no_evidence)
{
    frn_article *a = parse_html(
        "<html><body><nav><a href=\"/\">Home</a></nav><main>"
        "<section class=\"page [--sidebar-width:18rem] lg:mr-[--sidebar-width]\"><div class=\"content\">"
        "<p>" PROSE1 "</p><p>" PROSE2 "</p><p>" PROSE3 "</p></div></section>"
        "<aside class=\"sidebar\"><p>Subscribe to our newsletter for the best stories of the week, every Friday morning.</p></aside>"
        "</main><div class=\"more\"><p>" PROSE4 "</p><p>" PROSE4 " Again.</p><p>" PROSE4 " And again.</p>"
        "<p>" PROSE4 " Once more.</p><p>" PROSE4 " For the last time.</p></div>"
        "</body></html>");

    ck_assert(body_has(a, PROSE1));
    ck_assert(body_has(a, PROSE3));
    ck_assert(!body_has(a, "Subscribe"));
    frn_article_free(a);
}
END_TEST

static int brand_item(int i, char *buffer, size_t room)
{
    return snprintf(buffer, room, "<li><a href=\"/b%d\">Brand %02d</a> organic shirts, Porto</li>", i, i);
}

/* A buyer's guide: a few paragraphs around a long list of links. The
 * list weighs against the article, but the article holds all of the
 * page's prose: it is the content, not its best paragraph alone. */
START_TEST(test_html_article_with_link_lists_is_kept_whole)
{
    char page[8192], items[4096];
    frn_article *a;

    frn_test_rows(items, sizeof items, 1, 18, brand_item);
    snprintf(page, sizeof page,
             "<html><body><div class=\"site\"><div class=\"col\"><p>%s</p><ul>%s</ul><p>%s</p>"
             "<p>%s</p></div></div></body></html>",
             PROSE1, items, PROSE2, PROSE3);
    a = parse_html(page);
    ck_assert(body_has(a, PROSE1));
    ck_assert(body_has(a, "Brand 07 organic shirts"));
    ck_assert(body_has(a, PROSE2));
    ck_assert(body_has(a, PROSE3));
    frn_article_free(a);
}
END_TEST

static int venue_paragraph(int i, char *buffer, size_t room)
{
    return snprintf(buffer, room,
                    "<div class=\"venue\"><h3>Venue %d</h3><p>The dining room number %d serves a short menu of "
                    "seasonal dishes, and its kitchen stays open late on weekends.</p></div>", i, i);
}

/* A class naming a layout region ("page-footer", "sidebar-container") is
 * furniture, unless its element holds most of the page's prose: sites
 * give such names to the wrappers of the article too. */
START_TEST(test_html_region_wrapper_of_the_article_is_kept)
{
    char page[8192], venues[4096];
    frn_article *a;

    frn_test_rows(venues, sizeof venues, 1, 18, venue_paragraph);
    snprintf(page, sizeof page,
             "<html><body><nav><a href=\"/\">Home</a></nav><main><h1>The city's new restaurants</h1>"
             "<div class=\"entry\"><p>%s</p><p>%s</p><p>%s</p><p>%s</p></div>"
             "<div class=\"page-footer\">%s</div></main>"
             "<div class=\"sidebar\"><p>Sign up for the weekly letter and hear about new openings before anyone else does.</p></div>"
             "<footer><p>Copyright 2026 The City Paper. All rights reserved, including those of reproduction.</p></footer>"
             "</body></html>",
             PROSE1, PROSE2, PROSE3, PROSE4, venues);
    a = parse_html(page);
    ck_assert(body_has(a, PROSE1));
    ck_assert(body_has(a, "The dining room number 1 serves"));
    ck_assert(body_has(a, "The dining room number 18 serves"));
    ck_assert(!body_has(a, "Sign up for the weekly letter"));
    ck_assert(!body_has(a, "All rights reserved"));
    frn_article_free(a);
}
END_TEST

/* A collapsed panel of an accordion (role region, labelled by its button)
 * is the page's, though hidden until opened; other hidden elements stay
 * out. */
START_TEST(test_html_collapsed_accordion_panel_is_read)
{
    frn_article *a = parse_html(
        "<html><body><main><h1>How the budget passed</h1><p>" PROSE1 "</p><p>" PROSE2 "</p>"
        "<h3><button id=\"q1\" aria-controls=\"a1\" aria-expanded=\"false\">What happens to the roads?</button></h3>"
        "<div id=\"a1\" role=\"region\" aria-labelledby=\"q1\" style=\"display:none\"><p>" PROSE3 "</p></div>"
        "<div role=\"tabpanel\" aria-labelledby=\"t2\" hidden><p>" PROSE4 "</p></div>"
        "<div style=\"display:none\"><p>Your session has expired, please sign in again to keep reading this page.</p></div>"
        "</main></body></html>");

    ck_assert(body_has(a, PROSE1));
    ck_assert(body_has(a, PROSE3));
    ck_assert(body_has(a, PROSE4));
    ck_assert(!body_has(a, "Your session has expired"));
    frn_article_free(a);
}
END_TEST

/* A segment of React's streamed rendering (<div hidden id="S:0">, moved
 * into place by a script) is read; other hidden elements stay out. */
START_TEST(test_html_streamed_segment_is_read)
{
    frn_article *a = parse_html(
        "<html><body><main><h1>Council approves budget</h1><!--$?--><template id=\"B:0\"></template>"
        "<div class=\"skeleton\"></div><!--/$--></main>"
        "<div hidden id=\"S:0\"><article><p>" PROSE1 "</p><p>" PROSE2 "</p></article></div>"
        "<div hidden id=\"S:x\"><p>" PROSE4 "</p></div><div hidden><p>" PROSE4 "</p></div>"
        "<script>$RC(\"B:0\",\"S:0\")</script></body></html>");

    ck_assert_str_eq(frn_article_get_text(a, NULL), PROSE1 "\n\n" PROSE2);
    frn_article_free(a);
}
END_TEST

/* When class names hide the article (a layout "with sidebar" wrapping
 * it), the reading that trusts tags and hiding alone comes before the one
 * that trusts nothing: the site's header and a hidden dialog stay out. */
START_TEST(test_html_hidden_dialog_stays_out_when_classes_mislead)
{
    frn_article *a = parse_html(
        "<html><body><header><p>Topics Explore Weekly newsletter of the Daily Example, every Friday.</p></header>"
        "<div class=\"sidebar-layout\"><div><h1>Council approves budget</h1><p>" PROSE1 "</p><p>" PROSE2 "</p>"
        "<p>" PROSE3 "</p><p>" PROSE4 "</p></div>"
        "<div style=\"display:none\"><p>Republish this article for free, online or in print, under a Creative "
        "Commons licence, crediting the author and the Daily Example.</p></div></div></body></html>");

    ck_assert(body_has(a, PROSE1));
    ck_assert(body_has(a, PROSE4));
    ck_assert(!body_has(a, "Republish"));
    ck_assert(!body_has(a, "Weekly newsletter"));
    frn_article_free(a);
}
END_TEST

/* Consent managers' dialogs (named by their vendors, not by "cookie")
 * are furniture, however much prose they hold. */
START_TEST(test_html_consent_dialog_left_out)
{
    const char *consent = "We and our partners store and access information on a device, such as unique "
                          "identifiers, and process personal data to measure the performance of content.";
    char page[2048];
    frn_article *a;

    snprintf(page, sizeof page,
             "<html><body><div id=\"qc-cmp2-container\"><div class=\"qc-cmp2-summary-info\"><p>%s</p>"
             "<p>%s</p></div></div><div><p>%s</p><p>%s</p></div></body></html>",
             consent, consent, PROSE1, PROSE2);
    a = parse_html(page);
    ck_assert(body_has(a, PROSE1));
    ck_assert(!body_has(a, "partners store"));
    frn_article_free(a);
}
END_TEST

/* A forum thread (schema.org DiscussionForumPosting, or replies typed
 * Comment on a page that declares no article): its replies, marked as
 * comments, are the content; an article's comments stay out. */
START_TEST(test_html_forum_replies_are_content)
{
    const char *post = "<div itemscope itemtype=\"https://schema.org/Comment\" class=\"comment\"><p>%s</p></div>";
    /* Long enough (over 500 bytes) that the reader needs no second reading. */
    const char *first = "<p>" PROSE1 "</p><p>" PROSE1 " Again, at length.</p><p>" PROSE1 " Once more.</p>"
                        "<p>" PROSE1 " A fourth time.</p><p>" PROSE1 " And a fifth.</p>";
    char page[4096], reply2[512], reply3[512];
    frn_article *a;

    snprintf(reply2, sizeof reply2, post, PROSE2);
    snprintf(reply3, sizeof reply3, post, PROSE3);
    snprintf(page, sizeof page,
             "<html><head><title>Budget thread</title></head><body><div itemscope "
             "itemtype=\"https://schema.org/DiscussionForumPosting\"><h1>Budget thread</h1>"
             "<div class=\"first-post\">%s</div>%s%s</div></body></html>",
             first, reply2, reply3);
    a = parse_html(page);
    ck_assert(body_has(a, PROSE1));
    ck_assert(body_has(a, PROSE2));
    ck_assert(body_has(a, PROSE3));
    frn_article_free(a);
    snprintf(page, sizeof page,
             "<html><head><title>Budget</title><script type=\"application/ld+json\">"
             "{\"@type\":\"NewsArticle\",\"headline\":\"Budget\"}</script></head><body><article><h1>Budget</h1>"
             "<div class=\"story\">%s</div>%s%s</article></body></html>",
             first, reply2, reply3);
    a = parse_html(page);
    ck_assert(body_has(a, PROSE1));
    ck_assert(!body_has(a, PROSE2));
    frn_article_free(a);
    /* No type declared, but replies typed Comment: a thread too. */
    snprintf(page, sizeof page,
             "<html><head><title>Budget thread</title></head><body><h1>Budget thread</h1>"
             "<div class=\"first-post\">%s</div>%s%s</body></html>",
             first, reply2, reply3);
    a = parse_html(page);
    ck_assert(body_has(a, PROSE3));
    frn_article_free(a);
}
END_TEST

/* On an article page, a heading that opens the end matter ("Recent
 * posts") in the second half of the body ends it, even where the reader
 * keeps the heading as a block of the article's element; a share bar's
 * label ("Share this") stands anywhere and ends nothing. */
START_TEST(test_html_end_matter_heading_ends_the_body)
{
    const char *last = "The vote came after the council had heard parents, teachers and shop owners at a long meeting.";
    char page[4096];
    frn_article *a;

    snprintf(page, sizeof page,
             "<html><head><title>Budget</title><script type=\"application/ld+json\">"
             "{\"@type\":\"NewsArticle\",\"headline\":\"Budget\"}</script></head><body><article>"
             "<h1>Budget</h1><div class=\"story\"><p>%s</p><p>%s</p><p>%s</p><h3>Share this</h3><p>%s</p>"
             "<h2>Recent Posts</h2><p>%s</p></div></article></body></html>",
             PROSE1, PROSE2, PROSE3, last, PROSE4);
    a = parse_html(page);
    ck_assert(body_has(a, last));
    ck_assert(!body_has(a, "Recent Posts"));
    ck_assert(!body_has(a, PROSE4));
    frn_article_free(a);
}
END_TEST

/* A thread's posts carry labels that read as end-matter headings (the
 * opening poster's "Author" badge): the thread goes on past them. */
START_TEST(test_html_forum_thread_goes_on_past_a_post_label)
{
    const char *reply = "<div itemscope itemtype=\"https://schema.org/Comment\" class=\"comment\">"
                        "<span class=\"badge\">Author</span><p>%s</p></div>";
    char page[4096], first[512], later[512];
    frn_article *a;

    snprintf(first, sizeof first, reply, PROSE1 " " PROSE2);
    snprintf(later, sizeof later, reply, PROSE3);
    snprintf(page, sizeof page,
             "<html><head><title>Budget thread</title><script type=\"application/ld+json\">"
             "{\"@type\":\"DiscussionForumPosting\",\"headline\":\"Budget thread\"}</script></head>"
             "<body><h1>Budget thread</h1><div class=\"posts\">%s%s</div></body></html>",
             first, later);
    a = parse_html(page);
    ck_assert(body_has(a, PROSE1));
    ck_assert(body_has(a, PROSE3));
    frn_article_free(a);
}
END_TEST

START_TEST(test_html_source_is_the_body_and_offsets_find_elements)
{
    frn_article *a = parse_html(news_page);
    size_t len, count = frn_article_get_paragraph_count(a);
    const char *source = frn_article_get_source(a, &len);

    ck_assert_str_eq(source, frn_article_get_text(a, NULL));
    ck_assert_uint_gt(count, 3);
    for (size_t i = 0; i < count; i++) {
        frn_span p = frn_article_get_paragraph(a, i);
        size_t at = frn_article_get_paragraph_html_offset(a, i);
        ck_assert_uint_le(p.end, len);
        ck_assert_uint_lt(at, sizeof news_page);
        ck_assert_int_eq(news_page[at], '<');
    }
    /* The first paragraph is the <p> that holds PROSE1. */
    ck_assert_int_eq(strncmp(news_page + frn_article_get_paragraph_html_offset(a, 0), "<p class", 8), 0);
    ck_assert_uint_eq(frn_article_get_paragraph_html_offset(a, count), FRN_NONE);
    frn_article_free(a);
}
END_TEST

START_TEST(test_html_meta_tags_give_metadata)
{
    frn_article *a = parse_html(news_page);

    ck_assert_str_eq(frn_article_get_title(a), "Council approves budget");
    ck_assert_uint_eq(frn_article_get_author_count(a), 1);
    ck_assert_str_eq(frn_article_get_author(a, 0), "Jane Doe");
    ck_assert_str_eq(frn_article_get_published(a), "2020-06-12T09:30:00+01:00");
    ck_assert_str_eq(frn_article_get_site(a), "The Daily Example");
    ck_assert_str_eq(frn_article_get_language(a), "en-GB");
    ck_assert_str_eq(frn_article_get_canonical_url(a), "https://example.com/news/budget");
    ck_assert_ptr_null(frn_article_get_empty_reason(a));
    frn_article_free(a);
}
END_TEST

/* With no author in the metadata nor a byline element, a link to the
 * author's page whose text is the name its address spells gives the
 * author, whatever separates its words ("a._j._neal"), and so does a link
 * marked rel="author" holding a name; a link elsewhere ("/authors/"
 * alone, another name) does not. */
START_TEST(test_html_author_page_link_names_the_author)
{
    const char *page =
        "<html><head><title>Budget approved</title></head><body>"
        "<nav><a href=\"/authors/\">Our authors</a></nav>"
        "<article><h1>Budget approved</h1>"
        "<div><span>Text by </span><a href=\"https://example.com/authors/emily-walker/\">Emily Walker</a>"
        " <a href=\"/authors/casey-mcdevitt/\">Reviewed</a></div>"
        "<p>" PROSE1 "</p><p>" PROSE2 "</p></article></body></html>";
    const char *unmatched =
        "<html><head><title>Budget approved</title></head><body><article><h1>Budget approved</h1>"
        "<div><a href=\"/authors/emily-walker/\">Our team</a></div>"
        "<p>" PROSE1 "</p><p>" PROSE2 "</p></article></body></html>";
    const char *dotted =
        "<html><head><title>Robots</title></head><body><article><h1>Robots</h1>"
        "<p>By <a href=\"/magazine/contributor/a._j._neal\">A. J. Neal</a></p>"
        "<p>" PROSE1 "</p><p>" PROSE2 "</p></article></body></html>";
    const char *marked =
        "<html><head><title>Robots</title></head><body><article><h1>Robots</h1>"
        "<p class=\"name\"><a href=\"/about/\" rel=\"author\">Jane Roe</a></p>"
        "<p>" PROSE1 "</p><p>" PROSE2 "</p></article></body></html>";
    frn_article *a = parse_html(page), *b = parse_html(unmatched), *c = parse_html(dotted), *d = parse_html(marked);

    ck_assert_uint_eq(frn_article_get_author_count(a), 1);
    ck_assert_str_eq(frn_article_get_author(a, 0), "Emily Walker");
    ck_assert_uint_eq(frn_article_get_author_count(b), 0);
    ck_assert_str_eq(frn_article_get_author(c, 0), "A. J. Neal");
    ck_assert_str_eq(frn_article_get_author(d, 0), "Jane Roe");
    frn_article_free(a);
    frn_article_free(b);
    frn_article_free(c);
    frn_article_free(d);
}
END_TEST

/* An author credit loses the date after the name ("BeauHD on Friday
 * December 19", "jsteinhardt 18th Dec 2025") and the quotation marks
 * around it; a date alone names no one. */
static const char *first_author_of(const char *credit, char *page, size_t size)
{
    frn_article *a;
    static char author[64];

    snprintf(page, size,
             "<html><head><title>Budget</title><meta name=\"author\" content=\"%s\"></head>"
             "<body><article><h1>Budget</h1><p>" PROSE1 "</p><p>" PROSE2 "</p></article></body></html>",
             credit);
    a = parse_html(page);
    snprintf(author, sizeof author, "%s", frn_article_get_author_count(a) ? frn_article_get_author(a, 0) : "");
    frn_article_free(a);
    return author;
}

START_TEST(test_html_author_credit_loses_dates_and_quotes)
{
    char page[1024];

    ck_assert_str_eq(first_author_of("BeauHD on Friday December 19", page, sizeof page), "BeauHD");
    ck_assert_str_eq(first_author_of("jsteinhardt 18th Dec 2025 3 min read", page, sizeof page), "jsteinhardt");
    ck_assert_str_eq(first_author_of("&quot;David Kim&quot;", page, sizeof page), "David Kim");
    ck_assert_str_eq(first_author_of("2025/4/29", page, sizeof page), "");
}
END_TEST

START_TEST(test_html_json_ld_comes_first)
{
    const char *page =
        "<html><head><title>Other title - Site</title>"
        "<meta property=\"article:published_time\" content=\"2019-01-01\">"
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
        "{\"@type\":\"WebSite\",\"name\":\"Example News\"},"
        "{\"@type\":\"NewsArticle\",\"headline\":\"Rates rise again &amp; markets fall\","
        "\"datePublished\":\"2021-03-04T05:06:07Z\",\"dateModified\":\"2021-03-05\","
        "\"author\":[{\"@id\":\"#a1\"},{\"@type\":\"Person\",\"name\":\"John Roe\"}],"
        "\"articleSection\":\"Markets\",\"keywords\":\"rates, markets\","
        "\"image\":{\"@type\":\"ImageObject\",\"url\":\"https://example.com/a.jpg\"},"
        "\"description\":\"Rates rose.\"},"
        "{\"@type\":\"Person\",\"@id\":\"#a1\",\"name\":\"Jane Doe\"}]}</script></head>"
        "<body><p>" PROSE1 "</p></body></html>";
    frn_article *a = parse_html(page);

    ck_assert_str_eq(frn_article_get_title(a), "Rates rise again & markets fall");
    ck_assert_str_eq(frn_article_get_published(a), "2021-03-04T05:06:07+00:00");
    ck_assert_str_eq(frn_article_get_modified(a), "2021-03-05");
    ck_assert_uint_eq(frn_article_get_author_count(a), 2);
    ck_assert_str_eq(frn_article_get_author(a, 0), "Jane Doe");
    ck_assert_str_eq(frn_article_get_author(a, 1), "John Roe");
    ck_assert_str_eq(frn_article_get_site(a), "Example News");
    ck_assert_str_eq(frn_article_get_section(a), "Markets");
    ck_assert_uint_eq(frn_article_get_tag_count(a), 2);
    ck_assert_str_eq(frn_article_get_tag(a, 1), "markets");
    ck_assert_str_eq(frn_article_get_image(a), "https://example.com/a.jpg");
    ck_assert_str_eq(frn_article_get_description(a), "Rates rose.");
    frn_article_free(a);
}
END_TEST

START_TEST(test_html_title_loses_the_site_name)
{
    frn_article *a = parse_html("<html><head><title>The Daily Example | Storm closes the bridge</title>"
                                "<meta property=\"og:site_name\" content=\"The Daily Example\"></head>"
                                "<body><p>" PROSE1 "</p></body></html>");

    ck_assert_str_eq(frn_article_get_title(a), "Storm closes the bridge");
    frn_article_free(a);
}
END_TEST

/* What follows the headline in a title is the site, a section or a
 * tagline: the first part is the headline. */
START_TEST(test_html_title_is_the_first_part)
{
    frn_article *a = parse_html("<html><head><title>Bridge closed - News, weather and sport from the valley | The Daily Example</title>"
                                "</head><body><p>" PROSE1 "</p></body></html>");

    ck_assert_str_eq(frn_article_get_title(a), "Bridge closed");
    frn_article_free(a);
}
END_TEST

/* A declared title of separators only ("|", " - ") has no headline: the
 * article has no title rather than an empty one; one of references to
 * white space ("&nbsp;&nbsp;") is none either, and references inside a
 * value leave its white space single. */
START_TEST(test_html_title_of_separators_is_none)
{
    static const char *const titles[] = {"<title>|</title>", "<title>: | Site</title>",
                                         "<meta property=\"og:title\" content=\" - \">",
                                         "<meta property=\"og:title\" content=\"&amp;#124;\">",
                                         "<meta property=\"og:title\" content=\"&amp;nbsp;&amp;nbsp;\">"};
    char page[512];
    frn_article *a;

    for (size_t i = 0; i < sizeof titles / sizeof *titles; i++) {
        snprintf(page, sizeof page, "<html><head>%s</head><body><p>%s</p></body></html>", titles[i], PROSE1);
        a = parse_html(page);
        ck_assert_msg(frn_article_get_title(a) == NULL, "title '%s' from %s", frn_article_get_title(a), titles[i]);
        frn_article_free(a);
    }
    a = parse_html("<html><head><meta property=\"og:title\" content=\"Storm&amp;nbsp; &amp;nbsp;closes the bridge\">"
                   "</head><body><p>" PROSE1 "</p></body></html>");
    ck_assert_str_eq(frn_article_get_title(a), "Storm closes the bridge");
    frn_article_free(a);
}
END_TEST

/* Two <h1> on an article page (the site's logo and a teaser): neither is
 * surely the headline, so the declared title's is taken. */
START_TEST(test_html_several_h1_defer_to_the_title)
{
    frn_article *a = parse_html("<html><head><title>Storm closes the bridge | The Daily Example</title>"
                                "<meta name=\"author\" content=\"Jane Doe\"></head><body>"
                                "<h1>Subscribe to our newsletter today</h1><h1>Council approves the budget</h1>"
                                "<p>" PROSE1 "</p></body></html>");

    ck_assert_str_eq(frn_article_get_title(a), "Storm closes the bridge");
    frn_article_free(a);
}
END_TEST

/* An <h1> that is the site's name (the logo, the part of the title after
 * the headline) is not the headline: the next <h1> is. */
START_TEST(test_html_site_name_h1_is_skipped)
{
    frn_article *a = parse_html("<html><head><title>Ferry service resumes on the lake | Valley Courier</title>"
                                "<meta name=\"author\" content=\"Jane Doe\"></head><body>"
                                "<h1>Valley Courier</h1><h1>Ferry service resumes after the storm</h1>"
                                "<p>" PROSE1 "</p></body></html>");

    ck_assert_str_eq(frn_article_get_title(a), "Ferry service resumes after the storm");
    frn_article_free(a);
}
END_TEST

/* A pipe in the visible headline parts it from the section's name. */
START_TEST(test_html_h1_loses_a_piped_section)
{
    frn_article *a = parse_html("<html><head><title>Ferry service resumes - Valley Courier</title>"
                                "<meta name=\"author\" content=\"Jane Doe\"></head><body>"
                                "<h1>Ferry service resumes after the storm | Local news</h1>"
                                "<p>" PROSE1 "</p></body></html>");

    ck_assert_str_eq(frn_article_get_title(a), "Ferry service resumes after the storm");
    frn_article_free(a);
}
END_TEST

/* A visible headline that ends with the site's declared name after a
 * separator loses it; a subtitle after a dash stays. */
START_TEST(test_html_h1_loses_the_site_name)
{
    frn_article *a = parse_html("<html><head><title>Ferry service resumes - Valley Courier</title>"
                                "<meta property=\"og:site_name\" content=\"Valley Courier\">"
                                "<meta name=\"author\" content=\"Jane Doe\"></head><body>"
                                "<h1>Ferry service resumes after the storm \xE2\x80\x93 Valley Courier</h1>"
                                "<p>" PROSE1 "</p></body></html>");

    ck_assert_str_eq(frn_article_get_title(a), "Ferry service resumes after the storm");
    frn_article_free(a);
    a = parse_html("<html><head><title>Ferry service resumes - Valley Courier</title>"
                   "<meta property=\"og:site_name\" content=\"Valley Courier\">"
                   "<meta name=\"author\" content=\"Jane Doe\"></head><body>"
                   "<h1>Ferry service resumes - what travellers need to know</h1>"
                   "<p>" PROSE1 "</p></body></html>");
    ck_assert_str_eq(frn_article_get_title(a), "Ferry service resumes - what travellers need to know");
    frn_article_free(a);
}
END_TEST

/* A <time> inside the visible headline is its date, not its words. */
START_TEST(test_html_h1_loses_its_time)
{
    frn_article *a = parse_html("<html><head><title>Ferry service resumes - Valley Courier</title>"
                                "<meta name=\"author\" content=\"Jane Doe\"></head><body>"
                                "<h1><a href=\"/ferry\"><time datetime=\"2024-03-02\">Mar 2 2024</time>"
                                " Ferry service resumes after the storm</a></h1>"
                                "<p>" PROSE1 "</p></body></html>");

    ck_assert_str_eq(frn_article_get_title(a), "Ferry service resumes after the storm");
    ck_assert_str_eq(frn_article_get_published(a), "2024-03-02");
    frn_article_free(a);
}
END_TEST

/* An unclosed <h1> that swallows the dateline's heading ends where it starts. */
START_TEST(test_html_h1_stops_at_a_nested_heading)
{
    frn_article *a = parse_html("<html><head><title>Ferry service resumes - Valley Courier</title>"
                                "<meta name=\"author\" content=\"Jane Doe\"></head><body>"
                                "<h1>Ferry service resumes after the storm<div></div>"
                                "<h3>Posted on the lake desk</h3>"
                                "<p>" PROSE1 "</p></body></html>");

    ck_assert_str_eq(frn_article_get_title(a), "Ferry service resumes after the storm");
    frn_article_free(a);
}
END_TEST

/* A JSON-LD headline cut short (at 110 characters, for search engines)
 * gives way to the full declared title. */
START_TEST(test_html_cut_json_ld_headline_gives_way)
{
    frn_article *a = parse_html(
        "<html><head><title>Storm closes the bridge for the third time this winter, and the ferry is full again - Example</title>"
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        "\"headline\":\"Storm closes the bridge for the third time this winter, and the\"}</script>"
        "</head><body><p>" PROSE1 "</p></body></html>");

    ck_assert_str_eq(frn_article_get_title(a),
                     "Storm closes the bridge for the third time this winter, and the ferry is full again");
    frn_article_free(a);
}
END_TEST

/* Plain meta names some sites use for the dates. */
START_TEST(test_html_plain_meta_date_names)
{
    frn_article *a = parse_html("<html><head><title>Storm closes the bridge</title>"
                                "<meta name=\"published\" content=\"July 17, 2025\">"
                                "<meta name=\"modified-date\" content=\"2025-07-18\"></head>"
                                "<body><p>" PROSE1 "</p></body></html>");

    ck_assert_str_eq(frn_article_get_published(a), "2025-07-17");
    ck_assert_str_eq(frn_article_get_modified(a), "2025-07-18");
    frn_article_free(a);
}
END_TEST

/* A page that names no author nor says it is an article, but announces
 * its date by the body, is dated; a bare date there is not enough. */
START_TEST(test_html_announced_date_on_any_page)
{
    frn_article *a = parse_html("<html><head><title>Storm closes the bridge</title></head><body>"
                                "<div class=\"meta\"><h4>Published</h4><p>July 8, 2025</p></div>"
                                "<p>" PROSE1 "</p><p>" PROSE2 "</p></body></html>");

    ck_assert_str_eq(frn_article_get_published(a), "2025-07-08");
    frn_article_free(a);
    a = parse_html("<html><head><title>Storm closes the bridge</title></head><body>"
                   "<div class=\"meta\"><p>July 8, 2025</p></div>"
                   "<p>" PROSE1 "</p><p>" PROSE2 "</p></body></html>");
    ck_assert_ptr_null(frn_article_get_published(a));
    frn_article_free(a);
}
END_TEST

START_TEST(test_html_dateline_under_headline_and_relative_date)
{
    const char *page = "<html><body><h1>Storm closes the bridge</h1><div><span>Published 3 hours ago</span></div>"
                       "<p>" PROSE1 "</p><p>" PROSE2 "</p></body></html>";
    const char *dated = "<html><body><h1>Storm closes the bridge</h1><p class=\"meta\">12 juin 2020</p>"
                        "<p>" PROSE1 "</p></body></html>";
    frn_article *a = NULL;

    ck_assert_int_eq(parse_as(page, strlen(page), FRN_FORMAT_HTML, "2020-06-12T01:00:00Z", &a), FRN_OK);
    ck_assert_str_eq(frn_article_get_published(a), "2020-06-11");
    frn_article_free(a);
    /* Without a reference date, no date is made up. */
    ck_assert_int_eq(parse_as(page, strlen(page), FRN_FORMAT_HTML, NULL, &a), FRN_OK);
    ck_assert_ptr_null(frn_article_get_published(a));
    frn_article_free(a);
    a = parse_html(dated);
    ck_assert_str_eq(frn_article_get_published(a), "2020-06-12");
    frn_article_free(a);
}
END_TEST

START_TEST(test_html_no_date_from_comments_or_scripts)
{
    const char *page = "<html><body><h1>Storm closes the bridge</h1><p>" PROSE1 "</p>"
                       "<script>var d = \"2020-01-01\";</script>"
                       "<div class=\"comments\"><time datetime=\"2021-02-02\">Feb 2</time><p>Nice.</p></div>"
                       "</body></html>";
    frn_article *a = parse_html(page);

    ck_assert_ptr_null(frn_article_get_published(a));
    frn_article_free(a);
}
END_TEST

START_TEST(test_html_declared_charset_is_converted)
{
    /* windows-1252: e-acute is 0xE9, the right quote 0x92. */
    const char page[] = "<html><head><meta charset=\"iso-8859-1\"><title>Caf\xE9 reopens</title></head><body>"
                        "<p>The caf\xE9 on the square reopened on Monday, and the owner said it\x92s busier than ever before.</p>"
                        "</body></html>";
    frn_article *a = parse_html(page);

    ck_assert_str_eq(frn_article_get_title(a), "Caf\xC3\xA9 reopens");
    ck_assert(body_has(a, "caf\xC3\xA9 on the square"));
    ck_assert(body_has(a, "it\xE2\x80\x99s busier"));
    frn_article_free(a);
}
END_TEST

START_TEST(test_html_text_encoded_twice_is_read_back)
{
    /* A UTF-8 page whose headline and one paragraph were encoded twice:
     * "’" printed as "â€™", "—" (E2 80 94) as "â€”"; the other paragraph
     * is right and stays so. */
    const char page[] = "<html><head><meta charset=\"utf-8\"><title>It\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s a deal</title>"
                        "</head><body><h1>It\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s a deal</h1>"
                        "<p>The union and the airline agreed on pay late on Tuesday\xC3\xA2\xE2\x82\xAC\xE2\x80\x9D"
                        "after three days of talks that nearly broke down twice, officials said.</p>"
                        "<p>Flights resume on Wednesday morning, the airline said, and the caf\xC3\xA9s at the airport reopen too.</p>"
                        "</body></html>";
    frn_article *a = parse_html(page);

    ck_assert_str_eq(frn_article_get_title(a), "It\xE2\x80\x99s a deal");
    ck_assert(body_has(a, "on Tuesday\xE2\x80\x94" "after three days"));
    ck_assert(body_has(a, "the caf\xC3\xA9s at the airport"));
    /* Three sequences read back (two in the headline's copies, one in the
     * body), counted as repairs. */
    ck_assert_uint_eq(frn_article_get_repair_count(a), 3);
    frn_article_free(a);
}
END_TEST

/* Write text as UTF-16LE without a byte-order mark. */
static char *utf16le(const char *ascii, size_t *len)
{
    size_t n = strlen(ascii);
    char *out = malloc(2 * n);

    ck_assert_ptr_nonnull(out);
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = ascii[i];
        out[2 * i + 1] = '\0';
    }
    *len = 2 * n;
    return out;
}

START_TEST(test_html_utf16_without_bom)
{
    size_t len;
    char *page = utf16le("<html><body><h1>Storm closes the bridge</h1><p>" PROSE1 "</p></body></html>", &len);
    frn_article *a = NULL;

    ck_assert_int_eq(parse_as(page, len, FRN_FORMAT_AUTO, NULL, &a), FRN_OK);
    ck_assert_int_eq(frn_article_get_format(a), FRN_FORMAT_HTML);
    ck_assert_str_eq(frn_article_get_title(a), "Storm closes the bridge");
    ck_assert(body_has(a, PROSE1));
    frn_article_free(a);
    free(page);
}
END_TEST

START_TEST(test_html_fragment_is_recognised)
{
    frn_article *a = parse_html("<div><p>" PROSE1 "</p><p>" PROSE2 "</p></div>");

    ck_assert_uint_eq(frn_article_get_paragraph_count(a), 2);
    frn_article_free(a);
}
END_TEST

START_TEST(test_html_truncated_and_unclosed)
{
    const char *truncated = "<html><body><h1>Storm closes the bridge</h1><p>" PROSE1 "</p><p>" PROSE2 "</p><p cla";
    const char *unclosed = "<html><body><div><h1>Storm closes the bridge<p>" PROSE1 "<p>" PROSE2 "<div><p>" PROSE3;
    frn_article *a = parse_html(truncated);

    ck_assert(body_has(a, PROSE2));
    frn_article_free(a);
    a = parse_html(unclosed);
    ck_assert(body_has(a, PROSE1));
    ck_assert(body_has(a, PROSE3));
    frn_article_free(a);
}
END_TEST

/* A page of depth nested elements around one paragraph. */
static char *nested_page(size_t depth, size_t *len)
{
    const char *open = "<div>", *close = "</div>", *inner = "<p>" PROSE1 "</p>";
    size_t n = 12 + depth * (strlen(open) + strlen(close)) + strlen(inner) + 16, at = 0;
    char *page = malloc(n);

    ck_assert_ptr_nonnull(page);
    at += (size_t)sprintf(page, "<html><body>");
    for (size_t i = 0; i < depth; i++)
        at += (size_t)sprintf(page + at, "%s", open);
    at += (size_t)sprintf(page + at, "%s", inner);
    for (size_t i = 0; i < depth; i++)
        at += (size_t)sprintf(page + at, "%s", close);
    *len = at;
    return page;
}

static frn_status parse_with_depth(const char *page, size_t len, size_t max_depth, frn_article **out)
{
    frn_article_options *options;
    frn_status status;

    ck_assert_int_eq(frn_article_options_new(&options), FRN_OK);
    ck_assert_int_eq(frn_article_options_set_format(options, FRN_FORMAT_HTML), FRN_OK);
    if (max_depth)
        ck_assert_int_eq(frn_article_options_set_max_html_depth(options, max_depth), FRN_OK);
    status = frn_article_parse(ctx, page, len, options, out);
    frn_article_options_free(options);
    return status;
}

START_TEST(test_html_deep_nesting)
{
    size_t len;
    char *page = nested_page(10000, &len);
    frn_article *a = (frn_article *)1;
    frn_article_options *options;

    /* Past the default bound: a clear status naming the bound, no article. */
    ck_assert_int_eq(parse_with_depth(page, len, 0, &a), FRN_ERR_TOO_LARGE);
    ck_assert_ptr_null(a);
    ck_assert_ptr_nonnull(strstr(frn_ctx_get_errmsg(ctx), "nested more than 1000 deep"));
    /* html, body and 998 <div> fit; the 999th <div> is element 1001. */
    ck_assert_uint_eq(frn_ctx_get_errpos(ctx), strlen("<html><body>") + 998 * strlen("<div>"));
    /* Raised, the page reads in full, the paragraph found at the bottom. */
    ck_assert_int_eq(parse_with_depth(page, len, 20000, &a), FRN_OK);
    ck_assert(body_has(a, PROSE1));
    frn_article_free(a);
    free(page);
    /* Within the bound: read as usual. */
    page = nested_page(900, &len);
    ck_assert_int_eq(parse_with_depth(page, len, 0, &a), FRN_OK);
    ck_assert(body_has(a, PROSE1));
    frn_article_free(a);
    free(page);
    ck_assert_int_eq(frn_article_options_new(&options), FRN_OK);
    ck_assert_int_eq(frn_article_options_set_max_html_depth(options, 0), FRN_ERR_INVALID_ARG);
    ck_assert_int_eq(frn_article_options_set_max_html_depth(NULL, 10), FRN_ERR_INVALID_ARG);
    frn_article_options_free(options);
}
END_TEST

START_TEST(test_html_fifty_megabyte_page)
{
    const char *paragraph = "<p>" PROSE1 " " PROSE2 "</p>\n";
    size_t each = strlen(paragraph), count = 50u * 1024 * 1024 / each, at = 0;
    char *page = malloc(count * each + 64);
    frn_article *a = NULL;

    ck_assert_ptr_nonnull(page);
    at += (size_t)sprintf(page, "<html><body><article>");
    for (size_t i = 0; i < count; i++, at += each)
        memcpy(page + at, paragraph, each);
    at += (size_t)sprintf(page + at, "</article></body></html>");
    ck_assert_int_eq(parse_as(page, at, FRN_FORMAT_HTML, NULL, &a), FRN_OK);
    /* Every paragraph repeats the first: the copies are left out. */
    ck_assert_uint_eq(frn_article_get_paragraph_count(a), 1);
    frn_article_free(a);
    free(page);
}
END_TEST

START_TEST(test_html_one_big_pre)
{
    frn_article *a = parse_html("<html><body><pre>" PROSE1 "\n" PROSE2 "\n\n    indented line\n" PROSE3 "</pre></body></html>");
    const char *text = frn_article_get_text(a, NULL);

    ck_assert_ptr_nonnull(strstr(text, PROSE1 "\n" PROSE2));
    ck_assert_ptr_nonnull(strstr(text, "    indented line\n" PROSE3));
    ck_assert_uint_eq(frn_article_get_paragraph_count(a), 2);
    frn_article_free(a);
}
END_TEST

START_TEST(test_html_binary_garbage)
{
    char *bytes = malloc(200000);
    unsigned state = 12345;
    frn_article *a = NULL;
    frn_status status;

    ck_assert_ptr_nonnull(bytes);
    for (size_t i = 0; i < 200000; i++) {
        state = state * 1103515245u + 12345u;
        bytes[i] = (char)(state >> 16);
    }
    status = parse_as(bytes, 200000, FRN_FORMAT_HTML, NULL, &a);
    ck_assert_msg(status == FRN_OK || status == FRN_ERR_EMPTY, "status %s", frn_status_name(status));
    if (status == FRN_OK) {
        size_t len;
        frn_article_get_text(a, &len);
        ck_assert(len > 0 || frn_article_get_empty_reason(a) != NULL);
    } else {
        ck_assert_str_ne(frn_ctx_get_errmsg(ctx), "");
    }
    frn_article_free(a);
    free(bytes);
}
END_TEST

START_TEST(test_html_page_without_article)
{
    const char *home = "<html><head><title>Example News</title></head><body><nav><a href=\"/a\">World</a> "
                       "<a href=\"/b\">Sports</a></nav><ul><li><a href=\"/1\">Storm closes the bridge</a></li>"
                       "<li><a href=\"/2\">Council approves budget</a></li></ul></body></html>";
    const char *scripted = "<html><body><div id=\"app\"></div><script>render()</script></body></html>";
    const char *login_wall =
        "<html><head><title>Council approves budget | The Daily Example</title></head><body>"
        "<h1>Council approves budget</h1><div class=\"wall\"><h2>Subscribe to keep reading</h2>"
        "<p>Log in or subscribe to read this article.</p><form action=\"/login\"><label>Email</label>"
        "<input name=\"email\"><label>Password</label><input type=\"password\"><button>Log in</button></form>"
        "<p><a href=\"/subscribe\">Subscribe now</a> <a href=\"/forgot\">Forgot your password?</a></p></div>"
        "</body></html>";
    frn_article *a = parse_html(home);

    ck_assert_uint_eq(frn_article_get_paragraph_count(a), 0);
    ck_assert_str_eq(frn_article_get_text(a, NULL), "");
    ck_assert_ptr_nonnull(frn_article_get_empty_reason(a));
    frn_article_free(a);
    /* A login wall: the headline, and in place of the article a form. */
    a = parse_html(login_wall);
    ck_assert_str_eq(frn_article_get_title(a), "Council approves budget");
    ck_assert_uint_eq(frn_article_get_paragraph_count(a), 0);
    ck_assert_ptr_nonnull(frn_article_get_empty_reason(a));
    frn_article_free(a);
    ck_assert_int_eq(parse_as(scripted, strlen(scripted), FRN_FORMAT_HTML, NULL, &a), FRN_ERR_EMPTY);
    ck_assert_ptr_null(a);
    ck_assert_str_ne(frn_ctx_get_errmsg(ctx), "");
}
END_TEST

START_TEST(test_text_in_another_charset)
{
    const char text[] = "Caf\xE9 reopens\n\nThe caf\xE9 on the square reopened on Monday, its owner said.\n";
    frn_article_options *options;
    frn_article *a = (frn_article *)1;

    ck_assert_int_eq(frn_article_parse(ctx, text, sizeof text - 1, NULL, &a), FRN_ERR_UTF8);
    ck_assert_ptr_null(a);
    ck_assert_uint_eq(frn_ctx_get_errpos(ctx), 3);
    ck_assert_ptr_nonnull(strstr(frn_ctx_get_errmsg(ctx), "Latin-1"));
    ck_assert_int_eq(frn_article_options_new(&options), FRN_OK);
    ck_assert_int_eq(frn_article_options_set_detect_charset(options, 1), FRN_OK);
    ck_assert_int_eq(frn_article_parse(ctx, text, sizeof text - 1, options, &a), FRN_OK);
    ck_assert_str_eq(frn_article_get_title(a), "Caf\xC3\xA9 reopens");
    frn_article_free(a);
    frn_article_options_free(options);
}
END_TEST

START_TEST(test_text_utf16_without_bom_is_named)
{
    size_t len;
    char *text = utf16le("Storm closes the bridge\n\n" PROSE1 "\n", &len);
    frn_article *a = NULL;

    ck_assert_int_eq(parse_as(text, len, FRN_FORMAT_TEXT, NULL, &a), FRN_ERR_UTF8);
    ck_assert_ptr_nonnull(strstr(frn_ctx_get_errmsg(ctx), "UTF-16 (little-endian)"));
    free(text);
}
END_TEST

START_TEST(test_language_identified_from_the_body)
{
    frn_article *a = parse_html("<html><body><p>Le conseil municipal a approuv\xC3\xA9 le budget lundi soir "
                                "apr\xC3\xA8s un long d\xC3\xA9" "bat, et le maire s'est dit satisfait du r\xC3\xA9sultat "
                                "obtenu par les \xC3\xA9lus de la ville.</p></body></html>");

    ck_assert_str_eq(frn_article_get_language(a), "fr");
    frn_article_free(a);
}
END_TEST

/* Found by fuzzing: bytes ICU's charset detector takes for IBM420_ltr, a
 * charset it names but has no converter for, made the page FRN_ERR_ICU. The
 * most confident charset ICU can convert is taken instead. */
START_TEST(test_html_detected_charset_without_converter)
{
    char page[128];
    frn_article *a = NULL;

    snprintf(page, sizeof page, "<html><body><p>%s Storm closes the bridge.</p></body></html>",
             "\xB9\xB9\xB9\xB9\xB9\xB9\xB9\xB9\xB9\xB9\xB9\xB9\xB9\xB9\xB9"
             "\xB9\xB9\xB9\xB9\xB9\xB9\xB9\xB9\xB9\xB9\xB9\xB9\xB9\xB9\xB9");
    ck_assert_int_eq(parse_as(page, strlen(page), FRN_FORMAT_HTML, NULL, &a), FRN_OK);
    ck_assert(body_has(a, "Storm closes the bridge."));
    frn_article_free(a);
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *s = suite_create("article html");
    TCase *content = tcase_create("content"), *meta = tcase_create("metadata"),
          *bad = tcase_create("bad input");

    tcase_add_checked_fixture(content, setup, teardown);
    tcase_add_checked_fixture(meta, setup, teardown);
    tcase_add_checked_fixture(bad, setup, teardown);
    tcase_add_test(content, test_html_main_content_in_reading_order);
    tcase_add_test(content, test_html_timestamp_block_is_left_out);
    tcase_add_test(content, test_html_source_is_the_body_and_offsets_find_elements);
    tcase_add_test(content, test_html_consent_dialog_left_out);
    tcase_add_test(content, test_html_data_table_stays_with_its_paragraphs);
    tcase_add_test(content, test_html_article_with_link_lists_is_kept_whole);
    tcase_add_test(content, test_html_region_wrapper_of_the_article_is_kept);
    tcase_add_test(content, test_html_collapsed_accordion_panel_is_read);
    tcase_add_test(content, test_html_streamed_segment_is_read);
    tcase_add_test(content, test_html_hidden_dialog_stays_out_when_classes_mislead);
    tcase_add_test(content, test_html_framework_attributes_stay_in_their_tag);
    tcase_add_test(content, test_html_utility_class_values_are_no_evidence);
    tcase_add_test(content, test_html_forum_replies_are_content);
    tcase_add_test(content, test_html_forum_thread_goes_on_past_a_post_label);
    tcase_add_test(content, test_html_end_matter_heading_ends_the_body);
    tcase_add_test(content, test_html_fragment_is_recognised);
    tcase_add_test(content, test_html_one_big_pre);
    tcase_add_test(meta, test_html_meta_tags_give_metadata);
    tcase_add_test(meta, test_html_json_ld_comes_first);
    tcase_add_test(meta, test_html_author_page_link_names_the_author);
    tcase_add_test(meta, test_html_author_credit_loses_dates_and_quotes);
    tcase_add_test(meta, test_html_title_loses_the_site_name);
    tcase_add_test(meta, test_html_title_is_the_first_part);
    tcase_add_test(meta, test_html_title_of_separators_is_none);
    tcase_add_test(meta, test_html_several_h1_defer_to_the_title);
    tcase_add_test(meta, test_html_site_name_h1_is_skipped);
    tcase_add_test(meta, test_html_h1_loses_a_piped_section);
    tcase_add_test(meta, test_html_h1_loses_the_site_name);
    tcase_add_test(meta, test_html_h1_loses_its_time);
    tcase_add_test(meta, test_html_h1_stops_at_a_nested_heading);
    tcase_add_test(meta, test_html_cut_json_ld_headline_gives_way);
    tcase_add_test(meta, test_html_dateline_under_headline_and_relative_date);
    tcase_add_test(meta, test_html_no_date_from_comments_or_scripts);
    tcase_add_test(meta, test_html_plain_meta_date_names);
    tcase_add_test(meta, test_html_announced_date_on_any_page);
    tcase_add_test(meta, test_language_identified_from_the_body);
    tcase_add_test(bad, test_html_declared_charset_is_converted);
    tcase_add_test(bad, test_html_text_encoded_twice_is_read_back);
    tcase_add_test(bad, test_html_utf16_without_bom);
    tcase_add_test(bad, test_html_truncated_and_unclosed);
    tcase_add_test(bad, test_html_deep_nesting);
    tcase_add_test(bad, test_html_fifty_megabyte_page);
    tcase_add_test(bad, test_html_binary_garbage);
    tcase_add_test(bad, test_html_detected_charset_without_converter);
    tcase_add_test(bad, test_html_page_without_article);
    tcase_add_test(bad, test_text_in_another_charset);
    tcase_add_test(bad, test_text_utf16_without_bom_is_named);
    /* The 50 MB page takes a few seconds, more under valgrind. */
    tcase_set_timeout(bad, 600);
    suite_add_tcase(s, content);
    suite_add_tcase(s, meta);
    suite_add_tcase(s, bad);
    return s;
}
