/* Inputs into articles: whole files, JSON Lines records, WARC responses. */
#define _GNU_SOURCE /* fopencookie */
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "input-stream.h"
#include "input.h"
#include "jsonl-reader.h"
#include "warc-reader.h"

struct input_stream {
    char *const *paths;
    size_t count, next_path;
    input_format format;
    size_t max_input;
    const char *container_path; /* the JSON Lines or WARC file being read */
    FILE *container;
    jsonl_reader *jsonl;
    size_t jsonl_records; /* good lines read from it so far */
    warc_reader *warc;
    uint64_t bytes;
};

int input_format_from_name(const char *name, input_format *format)
{
    static const char *const names[] = {"auto", "text", "html", "jsonl", "warc"};

    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(name, names[i]) == 0) {
            *format = (input_format)i;
            return 0;
        }
    return -1;
}

void input_item_clear(input_item *item)
{
    free(item->file);
    free(item->id);
    free(item->url);
    free(item->date);
    free(item->data);
    free(item->message);
    memset(item, 0, sizeof *item);
}

static char *copy_or_null(const char *s)
{
    return s && *s ? strdup(s) : NULL;
}

/* An item that is an error: status, and a message saying where. */
static void fail_item(input_item *item, frn_status status, const char *format, ...)
    __attribute__((format(printf, 3, 4)));
static void fail_item(input_item *item, frn_status status, const char *format, ...)
{
    char message[512];
    va_list args;

    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    item->status = status;
    free(item->message);
    item->message = strdup(message);
}

/* --- a FILE over an input whose first bytes were read to look at them --- */

typedef struct peeked_fd {
    const char *path;
    int fd;
    char prefix[WARC_SNIFF_BYTES];
    size_t prefix_len, prefix_pos;
    uint64_t *bytes;
} peeked_fd;

static ssize_t peeked_read(void *cookie, char *buf, size_t size)
{
    peeked_fd *p = cookie;
    ssize_t got;

    if (p->prefix_pos < p->prefix_len) {
        size_t n = p->prefix_len - p->prefix_pos;
        if (n > size)
            n = size;
        memcpy(buf, p->prefix + p->prefix_pos, n);
        p->prefix_pos += n;
        return (ssize_t)n;
    }
    do
        got = read(p->fd, buf, size);
    while (got < 0 && errno == EINTR);
    if (got > 0)
        *p->bytes += (uint64_t)got;
    return got;
}

static int peeked_close(void *cookie)
{
    peeked_fd *p = cookie;

    input_close(p->path, p->fd);
    free(p);
    return 0;
}

/* Read up to sizeof p->prefix bytes (fewer only at the end of the input). */
static int read_prefix(peeked_fd *p)
{
    while (p->prefix_len < sizeof p->prefix) {
        ssize_t got = read(p->fd, p->prefix + p->prefix_len, sizeof p->prefix - p->prefix_len);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return errno;
        if (got == 0)
            break;
        p->prefix_len += (size_t)got;
    }
    *p->bytes += p->prefix_len;
    return 0;
}

/* --- what an input is --- */

static int starts_like_json(const char *data, size_t len)
{
    size_t i = 0;

    while (i < len && strchr(" \t\r\n", data[i]) && data[i])
        i++;
    return i < len && data[i] == '{';
}

/* auto: WARC by its header (or gzip member), JSON Lines by a first line
 * that is a JSON object (named "text"/"html" or not: a JSON file is no
 * article, so it is read as JSON Lines and any problem is reported), else
 * one article. */
static input_format recognise(const peeked_fd *p)
{
    if (warc_looks_like((const unsigned char *)p->prefix, p->prefix_len))
        return INPUT_WARC;
    if (jsonl_looks_like(p->prefix, p->prefix_len) || starts_like_json(p->prefix, p->prefix_len))
        return INPUT_JSONL;
    return INPUT_AUTO;
}

/* --- whole-file articles --- */

