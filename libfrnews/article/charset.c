/* Which charset input bytes are in, and their conversion to UTF-8 with ICU
 * (see charset.h for the order of evidence). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include "charset.h"
#include "core/context.h"
#include "mojibake.h"
#include "text/eight-bytes.h"
#include "text/not-utf8.h"
#include "text/utf8.h"
#include "ascii-bytes.h"

/* How far into a page a <meta> declaration is looked for. The HTML
 * standard's prescan reads 1,024 bytes; pages put long scripts and styles
 * first, so a little more is read. */
#define META_SCAN_BYTES 8192
/* The detector reads this much of the input: more adds time, not accuracy. */
#define DETECT_BYTES (1u << 20)

typedef enum utf8_shape { SHAPE_INVALID, SHAPE_ASCII, SHAPE_UTF8 } utf8_shape;

static utf8_shape shape_of(const char *bytes, size_t len)
{
    const unsigned char *b = (const unsigned char *)bytes;
    size_t pos = 0;

    /* Pages are mostly ASCII markup: skip it eight bytes at a time. */
    while (len - pos >= 8 && frnp_eight_ascii(frnp_eight_load(b + pos)))
        pos += 8;
    while (pos < len && b[pos] < 0x80)
        pos++;
    if (pos == len)
        return SHAPE_ASCII;
    return frnp_utf8_invalid_at(bytes + pos, len - pos, 1) == len - pos ? SHAPE_UTF8 : SHAPE_INVALID;
}

/* The charset a byte-order mark names, and the mark's length. */
static const char *bom_charset(const char *bytes, size_t len, size_t *mark)
{
    const char *wide = frnp_wide_encoding(bytes, len, mark);

    if (wide && *mark)
        return wide;
    if (len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0) {
        *mark = 3;
        return "UTF-8";
    }
    *mark = 0;
    return NULL;
}

/* UTF-16 or UTF-32 without a mark, by its NUL bytes (text/not-utf8.h). */
static const char *wide_pattern(const char *bytes, size_t len)
{
    size_t mark;
    const char *wide = frnp_wide_encoding(bytes, len, &mark);

    return wide && !mark ? wide : NULL;
}

/* Position of the ASCII word (lower case) in bytes[from, to), ignoring case, or to. */
static size_t find_ascii(const char *bytes, size_t from, size_t to, const char *word)
{
    size_t n = strlen(word);

    for (size_t i = from; i + n <= to; i++) {
        size_t k = 0;
        while (k < n && frnp_ascii_lower(bytes[i + k]) == word[k])
            k++;
        if (k == n)
            return i;
    }
    return to;
}

/* The label as ICU should read it: the HTML standard reads Latin-1 and
 * ASCII labels as windows-1252, and a UTF-16 label in a page that an
 * ASCII-compatible prescan could read as UTF-8. */
static void normalise_label(const char *label, size_t len, char *name, size_t cap)
{
    static const char *const latin1[] = {
        "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii",
        "iso_8859-1", "cp1252", "x-user-defined", NULL
    };
    size_t n = 0;

    for (size_t i = 0; i < len && n + 1 < cap; i++)
        name[n++] = frnp_ascii_lower(label[i]);
    name[n] = '\0';
    for (size_t i = 0; latin1[i]; i++)
        if (strcmp(name, latin1[i]) == 0) {
            snprintf(name, cap, "windows-1252");
            return;
        }
    if (strncmp(name, "utf-16", 6) == 0 || strcmp(name, "utf8") == 0 || strcmp(name, "utf-8") == 0)
        snprintf(name, cap, "UTF-8");
}

/* The charset of a <meta charset=...> or <meta http-equiv content="...;
 * charset=..."> among the first bytes of a page; 0 when none. */
static int meta_charset(const char *bytes, size_t len, char *name, size_t cap)
{
    size_t limit = len < META_SCAN_BYTES ? len : META_SCAN_BYTES, pos = 0;

    while ((pos = find_ascii(bytes, pos, limit, "<meta")) < limit) {
        const char *close = memchr(bytes + pos, '>', limit - pos);
        size_t end = close ? (size_t)(close - bytes) : limit;
        size_t at = find_ascii(bytes, pos, end, "charset");
        if (at < end) {
            size_t start;
            at += 7;
            while (at < end && strchr(" \t\r\n=\"'", bytes[at]))
                at++;
            start = at;
            while (at < end && !strchr(" \t\r\n\"';/>", bytes[at]))
                at++;
            if (at > start && at - start < cap) {
                normalise_label(bytes + start, at - start, name, cap);
                return 1;
            }
        }
        pos = end;
    }
    return 0;
}

