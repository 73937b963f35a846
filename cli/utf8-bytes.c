/* Byte-level UTF-8 well-formedness for the command's own strings. */
#include <stdlib.h>
#include <string.h>
#include "utf8-bytes.h"

size_t utf8_sequence_length(const unsigned char *s, size_t avail)
{
    unsigned char lo = 0x80, hi = 0xBF;
    size_t n;

    if (s[0] < 0x80)
        return 1;
    if (s[0] >= 0xC2 && s[0] <= 0xDF)
        n = 2;
    else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
        n = 3;
        if (s[0] == 0xE0) lo = 0xA0;      /* overlong */
        if (s[0] == 0xED) hi = 0x9F;      /* surrogates */
    } else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
        n = 4;
        if (s[0] == 0xF0) lo = 0x90;      /* overlong */
        if (s[0] == 0xF4) hi = 0x8F;      /* past U+10FFFF */
    } else
        return 0;
    if (avail < n || s[1] < lo || s[1] > hi)
        return 0;
    for (size_t i = 2; i < n; i++)
        if (s[i] < 0x80 || s[i] > 0xBF)
            return 0;
    return n;
}

char *utf8_repaired_copy(const char *s, size_t len)
{
    static const char replacement[] = "\xEF\xBF\xBD";
    const unsigned char *u = (const unsigned char *)s;
    char *copy;
    size_t at = 0;

    /* At worst every byte becomes three. */
    if (len > ((size_t)-1 - 1) / 3 || !(copy = malloc(3 * len + 1)))
        return NULL;
    for (size_t i = 0; i < len;) {
        size_t n = utf8_sequence_length(u + i, len - i);
        if (n) {
            memcpy(copy + at, s + i, n);
            at += n;
            i += n;
        } else {
            memcpy(copy + at, replacement, 3);
            at += 3;
            i++;
        }
    }
    copy[at] = '\0';
    return copy;
}
