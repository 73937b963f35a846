/* One author credit as a clean name: "By Jane Doe", "Author: Jane Doe",
 * "Jane Doe - Staff Writer", "Jane Doe Published June 12" all give "Jane
 * Doe". */
#ifndef FRNP_AUTHOR_NAME_H
#define FRNP_AUTHOR_NAME_H

#include <stddef.h>
#include "frnews/common.h"
#include "lexicon/lexicon.h"

/* The span of the name in text; {0, 0} when no name is left (a label
 * alone, a user handle, a link). The labels, date announcers and credits
 * that name no one are the lexicon's. */
frn_span frnp_author_clean(const frnp_lexicon *lexicon, const char *text, size_t len);

#endif
