/* A speaker's name in its citation form (speaker-citation.h). The name is
 * copied, then its declined endings are cut in place, from its end back,
 * so that the earlier words' offsets stay good. */
#include <stdlib.h>
#include <string.h>
#include "speaker-citation.h"
#include "lexicon/lexicon.h"
#include "text/utf8.h"

static int ends_with(const char *text, size_t len, const char *suffix)
{
    size_t n = strlen(suffix);

    return len >= n && memcmp(text + len - n, suffix, n) == 0;
}

/* An acronym ("ADAC") takes no ending of its own. */
static int all_capitals(const char *text, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (text[i] >= 'a' && text[i] <= 'z')
            return 0;
    return 1;
}

/* How many bytes of the genitive ending the last word drops: "-es"
 * ("Bundestages", "Hauses"), "-ses" after "-nis" ("Bündnisses"), else
 * "-s" ("Ministeriums"); none for a short word or an acronym. */
static size_t genitive_ending(const char *word, size_t len)
{
    if (len < 5 || all_capitals(word, len) || !ends_with(word, len, "s") || ends_with(word, len, "ss"))
        return 0;
    if (ends_with(word, len, "nisses"))
        return 3;
    return ends_with(word, len, "es") ? 2 : 1;
}

/* Remove n bytes of copy ending at end (an offset into copy). */
static void cut(char *copy, size_t *len, size_t end, size_t n)
{
    memmove(copy + end - n, copy + end, *len - end + 1);
    *len -= n;
}

int frnp_name_after_oblique_article(const frnp_qtext *q, size_t first)
{
    return first > 0 && frnp_q_is_line(q, first - 1, FRNP_PHRASES_OBLIQUE_ARTICLE);
}

char *frnp_speaker_citation_form(const frnp_qtext *q, size_t first, size_t last, frn_span span, int *failed)
{
    size_t len = span.end - span.start;
    char *copy = frnp_strndup(q->src + span.start, len);
    const frnp_token *tail;

    if (!copy) {
        *failed = 1;
        return NULL;
    }
    if (first >= last || frnp_q_is(q, first, FRNP_W_GIVEN_NAME) || !frnp_name_after_oblique_article(q, first))
        return copy;
    /* The declined noun is the last word before a connector that goes on
     * with the name: "des Instituts für Weltwirtschaft". */
    for (size_t k = first + 1; k < last; k++)
        if (frnp_q_is(q, k, FRNP_W_CONNECTOR)) {
            last = k;
            break;
        }
    tail = frnp_q_token(q, last - 1);
    if (frnp_q_is_line(q, first - 1, FRNP_PHRASES_GENITIVE_ARTICLE) && tail->start >= span.start &&
        tail->end <= span.end) {
        size_t end = tail->end - span.start;
        cut(copy, &len, end, genitive_ending(copy + (tail->start - span.start), tail->end - tail->start));
    }
    /* The adjectives before the last word: "Deutschen Bahn" -> "Deutsche
     * Bahn". A last word in "-en" is most likely a plural, whose
     * adjectives keep it ("Vereinten Nationen"). */
    if (ends_with(q->src + tail->start, tail->end - tail->start, "en"))
        return copy;
    for (size_t k = last - 1; k-- > first;) {
        const frnp_token *w = frnp_q_token(q, k), *next = frnp_q_token(q, k + 1);
        if (frnp_q_is_capitalized(q, k) && frnp_q_is_word(q, k + 1) && next->start > w->end &&
            ends_with(q->src + w->start, w->end - w->start, "en"))
            cut(copy, &len, w->end - span.start, 1);
    }
    return copy;
}
