/* The article analysed once for the quotation stages: tokens, word
 * classes, sentences.
 *
 * A word's classes depend on its letters only, so each distinct word of the
 * article is looked up in the lexicon of its language once (one lookup
 * gives every list the word is in) and remembered in a hash table of the
 * article's words. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>
#include "core/array.h"
#include "core/context.h"
#include "quote-marks.h"
#include "quote-text.h"
#include "text/utf8.h"

typedef struct memo_entry {
    uint64_t hash;
    size_t token; /* a token with these letters, or (size_t)-1 when free */
    frnp_word_info info;
    uint64_t lexicon; /* the token's lexicon classes (text/tokens.h) */
} memo_entry;

typedef struct word_memo {
    memo_entry *entries;
    size_t mask;
    size_t used; /* distinct words held */
} word_memo;


int frnp_q_is_negation(const frnp_qtext *q, size_t i)
{
    const frnp_token *t = frnp_q_token(q, i);
    size_t len = t->end - t->start;
    const char *text = q->src + t->start;

    return frnp_q_is(q, i, FRNP_W_NEGATION) ||
           (len > 3 && (memcmp(text + len - 3, "n't", 3) == 0 ||
                        (len > 5 && memcmp(text + len - 5, "n\xE2\x80\x99t", 5) == 0)));
}

/* A one-character token that is a quotation mark (ICU's Quotation_Mark). */
static int is_mark_token(const frnp_qtext *q, size_t i)
{
    const frnp_token *t = frnp_q_token(q, i);
    size_t pos = t->start;
    unsigned char byte = (unsigned char)q->src[t->start];

    if (byte < 0x80)
        return byte == '"' || byte == '\'';
    return frnp_is_quotation_mark(frnp_utf8_next(q->src, t->end, &pos));
}

static int touches(const frnp_qtext *q, size_t a, size_t b)
{
    return frnp_q_token(q, a)->end == frnp_q_token(q, b)->start;
}

int frnp_q_inside_name(const frnp_qtext *q, size_t i)
{
    if (i == 0 || !touches(q, i - 1, i))
        return 0;
    /* "J. Smith", "U.S. Senate", but not the dot that ends a sentence:
     * "..., sagte Anna Berg. Man werde ..." */
    if (frnp_q_is_char(q, i, '.') && i + 1 < q->tokens.count && q->sentence_of[i + 1] != q->sentence_of[i])
        return 0;
    if (frnp_q_is_char(q, i, '.') || frnp_q_is_char(q, i, '-'))
        return frnp_q_is_capitalized(q, i - 1);
    return frnp_q_is_word(q, i) && i > 1 && frnp_q_is_char(q, i - 1, '-') && touches(q, i - 2, i - 1) &&
           frnp_q_is_capitalized(q, i - 2);
}

int frnp_q_joins_words(const frnp_qtext *q, size_t i)
{
    return i > 0 && i + 1 < q->tokens.count && (frnp_q_is_char(q, i, '-') || frnp_q_is_char(q, i, '/')) &&
           frnp_q_is_word(q, i - 1) && frnp_q_is_word(q, i + 1) && touches(q, i - 1, i) && touches(q, i, i + 1);
}

int frnp_q_is_dash(const frnp_qtext *q, size_t i)
{
    size_t pos = frnp_q_token(q, i)->start;
    UChar32 c = frnp_utf8_next(q->src, frnp_q_token(q, i)->end, &pos);

    if (c == 0x2013 || c == 0x2014 || c == 0x2015)
        return 1;
    /* "-" or "--" set apart, not the hyphen of "well-known". */
    return c == '-' && !(i > 0 && touches(q, i - 1, i) && i + 1 < q->tokens.count && touches(q, i, i + 1));
}

/* How many tokens a role may stand from the name it is apposed to. */
#define APPOSITION_WINDOW 8

size_t frnp_q_role_after(const frnp_qtext *q, size_t after)
{
    if (after >= q->tokens.count || !frnp_q_is_char(q, after, ','))
        return FRNP_NO_TOKEN;
    for (size_t k = after + 1; k < q->tokens.count && k <= after + APPOSITION_WINDOW; k++) {
        if (frnp_q_is_char(q, k, ',') || (frnp_q_token(q, k)->flags & FRNP_TOKEN_SENTENCE_END))
            break;
        if (frnp_q_is(q, k, FRNP_W_ROLE))
            return k;
    }
    return FRNP_NO_TOKEN;
}

