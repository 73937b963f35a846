/* An article's coverage record: one pass over the title and body words gives
 * the near-duplicate signature and the story terms; each quotation gives its
 * text, span, speaker and normalised words. The record is encoded at once
 * (coverage-record-format.c), so what the index keeps is always what a
 * store or another process would read back. */
#include <stdlib.h>
#include <string.h>
#include "core/context.h"
#include "coverage-private.h"
#include "text/utf8.h"

/* A headline names the story; the lead fills it in. Later paragraphs drift
 * to background shared with other stories, so they are not read. */
#define FRNP_STORY_TITLE_WEIGHT 3
#define FRNP_STORY_BODY_WORDS 100

typedef struct term_list {
    frnp_cov_term *items;
    size_t count, capacity;
} term_list;

/* The title and body pass. */
typedef struct text_reader {
    frnp_cov_signer signer;
    term_list terms;
    uint16_t weight;   /* of the words being read */
    size_t lead_left;  /* body words still to read for terms */
    int failed;
} text_reader;

/* "Apple's" counts as "apple". */
static size_t strip_possessive(const char *word, size_t len)
{
    if (len > 2 && word[len - 2] == '\'' && word[len - 1] == 's')
        return len - 2;
    return len;
}

static int add_term(text_reader *reader, const char *word, size_t len)
{
    len = strip_possessive(word, len);
    if (len < 2 || frnp_cov_is_stopword(word, len))
        return 1;
    if (!frnp_array_reserve(&reader->terms.items, &reader->terms.capacity,
                            reader->terms.count + 1, sizeof *reader->terms.items))
        return 0;
    reader->terms.items[reader->terms.count].term = frnp_cov_word_id(word, len);
    reader->terms.items[reader->terms.count].weight = reader->weight;
    reader->terms.items[reader->terms.count].is_name = 0;
    reader->terms.count++;
    return 1;
}

static int read_text_word(const char *word, size_t len, void *data)
{
    text_reader *reader = data;

    frnp_cov_signer_add_word(&reader->signer, frnp_cov_word_hash(word, len));
    if (reader->lead_left == 0)
        return 0;
    reader->lead_left--;
    if (!add_term(reader, word, len)) {
        reader->failed = 1;
        return 1;
    }
    return 0;
}

static int compare_terms(const void *x, const void *y)
{
    const frnp_cov_term *a = x, *b = y;

    return (a->term > b->term) - (a->term < b->term);
}

/* Sort and sum the weights of repeated terms (saturating: the weight is
 * log-scaled at build, so a term repeated 20,000 times loses nothing). */
static void merge_repeats(term_list *terms)
{
    size_t kept = 0;

    if (terms->count > 1)
        qsort(terms->items, terms->count, sizeof *terms->items, compare_terms);
    for (size_t i = 0; i < terms->count; i++) {
        if (kept > 0 && terms->items[kept - 1].term == terms->items[i].term) {
            uint32_t sum = (uint32_t)terms->items[kept - 1].weight + terms->items[i].weight;
            terms->items[kept - 1].weight = sum > UINT16_MAX ? UINT16_MAX : (uint16_t)sum;
        } else
            terms->items[kept++] = terms->items[i];
    }
    terms->count = kept;
}

static frn_status read_article_text(frn_ctx *ctx, const frn_article *article,
                                    text_reader *reader, uint16_t *signature, int *has_signature)
{
    const char *title = frn_article_get_title(article);
    size_t body_len;
    const char *body = frn_article_get_text(article, &body_len);
    frn_status status;

    frnp_cov_signer_init(&reader->signer);
    reader->weight = FRNP_STORY_TITLE_WEIGHT;
    reader->lead_left = SIZE_MAX;
    status = frnp_cov_each_word(ctx, title, title ? strlen(title) : 0, read_text_word, reader);
    if (status == FRN_OK && !reader->failed) {
        reader->weight = 1;
        reader->lead_left = FRNP_STORY_BODY_WORDS;
        status = frnp_cov_each_word(ctx, body, body_len, read_text_word, reader);
    }
    if (status == FRN_OK && reader->failed)
        status = frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    if (status != FRN_OK)
        return status;
    merge_repeats(&reader->terms);
    *has_signature = frnp_cov_signer_finish(&reader->signer, signature);
    return FRN_OK;
}

/* --- quotations --- */

typedef struct id_list {
    uint32_t *items;
    size_t count, capacity;
    int failed;
} id_list;

static int push_id(id_list *list, uint32_t id)
{
    if (!frnp_array_reserve(&list->items, &list->capacity, list->count + 1, sizeof *list->items)) {
        list->failed = 1;
        return 0;
    }
    list->items[list->count++] = id;
    return 1;
}

typedef struct quote_word_lists {
    id_list *words, *breaks;
} quote_word_lists;

