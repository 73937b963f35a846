/* Finding the cue and the speaker mention around a quotation. */
#include "quote-attribution.h"

#define NAMED_TITLE_MAX_WORDS 4 /* "Bild am Sonntag", "Fox & Friends" */
#define AFTER_WINDOW 12
#define MENTION_MAX_TOKENS 10
#define APPOSITIVE_MAX_TOKENS 30
#define INTRO_MAX_TOKENS 8
#define PARENTHESIS_MAX_TOKENS 10
#define INVERTED_MAX_TOKENS 8
#define ARTICLE_PHRASE_MAX_TOKENS 4 /* "said the ruling", "said the state's lawyer" */
#define SUFFIX_MAX_SKIP 2
#define DESCRIBED_MAX_TOKENS 5   /* "the New York businessman" */
#define SOURCE_MAX_TOKENS 8      /* "aus Kreisen der Gewerkschaft der Lokführer" */
#define ADVERBS_MAX 2
/* How far back a cue may stand from a quotation inside its sentence. */
#define BEFORE_MAX_TOKENS 80

/* The end of a sentence (as ICU's rules cut them, so not the dot of
 * "Mr."), a ';' or a quotation mark. */
static int ends_clause(const frnp_qtext *q, size_t i)
{
    return frnp_q_sentence_last(q, i) == i + 1 || frnp_q_is_char(q, i, ';') || frnp_q_is_mark(q, i);
}

int frnp_attribution_genitive_after_role(const frnp_qtext *q, size_t i)
{
    return i > 0 && i + 1 < q->tokens.count && frnp_q_is(q, i, FRNP_W_DETERMINER) &&
           frnp_q_is(q, i - 1, FRNP_W_ROLE | FRNP_W_PROXY) && !frnp_q_is_capitalized(q, i) &&
           frnp_q_is_capitalized(q, i + 1) && frnp_q_same_paragraph(q, i - 1, i + 1);
}

/* Whether the capitalised phrase from token i names a news outlet ("der
 * Zeitung", "der Deutschen Presse-Agentur", "der Nachrichtenagentur
 * Reuters"): after a cue, an article before it is the one told's, not a
 * genitive ("sagte die Ministerin der Zeitung", but "sagte ein Sprecher
 * der Bahn"). */
static int names_outlet(const frnp_qtext *q, size_t i)
{
    for (size_t k = i; k < q->tokens.count && frnp_q_same_paragraph(q, i, k) &&
                       (frnp_q_is_capitalized(q, k) || frnp_q_joins_words(q, k));
         k++)
        if (frnp_q_is(q, k, FRNP_W_OUTLET))
            return 1;
    return 0;
}

/* A token that may belong to a speaker's noun phrase. */
static int in_noun_phrase(const frnp_qtext *q, size_t i)
{
    if (!frnp_q_is_word(q, i))
        return frnp_q_inside_name(q, i);
    return frnp_q_is_capitalized(q, i) || frnp_q_inside_name(q, i) ||
           frnp_q_is(q, i, FRNP_W_ROLE | FRNP_W_PROXY | FRNP_W_ORGANISATION | FRNP_W_CONNECTOR) ||
           frnp_attribution_genitive_after_role(q, i);
}

/* "Peter Lang of the Nature Conservation Union": a person's name (a
 * given name and more capitalised words) before a connector other than
 * "and" ends the speaker's name there; what follows is where they work. The end of the
 * name, or last when [first, last) holds no such connector. */
static size_t person_before_connector(const frnp_qtext *q, size_t first, size_t last)
{
    if (first < last && frnp_q_is(q, first, FRNP_W_DETERMINER))
        first++;
    if (first + 2 >= last || !frnp_q_is(q, first, FRNP_W_GIVEN_NAME))
        return last;
    for (size_t k = first + 1; k < last; k++) {
        if (frnp_q_is(q, k, FRNP_W_CONNECTOR) && !frnp_q_is_capitalized(q, k))
            return k > first + 1 && frnp_q_is_word(q, k) && !frnp_q_is(q, k, FRNP_W_CONJUNCTION) ? k : last;
        if (!frnp_q_is_capitalized(q, k) && !frnp_q_inside_name(q, k))
            return last;
    }
    return last;
}

/* Tokens [first, last) read as a speaker: a pronoun, or a noun phrase of
 * names, roles and nouns, possibly after a determiner, that neither starts
 * nor ends with a connector ("and", "of") or a dot. */
static int is_speaker_phrase(const frnp_qtext *q, size_t first, size_t last)
{
    if (first >= last || last - first > MENTION_MAX_TOKENS)
        return 0;
    if (last - first == 1 && frnp_q_is(q, first, FRNP_W_PRONOUN))
        return 1;
    if (frnp_q_is(q, first, FRNP_W_DETERMINER))
        first++;
    if (first >= last || !frnp_q_is_word(q, first) || frnp_q_is(q, first, FRNP_W_CONNECTOR) ||
        frnp_q_is(q, last - 1, FRNP_W_CONNECTOR))
        return 0;
    for (size_t k = first; k < last; k++)
        if (!in_noun_phrase(q, k) || frnp_q_is(q, k, FRNP_W_CUE))
            return 0;
    return 1;
}

