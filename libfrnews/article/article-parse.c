/* frn_article_parse(): check the size -> detect the format -> that
 * format's reader: text is validated as UTF-8 (or repaired, or converted
 * from its charset, as the options say), HTML is decoded from its charset
 * -> the finishing step every format shares. */
#include <stdio.h>
#include <stdlib.h>
#include "article-private.h"
#include "charset.h"
#include "core/context.h"
#include "text/utf8.h"

/* The message of a refused text input, with what the options offer. */
static frn_status refuse_text(frn_ctx *ctx)
{
    char detail[sizeof ctx->errmsg];

    snprintf(detail, sizeof detail, "%s", ctx->errmsg);
    return frnp_fail(ctx, FRN_ERR_UTF8, ctx->errpos,
                     "%s (the detect-charset option converts input in another charset, "
                     "the repair-utf8 option replaces what is ill-formed)", detail);
}

/* Text input in another charset, converted: the source is the copy. */
static frn_status convert_text(frn_ctx *ctx, frn_article *article, const char *input, size_t len)
{
    frnp_decoded decoded;
    frn_status status;

    frnp_ctx_clear(ctx);
    status = frnp_charset_decode_text(ctx, input, len, &decoded);
    if (status != FRN_OK)
        return status;
    article->source = decoded.owned;
    article->source_len = decoded.len;
    article->repair_count = decoded.replaced;
    return FRN_OK;
}

/* The source text of text input: the input itself once validated; when it
 * is not UTF-8, the input converted from its charset (detect_charset) or
 * repaired (repair_utf8), else FRN_ERR_UTF8. */
static frn_status take_text_source(frn_ctx *ctx, frn_article *article, const char *input, size_t len,
                                   const frn_article_options *options)
{
    frn_status status = frnp_utf8_validate(ctx, input, len);

    if (status == FRN_OK) {
        article->source = frnp_strndup(input, len);
        article->source_len = len;
        return article->source ? FRN_OK
                               : frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    }
    if (status != FRN_ERR_UTF8)
        return status;
    /* A NUL in UTF-8 text is no other charset: only repair helps. */
    if (options->detect_charset && frnp_charset_is_foreign(input, len))
        return convert_text(ctx, article, input, len);
    if (options->repair_utf8) {
        frnp_ctx_clear(ctx);
        return frnp_utf8_repair(ctx, input, len, &article->source, &article->source_len,
                                &article->repair_count);
    }
    return refuse_text(ctx);
}

static frn_status read_format(frn_ctx *ctx, frn_article *article, const char *input, size_t len,
                              const frn_article_options *options)
{
    frn_status status;

    if (article->format == FRN_FORMAT_HTML)
        return frnp_article_read_html(ctx, article, input, len, options);
    status = take_text_source(ctx, article, input, len, options);
    return status == FRN_OK ? frnp_article_read_text(ctx, article, options) : status;
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
    if (!utf8)
        utf8 = "";
    article = calloc(1, sizeof *article);
    if (!article)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    article->format = frnp_article_detect_format(utf8, len, options->format);
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
