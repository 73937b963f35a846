/* The quotation list object: ownership and getters. */
#include <stdlib.h>
#include <string.h>
#include "core/array.h"
#include "core/context.h"
#include "quote-private.h"

static const frn_span no_span = {0, 0};

const char *frn_quote_type_name(frn_quote_type type)
{
    switch (type) {
    case FRN_QUOTE_DIRECT: return "direct";
    case FRN_QUOTE_MIXED: return "mixed";
    case FRN_QUOTE_INDIRECT: return "indirect";
    default: return "unknown";
    }
}

frn_status frn_quotes_extract(frn_ctx *ctx, const frn_article *article, frn_quote_list **out)
{
    frn_quote_list *list;
    frn_status status;

    if (out)
        *out = NULL;
    if (!ctx || !article || !out)
        return frnp_fail(ctx, FRN_ERR_INVALID_ARG, FRNP_NO_POSITION,
                        "frn_quotes_extract: NULL context, article or output");
    frnp_ctx_clear(ctx);
    list = calloc(1, sizeof *list);
    if (!list)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    status = frnp_quotes_find(ctx, article, list);
    if (status != FRN_OK) {
        frn_quote_list_free(list);
        return status;
    }
    *out = list;
    return FRN_OK;
}

frn_quote *frnp_quote_list_push(frn_quote_list *list)
{
    if (!frnp_array_reserve(&list->items, &list->capacity, list->count + 1, sizeof *list->items))
        return NULL;
    memset(&list->items[list->count], 0, sizeof list->items[0]);
    return &list->items[list->count++];
}

void frnp_quote_clear(frn_quote *quote)
{
    free(quote->text);
    free(quote->speaker);
    free(quote->mention);
    free(quote->cue);
    memset(quote, 0, sizeof *quote);
}

void frn_quote_list_free(frn_quote_list *list)
{
    if (!list)
        return;
    for (size_t i = 0; i < list->count; i++)
        frnp_quote_clear(&list->items[i]);
    free(list->items);
    free(list);
}

size_t frn_quote_list_get_count(const frn_quote_list *list)
{
    return list ? list->count : 0;
}

const frn_quote *frn_quote_list_get(const frn_quote_list *list, size_t index)
{
    return list && index < list->count ? &list->items[index] : NULL;
}

frn_quote_type frn_quote_get_type(const frn_quote *quote)
{
    return quote ? quote->type : FRN_QUOTE_DIRECT;
}

const char *frn_quote_get_text(const frn_quote *quote, size_t *len)
{
    if (len)
        *len = quote ? quote->text_len : 0;
    return quote ? quote->text : NULL;
}

frn_span frn_quote_get_span(const frn_quote *quote)
{
    return quote ? quote->span : no_span;
}

size_t frn_quote_get_fragment_count(const frn_quote *quote)
{
    return quote ? quote->fragment_count : 0;
}

frn_span frn_quote_get_fragment(const frn_quote *quote, size_t index)
{
    return quote && index < quote->fragment_count ? quote->fragments[index] : no_span;
}

const char *frn_quote_get_speaker(const frn_quote *quote)
{
    return quote ? quote->speaker : NULL;
}

const char *frn_quote_get_mention(const frn_quote *quote)
{
    return quote ? quote->mention : NULL;
}

frn_span frn_quote_get_mention_span(const frn_quote *quote)
{
    return quote && quote->mention ? quote->mention_span : no_span;
}

const char *frn_quote_get_cue(const frn_quote *quote)
{
    return quote ? quote->cue : NULL;
}

frn_span frn_quote_get_cue_span(const frn_quote *quote)
{
    return quote && quote->cue ? quote->cue_span : no_span;
}

double frn_quote_get_confidence(const frn_quote *quote)
{
    return quote ? quote->confidence : 0.0;
}
