/* The language of a text: function words when they leave no doubt, else
 * libexttextcat's character n-gram profiles of about 180 languages (Debian
 * libexttextcat-data). */
#ifndef FRNP_LANGUAGE_H
#define FRNP_LANGUAGE_H

#include <stddef.h>
#include "frnews/common.h"

/* Room for a language tag and its NUL. */
#define FRNP_LANGUAGE_TAG_BYTES 16

/* The BCP 47 primary language tag ("en", "fr", "zh", ...) of text, written
 * into tag, or NULL when the text is too short or matches no profile, or
 * when the profiles cannot be read (the identifier is then not asked again
 * on this context). The identifier is opened once per context. */
const char *frnp_language_identify(frn_ctx *ctx, const char *text, size_t len,
                                   char tag[FRNP_LANGUAGE_TAG_BYTES]);

/* The share of the words of text that are function words of the language
 * they fit best, among the few languages the first step knows (0 when
 * none): high in running prose, low in menus, lists and titles. */
double frnp_function_word_share(const char *text, size_t len);

#endif
