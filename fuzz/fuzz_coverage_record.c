/* Harness: the coverage record decoder (frn_coverage_record_decode) on any
 * bytes, and what a decoded record may then be used for.
 * Dictionaries: record
 *
 * The contract checked: a failure is a documented status with a message; a
 * record that decodes re-encodes to the same bytes, decodes again, compares
 * equal to itself, gives its band keys, and can be added to an index that
 * then builds. */
#include <string.h>
#include "fuzz-support.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    frn_ctx *ctx = fuzz_context();
    frn_coverage_record *record, *again;
    frn_coverage *cov;
    frn_status status = frn_coverage_record_decode(ctx, data, size, &record);
    const void *bytes;
    size_t len;

    if (status != FRN_OK) {
        FUZZ_CHECK(record == NULL);
        fuzz_check_failure(status);
        return 0;
    }
    bytes = frn_coverage_record_get_bytes(record, &len);
    FUZZ_CHECK(len == size && memcmp(bytes, data, size) == 0);
    FUZZ_CHECK(frn_coverage_record_decode(ctx, bytes, len, &again) == FRN_OK);
    FUZZ_CHECK(frn_coverage_record_compare(record, again) == 0);
    FUZZ_CHECK(fuzz_is_clean_utf8(frn_coverage_record_get_id(record),
                                  strlen(frn_coverage_record_get_id(record))));
    for (size_t band = 0; band < frn_coverage_record_band_count(); band++) {
        unsigned long key;
        frn_status band_status = frn_coverage_record_band_key(record, band, &key);
        FUZZ_CHECK(band_status == FRN_OK || band_status == FRN_ERR_RANGE ||
                   band_status == FRN_ERR_EMPTY);
    }
    FUZZ_CHECK(frn_coverage_new(ctx, NULL, &cov) == FRN_OK);
    FUZZ_CHECK(frn_coverage_add_record(ctx, cov, record, NULL) == FRN_OK);
    FUZZ_CHECK(frn_coverage_add_record(ctx, cov, again, NULL) == FRN_OK);
    status = frn_coverage_build(ctx, cov);
    FUZZ_CHECK(status == FRN_OK);
    FUZZ_CHECK(frn_coverage_get_article_count(cov) == 2);
    frn_coverage_free(cov);
    frn_coverage_record_free(again);
    frn_coverage_record_free(record);
    return 0;
}
