/* Metadata of an HTML page (see html-meta.h for the order of evidence):
 * one pass over the element table gathers what each source says, then each
 * field takes the strongest source that has it. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/tree.h>
#include "author-name.h"
#include "byline.h"
#include "core/context.h"
#include "date-text.h"
#include "html-meta.h"
#include "html-tags.h"
#include "lexicon/lexicon.h"
#include "text/text-match.h"
#include "text/utf8.h"
#include "ascii-bytes.h"

/* Longer bylines are prose, not bylines. */
#define BYLINE_MAX_BYTES 120
/* Longer headlines are not headlines. */
#define TITLE_MAX_BYTES 1000
/* Text of an element longer than this is not a dateline. */
#define DATELINE_MAX_BYTES 120

/* ---- gathering ---- */

/* What a <meta> key is evidence of. */
typedef struct meta_key {
    const char *key;
    int slot;  /* frnp_meta_slot, or -1 */
    int list;  /* frnp_meta_list, or -1 */
} meta_key;

/* Keys as pages write them, compared without case. */
static const meta_key meta_keys[] = {
    {"og:title", FRNP_META_OG_TITLE, -1}, {"twitter:title", FRNP_META_OG_TITLE, -1},
    {"og:type", FRNP_META_OG_TYPE, -1}, {"twitter:label1", FRNP_META_TWITTER_LABEL, -1},
    {"twitter:data1", FRNP_META_TWITTER_DATA, -1},
    {"article:published_time", FRNP_META_TAG_PUBLISHED, -1},
    {"og:article:published_time", FRNP_META_TAG_PUBLISHED, -1},
    {"article:published", FRNP_META_TAG_PUBLISHED, -1}, {"datepublished", FRNP_META_TAG_PUBLISHED, -1},
    {"pubdate", FRNP_META_TAG_PUBLISHED, -1}, {"publishdate", FRNP_META_TAG_PUBLISHED, -1},
    {"publish-date", FRNP_META_TAG_PUBLISHED, -1}, {"publish_date", FRNP_META_TAG_PUBLISHED, -1},
    {"parsely-pub-date", FRNP_META_TAG_PUBLISHED, -1}, {"sailthru.date", FRNP_META_TAG_PUBLISHED, -1},
    {"dc.date", FRNP_META_TAG_PUBLISHED, -1}, {"dc.date.issued", FRNP_META_TAG_PUBLISHED, -1},
    {"dcterms.date", FRNP_META_TAG_PUBLISHED, -1}, {"dcterms.issued", FRNP_META_TAG_PUBLISHED, -1},
    {"dcterms.created", FRNP_META_TAG_PUBLISHED, -1}, {"citation_publication_date", FRNP_META_TAG_PUBLISHED, -1},
    {"citation_date", FRNP_META_TAG_PUBLISHED, -1}, {"originalpublicationdate", FRNP_META_TAG_PUBLISHED, -1},
    {"article.published", FRNP_META_TAG_PUBLISHED, -1}, {"date", FRNP_META_TAG_PUBLISHED, -1},
    {"published", FRNP_META_TAG_PUBLISHED, -1}, {"published-date", FRNP_META_TAG_PUBLISHED, -1},
    {"published_date", FRNP_META_TAG_PUBLISHED, -1}, {"publication_date", FRNP_META_TAG_PUBLISHED, -1},
    {"publication-date", FRNP_META_TAG_PUBLISHED, -1}, {"published_time", FRNP_META_TAG_PUBLISHED, -1},
    {"article:modified_time", FRNP_META_TAG_MODIFIED, -1}, {"og:updated_time", FRNP_META_TAG_MODIFIED, -1},
    {"datemodified", FRNP_META_TAG_MODIFIED, -1}, {"dcterms.modified", FRNP_META_TAG_MODIFIED, -1},
    {"last-modified", FRNP_META_TAG_MODIFIED, -1}, {"modified-date", FRNP_META_TAG_MODIFIED, -1},
    {"modified_time", FRNP_META_TAG_MODIFIED, -1},
    {"og:site_name", FRNP_META_OG_SITE, -1}, {"application-name", FRNP_META_APP_NAME, -1},
    {"og:url", FRNP_META_OG_URL, -1},
    {"content-language", FRNP_META_TAG_LANG, -1}, {"dc.language", FRNP_META_TAG_LANG, -1},
    {"og:locale", FRNP_META_OG_LOCALE, -1},
    {"description", FRNP_META_TAG_DESCRIPTION, -1}, {"og:description", FRNP_META_OG_DESCRIPTION, -1},
    {"twitter:description", FRNP_META_OG_DESCRIPTION, -1},
    {"og:image", FRNP_META_OG_IMAGE, -1}, {"og:image:url", FRNP_META_OG_IMAGE, -1},
    {"og:image:secure_url", FRNP_META_OG_IMAGE, -1}, {"twitter:image", FRNP_META_TWITTER_IMAGE, -1},
    {"twitter:image:src", FRNP_META_TWITTER_IMAGE, -1},
    {"article:section", FRNP_META_TAG_SECTION, -1}, {"parsely-section", FRNP_META_TAG_SECTION, -1},
    {"author", -1, FRNP_META_TAG_AUTHORS}, {"article:author", -1, FRNP_META_TAG_AUTHORS},
    {"parsely-author", -1, FRNP_META_TAG_AUTHORS}, {"sailthru.author", -1, FRNP_META_TAG_AUTHORS},
    {"dc.creator", -1, FRNP_META_TAG_AUTHORS}, {"dcterms.creator", -1, FRNP_META_TAG_AUTHORS},
    {"citation_author", -1, FRNP_META_TAG_AUTHORS}, {"byl", -1, FRNP_META_TAG_AUTHORS},
    {"article:tag", -1, FRNP_META_TAG_TAGS}, {"parsely-tags", -1, FRNP_META_TAG_KEYWORDS},
    {"keywords", -1, FRNP_META_TAG_KEYWORDS}, {"news_keywords", -1, FRNP_META_TAG_KEYWORDS},
};

static void read_meta(frnp_html_evidence *ev, const xmlNode *node)
{
    const char *key = frnp_html_attribute(node, "property"), *content;

    if (!key)
        key = frnp_html_attribute(node, "name");
    if (!key)
        key = frnp_html_attribute(node, "itemprop");
    if (!key)
        key = frnp_html_attribute(node, "http-equiv");
    content = frnp_html_attribute(node, "content");
    if (!key || !content)
        return;
    for (size_t i = 0; i < sizeof meta_keys / sizeof *meta_keys; i++) {
        if (!frnp_ascii_equals_lower(key, meta_keys[i].key))
            continue;
        if (meta_keys[i].slot >= 0)
            frnp_html_evidence_set(ev, (frnp_meta_slot)meta_keys[i].slot, content, strlen(content));
        else
            frnp_html_evidence_add(ev, (frnp_meta_list)meta_keys[i].list, content, strlen(content));
        return;
    }
}

