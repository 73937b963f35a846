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

static int word_ends_with(const frnp_qtext *q, size_t i, const char *suffix)
{
    const frnp_token *w = frnp_q_token(q, i);

    return ends_with(q->src + w->start, w->end - w->start, suffix);
}

/* The last token of the word written from token k, hyphens and all
 * ("Robert-Koch-Instituts"), before last. */
static size_t word_end(const frnp_qtext *q, size_t k, size_t last)
{
    while (k + 1 < last && frnp_q_token(q, k)->end == frnp_q_token(q, k + 1)->start)
        k++;
    return k;
}

/* The declined noun of the name [first, last): the first word after its
 * adjectives in "-en" ("Deutschen Bundestages", "Bundesstaats Texas",
 * "Robert-Koch-Instituts"), before a connector that goes on with the name
 * ("Instituts für Weltwirtschaft"). Its last token; *adjectives_end is
 * where the adjectives before it end. */
static size_t declined_noun(const frnp_qtext *q, size_t first, size_t last, size_t *adjectives_end)
{
    size_t k = first, end;

    for (size_t c = first + 1; c < last; c++)
        if (frnp_q_is(q, c, FRNP_W_CONNECTOR)) {
            last = c;
            break;
        }
    for (;;) {
        end = word_end(q, k, last);
        if (end + 1 >= last || !frnp_q_is_capitalized(q, k) || !word_ends_with(q, end, "en"))
            break;
        k = end + 1;
    }
    *adjectives_end = k;
    return end;
}

char *frnp_speaker_citation_form(const frnp_qtext *q, size_t first, size_t last, frn_span span, int *failed)
{
    size_t len = span.end - span.start;
    char *copy = frnp_strndup(q->src + span.start, len);
    const frnp_token *tail;
    size_t noun, adjectives_end;

    if (!copy) {
        *failed = 1;
        return NULL;
    }
    /* A person's name, a given name first, stays as written; a given name
     * in a hyphenated body's name ("Robert-Koch-Instituts") is no person's. */
    if (first >= last || !frnp_name_after_oblique_article(q, first) ||
        (frnp_q_is(q, first, FRNP_W_GIVEN_NAME) && word_end(q, first, last) == first))
        return copy;
    noun = declined_noun(q, first, last, &adjectives_end);
    tail = frnp_q_token(q, noun);
    if (frnp_q_is_line(q, first - 1, FRNP_PHRASES_GENITIVE_ARTICLE) && tail->start >= span.start &&
        tail->end <= span.end)
        cut(copy, &len, tail->end - span.start, genitive_ending(copy + (tail->start - span.start), tail->end - tail->start));
    /* The adjectives before the noun: "Deutschen Bahn" -> "Deutsche Bahn".
     * A noun in "-en" is most likely a plural, whose adjectives keep it
     * ("Vereinten Nationen"). */
    if (word_ends_with(q, noun, "en"))
        return copy;
    for (size_t k = adjectives_end; k-- > first;)
        if (word_ends_with(q, k, "en") && frnp_q_token(q, k)->end != frnp_q_token(q, k + 1)->start)
            cut(copy, &len, frnp_q_token(q, k)->end - span.start, 1); /* a word's end, not "Baden-" */
    return copy;
}
