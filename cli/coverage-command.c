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
#include "jsonl-reader.h"
#include "warc-reader.h"

static char *copy_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

/* Parse one input and add its record to the index (and keep the record
 * when the run has a store). A failure is kept on the entry, to be written
 * in its place in the output. */
static void add_entry(const command_args *args, frn_coverage *coverage,
                      coverage_entry *entry, const char *data, size_t len)
{
    frn_article *article = NULL;
    frn_quote_list *quotes = NULL;
    frn_coverage_record *record = NULL;
    frn_status status = frn_article_parse(args->ctx, data, len, args->options, &article);

    if (status == FRN_OK)
        status = frn_quote_list_extract(args->ctx, article, NULL, &quotes);
    if (status == FRN_OK)
        status = frn_coverage_record_new(args->ctx, entry->id, article, quotes, &record);
    if (status == FRN_OK)
        status = frn_coverage_add_record(args->ctx, coverage, record, &entry->index);
    if (status == FRN_OK && args->how->db)
        entry->record = record;
    else
        frn_coverage_record_free(record);
    if (status == FRN_OK) {
        entry->added = 1;
        entry->title = copy_or_null(frn_article_get_title(article));
        entry->published = copy_or_null(frn_article_get_published(article));
    } else {
        entry->status = status;
        entry->message = strdup(frn_ctx_get_errmsg(args->ctx));
    }
    frn_quote_list_free(quotes);
    frn_article_free(article);
}

/* An input over the size limit is listed with the error the library would
 * give it: it is not read past the limit. */
static void keep_too_large(const command_args *args, coverage_entry *entry, size_t len)
{
    char message[160];

    input_describe_too_large(message, sizeof message, len, args->how->max_input);
    entry->status = FRN_ERR_TOO_LARGE;
    entry->message = strdup(message);
}

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

/* A JSON Lines or WARC file holds many articles: coverage names articles
 * by file, so it takes one article a file and says so, rather than read
 * the file as one article. */
static const char *container_kind(const char *data, size_t len)
{
    if (warc_looks_like((const unsigned char *)data, len < WARC_SNIFF_BYTES ? len : WARC_SNIFF_BYTES))
        return "WARC";
    if (jsonl_looks_like(data, len))
        return "JSON Lines";
    return NULL;
}

static void keep_container_error(coverage_entry *entry, const char *kind)
{
    char message[160];

    snprintf(message, sizeof message, "this is %s, and coverage takes one article a file "
             "(parse and quotes read %s)", kind, kind);
    entry->status = FRN_ERR_FORMAT;
    entry->message = strdup(message);
}

/* Read every input and add what parses; an input that cannot be read is
 * reported and left out. */
static void add_inputs(const command_args *args, frn_coverage *coverage,
                       coverage_entry *entries, size_t count, run_tally *tally)
{
    for (size_t i = 0; i < count; i++) {
        char *data;
        size_t len;
        int error = input_read(entries[i].file, args->how->max_input, &data, &len);
        const char *kind = error ? NULL : container_kind(data, len);

        tally->inputs++;
        if (error && error != EFBIG) {
            input_report_error(entries[i].file, error);
            tally->failed++;
            tally->unreadable++;
            continue;
        }
        entries[i].readable = 1;
        if (error)
            keep_too_large(args, &entries[i], len);
        else if (kind)
            keep_container_error(&entries[i], kind);
        else
            add_entry(args, coverage, &entries[i], data, len);
        if (!entries[i].added) {
            fprintf(stderr, "frnews: %s: %s\n", entries[i].file,
                    entries[i].message && *entries[i].message ? entries[i].message
                                                              : frn_status_str(entries[i].status));
            tally->failed++;
        }
        free(data);
    }
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
    coverage_entry *entries = NULL;
    frn_coverage *coverage = NULL;
    run_tally tally = {0, 0, 0};
    frn_status status;
    int exit_status = CLI_EXIT_SUCCESS;

    input_list_init(&inputs);
    entries = entries_of(args, &inputs);
    if (!entries) {
        exit_status = report_coverage_failure("coverage", NULL, FRN_ERR_NOMEM);
        goto done;
    }
    status = frn_coverage_new(args->ctx, NULL, &coverage);
    if (status != FRN_OK) {
        exit_status = report_coverage_failure("coverage", args->ctx, status);
        goto done;
    }
    add_inputs(args, coverage, entries, inputs.count, &tally);
    exit_status = tally_exit_status(&tally);
    if (args->how->db) {
        exit_status = worse_exit_status(exit_status, coverage_with_store(args, entries, inputs.count));
        goto done;
    }
    status = frn_coverage_build(args->ctx, coverage);
    if (status != FRN_OK)
        exit_status = report_coverage_failure("coverage", args->ctx, status);
    else if (write_coverage(args, coverage, entries, inputs.count) != 0)
        exit_status = report_coverage_failure("coverage", NULL, FRN_ERR_NOMEM);
done:
    frn_coverage_free(coverage);
    free_coverage_entries(entries, inputs.count);
    input_list_free(&inputs);
    return exit_status;
}
