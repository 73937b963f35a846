/* Well-formed UTF-8 at the byte level, for the strings the command makes
 * of its own inputs (file names hold any bytes but NUL). Article text is
 * the library's to check. */
#ifndef FRN_CLI_UTF8_BYTES_H
#define FRN_CLI_UTF8_BYTES_H

#include <stddef.h>

/* Length of the well-formed UTF-8 sequence starting at s (no overlong
 * forms, no surrogates, nothing past U+10FFFF), or 0 when it is not one.
 * avail > 0 bytes may be read. */
size_t utf8_sequence_length(const unsigned char *s, size_t avail);

/* A new NUL-terminated copy of the len bytes at s in which every byte that
 * is not part of well-formed UTF-8 (ASCII included) becomes U+FFFD, as the
 * JSON writer prints it. NULL when out of memory. */
char *utf8_repaired_copy(const char *s, size_t len);

#endif
