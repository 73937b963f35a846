/* Harness: a coverage index over up to eight articles cut from one input
 * at ASCII record separators (0x1E): each parsed (invalid UTF-8 repaired),
 * its quotations extracted, added, then the index built and read whole.
 * Dictionaries: coverage quotes text
 *
 * The contract checked: every added article is in exactly one story, pairs
 * name two distinct articles a < b with a similarity in [0, 1], every
 * printing of a merged quotation points into its article's source text. */
#include <stdlib.h>
#include <string.h>
#include "fuzz-support.h"

#define MAX_ARTICLES 8

/* The source length of each added article, by index. */
typedef struct added {
    size_t count;
    size_t source_len[MAX_ARTICLES];
} added;

static void check_stories(const frn_coverage *cov, const added *in)
{
    unsigned char seen[MAX_ARTICLES] = {0};
    size_t total = 0;

    for (size_t s = 0; s < frn_coverage_get_story_count(cov); s++) {
        size_t size = frn_coverage_get_story_size(cov, s);
        FUZZ_CHECK(size > 0);
        for (size_t k = 0; k < size; k++) {
            size_t a = frn_coverage_get_story_article(cov, s, k);
            FUZZ_CHECK(a < in->count && !seen[a]);
            seen[a] = 1;
            total++;
        }
        FUZZ_CHECK(frn_coverage_get_story_article(cov, s, size) == FRN_NONE);
    }
    FUZZ_CHECK(total == in->count);
}

static void check_duplicates(const frn_coverage *cov, const added *in)
{
    for (size_t p = 0; p < frn_coverage_get_duplicate_count(cov); p++) {
        size_t a, b;
        double similarity;
        FUZZ_CHECK(frn_coverage_get_duplicate(cov, p, &a, &b, &similarity) == FRN_OK);
        FUZZ_CHECK(a < b && b < in->count && similarity >= 0.0 && similarity <= 1.0);
    }
}

static void check_merged_quotes(const frn_coverage *cov, const added *in)
{
    for (size_t q = 0; q < frn_coverage_get_quote_count(cov); q++) {
        size_t sources = frn_coverage_get_quote_source_count(cov, q);
        const char *text = frn_coverage_get_quote_text(cov, q);
        const char *speaker = frn_coverage_get_quote_speaker(cov, q);
        FUZZ_CHECK(sources > 0 && text && fuzz_is_clean_utf8(text, strlen(text)));
        FUZZ_CHECK(!speaker || fuzz_is_clean_utf8(speaker, strlen(speaker)));
        for (size_t k = 0; k < sources; k++) {
            size_t article;
            frn_span span;
            const char *printed;
            FUZZ_CHECK(frn_coverage_get_quote_source(cov, q, k, &article, &span, &printed) == FRN_OK);
            FUZZ_CHECK(article < in->count && span.start <= span.end);
            FUZZ_CHECK(span.end <= in->source_len[article]);
            FUZZ_CHECK(printed && fuzz_is_clean_utf8(printed, strlen(printed)));
        }
    }
}

/* Parse and add one piece; an input that is not an article is skipped. */
static void add_piece(frn_coverage *cov, added *in, const uint8_t *data, frn_span piece)
{
    static const char *const ids[] = {"a", "b", "a", "c", "d", "e", "f", "g"};
    frn_ctx *ctx = fuzz_context();
    frn_article *article;
    frn_quote_list *quotes = NULL;
    size_t index;
    frn_status status;

    if (fuzz_parse(data + piece.start, piece.end - piece.start, FRN_FORMAT_TEXT, 1, &article) != FRN_OK)
        return;
    status = frn_quote_list_extract(ctx, article, NULL, &quotes);
    if (status == FRN_OK)
        status = frn_coverage_add(ctx, cov, ids[in->count], article, quotes, &index);
    if (status == FRN_OK) {
        FUZZ_CHECK(index == in->count);
        frn_article_get_source(article, &in->source_len[in->count++]);
    } else
        fuzz_check_failure(status);
    frn_quote_list_free(quotes);
    frn_article_free(article);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    frn_ctx *ctx = fuzz_context();
    frn_span pieces[MAX_ARTICLES];
    size_t count = fuzz_split(data, size, pieces, MAX_ARTICLES);
    frn_coverage *cov;
    added in = {0, {0}};
    frn_status status;

    FUZZ_CHECK(frn_coverage_new(ctx, NULL, &cov) == FRN_OK);
    for (size_t i = 0; i < count; i++)
        add_piece(cov, &in, data, pieces[i]);
    FUZZ_CHECK(frn_coverage_get_article_count(cov) == in.count);
    status = frn_coverage_build(ctx, cov);
    if (status == FRN_OK) {
        check_stories(cov, &in);
        check_duplicates(cov, &in);
        check_merged_quotes(cov, &in);
    } else
        fuzz_check_failure(status);
    frn_coverage_free(cov);
    return 0;
}
