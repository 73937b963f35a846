/* Saying what an input that is not UTF-8 is: UTF-16 or UTF-32 (a
 * byte-order mark, or NUL bytes between the characters), a single-byte
 * encoding such as Latin-1 (or the charset ICU's detector names), binary
 * data, or UTF-8 cut short. */
#ifndef FRNP_NOT_UTF8_H
#define FRNP_NOT_UTF8_H

#include <stddef.h>
#include "frnews/common.h"

/* Record FRN_ERR_UTF8 on ctx (may be NULL) for text whose first ill-formed
 * sequence (or NUL byte) starts at byte pos, with a message naming the
 * encoding the text is in when its bytes show it, and return FRN_ERR_UTF8. */
frn_status frnp_fail_not_utf8(frn_ctx *ctx, const char *text, size_t len, size_t pos);

/* The UTF-16 or UTF-32 form bytes are in, by ICU's converter name
 * ("UTF-16LE", "UTF-32BE", ...): from a byte-order mark, whose length goes
 * to *mark, or else from the NUL bytes of Latin-script text (*mark 0).
 * NULL when neither shows one. */
const char *frnp_wide_encoding(const char *bytes, size_t len, size_t *mark);

#endif