size_t frnp_q_role_before(const frnp_qtext *q, size_t first)
{
    if (first == 0 || !frnp_q_is_char(q, first - 1, ','))
        return FRNP_NO_TOKEN;
    for (size_t k = first - 1; k-- > 0 && k + APPOSITION_WINDOW >= first;) {
        if (!frnp_q_same_paragraph(q, k, first) || frnp_q_is_char(q, k, ',') ||
            (frnp_q_token(q, k)->flags & FRNP_TOKEN_SENTENCE_END))
            break;
        if (frnp_q_is(q, k, FRNP_W_ROLE))
            return k;
    }
    return FRNP_NO_TOKEN;
}

int frnp_q_in_organisation_name(const frnp_qtext *q, size_t k, size_t last)
{
    size_t end = k + 1;

    if (!frnp_q_is_capitalized(q, k))
        return 0;
    while (end < last && frnp_q_is_capitalized(q, end))
        end++;
    return end > k + 1 && frnp_q_is(q, end - 1, FRNP_W_ORGANISATION);
}

size_t frnp_q_according_length(const frnp_qtext *q, size_t i)
{
    size_t phrase;

    /* "nach Angaben": only the whole phrase names a source. */
    if (frnp_token_in(frnp_q_token(q, i), FRNP_LEX_ACCORDING_PHRASE)) {
        phrase = frnp_lexicon_token_phrase(q->lexicon, FRNP_PHRASES_ACCORDING_PHRASE, q->src, &q->tokens, i);
        if (phrase)
            return phrase;
    }
    if (!frnp_q_is(q, i, FRNP_W_ACCORDING))
        return 0;
    phrase = frnp_token_in(frnp_q_token(q, i), FRNP_LEX_CUE_PHRASE)
                 ? frnp_lexicon_token_phrase(q->lexicon, FRNP_PHRASES_CUE_PHRASE, q->src, &q->tokens, i)
                 : 0;
    return phrase ? phrase : 1; /* "according to", "laut" */
}

size_t frnp_q_impersonal_length(const frnp_qtext *q, size_t i)
{
    if (!frnp_token_in(frnp_q_token(q, i), FRNP_LEX_IMPERSONAL_CUE))
        return 0;
    return frnp_lexicon_token_phrase(q->lexicon, FRNP_PHRASES_IMPERSONAL_CUE, q->src, &q->tokens, i);
}

size_t frnp_q_skip_modifiers(const frnp_qtext *q, size_t i, size_t stop)
{
    while (i < stop && frnp_q_is(q, i, FRNP_W_MODIFIER))
        i++;
    return i;
}

size_t frnp_q_cue_length(const frnp_qtext *q, size_t i, int after_quote)
{
    size_t according = frnp_q_according_length(q, i), phrase;

    if (according)
        return according;
    if ((phrase = frnp_q_impersonal_length(q, i)) > 0)
        return phrase; /* "hieß es" */
    if (frnp_token_in(frnp_q_token(q, i), FRNP_LEX_CUE_PHRASE)) {
        phrase = frnp_lexicon_token_phrase(q->lexicon, FRNP_PHRASES_CUE_PHRASE, q->src, &q->tokens, i);
        if (phrase)
            return phrase; /* "pointed out" */
    }
    if (frnp_q_is(q, i, FRNP_W_CUE))
        return 1;
    return after_quote && frnp_q_is(q, i, FRNP_W_CUE_AFTER) ? 1 : 0;
}

