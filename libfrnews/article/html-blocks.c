/* Reading a page's blocks: one walk over the tree, without recursion,
 * appending text to one buffer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/array.h"
#include "core/context.h"
#include "html-blocks.h"
#include "html-tags.h"
#include "ascii-bytes.h"

/* The kinds a block takes from the elements around it. */
#define CONTEXT_KINDS (FRNP_TAG_HEADING | FRNP_TAG_H1 | FRNP_TAG_LIST_ITEM | FRNP_TAG_QUOTE | \
                       FRNP_TAG_PRE | FRNP_TAG_CELL | FRNP_TAG_CAPTION | FRNP_TAG_LINK |       \
                       FRNP_TAG_PARAGRAPH | FRNP_TAG_TIME | FRNP_TAG_FORM)

typedef struct walker {
    frn_ctx *ctx;
    frnp_html_blocks *out;
    size_t *owner;      /* per element: the nearest block element, itself included */
    unsigned *context;  /* per element: CONTEXT_KINDS of it and its ancestors */
    unsigned char *skip; /* per element: not read, nor anything inside */
    unsigned char *mute; /* per element: its own text not read */
    size_t *ordinal;     /* per element: an item's number in an ordered list (0: none); a list's count */
    size_t block_start;  /* where the open block's text starts */
    size_t block_owner;
    unsigned block_context;
    size_t link_bytes;
    size_t number_end;   /* where an item's number ends in the open block, or 0 */
    int pending_space;
    int failed;
} walker;

/* Per-element facts, parents before children. */
static void derive(walker *w, const frnp_html_document *doc, const unsigned char *drop)
{
    for (size_t i = 0; i < doc->count; i++) {
        const frnp_html_element *e = &doc->elements[i];
        size_t p = e->parent;
        int hidden = (e->kind & FRNP_TAG_SKIP) || (drop && drop[i]);
        w->skip[i] = (unsigned char)(hidden || (p != FRNP_HTML_NONE && w->skip[p]));
        w->mute[i] = (unsigned char)((e->kind & FRNP_TAG_MUTE) ||
                                     (p != FRNP_HTML_NONE && w->mute[p] && !(e->kind & FRNP_TAG_BLOCK)));
        w->owner[i] = (e->kind & FRNP_TAG_BLOCK) || p == FRNP_HTML_NONE ? i : w->owner[p];
        w->context[i] = (e->kind & CONTEXT_KINDS) | (p != FRNP_HTML_NONE ? w->context[p] : 0);
        w->ordinal[i] = 0;
        if ((e->kind & FRNP_TAG_LIST_ITEM) && p != FRNP_HTML_NONE &&
            (doc->elements[p].kind & FRNP_TAG_ORDERED))
            w->ordinal[i] = ++w->ordinal[p];
    }
}

static int reserve_text(walker *w, size_t more)
{
    frnp_html_blocks *out = w->out;

    if (frnp_array_reserve(&out->text, &out->text_capacity, out->len + more + 1, 1))
        return 1;
    w->failed = 1;
    return 0;
}

/* Close the open block: trimmed, kept when it holds any text. */
static void end_block(walker *w)
{
    frnp_html_blocks *out = w->out;

    while (out->len > w->block_start && (out->text[out->len - 1] == ' ' || out->text[out->len - 1] == '\n'))
        out->len--;
    if (w->number_end && out->len <= w->number_end)
        out->len = w->block_start;
    w->number_end = 0;
    if (out->len > w->block_start && !w->failed) {
        if (!frnp_array_reserve(&out->items, &out->capacity, out->count + 1, sizeof *out->items)) {
            w->failed = 1;
            return;
        }
        out->items[out->count++] = (frnp_html_block){w->block_start, out->len, w->block_owner,
                                                      w->link_bytes, w->block_context};
        /* Blocks are separated by a NUL so that each can be read as a string. */
        if (reserve_text(w, 1))
            out->text[out->len++] = '\0';
    }
    w->block_start = out->len;
    w->link_bytes = 0;
    w->pending_space = 0;
}

/* Append a text node's content with its white space collapsed. */
static void append_flowing(walker *w, const unsigned char *s, size_t n, int in_link)
{
    frnp_html_blocks *out = w->out;

    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (frnp_ascii_is_space(c) || (c == 0xC2 && i + 1 < n && s[i + 1] == 0xA0)) {
            i += c == 0xC2;
            w->pending_space = 1;
            continue;
        }
        if (w->pending_space && out->len > w->block_start)
            out->text[out->len++] = ' ';
        w->pending_space = 0;
        out->text[out->len++] = (char)c;
        w->link_bytes += in_link != 0;
    }
}

