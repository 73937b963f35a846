/* The command's JSON shapes (see docs/frnews.1 and the JSON contract), written
 * from the library's public API only. */
#ifndef FRN_CLI_EMIT_H
#define FRN_CLI_EMIT_H

#include <frnews.h>
#include <stdio.h>
#include "input-stream.h"
#include "json-writer.h"

/* One input item's outcome, as the record writers take it. */
typedef struct article_outcome {
    const input_item *item;
    const frn_article *article;   /* NULL when it failed */
    const frn_quote_list *quotes; /* NULL when it failed */
    frn_status status;
    const char *message;          /* why it failed */
} article_outcome;

/* The JSON line of one item (emit-article.c): "file", where in the input
 * it was ("id", "url", "line", "offset" for JSON Lines and WARC records),
 * then the article's fields when with_article, and "quotes" or "error". */
void emit_article_json(json_writer *w, const article_outcome *outcome, int with_article);

/* CSV (emit-csv.c): one row per quotation, or one for a failed item. */
void emit_article_csv_header(FILE *out);
void emit_article_csv(FILE *out, const article_outcome *outcome);

/* Text for people (emit-text.c). */
void emit_article_text(FILE *out, const article_outcome *outcome, int with_article);

/* Member "error": {"code", "message"} for a failed call made with ctx. */
void emit_error(json_writer *w, const frn_ctx *ctx, frn_status status);

/* The same member from a status and a message saved earlier. */
void emit_saved_error(json_writer *w, frn_status status, const char *message);

/* Members format, title, authors, published, site, language, text and
 * paragraphs of a parsed article, inside an object the caller opened. */
void emit_article_fields(json_writer *w, const frn_article *article);

/* An array value of QUOTE objects. */
void emit_quote_list(json_writer *w, const frn_quote_list *quotes);

/* What the coverage output says about one input that could be read. */
typedef struct coverage_entry {
    const char *file;   /* the path as given; borrowed */
    char *id;           /* unique in the collection */
    int readable;       /* 0: the input could not be read and is left out */
    int added;          /* 1: parsed and added to the index at `index` */
    size_t index;
    char *title;        /* NULL when none or not parsed */
    char *published;
    frn_status status;  /* why it was not added */
    char *message;
    frn_coverage_record *record; /* kept for a store (coverage --db), else NULL */
} coverage_entry;

/* Helpers of the coverage command (coverage-command.c). */
void free_coverage_entries(coverage_entry *entries, size_t count);
int report_coverage_failure(const char *what, const frn_ctx *ctx, frn_status status);
int worse_exit_status(int a, int b);

/* coverage --db (coverage-store.c): store the records of the entries that
 * parsed (one batch), evict by --since, and report on everything stored.
 * Returns the exit status. */
struct command_args;
int coverage_with_store(const struct command_args *args, coverage_entry *entries, size_t count);

/* Read, parse and add every article of the inputs to coverage on
 * args->how->jobs threads (coverage-inputs.c), in input order. files has
 * one entry per input, with its unique id; *entries receives one entry per
 * article read (*count of them, the caller frees them), its outcome kept
 * on it and counted in *tally. Returns 0, or an errno value when the run
 * could not go on (out of memory, jobs that could not start). */
struct run_tally;
int coverage_add_inputs(const struct command_args *args, frn_coverage *coverage,
                        const coverage_entry *files, size_t file_count,
                        coverage_entry **entries, size_t *count, struct run_tally *tally);

/* The coverage report in the output format the run asks for. Returns 0 or
 * ENOMEM. */
int write_coverage(const struct command_args *args, const frn_coverage *coverage,
                   const coverage_entry *entries, size_t count);

/* The one coverage object: articles, stories, duplicates, quotes. Every
 * readable entry is listed and put in exactly one story: entries the index
 * holds in no story (those that failed to parse) get a story of their own.
 * Returns 0, or ENOMEM with nothing written. */
int emit_coverage(json_writer *w, const frn_coverage *coverage,
                  const coverage_entry *entries, size_t count);

/* coverage --output csv (emit-csv.c): a header, then one row per source
 * of each merged quotation. */
void emit_coverage_csv(FILE *out, const frn_coverage *coverage);

/* coverage --output text (emit-text.c): counts, failures, stories, quotations. */
void emit_coverage_text(FILE *out, const frn_coverage *coverage, const coverage_entry *entries,
                        size_t count);

#endif
