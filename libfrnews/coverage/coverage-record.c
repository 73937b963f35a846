/* An article's coverage record: one pass over the title and body words gives
 * the near-duplicate signature and the story terms; each quotation gives its
 * text, span, speaker and normalised words. The record is encoded at once
 * (coverage-record-format.c), so what the index keeps is always what a
 * store or another process would read back. */
#include <stdlib.h>
#include <string.h>
#include "core/context.h"
#include "coverage-private.h"
#include "coverage-sort.h"
#include "text/text-words.h"
#include "text/utf8.h"

/* A headline names the story; the lead fills it in. Later paragraphs drift
 * to background shared with other stories, so they are not read. */
#define FRNP_STORY_TITLE_WEIGHT 3
#define FRNP_STORY_BODY_WORDS 100

/* Between the quoted parts of a mixed quotation, as an excerpt prints a cut. */
#define FRNP_PART_JOINER " \xE2\x80\xA6 "

/* Where a quotation's arrays start in the shared id array (they are set as
 * pointers once every quotation is read, the array no longer moving). */
typedef struct quote_ids {
    size_t words, breaks, speaker_words;
    size_t parts; /* its compared text in the parts buffer, or SIZE_MAX */
} quote_ids;

/* A quotation's span and its index, sorted by place (keep_one_a_place). */
typedef struct placed {
    size_t start, end, index;
} placed;

/* Everything one record is computed into. The quotations' word ids, piece
 * breaks and speaker ids share one array, and the quoted parts of mixed
 * quotations one text buffer. The context keeps the builder
 * (FRNP_CTX_SLOT_RECORD_BUILDER) and each record reuses its arrays, so a
 * record costs no allocation once the arrays have grown to its size. */
typedef struct record_builder {
    frnp_cov_signer signer;
    frnp_cov_term *terms;
    size_t term_count, term_capacity;
    uint64_t *term_keys; /* the terms as keys, then the sort's scratch */
    size_t term_keys_capacity;
    uint16_t weight;  /* of the words being read */
    size_t lead_left; /* body words still to read for terms */
    uint32_t *ids;
    size_t id_count, id_capacity;
    char *parts;
    size_t parts_len, parts_capacity;
    /* A quotation's piece breaks (the word index where each piece after the
     * first starts) arrive between its words; they are kept apart and put
     * after the words. */
    uint32_t *breaks;
    size_t break_count, break_capacity;
    frnp_cov_loose_quote *quotes;
    quote_ids *quote_at;
    size_t quote_capacity, at_capacity;
    placed *order;
    unsigned char *dropped;
    size_t order_capacity, dropped_capacity;
    frnp_cov_bytes encoded;
    frn_ctx *ctx; /* keeps the stopword table */
    int failed; /* out of memory */
} record_builder;

static void builder_free(void *data)
{
    record_builder *b = data;

    free(b->terms);
    free(b->term_keys);
    free(b->ids);
    free(b->parts);
    free(b->breaks);
    free(b->quotes);
    free(b->quote_at);
    free(b->order);
    free(b->dropped);
    free(b->encoded.data);
    free(b);
}

/* The context's builder, emptied for a new record; NULL when out of memory. */
static record_builder *builder_of(frn_ctx *ctx)
{
    record_builder *b = frnp_ctx_slot(ctx, FRNP_CTX_SLOT_RECORD_BUILDER);

    if (!b) {
        b = calloc(1, sizeof *b);
        if (!b)
            return NULL;
        frnp_ctx_set_slot(ctx, FRNP_CTX_SLOT_RECORD_BUILDER, b, builder_free);
    }
    b->term_count = b->id_count = b->parts_len = b->break_count = 0;
    b->encoded.len = 0;
    b->ctx = ctx;
    b->failed = 0;
    return b;
}

static void push_id(record_builder *b, uint32_t id)
{
    if (!frnp_array_reserve(&b->ids, &b->id_capacity, b->id_count + 1, sizeof *b->ids)) {
        b->failed = 1;
        return;
    }
    b->ids[b->id_count++] = id;
}

/* --- the title and body: signature and story terms --- */

