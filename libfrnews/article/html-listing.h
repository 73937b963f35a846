/* The list of items that is a page's content when it has little prose (a
 * home page, search results, a catalogue, a list of events): the element
 * whose children alike (the same tag and class, four or more) hold the
 * most text. */
#ifndef FRNP_HTML_LISTING_H
#define FRNP_HTML_LISTING_H

#include <stddef.h>
#include "html-document.h"

/* The element holding the list, or FRNP_HTML_NONE; *listed receives the
 * bytes of text in its items. subtree_bytes[i] is the text of element i's
 * subtree. Returns FRNP_HTML_NONE too when out of memory. */
size_t frnp_html_listing_container(const frnp_html_document *doc, const double *subtree_bytes,
                                   double *listed);

#endif