/* Inside <pre> lines are kept; a blank line ends the block. */
static void append_preformatted(walker *w, const unsigned char *s, size_t n, int in_link)
{
    frnp_html_blocks *out = w->out;

    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (c == '\r')
            continue;
        if (c == '\n') {
            if (out->len == w->block_start)
                continue;
            if (out->text[out->len - 1] == '\n') {
                end_block(w);
                if (w->failed || !reserve_text(w, n - i + 1))
                    return;
                continue;
            }
        }
        out->text[out->len++] = (char)(c == '\t' ? ' ' : c);
        w->link_bytes += in_link != 0;
    }
}

/* An item of an ordered list starts with its number, as a browser shows it. */
static int number_item(walker *w)
{
    size_t number = w->ordinal[w->block_owner];
    char digits[24];
    int n;

    if (number == 0)
        return 1;
    n = snprintf(digits, sizeof digits, "%zu.", number);
    if (n <= 0 || !reserve_text(w, (size_t)n))
        return 0;
    memcpy(w->out->text + w->out->len, digits, (size_t)n);
    w->out->len += (size_t)n;
    /* The number alone is no text: a block of nothing else is dropped. */
    w->number_end = w->out->len;
    w->pending_space = 1;
    return 1;
}

static int all_space(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!frnp_ascii_is_space(s[i]))
            return 0;
    return 1;
}

static void append_text(walker *w, const xmlNode *text)
{
    size_t parent = frnp_html_index_of(text->parent), n;
    const unsigned char *s = text->content;
    unsigned context;

    if (!s || parent == FRNP_HTML_NONE || w->skip[parent] || w->mute[parent])
        return;
    n = strlen((const char *)s);
    if (n == 0)
        return;
    context = w->context[parent];
    if (w->out->len == w->block_start) {
        w->block_owner = w->owner[parent];
        w->block_context = context;
        if (!(context & FRNP_TAG_PRE) && !number_item(w))
            return;
    } else if (!(context & FRNP_TAG_TIME) && !all_space(s, n))
        w->block_context &= ~FRNP_TAG_TIME; /* TIME: all of the block's text is in a <time> */
    /* Room for the text and a space before it. */
    if (!reserve_text(w, n + 1))
        return;
    if (context & FRNP_TAG_PRE)
        append_preformatted(w, s, n, context & FRNP_TAG_LINK);
    else
        append_flowing(w, s, n, context & FRNP_TAG_LINK);
}

/* Entering an element: whether to read its children. */
static int enter(walker *w, const frnp_html_document *doc, const xmlNode *node)
{
    size_t i = frnp_html_index_of(node);
    unsigned kind;

    if (i == FRNP_HTML_NONE || w->skip[i])
        return 0;
    kind = doc->elements[i].kind;
    if (kind & (FRNP_TAG_BLOCK | FRNP_TAG_BREAK))
        end_block(w);
    return node->children != NULL;
}

static void leave(walker *w, const frnp_html_document *doc, const xmlNode *node)
{
    size_t i = frnp_html_index_of(node);

    if (i != FRNP_HTML_NONE && !w->skip[i] && (doc->elements[i].kind & FRNP_TAG_BLOCK))
        end_block(w);
}

static void walk(walker *w, const frnp_html_document *doc)
{
    xmlNode *node = doc->doc->children;

    while (node && !w->failed) {
        int descend = 0;
        if (node->type == XML_ELEMENT_NODE)
            descend = enter(w, doc, node);
        else if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
            append_text(w, node);
        if (descend) {
            node = node->children;
            continue;
        }
        if (node->type == XML_ELEMENT_NODE)
            leave(w, doc, node);
        /* Up to the next sibling, leaving each element on the way. */
        while (node && !node->next) {
            node = node->parent;
            if (!node || node->type != XML_ELEMENT_NODE) {
                node = NULL;
                break;
            }
            leave(w, doc, node);
        }
        if (node)
            node = node->next;
    }
    end_block(w);
}

frn_status frnp_html_blocks_read(frn_ctx *ctx, const frnp_html_document *doc,
                                 const unsigned char *drop, frnp_html_blocks *out)
{
    walker w = {.ctx = ctx, .out = out};
    size_t n = doc->count ? doc->count : 1;

    memset(out, 0, sizeof *out);
    w.owner = malloc(n * sizeof *w.owner);
    w.context = malloc(n * sizeof *w.context);
    w.skip = malloc(n);
    w.mute = malloc(n);
    w.ordinal = malloc(n * sizeof *w.ordinal);
    w.failed = !w.owner || !w.context || !w.skip || !w.mute || !w.ordinal || !reserve_text(&w, 0);
    if (!w.failed) {
        derive(&w, doc, drop);
        walk(&w, doc);
    }
    free(w.owner);
    free(w.context);
    free(w.skip);
    free(w.mute);
    free(w.ordinal);
    if (w.failed) {
        frnp_html_blocks_release(out);
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    }
    out->text[out->len] = '\0';
    return FRN_OK;
}

void frnp_html_blocks_release(frnp_html_blocks *blocks)
{
    free(blocks->text);
    free(blocks->items);
    memset(blocks, 0, sizeof *blocks);
}
