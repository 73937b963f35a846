/* frn_article_parse(): detect the format -> that format's reader (text is
 * validated as UTF-8 first; HTML is decoded from its charset) -> the
 * finishing step every format shares. */
#include <stdlib.h>
#include <string.h>
#include "charset.h"
#include "article-private.h"
#include "core/context.h"
#include "text/utf8.h"

/* Say what encoding input that is not UTF-8 looks like, at the position
 * frnp_utf8_validate() recorded. */
static frn_status refuse_encoding(frn_ctx *ctx, const char *bytes, size_t len)
{
    char name[40];
    const char *guess = frnp_charset_guess_name(bytes, len, name, sizeof name);
    size_t pos = frn_ctx_errpos(ctx);
    unsigned byte = pos < len ? (unsigned char)bytes[pos] : 0;

    if (!guess)
        return FRN_ERR_UTF8;
    return frnp_fail(ctx, FRN_ERR_UTF8, pos,
                     "invalid UTF-8 sequence at byte %zu (byte value 0x%02X): the text looks like %s%s%s; "
                     "convert it to UTF-8, or let the charset be detected "
                     "(frn_article_options_set_detect_charset)",
                     pos, byte, strncmp(guess, "windows-125", 11) == 0 || strncmp(guess, "ISO-8859", 8) == 0
                                    ? "Latin-1 (" : "",
                     guess, strncmp(guess, "windows-125", 11) == 0 || strncmp(guess, "ISO-8859", 8) == 0
                                ? ")" : "");
}

/* Text input is its own source text, so it must be UTF-8 already, unless
 * the caller lets its charset be detected (the source is then the text
 * converted). */
static frn_status read_text(frn_ctx *ctx, frn_article *article, const char *input, size_t len,
                            const frn_article_options *options)
{
    frn_status status = frnp_utf8_validate(ctx, input, len);
    frnp_decoded decoded = {input, len, NULL, ""};

    /* UTF-16 of Latin text is valid UTF-8, NUL bytes and all. */
    if (status == FRN_OK && len && memchr(input, '\0', len) && frnp_charset_wide_pattern(input, len)) {
        size_t nul = (size_t)((const char *)memchr(input, '\0', len) - input);
        status = frnp_fail(ctx, FRN_ERR_UTF8, nul, "NUL byte at byte %zu", nul);
    }

    if (status != FRN_OK && !(options && options->detect_charset))
        return refuse_encoding(ctx, input, len);
    if (status != FRN_OK) {
        frnp_ctx_clear(ctx);
        status = frnp_charset_decode_text(ctx, input, len, &decoded);
        if (status != FRN_OK)
            return status;
    }
    article->source = decoded.owned ? decoded.owned : frnp_strndup(input ? input : "", len);
    article->source_len = decoded.len;
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
