/* Harness: the frnews command's WARC reader (cli/warc-reader.c) on any
 * bytes, plain or gzip-compressed, read through a stream as a file would be.
 * Dictionaries: warc
 *
 * The contract checked: every record's strings are NUL-terminated within
 * their buffers, its payload (never over the limit, decoded or not) lies in
 * memory the reader owns (read whole by the check), a record over the limit
 * or unreadable is reported, and reading ends: each call consumes input or
 * returns an end or an error. */
#define _GNU_SOURCE /* fmemopen */
#include <stdio.h>
#include <string.h>
#include "fuzz-support.h"
#include "warc-reader.h"

/* Small, so that the too-large path is reached. */
#define MAX_RECORD 4096

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FILE *f = fmemopen((void *)data, size, "rb");
    warc_reader *reader;
    warc_record record;
    warc_result result;
    size_t records = 0;

    if (!f)
        return 0; /* fmemopen refuses a zero size on some libcs */
    FUZZ_CHECK(warc_reader_open(f, MAX_RECORD, &reader) == 0);
    while ((result = warc_reader_next(reader, &record)) == WARC_RECORD ||
           result == WARC_RECORD_TOO_LARGE || result == WARC_RECORD_BAD) {
        volatile unsigned char sum = 0;
        FUZZ_CHECK(++records <= size + 1); /* every record consumes input */
        FUZZ_CHECK(strlen(record.target_uri) < 8192 && strlen(record.date) < 64);
        if (result == WARC_RECORD_BAD)
            FUZZ_CHECK(warc_reader_error(reader, NULL)[0] != '\0');
        if (result == WARC_RECORD) {
            FUZZ_CHECK(record.payload_len <= MAX_RECORD);
            for (size_t i = 0; i < record.payload_len; i++)
                sum ^= (unsigned char)record.payload[i];
            FUZZ_CHECK(strcmp(record.type, "response") == 0 || strcmp(record.type, "resource") == 0);
        }
        (void)sum;
    }
    FUZZ_CHECK(result == WARC_END || result == WARC_ERROR);
    if (result == WARC_ERROR)
        FUZZ_CHECK(warc_reader_error(reader, NULL)[0] != '\0');
    warc_reader_free(reader);
    fclose(f);
    return 0;
}
