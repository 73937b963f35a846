/* schema.org metadata from a page's JSON-LD: the article object (the
 * first whose @type is an article kind, anywhere in the block, @graph
 * included), else the page object, and the site's name. */
#include <stdlib.h>
#include <string.h>
#include "html-meta.h"
#include "json.h"
#include "text/utf8.h"

/* Sorted for bsearch. */
static const char *const article_types[] = {
    "AdvertiserContentArticle", "AnalysisNewsArticle", "Article", "AskPublicNewsArticle",
    "BackgroundNewsArticle", "BlogPosting", "DiscussionForumPosting", "LiveBlogPosting",
    "MedicalScholarlyArticle", "NewsArticle", "OpinionNewsArticle", "Report",
    "ReportageNewsArticle", "ReviewNewsArticle", "SatiricalArticle", "ScholarlyArticle",
    "SocialMediaPosting", "TechArticle",
};
static const char *const page_types[] = {
    "AboutPage", "CollectionPage", "ItemPage", "MedicalWebPage", "ProfilePage", "QAPage", "WebPage",
};

static int compare_name(const void *key, const void *entry)
{
    return strcmp(key, *(const char *const *)entry);
}

/* "NewsArticle", "schema:NewsArticle" and "https://schema.org/NewsArticle" alike. */
static const char *bare_type(const char *type)
{
    const char *slash = strrchr(type, '/'), *colon = strrchr(type, ':');
    const char *cut = slash > colon ? slash : colon;

    return cut ? cut + 1 : type;
}

static int type_in(const char *type, const char *const *types, size_t count)
{
    return type && bsearch(bare_type(type), types, count, sizeof *types, compare_name) != NULL;
}

/* Whether an object's @type (a string or an array of strings) is one of types. */
static int has_type(const frnp_json *j, size_t object, const char *const *types, size_t count)
{
    size_t type = frnp_json_member(j, object, "@type");

    if (type == FRNP_JSON_NONE)
        return 0;
    if (j->nodes[type].type == FRNP_JSON_ARRAY) {
        for (size_t c = j->nodes[type].first; c != FRNP_JSON_NONE; c = j->nodes[c].next)
            if (type_in(frnp_json_string(j, c), types, count))
                return 1;
        return 0;
    }
    return type_in(frnp_json_string(j, type), types, count);
}

/* An object that only points at another ({"@id": "#author"}) stands for
 * the object of the block that has that @id and more. */
static size_t resolve(const frnp_json *j, size_t node)
{
    const char *id;

    if (node == FRNP_JSON_NONE || j->nodes[node].type != FRNP_JSON_OBJECT ||
        frnp_json_member(j, node, "name") != FRNP_JSON_NONE)
        return node;
    id = frnp_json_string(j, frnp_json_member(j, node, "@id"));
    if (!id)
        return node;
    for (size_t i = 0; i < j->count; i++)
        if (i != node && j->nodes[i].type == FRNP_JSON_OBJECT &&
            frnp_json_member(j, i, "name") != FRNP_JSON_NONE) {
            const char *other = frnp_json_string(j, frnp_json_member(j, i, "@id"));
            if (other && strcmp(other, id) == 0)
                return i;
        }
    return node;
}

/* The text a value stands for: a string; an object's name, url or @id
 * (first of them it has, in the order given); an array's first item. */
static const char *text_of(const frnp_json *j, size_t node, const char *const *keys)
{
    node = resolve(j, node);
    if (node == FRNP_JSON_NONE)
        return NULL;
    switch (j->nodes[node].type) {
    case FRNP_JSON_STRING:
        return frnp_json_string(j, node);
    case FRNP_JSON_ARRAY:
        return text_of(j, j->nodes[node].first, keys);
    case FRNP_JSON_OBJECT:
        for (size_t k = 0; keys[k]; k++) {
            const char *text = frnp_json_string(j, frnp_json_member(j, node, keys[k]));
            if (text)
                return text;
        }
        return NULL;
    default:
        return NULL;
    }
}

static const char *const name_keys[] = {"name", NULL};
static const char *const url_keys[] = {"url", "contentUrl", "@id", NULL};
static const char *const language_keys[] = {"alternateName", "name", NULL};

static void set_text(frnp_html_evidence *ev, frnp_meta_slot slot, const char *text)
{
    if (text)
        frnp_html_evidence_set(ev, slot, text, strlen(text));
}

/* Persons; an organisation credited as author is kept apart. */
static void add_author(frnp_html_evidence *ev, const frnp_json *j, size_t node)
{
    static const char *const organisations[] = {"NewsMediaOrganization", "Organization"};
    const char *name;

    node = resolve(j, node);
    if (node == FRNP_JSON_NONE)
        return;
    if (j->nodes[node].type == FRNP_JSON_ARRAY) {
        for (size_t c = j->nodes[node].first; c != FRNP_JSON_NONE; c = j->nodes[c].next)
            add_author(ev, j, c);
        return;
    }
    name = text_of(j, node, name_keys);
    if (name)
        frnp_html_evidence_add(ev, j->nodes[node].type == FRNP_JSON_OBJECT && has_type(j, node, organisations, 2)
                                       ? FRNP_META_LD_ORGANISATIONS : FRNP_META_LD_AUTHORS,
                               name, strlen(name));
}

