/* The coverage record byte format, version 1 (docs/coverage-record.md).
 *
 *   "FRC" 0x01                  magic and version
 *   u8 flags                    bit 0: signature; bit 1: day; others 0
 *   str id                      varint length, UTF-8 bytes (no NUL)
 *   ostr title, ostr published  varint length + 1 (0: absent), bytes
 *   [zigzag varint day]         days since 1970-01-01
 *   [128 x u16 LE signature]
 *   varint term count, then per term: varint gap from the previous term id
 *     (the first: the id; then >= 1), varint weight << 1 | name flag
 *   varint quote count, then per quote: varint start, varint length,
 *     str text, ostr speaker, varint n + n x u32 LE words,
 *     varint n + n varint gaps of piece breaks (each >= 1, inside the words),
 *     varint n + n x u32 LE speaker words
 *
 * Varints are unsigned LEB128 of at most 64 bits, shortest form. The record
 * ends exactly where its last field does.
 *
 * The decoder trusts nothing: each count is checked against the bytes left
 * before anything is allocated, and the record is decoded in two passes
 * over the same walker, one measuring, one filling a single allocation. */
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>
#include "core/context.h"
#include "coverage-private.h"
#include "text/utf8.h"

#define FLAG_SIGNATURE 0x01u
#define FLAG_DAY 0x02u
#define KNOWN_FLAGS (FLAG_SIGNATURE | FLAG_DAY)

static const unsigned char magic[4] = {'F', 'R', 'C', FRN_COVERAGE_RECORD_VERSION};

/* ---- writing ---- */

typedef struct writer {
    unsigned char *data;
    size_t len, capacity;
    int failed;
} writer;

static void put_bytes(writer *w, const void *bytes, size_t n)
{
    if (w->failed || n == 0)
        return;
    if (!frnp_array_reserve(&w->data, &w->capacity, w->len + n, 1)) {
        w->failed = 1;
        return;
    }
    memcpy(w->data + w->len, bytes, n);
    w->len += n;
}

static void put_varint(writer *w, uint64_t value)
{
    unsigned char buf[10];
    size_t n = 0;

    do {
        buf[n] = (unsigned char)(value & 0x7F);
        value >>= 7;
        if (value)
            buf[n] |= 0x80;
        n++;
    } while (value);
    put_bytes(w, buf, n);
}

static void put_u32s(writer *w, const uint32_t *values, size_t count)
{
    put_varint(w, count);
    for (size_t i = 0; i < count; i++) {
        unsigned char b[4] = {(unsigned char)values[i], (unsigned char)(values[i] >> 8),
                              (unsigned char)(values[i] >> 16), (unsigned char)(values[i] >> 24)};
        put_bytes(w, b, 4);
    }
}

static void put_string(writer *w, const char *s, size_t len)
{
    put_varint(w, len);
    put_bytes(w, s, len);
}

static void put_optional_string(writer *w, const char *s, size_t len)
{
    put_varint(w, s ? (uint64_t)len + 1 : 0);
    if (s)
        put_bytes(w, s, len);
}

static void put_quote(writer *w, const frnp_cov_loose_quote *q)
{
    uint32_t previous = 0;

    put_varint(w, q->span.start);
    put_varint(w, q->span.end >= q->span.start ? q->span.end - q->span.start : 0);
    put_string(w, q->text, q->text_len);
    put_optional_string(w, q->speaker, q->speaker_len);
    put_u32s(w, q->words, q->word_count);
    put_varint(w, q->break_count);
    for (size_t i = 0; i < q->break_count; i++) {
        put_varint(w, q->breaks[i] - previous);
        previous = q->breaks[i];
    }
    put_u32s(w, q->speaker_words, q->speaker_word_count);
}

/* Counts are 32-bit in the decoded record. */
static int fits_32_bits(const frnp_cov_loose_record *r)
{
    if (r->term_count > UINT32_MAX || r->quote_count > UINT32_MAX)
        return 0;
    for (size_t k = 0; k < r->quote_count; k++)
        if (r->quotes[k].word_count > UINT32_MAX || r->quotes[k].break_count > UINT32_MAX ||
            r->quotes[k].speaker_word_count > UINT32_MAX)
            return 0;
    return 1;
}

