/* The quotation list object: ownership and getters. The extraction
 * pipeline (quote-extraction.c) fills it; nothing here calls back. */
#include <stdlib.h>
#include <string.h>
#include "core/array.h"
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

frn_quote *frnp_quote_list_push(frn_quote_list *list)
{
    if (!frnp_array_reserve(&list->items, &list->capacity, list->count + 1, sizeof *list->items))
        return NULL;
    memset(&list->items[list->count], 0, sizeof list->items[0]);
    list->items[list->count].mention_first = FRNP_NO_TOKEN;
    list->items[list->count].mention_last = FRNP_NO_TOKEN;
    return &list->items[list->count++];
}

int frnp_quote_set_text(frn_quote *quote, const char *src)
{
    size_t len = 0;
    char *text;

    for (size_t f = 0; f < quote->fragment_count; f++)
        len += quote->fragments[f].end - quote->fragments[f].start + (f > 0);
    text = malloc(len + 1);
    if (!text)
        return 0;
    len = 0;
    for (size_t f = 0; f < quote->fragment_count; f++) {
        frn_span piece = quote->fragments[f];
        if (f > 0)
            text[len++] = ' ';
        memcpy(text + len, src + piece.start, piece.end - piece.start);
        len += piece.end - piece.start;
    }
    text[len] = '\0';
    free(quote->text);
    quote->text = text;
    quote->text_len = len;
    quote->span.start = quote->fragments[0].start;
    quote->span.end = quote->fragments[quote->fragment_count - 1].end;
    return 1;
}

static int by_position(const void *a, const void *b)
{
    const frn_quote *x = a, *y = b;

    if (x->span.start != y->span.start)
        return (x->span.start > y->span.start) - (x->span.start < y->span.start);
    return (x->span.end > y->span.end) - (x->span.end < y->span.end);
}

void frnp_quote_list_sort(frn_quote_list *list)
{
    size_t kept = 0;

    for (size_t i = 0; i < list->count; i++) {
        if (list->items[i].type != FRN_QUOTE_NONE)
            list->items[kept++] = list->items[i];
        else
            frnp_quote_clear(&list->items[i]);
    }
    list->count = kept;
    if (kept > 1)
        qsort(list->items, kept, sizeof *list->items, by_position);
}

void frnp_quote_clear(frn_quote *quote)
{
    free(quote->text);
    free(quote->speaker);
    free(quote->role);
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

const frn_quote *frn_quote_list_get_quote(const frn_quote_list *list, size_t index)
{
    return list && index < list->count ? &list->items[index] : NULL;
}

frn_quote_type frn_quote_get_type(const frn_quote *quote)
{
    return quote ? quote->type : FRN_QUOTE_NONE;
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

size_t frn_quote_get_quoted_count(const frn_quote *quote)
{
    return quote ? quote->quoted_count : 0;
}

frn_span frn_quote_get_quoted(const frn_quote *quote, size_t index)
{
    return quote && index < quote->quoted_count ? quote->quoted[index] : no_span;
}

const char *frn_quote_get_speaker_role(const frn_quote *quote)
{
    return quote ? quote->role : NULL;
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
