/* Lists of items: children grouped by (parent, tag, class) in one
 * open-addressing table, one pass over the element table. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>
#include "html-listing.h"

/* Fewer alike children make no list. */
#define LIST_MIN_ITEMS 4

typedef struct group {
    size_t parent;  /* FRNP_HTML_NONE: an empty slot */
    uint64_t shape; /* tag and class */
    size_t items;
    double bytes;
} group;

/* The tag and the class of an element, hashed. */
static uint64_t shape_of(const frnp_html_element *e)
{
    const char *cls = frnp_html_attribute(e->node, "class"), *name = (const char *)e->node->name;

    return XXH64(cls ? cls : "", cls ? strlen(cls) : 0, XXH64(name, strlen(name), 0));
}

size_t frnp_html_listing_container(const frnp_html_document *doc, const double *subtree_bytes,
                                   double *listed)
{
    size_t slots = 16, mask, best = FRNP_HTML_NONE;
    group *table;

    *listed = 0;
    while (slots < 2 * doc->count)
        slots *= 2;
    mask = slots - 1;
    table = malloc(slots * sizeof *table);
    if (!table)
        return FRNP_HTML_NONE;
    for (size_t s = 0; s < slots; s++)
        table[s].parent = FRNP_HTML_NONE;
    for (size_t i = 0; i < doc->count; i++) {
        const frnp_html_element *e = &doc->elements[i];
        uint64_t shape;
        size_t slot;
        if (e->parent == FRNP_HTML_NONE || subtree_bytes[i] <= 0)
            continue;
        shape = shape_of(e);
        slot = (size_t)(XXH64(&e->parent, sizeof e->parent, shape)) & mask;
        while (table[slot].parent != FRNP_HTML_NONE &&
               !(table[slot].parent == e->parent && table[slot].shape == shape))
            slot = (slot + 1) & mask;
        if (table[slot].parent == FRNP_HTML_NONE)
            table[slot] = (group){e->parent, shape, 0, 0};
        table[slot].items++;
        table[slot].bytes += subtree_bytes[i];
    }
    for (size_t s = 0; s < slots; s++)
        if (table[s].parent != FRNP_HTML_NONE && table[s].items >= LIST_MIN_ITEMS && table[s].bytes > *listed) {
            *listed = table[s].bytes;
            best = table[s].parent;
        }
    free(table);
    return best;
}
