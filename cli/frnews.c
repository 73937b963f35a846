/* frnews: the command-line face of libfrnews. Reads the command line, opens
 * the output, lists the inputs and runs a subcommand. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <frnews.h>
#include "commands.h"
#include "input.h"
#include "item-options.h"
#include "options.h"

/* JSON unless a person reads the output on a terminal. */
static output_format resolve_output(const invocation *how)
{
    if (how->output != OUTPUT_DEFAULT)
        return how->output;
    return !how->output_file && isatty(STDOUT_FILENO) ? OUTPUT_TEXT : OUTPUT_JSON;
}

/* A progress line for a person at a terminal, unless the output goes to
 * that terminal too: the records would break the line. */
static int shows_progress(const invocation *how)
{
    return isatty(STDERR_FILENO) && (how->output_file || !isatty(STDOUT_FILENO));
}

/* The inputs with directories replaced by their files. A directory that
 * cannot be listed is reported; *failed is then set. */
static int expand_inputs(const invocation *how, input_list *inputs, int *failed)
{
    input_walk walk = {how->recursive, how->glob};

    for (size_t i = 0; i < how->file_count; i++) {
        int error = input_list_add_expanded(inputs, how->files[i], &walk);
        if (error == ENOMEM)
            return ENOMEM;
        if (error) {
            input_report_error(how->files[i], error);
            *failed = 1;
        }
    }
    return 0;
}

/* The command line's URL and reference date are checked before any input
 * is read: a bad one is a usage error. */
static int check_article_options(const invocation *how, frn_article_options **options)
{
    const char *refused = NULL, *value = NULL;
    frn_status status = item_options_make(how, NULL, options, &refused, &value);

    if (refused)
        return options_usage_error(refused, value);
    if (status != FRN_OK) {
        fprintf(stderr, "frnews: %s\n", frn_status_str(status));
        return CLI_EXIT_FAILURE;
    }
    return -1;
}

static int run_command(command_args *args)
{
    switch (args->how->command) {
    case COMMAND_PARSE: return command_parse(args);
    case COMMAND_QUOTES: return command_quotes(args);
    default: return command_coverage(args);
    }
}

/* Flush and close the output; a failed write makes the run fail. */
static int finish_output(command_args *args, int exit_status)
{
    int error = json_writer_flush(args->json);

    if (!error && fflush(args->out) != 0)
        error = errno;
    if (args->out != stdout && fclose(args->out) != 0 && !error)
        error = errno;
    if (error) {
        fprintf(stderr, "frnews: cannot write the output: %s\n", strerror(error));
        return CLI_EXIT_FAILURE;
    }
    return exit_status;
}

static int run_with_output(const invocation *how, command_args *args)
{
    int exit_status;

    args->out = how->output_file ? fopen(how->output_file, "w") : stdout;
    if (!args->out) {
        fprintf(stderr, "frnews: %s: %s\n", how->output_file, strerror(errno));
        return CLI_EXIT_USAGE;
    }
    json_writer_init(args->json, args->out);
    exit_status = run_command(args);
    return finish_output(args, exit_status);
}

static int run(const invocation *how)
{
    command_args args = {.how = how, .output = resolve_output(how),
                         .show_progress = shows_progress(how)};
    frn_article_options *options = NULL;
    input_list inputs;
    int expand_failed = 0;
    int exit_status = check_article_options(how, &options);

    input_list_init(&inputs);
    if (exit_status < 0 && (frn_ctx_new(&args.ctx) != FRN_OK ||
                            !(args.json = malloc(sizeof *args.json)) ||
                            expand_inputs(how, &inputs, &expand_failed) != 0)) {
        fputs("frnews: out of memory\n", stderr);
        exit_status = CLI_EXIT_FAILURE;
    }
    if (exit_status < 0) {
        args.options = options;
        args.files = inputs.paths;
        args.file_count = inputs.count;
        exit_status = run_with_output(how, &args);
        if (expand_failed && exit_status == CLI_EXIT_SUCCESS)
            exit_status = CLI_EXIT_FAILURE;
    }
    input_list_free(&inputs);
    free(args.json);
    frn_ctx_free(args.ctx);
    frn_article_options_free(options);
    return exit_status;
}

int main(int argc, char **argv)
{
    invocation how = {.format = INPUT_AUTO, .max_input = FRN_ARTICLE_DEFAULT_MAX_INPUT,
                      .max_html_depth = FRN_ARTICLE_DEFAULT_MAX_HTML_DEPTH,
                      .jobs = 1};
    int done = options_parse(argc, argv, &how);

    return done >= 0 ? done : run(&how);
}
