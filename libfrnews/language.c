/* Language guessing by function-word counts: short, common words identify
 * the language of a news body reliably once a few dozen words are seen. */
#include <string.h>
#include <unicode/uchar.h>
#include "language.h"
#include "utf8.h"

struct language_profile {
    const char *tag;
    const char *const *words;
};

static const char *const english[] = {"the", "and", "of", "to", "is", "that", "in", "it", "for", "was", "with", "on", "said", "he", "she", "they", "have", "has", "are", "not", NULL};
static const char *const french[] = {"le", "la", "les", "et", "des", "est", "une", "du", "que", "pour", "dans", "qui", "pas", "sur", "au", "avec", "il", "elle", NULL};
static const char *const german[] = {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "sich", "auf", "ein", "eine", "auch", "dem", "von", "zu", "sie", "es", NULL};
static const char *const spanish[] = {"el", "los", "las", "y", "que", "es", "por", "una", "del", "para", "con", "se", "su", "como", "pero", "al", "lo", NULL};
static const char *const italian[] = {"il", "che", "di", "e", "non", "per", "una", "sono", "della", "gli", "con", "del", "anche", "ha", "nel", "alla", NULL};
static const char *const portuguese[] = {"o", "os", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não", "por", "mais", "foi", "ao", "se", NULL};
static const char *const dutch[] = {"de", "het", "een", "en", "van", "is", "dat", "niet", "op", "zijn", "met", "voor", "ook", "maar", "heeft", "werd", NULL};

static const struct language_profile profiles[] = {
    {"en", english}, {"fr", french}, {"de", german}, {"es", spanish},
    {"it", italian}, {"pt", portuguese}, {"nl", dutch},
};
#define PROFILE_COUNT (sizeof profiles / sizeof *profiles)

static int word_in(const char *word, size_t len, const char *const *words)
{
    for (size_t i = 0; words[i]; i++)
        if (strlen(words[i]) == len && memcmp(words[i], word, len) == 0)
            return 1;
    return 0;
}

/* Count function-word hits per profile over lower-cased words (the lists
 * are lower case; capitalised sentence starts are lowered byte-wise, which
 * suffices for these ASCII-initial words). */
static void count_hits(const char *text, size_t len, size_t hits[PROFILE_COUNT], size_t *total)
{
    char word[16];
    size_t pos = 0;

    while (pos < len) {
        size_t start = pos, wlen = 0;
        UChar32 c = frn_utf8_next(text, len, &pos);
        if (!u_isalpha(c))
            continue;
        while (pos < len) {
            size_t next = pos;
            if (!u_isalpha(frn_utf8_next(text, len, &next)))
                break;
            pos = next;
        }
        wlen = pos - start;
        (*total)++;
        if (wlen >= sizeof word)
            continue;
        for (size_t i = 0; i < wlen; i++)
            word[i] = (char)((text[start + i] >= 'A' && text[start + i] <= 'Z') ? text[start + i] + 32 : text[start + i]);
        for (size_t p = 0; p < PROFILE_COUNT; p++)
            hits[p] += word_in(word, wlen, profiles[p].words);
    }
}

const char *frn_language_guess(const char *text, size_t len)
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