/* Tokens [first, last) as a name: capitalised words only ("Julia
 * Hoffmann"), no pronoun or determiner first. */
static int is_name_phrase(const frnp_qtext *q, size_t first, size_t last)
{
    if (first >= last || last - first > MENTION_MAX_TOKENS || !frnp_q_is_capitalized(q, first) ||
        frnp_q_is(q, first, FRNP_W_PRONOUN | FRNP_W_DETERMINER))
        return 0;
    for (size_t k = first; k < last; k++)
        if (!frnp_q_is_capitalized(q, k) && !frnp_q_inside_name(q, k))
            return 0;
    return 1;
}

/* "the ministry's spokeswoman, Julia Hoffmann,", "die Sprecherin des
 * Ministeriums, Julia Hoffmann,": a phrase [head_first, head_end) that
 * describes, ending in a common noun (a role, a body) or opening with a
 * determiner, then the name of who holds it set off by commas at [first,
 * last). The name is the speaker; the phrase only describes them. */
static int names_the_holder(const frnp_qtext *q, size_t head_first, size_t head_end, size_t first, size_t last)
{
    if (head_first >= head_end || !frnp_q_is_word(q, head_end - 1))
        return 0;
    return (!frnp_q_is_capitalized(q, head_end - 1) || frnp_q_is(q, head_first, FRNP_W_DETERMINER)) &&
           is_name_phrase(q, first, last);
}

/* "Johnnie Wilson, of Springfield, Va., said", "Tom Hale, 56, of Dayton,
 * Ohio, said": before the last apposition, a person's origin (a connector
 * and a name) or age set off by commas and ending at `end`. The comma
 * that opens it, or end when there is none. */
static size_t origin_or_age_start(const frnp_qtext *q, size_t floor, size_t end)
{
    size_t k = end;

    while (k > floor && end - k < MENTION_MAX_TOKENS && !frnp_q_is_char(q, k - 1, ','))
        k--;
    if (k <= floor + 1 || k >= end || !frnp_q_is_char(q, k - 1, ','))
        return end;
    if (k + 1 == end && frnp_q_starts_with_digit(q, k))
        return k - 1;
    if (frnp_q_is(q, k, FRNP_W_CONNECTOR) && !frnp_q_is(q, k, FRNP_W_DETERMINER | FRNP_W_CONJUNCTION) &&
        is_name_phrase(q, k + 1, end))
        return k - 1;
    return end;
}

/* "His former business partner at Lenox, Lawrence B. Cummings, said", "A
 * friend of Smith, Jane Roe, said": the phrase before the name set off by
 * commas goes on before `head` (two words in lower case, "partner at",
 * "friend of"; not "Wilson, of Springfield, Va.," nor "and"), so the name
 * at `head` is where or whose the role is and the name between the commas
 * is who holds it. */
static int holder_of_longer_phrase(const frnp_qtext *q, size_t floor, size_t head, size_t first, size_t last)
{
    if (head < floor + 2)
        return 0;
    for (size_t k = head - 2; k < head; k++)
        if (!frnp_q_is_word(q, k) || frnp_q_is_capitalized(q, k) || frnp_q_is(q, k, FRNP_W_CUE | FRNP_W_CONJUNCTION))
            return 0;
    return is_name_phrase(q, first, last);
}

/* "said Kassel's mayor, Thomas Brandt.", "dijo el secretario general de
 * UGT, Pepe Álvarez": the name after the comma that ends, a few words on
 * at the most, the phrase starting at head and describing up to `from`,
 * when the name ends the clause. Returns 1 and the name's tokens when
 * there is one. */
static int holder_after(const frnp_qtext *q, size_t head, size_t from, size_t *first, size_t *last)
{
    size_t comma = from, end;

    while (comma < q->tokens.count && comma - head < INVERTED_MAX_TOKENS && frnp_q_is_word(q, comma) &&
           !frnp_q_is(q, comma, FRNP_W_REPORT | FRNP_W_COMPLEMENTISER) && frnp_q_same_paragraph(q, head, comma))
        comma++;
    if (comma >= q->tokens.count || !frnp_q_is_char(q, comma, ','))
        return 0;
    end = comma + 1;
    while (end < q->tokens.count && end - comma <= MENTION_MAX_TOKENS && frnp_q_same_paragraph(q, comma, end) &&
           (frnp_q_is_capitalized(q, end) || frnp_q_inside_name(q, end)))
        end++;
    while (end > comma + 1 && !frnp_q_is_word(q, end - 1))
        end--;
    if (!names_the_holder(q, head, comma, comma + 1, end) ||
        !(end >= q->tokens.count || ends_clause(q, end) || frnp_q_is_char(q, end, ',')))
        return 0;
    *first = comma + 1;
    *last = end;
    return 1;
}

/* "Sen. Jane Roe (D-Ill.) said": the start of a parenthesis ending just
 * before `end`, or end when there is none. */