frn_status frnp_cov_record_write(frn_ctx *ctx, const frnp_cov_loose_record *r,
                                 frnp_cov_bytes *out)
{
    writer w = {out->data, 0, out->capacity, 0};
    uint32_t previous = 0;
    unsigned char flags = (r->has_signature ? FLAG_SIGNATURE : 0) |
                          (r->day != FRNP_NO_DAY ? FLAG_DAY : 0);

    out->len = 0;
    if (!fits_32_bits(r))
        return frnp_fail(ctx, FRN_ERR_TOO_LARGE, FRNP_NO_POSITION,
                         "coverage record: over 2^32 terms, quotations or words");
    put_bytes(&w, magic, sizeof magic);
    put_bytes(&w, &flags, 1);
    put_string(&w, r->id, strlen(r->id));
    put_optional_string(&w, r->title, r->title ? strlen(r->title) : 0);
    put_optional_string(&w, r->published, r->published ? strlen(r->published) : 0);
    if (r->day != FRNP_NO_DAY) /* zigzag */
        put_varint(&w, ((uint64_t)(int64_t)r->day << 1) ^ (uint64_t)((int64_t)r->day >> 63));
    for (size_t i = 0; r->has_signature && i < FRNP_SIGNATURE_BINS; i++) {
        unsigned char b[2] = {(unsigned char)r->signature[i], (unsigned char)(r->signature[i] >> 8)};
        put_bytes(&w, b, 2);
    }
    put_varint(&w, r->term_count);
    for (size_t i = 0; i < r->term_count; i++) {
        put_varint(&w, r->terms[i].term - previous);
        put_varint(&w, (uint64_t)r->terms[i].weight << 1 | (r->terms[i].is_name ? 1 : 0));
        previous = r->terms[i].term;
    }
    put_varint(&w, r->quote_count);
    for (size_t k = 0; k < r->quote_count; k++)
        put_quote(&w, &r->quotes[k]);
    /* The buffer is the caller's even when it failed to grow. */
    out->data = w.data;
    out->capacity = w.capacity;
    if (w.failed)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    out->len = w.len;
    return FRN_OK;
}

frn_status frnp_cov_record_encode(frn_ctx *ctx, const frnp_cov_loose_record *r,
                                  unsigned char **bytes, size_t *len)
{
    frnp_cov_bytes out = {NULL, 0, 0};
    frn_status status = frnp_cov_record_write(ctx, r, &out);

    *bytes = NULL;
    *len = 0;
    if (status != FRN_OK) {
        free(out.data);
        return status;
    }
    *bytes = out.data;
    *len = out.len;
    return FRN_OK;
}

/* ---- reading ---- */

/* The single allocation a record decodes into: the struct, then the term
 * and quote arrays, then the 32-bit arrays, then the strings. In the
 * measuring pass only the sizes are counted. */
typedef struct layout {
    size_t terms, quotes, u32s, chars;
    frnp_cov_term *term_at;
    frnp_cov_quote *quote_at;
    uint32_t *u32_at;
    char *char_at;
} layout;

typedef struct reader {
    const unsigned char *at, *end;
    frn_ctx *ctx;
    const char *error; /* first problem found, NULL while well-formed */
    size_t error_pos;
    const unsigned char *start;
} reader;

static int fail(reader *r, const char *what)
{
    if (!r->error) {
        r->error = what;
        r->error_pos = (size_t)(r->at - r->start);
    }
    r->at = r->end;
    return 0;
}

static size_t left(const reader *r)
{
    return (size_t)(r->end - r->at);
}

