/* Throughput of the coverage index: N synthetic articles (stories of ten to
 * thirty articles sharing topic words, one in ten a lightly edited copy of an
 * earlier one, some quotations), then frn_coverage_add(ctx, ) for each and one
 * frn_coverage_build(ctx, ). Parsing and quotation extraction are done outside
 * the timed part; only add and build are measured.
 *
 * Usage: bench_coverage [N] (default 10000). Not a test: prints figures. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <frnews.h>

#define GENERAL_WORDS 20000
#define TOPIC_WORDS 12
#define BODY_WORDS 300
#define TEXT_CAPACITY 8192

static uint64_t rng_state = 0x243F6A8885A308D3ULL;

static uint64_t next_random(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

/* A pronounceable pseudo-word for a number, e.g. "tavoriku". */
static void make_word(uint64_t n, char *out)
{
    static const char consonants[] = "bdfgklmnprstvz", vowels[] = "aeiou";
    size_t len = 0;

    do {
        out[len++] = consonants[n % 14];
        n /= 14;
        out[len++] = vowels[n % 5];
        n /= 5;
    } while (n > 0 && len < 14);
    out[len] = '\0';
}

static void append(char *text, size_t *len, const char *s)
{
    size_t n = strlen(s);

    if (*len + n + 1 < TEXT_CAPACITY) {
        memcpy(text + *len, s, n);
        *len += n;
        text[*len] = '\0';
    }
}

/* Words of story `story`: mostly general vocabulary, one in three from the
 * story's own topic words. */
static void append_words(char *text, size_t *len, uint64_t story, size_t count)
{
    char word[16];

    for (size_t i = 0; i < count; i++) {
        uint64_t r = next_random();
        if (r % 3 == 0)
            make_word(1000000 + story * TOPIC_WORDS + (r >> 8) % TOPIC_WORDS, word);
        else
            make_word((r >> 8) % GENERAL_WORDS, word);
        append(text, len, word);
        append(text, len, i + 1 == count ? "." : " ");
    }
}

static size_t generate(char *text, uint64_t story, int with_quote)
{
    size_t len = 0;

    text[0] = '\0';
    append_words(text, &len, story, 8);
    append(text, &len, "\n");
    for (int p = 0; p < 5; p++) {
        append_words(text, &len, story, BODY_WORDS / 5);
        append(text, &len, "\n");
    }
    if (with_quote) {
        append(text, &len, "\"");
        append_words(text, &len, story, 14);
        append(text, &len, "\" Maria Velasco said.\n");
    }
    return len;
}

/* A copy with a few words changed: a near-duplicate. */
static void edit_copy(char *text, size_t len)
{
    for (int k = 0; k < 4; k++) {
        size_t at = next_random() % len;
        if (text[at] >= 'a' && text[at] <= 'z')
            text[at] = (char)('a' + (text[at] - 'a' + 1) % 26);
    }
}

static double seconds_now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    size_t n = argc > 1 ? strtoul(argv[1], NULL, 10) : 10000, bytes = 0, story = 0, left = 0;
    char *text = malloc(TEXT_CAPACITY), *previous = malloc(TEXT_CAPACITY), id[32];
    size_t len = 0;
    double add_seconds = 0.0, build_seconds, start;
    frn_ctx *ctx;
    frn_coverage *cov;

    if (!text || !previous || frn_ctx_new(&ctx) != FRN_OK || frn_coverage_new(ctx, NULL, &cov) != FRN_OK)
        return EXIT_FAILURE;
    for (size_t i = 0; i < n; i++) {
        frn_article *article;
        frn_quote_list *quotes;
        if (left == 0) {
            story++;
            left = 10 + next_random() % 21;
        }
        left--;
        if (i > 0 && next_random() % 10 == 0) {
            memcpy(text, previous, len + 1);
            edit_copy(text, len);
        } else
            len = generate(text, story, next_random() % 4 == 0);
        memcpy(previous, text, len + 1);
        if (frn_article_parse(ctx, text, len, NULL, &article) != FRN_OK ||
            frn_quote_list_extract(ctx, article, NULL, &quotes) != FRN_OK) {
            fprintf(stderr, "bench_coverage: cannot parse article %zu: %s\n", i, frn_ctx_get_errmsg(ctx));
            return EXIT_FAILURE;
        }
        snprintf(id, sizeof id, "a%zu", i);
        start = seconds_now();
        if (frn_coverage_add(ctx, cov, id, article, quotes, NULL) != FRN_OK)
            return EXIT_FAILURE;
        add_seconds += seconds_now() - start;
        bytes += len;
        frn_quote_list_free(quotes);
        frn_article_free(article);
    }
    start = seconds_now();
    if (frn_coverage_build(ctx, cov) != FRN_OK)
        return EXIT_FAILURE;
    build_seconds = seconds_now() - start;
    printf("articles=%zu MB=%.1f add=%.2fs build=%.2fs articles/s=%.0f MB/s=%.2f "
           "stories=%zu (generated %zu) duplicates=%zu quotes=%zu\n",
           n, bytes / 1e6, add_seconds, build_seconds, n / (add_seconds + build_seconds),
           bytes / 1e6 / (add_seconds + build_seconds), frn_coverage_get_story_count(cov), story,
           frn_coverage_get_duplicate_count(cov), frn_coverage_get_quote_count(cov));
    frn_coverage_free(cov);
    frn_ctx_free(ctx);
    free(text);
    free(previous);
    return EXIT_SUCCESS;
}
