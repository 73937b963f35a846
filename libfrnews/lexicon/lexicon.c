/* Lookups in the compiled tables: words by hash, phrases by binary search
 * of their folded bytes, substrings by the automaton the generator built. */
#include <string.h>
#include <unicode/utf8.h>
#include "lexicon-hash.h"
#include "lexicon-tables.h"
#include "lexicon.h"
#include "text/text-fold.h"
#include "text/text-match.h"

/* Room for the longest word entry and the code point that overflows it. */
#define FOLD_BUFFER (FRNP_LEX_WORD_MAX + U8_MAX_LENGTH)

const frnp_lexicon *frnp_lexicon_get(const char *language)
{
    size_t primary = language ? strcspn(language, "-_") : 0;

    for (size_t i = 0; primary > 0 && i < frnp_lexicon_count; i++) {
        const char *tag = frnp_lexicons[i]->language;
        if (strlen(tag) == primary && frnp_fold_equals(language, primary, tag, primary))
            return frnp_lexicons[i];
    }
    return frnp_lexicons[0];
}

const char *frnp_lexicon_language(const frnp_lexicon *lexicon)
{
    return lexicon->language;
}

/* Bytes compared as unsigned, a prefix first. Inline rather than memcmp:
 * keys are words, and most comparisons end within their first bytes. */
static int compare_key(const char *key, size_t len, const frnp_lex_entry *entry)
{
    size_t n = len < entry->len ? len : entry->len;

    for (size_t i = 0; i < n; i++)
        if (key[i] != entry->text[i])
            return (unsigned char)key[i] - (unsigned char)entry->text[i];
    return (len > entry->len) - (len < entry->len);
}

