/* The benchmark of every stage, next to the limits of the machine.
 *
 *   bench_stages [-n ARTICLES] [-r ROUNDS] [-s SEEDS_DIR] [--json FILE]
 *                [--callgrind] [INPUT]
 *
 * The articles are ARTICLES made from the seed articles by controlled edits
 * (bench-corpus.h), each as plain text and as a small HTML page, or those of
 * INPUT: a directory, a JSON Lines or a WARC file (at most ARTICLES when -n
 * is given). Each stage is timed in processor time (the best of ROUNDS, each
 * round running every stage, the coverage ones on a new index) and reported as articles/s, MB/s, the peak
 * resident memory once it ran, and as a ratio to a reference measured in
 * the same run on the same bytes: a bare byte scan, ICU's bare word break
 * (ubrk), libxml2's bare htmlReadMemory. The ratios hold on a loaded
 * machine where the rates do not. --callgrind runs the program again under
 * valgrind's callgrind and adds instructions per article, which do not
 * depend on the load at all; the ratios are then of bytes per instruction. Not a test: it asserts nothing. */
#define _POSIX_C_SOURCE 200809L
#include <config.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <libxml/HTMLparser.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <frnews.h>
#ifdef HAVE_VALGRIND_CALLGRIND_H
#include <valgrind/callgrind.h>
#endif
#include "bench-corpus.h"
#include "bench-support.h"
#include "article/month-names.h"
#include "text/text-words.h"
#include "text/utf8.h"

#define MAX_QUERIES 1000

/* What the stages work on. */
typedef struct run {
    frn_ctx *ctx;
    frn_bench_corpus texts, htmls;
    size_t text_bytes, html_bytes;
    frn_article **articles; /* of the texts, parsed by the text stage */
    frn_quote_list **quotes;
    frn_coverage_record **records;
    frn_coverage *coverage;
    size_t count; /* articles in texts that parsed */
    size_t record_bytes;
    unsigned long sink; /* what the reference loops compute, so they are not optimised away */
} run;

typedef enum input { ON_TEXTS, ON_HTMLS, ON_ARTICLES } input;

typedef struct stage {
    const char *name;
    const char *reference; /* the stage its ratio is to; NULL for a reference */
    input on;
    void (*prepare)(run *r); /* untimed, before each round; may be NULL */
    int (*fn)(run *r);
    /* filled when it ran */
    double seconds, peak_mb, instructions;
    size_t articles, bytes;
} stage;

static void die(const char *what)
{
    fprintf(stderr, "bench_stages: %s\n", what);
    exit(EXIT_FAILURE);
}

static int byte_scan(run *r)
{
    unsigned long sum = 0;

    for (size_t i = 0; i < r->texts.count; i++) {
        const unsigned char *p = (const unsigned char *)r->texts.items[i].data;
        for (size_t k = 0; k < r->texts.items[i].len; k++)
            sum += p[k] == ' ';
    }
    r->sink += sum;
    return 1;
}

static int icu_word_break(run *r)
{
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *breaker = ubrk_open(UBRK_WORD, "", NULL, 0, &err);
    UText *text = NULL;

    for (size_t i = 0; i < r->texts.count && U_SUCCESS(err); i++) {
        text = utext_openUTF8(text, r->texts.items[i].data, (int64_t)r->texts.items[i].len, &err);
        ubrk_setUText(breaker, text, &err);
        for (int32_t b = ubrk_first(breaker); b != UBRK_DONE; b = ubrk_next(breaker))
            r->sink++;
    }
    utext_close(text);
    ubrk_close(breaker);
    return U_SUCCESS(err);
}

static int count_segment(void *data, size_t start, size_t end, int is_word)
{
    (void)start;
    (void)end;
    *(unsigned long *)data += (unsigned long)is_word;
    return 0;
}

static int validate(run *r)
{
    for (size_t i = 0; i < r->texts.count; i++)
        if (frnp_utf8_validate(r->ctx, r->texts.items[i].data, r->texts.items[i].len) != FRN_OK)
            return 0;
    return 1;
}