static int get_varint(reader *r, uint64_t *value)
{
    uint64_t result = 0;

    if (r->at < r->end && *r->at < 0x80) { /* one byte: most counts, lengths and gaps */
        *value = *r->at++;
        return 1;
    }
    for (unsigned shift = 0; shift < 64; shift += 7) {
        unsigned char b;
        if (r->at == r->end)
            return fail(r, "truncated number");
        b = *r->at++;
        if (shift == 63 && (b & 0x7E))
            return fail(r, "number over 64 bits");
        result |= (uint64_t)(b & 0x7F) << shift;
        if (!(b & 0x80)) {
            if (b == 0 && shift > 0)
                return fail(r, "number not in its shortest form");
            *value = result;
            return 1;
        }
    }
    return fail(r, "number over 64 bits");
}

/* A count of items taking at least `least` bytes each. */
static int get_count(reader *r, size_t least, size_t *count)
{
    uint64_t value;

    if (!get_varint(r, &value))
        return 0;
    if (value > left(r) / least)
        return fail(r, "count larger than the bytes left");
    *count = (size_t)value;
    return 1;
}

static int get_u32(reader *r, uint32_t *value)
{
    if (left(r) < 4)
        return fail(r, "truncated word");
    *value = (uint32_t)r->at[0] | (uint32_t)r->at[1] << 8 | (uint32_t)r->at[2] << 16 |
             (uint32_t)r->at[3] << 24;
    r->at += 4;
    return 1;
}

/* A string of `len` bytes: valid UTF-8 without NUL (checked when
 * measuring; the filling pass reads the same bytes), copied NUL-terminated
 * when filling. */
static int get_chars(reader *r, size_t len, layout *l, const char **out)
{
    if (len > left(r))
        return fail(r, "string longer than the bytes left");
    if (!l->char_at && memchr(r->at, '\0', len))
        return fail(r, "string holding a NUL byte");
    if (!l->char_at && frnp_utf8_validate(r->ctx, (const char *)r->at, len) != FRN_OK)
        return fail(r, "string not valid UTF-8");
    if (l->char_at) {
        memcpy(l->char_at, r->at, len);
        l->char_at[len] = '\0';
        *out = l->char_at;
        l->char_at += len + 1;
    } else
        l->chars += len + 1;
    r->at += len;
    return 1;
}

static int get_string(reader *r, layout *l, const char **out, size_t *len_out)
{
    size_t len;

    if (!get_count(r, 1, &len))
        return 0;
    *len_out = len;
    return get_chars(r, len, l, out);
}

static int get_optional_string(reader *r, layout *l, const char **out, size_t *len_out)
{
    uint64_t value;

    *out = NULL;
    *len_out = 0;
    if (!get_varint(r, &value))
        return 0;
    if (value == 0)
        return 1;
    if (value - 1 > left(r))
        return fail(r, "string longer than the bytes left");
    *len_out = (size_t)(value - 1);
    return get_chars(r, *len_out, l, out);
}

/* n x u32 into the 32-bit area. */
static int get_u32s(reader *r, layout *l, const uint32_t **out, uint32_t *count_out)
{
    size_t count;

    if (!get_count(r, 4, &count))
        return 0;
    if (count > UINT32_MAX)
        return fail(r, "too many words");
    *count_out = (uint32_t)count;
    *out = l->u32_at;
    for (size_t i = 0; i < count; i++) {
        uint32_t v;
        if (!get_u32(r, &v))
            return 0;
        if (l->u32_at)
            *l->u32_at++ = v;
    }
    if (!l->u32_at) {
        l->u32s += count;
        *out = NULL;
    }
    return 1;
}

static int get_breaks(reader *r, layout *l, uint32_t word_count, frnp_cov_quote *q)
{
    size_t count;
    uint64_t at = 0;

    if (!get_count(r, 1, &count))
        return 0;
    q->break_count = (uint32_t)count;
    q->breaks = l->u32_at;
    for (size_t i = 0; i < count; i++) {
        uint64_t gap;
        if (!get_varint(r, &gap))
            return 0;
        if (gap == 0 || gap >= word_count || at + gap >= word_count)
            return fail(r, "piece break outside the words");
        at += gap;
        if (l->u32_at)
            *l->u32_at++ = (uint32_t)at;
    }
    if (!l->u32_at) {
        l->u32s += count;
        q->breaks = NULL;
    }
    return 1;
}

