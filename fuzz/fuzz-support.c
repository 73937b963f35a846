/* Shared by the harnesses: the run's context and the contract checks. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>
#include "fuzz-support.h"

void fuzz_fail(const char *file, int line, const char *what)
{
    fprintf(stderr, "%s:%d: contract broken: %s\n", file, line, what);
    abort();
}

frn_ctx *fuzz_context(void)
{
    static frn_ctx *ctx;

    if (!ctx && frn_ctx_new(&ctx) != FRN_OK)
        fuzz_fail(__FILE__, __LINE__, "frn_ctx_new");
    return ctx;
}

void fuzz_check_failure(frn_status status)
{
    FUZZ_CHECK(status != FRN_OK);
    FUZZ_CHECK(strcmp(frn_status_name(status), "FRN_ERR_UNKNOWN") != 0);
    FUZZ_CHECK(frn_ctx_get_errmsg(fuzz_context())[0] != '\0');
}

int fuzz_is_clean_utf8(const char *text, size_t len)
{
    const uint8_t *bytes = (const uint8_t *)text;
    size_t pos = 0;

    while (pos < len) {
        UChar32 c;
        U8_NEXT(bytes, pos, len, c);
        if (c <= 0)
            return 0;
    }
    return 1;
}

static int is_clean_string(const char *s)
{
    return s == NULL || (s[0] != '\0' && fuzz_is_clean_utf8(s, strlen(s)));
}

/* A byte offset that starts a character (or ends the text). */
static int on_boundary(const char *src, size_t len, size_t pos)
{
    return pos == len || ((uint8_t)src[pos] & 0xC0) != 0x80;
}

static void check_span(const char *src, size_t len, frn_span span)
{
    FUZZ_CHECK(span.start <= span.end && span.end <= len);
    FUZZ_CHECK(on_boundary(src, len, span.start) && on_boundary(src, len, span.end));
}

static void check_paragraphs_make_text(const frn_article *article, const char *src, size_t len)
{
    size_t text_len, at = 0, previous_end = 0;
    const char *text = frn_article_get_text(article, &text_len);
    size_t count = frn_article_get_paragraph_count(article);

    FUZZ_CHECK(text != NULL && text[text_len] == '\0');
    for (size_t i = 0; i < count; i++) {
        frn_span p = frn_article_get_paragraph(article, i);
        check_span(src, len, p);
        FUZZ_CHECK(p.start < p.end && p.start >= previous_end);
        previous_end = p.end;
        if (i > 0) {
            FUZZ_CHECK(text_len - at >= 2 && memcmp(text + at, "\n\n", 2) == 0);
            at += 2;
        }
        FUZZ_CHECK(text_len - at >= p.end - p.start);
        FUZZ_CHECK(memcmp(text + at, src + p.start, p.end - p.start) == 0);
        at += p.end - p.start;
    }
    FUZZ_CHECK(at == text_len);
    FUZZ_CHECK(frn_article_get_paragraph(article, count).end == 0);
}

/* The metadata HTML pages give (NULL or empty for text). */
static void check_html_metadata(const frn_article *article)
{
    size_t tags = frn_article_get_tag_count(article);

    FUZZ_CHECK(is_clean_string(frn_article_get_modified(article)));
    FUZZ_CHECK(is_clean_string(frn_article_get_canonical_url(article)));
    FUZZ_CHECK(is_clean_string(frn_article_get_description(article)));
    FUZZ_CHECK(is_clean_string(frn_article_get_image(article)));
    FUZZ_CHECK(is_clean_string(frn_article_get_section(article)));
    for (size_t i = 0; i < tags; i++)
        FUZZ_CHECK(frn_article_get_tag(article, i) && is_clean_string(frn_article_get_tag(article, i)));
    FUZZ_CHECK(frn_article_get_tag(article, tags) == NULL);
}

void fuzz_check_article(const frn_article *article)
{
    size_t len;
    const char *src = frn_article_get_source(article, &len);
    size_t authors = frn_article_get_author_count(article);

    FUZZ_CHECK(src != NULL && src[len] == '\0');
    FUZZ_CHECK(fuzz_is_clean_utf8(src, len));
    FUZZ_CHECK(frn_article_get_format(article) == FRN_FORMAT_TEXT ||
               frn_article_get_format(article) == FRN_FORMAT_HTML);
    check_paragraphs_make_text(article, src, len);
    FUZZ_CHECK(frn_article_get_title(article) || frn_article_get_paragraph_count(article) > 0);
    FUZZ_CHECK(is_clean_string(frn_article_get_title(article)));
    for (size_t i = 0; i < authors; i++)
        FUZZ_CHECK(frn_article_get_author(article, i) && is_clean_string(frn_article_get_author(article, i)));
    FUZZ_CHECK(frn_article_get_author(article, authors) == NULL);
    FUZZ_CHECK(is_clean_string(frn_article_get_published(article)));
    FUZZ_CHECK(is_clean_string(frn_article_get_site(article)));
    FUZZ_CHECK(is_clean_string(frn_article_get_language(article)));
    check_html_metadata(article);
    /* An empty body says why. */
    FUZZ_CHECK((frn_article_get_paragraph_count(article) == 0) ==
               (frn_article_get_empty_reason(article) != NULL));
}

