/* Input bytes as UTF-8: which charset they are in, and the conversion.
 *
 * For HTML the charset is read, in this order, from a byte-order mark, from
 * a <meta charset> or http-equiv declaration near the top of the page, and
 * from ICU's charset detector; text input uses the mark and the detector.
 * Bytes that are valid UTF-8 with non-ASCII characters are read as UTF-8
 * whatever a <meta> says: crawlers often store pages re-encoded as UTF-8
 * under their original declaration, and such bytes are practically never
 * text in a legacy charset. */
#ifndef FRNP_CHARSET_H
#define FRNP_CHARSET_H

#include <stddef.h>
#include "frnews/common.h"

typedef struct frnp_decoded {
    const char *text; /* valid UTF-8 with no NUL byte: the input itself when it was already */
    size_t len;
    char *owned;      /* the converted copy text points into, or NULL; free() it */
    char charset[40]; /* the charset the input was read in ("UTF-8", "windows-1252", ...) */
} frnp_decoded;

/* Decode an HTML page. On failure (FRN_ERR_NOMEM, FRN_ERR_ICU, or
 * FRN_ERR_TOO_LARGE past ICU's 2 GB limit) out holds nothing to free. */
frn_status frnp_charset_decode_html(frn_ctx *ctx, const char *bytes, size_t len, frnp_decoded *out);

/* Decode text: as is when it is valid UTF-8, else in the charset of its
 * byte-order mark or the one the detector finds. */
frn_status frnp_charset_decode_text(frn_ctx *ctx, const char *bytes, size_t len, frnp_decoded *out);

/* The name of the encoding that bytes which are not UTF-8 look like, for
 * an error message: "UTF-16LE" when every other byte is NUL, the charset
 * of a byte-order mark, or ICU's best guess; NULL when none is likely. The
 * name is written into name (cap bytes). */
const char *frnp_charset_guess_name(const char *bytes, size_t len, char *name, size_t cap);

/* "UTF-16LE", "UTF-16BE", "UTF-32LE" or "UTF-32BE" when the NUL bytes of
 * input without a byte-order mark fall as in that encoding's Latin-script
 * text (one position in two, or three in four); else NULL. */
const char *frnp_charset_wide_pattern(const char *bytes, size_t len);

#endif
