/* The quotation pipeline: the article analysed once (tokens, word classes,
 * sentences; quote-text.c) -> quotations in marks (quote-direct.c) ->
 * reported speech, which widens quoted phrases to their clause
 * (quote-indirect.c) -> speakers resolved (quote-speakers.c) -> the list in
 * order of position, filtered by the options.
 *
 * The article is read through its public interface only. */
#include <stdlib.h>
#include <string.h>
#include "core/context.h"
#include "quote-stages.h"

static frn_status find_quotes(frn_ctx *ctx, const frn_article *article, const frn_quote_options *options,
                              frn_quote_list *list)
{
    frnp_qtext q;
    frnp_marked_spans marks = {NULL, 0, 0};
    frn_status status = frnp_qtext_build(ctx, article, &q);

    if (status != FRN_OK)
        return status;
    status = frnp_quote_direct_find(ctx, &q, options, list, &marks);
    if (status == FRN_OK)
        status = frnp_quote_indirect_find(ctx, &q, &marks, list);
    frnp_quote_list_sort(list);
    if (status == FRN_OK)
        status = frnp_quote_speakers_resolve(ctx, &q, list);
    free(marks.items);
    frnp_qtext_release(&q);
    return status;
}

/* Keep the quotations of the types asked for, within the bound. */
static frn_status apply_options(frn_ctx *ctx, frn_quote_list *list, const frn_quote_options *options)
{
    size_t kept = 0;

    for (size_t i = 0; i < list->count; i++) {
        if (list->items[i].type & options->types)
            list->items[kept++] = list->items[i];
        else
            frnp_quote_clear(&list->items[i]);
    }
    list->count = kept;
    if (kept > options->max_quotes)
        return frnp_fail(ctx, FRN_ERR_TOO_LARGE, FRNP_NO_POSITION,
                         "the article holds %zu quotations, more than the %zu allowed",
                         kept, options->max_quotes);
    return FRN_OK;
}

frn_status frn_quote_list_extract(frn_ctx *ctx, const frn_article *article,
                                  const frn_quote_options *options, frn_quote_list **out)
{
    frn_quote_list *list;
    frn_status status;

    if (out)
        *out = NULL;
    if (!ctx || !article || !out)
        return frnp_fail(ctx, FRN_ERR_INVALID_ARG, FRNP_NO_POSITION,
                         "frn_quote_list_extract: NULL context, article or output");
    frnp_ctx_clear(ctx);
    list = calloc(1, sizeof *list);
    if (!list)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    if (!options)
        options = &frnp_quote_default_options;
    status = find_quotes(ctx, article, options, list);
    if (status == FRN_OK)
        status = apply_options(ctx, list, options);
    if (status != FRN_OK) {
        frn_quote_list_free(list);
        return status;
    }
    *out = list;
    return FRN_OK;
}
