/* Lookup in the pending word tables (see pending-words.h). */
#include <stdlib.h>
#include <string.h>
#include "pending-words.h"
#include "text/text-match.h"

#define MAX_WORD_BYTES 48

const frnp_pending_table *frnp_pending_table_for(const char *language)
{
    if (!language)
        return NULL;
    for (const frnp_pending_table *t = frnp_pending_tables; t->language; t++) {
        size_t n = strlen(t->language);
        if (strncmp(language, t->language, n) == 0 && (language[n] == '\0' || language[n] == '-'))
            return t;
    }
    return NULL;
}

static int compare_entry(const void *key, const void *entry)
{
    return strcmp(key, ((const frnp_pending_word *)entry)->word);
}

const frnp_pending_word *frnp_pending_find(const frnp_pending_table *table, const char *text, size_t len)
{
    char folded[MAX_WORD_BYTES];

    if (!table || len == 0 || !frnp_fold_into(text, len, folded, sizeof folded))
        return NULL;
    return bsearch(folded, table->words, table->count, sizeof *table->words, compare_entry);
}
