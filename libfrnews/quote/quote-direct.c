/* Quotations in quotation marks, paragraph by paragraph.
 *
 * A quotation that opens a sentence, or follows its introducing cue, is
 * direct; it is attributed by the cue after it, the cue introducing it, the
 * previous paragraph's "...says:", a colon lead-in naming its speaker
 * ("Roe was blunt: “...”"), or else continues the attributed
 * quotation just before it. A direct quotation printed over several
 * paragraphs, each reopening it, is one quotation of several fragments.
 * One inside a sentence is a mixed quotation's quoted phrase, kept only
 * when the sentence attributes it, since unattributed fragments are
 * mostly scare quotes and titles. */
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include "core/array.h"
#include "core/context.h"
#include "quote-attribution.h"
#include "quote-marks.h"
#include "quote-stages.h"
#include "text/utf8.h"

#define CONFIDENCE_ATTRIBUTED 0.9
#define CONFIDENCE_CARRIED 0.75
#define CONFIDENCE_LEAD_IN 0.7
#define CONFIDENCE_MIXED 0.7
#define CONFIDENCE_UNATTRIBUTED 0.35
#define UNATTRIBUTED_MIN_WORDS 5
#define TITLE_MAX_WORDS 10
#define TITLE_SMALL_WORD 3 /* bytes: "of", "the", "and" may stay lower-case in a title */

typedef struct direct_pass {
    const frnp_qtext *q;
    const frn_quote_options *options;
    frn_quote_list *list;
    frnp_marked_spans *marks;
    size_t paragraph;
    int failed;
    /* The last attributed quotation, which an unattributed one may continue. */
    long carried; /* index in list, or -1 */
    size_t carried_paragraph;
    size_t carried_end_token; /* for a quotation split by its attribution */
    int carried_by_trailing_cue;
    /* The quotation whose last piece ran open to the end of paragraph
     * open_paragraph, which the next paragraph's opening mark goes on. */
    long open_run; /* index in list, or -1 */
    size_t open_paragraph;
    UChar32 open_mark; /* the opening mark of its last piece */
} direct_pass;

