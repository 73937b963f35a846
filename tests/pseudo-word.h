/* Pronounceable pseudo-words for synthetic text: the tests' and the
 * benchmarks' one generator (bench/ builds this file too). */
#ifndef FRN_PSEUDO_WORD_H
#define FRN_PSEUDO_WORD_H

#include <stddef.h>
#include <stdint.h>

/* The word for n in out (max_len + 1 bytes): consonant-vowel pairs
 * spelling n in base 70, its lowest digit first, at most max_len letters
 * (an even number); different for every n below 70^(max_len / 2).
 * Lower case; returns out. */
char *frn_pseudo_word(uint64_t n, size_t max_len, char *out);

#endif
