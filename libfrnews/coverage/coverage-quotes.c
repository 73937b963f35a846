/* The same quotation printed by several outlets, merged into one entry.
 * Quotations are compared as sets of folded words; candidates come from an
 * inverted index over word 3-shingles, and two printings in different
 * articles merge when their speakers are compatible and their words overlap
 * enough (see quotes_match). */
#include <stdlib.h>
#include <string.h>
#include "core/context.h"
#include "coverage-private.h"
#include "coverage-unionfind.h"
#include "text/utf8.h"

/* Words per shingle of the candidate index: three words in the same order
 * rarely meet by chance, and most quotations have several. */
#define FRNP_QUOTE_SHINGLE_WORDS 3

/* Shingles printed in more quotations than this ("we will not") find no
 * candidates: their pairs would grow quadratically and the rarer shingles of
 * the same quotations still find them. */
#define FRNP_QUOTE_MAX_BUCKET 256

/* Printings with this share of their distinct words in common merge. */
#define FRNP_QUOTE_MIN_JACCARD 0.5
/* A shorter printing of at least FRNP_QUOTE_MIN_CONTAINED_WORDS distinct
 * words merges with a longer one holding this share of its words: a trimmed
 * version of the same statement. Shorter fragments ("grounded in human
 * rights") stay apart, as a phrase can recur in many statements. */
#define FRNP_QUOTE_MIN_CONTAINMENT 0.8
#define FRNP_QUOTE_MIN_CONTAINED_WORDS 6

void frnp_cov_quote_clear(frnp_cov_quote *quote)
{
    free(quote->text);
    free(quote->speaker);
    free(quote->words);
    free(quote->speaker_words);
    memset(quote, 0, sizeof *quote);
}

static frn_status copy_quote(frn_ctx *ctx, frnp_cov_quote *into, size_t article,
                             const frn_quote *quote)
{
    size_t len;
    const char *text = frn_quote_get_text(quote, &len);
    const char *speaker = frn_quote_get_speaker(quote);
    frn_status status;

    memset(into, 0, sizeof *into);
    into->article = article;
    into->span = frn_quote_get_span(quote);
    into->text = malloc(len + 1);
    if (into->text) {
        memcpy(into->text, text ? text : "", len);
        into->text[len] = '\0';
    }
    if (speaker)
        into->speaker = frnp_strndup(speaker, strlen(speaker));
    if (!into->text || (speaker && !into->speaker))
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    status = frnp_cov_word_hashes(ctx, into->text, len, &into->words, &into->word_count);
    if (status == FRN_OK && speaker)
        status = frnp_cov_word_hashes(ctx, speaker, strlen(speaker), &into->speaker_words,
                                     &into->speaker_word_count);
    return status;
}

frn_status frnp_cov_add_quotes(frn_ctx *ctx, frn_coverage *coverage, size_t article,
                              const frn_quote_list *quotes)
{
    size_t n = frn_quote_list_get_count(quotes), base = coverage->quote_count;

    if (n == 0)
        return FRN_OK;
    if (!frnp_array_reserve(&coverage->quotes, &coverage->quote_capacity, base + n,
                         sizeof *coverage->quotes))
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    for (size_t k = 0; k < n; k++) {
        frn_status status = copy_quote(ctx, &coverage->quotes[base + k], article,
                                       frn_quote_list_get_quote(quotes, k));
        if (status != FRN_OK) {
            for (size_t j = 0; j <= k; j++)
                frnp_cov_quote_clear(&coverage->quotes[base + j]);
            return status;
        }
    }
    coverage->quote_count += n;
    return FRN_OK;
}

static int compare_hashes(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;

    return (a > b) - (a < b);
}

/* Each quotation's distinct words, sorted: quotation q owns
 * words[start[q]] .. words[start[q + 1] - 1]. */
typedef struct word_sets {
    uint64_t *words;
    size_t *start;
} word_sets;

static int build_word_sets(const frn_coverage *coverage, word_sets *sets)
{
    size_t total = 0, at = 0;

    for (size_t q = 0; q < coverage->quote_count; q++)
        total += coverage->quotes[q].word_count;
    sets->words = malloc((total + 1) * sizeof *sets->words);
    sets->start = malloc((coverage->quote_count + 1) * sizeof *sets->start);
    if (!sets->words || !sets->start)
        return 0;
    for (size_t q = 0; q < coverage->quote_count; q++) {
        const frnp_cov_quote *quote = &coverage->quotes[q];
        uint64_t *set = sets->words + at;
        size_t n = 0;
        sets->start[q] = at;
        if (quote->word_count > 0) /* words is NULL for a quotation without words */
            memcpy(set, quote->words, quote->word_count * sizeof *set);
        if (quote->word_count > 1)
            qsort(set, quote->word_count, sizeof *set, compare_hashes);
        for (size_t i = 0; i < quote->word_count; i++)
            if (n == 0 || set[n - 1] != set[i])
                set[n++] = set[i];
        at += n;
    }
    sets->start[coverage->quote_count] = at;
    return 1;
}

