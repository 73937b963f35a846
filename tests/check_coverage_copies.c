/* Coverage at wire-copy scale, with known answers: seed articles copied a
 * thousand times, edited by hand-made rules (a paragraph deleted, two
 * swapped, quotation marks changed, boilerplate inserted), and one
 * quotation printed by 2,000 different articles. Work is asserted through
 * the build's counters, never by the clock. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <frnews.h>
#include "pseudo-word.h"
#include "test-support.h"

static frn_ctx *ctx;
static frn_coverage *cov;

static void open_index(void)
{
    frn_test_coverage_open(&ctx, &cov);
}

static void close_index(void)
{
    frn_test_coverage_close(ctx, cov);
}

static size_t add_text(const char *id, const char *text, size_t len)
{
    return frn_test_coverage_add(ctx, cov, id, text, len);
}

static size_t add_sample(const char *id, const char *name)
{
    size_t len, index;
    char *text = frn_test_read_sample(name, &len);

    index = add_text(id, text, len);
    free(text);
    return index;
}

/* --- controlled edits: a text as paragraphs separated by blank lines --- */

typedef struct paragraphs {
    char *items[64];
    size_t count;
} paragraphs;

static void split(const char *text, paragraphs *p)
{
    const char *at = text;

    p->count = 0;
    while (*at && p->count < 64) {
        const char *end = strstr(at, "\n\n");
        size_t len = end ? (size_t)(end - at) : strlen(at);
        p->items[p->count] = malloc(len + 1);
        memcpy(p->items[p->count], at, len);
        p->items[p->count][len] = '\0';
        p->count++;
        at += len;
        while (*at == '\n')
            at++;
    }
}

static char *join(const paragraphs *p)
{
    size_t len = 1;
    char *text;

    for (size_t i = 0; i < p->count; i++)
        len += strlen(p->items[i]) + 2;
    text = malloc(len);
    text[0] = '\0';
    for (size_t i = 0; i < p->count; i++) {
        strcat(text, p->items[i]);
        strcat(text, "\n\n");
    }
    return text;
}

static void clear(paragraphs *p)
{
    for (size_t i = 0; i < p->count; i++)
        free(p->items[i]);
    p->count = 0;
}

static void delete_paragraph(paragraphs *p, size_t i)
{
    free(p->items[i]);
    memmove(p->items + i, p->items + i + 1, (p->count - i - 1) * sizeof *p->items);
    p->count--;
}

static void swap_paragraphs(paragraphs *p, size_t i, size_t j)
{
    char *t = p->items[i];

    p->items[i] = p->items[j];
    p->items[j] = t;
}

static void insert_paragraph(paragraphs *p, size_t i, const char *text)
{
    memmove(p->items + i + 1, p->items + i, (p->count - i) * sizeof *p->items);
    p->items[i] = strdup(text);
    p->count++;
}

