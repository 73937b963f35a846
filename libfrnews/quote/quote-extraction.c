/* The quotation pipeline: tokens -> who is named where -> quotation marks
 * paired per paragraph -> each quotation attributed (after it, before it,
 * or carried over from the quotation before) -> speaker resolved.
 *
 * A quotation that opens a sentence, or follows its introducing cue, is
 * direct; one inside a sentence is mixed and is kept only when the
 * sentence attributes it, since unattributed fragments are mostly scare
 * quotes and titles. Indirect speech is not extracted yet.
 *
 * The article is read through its public interface only. */
#include <stdlib.h>
#include <string.h>
#include "core/context.h"
#include "lexicon/lexicon.h"
#include "quote-attribution.h"
#include "quote-marks.h"
#include "quote-private.h"
#include "speaker-table.h"
#include "text/tokens.h"
#include "text/utf8.h"

#define CONFIDENCE_ATTRIBUTED 0.9
#define CONFIDENCE_UNRESOLVED 0.6
#define CONFIDENCE_CARRIED 0.75
#define CONFIDENCE_MIXED 0.7
#define CONFIDENCE_UNATTRIBUTED 0.35
#define UNATTRIBUTED_MIN_WORDS 5

typedef struct extraction {
    frn_ctx *ctx;
    const frnp_lexicon *lexicon; /* of the article's language */
    const char *src;
    frn_span *paragraphs; /* the article's, through its public getters */
    size_t paragraph_count;
    frnp_token_list tokens;
    frnp_speaker_table speakers;
    frn_quote_list *list;
    size_t paragraph;
    int failed;
    /* The last attributed quotation, which an unattributed one may continue. */
    long carried; /* index in list, or -1 */
    size_t carried_paragraph;
    size_t carried_end_token; /* for a quotation split by its attribution */
    int carried_by_trailing_cue;
} extraction;