/* What each list of the lexicon makes a word, for attribution. */
static const struct {
    uint64_t lex;
    unsigned word;
} lex_to_word[] = {
    {FRNP_LEX_CUE_VERB, FRNP_W_CUE | FRNP_W_REPORT},
    {FRNP_LEX_AFTER_QUOTE_CUE, FRNP_W_CUE_AFTER},
    {FRNP_LEX_ACCORDING_TO, FRNP_W_ACCORDING},
    {FRNP_LEX_TELL_VERB, FRNP_W_TELL},
    {FRNP_LEX_REPORT_VERB, FRNP_W_REPORT},
    {FRNP_LEX_SEPARABLE_CUE_VERB, FRNP_W_REPORT},
    {FRNP_LEX_REPORT_BEFORE_THAT, FRNP_W_NEEDS_THAT},
    {FRNP_LEX_CUE_MODIFIER, FRNP_W_MODIFIER},
    {FRNP_LEX_COMPLEMENTISER, FRNP_W_COMPLEMENTISER},
    {FRNP_LEX_CUE_PARTICLE, FRNP_W_PARTICLE},
    {FRNP_LEX_CLAUSE_STOP, FRNP_W_CLAUSE_STOP},
    {FRNP_LEX_CLAUSE_CONTINUER, FRNP_W_CLAUSE_CONTINUER},
    {FRNP_LEX_RELATIVE_PRONOUN, FRNP_W_RELATIVE},
    {FRNP_LEX_BE_FORM, FRNP_W_BE},
    {FRNP_LEX_ADJUNCT_OPENER, FRNP_W_ADJUNCT},
    {FRNP_LEX_CLAUSE_CONJUNCTION, FRNP_W_CONJUNCTION},
    {FRNP_LEX_NEGATION, FRNP_W_NEGATION},
    {FRNP_LEX_SPEAKER_PRONOUN, FRNP_W_PRONOUN},
    {FRNP_LEX_PRONOUN_MALE, FRNP_W_PRONOUN | FRNP_W_MALE},
    {FRNP_LEX_PRONOUN_FEMALE, FRNP_W_PRONOUN | FRNP_W_FEMALE},
    {FRNP_LEX_ROLE_FEMALE, FRNP_W_FEMALE},
    {FRNP_LEX_PRONOUN_NEUTER, FRNP_W_PRONOUN},
    {FRNP_LEX_DETERMINER, FRNP_W_DETERMINER},
    {FRNP_LEX_ROLE_WORD, FRNP_W_ROLE},
    {FRNP_LEX_HONORIFIC, FRNP_W_HONORIFIC | FRNP_W_ROLE},
    {FRNP_LEX_HONORIFIC_MALE, FRNP_W_MALE},
    {FRNP_LEX_HONORIFIC_FEMALE, FRNP_W_FEMALE},
    {FRNP_LEX_GIVEN_NAME_MALE, FRNP_W_GIVEN_NAME | FRNP_W_MALE},
    {FRNP_LEX_GIVEN_NAME_FEMALE, FRNP_W_GIVEN_NAME | FRNP_W_FEMALE},
    {FRNP_LEX_PROXY_NOUN, FRNP_W_PROXY},
    {FRNP_LEX_ORGANISATION_NOUN, FRNP_W_ORGANISATION},
    {FRNP_LEX_ORGANISATION_ARTICLE, FRNP_W_ORGANISATION_ARTICLE},
    {FRNP_LEX_OUTLET_WORD, FRNP_W_OUTLET},
    {FRNP_LEX_PLACE_WORD, FRNP_W_PLACE},
    {FRNP_LEX_NAME_CONNECTOR, FRNP_W_CONNECTOR},
    {FRNP_LEX_NON_NAME_WORD, FRNP_W_NON_NAME},
};

/* One lookup answers every question about a word. */
static frnp_word_info classify(const frnp_qtext *q, size_t i, uint64_t *lexicon_classes)
{
    const frnp_token *t = frnp_q_token(q, i);
    frnp_lex_word entry = frnp_lexicon_word(q->lexicon, q->src + t->start, t->end - t->start);
    frnp_word_info info = {0, entry.weight};

    *lexicon_classes = entry.classes;
    if (!entry.classes)
        return info; /* most words are in no list */
    for (size_t k = 0; k < sizeof lex_to_word / sizeof lex_to_word[0]; k++)
        if (entry.classes & lex_to_word[k].lex)
            info.classes |= lex_to_word[k].word;
    /* A name given to both sexes tells neither, unless the language
     * mostly gives it to one ("Hillary", "Bill" in English). */
    if ((info.classes & (FRNP_W_MALE | FRNP_W_FEMALE)) == (FRNP_W_MALE | FRNP_W_FEMALE)) {
        info.classes &= ~(unsigned)(FRNP_W_MALE | FRNP_W_FEMALE);
        if (entry.classes & FRNP_LEX_GIVEN_NAME_MOSTLY_MALE)
            info.classes |= FRNP_W_MALE;
        else if (entry.classes & FRNP_LEX_GIVEN_NAME_MOSTLY_FEMALE)
            info.classes |= FRNP_W_FEMALE;
    }
    return info;
}

