/* The command line of frnews: the command, its options and its inputs,
 * and the help texts. */
#ifndef FRN_CLI_OPTIONS_H
#define FRN_CLI_OPTIONS_H

#include <stddef.h>
#include <frnews.h>
#include "input-stream.h"

/* How results are written: JSON (the contract), CSV, or text for people. */
typedef enum output_format { OUTPUT_DEFAULT, OUTPUT_JSON, OUTPUT_CSV, OUTPUT_TEXT } output_format;

typedef enum command_kind { COMMAND_PARSE, COMMAND_QUOTES, COMMAND_COVERAGE } command_kind;

/* What the command line asked for, before anything is run. */
typedef struct invocation {
    command_kind command;
    input_format format;
    const char *url;
    const char *db;
    const char *since;
    size_t max_input;
    size_t max_html_depth;
    int repair_utf8;
    const char *reference_date;
    int detect_charset;
    int join_split_quotes; /* --join-split-quotes */
    int skip_titles;       /* --skip-titles */
    int recursive;
    const char *glob;
    const char *output_file; /* -o, or NULL for standard output */
    output_format output;
    size_t jobs;
    char *const *files;
    size_t file_count;
} invocation;

/* Fill *how from argv (argv[0] is renamed "frnews" for messages). Returns
 * -1 when there is a command to run, else the exit status (help shown, or
 * a usage error reported in one line and a hint). */
int options_parse(int argc, char **argv, invocation *how);

/* A usage error: "frnews: COMPLAINT DETAIL" and the hint, on stderr.
 * Returns the exit status for it. */
int options_usage_error(const char *complaint, const char *detail);

#endif
