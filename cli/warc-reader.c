/* WARC records from a stream: a byte source (inflating gzip members one
 * after another, as .warc.gz files hold one member per record), the record
 * header, the block, and for responses the HTTP message inside it. */
#define _GNU_SOURCE /* memmem */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>
#include "warc-reader.h"

#define RAW_CHUNK (64u << 10)
#define MAX_HEADER (64u << 10) /* a WARC or HTTP header block */
#define MAX_FIELD 8192         /* a header value kept */

/* The uncompressed stream: bytes [start, end) of buf are read but not yet
 * consumed; offset is the stream position of buf[start]. */
typedef struct byte_source {
    FILE *file;
    int gzip;
    z_stream z;
    unsigned char raw[RAW_CHUNK];
    unsigned char *buf;
    size_t start, end, capacity;
    uint64_t offset;
    int eof, failed;
} byte_source;

struct warc_reader {
    byte_source in;
    size_t max_record;
    char error[256];
    uint64_t error_offset;
    /* The current record's fields and payload. */
    char type[32], uri[MAX_FIELD], date[64], content_type[256];
    unsigned char *decoded; /* inflated Content-Encoding payload */
    size_t decoded_capacity;
};

static int set_error(warc_reader *r, uint64_t offset, const char *message)
{
    snprintf(r->error, sizeof r->error, "%s", message);
    r->error_offset = offset;
    return WARC_ERROR;
}

/* ---- the byte source ---------------------------------------------- */

static int grow(byte_source *s, size_t need)
{
    size_t capacity = s->capacity ? s->capacity : RAW_CHUNK;
    unsigned char *moved;

    if (s->start > 0) { /* move the unconsumed bytes to the front first */
        memmove(s->buf, s->buf + s->start, s->end - s->start);
        s->end -= s->start;
        s->start = 0;
    }
    if (need <= s->capacity)
        return 1;
    while (capacity < need)
        capacity *= 2;
    moved = realloc(s->buf, capacity);
    if (!moved)
        return 0;
    s->buf = moved;
    s->capacity = capacity;
    return 1;
}

/* Read more raw bytes, inflating when the stream is gzip. Returns the
 * number of bytes added to buf (0 at the end or on failure). */
static size_t refill(byte_source *s)
{
    size_t room = s->capacity - s->end, got;

    if (!s->gzip) {
        got = fread(s->buf + s->end, 1, room, s->file);
        s->failed |= ferror(s->file) != 0;
        s->eof = got == 0;
        s->end += got;
        return got;
    }
    s->z.next_out = s->buf + s->end;
    s->z.avail_out = (uInt)(room > UINT32_MAX ? UINT32_MAX : room);
    while (s->z.avail_out == room) {
        int rc;
        if (s->z.avail_in == 0) {
            s->z.avail_in = (uInt)fread(s->raw, 1, sizeof s->raw, s->file);
            s->z.next_in = s->raw;
            s->failed |= ferror(s->file) != 0;
            if (s->z.avail_in == 0) {
                s->eof = 1;
                break;
            }
        }
        rc = inflate(&s->z, Z_NO_FLUSH);
        if (rc == Z_STREAM_END) {
            inflateReset(&s->z); /* the next member follows */
        } else if (rc != Z_OK && !(rc == Z_BUF_ERROR && s->z.avail_in == 0)) {
            s->failed = 1; /* corrupt data, or no progress possible */
            break;
        }
    }
    got = room - s->z.avail_out;
    s->end += got;
    return got;
}

/* Make at least n bytes available (fewer only at the end of the stream). */
static size_t available(byte_source *s, size_t n)
{
    while (s->end - s->start < n && !s->eof && !s->failed) {
        if (s->capacity - s->end < RAW_CHUNK && !grow(s, s->end - s->start + n + RAW_CHUNK)) {
            s->failed = 1;
            break;
        }
        if (refill(s) == 0 && !s->gzip)
            break;
    }
    return s->end - s->start;
}

static void consume(byte_source *s, size_t n)
{
    s->start += n;
    s->offset += n;
}