/* An element's text, for the few elements metadata reads whole. */
static void set_from_text(frnp_html_evidence *ev, frnp_meta_slot slot, const frnp_html_document *doc,
                          size_t i)
{
    char *text;

    if (ev->slots[slot])
        return;
    text = frnp_html_element_text(doc, i, TITLE_MAX_BYTES, &ev->out_of_memory);
    if (text)
        frnp_html_evidence_set(ev, slot, text, strlen(text));
    free(text);
}

static void read_link(frnp_html_evidence *ev, const xmlNode *node)
{
    const char *rel = frnp_html_attribute(node, "rel"), *href = frnp_html_attribute(node, "href");

    if (rel && href && frnp_ascii_equals_lower(rel, "canonical"))
        frnp_html_evidence_set(ev, FRNP_META_CANONICAL, href, strlen(href));
}

static void read_script(frnp_html_evidence *ev, const frnp_html_element *e)
{
    const char *type = frnp_html_attribute(e->node, "type");
    char *json;

    if (!type || !frnp_ascii_equals_lower(type, "application/ld+json"))
        return;
    json = (char *)xmlNodeGetContent(e->node);
    if (!json) {
        ev->out_of_memory = 1;
        return;
    }
    frnp_html_jsonld_read(ev, json, strlen(json), e->offset);
    xmlFree(json);
}

/* A date-time attribute, else the element's text. */
static void set_date_of(frnp_html_evidence *ev, frnp_meta_slot slot, const frnp_html_document *doc,
                        size_t i)
{
    const char *value = frnp_html_attribute(doc->elements[i].node, "datetime");

    if (!value)
        value = frnp_html_attribute(doc->elements[i].node, "content");
    if (value)
        frnp_html_evidence_set(ev, slot, value, strlen(value));
    else
        set_from_text(ev, slot, doc, i);
}

static void note_time(frnp_html_evidence *ev, size_t element)
{
    size_t *grown = realloc(ev->times, (ev->time_count + 1) * sizeof *grown);

    if (!grown) {
        ev->out_of_memory = 1;
        return;
    }
    ev->times = grown;
    ev->times[ev->time_count++] = element;
}

/* The name of an itemprop=author element: its itemprop=name, else its text. */
static void add_micro_author(frnp_html_evidence *ev, const frnp_html_document *doc, size_t i)
{
    const frnp_html_element *e = &doc->elements[i];
    const char *content = frnp_html_attribute(e->node, "content");
    char *text;

    if (content) {
        frnp_html_evidence_add(ev, FRNP_META_MICRO_AUTHORS, content, strlen(content));
        return;
    }
    for (size_t k = i + 1; k <= e->last; k++) {
        const char *prop = frnp_html_attribute(doc->elements[k].node, "itemprop");
        if (prop && strcmp(prop, "name") == 0) {
            i = k;
            break;
        }
    }
    text = frnp_html_element_text(doc, i, BYLINE_MAX_BYTES, &ev->out_of_memory);
    if (text)
        frnp_html_evidence_add(ev, FRNP_META_MICRO_AUTHORS, text, strlen(text));
    free(text);
}

/* The schema.org type of a forum thread's opening post. */
#define DISCUSSION_TYPE "DiscussionForumPosting"
/* Replies (schema.org Comment) that make a page without a JSON-LD article a thread. */
#define DISCUSSION_MIN_REPLIES 2

/* What a microdata item's type says of the page: a thread, or a reply,
 * wherever it stands (replies are marked as comments). */
static void note_item_type(frnp_html_evidence *ev, const xmlNode *node)
{
    const char *type = frnp_html_attribute(node, "itemtype");

    if (type && strstr(type, "schema.org/" DISCUSSION_TYPE))
        ev->discussion = 1;
    else if (type && strstr(type, "schema.org/Comment"))
        ev->comment_items++;
}

static void read_microdata(frnp_html_evidence *ev, const frnp_html_document *doc, size_t i)
{
    const xmlNode *node = doc->elements[i].node;
    const char *prop = frnp_html_attribute(node, "itemprop");

    if (!prop)
        return;
    if (strcmp(prop, "headline") == 0)
        set_from_text(ev, FRNP_META_MICRO_HEADLINE, doc, i);
    else if (strcmp(prop, "datePublished") == 0)
        set_date_of(ev, FRNP_META_MICRO_PUBLISHED, doc, i);
    else if (strcmp(prop, "dateModified") == 0)
        set_date_of(ev, FRNP_META_MICRO_MODIFIED, doc, i);
    else if (strcmp(prop, "author") == 0 || strcmp(prop, "creator") == 0)
        add_micro_author(ev, doc, i);
}

/* Whether text is a person's name and nothing else. */
static frn_status is_name_alone(frn_ctx *ctx, const char *text, size_t len, int *alone)
{
    frn_span name;
    frn_status status = frnp_leading_name(ctx, frnp_lexicon_get(NULL), text, len, &name);

    *alone = status == FRN_OK && name.start == 0 && name.end == len && len > 0;
    return status;
}

/* A visible byline: "By Jane Doe", or an element named byline that holds a name. */
static frn_status read_byline(frn_ctx *ctx, frnp_html_evidence *ev, const frnp_html_document *doc,
                              size_t i)
{
    char *clean = frnp_html_element_text(doc, i, BYLINE_MAX_BYTES, &ev->out_of_memory);
    frn_span names[FRNP_BYLINE_MAX_NAMES];
    size_t len, count;
    frn_status status;

    if (!clean)
        return FRN_OK;
    len = strlen(clean);
    status = frnp_byline_names(ctx, frnp_lexicon_get(NULL), clean, len, names, &count);
    if (status == FRN_OK && count == 0) {
        /* "Posted by BeauHD": a credit label, then the name; or a name alone. */
        frn_span name = frnp_author_clean(frnp_lexicon_get(NULL), clean, len);
        int alone = 0;
        if (name.end > name.start && name.start == 0)
            status = is_name_alone(ctx, clean, len, &alone);
        if (status == FRN_OK && name.end > name.start && (name.start > 0 || alone)) {
            names[0] = name;
            count = 1;
        }
    }
    for (size_t k = 0; k < count && status == FRN_OK; k++)
        frnp_html_evidence_add(ev, FRNP_META_BYLINE_AUTHORS, clean + names[k].start,
                               names[k].end - names[k].start);
    free(clean);
    return status;
}

/* Whether a path segment names a section of authors' pages. */
static int is_author_section(const char *segment, size_t len)
{
    static const char *const sections[] = {"author", "authors", "contributor", "contributors", "writer", "writers"};

    for (size_t k = 0; k < sizeof sections / sizeof *sections; k++)
        if (frnp_ascii_equals_lower_n(segment, len, sections[k]))
            return 1;
    return 0;
}

