/* The evidence of an HTML page's metadata (html-meta.h): slots that keep
 * their first value and lists of values, each copied with its white space
 * collapsed and its character references decoded. */
#include <stdlib.h>
#include <string.h>
#include <libxml/HTMLparser.h>
#include "html-meta.h"

/* Copy text with its white space collapsed; NULL when empty or no memory. */
static char *squeezed_copy(const char *text, size_t len, int *nomem)
{
    char *out = malloc(len + 1);
    size_t n = 0;
    int space = 0;

    if (!out) {
        *nomem = 1;
        return NULL;
    }
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
            (c == 0xC2 && i + 1 < len && (unsigned char)text[i + 1] == 0xA0)) {
            i += c == 0xC2;
            space = n > 0;
            continue;
        }
        if (space)
            out[n++] = ' ';
        space = 0;
        out[n++] = (char)c;
    }
    out[n] = '\0';
    if (n == 0) {
        free(out);
        return NULL;
    }
    return out;
}

/* Write code point c as UTF-8 at out; returns the bytes written (at most 4). */
static size_t put_utf8(char *out, unsigned c)
{
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* The code point of the character reference at text ("&amp;", "&#8211;",
 * "&#x2019;"), its length in *n; 0 when there is none. */
static unsigned entity_at(const char *text, size_t *n)
{
    char name[16];
    size_t k = 1;
    unsigned value = 0;

    if (text[1] == '#') {
        int hex = text[2] == 'x' || text[2] == 'X';
        for (k = hex ? 3 : 2; k < 10; k++) {
            char c = text[k];
            int digit = c >= '0' && c <= '9' ? c - '0'
                      : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                      : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0)
                break;
            value = value * (hex ? 16 : 10) + (unsigned)digit;
        }
        if (text[k] != ';' || value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return 0;
        *n = k + 1;
        return value;
    }
    while (k < sizeof name && ((text[k] >= 'a' && text[k] <= 'z') || (text[k] >= 'A' && text[k] <= 'Z') ||
                               (text[k] >= '0' && text[k] <= '9'))) {
        name[k - 1] = text[k];
        k++;
    }
    if (text[k] != ';' || k == 1 || k >= sizeof name)
        return 0;
    name[k - 1] = '\0';
    {
        const htmlEntityDesc *entity = htmlEntityLookup((const xmlChar *)name);
        if (!entity)
            return 0;
        *n = k + 1;
        return entity->value;
    }
}

/* Metadata values are often HTML-escaped once more than the page itself
 * ("&amp;#8211;" in the markup): decode their character references, in
 * place (a reference is never shorter than its UTF-8). */
static void decode_references(char *text)
{
    size_t in = 0, out = 0;

    while (text[in]) {
        size_t n;
        unsigned c = text[in] == '&' ? entity_at(text + in, &n) : 0;
        if (c) {
            out += put_utf8(text + out, c == 0xA0 ? ' ' : c);
            in += n;
        } else {
            text[out++] = text[in++];
        }
    }
    text[out] = '\0';
}

/* A value's clean copy: references decoded, then white space collapsed
 * (a decoded "&nbsp;" is white space too); NULL when nothing is left. */
static char *clean_copy(const char *value, size_t len, int *nomem)
{
    char *copy = squeezed_copy(value, len, nomem), *decoded;

    if (!copy || !strchr(copy, '&'))
        return copy;
    decode_references(copy);
    decoded = squeezed_copy(copy, strlen(copy), nomem);
    free(copy);
    return decoded;
}

void frnp_html_evidence_set(frnp_html_evidence *ev, frnp_meta_slot slot, const char *value, size_t len)
{
    if (!ev->slots[slot] && value)
        ev->slots[slot] = clean_copy(value, len, &ev->out_of_memory);
}

void frnp_html_evidence_add(frnp_html_evidence *ev, frnp_meta_list list, const char *value, size_t len)
{
    frnp_meta_strings *l = &ev->lists[list];
    char *copy = clean_copy(value, len, &ev->out_of_memory), **grown;

    if (!copy)
        return;
    grown = realloc(l->items, (l->count + 1) * sizeof *grown);
    if (!grown) {
        free(copy);
        ev->out_of_memory = 1;
        return;
    }
    l->items = grown;
    l->items[l->count++] = copy;
}

void frnp_html_evidence_release(frnp_html_evidence *ev)
{
    free(ev->times);
    for (int s = 0; s < FRNP_META_SLOT_COUNT; s++)
        free(ev->slots[s]);
    for (int l = 0; l < FRNP_META_LIST_COUNT; l++) {
        for (size_t i = 0; i < ev->lists[l].count; i++)
            free(ev->lists[l].items[i]);
        free(ev->lists[l].items);
    }
    memset(ev, 0, sizeof *ev);
}