/* Stopwords and one-letter words name no story; "Apple's" counts as "apple". */
static void add_term(record_builder *b, const char *word, size_t len, uint64_t hash)
{
    size_t base = frnp_possessive_base(word, len);
    frnp_cov_term *term;

    if (base < 2)
        return;
    if (base < len)
        hash = frnp_cov_word_hash(word, base);
    if (frnp_cov_is_stopword(b->ctx, word, base, hash))
        return;
    if (!frnp_array_reserve(&b->terms, &b->term_capacity, b->term_count + 1, sizeof *b->terms)) {
        b->failed = 1;
        return;
    }
    term = &b->terms[b->term_count++];
    term->term = frnp_cov_id_of_hash(hash);
    term->weight = b->weight;
    term->is_name = 0;
}

static int read_text_word(const char *word, size_t len, void *data)
{
    record_builder *b = data;
    uint64_t hash = frnp_cov_word_hash(word, len);

    frnp_cov_signer_add_word(&b->signer, hash);
    if (b->lead_left > 0) {
        b->lead_left--;
        add_term(b, word, len, hash);
    }
    return b->failed;
}

/* A term as one sortable key: its id, then its weight and name flag. */
static uint64_t term_key(const frnp_cov_term *t)
{
    return (uint64_t)t->term << 32 | (uint64_t)t->weight << 16 | t->is_name;
}

/* Sort and sum the weights of repeated terms (saturating: the weight is
 * log-scaled at build, so a term repeated 20,000 times loses nothing). */
static void merge_repeats(record_builder *b)
{
    size_t kept = 0, n = b->term_count;

    if (!frnp_array_reserve(&b->term_keys, &b->term_keys_capacity, 2 * n, sizeof *b->term_keys)) {
        b->failed = 1;
        return;
    }
    for (size_t i = 0; i < n; i++)
        b->term_keys[i] = term_key(&b->terms[i]);
    frnp_cov_sort_u64(b->term_keys, b->term_keys + n, n);
    for (size_t i = 0; i < n; i++) {
        uint64_t key = b->term_keys[i];
        frnp_cov_term t = {(uint32_t)(key >> 32), (uint16_t)(key >> 16), (uint16_t)(key & 0xFFFF)};
        if (kept > 0 && b->terms[kept - 1].term == t.term) {
            uint32_t sum = (uint32_t)b->terms[kept - 1].weight + t.weight;
            b->terms[kept - 1].weight = sum > UINT16_MAX ? UINT16_MAX : (uint16_t)sum;
        } else
            b->terms[kept++] = t;
    }
    b->term_count = kept;
}

static frn_status read_article_text(frn_ctx *ctx, const frn_article *article, record_builder *b,
                                    uint16_t *signature, int *has_signature)
{
    const char *title = frn_article_get_title(article);
    size_t body_len;
    const char *body = frn_article_get_text(article, &body_len);
    frn_status status;

    frnp_cov_signer_init(&b->signer);
    b->weight = FRNP_STORY_TITLE_WEIGHT;
    b->lead_left = SIZE_MAX;
    status = frnp_cov_each_word(ctx, title, title ? strlen(title) : 0, read_text_word, b);
    if (status == FRN_OK && !b->failed) {
        b->weight = 1;
        b->lead_left = FRNP_STORY_BODY_WORDS;
        status = frnp_cov_each_word(ctx, body, body_len, read_text_word, b);
    }
    if (status != FRN_OK)
        return status;
    merge_repeats(b);
    *has_signature = frnp_cov_signer_finish(&b->signer, signature);
    return FRN_OK;
}

/* --- quotations --- */

typedef struct words_and_breaks {
    record_builder *b;
    size_t first_word;
} words_and_breaks;

static int read_quote_word(const char *word, size_t len, int is_break, void *data)
{
    words_and_breaks *w = data;

    if (is_break) {
        record_builder *b = w->b;
        if (!frnp_array_reserve(&b->breaks, &b->break_capacity, b->break_count + 1,
                                sizeof *b->breaks)) {
            b->failed = 1;
            return 1;
        }
        b->breaks[b->break_count++] = (uint32_t)(b->id_count - w->first_word);
        return 0;
    }
    push_id(w->b, frnp_cov_word_id(word, len));
    return w->b->failed;
}

