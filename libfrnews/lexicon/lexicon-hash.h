/* PRIVATE to lexicon/: the hash of a folded word. lexicon-compile lays the
 * word table's slots out with it and lexicon.c probes them with it, so the
 * two must be this one function. FNV-1a: keys are short words, and it needs
 * no setup. */
#ifndef FRNP_LEXICON_HASH_H
#define FRNP_LEXICON_HASH_H

#include <stddef.h>
#include <stdint.h>

#define FRNP_LEX_HASH_START 2166136261u

/* The hash of a key one byte longer, for callers that fold and hash in
 * the same pass. */
static inline uint32_t frnp_lex_hash_byte(uint32_t hash, unsigned char byte)
{
    return (hash ^ byte) * 16777619u;
}

static inline uint32_t frnp_lex_hash(const char *key, size_t len)
{
    uint32_t hash = FRNP_LEX_HASH_START;

    for (size_t i = 0; i < len; i++)
        hash = frnp_lex_hash_byte(hash, (unsigned char)key[i]);
    return hash;
}

#endif
