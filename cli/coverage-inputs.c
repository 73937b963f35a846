/* Reading coverage's inputs: each article (a file, or a record of a JSON
 * Lines or WARC file) is read on the calling thread, parsed into a
 * coverage record on one of --jobs threads, and added to the index in
 * input order, so any number of jobs builds the same index. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "commands.h"
#include "emit.h"
#include "input.h"
#include "item-options.h"
#include "jobs.h"
#include "progress.h"
#include "coverage-ids.h"
#include "input-stream.h"

/* The calling thread's side. */
typedef struct coverage_run {
    const command_args *args;
    frn_coverage *coverage;
    const coverage_entry *files; /* one per path, with the files' unique ids */
    input_stream *stream;
    coverage_id_set *ids;        /* every id given so far */
    coverage_entry *entries;     /* one per article read, in input order */
    size_t count, capacity, delivered;
    int out_of_memory;
    run_tally *tally;
    progress progress;
} coverage_run;

/* What a worker makes of one input (in a slot of the jobs' window,
 * emptied by its delivery). */
typedef struct parsed_input {
    frn_coverage_record *record;
    char *title, *published;
    frn_status status;
    char *message;
} parsed_input;

static char *copy_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

static coverage_entry *append_entry(coverage_run *run)
{
    if (run->count == run->capacity) {
        size_t capacity = run->capacity ? run->capacity * 2 : 64;
        coverage_entry *bigger = realloc(run->entries, capacity * sizeof *bigger);
        if (!bigger)
            return NULL;
        run->entries = bigger;
        run->capacity = capacity;
    }
    memset(&run->entries[run->count], 0, sizeof *run->entries);
    return &run->entries[run->count++];
}

/* A whole file is named by its file's id; an article of a JSON Lines or
 * WARC file by its "id", else by its file's id and its line or offset
 * ("crawl#1172"), made unique against every id given so far. */
static char *id_of(coverage_run *run, const input_item *item)
{
    const char *file_id = run->files[item->input].id;
    char base[300];

    if (!item->line && !item->has_offset)
        return strdup(file_id);
    if (item->id)
        return coverage_id_set_claim(run->ids, item->id);
    if (item->line)
        snprintf(base, sizeof base, "%.200s#%zu", file_id, item->line);
    else
        snprintf(base, sizeof base, "%.200s#%llu", file_id, (unsigned long long)item->offset);
    return coverage_id_set_claim(run->ids, base);
}

/* The next article of the inputs, with its entry; the entry's id rides in
 * item->id to the worker. */
static int next(void *source, input_item *item)
{
    coverage_run *run = source;
    coverage_entry *entry;

    if (run->out_of_memory || !input_stream_next(run->stream, item))
        return 0;
    entry = append_entry(run);
    if (entry) {
        entry->file = run->files[item->input].file;
        entry->id = id_of(run, item);
    }
    if (!entry || !entry->id) {
        run->out_of_memory = 1;
        run->count -= entry != NULL;
        return 0;
    }
    free(item->id);
    item->id = strdup(entry->id);
    return item->id != NULL || (run->out_of_memory = 1, 0);
}

/* Parse one input into its coverage record (on a worker thread). */
static void work(void *state, const input_item *item, void *result)
{
    job_worker *w = state;
    const command_args *args = ((coverage_run *)w->shared)->args;
    parsed_input *parsed = result;
    frn_article *article = NULL;
    frn_quote_list *quotes = NULL;
    char refusal[512];
    frn_status status;

    if (item->status != FRN_OK)
        return;
    status = item_parse(w->ctx, args->how, item, &article, &quotes, refusal, sizeof refusal);
    if (status == FRN_OK)
        status = frn_coverage_record_new(w->ctx, item->id, article, quotes, &parsed->record);
    if (status == FRN_OK) {
        parsed->title = copy_or_null(frn_article_get_title(article));
        parsed->published = copy_or_null(frn_article_get_published(article));
    } else
        parsed->message = strdup(refusal[0] ? refusal : frn_ctx_get_errmsg(w->ctx));
    parsed->status = status;
    frn_quote_list_free(quotes);
    frn_article_free(article);
}

