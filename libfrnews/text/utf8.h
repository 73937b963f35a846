/* UTF-8 validation and small byte-level helpers, on ICU's UTF-8 macros. */
#ifndef FRNP_UTF8_H
#define FRNP_UTF8_H

#include <stddef.h>
#include <unicode/utypes.h>
#include "frnews/common.h"

/* Validate text: well-formed UTF-8 holding no NUL byte. On failure record
 * on ctx the byte offset of the first ill-formed sequence or NUL, with a
 * message naming the input's encoding when its bytes show it, and return
 * FRN_ERR_UTF8. */
frn_status frnp_utf8_validate(frn_ctx *ctx, const char *text, size_t len);

/* Where the first ill-formed sequence of text starts (or its first NUL,
 * unless nul_ok); len when there is none. */
size_t frnp_utf8_invalid_at(const char *text, size_t len, int nul_ok);

/* The replacement character U+FFFD in UTF-8, and its length. */
#define FRNP_UTF8_REPLACEMENT "\xEF\xBF\xBD"
#define FRNP_UTF8_REPLACEMENT_LEN 3

/* A copy of text, NUL-terminated, in which each ill-formed sequence (its
 * maximal subpart, as Unicode recommends) and each NUL byte is replaced by
 * U+FFFD, so that it passes frnp_utf8_validate(). *repairs receives the
 * number of replacements. FRN_ERR_TOO_LARGE when the copy's size would
 * overflow, FRN_ERR_NOMEM; both recorded on ctx. */
frn_status frnp_utf8_repair(frn_ctx *ctx, const char *text, size_t len,
                            char **out, size_t *out_len, size_t *repairs);

/* The code point starting at *pos (advancing *pos), or U_SENTINEL at the end.
 * The text must already be valid. */
UChar32 frnp_utf8_next(const char *text, size_t len, size_t *pos);

/* The code point ending just before *pos (moving *pos back), or U_SENTINEL
 * at the start. */
UChar32 frnp_utf8_prev(const char *text, size_t *pos);

/* The length of the longest prefix of valid text, at most max bytes, that
 * ends on a character boundary: a sample that cuts no character. */
size_t frnp_utf8_prefix(const char *text, size_t len, size_t max);

/* The span without the white space at its ends (Unicode white space, and
 * the byte-order marks that page dumps carry). */
frn_span frnp_utf8_trim(const char *text, frn_span span);

/* Copy bytes into a new NUL-terminated string; NULL when out of memory. */
char *frnp_strndup(const char *text, size_t len);

#endif
