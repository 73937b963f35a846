/* The word segmentation loop, run directly on UTF-8 through UText. */
#include <stdint.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>
#include "core/context.h"
#include "eight-bytes.h"
#include "text-words.h"

static int has_letter_or_digit(const char *text, int32_t start, int32_t end)
{
    while (start < end) {
        UChar32 c;
        U8_NEXT((const uint8_t *)text, start, end, c);
        if (u_isalnum(c))
            return 1;
    }
    return 0;
}

/* The fast path: the word break rules of UAX #29 (WB3-WB13b, and ICU's
 * own exclusion of ':' from MidLetter) for text whose characters all have
 * one of the simple Word_Break classes, so that it needs none of ICU's
 * dictionaries, extenders or emoji sequences: Latin letters, digits,
 * spaces and the usual punctuation. ICU's rules also read '@' as a
 * letter. Its segments are ICU's, byte for byte
 * (tests/check_int_text.c compares them on every text it has); text with
 * any other character goes to ICU. */

/* One character for the fast path, packed: its Word_Break class, and
 * what ICU's path asks of it. */
#define CHAR_CLASS 0x1F
#define CHAR_ALNUM 0x20 /* a letter or a digit (ICU reads '@' as a letter, yet it is neither) */
#define CHAR_SPACE 0x40 /* White_Space, which a skipped segment starts with */
#define CHAR_WORD 0x80  /* of a class words are made of (is_word_class), tested once per character */

/* Each ASCII character, packed (UAX #29 classes; ICU reads '@' as a letter). */
#define LETTER (U_WB_ALETTER | CHAR_ALNUM | CHAR_WORD)
#define DIGIT (U_WB_NUMERIC | CHAR_ALNUM | CHAR_WORD)
#define L(c) [c] = LETTER, [c + 32] = LETTER
/* 256 entries: the bytes of longer characters have none of the bits, so
 * that a byte can be tested for CHAR_WORD before it is decoded. */
static const unsigned char ascii_chars[256] = {
    ['\t'] = U_WB_OTHER | CHAR_SPACE, ['\n'] = U_WB_LF | CHAR_SPACE, ['\v'] = U_WB_NEWLINE | CHAR_SPACE,
    ['\f'] = U_WB_NEWLINE | CHAR_SPACE, ['\r'] = U_WB_CR | CHAR_SPACE,
    /* U+001C..U+001F are not White_Space (only C's isspace says so): segments of their own */
    [' '] = U_WB_WSEGSPACE | CHAR_SPACE,
    ['\''] = U_WB_SINGLE_QUOTE, [','] = U_WB_MIDNUM, [';'] = U_WB_MIDNUM, ['.'] = U_WB_MIDNUMLET,
    ['_'] = U_WB_EXTENDNUMLET | CHAR_WORD, ['@'] = U_WB_ALETTER | CHAR_WORD,
    ['0'] = DIGIT, ['1'] = DIGIT, ['2'] = DIGIT, ['3'] = DIGIT, ['4'] = DIGIT,
    ['5'] = DIGIT, ['6'] = DIGIT, ['7'] = DIGIT, ['8'] = DIGIT, ['9'] = DIGIT,
    L('A'), L('B'), L('C'), L('D'), L('E'), L('F'), L('G'), L('H'), L('I'), L('J'), L('K'), L('L'), L('M'),
    L('N'), L('O'), L('P'), L('Q'), L('R'), L('S'), L('T'), L('U'), L('V'), L('W'), L('X'), L('Y'), L('Z'),
};
#undef L
#undef LETTER
#undef DIGIT

#define WB_UNHANDLED (-1)

