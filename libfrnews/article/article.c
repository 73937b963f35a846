/* The article object: its options, ownership, the fields readers set, and
 * the getters. */
#include <stdlib.h>
#include <string.h>
#include "article-private.h"
#include "core/array.h"
#include "core/context.h"
#include "date-text.h"
#include "text/utf8.h"

const frn_article_options frnp_article_default_options = {
    .format = FRN_FORMAT_AUTO,
    .max_input = FRN_ARTICLE_DEFAULT_MAX_INPUT,
    .max_html_depth = FRN_ARTICLE_DEFAULT_MAX_HTML_DEPTH};

frn_status frn_article_options_new(frn_article_options **out)
{
    if (!out)
        return FRN_ERR_INVALID_ARG;
    *out = malloc(sizeof **out);
    if (!*out)
        return FRN_ERR_NOMEM;
    **out = frnp_article_default_options;
    return FRN_OK;
}

void frn_article_options_free(frn_article_options *options)
{
    if (!options)
        return;
    free(options->url);
    free(options->reference_date);
    free(options);
}

frn_status frn_article_options_set_format(frn_article_options *options, frn_format format)
{
    if (!options || format < FRN_FORMAT_AUTO || format > FRN_FORMAT_HTML)
        return FRN_ERR_INVALID_ARG;
    options->format = format;
    return FRN_OK;
}

frn_status frn_article_options_set_url(frn_article_options *options, const char *url)
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

frn_status frn_article_options_set_max_input(frn_article_options *options, size_t max_bytes)
{
    if (!options || max_bytes == 0)
        return FRN_ERR_INVALID_ARG;
    options->max_input = max_bytes;
    return FRN_OK;
}

frn_status frn_article_options_set_max_html_depth(frn_article_options *options, size_t max_depth)
{
    if (!options || max_depth == 0)
        return FRN_ERR_INVALID_ARG;
    options->max_html_depth = max_depth;
    return FRN_OK;
}

frn_status frn_article_options_set_repair_utf8(frn_article_options *options, int repair)
{
    if (!options)
        return FRN_ERR_INVALID_ARG;
    options->repair_utf8 = repair != 0;
    return FRN_OK;
}

frn_status frn_article_options_set_reference_date(frn_article_options *options, const char *date)
{
    char *copy = NULL;
    char parsed[FRNP_DATE_BYTES];

    if (!options)
        return FRN_ERR_INVALID_ARG;
    if (date) {
        /* Only an ISO 8601 date or date-time is taken; the date reader
         * expects UTF-8. */
        if (strlen(date) < 10 || frnp_utf8_validate(NULL, date, strlen(date)) != FRN_OK ||
            !frnp_date_normalize(NULL, date, strlen(date), parsed) ||
            memcmp(parsed, date, 10) != 0)
            return FRN_ERR_INVALID_ARG;
        copy = frnp_strndup(date, strlen(date));
        if (!copy)
            return FRN_ERR_NOMEM;
    }
    free(options->reference_date);
    options->reference_date = copy;
    return FRN_OK;
}

frn_status frn_article_options_set_detect_charset(frn_article_options *options, int detect)
{
    if (!options)
        return FRN_ERR_INVALID_ARG;
    options->detect_charset = detect != 0;
    return FRN_OK;
}

frn_status frnp_article_set_field(frn_ctx *ctx, char **field, const char *text, size_t len)
{
    if (*field || len == 0) /* a field is unset or has text */
        return FRN_OK;
    *field = frnp_strndup(text, len);
    return *field ? FRN_OK : frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
}

/* Append a copy of text to a list of strings unless it is in it already. */
static frn_status add_unique(frn_ctx *ctx, frnp_string_list *list, const char *text, size_t len)
{
    frnp_name_slot *slot;
    char *copy;

    if (frnp_name_index_get(&list->seen, text, len) != FRNP_NAME_NONE)
        return FRN_OK;
    copy = frnp_strndup(text, len);
    if (!copy || !frnp_array_reserve(&list->items, &list->capacity, list->count + 1, sizeof *list->items)) {
        free(copy);
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    }
    slot = frnp_name_index_slot(&list->seen, copy, len); /* the key is the copy, which the list keeps */
    if (!slot) {
        free(copy);
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    }
    slot->value = list->count;
    list->items[list->count++] = copy;
    return FRN_OK;
}

static void free_string_list(frnp_string_list *list)
{
    for (size_t i = 0; i < list->count; i++)
        free(list->items[i]);
    free(list->items);
    frnp_name_index_release(&list->seen);
}

frn_status frnp_article_add_author(frn_ctx *ctx, frn_article *article, const char *name, size_t len)
{
    return add_unique(ctx, &article->authors, name, len);
}

frn_status frnp_article_add_tag(frn_ctx *ctx, frn_article *article, const char *tag, size_t len)
{
    return add_unique(ctx, &article->tags, tag, len);
}

void frn_article_free(frn_article *article)
{
    if (!article)
        return;
    free_string_list(&article->authors);
    free_string_list(&article->tags);
    free(article->modified);
    free(article->canonical_url);
    free(article->description);
    free(article->image);
    free(article->section);
    free(article->source);
    free(article->title);
    free(article->published);
    free(article->site);
    free(article->language);
    free(article->text);
    free(article->paragraphs);
    free(article->paragraph_html_offsets);
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

size_t frn_article_get_repair_count(const frn_article *article)
{
    return article ? article->repair_count : 0;
}

const char *frn_article_get_title(const frn_article *article)
{
    return article ? article->title : NULL;
}

size_t frn_article_get_author_count(const frn_article *article)
{
    return article ? article->authors.count : 0;
}

const char *frn_article_get_author(const frn_article *article, size_t index)
{
    return article && index < article->authors.count ? article->authors.items[index] : NULL;
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

const char *frn_article_get_empty_reason(const frn_article *article)
{
    return article && article->paragraph_count == 0 ? article->empty_reason : NULL;
}

size_t frn_article_get_paragraph_html_offset(const frn_article *article, size_t index)
{
    if (!article || !article->paragraph_html_offsets || index >= article->paragraph_count)
        return FRN_NONE;
    return article->paragraph_html_offsets[index];
}

const char *frn_article_get_modified(const frn_article *article)
{
    return article ? article->modified : NULL;
}

const char *frn_article_get_canonical_url(const frn_article *article)
{
    return article ? article->canonical_url : NULL;
}

const char *frn_article_get_description(const frn_article *article)
{
    return article ? article->description : NULL;
}

const char *frn_article_get_image(const frn_article *article)
{
    return article ? article->image : NULL;
}

const char *frn_article_get_section(const frn_article *article)
{
    return article ? article->section : NULL;
}

size_t frn_article_get_tag_count(const frn_article *article)
{
    return article ? article->tags.count : 0;
}

const char *frn_article_get_tag(const frn_article *article, size_t index)
{
    return article && index < article->tags.count ? article->tags.items[index] : NULL;
}