static int shingle_candidates(const frn_coverage *coverage, frnp_cov_pairs *pairs)
{
    size_t total = 0, at = 0;
    frnp_cov_keyed *keyed;
    int ok;

    for (size_t q = 0; q < coverage->quote_count; q++)
        total += coverage->quotes[q].word_count;
    keyed = malloc((total + 1) * sizeof *keyed);
    if (!keyed)
        return 0;
    for (size_t q = 0; q < coverage->quote_count; q++) {
        const frnp_cov_quote *quote = &coverage->quotes[q];
        size_t width = quote->word_count < FRNP_QUOTE_SHINGLE_WORDS ? quote->word_count
                                                                   : FRNP_QUOTE_SHINGLE_WORDS;
        for (size_t i = 0; width > 0 && i + width <= quote->word_count; i++) {
            keyed[at].key = frnp_cov_word_hash((const char *)(quote->words + i),
                                              width * sizeof *quote->words);
            keyed[at].item = q;
            at++;
        }
    }
    ok = frnp_cov_pairs_from_keys(pairs, keyed, at, FRNP_QUOTE_MAX_BUCKET);
    free(keyed);
    if (ok)
        frnp_cov_pairs_unique(pairs);
    return ok;
}

static size_t shared_words(const word_sets *sets, size_t a, size_t b)
{
    size_t i = sets->start[a], j = sets->start[b], shared = 0;

    while (i < sets->start[a + 1] && j < sets->start[b + 1]) {
        if (sets->words[i] < sets->words[j])
            i++;
        else if (sets->words[i] > sets->words[j])
            j++;
        else {
            shared++;
            i++;
            j++;
        }
    }
    return shared;
}

static int quotes_match(const word_sets *sets, size_t a, size_t b)
{
    size_t na = sets->start[a + 1] - sets->start[a], nb = sets->start[b + 1] - sets->start[b];
    size_t shared = shared_words(sets, a, b), shorter = na < nb ? na : nb;

    if (shared == 0)
        return 0;
    if ((double)shared / (double)(na + nb - shared) >= FRNP_QUOTE_MIN_JACCARD)
        return 1;
    return shorter >= FRNP_QUOTE_MIN_CONTAINED_WORDS &&
           (double)shared / (double)shorter >= FRNP_QUOTE_MIN_CONTAINMENT;
}

/* Whether two names differ by at most one inserted, deleted or replaced
 * byte: a typo such as "Brad Smit" in one outlet's copy. */
static int one_edit_apart(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b), i = 0;

    if (la < lb)
        return one_edit_apart(b, a);
    if (la - lb > 1)
        return 0;
    while (i < lb && a[i] == b[i])
        i++;
    if (la == lb)
        return i == la || strcmp(a + i + 1, b + i + 1) == 0;
    return strcmp(a + i + 1, b + i) == 0;
}

/* Long enough that one edit is a typo rather than another name. */
#define FRNP_SPEAKER_TYPO_MIN_BYTES 8

/* Unknown speakers fit anyone; otherwise the shorter name must end the
 * longer one ("Smith" and "Brad Smith"), or the two differ by a typo. */
static int speakers_compatible(const frnp_cov_quote *x, const frnp_cov_quote *y)
{
    const frnp_cov_quote *shorter = x->speaker_word_count <= y->speaker_word_count ? x : y;
    const frnp_cov_quote *longer = shorter == x ? y : x;
    size_t offset = longer->speaker_word_count - shorter->speaker_word_count;

    if (shorter->speaker_word_count == 0)
        return 1;
    if (memcmp(shorter->speaker_words, longer->speaker_words + offset,
               shorter->speaker_word_count * sizeof *shorter->speaker_words) == 0)
        return 1;
    return strlen(shorter->speaker) >= FRNP_SPEAKER_TYPO_MIN_BYTES &&
           strlen(longer->speaker) >= FRNP_SPEAKER_TYPO_MIN_BYTES &&
           one_edit_apart(shorter->speaker, longer->speaker);
}

