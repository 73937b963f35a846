/* The metadata of an HTML page: title, authors, dates, site, canonical URL,
 * language, description, lead image, section and tags.
 *
 * The order of evidence, strongest first, for each field:
 * 1. JSON-LD: the page's schema.org Article (NewsArticle, BlogPosting, ...
 *    found anywhere, @graph included; a WebPage when there is none);
 * 2. OpenGraph and other <meta> tags (article:published_time, author, ...);
 * 3. <time datetime> (dates only): one between the headline and the body,
 *    or the page's only one or two (a listing has one per item); never one
 *    inside comments, asides, navigation or footers;
 * 4. microdata (itemprop=headline, author, datePublished, ...);
 * 5. the visible page: bylines (elements named byline/author, "By ..."),
 *    a dateline between the headline and the body ("Published June 12,
 *    2020", "3 hours ago" given a reference date), the <h1>.
 * A date in the headline's small block (above it) or right under it is
 * the article's on any page, even past the body's start, unless it is dated
 * like later elements (same tag and class): a listing's first item.
 * A page whose JSON-LD names it a collection, item, profile or product
 * page, with no article object, takes no date from meta tags (SEO plugins
 * put article:published_time on every page).
 * A WebPage's datePublished is never taken: site generators put one on
 * every page, and on WCXB-dev it dated only pages that show no date (its
 * modification date is kept). A <time> or dateline away from the
 * headline only for a page that presents itself as an article, except a
 * dateline that announces itself ("Published ...", "Updated ...") before
 * the body or at its start.
 * The title is reconciled: the <h1> when the declared titles hold it (or,
 * on an article page, when it is the only one), else the JSON-LD headline
 * (unless it is another title cut short), else the first part of og:title
 * or <title> that is not the site's name.
 * Dates come as ISO 8601 with time and offset when given; a date is given
 * only when the page states one. */
#ifndef FRNP_HTML_META_H
#define FRNP_HTML_META_H

#include "article-private.h"
#include "html-document.h"

typedef enum frnp_meta_slot {
    FRNP_META_TITLE_TAG, FRNP_META_OG_TITLE, FRNP_META_H1, FRNP_META_LD_HEADLINE,
    FRNP_META_MICRO_HEADLINE,
    FRNP_META_LD_PUBLISHED, FRNP_META_TAG_PUBLISHED, FRNP_META_MICRO_PUBLISHED,
    FRNP_META_LD_MODIFIED, FRNP_META_TAG_MODIFIED, FRNP_META_MICRO_MODIFIED,
    FRNP_META_LD_SITE, FRNP_META_OG_SITE, FRNP_META_APP_NAME,
    FRNP_META_CANONICAL, FRNP_META_OG_URL, FRNP_META_LD_URL,
    FRNP_META_HTML_LANG, FRNP_META_TAG_LANG, FRNP_META_OG_LOCALE, FRNP_META_LD_LANG,
    FRNP_META_LD_DESCRIPTION, FRNP_META_OG_DESCRIPTION, FRNP_META_TAG_DESCRIPTION,
    FRNP_META_LD_IMAGE, FRNP_META_OG_IMAGE, FRNP_META_TWITTER_IMAGE,
    FRNP_META_LD_SECTION, FRNP_META_TAG_SECTION,
    FRNP_META_LD_BODY,  /* articleBody */
    FRNP_META_LD_TYPE,  /* the @type of the article object */
    FRNP_META_OG_TYPE,  /* og:type */
    FRNP_META_TWITTER_LABEL, FRNP_META_TWITTER_DATA, /* twitter:label1 "Written by", twitter:data1 */
    FRNP_META_SLOT_COUNT
} frnp_meta_slot;

