/* Reading WARC files (ISO 28500), plain or gzip-compressed record by record
 * as crawlers write them (.warc.gz), streaming: one record in memory at a
 * time. Response records give their HTTP payload, de-chunked and decoded;
 * resource records give their block. */
#ifndef FRN_CLI_WARC_READER_H
#define FRN_CLI_WARC_READER_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* The largest record block kept by default; a larger one is reported
 * (WARC_RECORD_TOO_LARGE), skipped, and reading goes on. */
#define WARC_DEFAULT_MAX_RECORD (64u << 20)

typedef struct warc_reader warc_reader;

/* What warc_reader_next() found. */
typedef enum warc_result {
    WARC_RECORD = 1,            /* a record with a payload: *record is filled */
    WARC_END = 0,               /* the input ended cleanly */
    WARC_ERROR = -1,            /* malformed or unreadable input: see warc_reader_error();
                                   reading cannot go on */
    WARC_RECORD_TOO_LARGE = -2, /* a record over the limit was skipped: its uri, date, offset are set */
    WARC_RECORD_BAD = -3        /* a response whose HTTP message cannot be read (or decodes past
                                   the limit) was skipped: its uri, date, offset are set, and
                                   warc_reader_error() says why; reading goes on */
} warc_result;

/* One response or resource record. The strings and the payload are
 * borrowed from the reader and valid until the next call. */
typedef struct warc_record {
    const char *type;         /* "response" or "resource" */
    const char *target_uri;   /* WARC-Target-URI without <...>; "" when absent */
    const char *date;         /* WARC-Date as written (ISO 8601); "" when absent */
    const char *content_type; /* the payload's media type, e.g. "text/html; charset=utf-8" */
    int http_status;          /* the response's status code; 0 for a resource */
    const char *payload;      /* the HTTP body (or the resource's block) */
    size_t payload_len;
    uint64_t offset;          /* where the record starts in the uncompressed stream */
} warc_record;

/* Start reading f (not closed by the reader); gzip compression is
 * recognised by its magic bytes. Returns 0, or ENOMEM. */
int warc_reader_open(FILE *f, size_t max_record, warc_reader **out);

/* The next response or resource record; other record types (warcinfo,
 * request, metadata, revisit) are skipped. */
warc_result warc_reader_next(warc_reader *reader, warc_record *record);

/* What went wrong after WARC_ERROR, and where (offset in the uncompressed
 * stream). */
const char *warc_reader_error(const warc_reader *reader, uint64_t *offset);

void warc_reader_free(warc_reader *reader);

/* Whether a record is an article: an HTML page fetched with success (a 2xx
 * response, or a resource). Images, redirects, not-found pages and
 * robots.txt are not; frnews and the benchmarks skip them. */
int warc_record_is_article(const warc_record *record);

/* Whether data starts like a WARC file, plain or gzip-compressed. The
 * caller gives the first WARC_SNIFF_BYTES bytes it has (or all, when
 * shorter): a compressed file needs that many before its first inflated
 * bytes come out. */
#define WARC_SNIFF_BYTES 1024
int warc_looks_like(const unsigned char *data, size_t len);

#endif
