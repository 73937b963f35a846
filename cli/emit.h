/* The command's JSON shapes (see docs/frnews.1 and the JSON contract), written
 * from the library's public API only. */
#ifndef FRN_CLI_EMIT_H
#define FRN_CLI_EMIT_H

#include <frnews.h>
#include "json-writer.h"

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

/* The one coverage object: articles, stories, duplicates, quotes. Every
 * readable entry is listed and put in exactly one story: entries the index
 * holds in no story (those that failed to parse) get a story of their own.
 * Returns 0, or ENOMEM with nothing written. */
int emit_coverage(json_writer *w, const frn_coverage *coverage,
                  const coverage_entry *entries, size_t count);

#endif
