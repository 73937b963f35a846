/* PRIVATE to article/: the article object's layout and the parsing steps
 * that fill it. Other stages read articles through <frnews/article.h>. */
#ifndef FRNP_ARTICLE_PRIVATE_H
#define FRNP_ARTICLE_PRIVATE_H

#include "frnews/article.h"
#include "text/name-index.h"

struct frn_article_options {
    frn_format format;
    char *url;
    size_t max_input;     /* bytes */
    size_t max_html_depth; /* elements nested in one another */
    int repair_utf8;      /* text: replace ill-formed UTF-8 and NUL by U+FFFD */
    char *reference_date; /* ISO 8601: what relative dates count back from */
    int detect_charset;   /* text in another charset is converted, not refused */
};

/* A list of strings without repeats (authors, tags), each added in
 * constant time however long the list grows. */
typedef struct frnp_string_list {
    char **items;
    size_t count, capacity;
    frnp_name_index seen; /* item -> its index */
} frnp_string_list;

/* The options frn_article_parse() uses when given NULL. */
extern const frn_article_options frnp_article_default_options;

struct frn_article {
    frn_format format;
    char *source; /* what offsets point into; NUL-terminated */
    size_t source_len;
    char *title;
    frnp_string_list authors;
    char *published;
    char *modified;
    char *site;
    char *language;
    char *canonical_url;
    char *description;
    char *image;
    char *section;
    frnp_string_list tags;
    char *text; /* paragraphs joined by a blank line */
    size_t text_len;
    frn_span *paragraphs; /* into source */
    size_t paragraph_count;
    size_t repair_count; /* sequences and NULs replaced in source (see frn_article_get_repair_count) */
    size_t *paragraph_html_offsets; /* HTML input: each paragraph's element in the page; else NULL */
    const char *empty_reason; /* static: why the body is empty, when it is */
};

/* Parsing runs these steps in order (article-parse.c): check the input's
 * size, detect its format, let that format's reader take the source text
 * (text: validated, repaired or converted; HTML: decoded and extracted) and
 * fill the fields it can, then finish the fields every format derives the
 * same way. */

/* The format to read utf8 as: the one asked for, or for FRN_FORMAT_AUTO
 * the one the content shows (article-format.c). */
frn_format frnp_article_detect_format(const char *utf8, size_t len, frn_format asked);

/* The plain-text reader (article-text.c): title, authors, date and body
 * paragraphs of an article whose source is set. */
frn_status frnp_article_read_text(frn_ctx *ctx, frn_article *article,
                                  const frn_article_options *options);

/* The HTML reader (article-html.c): decodes bytes (len of them, any
 * charset), sets the source to the extracted body and fills every field it
 * finds. */
frn_status frnp_article_read_html(frn_ctx *ctx, frn_article *article, const char *bytes,
                                  size_t len, const frn_article_options *options);

/* The format-independent finishing step (article-finish.c): the body text
 * joined from the paragraphs, the site from the URL, the language. */
frn_status frnp_article_finish(frn_ctx *ctx, frn_article *article,
                               const frn_article_options *options);

/* Set a string field once: a field already set is kept (the first evidence
 * wins), and empty text leaves it unset (a field is NULL or has text).
 * FRN_ERR_NOMEM, recorded on ctx, when the copy fails. */
frn_status frnp_article_set_field(frn_ctx *ctx, char **field, const char *text, size_t len);

/* Add an author unless the same name is listed already. */
frn_status frnp_article_add_author(frn_ctx *ctx, frn_article *article,
                                   const char *name, size_t len);

/* Add a tag unless it is listed already (compared as written). */
frn_status frnp_article_add_tag(frn_ctx *ctx, frn_article *article, const char *tag, size_t len);

#endif
