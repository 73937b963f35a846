/* Open addressing, linear probing, grown at half full. */
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>
#include "name-index.h"
#include "text/text-fold.h"

#define FOLD_MAX 64

void frnp_name_index_init(frnp_name_index *index, int fold)
{
    memset(index, 0, sizeof *index);
    index->fold = fold;
}

static int same_key(const frnp_name_index *index, const char *a, const char *b, size_t len)
{
    return index->fold ? frnp_fold_same(a, len, b, len) : memcmp(a, b, len) == 0;
}

/* A folding index hashes the fold (of the key's first bytes, when it is
 * long: keys with the same fold have the same first bytes folded). */
static uint64_t hash_key(const frnp_name_index *index, const char *key, size_t len)
{
    char folded[FOLD_MAX];

    if (!index->fold)
        return XXH3_64bits(key, len);
    return XXH3_64bits(folded, frnp_fold(key, len, folded, sizeof folded, NULL));
}

void frnp_name_index_release(frnp_name_index *index)
{
    free(index->slots);
    memset(index, 0, sizeof *index);
}

static frnp_name_slot *probe(const frnp_name_index *index, frnp_name_slot *slots, size_t mask, const char *key,
                             size_t len, uint64_t hash)
{
    size_t k = hash & mask;

    while (slots[k].key &&
           !(slots[k].hash == hash && slots[k].len == len && same_key(index, slots[k].key, key, len)))
        k = (k + 1) & mask;
    return &slots[k];
}

static int grow(frnp_name_index *index)
{
    size_t capacity = index->slots ? 2 * (index->mask + 1) : 16;
    frnp_name_slot *slots = calloc(capacity, sizeof *slots);

    if (!slots)
        return 0;
    for (size_t k = 0; index->slots && k <= index->mask; k++)
        if (index->slots[k].key)
            *probe(index, slots, capacity - 1, index->slots[k].key, index->slots[k].len, index->slots[k].hash) =
                index->slots[k];
    free(index->slots);
    index->slots = slots;
    index->mask = capacity - 1;
    return 1;
}

frnp_name_slot *frnp_name_index_slot(frnp_name_index *index, const char *key, size_t len)
{
    uint64_t hash = hash_key(index, key, len);
    frnp_name_slot *slot;

    if ((!index->slots || 2 * (index->count + 1) > index->mask + 1) && !grow(index))
        return NULL;
    slot = probe(index, index->slots, index->mask, key, len, hash);
    if (!slot->key) {
        *slot = (frnp_name_slot){key, len, hash, FRNP_NAME_NONE};
        index->count++;
    }
    return slot;
}

size_t frnp_name_index_get(const frnp_name_index *index, const char *key, size_t len)
{
    const frnp_name_slot *slot;

    if (!index->slots)
        return FRNP_NAME_NONE;
    slot = probe(index, index->slots, index->mask, key, len, hash_key(index, key, len));
    return slot->key ? slot->value : FRNP_NAME_NONE;
}