static int get_quote(reader *r, layout *l, frnp_cov_quote *q)
{
    uint64_t start, length;

    if (!get_varint(r, &start) || !get_varint(r, &length))
        return 0;
    if (start > SIZE_MAX || length > SIZE_MAX - start)
        return fail(r, "span past the largest offset");
    q->span.start = (size_t)start;
    q->span.end = (size_t)(start + length);
    return get_string(r, l, &q->text, &q->text_len) &&
           get_optional_string(r, l, &q->speaker, &q->speaker_len) &&
           get_u32s(r, l, &q->words, &q->word_count) &&
           get_breaks(r, l, q->word_count, q) &&
           get_u32s(r, l, &q->speaker_words, &q->speaker_word_count);
}

static int get_terms(reader *r, layout *l, frnp_cov_record *rec)
{
    size_t count;
    uint64_t term = 0;

    if (!get_count(r, 2, &count))
        return 0;
    rec->term_count = (uint32_t)count;
    rec->terms = l->term_at;
    if (!l->term_at)
        l->terms = count;
    for (size_t i = 0; i < count; i++) {
        uint64_t gap, weight;
        if (!get_varint(r, &gap) || !get_varint(r, &weight))
            return 0;
        if ((i > 0 && gap == 0) || gap > UINT32_MAX || term + gap > UINT32_MAX)
            return fail(r, "term ids not increasing 32-bit values");
        if (weight >> 1 == 0 || weight >> 1 > UINT16_MAX)
            return fail(r, "term weight out of range");
        term += gap;
        if (l->term_at) {
            l->term_at[i].term = (uint32_t)term;
            l->term_at[i].weight = (uint16_t)(weight >> 1);
            l->term_at[i].is_name = (uint16_t)(weight & 1);
        }
    }
    return 1;
}

static int get_quotes(reader *r, layout *l, frnp_cov_record *rec)
{
    size_t count;
    frnp_cov_quote scratch;

    if (!get_count(r, 6, &count)) /* the smallest quote takes 6 bytes */
        return 0;
    rec->quote_count = (uint32_t)count;
    rec->quotes = l->quote_at;
    if (!l->quote_at)
        l->quotes = count;
    for (size_t k = 0; k < count; k++)
        if (!get_quote(r, l, l->quote_at ? &l->quote_at[k] : &scratch))
            return 0;
    return 1;
}

static int get_header(reader *r, unsigned *flags)
{
    if (left(r) < sizeof magic + 1 || memcmp(r->at, magic, 3) != 0)
        return fail(r, "not a coverage record");
    if (r->at[3] != FRN_COVERAGE_RECORD_VERSION)
        return fail(r, "record version");
    *flags = r->at[4];
    r->at += sizeof magic + 1;
    if (*flags & ~KNOWN_FLAGS)
        return fail(r, "unknown flags");
    return 1;
}

/* One pass: measuring when l holds no cursors, else filling rec. */
static int walk(reader *r, layout *l, frnp_cov_record *rec)
{
    unsigned flags;
    size_t len;

    if (!get_header(r, &flags) || !get_string(r, l, &rec->id, &len) ||
        !get_optional_string(r, l, &rec->title, &len) ||
        !get_optional_string(r, l, &rec->published, &len))
        return 0;
    rec->day = FRNP_NO_DAY;
    if (flags & FLAG_DAY) {
        uint64_t z;
        int64_t day;
        if (!get_varint(r, &z))
            return 0;
        day = (int64_t)(z >> 1) ^ -(int64_t)(z & 1);
        if (day <= INT32_MIN || day > INT32_MAX)
            return fail(r, "day out of range");
        rec->day = (int32_t)day;
    }
    rec->has_signature = (flags & FLAG_SIGNATURE) != 0;
    if (rec->has_signature) {
        if (left(r) < 2 * FRNP_SIGNATURE_BINS)
            return fail(r, "truncated signature");
        for (size_t i = 0; i < FRNP_SIGNATURE_BINS; i++)
            rec->signature[i] = (uint16_t)(r->at[2 * i] | r->at[2 * i + 1] << 8);
        r->at += 2 * FRNP_SIGNATURE_BINS;
    }
    if (!get_terms(r, l, rec) || !get_quotes(r, l, rec))
        return 0;
    if (r->at != r->end)
        return fail(r, "bytes after the record");
    return 1;
}