#define MEMO_INITIAL_CAPACITY 1024 /* a power of two */

static int memo_alloc(word_memo *memo, size_t capacity)
{
    memo->entries = malloc(capacity * sizeof *memo->entries);
    if (!memo->entries)
        return 0;
    for (size_t k = 0; k < capacity; k++)
        memo->entries[k].token = (size_t)-1;
    memo->mask = capacity - 1;
    memo->used = 0;
    return 1;
}

/* The slot holding the letters of token i, or the free slot where they go. */
static size_t memo_slot(const word_memo *memo, const frnp_qtext *q, size_t i, uint64_t hash)
{
    const frnp_token *t = frnp_q_token(q, i);
    size_t len = t->end - t->start, k;

    for (k = hash & memo->mask; memo->entries[k].token != (size_t)-1; k = (k + 1) & memo->mask) {
        const frnp_token *seen = frnp_q_token(q, memo->entries[k].token);
        if (memo->entries[k].hash == hash && seen->end - seen->start == len &&
            memcmp(q->src + seen->start, q->src + t->start, len) == 0)
            break;
    }
    return k;
}

/* Twice the slots, the entries moved by their stored hash: the memo grows
 * with the article's distinct words, not its tokens (a long text repeats
 * its words), so a huge input costs memory for what it holds. */
static int memo_grow(word_memo *memo)
{
    word_memo bigger;

    if (!memo_alloc(&bigger, 2 * (memo->mask + 1)))
        return 0;
    for (size_t k = 0; k <= memo->mask; k++) {
        size_t slot;
        if (memo->entries[k].token == (size_t)-1)
            continue;
        for (slot = memo->entries[k].hash & bigger.mask; bigger.entries[slot].token != (size_t)-1;
             slot = (slot + 1) & bigger.mask)
            ;
        bigger.entries[slot] = memo->entries[k];
    }
    bigger.used = memo->used;
    free(memo->entries);
    *memo = bigger;
    return 1;
}

static frn_status classify_words(frn_ctx *ctx, frnp_qtext *q)
{
    word_memo memo = {NULL, 0, 0};
    int ok;

    q->words = calloc(q->tokens.count + 1, sizeof *q->words);
    ok = q->words && memo_alloc(&memo, MEMO_INITIAL_CAPACITY);
    for (size_t i = 0; ok && i < q->tokens.count; i++) {
        const frnp_token *t = frnp_q_token(q, i);
        uint64_t hash;
        size_t k;
        if (!(t->flags & FRNP_TOKEN_WORD)) {
            if (is_mark_token(q, i))
                q->words[i].classes = FRNP_W_MARK;
            continue;
        }
        hash = XXH3_64bits(q->src + t->start, t->end - t->start);
        k = memo_slot(&memo, q, i, hash);
        if (memo.entries[k].token == (size_t)-1) {
            /* At most half full, so every probe stays short. */
            if (2 * (memo.used + 1) > memo.mask + 1) {
                if (!(ok = memo_grow(&memo)))
                    break;
                k = memo_slot(&memo, q, i, hash);
            }
            memo.entries[k].hash = hash;
            memo.entries[k].token = i;
            memo.entries[k].info = classify(q, i, &memo.entries[k].lexicon);
            memo.used++;
        }
        q->words[i] = memo.entries[k].info;
        q->tokens.items[i].lexicon = memo.entries[k].lexicon;
    }
    free(memo.entries);
    return ok ? FRN_OK : frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
}

/* The headline's span in the source, when the source prints it before the
 * body (a plain-text article's first line); {0, 0} otherwise. */
static frn_span headline_span(const frn_article *article, const char *src, size_t body_start)
{
    const char *title = frn_article_get_title(article);
    size_t len = title ? strlen(title) : 0;

    /* Only where a line starts: linear in what precedes the body. */
    for (size_t k = 0; len > 0 && k + len <= body_start; k++)
        if ((k == 0 || src[k - 1] == '\n') && memcmp(src + k, title, len) == 0)
            return (frn_span){k, k + len};
    return (frn_span){0, 0};
}