/* Skip n bytes without keeping them. */
static int skip(byte_source *s, uint64_t n)
{
    while (n > 0) {
        size_t have = available(s, n < RAW_CHUNK ? (size_t)n : RAW_CHUNK);
        size_t step = have < n ? have : (size_t)n;
        if (step == 0)
            return 0;
        consume(s, step);
        n -= step;
    }
    return 1;
}

/* ---- header blocks -------------------------------------------------- */

/* The length of the header block at the source (up to and including the
 * blank line), or 0 when none ends within MAX_HEADER. */
static size_t header_length(byte_source *s)
{
    size_t have = available(s, 1024);

    for (;;) {
        const unsigned char *at = memmem(s->buf + s->start, have, "\r\n\r\n", 4);
        if (at)
            return (size_t)(at - (s->buf + s->start)) + 4;
        if (have >= MAX_HEADER || available(s, have + 1) == have)
            return 0;
        have = s->end - s->start;
    }
}

/* Copy the value of header `name` (case-insensitive, ASCII) from the block
 * into out; "" when absent. */
static void header_value(const char *block, size_t len, const char *name, char *out, size_t cap)
{
    size_t name_len = strlen(name);
    const char *line = block, *end = block + len;

    out[0] = '\0';
    while (line < end) {
        const char *eol = memchr(line, '\n', (size_t)(end - line));
        const char *stop = eol ? eol : end;
        if ((size_t)(stop - line) > name_len && line[name_len] == ':') {
            size_t i = 0;
            while (i < name_len && ((line[i] | 0x20) == (name[i] | 0x20)))
                i++;
            if (i == name_len) {
                const char *v = line + name_len + 1;
                size_t n;
                while (v < stop && (*v == ' ' || *v == '\t'))
                    v++;
                n = (size_t)(stop - v);
                while (n > 0 && (v[n - 1] == '\r' || v[n - 1] == ' '))
                    n--;
                if (n >= cap)
                    n = cap - 1;
                memcpy(out, v, n);
                out[n] = '\0';
                return;
            }
        }
        line = stop + 1;
    }
}

static int parse_length(const char *text, uint64_t *value)
{
    char *end;
    unsigned long long v;

    if (text[0] < '0' || text[0] > '9')
        return 0;
    errno = 0;
    v = strtoull(text, &end, 10);
    if (errno || *end)
        return 0;
    *value = v;
    return 1;
}

/* ---- the HTTP message of a response --------------------------------- */

/* De-chunk a chunked body in place; returns its new length, or (size_t)-1
 * when the chunk framing is broken. */
static size_t dechunk(unsigned char *body, size_t len)
{
    size_t in = 0, out = 0;

    for (;;) {
        char *end;
        unsigned long size;
        const unsigned char *eol = memchr(body + in, '\n', len - in);
        if (!eol)
            return (size_t)-1;
        size = strtoul((const char *)body + in, &end, 16);
        in = (size_t)(eol - body) + 1;
        if (size == 0)
            return out;
        if (size > len - in)
            return (size_t)-1;
        memmove(body + out, body + in, size);
        out += size;
        in += size;
        if (in + 2 <= len && body[in] == '\r' && body[in + 1] == '\n')
            in += 2;
        else if (in + 1 <= len && body[in] == '\n')
            in += 1;
    }
}

/* Inflate a gzip or deflate Content-Encoding into r->decoded, at most
 * max_record bytes. */
