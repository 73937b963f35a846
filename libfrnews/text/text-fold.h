/* The one case fold of the library. Words are compared without case by
 * folding both sides with ICU's simple case folding, code point by code
 * point (never the C library's tolower, whose answer depends on the
 * caller's locale: under tr_TR, 'I' does not fold to 'i'). The typographic
 * apostrophes U+2018 and U+2019 fold to ', since web pages use either:
 * "Smith’s" and "Smith's" agree. The lexicons are folded the same way when
 * they are compiled, so a lookup is a byte comparison. */
#ifndef FRNP_TEXT_FOLD_H
#define FRNP_TEXT_FOLD_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <unicode/utypes.h>
#include "eight-bytes.h"

/* The folded form of one code point. */
UChar32 frnp_fold_char(UChar32 c);

/* An ASCII byte folded, as frnp_fold_char folds it: a capital letter gets
 * the 0x20 bit, without a branch. */
static inline unsigned char frnp_fold_ascii(unsigned char byte)
{
    return (unsigned char)(byte | (((unsigned)byte - 'A' < 26u) << 5));
}

/* Fold text into out (cap bytes, no NUL added): whole code points, while
 * room for the longest one remains (U8_MAX_LENGTH bytes), so a word too
 * long for out is cut after its first cap - 3 bytes or so. Returns the
 * bytes written; *consumed (unless NULL) gets the text bytes folded, less
 * than len when out was too small. */
size_t frnp_fold(const char *text, size_t len, char *out, size_t cap, size_t *consumed);

/* Eight ASCII bytes folded at once: a byte plus 0x3F reaches 0x80 from 'A'
 * on, plus 0x25 from past 'Z' on; neither carries into the next byte. */
static inline uint64_t frnp_fold_eight_ascii(uint64_t x)
{
    uint64_t capitals = (x + FRNP_EIGHT(0x3F)) & ~(x + FRNP_EIGHT(0x25)) & FRNP_EIGHT(0x80);

    return x | (capitals >> 2);
}

/* The longest word frnp_fold_short_ascii() folds. */
#define FRNP_FOLD_SHORT_MAX 16

/* frnp_fold of a short word read eight bytes at a time: text[0, len), len
 * at most FRNP_FOLD_SHORT_MAX, with that many bytes readable at text (the
 * text goes on past the word). All ASCII, it is folded into
 * out[0, FRNP_FOLD_SHORT_MAX) (the bytes past len are zeros) and its length
 * returned; otherwise 0 is returned: the caller folds it with frnp_fold().
 * Inline: coverage folds every word this way. */
static inline size_t frnp_fold_short_ascii(const char *text, size_t len, char *out)
{
    /* The first n bytes in memory order, whatever the byte order: the
     * eight bytes at keep + 8 - n, n from 0 to 8. */
    static const unsigned char keep[16] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
    uint64_t first, second;

    if (len == 0 || len > FRNP_FOLD_SHORT_MAX)
        return 0;
    first = frnp_eight_load(text) & frnp_eight_load(keep + 8 - (len < 8 ? len : 8));
    second = len > 8 ? frnp_eight_load(text + 8) & frnp_eight_load(keep + 16 - len) : 0;
    if (!frnp_eight_ascii(first | second))
        return 0;
    first = frnp_fold_eight_ascii(first);
    second = frnp_fold_eight_ascii(second);
    memcpy(out, &first, 8);
    memcpy(out + 8, &second, 8);
    return len;
}

/* Length in text bytes of the text at text[pos] whose fold is the folded
 * phrase[0, phrase_len), or 0 when it does not start there. */
size_t frnp_fold_match(const char *text, size_t len, size_t pos, const char *phrase,
                       size_t phrase_len);

/* Whether text[0, len) folds to exactly the folded word[0, word_len). */
int frnp_fold_equals(const char *text, size_t len, const char *word, size_t word_len);

/* Whether two texts, neither folded, have the same fold. */
int frnp_fold_same(const char *a, size_t a_len, const char *b, size_t b_len);

#endif
