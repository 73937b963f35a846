/* Language guessing by function-word counts: short, common words identify
 * the language of a news body reliably once a few dozen words are seen. */
#include <string.h>
#include <unicode/uchar.h>
#include "language.h"
#include "lexicon/word-set.h"
#include "text/utf8.h"

struct language_profile {
    const char *tag;
    frnp_word_set *words;
};

static const char *english_words[] = {"the", "and", "of", "to", "is", "that", "in", "it", "for", "was", "with", "on", "said", "he", "she", "they", "have", "has", "are", "not", NULL};
static frnp_word_set english = FRNP_WORD_SET(english_words);
static const char *french_words[] = {"le", "la", "les", "et", "des", "est", "une", "du", "que", "pour", "dans", "qui", "pas", "sur", "au", "avec", "il", "elle", NULL};
static frnp_word_set french = FRNP_WORD_SET(french_words);
static const char *german_words[] = {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "sich", "auf", "ein", "eine", "auch", "dem", "von", "zu", "sie", "es", NULL};
static frnp_word_set german = FRNP_WORD_SET(german_words);
static const char *spanish_words[] = {"el", "los", "las", "y", "que", "es", "por", "una", "del", "para", "con", "se", "su", "como", "pero", "al", "lo", NULL};
static frnp_word_set spanish = FRNP_WORD_SET(spanish_words);
static const char *italian_words[] = {"il", "che", "di", "e", "non", "per", "una", "sono", "della", "gli", "con", "del", "anche", "ha", "nel", "alla", NULL};
static frnp_word_set italian = FRNP_WORD_SET(italian_words);
static const char *portuguese_words[] = {"o", "os", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não", "por", "mais", "foi", "ao", "se", NULL};
static frnp_word_set portuguese = FRNP_WORD_SET(portuguese_words);
static const char *dutch_words[] = {"de", "het", "een", "en", "van", "is", "dat", "niet", "op", "zijn", "met", "voor", "ook", "maar", "heeft", "werd", NULL};
static frnp_word_set dutch = FRNP_WORD_SET(dutch_words);

static const struct language_profile profiles[] = {
    {"en", &english}, {"fr", &french}, {"de", &german}, {"es", &spanish},
    {"it", &italian}, {"pt", &portuguese}, {"nl", &dutch},
};
#define PROFILE_COUNT (sizeof profiles / sizeof *profiles)

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
            hits[p] += (size_t)frnp_word_set_contains(profiles[p].words, text + start, pos - start);
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
