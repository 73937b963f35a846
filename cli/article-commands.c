/* `frnews parse` and `frnews quotes`: one record per article, in input
 * order, whatever the number of jobs: each item's record is written into a
 * buffer by a worker and the buffers are written out in order. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "commands.h"
#include "emit.h"
#include "item-options.h"
#include "jobs.h"
#include "progress.h"

/* One thread's state. */
typedef struct article_worker {
    job_worker base;
    char refusal[512]; /* an item's URL or date the options refused */
    json_writer json;
} article_worker;

/* One item's record, ready to be written out; a slot's record keeps its
 * stream and buffer from item to item. */
typedef struct article_record {
    FILE *out;          /* writes to bytes (open_memstream) */
    char *bytes;
    size_t len;
    frn_status status;  /* FRN_OK, or why the item failed */
    char *complaint;    /* the line for stderr when it failed */
} article_record;

/* The calling thread's side: the stream read from and the output. */
typedef struct article_run {
    const command_args *args;
    input_stream *stream;
    run_tally tally;
    progress progress;
    int write_error; /* errno of the first failed write, else 0 */
} article_run;

static const command_args *worker_args(const article_worker *w)
{
    return ((const article_run *)w->base.shared)->args;
}

static void write_outcome(article_worker *w, FILE *out, const article_outcome *outcome)
{
    const command_args *args = worker_args(w);
    int with_article = args->how->command == COMMAND_PARSE;

    switch (args->output) {
    case OUTPUT_CSV:
        emit_article_csv(out, outcome);
        break;
    case OUTPUT_TEXT:
        emit_article_text(out, outcome, with_article);
        break;
    default:
        json_writer_init(&w->json, out);
        emit_article_json(&w->json, outcome, with_article);
        json_writer_flush(&w->json);
        break;
    }
}

/* Parse the item and extract its quotations; on failure the status and
 * message are kept in *outcome. */
static void parse_item(article_worker *w, const input_item *item, article_outcome *outcome,
                       frn_article **article, frn_quote_list **quotes)
{
    outcome->status = item_parse(w->base.ctx, worker_args(w)->how, item, article, quotes, w->refusal,
                                 sizeof w->refusal);
    outcome->article = *article;
    outcome->quotes = *quotes;
    outcome->message = w->refusal[0] ? w->refusal : frn_ctx_get_errmsg(w->base.ctx);
}

/* "frnews: FILE, line N: message" for stderr. */
static char *make_complaint(const article_outcome *outcome)
{
    const input_item *item = outcome->item;
    const char *message = outcome->message && *outcome->message ? outcome->message
                                                                 : frn_status_str(outcome->status);
    char where[64] = "";
    size_t size = strlen(item->file) + strlen(message) + sizeof where + 16;
    char *line = malloc(size);

    /* An item the stream refused says where already; a parse failure does not. */
    if (item->status != FRN_OK)
        where[0] = '\0';
    else if (item->line)
        snprintf(where, sizeof where, ", line %zu", item->line);
    else if (item->has_offset)
        snprintf(where, sizeof where, ", byte %llu", (unsigned long long)item->offset);
    if (line)
        snprintf(line, size, "frnews: %s%s: %s\n", item->file, where, message);
    return line;
}

/* The record's stream, emptied for a new item: made once a slot. */
static FILE *record_stream(article_record *record)
{
    if (!record->out)
        record->out = open_memstream(&record->bytes, &record->len);
    else
        rewind(record->out);
    return record->out;
}

static void work(void *state, const input_item *item, void *result)
{
    article_worker *w = state;
    article_record *record = result;
    article_outcome outcome = {item, NULL, NULL, item->status, item->message};
    frn_article *article = NULL;
    frn_quote_list *quotes = NULL;
    FILE *out = record_stream(record);

    if (item->status == FRN_OK)
        parse_item(w, item, &outcome, &article, &quotes);
    record->status = outcome.status;
    if (outcome.status != FRN_OK)
        record->complaint = make_complaint(&outcome);
    if (out) {
        write_outcome(w, out, &outcome);
        if (fflush(out) != 0 || ferror(out)) { /* out of memory: the next item opens anew */
            fclose(out);
            free(record->bytes);
            record->out = NULL;
            record->bytes = NULL;
        }
    }
    frn_quote_list_free(quotes);
    frn_article_free(article);
}

static void record_free(void *result)
{
    article_record *record = result;

    if (record->out)
        fclose(record->out);
    free(record->bytes);
    free(record->complaint);
}

static int next(void *source, input_item *item)
{
    article_run *run = source;

    return input_stream_next(run->stream, item);
}

static void deliver(void *sink, const input_item *item, void *result)
{
    article_run *run = sink;
    article_record *record = result;

    run->tally.inputs++;
    if (!record->out || !record->bytes) {
        fputs("frnews: out of memory\n", stderr);
        run->tally.failed++;
    } else if (fwrite(record->bytes, 1, record->len, run->args->out) != record->len && !run->write_error)
        run->write_error = errno ? errno : EIO;
    if (record->status != FRN_OK) {
        run->tally.failed++;
        run->tally.unreadable += item->unreadable;
        progress_clear(&run->progress);
        if (record->complaint)
            fputs(record->complaint, stderr);
    }
    free(record->complaint);
    record->complaint = NULL;
    progress_update(&run->progress, run->tally.inputs, input_stream_bytes(run->stream));
}

static const job_ops article_job = {next, sizeof(article_worker), sizeof(article_record), work, deliver,
                                    record_free};

static int run_article_command(const command_args *args)
{
    article_run run = {.args = args};
    int error;

    if (input_stream_open(args->files, args->file_count, args->how->format,
                          args->how->max_input, &run.stream) != 0) {
        fputs("frnews: out of memory\n", stderr);
        return CLI_EXIT_FAILURE;
    }
    progress_start(&run.progress, args->show_progress,
                   progress_total_size(args->files, args->file_count));
    if (args->output == OUTPUT_CSV)
        emit_article_csv_header(args->out);
    error = jobs_run(args->how->jobs, &article_job, &run, &run, &run);
    progress_finish(&run.progress, run.tally.inputs, input_stream_bytes(run.stream));
    input_stream_free(run.stream);
    if (error) {
        fprintf(stderr, "frnews: cannot start the jobs: %s\n", strerror(error));
        return CLI_EXIT_FAILURE;
    }
    if (run.write_error) {
        fprintf(stderr, "frnews: cannot write the output: %s\n", strerror(run.write_error));
        return CLI_EXIT_FAILURE;
    }
    return tally_exit_status(&run.tally);
}

int tally_exit_status(const run_tally *tally)
{
    if (tally->inputs > 0 && tally->unreadable == tally->inputs)
        return CLI_EXIT_USAGE;
    return tally->failed ? CLI_EXIT_FAILURE : CLI_EXIT_SUCCESS;
}

int command_parse(const command_args *args)
{
    return run_article_command(args);
}

int command_quotes(const command_args *args)
{
    return run_article_command(args);
}
