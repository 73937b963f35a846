/* A small English stopword list: function words that say nothing about
 * which story an article covers, plus "says", "said", "say" and "new", which
 * headlines use everywhere. Sorted for binary search; words are case-folded. */
#include <stdlib.h>
#include <string.h>
#include "coverage-private.h"

static const char *const stopwords[] = {
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
    "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
    "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few",
    "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
    "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
    "itself", "just", "me", "more", "most", "my", "myself", "new", "no", "nor", "not", "now",
    "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over",
    "own", "said", "same", "say", "says", "she", "should", "so", "some", "such", "than", "that",
    "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
    "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were",
    "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
    "you", "your", "yours", "yourself", "yourselves",
};

typedef struct word_key {
    const char *word;
    size_t len;
} word_key;

static int compare_word(const void *key, const void *entry)
{
    const word_key *k = key;
    const char *w = *(const char *const *)entry;
    size_t wlen = strlen(w);
    int c = memcmp(k->word, w, k->len < wlen ? k->len : wlen);

    if (c != 0)
        return c;
    return (k->len > wlen) - (k->len < wlen);
}

int frnp_cov_is_stopword(const char *word, size_t len)
{
    word_key key = {word, len};

    return bsearch(&key, stopwords, sizeof stopwords / sizeof *stopwords, sizeof *stopwords,
                   compare_word) != NULL;
}
