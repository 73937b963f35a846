/* Pairing quotation marks. Double marks delimit quotations (curly,
 * straight and full-width, low-9, guillemets either way round, and the CJK
 * brackets 「」『』); single marks only when they open at a word boundary
 * and no double mark is open, since U+2019 is also the apostrophe. Marks
 * nested inside a quotation are left to it. */
#include <stdint.h>
#include <string.h>
#include <unicode/uchar.h>
#include "quote-marks.h"
#include "text/eight-bytes.h"
#include "text/utf8.h"

enum mark_kind { MARK_NONE, MARK_DOUBLE, MARK_SINGLE };

/* Two apostrophes standing for a double mark (''...''), as some wire and
 * archive texts print them: a value outside Unicode for the opener. */
#define TWO_APOSTROPHES 0x110000

typedef struct mark_state {
    enum mark_kind open;
    UChar32 opener;
    size_t open_at, content_start;
} mark_state;

int frnp_is_quotation_mark(int c)
{
    return u_hasBinaryProperty((UChar32)c, UCHAR_QUOTATION_MARK);
}

/* The CJK corner and white corner brackets and the double prime marks
 * open a quotation that only their own closing mark ends: 「...」, 『...』
 * (inside 「」 a 『』 is a quotation within the quotation), 〝...〞. */
static UChar32 cjk_closer(UChar32 opener)
{
    switch (opener) {
    case 0x300C: return 0x300D;
    case 0x300E: return 0x300F;
    case 0x301D: return 0x301E;
    default: return 0;
    }
}

static int opens_double(UChar32 c, UChar32 prev, UChar32 next)
{
    int after_boundary;

    if (c == 0x201C || c == 0x201E || c == 0x00AB || cjk_closer(c))
        return 1;
    after_boundary = prev < 0 || u_isUWhiteSpace(prev) || u_ispunct(prev);
    /* A straight mark (or its full-width form), or a closing mark misused
     * as an opening one, opens at a word boundary before a word. */
    return (c == '"' || c == 0xFF02 || c == 0x201D || c == TWO_APOSTROPHES || c == 0x00BB) && after_boundary &&
           next >= 0 && !u_isUWhiteSpace(next);
}

static int closes_double(UChar32 c, UChar32 opener)
{
    if (cjk_closer(opener))
        return c == cjk_closer(opener) || (opener == 0x301D && c == 0x301F); /* 〝...〟 too */
    if (opener == TWO_APOSTROPHES || c == TWO_APOSTROPHES)
        return opener == TWO_APOSTROPHES && c == TWO_APOSTROPHES;
    if (c == 0xFF02)
        return 1;
    if (c == 0x201D || c == '"' || (c == 0x00BB && opener != 0x00BB))
        return 1;
    if (opener == 0x00BB) /* German »...« */
        return c == 0x00AB || c == 0x00BB;
    return c == 0x201C && opener == 0x201E; /* German „...“ */
}

static int opens_single(UChar32 c, UChar32 prev)
{
    return (c == 0x2018 || c == 0x2039) && (prev < 0 || u_isUWhiteSpace(prev) || prev == '(');
}

static int closes_single(UChar32 c, UChar32 next)
{
    return (c == 0x2019 || c == 0x203A) && !(next >= 0 && u_isalnum(next));
}

static int starts_with_opening_mark(const char *src, frn_span paragraph)
{
    size_t pos = paragraph.start;
    UChar32 c = frnp_utf8_next(src, paragraph.end, &pos);
    UChar32 next = frnp_utf8_next(src, paragraph.end, &pos);

    if (c == '\'' && next == '\'') {
        c = TWO_APOSTROPHES;
        next = frnp_utf8_next(src, paragraph.end, &pos);
    }
    return c >= 0 && (opens_double(c, -1, next) || opens_single(c, -1));
}

static int emit(const char *src, const mark_state *state, size_t close_start, size_t close_end,
                int closed, frnp_marked_quote_sink sink, void *data)
{
    frnp_marked_quote quote;

    quote.outer = (frn_span){state->open_at, close_end};
    quote.content = frnp_utf8_trim(src, (frn_span){state->content_start, close_start});
    quote.closed = closed;
    if (quote.content.start == quote.content.end)
        return 1;
    return sink(data, &quote);
}

static int is_plain(unsigned char byte)
{
    return byte < 0x80 && byte != '"' && byte != '\'';
}

/* The end of the run of ASCII bytes from pos that are no quotation mark:
 * most of a paragraph, skipped eight bytes at a time. */
static size_t plain_run_end(const char *src, size_t pos, size_t end)
{
    uint64_t eight;

    while (pos + 8 <= end && (eight = frnp_eight_load(src + pos), frnp_eight_ascii(eight)) &&
           !(frnp_eight_has_byte(eight, '"') | frnp_eight_has_byte(eight, '\'')))
        pos += 8;
    while (pos < end && is_plain((unsigned char)src[pos]))
        pos++;
    return pos;
}

int frnp_quote_marks_find(const char *src, frn_span paragraph, const frn_span *next_paragraph,
                         frnp_marked_quote_sink sink, void *data)
{
    mark_state state = {MARK_NONE, 0, 0, 0};
    UChar32 prev = -1;
    size_t pos = paragraph.start;

    while (pos < paragraph.end) {
        size_t at = pos, after;
        UChar32 c, next;
        /* Most characters are ASCII and no mark: nothing to decide. */
        if (is_plain((unsigned char)src[pos])) {
            pos = plain_run_end(src, pos, paragraph.end);
            prev = (unsigned char)src[pos - 1];
            continue;
        }
        c = frnp_utf8_next(src, paragraph.end, &pos);
        if (c >= 0x80 && !frnp_is_quotation_mark(c)) {
            prev = c;
            continue;
        }
        if (c == '\'' && pos < paragraph.end && src[pos] == '\'') {
            c = TWO_APOSTROPHES;
            pos++;
        }
        after = pos;
        next = frnp_utf8_next(src, paragraph.end, &after);
        if (state.open == MARK_DOUBLE && closes_double(c, state.opener)) {
            if (!emit(src, &state, at, pos, 1, sink, data))
                return 0;
            state.open = MARK_NONE;
        } else if (state.open == MARK_SINGLE && closes_single(c, next)) {
            if (!emit(src, &state, at, pos, 1, sink, data))
                return 0;
            state.open = MARK_NONE;
        } else if (state.open == MARK_DOUBLE && c == state.opener && c != '"' && c != 0xFF02 && !cjk_closer(c)) {
            /* The same curly opening again: the first was never closed. */
            state = (mark_state){MARK_DOUBLE, c, at, pos};
        } else if (state.open != MARK_DOUBLE && opens_double(c, prev, next)) {
            state = (mark_state){MARK_DOUBLE, c, at, pos};
        } else if (state.open == MARK_NONE && opens_single(c, prev)) {
            state = (mark_state){MARK_SINGLE, c, at, pos};
        }
        prev = c;
    }
    if (state.open != MARK_NONE && next_paragraph && starts_with_opening_mark(src, *next_paragraph))
        return emit(src, &state, paragraph.end, paragraph.end, 0, sink, data);
    return 1;
}
