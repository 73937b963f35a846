/* The benchmark corpus: generated from the seeds, or read from the user's
 * files through the command-line tool's readers (cli/). */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "bench-corpus.h"
#include "bench-support.h"
#include "jsonl-reader.h"
#include "pseudo-word.h"
#include "warc-reader.h"

static uint64_t mix(uint64_t z)
{
    z += 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static void *must(void *p)
{
    if (!p) {
        fputs("bench: out of memory\n", stderr);
        exit(EXIT_FAILURE);
    }
    return p;
}

typedef struct buffer {
    char *data;
    size_t len, cap;
} buffer;

static void put(buffer *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->data = must(realloc(b->data, b->cap));
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static void puts_buffer(buffer *b, const char *s)
{
    put(b, s, strlen(s));
}

static int ends_with(const char *name, const char *suffix)
{
    size_t n = strlen(name), k = strlen(suffix);

    return n >= k && strcmp(name + n - k, suffix) == 0;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names of dir's files with one of the suffixes, sorted; NULL-ended. */
static char **sorted_names(const char *dir, const char *const *suffixes, size_t *count)
{
    DIR *d = opendir(dir);
    struct dirent *entry;
    char **names = NULL;
    size_t cap = 0;

    *count = 0;
    if (!d)
        return NULL;
    while ((entry = readdir(d))) {
        int wanted = 0;
        for (const char *const *s = suffixes; *s; s++)
            wanted |= ends_with(entry->d_name, *s);
        if (!wanted)
            continue;
        if (*count == cap)
            names = must(realloc(names, (cap = cap ? 2 * cap : 16) * sizeof *names));
        names[(*count)++] = must(strdup(entry->d_name));
    }
    closedir(d);
    if (names)
        qsort(names, *count, sizeof *names, compare_names);
    return names;
}

static char *read_in(const char *dir, const char *name, size_t *len)
{
    char path[4096];

    snprintf(path, sizeof path, "%s/%s", dir, name);
    return frn_bench_read_file(path, len);
}

static int cut_seed(char *text, frn_bench_seed *s)
{
    char *at = text;

    s->count = 0;
    while (*at && s->count < FRN_BENCH_MAX_PARAGRAPHS) {
        char *end = strstr(at, "\n\n");
        size_t len = end ? (size_t)(end - at) : strlen(at);
        s->paragraphs[s->count] = must(malloc(len + 1));
        memcpy(s->paragraphs[s->count], at, len);
        s->paragraphs[s->count++][len] = '\0';
        at += len;
        while (*at == '\n')
            at++;
    }
    return s->count > 3;
}

int frn_bench_seeds_load(const char *dir, frn_bench_seeds *seeds)
{
    static const char *const txt[] = {".txt", NULL};
    size_t count, len;
    char **names = sorted_names(dir, txt, &count);

    seeds->items = must(calloc(count + 1, sizeof *seeds->items));
    seeds->count = 0;
    for (size_t i = 0; i < count; i++) {
        char *text = read_in(dir, names[i], &len);
        if (text && cut_seed(text, &seeds->items[seeds->count]))
            seeds->count++;
        free(text);
        free(names[i]);
    }
    free(names);
    return seeds->count > 0;
}

void frn_bench_seeds_free(frn_bench_seeds *seeds)
{
    for (size_t i = 0; i <= seeds->count && seeds->items; i++)
        for (size_t p = 0; p < seeds->items[i].count; p++)
            free(seeds->items[i].paragraphs[p]);
    free(seeds->items);
    seeds->items = NULL;
    seeds->count = 0;
}

static int is_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* A pronounceable word for a number (ten letters at most), capitalised
 * like the word it replaces. */
static void pseudo_word(uint64_t n, int capital, char *out)
{
    frn_pseudo_word(n, 10, out);
    if (capital)
        out[0] = (char)(out[0] - 'a' + 'A');
}

/* A paragraph of story k: two in three of the words of four letters or
 * more replaced, the same way in every article of the story. */
static void put_story_paragraph(buffer *b, const char *p, uint64_t story)
{
    while (*p) {
        size_t n = 0;
        while (is_letter(p[n]))
            n++;
        if (n >= 4) {
            uint64_t h = story * 1000003u;
            for (size_t i = 0; i < n; i++)
                h = mix(h ^ (unsigned char)p[i]);
            if (h % 3 != 0) {
                char word[16];
                pseudo_word(h >> 8, p[0] >= 'A' && p[0] <= 'Z', word);
                puts_buffer(b, word);
                p += n;
                continue;
            }
        }
        if (n == 0)
            n = 1;
        put(b, p, n);
        p += n;
    }
}

/* Curly quotation marks made straight. */
static void straighten(buffer *b)
{
    static const char *const curly[] = {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x99"};
    static const char straight[] = {'"', '"', '\''};

    for (int c = 0; c < 3; c++) {
        char *at;
        while ((at = strstr(b->data, curly[c])) != NULL) {
            *at = straight[c];
            memmove(at + 1, at + 3, strlen(at + 3) + 1);
            b->len -= 2;
        }
    }
}

/* The edit of article j: the paragraph dropped (SIZE_MAX for none), the
 * two swapped, whether its quotation marks are straightened. */
typedef struct edit {
    size_t drop, swap_a, swap_b;
    int straight;
} edit;

/* Returns whether article j is a wire copy of the story's first article. */
static int plan_edit(const frn_bench_seed *s, uint64_t story, uint64_t j, edit *e)
{
    uint64_t r = mix(story * 7919u + j);

    e->drop = j == 0 || r % 4 == 0 ? SIZE_MAX : 2 + r % (s->count - 2);
    e->swap_a = 1 + (r >> 8) % (s->count - 1);
    e->swap_b = 1 + (r >> 16) % (s->count - 1);
    e->straight = j > 0 && (r >> 24) % 2;
    return j > 0 && r % 3 == 0;
}

/* Calls para(b, text) for each paragraph of article j of story k. */
static buffer edited(const frn_bench_seeds *seeds, uint64_t story, uint64_t j,
                     void (*para)(buffer *, const char *, uint64_t), int *straight)
{
    const frn_bench_seed *s = &seeds->items[story % seeds->count];
    buffer b = {NULL, 0, 0};
    edit e;

    if (plan_edit(s, story, j, &e))
        return edited(seeds, story, 0, para, straight);
    for (size_t i = 0; i < s->count; i++) {
        size_t at = i == e.swap_a ? e.swap_b : i == e.swap_b ? e.swap_a : i;
        /* A first article leaves out the two paragraphs the others swap. */
        if (i == e.drop || (j == 0 && at != i))
            continue;
        para(&b, s->paragraphs[at], story);
    }
    *straight = e.straight;
    if (!b.data)
        put(&b, "", 0);
    return b;
}

static void text_paragraph(buffer *b, const char *p, uint64_t story)
{
    put_story_paragraph(b, p, story);
    put(b, "\n\n", 2);
}

char *frn_bench_make_text(const frn_bench_seeds *seeds, uint64_t story, uint64_t j)
{
    int straight;
    buffer b = edited(seeds, story, j, text_paragraph, &straight);

    if (straight)
        straighten(&b);
    return b.data;
}

static void put_escaped(buffer *b, const char *s)
{
    for (; *s; s++)
        switch (*s) {
        case '<': puts_buffer(b, "&lt;"); break;
        case '>': puts_buffer(b, "&gt;"); break;
        case '&': puts_buffer(b, "&amp;"); break;
        default: put(b, s, 1);
        }
}

static void html_paragraph(buffer *b, const char *p, uint64_t story)
{
    buffer words = {NULL, 0, 0};

    put_story_paragraph(&words, p, story);
    puts_buffer(b, "<p>");
    put_escaped(b, words.data ? words.data : "");
    puts_buffer(b, "</p>\n");
    free(words.data);
}

char *frn_bench_make_html(const frn_bench_seeds *seeds, uint64_t story, uint64_t j)
{
    int straight;
    buffer body = edited(seeds, story, j, html_paragraph, &straight), page = {NULL, 0, 0};
    char head[512], title[16];

    if (straight)
        straighten(&body);
    pseudo_word(mix(story) >> 8, 1, title);
    snprintf(head, sizeof head,
             "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
             "<title>%s report %llu - The Daily Bench</title>\n"
             "<meta name=\"author\" content=\"Ana %s\">\n"
             "<meta property=\"article:published_time\" content=\"2024-%02u-%02uT10:00:00Z\">\n"
             "</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> "
             "<a href=\"/politics\">Politics</a></nav>\n<article><h1>%s report %llu</h1>\n",
             title, (unsigned long long)story, title, (unsigned)(1 + story % 12),
             (unsigned)(1 + story % 28), title, (unsigned long long)story);
    puts_buffer(&page, head);
    put(&page, body.data, body.len);
    puts_buffer(&page, "</article>\n<footer><p>Copyright The Daily Bench. All rights reserved.</p>"
                       "<ul><li><a href=\"/about\">About</a></li><li><a href=\"/contact\">Contact</a>"
                       "</li></ul></footer></body></html>\n");
    free(body.data);
    return page.data;
}

int frn_bench_corpus_add(frn_bench_corpus *corpus, const char *data, size_t len, int is_html)
{
    char *copy = malloc(len + 1);

    if (!copy)
        return 0;
    if (corpus->count == corpus->capacity) {
        size_t cap = corpus->capacity ? 2 * corpus->capacity : 256;
        frn_bench_item *items = realloc(corpus->items, cap * sizeof *items);
        if (!items) {
            free(copy);
            return 0;
        }
        corpus->items = items;
        corpus->capacity = cap;
    }
    memcpy(copy, data, len);
    copy[len] = '\0';
    corpus->items[corpus->count++] = (frn_bench_item){copy, len, is_html};
    return 1;
}

static int full(const frn_bench_corpus *corpus, size_t limit)
{
    return limit && corpus->count >= limit;
}

static void read_dir(const char *dir, size_t limit, frn_bench_corpus *corpus)
{
    static const char *const pages[] = {".txt", ".html", ".htm", ".html.gz", NULL};
    size_t count, len;
    char **names = sorted_names(dir, pages, &count);

    for (size_t i = 0; i < count; i++) {
        char path[4096], *data = NULL;
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        if (!full(corpus, limit))
            data = ends_with(names[i], ".gz") ? frn_bench_read_gzip(path, &len) : frn_bench_read_file(path, &len);
        if (data && !frn_bench_corpus_add(corpus, data, len, !ends_with(names[i], ".txt")))
            must(NULL);
        free(data);
        free(names[i]);
    }
    free(names);
}

static void read_warc(FILE *f, size_t limit, frn_bench_corpus *corpus)
{
    warc_reader *reader;
    warc_record record;
    warc_result got;

    if (warc_reader_open(f, WARC_DEFAULT_MAX_RECORD, &reader) != 0)
        must(NULL);
    while (!full(corpus, limit) && (got = warc_reader_next(reader, &record)) != WARC_END &&
           got != WARC_ERROR)
        if (got == WARC_RECORD && warc_record_is_article(&record) &&
            !frn_bench_corpus_add(corpus, record.payload, record.payload_len, 1))
            must(NULL);
    warc_reader_free(reader);
}

static void read_jsonl(FILE *f, size_t limit, frn_bench_corpus *corpus)
{
    jsonl_reader *reader;
    jsonl_record record;
    jsonl_result got;

    if (jsonl_reader_open(f, JSONL_DEFAULT_MAX_LINE, &reader) != 0)
        must(NULL);
    while (!full(corpus, limit) && (got = jsonl_reader_next(reader, &record)) != JSONL_END)
        if (got == JSONL_RECORD &&
            !frn_bench_corpus_add(corpus, record.content, record.content_len, record.is_html))
            must(NULL);
    jsonl_reader_free(reader);
}

int frn_bench_corpus_read(const char *path, size_t limit, frn_bench_corpus *corpus)
{
    struct stat st;
    unsigned char head[WARC_SNIFF_BYTES];
    size_t got;
    FILE *f;

    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        read_dir(path, limit, corpus);
    } else if ((f = fopen(path, "rb")) != NULL) {
        got = fread(head, 1, sizeof head, f);
        rewind(f);
        if (warc_looks_like(head, got))
            read_warc(f, limit, corpus);
        else if (jsonl_looks_like((const char *)head, got))
            read_jsonl(f, limit, corpus);
        else
            fprintf(stderr, "bench: %s is neither a WARC nor a JSON Lines file\n", path);
        fclose(f);
    } else {
        fprintf(stderr, "bench: cannot read %s\n", path);
    }
    if (corpus->count == 0)
        fprintf(stderr, "bench: no article in %s\n", path);
    return corpus->count > 0;
}

void frn_bench_corpus_free(frn_bench_corpus *corpus)
{
    for (size_t i = 0; i < corpus->count; i++)
        free(corpus->items[i].data);
    free(corpus->items);
    corpus->items = NULL;
    corpus->count = corpus->capacity = 0;
}