/* Curly quotation marks and apostrophes become straight ones. */
static void straighten_quotes(paragraphs *p)
{
    static const char *const curly[] = {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99"};
    static const char straight[] = {'"', '"', '\'', '\''};

    for (size_t i = 0; i < p->count; i++)
        for (size_t c = 0; c < 4; c++) {
            char *at;
            while ((at = strstr(p->items[i], curly[c])) != NULL) {
                *at = straight[c];
                memmove(at + 1, at + 3, strlen(at + 3) + 1);
            }
        }
}

static const char boilerplate[] =
    "Sign up for our daily newsletter to get the latest technology news delivered to your "
    "inbox every morning, and follow us on social media for more.";

/* The edits of seed 001, each alone and all together. */
enum { EDIT_NONE, EDIT_DELETE, EDIT_SWAP, EDIT_MARKS, EDIT_BOILERPLATE, EDIT_ALL, EDIT_COUNT };

static char *edited_seed(int edit)
{
    size_t len;
    char *text = frn_test_read_sample("001_238edfc05bd1cd30.txt", &len), *out;
    paragraphs p;

    split(text, &p);
    free(text);
    ck_assert_uint_ge(p.count, 10);
    if (edit == EDIT_DELETE || edit == EDIT_ALL)
        delete_paragraph(&p, 6);
    if (edit == EDIT_SWAP || edit == EDIT_ALL)
        swap_paragraphs(&p, 4, 7);
    if (edit == EDIT_MARKS || edit == EDIT_ALL)
        straighten_quotes(&p);
    if (edit == EDIT_BOILERPLATE || edit == EDIT_ALL)
        insert_paragraph(&p, 5, boilerplate);
    out = join(&p);
    clear(&p);
    return out;
}

/* --- tests --- */

START_TEST(test_copies_thousand_copies_form_one_cluster)
{
    size_t len, copies = 1000, printed, merged, sources[64];
    char *text = frn_test_read_sample("000_9b3e2d958d694ffd.txt", &len), id[32];
    frn_article *article = frn_test_parse(text, len);
    frn_quote_list *quotes;

    ck_assert_int_eq(frn_quote_list_extract(ctx, article, NULL, &quotes), FRN_OK);
    /* One copy alone: its printings (one a place: the quotation stage may
     * list a place twice) and merged quotations (an article printing the
     * same words twice gives one, with two sources). */
    ck_assert_int_eq(frn_coverage_add(ctx, cov, "copy0000", article, quotes, NULL), FRN_OK);
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    printed = frn_coverage_get_stat(cov, FRN_COVERAGE_STAT_PRINTINGS);
    ck_assert_uint_gt(printed, 3);
    ck_assert_uint_le(printed, frn_quote_list_get_count(quotes));
    merged = frn_coverage_get_quote_count(cov);
    ck_assert_uint_gt(merged, 3);
    ck_assert_uint_le(merged, sizeof sources / sizeof *sources);
    for (size_t q = 0; q < merged; q++)
        sources[q] = frn_coverage_get_quote_source_count(cov, q);
    frn_coverage_free(cov);
    ck_assert_int_eq(frn_coverage_new(ctx, NULL, &cov), FRN_OK);
    for (size_t i = 0; i < copies; i++) {
        snprintf(id, sizeof id, "copy%04zu", i);
        ck_assert_int_eq(frn_coverage_add(ctx, cov, id, article, quotes, NULL), FRN_OK);
    }
    frn_quote_list_free(quotes);
    frn_article_free(article);
    free(text);
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_uint_eq(frn_coverage_get_cluster_count(cov), 1);
    ck_assert_uint_eq(frn_coverage_get_cluster_size(cov, 0), copies);
    /* The representative is the smallest id (no dates); each other copy
     * is listed once against it. */
    ck_assert_str_eq(frn_coverage_get_article_id(cov, frn_coverage_get_cluster_representative(cov, 0)),
                     "copy0000");
    ck_assert_uint_eq(frn_coverage_get_duplicate_count(cov), copies - 1);
    ck_assert_uint_eq(frn_coverage_get_story_count(cov), 1);
    /* Past the old bucket cap of 256: each quotation is one entry with its
     * sources in every copy. */
    ck_assert_uint_eq(frn_coverage_get_quote_count(cov), merged);
    for (size_t q = 0; q < merged; q++)
        ck_assert_uint_eq(frn_coverage_get_quote_source_count(cov, q), copies * sources[q]);
    /* Linear work: in each of the 16 bands the copies share one bucket and
     * each is compared with its first member only. */
    ck_assert_uint_eq(frn_coverage_get_stat(cov, FRN_COVERAGE_STAT_DUPLICATE_COMPARISONS),
                      16 * (copies - 1));
    ck_assert_uint_eq(frn_coverage_get_stat(cov, FRN_COVERAGE_STAT_PRINTINGS), copies * printed);
    ck_assert_uint_le(frn_coverage_get_stat(cov, FRN_COVERAGE_STAT_QUOTE_FORMS), printed);
    ck_assert_uint_le(frn_coverage_get_stat(cov, FRN_COVERAGE_STAT_QUOTE_COMPARISONS),
                      printed * printed);
    ck_assert_uint_eq(frn_coverage_get_stat(cov, FRN_COVERAGE_STAT_STORY_NODES), 1);
}
END_TEST

/* A query against 300 copies of seed 001 and one edited copy: every copy is
 * found, while the index holds the copies' one signature once in each band
 * and the query compares it once. */
START_TEST(test_copies_a_query_compares_each_text_once)
{
    size_t copies = 300, article;
    char id[32], *edited = edited_seed(EDIT_ALL);
    size_t len;
    char *text = frn_test_read_sample("001_238edfc05bd1cd30.txt", &len);
    frn_coverage_record *record;
    frn_coverage_query *query;
    frn_article *article_parsed = frn_test_parse(text, len);
    frn_quote_list *quotes;
    double similarity;

    ck_assert_int_eq(frn_quote_list_extract(ctx, article_parsed, NULL, &quotes), FRN_OK);
    for (size_t i = 0; i < copies; i++) {
        snprintf(id, sizeof id, "copy%03zu", i);
        ck_assert_int_eq(frn_coverage_add(ctx, cov, id, article_parsed, quotes, NULL), FRN_OK);
    }
    add_text("edited", edited, strlen(edited));
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    /* Two distinct signatures in each of the 16 bands, and the other
     * copies listed once beside the first. */
    ck_assert_uint_eq(frn_coverage_get_stat(cov, FRN_COVERAGE_STAT_BAND_ENTRIES), 16 * 2 + copies - 1);
    ck_assert_int_eq(frn_coverage_record_new(ctx, "query", article_parsed, quotes, &record), FRN_OK);
    ck_assert_int_eq(frn_coverage_query_new(ctx, cov, record, &query), FRN_OK);
    ck_assert_uint_eq(frn_coverage_query_get_duplicate_count(query), copies + 1);
    for (size_t k = 0; k < copies; k++) {
        ck_assert_int_eq(frn_coverage_query_get_duplicate(query, k, &article, &similarity), FRN_OK);
        ck_assert_uint_eq(article, k); /* by similarity, then by index */
        ck_assert(similarity == 1.0);
    }
    ck_assert_int_eq(frn_coverage_query_get_duplicate(query, copies, &article, &similarity), FRN_OK);
    ck_assert_str_eq(frn_coverage_get_article_id(cov, article), "edited");
    ck_assert(similarity < 1.0);
    frn_coverage_query_free(query);
    frn_coverage_record_free(record);
    frn_quote_list_free(quotes);
    frn_article_free(article_parsed);
    free(text);
    free(edited);
}
END_TEST

/* Counters of a build over `copies` copies of seed 001 and the other four
 * seeds. */
static void build_copies(size_t copies, size_t *duplicate_work, size_t *quote_work,
                         size_t *story_work)
{
    size_t len;
    char *text = frn_test_read_sample("001_238edfc05bd1cd30.txt", &len), id[32];
    const char *others[] = {"000_9b3e2d958d694ffd.txt", "002_3a2f45761e980b28.txt",
                            "003_aebe5fa7a6eea9d4.txt", "004_188a87e5ba5590fa.txt"};
    frn_coverage_record *record;
    frn_article *article = frn_test_parse(text, len);
    frn_quote_list *quotes;

    frn_coverage_free(cov);
    ck_assert_int_eq(frn_coverage_new(ctx, NULL, &cov), FRN_OK);
    ck_assert_int_eq(frn_quote_list_extract(ctx, article, NULL, &quotes), FRN_OK);
    for (size_t i = 0; i < copies; i++) {
        snprintf(id, sizeof id, "copy%zu", i);
        ck_assert_int_eq(frn_coverage_record_new(ctx, id, article, quotes, &record), FRN_OK);
        ck_assert_int_eq(frn_coverage_add_record(ctx, cov, record, NULL), FRN_OK);
        frn_coverage_record_free(record);
    }
    for (size_t i = 0; i < 4; i++)
        add_sample(others[i], others[i]);
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    *duplicate_work = frn_coverage_get_stat(cov, FRN_COVERAGE_STAT_DUPLICATE_COMPARISONS);
    *quote_work = frn_coverage_get_stat(cov, FRN_COVERAGE_STAT_QUOTE_CANDIDATES) +
                  frn_coverage_get_stat(cov, FRN_COVERAGE_STAT_QUOTE_COMPARISONS);
    *story_work = frn_coverage_get_stat(cov, FRN_COVERAGE_STAT_STORY_COMPARISONS) +
                  frn_coverage_get_stat(cov, FRN_COVERAGE_STAT_STORY_CANDIDATES);
    ck_assert_uint_eq(frn_coverage_get_cluster_size(cov, 0), copies);
    ck_assert_uint_eq(frn_coverage_get_story_count(cov), 1);
    frn_quote_list_free(quotes);
    frn_article_free(article);
    free(text);
}

START_TEST(test_copies_work_grows_linearly_with_copies)
{
    size_t dup_small, quote_small, story_small, dup_large, quote_large, story_large;

    build_copies(100, &dup_small, &quote_small, &story_small);
    build_copies(800, &dup_large, &quote_large, &story_large);
    /* Eight times the copies: duplicate work about eight times (16
     * comparisons a copy), far from the 64 times of comparing pairs; the
     * quotation and story steps see one form and one node per group of
     * copies, so their work does not grow at all. */
    ck_assert_uint_ge(dup_large, 7 * dup_small);
    ck_assert_uint_le(dup_large, 9 * dup_small);
    ck_assert_uint_eq(quote_large, quote_small);
    ck_assert_uint_eq(story_large, story_small);
}
END_TEST

START_TEST(test_copies_controlled_edits_stay_one_cluster)
{
    const char *names[EDIT_COUNT] = {"e0-original", "e1-deleted", "e2-swapped", "e3-marks",
                                     "e4-boilerplate", "e5-all"};
    size_t index[EDIT_COUNT], cluster, others[4];

    for (int edit = 0; edit < EDIT_COUNT; edit++) {
        char *text = edited_seed(edit);
        index[edit] = add_text(names[edit], text, strlen(text));
        free(text);
    }
    others[0] = add_sample("000", "000_9b3e2d958d694ffd.txt");
    others[1] = add_sample("002", "002_3a2f45761e980b28.txt");
    others[2] = add_sample("003", "003_aebe5fa7a6eea9d4.txt");
    others[3] = add_sample("004", "004_188a87e5ba5590fa.txt");
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    /* Every edit of seed 001 is a copy of it; the other seeds report the
     * same story in their own words and are not. */
    ck_assert_uint_eq(frn_coverage_get_cluster_count(cov), 1);
    cluster = frn_coverage_get_article_cluster(cov, index[0]);
    ck_assert_uint_eq(cluster, 0);
    ck_assert_uint_eq(frn_coverage_get_cluster_size(cov, cluster), EDIT_COUNT);
    for (int edit = 0; edit < EDIT_COUNT; edit++)
        ck_assert_uint_eq(frn_coverage_get_article_cluster(cov, index[edit]), cluster);
    for (int i = 0; i < 4; i++)
        ck_assert_uint_eq(frn_coverage_get_article_cluster(cov, others[i]), FRN_NONE);
    ck_assert_uint_eq(frn_coverage_get_cluster_representative(cov, cluster), index[0]);
    ck_assert_uint_eq(frn_coverage_get_duplicate_count(cov), EDIT_COUNT - 1);
    /* One story for all ten. */
    ck_assert_uint_eq(frn_coverage_get_story_count(cov), 1);
}
END_TEST

START_TEST(test_copies_earliest_dated_copy_represents_its_cluster)
{
    char *text = edited_seed(EDIT_NONE), *dated = malloc(strlen(text) + 64);
    size_t original, later;

    /* The same text twice; the dated one comes first whatever the ids. */
    snprintf(dated, strlen(text) + 64, "Published June 11, 2020\n\n%s", text);
    original = add_text("z-dated", dated, strlen(dated));
    later = add_text("a-undated", text, strlen(text));
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_uint_eq(frn_coverage_get_cluster_count(cov), 1);
    ck_assert_uint_eq(frn_coverage_get_cluster_representative(cov, 0), original);
    ck_assert_uint_eq(frn_coverage_get_article_cluster(cov, later), 0);
    free(text);
    free(dated);
}
END_TEST

/* --- order of addition --- */

typedef struct text_buf {
    char *s;
    size_t len, cap;
} text_buf;

static void put(text_buf *b, const char *s)
{
    size_t n = strlen(s);

    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->s = realloc(b->s, b->cap);
    }
    memcpy(b->s + b->len, s, n + 1);
    b->len += n;
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sort lines[0..n) and append them. */
static void put_sorted(text_buf *out, char **lines, size_t n)
{
    qsort(lines, n, sizeof *lines, compare_strings);
    for (size_t i = 0; i < n; i++) {
        put(out, lines[i]);
        put(out, "\n");
        free(lines[i]);
    }
}

/* A group of articles as its sorted ids. */
static char *id_set(size_t (*member)(const frn_coverage *, size_t, size_t), size_t group,
                    size_t size, const char *prefix)
{
    char **ids = malloc((size + 1) * sizeof *ids);
    text_buf b = {NULL, 0, 0};

    put(&b, prefix);
    for (size_t k = 0; k < size; k++)
        ids[k] = strdup(frn_coverage_get_article_id(cov, member(cov, group, k)));
    qsort(ids, size, sizeof *ids, compare_strings);
    for (size_t k = 0; k < size; k++) {
        put(&b, " ");
        put(&b, ids[k]);
        free(ids[k]);
    }
    free(ids);
    return b.s;
}

/* Everything the build found, described by ids only, in a fixed order. */
static char *describe(void)
{
    size_t clusters = frn_coverage_get_cluster_count(cov), stories = frn_coverage_get_story_count(cov);
    size_t quotes = frn_coverage_get_quote_count(cov);
    char **lines = malloc((clusters + stories + quotes + 1) * sizeof *lines);
    text_buf out = {NULL, 0, 0};

    put(&out, "");
    for (size_t c = 0; c < clusters; c++) {
        char prefix[256];
        snprintf(prefix, sizeof prefix, "cluster rep=%s:",
                 frn_coverage_get_article_id(cov, frn_coverage_get_cluster_representative(cov, c)));
        lines[c] = id_set(frn_coverage_get_cluster_article, c, frn_coverage_get_cluster_size(cov, c),
                          prefix);
    }
    put_sorted(&out, lines, clusters);
    for (size_t s = 0; s < stories; s++)
        lines[s] = id_set(frn_coverage_get_story_article, s, frn_coverage_get_story_size(cov, s),
                          "story:");
    put_sorted(&out, lines, stories);
    for (size_t q = 0; q < quotes; q++) {
        text_buf b = {NULL, 0, 0};
        const char *speaker = frn_coverage_get_quote_speaker(cov, q);
        put(&b, "quote ");
        put(&b, speaker ? speaker : "-");
        put(&b, " | ");
        put(&b, frn_coverage_get_quote_text(cov, q));
        for (size_t k = 0; k < frn_coverage_get_quote_source_count(cov, q); k++) {
            size_t article;
            frn_span span;
            const char *diff = frn_coverage_get_quote_source_diff(cov, q, k);
            char line[128];
            ck_assert_int_eq(frn_coverage_get_quote_source(cov, q, k, &article, &span, NULL), FRN_OK);
            snprintf(line, sizeof line, " | %s@%zu %s ", frn_coverage_get_article_id(cov, article),
                     span.start,
                     frn_quote_variant_name(frn_coverage_get_quote_source_variant(cov, q, k)));
            put(&b, line);
            put(&b, diff ? diff : "");
        }
        lines[q] = b.s;
    }
    put_sorted(&out, lines, quotes);
    free(lines);
    return out.s;
}

START_TEST(test_copies_results_do_not_depend_on_order_of_addition)
{
    static const char *const samples[] = {"000_9b3e2d958d694ffd.txt", "002_3a2f45761e980b28.txt",
                                          "003_aebe5fa7a6eea9d4.txt", "004_188a87e5ba5590fa.txt"};
    /* ten edited copies and the four other seeds, in three orders */
    static const size_t orders[3][14] = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13},
        {13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0},
        {7, 2, 11, 0, 13, 5, 9, 3, 12, 1, 8, 4, 10, 6},
    };
    char *first = NULL;

    for (int o = 0; o < 3; o++) {
        char *described;
        frn_coverage_free(cov);
        ck_assert_int_eq(frn_coverage_new(ctx, NULL, &cov), FRN_OK);
        for (int k = 0; k < 14; k++) {
            size_t item = orders[o][k];
            char id[32];
            if (item < 10) {
                char *text = edited_seed((int)(item % EDIT_COUNT));
                snprintf(id, sizeof id, "edit%zu", item);
                add_text(id, text, strlen(text));
                free(text);
            } else
                add_sample(samples[item - 10], samples[item - 10]);
        }
        ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
        described = describe();
        if (!first)
            first = described;
        else {
            ck_assert_str_eq(described, first);
            free(described);
        }
    }
    ck_assert_ptr_nonnull(strstr(first, "cluster rep=edit0:"));
    free(first);
}
END_TEST

