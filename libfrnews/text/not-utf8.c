/* The message for input that is not UTF-8. A UTF-16 or UTF-32 file, a
 * Latin-1 file and binary data all stop at the first bad byte; saying which
 * one it is tells the user what conversion to make. */
#include <stdint.h>
#include <string.h>
#include <unicode/ucsdet.h>
#include "core/context.h"
#include "not-utf8.h"

/* The bytes looked at to tell UTF-16 and UTF-32 from their NUL bytes. */
#define SNIFF_BYTES 512

typedef enum wide_encoding {
    WIDE_NONE, WIDE_UTF16LE, WIDE_UTF16BE, WIDE_UTF32LE, WIDE_UTF32BE
} wide_encoding;

static const char *wide_name(wide_encoding e)
{
    switch (e) {
    case WIDE_UTF16LE: return "UTF-16 (little-endian)";
    case WIDE_UTF16BE: return "UTF-16 (big-endian)";
    case WIDE_UTF32LE: return "UTF-32 (little-endian)";
    case WIDE_UTF32BE: return "UTF-32 (big-endian)";
    default: return "";
    }
}

/* ICU's names of the encodings, for converting. */
static const char *converter_name(wide_encoding e)
{
    switch (e) {
    case WIDE_UTF16LE: return "UTF-16LE";
    case WIDE_UTF16BE: return "UTF-16BE";
    case WIDE_UTF32LE: return "UTF-32LE";
    case WIDE_UTF32BE: return "UTF-32BE";
    default: return NULL;
    }
}