static int validate_and_segment(run *r)
{
    for (size_t i = 0; i < r->texts.count; i++) {
        const frn_bench_item *t = &r->texts.items[i];
        if (frnp_utf8_validate(r->ctx, t->data, t->len) != FRN_OK ||
            frnp_segments_each(r->ctx, t->data, t->len, count_segment, &r->sink) != FRN_OK)
            return 0;
    }
    return 1;
}

static frn_article *parse(frn_ctx *ctx, const frn_bench_item *item, frn_format format)
{
    frn_article_options *options;
    frn_article *article = NULL;

    if (frn_article_options_new(&options) != FRN_OK)
        die("out of memory");
    frn_article_options_set_format(options, format);
    if (frn_article_parse(ctx, item->data, item->len, options, &article) != FRN_OK)
        article = NULL;
    frn_article_options_free(options);
    return article;
}

static void free_articles(run *r)
{
    for (size_t i = 0; i < r->count; i++) {
        frn_quote_list_free(r->quotes[i]);
        frn_article_free(r->articles[i]);
        r->quotes[i] = NULL;
    }
    r->count = 0;
}

/* Keeps the articles for the stages after it (the last round's). */
static int text_parse(run *r)
{
    free_articles(r);
    for (size_t i = 0; i < r->texts.count; i++) {
        frn_article *article = parse(r->ctx, &r->texts.items[i], FRN_FORMAT_TEXT);
        if (article)
            r->articles[r->count++] = article;
    }
    return r->count > 0;
}

static int libxml2_parse(run *r)
{
    /* The options the library parses with (article/html-document.c). */
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                  HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;

    for (size_t i = 0; i < r->htmls.count; i++) {
        htmlDocPtr doc = htmlReadMemory(r->htmls.items[i].data, (int)r->htmls.items[i].len, NULL,
                                        "UTF-8", options);
        r->sink += doc != NULL;
        xmlFreeDoc(doc);
    }
    return 1;
}

static int html_parse(run *r)
{
    for (size_t i = 0; i < r->htmls.count; i++) {
        frn_article *article = parse(r->ctx, &r->htmls.items[i], FRN_FORMAT_HTML);
        r->sink += article != NULL;
        frn_article_free(article);
    }
    return 1;
}

static int extract_quotes(run *r)
{
    for (size_t i = 0; i < r->count; i++) {
        frn_quote_list_free(r->quotes[i]);
        if (frn_quote_list_extract(r->ctx, r->articles[i], NULL, &r->quotes[i]) != FRN_OK)
            return 0;
    }
    return 1;
}

static void article_id(size_t i, char *id, size_t size)
{
    snprintf(id, size, "a%zu", i);
}

static int coverage_records(run *r)
{
    char id[32];

    r->record_bytes = 0;
    for (size_t i = 0; i < r->count; i++) {
        size_t len;
        article_id(i, id, sizeof id);
        if (frn_coverage_record_new(r->ctx, id, r->articles[i], r->quotes[i], &r->records[i]) != FRN_OK)
            return 0;
        frn_coverage_record_get_bytes(r->records[i], &len);
        r->record_bytes += len;
    }
    return 1;
}

/* Each record freed once added, as frnews coverage does. */
static int coverage_add(run *r)
{
    for (size_t i = 0; i < r->count; i++) {
        int ok = frn_coverage_add_record(r->ctx, r->coverage, r->records[i], NULL) == FRN_OK;
        frn_coverage_record_free(r->records[i]);
        r->records[i] = NULL;
        if (!ok)
            return 0;
    }
    return 1;
}

static int coverage_build(run *r)
{
    return frn_coverage_build(r->ctx, r->coverage) == FRN_OK;
}

static size_t query_count(const run *r)
{
    return r->count < MAX_QUERIES ? r->count : MAX_QUERIES;
}

/* The records of the first articles again (made before the timing), each
 * asked for its coverage. */
static int coverage_query(run *r)
{
    for (size_t q = 0; q < query_count(r); q++) {
        frn_coverage_query *query;
        if (frn_coverage_query_new(r->ctx, r->coverage, r->records[q], &query) != FRN_OK)
            return 0;
        r->sink += frn_coverage_query_get_duplicate_count(query);
        frn_coverage_query_free(query);
    }
    return 1;
}

static void free_records(run *r)
{
    for (size_t i = 0; i < r->count; i++) {
        frn_coverage_record_free(r->records[i]);
        r->records[i] = NULL;
    }
}

