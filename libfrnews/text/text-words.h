/* What a word is, in one place: a segment that ICU's word break rules
 * (UAX #29, root locale) delimit and give a word status (letters, numbers,
 * kana or ideographs), with a letter or digit in it (ICU gives "___" the
 * status of a word). "don't", "U.S" and "3.5" are one word each; white
 * space and each punctuation character are segments but not words. Every
 * stage that splits text into words or counts them goes through here. */
#ifndef FRNP_TEXT_WORDS_H
#define FRNP_TEXT_WORDS_H

#include <stddef.h>
#include "frnews/common.h"

/* Called with each segment that is not white space: its byte span in the
 * text given to frnp_segments_each, and whether it is a word. Returning
 * non-zero stops the iteration. */
typedef int (*frnp_segment_fn)(void *data, size_t start, size_t end, int is_word);

/* Segment text with the context's word breaker and call fn for each segment
 * that is not white space. ICU's break positions are 32-bit: past 2 GiB the
 * text is not read. FRN_ERR_ICU (recorded on ctx) when segmentation fails. */
frn_status frnp_segments_each(frn_ctx *ctx, const char *text, size_t len,
                              frnp_segment_fn fn, void *data);

/* The number of words in text, counting no further than limit (SIZE_MAX
 * for all). The context's word breaker must be open (the caller has had
 * frnp_ctx_word_breaker succeed): counting cannot fail then. */
size_t frnp_count_words(frn_ctx *ctx, const char *text, size_t len, size_t limit);

/* The length of a word without its possessive "'s" or "’s" ("Apple's" ->
 * "Apple"); the word itself when it has none, or nothing before it. */
size_t frnp_possessive_base(const char *word, size_t len);

#endif
