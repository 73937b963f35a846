/* JSON Lines of articles, one line at a time, parsed with jansson. */
#define _POSIX_C_SOURCE 200809L /* getc_unlocked */
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include "jsonl-reader.h"

struct jsonl_reader {
    FILE *file;
    size_t max_line;
    char *line;
    size_t line_len, capacity;
    size_t line_number;
    json_t *object; /* the current record's, owning its strings */
    char id[32];    /* an integer id, written out */
    char error[256];
    size_t error_column;
    int read_error;
};

int jsonl_reader_open(FILE *f, size_t max_line, jsonl_reader **out)
{
    jsonl_reader *r = calloc(1, sizeof *r);

    *out = r;
    if (!r)
        return ENOMEM;
    r->file = f;
    r->max_line = max_line ? max_line : JSONL_DEFAULT_MAX_LINE;
    return 0;
}

void jsonl_reader_free(jsonl_reader *r)
{
    if (!r)
        return;
    json_decref(r->object);
    free(r->line);
    free(r);
}

const char *jsonl_reader_error(const jsonl_reader *r, size_t *line, size_t *column)
{
    if (line)
        *line = r->line_number;
    if (column)
        *column = r->error_column;
    return r->error;
}

int jsonl_reader_read_error(const jsonl_reader *r)
{
    return r->read_error;
}

static jsonl_result bad_line(jsonl_reader *r, size_t column, const char *message)
{
    snprintf(r->error, sizeof r->error, "%s", message);
    r->error_column = column;
    return JSONL_BAD_LINE;
}

/* Read one line (without its newline) into r->line. Returns 1 when a line
 * was read, 0 at the end; a line over the limit is read to its end and
 * marked by line_len > max_line. */
static int read_line(jsonl_reader *r)
{
    int c, any = 0;

    r->line_len = 0;
    /* One reader per file, so the stream needs no locking per byte. */
    while ((c = getc_unlocked(r->file)) != EOF) {
        any = 1;
        if (c == '\n')
            break;
        if (r->line_len < r->max_line) {
            if (r->line_len + 1 >= r->capacity) {
                size_t capacity = r->capacity ? r->capacity * 2 : 4096;
                char *moved = realloc(r->line, capacity);
                if (!moved) {
                    r->read_error = ENOMEM;
                    return 0;
                }
                r->line = moved;
                r->capacity = capacity;
            }
            r->line[r->line_len] = (char)c;
        }
        r->line_len++;
    }
    if (ferror(r->file))
        r->read_error = errno ? errno : EIO;
    if (any)
        r->line_number++;
    return any;
}

static int is_blank(const char *text, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (!strchr(" \t\r", text[i]))
            return 0;
    return 1;
}

/* An optional string member; 0 when it is present but not a string. */
static int optional_string(json_t *object, const char *key, const char **out)
{
    json_t *value = json_object_get(object, key);

    *out = NULL;
    if (!value || json_is_null(value))
        return 1;
    if (!json_is_string(value))
        return 0;
    *out = json_string_value(value);
    return 1;
}

static jsonl_result read_object(jsonl_reader *r, jsonl_record *record)
{
    json_error_t error;
    json_t *content;
    const char *key;

    json_decref(r->object);
    /* Object keys are unique per JSON Lines article; jansson keeps the last. */
    r->object = json_loadb(r->line, r->line_len, JSON_ALLOW_NUL, &error);
    if (!r->object)
        return bad_line(r, (size_t)error.column > 0 ? (size_t)error.column : 1, error.text);
    if (!json_is_object(r->object))
        return bad_line(r, 1, "the line is JSON but not an object");
    record->is_html = json_object_get(r->object, "html") != NULL;
    key = record->is_html ? "html" : "text";
    content = json_object_get(r->object, key);
    if (!content)
        return bad_line(r, 0, "the object has neither \"text\" nor \"html\"");
    if (!json_is_string(content))
        return bad_line(r, 0, record->is_html ? "\"html\" is not a string" : "\"text\" is not a string");
    record->content = json_string_value(content);
    record->content_len = json_string_length(content);
    if (json_is_integer(json_object_get(r->object, "id"))) {
        snprintf(r->id, sizeof r->id, "%" JSON_INTEGER_FORMAT,
                 json_integer_value(json_object_get(r->object, "id")));
        record->id = r->id;
    } else if (!optional_string(r->object, "id", &record->id)) {
        return bad_line(r, 0, "\"id\" is neither a string nor an integer");
    }
    if (!optional_string(r->object, "url", &record->url))
        return bad_line(r, 0, "\"url\" is not a string");
    if (!optional_string(r->object, "date", &record->date))
        return bad_line(r, 0, "\"date\" is not a string");
    return JSONL_RECORD;
}

jsonl_result jsonl_reader_next(jsonl_reader *r, jsonl_record *record)
{
    memset(record, 0, sizeof *record);
    while (read_line(r)) {
        record->line = r->line_number;
        if (r->line_len > r->max_line)
            return bad_line(r, 0, "the line is longer than the limit");
        if (is_blank(r->line, r->line_len))
            continue;
        return read_object(r, record);
    }
    return JSONL_END;
}

int jsonl_looks_like(const char *data, size_t len)
{
    size_t start = 0, end;
    json_t *object;
    int yes;

    while (start < len && strchr(" \t\r\n", data[start]) && data[start])
        start++;
    if (start == len || data[start] != '{')
        return 0;
    for (end = start; end < len && data[end] != '\n'; end++)
        ;
    if (end == len) /* the first line goes on past what was read */
        return len - start >= 2 && data[start + 1] == '"';
    object = json_loadb(data + start, end - start, JSON_ALLOW_NUL, NULL);
    yes = json_is_object(object) &&
          (json_object_get(object, "text") || json_object_get(object, "html"));
    json_decref(object);
    return yes;
}
