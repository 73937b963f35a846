/* Parsing a page with libxml2's HTML parser. The element table is filled
 * from the SAX start-element callback, where the parser's position gives
 * each start tag's byte offset and the attributes are at hand once. */
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include "core/array.h"
#include "core/context.h"
#include "html-attribute-names.h"
#include "html-document.h"
#include "html-tags.h"

int frnp_html_parse_options(void)
{
    /* The input is UTF-8 already (charset.c): a <meta charset> must not
     * switch the parser to another encoding. XML_PARSE_HUGE lifts the
     * 10 MB limit on one text node (a page that is one <pre>). */
    return HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
           HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
}

size_t frnp_html_index_of(const xmlNode *node)
{
    uintptr_t tag = node && node->type == XML_ELEMENT_NODE ? (uintptr_t)node->_private : 0;

    return tag ? (size_t)(tag - 1) : FRNP_HTML_NONE;
}

const char *frnp_html_attribute(const xmlNode *node, const char *name)
{
    for (const xmlAttr *a = node->properties; a; a = a->next)
        if (strcmp((const char *)a->name, name) == 0)
            return a->children && a->children->content ? (const char *)a->children->content : "";
    return NULL;
}

/* The byte offset of the start tag being read: the parser stands at its
 * end, so the '<' before is its start. */
static size_t tag_offset(const xmlParserCtxt *ctxt)
{
    const xmlParserInput *in = ctxt->input;
    const xmlChar *p = in->cur;

    while (p > in->base && *p != '<')
        p--;
    return (size_t)in->consumed + (size_t)(p - in->base);
}

static void on_start_element(void *user, const xmlChar *name, const xmlChar **attributes)
{
    xmlParserCtxt *ctxt = user;
    frnp_html_document *doc = ctxt->_private;
    xmlNode *before = ctxt->node, *node;
    size_t offset = tag_offset(ctxt), parent;
    frnp_html_element *e;

    /* The parser's stack of open elements holds this one already. */
    if (ctxt->nameNr > 0 && (size_t)ctxt->nameNr > doc->max_depth) {
        doc->too_deep = offset;
        xmlStopParser(ctxt);
        return;
    }
    xmlSAX2StartElement(user, name, attributes);
    node = ctxt->node;
    if (!node || node == before || doc->out_of_memory)
        return;
    if (!frnp_array_reserve(&doc->elements, &doc->capacity, doc->count + 1, sizeof *doc->elements)) {
        doc->out_of_memory = 1;
        xmlStopParser(ctxt);
        return;
    }
    parent = frnp_html_index_of(node->parent);
    e = &doc->elements[doc->count];
    e->node = node;
    e->parent = parent;
    e->last = doc->count;
    e->offset = offset;
    e->kind = frnp_tag_kind_of((const char *)name);
    e->hints = frnp_attr_hints_of((const char *const *)attributes);
    /* An <article> is an item whatever its class says, unless a comment. */
    if ((e->kind & FRNP_TAG_CONTENT) && !(e->hints & FRNP_HINT_COMMENTS))
        e->hints &= ~(unsigned)(FRNP_HINT_CHROME | FRNP_HINT_REGION);
    node->_private = (void *)(uintptr_t)(++doc->count);
}

/* Each element's last descendant, children coming after their parent. */
static void find_subtree_ends(frnp_html_document *doc)
{
    for (size_t i = doc->count; i-- > 0;) {
        size_t p = doc->elements[i].parent;
        if (p != FRNP_HTML_NONE && doc->elements[i].last > doc->elements[p].last)
            doc->elements[p].last = doc->elements[i].last;
    }
}

/* libxml2 builds its global tables and mutexes on first use, which races
 * when two threads parse their first page at once: it is initialised once,
 * whichever thread comes first. */
static pthread_once_t libxml2_once = PTHREAD_ONCE_INIT;

static void init_libxml2(void)
{
    xmlInitParser();
}

