/* CSV of quotations: one row per quotation of parse/quotes (one with the
 * quotation columns empty for an article without any), one row per
 * quotation source of coverage. */
#include "csv-writer.h"
#include "emit.h"

static const char *const article_columns[] = {
    "file", "id", "url", "line", "offset", "title", "published", "type", "speaker", "cue",
    "start", "end", "confidence", "text", "error", NULL,
};

void emit_article_csv_header(FILE *out)
{
    csv_header(out, article_columns);
}

/* file, id, url, line, offset, title, published. */
static void emit_item_columns(csv_row *row, const article_outcome *outcome)
{
    const input_item *item = outcome->item;

    csv_cstring(row, item->file);
    csv_cstring(row, item->id);
    csv_cstring(row, item->url);
    if (item->line)
        csv_size(row, item->line);
    else
        csv_cstring(row, NULL);
    if (item->has_offset)
        csv_size(row, (size_t)item->offset);
    else
        csv_cstring(row, NULL);
    csv_cstring(row, outcome->article ? frn_article_get_title(outcome->article) : NULL);
    csv_cstring(row, outcome->article ? frn_article_get_published(outcome->article) : NULL);
}

static void emit_quote_row(FILE *out, const article_outcome *outcome, const frn_quote *quote)
{
    size_t text_len;
    const char *text = frn_quote_get_text(quote, &text_len);
    frn_span span = frn_quote_get_span(quote);
    csv_row row;

    csv_begin_row(&row, out);
    emit_item_columns(&row, outcome);
    csv_cstring(&row, frn_quote_type_name(frn_quote_get_type(quote)));
    csv_cstring(&row, frn_quote_get_speaker(quote));
    csv_cstring(&row, frn_quote_get_cue(quote));
    csv_size(&row, span.start);
    csv_size(&row, span.end);
    csv_double(&row, frn_quote_get_confidence(quote));
    csv_field(&row, text, text_len);
    csv_cstring(&row, NULL);
    csv_end_row(&row);
}

/* An item's row without a quotation: its columns, then empty quotation
 * columns and the error (NULL for none). */
static void emit_bare_row(FILE *out, const article_outcome *outcome, const char *error)
{
    csv_row row;

    csv_begin_row(&row, out);
    emit_item_columns(&row, outcome);
    for (int i = 0; i < 7; i++) /* type .. text */
        csv_cstring(&row, NULL);
    csv_cstring(&row, error);
    csv_end_row(&row);
}

/* A failed item: "CODE: message" in the last column. */
static void emit_error_row(FILE *out, const article_outcome *outcome)
{
    char error[600];

    snprintf(error, sizeof error, "%s: %s", frn_status_name(outcome->status),
             outcome->message && *outcome->message ? outcome->message
                                                   : frn_status_str(outcome->status));
    emit_bare_row(out, outcome, error);
}

/* Every input read has a row at least: an article without quotations one
 * with its own columns and the quotation columns empty, so that it shows
 * it was read. */
void emit_article_csv(FILE *out, const article_outcome *outcome)
{
    size_t count;

    if (!outcome->quotes) {
        emit_error_row(out, outcome);
        return;
    }
    count = frn_quote_list_get_count(outcome->quotes);
    if (count == 0)
        emit_bare_row(out, outcome, NULL);
    for (size_t i = 0; i < count; i++)
        emit_quote_row(out, outcome, frn_quote_list_get_quote(outcome->quotes, i));
}

static const char *const coverage_columns[] = {
    "quote", "speaker", "text", "article", "published", "start", "end", "source_text",
    "variant", NULL,
};

static void emit_source_row(FILE *out, const frn_coverage *coverage, size_t quote, size_t k)
{
    size_t article;
    frn_span span;
    const char *text;
    csv_row row;

    if (frn_coverage_get_quote_source(coverage, quote, k, &article, &span, &text) != FRN_OK)
        return;
    csv_begin_row(&row, out);
    csv_size(&row, quote + 1);
    csv_cstring(&row, frn_coverage_get_quote_speaker(coverage, quote));
    csv_cstring(&row, frn_coverage_get_quote_text(coverage, quote));
    csv_cstring(&row, frn_coverage_get_article_id(coverage, article));
    csv_cstring(&row, frn_coverage_get_article_published(coverage, article));
    csv_size(&row, span.start);
    csv_size(&row, span.end);
    csv_cstring(&row, text);
    csv_cstring(&row, frn_quote_variant_name(frn_coverage_get_quote_source_variant(coverage, quote, k)));
    csv_end_row(&row);
}

void emit_coverage_csv(FILE *out, const frn_coverage *coverage)
{
    size_t quotes = frn_coverage_get_quote_count(coverage);

    csv_header(out, coverage_columns);
    for (size_t q = 0; q < quotes; q++) {
        size_t sources = frn_coverage_get_quote_source_count(coverage, q);
        for (size_t k = 0; k < sources; k++)
            emit_source_row(out, coverage, q, k);
    }
}
