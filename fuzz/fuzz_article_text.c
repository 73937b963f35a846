/* Harness: frn_article_parse() on any bytes, read as text and as AUTO
 * detects, strictly and with invalid UTF-8 repaired.
 * Dictionaries: text encodings
 *
 * Beyond the article contract (fuzz-support.c): text input's source is the
 * input itself; AUTO reads text as TEXT does; repairing changes nothing in
 * valid input, and repairs something exactly when the strict parse fails
 * with FRN_ERR_UTF8. */
#include <string.h>
#include "fuzz-support.h"

/* Two parses of the same text agree on everything they report. */
static void check_same(const frn_article *a, const frn_article *b)
{
    size_t a_len, b_len;
    const char *a_text = frn_article_get_text(a, &a_len);
    const char *b_text = frn_article_get_text(b, &b_len);
    const char *a_title = frn_article_get_title(a), *b_title = frn_article_get_title(b);

    FUZZ_CHECK(a_len == b_len && memcmp(a_text, b_text, a_len) == 0);
    FUZZ_CHECK((!a_title && !b_title) || (a_title && b_title && strcmp(a_title, b_title) == 0));
    FUZZ_CHECK(frn_article_get_paragraph_count(a) == frn_article_get_paragraph_count(b));
    FUZZ_CHECK(frn_article_get_author_count(a) == frn_article_get_author_count(b));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    frn_article *text, *automatic, *repaired;
    frn_status strict = fuzz_parse(data, size, FRN_FORMAT_TEXT, 0, &text);
    frn_status lenient = fuzz_parse(data, size, FRN_FORMAT_TEXT, 1, &repaired);

    fuzz_parse(data, size, FRN_FORMAT_AUTO, 0, &automatic);
    if (strict == FRN_OK) {
        size_t len;
        const char *src = frn_article_get_source(text, &len);
        FUZZ_CHECK(len == size && memcmp(src, data, size) == 0);
        FUZZ_CHECK(frn_article_get_repair_count(text) == 0);
        FUZZ_CHECK(lenient == FRN_OK && frn_article_get_repair_count(repaired) == 0);
        check_same(text, repaired);
        if (automatic && frn_article_get_format(automatic) == FRN_FORMAT_TEXT)
            check_same(text, automatic);
    }
    if (repaired && frn_article_get_repair_count(repaired) > 0)
        FUZZ_CHECK(strict == FRN_ERR_UTF8);
    frn_article_free(text);
    frn_article_free(automatic);
    frn_article_free(repaired);
    return 0;
}
