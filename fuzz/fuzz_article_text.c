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
        fuzz_check_same_reading(text, repaired);
        if (automatic && frn_article_get_format(automatic) == FRN_FORMAT_TEXT)
            fuzz_check_same_reading(text, automatic);
    }
    if (repaired && frn_article_get_repair_count(repaired) > 0)
        FUZZ_CHECK(strict == FRN_ERR_UTF8);
    frn_article_free(text);
    frn_article_free(automatic);
    frn_article_free(repaired);
    return 0;
}