/* A new, empty index for the add stage of each round. */
static void new_index(run *r)
{
    frn_coverage_free(r->coverage);
    if (frn_coverage_new(r->ctx, NULL, &r->coverage) != FRN_OK)
        die("cannot make a coverage index");
}

static void make_query_records(run *r)
{
    char id[32];

    free_records(r);
    for (size_t q = 0; q < query_count(r); q++) {
        snprintf(id, sizeof id, "q%zu", q);
        if (frn_coverage_record_new(r->ctx, id, r->articles[q], r->quotes[q], &r->records[q]) != FRN_OK)
            die("cannot make the query records");
    }
}

static stage stages[] = {
    {"byte scan", NULL, ON_TEXTS, NULL, byte_scan, 0, 0, 0, 0, 0},
    {"ICU word break", NULL, ON_TEXTS, NULL, icu_word_break, 0, 0, 0, 0, 0},
    {"libxml2 htmlReadMemory", NULL, ON_HTMLS, NULL, libxml2_parse, 0, 0, 0, 0, 0},
    {"UTF-8 validation", "byte scan", ON_TEXTS, NULL, validate, 0, 0, 0, 0, 0},
    {"UTF-8 + segmentation", "ICU word break", ON_TEXTS, NULL, validate_and_segment, 0, 0, 0, 0, 0},
    {"text parse", "ICU word break", ON_TEXTS, NULL, text_parse, 0, 0, 0, 0, 0},
    {"HTML parse", "libxml2 htmlReadMemory", ON_HTMLS, NULL, html_parse, 0, 0, 0, 0, 0},
    {"quotations", "ICU word break", ON_ARTICLES, NULL, extract_quotes, 0, 0, 0, 0, 0},
    {"coverage records", "ICU word break", ON_ARTICLES, free_records, coverage_records, 0, 0, 0, 0, 0},
    {"coverage add", "byte scan", ON_ARTICLES, new_index, coverage_add, 0, 0, 0, 0, 0},
    {"coverage build", "byte scan", ON_ARTICLES, NULL, coverage_build, 0, 0, 0, 0, 0},
    {"coverage query", "byte scan", ON_ARTICLES, make_query_records, coverage_query, 0, 0, 0, 0, 0},
};
#define STAGE_COUNT (sizeof stages / sizeof stages[0])

static const stage *find_stage(const char *name)
{
    for (size_t i = 0; i < STAGE_COUNT; i++)
        if (strcmp(stages[i].name, name) == 0)
            return &stages[i];
    return NULL;
}

static double peak_mb(void)
{
    struct rusage usage;

    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; /* kilobytes on Linux */
}

/* Under callgrind: the instructions of what fn runs, read back from the
 * dump it writes (valgrind was given --callgrind-out-file=$FRN_BENCH_CALLGRIND). */
static double counted(run *r, stage *s, int *ok)
{
    double instructions = 0;
#ifdef HAVE_VALGRIND_CALLGRIND_H
    static int dumps;
    const char *out = getenv("FRN_BENCH_CALLGRIND");
    char path[4096], line[256];
    FILE *f;

    if (!RUNNING_ON_VALGRIND || !out) {
        *ok = s->fn(r);
        return 0;
    }
    CALLGRIND_ZERO_STATS;
    CALLGRIND_TOGGLE_COLLECT;
    *ok = s->fn(r);
    CALLGRIND_TOGGLE_COLLECT;
    CALLGRIND_DUMP_STATS_AT(s->name);
    snprintf(path, sizeof path, "%s.%d", out, ++dumps);
    if ((f = fopen(path, "r")) != NULL) {
        while (fgets(line, sizeof line, f))
            if (strncmp(line, "totals:", 7) == 0 || strncmp(line, "summary:", 8) == 0)
                instructions = strtod(line + (line[0] == 't' ? 7 : 8), NULL);
        fclose(f);
        remove(path);
    }
#else
    *ok = s->fn(r);
#endif
    return instructions;
}

