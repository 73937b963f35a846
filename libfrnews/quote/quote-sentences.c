/* Sentences of the article, cut from its tokens.
 *
 * The rules are those of UAX #29 that matter in news text, read on the
 * tokens the stages already have (no second pass over the text): a
 * sentence ends at '.', '!' or '?' and the closing marks and brackets after
 * it, when white space and then something other than a lower-case word
 * follow. A dot after an initial, an honorific or an abbreviation ("Vann R.
 * Newkirk", "Gov. Pat McCrory", "Sept. 26") ends nothing before a name or
 * a number; ICU's rules, even with their standard suppressions, end a
 * sentence there. Unlike them, '?' and '!' end no sentence before a
 * lower-case word either ("“Why?” she asked."): the attribution goes on. */
#include <stdlib.h>
#include "core/array.h"
#include "core/context.h"
#include "quote-text.h"

static int is_terminator(const frnp_qtext *q, size_t i)
{
    return (frnp_q_token(q, i)->flags & FRNP_TOKEN_SENTENCE_END) != 0;
}

/* What may close a sentence after its terminator: '”', '’', ')', ']'
 * (touching it: a mark after a space opens the next sentence). */
static int is_closer(const frnp_qtext *q, size_t i)
{
    return frnp_q_is_mark(q, i) || frnp_q_is_char(q, i, ')') || frnp_q_is_char(q, i, ']');
}

/* A dot that ends an initial, an honorific or an abbreviation, before the
 * token `next`. */
static int is_abbreviation_dot(const frnp_qtext *q, size_t dot, size_t next)
{
    const frnp_token *word;

    if (dot == 0 || !frnp_q_is_char(q, dot, '.') || !frnp_q_is_word(q, next))
        return 0;
    word = frnp_q_token(q, dot - 1);
    if (word->end != frnp_q_token(q, dot)->start || !frnp_q_is_capitalized(q, dot - 1))
        return 0;
    if (word->end - word->start == 1 || frnp_token_in(word, FRNP_LEX_HONORIFIC))
        return frnp_q_is_capitalized(q, next);
    return frnp_token_in(word, FRNP_LEX_ABBREVIATION) && (frnp_q_is_capitalized(q, next) || frnp_q_starts_with_digit(q, next));
}

/* Where the sentence whose terminator is token i ends (the token after its
 * closers), or 0 when it goes on. */
static size_t sentence_end(const frnp_qtext *q, size_t i, size_t end)
{
    size_t next = i + 1;

    while (next < end && is_closer(q, next) && frnp_q_token(q, next - 1)->end == frnp_q_token(q, next)->start)
        next++; /* closing, so touching what it closes */
    if (next >= end)
        return end;
    if (frnp_q_token(q, next - 1)->end == frnp_q_token(q, next)->start)
        return 0; /* no space: "U.S.-led", "3.5" */
    if (frnp_q_is_word(q, next) && !frnp_q_is_capitalized(q, next) && !frnp_q_starts_with_digit(q, next))
        return 0; /* "“Why?” she asked", "U.S. officials" */
    if (!frnp_q_is_word(q, next) && !frnp_q_is_mark(q, next) && !frnp_q_is_char(q, next, '(') &&
        !frnp_q_is_char(q, next, '['))
        return 0; /* "Mr. Smith, Jr., said", "etc.;" */
    return is_abbreviation_dot(q, i, next) ? 0 : next;
}

static int push_sentence(frnp_qtext *q, size_t *capacity, size_t first, size_t last)
{
    if (!frnp_array_reserve(&q->sentences, capacity, q->sentence_count + 1, sizeof *q->sentences))
        return 0;
    q->sentences[q->sentence_count++] = (frnp_sentence){first, last};
    for (size_t i = first; i < last; i++)
        q->sentence_of[i] = q->sentence_count - 1;
    return 1;
}

frn_status frnp_qtext_find_sentences(frn_ctx *ctx, frnp_qtext *q)
{
    size_t capacity = 0;

    q->sentence_of = malloc((q->tokens.count + 1) * sizeof *q->sentence_of);
    if (!q->sentence_of)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    for (size_t p = 0; p < q->paragraph_count; p++) {
        size_t first = q->tokens.paragraph_first[p], end = q->tokens.paragraph_first[p + 1];
        for (size_t i = first; i < end; i++) {
            size_t last = is_terminator(q, i) ? sentence_end(q, i, end) : 0;
            if (last == 0 || last == end)
                continue;
            if (!push_sentence(q, &capacity, first, last))
                return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
            first = last;
            i = last - 1;
        }
        if (first < end && !push_sentence(q, &capacity, first, end))
            return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    }
    return FRN_OK;
}
