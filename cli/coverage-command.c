/* `frnews coverage`: parse every input, group them in a coverage index and
 * write one JSON object for the collection. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "commands.h"
#include "coverage-ids.h"
#include "emit.h"
#include "input.h"

void free_coverage_entries(coverage_entry *entries, size_t count)
{
    if (!entries)
        return;
    for (size_t i = 0; i < count; i++) {
        free(entries[i].id);
        free(entries[i].title);
        free(entries[i].published);
        free(entries[i].message);
        frn_coverage_record_free(entries[i].record);
    }
    free(entries);
}

/* Stories and pairs name articles by id, so ids must differ: "a.txt" and
 * "a.html", or two directories holding "a.txt", would both be "a". */
static int name_entries(coverage_entry *entries, size_t count)
{
    char **ids = malloc((count ? count : 1) * sizeof *ids);
    int error = ids ? 0 : ENOMEM;

    for (size_t i = 0; i < count && !error; i++)
        ids[i] = entries[i].id;
    if (!error)
        error = coverage_ids_make_unique(ids, count);
    for (size_t i = 0; i < count && !error; i++)
        entries[i].id = ids[i];
    free(ids);
    return error;
}

static coverage_entry *new_entries(const input_list *inputs)
{
    coverage_entry *entries = calloc(inputs->count ? inputs->count : 1, sizeof *entries);

    if (!entries)
        return NULL;
    for (size_t i = 0; i < inputs->count; i++) {
        entries[i].file = inputs->paths[i];
        entries[i].id = coverage_id_from_path(inputs->paths[i]);
        if (!entries[i].id) {
            free_coverage_entries(entries, inputs->count);
            return NULL;
        }
    }
    if (name_entries(entries, inputs->count) != 0) {
        free_coverage_entries(entries, inputs->count);
        return NULL;
    }
    return entries;
}

int write_coverage(const command_args *args, const frn_coverage *coverage,
                   const coverage_entry *entries, size_t count)
{
    if (args->output == OUTPUT_CSV)
        emit_coverage_csv(args->out, coverage);
    else if (args->output == OUTPUT_TEXT)
        emit_coverage_text(args->out, coverage, entries, count);
    else
        return emit_coverage(args->json, coverage, entries, count);
    return 0;
}

int report_coverage_failure(const char *what, const frn_ctx *ctx, frn_status status)
{
    const char *message = ctx ? frn_ctx_get_errmsg(ctx) : "";

    fprintf(stderr, "frnews: %s: %s\n", what, *message ? message : frn_status_str(status));
    return CLI_EXIT_FAILURE;
}

/* The worse of two exit statuses: nothing readable outranks a failure. */
int worse_exit_status(int a, int b)
{
    return a > b ? a : b;
}

static coverage_entry *entries_of(const command_args *args, input_list *inputs)
{
    for (size_t i = 0; i < args->file_count; i++)
        if (input_list_add(inputs, args->files[i]) != 0)
            return NULL;
    return new_entries(inputs);
}

int command_coverage(const command_args *args)
{
    input_list inputs;
    coverage_entry *files = NULL, *entries = NULL;
    size_t count = 0;
    frn_coverage *coverage = NULL;
    run_tally tally = {0, 0, 0};
    frn_status status;
    int exit_status = CLI_EXIT_SUCCESS;

    input_list_init(&inputs);
    files = entries_of(args, &inputs);
    if (!files) {
        exit_status = report_coverage_failure("coverage", NULL, FRN_ERR_NOMEM);
        goto done;
    }
    status = frn_coverage_new(args->ctx, NULL, &coverage);
    if (status != FRN_OK) {
        exit_status = report_coverage_failure("coverage", args->ctx, status);
        goto done;
    }
    if (coverage_add_inputs(args, coverage, files, inputs.count, &entries, &count, &tally) != 0) {
        exit_status = CLI_EXIT_FAILURE;
        goto done;
    }
    exit_status = tally_exit_status(&tally);
    if (args->how->db) {
        exit_status = worse_exit_status(exit_status, coverage_with_store(args, entries, count));
        goto done;
    }
    status = frn_coverage_build(args->ctx, coverage);
    if (status != FRN_OK)
        exit_status = report_coverage_failure("coverage", args->ctx, status);
    else if (write_coverage(args, coverage, entries, count) != 0)
        exit_status = report_coverage_failure("coverage", NULL, FRN_ERR_NOMEM);
done:
    frn_coverage_free(coverage);
    free_coverage_entries(entries, count);
    free_coverage_entries(files, inputs.count);
    input_list_free(&inputs);
    return exit_status;
}
