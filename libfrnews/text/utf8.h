/* UTF-8 validation and small byte-level helpers, on ICU's UTF-8 macros. */
#ifndef FRNP_UTF8_H
#define FRNP_UTF8_H

#include <stddef.h>
#include <unicode/utypes.h>
#include "frnews/common.h"

/* Validate text; on failure record the byte offset of the first ill-formed
 * sequence on ctx and return FRN_ERR_UTF8. */
frn_status frnp_utf8_validate(frn_ctx *ctx, const char *text, size_t len);

/* The code point starting at *pos (advancing *pos), or U_SENTINEL at the end.
 * The text must already be valid. */
UChar32 frnp_utf8_next(const char *text, size_t len, size_t *pos);

/* The code point ending just before *pos (moving *pos back), or U_SENTINEL
 * at the start. */
UChar32 frnp_utf8_prev(const char *text, size_t *pos);

/* The span without the white space at its ends (Unicode white space, and
 * the byte-order marks and NULs that page dumps carry). */
frn_span frnp_utf8_trim(const char *text, frn_span span);

/* Copy bytes into a new NUL-terminated string; NULL when out of memory. */
char *frnp_strndup(const char *text, size_t len);

#endif
