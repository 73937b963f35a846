/* Reading articles from JSON Lines: one object a line, with the article's
 * "text" or "html" and optionally its "id", "url" and "date". A bad line is
 * reported with its position and reading goes on with the next one. */
#ifndef FRN_CLI_JSONL_READER_H
#define FRN_CLI_JSONL_READER_H

#include <stddef.h>
#include <stdio.h>

/* The longest line kept by default; a longer one is a bad line. */
#define JSONL_DEFAULT_MAX_LINE (64u << 20)

typedef struct jsonl_reader jsonl_reader;

typedef enum jsonl_result {
    JSONL_RECORD = 1,   /* *record is filled */
    JSONL_END = 0,      /* the input ended */
    JSONL_BAD_LINE = -1 /* this line is not an article object: see jsonl_reader_error() */
} jsonl_result;

/* One article of the input. Strings are borrowed from the reader, valid
 * until the next call, UTF-8 as JSON requires; NULL when absent. */
typedef struct jsonl_record {
    const char *id;
    const char *url;
    const char *date;
    const char *content; /* the value of "html" or "text" (may hold NUL bytes) */
    size_t content_len;
    int is_html;         /* the content came from "html" */
    size_t line;         /* 1-based line number */
} jsonl_record;

/* Start reading f (not closed by the reader). Returns 0 or ENOMEM. */
int jsonl_reader_open(FILE *f, size_t max_line, jsonl_reader **out);

/* The next non-blank line. */
jsonl_result jsonl_reader_next(jsonl_reader *reader, jsonl_record *record);

/* Why the last line was bad, its line number and the 1-based column (byte)
 * where the problem is, 0 when the line as a whole is wrong. */
const char *jsonl_reader_error(const jsonl_reader *reader, size_t *line, size_t *column);

/* An error read from a file could not be told from a bad line otherwise:
 * nonzero when reading the file itself failed (errno value). */
int jsonl_reader_read_error(const jsonl_reader *reader);

void jsonl_reader_free(jsonl_reader *reader);

/* Whether data (the first bytes of an input) starts like JSON Lines of
 * articles: its first non-blank line is a JSON object (complete, or cut by
 * the end of data) naming "text" or "html". */
int jsonl_looks_like(const char *data, size_t len);

#endif
