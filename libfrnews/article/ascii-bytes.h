/* Byte classes of markup and dates: the ASCII tests HTML's tokenizer and
 * the date readers make, one home for them (C's <ctype.h> follows the
 * locale and takes int; these take a byte and never depend on it). */
#ifndef FRNP_ASCII_BYTES_H
#define FRNP_ASCII_BYTES_H

#include <stddef.h>

/* HTML's white space: space, tab, line feed, carriage return, form feed. */
static inline int frnp_ascii_is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static inline int frnp_ascii_is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static inline int frnp_ascii_is_upper(unsigned char c)
{
    return c >= 'A' && c <= 'Z';
}

static inline int frnp_ascii_is_letter(unsigned char c)
{
    return frnp_ascii_is_upper(c) || (c >= 'a' && c <= 'z');
}

static inline int frnp_ascii_is_alnum(unsigned char c)
{
    return frnp_ascii_is_letter(c) || frnp_ascii_is_digit(c);
}

static inline char frnp_ascii_lower(char c)
{
    return frnp_ascii_is_upper((unsigned char)c) ? (char)(c - 'A' + 'a') : c;
}

/* Whether a, in ASCII lower case, is lower (itself in lower case). */
static inline int frnp_ascii_equals_lower(const char *a, const char *lower)
{
    for (; *a && *lower; a++, lower++)
        if (frnp_ascii_lower(*a) != *lower)
            return 0;
    return *a == *lower;
}

/* Whether the n bytes at a, in ASCII lower case, are lower (itself in
 * lower case, n bytes long). */
static inline int frnp_ascii_equals_lower_n(const char *a, size_t n, const char *lower)
{
    size_t k = 0;

    for (; k < n && lower[k]; k++)
        if (frnp_ascii_lower(a[k]) != lower[k])
            return 0;
    return k == n && lower[k] == '\0';
}

#endif
