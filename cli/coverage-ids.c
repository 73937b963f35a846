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

/* --- ids claimed one at a time --- */

struct coverage_id_set {
    char **slots; /* open addressing; NULL is free */
    size_t capacity, count;
};

static size_t hash_id(const char *id)
{
    size_t h = 5381;

    while (*id)
        h = h * 33 + (unsigned char)*id++;
    return h;
}

static char **find_slot(char **slots, size_t capacity, const char *id)
{
    size_t i = hash_id(id) & (capacity - 1);

    while (slots[i] && strcmp(slots[i], id) != 0)
        i = (i + 1) & (capacity - 1);
    return &slots[i];
}

static int grow_set(coverage_id_set *set)
{
    size_t capacity = set->capacity ? set->capacity * 2 : 64;
    char **slots = calloc(capacity, sizeof *slots);

    if (!slots)
        return ENOMEM;
    for (size_t i = 0; i < set->capacity; i++)
        if (set->slots[i])
            *find_slot(slots, capacity, set->slots[i]) = set->slots[i];
    free(set->slots);
    set->slots = slots;
    set->capacity = capacity;
    return 0;
}

coverage_id_set *coverage_id_set_new(void)
{
    return calloc(1, sizeof(coverage_id_set));
}

void coverage_id_set_free(coverage_id_set *set)
{
    if (!set)
        return;
    for (size_t i = 0; i < set->capacity; i++)
        free(set->slots[i]);
    free(set->slots);
    free(set);
}

/* Add a copy of id; 1 when it was there already, 0 added, -1 out of memory. */
static int add_id(coverage_id_set *set, const char *id)
{
    char **slot;

    if ((set->count + 1) * 2 > set->capacity && grow_set(set) != 0)
        return -1;
    slot = find_slot(set->slots, set->capacity, id);
    if (*slot)
        return 1;
    if (!(*slot = strdup(id)))
        return -1;
    set->count++;
    return 0;
}

int coverage_id_set_add(coverage_id_set *set, const char *id)
{
    return add_id(set, id) < 0 ? ENOMEM : 0;
}

char *coverage_id_set_claim(coverage_id_set *set, const char *base)
{
    size_t size = strlen(base) + 24;
    char *id = malloc(size);
    int taken;

    if (!id)
        return NULL;
    snprintf(id, size, "%s", base);
    for (size_t n = 2; (taken = add_id(set, id)) == 1; n++)
        snprintf(id, size, "%s-%zu", base, n);
    if (taken < 0) {
        free(id);
        return NULL;
    }
    return id;
}