/* One round of a stage; the best round is kept. */
static void run_stage(run *r, stage *s, int round)
{
    const frn_bench_corpus *input = s->on == ON_HTMLS ? &r->htmls : &r->texts;
    double start, took;
    int ok = 1;

    if (s->prepare)
        s->prepare(r);
    start = frn_bench_cpu_seconds();
    s->instructions = counted(r, s, &ok);
    took = frn_bench_cpu_seconds() - start;
    if (!ok) {
        fprintf(stderr, "bench_stages: %s failed: %s\n", s->name, frn_ctx_get_errmsg(r->ctx));
        exit(EXIT_FAILURE);
    }
    if (round == 0 || took < s->seconds)
        s->seconds = took;
    s->articles = s->on == ON_ARTICLES ? r->count : input->count;
    s->bytes = s->on == ON_HTMLS ? r->html_bytes : r->text_bytes;
    if (s->fn == coverage_query) {
        s->articles = query_count(r);
        s->bytes = 0;
    }
    if (round == 0) /* later rounds find the memory of earlier ones */
        s->peak_mb = peak_mb();
}

static double rate(double amount, double seconds)
{
    return seconds > 0 ? amount / seconds : 0;
}

/* The stage's rate over its reference's, both in bytes per second, or
 * per instruction when they were counted. */
static double ratio(const stage *s)
{
    const stage *ref = s->reference ? find_stage(s->reference) : NULL;

    if (!ref || ref->articles == 0 || s->articles == 0)
        return 0;
    if (ref->instructions > 0 && s->instructions > 0)
        return ((double)s->bytes / s->instructions) / ((double)ref->bytes / ref->instructions);
    if (ref->seconds <= 0 || s->seconds <= 0)
        return 0;
    return rate((double)s->bytes, s->seconds) / rate((double)ref->bytes, ref->seconds);
}

static void print_table(const run *r, int counted_instructions)
{
    printf("%-24s %9s %12s %8s %8s %9s %s\n", "stage", "articles", "articles/s", "MB/s", "peak MB",
           counted_instructions ? "Ir/art." : "", "ratio to reference");
    for (size_t i = 0; i < STAGE_COUNT; i++) {
        const stage *s = &stages[i];
        char ir[32] = "";
        if (counted_instructions && s->articles)
            snprintf(ir, sizeof ir, "%.0f", s->instructions / (double)s->articles);
        printf("%-24s %9zu %12.0f %8.1f %8.0f %9s", s->name, s->articles, rate((double)s->articles, s->seconds),
               rate(s->bytes / 1e6, s->seconds), s->peak_mb, ir);
        if (s->reference && ratio(s) > 0)
            printf(" %.3fx %s", ratio(s), s->reference);
        putchar('\n');
    }
    printf("index: %.0f bytes of LSH index/article; records %.0f bytes/article; %zu stories\n",
           r->count ? 8.0 * frn_coverage_get_stat(r->coverage, FRN_COVERAGE_STAT_BAND_ENTRIES) / r->count : 0,
           r->count ? (double)r->record_bytes / r->count : 0, frn_coverage_get_story_count(r->coverage));
}

static void json_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++)
        fprintf(f, *s == '"' || *s == '\\' ? "\\%c" : "%c", *s);
    fputc('"', f);
}

static int write_json(const char *path, const run *r, const char *input, int rounds, int callgrind)
{
    FILE *f = fopen(path, "w");

    if (!f)
        return 0;
    fprintf(f, "{\"version\":");
    json_string(f, frn_version_string());
    fprintf(f, ",\"input\":");
    json_string(f, input);
    fprintf(f, ",\"articles\":%zu,\"text_bytes\":%zu,\"html_bytes\":%zu,\"rounds\":%d,\"callgrind\":%s,",
            r->texts.count, r->text_bytes, r->html_bytes, rounds, callgrind ? "true" : "false");
    fprintf(f, "\"index_bytes_per_article\":%.1f,\"record_bytes_per_article\":%.1f,\"stages\":[",
            r->count ? 8.0 * frn_coverage_get_stat(r->coverage, FRN_COVERAGE_STAT_BAND_ENTRIES) / r->count : 0,
            r->count ? (double)r->record_bytes / r->count : 0);
    for (size_t i = 0; i < STAGE_COUNT; i++) {
        const stage *s = &stages[i];
        fprintf(f, "%s\n{\"name\":", i ? "," : "");
        json_string(f, s->name);
        fprintf(f, ",\"articles\":%zu,\"bytes\":%zu,\"cpu_seconds\":%.6f,\"articles_per_s\":%.1f,"
                   "\"mb_per_s\":%.3f,\"peak_mb\":%.1f",
                s->articles, s->bytes, s->seconds, rate((double)s->articles, s->seconds),
                rate(s->bytes / 1e6, s->seconds), s->peak_mb);
        if (callgrind)
            fprintf(f, ",\"instructions_per_article\":%.0f",
                    s->articles ? s->instructions / (double)s->articles : 0);
        if (s->reference) {
            fprintf(f, ",\"reference\":");
            json_string(f, s->reference);
            fprintf(f, ",\"ratio\":%.4f", ratio(s));
        }
        fputc('}', f);
    }
    fprintf(f, "]}\n");
    return fclose(f) == 0;
}

