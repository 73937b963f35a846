/* The articles of the command's inputs, one at a time and in order: a file
 * is one article (text or HTML), a JSON Lines file one a line, a WARC file
 * one per HTML response. What each input is comes from --format, or for
 * auto from its first bytes; an input that is not what it was declared to
 * be gives an item with an error and its position, never a guess. */
#ifndef FRN_CLI_INPUT_STREAM_H
#define FRN_CLI_INPUT_STREAM_H

#include <stddef.h>
#include <stdint.h>
#include <frnews.h>

/* What --format says the inputs are. */
typedef enum input_format {
    INPUT_AUTO, INPUT_TEXT, INPUT_HTML, INPUT_JSONL, INPUT_WARC
} input_format;

/* "auto", "text", "html", "jsonl", "warc"; -1 for another name. */
int input_format_from_name(const char *name, input_format *format);

/* One article to parse, or one input that gives none (status set). */
typedef struct input_item {
    char *file;       /* the path as given ("-": standard input) */
    size_t input;     /* which of the paths it came from */
    char *id;         /* JSON Lines "id", or NULL */
    char *url;        /* JSON Lines "url", WARC-Target-URI, or NULL */
    char *date;       /* JSON Lines "date", WARC-Date, or NULL */
    size_t line;      /* JSON Lines: the record's line, else 0 */
    int has_offset;   /* WARC: offset is the record's start in the stream */
    uint64_t offset;
    frn_format format; /* how to parse data */
    char *data;       /* NUL-terminated after len bytes; NULL with status */
    size_t len;
    frn_status status; /* FRN_OK, or why there is nothing to parse */
    char *message;     /* with status: what went wrong and where */
    int unreadable;    /* the input itself could not be read at all */
} input_item;

void input_item_clear(input_item *item);

typedef struct input_stream input_stream;

/* Read the inputs paths (already expanded: no directories expected) as
 * format says, inputs over max_input bytes (whole-file articles, JSON
 * Lines lines, WARC records) being refused. Returns 0 or ENOMEM. */
int input_stream_open(char *const *paths, size_t count, input_format format,
                      size_t max_input, input_stream **out);

/* The next item into *item (cleared first). Returns 1, or 0 at the end. */
int input_stream_next(input_stream *stream, input_item *item);

/* Bytes read so far from the inputs, for the progress report. */
uint64_t input_stream_bytes(const input_stream *stream);

void input_stream_free(input_stream *stream);

#endif
