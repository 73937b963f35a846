/* Harness: the string arguments a caller passes (what the Python module
 * hands over from str and bytes): a URL and a reference date on the parse
 * options, an article id on the coverage record, then a query of that
 * record against an index of the sample-like article in the input. The
 * input is cut at ASCII record separators (0x1E) into URL, date, id and
 * article text, each string ending at its first NUL as a C string does.
 * Dictionaries: text encodings ids
 *
 * The contract checked: each setter either takes its string or refuses it
 * with FRN_ERR_INVALID_ARG; an id that was taken comes back byte for byte;
 * the site and dates of the article are clean UTF-8; a query names
 * indexed articles only. */
#include <stdlib.h>
#include <string.h>
#include "fuzz-support.h"

enum { FIELD_URL, FIELD_DATE, FIELD_ID, FIELD_TEXT, FIELD_COUNT };

/* A NUL-terminated copy of a field, cut at its first NUL. */
static char *field_string(const uint8_t *data, frn_span span)
{
    size_t len = span.end - span.start;
    const uint8_t *nul = memchr(data + span.start, 0, len);
    char *copy;

    if (nul)
        len = (size_t)(nul - (data + span.start));
    copy = malloc(len + 1);
    FUZZ_CHECK(copy != NULL);
    memcpy(copy, data + span.start, len);
    copy[len] = '\0';
    return copy;
}

static void check_setter(frn_status status)
{
    FUZZ_CHECK(status == FRN_OK || status == FRN_ERR_INVALID_ARG);
}

static void check_clean(const char *text)
{
    FUZZ_CHECK(!text || fuzz_is_clean_utf8(text, strlen(text)));
}

static frn_article *parse_with(const frn_article_options *options, const uint8_t *data, frn_span text)
{
    frn_article *article = NULL;
    frn_status status = frn_article_parse(fuzz_context(), (const char *)data + text.start,
                                          text.end - text.start, options, &article);

    if (status != FRN_OK) {
        fuzz_check_failure(status);
        return NULL;
    }
    fuzz_check_article(article);
    check_clean(frn_article_get_site(article));
    check_clean(frn_article_get_published(article));
    check_clean(frn_article_get_modified(article));
    return article;
}

/* Index the article under its id (twice, so the index has a copy to
 * find), build, and query the index with the article's own record. */
static void index_and_query(const char *id, const frn_article *article)
{
    frn_ctx *ctx = fuzz_context();
    frn_coverage *cov;
    frn_coverage_record *record = NULL;
    frn_coverage_query *query = NULL;
    frn_status status = frn_coverage_record_new(ctx, id, article, NULL, &record);

    if (status != FRN_OK) {
        fuzz_check_failure(status);
        return;
    }
    FUZZ_CHECK(strcmp(frn_coverage_record_get_id(record), id) == 0);
    FUZZ_CHECK(frn_coverage_new(ctx, NULL, &cov) == FRN_OK);
    status = frn_coverage_add(ctx, cov, id, article, NULL, NULL);
    if (status == FRN_OK)
        status = frn_coverage_add_record(ctx, cov, record, NULL);
    if (status == FRN_OK)
        status = frn_coverage_build(ctx, cov);
    if (status == FRN_OK) {
        FUZZ_CHECK(strcmp(frn_coverage_get_article_id(cov, 0), id) == 0);
        status = frn_coverage_query_new(ctx, cov, record, &query);
    }
    if (status == FRN_OK) {
        size_t story = frn_coverage_query_get_story(query);
        FUZZ_CHECK(story == FRN_NONE || story < frn_coverage_get_story_count(cov));
        for (size_t k = 0; k < frn_coverage_query_get_duplicate_count(query); k++) {
            size_t article_index;
            double similarity;
            FUZZ_CHECK(frn_coverage_query_get_duplicate(query, k, &article_index, &similarity) == FRN_OK);
            FUZZ_CHECK(article_index < 2 && similarity >= 0.0 && similarity <= 1.0);
        }
    } else
        fuzz_check_failure(status);
    frn_coverage_query_free(query);
    frn_coverage_free(cov);
    frn_coverage_record_free(record);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    frn_span fields[FIELD_COUNT];
    frn_article_options *options;
    frn_article *article;
    char *url, *date, *id;

    if (fuzz_split(data, size, fields, FIELD_COUNT) < FIELD_COUNT)
        return 0;
    url = field_string(data, fields[FIELD_URL]);
    date = field_string(data, fields[FIELD_DATE]);
    id = field_string(data, fields[FIELD_ID]);
    FUZZ_CHECK(frn_article_options_new(&options) == FRN_OK);
    FUZZ_CHECK(frn_article_options_set_repair_utf8(options, 1) == FRN_OK);
    check_setter(frn_article_options_set_url(options, url));
    check_setter(frn_article_options_set_reference_date(options, date));
    article = parse_with(options, data, fields[FIELD_TEXT]);
    if (article)
        index_and_query(id, article);
    frn_article_free(article);
    frn_article_options_free(options);
    free(url);
    free(date);
    free(id);
    return 0;
}