static size_t before_parenthesis(const frnp_qtext *q, size_t floor, size_t end)
{
    if (end == floor || !frnp_q_is_char(q, end - 1, ')'))
        return end;
    for (size_t k = end - 1; k-- > floor && end - k <= PARENTHESIS_MAX_TOKENS;)
        if (frnp_q_is_char(q, k, '('))
            return k;
    return end;
}

/* Past the dashes at token i ("--" may be two tokens), and before those
 * ending at token end (not below floor). */
static size_t after_dashes(const frnp_qtext *q, size_t i)
{
    while (i < q->tokens.count && frnp_q_is_dash(q, i))
        i++;
    return i;
}

static size_t before_dashes(const frnp_qtext *q, size_t floor, size_t end)
{
    while (end > floor && frnp_q_is_dash(q, end - 1))
        end--;
    return end;
}

/* Where an aside set off by dashes that ends at token end opens ("John
 * Dickey -- the chief executive of Ora Media, which owns the show --
 * told"), commas and all: its first dash, the end of what comes before;
 * its words are [after_dashes(opening), before_dashes(end)). FRNP_NO_TOKEN
 * when end closes none. */
static size_t dash_aside_opening(const frnp_qtext *q, size_t floor, size_t end)
{
    size_t close = before_dashes(q, floor, end);

    if (close == end)
        return FRNP_NO_TOKEN;
    for (size_t k = close; k-- > floor + 1 && close - k <= APPOSITIVE_MAX_TOKENS;) {
        if (!frnp_q_is_dash(q, k))
            continue;
        if (k + 1 >= close)
            return FRNP_NO_TOKEN;
        k = before_dashes(q, floor, k + 1);
        return k > floor ? k : FRNP_NO_TOKEN;
    }
    return FRNP_NO_TOKEN;
}

size_t frnp_attribution_phrase_after(const frnp_qtext *q, size_t start)
{
    size_t end = start;

    if (start >= q->tokens.count)
        return start;
    if (frnp_q_is(q, start, FRNP_W_PRONOUN))
        return start + 1;
    if (frnp_q_is(q, end, FRNP_W_DETERMINER))
        end++;
    while (end < q->tokens.count && end - start < MENTION_MAX_TOKENS && in_noun_phrase(q, end) &&
           !(frnp_attribution_genitive_after_role(q, end) && names_outlet(q, end + 1)) &&
           frnp_q_same_paragraph(q, start, end))
        end++;
    while (end > start && (frnp_q_is(q, end - 1, FRNP_W_CONNECTOR) || !frnp_q_is_word(q, end - 1)))
        end--;
    if (!is_speaker_phrase(q, start, end))
        return start;
    return person_before_connector(q, start, end);
}

size_t frnp_attribution_inverted_speaker(const frnp_qtext *q, size_t start)
{
    size_t end = frnp_attribution_phrase_after(q, start), named = 0;

    if (end > start || start >= q->tokens.count)
        return end;
    /* "..., said one Democratic source on the panel.", "said 9/11 widow
     * Terry Strada": a short phrase to the clause's end that names a role,
     * a proxy or a name; or a few words after an article ("said the
     * widow.", "said the ruling."). */
    for (end = start; end < q->tokens.count && end - start < INVERTED_MAX_TOKENS &&
                      (frnp_q_is_word(q, end) || (end > start && frnp_q_joins_words(q, end))) &&
                      !frnp_q_is(q, end, FRNP_W_REPORT | FRNP_W_COMPLEMENTISER) &&
                      frnp_q_same_paragraph(q, start, end);
         end++)
        named |= frnp_q_is_capitalized(q, end) || frnp_q_is(q, end, FRNP_W_ROLE | FRNP_W_PROXY | FRNP_W_ORGANISATION);
    named |= end > start + 1 && end - start <= ARTICLE_PHRASE_MAX_TOKENS && frnp_q_is(q, start, FRNP_W_DETERMINER);
    if (!named || end == start || end >= q->tokens.count || !(ends_clause(q, end) || frnp_q_is_char(q, end, ',')))
        return start;
    return end;
}

/* An adverb or a time adjunct before an impersonal cue's source: "hieß es
 * weiter", "hieß es am Montag": the tokens it takes, or 0. */
static size_t adverb_length(const frnp_qtext *q, size_t i, size_t stop)
{
    if (!frnp_q_is(q, i, FRNP_W_ADJUNCT) || frnp_token_in(frnp_q_token(q, i), FRNP_LEX_SOURCE_PREPOSITION))
        return 0;
    if (i + 1 < stop && frnp_q_is_capitalized(q, i + 1) && frnp_q_is(q, i + 1, FRNP_W_NON_NAME))
        return 2; /* "am Montag" */
    if (i + 1 < stop && (frnp_q_is(q, i + 1, FRNP_W_DETERMINER) || frnp_q_is_capitalized(q, i + 1)))
        return 0; /* "in einer Mitteilung", "in Berlin": a phrase of its own */
    return 1;
}

/* A word of a source's noun phrase: "der zuständigen Behörde". */
static int in_source_phrase(const frnp_qtext *q, size_t i)
{
    return in_noun_phrase(q, i) || frnp_q_is(q, i, FRNP_W_DETERMINER) ||
           (frnp_q_is_word(q, i) && !frnp_q_is(q, i, FRNP_W_ADJUNCT | FRNP_W_REPORT | FRNP_W_COMPLEMENTISER) &&
            !frnp_q_impersonal_length(q, i));
}