/* --- one quotation in 2,000 different articles --- */

static const char statement[] =
    "We will not sell facial recognition technology to police departments in the United "
    "States until we have a national law in place";

/* Article i: its own headline and body words, and the statement, printed
 * in one of several ways. */
static char *article_with_statement(size_t i, unsigned long *seed)
{
    text_buf b = {NULL, 0, 0};
    char word[16];
    const char *speaker = i % 7 == 3 ? "Smith" : i % 11 == 5 ? "Brad Smit" : "Brad Smith";

    put(&b, "");
    for (int w = 0; w < 8; w++) {
        *seed = *seed * 6364136223846793005UL + 1442695040888963407UL;
        frn_pseudo_word((*seed >> 33) % 50000, 12, word);
        put(&b, w ? " " : "");
        put(&b, word);
    }
    put(&b, "\n\n");
    for (int w = 0; w < 90; w++) {
        *seed = *seed * 6364136223846793005UL + 1442695040888963407UL;
        frn_pseudo_word((*seed >> 33) % 50000, 12, word);
        put(&b, w ? " " : "");
        put(&b, word);
    }
    put(&b, ".\n\n");
    put(&b, i % 4 == 0 ? "\"" : "\xE2\x80\x9C");
    put(&b, i % 5 == 2 ? "We will not sell facial recognition technology to police departments"
                       : statement);
    put(&b, i % 4 == 0 ? ",\" " : ",\xE2\x80\x9D ");
    put(&b, speaker);
    put(&b, " said on Thursday.\n");
    return b.s;
}

