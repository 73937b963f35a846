/* Harness: the frnews command's JSON Lines reader (cli/jsonl-reader.c) on
 * any bytes.
 * Dictionaries: jsonl encodings
 *
 * The contract checked: a record's content is readable to its length and
 * its strings are NUL-terminated, a bad line gives a message and a line
 * number inside the input, and the line numbers only grow. */
#define _GNU_SOURCE /* fmemopen */
#include <stdio.h>
#include <string.h>
#include "fuzz-support.h"
#include "jsonl-reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FILE *f = fmemopen((void *)data, size, "rb");
    jsonl_reader *reader;
    jsonl_record record;
    jsonl_result result;
    size_t last_line = 0, lines = 1;

    if (!f)
        return 0;
    for (size_t i = 0; i < size; i++)
        lines += data[i] == '\n';
    FUZZ_CHECK(jsonl_reader_open(f, 1 << 16, &reader) == 0);
    while ((result = jsonl_reader_next(reader, &record)) != JSONL_END) {
        size_t line;
        if (result == JSONL_RECORD) {
            volatile unsigned char sum = 0;
            for (size_t i = 0; i < record.content_len; i++)
                sum ^= (unsigned char)record.content[i];
            (void)sum;
            FUZZ_CHECK(!record.id || strlen(record.id) < size + 32);
            FUZZ_CHECK(!record.url || strlen(record.url) <= size);
            line = record.line;
        } else {
            FUZZ_CHECK(result == JSONL_BAD_LINE);
            FUZZ_CHECK(jsonl_reader_error(reader, &line, NULL)[0] != '\0');
        }
        FUZZ_CHECK(line > last_line && line <= lines);
        last_line = line;
    }
    FUZZ_CHECK(jsonl_reader_read_error(reader) == 0);
    jsonl_reader_free(reader);
    fclose(f);
    return 0;
}
