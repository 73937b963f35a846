/* The word segmentation loop, run directly on UTF-8.
 *
 * Most news text is Latin letters, digits and a few dozen punctuation
 * marks, for which ICU's word rules (UAX #29 as ICU 72 tailors it) come down
 * to a handful of pair rules; ICU spends most of its time elsewhere (the
 * UText, the rule tables, the boundary cache). Such text is segmented here
 * by those pair rules, giving exactly ICU's segments; any other text goes
 * to ICU. The choice is made line by line: a line terminator is a break on
 * both sides (WB3a, WB3b) and white space, so lines segment alone exactly
 * as they do together. tests/check_int_text.c holds the fast path to ICU's
 * answer on every character it knows and on random text. */
#include <stdint.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>
#include "core/context.h"
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

/* ICU's segments of text[0, len), offset added to what fn receives;
 * *stopped when fn asked to stop. */
static frn_status icu_segments(frn_ctx *ctx, UBreakIterator *breaker, const char *text,
                               size_t offset, size_t len, frnp_segment_fn fn, void *data,
                               int *stopped)
{
    UErrorCode err = U_ZERO_ERROR;
    UText ut = UTEXT_INITIALIZER; /* on the stack: opening it allocates nothing */
    int32_t start, end;

    utext_openUTF8(&ut, text, (int64_t)len, &err);
    ubrk_setUText(breaker, &ut, &err);
    if (U_FAILURE(err)) {
        utext_close(&ut);
        return frnp_fail(ctx, FRN_ERR_ICU, FRNP_NO_POSITION, "ICU word segmentation failed: %s",
                         u_errorName(err));
    }
    for (start = ubrk_first(breaker), end = ubrk_next(breaker); end != UBRK_DONE;
         start = end, end = ubrk_next(breaker)) {
        int32_t at = start;
        UChar32 first;
        U8_NEXT((const uint8_t *)text, at, end, first);
        if (u_isUWhiteSpace(first))
            continue; /* ICU gives a run of spaces as one segment */
        if (fn(data, offset + (size_t)start, offset + (size_t)end,
               ubrk_getRuleStatus(breaker) >= UBRK_WORD_NONE_LIMIT &&
                   has_letter_or_digit(text, start, end))) {
            *stopped = 1;
            break;
        }
    }
    utext_close(&ut);
    return FRN_OK;
}

/* --- the fast path --- */

/* The word break classes of the characters the fast path knows. */
enum {
    WB_UNKNOWN,    /* anything else: the line goes to ICU */
    WB_OTHER,      /* a segment of its own */
    WB_LETTER,     /* ALetter: joins letters and digits */
    WB_DIGIT,      /* Numeric */
    WB_MID_LETTER, /* between letters: "·" */
    WB_MID_NUM,    /* between digits: "," ";" "⁄" */
    WB_MID_BOTH,   /* between letters or between digits: "." "'" "’" */
    WB_CONNECTOR,  /* ExtendNumLet: "_" joins everything word-like */
    WB_SPACE,      /* WSegSpace: runs of them are one segment */
    WB_LINE_END    /* CR, LF and the other line terminators */
};

/* ASCII as ICU 72's root word rules class it: '@' joins like a letter (to
 * keep e-mail addresses whole), ':' does not join letters. */
static const unsigned char ascii_class[128] = {
    WB_OTHER, WB_OTHER, WB_OTHER, WB_OTHER, WB_OTHER, WB_OTHER, WB_OTHER, WB_OTHER,
    WB_OTHER, WB_OTHER, WB_LINE_END, WB_LINE_END, WB_LINE_END, WB_LINE_END, WB_OTHER, WB_OTHER,
    WB_OTHER, WB_OTHER, WB_OTHER, WB_OTHER, WB_OTHER, WB_OTHER, WB_OTHER, WB_OTHER,
    WB_OTHER, WB_OTHER, WB_OTHER, WB_OTHER, WB_OTHER, WB_OTHER, WB_OTHER, WB_OTHER,
    /* space ! " # $ % & ' ( ) * + , - . / */
    WB_SPACE, WB_OTHER, WB_OTHER, WB_OTHER, WB_OTHER, WB_OTHER, WB_OTHER, WB_MID_BOTH,
    WB_OTHER, WB_OTHER, WB_OTHER, WB_OTHER, WB_MID_NUM, WB_OTHER, WB_MID_BOTH, WB_OTHER,
    /* 0-9 : ; < = > ? */
    WB_DIGIT, WB_DIGIT, WB_DIGIT, WB_DIGIT, WB_DIGIT, WB_DIGIT, WB_DIGIT, WB_DIGIT,
    WB_DIGIT, WB_DIGIT, WB_OTHER, WB_MID_NUM, WB_OTHER, WB_OTHER, WB_OTHER, WB_OTHER,
    /* @ A-Z [ \ ] ^ _ */
    WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER,
    WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER,
    WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER,
    WB_LETTER, WB_LETTER, WB_LETTER, WB_OTHER, WB_OTHER, WB_OTHER, WB_OTHER, WB_CONNECTOR,
    /* ` a-z { | } ~ DEL */
    WB_OTHER, WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER,
    WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER,
    WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER, WB_LETTER,
    WB_LETTER, WB_LETTER, WB_LETTER, WB_OTHER, WB_OTHER, WB_OTHER, WB_OTHER, WB_OTHER,
};

