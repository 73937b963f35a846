/* Command-line parsing and help. The texts here, README.md and frnews(1)
 * say the same things. */
#define _GNU_SOURCE /* getopt_long */
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "commands.h"
#include "input.h"
#include "options.h"

static const char general_help[] =
    "Usage: frnews COMMAND [OPTIONS] INPUT...\n"
    "       frnews help [COMMAND] | --help | --version\n"
    "\n"
    "Commands:\n"
    "  parse     one record per article: metadata, body, paragraphs, quotations\n"
    "  quotes    one record per article: its quotations with their speakers\n"
    "  coverage  one report for all articles: stories, near-duplicates and\n"
    "            quotations printed by several articles\n"
    "  help      show this help, or a command's (frnews help parse)\n"
    "\n"
    "An INPUT is a file, - for standard input, or a directory with -r. A file\n"
    "holds one article (text or HTML), JSON Lines of articles, or a WARC crawl\n"
    "(.warc or .warc.gz). Output is JSON Lines (coverage: one JSON object) when\n"
    "standard output is not a terminal, readable text when it is; with the\n"
    "output in a file or a pipe, a terminal's standard error shows the progress.\n"
    "Exit status: 0 every input parsed, 1 some failed, 2 usage error or\n"
    "nothing readable. See 'frnews COMMAND --help' and frnews(1).\n";

static const char input_help[] =
    "Input options:\n"
    "  -f, --format=FORMAT  auto (default: recognised by content), text, html,\n"
    "                       jsonl ({\"id\",\"url\",\"text\"|\"html\",\"date\"} a line) or\n"
    "                       warc (HTML responses of a WARC or WARC.gz file)\n"
    "  -r, --recursive      read the files of directories and their subdirectories\n"
    "      --glob=PATTERN   in directories, only files whose name matches (\"*.html\")\n"
    "  -u, --url=URL        the URL the inputs were fetched from (JSON Lines \"url\"\n"
    "                       and WARC-Target-URI come first)\n"
    "      --reference-date=DATE  when the inputs were fetched (ISO 8601): what\n"
    "                       relative dates (\"3 hours ago\") count back from (JSON\n"
    "                       Lines \"date\" and WARC-Date come first)\n"
    "  -c, --detect-charset text inputs that are not UTF-8 are converted from the\n"
    "                       charset detected, instead of refused\n"
    "      --repair-utf8    read bytes that are not UTF-8 (and NUL bytes) as\n"
    "                       U+FFFD instead of refusing the input\n"
    "      --max-input=SIZE refuse articles over SIZE bytes (K, M, G: binary\n"
    "                       multiples); 64M by default\n"
    "      --max-html-depth=N refuse HTML pages with elements nested more than N\n"
    "                       deep; 1000 by default\n";

static const char quote_help[] =
    "Quotation options:\n"
    "      --join-split-quotes  a quotation its attribution splits across\n"
    "                       sentences (\"A,\" she said. \"B.\") is one quotation of\n"
    "                       two fragments, as PolNeAR annotates it, instead of two\n"
    "      --skip-titles    quoted titles of works (\"Meet the Press\": two to ten\n"
    "                       words in title case) are no quotation\n";

static const char output_help[] =
    "Output options:\n"
    "  -o, --output-file=FILE  write to FILE instead of standard output\n"
    "      --output=FORMAT  json, csv or text (default: json, or text on a terminal)\n"
    "  -j, --jobs=N         parse on N threads; the output is the same as with one\n"
    "  -h, --help           show this help\n"
    "  -V, --version        show the library version\n";

static const char parse_help[] =
    "Usage: frnews parse [OPTIONS] INPUT...\n"
    "One JSON line per article: file, format, title, authors, published, site,\n"
    "language, text, paragraphs, quotes (or error). --output csv: one row per\n"
    "quotation, with its article's file, url and title.\n\n";

static const char quotes_help[] =
    "Usage: frnews quotes [OPTIONS] INPUT...\n"
    "One JSON line per article: {\"file\", \"quotes\"} (or error). --output csv: one\n"
    "row per quotation.\n\n";

static const char coverage_help[] =
    "Usage: frnews coverage [OPTIONS] INPUT... | DIR\n"
    "One JSON object for all articles: articles, stories, duplicates,\n"
    "duplicate_clusters, quotes. A DIR stands for the regular files in it (with\n"
    "-r, in its subdirectories too). Articles are named by file, or for JSON\n"
    "Lines and WARC records by \"id\" or FILE#LINE, FILE#OFFSET. --output csv:\n"
    "one row per quotation source.\n\n"
    "Coverage options:\n"
    "      --db=FILE        add the inputs to the SQLite store FILE (created if\n"
    "                       need be) and report on everything it holds\n"
    "      --since=DATE     with --db: first remove the articles published before\n"
    "                       DATE (YYYY-MM-DD)\n\n";