/* Add the record to the index (kept on the entry for a store). */
static void add_record(coverage_run *run, coverage_entry *entry, parsed_input *parsed)
{
    frn_status status = frn_coverage_add_record(run->args->ctx, run->coverage, parsed->record,
                                                &entry->index);

    if (status != FRN_OK) {
        entry->status = status;
        entry->message = strdup(frn_ctx_get_errmsg(run->args->ctx));
        return;
    }
    entry->added = 1;
    entry->title = parsed->title;
    entry->published = parsed->published;
    parsed->title = parsed->published = NULL;
    if (run->args->how->db) {
        entry->record = parsed->record;
        parsed->record = NULL;
    }
}

static void take_result(coverage_run *run, coverage_entry *entry, const input_item *item,
                        parsed_input *parsed)
{
    entry->readable = 1;
    if (item->status != FRN_OK) {
        entry->status = item->status;
        entry->message = copy_or_null(item->message);
    } else if (parsed->status != FRN_OK) {
        entry->status = parsed->status;
        entry->message = parsed->message;
        parsed->message = NULL;
    } else
        add_record(run, entry, parsed);
}

static void report_failure(const coverage_entry *entry)
{
    fprintf(stderr, "frnews: %s: %s\n", entry->file,
            entry->message && *entry->message ? entry->message : frn_status_str(entry->status));
}

static void deliver(void *sink, const input_item *item, void *result)
{
    coverage_run *run = sink;
    coverage_entry *entry = &run->entries[run->delivered++];
    parsed_input *parsed = result;

    run->tally->inputs++;
    if (item->unreadable) {
        progress_clear(&run->progress);
        fprintf(stderr, "frnews: %s: %s\n", entry->file, item->message ? item->message : "");
        run->tally->failed++;
        run->tally->unreadable++;
    } else {
        take_result(run, entry, item, parsed);
        if (!entry->added) {
            progress_clear(&run->progress);
            report_failure(entry);
            run->tally->failed++;
        }
    }
    progress_update(&run->progress, run->tally->inputs, input_stream_bytes(run->stream));
    frn_coverage_record_free(parsed->record);
    free(parsed->title);
    free(parsed->published);
    free(parsed->message);
    memset(parsed, 0, sizeof *parsed);
}

static const job_ops coverage_job = {next, sizeof(job_worker), sizeof(parsed_input), work, deliver, NULL};

/* Every file's id is taken before any article of a stream is named. */
static int claim_file_ids(coverage_run *run, size_t file_count)
{
    run->ids = coverage_id_set_new();
    for (size_t i = 0; run->ids && i < file_count; i++)
        if (coverage_id_set_add(run->ids, run->files[i].id) != 0)
            return ENOMEM;
    return run->ids ? 0 : ENOMEM;
}

int coverage_add_inputs(const command_args *args, frn_coverage *coverage,
                        const coverage_entry *files, size_t file_count,
                        coverage_entry **entries, size_t *count, run_tally *tally)
{
    coverage_run run = {.args = args, .coverage = coverage, .files = files, .tally = tally};
    int error = claim_file_ids(&run, file_count);

    if (!error)
        error = input_stream_open(args->files, file_count, args->how->format,
                                  args->how->max_input, &run.stream);
    progress_start(&run.progress, args->show_progress, progress_total_size(args->files, file_count));
    if (!error)
        error = jobs_run(args->how->jobs, &coverage_job, &run, &run, &run);
    progress_finish(&run.progress, tally->inputs, input_stream_bytes(run.stream));
    if (!error && run.out_of_memory)
        error = ENOMEM;
    if (error)
        fprintf(stderr, "frnews: coverage: %s\n", strerror(error));
    input_stream_free(run.stream);
    coverage_id_set_free(run.ids);
    *entries = run.entries;
    *count = run.count;
    return error;
}
