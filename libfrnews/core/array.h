/* Growable arrays: the one place that doubles a capacity, so that appending
 * stays amortised constant time everywhere. */
#ifndef FRNP_ARRAY_H
#define FRNP_ARRAY_H

#include <stddef.h>

/* Make room for `need` elements of `size` bytes in the array at *items
 * (items is the address of the array pointer), doubling *capacity as
 * needed. Returns 0 when out of memory (or on overflow), leaving the array
 * as it was. */
int frnp_array_reserve(void *items, size_t *capacity, size_t need, size_t size);

#endif
