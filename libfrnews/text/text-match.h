/* Case-insensitive phrase matching on UTF-8 bytes, for the ASCII phrases of
 * the lexicons. A typographic apostrophe (U+2019) in the text matches ' in
 * a phrase, since web pages use either. */
#ifndef FRNP_TEXT_MATCH_H
#define FRNP_TEXT_MATCH_H

#include <stddef.h>

/* Length in text bytes of phrase matched at text[pos], or 0 when it does not
 * match there. */
size_t frnp_match_at(const char *text, size_t len, size_t pos, const char *phrase);

/* Position of the first match of phrase in text, or (size_t)-1. */
size_t frnp_find(const char *text, size_t len, const char *phrase);

/* Whether text starts with phrase. */
int frnp_starts_with(const char *text, size_t len, const char *phrase);

/* Whether text is phrase, ignoring case and trailing white space and punctuation. */
int frnp_equals_loosely(const char *text, size_t len, const char *phrase);

/* Index of the first phrase of a NULL-terminated list found in text, or -1. */
int frnp_find_any(const char *text, size_t len, const char *const *phrases);

/* Whether a matched phrase stands as whole words: no letter or digit on
 * either side. */
int frnp_is_whole_word(const char *text, size_t len, size_t start, size_t end);

/* Copy text into out (cap bytes) in lower case, with U+2019 as ', and
 * NUL-terminate it: the form the lexicons' phrases are written in. Returns
 * the length, or 0 when it does not fit. */
size_t frnp_fold_into(const char *text, size_t len, char *out, size_t cap);

#endif
