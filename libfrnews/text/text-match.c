/* Phrase matching on folded text. */
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include "text-fold.h"
#include "text-match.h"
#include "utf8.h"

size_t frnp_match_at(const char *text, size_t len, size_t pos, const char *phrase)
{
    return frnp_fold_match(text, len, pos, phrase, strlen(phrase));
}

/* Whether a match of the folded phrase can start at byte b: an ASCII
 * character folds to one ASCII byte, which must be the phrase's first;
 * any other byte is left to the full match (U+212A folds to 'k'). */
static int may_start(unsigned char b, unsigned char first)
{
    return b >= 0x80 || frnp_fold_ascii(b) == first;
}

size_t frnp_find(const char *text, size_t len, const char *phrase)
{
    size_t n = strlen(phrase);

    for (size_t pos = 0; pos < len; pos++)
        if (n > 0 && may_start((unsigned char)text[pos], (unsigned char)phrase[0]) &&
            frnp_fold_match(text, len, pos, phrase, n))
            return pos;
    return (size_t)-1;
}

int frnp_is_whole_word(const char *text, size_t len, size_t start, size_t end)
{
    size_t before = start, after = end;
    UChar32 prev = frnp_utf8_prev(text, &before);
    UChar32 next = frnp_utf8_next(text, len, &after);

    return !(prev >= 0 && u_isalnum(prev)) && !(next >= 0 && u_isalnum(next));
}

size_t frnp_line_core_length(const char *line, size_t len)
{
    /* sizeof counts the terminating NUL, which trails too. */
    while (len > 0 && memchr(FRNP_LINE_TRAILING, line[len - 1], sizeof FRNP_LINE_TRAILING))
        len--;
    return len;
}

char *frnp_fold_dup(const char *text, size_t len, size_t *folded_len)
{
    /* A code point's fold is at most half as long again as the code point
     * (two bytes to three), so twice the length always suffices. */
    size_t cap = 2 * len + U8_MAX_LENGTH;
    char *folded = malloc(cap + 1);

    if (!folded)
        return NULL;
    *folded_len = frnp_fold(text, len, folded, cap, NULL);
    folded[*folded_len] = '\0';
    return folded;
}