static const char hint[] = "Try 'frnews --help' for more information.\n";

static const struct command_name {
    const char *name;
    command_kind kind;
    const char *help;
} command_names[] = {
    {"parse", COMMAND_PARSE, parse_help},
    {"quotes", COMMAND_QUOTES, quotes_help},
    {"coverage", COMMAND_COVERAGE, coverage_help},
};

static const struct command_name *find_command(const char *name)
{
    for (size_t i = 0; i < sizeof command_names / sizeof *command_names; i++)
        if (strcmp(name, command_names[i].name) == 0)
            return &command_names[i];
    return NULL;
}

int options_usage_error(const char *complaint, const char *detail)
{
    if (complaint)
        fprintf(stderr, "frnews: %s%s%s\n", complaint, detail ? " " : "", detail ? detail : "");
    fputs(hint, stderr);
    return CLI_EXIT_USAGE;
}

static int finish_help(void)
{
    return fflush(stdout) == 0 ? CLI_EXIT_SUCCESS : CLI_EXIT_FAILURE;
}

static int show_general_help(void)
{
    fputs(general_help, stdout);
    return finish_help();
}

static int show_command_help(const struct command_name *command)
{
    fputs(command->help, stdout);
    fputs(input_help, stdout);
    putchar('\n');
    fputs(quote_help, stdout);
    putchar('\n');
    fputs(output_help, stdout);
    return finish_help();
}

static int show_version(void)
{
    printf("frnews %s\n", frn_version_string());
    return finish_help();
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

/* A decimal count from min to max (digits only: no sign, no space). */
static int parse_count(const char *text, size_t min, size_t max, size_t *count)
{
    char *end;
    unsigned long long value;

    if (*text < '0' || *text > '9')
        return -1;
    errno = 0;
    value = strtoull(text, &end, 10);
    if (errno || *end || value < min || value > max)
        return -1;
    *count = (size_t)value;
    return 0;
}

static int parse_output(const char *name, output_format *output)
{
    static const char *const names[] = {"json", "csv", "text"};
    static const output_format formats[] = {OUTPUT_JSON, OUTPUT_CSV, OUTPUT_TEXT};

    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(name, names[i]) == 0) {
            *output = formats[i];
            return 0;
        }
    return -1;
}

/* Long options without a short form. */
enum {
    OPTION_MAX_INPUT = 256, OPTION_REPAIR_UTF8, OPTION_REFERENCE_DATE, OPTION_GLOB,
    OPTION_OUTPUT, OPTION_DB, OPTION_SINCE, OPTION_MAX_HTML_DEPTH, OPTION_JOIN_SPLIT_QUOTES,
    OPTION_SKIP_TITLES
};

static const struct option long_options[] = {
    {"format", required_argument, NULL, 'f'},
    {"recursive", no_argument, NULL, 'r'},
    {"glob", required_argument, NULL, OPTION_GLOB},
    {"url", required_argument, NULL, 'u'},
    {"db", required_argument, NULL, OPTION_DB},
    {"since", required_argument, NULL, OPTION_SINCE},
    {"max-input", required_argument, NULL, OPTION_MAX_INPUT},
    {"max-html-depth", required_argument, NULL, OPTION_MAX_HTML_DEPTH},
    {"repair-utf8", no_argument, NULL, OPTION_REPAIR_UTF8},
    {"reference-date", required_argument, NULL, OPTION_REFERENCE_DATE},
    {"detect-charset", no_argument, NULL, 'c'},
    {"join-split-quotes", no_argument, NULL, OPTION_JOIN_SPLIT_QUOTES},
    {"skip-titles", no_argument, NULL, OPTION_SKIP_TITLES},
    {"output-file", required_argument, NULL, 'o'},
    {"output", required_argument, NULL, OPTION_OUTPUT},
    {"jobs", required_argument, NULL, 'j'},
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

    opterr = 0; /* our own one-line messages */
    while ((option = getopt_long(argc, argv, "+hV", long_options, NULL)) != -1) {
        switch (option) {
        case 'h': return show_general_help();
        case 'V': return show_version();
        default: return options_usage_error("unknown option before the command:", argv[optind - 1]);
        }
    }
    return -1;
}

