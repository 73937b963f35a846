/* Language of a body of text from its most frequent function words. */
#ifndef FRNP_LANGUAGE_H
#define FRNP_LANGUAGE_H

#include <stddef.h>
#include "frnews/common.h"

/* Set *tag to the BCP 47 tag ("en", "fr", ...) of the language the text is
 * written in, or NULL when too few function words decide it. FRN_ERR_ICU
 * when the words cannot be segmented. */
frn_status frnp_language_guess(frn_ctx *ctx, const char *text, size_t len, const char **tag);

#endif
