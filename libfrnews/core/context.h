/* The per-thread context: last error and cached ICU segmenters. */
#ifndef FRNP_CONTEXT_H
#define FRNP_CONTEXT_H

#include <stdarg.h>
#include <unicode/ubrk.h>
#include "frnews/common.h"

#define FRNP_NO_POSITION FRN_NONE

/* Tables a later stage builds once per context, on first use (the
 * context knows only how to release them). */
typedef enum frnp_ctx_slot_id {
    FRNP_CTX_SLOT_MONTHS,  /* article/: month names of many languages, from ICU */
    FRNP_CTX_SLOT_TEXTCAT, /* article/: the language identifier's profiles */
    FRNP_CTX_SLOT_STOPWORDS, /* coverage/: the stopwords by word hash */
    FRNP_CTX_SLOT_RECORD_BUILDER, /* coverage/: a record's working arrays, reused */
    FRNP_CTX_SLOT_COUNT
} frnp_ctx_slot_id;

struct frn_ctx {
    char errmsg[512];
    size_t errpos;
    UBreakIterator *word_breaker; /* opened on first use, reused by rebinding text */
    UBreakIterator *sentence_breaker; /* likewise */
    void *slots[FRNP_CTX_SLOT_COUNT];
    void (*slot_release[FRNP_CTX_SLOT_COUNT])(void *);
};

/* Record a failure on ctx (may be NULL) and return status, so callers can
 * write `return frnp_fail(ctx, FRN_ERR_UTF8, pos, "...", ...)`. */
frn_status frnp_fail(frn_ctx *ctx, frn_status status, size_t pos, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* Forget the last failure at the start of a call. */
void frnp_ctx_clear(frn_ctx *ctx);

/* The table kept in a slot, or NULL before it is set. */
void *frnp_ctx_slot(const frn_ctx *ctx, frnp_ctx_slot_id slot);

/* Keep data in a slot; release(data) runs when the context is freed. */
void frnp_ctx_set_slot(frn_ctx *ctx, frnp_ctx_slot_id slot, void *data, void (*release)(void *));

/* The context's word segmenter (ICU), opened lazily; NULL on failure, with
 * the failure recorded. */
UBreakIterator *frnp_ctx_word_breaker(frn_ctx *ctx);

/* The context's sentence segmenter (ICU, with the abbreviation exceptions
 * of CLDR so that "Mr." ends no sentence), opened lazily; NULL on failure,
 * with the failure recorded. */
UBreakIterator *frnp_ctx_sentence_breaker(frn_ctx *ctx);

#endif
