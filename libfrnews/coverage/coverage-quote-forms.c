/* Merged quotations, step one: the printings and their forms. Printings
 * with the same normalised word sequence are one form, found by hashing
 * (a quotation copied by a thousand outlets costs a thousand hashes, and
 * the steps after work on its one form). Each form's distinct words are
 * then ordered by how many forms hold them, rarest first: the global order
 * that prefix filtering (coverage-quote-join.c) relies on. */
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>
#include "core/context.h"
#include "coverage-quotes.h"
#include "coverage-sort.h"

void frnp_quote_forms_clear(frnp_quote_forms *forms)
{
    free(forms->printings);
    free(forms->form_of);
    free(forms->form_first);
    free(forms->set);
    free(forms->set_start);
    memset(forms, 0, sizeof *forms);
}

static const frnp_cov_quote *quote_of(const frn_coverage *coverage, const frnp_quote_forms *forms,
                                      size_t p)
{
    return frnp_cov_printing_quote(coverage, &forms->printings[p]);
}

/* Every printing, in canonical order: by the article's rank, then in the
 * article's order. */
static int list_printings(const frn_coverage *coverage, const size_t *rank,
                          frnp_quote_forms *forms)
{
    size_t n = coverage->count, total = 0, at = 0;
    size_t *order = malloc((n + 1) * sizeof *order);

    for (size_t i = 0; i < n; i++)
        total += coverage->records[i]->quote_count;
    forms->printings = calloc(total + 1, sizeof *forms->printings);
    forms->form_of = malloc((total + 1) * sizeof *forms->form_of);
    if (!order || !forms->printings || !forms->form_of) {
        free(order);
        return 0;
    }
    for (size_t i = 0; i < n; i++)
        order[rank[i]] = i;
    for (size_t r = 0; r < n; r++)
        for (uint32_t k = 0; k < coverage->records[order[r]]->quote_count; k++) {
            forms->printings[at].article = order[r];
            forms->printings[at].k = k;
            at++;
        }
    forms->printing_count = total;
    free(order);
    return 1;
}

static int same_words(const frnp_cov_quote *a, const frnp_cov_quote *b)
{
    return a->word_count == b->word_count &&
           memcmp(a->words, b->words, a->word_count * sizeof *a->words) == 0;
}

/* Printings of one hash run: a form each distinct sequence (a run holds
 * more than one only when two sequences collide on 64 bits). */
static void assign_run(const frn_coverage *coverage, frnp_quote_forms *forms,
                       const frnp_cov_keyed *run, size_t n, size_t *heads, size_t *next_form)
{
    size_t head_count = 0;

    for (size_t j = 0; j < n; j++) {
        size_t p = run[j].value, h = 0;
        while (h < head_count &&
               !same_words(quote_of(coverage, forms, heads[h]), quote_of(coverage, forms, p)))
            h++;
        if (h == head_count) {
            heads[head_count++] = p;
            forms->form_of[p] = (*next_form)++;
        } else
            forms->form_of[p] = forms->form_of[heads[h]];
    }
}

/* Number forms in order of their first printing. */
static int renumber_forms(frnp_quote_forms *forms, size_t provisional)
{
    size_t *renamed = malloc((provisional + 1) * sizeof *renamed), count = 0;

    forms->form_first = malloc((provisional + 1) * sizeof *forms->form_first);
    if (!renamed || !forms->form_first) {
        free(renamed);
        return 0;
    }
    for (size_t f = 0; f < provisional; f++)
        renamed[f] = FRN_NONE;
    for (size_t p = 0; p < forms->printing_count; p++) {
        size_t f = forms->form_of[p];
        if (f == FRN_NONE)
            continue;
        if (renamed[f] == FRN_NONE) {
            forms->form_first[count] = p;
            renamed[f] = count++;
        }
        forms->form_of[p] = renamed[f];
    }
    forms->form_count = count;
    free(renamed);
    return 1;
}

