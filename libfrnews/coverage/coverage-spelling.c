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

/* Strings with their lengths, known when the library is compiled: the
 * normaliser sees every word of every quotation. */
typedef struct literal {
    const char *text;
    size_t len;
} literal;

#define LIT(s) {s, sizeof s - 1}

typedef struct whole_word {
    literal from, to;
} whole_word;

/* Variants no ending rule covers. */
static const whole_word whole_words[] = {
    {LIT("acknowledgement"), LIT("acknowledgment")}, {LIT("ageing"), LIT("aging")},
    {LIT("aluminium"), LIT("aluminum")}, {LIT("grey"), LIT("gray")},
    {LIT("judgement"), LIT("judgment")}, {LIT("mould"), LIT("mold")}, {LIT("plough"), LIT("plow")},
    {LIT("programme"), LIT("program")}, {LIT("programmes"), LIT("programs")},
    {LIT("sceptic"), LIT("skeptic")}, {LIT("sceptical"), LIT("skeptical")},
};

/* No rule rewrites a word shorter than this ("grey"). */
#define SHORTEST_VARIANT 4

/* Compared from the end, where words differ most: a few bytes, no call. */
static int same_bytes(const char *a, const char *b, size_t n)
{
    while (n > 0) {
        n--;
        if (a[n] != b[n])
            return 0;
    }
    return 1;
}

static int ends_with(const char *word, size_t len, literal ending, size_t *stem)
{
    if (len < ending.len || !same_bytes(word + len - ending.len, ending.text, ending.len))
        return 0;
    *stem = len - ending.len;
    return 1;
}

/* A marker followed by one of its endings, at the end of a word: "our"
 * then "ite" in "favourite". No ending holds its marker, so a word has the
 * marker before an ending at one place at most, which is looked for only
 * among the last bytes. */
typedef struct ending_rule {
    literal marker;
    const literal *endings; /* ends with {NULL, 0} */
    size_t longest;         /* bytes of the longest ending */
} ending_rule;

/* Whether the word ends with the rule's marker and one of its endings, with
 * at least min_stem bytes before the marker; *at receives where the marker
 * starts. */