size_t frnp_attribution_impersonal_source(const frnp_qtext *q, size_t from, size_t stop, size_t *first, size_t *last)
{
    size_t k = from, start, end, head;
    int source_word;

    *first = *last = FRNP_NO_TOKEN;
    for (size_t n = 0, skip; n < ADVERBS_MAX && k < stop && (skip = adverb_length(q, k, stop)) > 0; n++)
        k += skip;
    if (k >= stop || frnp_q_is_mark(q, k))
        return from;
    source_word = frnp_token_in(frnp_q_token(q, k), FRNP_LEX_SOURCE_PREPOSITION);
    if (!source_word && !frnp_q_is(q, k, FRNP_W_ADJUNCT))
        return from;
    start = ++k;
    while (k < stop && k - start < SOURCE_MAX_TOKENS && !ends_clause(q, k) && in_source_phrase(q, k))
        k++;
    end = k;
    while (end > start && !frnp_q_is_capitalized(q, end - 1) && !frnp_q_inside_name(q, end - 1))
        end--;
    if (end == start)
        return from;
    for (head = start; head < end && !frnp_q_is_capitalized(q, head); head++)
        ;
    if (frnp_token_in(frnp_q_token(q, head), FRNP_LEX_MEDIUM_NOUN)) {
        /* The medium's genitive, its article first: "einer Mitteilung | der Polizei". */
        for (size_t g = head + 1; g + 1 < end; g++)
            if (frnp_q_is(q, g, FRNP_W_DETERMINER)) {
                *first = g;
                *last = end;
                break;
            }
        return end;
    }
    if (!source_word)
        return from; /* "in Berlin" names a place, no source */
    *first = start;
    *last = end;
    return end;
}

/* "..., hieß es aus dem Ministerium": an impersonal cue at token cue, its
 * source after it, if any. */
static void impersonal_attribution(const frnp_qtext *q, size_t cue, size_t length, frnp_attribution *out)
{
    size_t first, last, end = frnp_attribution_impersonal_source(q, cue + length, frnp_q_sentence_last(q, cue), &first, &last);

    if (first == FRNP_NO_TOKEN)
        first = last = cue + length;
    *out = (frnp_attribution){cue, cue + length, first, last, end};
}

/* "..., said the spokesperson", "..., said the city's mayor, Thomas
 * Brandt", "..., hieß es aus dem Ministerium": the cue at token cue opens
 * the attribution, its speaker after it. */
static void inverted_attribution(const frnp_qtext *q, size_t cue, size_t length, frnp_attribution *out)
{
    size_t end, name_first, name_last;

    if (frnp_q_impersonal_length(q, cue)) {
        impersonal_attribution(q, cue, length, out);
        return;
    }
    end = frnp_attribution_inverted_subject(q, cue + length, &name_first, &name_last);
    *out = (frnp_attribution){cue, cue + length, name_first, name_last, end};
}

size_t frnp_attribution_inverted_subject(const frnp_qtext *q, size_t start, size_t *first, size_t *last)
{
    size_t end = frnp_attribution_inverted_speaker(q, start);

    *first = start;
    *last = end;
    if (end > start && holder_after(q, start, end, first, last))
        return *last;
    return end;
}

/* The longest speaker phrase ending at `end` that starts at `first` or a
 * few words later: "panel Chairman Jason Chaffetz" -> "Chairman Jason
 * Chaffetz". */
static size_t speaker_suffix(const frnp_qtext *q, size_t first, size_t end)
{
    for (size_t k = first; k < end && k <= first + SUFFIX_MAX_SKIP; k++)
        if (is_speaker_phrase(q, k, end))
            return k;
    return FRNP_NO_TOKEN;
}

/* "“...” ― Jane Roe": a dash, then the speaker's name closing the
 * paragraph or sentence, as lists of reader comments and epigraphs print
 * them. */
static int dash_attribution(const frnp_qtext *q, size_t k, frnp_attribution *out)
{
    size_t end;

    if (k + 1 >= q->tokens.count || !frnp_q_is_dash(q, k) || !frnp_q_same_paragraph(q, k, k + 1))
        return 0;
    end = frnp_attribution_phrase_after(q, k + 1);
    if (end == k + 1 || (end < q->tokens.count && frnp_q_same_paragraph(q, k, end) && !ends_clause(q, end)))
        return 0;
    *out = (frnp_attribution){k, k + 1, k + 1, end, end};
    return 1;
}

/* The tokens of [first, end), a compound joined by hyphens or slashes
 * counting as one ("34-year-old"). */
static size_t compound_length(const frnp_qtext *q, size_t first, size_t end)
{
    size_t n = end - first;

    for (size_t k = first + 1; k + 1 < end; k++)
        if (frnp_q_joins_words(q, k))
            n -= 2;
    return n;
}

/* "“...,” the harbour master said": right after a quotation, a determiner
 * and a few plain words up to the cue describe its speaker, whatever
 * their nouns. */
