/* Merged quotations, step three: who said it. The printings of one text
 * group are split by speaker: outlets name the same person differently
 * ("Brad Smith", "Smith", "Brad Smit"), and different people say the same
 * words ("No comment").
 *   1. Names are compared as sequences of folded words. A name that ends
 *      another name of the group ("Smith" in "Brad Smith") is partial; the
 *      others are full names.
 *   2. Full names one byte edit apart (both of 8 bytes or more) are one
 *      person misspelt. Candidates share a deletion key (the name, or the
 *      name with one byte removed), so names are never compared pair by pair.
 *   3. Each person is a cluster, named by the spelling most printings give.
 *      A partial name joins the most printed person it ends; a printing
 *      without a speaker joins the most printed person of the group (with
 *      nobody named, such printings stay together, unattributed).
 * Every choice is by counts, then by the names' bytes, so the result
 * depends only on the printings, never on their order. */
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>
#include "core/context.h"
#include "coverage-quotes.h"
#include "coverage-sort.h"
#include "coverage-unionfind.h"
#include "text/utf8.h"

/* Long enough that one edit is a typo rather than another name. */
#define FRNP_SPEAKER_TYPO_MIN_BYTES 8

typedef struct name {
    const frnp_cov_quote *quote; /* a printing giving this name */
    const char *display;         /* the spelling most of them give */
    size_t count;                /* printings giving it */
    int partial;
} name;

typedef struct speaker_state {
    const frn_coverage *coverage;
    const frnp_quote_forms *forms;
    const size_t *members;
    size_t n;
    name *names;
    size_t name_count;
    size_t *name_of;          /* per member; FRN_NONE without a speaker */
    frnp_cov_keyed *suffixes; /* key of each proper suffix of each name -> name */
    size_t suffix_count;
    frnp_unionfind uf;        /* over names: full names of one person */
    size_t *total;            /* printings of each root's full names */
    size_t *best;             /* each root's best full name */
} speaker_state;

static const frnp_cov_quote *member_quote(const speaker_state *s, size_t k)
{
    return frnp_cov_printing_quote(s->coverage, &s->forms->printings[s->members[k]]);
}

static uint64_t words_key(const uint32_t *words, size_t count)
{
    return XXH3_64bits(words, count * sizeof *words);
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

/* The better of two names: more printings, then more words, then longer,
 * then the smaller bytes. */
static int better_name(const name *a, const name *b)
{
    size_t la = strlen(a->display), lb = strlen(b->display);

    if (a->count != b->count)
        return a->count > b->count;
    if (a->quote->speaker_word_count != b->quote->speaker_word_count)
        return a->quote->speaker_word_count > b->quote->speaker_word_count;
    if (la != lb)
        return la > lb;
    return strcmp(a->display, b->display) < 0;
}

static int by_bytes(const void *x, const void *y)
{
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* The spelling most of the run's members give, ties to the smaller bytes;
 * spellings is room for n pointers. */
static const char *most_printed_spelling(const speaker_state *s, const frnp_cov_keyed *run,
                                         size_t n, const char **spellings)
{
    const char *best = NULL;
    size_t best_count = 0;

    for (size_t i = 0; i < n; i++)
        spellings[i] = member_quote(s, run[i].value)->speaker;
    if (n > 1)
        qsort(spellings, n, sizeof *spellings, by_bytes);
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && strcmp(spellings[j], spellings[i]) == 0)
            j++;
        if (j - i > best_count) { /* sorted: the first of equal counts is the smaller */
            best = spellings[i];
            best_count = j - i;
        }
        i = j;
    }
    return best;
}

/* Distinct names (64-bit keys of their word sequences are taken to be the
 * names), with their counts and spellings. */
static int collect_names(speaker_state *s)
{
    frnp_cov_keyed *keyed = malloc((s->n + 1) * sizeof *keyed);
    const char **spellings = malloc((s->n + 1) * sizeof *spellings);
    size_t count = 0;

    s->names = malloc((s->n + 1) * sizeof *s->names);
    s->name_of = malloc((s->n + 1) * sizeof *s->name_of);
    if (!keyed || !spellings || !s->names || !s->name_of) {
        free(keyed);
        free(spellings);
        return 0;
    }
    for (size_t k = 0; k < s->n; k++) {
        const frnp_cov_quote *q = member_quote(s, k);
        s->name_of[k] = FRN_NONE;
        if (q->speaker && q->speaker_word_count > 0) {
            keyed[count].key = words_key(q->speaker_words, q->speaker_word_count);
            keyed[count++].value = k;
        }
    }
    if (count > 1)
        qsort(keyed, count, sizeof *keyed, frnp_cov_compare_keyed);
    s->name_count = 0;
    for (size_t i = 0; i < count;) {
        size_t j = i;
        name *nm = &s->names[s->name_count];
        while (j < count && keyed[j].key == keyed[i].key)
            s->name_of[keyed[j++].value] = s->name_count;
        nm->quote = member_quote(s, keyed[i].value);
        nm->count = j - i;
        nm->display = most_printed_spelling(s, keyed + i, j - i, spellings);
        nm->partial = 0;
        s->name_count++;
        i = j;
    }
    free(keyed);
    free(spellings);
    return 1;
}

