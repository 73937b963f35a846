/* Author names from bylines ("By Jane Doe and John Roe") and author boxes. */
#ifndef FRNP_BYLINE_H
#define FRNP_BYLINE_H

#include <stddef.h>

#include "frnews/common.h"
#include "lexicon/lexicon.h"

/* The most names one byline lists that are kept. */
#define FRNP_BYLINE_MAX_NAMES 8

/* If line is a byline ("By ...", "Author: ...", "Written by ..."), write the
 * span of each name in it (offsets into line) to names and return how many;
 * 0 when it is not a byline. */
size_t frnp_byline_names(const frnp_lexicon *lexicon, const char *line, size_t len,
                         frn_span names[FRNP_BYLINE_MAX_NAMES]);

/* The name an author bio starts with ("Scott Bekker is editor in chief ..."):
 * its length, or 0 when the bio does not start with a name. */
size_t frnp_bio_name_length(const frnp_lexicon *lexicon, const char *bio, size_t len);

/* Length of the personal name at the start of text: two to four capitalised
 * words, allowing particles (de, van, von) and initials; 0 when none. */
size_t frnp_name_length(const frnp_lexicon *lexicon, const char *text, size_t len);

#endif
