/* Word sets: each sorted once, on first use under a lock, then searched. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "text/text-match.h"
#include "word-set.h"

#define MAX_WORD_BYTES 32

static pthread_mutex_t sort_lock = PTHREAD_MUTEX_INITIALIZER;

static int compare_words(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* count is published after sorting; readers that see it set see a sorted
 * array. */
static size_t sorted_count(frnp_word_set *set)
{
    size_t count = __atomic_load_n(&set->count, __ATOMIC_ACQUIRE);

    if (count)
        return count;
    pthread_mutex_lock(&sort_lock);
    count = set->count;
    if (!count) {
        while (set->words[count])
            count++;
        qsort((void *)set->words, count, sizeof *set->words, compare_words);
        __atomic_store_n(&set->count, count, __ATOMIC_RELEASE);
    }
    pthread_mutex_unlock(&sort_lock);
    return count;
}

int frnp_word_set_contains(frnp_word_set *set, const char *text, size_t len)
{
    char folded[MAX_WORD_BYTES];
    const char *key = folded;
    size_t count = sorted_count(set);

    if (len == 0 || !frnp_fold_into(text, len, folded, sizeof folded))
        return 0;
    return bsearch(&key, set->words, count, sizeof *set->words, compare_words) != NULL;
}