/* The refusal of a value, for options_usage_error(): NULL when accepted. */
static const char *take_value_option(int option, const char *value, invocation *how)
{
    switch (option) {
    case 'f':
        return input_format_from_name(value, &how->format) == 0
                   ? NULL : "unknown format (use auto, text, html, jsonl or warc):";
    case OPTION_OUTPUT:
        return parse_output(value, &how->output) == 0
                   ? NULL : "unknown output format (use json, csv or text):";
    case OPTION_MAX_INPUT:
        return parse_size(value, &how->max_input) == 0
                   ? NULL : "not a size in bytes (such as 65536, 64K, 64M or 1G):";
    case OPTION_MAX_HTML_DEPTH:
        return parse_count(value, 1, SIZE_MAX, &how->max_html_depth) == 0
                   ? NULL : "not a depth (a positive number of elements):";
    case 'j':
        return parse_count(value, 1, 1024, &how->jobs) == 0 ? NULL : "not a number of jobs (1 to 1024):";
    case 'u': how->url = value; return NULL;
    case OPTION_DB: how->db = value; return NULL;
    case OPTION_SINCE: how->since = value; return NULL;
    case OPTION_REFERENCE_DATE: how->reference_date = value; return NULL;
    case OPTION_GLOB: how->glob = value; return NULL;
    case 'o': how->output_file = value; return NULL;
    default: return "unknown option:";
    }
}

/* getopt's refusal in one line: an unknown option, or one without its value. */
static int refuse_option(int option, char **argv)
{
    static char name[3] = "-?";
    const char *what = optopt > 0 && optopt < 256 && option == '?' ? name : argv[optind - 1];

    name[1] = (char)optopt;
    if (option == ':')
        return options_usage_error("option needs a value:", what);
    return options_usage_error("unknown option:", what);
}

static int take_option(int option, char **argv, invocation *how)
{
    const char *refusal;

    switch (option) {
    case 'r': how->recursive = 1; return -1;
    case 'c': how->detect_charset = 1; return -1;
    case OPTION_REPAIR_UTF8: how->repair_utf8 = 1; return -1;
    case OPTION_JOIN_SPLIT_QUOTES: how->join_split_quotes = 1; return -1;
    case OPTION_SKIP_TITLES: how->skip_titles = 1; return -1;
    case '?': case ':': return refuse_option(option, argv);
    default:
        refusal = take_value_option(option, optarg, how);
        return refusal ? options_usage_error(refusal, optarg) : -1;
    }
}

/* Inputs that cannot go together with the options given. */
static int check_inputs(const invocation *how)
{
    if ((how->db || how->since) && how->command != COMMAND_COVERAGE)
        return options_usage_error("--db and --since go with the coverage command", NULL);
    if (how->since && !how->db)
        return options_usage_error("--since needs --db", NULL);
    /* A store is a collection already: it may be reported on alone. */
    if (how->file_count == 0 && !how->db)
        return options_usage_error("no input given; name a FILE, or - for standard input", NULL);
    if (how->glob && !how->recursive && how->command != COMMAND_COVERAGE)
        return options_usage_error("--glob selects files in directories: it needs -r", NULL);
    for (size_t i = 0; i < how->file_count && !how->recursive; i++)
        if (how->command != COMMAND_COVERAGE && input_is_directory(how->files[i]))
            return options_usage_error("a directory needs -r (--recursive):", how->files[i]);
    return -1;
}

/* The command's options and inputs, in any order (GNU getopt permutes).
 * Returns -1 to go on, else the exit status. */
static int parse_command_options(int argc, char **argv, invocation *how,
                                 const struct command_name *command)
{
    int option, done;

    optind = 0; /* glibc: start a fresh scan at argv[1] */
    while ((option = getopt_long(argc, argv, ":f:ru:co:j:hV", long_options, NULL)) != -1) {
        if (option == 'h')
            return show_command_help(command);
        if (option == 'V')
            return show_version();
        done = take_option(option, argv, how);
        if (done >= 0)
            return done;
    }
    how->files = argv + optind;
    how->file_count = (size_t)(argc - optind);
    return check_inputs(how);
}

/* `frnews help [COMMAND]`. */
static int show_help_for(int argc, char **argv, int at)
{
    const struct command_name *command;

    if (at + 1 >= argc)
        return show_general_help();
    command = find_command(argv[at + 1]);
    if (!command)
        return options_usage_error("no such command:", argv[at + 1]);
    return show_command_help(command);
}

/* Messages name the program "frnews" whatever path ran it (libtool runs
 * the build tree's binary under another name). */
static char program_name[] = "frnews";

int options_parse(int argc, char **argv, invocation *how)
{
    const struct command_name *command;
    int done, command_at;

    argv[0] = program_name;
    done = parse_global_options(argc, argv);
    command_at = optind;
    if (done >= 0)
        return done;
    if (command_at == argc)
        return options_usage_error("no command given", NULL);
    if (strcmp(argv[command_at], "help") == 0)
        return show_help_for(argc, argv, command_at);
    command = find_command(argv[command_at]);
    if (!command)
        return options_usage_error("unknown command:", argv[command_at]);
    how->command = command->kind;
    /* The command's arguments start at its name. */
    argv[command_at] = program_name;
    return parse_command_options(argc - command_at, argv + command_at, how, command);
}