/* The path of a URL, from the '/' after its host (or its first '/' when
 * it has none), or NULL. */
static const char *url_path(const char *url)
{
    const char *host = strstr(url, "//");

    return strchr(host ? host + 2 : url, '/');
}

/* The slug after an authors' section in a link's address ("/authors/
 * emily-walker/" -> "emily-walker"), or NULL; *len its length. */
static const char *author_slug(const char *href, size_t *len)
{
    const char *p = url_path(href);

    while (p && *p == '/') {
        const char *segment = p + 1, *end = segment + strcspn(segment, "/?#");
        if (is_author_section(segment, (size_t)(end - segment)) && *end == '/') {
            const char *slug = end + 1;
            *len = strcspn(slug, "/?#");
            return *len > 0 ? slug : NULL;
        }
        p = *end == '/' ? end : NULL;
    }
    return NULL;
}

/* Whether a name reads as the slug spells it: the same ASCII letters and
 * digits in order, compared without case, whatever stands between them
 * ("Emily Walker" and "emily-walker", "A. J. Neal" and "a._j._neal"). */
static int name_matches_slug(const char *name, const char *slug, size_t slug_len)
{
    size_t k = 0;

    for (const unsigned char *c = (const unsigned char *)name; *c; c++) {
        if (*c >= 0x80)
            return 0; /* the slug's spelling of a letter beyond ASCII is unknown */
        if (!frnp_ascii_is_alnum(*c))
            continue;
        while (k < slug_len && !frnp_ascii_is_alnum((unsigned char)slug[k]))
            k++;
        if (k >= slug_len || frnp_ascii_lower((char)*c) != frnp_ascii_lower(slug[k++]))
            return 0;
    }
    while (k < slug_len && !frnp_ascii_is_alnum((unsigned char)slug[k]))
        k++;
    return k == slug_len && k > 0;
}

/* "<a href="/authors/emily-walker/">Emily Walker</a>": a link to the
 * author's page whose text is the name its address spells; or a link the
 * page marks rel="author" whose text is a name alone. */
static frn_status read_author_link(frn_ctx *ctx, frnp_html_evidence *ev, const frnp_html_document *doc, size_t i)
{
    const char *href = frnp_html_attribute(doc->elements[i].node, "href");
    const char *rel = frnp_html_attribute(doc->elements[i].node, "rel");
    int marked = rel && frnp_ascii_equals_lower(rel, "author");
    size_t slug_len = 0, len;
    const char *slug = href ? author_slug(href, &slug_len) : NULL;
    char *text;
    int alone = 0;
    frn_status status = FRN_OK;

    if (!slug && !marked)
        return FRN_OK;
    text = frnp_html_element_text(doc, i, BYLINE_MAX_BYTES, &ev->out_of_memory);
    if (!text)
        return FRN_OK;
    len = strlen(text);
    if (slug && name_matches_slug(text, slug, slug_len))
        alone = 1;
    else if (marked)
        status = is_name_alone(ctx, text, len, &alone);
    if (status == FRN_OK && alone)
        frnp_html_evidence_add(ev, FRNP_META_LINK_AUTHORS, text, len);
    free(text);
    return status;
}

/* Elements whose dates and bylines are not the article's: comments,
 * asides, navigation, footers. Parents come before children. */
static void mark_foreign(const frnp_html_document *doc, unsigned char *foreign)
{
    for (size_t i = 0; i < doc->count; i++) {
        const frnp_html_element *e = &doc->elements[i];
        int own = (e->hints & FRNP_HINT_COMMENTS) ||
                  ((e->kind & FRNP_TAG_CHROME) && strcmp((const char *)e->node->name, "header") != 0);
        foreign[i] = (unsigned char)(own || (e->parent != FRNP_HTML_NONE && foreign[e->parent]));
    }
}

/* Whether text is one of a declared title's parts after its headline
 * (the site's name or section in "Headline | Site"). */
static int trailing_title_part(const char *title, const char *text, size_t len)
{
    const char *at = title;

    while (at && (at = strstr(at, text)) != NULL) {
        int starts_part = at > title && at - title >= 2 && at[-1] == ' ' && at[-2] != ' ' &&
                          strchr("|-:/\x93\x94\xB7\xBB\xA2", at[-2]) != NULL;
        int ends_part = at[len] == '\0' || (at[len] == ' ' && at[len + 1] != ' ');
        if (starts_part && ends_part)
            return 1;
        at += len;
    }
    return 0;
}

/* The site's declared name (og:site_name first), or NULL. */
static const char *declared_site_name(const frnp_html_evidence *ev)
{
    return ev->slots[FRNP_META_OG_SITE] ? ev->slots[FRNP_META_OG_SITE] : ev->slots[FRNP_META_LD_SITE];
}

/* Whether text (len bytes) is the site's declared name. */
static int is_site_name(const frnp_html_evidence *ev, const char *text, size_t len)
{
    const char *site = declared_site_name(ev);

    return site && strlen(site) == len && memcmp(site, text, len) == 0;
}

/* A page's logo or name set as an <h1>: the site's declared name, or a
 * declared title's part after the headline. */
static int site_like_h1(const frnp_html_evidence *ev, const char *text)
{
    size_t len = strlen(text);
    const char *titles[] = {ev->slots[FRNP_META_TITLE_TAG], ev->slots[FRNP_META_OG_TITLE]};

    if (is_site_name(ev, text, len))
        return 1;
    for (size_t t = 0; t < 2; t++)
        if (titles[t] && len > 0 && trailing_title_part(titles[t], text, len))
            return 1;
    return 0;
}

/* A <time> printed inside the headline ("Dec 18 2025 Storm closes the
 * bridge") is the date, not the headline: its text is cut from the
 * headline's start or end. */
static void cut_time_of(frnp_html_evidence *ev, const frnp_html_document *doc, size_t h1, char *text)
{
    for (size_t k = h1 + 1; k <= doc->elements[h1].last; k++) {
        char *time;
        size_t len, text_len = strlen(text);
        if (!(doc->elements[k].kind & FRNP_TAG_TIME))
            continue;
        time = frnp_html_element_text(doc, k, DATELINE_MAX_BYTES, &ev->out_of_memory);
        len = time ? strlen(time) : 0;
        if (len > 0 && len + 1 < text_len && strncmp(text, time, len) == 0 && text[len] == ' ')
            memmove(text, text + len + 1, text_len - len);
        else if (len > 0 && len + 1 < text_len && strcmp(text + text_len - len, time) == 0 &&
                 text[text_len - len - 1] == ' ')
            text[text_len - len - 1] = '\0';
        free(time);
        return;
    }
}

/* A heading nested in the headline (broken markup leaves the dateline's
 * <h3> inside an unclosed <h1>) is not the headline: the text stops there. */
