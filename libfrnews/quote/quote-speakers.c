/* The speaker stage: each quotation's mention resolved to the speaker's
 * fullest name, its cue and mention copied out, its confidence set. */
#include <stdlib.h>
#include <string.h>
#include "core/context.h"
#include "lexicon/person-name.h"
#include "quote-stages.h"
#include "speaker-table.h"
#include "text/utf8.h"

/* How much an unresolved mention ("he" with no one before) lowers the
 * confidence of the attribution. */
#define UNRESOLVED_FACTOR 0.67
/* How far an apposed role's words may run ("a former Obama
 * administration official"). */
#define ROLE_PHRASE_MAX_TOKENS 6

static int copy_span(const char *src, frn_span span, char **out)
{
    *out = frnp_strndup(src + span.start, span.end - span.start);
    return *out != NULL;
}

static int is_role(const frnp_qtext *q, size_t k)
{
    return frnp_q_is(q, k, FRNP_W_ROLE | FRNP_W_PROXY) && !frnp_q_is(q, k, FRNP_W_HONORIFIC);
}

/* Whether token k stands outside the quotation's words (in "CLAUSE ...
 * the nominee, Graham said" the role is the clause's). */
static int outside_quote(const frnp_qtext *q, const frn_quote *quote, size_t k)
{
    const frnp_token *t = frnp_q_token(q, k);

    return t->end <= quote->span.start || t->start >= quote->span.end;
}

/* "the company's chief executive, Tim Cook", "a lawyer for the outlets,
 * David Schulz", "die Sprecherin des Ministeriums, Julia Hoffmann": the
 * role set off before a name starting at token first, right before its
 * comma or before an "of"/"for" phrase or a genitive, and outside the
 * quotation's words (in "CLAUSE ... the nominee, Graham said" the role is
 * the clause's). Its token, or FRNP_NO_TOKEN. */
static size_t apposed_role(const frnp_qtext *q, const frn_quote *quote, size_t first)
{
    size_t role;

    if (!frnp_q_is_capitalized(q, first) || frnp_q_is(q, first, FRNP_W_PRONOUN) ||
        (role = frnp_q_role_before(q, first)) == FRNP_NO_TOKEN || !is_role(q, role))
        return FRNP_NO_TOKEN;
    if (role + 2 != first && !frnp_q_is(q, role + 1, FRNP_W_CONNECTOR | FRNP_W_DETERMINER))
        return FRNP_NO_TOKEN;
    return outside_quote(q, quote, role) ? role : FRNP_NO_TOKEN;
}

/* "said Jane Roe, a spokeswoman for the bank,": the role set off after
 * the name ending before token after, outside the quotation's words. Its
 * token, or FRNP_NO_TOKEN. */
static size_t role_after(const frnp_qtext *q, const frn_quote *quote, size_t after)
{
    size_t role = frnp_q_role_after(q, after);

    if (role == FRNP_NO_TOKEN || !is_role(q, role))
        return FRNP_NO_TOKEN;
    return outside_quote(q, quote, role) ? role : FRNP_NO_TOKEN;
}

/* "a former Obama administration official who ...": a role apposed after
 * a name runs from its first role word to its last, before a comma, a
 * relative pronoun, a connector ("chief of staff") or an adjunct ("a
 * senior fellow at ..."); the end. */
static size_t role_phrase_end(const frnp_qtext *q, size_t role)
{
    size_t end = role + 1;

    for (size_t k = role + 1; k < q->tokens.count && k <= role + ROLE_PHRASE_MAX_TOKENS; k++) {
        if (!frnp_q_is_word(q, k) || frnp_q_is(q, k, FRNP_W_RELATIVE | FRNP_W_ADJUNCT | FRNP_W_CONNECTOR) ||
            !frnp_q_same_paragraph(q, role, k))
            break;
        if (is_role(q, k))
            end = k + 1;
    }
    return end;
}

/* The role words of a mention, apart from its name: "CEO" in "IBM CEO
 * Arvind Krishna", "spokesperson" in "a Microsoft spokesperson", else the
 * word the name recogniser reads as describing the name ("Geologist
 * Martin Krause"), else a role apposed before the name ("chief executive"
 * in "the company's chief executive, Tim Cook") or after it
 * ("spokeswoman" in "Jane Roe, a spokeswoman for the bank,"); titles such
 * as "Mr." are no role. NULL (and success) when there are none. */
static int mention_role(const frnp_qtext *q, const frn_quote *quote, char **out)
{
    size_t first = quote->mention_first, last = quote->mention_last, start = last, end = last;

    *out = NULL;
    for (size_t k = first; k < last; k++) {
        if (is_role(q, k) && start == last && !frnp_q_in_organisation_name(q, k, last))
            start = k;
        if (!is_role(q, k) && start != last) {
            end = k;
            break;
        }
    }
    if (start == last) {
        frnp_name_run run;
        frnp_name_run_at(q->src, &q->tokens, first, last, &run);
        if (run.role != FRNP_NO_TOKEN && run.role >= first && !frnp_q_is(q, run.role, FRNP_W_HONORIFIC) &&
            !frnp_q_in_organisation_name(q, run.role, last)) {
            start = run.role; /* "Geologist" in "Geologist Martin Krause" */
            end = start + 1;
        }
    }
    if (start == last && (end = apposed_role(q, quote, first)) != FRNP_NO_TOKEN)
        for (start = end++; start > 0 && is_role(q, start - 1);)
            start--;
    if (start == last && (start = role_after(q, quote, last)) != FRNP_NO_TOKEN)
        end = role_phrase_end(q, start);
    else if (start == FRNP_NO_TOKEN)
        start = last;
    if (start == last)
        return 1;
    return copy_span(q->src, (frn_span){frnp_q_token(q, start)->start, frnp_q_token(q, end - 1)->end}, out);
}

static int resolve_one(const frnp_qtext *q, const frnp_speaker_table *speakers, frn_quote *quote)
{
    int failed = 0;

    if (quote->cue_span.end > quote->cue_span.start && !copy_span(q->src, quote->cue_span, &quote->cue))
        return 0;
    quote->confidence = quote->attribution_confidence;
    if (quote->mention_first == FRNP_NO_TOKEN)
        return 1;
    quote->mention_span = (frn_span){frnp_q_token(q, quote->mention_first)->start,
                                     frnp_q_token(q, quote->mention_last - 1)->end};
    if (!copy_span(q->src, quote->mention_span, &quote->mention) ||
        !mention_role(q, quote, &quote->role))
        return 0;
    quote->speaker = frnp_speaker_resolve(speakers, quote->mention_first, quote->mention_last, &failed);
    if (!quote->speaker)
        quote->confidence *= UNRESOLVED_FACTOR;
    return !failed;
}

frn_status frnp_quote_speakers_resolve(frn_ctx *ctx, const frnp_qtext *q, frn_quote_list *list)
{
    frnp_speaker_table speakers;
    frn_status status = frnp_speaker_table_build(ctx, q, list, &speakers);

    for (size_t i = 0; status == FRN_OK && i < list->count; i++)
        if (!resolve_one(q, &speakers, &list->items[i]))
            status = frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    frnp_speaker_table_release(&speakers);
    return status;
}