static int read_speaker_word(const char *word, size_t len, void *data)
{
    record_builder *b = data;

    push_id(b, frnp_cov_word_id(word, len));
    return b->failed;
}

/* The text coverage compares of a quotation: a mixed quotation's quoted
 * parts (the speaker's words; the clause around them is the outlet's),
 * joined as an excerpt prints its cuts, so its pieces are compared as a
 * trimmed printing's are; any other quotation's text as it stands. */
static void compared_text(record_builder *b, const frn_article *article, const frn_quote *quote,
                          frnp_cov_loose_quote *into, size_t *parts_at)
{
    size_t src_len, n = frn_quote_get_quoted_count(quote);
    const char *src = frn_article_get_source(article, &src_len);

    *parts_at = SIZE_MAX;
    if (frn_quote_get_type(quote) != FRN_QUOTE_MIXED || n == 0 || !src)
        return;
    *parts_at = b->parts_len;
    for (size_t k = 0; k < n; k++) {
        frn_span part = frn_quote_get_quoted(quote, k);
        size_t joiner = k > 0 ? strlen(FRNP_PART_JOINER) : 0, len;
        if (part.end > src_len || part.start > part.end)
            continue;
        len = part.end - part.start;
        if (!frnp_array_reserve(&b->parts, &b->parts_capacity, b->parts_len + joiner + len + 1, 1)) {
            b->failed = 1;
            return;
        }
        memcpy(b->parts + b->parts_len, FRNP_PART_JOINER, joiner);
        memcpy(b->parts + b->parts_len + joiner, src + part.start, len);
        b->parts_len += joiner + len;
    }
    into->text_len = b->parts_len - *parts_at;
    b->parts[b->parts_len++] = '\0';
}

static frn_status read_quote(frn_ctx *ctx, const frn_article *article, const frn_quote *quote,
                             record_builder *b, frnp_cov_loose_quote *into, quote_ids *at)
{
    size_t len;
    const char *text = frn_quote_get_text(quote, &len);
    const char *speaker = frn_quote_get_speaker(quote);
    words_and_breaks w;
    frn_status status;

    into->span = frn_quote_get_span(quote);
    into->text = text ? text : "";
    into->text_len = text ? len : 0;
    into->speaker = speaker;
    into->speaker_len = speaker ? strlen(speaker) : 0;
    compared_text(b, article, quote, into, &at->parts);
    if (b->failed)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    w.b = b;
    w.first_word = at->words = b->id_count;
    b->break_count = 0;
    status = frnp_cov_quote_each_word(ctx, at->parts == SIZE_MAX ? into->text : b->parts + at->parts,
                                      into->text_len, read_quote_word, &w);
    into->word_count = b->id_count - at->words;
    at->breaks = b->id_count;
    for (size_t i = 0; status == FRN_OK && i < b->break_count; i++)
        push_id(b, b->breaks[i]);
    into->break_count = b->break_count;
    at->speaker_words = b->id_count;
    if (status == FRN_OK && speaker)
        status = frnp_cov_each_word(ctx, speaker, into->speaker_len, read_speaker_word, b);
    into->speaker_word_count = b->id_count - at->speaker_words;
    if (status == FRN_OK && b->failed)
        status = frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    return status;
}

static frn_status read_quotes(frn_ctx *ctx, const frn_article *article,
                              const frn_quote_list *quotes, record_builder *b, size_t *count_out)
{
    size_t n = quotes ? frn_quote_list_get_count(quotes) : 0;
    frnp_cov_loose_quote *loose;
    quote_ids *at;
    frn_status status = FRN_OK;

    *count_out = 0;
    if (!frnp_array_reserve(&b->quotes, &b->quote_capacity, n, sizeof *b->quotes) ||
        !frnp_array_reserve(&b->quote_at, &b->at_capacity, n, sizeof *b->quote_at))
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    loose = b->quotes;
    at = b->quote_at;
    if (n > 0)
        memset(loose, 0, n * sizeof *loose);
    *count_out = n;
    for (size_t k = 0; status == FRN_OK && k < n; k++)
        status = read_quote(ctx, article, frn_quote_list_get_quote(quotes, k), b, &loose[k], &at[k]);
    for (size_t k = 0; status == FRN_OK && k < n; k++) {
        if (at[k].parts != SIZE_MAX)
            loose[k].text = b->parts + at[k].parts;
        loose[k].words = b->ids + at[k].words;
        loose[k].breaks = b->ids + at[k].breaks;
        loose[k].speaker_words = b->ids + at[k].speaker_words;
    }
    return status;
}