/* The fuller of two speakers: more words, then more bytes. */
static size_t fuller_speaker(const frn_coverage *coverage, size_t x, size_t y)
{
    const frnp_cov_quote *a, *b;

    if (x == SIZE_MAX || y == SIZE_MAX)
        return x == SIZE_MAX ? y : x;
    a = &coverage->quotes[x];
    b = &coverage->quotes[y];
    if (a->speaker_word_count != b->speaker_word_count)
        return a->speaker_word_count > b->speaker_word_count ? x : y;
    return strlen(b->speaker) > strlen(a->speaker) ? y : x;
}

/* Merge matching pairs; a merge must fit the speakers of both whole groups
 * (through their fullest names), so an unknown speaker cannot bridge two
 * different people. best[root] is the group's fullest speaker. */
static void merge_pairs(const frn_coverage *coverage, const word_sets *sets,
                        const frnp_cov_pairs *pairs, frnp_unionfind *uf, size_t *best)
{
    for (size_t k = 0; k < pairs->count; k++) {
        size_t a = pairs->items[k].a, b = pairs->items[k].b, ra, rb, root, speaker;
        if (coverage->quotes[a].article == coverage->quotes[b].article)
            continue;
        ra = frnp_unionfind_find(uf, a);
        rb = frnp_unionfind_find(uf, b);
        if (ra == rb || !quotes_match(sets, a, b))
            continue;
        if (best[ra] != SIZE_MAX && best[rb] != SIZE_MAX &&
            !speakers_compatible(&coverage->quotes[best[ra]], &coverage->quotes[best[rb]]))
            continue;
        speaker = fuller_speaker(coverage, best[ra], best[rb]);
        root = frnp_unionfind_join(uf, ra, rb);
        best[root] = speaker;
    }
}

/* Canonical text: the longest printing; speaker: the fullest name. */
static void describe_groups(const frn_coverage *coverage, const size_t *group_of,
                            frnp_cov_results *results)
{
    for (size_t g = 0; g < results->quote_count; g++) {
        results->quote_canonical[g] = SIZE_MAX;
        results->quote_speaker[g] = SIZE_MAX;
    }
    for (size_t q = 0; q < coverage->quote_count; q++) {
        size_t g = group_of[q], c = results->quote_canonical[g];
        if (c == SIZE_MAX || strlen(coverage->quotes[q].text) > strlen(coverage->quotes[c].text))
            results->quote_canonical[g] = q;
        if (coverage->quotes[q].speaker)
            results->quote_speaker[g] = fuller_speaker(coverage, results->quote_speaker[g], q);
    }
}

static int group_quotes(const frn_coverage *coverage, const word_sets *sets,
                        const frnp_cov_pairs *pairs, frnp_cov_results *results)
{
    size_t n = coverage->quote_count, *best = malloc((n + 1) * sizeof *best), *group_of = NULL;
    frnp_unionfind uf;
    int ok = 0;

    if (!best || !frnp_unionfind_init(&uf, n)) {
        free(best);
        return 0;
    }
    for (size_t q = 0; q < n; q++)
        best[q] = coverage->quotes[q].speaker ? q : SIZE_MAX;
    merge_pairs(coverage, sets, pairs, &uf, best);
    results->quote_count = frnp_unionfind_number(&uf, &group_of);
    if (results->quote_count != SIZE_MAX) {
        results->quote_canonical = malloc((results->quote_count + 1) * sizeof(size_t));
        results->quote_speaker = malloc((results->quote_count + 1) * sizeof(size_t));
        ok = results->quote_canonical && results->quote_speaker &&
             frnp_cov_flatten_groups(group_of, n, results->quote_count, &results->quote_start,
                                    &results->quote_members);
        if (ok)
            describe_groups(coverage, group_of, results);
    } else
        results->quote_count = 0;
    free(group_of);
    free(best);
    frnp_unionfind_clear(&uf);
    return ok;
}

frn_status frnp_cov_merge_quotes(frn_ctx *ctx, const frn_coverage *coverage,
                                 frnp_cov_results *results)
{
    word_sets sets = {NULL, NULL};
    frnp_cov_pairs pairs = {NULL, 0, 0};
    int ok = build_word_sets(coverage, &sets) && shingle_candidates(coverage, &pairs) &&
             group_quotes(coverage, &sets, &pairs, results);

    free(sets.words);
    free(sets.start);
    free(pairs.items);
    return ok ? FRN_OK : frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
}
