/* The subcommands of frnews. Each takes the inputs named on the command line
 * and returns the exit status. */
#ifndef FRN_CLI_COMMANDS_H
#define FRN_CLI_COMMANDS_H

#include <stddef.h>
#include <frnews.h>
#include "json-writer.h"

/* Exit statuses, as documented in frnews(1). */
enum {
    CLI_EXIT_SUCCESS = 0,   /* every input was read (some may not be articles) */
    CLI_EXIT_FAILURE = 1,   /* out of memory, or output could not be written */
    CLI_EXIT_BAD_INPUT = 2  /* bad usage, or an input could not be read */
};

/* What every subcommand is given. */
typedef struct command_args {
    frn_ctx *ctx;                     /* one context for the whole run */
    const frn_article_options *options;
    size_t max_input;                 /* bytes read from one input at most */
    char *const *files;
    size_t file_count;
    json_writer *out;
    const char *db;    /* coverage: the store to add to and read from, or NULL */
    const char *since; /* coverage --db: evict articles published before this date */
} command_args;

/* One JSON line per input: the article, its quotations, or an error. */
int command_parse(const command_args *args);

/* One JSON line per input: {"file", "quotes"}, or an error. */
int command_quotes(const command_args *args);

/* One JSON object for all inputs; directories stand for the files in them. */
int command_coverage(const command_args *args);

#endif
