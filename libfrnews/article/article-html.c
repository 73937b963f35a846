/* The HTML reader: the page decoded to UTF-8 (charset.c), parsed by
 * libxml2 (html-document.c), its metadata read (html-meta.c), its blocks
 * read (html-blocks.c) and the article's chosen (html-content.c). The
 * article's source text is the body: the chosen blocks joined by a blank
 * line; each paragraph also keeps the byte offset of its element's start
 * tag in the page. */
#include <stdlib.h>
#include <string.h>
#include "article-private.h"
#include "charset.h"
#include "core/context.h"
#include "html-blocks.h"
#include "html-content.h"
#include "html-document.h"
#include "html-meta.h"
#include "date-text.h"
#include "text/utf8.h"

/* A body shorter than this after leaving out what markup calls furniture
 * is read again with less left out (html-content.h). */
#define SHORT_BODY_BYTES 500

typedef struct html_reader {
    frn_ctx *ctx;
    frn_article *article;
    frnp_html_document doc;
    frnp_html_blocks blocks;
    size_t *chosen;
    size_t chosen_count;
    int listing; /* the body is a list of items */
    frnp_html_evidence evidence;
} html_reader;

static size_t chosen_bytes(const html_reader *r)
{
    size_t total = 0;

    for (size_t i = 0; i < r->chosen_count; i++)
        total += r->blocks.items[r->chosen[i]].end - r->blocks.items[r->chosen[i]].start;
    return total;
}

