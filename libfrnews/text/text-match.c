/* Case-insensitive phrase matching for the lexicons (ASCII phrases). */
#include <ctype.h>
#include <string.h>
#include <unicode/uchar.h>
#include "text-match.h"
#include "utf8.h"

static const char right_single_quote[] = "\xE2\x80\x99";

size_t frnp_match_at(const char *text, size_t len, size_t pos, const char *phrase)
{
    size_t start = pos;

    for (; *phrase; phrase++) {
        if (pos >= len)
            return 0;
        if (*phrase == '\'' && len - pos >= 3 && memcmp(text + pos, right_single_quote, 3) == 0) {
            pos += 3;
            continue;
        }
        if (tolower((unsigned char)text[pos]) != tolower((unsigned char)*phrase))
            return 0;
        pos++;
    }
    return pos - start;
}

size_t frnp_find(const char *text, size_t len, const char *phrase)
{
    int first = tolower((unsigned char)phrase[0]);

    for (size_t pos = 0; pos < len; pos++) {
        if (tolower((unsigned char)text[pos]) != first && !(first == '\'' && text[pos] == '\xE2'))
            continue;
        if (frnp_match_at(text, len, pos, phrase))
            return pos;
    }
    return (size_t)-1;
}

int frnp_starts_with(const char *text, size_t len, const char *phrase)
{
    return frnp_match_at(text, len, 0, phrase) > 0;
}

int frnp_equals_loosely(const char *text, size_t len, const char *phrase)
{
    size_t n = frnp_match_at(text, len, 0, phrase);

    if (!n)
        return 0;
    for (; n < len; n++)
        if (!strchr(" \t:.!?-|>»", text[n]))
            return 0;
    return 1;
}

int frnp_find_any(const char *text, size_t len, const char *const *phrases)
{
    for (int i = 0; phrases[i]; i++)
        if (frnp_find(text, len, phrases[i]) != (size_t)-1)
            return i;
    return -1;
}

int frnp_is_whole_word(const char *text, size_t len, size_t start, size_t end)
{
    size_t before = start, after = end;
    UChar32 prev = frnp_utf8_prev(text, &before);
    UChar32 next = frnp_utf8_next(text, len, &after);

    return !(prev >= 0 && u_isalnum(prev)) && !(next >= 0 && u_isalnum(next));
}

size_t frnp_fold_into(const char *text, size_t len, char *out, size_t cap)
{
    size_t n = 0;

    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (n + 1 >= cap)
            return 0;
        if (c == 0xE2 && len - i >= 3 && memcmp(text + i, right_single_quote, 3) == 0) {
            out[n++] = '\'';
            i += 2;
            continue;
        }
        out[n++] = (char)tolower(c);
    }
    out[n] = '\0';
    return n;
}
