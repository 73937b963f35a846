/* A hash map from a span of bytes to an index, so that a word is looked up
 * in constant time instead of by scanning every earlier one: quote/ finds
 * a surname, role word or organisation's head word among the mentions,
 * article/ keeps its lists of authors and tags free of repeats. Keys point
 * into memory that outlives the map. */
#ifndef FRNP_NAME_INDEX_H
#define FRNP_NAME_INDEX_H

#include <stddef.h>
#include <stdint.h>

typedef struct frnp_name_slot {
    const char *key; /* NULL when free */
    size_t len;
    uint64_t hash;
    size_t value;
} frnp_name_slot;

typedef struct frnp_name_index {
    frnp_name_slot *slots;
    size_t mask, count;
    int fold; /* keys compare without case ("President", "president"; text/text-fold.h) */
} frnp_name_index;

void frnp_name_index_init(frnp_name_index *index, int fold);

void frnp_name_index_release(frnp_name_index *index);

/* The slot for a key, added (value FRNP_NAME_NONE) when new; NULL when out
 * of memory. */
frnp_name_slot *frnp_name_index_slot(frnp_name_index *index, const char *key, size_t len);

/* The value for a key, or FRNP_NAME_NONE. */
size_t frnp_name_index_get(const frnp_name_index *index, const char *key, size_t len);

#define FRNP_NAME_NONE ((size_t)-1)

#endif