/* The page's blocks with the furniture of the level left out. */
static frn_status read_blocks(html_reader *r, frnp_furniture_level level, const unsigned char *major)
{
    unsigned char *drop = calloc(r->doc.count ? r->doc.count : 1, 1);
    frn_status status;

    if (!drop)
        return frnp_fail(r->ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    frnp_html_content_furniture(&r->doc, level, frnp_html_meta_is_discussion(&r->evidence), major, drop);
    frnp_html_blocks_release(&r->blocks);
    free(r->chosen);
    r->chosen = NULL;
    r->chosen_count = 0;
    status = frnp_html_blocks_read(r->ctx, &r->doc, drop, &r->blocks);
    free(drop);
    return status;
}

/* The blocks of the level and, among them, the body's. A forum thread is
 * not read as an article for its end: its posts carry labels that read as
 * end-matter headings (the opening poster's "Author" badge), and the
 * thread goes on past them. */
static frn_status select_blocks(html_reader *r, frnp_furniture_level level, const unsigned char *major)
{
    int discussion = frnp_html_meta_is_discussion(&r->evidence);
    frn_status status = read_blocks(r, level, major);

    if (status != FRN_OK)
        return status;
    r->chosen = malloc((r->blocks.count ? r->blocks.count : 1) * sizeof *r->chosen);
    if (!r->chosen)
        return frnp_fail(r->ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    return frnp_html_content_select(r->ctx, &r->doc, &r->blocks, r->article->title,
                                    frnp_html_meta_is_article(&r->evidence) && !discussion,
                                    !frnp_html_meta_declares_article(&r->evidence), r->chosen,
                                    &r->chosen_count, &r->listing);
}

/* The elements holding most of the page's prose when only what tags and
 * hiding mark is left out (*major stays NULL when no class names a layout
 * region, the only furniture they can keep). */
static frn_status find_prose_holders(html_reader *r, unsigned char **major)
{
    frn_status status;

    *major = NULL;
    if (!frnp_html_content_has_regions(&r->doc))
        return FRN_OK;
    *major = calloc(r->doc.count ? r->doc.count : 1, 1);
    if (!*major)
        return frnp_fail(r->ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    status = read_blocks(r, FRNP_FURNITURE_MARKUP, NULL);
    if (status == FRN_OK && !frnp_html_content_prose_holders(&r->doc, &r->blocks, *major))
        status = frnp_fail(r->ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    return status;
}

/* The fullest reading, from the strictest level down while the body is
 * short; a less strict reading must give twice as much to be taken (a
 * short article keeps its comments out). */
static frn_status choose_body(html_reader *r)
{
    frnp_furniture_level level = FRNP_FURNITURE_ALL, best_level = level;
    unsigned char *major;
    frn_status status = find_prose_holders(r, &major);
    size_t best;

    if (status == FRN_OK)
        status = select_blocks(r, level, major);
    best = status == FRN_OK ? chosen_bytes(r) : 0;
    while (status == FRN_OK && best < SHORT_BODY_BYTES && level > FRNP_FURNITURE_NONE) {
        size_t bytes;
        status = select_blocks(r, --level, major);
        bytes = status == FRN_OK ? chosen_bytes(r) : 0;
        if (bytes > 2 * best) {
            best = bytes;
            best_level = level;
        }
    }
    if (status == FRN_OK && best_level != level)
        status = select_blocks(r, best_level, major);
    free(major);
    return status;
}

/* The source text: the chosen blocks joined by a blank line. */
static frn_status build_source(html_reader *r)
{
    frn_article *a = r->article;
    size_t total = 0, at = 0, n = r->chosen_count;

    for (size_t i = 0; i < n; i++)
        total += r->blocks.items[r->chosen[i]].end - r->blocks.items[r->chosen[i]].start + 2;
    a->source = malloc(total + 1);
    a->paragraphs = malloc((n ? n : 1) * sizeof *a->paragraphs);
    a->paragraph_html_offsets = malloc((n ? n : 1) * sizeof *a->paragraph_html_offsets);
    if (!a->source || !a->paragraphs || !a->paragraph_html_offsets)
        return frnp_fail(r->ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    for (size_t i = 0; i < n; i++) {
        const frnp_html_block *b = &r->blocks.items[r->chosen[i]];
        size_t len = b->end - b->start;
        if (i > 0) {
            memcpy(a->source + at, "\n\n", 2);
            at += 2;
        }
        memcpy(a->source + at, r->blocks.text + b->start, len);
        a->paragraphs[i] = (frn_span){at, at + len};
        a->paragraph_html_offsets[i] = r->doc.elements[b->owner].offset;
        at += len;
    }
    a->source[at] = '\0';
    a->source_len = at;
    a->paragraph_count = n;
    return FRN_OK;
}

/* JSON-LD's articleBody stands for the body when the page's markup gave
 * much less (a page its scripts fill in). */
static int use_declared_body(const html_reader *r)
{
    const char *body = r->evidence.slots[FRNP_META_LD_BODY];
    size_t len = body ? strlen(body) : 0;

    return len >= SHORT_BODY_BYTES && chosen_bytes(r) * 2 < len;
}

/* The source text from articleBody: its lines as paragraphs. */
static frn_status build_source_from_declared(html_reader *r)
{
    frn_article *a = r->article;
    const char *body = r->evidence.slots[FRNP_META_LD_BODY];
    size_t len = strlen(body), lines = 1, n = 0;

    for (size_t i = 0; i < len; i++)
        lines += body[i] == '\n';
    a->source = frnp_strndup(body, len);
    a->paragraphs = malloc(lines * sizeof *a->paragraphs);
    a->paragraph_html_offsets = malloc(lines * sizeof *a->paragraph_html_offsets);
    if (!a->source || !a->paragraphs || !a->paragraph_html_offsets)
        return frnp_fail(r->ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    a->source_len = len;
    for (size_t start = 0; start < len;) {
        const char *newline = memchr(body + start, '\n', len - start);
        size_t end = newline ? (size_t)(newline - body) : len;
        frn_span p = frnp_utf8_trim(body, (frn_span){start, end});
        if (p.end > p.start) {
            a->paragraphs[n] = p;
            a->paragraph_html_offsets[n++] = r->evidence.ld_body_offset;
        }
        start = end + 1;
    }
    a->paragraph_count = n;
    return FRN_OK;
}

static frn_status read_page(html_reader *r, const char *html, size_t len,
                            const frn_article_options *options)
{
    frn_status status = frnp_html_document_parse(r->ctx, html, len, options->max_html_depth, &r->doc);

    if (status == FRN_OK)
        status = frnp_html_meta_read(r->ctx, &r->doc, r->article, &r->evidence);
    if (status == FRN_OK)
        status = choose_body(r);
    if (status == FRN_OK)
        status = frnp_html_meta_read_positional(r->ctx, &r->doc, &r->evidence, r->article,
                                           r->chosen_count ? r->blocks.items[r->chosen[0]].owner
                                                           : FRNP_HTML_NONE,
                                           r->listing, options ? options->reference_date : NULL);
    if (status == FRN_OK)
        status = use_declared_body(r) ? build_source_from_declared(r) : build_source(r);
    if (status == FRN_OK && r->chosen_count == 0 && !r->article->title)
        status = frnp_fail(r->ctx, FRN_ERR_EMPTY, FRNP_NO_POSITION,
                           "no headline and no article text in the HTML page");
    if (status == FRN_OK && r->article->paragraph_count == 0)
        r->article->empty_reason = r->blocks.count == 0
            ? "the page shows no text (it may be filled in by scripts)"
            : "no part of the page reads as article text: it is navigation, links, forms or boilerplate";
    return status;
}

frn_status frnp_article_read_html(frn_ctx *ctx, frn_article *article, const char *bytes,
                                  size_t len, const frn_article_options *options)
{
    html_reader reader = {.ctx = ctx, .article = article};
    frnp_decoded page;
    frn_status status;

    /* Titles, bylines and datelines are told apart by their words: the
     * word breaker must open. */
    if (!frnp_ctx_word_breaker(ctx))
        return FRN_ERR_ICU;
    status = frnp_charset_decode_html(ctx, bytes, len, &page);
    if (status != FRN_OK)
        return status;
    article->repair_count = page.replaced;
    status = read_page(&reader, page.text, page.len, options);
    frnp_html_blocks_release(&reader.blocks);
    frnp_html_document_release(&reader.doc);
    frnp_html_evidence_release(&reader.evidence);
    free(reader.chosen);
    free(page.owned);
    return status;
}
