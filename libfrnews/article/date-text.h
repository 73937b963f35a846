/* Dates as pages write them: ISO 8601 in metadata; prose in the text, in
 * any language ICU names the months of ("June 12, 2020", "12 juin 2020",
 * "12. März 2020", "12 de junio de 2020", "2020-06-12", "2020年6月12日");
 * and relative dates ("3 hours ago") against a reference date. */
#ifndef FRNP_DATE_TEXT_H
#define FRNP_DATE_TEXT_H

#include <stddef.h>
#include "frnews/common.h"

/* Room for "YYYY-MM-DDThh:mm:ss+hh:mm" and its NUL. */
#define FRNP_DATE_BYTES 32

/* Find the first date in prose and write it as "YYYY-MM-DD" into iso (11
 * bytes). Returns 1 when found, 0 otherwise. ctx holds the month names
 * (NULL: numeric dates only). */
int frnp_date_find(frn_ctx *ctx, const char *text, size_t len, char iso[11]);

/* Whether a short line announces publication ("Published on", "Posted",
 * "Updated") or holds little besides a date. ctx's word breaker must be
 * open (text/text-words.h). */
int frnp_is_dateline(frn_ctx *ctx, const char *line, size_t len);

/* Whether a line begins by announcing a date ("Published", "Posted on",
 * "Updated"): the lexicon's dateline announcers. */
int frnp_date_announced(const char *line, size_t len);

/* A date from metadata as ISO 8601: the date, and the time and offset when
 * the value gives them ("2020-06-12T09:30:00+00:00"; "Z" becomes
 * "+00:00"); a prose value gives its day. Returns 1 when the value holds
 * a date. */
int frnp_date_normalize(frn_ctx *ctx, const char *value, size_t len, char out[FRNP_DATE_BYTES]);

/* The day a URL's path holds in full ("/2025/12/18/", "/2025-12-15+title"),
 * a path segment opening with it, as "YYYY-MM-DD" in iso; a year and a
 * month alone give none. Returns 1 when found. */
int frnp_date_in_path(const char *path, char iso[11]);

/* A relative date ("3 hours ago", "2 days ago", "yesterday", "today") in
 * text, counted back from reference (an ISO 8601 date or date-time): the
 * day, as "YYYY-MM-DD", in iso. Returns 1 when found. */
int frnp_date_relative(const char *text, size_t len, const char *reference, char iso[11]);

#endif
