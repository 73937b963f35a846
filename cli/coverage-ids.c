/* Coverage ids from file names, made unique by sorting. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "coverage-ids.h"
#include "utf8-bytes.h"

char *coverage_id_from_path(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *name = slash ? slash + 1 : path;
    const char *dot = strrchr(name, '.');
    size_t len = dot && dot != name ? (size_t)(dot - name) : strlen(name);

    return utf8_repaired_copy(name, len);
}

/* The list of ids sorted by id, then by position: qsort() passes the
 * comparator no context, so each entry carries its id. */
typedef struct sorted_id {
    const char *id;
    size_t index;
} sorted_id;

static int compare_sorted(const void *a, const void *b)
{
    const sorted_id *x = a, *y = b;
    int by_id = strcmp(x->id, y->id);

    return by_id ? by_id : (x->index > y->index) - (x->index < y->index);
}

/* Whether a name is among the ids as given (the sorted list). */
static int is_given(const sorted_id *sorted, size_t count, const char *name)
{
    size_t lo = 0, hi = count;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int order = strcmp(sorted[mid].id, name);
        if (order == 0)
            return 1;
        if (order < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/* "id-N" with the first N from *next on that no given id holds. A name
 * made from one id never equals one made from another (their parts before
 * the last "-" differ), so only the given ids need checking. */
static char *free_name(const sorted_id *sorted, size_t count, const char *id, size_t *next)
{
    size_t cap = strlen(id) + 24;
    char *name = malloc(cap);

    if (!name)
        return NULL;
    do
        snprintf(name, cap, "%s-%zu", id, (*next)++);
    while (is_given(sorted, count, name));
    return name;
}

/* Rename the later entries of each run of equal ids in sorted order. The
 * sorted list still points at the given ids, so renamed ones are kept
 * until the end. */
static int rename_repeats(char **ids, const sorted_id *sorted, size_t count, char **renamed)
{
    size_t next = 2;

    for (size_t i = 1; i < count; i++) {
        if (strcmp(sorted[i].id, sorted[i - 1].id) != 0) {
            next = 2;
            continue;
        }
        renamed[sorted[i].index] = free_name(sorted, count, sorted[i].id, &next);
        if (!renamed[sorted[i].index])
            return ENOMEM;
    }
    for (size_t i = 0; i < count; i++)
        if (renamed[i]) {
            free(ids[i]);
            ids[i] = renamed[i];
            renamed[i] = NULL;
        }
    return 0;
}

int coverage_ids_make_unique(char **ids, size_t count)
{
    sorted_id *sorted;
    char **renamed;
    int error = ENOMEM;

    if (count < 2)
        return 0;
    sorted = malloc(count * sizeof *sorted);
    renamed = calloc(count, sizeof *renamed);
    if (sorted && renamed) {
        for (size_t i = 0; i < count; i++)
            sorted[i] = (sorted_id){ids[i], i};
        qsort(sorted, count, sizeof *sorted, compare_sorted);
        error = rename_repeats(ids, sorted, count, renamed);
    }
    if (renamed)
        for (size_t i = 0; i < count; i++)
            free(renamed[i]);
    free(renamed);
    free(sorted);
    return error;
}
