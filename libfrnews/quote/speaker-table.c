/* People, roles and organisations named in an article, and the resolution
 * of speaker mentions against them.
 *
 * A person is a run of two to four capitalised words, after any title or
 * role before it ("Microsoft President Brad Smith" -> "Brad Smith"), that
 * the text confirms as a person: by that role or an honorific, a given
 * name, a speech verb after it or right before it, or an apposition after
 * it. A run ending in a place word ("Maple Grove", "Elm Street") or an
 * organisation word is no person. Its gender is its given name's, its
 * honorific's or its role's ("Ministerin"), when they tell one. */
#include <stdlib.h>
#include <string.h>
#include "core/array.h"
#include "core/context.h"
#include "lexicon/person-name.h"
#include "quote-attribution.h"
#include "speaker-citation.h"
#include "speaker-table.h"
#include "quote-private.h"
#include "text/text-fold.h"
#include "text/text-words.h"
#include "text/utf8.h"

#define APPOSITION_WINDOW 8
#define PROXY_LOOKBACK 600
/* How many earlier mentions a pronoun or a head noun may skip over to find
 * one that fits (of its gender, not an outlet): a constant, so resolution
 * stays linear in the article. */
#define SALIENCE_WINDOW 64
#define GIVEN_NAME_SHARED (FRNP_NAME_NONE - 1) /* given_names: two people's */

static const frnp_token *tok(const frnp_speaker_table *t, size_t i)
{
    return frnp_q_token(t->q, i);
}

static int is_(const frnp_speaker_table *t, size_t i, unsigned classes)
{
    return frnp_q_is(t->q, i, classes);
}

/* A capitalised word, which may begin a name; in a headline in title case
 * every word is capitalised, and none tells a name. */
static int is_capitalized_word(const frnp_speaker_table *t, size_t i)
{
    return frnp_q_is_capitalized(t->q, i) && !frnp_q_in_title_case(t->q, i);
}

static int same_paragraph(const frnp_speaker_table *t, size_t a, size_t b)
{
    return frnp_q_same_paragraph(t->q, a, b);
}

/* A word's length without a possessive "'s" / "’s". */
static size_t base_length(const char *src, const frnp_token *token)
{
    return frnp_possessive_base(src + token->start, token->end - token->start);
}

static frn_span last_word(const char *src, frn_span name)
{
    frn_span word = name;

    for (size_t i = name.end; i > name.start; i--)
        if (src[i - 1] == ' ') {
            word.start = i;
            break;
        }
    return word;
}

/* A given name that is no particle of a surname ("De" in "De Blasio"). */
static int is_given_name_alone(const frnp_speaker_table *t, size_t i)
{
    return is_(t, i, FRNP_W_GIVEN_NAME) && !frnp_token_in(tok(t, i), FRNP_LEX_NAME_PARTICLE);
}

/* Whether two full names of one surname are two people: their first words
 * are different given names ("Michelle Obama" after "Barack Obama"), not a
 * fuller form ("Barack Hussein Obama") or a particle ("Bill de Blasio"
 * after "De Blasio"). */
static int another_person(const frnp_speaker_table *t, const frnp_name_mention *known, size_t first)
{
    const frnp_token *a = tok(t, known->token), *b = tok(t, first);

    if (!is_given_name_alone(t, known->token) || !is_given_name_alone(t, first))
        return 0;
    return a->end - a->start != b->end - b->start || memcmp(t->q->src + a->start, t->q->src + b->start, a->end - a->start);
}

static int push(frnp_mentions *m, size_t token, frn_span name, unsigned classes, size_t previous)
{
    if (!frnp_array_reserve(&m->items, &m->capacity, m->count + 1, sizeof *m->items))
        return 0;
    m->items[m->count++] = (frnp_name_mention){token, name, classes, previous, 0, token, token};
    return 1;
}

/* A person's mention: the run it is written in, named `name`. */
static int push_person(frnp_speaker_table *t, const frnp_name_run *run, frn_span name, unsigned gender)
{
    if (!push(&t->people, run->first, name, gender, FRNP_NAME_NONE))
        return 0;
    t->people.items[t->people.count - 1].written = run->start;
    t->people.items[t->people.count - 1].after = run->last;
    return 1;
}

/* Append to a list of mentions keyed by a word, chaining each to the one
 * before with the same key. */
static int push_keyed(frnp_mentions *m, frnp_name_index *index, const char *key, size_t len, size_t token,
                      frn_span name, unsigned classes)
{
    frnp_name_slot *slot = frnp_name_index_slot(index, key, len);

    if (!slot || !push(m, token, name, classes, slot->value))
        return 0;
    slot->value = m->count - 1;
    return 1;
}

/* A role and its holder; a compound role ("Gesundheitsministerin") is
 * held under its suffix too, for "die Ministerin" later. */
static int push_role(frnp_speaker_table *t, size_t role, frn_span name)
{
    const frnp_token *r = tok(t, role);
    const char *word = t->q->src + r->start;
    size_t len = base_length(t->q->src, r), suffix = frnp_lexicon_role_suffix(t->q->lexicon, word, len);

    if (!push_keyed(&t->roles, &t->role_words, word, len, role, name, 0))
        return 0;
    return suffix == 0 || push_keyed(&t->roles, &t->role_words, word + suffix, len - suffix, role, name, 0);
}