frn_status frnp_html_document_parse(frn_ctx *ctx, const char *utf8, size_t len, size_t max_depth,
                                    frnp_html_document *doc)
{
    htmlParserCtxt *ctxt;
    char *repaired;

    pthread_once(&libxml2_once, init_libxml2);
    memset(doc, 0, sizeof *doc);
    doc->max_depth = max_depth;
    doc->too_deep = FRNP_HTML_NONE;
    if (len > INT_MAX)
        return frnp_fail(ctx, FRN_ERR_TOO_LARGE, FRNP_NO_POSITION,
                         "HTML page of %zu bytes: libxml2 parses at most %d", len, INT_MAX);
    if (!frnp_html_repair_attribute_names(utf8, len, &repaired))
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    ctxt = htmlCreateMemoryParserCtxt(repaired ? repaired : utf8, (int)len);
    if (!ctxt) {
        free(repaired);
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory (HTML parser)");
    }
    htmlCtxtUseOptions(ctxt, frnp_html_parse_options());
    /* Without this the parser reads the first non-ASCII byte as a sign of
     * Latin-1. UTF-8 needs no conversion: the bytes are read in place. */
    xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
    ctxt->sax->startElement = on_start_element;
    ctxt->_private = doc;
    htmlParseDocument(ctxt);
    doc->doc = ctxt->myDoc;
    ctxt->myDoc = NULL;
    htmlFreeParserCtxt(ctxt);
    free(repaired);
    if (doc->too_deep != FRNP_HTML_NONE) {
        size_t at = doc->too_deep;
        frnp_html_document_release(doc);
        return frnp_fail(ctx, FRN_ERR_TOO_LARGE, at,
                         "HTML elements nested more than %zu deep, at byte %zu of the decoded page "
                         "(frn_article_options_set_max_html_depth)", max_depth, at);
    }
    if (doc->out_of_memory || !doc->doc) {
        int nomem = doc->out_of_memory;
        frnp_html_document_release(doc);
        return nomem ? frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory")
                     : frnp_fail(ctx, FRN_ERR_HTML, FRNP_NO_POSITION, "libxml2 built no document");
    }
    find_subtree_ends(doc);
    return FRN_OK;
}

void frnp_html_document_release(frnp_html_document *doc)
{
    if (doc->doc)
        xmlFreeDoc(doc->doc);
    free(doc->elements);
    memset(doc, 0, sizeof *doc);
}

/* Append text to out (room for max bytes) with white space collapsed;
 * 0 when it does not fit. */
static int append_squeezed(char *out, size_t *n, size_t max, const char *text, int *space)
{
    for (const unsigned char *c = (const unsigned char *)text; *c; c++) {
        if (*c == ' ' || *c == '\t' || *c == '\n' || *c == '\r' || *c == '\f' ||
            (c[0] == 0xC2 && c[1] == 0xA0)) {
            c += c[0] == 0xC2;
            *space = *n > 0;
            continue;
        }
        if (*n + 2 > max)
            return 0;
        if (*space)
            out[(*n)++] = ' ';
        *space = 0;
        out[(*n)++] = (char)*c;
    }
    return 1;
}

char *frnp_html_element_text(const frnp_html_document *doc, size_t index, size_t max, int *nomem)
{
    const xmlNode *root = doc->elements[index].node, *node = root->children;
    char *out = malloc(max + 1);
    size_t n = 0;
    int space = 0, fits = 1;

    if (!out) {
        *nomem = 1;
        return NULL;
    }
    while (node && fits) {
        size_t i = frnp_html_index_of(node);
        int descend = 0;
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            fits = append_squeezed(out, &n, max, node->content ? (const char *)node->content : "", &space);
        } else if (i != FRNP_HTML_NONE && !(doc->elements[i].kind & FRNP_TAG_SKIP)) {
            if (doc->elements[i].kind & (FRNP_TAG_BLOCK | FRNP_TAG_BREAK))
                space = n > 0;
            descend = node->children != NULL && !(doc->elements[i].kind & FRNP_TAG_MUTE);
        }
        if (descend) {
            node = node->children;
            continue;
        }
        while (node != root && !node->next) {
            node = node->parent;
            i = frnp_html_index_of(node);
            if (i != FRNP_HTML_NONE && (doc->elements[i].kind & FRNP_TAG_BLOCK))
                space = n > 0;
        }
        node = node == root ? NULL : node->next;
    }
    if (!fits || n == 0) {
        free(out);
        return NULL;
    }
    out[n] = '\0';
    return out;
}