static int marker_then(const char *word, size_t len, const ending_rule *rule, size_t min_stem,
                       size_t *at)
{
    size_t m = rule->marker.len, from = len > m + rule->longest ? len - m - rule->longest : 0;

    for (size_t p = from < min_stem ? min_stem : from; p + m <= len; p++) {
        if (word[p] != rule->marker.text[0] || !same_bytes(word + p, rule->marker.text, m))
            continue;
        for (size_t e = 0; rule->endings[e].text; e++)
            if (rule->endings[e].len == len - p - m &&
                same_bytes(word + p + m, rule->endings[e].text, rule->endings[e].len)) {
                *at = p;
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
static const literal our_endings[] = {LIT(""), LIT("s"), LIT("ed"), LIT("ing"), LIT("ite"),
                                      LIT("ites"), LIT("able"), LIT("ably"), LIT("er"), LIT("ers"),
                                      LIT("ful"), LIT("less"), LIT("ism"), LIT("ist"), LIT("ists"),
                                      {NULL, 0}};
/* organise, organisation, analyse -> organize, organization, analyze */
static const literal ise_endings[] = {LIT("e"), LIT("es"), LIT("ed"), LIT("ing"), LIT("er"),
                                      LIT("ers"), LIT("ation"), LIT("ations"), LIT("ational"),
                                      {NULL, 0}};
/* travelled, cancelling, labeller -> traveled, canceling, labeler */
static const literal doubled_l_endings[] = {LIT("ed"), LIT("ing"), LIT("er"), LIT("ers"), {NULL, 0}};

static const ending_rule our = {LIT("our"), our_endings, 4}, is = {LIT("is"), ise_endings, 7},
                         ys = {LIT("ys"), ise_endings, 7}, ell = {LIT("ell"), doubled_l_endings, 3},
                         all = {LIT("all"), doubled_l_endings, 3};
static const literal tre = LIT("tre"), bre = LIT("bre"), tres = LIT("tres"),
                     bres = LIT("bres"), logue = LIT("logue"), logues = LIT("logues"),
                     fence = LIT("fence"), cence = LIT("cence"), tence = LIT("tence"),
                     fences = LIT("fences"), cences = LIT("cences"), tences = LIT("tences");

/* Which marker rules may apply: one pass over the bytes where a marker
 * can stand (its length and its longest ending from the end), so that most
 * words try none. */
enum { MAY_OUR = 1, MAY_IS = 2, MAY_LL = 4 };
#define MARKER_REACH 9 /* "is" + "ational" */

static unsigned marker_triggers(const char *word, size_t len)
{
    unsigned may = 0;

    for (size_t i = len > MARKER_REACH ? len - MARKER_REACH : 0; i + 1 < len; i++) {
        if (word[i + 1] == 's' && (word[i] == 'i' || word[i] == 'y'))
            may |= MAY_IS;
        else if (word[i] == 'l' && word[i + 1] == 'l')
            may |= MAY_LL;
        else if (word[i] == 'o' && word[i + 1] == 'u')
            may |= MAY_OUR;
    }
    return may;
}

static size_t rewrite_endings(char *word, size_t len)
{
    size_t at, stem;
    unsigned may = marker_triggers(word, len);

    if ((may & MAY_OUR) && marker_then(word, len, &our, 3, &at))
        return remove_byte(word, len, at + 1);
    if ((may & MAY_IS) && (marker_then(word, len, &is, 3, &at) || marker_then(word, len, &ys, 3, &at))) {
        word[at + 1] = 'z';
        return len;
    }
    if ((may & MAY_LL) && (marker_then(word, len, &ell, 3, &at) || marker_then(word, len, &all, 3, &at)))
        return remove_byte(word, len, at + 2);
    /* Every rule below ends in 'e' or 's'. */
    if (word[len - 1] != 'e' && word[len - 1] != 's')
        return len;
    /* centre, theatre, sombre -> center, theater, somber */
    if ((ends_with(word, len, tre, &stem) || ends_with(word, len, bre, &stem)) && stem >= 3) {
        word[len - 2] = 'e';
        word[len - 1] = 'r';
        return len;
    }
    if ((ends_with(word, len, tres, &stem) || ends_with(word, len, bres, &stem)) && stem >= 3) {
        word[len - 3] = 'e';
        word[len - 2] = 'r';
        return len;
    }
    /* catalogue, dialogue -> catalog, dialog */
    if (ends_with(word, len, logue, &stem) && stem >= 2)
        return len - 2;
    if (ends_with(word, len, logues, &stem) && stem >= 2) {
        word[len - 3] = 's';
        return len - 2;
    }
    /* defence, licence, pretence -> defense, license, pretense */
    if ((ends_with(word, len, fence, &stem) || ends_with(word, len, cence, &stem) ||
         ends_with(word, len, tence, &stem)) && stem >= 2) {
        word[len - 2] = 's';
        return len;
    }
    if ((ends_with(word, len, fences, &stem) || ends_with(word, len, cences, &stem) ||
         ends_with(word, len, tences, &stem)) && stem >= 2) {
        word[len - 3] = 's';
        return len;
    }
    return len;
}

size_t frnp_cov_spelling_normalise(char *word, size_t len)
{
    if (len < SHORTEST_VARIANT)
        return len;
    for (size_t i = 0; i < sizeof whole_words / sizeof *whole_words; i++) {
        const whole_word *w = &whole_words[i];
        if (len == w->from.len && same_bytes(word, w->from.text, len)) {
            memcpy(word, w->to.text, w->to.len);
            return w->to.len;
        }
    }
    return rewrite_endings(word, len);
}
