/* UTF-8 validation and iteration, built on ICU's well-formedness rules
 * (U8_NEXT rejects overlong forms, surrogates and values past U+10FFFF). */
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include "core/context.h"
#include "utf8.h"

frn_status frnp_utf8_validate(frn_ctx *ctx, const char *text, size_t len)
{
    const uint8_t *bytes = (const uint8_t *)text;
    size_t pos = 0;

    while (pos < len) {
        size_t start = pos;
        UChar32 c;

        if (bytes[pos] < 0x80) { /* ASCII fast path */
            pos++;
            continue;
        }
        U8_NEXT(bytes, pos, len, c);
        if (c < 0)
            return frnp_fail(ctx, FRN_ERR_UTF8, start,
                            "invalid UTF-8 sequence at byte %zu (byte value 0x%02X)",
                            start, bytes[start]);
    }
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
    return u_isUWhiteSpace(c) || c == 0xFEFF || c == 0;
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
