/* The article object's layout, shared by the modules that build and read it. */
#ifndef FRNP_ARTICLE_PRIVATE_H
#define FRNP_ARTICLE_PRIVATE_H

#include "frnews/article.h"

struct frn_parse_options {
    frn_format format;
    char *url;
};

struct frn_article {
    frn_format format;
    char *source; /* what offsets point into; NUL-terminated */
    size_t source_len;
    char *title;
    char **authors;
    size_t author_count;
    char *published;
    char *site;
    char *language;
    char *text; /* paragraphs joined by a blank line */
    size_t text_len;
    frn_span *paragraphs; /* into source */
    size_t paragraph_count;
};

/* Fill the text-derived fields of an article whose source is set: the
 * plain-text reader (article-text.c). */
frn_status frnp_article_read_text(frn_ctx *ctx, frn_article *article,
                                 const frn_parse_options *options);

/* Join the paragraphs of article->source into article->text. */
frn_status frnp_article_join_paragraphs(frn_ctx *ctx, frn_article *article);

#endif
