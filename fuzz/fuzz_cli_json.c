/* Harness: the frnews command's JSON string writer (cli/json-writer.c) on
 * any bytes, as it writes file names and text.
 * Dictionaries: encodings
 *
 * The contract checked: the output is one JSON string, valid UTF-8, with no
 * raw control character or line separator, whose escapes decode back to the
 * input with each byte that is not UTF-8 read as U+FFFD; input that needs no
 * escape comes out unchanged. */
#define _GNU_SOURCE /* open_memstream */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "fuzz-support.h"
#include "json-writer.h"
#include "utf8-bytes.h"

static unsigned hex_value(char c)
{
    return c <= '9' ? (unsigned)(c - '0') : (unsigned)(c - 'a' + 10);
}

/* Decode the escapes of the string's body into out (as UTF-8, code points
 * below U+0800 and U+FFFD being all the writer escapes to). */
static size_t decode(const char *body, size_t len, char *out)
{
    size_t n = 0;

    for (size_t i = 0; i < len; i++) {
        unsigned cp;
        if (body[i] != '\\') {
            out[n++] = body[i];
            continue;
        }
        FUZZ_CHECK(i + 1 < len);
        switch (body[++i]) {
        case '"': out[n++] = '"'; continue;
        case '\\': out[n++] = '\\'; continue;
        case 'b': out[n++] = '\b'; continue;
        case 'f': out[n++] = '\f'; continue;
        case 'n': out[n++] = '\n'; continue;
        case 'r': out[n++] = '\r'; continue;
        case 't': out[n++] = '\t'; continue;
        case 'u': break;
        default: FUZZ_CHECK(!"unknown escape");
        }
        FUZZ_CHECK(i + 4 < len);
        cp = hex_value(body[i + 1]) << 12 | hex_value(body[i + 2]) << 8 |
             hex_value(body[i + 3]) << 4 | hex_value(body[i + 4]);
        i += 4;
        if (cp < 0x80)
            out[n++] = (char)cp;
        else if (cp < 0x800) {
            out[n++] = (char)(0xC0 | cp >> 6);
            out[n++] = (char)(0x80 | (cp & 0x3F));
        } else {
            out[n++] = (char)(0xE0 | cp >> 12);
            out[n++] = (char)(0x80 | ((cp >> 6) & 0x3F));
            out[n++] = (char)(0x80 | (cp & 0x3F));
        }
    }
    return n;
}

static int needs_no_escape(const uint8_t *data, size_t size)
{
    for (size_t i = 0; i < size; i++)
        if (data[i] < 0x20 || data[i] == 0x7F || data[i] == '"' || data[i] == '\\' ||
            data[i] == 0xC2 || data[i] == 0xE2 || data[i] >= 0x80)
            return 0;
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *written = NULL, *decoded, *expected;
    size_t written_len = 0, decoded_len, expected_len;
    FILE *sink = open_memstream(&written, &written_len);
    json_writer *w = malloc(sizeof *w);

    FUZZ_CHECK(sink && w);
    json_writer_init(w, sink);
    json_string(w, (const char *)data, size);
    FUZZ_CHECK(json_writer_flush(w) == 0);
    fclose(sink);
    free(w);
    FUZZ_CHECK(written_len >= 2 && written[0] == '"' && written[written_len - 1] == '"');
    FUZZ_CHECK(fuzz_is_clean_utf8(written, written_len));
    for (size_t i = 0; i < written_len; i++)
        FUZZ_CHECK((unsigned char)written[i] >= 0x20);
    FUZZ_CHECK(!memmem(written, written_len, "\xE2\x80\xA8", 3) &&
               !memmem(written, written_len, "\xE2\x80\xA9", 3) &&
               !memmem(written, written_len, "\xC2\x85", 2));
    decoded = malloc(written_len + 1);
    expected = utf8_repaired_copy((const char *)data, size);
    FUZZ_CHECK(decoded && expected);
    decoded_len = decode(written + 1, written_len - 2, decoded);
    expected_len = strlen(expected);
    /* A NUL byte of the input is a valid character, escaped as \u0000. */
    FUZZ_CHECK(decoded_len >= expected_len);
    if (!memchr(data, 0, size))
        FUZZ_CHECK(decoded_len == expected_len && memcmp(decoded, expected, expected_len) == 0);
    if (needs_no_escape(data, size))
        FUZZ_CHECK(written_len == size + 2 && memcmp(written + 1, data, size) == 0);
    free(expected);
    free(decoded);
    free(written);
    return 0;
}
