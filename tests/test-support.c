/* Helpers shared by the Check suites. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "test-support.h"

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *data;
    long size;

    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    size = ftell(f);
    fseek(f, 0, SEEK_SET);
    data = malloc((size_t)size + 1);
    ck_assert_ptr_nonnull(data);
    ck_assert_uint_eq(fread(data, 1, (size_t)size, f), (size_t)size);
    data[size] = '\0';
    fclose(f);
    *len = (size_t)size;
    return data;
}

char *frn_test_read_sample(const char *name, size_t *len)
{
    const char *dirs[] = {getenv("FRN_SAMPLE_DATA"), getenv("FRN_TEST_DATA")};
    char path[4096];

    for (size_t i = 0; i < 2; i++) {
        char *data;
        if (!dirs[i])
            continue;
        snprintf(path, sizeof path, "%s/%s", dirs[i], name);
        data = read_file(path, len);
        if (data)
            return data;
    }
    ck_abort_msg("cannot read test input %s (FRN_SAMPLE_DATA / FRN_TEST_DATA unset?)", name);
    return NULL;
}

frn_article *frn_test_parse_with(frn_ctx *ctx, const char *text, size_t len)
{
    frn_article *article;
    frn_status status = frn_article_parse(ctx, text, len, NULL, &article);

    ck_assert_msg(status == FRN_OK, "parse failed: %s (%s)", frn_status_name(status),
                  frn_ctx_get_errmsg(ctx));
    return article;
}

frn_article *frn_test_parse(const char *text, size_t len)
{
    frn_ctx *ctx;
    frn_article *article;

    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    article = frn_test_parse_with(ctx, text, len);
    frn_ctx_free(ctx);
    return article;
}

void frn_test_rows(char *out, size_t cap, int first, int last, frn_test_row row)
{
    size_t used = 0;

    out[0] = '\0';
    for (int n = first; n <= last; n++) {
        int written = row(n, out + used, cap - used);
        ck_assert_msg(written >= 0 && (size_t)written < cap - used, "rows past %d do not fit", n - 1);
        used += (size_t)written;
    }
}

frn_article *frn_test_parse_html(const char *page)
{
    frn_ctx *ctx;
    frn_article_options *options;
    frn_article *article;
    frn_status status;

    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    ck_assert_int_eq(frn_article_options_new(&options), FRN_OK);
    ck_assert_int_eq(frn_article_options_set_format(options, FRN_FORMAT_HTML), FRN_OK);
    status = frn_article_parse(ctx, page, strlen(page), options, &article);
    ck_assert_msg(status == FRN_OK, "parse failed: %s (%s)", frn_status_name(status),
                  frn_ctx_get_errmsg(ctx));
    frn_article_options_free(options);
    frn_ctx_free(ctx);
    return article;
}

frn_quote_list *frn_test_sample_quotes(const char *name, frn_article **article_out)
{
    size_t len;
    char *text = frn_test_read_sample(name, &len);
    frn_article *article = frn_test_parse(text, len);
    frn_ctx *ctx;
    frn_quote_list *quotes;

    free(text);
    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    ck_assert_int_eq(frn_quote_list_extract(ctx, article, NULL, &quotes), FRN_OK);
    frn_ctx_free(ctx);
    if (article_out)
        *article_out = article;
    else
        frn_article_free(article);
    return quotes;
}

int frn_test_text_contains(const frn_article *article, const char *needle)
{
    const char *text = frn_article_get_text(article, NULL);

    return text && strstr(text, needle) != NULL;
}

void frn_test_coverage_open(frn_ctx **ctx, frn_coverage **cov)
{
    ck_assert_int_eq(frn_ctx_new(ctx), FRN_OK);
    ck_assert_int_eq(frn_coverage_new(*ctx, NULL, cov), FRN_OK);
}

void frn_test_coverage_close(frn_ctx *ctx, frn_coverage *cov)
{
    frn_coverage_free(cov);
    frn_ctx_free(ctx);
}

size_t frn_test_coverage_add(frn_ctx *ctx, frn_coverage *cov, const char *id, const char *text,
                             size_t len)
{
    frn_article *article = frn_test_parse_with(ctx, text, len);
    frn_quote_list *quotes;
    size_t index = FRN_NONE;

    ck_assert_int_eq(frn_quote_list_extract(ctx, article, NULL, &quotes), FRN_OK);
    ck_assert_int_eq(frn_coverage_add(ctx, cov, id, article, quotes, &index), FRN_OK);
    frn_quote_list_free(quotes);
    frn_article_free(article);
    return index;
}
