/* Finding the cue and the speaker mention around a quotation. */
#include <unicode/uchar.h>
#include "lexicon/cue-lexicon.h"
#include "quote-attribution.h"
#include "quote-marks.h"
#include "text/utf8.h"

#define AFTER_WINDOW 12
#define MENTION_MAX_TOKENS 10
#define APPOSITIVE_MAX_TOKENS 30
#define INTRO_MAX_TOKENS 8

static const frnp_token *at(const frnp_token_list *tokens, size_t i)
{
    return &tokens->items[i];
}

static int is_mark(const char *src, const frnp_token *token)
{
    size_t pos = token->start;

    return frnp_is_quotation_mark(frnp_utf8_next(src, token->end, &pos));
}

static int ends_clause(const char *src, const frnp_token *token)
{
    return (token->flags & FRNP_TOKEN_SENTENCE_END) || frnp_token_is_char(src, token, ';') || is_mark(src, token);
}

/* A token that may belong to a speaker's noun phrase. */
static int in_noun_phrase(const char *src, const frnp_token *token)
{
    if (!(token->flags & FRNP_TOKEN_WORD))
        return 0;
    return (token->flags & FRNP_TOKEN_CAPITALIZED) || frnp_token_in(token, FRNP_LEX_ROLE_WORD) ||
           frnp_token_in(token, FRNP_LEX_PROXY_NOUN) || frnp_token_in(token, FRNP_LEX_ORGANISATION_NOUN) ||
           frnp_token_in(token, FRNP_LEX_NAME_CONNECTOR);
}

/* Tokens [first, last) read as a speaker: a pronoun, or a noun phrase of
 * names, roles and nouns, possibly after a determiner. */
static int is_speaker_phrase(const char *src, const frnp_token_list *tokens, size_t first, size_t last)
{
    if (first >= last || last - first > MENTION_MAX_TOKENS)
        return 0;
    if (last - first == 1 && frnp_token_in(at(tokens, first), FRNP_LEX_SPEAKER_PRONOUN))
        return 1;
    if (frnp_token_in(at(tokens, first), FRNP_LEX_DETERMINER))
        first++;
    for (size_t k = first; k < last; k++)
        if (!in_noun_phrase(src, at(tokens, k)))
            return 0;
    return first < last;
}

/* The noun phrase after an inverted cue: "said the spokesperson". */
static size_t phrase_after(const char *src, const frnp_token_list *tokens, size_t start)
{
    size_t end = start;

    if (start >= tokens->count)
        return start;
    if (frnp_token_in(at(tokens, start), FRNP_LEX_SPEAKER_PRONOUN))
        return start + 1;
    if (frnp_token_in(at(tokens, end), FRNP_LEX_DETERMINER))
        end++;
    while (end < tokens->count && end - start < MENTION_MAX_TOKENS && in_noun_phrase(src, at(tokens, end)) &&
           at(tokens, end)->paragraph == at(tokens, start)->paragraph)
        end++;
    while (end > start && frnp_token_in(at(tokens, end - 1), FRNP_LEX_NAME_CONNECTOR))
        end--;
    return is_speaker_phrase(src, tokens, start, end) ? end : start;
}

int frnp_attribution_after(const frnp_lexicon *lexicon, const char *src,
                           const frnp_token_list *tokens, size_t after, frnp_attribution *out)
{
    size_t k = after, limit;

    while (k < tokens->count && frnp_token_is_char(src, at(tokens, k), ','))
        k++;
    if (k >= tokens->count || (after > 0 && at(tokens, k)->paragraph != at(tokens, after - 1)->paragraph))
        return 0;
    limit = k + AFTER_WINDOW;
    for (size_t j = k; j < tokens->count && j < limit && at(tokens, j)->paragraph == at(tokens, k)->paragraph; j++) {
        size_t cue = frnp_cue_length(lexicon, src, tokens, j, 1), mention_end = j;
        if (ends_clause(src, at(tokens, j)) || frnp_token_is_char(src, at(tokens, j), ','))
            return 0;
        if (!cue)
            continue;
        if (j == k) {
            size_t end = phrase_after(src, tokens, j + cue);
            *out = (frnp_attribution){j, j + cue, j + cue, end, end > j + cue ? end : j + cue};
            return 1;
        }
        while (mention_end > k && frnp_token_in(at(tokens, mention_end - 1), FRNP_LEX_CUE_MODIFIER))
            mention_end--;
        if (!is_speaker_phrase(src, tokens, k, mention_end))
            return 0;
        *out = (frnp_attribution){j, j + cue, k, mention_end, j + cue};
        return 1;
    }
    return 0;
}

