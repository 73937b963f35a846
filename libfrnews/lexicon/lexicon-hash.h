/* PRIVATE to lexicon/: the hash of a folded word. lexicon-compile lays the
 * word table's slots out with it and lexicon.c probes them with it, so the
 * two must be this one function. FNV-1a: keys are short words, and it needs
 * no setup. */
#ifndef FRNP_LEXICON_HASH_H
#define FRNP_LEXICON_HASH_H

#include <stddef.h>
#include <stdint.h>

static inline uint32_t frnp_lex_hash(const char *key, size_t len)
{
    uint32_t hash = 2166136261u;

    for (size_t i = 0; i < len; i++)
        hash = (hash ^ (unsigned char)key[i]) * 16777619u;
    return hash;
}

#endif