static void take_whole_file(input_stream *s, input_item *item, peeked_fd *p, frn_format format)
{
    int error = input_read_fd(p->fd, p->prefix, p->prefix_len, s->max_input, &item->data,
                              &item->len);

    item->format = format;
    if (!error) {
        s->bytes += item->len - p->prefix_len;
        return;
    }
    if (error == EFBIG) {
        char message[160];
        input_describe_too_large(message, sizeof message, item->len, s->max_input);
        fail_item(item, FRN_ERR_TOO_LARGE, "%s", message);
    } else {
        item->unreadable = 1;
        fail_item(item, FRN_ERR_IO, "%s", strerror(error));
    }
}

/* --- containers --- */

static void close_container(input_stream *s)
{
    jsonl_reader_free(s->jsonl);
    warc_reader_free(s->warc);
    if (s->container)
        fclose(s->container);
    s->jsonl = NULL;
    s->warc = NULL;
    s->container = NULL;
    s->jsonl_records = 0;
}

static const cookie_io_functions_t peeked_io = {peeked_read, NULL, NULL, peeked_close};

/* Hand p to a reader of the format; p is owned by the stream from here. */
static int open_container(input_stream *s, peeked_fd *p, input_format format)
{
    int error;

    s->container = fopencookie(p, "r", peeked_io);
    if (!s->container) {
        peeked_close(p);
        return ENOMEM;
    }
    s->container_path = p->path;
    p->prefix_pos = 0;
    if (format == INPUT_JSONL)
        error = jsonl_reader_open(s->container, s->max_input, &s->jsonl);
    else
        error = warc_reader_open(s->container, s->max_input, &s->warc);
    if (error)
        close_container(s);
    return error;
}

static int next_jsonl(input_stream *s, input_item *item)
{
    jsonl_record record;
    jsonl_result result = jsonl_reader_next(s->jsonl, &record);
    size_t line, column;
    const char *why;

    if (result == JSONL_END) {
        int error = jsonl_reader_read_error(s->jsonl);
        if (!error)
            return 0;
        item->unreadable = 1;
        fail_item(item, FRN_ERR_IO, "%s", strerror(error));
        return -1;
    }
    if (result == JSONL_BAD_LINE) {
        why = jsonl_reader_error(s->jsonl, &line, &column);
        item->line = line;
        if (column)
            fail_item(item, FRN_ERR_FORMAT, "not JSON Lines of articles: line %zu, column %zu: %s",
                      line, column, why);
        else
            fail_item(item, FRN_ERR_FORMAT, "not JSON Lines of articles: line %zu: %s", line, why);
        /* A first line that is no article object: the input is not JSON Lines. */
        return s->jsonl_records == 0 ? -1 : 1;
    }
    s->jsonl_records++;
    item->line = record.line;
    item->id = copy_or_null(record.id);
    item->url = copy_or_null(record.url);
    item->date = copy_or_null(record.date);
    item->format = record.is_html ? FRN_FORMAT_HTML : FRN_FORMAT_TEXT;
    item->data = malloc(record.content_len + 1);
    if (!item->data) {
        fail_item(item, FRN_ERR_NOMEM, "%s", frn_status_str(FRN_ERR_NOMEM));
        return 1;
    }
    memcpy(item->data, record.content, record.content_len);
    item->data[record.content_len] = '\0';
    item->len = record.content_len;
    return 1;
}

static void take_warc_record(input_item *item, const warc_record *record)
{
    item->url = copy_or_null(record->target_uri);
    item->date = copy_or_null(record->date);
    item->has_offset = 1;
    item->offset = record->offset;
    item->format = FRN_FORMAT_HTML;
}