/* The capitalised run starting at i and the person's name in it, after any
 * title or role (lexicon/person-name.h: the recogniser bylines use too).
 * Returns the index after the run. */
static size_t read_name_run(const frnp_speaker_table *t, size_t i, frnp_name_run *run)
{
    if (!is_capitalized_word(t, i)) {
        /* No run starts here: most tokens, answered without the recogniser. */
        memset(run, 0, sizeof *run);
        run->first = run->last = run->start = run->end = i;
        run->role = FRNP_NO_TOKEN;
        return i + 1;
    }
    frnp_name_run_at(t->q->src, &t->q->tokens, i, t->q->tokens.count, run);
    return run->end > i ? run->end : i + 1;
}

/* The span of tokens [first, last) without a possessive at its end. */
static frn_span base_span(const frnp_speaker_table *t, size_t first, size_t last)
{
    return (frn_span){tok(t, first)->start, tok(t, last - 1)->start + base_length(t->q->src, tok(t, last - 1))};
}

/* Whether the run is a country's, a state's or a province's name ("North
 * Korea", "West Virginia"). */
static int run_is_place_name(const frnp_speaker_table *t, const frnp_name_run *run)
{
    const frnp_qtext *q = t->q;

    return frnp_token_in(tok(t, run->first), FRNP_LEX_PLACE_NAME) &&
           frnp_lexicon_token_phrase(q->lexicon, FRNP_PHRASES_PLACE_NAME, q->src, &q->tokens, run->first) ==
               run->last - run->first;
}

/* A run naming an organisation or a place, or made from a place's name
 * ("Kent County Republican headquarters"), is no person's. */
static int run_is_no_person(const frnp_speaker_table *t, const frnp_name_run *run)
{
    for (size_t k = run->first; k < run->last; k++)
        if (is_(t, k, FRNP_W_ORGANISATION) || (k > run->first && is_(t, k, FRNP_W_PLACE)))
            return 1;
    return run->last > run->first && run_is_place_name(t, run);
}

static frn_span run_span(const frnp_speaker_table *t, size_t first, size_t last)
{
    return (frn_span){tok(t, first)->start, tok(t, last - 1)->end};
}

/* Whether a speech verb follows token `after`, possibly after an
 * auxiliary. */
static int followed_by_cue(const frnp_speaker_table *t, size_t after)
{
    size_t count = t->q->tokens.count;

    after = frnp_q_skip_modifiers(t->q, after, count);
    return after < count && frnp_q_cue_length(t->q, after, 0) > 0;
}

/* What surrounds a name that shows it is a person's: a speech verb after
 * it or right before it ("..., sagte Bärbel Bas."), or an apposition. */
static int marked_as_person(const frnp_speaker_table *t, size_t first, size_t after)
{
    return followed_by_cue(t, after) || (after < t->q->tokens.count && frnp_q_is_char(t->q, after, ',')) ||
           (first > 0 && is_(t, first - 1, FRNP_W_CUE | FRNP_W_CUE_AFTER));
}

static int note_roles(frnp_speaker_table *t, const frnp_name_run *run, frn_span name)
{
    size_t roles[3] = {run->role, frnp_q_role_after(t->q, run->last), frnp_q_role_before(t->q, run->first)};

    for (size_t r = 0; r < 3; r++)
        if (roles[r] != FRNP_NO_TOKEN && !is_(t, roles[r], FRNP_W_HONORIFIC) && !push_role(t, roles[r], name))
            return 0;
    return 1;
}

/* The gender a name's given name, title or role ("Ministerin") tells; a
 * role word that is a given name too (French "maire", Irish Máire) tells
 * none. */
static unsigned run_gender(const frnp_speaker_table *t, const frnp_name_run *run)
{
    const unsigned genders = FRNP_W_MALE | FRNP_W_FEMALE;

    if (run->role != FRNP_NO_TOKEN && (t->q->words[run->role].classes & genders) &&
        (is_(t, run->role, FRNP_W_HONORIFIC) || !is_(t, run->role, FRNP_W_GIVEN_NAME)))
        return t->q->words[run->role].classes & genders;
    return is_(t, run->first, FRNP_W_GIVEN_NAME) ? t->q->words[run->first].classes & genders : 0;
}

/* Remember a full name as the fullest form of its last word, unless the
 * word is already another person's. */
static int index_surname(frnp_speaker_table *t, frn_span name, unsigned gender, size_t token)
{
    frn_span word = last_word(t->q->src, name);
    frnp_name_slot *slot = frnp_name_index_slot(&t->surnames, t->q->src + word.start, word.end - word.start);

    if (!slot)
        return 0;
    if (slot->value != FRNP_NAME_NONE) {
        frnp_name_mention *known = &t->full_names.items[slot->value];
        /* Another person of the same surname keeps it for the one named
         * first. */
        if (another_person(t, known, token))
            return 1;
        if (name.end - name.start > known->name.end - known->name.start) {
            known->name = name;
            known->token = token;
        }
        if (!known->classes)
            known->classes = gender;
        return 1;
    }
    if (!push(&t->full_names, token, name, gender, FRNP_NAME_NONE))
        return 0;
    slot->value = t->full_names.count - 1;
    return 1;
}