static size_t align8(size_t n)
{
    return (n + 7) & ~(size_t)7;
}

frn_status frnp_cov_record_decode(frn_ctx *ctx, const unsigned char *bytes, size_t len,
                                  frnp_cov_record **out)
{
    reader r = {bytes, bytes + len, ctx, NULL, 0, bytes};
    layout l;
    frnp_cov_record scratch, *rec;
    size_t at, total;
    unsigned char *block;

    *out = NULL;
    memset(&l, 0, sizeof l);
    memset(&scratch, 0, sizeof scratch);
    if (!walk(&r, &l, &scratch)) {
        frnp_ctx_clear(ctx);
        if (strcmp(r.error, "record version") == 0)
            return frnp_fail(ctx, FRN_ERR_VERSION, 3,
                             "coverage record of format version %u; this library reads version %u",
                             (unsigned)bytes[3], (unsigned)FRN_COVERAGE_RECORD_VERSION);
        return frnp_fail(ctx, FRN_ERR_FORMAT, r.error_pos,
                         "malformed coverage record: %s at byte %zu", r.error, r.error_pos);
    }
    at = align8(sizeof *rec);
    total = at + align8(l.terms * sizeof(frnp_cov_term)) + align8(l.quotes * sizeof(frnp_cov_quote)) +
            align8(l.u32s * sizeof(uint32_t)) + l.chars;
    block = malloc(total);
    if (!block)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    rec = (frnp_cov_record *)block;
    memset(rec, 0, sizeof *rec);
    l.term_at = (frnp_cov_term *)(block + at);
    at += align8(l.terms * sizeof(frnp_cov_term));
    l.quote_at = (frnp_cov_quote *)(block + at);
    at += align8(l.quotes * sizeof(frnp_cov_quote));
    l.u32_at = (uint32_t *)(block + at);
    at += align8(l.u32s * sizeof(uint32_t));
    l.char_at = (char *)(block + at);
    r.at = bytes;
    walk(&r, &l, rec); /* cannot fail: the same bytes passed the first walk */
    rec->content_key = XXH3_64bits(bytes, len);
    rec->size = total;
    *out = rec;
    return FRN_OK;
}

/* A pointer into the block at from, moved to the same place in the block
 * at to; NULL stays NULL. */
static const void *moved(const void *pointer, const frnp_cov_record *from, frnp_cov_record *to)
{
    if (!pointer)
        return NULL;
    return (const char *)to + ((const char *)pointer - (const char *)from);
}

frn_status frnp_cov_record_copy(frn_ctx *ctx, const frnp_cov_record *record,
                                frnp_cov_record **out)
{
    frnp_cov_record *copy = malloc(record->size);
    frnp_cov_quote *quotes;

    *out = NULL;
    if (!copy)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    memcpy(copy, record, record->size);
    copy->id = moved(record->id, record, copy);
    copy->title = moved(record->title, record, copy);
    copy->published = moved(record->published, record, copy);
    copy->terms = moved(record->terms, record, copy);
    copy->quotes = quotes = (frnp_cov_quote *)moved(record->quotes, record, copy);
    for (uint32_t k = 0; k < record->quote_count; k++) {
        const frnp_cov_quote *q = &record->quotes[k];
        quotes[k].text = moved(q->text, record, copy);
        quotes[k].speaker = moved(q->speaker, record, copy);
        quotes[k].words = moved(q->words, record, copy);
        quotes[k].breaks = moved(q->breaks, record, copy);
        quotes[k].speaker_words = moved(q->speaker_words, record, copy);
    }
    *out = copy;
    return FRN_OK;
}
