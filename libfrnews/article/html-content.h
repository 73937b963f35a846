/* Main-content extraction: which blocks of a page are the article.
 *
 * The signals, in the order they act:
 * 1. markup: elements that page furniture is made of (nav, aside, footer,
 *    header, figcaption), hidden elements and elements whose class, id or
 *    role names furniture (comments, share, related, newsletter, cookie,
 *    ad, ...) are left out, unless they hold the article's body
 *    (itemprop=articleBody, an "article-body" class, <main>), or, for a
 *    class naming a layout region (header, footer, sidebar), unless they
 *    hold three quarters of the page's prose (sites give such names to the
 *    article's wrappers). A collapsed accordion or tab panel is not hidden
 *    (html-tags.c). When that
 *    leaves too little, the page is read again trusting tags and hiding
 *    but not class names (a layout "with sidebar" may wrap the article),
 *    then with only the comment sections left out (hidden elements may
 *    hold content that scripts reveal: tabs), then with nothing left out
 *    (a discussion page, whose posts are marked as comments). A page that
 *    declares itself a forum thread keeps such posts at every level;
 * 2. density: each block is "prose" when it is long enough, ends or holds
 *    sentences and is not mostly link text (a table's data cells count
 *    neither way); the container is the element whose prose outweighs the
 *    other text it holds by the most, so that a body split by an
 *    advertisement is kept whole and the first and last paragraphs are not
 *    lost; one holding little of the page's prose widens to the ancestor
 *    that holds nearly all of it (an article around long lists);
 * 3. within the container, blocks that are mostly links, lexicon
 *    boilerplate ("Share this", "Advertisement"), bylines, datelines,
 *    captions and the headline are left out; after the last prose block
 *    only what shares its element stays. */
#ifndef FRNP_HTML_CONTENT_H
#define FRNP_HTML_CONTENT_H

#include <stddef.h>
#include "html-blocks.h"
#include "html-document.h"

/* How much markup evidence leaves out. */
typedef enum frnp_furniture_level {
    FRNP_FURNITURE_NONE,     /* nothing: a discussion page, whose posts are comments */
    FRNP_FURNITURE_COMMENTS, /* the comment sections alone */
    FRNP_FURNITURE_MARKUP,   /* and what tags and hiding mark, not class names */
    FRNP_FURNITURE_ALL       /* step 1 */
} frnp_furniture_level;

/* Mark in drop (one byte per element) the elements that markup names page
 * furniture at the given level; on a discussion page (a forum thread) the
 * posts marked as comments are not furniture at any level. major, when not
 * NULL, marks the elements holding most of the page's prose (see
 * frnp_html_content_prose_holders): a layout region's class name alone
 * ("sidebar-container", "page-footer") does not make those furniture. */
void frnp_html_content_furniture(const frnp_html_document *doc, frnp_furniture_level level,
                                 int discussion, const unsigned char *major, unsigned char *drop);

/* Whether any element is furniture by a layout region's class name alone
 * (what frnp_html_content_prose_holders can change). */
int frnp_html_content_has_regions(const frnp_html_document *doc);

/* Mark in major (one byte per element) the elements whose subtree holds
 * most of the prose of blocks (a reading of the page). 0 when out of
 * memory. */
int frnp_html_content_prose_holders(const frnp_html_document *doc, const frnp_html_blocks *blocks,
                                    unsigned char *major);

/* The blocks of the article, their indices in reading order written to
 * chosen (room for blocks->count), their number to *count. headline, when
 * not NULL, is left out where a block repeats it. On a page that presents
 * itself as an article (article_page), a heading opening the end matter in
 * the second half of the body ("Related articles", "Sources") ends it; on
 * a page that does not declare itself one (listing_allowed), a list of
 * items may be the content, and *listing says whether it is.
 * FRN_ERR_NOMEM. */
frn_status frnp_html_content_select(frn_ctx *ctx, const frnp_html_document *doc,
                                    const frnp_html_blocks *blocks, const char *headline,
                                    int article_page, int listing_allowed, size_t *chosen,
                                    size_t *count, int *listing);

#endif