static int is_described_speaker(const frnp_qtext *q, size_t first, size_t end)
{
    if (end < first + 2 || compound_length(q, first, end) > DESCRIBED_MAX_TOKENS ||
        !frnp_q_is(q, first, FRNP_W_DETERMINER))
        return 0;
    for (size_t k = first + 1; k < end; k++)
        if (!(frnp_q_is_word(q, k) || frnp_q_joins_words(q, k)) || /* "the 34-year-old mother" */
            frnp_q_is(q, k, FRNP_W_REPORT | FRNP_W_COMPLEMENTISER | FRNP_W_CONJUNCTION | FRNP_W_PRONOUN |
                                FRNP_W_DETERMINER | FRNP_W_NEGATION | FRNP_W_RELATIVE))
            return 0;
    return 1;
}

/* "“...,” the harbour master said. “...”", "The harbour master said the
 * pier ...": a described speaker ending at `end` that opens its clause
 * (after the floor, a comma or a quotation mark); its start, or
 * FRNP_NO_TOKEN. */
static size_t described_speaker_start(const frnp_qtext *q, size_t floor, size_t end)
{
    for (size_t k = end; k-- > floor && compound_length(q, k, end) <= DESCRIBED_MAX_TOKENS;)
        if (frnp_q_is(q, k, FRNP_W_DETERMINER))
            return is_described_speaker(q, k, end) &&
                           (k == floor || frnp_q_is_char(q, k - 1, ',') || frnp_q_is_mark(q, k - 1))
                       ? k
                       : FRNP_NO_TOKEN;
    return FRNP_NO_TOKEN;
}

static int joined(const frnp_qtext *q, size_t a, size_t b)
{
    return frnp_q_token(q, a)->end == frnp_q_token(q, b)->start;
}

/* "dit-il", "a-t-elle déclaré": French puts the subject pronoun after the
 * verb, joined by hyphens (and a "t" between two vowels). The pronoun's
 * token when one starts at token i, or FRNP_NO_TOKEN. */
static size_t hyphenated_pronoun(const frnp_qtext *q, size_t i)
{
    size_t k = i;

    if (k == 0 || k + 1 >= q->tokens.count || !frnp_q_is_char(q, k, '-') || !joined(q, k - 1, k))
        return FRNP_NO_TOKEN;
    if (k + 3 < q->tokens.count && frnp_q_is_char(q, k + 1, 't') && frnp_q_is_char(q, k + 2, '-') &&
        joined(q, k, k + 1) && joined(q, k + 1, k + 2))
        k += 2;
    return joined(q, k, k + 1) && frnp_q_is(q, k + 1, FRNP_W_PRONOUN) ? k + 1 : FRNP_NO_TOKEN;
}

/* The last dash of the dashes closing an aside the dashes at open start,
 * within the apposition's reach and the clause; FRNP_NO_TOKEN when none
 * does. */
static size_t closing_dash(const frnp_qtext *q, size_t open)
{
    size_t first = after_dashes(q, open);

    for (size_t k = first; k < q->tokens.count && k - first <= APPOSITIVE_MAX_TOKENS && !ends_clause(q, k); k++)
        if (frnp_q_is_dash(q, k))
            return k > first ? after_dashes(q, k) - 1 : FRNP_NO_TOKEN;
    return FRNP_NO_TOKEN;
}

