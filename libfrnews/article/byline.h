/* Author names from bylines ("By Jane Doe and John Roe") and author boxes,
 * found by the library's one name recogniser (lexicon/person-name.h). */
#ifndef FRNP_BYLINE_H
#define FRNP_BYLINE_H

#include <stddef.h>

#include "frnews/common.h"
#include "lexicon/lexicon.h"

/* The most names one byline lists that are kept. */
#define FRNP_BYLINE_MAX_NAMES 8

/* If line is a byline ("By ...", "Author: ...", "Written by ..."), write the
 * span of each name in it (offsets into line) to names and their number to
 * *count; 0 when it is not a byline. FRN_ERR_NOMEM or FRN_ERR_ICU, recorded
 * on ctx, when the line cannot be segmented. */
frn_status frnp_byline_names(frn_ctx *ctx, const frnp_lexicon *lexicon, const char *line,
                             size_t len, frn_span names[FRNP_BYLINE_MAX_NAMES], size_t *count);

/* The name an author bio starts with ("Scott Bekker is editor in chief ..."),
 * as a span into bio; empty when the bio starts with no name. Fails as
 * frnp_byline_names does. */
frn_status frnp_bio_name(frn_ctx *ctx, const frnp_lexicon *lexicon, const char *bio, size_t len,
                         frn_span *name);

/* The name text starts with (a credit without its label: "Jane Doe",
 * "Dr Jane Doe"), as a span into text; empty when text is longer than a
 * byline or starts with no full name. Fails as frnp_byline_names does. */
frn_status frnp_leading_name(frn_ctx *ctx, const frnp_lexicon *lexicon, const char *text,
                             size_t len, frn_span *name);

#endif