static size_t name_key_index(const speaker_state *s, size_t i, size_t *end)
{
    const frnp_cov_quote *q = s->names[i].quote;
    uint64_t key = words_key(q->speaker_words, q->speaker_word_count);
    size_t lo = frnp_cov_keyed_lower_bound(s->suffixes, s->suffix_count, key), hi = lo;

    while (hi < s->suffix_count && s->suffixes[hi].key == key)
        hi++;
    *end = hi;
    return lo;
}

/* Every proper suffix of every name, keyed; a name found among them is
 * partial. */
static int find_partial_names(speaker_state *s)
{
    size_t total = 0, at = 0;

    for (size_t i = 0; i < s->name_count; i++)
        total += s->names[i].quote->speaker_word_count - 1;
    s->suffixes = malloc((total + 1) * sizeof *s->suffixes);
    if (!s->suffixes)
        return 0;
    for (size_t i = 0; i < s->name_count; i++) {
        const frnp_cov_quote *q = s->names[i].quote;
        for (uint32_t len = 1; len < q->speaker_word_count; len++) {
            s->suffixes[at].key = words_key(q->speaker_words + q->speaker_word_count - len, len);
            s->suffixes[at++].value = i;
        }
    }
    s->suffix_count = at;
    if (at > 1)
        qsort(s->suffixes, at, sizeof *s->suffixes, frnp_cov_compare_keyed);
    for (size_t i = 0; i < s->name_count; i++) {
        size_t end, start = name_key_index(s, i, &end);
        s->names[i].partial = start < end;
    }
    return 1;
}

/* The deletion keys of a full name: the name itself, and the name without
 * each of its bytes in turn (built in buf, room for the name). */
static size_t deletion_keys(const char *d, char *buf, frnp_cov_keyed *keys, size_t name_index)
{
    size_t len = strlen(d), at = 0;

    keys[at].key = XXH3_64bits(d, len);
    keys[at++].value = name_index;
    for (size_t cut = 0; cut < len; cut++) {
        memcpy(buf, d, cut);
        memcpy(buf + cut, d + cut + 1, len - cut - 1);
        keys[at].key = XXH3_64bits(buf, len - 1);
        keys[at++].value = name_index;
    }
    return at;
}

static int typo_candidate(const name *n)
{
    return !n->partial && strlen(n->display) >= FRNP_SPEAKER_TYPO_MIN_BYTES;
}

static int join_typos(speaker_state *s)
{
    size_t total = 0, at = 0, longest = 0;
    frnp_cov_keyed *keys;
    char *buf;

    for (size_t i = 0; i < s->name_count; i++)
        if (typo_candidate(&s->names[i])) {
            size_t len = strlen(s->names[i].display);
            total += len + 1;
            longest = len > longest ? len : longest;
        }
    keys = malloc((total + 1) * sizeof *keys);
    buf = malloc(longest + 1);
    if (!keys || !buf) {
        free(keys);
        free(buf);
        return 0;
    }
    for (size_t i = 0; i < s->name_count; i++)
        if (typo_candidate(&s->names[i]))
            at += deletion_keys(s->names[i].display, buf, keys + at, i);
    free(buf);
    if (at > 1)
        qsort(keys, at, sizeof *keys, frnp_cov_compare_keyed);
    for (size_t i = 0; i < at;) {
        size_t j = i + 1;
        while (j < at && keys[j].key == keys[i].key)
            j++;
        /* Names sharing a deletion key are few: one person's spellings. */
        for (size_t a = i + 1; a < j; a++)
            for (size_t b = i; b < a; b++) {
                size_t x = keys[a].value, y = keys[b].value;
                if (frnp_unionfind_find(&s->uf, x) != frnp_unionfind_find(&s->uf, y) &&
                    one_edit_apart(s->names[x].display, s->names[y].display))
                    frnp_unionfind_join(&s->uf, x, y);
            }
        i = j;
    }
    free(keys);
    return 1;
}

/* Whether root a is the better person: more printings, then the better
 * best name. */
static int better_root(const speaker_state *s, size_t a, size_t b)
{
    if (s->total[a] != s->total[b])
        return s->total[a] > s->total[b];
    return better_name(&s->names[s->best[a]], &s->names[s->best[b]]);
}

static int weigh_roots(speaker_state *s)
{
    s->total = calloc(s->name_count + 1, sizeof *s->total);
    s->best = malloc((s->name_count + 1) * sizeof *s->best);
    if (!s->total || !s->best)
        return 0;
    for (size_t i = 0; i < s->name_count; i++)
        s->best[i] = FRN_NONE;
    for (size_t i = 0; i < s->name_count; i++) {
        size_t root = frnp_unionfind_find(&s->uf, i);
        if (s->names[i].partial)
            continue;
        s->total[root] += s->names[i].count;
        if (s->best[root] == FRN_NONE || better_name(&s->names[i], &s->names[s->best[root]]))
            s->best[root] = i;
    }
    return 1;
}