static int decode_body(warc_reader *r, const unsigned char *body, size_t len, size_t *out_len)
{
    z_stream z;
    int rc = Z_OK;

    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, 15 + 32) != Z_OK) /* 32: a gzip or zlib header, detected */
        return 0;
    z.next_in = (unsigned char *)body;
    z.avail_in = (uInt)len;
    *out_len = 0;
    while (rc == Z_OK) {
        if (*out_len == r->decoded_capacity) {
            size_t capacity = r->decoded_capacity ? r->decoded_capacity * 2 : RAW_CHUNK;
            unsigned char *moved;
            if (r->decoded_capacity >= r->max_record) {
                rc = Z_BUF_ERROR; /* past the limit */
                break;
            }
            if (capacity > r->max_record)
                capacity = r->max_record;
            moved = realloc(r->decoded, capacity);
            if (!moved)
                break;
            r->decoded = moved;
            r->decoded_capacity = capacity;
        }
        z.next_out = r->decoded + *out_len;
        z.avail_out = (uInt)(r->decoded_capacity - *out_len);
        rc = inflate(&z, Z_NO_FLUSH);
        *out_len = r->decoded_capacity - z.avail_out;
        if (rc == Z_BUF_ERROR && z.avail_out > 0)
            break; /* the body ends before the compressed stream does */
    }
    inflateEnd(&z);
    return rc == Z_STREAM_END;
}

/* The HTTP message in a response block: status, Content-Type, body. */
static int read_http(warc_reader *r, unsigned char *block, size_t len, warc_record *record)
{
    const unsigned char *end = memmem(block, len, "\r\n\r\n", 4);
    char value[256];
    size_t head, body_len;
    unsigned char *body;

    if (len < 12 || memcmp(block, "HTTP/", 5) != 0 || !end)
        return 0;
    head = (size_t)(end - block) + 4;
    record->http_status = atoi(strchr((const char *)block, ' ') ? strchr((const char *)block, ' ') + 1 : "0");
    header_value((const char *)block, head, "Content-Type", r->content_type, sizeof r->content_type);
    body = block + head;
    body_len = len - head;
    header_value((const char *)block, head, "Transfer-Encoding", value, sizeof value);
    if (strstr(value, "chunked")) {
        body_len = dechunk(body, body_len);
        if (body_len == (size_t)-1)
            return 0;
    }
    header_value((const char *)block, head, "Content-Encoding", value, sizeof value);
    if (strstr(value, "gzip") || strstr(value, "deflate")) {
        if (!decode_body(r, body, body_len, &body_len))
            return 0;
        body = r->decoded;
    }
    record->payload = (const char *)body;
    record->payload_len = body_len;
    return 1;
}

/* ---- records -------------------------------------------------------- */

int warc_reader_open(FILE *f, size_t max_record, warc_reader **out)
{
    warc_reader *r = calloc(1, sizeof *r);
    unsigned char magic[2];
    size_t got;

    *out = NULL;
    if (!r || !grow(&r->in, 4 * RAW_CHUNK)) {
        free(r);
        return ENOMEM;
    }
    r->in.file = f;
    r->max_record = max_record ? max_record : WARC_DEFAULT_MAX_RECORD;
    got = fread(magic, 1, 2, f);
    r->in.gzip = got == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    if (r->in.gzip) {
        if (inflateInit2(&r->in.z, 15 + 16) != Z_OK) {
            free(r->in.buf);
            free(r);
            return ENOMEM;
        }
        memcpy(r->in.raw, magic, 2);
        r->in.z.next_in = r->in.raw;
        r->in.z.avail_in = 2;
    } else {
        memcpy(r->in.buf, magic, got);
        r->in.end = got;
    }
    *out = r;
    return 0;
}

void warc_reader_free(warc_reader *r)
{
    if (!r)
        return;
    if (r->in.gzip)
        inflateEnd(&r->in.z);
    free(r->in.buf);
    free(r->decoded);
    free(r);
}

const char *warc_reader_error(const warc_reader *r, uint64_t *offset)
{
    if (offset)
        *offset = r->error_offset;
    return r->error;
}

/* "<http://...>" (as wget writes it) or "http://..." into r->uri. */
static void unbracket(char *uri)
{
    size_t n = strlen(uri);

    if (n >= 2 && uri[0] == '<' && uri[n - 1] == '>') {
        memmove(uri, uri + 1, n - 2);
        uri[n - 2] = '\0';
    }
}

/* The blank lines between records. */
static void skip_separators(byte_source *s)
{
    while (available(s, 1) > 0 && (s->buf[s->start] == '\r' || s->buf[s->start] == '\n'))
        consume(s, 1);
}

