/* Growable arrays. */
#include <stdint.h>
#include <stdlib.h>
#include "array.h"

int frnp_array_grow(void *items, size_t *capacity, size_t need, size_t size)
{
    void **array = items;
    size_t grown = *capacity ? *capacity : 8;
    void *moved;

    if (need <= *capacity)
        return 1;
    while (grown < need) {
        if (grown > SIZE_MAX / 2 / size)
            return 0;
        grown *= 2;
    }
    moved = realloc(*array, grown * size);
    if (!moved)
        return 0;
    *array = moved;
    *capacity = grown;
    return 1;
}
