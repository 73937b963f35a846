/* frn_article_parse(): check the size -> validate (or repair) the UTF-8 ->
 * detect the format -> that format's reader -> the finishing step every
 * format shares. */
#include <stdlib.h>
#include "article-private.h"
#include "core/context.h"
#include "text/utf8.h"

static frn_status read_format(frn_ctx *ctx, frn_article *article,
                              const frn_article_options *options)
{
    switch (article->format) {
    case FRN_FORMAT_TEXT:
        return frnp_article_read_text(ctx, article, options);
    default:
        return frnp_fail(ctx, FRN_ERR_UNSUPPORTED, FRNP_NO_POSITION,
                         "HTML input is not supported yet: give the page's text (--format text)");
    }
}

/* The source text: the input itself once validated, or its repaired copy. */
static frn_status take_source(frn_ctx *ctx, frn_article *article, const char *utf8, size_t len,
                              const frn_article_options *options)
{
    frn_status status;

    if (options->repair_utf8)
        return frnp_utf8_repair(ctx, utf8 ? utf8 : "", len, &article->source,
                                &article->source_len, &article->repair_count);
    status = frnp_utf8_validate(ctx, utf8, len);
    if (status != FRN_OK)
        return status;
    article->source = frnp_strndup(utf8 ? utf8 : "", len);
    article->source_len = len;
    return article->source ? FRN_OK
                           : frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
}

frn_status frn_article_parse(frn_ctx *ctx, const char *utf8, size_t len,
                             const frn_article_options *options, frn_article **out)
{
    frn_article *article;
    frn_status status;

    if (out)
        *out = NULL;
    if (!ctx || !out || (!utf8 && len > 0))
        return frnp_fail(ctx, FRN_ERR_INVALID_ARG, FRNP_NO_POSITION,
                         "frn_article_parse: NULL context, output or input");
    frnp_ctx_clear(ctx);
    if (!options)
        options = &frnp_article_default_options;
    if (len > options->max_input)
        return frnp_fail(ctx, FRN_ERR_TOO_LARGE, options->max_input,
                         "the input is %zu bytes, more than the %zu allowed "
                         "(frn_article_options_set_max_input)", len, options->max_input);
    article = calloc(1, sizeof *article);
    if (!article)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    status = take_source(ctx, article, utf8, len, options);
    if (status == FRN_OK) {
        article->format = frnp_article_detect_format(article->source, article->source_len,
                                                     options->format);
        status = read_format(ctx, article, options);
    }
    if (status == FRN_OK)
        status = frnp_article_finish(ctx, article, options);
    if (status != FRN_OK) {
        frn_article_free(article);
        return status;
    }
    *out = article;
    return FRN_OK;
}