static int wanted(const char *type)
{
    return strcmp(type, "response") == 0 || strcmp(type, "resource") == 0;
}

warc_result warc_reader_next(warc_reader *r, warc_record *record)
{
    for (;;) {
        byte_source *s = &r->in;
        uint64_t at, block_len;
        size_t head;
        char length[32];

        skip_separators(s);
        at = s->offset;
        if (available(s, 1) == 0)
            return s->failed ? set_error(r, at, "the input could not be read or decompressed")
                             : WARC_END;
        if (available(s, 5) < 5 || memcmp(s->buf + s->start, "WARC/", 5) != 0)
            return set_error(r, at, "not a WARC record (no WARC/ version line)");
        head = header_length(s);
        if (head == 0)
            return set_error(r, at, "a WARC record header without its end (blank line)");
        header_value((const char *)s->buf + s->start, head, "Content-Length", length, sizeof length);
        if (!parse_length(length, &block_len))
            return set_error(r, at, "a WARC record without a valid Content-Length");
        header_value((const char *)s->buf + s->start, head, "WARC-Type", r->type, sizeof r->type);
        header_value((const char *)s->buf + s->start, head, "WARC-Target-URI", r->uri, sizeof r->uri);
        header_value((const char *)s->buf + s->start, head, "WARC-Date", r->date, sizeof r->date);
        header_value((const char *)s->buf + s->start, head, "Content-Type", r->content_type,
                     sizeof r->content_type);
        unbracket(r->uri);
        consume(s, head);
        memset(record, 0, sizeof *record);
        record->type = r->type;
        record->target_uri = r->uri;
        record->date = r->date;
        record->content_type = r->content_type;
        record->offset = at;
        if (!wanted(r->type) || block_len > r->max_record) {
            if (!skip(s, block_len))
                return set_error(r, at, "the input ends inside a WARC record");
            if (wanted(r->type))
                return WARC_RECORD_TOO_LARGE;
            continue;
        }
        if (available(s, (size_t)block_len) < block_len)
            return set_error(r, at, s->failed ? "the input could not be read or decompressed"
                                              : "the input ends inside a WARC record");
        record->payload = (const char *)s->buf + s->start;
        record->payload_len = (size_t)block_len;
        if (strcmp(r->type, "response") == 0 &&
            !read_http(r, s->buf + s->start, (size_t)block_len, record)) {
            consume(s, (size_t)block_len);
            set_error(r, at, "a response whose HTTP message cannot be read or decoded "
                             "within the limit");
            record->payload = NULL;
            record->payload_len = 0;
            return WARC_RECORD_BAD;
        }
        consume(s, (size_t)block_len);
        return WARC_RECORD;
    }
}

int warc_looks_like(const unsigned char *data, size_t len)
{
    unsigned char plain[8];
    z_stream z;
    int rc;

    if (len >= 5 && memcmp(data, "WARC/", 5) == 0)
        return 1;
    if (len < 2 || data[0] != 0x1f || data[1] != 0x8b)
        return 0;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, 15 + 16) != Z_OK)
        return 0;
    z.next_in = (unsigned char *)data;
    z.avail_in = (uInt)len;
    z.next_out = plain;
    z.avail_out = sizeof plain;
    rc = inflate(&z, Z_NO_FLUSH);
    inflateEnd(&z);
    return (rc == Z_OK || rc == Z_STREAM_END || rc == Z_BUF_ERROR) &&
           sizeof plain - z.avail_out >= 5 && memcmp(plain, "WARC/", 5) == 0;
}

static int is_html_type(const char *type)
{
    return type && (strncasecmp(type, "text/html", 9) == 0 ||
                    strncasecmp(type, "application/xhtml+xml", 21) == 0);
}

int warc_record_is_article(const warc_record *record)
{
    int success = record->http_status == 0 ? strcmp(record->type, "resource") == 0
                                           : record->http_status / 100 == 2;

    return success && is_html_type(record->content_type);
}
