/* UTF-8 validation and iteration, built on ICU's well-formedness rules
 * (U8_NEXT rejects overlong forms, surrogates and values past U+10FFFF). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include "core/context.h"
#include "eight-bytes.h"
#include "not-utf8.h"
#include "utf8.h"

/* Whether eight bytes are all valid on their own: ASCII, and no NUL
 * unless NUL is allowed. */
static int ascii_block(uint64_t eight, int nul_ok)
{
    return frnp_eight_ascii(eight) && (nul_ok || !frnp_eight_has_byte(eight, 0));
}

size_t frnp_utf8_invalid_at(const char *text, size_t len, int nul_ok)
{
    const uint8_t *bytes = (const uint8_t *)text;
    size_t pos = 0;

    while (pos < len) {
        size_t start = pos;
        UChar32 c;

        if (bytes[pos] < 0x80) { /* ASCII fast path, eight bytes at a time */
            if (len - pos >= 8 && ascii_block(frnp_eight_load(bytes + pos), nul_ok)) {
                pos += 8;
                continue;
            }
            if (bytes[pos] == 0 && !nul_ok)
                return pos;
            pos++;
            continue;
        }
        U8_NEXT(bytes, pos, len, c);
        if (c < 0)
            return start;
    }
    return len;
}

frn_status frnp_utf8_validate(frn_ctx *ctx, const char *text, size_t len)
{
    size_t bad = frnp_utf8_invalid_at(text, len, 0);

    return bad < len ? frnp_fail_not_utf8(ctx, text, len, bad) : FRN_OK;
}

/* The size of the repaired copy: ASCII and well-formed sequences keep
 * theirs, each replaced subpart (at least one byte) takes three. */
static int repaired_size(const uint8_t *bytes, size_t len, size_t *size, size_t *repairs)
{
    size_t pos = 0;

    *size = 0;
    *repairs = 0;
    while (pos < len) {
        size_t start = pos;
        UChar32 c;
        U8_NEXT(bytes, pos, len, c);
        if (c <= 0) {
            if (*size > SIZE_MAX - 1 - FRNP_UTF8_REPLACEMENT_LEN)
                return 0;
            *size += FRNP_UTF8_REPLACEMENT_LEN;
            ++*repairs;
        } else
            *size += pos - start;
    }
    return 1;
}

frn_status frnp_utf8_repair(frn_ctx *ctx, const char *text, size_t len,
                            char **out, size_t *out_len, size_t *repairs)
{
    const uint8_t *bytes = (const uint8_t *)text;
    size_t size, pos = 0, at = 0;
    char *copy;

    *out = NULL;
    *out_len = 0;
    if (!repaired_size(bytes, len, &size, repairs))
        return frnp_fail(ctx, FRN_ERR_TOO_LARGE, FRNP_NO_POSITION,
                         "the input of %zu bytes is too large to repair", len);
    copy = malloc(size + 1);
    if (!copy)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    while (pos < len) {
        size_t start = pos;
        UChar32 c;
        U8_NEXT(bytes, pos, len, c);
        if (c <= 0) {
            memcpy(copy + at, FRNP_UTF8_REPLACEMENT, FRNP_UTF8_REPLACEMENT_LEN);
            at += FRNP_UTF8_REPLACEMENT_LEN;
        } else {
            memcpy(copy + at, text + start, pos - start);
            at += pos - start;
        }
    }
    copy[at] = '\0';
    *out = copy;
    *out_len = at;
    return FRN_OK;
}

UChar32 frnp_utf8_next(const char *text, size_t len, size_t *pos)
{
    UChar32 c;

    if (*pos >= len)
        return U_SENTINEL;
    U8_NEXT((const uint8_t *)text, *pos, len, c);
    return c;
}

UChar32 frnp_utf8_prev(const char *text, size_t *pos)
{
    size_t start = *pos, end = *pos;

    if (start == 0)
        return U_SENTINEL;
    /* The text is valid: step back over continuation bytes, then decode. */
    do
        start--;
    while (start > 0 && ((uint8_t)text[start] & 0xC0) == 0x80);
    *pos = start;
    return frnp_utf8_next(text, end, &start);
}

static int is_trimmed_space(UChar32 c)
{
    return u_isUWhiteSpace(c) || c == 0xFEFF;
}

size_t frnp_utf8_prefix(const char *text, size_t len, size_t max)
{
    if (len <= max)
        return len;
    while (max > 0 && ((unsigned char)text[max] & 0xC0) == 0x80)
        max--;
    return max;
}

frn_span frnp_utf8_trim(const char *text, frn_span span)
{
    while (span.start < span.end) {
        size_t next = span.start;
        if (!is_trimmed_space(frnp_utf8_next(text, span.end, &next)))
            break;
        span.start = next;
    }
    while (span.end > span.start) {
        size_t prev = span.end;
        if (!is_trimmed_space(frnp_utf8_prev(text, &prev)))
            break;
        span.end = prev;
    }
    return span;
}

char *frnp_strndup(const char *text, size_t len)
{
    char *copy = malloc(len + 1);

    if (!copy)
        return NULL;
    memcpy(copy, text, len);
    copy[len] = '\0';
    return copy;
}