typedef enum frnp_meta_list {
    FRNP_META_LD_AUTHORS, FRNP_META_TAG_AUTHORS, FRNP_META_MICRO_AUTHORS, FRNP_META_BYLINE_AUTHORS,
    FRNP_META_LINK_AUTHORS,     /* a link to the author's page, named as its address names it */
    FRNP_META_LD_ORGANISATIONS, /* organisations credited as authors: the last resort */
    FRNP_META_LD_KEYWORDS, FRNP_META_TAG_TAGS, FRNP_META_TAG_KEYWORDS,
    FRNP_META_LIST_COUNT
} frnp_meta_list;

typedef struct frnp_meta_strings {
    char **items;
    size_t count;
} frnp_meta_strings;

/* What a page says about itself, source by source: the first value of each
 * slot is kept. */
typedef struct frnp_html_evidence {
    char *slots[FRNP_META_SLOT_COUNT];
    frnp_meta_strings lists[FRNP_META_LIST_COUNT];
    size_t ld_body_offset; /* where the script holding articleBody starts in the page */
    size_t h1;             /* the element of the visible headline, or FRNP_HTML_NONE */
    size_t h1_count;       /* visible <h1> outside comments, asides, ...: several make none the headline */
    int discussion;        /* microdata names a forum thread (DiscussionForumPosting) */
    int other_kind;        /* JSON-LD names a page that is no article: a collection, item, profile, product */
    size_t comment_items;  /* microdata items of type Comment */
    size_t *times;         /* the <time> elements outside comments, asides, ... */
    size_t time_count;
    int out_of_memory;
} frnp_html_evidence;

/* Gather the evidence of doc and set the article's fields from it (see
 * the order above). FRN_ERR_NOMEM. The evidence is kept for the reader
 * (articleBody); release it with frnp_html_evidence_release(). */
frn_status frnp_html_meta_read(frn_ctx *ctx, const frnp_html_document *doc, frn_article *article,
                               frnp_html_evidence *evidence);

void frnp_html_evidence_release(frnp_html_evidence *evidence);

/* Whether the page presents itself as an article: a schema.org article
 * object, or an author with no og:type saying otherwise. Dates from the
 * weaker sources (<time>, datelines) need it: landing,
 * product and documentation pages carry dates that are not publication. */
int frnp_html_meta_is_article(const frnp_html_evidence *evidence);

/* Whether the page is a forum thread (schema.org DiscussionForumPosting,
 * in JSON-LD or microdata, or replies typed Comment on a page without a
 * JSON-LD article): its replies, marked as comments, are content. */
int frnp_html_meta_is_discussion(const frnp_html_evidence *evidence);

/* Whether the page declares itself an article: a schema.org article object
 * or og:type "article" (bylines alone may be a listing's, one per item). */
int frnp_html_meta_declares_article(const frnp_html_evidence *evidence);

/* Once the body is chosen (its first block read from element body_start):
 * the publication date from steps 3-5 when steps 1-2 gave none, and a
 * visible byline under the headline when nothing named an author. When
 * the body is a list of items (listing), the dates printed on the page
 * are the items': no date is taken from them. */
frn_status frnp_html_meta_read_positional(frn_ctx *ctx, const frnp_html_document *doc,
                                     const frnp_html_evidence *evidence, frn_article *article,
                                     size_t body_start, int listing, const char *reference);

/* Keep a copy of value (len bytes, white space collapsed) in a slot unless
 * it is set; an empty value is not kept. */
void frnp_html_evidence_set(frnp_html_evidence *evidence, frnp_meta_slot slot, const char *value,
                            size_t len);

/* Append a copy of value (white space collapsed) to a list. */
void frnp_html_evidence_add(frnp_html_evidence *evidence, frnp_meta_list list, const char *value,
                            size_t len);

/* Read one JSON-LD block (html-jsonld.c) into the evidence; offset is
 * where its script element starts in the page. Blocks that are not valid
 * JSON are skipped. */
void frnp_html_jsonld_read(frnp_html_evidence *evidence, const char *json, size_t len, size_t offset);

#endif
