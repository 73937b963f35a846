/* Person names over tagged tokens. */
#include <string.h>
#include <unicode/uchar.h>
#include "person-name.h"
#include "text/utf8.h"

/* What may stand before a name: a role or an honorific. */
#define TITLE (FRNP_LEX_ROLE_WORD | FRNP_LEX_HONORIFIC)

static const frnp_token *at(const frnp_token_list *tokens, size_t i)
{
    return &tokens->items[i];
}

/* Nothing between the two tokens: "Ocasio-Cortez", "J." */
static int adjacent(const frnp_token *a, const frnp_token *b)
{
    return a->end == b->start;
}

/* A capitalised word that may go on a name after an initial or a
 * particle: not one of the words that begin no name ("X. He said"). */
static int can_go_on(const frnp_token *token)
{
    return frnp_token_is_capitalized(token) && !frnp_token_in(token, FRNP_LEX_NON_NAME_WORD);
}

/* A capital letter, or capitals with dots between them ("H.G"), before
 * the dot that ends an initial. */
static int is_initial(const char *src, const frnp_token *token)
{
    size_t pos = token->start;

    while (pos < token->end) {
        if (!u_isupper(frnp_utf8_next(src, token->end, &pos)))
            return 0;
        if (pos < token->end && src[pos++] != '.')
            return 0;
    }
    return 1;
}

/* How many tokens from k go on the run whose last token is k - 1 (all in
 * the paragraph of the run's first token, i, and before limit): a capitalised word; an
 * initial's dot ("J." before "K. Rowling"); a hyphen between two words
 * ("Ocasio-Cortez"); particles before a word ("von der Leyen"). 0 when the
 * run ends at k. */
static size_t continuation(const char *src, const frnp_token_list *tokens, size_t i, size_t k,
                           size_t limit)
{
    size_t paragraph = at(tokens, i)->paragraph, n = 0;
    const frnp_token *prev = at(tokens, k - 1), *token;

#define IN_RUN(j) ((j) < limit && at(tokens, j)->paragraph == paragraph)
    if (!IN_RUN(k))
        return 0;
    token = at(tokens, k);
    if (frnp_token_is_capitalized(token))
        return 1;
    if (frnp_token_is_char(src, token, '.') && adjacent(prev, token) && is_initial(src, prev))
        return IN_RUN(k + 1) && can_go_on(at(tokens, k + 1)) ? 1 : 0;
    if (frnp_token_is_char(src, token, '-') && adjacent(prev, token))
        return IN_RUN(k + 1) && adjacent(token, at(tokens, k + 1)) &&
                       frnp_token_is_capitalized(at(tokens, k + 1)) ? 2 : 0;
    while (IN_RUN(k + n) && frnp_token_in(at(tokens, k + n), FRNP_LEX_NAME_PARTICLE) &&
           !frnp_token_is_capitalized(at(tokens, k + n)))
        n++;
    return n > 0 && IN_RUN(k + n) && can_go_on(at(tokens, k + n)) ? n + 1 : 0;
#undef IN_RUN
}

/* The name's words: capitalised tokens, a hyphenated word once. */
static size_t count_words(const char *src, const frnp_token_list *tokens, size_t first, size_t last)
{
    size_t words = 0;

    for (size_t k = first; k < last; k++)
        words += frnp_token_is_capitalized(at(tokens, k)) &&
                 !(k > first && frnp_token_is_char(src, at(tokens, k - 1), '-'));
    return words;
}

/* "Stephan Weil", "Frank Will": right after a given name, a word that
 * would begin no name is the surname (a title is still a title:
 * "Charlotte Mayor Jennifer Roberts"). */
static int after_given_name(const frnp_token_list *tokens, size_t i, size_t k)
{
    return k > i && !frnp_token_in(at(tokens, k), TITLE) &&
           frnp_token_in(at(tokens, k - 1), FRNP_LEX_GIVEN_NAME_MALE | FRNP_LEX_GIVEN_NAME_FEMALE) &&
           !frnp_token_in(at(tokens, k - 1), TITLE | FRNP_LEX_NON_NAME_WORD);
}

/* "NBC's", "NBC’s": a possessive. */
static int is_possessive(const char *src, const frnp_token *token)
{
    size_t n = token->end - token->start;
    const char *end = src + token->end;

    return (n > 2 && end[-1] == 's' && end[-2] == '\'') ||
           (n > 4 && end[-1] == 's' && memcmp(end - 4, "\xE2\x80\x99", 3) == 0);
}

/* "Geologist Martin Krause", "Organizer Jane Roe": a capitalised word
 * that is no given name, before a given name and a surname, describes the
 * person whose name follows, as a role would ("NBC's Lester Holt" says
 * whose, so is no role). Not
 * in the name of a paper or a place ("New York Times": York is a given
 * name too). */
static int describes_the_name(const frnp_token_list *tokens, size_t first, size_t end)
{
    const uint64_t given = FRNP_LEX_GIVEN_NAME_MALE | FRNP_LEX_GIVEN_NAME_FEMALE;
    const uint64_t no_person = FRNP_LEX_OUTLET_WORD | FRNP_LEX_ORGANISATION_NOUN | FRNP_LEX_PLACE_WORD;

    if (first + 3 > end || !frnp_token_is_capitalized(at(tokens, first)) ||
        frnp_token_in(at(tokens, first), given | FRNP_LEX_NAME_PARTICLE) ||
        !frnp_token_is_capitalized(at(tokens, first + 1)) || !frnp_token_in(at(tokens, first + 1), given) ||
        !frnp_token_is_capitalized(at(tokens, first + 2)))
        return 0;
    for (size_t k = first + 2; k < end; k++)
        if (frnp_token_in(at(tokens, k), no_person))
            return 0;
    return 1;
}

void frnp_name_run_at(const char *src, const frnp_token_list *tokens, size_t i, size_t limit,
                      frnp_name_run *run)
{
    size_t end = i, n;

    if (limit > tokens->count)
        limit = tokens->count;
    run->role = FRNP_NO_TOKEN;
    if (i < limit && frnp_token_is_capitalized(at(tokens, i)))
        for (end = i + 1; (n = continuation(src, tokens, i, end, limit)) > 0;)
            end += n;
    run->start = i;
    run->end = end;
    run->written_words = count_words(src, tokens, i, end);
    if (i > 0 && i < tokens->count && at(tokens, i - 1)->paragraph == at(tokens, i)->paragraph &&
        frnp_token_in(at(tokens, i - 1), TITLE))
        run->role = i - 1;
    /* The name starts after the last title, role or word that begins none. */
    run->first = i;
    for (size_t k = i; k < end; k++)
        if (frnp_token_in(at(tokens, k), TITLE | FRNP_LEX_NON_NAME_WORD) && !after_given_name(tokens, i, k)) {
            if (frnp_token_in(at(tokens, k), TITLE))
                run->role = k;
            run->first = k + 1;
        }
    while (run->first < end && !frnp_token_is_capitalized(at(tokens, run->first)))
        run->first++;
    if (describes_the_name(tokens, run->first, end)) {
        if (!is_possessive(src, at(tokens, run->first)))
            run->role = run->first;
        run->first++;
    }
    run->last = end > run->first ? end : run->first;
    run->words = count_words(src, tokens, run->first, run->last);
}

int frnp_name_is_full(size_t words)
{
    return words >= FRNP_NAME_MIN_WORDS && words <= FRNP_NAME_MAX_WORDS;
}
