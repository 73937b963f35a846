/* Metadata of an HTML page. */
#include <stdlib.h>
#include <string.h>
#include <libxml/tree.h>
#include "core/context.h"
#include "html-meta.h"
#include "html-tags.h"
#include "text/utf8.h"

/* Collapse white space in place; returns the new length. */
static size_t squeeze(char *text)
{
    size_t n = 0;
    int space = 0;

    for (size_t i = 0; text[i]; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
            (c == 0xC2 && (unsigned char)text[i + 1] == 0xA0)) {
            i += c == 0xC2;
            space = n > 0;
            continue;
        }
        if (space)
            text[n++] = ' ';
        space = 0;
        text[n++] = (char)c;
    }
    text[n] = '\0';
    return n;
}

/* An element's text, white space collapsed; NULL when empty or out of memory
 * (*nomem set). The caller frees it with xmlFree. */
static char *element_text(const xmlNode *node, int *nomem)
{
    char *text = (char *)xmlNodeGetContent(node);

    if (!text) {
        *nomem = 1;
        return NULL;
    }
    if (squeeze(text) == 0) {
        xmlFree(text);
        return NULL;
    }
    return text;
}

typedef struct meta_evidence {
    char *title_tag;  /* <title> */
    char *og_title;   /* og:title, twitter:title */
    char *h1;         /* the first <h1> */
    int nomem;
} meta_evidence;

static void take(char **slot, char *value)
{
    if (*slot || !value) {
        xmlFree(value);
        return;
    }
    *slot = value;
}

static char *attribute_copy(const xmlNode *node, const char *name, int *nomem)
{
    const char *value = frnp_html_attribute(node, name);
    char *copy;

    if (!value)
        return NULL;
    copy = (char *)xmlStrdup((const xmlChar *)value);
    if (!copy) {
        *nomem = 1;
        return NULL;
    }
    if (squeeze(copy) == 0) {
        xmlFree(copy);
        return NULL;
    }
    return copy;
}

static void read_meta_tag(meta_evidence *m, const xmlNode *node)
{
    const char *key = frnp_html_attribute(node, "property");

    if (!key)
        key = frnp_html_attribute(node, "name");
    if (!key)
        return;
    if (strcmp(key, "og:title") == 0 || strcmp(key, "twitter:title") == 0)
        take(&m->og_title, attribute_copy(node, "content", &m->nomem));
}

static void gather(meta_evidence *m, const frnp_html_document *doc)
{
    for (size_t i = 0; i < doc->count && !m->nomem; i++) {
        const xmlNode *node = doc->elements[i].node;
        const char *name = (const char *)node->name;
        if (strcmp(name, "title") == 0 && !m->title_tag)
            m->title_tag = element_text(node, &m->nomem);
        else if (strcmp(name, "meta") == 0)
            read_meta_tag(m, node);
        else if ((doc->elements[i].kind & FRNP_TAG_H1) && !m->h1 && !(doc->elements[i].hints & FRNP_HINT_HIDDEN))
            m->h1 = element_text(node, &m->nomem);
    }
}

/* Separators between a headline and the site's name in <title>. */
static const char *const title_separators[] = {
    " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 ", " \xC2\xBB ", " / ", NULL
};

/* The longest part of a title split at its separators: the headline
 * without the site's name. */
static frn_span headline_part(const char *title)
{
    size_t len = strlen(title), start = 0;
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
        if (end - start > best.end - best.start)
            best = (frn_span){start, end};
        if (end == len)
            break;
        start = end + sep_len;
    }
    return best;
}

static int contains(const char *haystack, const char *needle)
{
    return haystack && needle && strstr(haystack, needle) != NULL;
}

static frn_status choose_title(frn_ctx *ctx, frn_article *article, const meta_evidence *m)
{
    const char *declared = m->og_title ? m->og_title : m->title_tag;
    frn_span part;

    /* The visible headline, when the declared title holds it. */
    if (m->h1 && (!declared || contains(declared, m->h1) || contains(m->title_tag, m->h1)))
        return frnp_article_set_field(ctx, &article->title, m->h1, strlen(m->h1));
    if (!declared)
        return FRN_OK;
    part = headline_part(declared);
    return frnp_article_set_field(ctx, &article->title, declared + part.start, part.end - part.start);
}

frn_status frnp_html_meta_read(frn_ctx *ctx, const frnp_html_document *doc, frn_article *article,
                               const frn_article_options *options)
{
    meta_evidence m = {NULL, NULL, NULL, 0};
    frn_status status;

    (void)options;
    gather(&m, doc);
    status = m.nomem ? frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory")
                     : choose_title(ctx, article, &m);
    xmlFree(m.title_tag);
    xmlFree(m.og_title);
    xmlFree(m.h1);
    return status;
}