/* ICU's detector may name a charset for any bytes; a guess below this
 * confidence (of 100) is not taken: for a page, whose markup says little,
 * and for text, where windows-1252 is the better default. */
#define DETECT_MIN_CONFIDENCE 10
#define DETECT_TEXT_CONFIDENCE 30

/* Whether ICU has a converter for the charset (its detector names some it
 * cannot convert, such as IBM420_ltr). */
static int can_convert(const char *charset)
{
    UErrorCode err = U_ZERO_ERROR;
    UConverter *probe = ucnv_open(charset, &err);

    ucnv_close(probe);
    return U_SUCCESS(err);
}

/* The detector's most confident charset that ICU can convert from. */
static int detect(const char *bytes, size_t len, char *name, size_t cap, int min_confidence)
{
    UErrorCode err = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&err);
    const UCharsetMatch **matches = NULL;
    int32_t count = 0, found = 0;

    if (U_FAILURE(err))
        return 0;
    ucsdet_setText(detector, bytes, (int32_t)(len < DETECT_BYTES ? len : DETECT_BYTES), &err);
    if (U_SUCCESS(err))
        matches = ucsdet_detectAll(detector, &count, &err);
    for (int32_t i = 0; U_SUCCESS(err) && matches && i < count && !found; i++) {
        const char *charset;
        if (ucsdet_getConfidence(matches[i], &err) < min_confidence)
            break; /* the matches come most confident first */
        charset = ucsdet_getName(matches[i], &err);
        if (U_SUCCESS(err) && charset && can_convert(charset)) {
            normalise_label(charset, strlen(charset), name, cap);
            found = 1;
        }
    }
    ucsdet_close(detector);
    return found;
}

/* NUL bytes end strings in libxml2 and in callers' hands: they become
 * spaces. Returns how many there were. */
static size_t replace_nuls(char *text, size_t len)
{
    size_t count = 0;

    for (char *nul = memchr(text, '\0', len); nul; nul = memchr(nul, '\0', len - (size_t)(nul - text))) {
        *nul = ' ';
        count++;
    }
    return count;
}

/* ICU's substitution, counted: every byte sequence the charset cannot map
 * becomes U+FFFD, and the caller learns how many did. */
static void count_substitution(const void *context, UConverterToUnicodeArgs *args,
                               const char *units, int32_t length, UConverterCallbackReason reason,
                               UErrorCode *err)
{
    if (reason <= UCNV_IRREGULAR)
        ++*(size_t *)context;
    UCNV_TO_U_CALLBACK_SUBSTITUTE(NULL, args, units, length, reason, err);
}

static frn_status convert(frn_ctx *ctx, const char *bytes, size_t len, const char *charset,
                          frnp_decoded *out)
{
    UErrorCode err = U_ZERO_ERROR;
    UConverter *from = ucnv_open(charset, &err), *to;
    char *target, *cursor;
    const char *source = bytes;
    size_t substituted = 0;

    if (U_FAILURE(err))
        return frnp_fail(ctx, FRN_ERR_ICU, FRNP_NO_POSITION, "charset %s: %s", charset, u_errorName(err));
    ucnv_setToUCallBack(from, count_substitution, &substituted, NULL, NULL, &err);
    to = ucnv_open("UTF-8", &err);
    /* One input byte gives at most three bytes of UTF-8 (U+FFFD). */
    target = U_SUCCESS(err) && len < SIZE_MAX / 3 - 1 ? malloc(3 * len + 1) : NULL;
    if (!target) {
        ucnv_close(from);
        ucnv_close(to);
        return U_FAILURE(err) ? frnp_fail(ctx, FRN_ERR_ICU, FRNP_NO_POSITION, "UTF-8 converter: %s",
                                          u_errorName(err))
                              : frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    }
    cursor = target;
    ucnv_convertEx(to, from, &cursor, target + 3 * len, &source, bytes + len, NULL, NULL, NULL,
                   NULL, 1, 1, &err);
    ucnv_close(from);
    ucnv_close(to);
    if (U_FAILURE(err)) {
        free(target);
        return frnp_fail(ctx, FRN_ERR_ICU, FRNP_NO_POSITION, "converting from %s: %s", charset,
                         u_errorName(err));
    }
    *cursor = '\0';
    out->owned = target;
    out->text = target;
    out->len = (size_t)(cursor - target);
    out->replaced = substituted + replace_nuls(target, out->len);
    snprintf(out->charset, sizeof out->charset, "%s", charset);
    return FRN_OK;
}

