/* frnews: the command-line face of libfrnews. Parses the command line,
 * sets up one context and one output writer, and runs a subcommand. */
#define _GNU_SOURCE /* getopt_long */
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <frnews.h>
#include "commands.h"
#include "json-writer.h"

static const char usage_text[] =
    "Usage: frnews COMMAND [OPTIONS] FILE...\n"
    "       frnews --help | --version\n"
    "\n"
    "Commands:\n"
    "  parse     one JSON line per input: metadata, body, paragraphs, quotations\n"
    "  quotes    one JSON line per input: its quotations with their speakers\n"
    "  coverage  one JSON object for all inputs: stories, near-duplicates and\n"
    "            quotations printed by several articles; a DIR stands for the\n"
    "            files in it\n"
    "  help      show this help\n"
    "\n"
    "Options:\n"
    "  -f, --format=FORMAT  read inputs as auto (default), text or html\n"
    "  -u, --url=URL        the URL the inputs were fetched from\n"
    "      --db=FILE        coverage: add the inputs to the SQLite store FILE (created\n"
    "                       if need be) and report on everything it holds\n"
    "      --since=DATE     coverage --db: first remove the articles published before\n"
    "                       DATE (YYYY-MM-DD)\n"
    "      --max-input=SIZE refuse inputs over SIZE bytes (K, M, G: binary\n"
    "                       multiples); 64M by default\n"
    "      --repair-utf8    read bytes that are not UTF-8 (and NUL bytes) as\n"
    "                       U+FFFD instead of refusing the input\n"
    "  -r, --reference-date=DATE  when the inputs were fetched (ISO 8601): what\n"
    "                       relative dates (\"3 hours ago\") count back from\n"
    "  -c, --detect-charset text inputs that are not UTF-8 are converted from the\n"
    "                       charset detected, instead of refused\n"
    "  -h, --help           show this help\n"
    "  -V, --version        show the library version\n"
    "\n"
    "A FILE of - reads standard input. See frnews(1) for the output fields.\n";

typedef int (*command_fn)(const command_args *args);

static const struct command_entry {
    const char *name;
    command_fn run;
} commands[] = {
    {"parse", command_parse},
    {"quotes", command_quotes},
    {"coverage", command_coverage},
};

/* What the command line asked for, before anything is run. */
typedef struct invocation {
    command_fn run;
    frn_format format;
    const char *url;
    const char *db;
    const char *since;
    size_t max_input;
    int repair_utf8;
    const char *reference_date;
    int detect_charset;
    char *const *files;
    size_t file_count;
} invocation;

static int usage_error(const char *complaint, const char *detail)
{
    if (complaint)
        fprintf(stderr, "frnews: %s%s%s\n", complaint, detail ? " " : "", detail ? detail : "");
    fputs(usage_text, stderr);
    return CLI_EXIT_BAD_INPUT;
}

static int show_usage(void)
{
    fputs(usage_text, stdout);
    return fflush(stdout) == 0 ? CLI_EXIT_SUCCESS : CLI_EXIT_FAILURE;
}

static int show_version(void)
{
    printf("frnews %s\n", frn_version_string());
    return fflush(stdout) == 0 ? CLI_EXIT_SUCCESS : CLI_EXIT_FAILURE;
}

static int parse_format(const char *name, frn_format *format)
{
    static const frn_format formats[] = {FRN_FORMAT_AUTO, FRN_FORMAT_TEXT, FRN_FORMAT_HTML};

    for (size_t i = 0; i < sizeof formats / sizeof *formats; i++)
        if (strcmp(name, frn_format_name(formats[i])) == 0) {
            *format = formats[i];
            return 0;
        }
    return -1;
}

/* "65536", "64K", "64M", "1G": a positive size in bytes. */
static int parse_size(const char *text, size_t *size)
{
    char *end;
    unsigned long long value;
    unsigned shift = 0;

    if (text[0] < '0' || text[0] > '9')
        return -1;
    errno = 0;
    value = strtoull(text, &end, 10);
    if (errno || value == 0)
        return -1;
    switch (*end) {
    case 'K': shift = 10; end++; break;
    case 'M': shift = 20; end++; break;
    case 'G': shift = 30; end++; break;
    default: break;
    }
    if (*end || value > (SIZE_MAX >> shift))
        return -1;
    *size = (size_t)value << shift;
    return 0;
}

static command_fn find_command(const char *name)
{
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (strcmp(name, commands[i].name) == 0)
            return commands[i].run;
    return NULL;
}

/* Long options without a short form. */
enum { OPTION_MAX_INPUT = 256, OPTION_REPAIR_UTF8 };

static const struct option long_options[] = {
    {"format", required_argument, NULL, 'f'},
    {"url", required_argument, NULL, 'u'},
    {"db", required_argument, NULL, 'd'},
    {"since", required_argument, NULL, 's'},
    {"max-input", required_argument, NULL, OPTION_MAX_INPUT},
    {"repair-utf8", no_argument, NULL, OPTION_REPAIR_UTF8},
    {"reference-date", required_argument, NULL, 'r'},
    {"detect-charset", no_argument, NULL, 'c'},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, 'V'},
    {NULL, 0, NULL, 0},
};

/* Options before the command: only --help and --version. "+" stops at the
 * command name, so the command's own options are left for later.
 * Returns -1 to go on, else the exit status. */
static int parse_global_options(int argc, char **argv)
{
    int option;

    while ((option = getopt_long(argc, argv, "+hV", long_options, NULL)) != -1) {
        switch (option) {
        case 'h': return show_usage();
        case 'V': return show_version();
        default: return usage_error(NULL, NULL);
        }
    }
    return -1;
}

