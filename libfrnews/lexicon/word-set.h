/* A fixed set of lower-case words, looked up by binary search: the
 * lexicons are consulted for nearly every token, so a scan of each list per
 * token would dominate the running time. */
#ifndef FRNP_WORD_SET_H
#define FRNP_WORD_SET_H

#include <stddef.h>

typedef struct frnp_word_set {
    const char **words; /* NULL-terminated, lower case; sorted on first use */
    size_t count;
} frnp_word_set;

/* Define a set from a NULL-terminated array of words. */
#define FRNP_WORD_SET(array) {array, 0}

/* Whether the set holds text (compared without case; a typographic
 * apostrophe counts as '). Thread-safe. */
int frnp_word_set_contains(frnp_word_set *set, const char *text, size_t len);

#endif
