/* Author names from bylines ("By Jane Doe and John Roe") and author boxes. */
#ifndef FRNP_BYLINE_H
#define FRNP_BYLINE_H

#include <stddef.h>

/* Called with each name found (a span of the line). */
typedef int (*frnp_name_sink)(void *data, const char *name, size_t len);

/* If line is a byline ("By ...", "Author: ...", "Written by ..."), pass each
 * name to sink and return the number of names; 0 when it is not a byline. */
size_t frnp_byline_names(const char *line, size_t len, frnp_name_sink sink, void *data);

/* The name an author bio starts with ("Scott Bekker is editor in chief ..."):
 * its length, or 0 when the bio does not start with a name. */
size_t frnp_bio_name_length(const char *bio, size_t len);

/* Length of the personal name at the start of text: two to four capitalised
 * words, allowing particles (de, van, von) and initials; 0 when none. */
size_t frnp_name_length(const char *text, size_t len);

#endif
