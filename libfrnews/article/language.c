/* Language identification in two steps. Function words decide when they
 * leave no doubt (an eighth or more of the words, three times those of any
 * other language); otherwise libexttextcat's n-gram profiles of about 180
 * languages decide. The profiles cost a fixed ~0.7 ms a text, the words
 * next to nothing, so most news is identified in the first step.
 *
 * Measured on the 1,422 WCXB-dev pages that declare <html lang>, from the
 * first 1.5 KB of the extracted body: the two steps agree with the
 * declaration on 97.7% (13 disagree, 19 undecided), libexttextcat alone on
 * 97.5% (35 disagree), the function-word counts alone (as before) 96.4%. */
#include <config.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <textcat.h>
#include <unicode/uchar.h>
#include "core/context.h"
#include "language.h"
#include "lexicon/word-set.h"
#include "text/utf8.h"

/* A few hundred bytes decide; more costs time (classifying is linear in
 * the sample). */
#define SAMPLE_BYTES 2048

/* TODO(lexicon): move to lexicon/<lang>/ */
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

/* The language whose function words leave no doubt, or NULL. */
static const char *by_function_words(const char *text, size_t len)
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
    if (total < 30 || best * 8 < total || best < 3 * second)
        return NULL;
    return tag;
}

double frnp_function_word_share(const char *text, size_t len)
{
    size_t hits[PROFILE_COUNT] = {0}, total = 0, best = 0;

    count_hits(text, len, hits, &total);
    for (size_t p = 0; p < PROFILE_COUNT; p++)
        if (hits[p] > best)
            best = hits[p];
    return total ? (double)best / (double)total : 0.0;
}

/* The slot holds the handle, or this marker when it could not be opened. */
static char unavailable;

static void close_identifier(void *handle)
{
    if (handle != &unavailable)
        textcat_Done(handle);
}

static void *identifier(frn_ctx *ctx)
{
    void *handle = frnp_ctx_slot(ctx, FRNP_CTX_SLOT_TEXTCAT);

    if (!handle) {
        handle = special_textcat_Init(FRN_TEXTCAT_DIR "fpdb.conf", FRN_TEXTCAT_DIR);
        frnp_ctx_set_slot(ctx, FRNP_CTX_SLOT_TEXTCAT, handle ? handle : &unavailable, close_identifier);
    }
    return handle == &unavailable ? NULL : handle;
}

/* Cut a sample at a character boundary. */
static size_t sample_length(const char *text, size_t len)
{
    if (len <= SAMPLE_BYTES)
        return len;
    len = SAMPLE_BYTES;
    while (len > 0 && ((unsigned char)text[len] & 0xC0) == 0x80)
        len--;
    return len;
}

const char *frnp_language_identify(frn_ctx *ctx, const char *text, size_t len,
                                   char tag[FRNP_LANGUAGE_TAG_BYTES])
{
    const char *words = by_function_words(text, sample_length(text, len));
    void *handle;
    const char *result;
    size_t n = 0;

    if (words) {
        snprintf(tag, FRNP_LANGUAGE_TAG_BYTES, "%s", words);
        return tag;
    }
    handle = ctx ? identifier(ctx) : NULL;
    if (!handle || len == 0)
        return NULL;
    result = textcat_Classify(handle, text, sample_length(text, len));
    /* "[en--utf8][fr--utf8]": the best candidate first; "SHORT" or
     * "UNKNOWN" when none. Its first part is the language. */
    if (!result || result[0] != '[')
        return NULL;
    for (result++; result[n] && result[n] != '-' && result[n] != ']' && n + 1 < FRNP_LANGUAGE_TAG_BYTES; n++)
        tag[n] = result[n];
    tag[n] = '\0';
    return n >= 2 ? tag : NULL;
}
