/* The canonical order of records, through which every grouping step of the
 * build walks so that results never depend on the order of addition:
 * earlier publication first (unknown dates last: a copy with a date is the
 * likelier original), then the id, then the content. */
#include <stdlib.h>
#include <string.h>
#include "core/context.h"
#include "coverage-private.h"

static int64_t day_key(int32_t day)
{
    return day == FRNP_NO_DAY ? INT64_MAX : day;
}

int frnp_cov_record_compare(const frnp_cov_record *a, const frnp_cov_record *b)
{
    int64_t da = day_key(a->day), db = day_key(b->day);
    int by_id;

    if (da != db)
        return da < db ? -1 : 1;
    by_id = strcmp(a->id, b->id);
    if (by_id != 0)
        return by_id;
    return (a->content_key > b->content_key) - (a->content_key < b->content_key);
}

typedef struct ranked {
    const frnp_cov_record *record;
    size_t index;
} ranked;

static int compare_ranked(const void *x, const void *y)
{
    const ranked *a = x, *b = y;
    int c = frnp_cov_record_compare(a->record, b->record);

    /* Records equal in every byte are interchangeable: any order of them
     * gives the same groups of ids. */
    return c ? c : (a->index > b->index) - (a->index < b->index);
}

frn_status frnp_cov_rank(frn_ctx *ctx, const frn_coverage *coverage, size_t **rank_out)
{
    size_t n = coverage->count;
    ranked *order = malloc((n + 1) * sizeof *order);
    size_t *rank = malloc((n + 1) * sizeof *rank);

    *rank_out = NULL;
    if (!order || !rank) {
        free(order);
        free(rank);
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    }
    for (size_t i = 0; i < n; i++) {
        order[i].record = coverage->records[i];
        order[i].index = i;
    }
    if (n > 1)
        qsort(order, n, sizeof *order, compare_ranked);
    for (size_t r = 0; r < n; r++)
        rank[order[r].index] = r;
    free(order);
    *rank_out = rank;
    return FRN_OK;
}
