/* The metadata of an HTML page: title, authors, dates, site, canonical URL,
 * language, description, lead image, section and tags. See html-meta.c for
 * the order of evidence. */
#ifndef FRNP_HTML_META_H
#define FRNP_HTML_META_H

#include "article-private.h"
#include "html-document.h"

frn_status frnp_html_meta_read(frn_ctx *ctx, const frnp_html_document *doc, frn_article *article,
                               const frn_article_options *options);

#endif