static void cut_nested_heading(frnp_html_evidence *ev, const frnp_html_document *doc, size_t h1, char *text)
{
    for (size_t k = h1 + 1; k <= doc->elements[h1].last; k++) {
        char *inner, *at;
        if (!(doc->elements[k].kind & FRNP_TAG_HEADING))
            continue;
        inner = frnp_html_element_text(doc, k, TITLE_MAX_BYTES, &ev->out_of_memory);
        at = inner ? strstr(text, inner) : NULL;
        if (at && at > text + 1 && at[-1] == ' ')
            at[-1] = '\0';
        free(inner);
        return;
    }
}

/* A visible <h1>: the first that is not the site's name is the headline,
 * those that are are not counted; the first of all still marks where the
 * page's head is (dates and bylines are looked for near it). */
static void read_h1(frnp_html_evidence *ev, const frnp_html_document *doc, size_t i)
{
    char *text = frnp_html_element_text(doc, i, TITLE_MAX_BYTES, &ev->out_of_memory);

    if (text) {
        cut_time_of(ev, doc, i, text);
        cut_nested_heading(ev, doc, i, text);
    }

    if (text && ev->h1 == FRNP_HTML_NONE)
        ev->h1 = i;
    if (text && !site_like_h1(ev, text)) {
        ev->h1_count++;
        frnp_html_evidence_set(ev, FRNP_META_H1, text, strlen(text));
    }
    free(text);
}

static frn_status gather(frn_ctx *ctx, frnp_html_evidence *ev, const frnp_html_document *doc,
                         const unsigned char *foreign)
{
    frn_status status = FRN_OK;

    for (size_t i = 0; i < doc->count && !ev->out_of_memory && status == FRN_OK; i++) {
        const frnp_html_element *e = &doc->elements[i];
        const char *name = (const char *)e->node->name;
        switch (name[0]) {
        case 'a':
            /* The first: the byline's; later ones are editors' and other pages' authors. */
            if (name[1] == '\0' && !foreign[i] && ev->lists[FRNP_META_LINK_AUTHORS].count == 0)
                status = read_author_link(ctx, ev, doc, i);
            break;
        case 'h':
            if (strcmp(name, "html") == 0 && frnp_html_attribute(e->node, "lang")) {
                const char *lang = frnp_html_attribute(e->node, "lang");
                frnp_html_evidence_set(ev, FRNP_META_HTML_LANG, lang, strlen(lang));
            } else if ((e->kind & FRNP_TAG_H1) && !foreign[i] && !(e->hints & FRNP_HINT_HIDDEN)) {
                read_h1(ev, doc, i);
            }
            break;
        case 'l':
            if (strcmp(name, "link") == 0)
                read_link(ev, e->node);
            break;
        case 'm':
            if (strcmp(name, "meta") == 0)
                read_meta(ev, e->node);
            break;
        case 's':
            if (strcmp(name, "script") == 0)
                read_script(ev, e);
            break;
        case 't':
            if (strcmp(name, "title") == 0)
                set_from_text(ev, FRNP_META_TITLE_TAG, doc, i);
            else if ((e->kind & FRNP_TAG_TIME) && !foreign[i])
                note_time(ev, i);
            break;
        default:
            break;
        }
        note_item_type(ev, e->node);
        if (!foreign[i] && strcmp(name, "meta") != 0)
            read_microdata(ev, doc, i);
        if ((e->hints & FRNP_HINT_BYLINE) && !foreign[i] && ev->lists[FRNP_META_BYLINE_AUTHORS].count == 0)
            status = read_byline(ctx, ev, doc, i);
    }
    return status;
}

/* ---- deciding ---- */

static int has_author(const frnp_html_evidence *ev)
{
    for (int l = FRNP_META_LD_AUTHORS; l <= FRNP_META_BYLINE_AUTHORS; l++)
        if (ev->lists[l].count > 0)
            return 1;
    return 0;
}

int frnp_html_meta_declares_article(const frnp_html_evidence *ev)
{
    const char *og = ev->slots[FRNP_META_OG_TYPE];

    return ev->slots[FRNP_META_LD_TYPE] || (og && frnp_ascii_equals_lower(og, "article"));
}

int frnp_html_meta_is_discussion(const frnp_html_evidence *ev)
{
    const char *type = ev->slots[FRNP_META_LD_TYPE];

    return ev->discussion || (type && strcmp(type, DISCUSSION_TYPE) == 0) ||
           (ev->comment_items >= DISCUSSION_MIN_REPLIES && !type);
}

int frnp_html_meta_is_article(const frnp_html_evidence *ev)
{
    const char *og = ev->slots[FRNP_META_OG_TYPE];

    return ev->slots[FRNP_META_LD_TYPE] || (og && frnp_ascii_equals_lower(og, "article")) || has_author(ev);
}

/* The first slot of a list of slots that is set. */
static const char *first_of(const frnp_html_evidence *ev, const frnp_meta_slot *slots, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (ev->slots[slots[i]])
            return ev->slots[slots[i]];
    return NULL;
}

#define FIRST_OF(ev, ...) \
    first_of(ev, (const frnp_meta_slot[]){__VA_ARGS__}, \
             sizeof((const frnp_meta_slot[]){__VA_ARGS__}) / sizeof(frnp_meta_slot))

static frn_status set_text_field(frn_ctx *ctx, char **field, const char *value)
{
    return value ? frnp_article_set_field(ctx, field, value, strlen(value)) : FRN_OK;
}

static frn_status set_date_field(frn_ctx *ctx, char **field, const char *value)
{
    char iso[FRNP_DATE_BYTES];

    if (!value || !frnp_date_normalize(ctx, value, strlen(value), iso))
        return FRN_OK;
    return frnp_article_set_field(ctx, field, iso, strlen(iso));
}

/* Separators between a headline and the site's name in a title. */
static const char *const title_separators[] = {
    " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 ", " \xC2\xBB ", " / ",
    " \xE2\x80\xA2 ", NULL
};

/* The headline part of a declared title: the first of its parts between
 * separators that is not the site's name (what follows the headline is
 * the site, its section or a tagline). */
static frn_span headline_part(const char *title, const char *site)
{
    size_t len = strlen(title), start = 0, site_len = site ? strlen(site) : 0;
    frn_span best = {0, 0};

    while (start <= len) {
        size_t end = len, sep_len = 0;
        for (size_t s = 0; title_separators[s]; s++) {
            const char *hit = strstr(title + start, title_separators[s]);
            if (hit && (size_t)(hit - title) < end) {
                end = (size_t)(hit - title);
                sep_len = strlen(title_separators[s]);
            }
        }
        int is_site = site && end - start == site_len && memcmp(title + start, site, site_len) == 0;
        if (!is_site && end > start) {
            best = (frn_span){start, end};
            break;
        }
        if (end == len)
            break;
        start = end + sep_len;
    }
    return best.end > best.start ? best : (frn_span){0, len};
}