/* The class of c when the fast path handles it, else WB_UNHANDLED. */
static int word_break_class(UChar32 c)
{
    int wb;

    if (c < 0x80)
        return ascii_chars[c] & CHAR_CLASS;
    /* Latin, general punctuation, currency signs: no complex script. */
    if (!(c < 0x250 || (c >= 0x1E00 && c < 0x1F00) || (c >= 0x2000 && c < 0x20D0)))
        return WB_UNHANDLED;
    wb = u_getIntPropertyValue(c, UCHAR_WORD_BREAK);
    switch (wb) {
    case U_WB_ALETTER: case U_WB_NUMERIC: case U_WB_MIDNUM: case U_WB_MIDNUMLET: case U_WB_SINGLE_QUOTE:
    case U_WB_EXTENDNUMLET: case U_WB_WSEGSPACE: case U_WB_NEWLINE:
        return wb;
    case U_WB_MIDLETTER:
        return c == 0xFE55 || c == 0xFF1A ? U_WB_OTHER : wb;
    case U_WB_OTHER:
        return u_isalpha(c) || u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) ? WB_UNHANDLED : wb;
    default:
        return WB_UNHANDLED; /* Format, Extend, ZWJ and the rest: ICU's */
    }
}

/* Whether every character of the text has a class the fast path handles. */
static int fast_path_applies(const char *text, int32_t len)
{
    for (int32_t i = 0; i < len;) {
        UChar32 c;
        if (i + 8 <= len && frnp_eight_ascii(frnp_eight_load(text + i))) {
            i += 8; /* eight ASCII bytes */
            continue;
        }
        if ((unsigned char)text[i] < 0x80) {
            i++;
            continue;
        }
        U8_NEXT((const uint8_t *)text, i, len, c);
        if (c < 0 || word_break_class(c) == WB_UNHANDLED)
            return 0;
    }
    return 1;
}


static int is_word_class(unsigned wb)
{
    return wb == U_WB_ALETTER || wb == U_WB_NUMERIC || wb == U_WB_EXTENDNUMLET;
}

static unsigned wide_char(const char *text, int32_t *i, int32_t len)
{
    UChar32 c;
    unsigned wb;

    U8_NEXT((const uint8_t *)text, *i, len, c);
    wb = (unsigned)word_break_class(c);
    return wb | (is_word_class(wb) ? CHAR_WORD : 0) | (u_isalnum(c) ? CHAR_ALNUM : 0) |
           (u_isUWhiteSpace(c) ? CHAR_SPACE : 0);
}

/* The character at *i, which moves past it. */
static inline unsigned read_char(const char *text, int32_t *i, int32_t len)
{
    unsigned char byte = (unsigned char)text[*i];

    if (byte >= 0x80)
        return wide_char(text, i, len);
    (*i)++;
    return ascii_chars[byte];
}


/* WB6/WB7 and WB11/WB12: "don't", "U.S", "3.5", "1,000" hold together. */
static int mid_joins(unsigned before, unsigned mid, unsigned after)
{
    if (before == U_WB_ALETTER && after == U_WB_ALETTER)
        return mid == U_WB_MIDLETTER || mid == U_WB_MIDNUMLET || mid == U_WB_SINGLE_QUOTE;
    if (before == U_WB_NUMERIC && after == U_WB_NUMERIC)
        return mid == U_WB_MIDNUM || mid == U_WB_MIDNUMLET || mid == U_WB_SINGLE_QUOTE;
    return 0;
}

/* Whether the byte after a run of ASCII letters and digits may join the
 * word to more: a character WB6-WB12 let stand between two ('.', ',',
 * ';', '\''; no ASCII character is MidLetter to ICU), or the first byte
 * of a longer character (read as a character). */
static int joins_ascii(unsigned char byte)
{
    unsigned wb = ascii_chars[byte] & CHAR_CLASS;

    return byte >= 0x80 || wb == U_WB_MIDNUM || wb == U_WB_MIDNUMLET || wb == U_WB_SINGLE_QUOTE;
}

/* The end of the run of ASCII letters and digits (and '_', '@') at end,
 * whose first byte is one: the common case, a table load a byte. *last
 * gets the class of its last character; *alnum gathers. */
