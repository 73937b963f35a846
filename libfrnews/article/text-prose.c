/* The prose classes of lines. */
#include <unicode/uchar.h>
#include "language.h"
#include "text-prose.h"
#include "text/text-words.h"
#include "text/utf8.h"

/* Lines this long (in words) are prose when they read as prose at all
 * (long_line_is_prose). */
#define LONG_LINE_WORDS 25
/* Or this long in bytes: scripts written without spaces have few "words". */
#define LONG_LINE_BYTES 240
#define NEAR_MIN_BYTES 60
/* Shorter lines are prose when they have sentences and function words. */
#define PROSE_MIN_WORDS 8
#define NEAR_MIN_WORDS 5
/* Running text has a fifth or more function words; menus and titles far fewer. */
#define PROSE_MIN_FUNCTION_SHARE 0.12
/* A long line's share is read from its start: a select box's options or a
 * script's data can run to megabytes in one line. */
#define SHARE_SAMPLE_BYTES 480

UChar32 frnp_last_before_closers(const char *line, size_t len)
{
    size_t end = len;
    UChar32 last = frnp_utf8_prev(line, &end);

    /* Closing quotation marks of any style (two apostrophes, '', in some;
     * “ and « in German) and a bracket may follow the full stop. */
    for (int k = 0; k < 2 && end > 0 && (u_hasBinaryProperty(last, UCHAR_QUOTATION_MARK) || last == ')'); k++)
        last = frnp_utf8_prev(line, &end);
    return last;
}

static int ends_sentence(const char *line, size_t len)
{
    UChar32 last = frnp_last_before_closers(line, len);

    return last == '.' || last == '!' || last == '?' || last == ':' || last == 0x3002;
}

/* What ends or divides a sentence: Latin punctuation, "…", the CJK and
 * full-width stops, the Devanagari danda, the Arabic question mark and full
 * stop, the Ethiopic, Khmer, Myanmar and Tibetan stops. */
static const UChar32 sentence_marks[] = {'.',    '!',    '?',    ';',    ':',    0x2026,
                                         0x3002, 0xFF0E, 0xFF01, 0xFF1F, 0x0964, 0x0965,
                                         0x061F, 0x06D4, 0x1362, 0x17D4, 0x104B, 0x0F0D};

/* Whether c is a sentence mark. Thai and Lao mark no sentence end, so
 * their letters count as one; so do box-drawing characters, whose lines
 * are the rows of a table a text browser drew (w3m, lynx): the table is
 * the article's as much as its paragraphs (see is_table_row). */
static int is_sentence_mark(UChar32 c)
{
    for (size_t i = 0; i < sizeof sentence_marks / sizeof *sentence_marks; i++)
        if (c == sentence_marks[i])
            return 1;
    return (c >= 0x0E00 && c <= 0x0EFF) || (c >= 0x2500 && c <= 0x257F);
}

/* Columns a text browser lays out with runs of spaces: at least two gaps
 * this wide between text make a line a table's row. */
#define COLUMN_GAP_SPACES 3

static int is_table_row(const char *line, size_t len)
{
    size_t gaps = 0, run = 0;

    for (size_t i = 0; i < len; i++) {
        if (line[i] == ' ') {
            run++;
            continue;
        }
        if (run >= COLUMN_GAP_SPACES && run < i)
            gaps++;
        run = 0;
    }
    return gaps >= 2;
}

static int has_sentence_mark(const char *line, size_t len)
{
    size_t pos = 0;

    if (is_sentence_mark(frnp_last_before_closers(line, len)))
        return 1; /* most paragraphs: one look at their end */
    while (pos < len) {
        unsigned char b = (unsigned char)line[pos];
        if (b < 0x80) { /* most of a line: no decoding */
            if (b == '.' || b == '!' || b == '?' || b == ';' || b == ':')
                return 1;
            pos++;
        } else if (is_sentence_mark(frnp_utf8_next(line, len, &pos)))
            return 1;
    }
    return 0;
}

/* Whether a long line reads as prose: a sentence mark anywhere, a table's
 * row, or the function words of running text (a last full stop the page
 * left out). Without any it is a list run together ("Mechanical Services
 * Fremont | Mechanical Services Camarillo | ..."), a select box's months,
 * a tag cloud. */
static int long_line_is_prose(frn_ctx *ctx, const char *line, size_t len)
{
    return has_sentence_mark(line, len) || is_table_row(line, len) ||
           frnp_function_word_share(ctx, line, frnp_utf8_prefix(line, len, SHARE_SAMPLE_BYTES)) >=
               PROSE_MIN_FUNCTION_SHARE;
}

frnp_prose_class frnp_prose_class_of(frn_ctx *ctx, const char *line, size_t len)
{
    size_t words = len >= LONG_LINE_BYTES ? 0 : frnp_count_words(ctx, line, len, LONG_LINE_WORDS);

    if (words >= LONG_LINE_WORDS || len >= LONG_LINE_BYTES)
        return long_line_is_prose(ctx, line, len) ? FRNP_PROSE_GOOD : FRNP_PROSE_NEAR;
    if (words < NEAR_MIN_WORDS && len < NEAR_MIN_BYTES)
        return FRNP_PROSE_SHORT;
    if (words >= PROSE_MIN_WORDS && ends_sentence(line, len) &&
        frnp_function_word_share(ctx, line, len) >= PROSE_MIN_FUNCTION_SHARE)
        return FRNP_PROSE_GOOD;
    return FRNP_PROSE_NEAR;
}