static int contains(const char *haystack, const char *needle)
{
    return haystack && needle && strstr(haystack, needle) != NULL;
}

/* Separators and spaces a headline part must not end or start with. */
static frn_span trim_separators(const char *text, frn_span span)
{
    static const char *const edges[] = {"|", "-", "\xE2\x80\x93", "\xE2\x80\x94", ":", "\xC2\xB7", "\xC2\xBB", "/",
                                        "\xE2\x80\xA2", " ", NULL};
    int moved = 1;

    while (moved && span.end > span.start) {
        moved = 0;
        for (size_t e = 0; edges[e]; e++) {
            size_t n = strlen(edges[e]);
            if (span.end - span.start >= n && memcmp(text + span.end - n, edges[e], n) == 0) {
                span.end -= n;
                moved = 1;
            }
            if (span.end - span.start >= n && memcmp(text + span.start, edges[e], n) == 0) {
                span.start += n;
                moved = 1;
            }
        }
    }
    return span;
}

/* An <h1> of a few words that no declared title holds names the section
 * ("Our blog", "M&A updates"), not the article. */
static int section_label(const char *h1, const char *ld, const char *og, const char *tag)
{
    size_t words = 1;

    if (!ld && !og && !tag)
        return 0;
    for (const char *c = h1; *c; c++)
        words += *c == ' ';
    return words <= 3 && !contains(ld, h1) && !contains(og, h1) && !contains(tag, h1);
}

/* Whether a headline is another title cut short (JSON-LD headlines are
 * often cut at 110 characters, search engines' limit). */
static int cut_short(const char *headline, const char *title)
{
    size_t len = strlen(headline);

    if (!title || strlen(title) <= len || strncmp(title, headline, len) != 0)
        return 0;
    for (size_t s = 0; title_separators[s]; s++)
        if (strncmp(title + len, title_separators[s], strlen(title_separators[s])) == 0)
            return 0; /* the title goes on with the site's name */
    return 1;
}

/* A visible headline: at least two words, not the site's name. */
static int usable_h1(const char *h1, const char *site)
{
    return h1 && strchr(h1, ' ') && !(site && strcmp(h1, site) == 0) && strlen(h1) <= 400;
}

/* Where a headline's last part, after a title separator, is the site's
 * declared name ("... – Artlyst" with the site Artlyst): the headline
 * ends there; else its length. (A declared title's other parts after its
 * headline are often the headline's own subtitle: they are kept.) */
static size_t before_site_suffix(const frnp_html_evidence *ev, const char *h1, size_t len)
{
    const char *site = declared_site_name(ev);
    size_t site_len = site ? strlen(site) : 0;

    if (site_len == 0 || site_len >= len || memcmp(h1 + len - site_len, site, site_len) != 0)
        return len;
    for (size_t s = 0; title_separators[s]; s++) {
        size_t n = strlen(title_separators[s]);
        if (len > site_len + n && memcmp(h1 + len - site_len - n, title_separators[s], n) == 0)
            return len - site_len - n;
    }
    return len;
}

/* A visible headline; a pipe in it ("Headline | Section") parts the
 * headline from the site's or section's name, as in a declared title
 * (headlines use dashes and colons, hardly ever a pipe), and so does any
 * separator before the site's name. */
static frn_status set_visible_title(frn_ctx *ctx, const frnp_html_evidence *ev, frn_article *article,
                                    const char *h1)
{
    const char *pipe = strstr(h1, " | ");
    frn_span part = {0, before_site_suffix(ev, h1, pipe ? (size_t)(pipe - h1) : strlen(h1))};

    part = trim_separators(h1, part);
    if (part.end <= part.start)
        return set_text_field(ctx, &article->title, h1);
    return frnp_article_set_field(ctx, &article->title, h1 + part.start, part.end - part.start);
}

static frn_status decide_title(frn_ctx *ctx, const frnp_html_evidence *ev, frn_article *article)
{
    const char *h1 = ev->slots[FRNP_META_H1], *ld = ev->slots[FRNP_META_LD_HEADLINE];
    const char *og = ev->slots[FRNP_META_OG_TITLE], *tag = ev->slots[FRNP_META_TITLE_TAG];
    const char *declared = og ? og : tag, *site = FIRST_OF(ev, FRNP_META_LD_SITE, FRNP_META_OG_SITE);
    frn_span part;

    /* An article's visible headline is what readers see as its title (the
     * declared ones are written for search engines and sharing); another
     * page's <h1> is often a slogan, taken when a declared title holds it. */
    if (usable_h1(h1, site) && ((frnp_html_meta_is_article(ev) && ev->h1_count == 1 &&
                                 !section_label(h1, ld, og, tag)) ||
                                contains(ld, h1) || contains(og, h1) || contains(tag, h1) ||
                                (!declared && !ld)))
        return set_visible_title(ctx, ev, article, h1);
    if (ld && !cut_short(ld, og) && !cut_short(ld, tag))
        return set_text_field(ctx, &article->title, ld);
    if (!declared)
        declared = ev->slots[FRNP_META_MICRO_HEADLINE] ? ev->slots[FRNP_META_MICRO_HEADLINE] : h1;
    if (!declared)
        return FRN_OK;
    part = trim_separators(declared, headline_part(declared, site));
    return frnp_article_set_field(ctx, &article->title, declared + part.start, part.end - part.start);
}

/* Add the names of one author value: a list of names ("A, B and C") as
 * its names, else the value itself, each cleaned of labels and roles. */
static frn_status add_author_value(frn_ctx *ctx, frn_article *article, const char *value)
{
    frn_span names[FRNP_BYLINE_MAX_NAMES];
    char with_by[2 * BYLINE_MAX_BYTES];
    size_t count, len;
    frn_status status = FRN_OK;

    /* Read as a byline, so that lists of names are split in one place. */
    snprintf(with_by, sizeof with_by, "%s%s", frnp_match_at(value, strlen(value), 0, "by ") ? "" : "By ",
             value);
    len = strlen(with_by);
    status = frnp_byline_names(ctx, frnp_lexicon_get(NULL), with_by, len, names, &count);
    if (status != FRN_OK)
        return status;
    if (count < 2) {
        names[0] = (frn_span){0, len};
        count = 1;
    }
    for (size_t k = 0; k < count && status == FRN_OK; k++) {
        frn_span name = frnp_author_clean(frnp_lexicon_get(NULL), with_by + names[k].start,
                                            names[k].end - names[k].start);
        if (name.end > name.start)
            status = frnp_article_add_author(ctx, article, with_by + names[k].start + name.start,
                                             name.end - name.start);
    }
    return status;
}

