/* Harness: the ids `frnews coverage` gives its inputs (cli/coverage-ids.c),
 * for a list of file names: the input's lines, each a path.
 * Dictionaries: ids encodings
 *
 * The contract checked: every id is valid UTF-8 without NUL, no two are
 * equal, and an id that only one path gives is left as it is. */
#include <stdlib.h>
#include <string.h>
#include "coverage-ids.h"
#include "fuzz-support.h"

#define MAX_PATHS 64

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* How many of the n given ids equal ids[i]. */
static size_t times_given(char *const *given, size_t n, const char *id)
{
    size_t times = 0;

    for (size_t j = 0; j < n; j++)
        times += strcmp(given[j], id) == 0;
    return times;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *paths[MAX_PATHS], *ids[MAX_PATHS], *given[MAX_PATHS], *sorted[MAX_PATHS];
    size_t n = 0, start = 0;

    while (n < MAX_PATHS && start <= size) {
        const uint8_t *newline = memchr(data + start, '\n', size - start);
        size_t end = newline ? (size_t)(newline - data) : size;
        const uint8_t *nul = memchr(data + start, 0, end - start);
        /* A path holds no NUL byte: it ends there. */
        size_t len = nul ? (size_t)(nul - data) - start : end - start;
        paths[n] = malloc(len + 1);
        FUZZ_CHECK(paths[n]);
        memcpy(paths[n], data + start, len);
        paths[n][len] = '\0';
        n++;
        start = end + 1;
    }
    for (size_t i = 0; i < n; i++) {
        ids[i] = coverage_id_from_path(paths[i]);
        given[i] = strdup(ids[i]);
        FUZZ_CHECK(ids[i] && given[i] && fuzz_is_clean_utf8(ids[i], strlen(ids[i])));
    }
    FUZZ_CHECK(coverage_ids_make_unique(ids, n) == 0);
    for (size_t i = 0; i < n; i++) {
        FUZZ_CHECK(fuzz_is_clean_utf8(ids[i], strlen(ids[i])));
        if (times_given(given, n, given[i]) == 1)
            FUZZ_CHECK(strcmp(ids[i], given[i]) == 0);
        sorted[i] = ids[i];
    }
    qsort(sorted, n, sizeof *sorted, compare_strings);
    for (size_t i = 1; i < n; i++)
        FUZZ_CHECK(strcmp(sorted[i - 1], sorted[i]) != 0);
    for (size_t i = 0; i < n; i++) {
        free(paths[i]);
        free(ids[i]);
        free(given[i]);
    }
    return 0;
}
