/* Language guessing by function-word counts: short, common words identify
 * the language of a news body reliably once a few dozen words are seen. */
#include <string.h>
#include "language.h"
#include "text/text-fold.h"
#include "text/text-words.h"

struct language_profile {
    const char *tag;
    const char *const *words; /* NULL-terminated, folded */
};

static const char *const english_words[] = {"the", "and", "of", "to", "is", "that", "in", "it", "for", "was", "with", "on", "said", "he", "she", "they", "have", "has", "are", "not", NULL};
static const char *const french_words[] = {"le", "la", "les", "et", "des", "est", "une", "du", "que", "pour", "dans", "qui", "pas", "sur", "au", "avec", "il", "elle", NULL};
static const char *const german_words[] = {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "sich", "auf", "ein", "eine", "auch", "dem", "von", "zu", "sie", "es", NULL};
static const char *const spanish_words[] = {"el", "los", "las", "y", "que", "es", "por", "una", "del", "para", "con", "se", "su", "como", "pero", "al", "lo", NULL};
static const char *const italian_words[] = {"il", "che", "di", "e", "non", "per", "una", "sono", "della", "gli", "con", "del", "anche", "ha", "nel", "alla", NULL};
static const char *const portuguese_words[] = {"o", "os", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não", "por", "mais", "foi", "ao", "se", NULL};
static const char *const dutch_words[] = {"de", "het", "een", "en", "van", "is", "dat", "niet", "op", "zijn", "met", "voor", "ook", "maar", "heeft", "werd", NULL};

static const struct language_profile profiles[] = {
    {"en", english_words}, {"fr", french_words}, {"de", german_words}, {"es", spanish_words},
    {"it", italian_words}, {"pt", portuguese_words}, {"nl", dutch_words},
};
#define PROFILE_COUNT (sizeof profiles / sizeof *profiles)

/* The function words are short: a longer word is none. */
#define FUNCTION_WORD_MAX 16

static int in_profile(const struct language_profile *profile, const char *folded)
{
    for (size_t i = 0; profile->words[i]; i++)
        if (profile->words[i][0] == folded[0] && strcmp(profile->words[i], folded) == 0)
            return 1;
    return 0;
}

typedef struct hit_count {
    const char *text;
    size_t hits[PROFILE_COUNT];
    size_t total;
} hit_count;

/* Count function-word hits per profile. */
static int count_hits(void *data, size_t start, size_t end, int is_word)
{
    hit_count *count = data;
    char folded[FUNCTION_WORD_MAX + 1];
    size_t consumed, n;

    if (!is_word)
        return 0;
    count->total++;
    n = frnp_fold(count->text + start, end - start, folded, FUNCTION_WORD_MAX, &consumed);
    if (consumed < end - start)
        return 0;
    folded[n] = '\0';
    for (size_t p = 0; p < PROFILE_COUNT; p++)
        count->hits[p] += (size_t)in_profile(&profiles[p], folded);
    return 0;
}

frn_status frnp_language_guess(frn_ctx *ctx, const char *text, size_t len, const char **tag)
{
    hit_count count = {text, {0}, 0};
    size_t best = 0, second = 0;
    frn_status status = frnp_segments_each(ctx, text, len, count_hits, &count);

    *tag = NULL;
    if (status != FRN_OK)
        return status;
    for (size_t p = 0; p < PROFILE_COUNT; p++) {
        if (count.hits[p] > best) {
            second = best;
            best = count.hits[p];
            *tag = profiles[p].tag;
        } else if (count.hits[p] > second) {
            second = count.hits[p];
        }
    }
    /* Function words make up a fifth or more of running text; demand a clear
     * lead so that names and numbers do not decide. */
    if (count.total < 8 || best * 10 < count.total || best < 2 * second)
        *tag = NULL;
    return FRN_OK;
}
