/* Publication dates written in prose: "June 12, 2020", "12 June 2020",
 * "2020-06-12", "Jun. 12th, 2020". */
#ifndef FRNP_DATE_TEXT_H
#define FRNP_DATE_TEXT_H

#include <stddef.h>
#include "frnews/common.h"

/* Find the first date in text and write it as ISO 8601 "YYYY-MM-DD" into
 * iso (11 bytes). Returns 1 when found, 0 otherwise. */
int frnp_date_find(const char *text, size_t len, char iso[11]);

/* Whether a short line announces publication ("Published on", "Posted",
 * "Updated") or holds little besides a date. ctx's word breaker must be
 * open (text/text-words.h). */
int frnp_is_dateline(frn_ctx *ctx, const char *line, size_t len);

#endif