/* Remember the given name a full name opens ("Melanie" of "Melanie
 * Austin") as that person's; one that two people have is no one's. */
static int index_given_name(frnp_speaker_table *t, frn_span name, size_t token)
{
    frn_span surname = last_word(t->q->src, name);
    const frnp_token *given = tok(t, token);
    size_t full = frnp_name_index_get(&t->surnames, t->q->src + surname.start, surname.end - surname.start);
    frnp_name_slot *slot;

    if (!is_given_name_alone(t, token) || full == FRNP_NAME_NONE)
        return 1;
    slot = frnp_name_index_slot(&t->given_names, t->q->src + given->start, base_length(t->q->src, given));
    if (!slot)
        return 0;
    if (slot->value == FRNP_NAME_NONE)
        slot->value = full;
    else if (slot->value != full)
        slot->value = GIVEN_NAME_SHARED;
    return 1;
}

/* The person a given name alone names, or NULL. */
static const frnp_name_mention *known_by_given_name(const frnp_speaker_table *t, frn_span given)
{
    size_t k = frnp_name_index_get(&t->given_names, t->q->src + given.start, given.end - given.start);

    return k == FRNP_NAME_NONE || k == GIVEN_NAME_SHARED ? NULL : &t->full_names.items[k];
}

/* The full name known for a surname ("Smith", "Ocasio-Cortez"), or NULL. */
static const frnp_name_mention *known_full_name(const frnp_speaker_table *t, frn_span surname)
{
    size_t k = frnp_name_index_get(&t->surnames, t->q->src + surname.start, surname.end - surname.start);

    return k == FRNP_NAME_NONE ? NULL : &t->full_names.items[k];
}

/* "ein Sprecher der Deutschen Bahn": the name after a role and a declining
 * article is the body the role serves, no person, though a speech verb
 * follows it. */
static int names_a_body_served(const frnp_speaker_table *t, const frnp_name_run *run)
{
    size_t first = run->first;

    return first > 0 && frnp_attribution_genitive_after_role(t->q, first - 1) &&
           frnp_name_after_oblique_article(t->q, first) && !is_(t, first, FRNP_W_GIVEN_NAME);
}

/* First pass: full names that the text confirms as people. */
static int collect_full_names(frnp_speaker_table *t)
{
    size_t i = 0;

    while (i < t->q->tokens.count) {
        frnp_name_run run;
        size_t next = read_name_run(t, i, &run);
        if (frnp_name_is_full(run.words) && !run_is_no_person(t, &run) && !names_a_body_served(t, &run)) {
            frn_span name = base_span(t, run.first, run.last);
            unsigned gender = run_gender(t, &run);
            int confirmed = run.role != FRNP_NO_TOKEN || marked_as_person(t, run.first, run.last) ||
                            frnp_q_role_before(t->q, run.first) != FRNP_NO_TOKEN || is_(t, run.first, FRNP_W_GIVEN_NAME);
            if (confirmed && (!push_person(t, &run, name, gender) ||
                              !index_surname(t, name, gender, run.first) ||
                              !index_given_name(t, name, run.first) || !note_roles(t, &run, name)))
                return 0;
        }
        i = next;
    }
    return 1;
}

/* The full stop of an abbreviation ("U.N.", "Co.", "Jr."), no sentence's
 * end: part of the name, though no word of it. */
static int is_abbreviation_stop(const frnp_speaker_table *t, size_t i)
{
    return i < t->q->tokens.count && frnp_q_is_char(t->q, i, '.') && frnp_q_inside_name(t->q, i);
}

/* Whether a single name between two roles names where the second is held,
 * not who holds the first: "former U.N. secretary general Kofi Annan". */
static int names_the_next_role(const frnp_speaker_table *t, const frnp_name_run *run)
{
    size_t next = run->last + is_abbreviation_stop(t, run->last);

    return next < t->q->tokens.count && is_(t, next, FRNP_W_ROLE) && !is_capitalized_word(t, next);
}

/* Second pass: surnames standing alone after their full name, and single
 * names a role or a title marks as people ("President Trump"). A single
 * name that only a speech verb follows ("Microsoft said", "IBM
 * announced") is an organisation's: news introduces people by their full
 * name first. */
static int collect_short_mentions(frnp_speaker_table *t)
{
    size_t i = 0;

    while (i < t->q->tokens.count) {
        frnp_name_run run;
        size_t next = read_name_run(t, i, &run);
        if (run.words == 1 && !run_is_no_person(t, &run)) {
            frn_span mention = base_span(t, run.first, run.last);
            const frnp_name_mention *full = known_full_name(t, mention);
            if (!full && run.role == FRNP_NO_TOKEN && is_given_name_alone(t, run.first) &&
                followed_by_cue(t, run.last)) {
                /* "“I would,” Melanie said": a person named by a given
                 * name, the full name's holder when one has it; not
                 * "Charlotte," (a city's name, a given name too). */
                const frnp_name_mention *holder = known_by_given_name(t, mention);
                if (!push_person(t, &run, holder ? holder->name : mention,
                                 holder ? holder->classes : run_gender(t, &run)))
                    return 0;
            } else if (full || (run.role != FRNP_NO_TOKEN && !names_the_next_role(t, &run))) {
                frn_span name = full ? full->name : mention;
                unsigned gender = full ? full->classes : run_gender(t, &run);
                if (!push_person(t, &run, name, gender) || !note_roles(t, &run, name) ||
                    (!full && !index_surname(t, name, gender, run.first)))
                    return 0;
            }
        }
        i = next;
    }
    return 1;
}