/* One place in an article holds one printing: quotations whose spans
 * overlap (a mixed quotation listed beside the direct quotation of its
 * quoted words) are one, and the fullest of them is kept: the most words,
 * then the tighter span. Quotations keep the article's order. */

static int by_place(const void *x, const void *y)
{
    const placed *a = x, *b = y;

    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    if (a->end != b->end)
        return a->end < b->end ? -1 : 1;
    return (a->index > b->index) - (a->index < b->index);
}

static int fuller_printing(const frnp_cov_loose_quote *a, const frnp_cov_loose_quote *b)
{
    if (a->word_count != b->word_count)
        return a->word_count > b->word_count;
    return a->span.end - a->span.start < b->span.end - b->span.start;
}

static int keep_one_a_place(record_builder *b, size_t *count)
{
    frnp_cov_loose_quote *quotes = b->quotes;
    size_t n = *count, kept = 0, best = SIZE_MAX, reach = 0;
    placed *order;
    unsigned char *dropped;

    if (!frnp_array_reserve(&b->order, &b->order_capacity, n, sizeof *b->order) ||
        !frnp_array_reserve(&b->dropped, &b->dropped_capacity, n, 1))
        return 0;
    order = b->order;
    dropped = b->dropped;
    if (n > 0)
        memset(dropped, 0, n);
    for (size_t k = 0; k < n; k++)
        order[k] = (placed){quotes[k].span.start, quotes[k].span.end, k};
    if (n > 1)
        qsort(order, n, sizeof *order, by_place);
    /* Runs of overlapping spans, in order of their starts. */
    for (size_t o = 0; o < n; o++) {
        size_t k = order[o].index;
        if (best != SIZE_MAX && order[o].start < reach) {
            int better = fuller_printing(&quotes[k], &quotes[best]);
            dropped[better ? best : k] = 1;
            best = better ? k : best;
        } else {
            best = k;
            reach = 0;
        }
        reach = order[o].end > reach ? order[o].end : reach;
    }
    for (size_t k = 0; k < n; k++)
        if (!dropped[k])
            quotes[kept++] = quotes[k];
    *count = kept;
    return 1;
}

frn_status frnp_cov_record_encode_article(frn_ctx *ctx, const char *id,
                                          const frn_article *article,
                                          const frn_quote_list *quotes,
                                          const unsigned char **bytes, size_t *len)
{
    record_builder *b;
    uint16_t signature[FRNP_SIGNATURE_BINS];
    frnp_cov_loose_record record;
    size_t quote_count = 0;
    frn_status status;

    *bytes = NULL;
    *len = 0;
    memset(&record, 0, sizeof record);
    status = frnp_utf8_validate(ctx, id, strlen(id));
    if (status != FRN_OK)
        return frnp_fail(ctx, FRN_ERR_INVALID_ARG, FRNP_NO_POSITION, "the id is not valid UTF-8");
    b = builder_of(ctx);
    if (!b)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    status = read_article_text(ctx, article, b, signature, &record.has_signature);
    if (status == FRN_OK && b->failed)
        status = frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    if (status == FRN_OK)
        status = read_quotes(ctx, article, quotes, b, &quote_count);
    if (status == FRN_OK && !keep_one_a_place(b, &quote_count))
        status = frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    if (status != FRN_OK)
        return status;
    record.id = id;
    record.title = frn_article_get_title(article);
    record.published = frn_article_get_published(article);
    record.day = frnp_cov_day_from_iso(record.published);
    record.signature = signature;
    record.terms = b->terms;
    record.term_count = b->term_count;
    record.quotes = b->quotes;
    record.quote_count = quote_count;
    status = frnp_cov_record_write(ctx, &record, &b->encoded);
    if (status == FRN_OK) {
        *bytes = b->encoded.data;
        *len = b->encoded.len;
    }
    return status;
}