/* Make the decoded text a copy of its own, when it is still the input's
 * bytes, so that it can be changed in place. */
static frn_status own_text(frn_ctx *ctx, frnp_decoded *out)
{
    if (out->owned)
        return FRN_OK;
    out->owned = malloc(out->len + 1);
    if (!out->owned)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    memcpy(out->owned, out->text, out->len);
    out->owned[out->len] = '\0';
    out->text = out->owned;
    return FRN_OK;
}

/* Valid UTF-8: used in place unless NUL bytes need replacing. */
static frn_status take_utf8(frn_ctx *ctx, const char *bytes, size_t len, frnp_decoded *out)
{
    frn_status status;

    snprintf(out->charset, sizeof out->charset, "UTF-8");
    out->text = bytes;
    out->len = len;
    if (!memchr(bytes, '\0', len))
        return FRN_OK;
    status = own_text(ctx, out);
    if (status == FRN_OK)
        out->replaced = replace_nuls(out->owned, len);
    return status;
}

/* Charsets that write ASCII text with other bytes than ASCII's. */
static int ascii_incompatible(const char *charset)
{
    return strncmp(charset, "iso-2022", 8) == 0 || strcmp(charset, "hz-gb-2312") == 0 ||
           strcmp(charset, "utf-7") == 0;
}

/* The page as UTF-8: in the charset of its byte-order mark, of its
 * <meta>, else the one detected. */
static frn_status decode_page(frn_ctx *ctx, const char *bytes, size_t len, frnp_decoded *out)
{
    char declared[40], detected[40];
    size_t mark;
    const char *bom = bom_charset(bytes, len, &mark);
    utf8_shape shape;

    memset(out, 0, sizeof *out);
    if (bom)
        return strcmp(bom, "UTF-8") == 0 && shape_of(bytes + mark, len - mark) != SHAPE_INVALID
                   ? take_utf8(ctx, bytes + mark, len - mark, out)
                   : convert(ctx, bytes + mark, len - mark, bom, out);
    /* UTF-16 of ASCII markup is valid UTF-8, NUL bytes and all. */
    if (wide_pattern(bytes, len))
        return convert(ctx, bytes, len, wide_pattern(bytes, len), out);
    shape = shape_of(bytes, len);
    if (!meta_charset(bytes, len, declared, sizeof declared))
        declared[0] = '\0';
    if (shape == SHAPE_UTF8 || (shape == SHAPE_ASCII && !ascii_incompatible(declared)))
        return take_utf8(ctx, bytes, len, out);
    if (declared[0] && can_convert(declared))
        return convert(ctx, bytes, len, declared, out);
    if (detect(bytes, len, detected, sizeof detected, DETECT_MIN_CONFIDENCE))
        return convert(ctx, bytes, len, detected, out);
    return convert(ctx, bytes, len, "windows-1252", out);
}

frn_status frnp_charset_decode_html(frn_ctx *ctx, const char *bytes, size_t len, frnp_decoded *out)
{
    frn_status status = decode_page(ctx, bytes, len, out);

    /* Then what the page's own system encoded to UTF-8 twice (mojibake.h). */
    if (status != FRN_OK || !frnp_mojibake_present(out->text, out->len))
        return status;
    status = own_text(ctx, out);
    if (status == FRN_OK)
        out->replaced += frnp_mojibake_repair(out->owned, &out->len);
    return status;
}

int frnp_charset_is_foreign(const char *bytes, size_t len)
{
    size_t mark;

    return frnp_wide_encoding(bytes, len, &mark) != NULL || shape_of(bytes, len) == SHAPE_INVALID;
}

frn_status frnp_charset_decode_text(frn_ctx *ctx, const char *bytes, size_t len, frnp_decoded *out)
{
    char detected[40];
    size_t mark;
    const char *bom = bom_charset(bytes, len, &mark);

    memset(out, 0, sizeof *out);
    if (bom && strcmp(bom, "UTF-8") != 0)
        return convert(ctx, bytes + mark, len - mark, bom, out);
    if (wide_pattern(bytes, len))
        return convert(ctx, bytes, len, wide_pattern(bytes, len), out);
    if (detect(bytes, len, detected, sizeof detected, DETECT_TEXT_CONFIDENCE))
        return convert(ctx, bytes, len, detected, out);
    return convert(ctx, bytes, len, "windows-1252", out);
}