/* Capitalised words that stand inside a sentence somewhere in the article,
 * so that "Microsoft" is a name and "Officials" (capitalised only as a
 * sentence's first word) is not. */
static int collect_inner_capitals(frnp_speaker_table *t)
{
    const frnp_qtext *q = t->q;

    for (size_t i = 0; i < q->tokens.count; i++) {
        const frnp_token *w = tok(t, i);
        if (!is_capitalized_word(t, i) || frnp_q_sentence_first(q, i) == i ||
            (i > 0 && (frnp_q_is_mark(q, i - 1) || frnp_q_is_char(q, i - 1, ':'))))
            continue;
        frnp_name_slot *slot = frnp_name_index_slot(&t->inner_capitals, q->src + w->start, base_length(q->src, w));
        if (!slot)
            return 0;
        slot->value = i;
    }
    return 1;
}

/* A capitalised word in none of the lexicon's lists, not looking plural,
 * no contraction ("He’s") and not in a title-case headline, where every
 * word has a capital: opens_sentence_only takes it for a name even where
 * only the sentence's start gives it its capital ("Microsoft said",
 * "Trump said"), while "Officials", "Experts" and "Critics" said are
 * people of a kind, as are German "Ökonomen warnen", whose verb is
 * plural. It is no known organisation ("the company", "it"): a surname
 * looks the same. */
static int is_unknown_singular(const frnp_speaker_table *t, size_t i)
{
    const frnp_token *w = tok(t, i);
    size_t len = base_length(t->q->src, w);

    return w->lexicon == 0 && len == (size_t)(w->end - w->start) && len > 1 && !frnp_q_ends_in_s(t->q, i) &&
           !frnp_q_in_title_case(t->q, i) &&
           !(i + 1 < t->q->tokens.count && frnp_token_in(tok(t, i + 1), FRNP_LEX_PLURAL_VERB));
}

/* "Microsoft announced", "IBM said": one capitalised word, a name in the
 * article, no person's, that a speech verb follows. */
static int is_speaking_organisation(const frnp_speaker_table *t, size_t first, size_t end)
{
    const frnp_token *w = tok(t, first);
    frnp_name_run run;

    if (end != first + 1 || is_(t, first, FRNP_W_NON_NAME | FRNP_W_PRONOUN | FRNP_W_ROLE | FRNP_W_GIVEN_NAME |
                                             FRNP_W_PLACE | FRNP_W_DETERMINER) ||
        !followed_by_cue(t, end))
        return 0;
    frnp_name_run_at(t->q->src, &t->q->tokens, first, end, &run);
    if (run.role != FRNP_NO_TOKEN || known_full_name(t, base_span(t, first, end)))
        return 0;
    return frnp_name_index_get(&t->inner_capitals, t->q->src + w->start, base_length(t->q->src, w)) !=
           FRNP_NAME_NONE;
}

static int by_token(const void *a, const void *b)
{
    const frnp_name_mention *x = a, *y = b;

    return (x->token > y->token) - (x->token < y->token);
}

/* An organisation named by the words [first, after), keyed by the word of
 * token `key`, mentioned at token `token`. */
static int push_organisation(frnp_speaker_table *t, size_t key, size_t token, size_t first, size_t after,
                             unsigned classes)
{
    const frnp_token *k = tok(t, key);

    if (!push_keyed(&t->organisations, &t->org_heads, t->q->src + k->start, base_length(t->q->src, k), token,
                    base_span(t, first, after), classes))
        return 0;
    t->organisations.items[t->organisations.count - 1].written = first;
    t->organisations.items[t->organisations.count - 1].after = after;
    return 1;
}

/* "die Gewerkschaft Verdi", "der Konzern Siemens": after an article that
 * apposes it, an organisation's noun at `first` with its name after it. */
static int name_after_noun(const frnp_speaker_table *t, size_t first, size_t last_noun, size_t end)
{
    return last_noun == first && end > first + 1 && first > 0 && is_capitalized_word(t, first + 1) &&
           !is_(t, first + 1, FRNP_W_ORGANISATION) && frnp_q_is_line(t->q, first - 1, FRNP_PHRASES_APPOSING_ARTICLE);
}

/* Organisations with a telling last word: "American Civil Liberties Union",
 * "Electronic Frontier Foundation", or a telling noun before their name
 * ("die Gewerkschaft Verdi"), keyed by that word. Connectors may stand
 * inside. */
