/* Bylines and author boxes. */
#include <string.h>
#include <unicode/uchar.h>
#include "byline.h"
#include "text/utf8.h"

/* Length of the word at text[pos] (letters, apostrophes, hyphens, a dot for initials). */
static size_t word_length(const char *text, size_t len, size_t pos)
{
    size_t end = pos;

    while (end < len) {
        size_t next = end;
        UChar32 c = frnp_utf8_next(text, len, &next);
        if (!(u_isalpha(c) || c == '\'' || c == 0x2019 || c == '-' || c == '.'))
            break;
        end = next;
    }
    return end - pos;
}

/* The length of the word at text[pos] and of the space after it, when the
 * word is in one of the classes; 0 otherwise. */
static size_t word_in(const frnp_lexicon *lexicon, const char *text, size_t len, size_t pos,
                      uint32_t classes)
{
    const char *space = memchr(text + pos, ' ', len - pos);
    size_t n = space ? (size_t)(space - text) - pos : 0;

    return n && (frnp_lexicon_classes(lexicon, text + pos, n) & classes) ? n + 1 : 0;
}

size_t frnp_name_length(const frnp_lexicon *lexicon, const char *text, size_t len)
{
    size_t pos = 0, end = 0, words = 0;

    while (pos < len && words < 4) {
        size_t at = pos, n = word_length(text, len, pos);
        UChar32 first;
        if (n == 0)
            break;
        first = frnp_utf8_next(text, len, &at);
        if (!u_isupper(first) && !(frnp_lexicon_classes(lexicon, text + pos, n) & FRNP_LEX_NAME_PARTICLE))
            break;
        if (u_isupper(first)) {
            words++;
            end = pos + n;
        }
        pos += n;
        if (pos >= len || text[pos] != ' ')
            break;
        pos++;
    }
    /* A trailing dot belongs to an initial, not to a sentence. */
    if (words >= 2 && end > 0 && text[end - 1] == '.' && end >= 2 && !u_isupper((UChar32)(unsigned char)text[end - 2]))
        end--;
    return words >= 2 ? end : 0;
}

/* Split "A, B and C" into names. */
static size_t each_name(const frnp_lexicon *lexicon, const char *line, size_t pos, size_t len,
                        frn_span names[FRNP_BYLINE_MAX_NAMES])
{
    size_t count = 0;

    while (pos < len && count < FRNP_BYLINE_MAX_NAMES) {
        size_t n = frnp_name_length(lexicon, line + pos, len - pos);
        if (n == 0)
            break;
        names[count++] = (frn_span){pos, pos + n};
        pos += n;
        while (pos < len && strchr(" ,;&|", line[pos]))
            pos++;
        pos += word_in(lexicon, line, len, pos, FRNP_LEX_NAME_LIST_CONJUNCTION);
    }
    return count;
}

size_t frnp_byline_names(const frnp_lexicon *lexicon, const char *line, size_t len,
                         frn_span names[FRNP_BYLINE_MAX_NAMES])
{
    size_t n;

    if (len > 120)
        return 0;
    n = frnp_lexicon_prefix(lexicon, FRNP_PHRASES_BYLINE_OPENER, line, len);
    return n && n < len && line[n] == ' ' ? each_name(lexicon, line, n + 1, len, names) : 0;
}

size_t frnp_bio_name_length(const frnp_lexicon *lexicon, const char *bio, size_t len)
{
    size_t n = frnp_name_length(lexicon, bio, len);

    if (n == 0 || n + 1 >= len)
        return 0;
    if ((bio[n] == ',' && bio[n + 1] == ' ') ||
        (bio[n] == ' ' && word_in(lexicon, bio, len, n + 1, FRNP_LEX_BIO_VERB)))
        return n;
    return 0;
}
