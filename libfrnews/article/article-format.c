/* Which reader an input goes to: the format asked for, or the one its
 * content shows. HTML is recognised by its start (a doctype, <html>, a
 * comment, or any known element, so that a fragment such as "<div>..."
 * counts) or, for text that starts otherwise, by how many known tags its
 * first bytes hold. UTF-16 and UTF-32 input is looked at through its ASCII
 * characters. */
#include <string.h>
#include "article-private.h"
#include "html-tags.h"
#include "text/text-match.h"
#include "ascii-bytes.h"

/* How much of the input the tag count reads. */
#define SNIFF_BYTES 65536
/* Known tags that make text that starts otherwise HTML. */
#define SNIFF_MIN_TAGS 5

const char *frn_format_name(frn_format format)
{
    switch (format) {
    case FRN_FORMAT_AUTO: return "auto";
    case FRN_FORMAT_TEXT: return "text";
    case FRN_FORMAT_HTML: return "html";
    default: return "unknown";
    }
}

/* Inline elements, which the tag table (block structure) leaves out. */
static int is_inline_tag(const char *name)
{
    static const char *const inline_tags[] = {
        "a", "abbr", "b", "cite", "code", "em", "font", "i", "img", "label", "q", "s", "small",
        "span", "strong", "sub", "sup", "u", NULL
    };
    for (size_t i = 0; inline_tags[i]; i++)
        if (strcmp(name, inline_tags[i]) == 0)
            return 1;
    return 0;
}

/* Whether text[pos] starts a known tag ("<p>", "<div class=...", "</a>"). */
static int known_tag_at(const char *text, size_t len, size_t pos)
{
    char name[16];
    size_t n = 0;

    if (text[pos] != '<')
        return 0;
    pos += pos + 1 < len && text[pos + 1] == '/';
    for (pos++; pos < len && n + 1 < sizeof name && (frnp_ascii_is_letter((unsigned char)text[pos]) || (n && frnp_ascii_is_digit((unsigned char)text[pos]))); pos++)
        name[n++] = frnp_ascii_lower(text[pos]);
    name[n] = '\0';
    if (n == 0 || (pos < len && !strchr(" \t\r\n/>", text[pos])))
        return 0;
    return frnp_tag_kind_of(name) != 0 || is_inline_tag(name);
}

static int looks_like_html(const char *text, size_t len)
{
    static const char *const openings[] = {"<!doctype", "<html", "<head", "<!--", "<?xml", NULL};
    size_t pos = 0, tags = 0, limit = len < SNIFF_BYTES ? len : SNIFF_BYTES;

    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        pos = 3;
    while (pos < len && strchr(" \t\r\n", text[pos]) && text[pos])
        pos++;
    for (size_t i = 0; openings[i]; i++)
        if (frnp_match_at(text, len, pos, openings[i]))
            return 1;
    if (pos < len && known_tag_at(text, len, pos))
        return 1;
    for (size_t i = pos; i < limit && tags < SNIFF_MIN_TAGS; i++)
        tags += text[i] == '<' && known_tag_at(text, limit, i);
    return tags >= SNIFF_MIN_TAGS;
}

/* The ASCII characters of UTF-16 or UTF-32 input (a byte-order mark, or
 * NUL bytes in the other positions), into out; 0 when it is neither. */
static size_t ascii_projection(const char *text, size_t len, char *out, size_t cap)
{
    size_t width = 0, offset = 0, n = 0, start = 0;

    if (len >= 4 && (memcmp(text, "\xFF\xFE\0\0", 4) == 0 || memcmp(text, "\0\0\xFE\xFF", 4) == 0)) {
        width = 4;
        offset = text[0] == '\xFF' ? 0 : 3;
        start = 4;
    } else if (len >= 2 && (memcmp(text, "\xFF\xFE", 2) == 0 || memcmp(text, "\xFE\xFF", 2) == 0)) {
        width = 2;
        offset = text[0] == '\xFF' ? 0 : 1;
        start = 2;
    } else if (len >= 8 && text[0] && !text[1] && text[2] && !text[3]) {
        width = 2;
    } else if (len >= 8 && !text[0] && text[1] && !text[2] && text[3]) {
        width = 2;
        offset = 1;
    }
    if (!width)
        return 0;
    for (size_t i = start + offset; i < len && n < cap; i += width)
        out[n++] = text[i];
    return n;
}

frn_format frnp_article_detect_format(const char *utf8, size_t len, frn_format asked)
{
    char projected[4096];
    size_t n;

    if (asked != FRN_FORMAT_AUTO)
        return asked;
    if (looks_like_html(utf8, len))
        return FRN_FORMAT_HTML;
    n = ascii_projection(utf8, len, projected, sizeof projected);
    return n && looks_like_html(projected, n) ? FRN_FORMAT_HTML : FRN_FORMAT_TEXT;
}