static int collect_organisations(frnp_speaker_table *t)
{
    size_t i = 0, count = t->q->tokens.count;

    while (i < count) {
        size_t first = i, end = i, last_noun = FRNP_NO_TOKEN;
        while (end < count && same_paragraph(t, first, end) &&
               (is_capitalized_word(t, end) ||
                (end > first && end + 1 < count && is_(t, end, FRNP_W_CONNECTOR) && is_capitalized_word(t, end + 1)))) {
            if (is_capitalized_word(t, end) && is_(t, end, FRNP_W_ORGANISATION))
                last_noun = end;
            end++;
        }
        int speaking = last_noun == FRNP_NO_TOKEN && is_speaking_organisation(t, first, end);
        size_t start = is_(t, first, FRNP_W_ORGANISATION_ARTICLE) ? first + 1 : first;
        if (last_noun != FRNP_NO_TOKEN && name_after_noun(t, start, last_noun, end)) {
            if (!push_organisation(t, start, first, start + 1, end, 0))
                return 0;
            i = end;
            continue;
        }
        if (speaking)
            last_noun = first; /* its own head word */
        if (last_noun != FRNP_NO_TOKEN && (start < last_noun || speaking) &&
            !push_organisation(t, last_noun, first, start, last_noun + 1, t->q->words[last_noun].classes & FRNP_W_OUTLET))
            return 0;
        i = end > i ? end : i + 1;
    }
    return 1;
}

/* Index past the last mention whose token starts before byte `byte` (the
 * list is in order). */
