/* ICU simple case folding on UTF-8, with the apostrophes unified. */
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include "eight-bytes.h"
#include "text-fold.h"

UChar32 frnp_fold_char(UChar32 c)
{
    if (c < 0x80) /* ASCII, as ICU folds it: the fast path of every call */
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    if (c == 0x2018 || c == 0x2019)
        return '\'';
    return u_foldCase(c, U_FOLD_CASE_DEFAULT);
}

/* The ASCII bytes text starts with, at most limit, folded into out (a
 * word's first bytes in and out are at the same offsets). */
static size_t fold_ascii_run(const uint8_t *text, size_t limit, char *out)
{
    size_t pos = 0;
    uint64_t eight;

    while (pos + 8 <= limit && frnp_eight_ascii(eight = frnp_eight_load(text + pos))) {
        eight = frnp_fold_eight_ascii(eight);
        memcpy(out + pos, &eight, 8);
        pos += 8;
    }
    while (pos < limit && text[pos] < 0x80) {
        out[pos] = (char)frnp_fold_ascii(text[pos]);
        pos++;
    }
    return pos;
}

size_t frnp_fold(const char *text, size_t len, char *out, size_t cap, size_t *consumed)
{
    const uint8_t *bytes = (const uint8_t *)text;
    /* While n is below room, a character of any length still fits. */
    size_t room = cap >= U8_MAX_LENGTH ? cap - U8_MAX_LENGTH + 1 : 0;
    size_t pos = fold_ascii_run(bytes, len < room ? len : room, out), n = pos;

    while (pos < len && n < room) {
        UChar32 c;
        if (bytes[pos] < 0x80) { /* ASCII after other characters */
            out[n++] = (char)frnp_fold_ascii(bytes[pos++]);
            continue;
        }
        U8_NEXT(bytes, pos, len, c);
        if (c < 0)
            continue; /* ill-formed: the text is validated before it gets here */
        U8_APPEND_UNSAFE(out, n, frnp_fold_char(c));
    }
    if (consumed)
        *consumed = pos;
    return n;
}

size_t frnp_fold_match(const char *text, size_t len, size_t pos, const char *phrase,
                       size_t phrase_len)
{
    const uint8_t *bytes = (const uint8_t *)text;
    size_t start = pos, at = 0;

    while (at < phrase_len) {
        char folded[U8_MAX_LENGTH];
        size_t n = 0;
        UChar32 c;
        if (pos >= len)
            return 0;
        U8_NEXT(bytes, pos, len, c);
        if (c < 0)
            return 0;
        U8_APPEND_UNSAFE(folded, n, frnp_fold_char(c));
        if (n > phrase_len - at)
            return 0;
        for (size_t k = 0; k < n; k++)
            if (folded[k] != phrase[at + k])
                return 0;
        at += n;
    }
    return pos - start;
}

int frnp_fold_equals(const char *text, size_t len, const char *word, size_t word_len)
{
    return len > 0 && frnp_fold_match(text, len, 0, word, word_len) == len;
}

int frnp_fold_same(const char *a, size_t a_len, const char *b, size_t b_len)
{
    size_t i = 0, k = 0;

    while (i < a_len && k < b_len) {
        UChar32 x, y;
        U8_NEXT((const uint8_t *)a, i, a_len, x);
        U8_NEXT((const uint8_t *)b, k, b_len, y);
        if (frnp_fold_char(x) != frnp_fold_char(y))
            return 0;
    }
    return i == a_len && k == b_len;
}
