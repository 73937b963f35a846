/* Phrase matching without case, on the fold of text-fold.h: phrases are
 * written folded (the lexicons are compiled so), the text is folded as it
 * is read. */
#ifndef FRNP_TEXT_MATCH_H
#define FRNP_TEXT_MATCH_H

#include <stddef.h>

/* What may trail a line that is one phrase ("Sign in »", "Menu:"): white
 * space and punctuation. Each byte counts alone (as in strchr), so the two
 * bytes of "»" and the NUL do too. */
#define FRNP_LINE_TRAILING " \t:.!?-|>\xC2\xBB"

/* Length in text bytes of the folded phrase (NUL-terminated) matched at
 * text[pos], or 0 when it does not match there. */
size_t frnp_match_at(const char *text, size_t len, size_t pos, const char *phrase);

/* Position of the first match of the folded phrase in text, or
 * (size_t)-1. Quadratic: for short texts (a credit, a date line). */
size_t frnp_find(const char *text, size_t len, const char *phrase);

/* Whether a matched phrase stands as whole words: no letter or digit on
 * either side. */
int frnp_is_whole_word(const char *text, size_t len, size_t start, size_t end);

/* The length of a line without the FRNP_LINE_TRAILING bytes at its end. */
size_t frnp_line_core_length(const char *line, size_t len);

/* A folded, NUL-terminated copy of text, its length in *folded_len; NULL
 * when out of memory. */
char *frnp_fold_dup(const char *text, size_t len, size_t *folded_len);

#endif