/* First token starting at or after byte pos, within the paragraph's tokens. */
static size_t token_at(const direct_pass *x, size_t pos)
{
    const frnp_token_list *tokens = &x->q->tokens;
    size_t lo = tokens->paragraph_first[x->paragraph], hi = tokens->paragraph_first[x->paragraph + 1];

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (tokens->items[mid].start < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static size_t paragraph_first(const direct_pass *x)
{
    return x->q->tokens.paragraph_first[x->paragraph];
}

/* "... wrote that “they ...”": reported speech quoting part of it. */
static int follows_that(const direct_pass *x, size_t open)
{
    return open > paragraph_first(x) && frnp_q_is(x->q, open - 1, FRNP_W_COMPLEMENTISER);
}

static int is_sentence_opening(const direct_pass *x, size_t open)
{
    if (open == paragraph_first(x) || open >= x->q->tokens.count || frnp_q_sentence_first(x->q, open) == open)
        return 1;
    return frnp_q_is_char(x->q, open - 1, ':');
}

static void set_attribution(direct_pass *x, frn_quote *quote, const frnp_attribution *a, double confidence)
{
    const frnp_qtext *q = x->q;

    quote->cue_span = (frn_span){frnp_q_token(q, a->cue_first)->start, frnp_q_token(q, a->cue_last - 1)->end};
    if (a->mention_first < a->mention_last) {
        quote->mention_first = a->mention_first;
        quote->mention_last = a->mention_last;
    }
    quote->attribution_confidence = confidence;
}

/* An unattributed direct quotation continuing the one before. */
static int carry_attribution(direct_pass *x, frn_quote *quote, size_t open)
{
    const frn_quote *from;

    if (x->carried < 0)
        return 0;
    from = &x->list->items[x->carried];
    if (!(x->carried_paragraph == x->paragraph ||
          (x->carried_paragraph + 1 == x->paragraph && open == paragraph_first(x))))
        return 0;
    quote->mention_first = from->mention_first;
    quote->mention_last = from->mention_last;
    quote->cue_span = from->cue_span;
    quote->attribution_confidence = CONFIDENCE_CARRIED;
    return 1;
}

/* The attribution closing the previous paragraph: "the group says:". */
static int attribution_from_previous_paragraph(direct_pass *x, size_t open, frnp_attribution *a)
{
    size_t end = paragraph_first(x);

    if (x->paragraph == 0 || open != end || end == x->q->tokens.paragraph_first[x->paragraph - 1] ||
        !frnp_q_is_char(x->q, end - 1, ':'))
        return 0;
    return frnp_attribution_before(x->q, end, 1, a);
}

/* A colon lead-in without a cue, in this paragraph or closing the one
 * before: "Roe was blunt: “...”". */
static int attribution_by_lead_in(direct_pass *x, size_t open, frnp_attribution *a)
{
    size_t first = paragraph_first(x);

    if (open > first && frnp_q_is_char(x->q, open - 1, ':'))
        return frnp_attribution_lead_in(x->q, open - 1, a);
    if (x->paragraph == 0 || open != first || first == x->q->tokens.paragraph_first[x->paragraph - 1])
        return 0;
    return frnp_attribution_lead_in(x->q, first - 1, a);
}

static int count_words(const direct_pass *x, frn_span span)
{
    size_t end = x->q->tokens.paragraph_first[x->paragraph + 1];
    int words = 0;

    for (size_t i = token_at(x, span.start); i < end && frnp_q_token(x->q, i)->start < span.end; i++)
        words += frnp_q_is_word(x->q, i);
    return words;
}

/* A quotation reopened right after "..., he said, “": a second piece; with
 * the join_sentences option also after "... he said. “". */
static int continues_split_quote(const direct_pass *x, size_t open)
{
    size_t k;

    if (x->carried < 0 || !x->carried_by_trailing_cue || x->carried_paragraph != x->paragraph)
        return 0;
    k = x->carried_end_token;
    if (k >= open || k + 1 != open)
        return 0;
    return frnp_q_is_char(x->q, k, ',') || (x->options->join_sentences && frnp_q_is_char(x->q, k, '.'));
}

/* The marked piece as the next fragment of the quotation at index. */
static int append_fragment(direct_pass *x, long index, const frnp_marked_quote *marked)
{
    frn_quote *quote = &x->list->items[index];

    if (quote->fragment_count == FRNP_QUOTE_MAX_FRAGMENTS)
        return 0;
    quote->fragments[quote->fragment_count++] = marked->content;
    if (quote->quoted_count < FRNP_QUOTE_MAX_QUOTED)
        quote->quoted[quote->quoted_count++] = marked->content;
    x->failed |= !frnp_quote_set_text(quote, x->q->src);
    x->carried_by_trailing_cue = 0;
    return 1;
}

/* Whether the quotation left open in paragraph `paragraph` has a speaker
 * named for it: by its own attribution, or carried from a quotation in
 * the same paragraph ("“...,” Healey said. “Many lost power."), not from
 * an earlier paragraph, which a later attribution may overrule. */
static int names_own_speaker(const direct_pass *x, const frn_quote *quote, size_t paragraph)
{
    if (quote->mention_first == FRNP_NO_TOKEN)
        return 0;
    return quote->attribution_confidence != CONFIDENCE_CARRIED ||
           frnp_q_token(x->q, quote->mention_first)->paragraph == paragraph;
}

/* The mark that opens a marked piece. */
static UChar32 opening_mark(const direct_pass *x, const frnp_marked_quote *marked)
{
    size_t pos = marked->outer.start;

    return frnp_utf8_next(x->q->src, marked->outer.end, &pos);
}

/* Remember the quotation at index as open when its last piece is. */
static void note_open_run(direct_pass *x, long index, const frnp_marked_quote *marked)
{
    x->open_run = marked->closed ? -1 : index;
    x->open_paragraph = x->paragraph;
    x->open_mark = opening_mark(x, marked);
}

/* Whether token i is a word in capitals only ("WALLACE", "O'REILLY"). */
static int is_all_capitals(const frnp_qtext *q, size_t i)
{
    const frnp_token *t = frnp_q_token(q, i);
    size_t pos = t->start, letters = 0;

    if (!frnp_q_is_capitalized(q, i))
        return 0;
    while (pos < t->end) {
        UChar32 c = frnp_utf8_next(q->src, t->end, &pos);
        if (u_islower(c))
            return 0;
        letters += u_isalpha(c) != 0;
    }
    return letters > 1;
}

/* "WALLACE: Governor, ...": a transcript's speaker, one or two words in
 * capitals and a colon opening the quoted text. Returns the token after
 * the colon, or FRNP_NO_TOKEN. */
static size_t transcript_speaker(const direct_pass *x, frn_span content, size_t *first, size_t *last)
{
    const frnp_qtext *q = x->q;
    size_t k = token_at(x, content.start), end = x->q->tokens.paragraph_first[x->paragraph + 1], n = k;

    while (n < end && n < k + 2 && is_all_capitals(q, n))
        n++;
    if (n == k || n + 1 >= end || !frnp_q_is_char(q, n, ':'))
        return FRNP_NO_TOKEN;
    *first = k;
    *last = n;
    return n + 1;
}

/* A quotation printed over several paragraphs, each opening with a mark
 * and only the last closing one: the paragraph opening here goes on the
 * one left open at the end of the previous paragraph when it opens with
 * the same mark ("“", not a straight one that opens a block quote's
 * paragraph), names no speaker of its own when the quotation has one (a
 * writer who left a quotation open does not make the next speaker's
 * words his) and opens no transcript's line ("WALLACE: ..."). */
static int continues_open_quote(const direct_pass *x, const frnp_marked_quote *marked, size_t open, size_t after)
{
    frnp_attribution a;
    size_t first, last;

    if (x->open_run < 0 || x->open_paragraph + 1 != x->paragraph || open != paragraph_first(x) ||
        opening_mark(x, marked) != x->open_mark ||
        transcript_speaker(x, marked->content, &first, &last) != FRNP_NO_TOKEN)
        return 0;
    return !names_own_speaker(x, &x->list->items[x->open_run], x->open_paragraph) ||
           !(marked->closed && frnp_attribution_after(x->q, after, &a));
}

static frn_quote *new_quote(direct_pass *x, const frnp_marked_quote *marked, frn_quote_type type)
{
    frn_quote *quote = frnp_quote_list_push(x->list);

    if (!quote) {
        x->failed = 1;
        return NULL;
    }
    /* A mixed quotation's fragments are its reported clause: a quoted
     * phrase left open is no multi-paragraph quotation. */
    if (type == FRN_QUOTE_DIRECT)
        note_open_run(x, (long)(quote - x->list->items), marked);
    else
        x->open_run = -1;
    quote->type = type;
    quote->fragments[0] = marked->content;
    quote->fragment_count = 1;
    quote->quoted[0] = marked->content;
    quote->quoted_count = 1;
    x->failed |= !frnp_quote_set_text(quote, x->q->src);
    return quote;
}

/* Attribute a direct quotation: the cue after it, the cue introducing it,
 * the previous paragraph's "...says:", a colon lead-in, or the quotation
 * before it. */
static void attribute_direct(direct_pass *x, frn_quote *quote, const frnp_marked_quote *marked,
                             size_t open, size_t after)
{
    frnp_attribution a;
    int trailing = marked->closed && frnp_attribution_after(x->q, after, &a);

    if (trailing || frnp_attribution_before(x->q, open, 1, &a) ||
        attribution_from_previous_paragraph(x, open, &a)) {
        set_attribution(x, quote, &a, CONFIDENCE_ATTRIBUTED);
    } else if (attribution_by_lead_in(x, open, &a)) {
        set_attribution(x, quote, &a, CONFIDENCE_LEAD_IN);
    } else if (!carry_attribution(x, quote, open)) {
        quote->attribution_confidence = CONFIDENCE_UNATTRIBUTED;
        return;
    }
    x->carried = (long)(quote - x->list->items);
    x->carried_paragraph = x->paragraph;
    x->carried_by_trailing_cue = trailing;
    x->carried_end_token = trailing ? a.end : 0;
}

/* "“...,” Smith said on “Meet the Press”": the cue before a quoted phrase
 * attributes the quotation before it, and the phrase is a title. */
static int attributes_earlier_quote(const frnp_qtext *q, const frnp_attribution *a)
{
    size_t k = a->mention_first < a->cue_first ? a->mention_first : a->cue_first;

    return k > 0 && (frnp_q_is_mark(q, k - 1) || (k > 1 && frnp_q_is_char(q, k - 1, ',') && frnp_q_is_mark(q, k - 2)));
}

/* "“Not paying taxes” makes him smart, Smith said": a quotation opening a
 * sentence that goes on in the reporter's words to a cue later on is the
 * quoted phrase of a mixed quotation. */
static int opens_reported_sentence(const direct_pass *x, const frnp_marked_quote *marked, size_t after,
                                   frnp_attribution *a)
{
    const frnp_qtext *q = x->q;
    size_t last;

    if (!marked->closed || after >= q->tokens.count || !frnp_q_is_word(q, after) ||
        frnp_q_sentence_first(q, after) != frnp_q_sentence_first(q, after - 1) ||
        frnp_attribution_after(q, after, a))
        return 0;
    last = frnp_q_sentence_last(q, after);
    return frnp_attribution_before(q, last, 0, a) && a->cue_first > after;
}

/* A transcript's line: the speaker named before the colon, the words
 * after it. */
static int attribute_transcript(direct_pass *x, frn_quote *quote)
{
    size_t first, last, start = transcript_speaker(x, quote->fragments[0], &first, &last);

    if (start == FRNP_NO_TOKEN)
        return 0;
    quote->fragments[0].start = frnp_q_token(x->q, start)->start;
    quote->quoted[0] = quote->fragments[0];
    x->failed |= !frnp_quote_set_text(quote, x->q->src);
    quote->mention_first = first;
    quote->mention_last = last;
    quote->cue_span = (frn_span){frnp_q_token(x->q, last)->start, frnp_q_token(x->q, last)->end};
    quote->attribution_confidence = CONFIDENCE_ATTRIBUTED;
    x->carried = -1; /* the next line names its own speaker */
    return 1;
}

/* "Meet the Press", "State of the Union": two to ten words, each
 * capitalised but the short ones ("of", "the"), ending in no sentence. */
static int is_title(const direct_pass *x, frn_span content)
{
    const frnp_qtext *q = x->q;
    size_t end = q->tokens.paragraph_first[x->paragraph + 1], words = 0, last = FRNP_NO_TOKEN;

    for (size_t i = token_at(x, content.start); i < end && frnp_q_token(q, i)->start < content.end; i++) {
        const frnp_token *t = frnp_q_token(q, i);
        if (!frnp_q_is_word(q, i))
            continue;
        if (!frnp_q_is_capitalized(q, i) && (words == 0 || t->end - t->start > TITLE_SMALL_WORD))
            return 0;
        words++;
        last = i;
    }
    return words >= 2 && words <= TITLE_MAX_WORDS && frnp_q_is_capitalized(q, last) &&
           !(frnp_q_token(q, last)->end < content.end && (frnp_q_token(q, last + 1)->flags & FRNP_TOKEN_SENTENCE_END));
}

static int remember_marks(direct_pass *x, frn_span content)
{
    frnp_marked_spans *m = x->marks;

    if (!frnp_array_reserve(&m->items, &m->capacity, m->count + 1, sizeof *m->items))
        return 0;
    m->items[m->count++] = content;
    return 1;
}

/* A quotation over several paragraphs whose opening named no speaker of
 * its own (none, or only the one carried from the quotation before) takes
 * the cue after its last piece ("... together,” she said."). */
static void attribute_last_piece(direct_pass *x, long index, const frnp_marked_quote *marked, size_t after)
{
    frn_quote *quote = &x->list->items[index];
    frnp_attribution a;

    if (names_own_speaker(x, quote, x->open_paragraph) || !marked->closed ||
        !frnp_attribution_after(x->q, after, &a))
        return;
    set_attribution(x, quote, &a, CONFIDENCE_ATTRIBUTED);
    x->carried = index;
    x->carried_paragraph = x->paragraph;
    x->carried_by_trailing_cue = 1;
    x->carried_end_token = a.end;
}

static int on_marked_quote(void *data, const frnp_marked_quote *marked)
{
    direct_pass *x = data;
    size_t open = token_at(x, marked->outer.start);
    size_t after = token_at(x, marked->outer.end);
    frnp_attribution a;
    frn_quote *quote;

    if ((x->options->skip_titles && is_title(x, marked->content)) ||
        (marked->closed && frnp_attribution_named_title(x->q, open, after)))
        return 1; /* as if no marks stood there */
    if (!remember_marks(x, marked->content))
        return 0;
    if (continues_open_quote(x, marked, open, after) && append_fragment(x, x->open_run, marked)) {
        /* The speaker carries on from the paragraph the quotation reached. */
        if (x->carried == x->open_run)
            x->carried_paragraph = x->paragraph;
        attribute_last_piece(x, x->open_run, marked, after);
        note_open_run(x, x->open_run, marked);
        return !x->failed;
    }
    x->open_run = -1;
    if (continues_split_quote(x, open) && append_fragment(x, x->carried, marked)) {
        note_open_run(x, x->carried, marked); /* "“A,” Smith said, “B ... ¶ “C.”" */
        return !x->failed;
    }
    if (is_sentence_opening(x, open) && opens_reported_sentence(x, marked, after, &a)) {
        quote = new_quote(x, marked, FRN_QUOTE_MIXED);
        if (!quote)
            return 0;
        set_attribution(x, quote, &a, CONFIDENCE_MIXED);
        return !x->failed;
    }
    if (is_sentence_opening(x, open) ||
        (!follows_that(x, open) && frnp_attribution_before(x->q, open, 1, &a))) {
        quote = new_quote(x, marked, FRN_QUOTE_DIRECT);
        if (!quote)
            return 0;
        if (attribute_transcript(x, quote))
            return !x->failed;
        attribute_direct(x, quote, marked, open, after);
        /* A lone unattributed phrase is more likely a title than a quotation. */
        if (quote->mention_first == FRNP_NO_TOKEN && !quote->cue_span.end &&
            count_words(x, marked->content) < UNATTRIBUTED_MIN_WORDS) {
            frnp_quote_clear(&x->list->items[--x->list->count]);
            x->open_run = -1;
        }
        return !x->failed;
    }
    if (!(frnp_attribution_before(x->q, open, 0, &a) && !attributes_earlier_quote(x->q, &a)) &&
        !(marked->closed && frnp_attribution_after(x->q, after, &a)))
        return 1; /* a scare quote or a title */
    quote = new_quote(x, marked, FRN_QUOTE_MIXED);
    if (!quote)
        return 0;
    set_attribution(x, quote, &a, CONFIDENCE_MIXED);
    /* A quotation after it may go on: '... because “most people don't
     * know,” she said. “We have no context ...”' */
    x->carried = (long)(quote - x->list->items);
    x->carried_paragraph = x->paragraph;
    x->carried_by_trailing_cue = 0;
    return !x->failed;
}

frn_status frnp_quote_direct_find(frn_ctx *ctx, const frnp_qtext *q, const frn_quote_options *options,
                                  frn_quote_list *list, frnp_marked_spans *marks)
{
    direct_pass x;

    memset(&x, 0, sizeof x);
    x.q = q;
    x.options = options;
    x.list = list;
    x.marks = marks;
    x.carried = -1;
    x.open_run = -1;
    for (x.paragraph = 0; x.paragraph < q->paragraph_count; x.paragraph++) {
        const frn_span *next = x.paragraph + 1 < q->paragraph_count ? &q->paragraphs[x.paragraph + 1] : NULL;
        if (!frnp_quote_marks_find(q->src, q->paragraphs[x.paragraph], next, on_marked_quote, &x) || x.failed)
            return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    }
    return FRN_OK;
}