/* Beyond ASCII: the Latin letters up to Latin Extended-B, Latin-1's
 * punctuation, and General Punctuation without its format characters. */
static unsigned latin_class(UChar32 c)
{
    if (c < 0x80)
        return ascii_class[c];
    if (c == 0x85)
        return WB_LINE_END;
    if (c >= 0xA0 && c <= 0xBF) {
        if (c == 0xAA || c == 0xB5 || c == 0xBA)
            return WB_LETTER;
        if (c == 0xB7)
            return WB_MID_LETTER;
        return c == 0xAD ? WB_UNKNOWN : WB_OTHER; /* the soft hyphen is a format character */
    }
    if (c >= 0xC0 && c <= 0x24F)
        return c == 0xD7 || c == 0xF7 ? WB_OTHER : WB_LETTER;
    if (c >= 0x2000 && c <= 0x205E) {
        if (c <= 0x200A)
            return c == 0x2007 ? WB_OTHER : WB_SPACE;
        if ((c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E))
            return WB_UNKNOWN; /* zero width and direction marks */
        if (c == 0x2018 || c == 0x2019 || c == 0x2024)
            return WB_MID_BOTH;
        if (c == 0x2027)
            return WB_MID_LETTER;
        if (c == 0x2044)
            return WB_MID_NUM; /* ICU joins "1⁄2" */
        if (c == 0x2028 || c == 0x2029)
            return WB_LINE_END;
        if (c == 0x202F)
            return WB_CONNECTOR;
        if (c == 0x203F || c == 0x2040 || c == 0x2054)
            return WB_UNKNOWN; /* connectors ICU may tailor */
        return WB_OTHER;
    }
    if (c >= 0x20A0 && c <= 0x20C0)
        return WB_OTHER; /* currency signs */
    return WB_UNKNOWN;
}

static int is_letter_like(unsigned cls)
{
    return cls == WB_LETTER || cls == WB_DIGIT;
}

/* Whether the break between b and c (a before b, d after c; WB_OTHER past
 * the ends) is suppressed by ICU's rules: WB3d, WB5-WB13b. */
static int joined(unsigned a, unsigned b, unsigned c, unsigned d)
{
    if (b == WB_SPACE)
        return c == WB_SPACE;
    if (is_letter_like(b) && is_letter_like(c))
        return 1; /* WB5, WB8, WB9, WB10 */
    if (b == WB_LETTER && (c == WB_MID_LETTER || c == WB_MID_BOTH))
        return d == WB_LETTER; /* WB6 */
    if (c == WB_LETTER && (b == WB_MID_LETTER || b == WB_MID_BOTH))
        return a == WB_LETTER; /* WB7 */
    if (b == WB_DIGIT && (c == WB_MID_NUM || c == WB_MID_BOTH))
        return d == WB_DIGIT; /* WB12 */
    if (c == WB_DIGIT && (b == WB_MID_NUM || b == WB_MID_BOTH))
        return a == WB_DIGIT; /* WB11 */
    if (c == WB_CONNECTOR)
        return is_letter_like(b) || b == WB_CONNECTOR; /* WB13a */
    return b == WB_CONNECTOR && is_letter_like(c); /* WB13b */
}

static unsigned decode_class(const char *text, size_t end, size_t *at, UChar32 *c)
{
    U8_NEXT((const uint8_t *)text, *at, end, *c);
    return *c < 0 ? WB_UNKNOWN : latin_class(*c);
}

/* The class of the character at text[*at] (ending no later than end),
 * *at moved past it and *c set to it; WB_OTHER past the end, where no rule
 * looks for it. ASCII inline, the rest decoded. */
static inline unsigned next_class(const char *text, size_t end, size_t *at, UChar32 *c)
{
    unsigned char byte;

    if (*at >= end) {
        *c = 0;
        return WB_OTHER;
    }
    byte = (unsigned char)text[*at];
    if (byte < 0x80) {
        (*at)++;
        *c = byte;
        return ascii_class[byte];
    }
    return decode_class(text, end, at, c);
}

/* Where the line starting at text[start] ends (its terminator, or len), and
 * whether the fast path knows every character of it. */