static int next_warc(input_stream *s, input_item *item)
{
    warc_record record;
    warc_result result;
    uint64_t offset;
    const char *why;

    do
        result = warc_reader_next(s->warc, &record);
    while (result == WARC_RECORD && !warc_record_is_article(&record));
    if (result == WARC_END)
        return 0;
    if (result == WARC_ERROR) {
        why = warc_reader_error(s->warc, &offset);
        item->has_offset = 1;
        item->offset = offset;
        fail_item(item, FRN_ERR_FORMAT, "not a readable WARC file: byte %" PRIu64 ": %s",
                  offset, why);
        return -1;
    }
    take_warc_record(item, &record);
    if (result == WARC_RECORD_TOO_LARGE)
        fail_item(item, FRN_ERR_TOO_LARGE, "the WARC record at byte %" PRIu64
                  " is more than %zu bytes (--max-input)", record.offset, s->max_input);
    else if (result == WARC_RECORD_BAD)
        fail_item(item, FRN_ERR_FORMAT, "the WARC record at byte %" PRIu64 ": %s",
                  record.offset, warc_reader_error(s->warc, NULL));
    else if (!(item->data = malloc(record.payload_len + 1)))
        fail_item(item, FRN_ERR_NOMEM, "%s", frn_status_str(FRN_ERR_NOMEM));
    else {
        memcpy(item->data, record.payload, record.payload_len);
        item->data[record.payload_len] = '\0';
        item->len = record.payload_len;
    }
    return 1;
}

/* The next item of the open container: 1 an item, 0 its end, and -1 an
 * item after which the container cannot be read on. */
static int next_from_container(input_stream *s, input_item *item)
{
    int got;

    item->file = strdup(s->container_path);
    item->input = s->next_path - 1;
    got = s->jsonl ? next_jsonl(s, item) : next_warc(s, item);
    if (got <= 0)
        close_container(s);
    if (got == 0)
        input_item_clear(item);
    return got != 0;
}

/* --- one input after another --- */

static void fail_unreadable(input_item *item, int error)
{
    item->unreadable = 1;
    fail_item(item, FRN_ERR_IO, "%s", strerror(error));
}

/* Open the input at path: an item for a whole-file article or an input
 * that cannot be read (returns 1), or a container opened (returns 0). */
static int open_input(input_stream *s, const char *path, input_item *item)
{
    peeked_fd *p = calloc(1, sizeof *p);
    int error = p ? input_open(path, &p->fd) : ENOMEM;
    input_format format = s->format;

    item->file = strdup(path);
    if (!error) {
        p->path = path;
        p->bytes = &s->bytes;
        error = format == INPUT_TEXT || format == INPUT_HTML ? 0 : read_prefix(p);
    }
    if (!error && format == INPUT_AUTO)
        format = recognise(p);
    if (!error && (format == INPUT_JSONL || format == INPUT_WARC)) {
        error = open_container(s, p, format);
        if (!error) {
            input_item_clear(item);
            return 0;
        }
        fail_unreadable(item, error);
        return 1;
    }
    if (!error)
        take_whole_file(s, item, p, format == INPUT_TEXT   ? FRN_FORMAT_TEXT
                                    : format == INPUT_HTML ? FRN_FORMAT_HTML
                                                           : FRN_FORMAT_AUTO);
    else
        fail_unreadable(item, error);
    if (p)
        input_close(path, p->fd);
    free(p);
    return 1;
}

int input_stream_open(char *const *paths, size_t count, input_format format,
                      size_t max_input, input_stream **out)
{
    input_stream *s = calloc(1, sizeof *s);

    *out = s;
    if (!s)
        return ENOMEM;
    s->paths = paths;
    s->count = count;
    s->format = format;
    s->max_input = max_input;
    return 0;
}

int input_stream_next(input_stream *s, input_item *item)
{
    input_item_clear(item);
    for (;;) {
        if (s->container && next_from_container(s, item))
            return 1;
        if (s->next_path == s->count)
            return 0;
        item->input = s->next_path;
        if (open_input(s, s->paths[s->next_path++], item))
            return 1;
    }
}

uint64_t input_stream_bytes(const input_stream *s)
{
    return s ? s->bytes : 0;
}

void input_stream_free(input_stream *s)
{
    if (!s)
        return;
    close_container(s);
    free(s);
}