static void add_keywords(frnp_html_evidence *ev, const frnp_json *j, size_t node)
{
    if (node == FRNP_JSON_NONE)
        return;
    if (j->nodes[node].type == FRNP_JSON_ARRAY) {
        for (size_t c = j->nodes[node].first; c != FRNP_JSON_NONE; c = j->nodes[c].next)
            add_keywords(ev, j, c);
        return;
    }
    if (frnp_json_string(j, node))
        frnp_html_evidence_add(ev, FRNP_META_LD_KEYWORDS, frnp_json_string(j, node),
                               strlen(frnp_json_string(j, node)));
}

static void read_article(frnp_html_evidence *ev, const frnp_json *j, size_t a, size_t offset)
{
    const char *body = frnp_json_string(j, frnp_json_member(j, a, "articleBody"));

    set_text(ev, FRNP_META_LD_TYPE, text_of(j, frnp_json_member(j, a, "@type"), name_keys));
    set_text(ev, FRNP_META_LD_HEADLINE, text_of(j, frnp_json_member(j, a, "headline"), name_keys));
    set_text(ev, FRNP_META_LD_PUBLISHED, text_of(j, frnp_json_member(j, a, "datePublished"), name_keys));
    set_text(ev, FRNP_META_LD_MODIFIED, text_of(j, frnp_json_member(j, a, "dateModified"), name_keys));
    set_text(ev, FRNP_META_LD_SITE, text_of(j, frnp_json_member(j, a, "publisher"), name_keys));
    set_text(ev, FRNP_META_LD_SECTION, text_of(j, frnp_json_member(j, a, "articleSection"), name_keys));
    set_text(ev, FRNP_META_LD_DESCRIPTION, text_of(j, frnp_json_member(j, a, "description"), name_keys));
    set_text(ev, FRNP_META_LD_IMAGE, text_of(j, frnp_json_member(j, a, "image"), url_keys));
    set_text(ev, FRNP_META_LD_URL, text_of(j, frnp_json_member(j, a, "mainEntityOfPage"), url_keys));
    set_text(ev, FRNP_META_LD_URL, text_of(j, frnp_json_member(j, a, "url"), url_keys));
    set_text(ev, FRNP_META_LD_LANG, text_of(j, frnp_json_member(j, a, "inLanguage"), language_keys));
    if (ev->lists[FRNP_META_LD_AUTHORS].count == 0) {
        add_author(ev, j, frnp_json_member(j, a, "author"));
        if (ev->lists[FRNP_META_LD_AUTHORS].count == 0)
            add_author(ev, j, frnp_json_member(j, a, "creator"));
    }
    if (ev->lists[FRNP_META_LD_KEYWORDS].count == 0)
        add_keywords(ev, j, frnp_json_member(j, a, "keywords"));
    /* The body keeps its line breaks: they separate its paragraphs. */
    if (body && !ev->slots[FRNP_META_LD_BODY]) {
        ev->ld_body_offset = offset;
        ev->slots[FRNP_META_LD_BODY] = frnp_strndup(body, strlen(body));
        ev->out_of_memory |= ev->slots[FRNP_META_LD_BODY] == NULL;
    }
}

/* A page object gives what an article object would have given, but for the
 * headline (its name is the page's title, site name and all) and the
 * publication date (site generators date every page). */
static void read_page(frnp_html_evidence *ev, const frnp_json *j, size_t p)
{
    set_text(ev, FRNP_META_LD_MODIFIED, text_of(j, frnp_json_member(j, p, "dateModified"), name_keys));
    set_text(ev, FRNP_META_LD_DESCRIPTION, text_of(j, frnp_json_member(j, p, "description"), name_keys));
    set_text(ev, FRNP_META_LD_LANG, text_of(j, frnp_json_member(j, p, "inLanguage"), language_keys));
    if (ev->lists[FRNP_META_LD_AUTHORS].count == 0)
        add_author(ev, j, frnp_json_member(j, p, "author"));
}

void frnp_html_jsonld_read(frnp_html_evidence *ev, const char *text, size_t len, size_t offset)
{
    static const char *const site_types[] = {"WebSite"};
    /* Kinds of pages that are not an article (sorted for bsearch). */
    static const char *const other_types[] = {"CollectionPage", "ItemPage", "Product", "ProfilePage",
                                              "SearchResultsPage"};
    frnp_json j;
    size_t article = FRNP_JSON_NONE, page = FRNP_JSON_NONE;
    frnp_json_result result = frnp_json_parse(text, len, &j);

    if (result == FRNP_JSON_NOMEM)
        ev->out_of_memory = 1;
    if (result != FRNP_JSON_OK)
        return;
    for (size_t i = 0; i < j.count; i++) {
        if (j.nodes[i].type != FRNP_JSON_OBJECT)
            continue;
        if (has_type(&j, i, other_types, sizeof other_types / sizeof *other_types))
            ev->other_kind = 1;
        if (article == FRNP_JSON_NONE && has_type(&j, i, article_types, sizeof article_types / sizeof *article_types))
            article = i;
        else if (page == FRNP_JSON_NONE && has_type(&j, i, page_types, sizeof page_types / sizeof *page_types))
            page = i;
        else if (has_type(&j, i, site_types, 1))
            set_text(ev, FRNP_META_LD_SITE, frnp_json_string(&j, frnp_json_member(&j, i, "name")));
    }
    if (article != FRNP_JSON_NONE)
        read_article(ev, &j, article, offset);
    if (page != FRNP_JSON_NONE)
        read_page(ev, &j, page);
    frnp_json_release(&j);
}
