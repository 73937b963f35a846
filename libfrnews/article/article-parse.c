/* frn_article_parse(): validate -> detect the format -> that format's
 * reader -> the finishing step every format shares. */
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
    status = frnp_utf8_validate(ctx, utf8, len);
    if (status != FRN_OK)
        return status;
    article = calloc(1, sizeof *article);
    if (!article)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    article->format = frnp_article_detect_format(utf8, len,
                                                 options ? options->format : FRN_FORMAT_AUTO);
    article->source = frnp_strndup(utf8 ? utf8 : "", len);
    article->source_len = len;
    status = article->source ? read_format(ctx, article, options)
                             : frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    if (status == FRN_OK)
        status = frnp_article_finish(ctx, article, options);
    if (status != FRN_OK) {
        frn_article_free(article);
        return status;
    }
    *out = article;
    return FRN_OK;
}
