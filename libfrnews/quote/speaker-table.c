/* People, roles and organisations named in an article, and the resolution
 * of speaker mentions against them.
 *
 * A person is a run of two to four capitalised words, after any title or
 * role before it ("Microsoft President Brad Smith" -> "Brad Smith"), that
 * the text confirms as a person: by that role, by a speech verb or an
 * apposition after it, or by its surname standing alone elsewhere. */
#include <stdlib.h>
#include <string.h>
#include "core/array.h"
#include "core/context.h"
#include "lexicon/cue-lexicon.h"
#include "lexicon/person-name.h"
#include "speaker-table.h"
#include "text/text-fold.h"
#include "text/text-words.h"
#include "text/utf8.h"

#define APPOSITION_WINDOW 8
#define PROXY_LOOKBACK 600

static const frnp_token *tok(const frnp_speaker_table *t, size_t i)
{
    return &t->tokens->items[i];
}

static int is_capitalized_word(const frnp_speaker_table *t, size_t i)
{
    return frnp_token_is_capitalized(tok(t, i));
}

static int same_paragraph(const frnp_speaker_table *t, size_t a, size_t b)
{
    return tok(t, a)->paragraph == tok(t, b)->paragraph;
}

/* A word's length without a possessive "'s" / "’s". */
static size_t base_length(const char *src, const frnp_token *token)
{
    return frnp_possessive_base(src + token->start, token->end - token->start);
}

/* The span of tokens [first, last) without a possessive at its end. */
static frn_span base_span(const frnp_speaker_table *t, size_t first, size_t last)
{
    return (frn_span){tok(t, first)->start, tok(t, last - 1)->start + base_length(t->src, tok(t, last - 1))};
}

