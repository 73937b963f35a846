/* Language guessing by function-word counts: short, common words identify
 * the language of a news body reliably once a few dozen words are seen. */
#include <string.h>
#include <unicode/uchar.h>
#include "language.h"
#include "text/text-fold.h"
#include "text/utf8.h"

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

static int in_profile(const struct language_profile *profile, const char *word, size_t len)
{
    for (size_t i = 0; profile->words[i]; i++)
        if (frnp_fold_equals(word, len, profile->words[i], strlen(profile->words[i])))
            return 1;
    return 0;
}

/* Count function-word hits per profile. */
static void count_hits(const char *text, size_t len, size_t hits[PROFILE_COUNT], size_t *total)
{
    size_t pos = 0;

    while (pos < len) {
        size_t start = pos;
        UChar32 c = frnp_utf8_next(text, len, &pos);
        if (!u_isalpha(c))
            continue;
        while (pos < len) {
            size_t next = pos;
            if (!u_isalpha(frnp_utf8_next(text, len, &next)))
                break;
            pos = next;
        }
        (*total)++;
        for (size_t p = 0; p < PROFILE_COUNT; p++)
            hits[p] += (size_t)in_profile(&profiles[p], text + start, pos - start);
    }
}

const char *frnp_language_guess(const char *text, size_t len)
{
    size_t hits[PROFILE_COUNT] = {0}, total = 0, best = 0, second = 0;
    const char *tag = NULL;

    count_hits(text, len, hits, &total);
    for (size_t p = 0; p < PROFILE_COUNT; p++) {
        if (hits[p] > best) {
            second = best;
            best = hits[p];
            tag = profiles[p].tag;
        } else if (hits[p] > second) {
            second = hits[p];
        }
    }
    /* Function words make up a fifth or more of running text; demand a clear
     * lead so that names and numbers do not decide. */
    if (total < 8 || best * 10 < total || best < 2 * second)
        return NULL;
    return tag;
}
