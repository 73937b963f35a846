/* Bylines and author boxes. */
#include <string.h>
#include <unicode/uchar.h>
#include "byline.h"
#include "text/text-match.h"
#include "text/utf8.h"

static const char *const byline_openers[] = {
    "by ", "written by ", "words by ", "author: ", "authors: ", "reported by ",
    "post author: ", "story by ", NULL
};

static const char *const name_particles[] = {"de", "del", "da", "van", "von", "der", "le", "la", "bin", "al", NULL};

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

static int is_particle(const char *word, size_t len)
{
    for (size_t i = 0; name_particles[i]; i++)
        if (strlen(name_particles[i]) == len && frnp_match_at(word, len, 0, name_particles[i]) == len)
            return 1;
    return 0;
}

size_t frnp_name_length(const char *text, size_t len)
{
    size_t pos = 0, end = 0, words = 0;

    while (pos < len && words < 4) {
        size_t at = pos, n = word_length(text, len, pos);
        UChar32 first;
        if (n == 0)
            break;
        first = frnp_utf8_next(text, len, &at);
        if (!u_isupper(first) && !is_particle(text + pos, n))
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
static size_t each_name(const char *line, size_t pos, size_t len,
                        frn_span names[FRNP_BYLINE_MAX_NAMES])
{
    size_t count = 0;

    while (pos < len && count < FRNP_BYLINE_MAX_NAMES) {
        size_t n = frnp_name_length(line + pos, len - pos);
        if (n == 0)
            break;
        names[count++] = (frn_span){pos, pos + n};
        pos += n;
        while (pos < len && strchr(" ,;&|", line[pos]))
            pos++;
        if (frnp_match_at(line, len, pos, "and "))
            pos += 4;
    }
    return count;
}

size_t frnp_byline_names(const char *line, size_t len, frn_span names[FRNP_BYLINE_MAX_NAMES])
{
    if (len > 120)
        return 0;
    for (size_t i = 0; byline_openers[i]; i++) {
        size_t n = frnp_match_at(line, len, 0, byline_openers[i]);
        if (n)
            return each_name(line, n, len, names);
    }
    return 0;
}

size_t frnp_bio_name_length(const char *bio, size_t len)
{
    static const char *const bio_verbs[] = {" is ", " was ", " has ", " covers ", " writes ", ", ", NULL};
    size_t n = frnp_name_length(bio, len);

    if (n == 0)
        return 0;
    for (size_t i = 0; bio_verbs[i]; i++)
        if (frnp_match_at(bio, len, n, bio_verbs[i]))
            return n;
    return 0;
}