/* Index of the first entry not below key. */
static size_t lower_bound(const frnp_lex_table *table, const char *key, size_t len)
{
    size_t lo = 0, hi = table->count;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (compare_key(key, len, &table->entries[mid]) > 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static const frnp_lex_entry *find(const frnp_lex_table *table, const char *key, size_t len)
{
    size_t at = lower_bound(table, key, len);

    return at < table->count && compare_key(key, len, &table->entries[at]) == 0
               ? &table->entries[at] : NULL;
}

/* One probe a word on average: the binary search took about fourteen
 * comparisons in the English table. hash is frnp_lex_hash(key, len). */
static const frnp_lex_entry *find_hashed_word(const frnp_lexicon *lexicon, const char *key, size_t len,
                                              uint32_t hash)
{
    size_t mask = lexicon->word_slot_count - 1;

    if (lexicon->word_slot_count == 0)
        return NULL;
    for (size_t at = hash & mask; lexicon->word_slots[at]; at = (at + 1) & mask) {
        size_t k = lexicon->word_slots[at] - 1;
        const frnp_lex_entry *entry = k < lexicon->words.count ? &lexicon->words.entries[k]
                                                               : &lexicon->shared_words.entries[k - lexicon->words.count];
        if (entry->len == len && compare_key(key, len, entry) == 0)
            return entry;
    }
    return NULL;
}

static const frnp_lex_entry *find_word(const frnp_lexicon *lexicon, const char *key, size_t len)
{
    return find_hashed_word(lexicon, key, len, frnp_lex_hash(key, len));
}

/* Most words are short and ASCII: folded and hashed in one pass, without
 * the general fold. 0 when the word is not such a word (the caller then
 * folds it the general way), else its length. */
static size_t fold_ascii_word(const char *word, size_t len, char folded[FRNP_LEX_WORD_MAX], uint32_t *hash)
{
    uint32_t h = FRNP_LEX_HASH_START;

    if (len > FRNP_LEX_WORD_MAX)
        return 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char byte = (unsigned char)word[i];
        if (byte >= 0x80)
            return 0;
        byte = frnp_fold_ascii(byte);
        folded[i] = (char)byte;
        h = frnp_lex_hash_byte(h, byte);
    }
    *hash = h;
    return len;
}

/* The folded word in buffer, or 0 when it is longer than any entry. */
static size_t fold_word(const char *word, size_t len, char buffer[FOLD_BUFFER])
{
    size_t consumed, n = frnp_fold(word, len, buffer, FOLD_BUFFER, &consumed);

    return consumed == len && n <= FRNP_LEX_WORD_MAX ? n : 0;
}

/* A compound's role suffix starts after this many bytes of its own, and
 * is at least this long ("Parteichef": chef). */
#define ROLE_SUFFIX_MIN_HEAD 3
#define ROLE_SUFFIX_MIN_BYTES 4
#define ROLE_SUFFIX_MAX_TAIL (3 * FRNP_LEX_WORD_MAX)

/* An upper-case first letter: ASCII, or Latin-1's (Ä, Ö, Ü). */
static int starts_upper(const char *word, size_t len)
{
    unsigned char c = (unsigned char)word[0], next = len > 1 ? (unsigned char)word[1] : 0;

    return (c >= 'A' && c <= 'Z') || (c == 0xC3 && next >= 0x80 && next <= 0x9E);
}

size_t frnp_lexicon_role_suffix(const frnp_lexicon *lexicon, const char *word, size_t len)
{
    const frnp_lex_table *suffixes = &lexicon->phrases[FRNP_PHRASES_ROLE_SUFFIX];
    char folded[FOLD_BUFFER];
    size_t k;

    if (suffixes->count == 0 || len < ROLE_SUFFIX_MIN_HEAD + ROLE_SUFFIX_MIN_BYTES || !starts_upper(word, len))
        return 0;
    /* The longest suffix first: "Geschäftsführerin" is a geschäftsführerin.
     * A tail folds to a third of its bytes or more (the Kelvin sign's three
     * to "k"), so a tail longer than ROLE_SUFFIX_MAX_TAIL is no entry. */
    k = len > ROLE_SUFFIX_MIN_HEAD + ROLE_SUFFIX_MAX_TAIL ? len - ROLE_SUFFIX_MAX_TAIL : ROLE_SUFFIX_MIN_HEAD;
    for (; k + ROLE_SUFFIX_MIN_BYTES <= len; k++) {
        size_t n;
        if (U8_IS_TRAIL(word[k]))
            continue;
        n = fold_word(word + k, len - k, folded);
        if (n > 0 && find(suffixes, folded, n))
            return k;
    }
    return 0;
}

frnp_lex_word frnp_lexicon_word(const frnp_lexicon *lexicon, const char *word, size_t len)
{
    char folded[FOLD_BUFFER];
    uint32_t hash;
    size_t n = fold_ascii_word(word, len, folded, &hash);
    const frnp_lex_entry *entry = n ? find_hashed_word(lexicon, folded, n, hash) : NULL;
    frnp_lex_word found = {0, 1.0f};

    if (n == 0 && (n = fold_word(word, len, folded)) > 0)
        entry = find_word(lexicon, folded, n);

    if (entry) {
        found.classes = entry->classes;
        found.weight = entry->weight;
    }
    if (!(found.classes & FRNP_LEX_ROLE_WORD) && (n = frnp_lexicon_role_suffix(lexicon, word, len)) > 0) {
        /* A compound is what its last part is: "Bahnsprecherin" is a
         * role and, as "Sprecherin" is, a proxy held by a woman. */
        size_t tail = fold_word(word + n, len - n, folded);
        const frnp_lex_entry *head = tail ? find_word(lexicon, folded, tail) : NULL;
        found.classes |= FRNP_LEX_ROLE_WORD | (head ? head->classes & (FRNP_LEX_PROXY_NOUN | FRNP_LEX_ROLE_FEMALE) : 0);
    }
    return found;
}

uint64_t frnp_lexicon_classes(const frnp_lexicon *lexicon, const char *word, size_t len)
{
    return frnp_lexicon_word(lexicon, word, len).classes;
}

uint64_t frnp_lexicon_folded_classes(const frnp_lexicon *lexicon, const char *folded, size_t len)
{
    const frnp_lex_entry *entry = len > 0 && len <= FRNP_LEX_WORD_MAX ? find_word(lexicon, folded, len) : NULL;

    return entry ? entry->classes : 0;
}

void frnp_lexicon_each_word(const frnp_lexicon *lexicon, uint64_t classes,
                            void (*fn)(void *data, const char *word, size_t len), void *data)
{
    for (size_t i = 0; i < lexicon->words.count; i++)
        if (lexicon->words.entries[i].classes & classes)
            fn(data, lexicon->words.entries[i].text, lexicon->words.entries[i].len);
    /* A shared word the language's table also holds was given above. */
    for (size_t i = 0; i < lexicon->shared_words.count; i++) {
        const frnp_lex_entry *e = &lexicon->shared_words.entries[i];
        if ((e->classes & classes) && find_word(lexicon, e->text, e->len) == e)
            fn(data, e->text, e->len);
    }
}

void frnp_lexicon_tag_tokens(const frnp_lexicon *lexicon, const char *src, frnp_token_list *tokens)
{
    for (size_t i = 0; i < tokens->count; i++) {
        frnp_token *token = &tokens->items[i];
        token->lexicon = frnp_lexicon_classes(lexicon, src + token->start, token->end - token->start);
    }
}

/* How many tokens from tokens[i] spell the phrase, whose first word (the
 * first `skip` bytes) is known to match; 0 when they do not. */
static size_t match_tokens(const frnp_lex_entry *phrase, size_t skip, const char *src,
                           const frnp_token_list *tokens, size_t i)
{
    size_t at = skip, count = 1;

    while (at < phrase->len) {
        const char *word = phrase->text + at + 1; /* past the space */
        size_t word_len = strcspn(word, " ");
        const frnp_token *token;
        if (i + count >= tokens->count)
            return 0;
        token = &tokens->items[i + count];
        if (!frnp_fold_equals(src + token->start, token->end - token->start, word, word_len))
            return 0;
        at += 1 + word_len;
        count++;
    }
    return count;
}

size_t frnp_lexicon_token_phrase(const frnp_lexicon *lexicon, frnp_phrase_list list,
                                 const char *src, const frnp_token_list *tokens, size_t i)
{
    const frnp_lex_table *table = &lexicon->phrases[list];
    const frnp_token *first = &tokens->items[i];
    char key[FOLD_BUFFER + 1];
    size_t n = fold_word(src + first->start, first->end - first->start, key), best = 0;

    if (n == 0)
        return 0;
    key[n++] = ' '; /* the phrases starting with this word are those starting "word " */
    for (size_t at = lower_bound(table, key, n);
         at < table->count && table->entries[at].len > n && memcmp(table->entries[at].text, key, n) == 0;
         at++) {
        size_t count = match_tokens(&table->entries[at], n - 1, src, tokens, i);
        if (count > best)
            best = count;
    }
    return best;
}

int frnp_lexicon_is_line(const frnp_lexicon *lexicon, frnp_phrase_list list,
                         const char *folded, size_t len)
{
    return find(&lexicon->phrases[list], folded, frnp_line_core_length(folded, len)) != NULL;
}

int frnp_lexicon_text_is_line(const frnp_lexicon *lexicon, frnp_phrase_list list, const char *text,
                              size_t len)
{
    char folded[3 * FRNP_LEX_LINE_TEXT_MAX];
    size_t consumed, n;

    if (len > FRNP_LEX_LINE_TEXT_MAX)
        return 0;
    n = frnp_fold(text, len, folded, sizeof folded, &consumed);
    return consumed == len && frnp_lexicon_is_line(lexicon, list, folded, n);
}

size_t frnp_lexicon_prefix(const frnp_lexicon *lexicon, frnp_phrase_list list,
                           const char *text, size_t len)
{
    const frnp_lex_table *table = &lexicon->phrases[list];
    char first[U8_MAX_LENGTH]; /* the text's first character, folded */
    size_t longest = 0, first_len = frnp_fold(text, len, first, sizeof first, NULL);

    if (first_len == 0)
        return 0; /* no character: no phrase matches */
    /* A phrase the text starts with starts with the folded character's
     * first byte: the phrases that do are a run of the sorted table, found
     * by binary search, and only they are matched. */
    for (size_t at = lower_bound(table, first, 1);
         at < table->count && table->entries[at].text[0] == first[0]; at++) {
        size_t n = frnp_fold_match(text, len, 0, table->entries[at].text, table->entries[at].len);
        if (n > longest)
            longest = n;
    }
    return longest;
}

/* The weights of the phrases ending at state not counted yet, counting
 * them now. */
static int new_ends(const frnp_lex_automaton *automaton, const frnp_lex_table *table, uint32_t state,
                    uint64_t *seen)
{
    size_t k = (state - automaton->first_ending) / automaton->column_count;
    int score = 0;

    for (uint32_t at = automaton->end_start[k]; at < automaton->end_start[k + 1]; at++) {
        unsigned phrase = automaton->ends[at];
        if (!(seen[phrase / 64] & (UINT64_C(1) << (phrase % 64)))) {
            seen[phrase / 64] |= UINT64_C(1) << (phrase % 64);
            score += (int)table->entries[phrase].weight; /* weighted phrases weigh whole numbers */
        }
    }
    return score;
}

/* One pass over the text, however many phrases: a table load a byte. */
static int automaton_score(const frnp_lex_automaton *automaton, const frnp_lex_table *table,
                           const char *folded)
{
    uint64_t seen[(FRNP_LEX_SUBSTRINGS_MAX + 63) / 64];
    uint32_t state = 0;
    int score = 0;

    memset(seen, 0, (table->count + 63) / 64 * sizeof *seen);
    for (const unsigned char *p = (const unsigned char *)folded;; p++) {
        state = automaton->next[state + automaton->columns[*p]];
        if (state < automaton->first_ending)
            continue;
        if (state == automaton->end)
            return score;
        score += new_ends(automaton, table, state, seen);
    }
}

int frnp_lexicon_score(const frnp_lexicon *lexicon, frnp_phrase_list list, const char *folded)
{
    const frnp_lex_table *table = &lexicon->phrases[list];
    int score = 0;

    if (lexicon->automata[list])
        return automaton_score(lexicon->automata[list], table, folded);
    for (size_t i = 0; i < table->count; i++)
        if (strstr(folded, table->entries[i].text))
            score += (int)table->entries[i].weight;
    return score;
}