/* The command's options and inputs, in any order (GNU getopt permutes).
 * Returns -1 to go on, else the exit status. */
static int parse_command_options(int argc, char **argv, invocation *how)
{
    int option;

    optind = 0; /* glibc: start a fresh scan at argv[1] */
    while ((option = getopt_long(argc, argv, "f:u:r:chV", long_options, NULL)) != -1) {
        switch (option) {
        case 'f':
            if (parse_format(optarg, &how->format) != 0)
                return usage_error("unknown format (use auto, text or html):", optarg);
            break;
        case 'u': how->url = optarg; break;
        case 'd': how->db = optarg; break;
        case 's': how->since = optarg; break;
        case OPTION_MAX_INPUT:
            if (parse_size(optarg, &how->max_input) != 0)
                return usage_error("not a size in bytes (such as 65536, 64K, 64M or 1G):", optarg);
            break;
        case OPTION_REPAIR_UTF8: how->repair_utf8 = 1; break;
        case 'r': how->reference_date = optarg; break;
        case 'c': how->detect_charset = 1; break;
        case 'h': return show_usage();
        case 'V': return show_version();
        default: return usage_error(NULL, NULL);
        }
    }
    how->files = argv + optind;
    how->file_count = (size_t)(argc - optind);
    if ((how->db || how->since) && how->run != command_coverage)
        return usage_error("--db and --since go with the coverage command", NULL);
    if (how->since && !how->db)
        return usage_error("--since needs --db", NULL);
    /* A store is a collection already: it may be reported on alone. */
    if (how->file_count == 0 && !how->db)
        return usage_error("no input given; name a FILE, or - for standard input", NULL);
    return -1;
}

/* Messages name the program "frnews" whatever path ran it (libtool runs
 * the build tree's binary under another name). */
static char program_name[] = "frnews";

/* Returns -1 when there is a command to run, else the exit status. */
static int parse_command_line(int argc, char **argv, invocation *how)
{
    int done, command_at;

    argv[0] = program_name;
    done = parse_global_options(argc, argv);
    command_at = optind;

    if (done >= 0)
        return done;
    if (command_at == argc)
        return usage_error("no command given", NULL);
    if (strcmp(argv[command_at], "help") == 0)
        return show_usage();
    how->run = find_command(argv[command_at]);
    if (!how->run)
        return usage_error("unknown command:", argv[command_at]);
    /* The command's arguments start at its name; naming that slot after the
     * program makes getopt's own messages read "frnews: ...". */
    argv[command_at] = program_name;
    return parse_command_options(argc - command_at, argv + command_at, how);
}

/* The article options the command line asks for. When a value is refused,
 * *refused names it for the usage message. */
static frn_status make_article_options(const invocation *how, frn_article_options **options,
                                       const char **refused, const char **value)
{
    frn_status status = frn_article_options_new(options);

    *refused = NULL;
    if (status == FRN_OK)
        status = frn_article_options_set_format(*options, how->format);
    if (status == FRN_OK)
        status = frn_article_options_set_url(*options, how->url);
    if (status == FRN_ERR_INVALID_ARG) {
        *refused = "the URL is not valid UTF-8:";
        *value = how->url;
    }
    if (status == FRN_OK)
        status = frn_article_options_set_max_input(*options, how->max_input);
    if (status == FRN_OK)
        status = frn_article_options_set_repair_utf8(*options, how->repair_utf8);
    if (status == FRN_OK)
        status = frn_article_options_set_detect_charset(*options, how->detect_charset);
    if (status == FRN_OK) {
        status = frn_article_options_set_reference_date(*options, how->reference_date);
        if (status == FRN_ERR_INVALID_ARG) {
            *refused = "the reference date is not an ISO 8601 date:";
            *value = how->reference_date;
        }
    }
    if (status != FRN_OK) {
        frn_article_options_free(*options);
        *options = NULL;
    }
    return status;
}

/* Run the command with one context and one writer on standard output. */
static int run(const invocation *how)
{
    command_args args = {NULL, NULL, how->max_input, how->files, how->file_count, NULL,
                         how->db, how->since};
    frn_article_options *options = NULL;
    json_writer *out = malloc(sizeof *out);
    frn_status status = out ? frn_ctx_new(&args.ctx) : FRN_ERR_NOMEM;
    const char *refused = NULL, *refused_value = NULL;
    int exit_status = CLI_EXIT_FAILURE, write_error;

    if (status == FRN_OK)
        status = make_article_options(how, &options, &refused, &refused_value);
    if (refused)
        exit_status = usage_error(refused, refused_value);
    else if (status != FRN_OK)
        fprintf(stderr, "frnews: %s\n", frn_status_str(status));
    else {
        args.options = options;
        args.out = out;
        json_writer_init(out, stdout);
        exit_status = how->run(&args);
        write_error = json_writer_flush(out);
        if (write_error) {
            fprintf(stderr, "frnews: cannot write the output: %s\n", strerror(write_error));
            exit_status = CLI_EXIT_FAILURE;
        }
    }
    frn_article_options_free(options);
    frn_ctx_free(args.ctx);
    free(out);
    return exit_status;
}

int main(int argc, char **argv)
{
    invocation how = {.run = NULL, .format = FRN_FORMAT_AUTO,
                      .max_input = FRN_ARTICLE_DEFAULT_MAX_INPUT};
    int done = parse_command_line(argc, argv, &how);

    return done >= 0 ? done : run(&how);
}
