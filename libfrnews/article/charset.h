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
    size_t replaced;  /* bytes the charset could not map (now U+FFFD), NULs made spaces, and
                       * for HTML the sequences encoded twice read back (mojibake.h) */
} frnp_decoded;

/* Decode an HTML page, then read back the text its system encoded to
 * UTF-8 twice (mojibake.h). On failure (FRN_ERR_NOMEM, FRN_ERR_ICU, or
 * FRN_ERR_TOO_LARGE past ICU's 2 GB limit) out holds nothing to free. */
frn_status frnp_charset_decode_html(frn_ctx *ctx, const char *bytes, size_t len, frnp_decoded *out);

/* Whether text input is in another charset than UTF-8: UTF-16 or UTF-32,
 * or bytes that are not UTF-8 (NUL bytes aside, which no charset
 * explains). */
int frnp_charset_is_foreign(const char *bytes, size_t len);

/* Convert text input in another charset (frnp_charset_is_foreign()): the
 * charset of its byte-order mark, of its NUL bytes (UTF-16, UTF-32), else
 * the one ICU's detector finds, else windows-1252. out->owned always holds
 * the copy. Fails as frnp_charset_decode_html() does. */
frn_status frnp_charset_decode_text(frn_ctx *ctx, const char *bytes, size_t len, frnp_decoded *out);

#endif