static wide_encoding from_byte_order_mark(const uint8_t *b, size_t len, size_t *mark)
{
    wide_encoding e = WIDE_NONE;

    if (len >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
        e = WIDE_UTF32LE;
    else if (len >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
        e = WIDE_UTF32BE;
    else if (len >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        e = WIDE_UTF16LE;
    else if (len >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        e = WIDE_UTF16BE;
    *mark = e == WIDE_UTF32LE || e == WIDE_UTF32BE ? 4 : e != WIDE_NONE ? 2 : 0;
    return e;
}

/* Text in Latin script written as UTF-16 has a NUL in nearly every
 * character's high byte, as UTF-32 has in its three high bytes: count the
 * NUL bytes at each position modulo 4 of the first bytes. */
static wide_encoding from_nul_pattern(const uint8_t *b, size_t len)
{
    size_t n = len < SNIFF_BYTES ? len : SNIFF_BYTES, nul[4] = {0, 0, 0, 0};
    size_t units4, pairs;

    n -= n % 2;
    /* Each guess below needs NUL bytes: text with none, as nearly all
     * UTF-8 is, is ruled out by one fast search. */
    if (memchr(b, 0, n) == NULL)
        return WIDE_NONE;
    for (size_t i = 0; i < n; i++)
        nul[i % 4] += b[i] == 0;
    units4 = n / 4;
    if (units4 > 0 && n % 4 == 0) {
        if (nul[1] == units4 && nul[2] == units4 && nul[3] == units4 && nul[0] < units4)
            return WIDE_UTF32LE;
        if (nul[0] == units4 && nul[1] == units4 && nul[2] == units4 && nul[3] < units4)
            return WIDE_UTF32BE;
    }
    pairs = n / 2;
    if (pairs == 0)
        return WIDE_NONE;
    /* Most high bytes NUL, few low bytes: three in four, one in four. */
    if (4 * (nul[1] + nul[3]) >= 3 * pairs && 4 * (nul[0] + nul[2]) < pairs)
        return WIDE_UTF16LE;
    if (4 * (nul[0] + nul[2]) >= 3 * pairs && 4 * (nul[1] + nul[3]) < pairs)
        return WIDE_UTF16BE;
    return WIDE_NONE;
}

static int is_continuation(uint8_t b)
{
    return (b & 0xC0) == 0x80;
}

/* How a sequence starting with a lead byte goes wrong. */
typedef enum bad_sequence {
    BAD_SINGLE_BYTE, /* no continuation byte at all: a single-byte encoding */
    BAD_CUT_AT_END,  /* a valid start, cut by the end of the input */
    BAD_INCOMPLETE,  /* a valid start, cut by a byte that cannot continue it */
    BAD_VALUE        /* complete, but overlong, a surrogate or past U+10FFFF */
} bad_sequence;

static bad_sequence classify(const uint8_t *b, size_t len, size_t pos)
{
    size_t need = b[pos] >= 0xF0 ? 4 : b[pos] >= 0xE0 ? 3 : 2, have = 1;

    /* A stray continuation byte: Windows-1252 quotation marks, Latin-1 symbols. */
    if (is_continuation(b[pos]))
        return BAD_SINGLE_BYTE;
    while (have < need && pos + have < len && is_continuation(b[pos + have]))
        have++;
    if (have == need || b[pos] < 0xC2 || b[pos] > 0xF4)
        return have == 1 ? BAD_SINGLE_BYTE : BAD_VALUE;
    if (pos + have == len)
        return BAD_CUT_AT_END;
    /* Latin-1 "é" before a space; or a sequence cut in the middle. */
    return have == 1 ? BAD_SINGLE_BYTE : BAD_INCOMPLETE;
}

/* The bytes ICU's charset detector reads, and the confidence (of 100) its
 * guess needs to be named. */
#define DETECT_BYTES 65536
#define DETECT_MIN_CONFIDENCE 30

/* ICU's guess at the charset of bytes that are not UTF-8, unless it is
 * none, or one of the Latin-1 family the message names anyway: written
 * into name; 0 when there is nothing to add. */
static int detector_guess(const uint8_t *b, size_t len, char *name, size_t cap)
{
    UErrorCode err = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&err);
    const UCharsetMatch *match = NULL;
    const char *found = NULL;

    if (U_FAILURE(err))
        return 0;
    ucsdet_setText(detector, (const char *)b, (int32_t)(len < DETECT_BYTES ? len : DETECT_BYTES), &err);
    if (U_SUCCESS(err))
        match = ucsdet_detect(detector, &err);
    if (match && U_SUCCESS(err) && ucsdet_getConfidence(match, &err) >= DETECT_MIN_CONFIDENCE)
        found = ucsdet_getName(match, &err);
    if (found && U_SUCCESS(err) && strcmp(found, "ISO-8859-1") != 0 &&
        strcmp(found, "windows-1252") != 0 && strcmp(found, "UTF-8") != 0 && strlen(found) < cap)
        memcpy(name, found, strlen(found) + 1);
    else
        found = NULL;
    ucsdet_close(detector);
    return found != NULL;
}

static frn_status fail_bad_sequence(frn_ctx *ctx, const uint8_t *b, size_t len, size_t pos)
{
    char guess[40];

    switch (classify(b, len, pos)) {
    case BAD_SINGLE_BYTE:
        if (detector_guess(b, len, guess, sizeof guess))
            return frnp_fail(ctx, FRN_ERR_UTF8, pos,
                             "invalid UTF-8 sequence at byte %zu (byte value 0x%02X): the input "
                             "looks like %s to ICU's charset detector, or a single-byte "
                             "encoding such as Latin-1 or Windows-1252", pos, b[pos], guess);
        return frnp_fail(ctx, FRN_ERR_UTF8, pos,
                         "invalid UTF-8 sequence at byte %zu (byte value 0x%02X): the input "
                         "looks like a single-byte encoding such as Latin-1 or Windows-1252",
                         pos, b[pos]);
    case BAD_CUT_AT_END:
        return frnp_fail(ctx, FRN_ERR_UTF8, pos,
                         "incomplete UTF-8 sequence at byte %zu, at the end of the input "
                         "(cut short?)", pos);
    case BAD_INCOMPLETE:
        return frnp_fail(ctx, FRN_ERR_UTF8, pos,
                         "incomplete UTF-8 sequence at byte %zu (byte value 0x%02X)",
                         pos, b[pos]);
    default:
        return frnp_fail(ctx, FRN_ERR_UTF8, pos,
                         "invalid UTF-8 sequence at byte %zu (byte value 0x%02X): an overlong "
                         "form, a surrogate or a value past U+10FFFF", pos, b[pos]);
    }
}

frn_status frnp_fail_not_utf8(frn_ctx *ctx, const char *text, size_t len, size_t pos)
{
    const uint8_t *b = (const uint8_t *)text;
    size_t mark;
    wide_encoding bom = from_byte_order_mark(b, len, &mark);
    wide_encoding wide = bom != WIDE_NONE ? bom : from_nul_pattern(b, len);

    if (bom != WIDE_NONE)
        return frnp_fail(ctx, FRN_ERR_UTF8, pos,
                         "the input is %s, not UTF-8: it starts with that byte-order mark "
                         "(invalid UTF-8 at byte %zu); convert it to UTF-8 first",
                         wide_name(bom), pos);
    if (wide != WIDE_NONE)
        return frnp_fail(ctx, FRN_ERR_UTF8, pos,
                         "the input looks like %s without a byte-order mark, not UTF-8: "
                         "NUL bytes between its characters (first at byte %zu); "
                         "convert it to UTF-8 first", wide_name(wide), pos);
    if (b[pos] == 0)
        return frnp_fail(ctx, FRN_ERR_UTF8, pos,
                         "NUL byte at byte %zu: text holds none (binary data?)", pos);
    return fail_bad_sequence(ctx, b, len, pos);
}

const char *frnp_wide_encoding(const char *bytes, size_t len, size_t *mark)
{
    const uint8_t *b = (const uint8_t *)bytes;
    wide_encoding e = from_byte_order_mark(b, len, mark);

    return converter_name(e != WIDE_NONE ? e : from_nul_pattern(b, len));
}
