/* frn_article_parse(): detect the format -> that format's reader (text is
 * validated as UTF-8 first; HTML is decoded from its charset) -> the
 * finishing step every format shares. */
#include <stdlib.h>
#include "article-private.h"
#include "core/context.h"
#include "text/utf8.h"

/* Text input is its own source text, so it must be UTF-8 already. */
static frn_status read_text(frn_ctx *ctx, frn_article *article, const char *utf8, size_t len,
                            const frn_article_options *options)
{
    frn_status status = frnp_utf8_validate(ctx, utf8, len);

    if (status != FRN_OK)
        return status;
    article->source = frnp_strndup(utf8 ? utf8 : "", len);
    article->source_len = len;
    if (!article->source)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    return frnp_article_read_text(ctx, article, options);
}

static frn_status read_format(frn_ctx *ctx, frn_article *article, const char *input, size_t len,
                              const frn_article_options *options)
{
    if (article->format == FRN_FORMAT_HTML)
        return frnp_article_read_html(ctx, article, input ? input : "", len, options);
    return read_text(ctx, article, input, len, options);
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
    article = calloc(1, sizeof *article);
    if (!article)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    article->format = frnp_article_detect_format(utf8, len,
                                                 options ? options->format : FRN_FORMAT_AUTO);
    status = read_format(ctx, article, utf8, len, options);
    if (status == FRN_OK)
        status = frnp_article_finish(ctx, article, options);
    if (status != FRN_OK) {
        frn_article_free(article);
        return status;
    }
    *out = article;
    return FRN_OK;
}
