/* Benchmark of coverage at scale: records, add, build and query.
 *
 *   bench_coverage [N [DISTINCT]] [-d DATA_DIR]
 *
 * Synthetic articles are made from the seed articles (examples/data) by
 * controlled edits: each story takes one seed and gives two in three of
 * its words of four letters or more story-specific replacements (so
 * stories differ in their names and terms), and each article of a story drops one paragraph, swaps
 * two others, or straightens the quotation marks, or is an exact copy of
 * the story's first article (wire copy). DISTINCT texts (default
 * min(N, 50,000)) are generated and parsed, untimed; article i takes text
 * i % DISTINCT under its own id. Then, timed:
 *   records  frn_coverage_record_new() for each of the N articles
 *   add      frn_coverage_add_record() of each record, freed at once (as
 *            frnews coverage does: the index keeps its own copy)
 *   build    frn_coverage_build()
 *   query    frn_coverage_query_new() for 1,000 edited articles not indexed
 * and printed: articles/s of each step (by the clock, and by the process's
 * CPU time: the rate of one core, whatever else the machine runs), bytes
 * of LSH index and of record per article, peak resident memory
 * (getrusage), query p50/p99.
 * Not a test: it asserts nothing. Plain C and the library only. */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <frnews.h>

#define SEEDS 5
#define MAX_PARAGRAPHS 64
#define QUERIES 1000
#define STORY_SIZE 20

static const char *const seed_names[SEEDS] = {
    "000_9b3e2d958d694ffd.txt", "001_238edfc05bd1cd30.txt", "002_3a2f45761e980b28.txt",
    "003_aebe5fa7a6eea9d4.txt", "004_188a87e5ba5590fa.txt"};

typedef struct seed {
    char *paragraphs[MAX_PARAGRAPHS];
    size_t count;
} seed;