/* A mention or cue: its text is what its span covers. */
static void check_part(const char *src, size_t len, const char *part, frn_span span)
{
    if (!part) {
        FUZZ_CHECK(span.start == 0 && span.end == 0);
        return;
    }
    check_span(src, len, span);
    FUZZ_CHECK(strlen(part) == span.end - span.start);
    FUZZ_CHECK(memcmp(part, src + span.start, span.end - span.start) == 0);
}

static void check_quote(const frn_quote *q, const char *src, size_t len)
{
    size_t text_len, fragments = frn_quote_get_fragment_count(q);
    const char *text = frn_quote_get_text(q, &text_len);
    frn_span span = frn_quote_get_span(q), previous = {span.start, span.start};
    frn_quote_type type = frn_quote_get_type(q);
    double confidence = frn_quote_get_confidence(q);

    FUZZ_CHECK(type == FRN_QUOTE_DIRECT || type == FRN_QUOTE_MIXED || type == FRN_QUOTE_INDIRECT);
    FUZZ_CHECK(text != NULL && text[text_len] == '\0' && strlen(text) == text_len);
    FUZZ_CHECK(text_len > 0 && fuzz_is_clean_utf8(text, text_len));
    check_span(src, len, span);
    FUZZ_CHECK(fragments >= 1);
    for (size_t k = 0; k < fragments; k++) {
        frn_span f = frn_quote_get_fragment(q, k);
        check_span(src, len, f);
        FUZZ_CHECK(f.start >= previous.end && f.end <= span.end);
        previous = f;
    }
    FUZZ_CHECK(frn_quote_get_fragment(q, fragments).end == 0);
    check_part(src, len, frn_quote_get_mention(q), frn_quote_get_mention_span(q));
    check_part(src, len, frn_quote_get_cue(q), frn_quote_get_cue_span(q));
    FUZZ_CHECK(is_clean_string(frn_quote_get_speaker(q)));
    FUZZ_CHECK(!isnan(confidence) && confidence >= 0.0 && confidence <= 1.0);
}

void fuzz_check_quotes(const frn_quote_list *quotes, const frn_article *article)
{
    size_t len, count = frn_quote_list_get_count(quotes);
    const char *src = frn_article_get_source(article, &len);
    size_t previous_start = 0;

    for (size_t i = 0; i < count; i++) {
        const frn_quote *q = frn_quote_list_get_quote(quotes, i);
        FUZZ_CHECK(q != NULL);
        check_quote(q, src, len);
        FUZZ_CHECK(frn_quote_get_span(q).start >= previous_start);
        previous_start = frn_quote_get_span(q).start;
    }
    FUZZ_CHECK(frn_quote_list_get_quote(quotes, count) == NULL);
}

void fuzz_check_same_reading(const frn_article *a, const frn_article *b)
{
    size_t a_len, b_len;
    const char *a_text = frn_article_get_text(a, &a_len);
    const char *b_text = frn_article_get_text(b, &b_len);
    const char *a_title = frn_article_get_title(a), *b_title = frn_article_get_title(b);

    FUZZ_CHECK(a_len == b_len && memcmp(a_text, b_text, a_len) == 0);
    FUZZ_CHECK((!a_title && !b_title) || (a_title && b_title && strcmp(a_title, b_title) == 0));
    FUZZ_CHECK(frn_article_get_paragraph_count(a) == frn_article_get_paragraph_count(b));
    FUZZ_CHECK(frn_article_get_author_count(a) == frn_article_get_author_count(b));
}

frn_status fuzz_parse(const uint8_t *data, size_t size, frn_format format, int repair,
                      frn_article **out)
{
    frn_article_options *options;
    frn_status status;

    FUZZ_CHECK(frn_article_options_new(&options) == FRN_OK);
    FUZZ_CHECK(frn_article_options_set_format(options, format) == FRN_OK);
    FUZZ_CHECK(frn_article_options_set_repair_utf8(options, repair) == FRN_OK);
    status = frn_article_parse(fuzz_context(), (const char *)data, size, options, out);
    frn_article_options_free(options);
    if (status != FRN_OK) {
        FUZZ_CHECK(*out == NULL);
        fuzz_check_failure(status);
        /* Repaired input is valid UTF-8 by construction. */
        FUZZ_CHECK(!(repair && status == FRN_ERR_UTF8));
        return status;
    }
    fuzz_check_article(*out);
    return status;
}

size_t fuzz_split(const uint8_t *data, size_t size, frn_span *pieces, size_t max)
{
    size_t count = 0, start = 0;

    while (count < max) {
        const uint8_t *separator = memchr(data + start, FUZZ_SEPARATOR, size - start);
        size_t end = separator ? (size_t)(separator - data) : size;
        pieces[count++] = (frn_span){start, end};
        if (!separator)
            break;
        start = end + 1;
    }
    return count;
}