/* Article i of the generated corpus, as text and as HTML. */
static void generate(const char *seed_dir, size_t n, run *r)
{
    frn_bench_seeds seeds;

    if (!frn_bench_seeds_load(seed_dir, &seeds))
        die("cannot read the seed articles (-s DIR, or FRN_SAMPLE_DATA)");
    for (size_t i = 0; i < n; i++) {
        uint64_t story = i / FRN_BENCH_STORY_SIZE, j = i % FRN_BENCH_STORY_SIZE;
        char *text = frn_bench_make_text(&seeds, story, j), *html = frn_bench_make_html(&seeds, story, j);
        if (!frn_bench_corpus_add(&r->texts, text, strlen(text), 0) ||
            !frn_bench_corpus_add(&r->htmls, html, strlen(html), 1))
            die("out of memory");
        free(text);
        free(html);
    }
    frn_bench_seeds_free(&seeds);
}

/* The user's articles: HTML pages go to the HTML stages, and their main
 * text (or the text articles) to the text stages. */
static void split_input(const char *path, size_t limit, run *r)
{
    frn_bench_corpus all = {0};

    if (!frn_bench_corpus_read(path, limit, &all))
        exit(EXIT_FAILURE);
    for (size_t i = 0; i < all.count; i++) {
        frn_bench_item *item = &all.items[i];
        frn_article *article = NULL;
        size_t len = 0;
        const char *body = item->data;
        if (item->is_html) {
            if (!frn_bench_corpus_add(&r->htmls, item->data, item->len, 1))
                die("out of memory");
            if ((article = parse(r->ctx, item, FRN_FORMAT_HTML)) != NULL)
                body = frn_article_get_text(article, &len);
        } else {
            len = item->len;
        }
        if (len && !frn_bench_corpus_add(&r->texts, body, len, 0))
            die("out of memory");
        frn_article_free(article);
    }
    frn_bench_corpus_free(&all);
}

static size_t total_bytes(const frn_bench_corpus *c)
{
    size_t sum = 0;

    for (size_t i = 0; i < c->count; i++)
        sum += c->items[i].len;
    return sum;
}

/* Runs argv again under callgrind and exits with its status. */
static void rerun_under_callgrind(int argc, char **argv)
{
    char out[64], option[96];
    char **args = calloc((size_t)argc + 6, sizeof *args);
    int n = 0, status;
    pid_t child;

    snprintf(out, sizeof out, "/tmp/frn-bench-callgrind.%ld", (long)getpid());
    snprintf(option, sizeof option, "--callgrind-out-file=%s", out);
    setenv("FRN_BENCH_CALLGRIND", out, 1);
    args[n++] = "valgrind";
    args[n++] = "--tool=callgrind";
    args[n++] = "--collect-atstart=no";
    args[n++] = option;
    for (int i = 0; i < argc; i++)
        args[n++] = argv[i];
    fflush(NULL);
    if ((child = fork()) == 0) {
        execvp("valgrind", args);
        fprintf(stderr, "bench_stages: cannot run valgrind: %s\n", strerror(errno));
        _exit(127);
    }
    if (child < 0 || waitpid(child, &status, 0) != child)
        die("cannot run valgrind");
    remove(out); /* the dump at exit, of nothing: collection was off */
    free(args);
    exit(WIFEXITED(status) ? WEXITSTATUS(status) : EXIT_FAILURE);
}