static size_t count_before(const frnp_speaker_table *t, const frnp_mentions *m, size_t byte)
{
    size_t lo = 0, hi = m->count;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (tok(t, m->items[mid].token)->start < byte)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Mark the people named inside a quotation's words ("“... Trump is such a
 * liar ...” He concluded:" is not Trump's): a pronoun after a quotation
 * means a person the reporter named, not one the quoted words name. */
static void mark_reported(frnp_speaker_table *t, const frn_quote_list *quotes)
{
    for (size_t i = 0; i < quotes->count; i++)
        for (size_t f = 0; f < quotes->items[i].fragment_count; f++) {
            frn_span words = quotes->items[i].fragments[f];
            for (size_t k = count_before(t, &t->people, words.start);
                 k < t->people.count && tok(t, t->people.items[k].token)->start < words.end; k++)
                t->people.items[k].reported = 1;
        }
}

frn_status frnp_speaker_table_build(frn_ctx *ctx, const frnp_qtext *q, const frn_quote_list *quotes,
                                    frnp_speaker_table *table)
{
    memset(table, 0, sizeof *table);
    table->q = q;
    frnp_name_index_init(&table->surnames, 1); /* "WALLACE" in a transcript is Chris Wallace */
    frnp_name_index_init(&table->role_words, 1);
    frnp_name_index_init(&table->org_heads, 1);
    frnp_name_index_init(&table->inner_capitals, 0);
    frnp_name_index_init(&table->given_names, 0);
    if (!collect_full_names(table) || !collect_short_mentions(table) || !collect_inner_capitals(table) ||
        !collect_organisations(table)) {
        frnp_speaker_table_release(table);
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    }
    if (table->people.count > 1)
        qsort(table->people.items, table->people.count, sizeof *table->people.items, by_token);
    mark_reported(table, quotes);
    return FRN_OK;
}

void frnp_speaker_table_release(frnp_speaker_table *table)
{
    free(table->people.items);
    free(table->full_names.items);
    free(table->roles.items);
    free(table->organisations.items);
    frnp_name_index_release(&table->surnames);
    frnp_name_index_release(&table->role_words);
    frnp_name_index_release(&table->org_heads);
    frnp_name_index_release(&table->inner_capitals);
    frnp_name_index_release(&table->given_names);
    memset(table, 0, sizeof *table);
}

static char *copy_span(const char *src, frn_span span, int *failed)
{
    char *copy = frnp_strndup(src + span.start, span.end - span.start);

    if (!copy)
        *failed = 1;
    return copy;
}

/* Whether a person's mention opens a clause (at the sentence's start,
 * after a comma, a quotation mark or a conjunction) and is its subject: a
 * speech verb follows, or an apposition after a given name ("Donna
 * Rawlings, 59, of Ashton, said"; not "in Fort Pierce, Florida Friday,"). */
static int is_clause_subject(const frnp_speaker_table *t, const frnp_name_mention *p)
{
    const frnp_qtext *q = t->q;
    size_t k = p->written;

    if (k > frnp_q_sentence_first(q, k) && !frnp_q_is_char(q, k - 1, ',') && !frnp_q_is_mark(q, k - 1) &&
        !is_(t, k - 1, FRNP_W_CONJUNCTION))
        return 0;
    return followed_by_cue(t, p->after) ||
           (is_given_name_alone(t, p->token) && p->after < q->tokens.count && frnp_q_is_char(q, p->after, ','));
}

static int fits_pronoun(const frnp_name_mention *p, unsigned gender)
{
    return !p->reported && (!gender || !p->classes || (p->classes & gender));
}

/* The most salient person before `before` whom the pronoun can mean: the
 * last named outside a quotation's words whose known gender does not
 * contradict it. */
static char *last_person(const frnp_speaker_table *t, size_t before, unsigned gender, int *failed)
{
    size_t n = count_before(t, &t->people, tok(t, before)->start);

    for (size_t m = n, seen = 0; m-- > 0 && seen < SALIENCE_WINDOW; seen++) {
        const frnp_name_mention *p = &t->people.items[m];
        if (!fits_pronoun(p, gender))
            continue;
        /* In a sentence before the pronoun's, the first person that fits
         * as the subject of a clause in it ("Smith praised Jones. He
         * said ..."). */
        size_t sentence = t->q->sentence_of[p->token];
        if (sentence != t->q->sentence_of[before])
            for (size_t k = m; k-- > 0 && t->q->sentence_of[t->people.items[k].token] == sentence;)
                if (fits_pronoun(&t->people.items[k], gender) && is_clause_subject(t, &t->people.items[k]))
                    p = &t->people.items[k];
        return copy_span(t->q->src, p->name, failed);
    }
    return NULL;
}

/* The last mention before token `before` keyed by the word of token
 * `word`, in the chain of the mentions of that word, or NULL. */
static const frnp_name_mention *last_keyed(const frnp_speaker_table *t, const frnp_name_index *index,
                                           const frnp_mentions *m, size_t word, size_t before)
{
    const frnp_token *w = tok(t, word);
    size_t k = frnp_name_index_get(index, t->q->src + w->start, base_length(t->q->src, w));

    for (size_t seen = 0; k != FRNP_NAME_NONE && seen < SALIENCE_WINDOW; seen++, k = m->items[k].previous)
        if (m->items[k].token < before)
            return &m->items[k];
    return NULL;
}

/* The person last given the role word at token `role`. */
static char *person_in_role(const frnp_speaker_table *t, size_t role, int *failed)
{
    const frnp_name_mention *holder = last_keyed(t, &t->role_words, &t->roles, role, role);

    return holder ? copy_span(t->q->src, holder->name, failed) : NULL;
}

/* An organisation's name as the speaker: in its citation form ("der
 * Deutschen Bank" named it, "die Bank" later is the Deutsche Bank). */
static char *copy_organisation(const frnp_speaker_table *t, const frnp_name_mention *o, int *failed)
{
    return frnp_speaker_citation_form(t->q, o->written, o->after, o->name, failed);
}

/* "the senator", "die SPD-Politikerin": a role word (not a proxy's: a
 * spokesperson is someone else) after a definite article, with nothing
 * between but the parts of its compound. Such a role whose holder the
 * article never named points back, as a pronoun does, to the last person
 * named; one with words of its own ("the Vermont senator") may bring in
 * someone new. [first, head] is the mention after its article. */
static int is_bare_definite_role(const frnp_speaker_table *t, size_t first, size_t head)
{
    if (first == 0 || is_(t, head, FRNP_W_PROXY) || !frnp_token_in(tok(t, first - 1), FRNP_LEX_DEFINITE_ARTICLE))
        return 0;
    for (size_t k = first; k < head; k++)
        if (!frnp_q_joins_words(t->q, k) && !frnp_q_joins_words(t->q, k + 1))
            return 0;
    return 1;
}

/* The capitalised words before a proxy noun ("a Microsoft spokesperson",
 * "the Amazon statement", German "ein Lufthansa-Sprecher"), or those of
 * the last earlier mention of the same noun that had them, within a
 * bounded look back; not for a noun with words of its own ("federal
 * health officials" are not the Duke officials named before). */
static char *proxy_principal(const frnp_speaker_table *t, size_t first, size_t head, int *failed)
{
    size_t lookback = head > PROXY_LOOKBACK ? head - PROXY_LOOKBACK : 0;
    const frnp_token *h0 = tok(t, head);
    size_t head_len = base_length(t->q->src, h0);

    for (size_t h = head + 1; h-- > lookback;) {
        size_t floor = h == head ? first : 0, end = h, start;
        if (h != head) {
            const frnp_token *hk = tok(t, h);
            if (!frnp_fold_same(t->q->src + hk->start, base_length(t->q->src, hk),
                                t->q->src + h0->start, head_len))
                continue;
        }
        /* A compound's first part names the principal: "Lufthansa-Sprecher". */
        if (end > floor + 1 && frnp_q_joins_words(t->q, end - 1) && is_capitalized_word(t, end - 2))
            end--;
        start = end;
        while (start > floor && is_capitalized_word(t, start - 1) && !is_(t, start - 1, FRNP_W_NON_NAME) &&
               same_paragraph(t, start - 1, h))
            start--;
        if (h == head && start == end && start > first)
            return NULL;
        if (start < end) {
            frn_span span = {tok(t, start)->start, tok(t, end - 1)->start + base_length(t->q->src, tok(t, end - 1))};
            return copy_span(t->q->src, span, failed);
        }
    }
    return NULL;
}

/* The last organisation named before token `before` with the word of
 * token `head` as its key word ("the department", "die Gewerkschaft" ->
 * Verdi), or NULL. */
static char *organisation_by_head(const frnp_speaker_table *t, size_t head, size_t before, int *failed)
{
    const frnp_name_mention *o = last_keyed(t, &t->org_heads, &t->organisations, head, before);

    return o ? copy_organisation(t, o, failed) : NULL;
}

/* An organisation for "the department", "the group", "it": the last one
 * named before with that head word, else the last one that is not the
 * news outlet reporting it; for "the journal", "the newspaper" (an outlet
 * word) the last outlet, never the company it wrote about. */
static char *last_organisation(const frnp_speaker_table *t, size_t head, size_t before, int *failed)
{
    size_t n = count_before(t, &t->organisations, tok(t, before)->start);
    int outlet = head != FRNP_NO_TOKEN && is_(t, head, FRNP_W_OUTLET);

    if (head != FRNP_NO_TOKEN) {
        char *named = organisation_by_head(t, head, before, failed);
        if (named || *failed)
            return named;
    }
    for (size_t m = n, seen = 0; m-- > 0 && seen < SALIENCE_WINDOW; seen++)
        if (outlet == ((t->organisations.items[m].classes & FRNP_W_OUTLET) != 0))
            return copy_organisation(t, &t->organisations.items[m], failed);
    return NULL;
}

/* "it said", "they said": the last organisation named before, if it was
 * named in this paragraph or the one before (further back, "they" is more
 * likely people). */
static char *recent_organisation(const frnp_speaker_table *t, size_t before, int *failed)
{
    size_t n = count_before(t, &t->organisations, tok(t, before)->start), paragraph = tok(t, before)->paragraph;

    for (size_t m = n, seen = 0; m-- > 0 && seen < SALIENCE_WINDOW; seen++) {
        const frnp_name_mention *o = &t->organisations.items[m];
        if (tok(t, o->token)->paragraph + 1 < paragraph)
            return NULL;
        if (!(o->classes & FRNP_W_OUTLET))
            return copy_organisation(t, o, failed);
    }
    return NULL;
}

/* "Officials said": one word, capitalised only because it opens the
 * sentence, and no name the article knows. */
static int opens_sentence_only(const frnp_speaker_table *t, size_t first, size_t last)
{
    const frnp_token *w = tok(t, first);

    return last == first + 1 && frnp_q_sentence_first(t->q, first) == first &&
           frnp_name_index_get(&t->inner_capitals, t->q->src + w->start, base_length(t->q->src, w)) == FRNP_NAME_NONE &&
           !known_full_name(t, base_span(t, first, last)) && !is_unknown_singular(t, first);
}

/* An organisation's name used as the mention: "Fight for the Future";
 * a role's word before the organisation's noun names its field there
 * ("the Justice Department"). */
static int is_organisation_name(const frnp_speaker_table *t, size_t first, size_t last)
{
    int connector = 0;

    if (!is_capitalized_word(t, first) || !is_capitalized_word(t, last - 1))
        return 0;
    for (size_t k = first; k < last; k++) {
        if (is_(t, k, FRNP_W_ROLE) && !frnp_q_in_organisation_name(t->q, k, last))
            return 0;
        connector |= is_(t, k, FRNP_W_CONNECTOR);
    }
    return connector || is_(t, last - 1, FRNP_W_ORGANISATION);
}

/* The name at the end of a mention, after its roles: "IBM CEO Arvind
 * Krishna" -> "Arvind Krishna", resolved to the fullest known form. */
static char *trailing_name(const frnp_speaker_table *t, size_t first, size_t last, int *failed)
{
    frnp_name_run run;
    const frnp_name_mention *full;
    frn_span name;
    const frnp_token *given;

    /* The run of the mention that reaches its end. */
    for (size_t k = first;; k = run.end > k ? run.end : k + 1) {
        frnp_name_run_at(t->q->src, &t->q->tokens, k, last, &run);
        if (run.end >= last)
            break;
    }
    if (run.first >= run.last)
        return NULL;
    name = base_span(t, run.first, run.last);
    full = known_full_name(t, last_word(t->q->src, name));
    given = tok(t, run.first);
    /* "Smith", or "Brad Smith" for "Brad Smith" (not "Jane Smith"). */
    if (full && (run.words == 1 || memcmp(t->q->src + given->start, t->q->src + full->name.start,
                                          given->end - given->start) == 0))
        return copy_span(t->q->src, full->name, failed);
    /* "Melanie" for Melanie Austin, named in full before. */
    if (!full && run.words == 1 && is_given_name_alone(t, run.first) && (full = known_by_given_name(t, name)))
        return copy_span(t->q->src, full->name, failed);
    return frnp_speaker_citation_form(t->q, run.first, run.last, name, failed);
}

/* "Fight for the Future, the digital rights group who": a phrase of
 * common nouns after a comma is an apposition; the name before the comma
 * is the one it describes. */
static void apposition_anchor(const frnp_speaker_table *t, size_t floor, size_t *first, size_t *last)
{
    size_t k = *first, n_first, n_last;

    if (frnp_q_is_capitalized(t->q, *last - 1))
        return;
    while (k > floor && *first - k < APPOSITION_WINDOW && frnp_q_is_word(t->q, k - 1) &&
           !frnp_q_is_capitalized(t->q, k - 1))
        k--;
    if (k > floor + 1 && frnp_q_is_char(t->q, k - 1, ',') &&
        frnp_attribution_subject(t->q, floor, k - 1, &n_first, &n_last) && frnp_q_is_capitalized(t->q, n_last - 1)) {
        *first = n_first;
        *last = n_last;
    }
}

/* Whether the pronoun at token i stands next to a verb whose form is
 * plural ("Sie forderten", "sagten sie"). */
static int beside_plural_verb(const frnp_speaker_table *t, size_t i)
{
    return (i + 1 < t->q->tokens.count && frnp_token_in(tok(t, i + 1), FRNP_LEX_PLURAL_VERB)) ||
           (i > 0 && frnp_token_in(tok(t, i - 1), FRNP_LEX_PLURAL_VERB));
}

/* German "Die Grünen kritisierten den Plan. Sie forderten ...": a plural
 * pronoun means the subject of the sentence before, in its paragraph,
 * when that subject opens it and its verb is plural too. A named group
 * ("Die Grünen", an article before it) is the speaker, though the article
 * never named it as an organisation; people of a kind ("Ökonomen
 * warnten") are nobody. Returns whether that sentence has such a subject,
 * with *name its name or NULL. */
static int plural_subject_before(const frnp_speaker_table *t, size_t pronoun, char **name, int *failed)
{
    size_t start = frnp_q_sentence_first(t->q, pronoun), first, k;

    *name = NULL;
    if (start == 0 || !same_paragraph(t, start - 1, pronoun))
        return 0;
    first = frnp_q_sentence_first(t->q, start - 1);
    /* "Am Montag kritisierten die Grünen": the subject is after the verb. */
    if (is_(t, first, FRNP_W_ADJUNCT) || frnp_token_in(tok(t, first), FRNP_LEX_VERB_SECOND_OPENER))
        return 0;
    while (first < start && is_(t, first, FRNP_W_DETERMINER))
        first++;
    for (k = first; k < start && is_capitalized_word(t, k); k++)
        ;
    if (k == first || k >= start || !frnp_token_in(tok(t, k), FRNP_LEX_PLURAL_VERB))
        return 0;
    if (first == frnp_q_sentence_first(t->q, first) && k == first + 1)
        return 1; /* "Ökonomen warnten": no one named */
    *name = frnp_speaker_citation_form(t->q, first, k, base_span(t, first, k), failed);
    return 1;
}

char *frnp_speaker_resolve(const frnp_speaker_table *t, size_t first, size_t last, int *failed)
{
    size_t head = last - 1, a_first, a_last;

    *failed = 0;
    /* "Boeing Co.": the mention without its abbreviation's full stop. */
    if (last > first + 1 && is_abbreviation_stop(t, last - 1)) {
        last--;
        head = last - 1;
    }
    if (first >= last)
        return NULL;
    /* "Jane Roe, who said": the phrase the relative pronoun stands for. */
    if (last - first == 1 && is_(t, first, FRNP_W_RELATIVE)) {
        size_t k = first;
        if (k > 0 && (frnp_q_is_char(t->q, k - 1, ',') || frnp_q_is_dash(t->q, k - 1)))
            k--;
        if (k == 0 || !frnp_attribution_subject(t->q, frnp_q_sentence_first(t->q, k - 1), k, &a_first, &a_last) ||
            is_(t, a_first, FRNP_W_RELATIVE))
            return NULL;
        apposition_anchor(t, frnp_q_sentence_first(t->q, k - 1), &a_first, &a_last);
        first = a_first;
        last = a_last;
        head = last - 1;
    }
    while (first < head && is_(t, first, FRNP_W_DETERMINER))
        first++;
    if (last - first == 1 && is_(t, first, FRNP_W_PRONOUN)) {
        if (is_(t, first, FRNP_W_FEMALE) && beside_plural_verb(t, first)) {
            /* "Sie forderten": they */
            char *subject;
            if (plural_subject_before(t, first, &subject, failed))
                return subject;
            return recent_organisation(t, first, failed);
        }
        if (is_(t, first, FRNP_W_MALE | FRNP_W_FEMALE))
            return last_person(t, first, t->q->words[first].classes & (FRNP_W_MALE | FRNP_W_FEMALE), failed);
        if (frnp_token_in(tok(t, first), FRNP_LEX_PRONOUN_NEUTER))
            return recent_organisation(t, first, failed);
        return NULL;
    }
    if (last - first == 1 && is_(t, first, FRNP_W_ORGANISATION) && is_capitalized_word(t, first) &&
        first > 0 && frnp_token_in(tok(t, first - 1), FRNP_LEX_DEFINITE_ARTICLE)) {
        /* "die Gewerkschaft": the one named with that noun before. */
        char *named = organisation_by_head(t, first, first, failed);
        if (named || *failed)
            return named;
    }
    if (is_organisation_name(t, first, last))
        return frnp_speaker_citation_form(t->q, first, last, run_span(t, first, last), failed);
    if (is_(t, head, FRNP_W_PROXY)) {
        char *principal = proxy_principal(t, first, head, failed);
        if (principal || *failed)
            return principal;
    }
    /* The mention is a speaker's, so its capitals tell a name even in a
     * title-case headline. */
    if (frnp_q_is_capitalized(t->q, head) && !is_(t, head, FRNP_W_ROLE))
        return opens_sentence_only(t, first, last) ? NULL : trailing_name(t, first, last, failed);
    if (is_(t, head, FRNP_W_ROLE)) {
        char *holder = person_in_role(t, head, failed);
        if (holder || *failed || !is_bare_definite_role(t, first, head))
            return holder;
        return last_person(t, first, t->q->words[head].classes & (FRNP_W_MALE | FRNP_W_FEMALE), failed);
    }
    if (is_(t, head, FRNP_W_ORGANISATION)) {
        /* "the police union" is another than the last one named, unless
         * it was named with that noun. */
        if (first < head)
            return organisation_by_head(t, head, first, failed);
        return last_organisation(t, head, first, failed);
    }
    return NULL;
}
