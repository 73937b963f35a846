/* Throughput of article parsing over the pages of a directory the user
 * names, next to libxml2's bare htmlReadMemory on the same pages in the
 * same run (same parser options, the document freed after each page):
 *   - HTML: frn_article_parse() with FRN_FORMAT_HTML (decoding, parsing,
 *     metadata, main content), quotations not extracted;
 *   - text: frn_article_parse() with FRN_FORMAT_TEXT on the directory's
 *     .txt files, or when it has none on the body text of each HTML page.
 * Files: *.html, *.htm and *.html.gz. Each figure
 * is the best of several rounds, in processor time of this process (so
 * that other programs running on the machine change it little). Not a
 * test: prints figures.
 *
 * Usage: bench_article DIR [ROUNDS] (default 3 rounds). */
#include <config.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/HTMLparser.h>
#include <frnews.h>
#include "bench-support.h"

typedef struct page {
    char *data;
    size_t len;
} page;

typedef struct page_set {
    page *items;
    size_t count, capacity, bytes;
} page_set;

static int ends_with(const char *name, const char *suffix)
{
    size_t n = strlen(name), k = strlen(suffix);

    return n >= k && strcmp(name + n - k, suffix) == 0;
}

static void add_page(page_set *set, char *data, size_t len)
{
    if (set->count == set->capacity) {
        set->capacity = set->capacity ? 2 * set->capacity : 64;
        set->items = realloc(set->items, set->capacity * sizeof *set->items);
        if (!set->items) {
            fputs("bench_article: out of memory\n", stderr);
            exit(EXIT_FAILURE);
        }
    }
    set->items[set->count++] = (page){data, len};
    set->bytes += len;
}

static void read_dir(const char *dir, page_set *html, page_set *text)
{
    DIR *d = opendir(dir);
    struct dirent *entry;
    char path[4096];

    if (!d) {
        fprintf(stderr, "bench_article: cannot read the directory %s\n", dir);
        exit(EXIT_FAILURE);
    }
    while ((entry = readdir(d))) {
        const char *name = entry->d_name;
        char *data = NULL;
        size_t len = 0;
        snprintf(path, sizeof path, "%s/%s", dir, name);
        if (ends_with(name, ".html") || ends_with(name, ".htm") || ends_with(name, ".txt"))
            data = frn_bench_read_file(path, &len);
        else if (ends_with(name, ".html.gz"))
            data = frn_bench_read_gzip(path, &len);
        if (data)
            add_page(ends_with(name, ".txt") ? text : html, data, len);
    }
    closedir(d);
}

typedef int (*page_fn)(frn_ctx *ctx, const page *p);

static int bare_libxml2(frn_ctx *ctx, const page *p)
{
    /* The options the library parses with (article/html-document.c). */
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                  HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
    htmlDocPtr doc = htmlReadMemory(p->data, (int)p->len, NULL, "UTF-8", options);

    (void)ctx;
    if (!doc)
        return 0;
    xmlFreeDoc(doc);
    return 1;
}

static int parse_as(frn_ctx *ctx, const page *p, frn_format format)
{
    frn_article_options *options;
    frn_article *article = NULL;
    frn_status status;

    if (frn_article_options_new(&options) != FRN_OK)
        return 0;
    frn_article_options_set_format(options, format);
    status = frn_article_parse(ctx, p->data, p->len, options, &article);
    frn_article_options_free(options);
    frn_article_free(article);
    return status == FRN_OK;
}

static int parse_html(frn_ctx *ctx, const page *p)
{
    return parse_as(ctx, p, FRN_FORMAT_HTML);
}

static int parse_text(frn_ctx *ctx, const page *p)
{
    return parse_as(ctx, p, FRN_FORMAT_TEXT);
}

/* The best of rounds: seconds for the whole set; *ok counts pages read. */
static double measure(frn_ctx *ctx, const page_set *set, page_fn fn, int rounds, size_t *ok)
{
    double best = 0;

    for (int r = 0; r < rounds; r++) {
        double start = frn_bench_cpu_seconds(), took;
        *ok = 0;
        for (size_t i = 0; i < set->count; i++)
            *ok += (size_t)fn(ctx, &set->items[i]);
        took = frn_bench_cpu_seconds() - start;
        if (r == 0 || took < best)
            best = took;
    }
    return best;
}

static void report(const char *what, const page_set *set, double seconds, size_t ok)
{
    printf("%-32s %6zu pages %8.1f MB %8.3f s %9.1f pages/s %8.1f MB/s (%zu read)\n", what,
           set->count, (double)set->bytes / 1e6, seconds, (double)set->count / seconds,
           (double)set->bytes / 1e6 / seconds, ok);
}

/* Text input from the HTML pages when the directory has no .txt files. */
static void texts_from_html(frn_ctx *ctx, const page_set *html, page_set *text)
{
    for (size_t i = 0; i < html->count; i++) {
        frn_article *article = NULL;
        size_t len;
        const char *body;
        char *copy;
        if (frn_article_parse(ctx, html->items[i].data, html->items[i].len, NULL, &article) != FRN_OK)
            continue;
        body = frn_article_get_text(article, &len);
        if (len && (copy = malloc(len + 1))) {
            memcpy(copy, body, len);
            add_page(text, copy, len);
        }
        frn_article_free(article);
    }
}

int main(int argc, char **argv)
{
    page_set html = {0}, text = {0};
    int rounds = argc > 2 ? atoi(argv[2]) : 3, text_from_html = 0;
    frn_ctx *ctx;
    size_t ok;
    double bare, full;

    if (argc < 2 || rounds < 1) {
        fputs("usage: bench_article DIR [ROUNDS]\n", stderr);
        return EXIT_FAILURE;
    }
    if (frn_ctx_new(&ctx) != FRN_OK)
        return EXIT_FAILURE;
    read_dir(argv[1], &html, &text);
    if (html.count) {
        /* One page first: the context's tables (month names, language
         * profiles) are built once, outside the timing. */
        parse_html(ctx, &html.items[0]);
        bare = measure(ctx, &html, bare_libxml2, rounds, &ok);
        report("libxml2 htmlReadMemory (bare)", &html, bare, ok);
        full = measure(ctx, &html, parse_html, rounds, &ok);
        report("frn_article_parse, HTML", &html, full, ok);
        printf("HTML extraction with metadata runs at %.2fx libxml2's bare parse rate\n", bare / full);
    }
    if (!text.count && html.count) {
        texts_from_html(ctx, &html, &text);
        text_from_html = 1;
    }
    if (text.count) {
        full = measure(ctx, &text, parse_text, rounds, &ok);
        report(text_from_html ? "frn_article_parse, text (bodies)" : "frn_article_parse, text", &text,
               full, ok);
    }
    if (!html.count && !text.count)
        fprintf(stderr, "bench_article: no .html, .htm, .html.gz or .txt file in %s\n", argv[1]);
    for (size_t i = 0; i < html.count; i++)
        free(html.items[i].data);
    for (size_t i = 0; i < text.count; i++)
        free(text.items[i].data);
    free(html.items);
    free(text.items);
    frn_ctx_free(ctx);
    return EXIT_SUCCESS;
}
