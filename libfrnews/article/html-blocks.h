/* The visible text of a page as blocks: each run of inline content between
 * block-level boundaries (p, li, td, div, br, ...) in reading order, its
 * white space collapsed as a browser would (kept inside <pre>), with the
 * block element it belongs to and how much of it is link text. */
#ifndef FRNP_HTML_BLOCKS_H
#define FRNP_HTML_BLOCKS_H

#include <stddef.h>
#include "html-document.h"

typedef struct frnp_html_block {
    size_t start, end;  /* in the text buffer */
    size_t owner;       /* index of the block element it belongs to */
    size_t link_bytes;  /* bytes of it inside links */
    unsigned context;   /* FRNP_TAG_* kinds of its element and the elements around it
                         * (FRNP_TAG_TIME only when all its text is in a <time>) */
} frnp_html_block;

typedef struct frnp_html_blocks {
    char *text;         /* every block's text, NUL-terminated */
    size_t len, text_capacity;
    frnp_html_block *items;
    size_t count, capacity;
} frnp_html_blocks;

/* Read the blocks of doc, leaving out the skipped elements (scripts, hidden
 * elements, ...) and, when drop is not NULL, every element i (with its
 * subtree) for which drop[i] is set. FRN_ERR_NOMEM. */
frn_status frnp_html_blocks_read(frn_ctx *ctx, const frnp_html_document *doc,
                                 const unsigned char *drop, frnp_html_blocks *out);

void frnp_html_blocks_release(frnp_html_blocks *blocks);

#endif