static int same_text(const char *src, frn_span a, frn_span b)
{
    return a.end - a.start == b.end - b.start && memcmp(src + a.start, src + b.start, a.end - a.start) == 0;
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

static int push_mention(frnp_name_mention **items, size_t *count, size_t *capacity,
                        size_t token, frn_span name)
{
    if (!frnp_array_reserve(items, capacity, *count + 1, sizeof **items))
        return 0;
    (*items)[(*count)++] = (frnp_name_mention){token, name};
    return 1;
}

static int push_role(frnp_speaker_table *t, size_t token, frn_span name)
{
    if (!frnp_array_reserve(&t->roles, &t->role_capacity, t->role_count + 1, sizeof *t->roles))
        return 0;
    t->roles[t->role_count++] = (frnp_role_mention){token, name};
    return 1;
}

/* The capitalised run starting at i and the name in it (lexicon/person-name.h).
 * Returns the index after the run. */
static size_t read_name_run(const frnp_speaker_table *t, size_t i, frnp_name_run *run)
{
    frnp_name_run_at(t->src, t->tokens, i, t->tokens->count, run);
    return run->end > i ? run->end : i + 1;
}

static int run_has_organisation_noun(const frnp_speaker_table *t, const frnp_name_run *run)
{
    for (size_t k = run->first; k < run->last; k++)
        if (frnp_token_in(tok(t, k), FRNP_LEX_ORGANISATION_NOUN))
            return 1;
    return 0;
}

static frn_span run_span(const frnp_speaker_table *t, size_t first, size_t last)
{
    return (frn_span){tok(t, first)->start, tok(t, last - 1)->end};
}

/* What follows a name that shows it is a person's: a speech verb, possibly
 * after an auxiliary, or an apposition. */
static int followed_as_person(const frnp_speaker_table *t, size_t after)
{
    size_t count = t->tokens->count;

    while (after < count && frnp_token_in(tok(t, after), FRNP_LEX_CUE_MODIFIER))
        after++;
    if (after >= count)
        return 0;
    return frnp_cue_length(t->lexicon, t->src, t->tokens, after, 0) > 0 || frnp_token_is_char(t->src, tok(t, after), ',');
}

/* A role in an apposition after the name: "Brad Smith, Microsoft's president,". */
static size_t role_after(const frnp_speaker_table *t, size_t after)
{
    size_t count = t->tokens->count;

    if (after >= count || !frnp_token_is_char(t->src, tok(t, after), ','))
        return (size_t)-1;
    for (size_t k = after + 1; k < count && k <= after + APPOSITION_WINDOW; k++) {
        if (frnp_token_is_char(t->src, tok(t, k), ',') || (tok(t, k)->flags & FRNP_TOKEN_SENTENCE_END))
            break;
        if (frnp_token_in(tok(t, k), FRNP_LEX_ROLE_WORD))
            return k;
    }
    return (size_t)-1;
}

/* A role before the name across a comma: "The President of Microsoft, Brad Smit". */
static size_t role_before(const frnp_speaker_table *t, size_t first)
{
    if (first == 0 || !frnp_token_is_char(t->src, tok(t, first - 1), ','))
        return (size_t)-1;
    for (size_t k = first - 1; k-- > 0 && k + APPOSITION_WINDOW >= first;) {
        if (!same_paragraph(t, k, first) || frnp_token_is_char(t->src, tok(t, k), ',') ||
            (tok(t, k)->flags & FRNP_TOKEN_SENTENCE_END))
            break;
        if (frnp_token_in(tok(t, k), FRNP_LEX_ROLE_WORD))
            return k;
    }
    return (size_t)-1;
}

static int note_roles(frnp_speaker_table *t, const frnp_name_run *run, frn_span name)
{
    size_t roles[3] = {run->role, role_after(t, run->last), role_before(t, run->first)};

    for (size_t r = 0; r < 3; r++)
        if (roles[r] != (size_t)-1 && !push_role(t, roles[r], name))
            return 0;
    return 1;
}

/* The longest full name known whose surname a one-word mention is, else NULL. */
static const frn_span *known_full_name(const frnp_speaker_table *t, frn_span mention)
{
    const frn_span *best = NULL;

    for (size_t m = 0; m < t->people_count; m++) {
        frn_span name = t->people[m].name;
        if (same_text(t->src, mention, last_word(t->src, name)) &&
            (!best || name.end - name.start > best->end - best->start))
            best = &t->people[m].name;
    }
    return best;
}

/* First pass: full names that the text confirms as people. */
static int collect_full_names(frnp_speaker_table *t)
{
    size_t i = 0;

    while (i < t->tokens->count) {
        frnp_name_run run;
        size_t next = read_name_run(t, i, &run);
        if (frnp_name_is_full(run.words) && !run_has_organisation_noun(t, &run)) {
            frn_span name = run_span(t, run.first, run.last);
            int confirmed = run.role != (size_t)-1 || followed_as_person(t, run.last) ||
                            role_before(t, run.first) != (size_t)-1;
            if (confirmed &&
                (!push_mention(&t->people, &t->people_count, &t->people_capacity, run.first, name) ||
                 !note_roles(t, &run, name)))
                return 0;
        }
        i = next;
    }
    return 1;
}

/* Second pass: surnames standing alone after their full name, and single
 * names a role or a speech verb marks as people ("President Trump",
 * "Smith said"). */
static int collect_short_mentions(frnp_speaker_table *t)
{
    size_t i = 0, full_names = t->people_count;

    while (i < t->tokens->count) {
        frnp_name_run run;
        size_t next = read_name_run(t, i, &run);
        if (run.words == 1) {
            const frn_span *full = NULL;
            frn_span mention = base_span(t, run.first, run.last);
            for (size_t m = 0; m < full_names && !full; m++)
                if (same_text(t->src, mention, last_word(t->src, t->people[m].name)))
                    full = &t->people[m].name;
            if (full || run.role != (size_t)-1 || followed_as_person(t, run.last)) {
                frn_span name = full ? *full : mention;
                if (!push_mention(&t->people, &t->people_count, &t->people_capacity, run.first, name) ||
                    !note_roles(t, &run, name))
                    return 0;
            }
        }
        i = next;
    }
    return 1;
}

static int by_token(const void *a, const void *b)
{
    const frnp_name_mention *x = a, *y = b;

    return (x->token > y->token) - (x->token < y->token);
}

/* Organisations with a telling last word: "American Civil Liberties Union",
 * "Electronic Frontier Foundation". Connectors may stand inside. */
static int collect_organisations(frnp_speaker_table *t)
{
    size_t i = 0, count = t->tokens->count;

    while (i < count) {
        size_t first = i, end = i, last_noun = (size_t)-1;
        while (end < count && same_paragraph(t, first, end) &&
               (is_capitalized_word(t, end) ||
                (end > first && end + 1 < count && frnp_token_in(tok(t, end), FRNP_LEX_NAME_CONNECTOR) &&
                 is_capitalized_word(t, end + 1)))) {
            if (is_capitalized_word(t, end) && frnp_token_in(tok(t, end), FRNP_LEX_ORGANISATION_NOUN))
                last_noun = end;
            end++;
        }
        if (last_noun != (size_t)-1 && last_noun > first) {
            size_t start = frnp_token_in(tok(t, first), FRNP_LEX_ORGANISATION_ARTICLE) ? first + 1 : first;
            if (start < last_noun &&
                !push_mention(&t->organisations, &t->organisation_count,
                              &t->organisation_capacity, first,
                              run_span(t, start, last_noun + 1)))
                return 0;
        }
        i = end > i ? end : i + 1;
    }
    return 1;
}

frn_status frnp_speaker_table_build(frn_ctx *ctx, const frnp_lexicon *lexicon, const char *src,
                                   const frnp_token_list *tokens, frnp_speaker_table *table)
{
    memset(table, 0, sizeof *table);
    table->lexicon = lexicon;
    table->src = src;
    table->tokens = tokens;
    if (!collect_full_names(table) || !collect_short_mentions(table) || !collect_organisations(table))
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    if (table->people_count > 1)
        qsort(table->people, table->people_count, sizeof *table->people, by_token);
    return FRN_OK;
}

void frnp_speaker_table_release(frnp_speaker_table *table)
{
    free(table->people);
    free(table->roles);
    free(table->organisations);
    memset(table, 0, sizeof *table);
}

static char *copy_span(const char *src, frn_span span, int *failed)
{
    char *copy = frnp_strndup(src + span.start, span.end - span.start);

    if (!copy)
        *failed = 1;
    return copy;
}

/* The person last named before token `before`. */
static char *last_person(const frnp_speaker_table *t, size_t before, int *failed)
{
    for (size_t m = t->people_count; m-- > 0;)
        if (t->people[m].token < before)
            return copy_span(t->src, t->people[m].name, failed);
    return NULL;
}

static int same_token_text(const frnp_speaker_table *t, size_t a, size_t b)
{
    size_t len = base_length(t->src, tok(t, a));

    return frnp_fold_same(t->src + tok(t, a)->start, len, t->src + tok(t, b)->start,
                          base_length(t->src, tok(t, b)));
}

/* The person last given the role word at token `role`. */
static char *person_in_role(const frnp_speaker_table *t, size_t role, int *failed)
{
    const frnp_role_mention *best = NULL;

    for (size_t r = 0; r < t->role_count; r++)
        if (t->roles[r].token < role && same_token_text(t, t->roles[r].token, role))
            best = &t->roles[r];
    return best ? copy_span(t->src, best->name, failed) : NULL;
}

/* The capitalised words before a proxy noun ("a Microsoft spokesperson",
 * "the Amazon statement"), or those of the last earlier mention of the same
 * noun that had them. */
static char *proxy_principal(const frnp_speaker_table *t, size_t first, size_t head, int *failed)
{
    size_t lookback = head > PROXY_LOOKBACK ? head - PROXY_LOOKBACK : 0;

    for (size_t h = head + 1; h-- > lookback;) {
        size_t start = h, floor = h == head ? first : 0;
        if (h != head && !same_token_text(t, h, head))
            continue;
        while (start > floor && is_capitalized_word(t, start - 1) &&
               !frnp_token_in(tok(t, start - 1), FRNP_LEX_NON_NAME_WORD) && same_paragraph(t, start - 1, h))
            start--;
        if (start < h) {
            frn_span span = {tok(t, start)->start,
                             tok(t, h - 1)->start + base_length(t->src, tok(t, h - 1))};
            return copy_span(t->src, span, failed);
        }
    }
    return NULL;
}

/* An organisation for "the group", "the union": the last one named before. */
static char *last_organisation(const frnp_speaker_table *t, size_t before, int *failed)
{
    for (size_t m = t->organisation_count; m-- > 0;)
        if (t->organisations[m].token < before)
            return copy_span(t->src, t->organisations[m].name, failed);
    return NULL;
}

/* An organisation's name used as the mention: "Fight for the Future". */
static int is_organisation_name(const frnp_speaker_table *t, size_t first, size_t last)
{
    int connector = 0;

    if (!is_capitalized_word(t, first) || !is_capitalized_word(t, last - 1))
        return 0;
    for (size_t k = first; k < last; k++) {
        if (frnp_token_in(tok(t, k), FRNP_LEX_ROLE_WORD))
            return 0;
        connector |= frnp_token_in(tok(t, k), FRNP_LEX_NAME_CONNECTOR);
    }
    return connector || frnp_token_in(tok(t, last - 1), FRNP_LEX_ORGANISATION_NOUN);
}

/* The name at the end of a mention, after its roles: "IBM CEO Arvind
 * Krishna" -> "Arvind Krishna", resolved to the fullest known form. */
static char *trailing_name(const frnp_speaker_table *t, size_t first, size_t last, int *failed)
{
    frnp_name_run run;
    const frn_span *full = NULL;
    frn_span mention;

    /* The run of the mention that reaches its end. */
    for (size_t k = first;; k = run.end > k ? run.end : k + 1) {
        frnp_name_run_at(t->src, t->tokens, k, last, &run);
        if (run.end >= last)
            break;
    }
    if (run.first >= run.last)
        return NULL;
    mention = base_span(t, run.first, run.last);
    if (run.words == 1)
        full = known_full_name(t, mention);
    return copy_span(t->src, full ? *full : mention, failed);
}

char *frnp_speaker_resolve(const frnp_speaker_table *t, size_t first, size_t last, int *failed)
{
    size_t head = last - 1;

    *failed = 0;
    if (first >= last)
        return NULL;
    while (first < head && frnp_token_in(tok(t, first), FRNP_LEX_DETERMINER))
        first++;
    if (last - first == 1 && frnp_token_in(tok(t, first), FRNP_LEX_SPEAKER_PRONOUN))
        return frnp_token_in(tok(t, first), FRNP_LEX_PERSON_PRONOUN) ? last_person(t, first, failed) : NULL;
    if (is_organisation_name(t, first, last))
        return copy_span(t->src, run_span(t, first, last), failed);
    if (frnp_token_in(tok(t, head), FRNP_LEX_PROXY_NOUN)) {
        char *principal = proxy_principal(t, first, head, failed);
        if (principal || *failed)
            return principal;
    }
    if (is_capitalized_word(t, head) && !frnp_token_in(tok(t, head), FRNP_LEX_ROLE_WORD))
        return trailing_name(t, first, last, failed);
    if (frnp_token_in(tok(t, head), FRNP_LEX_ROLE_WORD))
        return person_in_role(t, head, failed);
    if (frnp_token_in(tok(t, head), FRNP_LEX_ORGANISATION_NOUN))
        return last_organisation(t, first, failed);
    return NULL;
}