size_t frnp_sentence_start(const char *src, const frnp_token_list *tokens, size_t i)
{
    size_t paragraph = at(tokens, i)->paragraph, first = tokens->paragraph_first[paragraph];

    while (i > first) {
        const frnp_token *prev = at(tokens, i - 1);
        if ((prev->flags & FRNP_TOKEN_SENTENCE_END) && i < tokens->count &&
            ((at(tokens, i)->flags & FRNP_TOKEN_CAPITALIZED) || is_mark(src, at(tokens, i))))
            break;
        i--;
    }
    return i;
}

/* The speaker phrase ending just before token `end`, skipping back over an
 * apposition between commas ("Grenell, former acting director ..., wrote"). */
static int phrase_before(const char *src, const frnp_token_list *tokens, size_t floor, size_t end,
                         size_t *first_out, size_t *last_out)
{
    size_t start;

    while (end > floor && frnp_token_in(at(tokens, end - 1), FRNP_LEX_CUE_MODIFIER))
        end--;
    if (end > floor && frnp_token_is_char(src, at(tokens, end - 1), ',')) {
        size_t k = end - 1;
        while (k > floor && end - k < APPOSITIVE_MAX_TOKENS && !frnp_token_is_char(src, at(tokens, k - 1), ','))
            k--;
        if (k == floor || end - k >= APPOSITIVE_MAX_TOKENS)
            return 0;
        end = k - 1;
    }
    if (end > floor && frnp_token_in(at(tokens, end - 1), FRNP_LEX_SPEAKER_PRONOUN)) {
        *first_out = end - 1;
        *last_out = end;
        return 1;
    }
    start = end;
    while (start > floor && end - start < MENTION_MAX_TOKENS && in_noun_phrase(src, at(tokens, start - 1)))
        start--;
    while (start < end && frnp_token_in(at(tokens, start), FRNP_LEX_NAME_CONNECTOR))
        start++;
    if (start > floor && frnp_token_in(at(tokens, start - 1), FRNP_LEX_DETERMINER))
        start--;
    if (!is_speaker_phrase(src, tokens, start, end))
        return 0;
    *first_out = start;
    *last_out = end;
    return 1;
}

/* Only ',' ':' "that" and a few words between the cue and the quotation. */
static int introduces(const char *src, const frnp_token_list *tokens, size_t cue_end, size_t open)
{
    if (open - cue_end > INTRO_MAX_TOKENS)
        return 0;
    if (cue_end == open)
        return 1;
    return frnp_token_is_char(src, at(tokens, open - 1), ',') || frnp_token_is_char(src, at(tokens, open - 1), ':') ||
           frnp_token_in(at(tokens, open - 1), FRNP_LEX_COMPLEMENTISER);
}

int frnp_attribution_before(const frnp_lexicon *lexicon, const char *src,
                            const frnp_token_list *tokens, size_t open, int intro_only,
                            frnp_attribution *out)
{
    size_t floor, first, last;

    if (open == 0 || open > tokens->count)
        return 0;
    floor = frnp_sentence_start(src, tokens, open - 1);
    for (size_t j = open; j-- > floor;) {
        size_t cue = frnp_cue_length(lexicon, src, tokens, j, 0);
        if (is_mark(src, at(tokens, j)))
            return 0;
        if (!cue || (j > floor && frnp_cue_length(lexicon, src, tokens, j - 1, 0) == 2))
            continue;
        if (intro_only && !introduces(src, tokens, j + cue, open))
            return 0;
        if (!phrase_before(src, tokens, floor, j, &first, &last))
            return 0;
        *out = (frnp_attribution){j, j + cue, first, last, open};
        return 1;
    }
    return 0;
}
