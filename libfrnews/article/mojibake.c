/* Text encoded to UTF-8 twice, read back (see mojibake.h). */
#include <stdint.h>
#include <string.h>
#include "mojibake.h"

/* The byte windows-1252 has for U+0080..U+009F's replacements, indexed by
 * byte - 0x80; 0 where it has none. */
static const uint16_t windows_1252_high[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

/* The single byte a character was read from: Latin-1's own U+0080..U+00FF
 * (C1 controls included, as Latin-1 readers and windows-1252's undefined
 * bytes leave them) or a windows-1252 replacement; -1 for any other. */
static int single_byte(uint32_t cp)
{
    if (cp >= 0x80 && cp <= 0xFF)
        return (int)cp;
    for (int b = 0; b < 32; b++)
        if (windows_1252_high[b] == cp)
            return 0x80 + b;
    return -1;
}

/* The code point at s[i] of valid UTF-8 and its length in bytes. */
static uint32_t code_point(const unsigned char *s, size_t i, size_t *n)
{
    if (s[i] < 0x80) {
        *n = 1;
        return s[i];
    }
    if (s[i] < 0xE0) {
        *n = 2;
        return (uint32_t)(s[i] & 0x1F) << 6 | (s[i + 1] & 0x3F);
    }
    if (s[i] < 0xF0) {
        *n = 3;
        return (uint32_t)(s[i] & 0x0F) << 12 | (uint32_t)(s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F);
    }
    *n = 4;
    return (uint32_t)(s[i] & 0x07) << 18 | (uint32_t)(s[i + 1] & 0x3F) << 12 |
           (uint32_t)(s[i + 2] & 0x3F) << 6 | (s[i + 3] & 0x3F);
}

/* How many continuation bytes a lead byte read back needs; 0 when it is no
 * lead, or leads to scripts (U+0700..U+07FF: Syriac, Thaana, NKo) whose
 * lead characters (Ü, Ý, Þ, ß) end German and Nordic words before a
 * quotation mark far more often than such pages are garbled. */
static int continuations_needed(int lead)
{
    if (lead >= 0xC2 && lead <= 0xDB)
        return 1;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 2;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 3;
    return 0;
}

/* Whether the k-th byte read back (k from 1) continues the sequence. A
 * no-break space (0xA0) right after a letter is French spacing before "»"
 * or ":" ("voilà »"), so it continues only "Â", "Ã", "Ð" and "Ñ" (a
 * garbled no-break space, "à", Cyrillic "Р" and "Ѡ") and the third or
 * fourth byte of a longer sequence. */
static int is_continuation(int byte, int lead, int k)
{
    if (byte < 0x80 || byte > 0xBF)
        return 0;
    if (byte != 0xA0 || k >= 2)
        return 1;
    return lead == 0xC2 || lead == 0xC3 || lead == 0xD0 || lead == 0xD1;
}

/* The second byte's range UTF-8 allows after the lead (no overlong form,
 * surrogate or code point past U+10FFFF). */
static int second_byte_allowed(int lead, int second)
{
    switch (lead) {
    case 0xE0:
        return second >= 0xA0;
    case 0xED:
        return second < 0xA0;
    case 0xF0:
        return second >= 0x90;
    case 0xF4:
        return second < 0x90;
    default:
        return 1;
    }
}

/* The garbled sequence at s[i]: its length in the text (0 when there is
 * none) and the bytes it stands for (*count of them) in out[4]. */
static size_t sequence_at(const unsigned char *s, size_t len, size_t i, unsigned char out[4],
                          size_t *count)
{
    size_t at = i, n;
    int lead, needed;

    /* A lead character is U+00C2..U+00F4: the bytes C3 82..C3 B4. */
    if (s[i] != 0xC3 || i + 1 >= len || s[i + 1] < 0x82 || s[i + 1] > 0xB4)
        return 0;
    lead = single_byte(code_point(s, at, &n));
    needed = continuations_needed(lead);
    if (needed == 0)
        return 0;
    out[0] = (unsigned char)lead;
    at += n;
    for (int k = 1; k <= needed; k++) {
        int byte;
        if (at >= len)
            return 0;
        byte = single_byte(code_point(s, at, &n));
        if (!is_continuation(byte, lead, k) || (k == 1 && !second_byte_allowed(lead, byte)))
            return 0;
        out[k] = (unsigned char)byte;
        at += n;
    }
    *count = (size_t)needed + 1;
    return at - i;
}

int frnp_mojibake_present(const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    unsigned char bytes[4];
    size_t count;

    for (const unsigned char *p = memchr(s, 0xC3, len); p; p = memchr(p + 1, 0xC3, len - (size_t)(p + 1 - s)))
        if (sequence_at(s, len, (size_t)(p - s), bytes, &count))
            return 1;
    return 0;
}

size_t frnp_mojibake_repair(char *text, size_t *len)
{
    unsigned char *s = (unsigned char *)text;
    size_t n = *len, read = 0, write = 0, repaired = 0;

    while (read < n) {
        unsigned char bytes[4];
        size_t count = 0, taken = sequence_at(s, n, read, bytes, &count);
        if (taken) {
            memcpy(s + write, bytes, count); /* count < taken: never past read */
            write += count;
            read += taken;
            repaired++;
        } else
            s[write++] = s[read++];
    }
    if (write < n)
        s[write] = '\0';
    *len = write;
    return repaired;
}
