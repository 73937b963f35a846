/* British and American spellings brought to one form, so that two outlets
 * printing "We will organise the labour movement" and "We will organize
 * the labor movement" print the same words. Rules on word endings, each
 * applied only to stems long enough that the rewrite cannot turn one real
 * word into another ("favour" and "favor", never "four" and "for"); a rule
 * that produces a non-word ("devour" becoming "devor") is harmless, as both
 * sides of every comparison go through it. Words are folded UTF-8; only
 * ASCII endings are rewritten, never lengthening the word. */
#include <string.h>
#include "coverage-private.h"

typedef struct whole_word {
    const char *from, *to;
} whole_word;

/* Variants no ending rule covers. */
static const whole_word whole_words[] = {
    {"acknowledgement", "acknowledgment"}, {"ageing", "aging"}, {"aluminium", "aluminum"},
    {"grey", "gray"}, {"judgement", "judgment"}, {"mould", "mold"}, {"plough", "plow"},
    {"programme", "program"}, {"programmes", "programs"}, {"sceptic", "skeptic"},
    {"sceptical", "skeptical"},
};

static int ends_with(const char *word, size_t len, const char *ending, size_t *stem)
{
    size_t n = strlen(ending);

    if (len < n || memcmp(word + len - n, ending, n) != 0)
        return 0;
    *stem = len - n;
    return 1;
}

/* The first ending of the list that word has, with at least min_stem bytes
 * before the marker; *at receives where the marker starts. */
static int marker_then(const char *word, size_t len, const char *marker,
                       const char *const *endings, size_t min_stem, size_t *at)
{
    size_t mlen = strlen(marker);

    for (size_t e = 0; endings[e]; e++) {
        size_t stem;
        if (ends_with(word, len, endings[e], &stem) && stem >= mlen + min_stem &&
            memcmp(word + stem - mlen, marker, mlen) == 0) {
            *at = stem - mlen;
            return 1;
        }
    }
    return 0;
}

static size_t remove_byte(char *word, size_t len, size_t at)
{
    memmove(word + at, word + at + 1, len - at - 1);
    return len - 1;
}

/* colour, favourite, honourable -> color, favorite, honorable */
static const char *const our_endings[] = {"", "s", "ed", "ing", "ite", "ites", "able", "ably",
                                          "er", "ers", "ful", "less", "ism", "ist", "ists", NULL};
/* organise, organisation, analyse -> organize, organization, analyze */
static const char *const ise_endings[] = {"e", "es", "ed", "ing", "er", "ers", "ation",
                                          "ations", "ational", NULL};
/* travelled, cancelling, labeller -> traveled, canceling, labeler */
static const char *const doubled_l_endings[] = {"ed", "ing", "er", "ers", NULL};

static size_t rewrite_endings(char *word, size_t len)
{
    size_t at, stem;

    if (marker_then(word, len, "our", our_endings, 3, &at))
        return remove_byte(word, len, at + 1);
    if (marker_then(word, len, "is", ise_endings, 3, &at) ||
        marker_then(word, len, "ys", ise_endings, 3, &at)) {
        word[at + 1] = 'z';
        return len;
    }
    if ((marker_then(word, len, "ell", doubled_l_endings, 3, &at) ||
         marker_then(word, len, "all", doubled_l_endings, 3, &at)))
        return remove_byte(word, len, at + 2);
    /* centre, theatre, sombre -> center, theater, somber */
    if ((ends_with(word, len, "tre", &stem) || ends_with(word, len, "bre", &stem)) && stem >= 3) {
        word[len - 2] = 'e';
        word[len - 1] = 'r';
        return len;
    }
    if ((ends_with(word, len, "tres", &stem) || ends_with(word, len, "bres", &stem)) && stem >= 3) {
        word[len - 3] = 'e';
        word[len - 2] = 'r';
        return len;
    }
    /* catalogue, dialogue -> catalog, dialog */
    if (ends_with(word, len, "logue", &stem) && stem >= 2)
        return len - 2;
    if (ends_with(word, len, "logues", &stem) && stem >= 2) {
        word[len - 3] = 's';
        return len - 2;
    }
    /* defence, licence, pretence -> defense, license, pretense */
    if ((ends_with(word, len, "fence", &stem) || ends_with(word, len, "cence", &stem) ||
         ends_with(word, len, "tence", &stem)) && stem >= 2) {
        word[len - 2] = 's';
        return len;
    }
    if ((ends_with(word, len, "fences", &stem) || ends_with(word, len, "cences", &stem) ||
         ends_with(word, len, "tences", &stem)) && stem >= 2) {
        word[len - 3] = 's';
        return len;
    }
    return len;
}

size_t frnp_cov_spelling_normalise(char *word, size_t len)
{
    for (size_t i = 0; i < sizeof whole_words / sizeof *whole_words; i++) {
        size_t n = strlen(whole_words[i].from);
        if (len == n && memcmp(word, whole_words[i].from, n) == 0) {
            n = strlen(whole_words[i].to);
            memcpy(word, whole_words[i].to, n);
            return n;
        }
    }
    return rewrite_endings(word, len);
}
