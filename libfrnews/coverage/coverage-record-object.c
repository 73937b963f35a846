/* The public coverage record: its bytes and their decoded form, made from
 * an article or read from bytes, and what other processes need of it to
 * group records the way the index does (band keys, similarity, order). */
#include <stdlib.h>
#include <string.h>
#include "core/context.h"
#include "coverage-private.h"

static frn_status wrap(frn_ctx *ctx, unsigned char *bytes, size_t len, frn_coverage_record **out)
{
    frn_coverage_record *record = malloc(sizeof *record);
    frn_status status;

    if (!record) {
        free(bytes);
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    }
    record->bytes = bytes;
    record->len = len;
    status = frnp_cov_record_decode(ctx, bytes, len, &record->decoded);
    if (status != FRN_OK) {
        free(bytes);
        free(record);
        return status;
    }
    *out = record;
    return FRN_OK;
}

/* The record owns a copy of the bytes (of the caller's, or of the
 * context's buffer). */
static frn_status copy_and_wrap(frn_ctx *ctx, const void *bytes, size_t len,
                                frn_coverage_record **out)
{
    unsigned char *copy = malloc(len + 1);

    if (!copy)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    if (len > 0)
        memcpy(copy, bytes, len);
    return wrap(ctx, copy, len, out);
}

frn_status frn_coverage_record_new(frn_ctx *ctx, const char *id, const frn_article *article,
                                   const frn_quote_list *quotes, frn_coverage_record **out)
{
    const unsigned char *bytes;
    size_t len;
    frn_status status;

    if (out)
        *out = NULL;
    if (!ctx || !id || !article || !out)
        return frnp_fail(ctx, FRN_ERR_INVALID_ARG, FRNP_NO_POSITION,
                         "frn_coverage_record_new: NULL context, id, article or output");
    frnp_ctx_clear(ctx);
    status = frnp_cov_record_encode_article(ctx, id, article, quotes, &bytes, &len);
    return status == FRN_OK ? copy_and_wrap(ctx, bytes, len, out) : status;
}

frn_status frn_coverage_record_decode(frn_ctx *ctx, const void *bytes, size_t len,
                                      frn_coverage_record **out)
{
    if (out)
        *out = NULL;
    if (!ctx || !out || (!bytes && len > 0))
        return frnp_fail(ctx, FRN_ERR_INVALID_ARG, FRNP_NO_POSITION,
                         "frn_coverage_record_decode: NULL context, bytes or output");
    frnp_ctx_clear(ctx);
    return copy_and_wrap(ctx, bytes, len, out);
}

void frn_coverage_record_free(frn_coverage_record *record)
{
    if (!record)
        return;
    free(record->bytes);
    free(record->decoded);
    free(record);
}

const void *frn_coverage_record_get_bytes(const frn_coverage_record *record, size_t *len)
{
    if (len)
        *len = record ? record->len : 0;
    return record ? record->bytes : NULL;
}

const char *frn_coverage_record_get_id(const frn_coverage_record *record)
{
    return record ? record->decoded->id : NULL;
}

const char *frn_coverage_record_get_title(const frn_coverage_record *record)
{
    return record ? record->decoded->title : NULL;
}

const char *frn_coverage_record_get_published(const frn_coverage_record *record)
{
    return record ? record->decoded->published : NULL;
}

double frn_coverage_record_similarity(const frn_coverage_record *a, const frn_coverage_record *b)
{
    if (!a || !b || !a->decoded->has_signature || !b->decoded->has_signature)
        return 0.0;
    return frnp_cov_signature_similarity(a->decoded->signature, b->decoded->signature);
}

size_t frn_coverage_record_band_count(void)
{
    return FRNP_BANDS;
}

frn_status frn_coverage_record_band_key(const frn_coverage_record *record, size_t band,
                                        unsigned long *key)
{
    if (key)
        *key = 0;
    if (!record || !key)
        return FRN_ERR_INVALID_ARG;
    if (band >= FRNP_BANDS)
        return FRN_ERR_RANGE;
    if (!record->decoded->has_signature)
        return FRN_ERR_EMPTY;
    *key = frnp_cov_band_key(record->decoded->signature, band);
    return FRN_OK;
}

int frn_coverage_record_compare(const frn_coverage_record *a, const frn_coverage_record *b)
{
    return frnp_cov_record_compare(a->decoded, b->decoded);
}