/* The person a name belongs to (a root of full names). */
static size_t person_of(speaker_state *s, size_t i)
{
    size_t end, start, chosen = FRN_NONE;

    if (!s->names[i].partial)
        return frnp_unionfind_find(&s->uf, i);
    start = name_key_index(s, i, &end);
    for (size_t k = start; k < end; k++) {
        size_t longer = s->suffixes[k].value, root;
        if (s->names[longer].partial)
            continue; /* its own full names end with this one too */
        root = frnp_unionfind_find(&s->uf, longer);
        if (chosen == FRN_NONE || better_root(s, root, chosen))
            chosen = root;
    }
    return chosen;
}

static size_t most_printed_person(speaker_state *s)
{
    size_t chosen = FRN_NONE;

    for (size_t i = 0; i < s->name_count; i++) {
        size_t root = frnp_unionfind_find(&s->uf, i);
        if (!s->names[i].partial && (chosen == FRN_NONE || better_root(s, root, chosen)))
            chosen = root;
    }
    return chosen;
}

/* Number the people in order of their first member. */
static int number_clusters(speaker_state *s, size_t *cluster_of, size_t *cluster_count,
                           char ***speakers)
{
    size_t *number = malloc((s->name_count + 2) * sizeof *number), count = 0;
    size_t fallback = most_printed_person(s), unknown = s->name_count; /* slot of "nobody" */

    *speakers = calloc(s->n + 1, sizeof **speakers);
    if (!number || !*speakers) {
        free(number);
        return 0;
    }
    for (size_t i = 0; i <= s->name_count; i++)
        number[i] = FRN_NONE;
    for (size_t k = 0; k < s->n; k++) {
        size_t person = s->name_of[k] == FRN_NONE ? fallback : person_of(s, s->name_of[k]);
        size_t slot = person == FRN_NONE ? unknown : person;
        if (number[slot] == FRN_NONE) {
            number[slot] = count;
            if (person != FRN_NONE) {
                const char *d = s->names[s->best[person]].display;
                (*speakers)[count] = frnp_strndup(d, strlen(d));
                if (!(*speakers)[count]) {
                    free(number);
                    return 0;
                }
            }
            count++;
        }
        cluster_of[k] = number[slot];
    }
    *cluster_count = count;
    free(number);
    return 1;
}

/* One speaker (or none) for every member: nothing to split. */
static int one_speaker(const speaker_state *s)
{
    const char *first = member_quote(s, 0)->speaker;

    for (size_t k = 1; k < s->n; k++) {
        const char *speaker = member_quote(s, k)->speaker;
        if ((speaker == NULL) != (first == NULL) || (speaker && strcmp(speaker, first) != 0))
            return 0;
    }
    return 1;
}

static int single_cluster(const speaker_state *s, size_t *cluster_of, size_t *cluster_count,
                          char ***speakers)
{
    const frnp_cov_quote *q = member_quote(s, 0);

    *speakers = calloc(s->n + 1, sizeof **speakers);
    if (!*speakers)
        return 0;
    if (q->speaker && q->speaker_word_count > 0 &&
        !((*speakers)[0] = frnp_strndup(q->speaker, q->speaker_len)))
        return 0;
    for (size_t k = 0; k < s->n; k++)
        cluster_of[k] = 0;
    *cluster_count = 1;
    return 1;
}

frn_status frnp_quote_speakers(frn_ctx *ctx, const frn_coverage *coverage,
                               const frnp_quote_forms *forms, const size_t *members, size_t n,
                               size_t *cluster_of, size_t *cluster_count, char ***speakers)
{
    speaker_state s;
    int ok;

    memset(&s, 0, sizeof s);
    s.coverage = coverage;
    s.forms = forms;
    s.members = members;
    s.n = n;
    *speakers = NULL;
    *cluster_count = 0;
    if (n == 0)
        return FRN_OK;
    if (one_speaker(&s))
        ok = single_cluster(&s, cluster_of, cluster_count, speakers);
    else
        ok = collect_names(&s) && find_partial_names(&s) &&
             frnp_unionfind_init(&s.uf, s.name_count) && join_typos(&s) && weigh_roots(&s) &&
             number_clusters(&s, cluster_of, cluster_count, speakers);
    free(s.names);
    free(s.name_of);
    free(s.suffixes);
    free(s.total);
    free(s.best);
    frnp_unionfind_clear(&s.uf);
    if (ok)
        return FRN_OK;
    if (*speakers)
        for (size_t c = 0; c <= n; c++)
            free((*speakers)[c]);
    free(*speakers);
    *speakers = NULL;
    return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
}
