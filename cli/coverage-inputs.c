/* Reading coverage's inputs: each file is read on the calling thread,
 * parsed into a coverage record on one of --jobs threads, and added to the
 * index in input order, so any number of jobs builds the same index. */
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
#include "jsonl-reader.h"
#include "warc-reader.h"

/* The calling thread's side. */
typedef struct coverage_run {
    const command_args *args;
    frn_coverage *coverage;
    coverage_entry *entries;
    size_t count, read, delivered;
    run_tally *tally;
    progress progress;
    uint64_t bytes;
} coverage_run;

typedef struct coverage_worker {
    const command_args *args;
    frn_ctx *ctx;
} coverage_worker;

/* What a worker makes of one input. */
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

static void refuse_item(input_item *item, frn_status status, const char *message)
{
    free(item->data);
    item->data = NULL;
    item->status = status;
    item->message = strdup(message);
}

/* Read the next entry's file into item (the entry's id rides in item->id). */
static int next(void *source, input_item *item)
{
    coverage_run *run = source;
    coverage_entry *entry;
    char message[200];
    const char *kind;
    int error;

    if (run->read == run->count)
        return 0;
    entry = &run->entries[run->read++];
    item->file = strdup(entry->file);
    item->id = strdup(entry->id);
    item->format = item_options_file_format(run->args->how);
    error = input_read(entry->file, run->args->how->max_input, &item->data, &item->len);
    if (error == EFBIG) {
        input_describe_too_large(message, sizeof message, item->len, run->args->how->max_input);
        refuse_item(item, FRN_ERR_TOO_LARGE, message);
    } else if (error) {
        item->unreadable = error;
        refuse_item(item, FRN_ERR_IO, strerror(error));
    } else if ((kind = container_kind(item->data, item->len)) != NULL) {
        snprintf(message, sizeof message, "this is %s, and coverage takes one article a file "
                 "(parse and quotes read %s)", kind, kind);
        refuse_item(item, FRN_ERR_FORMAT, message);
    }
    return 1;
}

static void *worker_new(void *shared)
{
    coverage_worker *w = malloc(sizeof *w);

    if (!w)
        return NULL;
    w->args = ((coverage_run *)shared)->args;
    if (frn_ctx_new(&w->ctx) != FRN_OK) {
        free(w);
        return NULL;
    }
    return w;
}

static void worker_free(void *state)
{
    coverage_worker *w = state;

    frn_ctx_free(w->ctx);
    free(w);
}

/* Parse one input into its coverage record (on a worker thread). */
static void *work(void *state, const input_item *item)
{
    coverage_worker *w = state;
    parsed_input *parsed = calloc(1, sizeof *parsed);
    frn_article *article = NULL;
    frn_quote_list *quotes = NULL;
    char refusal[512];
    frn_status status;

    if (!parsed || item->status != FRN_OK)
        return parsed;
    status = item_parse(w->ctx, w->args->how, item, &article, &quotes, refusal, sizeof refusal);
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
    return parsed;
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
    } else if (!parsed) {
        entry->status = FRN_ERR_NOMEM;
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
    run->bytes += item->len;
    if (item->unreadable) {
        progress_clear(&run->progress);
        input_report_error(entry->file, item->unreadable);
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
    progress_update(&run->progress, run->tally->inputs, run->bytes);
    if (parsed) {
        frn_coverage_record_free(parsed->record);
        free(parsed->title);
        free(parsed->published);
        free(parsed->message);
        free(parsed);
    }
}

static const job_ops coverage_job = {next, worker_new, worker_free, work, deliver};

int coverage_add_inputs(const command_args *args, frn_coverage *coverage,
                        coverage_entry *entries, size_t count, run_tally *tally)
{
    coverage_run run = {args, coverage, entries, count, 0, 0, tally, {0}, 0};
    int error;

    progress_start(&run.progress, args->show_progress, progress_total_size(args->files, count));
    error = jobs_run(args->how->jobs, &coverage_job, &run, &run, &run);
    progress_finish(&run.progress, tally->inputs, run.bytes);

    if (error)
        fprintf(stderr, "frnews: cannot start the jobs: %s\n", strerror(error));
    return error;
}
