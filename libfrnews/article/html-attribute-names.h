/* Attribute names that libxml2's HTML parser (before 2.14) refuses, made
 * readable to it. Frameworks print names like "@click", ":class",
 * "(click)", "[value]" or "#ref", which HTML allows; libxml2 stops at the
 * first such name, drops the tag's remaining attributes and reads the rest
 * of the tag, up to the first '>' even inside a quoted value, as text of
 * the page. Each byte it refuses in a name becomes '_', one for one, so
 * every offset into the page still holds. */
#ifndef FRNP_HTML_ATTRIBUTE_NAMES_H
#define FRNP_HTML_ATTRIBUTE_NAMES_H

#include <stddef.h>

/* A copy of html (len bytes) with such names rewritten, into *repaired
 * (free() it), or *repaired NULL when no name needs it. Returns 0 when out
 * of memory. Start tags are found as an HTML tokenizer finds them: not
 * inside comments, scripts or style sheets, nor inside quoted values. */
int frnp_html_repair_attribute_names(const char *html, size_t len, char **repaired);

#endif
