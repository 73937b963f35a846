/* A small streaming JSON writer: values go straight to a FILE through a
 * buffer, commas and colons are placed by the writer, so callers only say
 * what comes next. No tree is built, so output of any size costs a fixed
 * amount of memory. */
#ifndef FRN_CLI_JSON_WRITER_H
#define FRN_CLI_JSON_WRITER_H

#include <stddef.h>
#include <stdio.h>

/* Deepest nesting of objects and arrays; the command needs five. */
#define JSON_MAX_DEPTH 32
#define JSON_BUFFER_SIZE (64 * 1024)

typedef struct json_writer {
    FILE *out;
    int error;                               /* errno of the first failed write, or 0 */
    size_t depth;                            /* open containers */
    unsigned char has_items[JSON_MAX_DEPTH]; /* per open container: a value was written */
    int after_key;                           /* the next value belongs to a key just written */
    size_t used;
    char buffer[JSON_BUFFER_SIZE];
} json_writer;

/* Start writing to out. The writer is large; allocate it, do not put it on
 * a small stack. */
void json_writer_init(json_writer *w, FILE *out);

/* Write what is buffered to out. Returns 0, or the errno of the first write
 * that failed so far. */
int json_writer_flush(json_writer *w);

void json_begin_object(json_writer *w);
void json_end_object(json_writer *w);
void json_begin_array(json_writer *w);
void json_end_array(json_writer *w);

/* A member name inside an object; the next value written is its value. */
void json_key(json_writer *w, const char *key);

/* A string of len bytes. Valid UTF-8 comes out unchanged except for the
 * escapes JSON needs; any byte that is not part of valid UTF-8 (a file name
 * can hold such bytes) becomes U+FFFD, so the output is always valid JSON. */
void json_string(json_writer *w, const char *s, size_t len);

/* A NUL-terminated string, or null when s is NULL. */
void json_cstring(json_writer *w, const char *s);

void json_size(json_writer *w, size_t n);
/* A number; NaN and infinities, which JSON cannot hold, become null. */
void json_double(json_writer *w, double x);
void json_bool(json_writer *w, int b);
void json_null(json_writer *w);

/* End a top-level value with a newline, as JSON Lines wants. */
void json_end_line(json_writer *w);

#endif
