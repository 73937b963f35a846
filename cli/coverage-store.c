/* `frnews coverage --db FILE`: the inputs that parsed are stored as one
 * batch (one transaction: a run killed halfway leaves the store as it
 * was), --since evicts older articles, and the coverage of everything the
 * store holds is built, written back to its result tables and printed. */
#include <stdlib.h>
#include <string.h>
#include "commands.h"
#include "emit.h"

static frn_status store_batch(const command_args *args, frn_store *store,
                              const coverage_entry *entries, size_t count)
{
    frn_status status = frn_store_begin(args->ctx, store);

    for (size_t i = 0; status == FRN_OK && i < count; i++)
        if (entries[i].record)
            status = frn_store_put(args->ctx, store, entries[i].record, entries[i].file);
    if (status == FRN_OK)
        return frn_store_commit(args->ctx, store);
    frn_store_rollback(args->ctx, store);
    return status;
}

static frn_status evict(const command_args *args, frn_store *store)
{
    frn_status status = frn_store_begin(args->ctx, store);

    if (status == FRN_OK)
        status = frn_store_evict_before(args->ctx, store, args->how->since, NULL);
    if (status == FRN_OK)
        return frn_store_commit(args->ctx, store);
    frn_store_rollback(args->ctx, store);
    return status;
}

static char *copy_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

/* The entries to print: every stored article, then this run's inputs that
 * were read but did not parse. */
static coverage_entry *listed_entries(const frn_store *store, const frn_coverage *coverage,
                                      const coverage_entry *run, size_t run_count, size_t *count)
{
    size_t stored = frn_coverage_get_article_count(coverage), n = stored;
    coverage_entry *entries = calloc(stored + run_count + 1, sizeof *entries);

    if (!entries)
        return NULL;
    for (size_t k = 0; k < stored; k++) {
        coverage_entry *e = &entries[k];
        const char *file = frn_store_get_loaded_file(store, k);
        e->file = file ? file : "";
        e->id = copy_or_null(frn_coverage_get_article_id(coverage, k));
        e->title = copy_or_null(frn_coverage_get_article_title(coverage, k));
        e->published = copy_or_null(frn_coverage_get_article_published(coverage, k));
        e->readable = e->added = 1;
        e->index = k;
    }
    for (size_t i = 0; i < run_count; i++)
        if (run[i].readable && !run[i].added) {
            coverage_entry *e = &entries[n++];
            e->file = run[i].file;
            e->id = copy_or_null(run[i].id);
            e->readable = 1;
            e->status = run[i].status;
            e->message = copy_or_null(run[i].message);
        }
    *count = n;
    return entries;
}

static int report(const command_args *args, frn_store *store, frn_coverage *coverage,
                  const coverage_entry *run, size_t run_count)
{
    size_t count = 0;
    coverage_entry *entries = listed_entries(store, coverage, run, run_count, &count);
    int exit_status = CLI_EXIT_SUCCESS;

    if (!entries || write_coverage(args, coverage, entries, count) != 0)
        exit_status = report_coverage_failure("coverage", NULL, FRN_ERR_NOMEM);
    free_coverage_entries(entries, count);
    return exit_status;
}

int coverage_with_store(const command_args *args, coverage_entry *entries, size_t count)
{
    frn_store *store = NULL;
    frn_coverage *coverage = NULL;
    frn_status status = frn_store_open(args->ctx, args->how->db, 0, &store);
    int exit_status;

    if (status == FRN_OK && count > 0)
        status = store_batch(args, store, entries, count);
    if (status == FRN_OK && args->how->since)
        status = evict(args, store);
    if (status == FRN_OK)
        status = frn_coverage_new(args->ctx, NULL, &coverage);
    if (status == FRN_OK)
        status = frn_store_load(args->ctx, store, coverage, NULL);
    if (status == FRN_OK)
        status = frn_coverage_build(args->ctx, coverage);
    if (status == FRN_OK)
        status = frn_store_save_results(args->ctx, store, coverage);
    exit_status = status == FRN_OK ? report(args, store, coverage, entries, count)
                                   : report_coverage_failure("coverage", args->ctx, status);
    frn_coverage_free(coverage);
    frn_store_close(store);
    return exit_status;
}
