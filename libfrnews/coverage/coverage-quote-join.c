/* Merged quotations, step two: which forms are printings of one quotation.
 * Two forms match when their distinct words overlap by Jaccard >= 1/2, or
 * when the shorter (of 6 words or more) has 4/5 of its words in the longer:
 * a trimmed excerpt. Candidates come from prefix filtering (Bayardo, Ma and
 * Srikant 2007, "Scaling up all pairs similarity search"): with every set
 * ordered rarest word first, two sets of Jaccard >= 1/2 share a word among
 * the first n - ceil(n/2) + 1 of each, and a set of n words with 4/5 of
 * them in another has one of its first n - ceil(4n/5) + 1 there. Those
 * prefixes hold the rare words, whose lists are short, so the work follows
 * the rare words the quotations share instead of the pairs of printings,
 * and nothing is left out: every matching pair is found. The text groups
 * are the connected components of the matches. */
#include <stdlib.h>
#include "core/context.h"
#include "coverage-quotes.h"
#include "coverage-sort.h"
#include "coverage-unionfind.h"

/* Token -> forms lists, each in processing order. */
typedef struct postings {
    size_t *start; /* token t owns forms[start[t]] .. forms[start[t + 1] - 1] */
    size_t *forms;
} postings;

typedef struct join_state {
    const frnp_quote_forms *forms;
    size_t *order;    /* forms by (size, number): the processing order */
    size_t *position; /* of each form in it */
    postings prefixes, everything;
    size_t *stamp;    /* last form that looked at each form */
    frnp_unionfind uf;
    frnp_cov_stats *stats;
} join_state;

static size_t set_size(const frnp_quote_forms *forms, size_t f)
{
    return forms->set_start[f + 1] - forms->set_start[f];
}

static size_t jaccard_prefix(size_t n)
{
    return n - (n * FRNP_QUOTE_JACCARD_NUM + FRNP_QUOTE_JACCARD_DEN - 1) / FRNP_QUOTE_JACCARD_DEN + 1;
}

static size_t containment_prefix(size_t n)
{
    if (n < FRNP_QUOTE_MIN_CONTAINED_WORDS)
        return 0;
    return n - (n * FRNP_QUOTE_CONTAINMENT_NUM + FRNP_QUOTE_CONTAINMENT_DEN - 1) /
                   FRNP_QUOTE_CONTAINMENT_DEN + 1;
}

static size_t token_of(uint64_t entry)
{
    return (size_t)(entry & 0xFFFFFFFFu);
}

static size_t shared_words(const frnp_quote_forms *forms, size_t a, size_t b)
{
    size_t i = forms->set_start[a], j = forms->set_start[b], shared = 0;

    while (i < forms->set_start[a + 1] && j < forms->set_start[b + 1]) {
        if (forms->set[i] < forms->set[j])
            i++;
        else if (forms->set[i] > forms->set[j])
            j++;
        else {
            shared++;
            i++;
            j++;
        }
    }
    return shared;
}

static int forms_match(const frnp_quote_forms *forms, size_t a, size_t b)
{
    size_t na = set_size(forms, a), nb = set_size(forms, b), shorter = na < nb ? na : nb;
    size_t shared = shared_words(forms, a, b);

    if (shared * (FRNP_QUOTE_JACCARD_NUM + FRNP_QUOTE_JACCARD_DEN) >=
        (na + nb) * FRNP_QUOTE_JACCARD_NUM)
        return 1;
    return shorter >= FRNP_QUOTE_MIN_CONTAINED_WORDS &&
           shared * FRNP_QUOTE_CONTAINMENT_DEN >= shorter * FRNP_QUOTE_CONTAINMENT_NUM;
}

/* Token lists of the first prefix(n) words of each form (all words when
 * prefix is NULL), filled in processing order. */
static int build_postings(const join_state *s, size_t (*prefix)(size_t), postings *p)
{
    const frnp_quote_forms *forms = s->forms;
    size_t tokens = forms->token_count, total = 0;

    p->start = calloc(tokens + 2, sizeof *p->start);
    if (!p->start)
        return 0;
    for (size_t f = 0; f < forms->form_count; f++) {
        size_t n = prefix ? prefix(set_size(forms, f)) : set_size(forms, f);
        for (size_t e = forms->set_start[f]; e < forms->set_start[f] + n; e++)
            p->start[token_of(forms->set[e]) + 2]++;
        total += n;
    }
    for (size_t t = 0; t < tokens; t++)
        p->start[t + 2] += p->start[t + 1];
    p->forms = malloc((total + 1) * sizeof *p->forms);
    if (!p->forms)
        return 0;
    for (size_t o = 0; o < forms->form_count; o++) {
        size_t f = s->order[o], n = prefix ? prefix(set_size(forms, f)) : set_size(forms, f);
        for (size_t e = forms->set_start[f]; e < forms->set_start[f] + n; e++)
            p->forms[p->start[token_of(forms->set[e]) + 1]++] = f;
    }
    return 1;
}