static void usage(void)
{
    fputs("usage: bench_stages [-n ARTICLES] [-r ROUNDS] [-s SEEDS_DIR] [--json FILE] [--callgrind] [INPUT]\n"
          "  INPUT: a directory of .txt/.html/.html.gz files, a JSON Lines or a WARC file;\n"
          "  without it, ARTICLES (default 2000) made from the seed articles\n",
          stderr);
    exit(EXIT_FAILURE);
}

int main(int argc, char **argv)
{
    const char *seed_dir = getenv("FRN_SAMPLE_DATA") ? getenv("FRN_SAMPLE_DATA") : "examples/data";
    const char *json = NULL, *input = NULL;
    size_t n = 2000, limit = 0;
    int rounds = 3, callgrind = 0;
    run r = {0};

    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-n") == 0 && i + 1 < argc)
            n = limit = strtoul(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "-r") == 0 && i + 1 < argc)
            rounds = atoi(argv[++i]);
        else if (strcmp(argv[i], "-s") == 0 && i + 1 < argc)
            seed_dir = argv[++i];
        else if (strcmp(argv[i], "--json") == 0 && i + 1 < argc)
            json = argv[++i];
        else if (strcmp(argv[i], "--callgrind") == 0)
            callgrind = 1;
        else if (argv[i][0] == '-' || input)
            usage();
        else
            input = argv[i];
    }
    if (rounds < 1 || n == 0)
        usage();
#ifdef HAVE_VALGRIND_CALLGRIND_H
    if (callgrind && !RUNNING_ON_VALGRIND)
        rerun_under_callgrind(argc, argv);
#else
    if (callgrind)
        die("built without valgrind/callgrind.h: --callgrind is not available");
#endif
    if (callgrind)
        rounds = 1;
    if (frn_ctx_new(&r.ctx) != FRN_OK || frn_coverage_new(r.ctx, NULL, &r.coverage) != FRN_OK)
        die("cannot make a context");
    if (input)
        split_input(input, limit, &r);
    else
        generate(seed_dir, n, &r);
    r.text_bytes = total_bytes(&r.texts);
    r.html_bytes = total_bytes(&r.htmls);
    r.articles = calloc(r.texts.count + 1, sizeof *r.articles);
    r.quotes = calloc(r.texts.count + 1, sizeof *r.quotes);
    r.records = calloc(r.texts.count + 1, sizeof *r.records);
    if (!r.articles || !r.quotes || !r.records)
        die("out of memory");
    /* One article first: the context's tables (month names, language
     * profiles, the word breaker) are built outside the timing. The month
     * names only when a date is looked for, which the first article may
     * not do. */
    frnp_month_names_get(r.ctx);
    if (r.htmls.count)
        frn_article_free(parse(r.ctx, &r.htmls.items[0], FRN_FORMAT_HTML));
    if (r.texts.count)
        frn_article_free(parse(r.ctx, &r.texts.items[0], FRN_FORMAT_TEXT));
    printf("input: %s; %zu text articles (%.1f MB), %zu HTML pages (%.1f MB); best of %d rounds, CPU time\n",
           input ? input : "generated from the seeds", r.texts.count, r.text_bytes / 1e6, r.htmls.count,
           r.html_bytes / 1e6, rounds);
    /* Rounds outside stages: each stage and its reference run close in
     * time in every round, so a change of load touches both. */
    for (int round = 0; round < rounds; round++)
        for (size_t i = 0; i < STAGE_COUNT; i++) {
            int empty = (stages[i].on == ON_HTMLS ? r.htmls.count : r.texts.count) == 0;
            if (!empty)
                run_stage(&r, &stages[i], round);
        }
    print_table(&r, callgrind);
    if (json && !write_json(json, &r, input ? input : "generated", rounds, callgrind))
        die("cannot write the JSON file");
    free_records(&r);
    free_articles(&r);
    free(r.articles);
    free(r.quotes);
    free(r.records);
    frn_coverage_free(r.coverage);
    frn_bench_corpus_free(&r.texts);
    frn_bench_corpus_free(&r.htmls);
    frn_ctx_free(r.ctx);
    return r.sink == 42 ? EXIT_SUCCESS : EXIT_SUCCESS;
}