int frnp_attribution_after(const frnp_qtext *q, size_t after, frnp_attribution *out)
{
    size_t k = after, limit, count = q->tokens.count, first, pronoun, verb, opening;

    while (k < count && frnp_q_is_char(q, k, ','))
        k++;
    /* "..., a déclaré Marie Dupont": an auxiliary before an inverted cue. */
    while (k + 1 < count && frnp_q_is(q, k, FRNP_W_MODIFIER) && frnp_q_cue_length(q, k + 1, 1))
        k++;
    if (k >= count || (after > 0 && !frnp_q_same_paragraph(q, k, after - 1)))
        return 0;
    if (dash_attribution(q, k, out))
        return 1;
    /* "..., a-t-il déclaré", "..., explique-t-elle" */
    if (frnp_q_is(q, k, FRNP_W_MODIFIER) && (pronoun = hyphenated_pronoun(q, k + 1)) != FRNP_NO_TOKEN &&
        pronoun + 1 < count && (verb = frnp_q_cue_length(q, pronoun + 1, 1)) > 0) {
        *out = (frnp_attribution){pronoun + 1, pronoun + 1 + verb, pronoun, pronoun + 1, pronoun + 1 + verb};
        return 1;
    }
    if ((verb = frnp_q_cue_length(q, k, 1)) > 0 && (pronoun = hyphenated_pronoun(q, k + verb)) != FRNP_NO_TOKEN) {
        *out = (frnp_attribution){k, k + verb, pronoun, pronoun + 1, pronoun + 1};
        return 1;
    }
    limit = k + AFTER_WINDOW;
    for (size_t j = k, apposition = FRNP_NO_TOKEN; j < count && j < limit && frnp_q_same_paragraph(q, j, k); j++) {
        size_t cue = frnp_q_cue_length(q, j, 1), mention_end = j;
        if (ends_clause(q, j))
            return 0;
        /* "..., Tom Hale -- who has run it for a decade, like his father --
         * said": past an aside between dashes, commas and all. */
        if (frnp_q_is_dash(q, j) && apposition == FRNP_NO_TOKEN) {
            size_t close = closing_dash(q, j);
            if (close != FRNP_NO_TOKEN) {
                j = close;
                if (limit < close + AFTER_WINDOW)
                    limit = close + AFTER_WINDOW;
                continue;
            }
        }
        if (frnp_q_is_char(q, j, ',')) {
            /* "..., Vann Newkirk, a writer for The Atlantic, said": the
             * speaker, then an apposition between commas. */
            if (apposition != FRNP_NO_TOKEN) {
                if (j + 1 < count && frnp_q_cue_length(q, j + 1, 1))
                    continue; /* the apposition's closing comma */
                return 0;
            }
            if (!is_speaker_phrase(q, k, before_parenthesis(q, k, j)))
                return 0;
            apposition = j;
            limit = j + APPOSITIVE_MAX_TOKENS;
            continue;
        }
        if (!cue)
            continue;
        if (j == k) {
            inverted_attribution(q, j, cue, out);
            return 1;
        }
        if (apposition != FRNP_NO_TOKEN) {
            if (!frnp_q_is_char(q, j - 1, ',') && !frnp_q_is(q, j - 1, FRNP_W_MODIFIER))
                return 0;
            if (frnp_q_is_char(q, j - 1, ',') && names_the_holder(q, k, apposition, apposition + 1, j - 1)) {
                *out = (frnp_attribution){j, j + cue, apposition + 1, j - 1, j + cue};
                return 1;
            }
            mention_end = apposition;
        }
        mention_end = frnp_attribution_subject_end(q, k, mention_end);
        mention_end = before_parenthesis(q, k, mention_end); /* "Jason Chaffetz (R-Utah) said" */
        if (apposition == FRNP_NO_TOKEN && (opening = dash_aside_opening(q, k, mention_end)) != FRNP_NO_TOKEN)
            mention_end = opening; /* "..., John Dickey -- the chief -- told me." */
        first = speaker_suffix(q, k, mention_end);
        if (first == FRNP_NO_TOKEN && apposition == FRNP_NO_TOKEN && is_described_speaker(q, k, mention_end))
            first = k;
        if (first == FRNP_NO_TOKEN)
            return 0;
        *out = (frnp_attribution){j, j + cue, first, mention_end, j + cue};
        return 1;
    }
    return 0;
}

/* "on Wednesday", "in April", "in Washington", "auf Anfrage": an adjunct
 * opener and a capitalised word, ending just before token end: a day or a
 * month (a word that begins no name), or any capitalised word after a
 * subject ("Smith in Washington said", "ein Sprecher auf Anfrage
 * erklärte"). */
static int is_time_adjunct(const frnp_qtext *q, size_t floor, size_t end)
{
    if (end <= floor + 1 || !frnp_q_is_capitalized(q, end - 1) || !frnp_q_is(q, end - 2, FRNP_W_ADJUNCT) ||
        frnp_q_is_capitalized(q, end - 2))
        return 0;
    if (frnp_q_is(q, end - 1, FRNP_W_NON_NAME))
        return 1;
    /* Not "So when Patriot signaled", "as Smith said": a subordinator. */
    return end > floor + 2 && frnp_q_is_word(q, end - 3) && !frnp_q_is(q, end - 3, FRNP_W_NON_NAME) &&
           !frnp_token_in(frnp_q_token(q, end - 2), FRNP_LEX_CUE_SUBORDINATOR) &&
           (frnp_q_is_capitalized(q, end - 3) || frnp_q_is(q, end - 3, FRNP_W_ROLE | FRNP_W_PROXY | FRNP_W_ORGANISATION));
}

int frnp_attribution_named_title(const frnp_qtext *q, size_t open, size_t after)
{
    size_t words = 0, k = after;

    if (open == 0 || after < open + 3 || !frnp_q_is_mark(q, open) || !frnp_q_is_mark(q, after - 1))
        return 0;
    for (size_t i = open + 1; i + 1 < after; i++) {
        if (frnp_q_is_mark(q, i))
            return 0;
        words += frnp_q_is_word(q, i);
    }
    if (words == 0 || words > NAMED_TITLE_MAX_WORDS)
        return 0;
    /* The one told: "told “Fox News”", "sagte der „Bild am Sonntag“". */
    if (frnp_q_is(q, open - 1, FRNP_W_TELL) ||
        (open > 1 && frnp_q_is(q, open - 1, FRNP_W_DETERMINER) && frnp_q_is(q, open - 2, FRNP_W_TELL)))
        return 1;
    /* Where the quotation that a colon introduces was said: "im Interview
     * mit der „Zeit“: „...“", "said on “Meet the Press”: “...”". */
    if (after + 1 < q->tokens.count && frnp_q_is_char(q, after, ':') && frnp_q_is_mark(q, after + 1) &&
        frnp_q_is_capitalized(q, open + 1) && frnp_q_same_paragraph(q, open, after + 1))
        return 1;
    /* The subject: "der „Spiegel“ berichtete". */
    if (!frnp_q_is(q, open - 1, FRNP_W_DETERMINER))
        return 0;
    k = frnp_q_skip_modifiers(q, k, q->tokens.count);
    return k < q->tokens.count && frnp_q_same_paragraph(q, open, k) && frnp_q_cue_length(q, k, 0) > 0;
}

