/* The ids `frnews coverage` names its articles by: the file's name without
 * directory or extension, made valid UTF-8 and unique. */
#ifndef FRN_CLI_COVERAGE_IDS_H
#define FRN_CLI_COVERAGE_IDS_H

#include <stddef.h>

/* "data/a1.txt" -> "a1". A byte of the name that is not part of valid UTF-8
 * becomes U+FFFD, as in the JSON output's "file", so every file gets an id
 * the library accepts. A new string, NULL when out of memory. */
char *coverage_id_from_path(const char *path);

/* Rename ids in place so that no two are equal: the first of equal ids in
 * the list keeps its name, the later ones become "a-2", "a-3", ..., each
 * suffix skipping the names other ids already have ("a", "a-2", "a" gives
 * "a", "a-2", "a-3"). Each id is owned by the list (malloc'ed). O(n log n).
 * Returns 0, or ENOMEM with the ids unchanged. */
int coverage_ids_make_unique(char **ids, size_t count);

/* Ids named one at a time, for articles that come from a stream (JSON
 * Lines, WARC) after the files' ids were made unique. */
typedef struct coverage_id_set coverage_id_set;

coverage_id_set *coverage_id_set_new(void);
void coverage_id_set_free(coverage_id_set *set);

/* Mark id as taken. Returns 0 or ENOMEM. */
int coverage_id_set_add(coverage_id_set *set, const char *id);

/* base, or base-2, base-3... the first that is not taken, now taken: a new
 * string, NULL when out of memory. */
char *coverage_id_set_claim(coverage_id_set *set, const char *base);

#endif
