/* Author credits into names: labels before the name and roles, dates and
 * organisations after it are cut off. */
#include <string.h>
#include <unicode/uchar.h>
#include "author-name.h"
#include "text/text-match.h"
#include "text/utf8.h"
#include "ascii-bytes.h"

/* What may follow the name in a credit besides a date line's announcer
 * (lexicon: dateline-announcers): separators. */
static const char *const separators[] = {
    " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " | ", " \xC2\xB7 ", " \xE2\x80\xA2 ", ";", "(", "\n", NULL
};

/* Longer credits are no name. */
#define NAME_MAX_BYTES 60

static int is_edge_punctuation(UChar32 c)
{
    return u_isUWhiteSpace(c) || c == ':' || c == '-' || c == '|' || c == ',' || c == '.' || c == '"' ||
           c == 0x2013 || c == 0x2014 || c == 0xB7 || c == 0x2022 || c == 0x201C || c == 0x201D;
}

static frn_span trim_edges(const char *text, frn_span s)
{
    while (s.start < s.end) {
        size_t next = s.start;
        if (!is_edge_punctuation(frnp_utf8_next(text, s.end, &next)))
            break;
        s.start = next;
    }
    while (s.end > s.start) {
        size_t prev = s.end;
        UChar32 c = frnp_utf8_prev(text, &prev);
        /* A final full stop may end an initial ("John Q.") */
        if (!is_edge_punctuation(c) || (c == '.' && prev >= 2 + s.start && text[prev - 2] == ' '))
            break;
        s.end = prev;
    }
    return s;
}

/* "Jane Doe, Staff Writer" loses its role; "Doe, Jane" (one word before
 * the comma) is a name written surname first and stays. */
static frn_span cut_role(const char *text, frn_span s)
{
    const char *comma = memchr(text + s.start, ',', s.end - s.start);

    if (comma && memchr(text + s.start, ' ', (size_t)(comma - text) - s.start))
        s.end = (size_t)(comma - text);
    return s;
}

/* Strip the labels a credit starts with ("Written by", "Author:"): the
 * lexicon's credit openers, each when a space or punctuation follows it. */
static frn_span strip_labels(const frnp_lexicon *lexicon, const char *text, frn_span s)
{
    for (;;) {
        size_t n = frnp_lexicon_prefix(lexicon, FRNP_PHRASES_CREDIT_OPENER, text + s.start, s.end - s.start);
        size_t after = s.start + n;
        if (n == 0 || (after < s.end && u_isalnum(frnp_utf8_next(text, s.end, &after))))
            return s;
        s = trim_edges(text, (frn_span){s.start + n, s.end});
    }
}

/* Whether a date starts at `at`: a word opening with a digit ("18th Dec
 * 2025", "2025/4/29"), or "on" before one ("BeauHD on Friday December
 * 19"); no name holds a digit. */
static int starts_date(const char *text, size_t at, size_t end)
{
    if (frnp_ascii_is_digit((unsigned char)text[at]))
        return 1;
    if (end - at < 4 || memcmp(text + at, "on ", 3) != 0)
        return 0;
    for (size_t k = at + 3; k < end; k++)
        if (frnp_ascii_is_digit((unsigned char)text[k]))
            return 1;
    return 0;
}

/* Cut what follows the name: a separator, a date, or a date line's
 * announcer ("Jane Doe Published June 12") after a space. */
static frn_span cut_trailer(const frnp_lexicon *lexicon, const char *text, frn_span s)
{
    for (size_t i = 0; separators[i]; i++) {
        size_t at = frnp_find(text + s.start, s.end - s.start, separators[i]);
        if (at != (size_t)-1 && at > 0)
            s.end = s.start + at;
    }
    for (size_t at = s.start; at < s.end; at++)
        if ((at == s.start || text[at - 1] == ' ') &&
            (starts_date(text, at, s.end) ||
             (at > s.start && frnp_lexicon_prefix(lexicon, FRNP_PHRASES_DATELINE_ANNOUNCER, text + at, s.end - at) > 0))) {
            s.end = at > s.start ? at - 1 : at;
            break;
        }
    return s;
}

static int names_no_one(const frnp_lexicon *lexicon, const char *text, frn_span s)
{
    return frnp_lexicon_text_is_line(lexicon, FRNP_PHRASES_NON_NAME_CREDIT, text + s.start, s.end - s.start);
}

frn_span frnp_author_clean(const frnp_lexicon *lexicon, const char *text, size_t len)
{
    frn_span none = {0, 0}, s = trim_edges(text, (frn_span){0, len});

    s = strip_labels(lexicon, text, s);
    s = cut_trailer(lexicon, text, s);
    s = cut_role(text, s);
    s = trim_edges(text, s);
    if (s.end == s.start || s.end - s.start > NAME_MAX_BYTES ||
        memchr(text + s.start, '@', s.end - s.start) || frnp_find(text + s.start, s.end - s.start, "://") != (size_t)-1)
        return none;
    return names_no_one(lexicon, text, s) ? none : s;
}
