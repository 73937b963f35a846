/* Which reader an input goes to: the format asked for, or the one its
 * content shows. */
#include <string.h>
#include "article-private.h"
#include "text/text-match.h"

const char *frn_format_name(frn_format format)
{
    switch (format) {
    case FRN_FORMAT_AUTO: return "auto";
    case FRN_FORMAT_TEXT: return "text";
    case FRN_FORMAT_HTML: return "html";
    default: return "unknown";
    }
}

/* Markup starts, after optional white space and a byte-order mark, with a
 * doctype, an <html> or <head>, or a comment. */
static int looks_like_html(const char *text, size_t len)
{
    static const char *const openings[] = {"<!doctype", "<html", "<head", "<!--", "<?xml"};
    size_t pos = 0;

    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        pos = 3;
    while (pos < len && strchr(" \t\r\n", text[pos]))
        pos++;
    for (size_t i = 0; i < sizeof openings / sizeof *openings; i++)
        if (frnp_match_at(text, len, pos, openings[i]))
            return 1;
    return 0;
}

frn_format frnp_article_detect_format(const char *utf8, size_t len, frn_format asked)
{
    if (asked != FRN_FORMAT_AUTO)
        return asked;
    return looks_like_html(utf8, len) ? FRN_FORMAT_HTML : FRN_FORMAT_TEXT;
}