static void consider(join_state *s, size_t x, size_t y)
{
    s->stats->values[FRN_COVERAGE_STAT_QUOTE_CANDIDATES]++;
    if (s->stamp[y] == x)
        return;
    s->stamp[y] = x;
    /* Already in one group: the components would not change. */
    if (frnp_unionfind_find(&s->uf, x) == frnp_unionfind_find(&s->uf, y))
        return;
    s->stats->values[FRN_COVERAGE_STAT_QUOTE_COMPARISONS]++;
    if (forms_match(s->forms, x, y))
        frnp_unionfind_join(&s->uf, x, y);
}

/* Jaccard: earlier forms (no larger) sharing a prefix word, at least half
 * the size. */
static void probe_jaccard(join_state *s, size_t x)
{
    const frnp_quote_forms *forms = s->forms;
    size_t nx = set_size(forms, x);

    for (size_t e = forms->set_start[x]; e < forms->set_start[x] + jaccard_prefix(nx); e++) {
        size_t t = token_of(forms->set[e]);
        for (size_t k = s->prefixes.start[t]; k < s->prefixes.start[t + 1]; k++) {
            size_t y = s->prefixes.forms[k];
            if (s->position[y] >= s->position[x])
                break;
            if (set_size(forms, y) * FRNP_QUOTE_JACCARD_DEN >= nx * FRNP_QUOTE_JACCARD_NUM)
                consider(s, x, y);
        }
    }
}

/* Containment: larger forms holding one of x's containment prefix. */
static void probe_containment(join_state *s, size_t x)
{
    const frnp_quote_forms *forms = s->forms;
    size_t nx = set_size(forms, x), prefix = containment_prefix(nx);

    for (size_t e = forms->set_start[x]; e < forms->set_start[x] + prefix; e++) {
        size_t t = token_of(forms->set[e]), lo = s->everything.start[t], hi = s->everything.start[t + 1];
        /* The list is in processing order: skip to the forms after x. */
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (s->position[s->everything.forms[mid]] <= s->position[x])
                lo = mid + 1;
            else
                hi = mid;
        }
        for (size_t k = lo; k < s->everything.start[t + 1]; k++) {
            size_t y = s->everything.forms[k];
            if (set_size(forms, y) > nx)
                consider(s, x, y);
        }
    }
}

static int prepare(join_state *s)
{
    size_t n = s->forms->form_count;
    frnp_cov_keyed *keyed, *scratch;

    s->order = malloc((n + 1) * sizeof *s->order);
    s->position = malloc((n + 1) * sizeof *s->position);
    s->stamp = malloc((n + 1) * sizeof *s->stamp);
    if (!s->order || !s->position || !s->stamp || !frnp_unionfind_init(&s->uf, n))
        return 0;
    keyed = malloc((n + 1) * sizeof *keyed);
    scratch = malloc((n + 1) * sizeof *scratch);
    if (!keyed || !scratch) {
        free(keyed);
        free(scratch);
        return 0;
    }
    /* By size, then by number (the sort keeps the input order of ties). */
    for (size_t f = 0; f < n; f++) {
        keyed[f].key = set_size(s->forms, f);
        keyed[f].value = f;
        s->stamp[f] = FRN_NONE;
    }
    frnp_cov_sort_keyed(keyed, scratch, n);
    for (size_t o = 0; o < n; o++) {
        s->order[o] = keyed[o].value;
        s->position[keyed[o].value] = o;
    }
    free(keyed);
    free(scratch);
    return build_postings(s, jaccard_prefix, &s->prefixes) &&
           build_postings(s, NULL, &s->everything);
}

frn_status frnp_quote_join(frn_ctx *ctx, const frnp_quote_forms *forms, size_t **group_of,
                           size_t *group_count, frnp_cov_stats *stats)
{
    join_state s = {forms, NULL, NULL, {NULL, NULL}, {NULL, NULL}, NULL, {NULL, NULL, 0}, stats};
    int ok = prepare(&s);

    *group_of = NULL;
    for (size_t o = 0; ok && o < forms->form_count; o++) {
        probe_jaccard(&s, s.order[o]);
        probe_containment(&s, s.order[o]);
    }
    if (ok) {
        *group_count = frnp_unionfind_number(&s.uf, group_of);
        ok = *group_count != SIZE_MAX;
    }
    free(s.order);
    free(s.position);
    free(s.stamp);
    free(s.prefixes.start);
    free(s.prefixes.forms);
    free(s.everything.start);
    free(s.everything.forms);
    frnp_unionfind_clear(&s.uf);
    return ok ? FRN_OK : frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
}
