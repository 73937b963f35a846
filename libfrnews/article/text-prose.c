/* The prose classes of lines. */
#include <unicode/uchar.h>
#include "language.h"
#include "text-prose.h"
#include "text/text-words.h"
#include "text/utf8.h"

/* Lines this long (in words) are prose whatever else they show. */
#define LONG_LINE_WORDS 25
/* Or this long in bytes: scripts written without spaces have few "words". */
#define LONG_LINE_BYTES 240
#define NEAR_MIN_BYTES 60
/* Shorter lines are prose when they have sentences and function words. */
#define PROSE_MIN_WORDS 8
#define NEAR_MIN_WORDS 5
/* Running text has a fifth or more function words; menus and titles far fewer. */
#define PROSE_MIN_FUNCTION_SHARE 0.12

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

frnp_prose_class frnp_prose_class_of(frn_ctx *ctx, const char *line, size_t len)
{
    size_t words = len >= LONG_LINE_BYTES ? 0 : frnp_count_words(ctx, line, len, LONG_LINE_WORDS);

    if (words >= LONG_LINE_WORDS || len >= LONG_LINE_BYTES)
        return FRNP_PROSE_GOOD;
    if (words < NEAR_MIN_WORDS && len < NEAR_MIN_BYTES)
        return FRNP_PROSE_SHORT;
    if (words >= PROSE_MIN_WORDS && ends_sentence(line, len) &&
        frnp_function_word_share(ctx, line, len) >= PROSE_MIN_FUNCTION_SHARE)
        return FRNP_PROSE_GOOD;
    return FRNP_PROSE_NEAR;
}