size_t frnp_attribution_subject_end(const frnp_qtext *q, size_t floor, size_t cue)
{
    size_t end = cue;

    for (;;) {
        if (end > floor && frnp_q_is(q, end - 1, FRNP_W_MODIFIER))
            end--;
        else if (is_time_adjunct(q, floor, end))
            end -= 2;
        else
            return end;
    }
}

/* Where the subject of the clause ending at token end starts, from the
 * sentence's first token: after an opening adjunct and its comma ("On
 * Monday, Jane Roe ...", "With X ..., President Obama ...") or an opening
 * adverb ("Auch Bürgermeisterin Anna Schmidt ...", "But Jane Roe ...");
 * FRNP_NO_TOKEN when a dash sets off an aside in it. */
static size_t lead_in_subject(const frnp_qtext *q, size_t first, size_t end)
{
    size_t comma = FRNP_NO_TOKEN;

    for (size_t k = first; k < end; k++) {
        if (frnp_q_is_dash(q, k))
            return FRNP_NO_TOKEN;
        if (comma == FRNP_NO_TOKEN && frnp_q_is_char(q, k, ','))
            comma = k;
    }
    if (frnp_q_is(q, first, FRNP_W_DETERMINER | FRNP_W_PRONOUN | FRNP_W_ROLE) ||
        !frnp_q_is(q, first, FRNP_W_NON_NAME | FRNP_W_CONJUNCTION | FRNP_W_ADJUNCT | FRNP_W_CLAUSE_STOP))
        return first;
    if (comma != FRNP_NO_TOKEN)
        return comma + 1;
    return frnp_q_is(q, first, FRNP_W_ADJUNCT | FRNP_W_CLAUSE_STOP) ? FRNP_NO_TOKEN : first + 1;
}

/* The comma opening an apposition that ends at token end, within the
 * apposition's reach; FRNP_NO_TOKEN when there is none. */
static size_t apposition_comma(const frnp_qtext *q, size_t floor, size_t end)
{
    for (size_t k = end; k-- > floor + 1 && end - k < APPOSITIVE_MAX_TOKENS;)
        if (frnp_q_is_char(q, k, ','))
            return frnp_q_is(q, k + 1, FRNP_W_CONJUNCTION) ? FRNP_NO_TOKEN : k;
    return FRNP_NO_TOKEN;
}

int frnp_attribution_subject(const frnp_qtext *q, size_t floor, size_t end, size_t *first_out,
                             size_t *last_out)
{
    size_t start, apposition = FRNP_NO_TOKEN, apposition_end = 0, opening;

    end = frnp_attribution_subject_end(q, floor, end);
    end = before_parenthesis(q, floor, end);
    /* An aside between dashes stands where an apposition between commas
     * would; or it closes the apposition a comma opened ("John Dickey, the
     * chief executive of Ora Media -- the company that ... -- told"). */
    if ((opening = dash_aside_opening(q, floor, end)) != FRNP_NO_TOKEN) {
        size_t comma = apposition_comma(q, floor, opening);
        apposition = after_dashes(q, opening);
        apposition_end = before_dashes(q, floor, end);
        end = opening;
        /* Not the comma after an opening adjunct ("On Monday, X -- ..."). */
        if (comma != FRNP_NO_TOKEN && lead_in_subject(q, floor, opening) != comma + 1) {
            apposition = comma + 1;
            apposition_end = opening;
            end = comma;
        }
    }
    if (end > floor + 3 && frnp_q_is_mark(q, end - 1)) {
        size_t open = end - 2;
        while (open > floor && !frnp_q_is_mark(q, open))
            open--;
        if (frnp_attribution_named_title(q, open, end)) {
            *first_out = open + 1; /* der „Spiegel“: Spiegel */
            *last_out = end - 1;
            return 1;
        }
    }
    if (end > floor && frnp_q_is_char(q, end - 1, ',')) {
        size_t k = end - 1;
        while (k > floor && end - k < APPOSITIVE_MAX_TOKENS && !frnp_q_is_char(q, k - 1, ','))
            k--;
        /* ", and the meeting deteriorated from there, said": a clause of
         * its own, no apposition; nor is a quotation closing before the
         * comma ("„..., aber unter Kontrolle“, sagte"). */
        if (k == floor || end - k >= APPOSITIVE_MAX_TOKENS || frnp_q_is(q, k, FRNP_W_CONJUNCTION) ||
            (end >= floor + 2 && frnp_q_is_mark(q, end - 2)))
            return 0;
        apposition = k;
        apposition_end = end - 1;
        end = k - 1;
        for (size_t origin; (origin = origin_or_age_start(q, floor, end)) != end;)
            end = origin;
    }
    if (end > floor && frnp_q_is(q, end - 1, FRNP_W_PRONOUN)) {
        *first_out = end - 1;
        *last_out = end;
        return 1;
    }
    start = end;
    while (start > floor && end - start < MENTION_MAX_TOKENS && in_noun_phrase(q, start - 1) &&
           !frnp_q_is(q, start - 1, FRNP_W_CUE))
        start--;
    while (start < end && frnp_q_is(q, start, FRNP_W_CONNECTOR))
        start++;
    /* "But the mayor", "Although the mayor": a capital opening the
     * sentence, no name. */
    if (start == floor && frnp_q_is(q, start, FRNP_W_CONJUNCTION | FRNP_W_CLAUSE_STOP | FRNP_W_ADJUNCT) &&
        !frnp_q_is(q, start, FRNP_W_RELATIVE)) {
        if (start + 1 == end)
            return 0; /* "After saying ...": no subject */
        start++;
    }
    /* "It is apparent that Clinton wanted": "that" within a sentence is
     * its complementiser, no determiner of the speaker. */
    if (start > floor && frnp_q_is(q, start - 1, FRNP_W_DETERMINER) &&
        !(start - 1 > floor && frnp_q_is(q, start - 1, FRNP_W_COMPLEMENTISER)))
        start--;
    if (apposition != FRNP_NO_TOKEN && is_speaker_phrase(q, start, end) &&
        (names_the_holder(q, start, end, apposition, apposition_end) ||
         holder_of_longer_phrase(q, floor, start, apposition, apposition_end))) {
        start = apposition;
        end = apposition_end;
    } else if (!is_speaker_phrase(q, start, end)) {
        /* "A lawyer for the outlets, David Schulz, said": the name between the commas. */
        if (apposition != FRNP_NO_TOKEN && is_speaker_phrase(q, apposition, apposition_end)) {
            start = apposition;
            end = apposition_end;
        } else if ((start = described_speaker_start(q, floor, end)) == FRNP_NO_TOKEN)
            return 0;
    }
    *first_out = start;
    *last_out = person_before_connector(q, start, end);
    return 1;
}

