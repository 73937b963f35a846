/* Harness: frn_quote_list_extract() on the article parsed from any bytes
 * (invalid UTF-8 repaired, so that every input reaches the quotations).
 * Dictionaries: quotes text
 *
 * Beyond the quotation contract (fuzz-support.c): asking for direct
 * quotations only gives exactly the direct ones of the full list. */
#include <string.h>
#include "fuzz-support.h"

static void check_direct_subset(const frn_quote_list *all, const frn_quote_list *direct)
{
    size_t k = 0;

    for (size_t i = 0; i < frn_quote_list_get_count(all); i++) {
        const frn_quote *q = frn_quote_list_get_quote(all, i);
        frn_span a, b;
        if (frn_quote_get_type(q) != FRN_QUOTE_DIRECT)
            continue;
        FUZZ_CHECK(k < frn_quote_list_get_count(direct));
        a = frn_quote_get_span(q);
        b = frn_quote_get_span(frn_quote_list_get_quote(direct, k++));
        FUZZ_CHECK(a.start == b.start && a.end == b.end);
    }
    FUZZ_CHECK(k == frn_quote_list_get_count(direct));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    frn_ctx *ctx = fuzz_context();
    frn_article *article;
    frn_quote_list *all = NULL, *direct = NULL;
    frn_quote_options *options;
    frn_status status;

    if (fuzz_parse(data, size, FRN_FORMAT_TEXT, 1, &article) != FRN_OK)
        return 0;
    status = frn_quote_list_extract(ctx, article, NULL, &all);
    if (status == FRN_OK)
        fuzz_check_quotes(all, article);
    else
        fuzz_check_failure(status);
    FUZZ_CHECK(frn_quote_options_new(&options) == FRN_OK);
    FUZZ_CHECK(frn_quote_options_set_types(options, FRN_QUOTE_DIRECT) == FRN_OK);
    if (status == FRN_OK && frn_quote_list_extract(ctx, article, options, &direct) == FRN_OK) {
        fuzz_check_quotes(direct, article);
        check_direct_subset(all, direct);
    }
    frn_quote_options_free(options);
    frn_quote_list_free(direct);
    frn_quote_list_free(all);
    frn_article_free(article);
    return 0;
}
