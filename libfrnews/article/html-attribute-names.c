/* Attribute names libxml2's HTML parser refuses (see the header). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "html-attribute-names.h"
#include "ascii-bytes.h"

typedef struct repair {
    const char *html;
    size_t len;
    char *copy; /* made at the first byte to rewrite */
    int failed;
} repair;

/* What libxml2 reads in a name (htmlParseHTMLName): ASCII letters, digits
 * and ":-_."; a name starts with a letter, '_' or ':'. */
static int name_byte_ok(char c, int first)
{
    if (frnp_ascii_is_letter(c) || c == '_' || c == ':')
        return 1;
    return !first && ((c >= '0' && c <= '9') || c == '-' || c == '.');
}

static void rewrite(repair *r, size_t at)
{
    if (!r->copy && !r->failed) {
        r->copy = malloc(r->len ? r->len : 1);
        if (!r->copy) {
            r->failed = 1;
            return;
        }
        memcpy(r->copy, r->html, r->len);
    }
    if (r->copy)
        r->copy[at] = '_';
}

static size_t skip_spaces_and_slashes(const char *s, size_t len, size_t i)
{
    while (i < len && (frnp_ascii_is_space(s[i]) || s[i] == '/'))
        i++;
    return i;
}

/* The end of a value that starts at i (after '=' and spaces). */
static size_t skip_value(const char *s, size_t len, size_t i)
{
    if (i < len && (s[i] == '"' || s[i] == '\'')) {
        const char *close = memchr(s + i + 1, s[i], len - i - 1);
        return close ? (size_t)(close - s) + 1 : len;
    }
    while (i < len && !frnp_ascii_is_space(s[i]) && s[i] != '>')
        i++;
    return i;
}

/* Read the attributes of the start tag whose name ends at i; returns the
 * position of its '>' (or len). */
static size_t read_attributes(repair *r, size_t i)
{
    const char *s = r->html;
    size_t len = r->len;

    for (;;) {
        size_t start;
        i = skip_spaces_and_slashes(s, len, i);
        if (i >= len || s[i] == '>')
            return i;
        for (start = i; i < len && !frnp_ascii_is_space(s[i]) && s[i] != '/' && s[i] != '>' && s[i] != '=';
             i++)
            if (!name_byte_ok(s[i], i == start))
                rewrite(r, i);
        while (i < len && frnp_ascii_is_space(s[i]))
            i++;
        if (i < len && s[i] == '=') {
            i++;
            while (i < len && frnp_ascii_is_space(s[i]))
                i++;
            i = skip_value(s, len, i);
        }
    }
}

/* Past the end tag of a raw-text element (libxml2 reads <script> and
 * <style> as text up to their end tag), from i. */
static size_t skip_raw_text(const char *s, size_t len, size_t i, const char *name, size_t name_len)
{
    while (i < len) {
        const char *lt = memchr(s + i, '<', len - i);
        if (!lt)
            return len;
        i = (size_t)(lt - s) + 1;
        if (i + name_len < len && s[i] == '/' && strncasecmp(s + i + 1, name, name_len) == 0)
            return i;
    }
    return len;
}

static size_t skip_comment(const char *s, size_t len, size_t i)
{
    for (; i + 2 < len; i++) {
        const char *dash = memchr(s + i, '-', len - i - 2);
        if (!dash)
            return len;
        i = (size_t)(dash - s);
        if (s[i + 1] == '-' && s[i + 2] == '>')
            return i + 3;
    }
    return len;
}

int frnp_html_repair_attribute_names(const char *html, size_t len, char **repaired)
{
    repair r = {html, len, NULL, 0};
    size_t i = 0;

    while (i < len && !r.failed) {
        const char *lt = memchr(html + i, '<', len - i);
        size_t name;
        if (!lt)
            break;
        i = (size_t)(lt - html) + 1;
        if (i + 2 < len && html[i] == '!' && html[i + 1] == '-' && html[i + 2] == '-') {
            i = skip_comment(html, len, i + 3);
            continue;
        }
        if (i >= len || !frnp_ascii_is_letter(html[i]))
            continue; /* an end tag, a declaration, a '<' in text */
        name = i;
        while (i < len && name_byte_ok(html[i], 0))
            i++;
        name = i - name;
        i = read_attributes(&r, i);
        if ((name == 6 && strncasecmp(lt + 1, "script", 6) == 0) || (name == 5 && strncasecmp(lt + 1, "style", 5) == 0))
            i = skip_raw_text(html, len, i, lt + 1, name);
    }
    if (r.failed) {
        free(r.copy);
        *repaired = NULL;
        return 0;
    }
    *repaired = r.copy;
    return 1;
}
