/* Growable arrays: the one place that doubles a capacity, so that appending
 * stays amortised constant time everywhere. */
#ifndef FRNP_ARRAY_H
#define FRNP_ARRAY_H

#include <stddef.h>

/* Make room for `need` elements of `size` bytes in the array at *items
 * (items is the address of the array pointer), doubling *capacity as
 * needed. Returns 0 when out of memory (or on overflow), leaving the array
 * as it was. */
static inline int frnp_array_reserve(void *items, size_t *capacity, size_t need, size_t size);

/* What frnp_array_reserve() does when the array is full. */
int frnp_array_grow(void *items, size_t *capacity, size_t need, size_t size);

/* Inline: most calls append to an array with room, and then cost a
 * comparison rather than a call. */
static inline int frnp_array_reserve(void *items, size_t *capacity, size_t need, size_t size)
{
    return need <= *capacity || frnp_array_grow(items, capacity, need, size);
}

#endif
