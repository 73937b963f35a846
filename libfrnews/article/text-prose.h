/* How much a line of a page's text reads as prose: the line classifier
 * of the plain-text reader, after jusText's measures (length, sentence
 * punctuation, the share of function words). */
#ifndef FRNP_TEXT_PROSE_H
#define FRNP_TEXT_PROSE_H

#include <stddef.h>
#include <unicode/utypes.h>
#include "frnews/common.h"

typedef enum frnp_prose_class {
    FRNP_PROSE_SHORT, /* a few words: a heading, a menu item, a label */
    FRNP_PROSE_NEAR,  /* may be prose: kept between prose lines */
    FRNP_PROSE_GOOD   /* prose */
} frnp_prose_class;

/* The class of a line. The context's word breaker must be open
 * (text/text-words.h): classing cannot fail. */
frnp_prose_class frnp_prose_class_of(frn_ctx *ctx, const char *line, size_t len);

/* The last character of a line before the closing quotation marks and
 * bracket that may follow a sentence's end; U_SENTINEL for an empty line. */
UChar32 frnp_last_before_closers(const char *line, size_t len);

#endif
