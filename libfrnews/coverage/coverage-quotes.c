/* Merged quotations: the same quotation printed by many outlets, one entry
 * with every printing. The steps (coverage-quotes.h): the printings' forms,
 * the text groups of matching forms, the split by speaker, and each merged
 * quotation's canonical text and variants. Merged quotations are numbered
 * in order of their first printing, and each lists its printings in the
 * order the outlets printed them (the canonical order: by date first). */
#include <stdlib.h>
#include <string.h>
#include "core/context.h"
#include "coverage-quotes.h"
#include "coverage-unionfind.h"

typedef struct merge_state {
    const frn_coverage *coverage;
    frnp_quote_forms forms;
    frnp_cov_groups text_groups; /* members are printings */
    size_t *quote_of;            /* per printing: provisional merged quotation */
    char **speakers;             /* per provisional merged quotation */
    size_t quote_count, speaker_capacity;
} merge_state;

/* The text group of every printing: its form's, or one of its own for a
 * printing without words. */
static frn_status group_texts(frn_ctx *ctx, merge_state *s, frnp_cov_stats *stats)
{
    size_t n = s->forms.printing_count, groups = 0, *form_group = NULL, *group_of;
    frn_status status = frnp_quote_join(ctx, &s->forms, &form_group, &groups, stats);

    if (status != FRN_OK)
        return status;
    group_of = malloc((n + 1) * sizeof *group_of);
    if (!group_of) {
        free(form_group);
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    }
    for (size_t p = 0; p < n; p++)
        group_of[p] = s->forms.form_of[p] == FRN_NONE ? groups++ : form_group[s->forms.form_of[p]];
    s->text_groups.count = groups;
    if (!frnp_cov_flatten_groups(group_of, n, groups, &s->text_groups.start,
                                 &s->text_groups.members))
        status = frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    free(form_group);
    free(group_of);
    return status;
}

static int keep_speakers(merge_state *s, char **speakers, size_t count)
{
    if (!frnp_array_reserve(&s->speakers, &s->speaker_capacity, s->quote_count + count,
                            sizeof *s->speakers))
        return 0;
    memcpy(s->speakers + s->quote_count, speakers, count * sizeof *speakers);
    s->quote_count += count;
    return 1;
}

/* Split every text group by speaker into provisional merged quotations. */
static frn_status split_by_speaker(frn_ctx *ctx, merge_state *s)
{
    size_t n = s->forms.printing_count, *local = malloc((n + 1) * sizeof *local);
    frn_status status = FRN_OK;

    s->quote_of = malloc((n + 1) * sizeof *s->quote_of);
    if (!local || !s->quote_of) {
        free(local);
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    }
    for (size_t g = 0; status == FRN_OK && g < s->text_groups.count; g++) {
        const size_t *members = s->text_groups.members + s->text_groups.start[g];
        size_t size = s->text_groups.start[g + 1] - s->text_groups.start[g], clusters = 0;
        char **speakers = NULL;
        status = frnp_quote_speakers(ctx, s->coverage, &s->forms, members, size, local, &clusters,
                                     &speakers);
        if (status != FRN_OK)
            break;
        for (size_t k = 0; k < size; k++)
            s->quote_of[members[k]] = s->quote_count + local[k];
        if (!keep_speakers(s, speakers, clusters)) {
            for (size_t c = 0; c < clusters; c++)
                free(speakers[c]);
            status = frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
        }
        free(speakers);
    }
    free(local);
    return status;
}

/* Number merged quotations by their first printing; members follow the
 * canonical order of the printings. */
static frn_status number_quotes(frn_ctx *ctx, merge_state *s, frnp_cov_results *results)
{
    size_t n = s->forms.printing_count, count = 0, *number = malloc((s->quote_count + 1) * sizeof *number);

    results->quote_speaker = calloc(s->quote_count + 1, sizeof *results->quote_speaker);
    results->quote_canonical = malloc((s->quote_count + 1) * sizeof *results->quote_canonical);
    if (!number || !results->quote_speaker || !results->quote_canonical) {
        free(number);
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    }
    for (size_t q = 0; q < s->quote_count; q++)
        number[q] = FRN_NONE;
    for (size_t p = 0; p < n; p++) {
        size_t q = s->quote_of[p];
        if (number[q] == FRN_NONE) {
            number[q] = count++;
            results->quote_speaker[number[q]] = s->speakers[q];
            s->speakers[q] = NULL;
        }
        s->quote_of[p] = number[q];
    }
    free(number);
    results->quotes.count = count;
    if (!frnp_cov_flatten_groups(s->quote_of, n, count, &results->quotes.start,
                                 &results->quotes.members))
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    return FRN_OK;
}

static frn_status classify(frn_ctx *ctx, merge_state *s, frnp_cov_results *results)
{
    frn_status status = FRN_OK;

    for (size_t q = 0; status == FRN_OK && q < results->quotes.count; q++)
        status = frnp_quote_variants(ctx, s->coverage, &s->forms,
                                     results->quotes.members + results->quotes.start[q],
                                     results->quotes.start[q + 1] - results->quotes.start[q],
                                     &results->quote_canonical[q], results);
    return status;
}

frn_status frnp_cov_merge_quotes(frn_ctx *ctx, const frn_coverage *coverage,
                                 frnp_cov_results *results)
{
    merge_state s;
    frn_status status;

    memset(&s, 0, sizeof s);
    s.coverage = coverage;
    status = frnp_quote_forms_build(ctx, coverage, results->rank, &s.forms, &results->stats);
    if (status == FRN_OK)
        status = group_texts(ctx, &s, &results->stats);
    if (status == FRN_OK)
        status = split_by_speaker(ctx, &s);
    if (status == FRN_OK)
        status = number_quotes(ctx, &s, results);
    if (status == FRN_OK)
        status = classify(ctx, &s, results);
    if (status == FRN_OK) {
        results->printings = s.forms.printings;
        results->printing_count = s.forms.printing_count;
        s.forms.printings = NULL;
    }
    for (size_t q = 0; q < s.quote_count; q++)
        free(s.speakers[q]);
    free(s.speakers);
    free(s.quote_of);
    frnp_cov_groups_clear(&s.text_groups);
    frnp_quote_forms_clear(&s.forms);
    return status;
}