/* First token starting at or after byte pos, within the paragraph's tokens. */
static size_t token_at(const extraction *x, size_t paragraph, size_t pos)
{
    size_t lo = x->tokens.paragraph_first[paragraph], hi = x->tokens.paragraph_first[paragraph + 1];

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (x->tokens.items[mid].start < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* "... wrote that “they ...”": reported speech quoting part of it. */
static int follows_that(const extraction *x, size_t open)
{
    return open > x->tokens.paragraph_first[x->paragraph] &&
           frnp_token_in(&x->tokens.items[open - 1], FRNP_LEX_COMPLEMENTISER);
}

static int is_sentence_opening(const extraction *x, size_t open)
{
    size_t first = x->tokens.paragraph_first[x->paragraph];
    const frnp_token *prev;

    if (open == first)
        return 1;
    prev = &x->tokens.items[open - 1];
    return (prev->flags & FRNP_TOKEN_SENTENCE_END) || frnp_token_is_char(x->src, prev, ':');
}

static char *copy_tokens(extraction *x, size_t first, size_t last, frn_span *span)
{
    char *copy;

    span->start = x->tokens.items[first].start;
    span->end = x->tokens.items[last - 1].end;
    copy = frnp_strndup(x->src + span->start, span->end - span->start);
    x->failed |= !copy;
    return copy;
}

static void set_attribution(extraction *x, frn_quote *quote, const frnp_attribution *a)
{
    int failed = 0;

    quote->cue = copy_tokens(x, a->cue_first, a->cue_last, &quote->cue_span);
    if (a->mention_first < a->mention_last) {
        quote->mention = copy_tokens(x, a->mention_first, a->mention_last, &quote->mention_span);
        quote->speaker = frnp_speaker_resolve(&x->speakers, a->mention_first, a->mention_last, &failed);
        x->failed |= failed;
    }
    quote->confidence = quote->speaker ? CONFIDENCE_ATTRIBUTED : CONFIDENCE_UNRESOLVED;
}

static char *copy_or_null(extraction *x, const char *text)
{
    char *copy;

    if (!text)
        return NULL;
    copy = frnp_strndup(text, strlen(text));
    x->failed |= !copy;
    return copy;
}

/* An unattributed direct quotation continuing the one before. */
static int carry_attribution(extraction *x, frn_quote *quote, size_t open)
{
    const frn_quote *from;

    if (x->carried < 0)
        return 0;
    from = &x->list->items[x->carried];
    if (!(x->carried_paragraph == x->paragraph ||
          (x->carried_paragraph + 1 == x->paragraph && open == x->tokens.paragraph_first[x->paragraph])))
        return 0;
    quote->speaker = copy_or_null(x, from->speaker);
    quote->mention = copy_or_null(x, from->mention);
    quote->mention_span = from->mention_span;
    quote->cue = copy_or_null(x, from->cue);
    quote->cue_span = from->cue_span;
    quote->confidence = CONFIDENCE_CARRIED;
    return 1;
}

/* The attribution closing the previous paragraph: "the group says:". */
static int attribution_from_previous_paragraph(extraction *x, size_t open, frnp_attribution *a)
{
    size_t end;

    if (x->paragraph == 0 || open != x->tokens.paragraph_first[x->paragraph])
        return 0;
    end = x->tokens.paragraph_first[x->paragraph];
    if (end == x->tokens.paragraph_first[x->paragraph - 1] ||
        !frnp_token_is_char(x->src, &x->tokens.items[end - 1], ':'))
        return 0;
    return frnp_attribution_before(x->lexicon, x->src, &x->tokens, end, 1, a);
}

static int count_words(const extraction *x, frn_span span)
{
    size_t first = token_at(x, x->paragraph, span.start);
    int words = 0;

    for (size_t i = first; i < x->tokens.paragraph_first[x->paragraph + 1] &&
                           x->tokens.items[i].start < span.end; i++)
        words += (x->tokens.items[i].flags & FRNP_TOKEN_WORD) != 0;
    return words;
}

/* A quotation reopened right after "..., he said, “": a second piece. */
static int continues_split_quote(const extraction *x, size_t open)
{
    size_t k;

    if (x->carried < 0 || !x->carried_by_trailing_cue || x->carried_paragraph != x->paragraph)
        return 0;
    k = x->carried_end_token;
    return k < open && k + 1 == open && frnp_token_is_char(x->src, &x->tokens.items[k], ',');
}

static int append_fragment(extraction *x, const frnp_marked_quote *marked)
{
    frn_quote *quote = &x->list->items[x->carried];
    size_t add = marked->content.end - marked->content.start;
    char *text;

    if (quote->fragment_count == FRNP_QUOTE_MAX_FRAGMENTS)
        return 0;
    text = realloc(quote->text, quote->text_len + 1 + add + 1);
    if (!text) {
        x->failed = 1;
        return 1;
    }
    text[quote->text_len] = ' ';
    memcpy(text + quote->text_len + 1, x->src + marked->content.start, add);
    quote->text = text;
    quote->text_len += 1 + add;
    text[quote->text_len] = '\0';
    quote->fragments[quote->fragment_count++] = marked->content;
    quote->span.end = marked->content.end;
    x->carried_by_trailing_cue = 0;
    return 1;
}

static frn_quote *new_quote(extraction *x, const frnp_marked_quote *marked, frn_quote_type type)
{
    frn_quote *quote = frnp_quote_list_push(x->list);

    if (!quote) {
        x->failed = 1;
        return NULL;
    }
    quote->type = type;
    quote->span = marked->content;
    quote->fragments[0] = marked->content;
    quote->fragment_count = 1;
    quote->text_len = marked->content.end - marked->content.start;
    quote->text = frnp_strndup(x->src + marked->content.start, quote->text_len);
    x->failed |= !quote->text;
    return quote;
}

/* Attribute a direct quotation: the cue after it, the cue introducing it,
 * the previous paragraph's "...says:", or the quotation before it. */
static void attribute_direct(extraction *x, frn_quote *quote, const frnp_marked_quote *marked,
                             size_t open, size_t after)
{
    frnp_attribution a;
    int trailing = marked->closed && frnp_attribution_after(x->lexicon, x->src, &x->tokens, after, &a);

    if (trailing || frnp_attribution_before(x->lexicon, x->src, &x->tokens, open, 1, &a) ||
        attribution_from_previous_paragraph(x, open, &a)) {
        set_attribution(x, quote, &a);
    } else if (!carry_attribution(x, quote, open)) {
        quote->confidence = CONFIDENCE_UNATTRIBUTED;
        return;
    }
    x->carried = (long)(quote - x->list->items);
    x->carried_paragraph = x->paragraph;
    x->carried_by_trailing_cue = trailing;
    x->carried_end_token = trailing ? a.end : 0;
}

static int on_marked_quote(void *data, const frnp_marked_quote *marked)
{
    extraction *x = data;
    size_t open = token_at(x, x->paragraph, marked->outer.start);
    size_t after = token_at(x, x->paragraph, marked->outer.end);
    frnp_attribution a;
    frn_quote *quote;

    if (continues_split_quote(x, open) && append_fragment(x, marked))
        return !x->failed;
    if (is_sentence_opening(x, open) ||
        (!follows_that(x, open) && frnp_attribution_before(x->lexicon, x->src, &x->tokens, open, 1, &a))) {
        quote = new_quote(x, marked, FRN_QUOTE_DIRECT);
        if (!quote)
            return 0;
        attribute_direct(x, quote, marked, open, after);
        /* A lone unattributed phrase is more likely a title than a quotation. */
        if (!quote->cue && !quote->speaker && count_words(x, marked->content) < UNATTRIBUTED_MIN_WORDS)
            frnp_quote_clear(&x->list->items[--x->list->count]);
        return !x->failed;
    }
    if (!frnp_attribution_before(x->lexicon, x->src, &x->tokens, open, 0, &a) &&
        !(marked->closed && frnp_attribution_after(x->lexicon, x->src, &x->tokens, after, &a)))
        return 1; /* a scare quote or a title */
    quote = new_quote(x, marked, FRN_QUOTE_MIXED);
    if (!quote)
        return 0;
    set_attribution(x, quote, &a);
    quote->confidence = quote->speaker ? CONFIDENCE_MIXED : CONFIDENCE_UNRESOLVED;
    return !x->failed;
}

static frn_status find_in_paragraphs(extraction *x)
{
    for (x->paragraph = 0; x->paragraph < x->paragraph_count; x->paragraph++) {
        const frn_span *next = x->paragraph + 1 < x->paragraph_count
                                   ? &x->paragraphs[x->paragraph + 1] : NULL;
        if (!frnp_quote_marks_find(x->src, x->paragraphs[x->paragraph], next, on_marked_quote, x))
            return frnp_fail(x->ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    }
    return x->failed ? frnp_fail(x->ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory") : FRN_OK;
}

static frn_status read_article(extraction *x, const frn_article *article)
{
    x->src = frn_article_get_source(article, NULL);
    x->lexicon = frnp_lexicon_get(frn_article_get_language(article));
    x->paragraph_count = frn_article_get_paragraph_count(article);
    x->paragraphs = malloc((x->paragraph_count + 1) * sizeof *x->paragraphs);
    if (!x->paragraphs)
        return frnp_fail(x->ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    for (size_t p = 0; p < x->paragraph_count; p++)
        x->paragraphs[p] = frn_article_get_paragraph(article, p);
    return FRN_OK;
}

static frn_status find_quotes(frn_ctx *ctx, const frn_article *article, frn_quote_list *list)
{
    extraction x;
    frn_status status;

    memset(&x, 0, sizeof x);
    x.ctx = ctx;
    x.list = list;
    x.carried = -1;
    status = read_article(&x, article);
    if (status == FRN_OK)
        status = frnp_tokens_segment(ctx, x.src, x.paragraphs, x.paragraph_count, &x.tokens);
    if (status == FRN_OK) {
        frnp_lexicon_tag_tokens(x.lexicon, x.src, &x.tokens);
        status = frnp_speaker_table_build(ctx, x.lexicon, x.src, &x.tokens, &x.speakers);
    }
    if (status == FRN_OK)
        status = find_in_paragraphs(&x);
    frnp_speaker_table_release(&x.speakers);
    frnp_tokens_release(&x.tokens);
    free(x.paragraphs);
    return status;
}

/* Keep the quotations of the types asked for, within the bound. */
static frn_status apply_options(frn_ctx *ctx, frn_quote_list *list, const frn_quote_options *options)
{
    size_t kept = 0;

    for (size_t i = 0; i < list->count; i++) {
        if (list->items[i].type & options->types)
            list->items[kept++] = list->items[i];
        else
            frnp_quote_clear(&list->items[i]);
    }
    list->count = kept;
    if (kept > options->max_quotes)
        return frnp_fail(ctx, FRN_ERR_TOO_LARGE, FRNP_NO_POSITION,
                         "the article holds %zu quotations, more than the %zu allowed",
                         kept, options->max_quotes);
    return FRN_OK;
}

frn_status frn_quote_list_extract(frn_ctx *ctx, const frn_article *article,
                                  const frn_quote_options *options, frn_quote_list **out)
{
    frn_quote_list *list;
    frn_status status;

    if (out)
        *out = NULL;
    if (!ctx || !article || !out)
        return frnp_fail(ctx, FRN_ERR_INVALID_ARG, FRNP_NO_POSITION,
                         "frn_quote_list_extract: NULL context, article or output");
    frnp_ctx_clear(ctx);
    list = calloc(1, sizeof *list);
    if (!list)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    status = find_quotes(ctx, article, list);
    if (status == FRN_OK)
        status = apply_options(ctx, list, options ? options : &frnp_quote_default_options);
    if (status != FRN_OK) {
        frn_quote_list_free(list);
        return status;
    }
    *out = list;
    return FRN_OK;
}
