/* An HTML page parsed by libxml2's HTML parser (which recovers from broken
 * markup), with a table of its elements in document order: each element's
 * parent, its last descendant, the byte offset of its start tag, its tag
 * kind and its attribute hints. Passes over the table replace walks over
 * the tree: a subtree is the index range [i, last], so no pass recurses
 * and deep nesting costs no stack. */
#ifndef FRNP_HTML_DOCUMENT_H
#define FRNP_HTML_DOCUMENT_H

#include <stddef.h>
#include <libxml/HTMLparser.h>
#include "frnews/common.h"

#define FRNP_HTML_NONE ((size_t)-1)

typedef struct frnp_html_element {
    xmlNode *node;
    size_t parent;  /* FRNP_HTML_NONE for the root */
    size_t last;    /* index of its last descendant; itself when it has none */
    size_t offset;  /* byte offset of its start tag in the parsed HTML */
    unsigned kind;  /* FRNP_TAG_* */
    unsigned hints; /* FRNP_HINT_* */
} frnp_html_element;

typedef struct frnp_html_document {
    xmlDoc *doc;
    frnp_html_element *elements;
    size_t count, capacity;
    size_t max_depth;  /* elements nested deeper stop the parse */
    size_t too_deep;   /* byte offset of the first such element, or FRNP_HTML_NONE */
    int out_of_memory;
} frnp_html_document;

/* Parse utf8 (valid UTF-8, no NUL byte, at most INT_MAX bytes) into doc,
 * elements nested at most max_depth deep. FRN_ERR_HTML when libxml2 builds
 * no document, FRN_ERR_TOO_LARGE (too long, or nested deeper),
 * FRN_ERR_NOMEM. On failure doc holds nothing to release. */
frn_status frnp_html_document_parse(frn_ctx *ctx, const char *utf8, size_t len, size_t max_depth,
                                    frnp_html_document *doc);

void frnp_html_document_release(frnp_html_document *doc);

/* The table index of an element node, or FRNP_HTML_NONE. */
size_t frnp_html_index_of(const xmlNode *node);

/* The value of an element's attribute, borrowed from the tree, or NULL. */
const char *frnp_html_attribute(const xmlNode *node, const char *name);

/* The text of an element's subtree as a browser lays it out, block
 * boundaries and <br> read as spaces (not inside skipped elements), white
 * space collapsed: a new string to free(), or NULL when the text is empty
 * or longer than max bytes, or out of memory (*nomem then set). */
char *frnp_html_element_text(const frnp_html_document *doc, size_t index, size_t max, int *nomem);

/* The parser options every parse of a page uses (also the benchmark's). */
int frnp_html_parse_options(void);

#endif
