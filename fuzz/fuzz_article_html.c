/* Harness: frn_article_parse() on any bytes read as HTML (and as AUTO
 * detects), with and without a reference date, then the quotations of
 * what it reads.
 * Dictionaries: html encodings
 *
 * Beyond the article contract (fuzz-support.c): HTML input's source is its
 * body text; every paragraph has the offset of its element in the page,
 * which lies inside the page as decoded (at most three bytes of UTF-8 for
 * each input byte); a failure is one the HTML reader documents; the
 * reference date changes nothing but the dates; AUTO reads HTML as HTML
 * does. */
#include <string.h>
#include "fuzz-support.h"

static void check_html_article(const frn_article *a, size_t size)
{
    size_t src_len, text_len, count = frn_article_get_paragraph_count(a);
    const char *src = frn_article_get_source(a, &src_len);
    const char *text = frn_article_get_text(a, &text_len);

    FUZZ_CHECK(frn_article_get_format(a) == FRN_FORMAT_HTML);
    /* The body is the source text (paragraphs joined as in the text). */
    FUZZ_CHECK(src_len == text_len && memcmp(src, text, text_len) == 0);
    for (size_t i = 0; i < count; i++) {
        size_t offset = frn_article_get_paragraph_html_offset(a, i);
        FUZZ_CHECK(offset != FRN_NONE && offset <= 3 * size + 3);
    }
    FUZZ_CHECK(frn_article_get_paragraph_html_offset(a, count) == FRN_NONE);
}

static frn_status parse_with_reference(const uint8_t *data, size_t size, frn_article **out)
{
    frn_article_options *options;
    frn_status status;

    FUZZ_CHECK(frn_article_options_new(&options) == FRN_OK);
    FUZZ_CHECK(frn_article_options_set_format(options, FRN_FORMAT_HTML) == FRN_OK);
    FUZZ_CHECK(frn_article_options_set_reference_date(options, "2020-06-12T10:00:00Z") == FRN_OK);
    status = frn_article_parse(fuzz_context(), (const char *)data, size, options, out);
    frn_article_options_free(options);
    if (status != FRN_OK) {
        FUZZ_CHECK(*out == NULL);
        fuzz_check_failure(status);
    } else
        fuzz_check_article(*out);
    return status;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    frn_article *html, *dated, *automatic;
    frn_status status = fuzz_parse(data, size, FRN_FORMAT_HTML, 0, &html);
    frn_status dated_status = parse_with_reference(data, size, &dated);

    fuzz_parse(data, size, FRN_FORMAT_AUTO, 0, &automatic);
    /* Any bytes are a page: only an empty reading, libxml2 giving up, or
     * a limit fails. */
    FUZZ_CHECK(status == FRN_OK || status == FRN_ERR_EMPTY || status == FRN_ERR_HTML ||
               status == FRN_ERR_TOO_LARGE || status == FRN_ERR_NOMEM);
    FUZZ_CHECK(dated_status == status);
    if (status == FRN_OK) {
        frn_quote_list *quotes;
        check_html_article(html, size);
        fuzz_check_same_reading(html, dated);
        if (automatic && frn_article_get_format(automatic) == FRN_FORMAT_HTML)
            fuzz_check_same_reading(html, automatic);
        if (frn_quote_list_extract(fuzz_context(), html, NULL, &quotes) == FRN_OK) {
            fuzz_check_quotes(quotes, html);
            frn_quote_list_free(quotes);
        }
    }
    frn_article_free(html);
    frn_article_free(dated);
    frn_article_free(automatic);
    return 0;
}
