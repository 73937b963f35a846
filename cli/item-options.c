/* Article options per item, and parsing an item with them and the command
 * line's quotation options. */
#include <stddef.h>
#include <stdio.h>
#include "item-options.h"

static frn_status set_url(frn_article_options *options, const char *url,
                          const char **refused, const char **value)
{
    frn_status status = frn_article_options_set_url(options, url);

    if (status == FRN_ERR_INVALID_ARG) {
        *refused = "the URL is not valid UTF-8:";
        *value = url;
    }
    return status;
}

static frn_status set_date(frn_article_options *options, const char *date,
                           const char **refused, const char **value)
{
    frn_status status = frn_article_options_set_reference_date(options, date);

    if (status == FRN_ERR_INVALID_ARG) {
        *refused = "the reference date is not an ISO 8601 date:";
        *value = date;
    }
    return status;
}

frn_format item_options_file_format(const invocation *how)
{
    return how->format == INPUT_TEXT ? FRN_FORMAT_TEXT
         : how->format == INPUT_HTML ? FRN_FORMAT_HTML : FRN_FORMAT_AUTO;
}

frn_status item_options_make(const invocation *how, const input_item *item,
                             frn_article_options **options, const char **refused,
                             const char **value)
{
    const char *url = item && item->url ? item->url : how->url;
    const char *date = item && item->date ? item->date : how->reference_date;
    frn_status status = frn_article_options_new(options);

    *refused = NULL;
    if (status == FRN_OK)
        status = frn_article_options_set_format(
            *options, item ? item->format : item_options_file_format(how));
    if (status == FRN_OK)
        status = set_url(*options, url, refused, value);
    if (status == FRN_OK)
        status = frn_article_options_set_max_input(*options, how->max_input);
    if (status == FRN_OK)
        status = frn_article_options_set_max_html_depth(*options, how->max_html_depth);
    if (status == FRN_OK)
        status = frn_article_options_set_repair_utf8(*options, how->repair_utf8);
    if (status == FRN_OK)
        status = frn_article_options_set_detect_charset(*options, how->detect_charset);
    if (status == FRN_OK)
        status = set_date(*options, date, refused, value);
    if (status != FRN_OK) {
        frn_article_options_free(*options);
        *options = NULL;
    }
    return status;
}

/* The quotation options of the command line, or NULL for the defaults. */
static frn_status quote_options_make(const invocation *how, frn_quote_options **options)
{
    frn_status status;

    *options = NULL;
    if (!how->join_split_quotes && !how->skip_titles)
        return FRN_OK;
    status = frn_quote_options_new(options);
    if (status == FRN_OK)
        status = frn_quote_options_set_join_sentences(*options, how->join_split_quotes);
    if (status == FRN_OK)
        status = frn_quote_options_set_skip_titles(*options, how->skip_titles);
    return status;
}

frn_status item_parse(frn_ctx *ctx, const invocation *how, const input_item *item,
                      frn_article **article, frn_quote_list **quotes, char *refusal, size_t cap)
{
    frn_article_options *options = NULL;
    frn_quote_options *quote_options = NULL;
    const char *refused, *value;
    frn_status status = item_options_make(how, item, &options, &refused, &value);

    refusal[0] = '\0';
    if (refused)
        snprintf(refusal, cap, "%s %s", refused, value);
    if (status == FRN_OK)
        status = quote_options_make(how, &quote_options);
    if (status == FRN_OK)
        status = frn_article_parse(ctx, item->data, item->len, options, article);
    if (status == FRN_OK)
        status = frn_quote_list_extract(ctx, *article, quote_options, quotes);
    frn_quote_options_free(quote_options);
    frn_article_options_free(options);
    return status;
}
