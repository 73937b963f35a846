/* Stopwords: the lexicon's class of function words that say nothing about
 * which story an article covers (lexicon/<lang>/stopwords.txt). Every lead
 * word is asked about, so the context keeps them in a small open-addressed
 * table by the word hash the caller has already: a probe or two instead of
 * a binary search of the whole lexicon. */
#include <stdlib.h>
#include <string.h>
#include "core/context.h"
#include "coverage-private.h"
#include "lexicon/lexicon.h"

#define STOP_SLOTS 1024 /* a power of two, over four times the stopwords */

typedef struct stop_slot {
    const char *word; /* the lexicon's own bytes; NULL for an empty slot */
    size_t len;
    uint64_t hash;
} stop_slot;

typedef struct stop_set {
    stop_slot slots[STOP_SLOTS];
    size_t count;
    int overflowed; /* more stopwords than the table takes: the lexicon answers */
} stop_set;

static void add_stopword(void *data, const char *word, size_t len)
{
    stop_set *set = data;
    uint64_t hash = frnp_cov_word_hash(word, len);
    size_t slot = (size_t)hash & (STOP_SLOTS - 1);

    if (set->count >= STOP_SLOTS / 2) {
        set->overflowed = 1;
        return;
    }
    while (set->slots[slot].word)
        slot = (slot + 1) & (STOP_SLOTS - 1);
    set->slots[slot] = (stop_slot){word, len, hash};
    set->count++;
}

/* The context's table, made on first use; NULL when out of memory. */
static const stop_set *stopwords(frn_ctx *ctx)
{
    stop_set *set = ctx ? frnp_ctx_slot(ctx, FRNP_CTX_SLOT_STOPWORDS) : NULL;

    if (set || !ctx)
        return set;
    set = calloc(1, sizeof *set);
    if (!set)
        return NULL;
    frnp_lexicon_each_word(frnp_lexicon_get(NULL), FRNP_LEX_STOPWORD, add_stopword, set);
    frnp_ctx_set_slot(ctx, FRNP_CTX_SLOT_STOPWORDS, set, free);
    return set;
}

int frnp_cov_is_stopword(frn_ctx *ctx, const char *word, size_t len, uint64_t hash)
{
    const stop_set *set = stopwords(ctx);

    if (!set || set->overflowed)
        return (frnp_lexicon_folded_classes(frnp_lexicon_get(NULL), word, len) & FRNP_LEX_STOPWORD) != 0;
    for (size_t slot = (size_t)hash & (STOP_SLOTS - 1); set->slots[slot].word;
         slot = (slot + 1) & (STOP_SLOTS - 1)) {
        const stop_slot *s = &set->slots[slot];
        if (s->hash == hash && s->len == len && memcmp(s->word, word, len) == 0)
            return 1;
    }
    return 0;
}
