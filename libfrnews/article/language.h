/* Language of a body of text from its most frequent function words. */
#ifndef FRNP_LANGUAGE_H
#define FRNP_LANGUAGE_H

#include <stddef.h>

/* BCP 47 tag ("en", "fr", ...) of the language the text is written in, or
 * NULL when too few function words decide it. */
const char *frnp_language_guess(const char *text, size_t len);

#endif