static frn_status decide_authors(frn_ctx *ctx, const frnp_html_evidence *ev, frn_article *article)
{
    static const frnp_meta_list order[] = {
        FRNP_META_LD_AUTHORS, FRNP_META_TAG_AUTHORS, FRNP_META_MICRO_AUTHORS, FRNP_META_BYLINE_AUTHORS,
        FRNP_META_LINK_AUTHORS,
    };
    const char *label = ev->slots[FRNP_META_TWITTER_LABEL];
    frn_status status = FRN_OK;

    for (size_t o = 0; o < sizeof order / sizeof *order && article->authors.count == 0; o++) {
        /* Sharing cards credit the author as a label and a value. */
        if (order[o] == FRNP_META_MICRO_AUTHORS && label && ev->slots[FRNP_META_TWITTER_DATA] &&
            (frnp_ascii_equals_lower(label, "written by") || frnp_ascii_equals_lower(label, "author")))
            status = add_author_value(ctx, article, ev->slots[FRNP_META_TWITTER_DATA]);
        const frnp_meta_strings *l = &ev->lists[order[o]];
        for (size_t i = 0; i < l->count && status == FRN_OK; i++)
            status = add_author_value(ctx, article, l->items[i]);
    }
    /* An organisation credited as author, when no person is. */
    for (size_t i = 0; i < ev->lists[FRNP_META_LD_ORGANISATIONS].count && article->authors.count == 0 &&
                       status == FRN_OK; i++)
        status = add_author_value(ctx, article, ev->lists[FRNP_META_LD_ORGANISATIONS].items[i]);
    return status;
}

/* Tags: article:tag, else the keywords, split at commas. */
static frn_status decide_tags(frn_ctx *ctx, const frnp_html_evidence *ev, frn_article *article)
{
    static const frnp_meta_list order[] = {FRNP_META_TAG_TAGS, FRNP_META_LD_KEYWORDS, FRNP_META_TAG_KEYWORDS};
    frn_status status = FRN_OK;

    for (size_t o = 0; o < 3 && article->tags.count == 0; o++) {
        const frnp_meta_strings *l = &ev->lists[order[o]];
        for (size_t i = 0; i < l->count && status == FRN_OK; i++) {
            const char *value = l->items[i];
            while (*value && status == FRN_OK) {
                size_t n = strcspn(value, ",;");
                frn_span t = frnp_utf8_trim(value, (frn_span){0, n});
                if (t.end > t.start)
                    status = frnp_article_add_tag(ctx, article, value + t.start, t.end - t.start);
                value += n + (value[n] != '\0');
            }
        }
    }
    return status;
}

/* A declared language as a BCP 47 tag: "en_US" as "en-US"; NULL when it
 * is not one. */
static frn_status decide_language(frn_ctx *ctx, const frnp_html_evidence *ev, frn_article *article)
{
    const char *value = FIRST_OF(ev, FRNP_META_HTML_LANG, FRNP_META_TAG_LANG, FRNP_META_OG_LOCALE,
                                 FRNP_META_LD_LANG);
    char tag[36];
    size_t n = 0;

    if (!value)
        return FRN_OK;
    for (; value[n] && n + 1 < sizeof tag; n++) {
        char c = value[n] == '_' ? '-' : value[n];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
            return FRN_OK;
        tag[n] = c;
    }
    tag[n] = '\0';
    /* The primary subtag: two or three letters, in lower case. */
    for (size_t i = 0; i < n && tag[i] != '-'; i++)
        tag[i] = frnp_ascii_lower(tag[i]);
    if (n < 2 || (strcspn(tag, "-") != 2 && strcspn(tag, "-") != 3))
        return FRN_OK;
    return frnp_article_set_field(ctx, &article->language, tag, n);
}

/* The plain text fields and their sources, strongest first. */
static const struct text_field {
    size_t field; /* offset of the char * in frn_article */
    frnp_meta_slot sources[3];
    size_t count;
} text_fields[] = {
    {offsetof(frn_article, site), {FRNP_META_LD_SITE, FRNP_META_OG_SITE, FRNP_META_APP_NAME}, 3},
    {offsetof(frn_article, canonical_url), {FRNP_META_CANONICAL, FRNP_META_OG_URL, FRNP_META_LD_URL}, 3},
    {offsetof(frn_article, description),
     {FRNP_META_LD_DESCRIPTION, FRNP_META_OG_DESCRIPTION, FRNP_META_TAG_DESCRIPTION}, 3},
    {offsetof(frn_article, image), {FRNP_META_LD_IMAGE, FRNP_META_OG_IMAGE, FRNP_META_TWITTER_IMAGE}, 3},
    {offsetof(frn_article, section), {FRNP_META_LD_SECTION, FRNP_META_TAG_SECTION}, 2},
};

static frn_status decide(frn_ctx *ctx, const frnp_html_evidence *ev, frn_article *article)
{
    frn_status status = decide_title(ctx, ev, article);

    if (status == FRN_OK)
        status = decide_authors(ctx, ev, article);
    if (status == FRN_OK)
        status = set_date_field(ctx, &article->published,
                                ev->other_kind ? ev->slots[FRNP_META_LD_PUBLISHED]
                                               : FIRST_OF(ev, FRNP_META_LD_PUBLISHED, FRNP_META_TAG_PUBLISHED));
    if (status == FRN_OK)
        status = set_date_field(ctx, &article->modified,
                                FIRST_OF(ev, FRNP_META_LD_MODIFIED, FRNP_META_TAG_MODIFIED,
                                         FRNP_META_MICRO_MODIFIED));
    for (size_t f = 0; f < sizeof text_fields / sizeof *text_fields && status == FRN_OK; f++)
        status = set_text_field(ctx, (char **)((char *)article + text_fields[f].field),
                                first_of(ev, text_fields[f].sources, text_fields[f].count));
    if (status == FRN_OK)
        status = decide_tags(ctx, ev, article);
    if (status == FRN_OK)
        status = decide_language(ctx, ev, article);
    return status;
}

frn_status frnp_html_meta_read(frn_ctx *ctx, const frnp_html_document *doc, frn_article *article,
                               frnp_html_evidence *ev)
{
    unsigned char *foreign = malloc(doc->count ? doc->count : 1);
    frn_status status;

    memset(ev, 0, sizeof *ev);
    ev->h1 = FRNP_HTML_NONE;
    if (!foreign)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    mark_foreign(doc, foreign);
    status = gather(ctx, ev, doc, foreign);
    free(foreign);
    if (status != FRN_OK)
        return status;
    if (ev->out_of_memory)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    return decide(ctx, ev, article);
}

/* ---- dates from the page's position ---- */

/* A <time> elsewhere than near the headline is taken only when the page has
 * this few (a listing has one per item). */
#define LONE_TIMES 2
/* When the page has no headline element, a dateline is looked for this many
 * elements before the body. */
