/* Stopwords: the lexicon's class of function words that say nothing about
 * which story an article covers (lexicon/<lang>/stopwords.txt). */
#include "coverage-private.h"
#include "lexicon/lexicon.h"

int frnp_cov_is_stopword(const char *word, size_t len)
{
    return (frnp_lexicon_classes(frnp_lexicon_get(NULL), word, len) & FRNP_LEX_STOPWORD) != 0;
}
