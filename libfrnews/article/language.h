/* The language of a text: function words when they leave no doubt, else
 * libexttextcat's character n-gram profiles of about 180 languages (Debian
 * libexttextcat-data), else function words with a clear lead. */
#ifndef FRNP_LANGUAGE_H
#define FRNP_LANGUAGE_H

#include <stddef.h>
#include "frnews/common.h"

/* Room for a language tag and its NUL. */
#define FRNP_LANGUAGE_TAG_BYTES 16

/* Write into tag the BCP 47 primary language tag ("en", "fr", "zh", ...)
 * of the language text is written in, or "" when the text is too short or
 * too mixed to tell. The identifier's profiles are opened once per context;
 * when they cannot be read, the function words alone decide (and the
 * profiles are not asked for again on this context). FRN_ERR_ICU (recorded
 * on ctx) when the words cannot be segmented, FRN_ERR_TOO_LARGE past ICU's
 * 2 GiB; tag is "" then too. */
frn_status frnp_language_guess(frn_ctx *ctx, const char *text, size_t len,
                               char tag[FRNP_LANGUAGE_TAG_BYTES]);

/* The share of the words of text that are function words of the language
 * they fit best, among the few languages the first step knows (0 when
 * none): high in running prose, low in menus, lists and titles. The
 * context's word breaker must be open (text/text-words.h), so that this
 * cannot fail. */
double frnp_function_word_share(frn_ctx *ctx, const char *text, size_t len);

#endif
