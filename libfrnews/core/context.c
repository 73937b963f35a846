/* Per-thread context: detailed error messages and cached segmenters. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "context.h"

frn_status frn_ctx_new(frn_ctx **out)
{
    if (!out)
        return FRN_ERR_INVALID_ARG;
    *out = calloc(1, sizeof **out);
    if (!*out)
        return FRN_ERR_NOMEM;
    (*out)->errpos = FRNP_NO_POSITION;
    return FRN_OK;
}

void frn_ctx_free(frn_ctx *ctx)
{
    if (!ctx)
        return;
    if (ctx->word_breaker)
        ubrk_close(ctx->word_breaker);
    if (ctx->sentence_breaker)
        ubrk_close(ctx->sentence_breaker);
    for (int i = 0; i < FRNP_CTX_SLOT_COUNT; i++)
        if (ctx->slots[i] && ctx->slot_release[i])
            ctx->slot_release[i](ctx->slots[i]);
    free(ctx);
}

const char *frn_ctx_get_errmsg(const frn_ctx *ctx)
{
    return ctx ? ctx->errmsg : "no context";
}

size_t frn_ctx_get_errpos(const frn_ctx *ctx)
{
    return ctx ? ctx->errpos : FRNP_NO_POSITION;
}

frn_status frnp_fail(frn_ctx *ctx, frn_status status, size_t pos, const char *fmt, ...)
{
    va_list args;

    if (!ctx)
        return status;
    va_start(args, fmt);
    vsnprintf(ctx->errmsg, sizeof ctx->errmsg, fmt, args);
    va_end(args);
    ctx->errpos = pos;
    return status;
}

void frnp_ctx_clear(frn_ctx *ctx)
{
    if (!ctx)
        return;
    ctx->errmsg[0] = '\0';
    ctx->errpos = FRNP_NO_POSITION;
}

/* Open a segmenter into *slot on first use; NULL on failure, recorded. */
static UBreakIterator *cached_breaker(frn_ctx *ctx, UBreakIterator **slot, UBreakIteratorType type,
                                      const char *locale, const char *what)
{
    UErrorCode err = U_ZERO_ERROR;

    if (!*slot) {
        *slot = ubrk_open(type, locale, NULL, 0, &err);
        if (U_FAILURE(err)) {
            frnp_fail(ctx, FRN_ERR_ICU, FRNP_NO_POSITION, "cannot open the ICU %s segmenter: %s", what,
                      u_errorName(err));
            *slot = NULL;
        }
    }
    return *slot;
}

UBreakIterator *frnp_ctx_word_breaker(frn_ctx *ctx)
{
    /* The root locale's rules: news text is segmented the same way in
     * every Latin-script language this release handles. */
    return cached_breaker(ctx, &ctx->word_breaker, UBRK_WORD, "", "word");
}

UBreakIterator *frnp_ctx_sentence_breaker(frn_ctx *ctx)
{
    /* "ss=standard" suppresses breaks after the abbreviations CLDR lists
     * (Mr., Dr., U.S. ...); ICU's warning that it used the root rules with
     * them is no failure. */
    return cached_breaker(ctx, &ctx->sentence_breaker, UBRK_SENTENCE, "en@ss=standard", "sentence");
}

void *frnp_ctx_slot(const frn_ctx *ctx, frnp_ctx_slot_id slot)
{
    return ctx ? ctx->slots[slot] : NULL;
}

void frnp_ctx_set_slot(frn_ctx *ctx, frnp_ctx_slot_id slot, void *data, void (*release)(void *))
{
    if (ctx->slots[slot] && ctx->slot_release[slot])
        ctx->slot_release[slot](ctx->slots[slot]);
    ctx->slots[slot] = data;
    ctx->slot_release[slot] = release;
}