/* Only ',' ':' "that" and a few words between the cue and the quotation. */
static int introduces(const frnp_qtext *q, size_t cue_end, size_t open)
{
    if (open - cue_end > INTRO_MAX_TOKENS)
        return 0;
    if (cue_end == open)
        return 1;
    return frnp_q_is_char(q, open - 1, ',') || frnp_q_is_char(q, open - 1, ':') ||
           frnp_q_is(q, open - 1, FRNP_W_COMPLEMENTISER);
}

int frnp_attribution_before(const frnp_qtext *q, size_t open, int intro_only, frnp_attribution *out)
{
    size_t floor, first, last;

    if (open == 0 || open > q->tokens.count)
        return 0;
    floor = frnp_q_sentence_first(q, open - 1);
    if (open - floor > BEFORE_MAX_TOKENS)
        floor = open - BEFORE_MAX_TOKENS;
    for (size_t j = open; j-- > floor;) {
        size_t cue = frnp_q_cue_length(q, j, 0);
        if (frnp_q_is_mark(q, j))
            return 0;
        if (!cue || (j > floor && frnp_q_cue_length(q, j - 1, 0) == 2))
            continue;
        if (intro_only && !introduces(q, j + cue, open))
            return 0;
        if (j == floor && frnp_attribution_phrase_after(q, j + cue) > j + cue) {
            /* "Said Ellis: “...”" */
            *out = (frnp_attribution){j, j + cue, j + cue, frnp_attribution_phrase_after(q, j + cue), open};
            return 1;
        }
        if (!frnp_attribution_subject(q, floor, j, &first, &last))
            return 0;
        *out = (frnp_attribution){j, j + cue, first, last, open};
        return 1;
    }
    return 0;
}

int frnp_attribution_lead_in(const frnp_qtext *q, size_t colon, frnp_attribution *out)
{
    size_t first, head, end;

    if (colon >= q->tokens.count || !frnp_q_is_char(q, colon, ':'))
        return 0;
    first = lead_in_subject(q, frnp_q_sentence_first(q, colon), colon);
    if (first == FRNP_NO_TOKEN || first >= colon)
        return 0;
    end = frnp_attribution_phrase_after(q, first);
    head = first < end && frnp_q_is(q, first, FRNP_W_DETERMINER) ? first + 1 : first;
    /* The subject, then its verb: a word in lower case. */
    if (end == first || end >= colon || !frnp_q_is_word(q, end) || frnp_q_is_capitalized(q, end) ||
        (frnp_q_is(q, head, FRNP_W_NON_NAME) && !frnp_q_is(q, head, FRNP_W_ROLE | FRNP_W_PRONOUN)))
        return 0;
    /* The cue is the verb when it is a speech verb ("said in an
     * interview:"), else the colon ("Smith on the vote:"). */
    size_t verb = frnp_q_skip_modifiers(q, end, colon);
    size_t cue = verb < colon ? frnp_q_cue_length(q, verb, 0) : 0;
    if (cue > 0 && verb + cue <= colon)
        *out = (frnp_attribution){verb, verb + cue, first, end, colon + 1};
    else
        *out = (frnp_attribution){colon, colon + 1, first, end, colon + 1};
    return 1;
}