static int find_forms(const frn_coverage *coverage, frnp_quote_forms *forms, frnp_cov_stats *stats)
{
    size_t n = forms->printing_count, count = 0, start = 0, provisional = 0;
    frnp_cov_keyed *keyed = malloc((n + 1) * sizeof *keyed);
    frnp_cov_keyed *scratch = malloc((n + 1) * sizeof *scratch);
    size_t *heads = malloc((n + 1) * sizeof *heads);
    int ok = keyed && scratch && heads;

    for (size_t p = 0; ok && p < n; p++) {
        const frnp_cov_quote *q = quote_of(coverage, forms, p);
        forms->form_of[p] = FRN_NONE;
        if (q->word_count == 0)
            continue;
        keyed[count].key = XXH3_64bits(q->words, q->word_count * sizeof *q->words);
        keyed[count].value = p;
        count++;
    }
    if (ok)
        frnp_cov_sort_keyed(keyed, scratch, count);
    while (ok && start < count) {
        size_t end = start + 1;
        while (end < count && keyed[end].key == keyed[start].key)
            end++;
        assign_run(coverage, forms, keyed + start, end - start, heads, &provisional);
        start = end;
    }
    ok = ok && renumber_forms(forms, provisional);
    stats->values[FRN_COVERAGE_STAT_PRINTINGS] = n;
    stats->values[FRN_COVERAGE_STAT_QUOTE_FORMS] = forms->form_count;
    free(keyed);
    free(scratch);
    free(heads);
    return ok;
}

static int compare_u64(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;

    return (a > b) - (a < b);
}

/* Each form's distinct word ids, sorted, into forms->set. */
static int collect_sets(const frn_coverage *coverage, frnp_quote_forms *forms, size_t *total_out)
{
    size_t total = 0, at = 0;

    for (size_t f = 0; f < forms->form_count; f++)
        total += quote_of(coverage, forms, forms->form_first[f])->word_count;
    forms->set = malloc((total + 1) * sizeof *forms->set);
    forms->set_start = malloc((forms->form_count + 1) * sizeof *forms->set_start);
    if (!forms->set || !forms->set_start)
        return 0;
    for (size_t f = 0; f < forms->form_count; f++) {
        const frnp_cov_quote *q = quote_of(coverage, forms, forms->form_first[f]);
        uint64_t *set = forms->set + at;
        size_t n = 0;
        forms->set_start[f] = at;
        for (uint32_t i = 0; i < q->word_count; i++)
            set[i] = q->words[i];
        if (q->word_count > 1)
            qsort(set, q->word_count, sizeof *set, compare_u64);
        for (uint32_t i = 0; i < q->word_count; i++)
            if (n == 0 || set[n - 1] != set[i])
                set[n++] = set[i];
        at += n;
    }
    forms->set_start[forms->form_count] = at;
    *total_out = at;
    return 1;
}

/* Replace each word id by its frequency << 32 | token number and sort each
 * set by it. Token numbers follow the ids, so ties in frequency break the
 * same way in every set. */
static int order_by_frequency(frnp_quote_forms *forms, size_t total)
{
    uint64_t *tokens = malloc((total + 1) * sizeof *tokens);
    uint64_t *scratch = malloc((total + 1) * sizeof *scratch);
    size_t *frequency = malloc((total + 1) * sizeof *frequency), distinct = 0;
    int ok = tokens && scratch && frequency;

    if (ok) {
        memcpy(tokens, forms->set, total * sizeof *tokens);
        frnp_cov_sort_u64(tokens, scratch, total);
        for (size_t i = 0; i < total; i++) {
            if (distinct > 0 && tokens[distinct - 1] == tokens[i])
                frequency[distinct - 1]++;
            else {
                tokens[distinct] = tokens[i];
                frequency[distinct++] = 1;
            }
        }
        for (size_t e = 0; e < total; e++) {
            uint64_t *found = bsearch(&forms->set[e], tokens, distinct, sizeof *tokens, compare_u64);
            size_t token = (size_t)(found - tokens);
            uint64_t f = frequency[token] > UINT32_MAX ? UINT32_MAX : frequency[token];
            forms->set[e] = f << 32 | token;
        }
        for (size_t f = 0; f < forms->form_count; f++) {
            size_t n = forms->set_start[f + 1] - forms->set_start[f];
            if (n > 1)
                qsort(forms->set + forms->set_start[f], n, sizeof *forms->set, compare_u64);
        }
        forms->token_count = distinct;
    }
    free(tokens);
    free(scratch);
    free(frequency);
    return ok;
}

frn_status frnp_quote_forms_build(frn_ctx *ctx, const frn_coverage *coverage,
                                  const size_t *rank, frnp_quote_forms *forms,
                                  frnp_cov_stats *stats)
{
    size_t total = 0;

    memset(forms, 0, sizeof *forms);
    if (list_printings(coverage, rank, forms) && find_forms(coverage, forms, stats) &&
        collect_sets(coverage, forms, &total) && order_by_frequency(forms, total))
        return FRN_OK;
    frnp_quote_forms_clear(forms);
    return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
}