static int32_t ascii_word_run(const char *text, int32_t len, int32_t end, unsigned *last, unsigned *alnum)
{
    unsigned c = ascii_chars[(unsigned char)text[end]], run = 0;

    do
        run |= c;
    while (++end < len && ((c = ascii_chars[(unsigned char)text[end]]) & CHAR_WORD));
    *last = ascii_chars[(unsigned char)text[end - 1]] & CHAR_CLASS;
    *alnum |= run;
    return end;
}

/* The end of the segment whose first character, of class wb, ends at end
 * (WB3-WB13b); *alnum gathers whether it holds a letter or a digit. */
static int32_t segment_end(const char *text, int32_t len, unsigned wb, int32_t end, unsigned *alnum)
{
    unsigned last = wb, gathered = *alnum;

    if (wb == U_WB_CR) {
        int32_t next = end;
        return end < len && (read_char(text, &next, len) & CHAR_CLASS) == U_WB_LF ? next : end;
    }
    if (wb == U_WB_WSEGSPACE) {
        for (int32_t next = end; end < len && (read_char(text, &next, len) & CHAR_CLASS) == U_WB_WSEGSPACE;)
            end = next;
        return end;
    }
    if (!is_word_class(wb))
        return end;
    while (end < len) {
        int32_t next = end, after;
        unsigned c, d;
        if (ascii_chars[(unsigned char)text[end]] & CHAR_WORD) {
            end = ascii_word_run(text, len, end, &last, &gathered);
            /* A word ends at once at an ASCII character that cannot join
             * it to more (a space, most punctuation): the common case. */
            if (end < len && !joins_ascii((unsigned char)text[end]))
                break;
            continue;
        }
        c = read_char(text, &next, len);
        if (c & CHAR_WORD) {
            last = c & CHAR_CLASS;
            gathered |= c;
            end = next;
            continue;
        }
        if (next >= len)
            break;
        after = next;
        d = read_char(text, &after, len);
        if (!mid_joins(last, c & CHAR_CLASS, d & CHAR_CLASS))
            break;
        last = d & CHAR_CLASS;
        gathered |= d;
        end = after;
    }
    *alnum = gathered;
    return end;
}

/* Returns 1 when fn stopped the iteration. Offsets given to fn are from
 * base, where text starts at base + offset. */
static int fast_segments(const char *text, int32_t len, size_t offset, frnp_segment_fn fn, void *data)
{
    for (int32_t start = 0, end; start < len; start = end) {
        unsigned first, alnum;
        end = start;
        /* ASCII white space is skipped, as every segment starting with
         * it is: whatever follows starts a segment of its own (WB3-WB3d,
         * WB999), as none of the fast path's classes attaches to a space. */
        if (ascii_chars[(unsigned char)text[end]] & CHAR_SPACE) {
            while (++end < len && (ascii_chars[(unsigned char)text[end]] & CHAR_SPACE))
                ;
            continue;
        }
        first = read_char(text, &end, len);
        alnum = first;
        end = segment_end(text, len, first & CHAR_CLASS, end, &alnum);
        /* As on ICU's path: a segment that starts with white space is
         * skipped (U+202F, a no-break space, joins the word after it). */
        if (first & CHAR_SPACE)
            continue;
        if (fn(data, offset + (size_t)start, offset + (size_t)end, (first & CHAR_WORD) && (alnum & CHAR_ALNUM)))
            return 1;
    }
    return 0;
}

/* ICU's loop over text (at base + offset); 1 when fn stopped it, -1 when
 * ICU failed (*err says why). */