#define DATELINE_ELEMENTS_BEFORE 60
/* The headline's block (its parent or grandparent, of at most this many
 * elements) may print the date above it. */
#define HEADLINE_BLOCK_ELEMENTS 30
#define HEADLINE_BLOCK_LEVELS 2
/* "Right under the headline": this many elements after it. */
#define DATELINE_ELEMENTS_NEAR 25

/* A listing's items are alike: a date in an element whose tag and class
 * come again, holding a date, this many elements further is an item's. */
#define ITEM_REPEAT_ELEMENTS 400

static int same_class(const xmlNode *a, const xmlNode *b)
{
    const char *x = frnp_html_attribute(a, "class"), *y = frnp_html_attribute(b, "class");

    return x == y || (x && y && strcmp(x, y) == 0);
}

/* Whether the dated element i is one item's date among others: a later
 * element like it (same tag and class, as small) holds a date too. */
static frn_status dated_like_others(frn_ctx *ctx, const frnp_html_document *doc, size_t i, int *repeated)
{
    const xmlNode *node = doc->elements[i].node;
    size_t end = i + ITEM_REPEAT_ELEMENTS < doc->count ? i + ITEM_REPEAT_ELEMENTS : doc->count;

    *repeated = 0;
    for (size_t j = doc->elements[i].last + 1; j < end && !*repeated; j++) {
        const frnp_html_element *e = &doc->elements[j];
        char *text, iso[11];
        int nomem = 0;
        if (e->last - j > 4 || !xmlStrEqual(e->node->name, node->name) || !same_class(e->node, node))
            continue;
        if (frnp_html_attribute(e->node, "datetime")) {
            *repeated = 1;
            break;
        }
        text = frnp_html_element_text(doc, j, DATELINE_MAX_BYTES, &nomem);
        if (nomem)
            return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
        *repeated = text && frnp_date_find(ctx, text, strlen(text), iso);
        free(text);
    }
    return FRN_OK;
}

/* Whether the dated element i, at or past element items_after (none when
 * FRNP_HTML_NONE), is a listing item's date: one dated like others. */
static frn_status listing_item_date(frn_ctx *ctx, const frnp_html_document *doc, size_t i, size_t items_after,
                                    int *item)
{
    *item = 0;
    if (items_after == FRNP_HTML_NONE || i < items_after)
        return FRN_OK;
    return dated_like_others(ctx, doc, i, item);
}

/* The first <time> in [from, to], or any when the page has at most lone of
 * them; past element items_after, not one dated like others. */
static frn_status date_from_time(frn_ctx *ctx, const frnp_html_document *doc,
                                 const frnp_html_evidence *ev, frn_article *article,
                                 size_t from, size_t to, size_t lone, size_t items_after)
{
    for (size_t t = 0; t < ev->time_count && !article->published; t++) {
        const xmlNode *node = doc->elements[ev->times[t]].node;
        const char *value = frnp_html_attribute(node, "datetime");
        char *text = NULL;
        int nomem = 0;
        frn_status status;
        int item = 0;
        if (!(ev->times[t] >= from && ev->times[t] <= to) && ev->time_count > lone)
            continue;
        status = listing_item_date(ctx, doc, ev->times[t], items_after, &item);
        if (status != FRN_OK || item)
            return status; /* the first item's: the others are items' too */
        if (!value) {
            text = frnp_html_element_text(doc, ev->times[t], DATELINE_MAX_BYTES, &nomem);
            if (nomem)
                return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
            value = text;
        }
        status = set_date_field(ctx, &article->published, value);
        free(text);
        if (status != FRN_OK)
            return status;
    }
    return FRN_OK;
}

/* A short element between the headline and the body that is a dateline;
 * past element items_after, not one dated like others. */
static frn_status date_from_dateline(frn_ctx *ctx, const frnp_html_document *doc, frn_article *article,
                                     size_t from, size_t to, const char *reference, int announced,
                                     size_t items_after)
{
    for (size_t i = from; i <= to && i < doc->count && !article->published; i++) {
        const frnp_html_element *e = &doc->elements[i];
        char *text, iso[11];
        size_t len;
        int dated, nomem = 0;
        /* Small elements only: a date is in a leaf or nearly one. */
        if (e->last - i > 4 || (e->kind & (FRNP_TAG_SKIP | FRNP_TAG_MUTE)) || (e->hints & FRNP_HINT_HIDDEN))
            continue;
        text = frnp_html_element_text(doc, i, DATELINE_MAX_BYTES, &nomem);
        if (nomem)
            return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
        if (!text)
            continue;
        len = strlen(text);
        if (announced && !frnp_date_announced(text, len))
            dated = 0;
        else
            dated = ((frnp_is_dateline(ctx, text, len) || (e->hints & FRNP_HINT_DATE)) &&
                     frnp_date_find(ctx, text, len, iso)) ||
                    (reference && frnp_date_relative(text, len, reference, iso));
        free(text);
        if (dated) {
            int item = 0;
            frn_status status = listing_item_date(ctx, doc, i, items_after, &item);
            if (status != FRN_OK || item)
                return status;
            return frnp_article_set_field(ctx, &article->published, iso, strlen(iso));
        }
    }
    return FRN_OK;
}

/* A label a page prints alone before the author's name ("By", "Written
 * by"): the lexicon's credit labels. */
static int is_credit_label(const char *text, size_t len)
{
    return frnp_lexicon_text_is_line(frnp_lexicon_get(NULL), FRNP_PHRASES_CREDIT_LABEL, text, len);
}

/* A byline under the headline: "By Jane Doe" in one element, or a credit
 * label followed by the name in the next element that has text. */
static frn_status byline_near(frn_ctx *ctx, const frnp_html_document *doc, frn_article *article,
                              size_t from, size_t to)
{
    int after_label = 0;

    for (size_t i = from; i <= to && i < doc->count && article->authors.count == 0; i++) {
        const frnp_html_element *e = &doc->elements[i];
        frn_span names[FRNP_BYLINE_MAX_NAMES];
        char *text;
        size_t len, count;
        int nomem = 0;
        frn_status status = FRN_OK;
        if (e->last - i > 2 || (e->kind & (FRNP_TAG_SKIP | FRNP_TAG_MUTE | FRNP_TAG_H1)))
            continue;
        text = frnp_html_element_text(doc, i, BYLINE_MAX_BYTES, &nomem);
        if (nomem)
            return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
        if (!text)
            continue;
        len = strlen(text);
        status = frnp_byline_names(ctx, frnp_lexicon_get(NULL), text, len, names, &count);
        if (status == FRN_OK && count == 0 && after_label) {
            frn_span name = frnp_author_clean(frnp_lexicon_get(NULL), text, len), lead = {0, 0};
            if (name.end > name.start)
                status = frnp_leading_name(ctx, frnp_lexicon_get(NULL), text + name.start,
                                           name.end - name.start, &lead);
            if (status == FRN_OK && lead.end > lead.start) {
                names[0] = name;
                count = 1;
            }
        }
        for (size_t k = 0; k < count && status == FRN_OK; k++)
            status = frnp_article_add_author(ctx, article, text + names[k].start, names[k].end - names[k].start);
        after_label = is_credit_label(text, len);
        free(text);
        if (status != FRN_OK)
            return status;
    }
    return FRN_OK;
}