START_TEST(test_copies_one_quotation_in_2000_articles)
{
    size_t n = 2000, q;
    unsigned long seed = 42;

    for (size_t i = 0; i < n; i++) {
        char *text = article_with_statement(i, &seed), id[32];
        snprintf(id, sizeof id, "outlet%zu", i);
        add_text(id, text, strlen(text));
        free(text);
    }
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_uint_eq(frn_coverage_get_cluster_count(cov), 0);
    ck_assert_uint_eq(frn_coverage_get_stat(cov, FRN_COVERAGE_STAT_PRINTINGS), n);
    /* One merged quotation, every outlet a source, under the name most of
     * them print. */
    ck_assert_uint_eq(frn_coverage_get_quote_count(cov), 1);
    q = 0;
    ck_assert_uint_eq(frn_coverage_get_quote_source_count(cov, q), n);
    ck_assert_str_eq(frn_coverage_get_quote_speaker(cov, q), "Brad Smith");
    ck_assert_int_eq(strncmp(frn_coverage_get_quote_text(cov, q), statement, strlen(statement)), 0);
    /* Two forms (the statement whole and trimmed), compared once. */
    ck_assert_uint_eq(frn_coverage_get_stat(cov, FRN_COVERAGE_STAT_QUOTE_FORMS), 2);
    ck_assert_uint_le(frn_coverage_get_stat(cov, FRN_COVERAGE_STAT_QUOTE_COMPARISONS), 1);
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *suite = suite_create("coverage_copies");
    TCase *tc = tcase_create("copies");

    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, open_index, close_index);
    tcase_add_test(tc, test_copies_thousand_copies_form_one_cluster);
    tcase_add_test(tc, test_copies_work_grows_linearly_with_copies);
    tcase_add_test(tc, test_copies_a_query_compares_each_text_once);
    tcase_add_test(tc, test_copies_controlled_edits_stay_one_cluster);
    tcase_add_test(tc, test_copies_earliest_dated_copy_represents_its_cluster);
    tcase_add_test(tc, test_copies_results_do_not_depend_on_order_of_addition);
    tcase_add_test(tc, test_copies_one_quotation_in_2000_articles);
    suite_add_tcase(suite, tc);
    return suite;
}