static int icu_segments(UBreakIterator *breaker, const char *text, int32_t len, size_t offset,
                        frnp_segment_fn fn, void *data, UErrorCode *err)
{
    UText ut = UTEXT_INITIALIZER; /* on the stack: opening it allocates nothing */
    int32_t start, end;
    int stopped = 0;

    utext_openUTF8(&ut, text, (int64_t)len, err);
    ubrk_setUText(breaker, &ut, err);
    if (U_FAILURE(*err)) {
        utext_close(&ut);
        return -1;
    }
    for (start = ubrk_first(breaker), end = ubrk_next(breaker); end != UBRK_DONE;
         start = end, end = ubrk_next(breaker)) {
        int32_t at = start;
        UChar32 first;
        U8_NEXT((const uint8_t *)text, at, end, first);
        if (u_isUWhiteSpace(first))
            continue; /* ICU gives a run of spaces as one segment */
        if (fn(data, offset + (size_t)start, offset + (size_t)end,
               ubrk_getRuleStatus(breaker) >= UBRK_WORD_NONE_LIMIT && has_letter_or_digit(text, start, end))) {
            stopped = 1;
            break;
        }
    }
    utext_close(&ut);
    return stopped;
}

/* Text with characters the fast path leaves to ICU, a line at a time:
 * UAX #29 breaks after every line feed whatever surrounds it (WB3a), so
 * each line is segmented alone, and only the lines that need ICU go to it
 * (an emoji in one paragraph leaves the others on the fast path). */
static int lines_segments(UBreakIterator *breaker, const char *text, int32_t len,
                          frnp_segment_fn fn, void *data, UErrorCode *err)
{
    for (int32_t start = 0, end; start < len; start = end) {
        const char *lf = memchr(text + start, '\n', (size_t)(len - start));
        int stopped;
        end = lf ? (int32_t)(lf - text) + 1 : len;
        stopped = fast_path_applies(text + start, end - start)
                      ? fast_segments(text + start, end - start, (size_t)start, fn, data)
                      : icu_segments(breaker, text + start, end - start, (size_t)start, fn, data, err);
        if (stopped)
            return stopped;
    }
    return 0;
}

frn_status frnp_segments_each(frn_ctx *ctx, const char *text, size_t len,
                              frnp_segment_fn fn, void *data)
{
    UBreakIterator *breaker;
    UErrorCode err = U_ZERO_ERROR;

    if (len == 0)
        return FRN_OK;
    /* ICU's break positions are 32-bit: a longer text is refused, never cut. */
    if (len > INT32_MAX)
        return frnp_fail(ctx, FRN_ERR_TOO_LARGE, FRNP_NO_POSITION,
                         "a text of %zu bytes, more than the %ld bytes ICU can segment",
                         len, (long)INT32_MAX);
    breaker = frnp_ctx_word_breaker(ctx);
    if (!breaker)
        return FRN_ERR_ICU;
    if (fast_path_applies(text, (int32_t)len)) {
        fast_segments(text, (int32_t)len, 0, fn, data);
        return FRN_OK;
    }
    if (lines_segments(breaker, text, (int32_t)len, fn, data, &err) < 0)
        return frnp_fail(ctx, FRN_ERR_ICU, FRNP_NO_POSITION, "ICU word segmentation failed: %s",
                         u_errorName(err));
    return FRN_OK;
}

typedef struct word_count {
    size_t count, limit;
} word_count;

static int count_word(void *data, size_t start, size_t end, int is_word)
{
    word_count *n = data;

    n->count += is_word != 0;
    return n->count >= n->limit;
}

size_t frnp_count_words(frn_ctx *ctx, const char *text, size_t len, size_t limit)
{
    word_count n = {0, limit};

    if (limit > 0)
        frnp_segments_each(ctx, text, len, count_word, &n);
    return n.count;
}

size_t frnp_possessive_base(const char *word, size_t len)
{
    if (len > 2 && word[len - 1] == 's' && word[len - 2] == '\'')
        return len - 2;
    if (len > 4 && word[len - 1] == 's' && memcmp(word + len - 4, "\xE2\x80\x99", 3) == 0)
        return len - 4;
    return len;
}
