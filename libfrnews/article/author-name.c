/* Author credits into names: labels before the name and roles, dates and
 * organisations after it are cut off. */
#include <string.h>
#include <unicode/uchar.h>
#include "author-name.h"
#include "text/text-match.h"
#include "text/utf8.h"

/* TODO(lexicon): move to lexicon/en/ */
/* Labels a credit starts with. */
static const char *const labels[] = {
    "written by", "words by", "posted by", "reviewed by", "edited by", "story by", "reported by",
    "published by", "by", "authors:", "author:", "author", "from", NULL
};

/* TODO(lexicon): move to lexicon/en/ */
/* What may follow the name in a credit. */
static const char *const cuts[] = {
    " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " | ", " \xC2\xB7 ", " \xE2\x80\xA2 ", ";", "(",
    " published", " updated", " posted", " last updated", "\n", NULL
};

/* TODO(lexicon): move to lexicon/en/ */
/* Credits that are no name. */
static const char *const non_names[] = {
    "admin", "administrator", "author", "the author", "guest", "staff", "editor", "editorial",
    "undefined", "null", "none", "unknown", "anonymous", NULL
};

static int is_edge_punctuation(UChar32 c)
{
    return u_isUWhiteSpace(c) || c == ':' || c == '-' || c == '|' || c == ',' || c == '.' ||
           c == 0x2013 || c == 0x2014 || c == 0xB7 || c == 0x2022;
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

frn_span frnp_author_clean(const char *text, size_t len)
{
    frn_span none = {0, 0}, s = trim_edges(text, (frn_span){0, len});
    int stripped = 1;

    while (stripped) {
        stripped = 0;
        for (size_t i = 0; labels[i]; i++) {
            size_t n = frnp_match_at(text, s.end, s.start, labels[i]);
            if (n && (s.start + n == s.end || !u_isalnum((UChar32)(unsigned char)text[s.start + n]))) {
                s = trim_edges(text, (frn_span){s.start + n, s.end});
                stripped = 1;
                break;
            }
        }
    }
    for (size_t i = 0; cuts[i]; i++) {
        size_t at = frnp_find(text + s.start, s.end - s.start, cuts[i]);
        if (at != (size_t)-1 && at > 0)
            s.end = s.start + at;
    }
    s = cut_role(text, s);
    s = trim_edges(text, s);
    if (s.end == s.start || s.end - s.start > 60 ||
        memchr(text + s.start, '@', s.end - s.start) || frnp_find(text + s.start, s.end - s.start, "://") != (size_t)-1)
        return none;
    for (size_t i = 0; non_names[i]; i++)
        if (frnp_match_at(text, s.end, s.start, non_names[i]) == s.end - s.start)
            return none;
    return s;
}
