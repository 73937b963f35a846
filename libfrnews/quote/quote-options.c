/* Options of quotation extraction. */
#include <stdlib.h>
#include "quote-private.h"

const frn_quote_options frnp_quote_default_options = {FRN_QUOTE_ALL, FRN_QUOTE_DEFAULT_MAX_QUOTES, 0, 0};

frn_status frn_quote_options_new(frn_quote_options **out)
{
    if (!out)
        return FRN_ERR_INVALID_ARG;
    *out = malloc(sizeof **out);
    if (!*out)
        return FRN_ERR_NOMEM;
    **out = frnp_quote_default_options;
    return FRN_OK;
}

void frn_quote_options_free(frn_quote_options *options)
{
    free(options);
}

frn_status frn_quote_options_set_types(frn_quote_options *options, unsigned types)
{
    if (!options || types == 0 || (types & ~(unsigned)FRN_QUOTE_ALL))
        return FRN_ERR_INVALID_ARG;
    options->types = types;
    return FRN_OK;
}

frn_status frn_quote_options_set_max_quotes(frn_quote_options *options, size_t max_quotes)
{
    if (!options || max_quotes == 0)
        return FRN_ERR_INVALID_ARG;
    options->max_quotes = max_quotes;
    return FRN_OK;
}

frn_status frn_quote_options_set_skip_titles(frn_quote_options *options, int skip)
{
    if (!options)
        return FRN_ERR_INVALID_ARG;
    options->skip_titles = skip != 0;
    return FRN_OK;
}

frn_status frn_quote_options_set_join_sentences(frn_quote_options *options, int join)
{
    if (!options)
        return FRN_ERR_INVALID_ARG;
    options->join_sentences = join != 0;
    return FRN_OK;
}