/* The weaker sources, for a page that presents itself as an article: any
 * <time> between the headline and the body (or the page's only ones),
 * microdata, a dateline there. */
static frn_status date_from_article_page(frn_ctx *ctx, const frnp_html_document *doc,
                                         const frnp_html_evidence *ev, frn_article *article,
                                         size_t from, size_t to, const char *reference)
{
    frn_status status = date_from_time(ctx, doc, ev, article, from, to, LONE_TIMES, FRNP_HTML_NONE);
    if (status == FRN_OK)
        status = set_date_field(ctx, &article->published, ev->slots[FRNP_META_MICRO_PUBLISHED]);
    if (status == FRN_OK)
        status = date_from_dateline(ctx, doc, article, from, to, reference, 0, FRNP_HTML_NONE);
    return status;
}

/* Where the headline's block starts: a date or byline printed above the
 * headline in its own small block is the article's. */
static size_t headline_block_start(const frnp_html_document *doc, size_t h1)
{
    size_t start = h1, levels = HEADLINE_BLOCK_LEVELS;

    for (size_t up = doc->elements[h1].parent; up != FRNP_HTML_NONE && levels-- > 0 &&
                                                doc->elements[up].last - up <= HEADLINE_BLOCK_ELEMENTS;
         up = doc->elements[up].parent)
        start = up + 1; /* an ancestor: up < h1 */
    return start;
}

/* The date printed in the headline's block or right under it: the
 * article's, whatever the page, and wherever the body was found to start
 * (past the body's start, not a listing item's date). */
static frn_status headline_date(frn_ctx *ctx, const frnp_html_document *doc, const frnp_html_evidence *ev,
                                frn_article *article, size_t headline, size_t body_start, const char *reference)
{
    size_t near_end = doc->elements[headline].last + DATELINE_ELEMENTS_NEAR;
    size_t above = headline_block_start(doc, headline);
    frn_status status = date_from_time(ctx, doc, ev, article, above, near_end, 0, body_start);

    if (status == FRN_OK && !article->published)
        status = date_from_dateline(ctx, doc, article, above, near_end, reference, 0, body_start);
    return status;
}

/* The heading before the body whose text is the title, when the first
 * <h1> is not it (a blog's <h1> is its name, the post's title an <h2>);
 * FRNP_HTML_NONE when there is none. */
static size_t title_heading(const frnp_html_document *doc, const frnp_html_evidence *ev,
                            const frn_article *article, size_t body_start, int *nomem)
{
    const char *h1 = ev->slots[FRNP_META_H1];

    if (!article->title || body_start == FRNP_HTML_NONE || (h1 && strcmp(h1, article->title) == 0))
        return FRNP_HTML_NONE;
    for (size_t i = 0; i <= body_start && !*nomem; i++) {
        const frnp_html_element *e = &doc->elements[i];
        char *text;
        int same;
        if (!(e->kind & FRNP_TAG_HEADING) || (e->hints & FRNP_HINT_HIDDEN) || i == ev->h1)
            continue;
        text = frnp_html_element_text(doc, i, TITLE_MAX_BYTES, nomem);
        same = text && strcmp(text, article->title) == 0;
        free(text);
        if (same)
            return i;
    }
    return FRNP_HTML_NONE;
}

/* The date under the title's heading (see title_heading): the post's,
 * even when the page reads as a list (a post made of lists). */
static frn_status title_heading_date(frn_ctx *ctx, const frnp_html_document *doc, const frnp_html_evidence *ev,
                                     frn_article *article, size_t body_start, const char *reference)
{
    int nomem = 0;
    size_t heading = title_heading(doc, ev, article, body_start, &nomem);

    if (nomem)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    if (heading == FRNP_HTML_NONE)
        return FRN_OK;
    return headline_date(ctx, doc, ev, article, heading, body_start, reference);
}

/* The last resort: the date a page's address holds in full (the
 * publisher's own day, as the address was made when it was published). */
static frn_status date_from_url(frn_ctx *ctx, frn_article *article, const char *url)
{
    char iso[11];

    if (!frnp_date_in_path(url_path(url), iso))
        return FRN_OK;
    return frnp_article_set_field(ctx, &article->published, iso, strlen(iso));
}

frn_status frnp_html_meta_read_positional(frn_ctx *ctx, const frnp_html_document *doc,
                                     const frnp_html_evidence *ev, frn_article *article,
                                     size_t body_start, int listing, const char *reference)
{
    size_t from = FRNP_HTML_NONE, to = body_start;
    frn_status status = FRN_OK;

    /* A thread's posts are its items, and its first post dates it. */
    listing = listing && !frnp_html_meta_is_discussion(ev);

    if (ev->h1 != FRNP_HTML_NONE) {
        status = byline_near(ctx, doc, article, ev->h1, doc->elements[ev->h1].last + DATELINE_ELEMENTS_NEAR);
        if (status == FRN_OK && !article->published && !listing)
            status = headline_date(ctx, doc, ev, article, ev->h1, body_start, reference);
    }
    if (status == FRN_OK && !article->published)
        status = title_heading_date(ctx, doc, ev, article, body_start, reference);
    if (ev->h1 != FRNP_HTML_NONE && (body_start == FRNP_HTML_NONE || ev->h1 < body_start))
        from = ev->h1;
    else if (body_start != FRNP_HTML_NONE)
        from = body_start > DATELINE_ELEMENTS_BEFORE ? body_start - DATELINE_ELEMENTS_BEFORE : 0;
    if (from == FRNP_HTML_NONE || status != FRN_OK || listing)
        return status;
    if (to == FRNP_HTML_NONE)
        to = doc->elements[from].last + DATELINE_ELEMENTS_BEFORE;
    if (status == FRN_OK && !article->published && frnp_html_meta_is_article(ev))
        status = date_from_article_page(ctx, doc, ev, article, from, to, reference);
    /* A date the page announces ("Published June 12, 2020") before the
     * body or at its start is the article's, whatever the page. */
    if (status == FRN_OK && !article->published)
        status = date_from_dateline(ctx, doc, article, from, to + DATELINE_ELEMENTS_NEAR, reference, 1, FRNP_HTML_NONE);
    if (status == FRN_OK && !article->published && article->canonical_url)
        status = date_from_url(ctx, article, article->canonical_url);
    return status;
}
