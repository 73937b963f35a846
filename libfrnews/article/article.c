/* The article object: parse entry point, options, ownership and getters. */
#include <stdlib.h>
#include <string.h>
#include "article-private.h"
#include "core/context.h"
#include "text/utf8.h"

const char *frn_format_name(frn_format format)
{
    switch (format) {
    case FRN_FORMAT_AUTO: return "auto";
    case FRN_FORMAT_TEXT: return "text";
    case FRN_FORMAT_HTML: return "html";
    default: return "unknown";
    }
}

frn_status frn_parse_options_new(frn_parse_options **out)
{
    if (!out)
        return FRN_ERR_INVALID_ARG;
    *out = calloc(1, sizeof **out);
    return *out ? FRN_OK : FRN_ERR_NOMEM;
}

void frn_parse_options_free(frn_parse_options *options)
{
    if (!options)
        return;
    free(options->url);
    free(options);
}

frn_status frn_parse_options_set_format(frn_parse_options *options, frn_format format)
{
    if (!options || format < FRN_FORMAT_AUTO || format > FRN_FORMAT_HTML)
        return FRN_ERR_INVALID_ARG;
    options->format = format;
    return FRN_OK;
}

frn_status frn_parse_options_set_url(frn_parse_options *options, const char *url)
{
    char *copy = NULL;

    if (!options)
        return FRN_ERR_INVALID_ARG;
    if (url) {
        if (frnp_utf8_validate(NULL, url, strlen(url)) != FRN_OK)
            return FRN_ERR_INVALID_ARG;
        copy = frnp_strndup(url, strlen(url));
        if (!copy)
            return FRN_ERR_NOMEM;
    }
    free(options->url);
    options->url = copy;
    return FRN_OK;
}

/* Markup starts, after optional white space and a byte-order mark, with a
 * doctype, an <html> or <head>, or a comment. */
static int looks_like_html(const char *text, size_t len)
{
    static const char *const openings[] = {"<!doctype", "<html", "<head", "<!--", "<?xml"};
    size_t pos = 0;

    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        pos = 3;
    while (pos < len && strchr(" \t\r\n", text[pos]))
        pos++;
    for (size_t i = 0; i < sizeof openings / sizeof *openings; i++) {
        size_t n = strlen(openings[i]);
        if (len - pos >= n && strncasecmp(text + pos, openings[i], n) == 0)
            return 1;
    }
    return 0;
}

static frn_format resolve_format(const frn_parse_options *options, const char *utf8, size_t len)
{
    frn_format format = options ? options->format : FRN_FORMAT_AUTO;

    if (format == FRN_FORMAT_AUTO)
        format = looks_like_html(utf8, len) ? FRN_FORMAT_HTML : FRN_FORMAT_TEXT;
    return format;
}

frn_status frn_article_parse(frn_ctx *ctx, const char *utf8, size_t len,
                             const frn_parse_options *options, frn_article **out)
{
    frn_article *article;
    frn_status status;

    if (out)
        *out = NULL;
    if (!ctx || !out || (!utf8 && len > 0))
        return frnp_fail(ctx, FRN_ERR_INVALID_ARG, FRNP_NO_POSITION,
                        "frn_article_parse: NULL context, output or input");
    frnp_ctx_clear(ctx);
    status = frnp_utf8_validate(ctx, utf8, len);
    if (status != FRN_OK)
        return status;
    article = calloc(1, sizeof *article);
    if (!article)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    article->format = resolve_format(options, utf8, len);
    if (article->format == FRN_FORMAT_HTML) {
        frn_article_free(article);
        return frnp_fail(ctx, FRN_ERR_UNSUPPORTED, FRNP_NO_POSITION,
                        "HTML input is not supported yet: give the page's text (--format text)");
    }
    article->source = frnp_strndup(utf8 ? utf8 : "", len);
    article->source_len = len;
    status = article->source ? frnp_article_read_text(ctx, article, options)
                             : frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    if (status != FRN_OK) {
        frn_article_free(article);
        return status;
    }
    *out = article;
    return FRN_OK;
}

frn_status frnp_article_join_paragraphs(frn_ctx *ctx, frn_article *article)
{
    size_t total = 0, at = 0;

    for (size_t i = 0; i < article->paragraph_count; i++)
        total += article->paragraphs[i].end - article->paragraphs[i].start + 2;
    article->text = malloc(total + 1);
    if (!article->text)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    for (size_t i = 0; i < article->paragraph_count; i++) {
        frn_span p = article->paragraphs[i];
        if (i > 0) {
            memcpy(article->text + at, "\n\n", 2);
            at += 2;
        }
        memcpy(article->text + at, article->source + p.start, p.end - p.start);
        at += p.end - p.start;
    }
    article->text[at] = '\0';
    article->text_len = at;
    return FRN_OK;
}

void frn_article_free(frn_article *article)
{
    if (!article)
        return;
    for (size_t i = 0; i < article->author_count; i++)
        free(article->authors[i]);
    free(article->authors);
    free(article->source);
    free(article->title);
    free(article->published);
    free(article->site);
    free(article->language);
    free(article->text);
    free(article->paragraphs);
    free(article);
}

frn_format frn_article_get_format(const frn_article *article)
{
    return article ? article->format : FRN_FORMAT_AUTO;
}

const char *frn_article_get_source(const frn_article *article, size_t *len)
{
    if (len)
        *len = article ? article->source_len : 0;
    return article ? article->source : NULL;
}

const char *frn_article_get_title(const frn_article *article)
{
    return article ? article->title : NULL;
}

size_t frn_article_get_author_count(const frn_article *article)
{
    return article ? article->author_count : 0;
}

const char *frn_article_get_author(const frn_article *article, size_t index)
{
    return article && index < article->author_count ? article->authors[index] : NULL;
}

const char *frn_article_get_published(const frn_article *article)
{
    return article ? article->published : NULL;
}

const char *frn_article_get_site(const frn_article *article)
{
    return article ? article->site : NULL;
}

const char *frn_article_get_language(const frn_article *article)
{
    return article ? article->language : NULL;
}

const char *frn_article_get_text(const frn_article *article, size_t *len)
{
    if (len)
        *len = article ? article->text_len : 0;
    return article ? article->text : NULL;
}

size_t frn_article_get_paragraph_count(const frn_article *article)
{
    return article ? article->paragraph_count : 0;
}

frn_span frn_article_get_paragraph(const frn_article *article, size_t index)
{
    frn_span none = {0, 0};

    return article && index < article->paragraph_count ? article->paragraphs[index] : none;
}
