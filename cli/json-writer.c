/* Streaming JSON output with correct string escaping. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "json-writer.h"
#include "utf8-bytes.h"

void json_writer_init(json_writer *w, FILE *out)
{
    w->out = out;
    w->error = 0;
    w->depth = 0;
    w->after_key = 0;
    w->used = 0;
}

static void write_through(json_writer *w, const char *bytes, size_t n)
{
    if (n == 0 || w->error)
        return;
    if (fwrite(bytes, 1, n, w->out) != n)
        w->error = errno ? errno : EIO;
}

static void drain(json_writer *w)
{
    write_through(w, w->buffer, w->used);
    w->used = 0;
}

int json_writer_flush(json_writer *w)
{
    drain(w);
    if (!w->error && fflush(w->out) != 0)
        w->error = errno ? errno : EIO;
    return w->error;
}

static void put_bytes(json_writer *w, const char *bytes, size_t n)
{
    if (n > sizeof w->buffer - w->used) {
        drain(w);
        if (n > sizeof w->buffer) {
            write_through(w, bytes, n);
            return;
        }
    }
    memcpy(w->buffer + w->used, bytes, n);
    w->used += n;
}

static void put_char(json_writer *w, char c)
{
    if (w->used == sizeof w->buffer)
        drain(w);
    w->buffer[w->used++] = c;
}

static void put_text(json_writer *w, const char *s)
{
    put_bytes(w, s, strlen(s));
}

/* Separate this value from the one before it in the same container. */
static void begin_value(json_writer *w)
{
    if (w->after_key) {
        w->after_key = 0;
        return;
    }
    if (w->depth > 0) {
        if (w->has_items[w->depth - 1])
            put_char(w, ',');
        w->has_items[w->depth - 1] = 1;
    }
}

static void open_container(json_writer *w, char bracket)
{
    begin_value(w);
    /* Nesting is fixed by the program, not by its input: too deep is a bug. */
    if (w->depth == JSON_MAX_DEPTH)
        abort();
    put_char(w, bracket);
    w->has_items[w->depth++] = 0;
}

static void close_container(json_writer *w, char bracket)
{
    if (w->depth == 0)
        abort();
    w->depth--;
    put_char(w, bracket);
}

void json_begin_object(json_writer *w) { open_container(w, '{'); }
void json_end_object(json_writer *w) { close_container(w, '}'); }
void json_begin_array(json_writer *w) { open_container(w, '['); }
void json_end_array(json_writer *w) { close_container(w, ']'); }

/* U+0085, U+2028 and U+2029 are legal raw in JSON, but line splitters such as
 * Python's str.splitlines() break a JSON Lines record at them. */
static const char *line_separator_escape(const unsigned char *s, size_t n)
{
    if (n == 2 && s[0] == 0xC2 && s[1] == 0x85)
        return "\\u0085";
    if (n == 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0xA8)
        return "\\u2028";
    if (n == 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0xA9)
        return "\\u2029";
    return NULL;
}

static void put_ascii_escape(json_writer *w, unsigned char c)
{
    static const char hex[] = "0123456789abcdef";
    char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};

    switch (c) {
    case '"': put_text(w, "\\\""); break;
    case '\\': put_text(w, "\\\\"); break;
    case '\b': put_text(w, "\\b"); break;
    case '\f': put_text(w, "\\f"); break;
    case '\n': put_text(w, "\\n"); break;
    case '\r': put_text(w, "\\r"); break;
    case '\t': put_text(w, "\\t"); break;
    default: put_bytes(w, u, sizeof u); break;
    }
}

static int is_plain_ascii(unsigned char c)
{
    return c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
}

/* Copies runs that need no escape in one piece: the common case is long
 * stretches of plain text. */
void json_string(json_writer *w, const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t run_start = 0, i = 0;

    begin_value(w);
    put_char(w, '"');
    while (i < len) {
        size_t n;
        const char *escape;

        if (is_plain_ascii(u[i])) {
            i++;
            continue;
        }
        n = u[i] >= 0x80 ? utf8_sequence_length(u + i, len - i) : 0;
        escape = n ? line_separator_escape(u + i, n) : NULL;
        if (n && !escape) {
            i += n;
            continue;
        }
        put_bytes(w, s + run_start, i - run_start);
        if (escape)
            put_text(w, escape);
        else if (u[i] >= 0x80)
            put_text(w, "\\ufffd");
        else
            put_ascii_escape(w, u[i]);
        i += n ? n : 1;
        run_start = i;
    }
    put_bytes(w, s + run_start, len - run_start);
    put_char(w, '"');
}

void json_cstring(json_writer *w, const char *s)
{
    if (s)
        json_string(w, s, strlen(s));
    else
        json_null(w);
}

void json_key(json_writer *w, const char *key)
{
    json_string(w, key, strlen(key));
    put_char(w, ':');
    w->after_key = 1;
}

void json_size(json_writer *w, size_t n)
{
    char digits[32];
    int len = snprintf(digits, sizeof digits, "%zu", n);

    begin_value(w);
    put_bytes(w, digits, (size_t)len);
}

/* The shortest of 15 or 17 significant digits that reads back exactly, so
 * 0.8 prints as 0.8 and no value is altered. */
void json_double(json_writer *w, double x)
{
    char digits[32];
    int len;

    if (!isfinite(x)) {
        json_null(w);
        return;
    }
    len = snprintf(digits, sizeof digits, "%.15g", x);
    if (strtod(digits, NULL) != x)
        len = snprintf(digits, sizeof digits, "%.17g", x);
    begin_value(w);
    put_bytes(w, digits, (size_t)len);
}

void json_bool(json_writer *w, int b)
{
    begin_value(w);
    put_text(w, b ? "true" : "false");
}

void json_null(json_writer *w)
{
    begin_value(w);
    put_text(w, "null");
}

void json_end_line(json_writer *w)
{
    put_char(w, '\n');
}