static uint64_t mix(uint64_t z)
{
    z += 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static double now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* CPU seconds of this thread: the program runs one. */
static double cpu_now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static char *read_file(const char *dir, const char *name)
{
    char path[4096];
    FILE *f;
    long size;
    char *data;

    snprintf(path, sizeof path, "%s/%s", dir, name);
    f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    size = ftell(f);
    fseek(f, 0, SEEK_SET);
    data = malloc((size_t)size + 1);
    if (data && fread(data, 1, (size_t)size, f) != (size_t)size) {
        free(data);
        data = NULL;
    }
    if (data)
        data[size] = '\0';
    fclose(f);
    return data;
}

static int load_seed(const char *dir, const char *name, seed *s)
{
    char *text = read_file(dir, name), *at;

    if (!text)
        return 0;
    s->count = 0;
    at = text;
    while (*at && s->count < MAX_PARAGRAPHS) {
        char *end = strstr(at, "\n\n");
        size_t len = end ? (size_t)(end - at) : strlen(at);
        s->paragraphs[s->count] = malloc(len + 1);
        memcpy(s->paragraphs[s->count], at, len);
        s->paragraphs[s->count++][len] = '\0';
        at += len;
        while (*at == '\n')
            at++;
    }
    free(text);
    return s->count > 3;
}

typedef struct buffer {
    char *data;
    size_t len, cap;
} buffer;

static void put(buffer *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->data = realloc(b->data, b->cap);
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static int is_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* A pronounceable word for a number, capitalised like the word it replaces. */
static void pseudo_word(uint64_t n, int capital, char *out)
{
    static const char consonants[] = "bdfgklmnprstvz", vowels[] = "aeiou";
    size_t len = 0;

    do {
        out[len++] = consonants[n % 14];
        n /= 14;
        out[len++] = vowels[n % 5];
        n /= 5;
    } while (n > 0 && len < 10);
    out[len] = '\0';
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
                put(b, word, strlen(word));
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

/* Article j of story k. */
static char *make_text(const seed *seeds, uint64_t story, uint64_t j)
{
    const seed *s = &seeds[story % SEEDS];
    uint64_t r = mix(story * 7919u + j);
    size_t drop = j == 0 || r % 4 == 0 ? SIZE_MAX : 2 + r % (s->count - 2);
    size_t swap_a = 1 + (r >> 8) % (s->count - 1), swap_b = 1 + (r >> 16) % (s->count - 1);
    buffer b = {NULL, 0, 0};

    if (j > 0 && r % 3 == 0) /* a wire copy of the story's first article */
        return make_text(seeds, story, 0);
    for (size_t i = 0; i < s->count; i++) {
        size_t at = i == swap_a ? swap_b : i == swap_b ? swap_a : i;
        if (i == drop || (j == 0 && at != i))
            continue;
        if (j == 0)
            at = i;
        put_story_paragraph(&b, s->paragraphs[at], story);
        put(&b, "\n\n", 2);
    }
    if (j > 0 && (r >> 24) % 2)
        straighten(&b);
    return b.data;
}

typedef struct parsed {
    frn_article *article;
    frn_quote_list *quotes;
} parsed;

static int compare_doubles(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;

    return (a > b) - (a < b);
}

static double peak_mb(void)
{
    struct rusage usage;

    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; /* kilobytes on Linux */
}

static int parse_text(frn_ctx *ctx, const char *text, parsed *into)
{
    return frn_article_parse(ctx, text, strlen(text), NULL, &into->article) == FRN_OK &&
           frn_quote_list_extract(ctx, into->article, NULL, &into->quotes) == FRN_OK;
}

int main(int argc, char **argv)
{
    const char *dir = getenv("FRN_SAMPLE_DATA") ? getenv("FRN_SAMPLE_DATA") : "examples/data";
    size_t n = 10000, distinct = 0, positional = 0, record_bytes = 0;
    seed seeds[SEEDS];
    parsed *texts, query_texts[QUERIES];
    double t, t_records, t_add, t_build, latencies[QUERIES], cpu_latencies[QUERIES], parse_mb;
    double c, c_records, c_add, c_build;
    frn_ctx *ctx;
    frn_coverage *cov;
    char id[32];

    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-d") == 0 && i + 1 < argc)
            dir = argv[++i];
        else if (positional++ == 0)
            n = strtoul(argv[i], NULL, 10);
        else
            distinct = strtoul(argv[i], NULL, 10);
    }
    if (distinct == 0 || distinct > n)
        distinct = n < 50000 ? n : 50000;
    for (int s = 0; s < SEEDS; s++)
        if (!load_seed(dir, seed_names[s], &seeds[s])) {
            fprintf(stderr, "bench_coverage: cannot read the seeds in %s (-d DIR)\n", dir);
            return EXIT_FAILURE;
        }
    if (frn_ctx_new(&ctx) != FRN_OK || frn_coverage_new(ctx, NULL, &cov) != FRN_OK)
        return EXIT_FAILURE;
    texts = calloc(distinct, sizeof *texts);
    for (size_t i = 0; i < distinct; i++) {
        char *text = make_text(seeds, i / STORY_SIZE, i % STORY_SIZE);
        /* An edit can leave only lines the parser takes for boilerplate:
         * such an article is the story's first one instead. */
        if (!parse_text(ctx, text, &texts[i])) {
            free(text);
            text = make_text(seeds, i / STORY_SIZE, 0);
            if (!parse_text(ctx, text, &texts[i])) {
                fprintf(stderr, "bench_coverage: cannot parse text %zu: %s\n", i, frn_ctx_get_errmsg(ctx));
                return EXIT_FAILURE;
            }
        }
        free(text);
    }
    for (size_t q = 0; q < QUERIES; q++) {
        uint64_t story = (q * 7919u) % (distinct / STORY_SIZE + 1);
        char *text = make_text(seeds, story, 1000 + q);
        if (!parse_text(ctx, text, &query_texts[q])) {
            free(text);
            text = make_text(seeds, story, 0);
            if (!parse_text(ctx, text, &query_texts[q]))
                return EXIT_FAILURE;
        }
        free(text);
    }
    parse_mb = peak_mb();

    t_records = t_add = c_records = c_add = 0.0;
    for (size_t i = 0; i < n; i++) {
        frn_coverage_record *record;
        size_t len;
        double t0 = now(), c0 = cpu_now(), t1, c1;
        snprintf(id, sizeof id, "a%zu", i);
        if (frn_coverage_record_new(ctx, id, texts[i % distinct].article, texts[i % distinct].quotes,
                                    &record) != FRN_OK)
            return EXIT_FAILURE;
        t1 = now();
        c1 = cpu_now();
        if (frn_coverage_add_record(ctx, cov, record, NULL) != FRN_OK)
            return EXIT_FAILURE;
        t_records += t1 - t0;
        c_records += c1 - c0;
        t_add += now() - t1;
        c_add += cpu_now() - c1;
        frn_coverage_record_get_bytes(record, &len);
        record_bytes += len;
        frn_coverage_record_free(record);
    }
    t = now();
    c = cpu_now();
    if (frn_coverage_build(ctx, cov) != FRN_OK) {
        fprintf(stderr, "bench_coverage: build: %s\n", frn_ctx_get_errmsg(ctx));
        return EXIT_FAILURE;
    }
    t_build = now() - t;
    c_build = cpu_now() - c;
    for (size_t q = 0; q < QUERIES; q++) {
        frn_coverage_record *record;
        frn_coverage_query *query;
        snprintf(id, sizeof id, "q%zu", q);
        if (frn_coverage_record_new(ctx, id, query_texts[q].article, query_texts[q].quotes, &record) != FRN_OK)
            return EXIT_FAILURE;
        t = now();
        c = cpu_now();
        if (frn_coverage_query_new(ctx, cov, record, &query) != FRN_OK)
            return EXIT_FAILURE;
        latencies[q] = now() - t;
        cpu_latencies[q] = cpu_now() - c;
        frn_coverage_query_free(query);
        frn_coverage_record_free(record);
    }
    qsort(latencies, QUERIES, sizeof *latencies, compare_doubles);
    qsort(cpu_latencies, QUERIES, sizeof *cpu_latencies, compare_doubles);
    printf("articles=%zu distinct_texts=%zu\n", n, distinct);
    printf("records: %.2f s, %.0f articles/s (%.0f per CPU second), %.0f bytes/record\n", t_records,
           n / t_records, n / c_records, (double)record_bytes / n);
    printf("add:     %.2f s, %.0f articles/s (%.0f per CPU second)\n", t_add, n / t_add, n / c_add);
    printf("build:   %.2f s, %.0f articles/s; add+build %.0f articles/s (%.0f per CPU second)\n", t_build,
           n / t_build, n / (t_add + t_build), n / (c_add + c_build));
    printf("index:   %.0f bytes of LSH index/article\n",
           8.0 * frn_coverage_get_stat(cov, FRN_COVERAGE_STAT_BAND_ENTRIES) / n);
    printf("query:   p50 %.1f us, p99 %.1f us, max %.1f us (CPU time: p50 %.1f us, p99 %.1f us)\n",
           latencies[QUERIES / 2] * 1e6, latencies[QUERIES * 99 / 100] * 1e6,
           latencies[QUERIES - 1] * 1e6, cpu_latencies[QUERIES / 2] * 1e6,
           cpu_latencies[QUERIES * 99 / 100] * 1e6);
    printf("results: stories=%zu (generated %zu) clusters=%zu quotes=%zu printings=%zu forms=%zu\n",
           frn_coverage_get_story_count(cov), (distinct + STORY_SIZE - 1) / STORY_SIZE,
           frn_coverage_get_cluster_count(cov), frn_coverage_get_quote_count(cov),
           frn_coverage_get_stat(cov, FRN_COVERAGE_STAT_PRINTINGS),
           frn_coverage_get_stat(cov, FRN_COVERAGE_STAT_QUOTE_FORMS));
    printf("memory:  peak %.0f MB (%.0f MB after parsing the texts)\n", peak_mb(), parse_mb);
    frn_coverage_free(cov);
    for (size_t i = 0; i < distinct; i++) {
        frn_quote_list_free(texts[i].quotes);
        frn_article_free(texts[i].article);
    }
    for (size_t q = 0; q < QUERIES; q++) {
        frn_quote_list_free(query_texts[q].quotes);
        frn_article_free(query_texts[q].article);
    }
    free(texts);
    frn_ctx_free(ctx);
    return EXIT_SUCCESS;
}