static size_t line_end(const char *text, size_t start, size_t len, int *known)
{
    size_t at = start;

    *known = 1;
    while (at < len) {
        size_t here = at;
        UChar32 c;
        unsigned cls;
        unsigned char byte = (unsigned char)text[at];
        if (byte < 0x80 && ascii_class[byte] != WB_LINE_END) {
            at++;
            continue;
        }
        cls = next_class(text, len, &at, &c);
        if (cls == WB_LINE_END)
            return here;
        if (cls == WB_UNKNOWN)
            *known = 0;
    }
    return len;
}

static int is_space_start(UChar32 c)
{
    return c < 0x80 ? c == ' ' || (c >= '\t' && c <= '\r') : u_isUWhiteSpace(c);
}

static int is_alnum_char(UChar32 c, unsigned cls)
{
    return cls == WB_DIGIT || (cls == WB_LETTER && c != '@');
}

static int is_ascii_letter_like(unsigned char byte)
{
    return byte < 0x80 && is_letter_like(ascii_class[byte]);
}

/* Whether a segment holds a letter or digit: the first character tells for
 * nearly all; only "_a", "@b" and the like are read further. */
static int segment_has_alnum(const char *text, size_t start, size_t end, UChar32 first,
                             unsigned first_class)
{
    UChar32 c;

    if (is_alnum_char(first, first_class))
        return 1;
    while (start < end)
        if (is_alnum_char(c, next_class(text, end, &start, &c)))
            return 1;
    return 0;
}

/* The segments of a line of known characters, as ICU gives them; returns
 * nonzero when fn asked to stop. Each break is decided on the two
 * characters before it and the two after (a b | c d). */
static int fast_segments(const char *text, size_t start, size_t end, frnp_segment_fn fn,
                         void *data)
{
    size_t segment = start, b_end = start, c_end, d_end;
    UChar32 b_char, c_char, d_char, first;
    unsigned a = WB_OTHER, b = next_class(text, end, &b_end, &b_char), c, d, first_class;

    c_end = b_end;
    c = next_class(text, end, &c_end, &c_char);
    d_end = c_end;
    d = next_class(text, end, &d_end, &d_char);
    first = b_char;
    first_class = b;
    while (segment < end) {
        if (is_letter_like(b) && is_letter_like(c) && is_letter_like(d) && d_end + 3 <= end &&
            is_ascii_letter_like((unsigned char)text[d_end]) &&
            is_ascii_letter_like((unsigned char)text[d_end + 1]) &&
            is_ascii_letter_like((unsigned char)text[d_end + 2])) {
            /* Inside a run of letters and digits no break is possible
             * (WB5, WB8-WB10): move on to the run's last two characters. */
            size_t run = d_end + 3;
            while (run < end && is_ascii_letter_like((unsigned char)text[run]))
                run++;
            a = ascii_class[(unsigned char)text[run - 3]];
            b = ascii_class[(unsigned char)text[run - 2]];
            b_char = (unsigned char)text[run - 2];
            b_end = run - 1;
            c = ascii_class[(unsigned char)text[run - 1]];
            c_char = (unsigned char)text[run - 1];
            c_end = run;
            d_end = run;
            d = next_class(text, end, &d_end, &d_char);
        }
        if (b_end >= end || !joined(a, b, c, d)) {
            if (!is_space_start(first) &&
                fn(data, segment, b_end, segment_has_alnum(text, segment, b_end, first, first_class)))
                return 1;
            segment = b_end;
            first = c_char;
            first_class = c;
        }
        a = b;
        b = c;
        b_char = c_char;
        b_end = c_end;
        c = d;
        c_char = d_char;
        c_end = d_end;
        d = next_class(text, end, &d_end, &d_char);
    }
    return 0;
}

frn_status frnp_segments_each(frn_ctx *ctx, const char *text, size_t len,
                              frnp_segment_fn fn, void *data)
{
    UBreakIterator *breaker;
    size_t at = 0;
    int stopped = 0;

    if (len == 0)
        return FRN_OK;
    if (len > INT32_MAX)
        len = INT32_MAX;
    breaker = frnp_ctx_word_breaker(ctx);
    if (!breaker)
        return FRN_ERR_ICU;
    /* Line terminators are white space: never a segment given to fn. */
    while (at < len && !stopped) {
        int known;
        size_t end = line_end(text, at, len, &known);
        frn_status status = FRN_OK;
        UChar32 c;
        if (end > at) {
            if (known)
                stopped = fast_segments(text, at, end, fn, data);
            else
                status = icu_segments(ctx, breaker, text + at, at, end - at, fn, data, &stopped);
        }
        if (status != FRN_OK)
            return status;
        at = end;
        if (at < len)
            next_class(text, len, &at, &c); /* the terminator */
    }
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