static frn_status read_paragraphs(frn_ctx *ctx, const frn_article *article, frnp_qtext *q)
{
    size_t count = frn_article_get_paragraph_count(article), p = 0;
    frn_span headline;

    q->src = frn_article_get_source(article, NULL);
    q->paragraphs = malloc((count + 2) * sizeof *q->paragraphs);
    if (!q->paragraphs)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    q->headline = FRNP_NO_HEADLINE;
    headline = count ? headline_span(article, q->src, frn_article_get_paragraph(article, 0).start) : (frn_span){0, 0};
    if (headline.end > headline.start) {
        q->paragraphs[p++] = headline;
        q->headline = 0;
    }
    for (size_t k = 0; k < count; k++)
        q->paragraphs[p++] = frn_article_get_paragraph(article, k);
    q->paragraph_count = p;
    return FRN_OK;
}

/* Headlines in title case ("Lindsey Graham Says Trump Could ...")
 * capitalise their verbs too. */
static void read_headline_case(frnp_qtext *q)
{
    size_t words = 0, capitalised = 0;

    if (q->headline == FRNP_NO_HEADLINE)
        return;
    for (size_t i = q->tokens.paragraph_first[q->headline]; i < q->tokens.paragraph_first[q->headline + 1]; i++) {
        const frnp_token *t = frnp_q_token(q, i);
        if (!frnp_q_is_word(q, i) || t->end - t->start < 4)
            continue;
        words++;
        capitalised += frnp_q_is_capitalized(q, i);
    }
    q->headline_title_case = words >= 2 && capitalised * 4 >= words * 3;
}

/* The speech classes a word loses when written with a capital inside a
 * sentence, outside a title-case headline: there it is a name's word ("the
 * State Department said", "Battleground States average"). The cue lists
 * hold verbs, which no language here capitalises inside a sentence. */
#define SPEECH_CLASSES (FRNP_W_CUE | FRNP_W_CUE_AFTER | FRNP_W_REPORT | FRNP_W_NEEDS_THAT | FRNP_W_TELL)

static void read_capitalised_names(frnp_qtext *q)
{
    for (size_t i = 0; i < q->tokens.count; i++)
        if ((q->words[i].classes & SPEECH_CLASSES) && frnp_q_is_capitalized(q, i) &&
            i > frnp_q_sentence_first(q, i) && !frnp_q_in_title_case(q, i))
            q->words[i].classes &= ~(unsigned)SPEECH_CLASSES;
}

size_t frnp_q_report_phrase_length(const frnp_qtext *q, size_t i)
{
    if (!frnp_token_in(frnp_q_token(q, i), FRNP_LEX_REPORT_PHRASE))
        return 0;
    return frnp_lexicon_token_phrase(q->lexicon, FRNP_PHRASES_REPORT_PHRASE, q->src, &q->tokens, i);
}

/* "Die Polizei geht davon aus, dass ...": where a report phrase stands, its
 * first word reports, though alone it does not ("geht"). */
static void read_report_phrases(frnp_qtext *q)
{
    for (size_t i = 0; i < q->tokens.count; i++)
        if (frnp_q_report_phrase_length(q, i) > 0)
            q->words[i].classes |= FRNP_W_REPORT;
}

frn_status frnp_qtext_build(frn_ctx *ctx, const frn_article *article, frnp_qtext *q)
{
    frn_status status;

    memset(q, 0, sizeof *q);
    /* Articles whose language is not known, or has no lexicon, are read as
     * English. */
    q->lexicon = frnp_lexicon_get(frn_article_get_language(article));
    status = read_paragraphs(ctx, article, q);
    if (status == FRN_OK)
        status = frnp_tokens_segment(ctx, q->src, q->paragraphs, q->paragraph_count, &q->tokens);
    if (status == FRN_OK)
        status = classify_words(ctx, q);
    if (status == FRN_OK)
        status = frnp_qtext_find_sentences(ctx, q);
    if (status == FRN_OK) {
        read_headline_case(q);
        read_report_phrases(q);
        read_capitalised_names(q);
    }
    if (status != FRN_OK)
        frnp_qtext_release(q);
    return status;
}

void frnp_qtext_release(frnp_qtext *q)
{
    frnp_tokens_release(&q->tokens);
    free(q->paragraphs);
    free(q->words);
    free(q->sentence_of);
    free(q->sentences);
    memset(q, 0, sizeof *q);
}
