/* The subcommands of frnews. Each takes the inputs named on the command line
 * and returns the exit status. */
#ifndef FRN_CLI_COMMANDS_H
#define FRN_CLI_COMMANDS_H

#include <stddef.h>
#include <stdio.h>
#include <frnews.h>
#include "json-writer.h"
#include "options.h"

/* Exit statuses, as documented in frnews(1). */
enum {
    CLI_EXIT_SUCCESS = 0, /* every input was read and parsed */
    CLI_EXIT_FAILURE = 1, /* some inputs failed, or out of memory, or the output
                             could not be written */
    CLI_EXIT_USAGE = 2    /* bad usage, or no input could be read at all */
};

/* What every subcommand is given. */
typedef struct command_args {
    const invocation *how;
    frn_ctx *ctx;             /* the calling thread's context */
    const frn_article_options *options; /* from the command line, for coverage */
    output_format output;     /* resolved: never OUTPUT_DEFAULT */
    FILE *out;
    json_writer *json;        /* on out, for coverage's one object */
    char *const *files;       /* the inputs, directories expanded */
    size_t file_count;
    int show_progress;
} command_args;

/* How the run went, for the exit status. */
typedef struct run_tally {
    size_t inputs, failed, unreadable;
} run_tally;

/* 0 when nothing failed, 1 when something did, 2 when nothing could be
 * read at all. */
int tally_exit_status(const run_tally *tally);

/* One record per article: the article, its quotations, or an error. */
int command_parse(const command_args *args);

/* One record per article: {"file", "quotes"}, or an error. */
int command_quotes(const command_args *args);

/* One report for all inputs. */
int command_coverage(const command_args *args);

#endif