static int read_quote_word(const char *word, size_t len, int is_break, void *data)
{
    quote_word_lists *lists = data;

    if (is_break)
        return !push_id(lists->breaks, (uint32_t)lists->words->count);
    return !push_id(lists->words, frnp_cov_word_id(word, len));
}

static frn_status quote_words(frn_ctx *ctx, const char *text, size_t len,
                              id_list *words, id_list *breaks)
{
    quote_word_lists lists = {words, breaks};
    frn_status status = frnp_cov_quote_each_word(ctx, text, len, read_quote_word, &lists);

    if (status == FRN_OK && (words->failed || breaks->failed))
        status = frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    return status;
}

typedef struct quote_parts {
    id_list words, breaks, speaker_words;
} quote_parts;

static void quote_parts_clear(quote_parts *parts, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        free(parts[i].words.items);
        free(parts[i].breaks.items);
        free(parts[i].speaker_words.items);
    }
    free(parts);
}

static frn_status read_quote(frn_ctx *ctx, const frn_quote *quote, frnp_cov_loose_quote *into,
                             quote_parts *parts)
{
    size_t len;
    const char *text = frn_quote_get_text(quote, &len);
    const char *speaker = frn_quote_get_speaker(quote);
    frn_status status;

    into->span = frn_quote_get_span(quote);
    into->text = text ? text : "";
    into->text_len = text ? len : 0;
    into->speaker = speaker;
    into->speaker_len = speaker ? strlen(speaker) : 0;
    status = quote_words(ctx, into->text, into->text_len, &parts->words, &parts->breaks);
    if (status == FRN_OK && speaker) {
        uint64_t *hashes;
        size_t count;
        status = frnp_cov_word_hashes(ctx, speaker, into->speaker_len, &hashes, &count);
        for (size_t i = 0; status == FRN_OK && i < count; i++)
            if (!push_id(&parts->speaker_words, frnp_cov_id_of_hash(hashes[i])))
                status = frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
        free(hashes);
    }
    into->words = parts->words.items;
    into->word_count = parts->words.count;
    into->breaks = parts->breaks.items;
    into->break_count = parts->breaks.count;
    into->speaker_words = parts->speaker_words.items;
    into->speaker_word_count = parts->speaker_words.count;
    return status;
}

static frn_status read_quotes(frn_ctx *ctx, const frn_quote_list *quotes,
                              frnp_cov_loose_quote **out, quote_parts **parts_out,
                              size_t *count_out)
{
    size_t n = quotes ? frn_quote_list_get_count(quotes) : 0;
    frnp_cov_loose_quote *loose = calloc(n + 1, sizeof *loose);
    quote_parts *parts = calloc(n + 1, sizeof *parts);
    frn_status status = FRN_OK;

    *out = loose;
    *parts_out = parts;
    *count_out = n;
    if (!loose || !parts)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    for (size_t k = 0; status == FRN_OK && k < n; k++)
        status = read_quote(ctx, frn_quote_list_get_quote(quotes, k), &loose[k], &parts[k]);
    return status;
}

frn_status frnp_cov_record_encode_article(frn_ctx *ctx, const char *id,
                                          const frn_article *article,
                                          const frn_quote_list *quotes,
                                          unsigned char **bytes, size_t *len)
{
    text_reader reader;
    uint16_t signature[FRNP_SIGNATURE_BINS];
    frnp_cov_loose_record record;
    frnp_cov_loose_quote *loose_quotes = NULL;
    quote_parts *parts = NULL;
    size_t quote_count = 0;
    frn_status status;

    *bytes = NULL;
    *len = 0;
    memset(&reader, 0, sizeof reader);
    memset(&record, 0, sizeof record);
    status = frnp_utf8_validate(ctx, id, strlen(id));
    if (status != FRN_OK)
        return frnp_fail(ctx, FRN_ERR_INVALID_ARG, FRNP_NO_POSITION, "the id is not valid UTF-8");
    status = read_article_text(ctx, article, &reader, signature, &record.has_signature);
    if (status == FRN_OK)
        status = read_quotes(ctx, quotes, &loose_quotes, &parts, &quote_count);
    if (status == FRN_OK) {
        record.id = id;
        record.title = frn_article_get_title(article);
        record.published = frn_article_get_published(article);
        record.day = frnp_cov_day_from_iso(record.published);
        record.signature = signature;
        record.terms = reader.terms.items;
        record.term_count = reader.terms.count;
        record.quotes = loose_quotes;
        record.quote_count = quote_count;
        status = frnp_cov_record_encode(ctx, &record, bytes, len);
    }
    free(reader.terms.items);
    free(loose_quotes);
    if (parts)
        quote_parts_clear(parts, quote_count);
    return status;
}
