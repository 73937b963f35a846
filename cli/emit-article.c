/* One article and its quotations as JSON. */
#include "emit.h"

static void emit_span_members(json_writer *w, frn_span span)
{
    json_key(w, "start");
    json_size(w, span.start);
    json_key(w, "end");
    json_size(w, span.end);
}

void emit_saved_error(json_writer *w, frn_status status, const char *message)
{
    json_key(w, "error");
    json_begin_object(w);
    json_key(w, "code");
    json_cstring(w, frn_status_name(status));
    json_key(w, "message");
    /* Calls that fail before reaching the library (a bad option) leave no
     * detailed message; the static one still says what went wrong. */
    json_cstring(w, message && *message ? message : frn_status_str(status));
    json_end_object(w);
}

void emit_error(json_writer *w, const frn_ctx *ctx, frn_status status)
{
    emit_saved_error(w, status, frn_ctx_get_errmsg(ctx));
}

/* An array of the strings an article lists (its authors, its tags). */
static void emit_strings(json_writer *w, const frn_article *article,
                         size_t (*count_of)(const frn_article *),
                         const char *(*item)(const frn_article *, size_t))
{
    size_t count = count_of(article);

    json_begin_array(w);
    for (size_t i = 0; i < count; i++)
        json_cstring(w, item(article, i));
    json_end_array(w);
}

/* Each paragraph's span, and for HTML input its element's offset in the page. */
static void emit_paragraphs(json_writer *w, const frn_article *article)
{
    size_t count = frn_article_get_paragraph_count(article);

    json_begin_array(w);
    for (size_t i = 0; i < count; i++) {
        size_t html_offset = frn_article_get_paragraph_html_offset(article, i);
        json_begin_object(w);
        emit_span_members(w, frn_article_get_paragraph(article, i));
        if (html_offset != FRN_NONE) {
            json_key(w, "html_offset");
            json_size(w, html_offset);
        }
        json_end_object(w);
    }
    json_end_array(w);
}

void emit_article_fields(json_writer *w, const frn_article *article)
{
    size_t text_len;
    const char *text = frn_article_get_text(article, &text_len);

    json_key(w, "format");
    json_cstring(w, frn_format_name(frn_article_get_format(article)));
    json_key(w, "title");
    json_cstring(w, frn_article_get_title(article));
    json_key(w, "authors");
    emit_strings(w, article, frn_article_get_author_count, frn_article_get_author);
    json_key(w, "published");
    json_cstring(w, frn_article_get_published(article));
    json_key(w, "modified");
    json_cstring(w, frn_article_get_modified(article));
    json_key(w, "site");
    json_cstring(w, frn_article_get_site(article));
    json_key(w, "language");
    json_cstring(w, frn_article_get_language(article));
    json_key(w, "canonical_url");
    json_cstring(w, frn_article_get_canonical_url(article));
    json_key(w, "description");
    json_cstring(w, frn_article_get_description(article));
    json_key(w, "image");
    json_cstring(w, frn_article_get_image(article));
    json_key(w, "section");
    json_cstring(w, frn_article_get_section(article));
    json_key(w, "tags");
    emit_strings(w, article, frn_article_get_tag_count, frn_article_get_tag);
    json_key(w, "text");
    json_string(w, text, text_len);
    json_key(w, "paragraphs");
    emit_paragraphs(w, article);
    if (frn_article_get_empty_reason(article)) {
        json_key(w, "empty_reason");
        json_cstring(w, frn_article_get_empty_reason(article));
    }
}

static void emit_spans(json_writer *w, const frn_quote *quote, size_t count,
                       frn_span (*get)(const frn_quote *, size_t))
{
    json_begin_array(w);
    for (size_t i = 0; i < count; i++) {
        frn_span span = get(quote, i);
        json_begin_array(w);
        json_size(w, span.start);
        json_size(w, span.end);
        json_end_array(w);
    }
    json_end_array(w);
}

static void emit_mention(json_writer *w, const frn_quote *quote)
{
    const char *mention = frn_quote_get_mention(quote);

    if (!mention) {
        json_null(w);
        return;
    }
    json_begin_object(w);
    emit_span_members(w, frn_quote_get_mention_span(quote));
    json_key(w, "text");
    json_cstring(w, mention);
    json_end_object(w);
}

static void emit_quote(json_writer *w, const frn_quote *quote)
{
    size_t text_len;
    const char *text = frn_quote_get_text(quote, &text_len);

    json_begin_object(w);
    json_key(w, "text");
    json_string(w, text, text_len);
    emit_span_members(w, frn_quote_get_span(quote));
    json_key(w, "fragments");
    emit_spans(w, quote, frn_quote_get_fragment_count(quote), frn_quote_get_fragment);
    json_key(w, "quoted");
    emit_spans(w, quote, frn_quote_get_quoted_count(quote), frn_quote_get_quoted);
    json_key(w, "type");
    json_cstring(w, frn_quote_type_name(frn_quote_get_type(quote)));
    json_key(w, "speaker");
    json_cstring(w, frn_quote_get_speaker(quote));
    json_key(w, "speaker_role");
    json_cstring(w, frn_quote_get_speaker_role(quote));
    json_key(w, "speaker_mention");
    emit_mention(w, quote);
    json_key(w, "cue");
    json_cstring(w, frn_quote_get_cue(quote));
    json_key(w, "confidence");
    json_double(w, frn_quote_get_confidence(quote));
    json_end_object(w);
}

void emit_quote_list(json_writer *w, const frn_quote_list *quotes)
{
    size_t count = frn_quote_list_get_count(quotes);

    json_begin_array(w);
    for (size_t i = 0; i < count; i++)
        emit_quote(w, frn_quote_list_get_quote(quotes, i));
    json_end_array(w);
}

/* Where in its input an item came from, for JSON Lines and WARC records. */
static void emit_item_position(json_writer *w, const input_item *item)
{
    if (item->id) {
        json_key(w, "id");
        json_cstring(w, item->id);
    }
    if (item->url && (item->line || item->has_offset)) {
        json_key(w, "url");
        json_cstring(w, item->url);
    }
    if (item->line) {
        json_key(w, "line");
        json_size(w, item->line);
    }
    if (item->has_offset) {
        json_key(w, "offset");
        json_size(w, (size_t)item->offset);
    }
}

void emit_article_json(json_writer *w, const article_outcome *outcome, int with_article)
{
    const frn_article *article = outcome->article;

    json_begin_object(w);
    json_key(w, "file");
    json_cstring(w, outcome->item->file);
    emit_item_position(w, outcome->item);
    if (article && frn_article_get_repair_count(article) > 0) {
        json_key(w, "utf8_repairs");
        json_size(w, frn_article_get_repair_count(article));
    }
    if (article && with_article)
        emit_article_fields(w, article);
    if (outcome->quotes) {
        json_key(w, "quotes");
        emit_quote_list(w, outcome->quotes);
    } else
        emit_saved_error(w, outcome->status, outcome->message);
    json_end_object(w);
    json_end_line(w);
}
