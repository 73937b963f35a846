/* The plain-text reader: the text of a web page, as dumped or copied, into
 * title, metadata and body paragraphs with offsets into the input.
 *
 * A page's text is a sequence of lines. The headline is the first line that
 * reads as one; what precedes it is page chrome. After it, each line is
 * prose, a subheading or boilerplate, told apart by the lexicons of
 * boilerplate.c and by structure: a heading that introduces only
 * boilerplate goes with it, and so does a list under a "related" header;
 * a line that ends an article ("Leave a Reply") ends the body once a
 * third of the page's prose is behind it.
 * Each line is also classed as prose or not (text-prose.c): the body is
 * the run of lines where prose most outweighs what is left out, lines that
 * may be prose are kept between prose lines, a short line only as a
 * subheading before prose or an item of a list within it.
 *
 * A dump that opens with the page's <title> ("Headline | Site") prints the
 * headline again above the article: the line before the first prose that
 * shares most of the title's words is the headline, else the <title>
 * without the site's name. Otherwise, when the first lines hold no
 * headline (a page dump starting with its menus), the headline is the last
 * line that reads as one before the first prose. */
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <xxhash.h>
#include "ascii-bytes.h"
#include "core/array.h"
#include "article-private.h"
#include "boilerplate.h"
#include "byline.h"
#include "core/context.h"
#include "date-text.h"
#include "text-prose.h"
#include "text/text-fold.h"
#include "text/text-match.h"
#include "text/text-words.h"
#include "text/utf8.h"

/* The title is searched for among the first lines, else among those just
 * before the first prose line. */
#define TITLE_SEARCH_LINES 8
#define TITLE_BEFORE_PROSE_LINES 8
#define TITLE_MIN_WORDS_AFTER_MENUS 3
#define TITLE_MAX_WORDS 30
#define TITLE_MAX_BYTES 300
#define TITLE_MIN_SHARED_WORDS 3
/* A site's name after a <title>'s last separator has at most this many words. */
#define SITE_NAME_MAX_WORDS 4

typedef struct text_line {
    frn_span span;    /* trimmed of white space */
    int gap_before;   /* a blank line precedes it */
    frnp_line_role role;
    frnp_prose_class prose;
    int keep;         /* part of the body */
} text_line;

typedef struct line_reader {
    frn_ctx *ctx;
    const frnp_lexicon *lexicon;
    frn_article *article;
    const char *src;
    text_line *lines;
    size_t count;
    size_t title; /* index of the title line, or count when none */
} line_reader;

static frn_status split_lines(line_reader *r)
{
    const char *src = r->src;
    size_t len = r->article->source_len, pos = 0, capacity = 0;
    int gap = 0;

    while (pos < len) {
        const char *newline = memchr(src + pos, '\n', len - pos);
        size_t end = newline ? (size_t)(newline - src) : len;
        frn_span s = frnp_utf8_trim(src, (frn_span){pos, end});
        pos = newline ? end + 1 : len;
        if (s.start == s.end) {
            gap = 1;
            continue;
        }
        if (!frnp_array_reserve(&r->lines, &capacity, r->count + 1, sizeof *r->lines))
            return frnp_fail(r->ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
        r->lines[r->count++] = (text_line){s, gap, FRNP_LINE_CONTENT, FRNP_PROSE_SHORT, 0};
        gap = 0;
    }
    return FRN_OK;
}

static const char *line_text(const line_reader *r, size_t i, size_t *len)
{
    *len = r->lines[i].span.end - r->lines[i].span.start;
    return r->src + r->lines[i].span.start;
}

/* A line hard-wrapped from the one before: no blank line between, the
 * previous line long and unfinished, this one starting in lower case. */
static int continues_previous(const line_reader *r, size_t i)
{
    size_t prev_len, len, end, pos = 0;
    const char *prev = line_text(r, i - 1, &prev_len);
    const char *text = line_text(r, i, &len);
    UChar32 last, first;

    if (r->lines[i].gap_before || prev_len < 50)
        return 0;
    end = prev_len;
    last = frnp_utf8_prev(prev, &end);
    first = frnp_utf8_next(text, len, &pos);
    return !strchr(".!?:\"", (int)(last < 128 ? last : 0)) && last != 0x201D && u_islower(first);
}

static void join_wrapped_lines(line_reader *r)
{
    size_t out = 0;

    for (size_t i = 0; i < r->count; i++) {
        if (out > 0 && continues_previous(r, i))
            r->lines[out - 1].span.end = r->lines[i].span.end;
        else
            r->lines[out++] = r->lines[i];
    }
    r->count = out;
}

/* Classify after stripping a leading bullet ("• Post author:"). */
static frnp_line_role role_of(const line_reader *r, const char *text, size_t len)
{
    if (frnp_is_list_item(r->lexicon, text, len)) {
        size_t pos = 0;
        while (pos < len) {
            size_t next = pos;
            UChar32 c = frnp_utf8_next(text, len, &next);
            if (u_isalnum(c) || c == '[' || c == '(')
                break;
            pos = next;
        }
        return frnp_boilerplate_role(r->ctx, r->lexicon, text + pos, len - pos);
    }
    return frnp_boilerplate_role(r->ctx, r->lexicon, text, len);
}

static int could_be_title(const line_reader *r, size_t i, int first_content)
{
    size_t len, words;
    const char *text = line_text(r, i, &len);
    UChar32 last;

    words = frnp_count_words(r->ctx, text, len, TITLE_MAX_WORDS + 1);
    if (r->lines[i].role != FRNP_LINE_CONTENT || frnp_is_dateline(r->ctx, text, len) ||
        frnp_is_list_item(r->lexicon, text, len) || words < 2 || words > TITLE_MAX_WORDS || len > TITLE_MAX_BYTES)
        return 0;
    /* A headline seldom ends with a full stop, even inside a closing
     * quotation mark (".”"); a first line may. */
    last = frnp_last_before_closers(text, len);
    return last != '.' || (first_content && words <= 20);
}

static frn_status note_dateline(line_reader *r, const char *text, size_t len)
{
    char iso[11];

    if (r->article->published || !frnp_date_find(r->ctx, text, len, iso))
        return FRN_OK;
    return frnp_article_set_field(r->ctx, &r->article->published, iso, strlen(iso));
}

static size_t first_prose_line(const line_reader *r)
{
    for (size_t i = 0; i < r->count; i++)
        if (r->lines[i].prose == FRNP_PROSE_GOOD && r->lines[i].role == FRNP_LINE_CONTENT)
            return i;
    return r->count;
}

/* After menus: the nearest line before the first prose that reads as a
 * headline (a few words, not a byline), into *title; left as it is when
 * none. */
static frn_status title_before_prose(const line_reader *r, size_t prose, size_t *title)
{
    frn_span names[FRNP_BYLINE_MAX_NAMES];

    for (size_t i = prose; i-- > 0 && prose - i <= TITLE_BEFORE_PROSE_LINES;) {
        size_t len, name_count;
        const char *text = line_text(r, i, &len);
        frn_status status;
        if (r->lines[i].prose == FRNP_PROSE_GOOD || !could_be_title(r, i, 0) ||
            frnp_count_words(r->ctx, text, len, TITLE_MIN_WORDS_AFTER_MENUS) < TITLE_MIN_WORDS_AFTER_MENUS)
            continue;
        status = frnp_byline_names(r->ctx, r->lexicon, text, len, names, &name_count);
        if (status != FRN_OK)
            return status;
        if (name_count == 0) {
            *title = i;
            return FRN_OK;
        }
    }
    return FRN_OK;
}

/* The date lines among lines [0, end). */
static frn_status note_datelines(line_reader *r, size_t end)
{
    for (size_t i = 0; i < end; i++) {
        size_t len;
        const char *text = line_text(r, i, &len);
        frn_status status = frnp_is_dateline(r->ctx, text, len) ? note_dateline(r, text, len) : FRN_OK;
        if (status != FRN_OK)
            return status;
    }
    return FRN_OK;
}

/* The site's name after the last " | " or " - " of a page's <title>
 * ("Headline | Site"): a few words after a headline of two or more.
 * Returns the headline's length. */
static size_t before_site_name(const line_reader *r, const char *text, size_t len)
{
    static const char *const separators[] = {" | ", " - "};

    for (size_t k = 0; k < sizeof separators / sizeof *separators; k++)
        for (size_t at = len; at-- > 0;) {
            size_t tail = at + strlen(separators[k]);
            if (tail > len || memcmp(text + at, separators[k], strlen(separators[k])) != 0)
                continue;
            if (frnp_count_words(r->ctx, text + tail, len - tail, SITE_NAME_MAX_WORDS + 1) <= SITE_NAME_MAX_WORDS &&
                frnp_count_words(r->ctx, text, at, 2) >= 2)
                return at;
            break;
        }
    return len;
}

/* The headline is line title; the lines before it are chrome, except a
 * date line. A dump's first line is the page's <title>, site name and
 * all. */
static frn_status take_title(line_reader *r, size_t title)
{
    size_t len;
    const char *text = line_text(r, title, &len);
    frn_status status = note_datelines(r, title);

    if (title == 0 && r->count > 1)
        len = before_site_name(r, text, len);

    r->title = title;
    return status == FRN_OK ? frnp_article_set_field(r->ctx, &r->article->title, text, len) : status;
}

/* A title-length line's words, case-folded, as hashes. */
typedef struct title_words {
    uint32_t hashes[TITLE_MAX_WORDS + 1];
    size_t count;
} title_words;

static void read_title_words(const line_reader *r, size_t i, title_words *words)
{
    char folded[3 * TITLE_MAX_BYTES + 1];
    size_t len, start = 0;
    const char *text = line_text(r, i, &len);
    size_t n = frnp_fold(text, len, folded, sizeof folded - 1, NULL);

    words->count = 0;
    for (size_t k = 0; k <= n && words->count <= TITLE_MAX_WORDS; k++) {
        unsigned char c = k < n ? (unsigned char)folded[k] : ' ';
        if (c >= 0x80 || frnp_ascii_is_letter(c) || frnp_ascii_is_digit(c))
            continue;
        if (k > start)
            words->hashes[words->count++] = XXH32(folded + start, k - start, 0);
        start = k + 1;
    }
}

static size_t shared_words(const title_words *a, const title_words *b)
{
    size_t shared = 0;

    for (size_t i = 0; i < a->count; i++)
        for (size_t k = 0; k < b->count; k++)
            if (a->hashes[i] == b->hashes[k]) {
                shared++;
                break;
            }
    return shared;
}

/* A dump that opens with the page's <title> ("Headline | Site") prints
 * the headline again above the article: the line before the first prose
 * whose words are nearly all the title's and half of them or more, the
 * one sharing most; the count of lines when there is none. */
static size_t headline_of_the_page_title(const line_reader *r, size_t prose)
{
    title_words page, line;
    size_t best = r->count, best_shared = 0;

    if (prose < 2 || prose >= r->count || !could_be_title(r, 0, 1))
        return r->count;
    read_title_words(r, 0, &page);
    for (size_t i = 1; i < prose; i++) {
        size_t shared;
        if (!could_be_title(r, i, 0))
            continue;
        read_title_words(r, i, &line);
        shared = shared_words(&line, &page);
        if (shared >= TITLE_MIN_SHARED_WORDS && shared * 5 >= line.count * 4 && shared * 2 >= page.count &&
            shared >= best_shared) {
            best = i;
            best_shared = shared;
        }
    }
    return best;
}

static frn_status read_header(line_reader *r)
{
    size_t prose = first_prose_line(r);
    size_t limit = r->count < TITLE_SEARCH_LINES ? r->count : TITLE_SEARCH_LINES;
    size_t repeated = headline_of_the_page_title(r, prose);
    int first_content = 1;

    r->title = r->count;
    if (repeated < r->count)
        return take_title(r, repeated);
    /* A <title> with the site's name, not printed again. */
    if (r->count > 1 && could_be_title(r, 0, 1)) {
        size_t len;
        const char *text = line_text(r, 0, &len);
        if (before_site_name(r, text, len) < len)
            return take_title(r, 0);
    }
    /* A page that starts with menus: the first lines are no headline. */
    if (prose > TITLE_SEARCH_LINES && prose < r->count) {
        size_t title = r->count;
        frn_status status = title_before_prose(r, prose, &title);
        if (status != FRN_OK || title < r->count)
            return status == FRN_OK ? take_title(r, title) : status;
    }
    /* No headline under the article's first paragraph. */
    for (size_t i = 0; i < limit && i <= prose; i++) {
        if (could_be_title(r, i, first_content))
            return take_title(r, i);
        if (r->lines[i].role == FRNP_LINE_CONTENT)
            first_content = 0;
    }
    return note_datelines(r, limit);
}

/* The related-links list under a header line: the lines that follow with
 * no blank line between, and list items even after one. Returns the index
 * of the first line after the list. */
static size_t skip_link_list(const line_reader *r, size_t header)
{
    size_t i = header + 1;

    while (i < r->count) {
        size_t len;
        const char *text = line_text(r, i, &len);
        if (r->lines[i].gap_before && !frnp_is_list_item(r->lexicon, text, len))
            break;
        i++;
    }
    return i;
}

/* The author box: its bio names the author. */
static frn_status read_author_box(line_reader *r, size_t header)
{
    size_t len;
    const char *bio;
    frn_span name;
    frn_status status;

    if (header + 1 >= r->count)
        return FRN_OK;
    bio = line_text(r, header + 1, &len);
    status = frnp_bio_name(r->ctx, r->lexicon, bio, len, &name);
    if (status != FRN_OK || name.start == name.end)
        return status;
    return frnp_article_add_author(r->ctx, r->article, bio + name.start, name.end - name.start);
}

/* A byline gives its names and leaves the body; returns FRN_OK with
 * *is_byline set when the line is one. */
static frn_status read_byline(line_reader *r, const char *text, size_t len, int *is_byline)
{
    frn_span names[FRNP_BYLINE_MAX_NAMES];
    size_t count;
    frn_status status = frnp_byline_names(r->ctx, r->lexicon, text, len, names, &count);

    for (size_t k = 0; k < count && status == FRN_OK; k++)
        status = frnp_article_add_author(r->ctx, r->article, text + names[k].start,
                                         names[k].end - names[k].start);
    *is_byline = count > 0;
    return status;
}

/* Whether a line repeats the headline, e.g. with an image caption after it. */
static int repeats_title(const line_reader *r, size_t i)
{
    size_t len, title_len;
    const char *text = line_text(r, i, &len);
    const char *title;

    if (r->title == r->count)
        return 0;
    title = line_text(r, r->title, &title_len);
    return len >= title_len && memcmp(text, title, title_len) == 0;
}

/* Bytes of the prose lines in [from, to). */
static size_t prose_bytes(const line_reader *r, size_t from, size_t to)
{
    size_t total = 0;

    for (size_t i = from; i < to; i++)
        if (r->lines[i].prose == FRNP_PROSE_GOOD && r->lines[i].role == FRNP_LINE_CONTENT)
            total += r->lines[i].span.end - r->lines[i].span.start;
    return total;
}

/* A line that ends an article ends the body only with at least this share
 * of the page's prose before it: in a full-page dump, the menus and
 * sidebars above the article hold "Latest news", "Tags" and "Comments"
 * too. On text dumps of the WCXB-dev article pages (AEB F1; dumps of
 * bench/text-dumps.py and of w3m): a third 0.902 and 0.903, a half the
 * same, a quarter 0.901 and 0.902, two thirds 0.900 and 0.900; after any
 * prose at all 0.889 and 0.891. */
#define END_LINE_MIN_PROSE_SHARE (1.0 / 3)

/* The body's lines after the headline, up to what ends an article ("Leave
 * a reply", an author box) once enough of the page's prose is behind. */
static frn_status mark_body_lines(line_reader *r)
{
    size_t i = r->title == r->count ? 0 : r->title + 1;
    size_t total = prose_bytes(r, i, r->count), before = 0;

    while (i < r->count) {
        size_t len;
        const char *text = line_text(r, i, &len);
        frnp_line_role role = r->lines[i].role;
        frn_status status;
        int is_byline = 0, is_dateline;
        int ends = before > 0 && (double)before >= END_LINE_MIN_PROSE_SHARE * (double)total;
        if (role == FRNP_LINE_END_OF_ARTICLE && ends)
            break;
        if (role == FRNP_LINE_AUTHOR_BOX && ends)
            return read_author_box(r, i);
        if (role == FRNP_LINE_LINK_LIST) {
            size_t next = skip_link_list(r, i);
            before += prose_bytes(r, i, next);
            i = next;
            continue;
        }
        is_dateline = frnp_is_dateline(r->ctx, text, len);
        status = is_dateline ? note_dateline(r, text, len) : read_byline(r, text, len, &is_byline);
        if (status != FRN_OK)
            return status;
        if (!is_dateline && !is_byline)
            r->lines[i].keep = role == FRNP_LINE_CONTENT && !repeats_title(r, i);
        before += prose_bytes(r, i, i + 1);
        i++;
    }
    return FRN_OK;
}

/* Whether the next (or previous) kept line is prose or may be. */
static int next_kept_is_body(const line_reader *r, size_t i)
{
    for (size_t k = i + 1; k < r->count; k++)
        if (r->lines[k].keep)
            return r->lines[k].prose != FRNP_PROSE_SHORT ||
                   frnp_is_list_item(r->lexicon, r->src + r->lines[k].span.start,
                                     r->lines[k].span.end - r->lines[k].span.start);
    return 0;
}

static int prev_kept_is_body(const line_reader *r, size_t i)
{
    for (size_t k = i; k-- > 0;)
        if (r->lines[k].keep)
            return r->lines[k].prose != FRNP_PROSE_SHORT;
    return 0;
}

/* A heading introduces what follows it: one followed by boilerplate, or by
 * nothing, is boilerplate too ("Get the newsletter", "Editors' picks"). */
static void drop_orphan_headings(line_reader *r)
{
    int next_kept = 0;

    for (size_t i = r->count; i-- > 0;) {
        size_t len;
        const char *text = line_text(r, i, &len);
        if (r->lines[i].keep && !next_kept && frnp_is_heading_like(r->ctx, text, len))
            r->lines[i].keep = 0;
        next_kept = r->lines[i].keep;
    }
}

static int ends_sentence(const line_reader *r, size_t i)
{
    size_t len;
    const char *text = line_text(r, i, &len);
    UChar32 last = frnp_last_before_closers(text, len);

    return last == '.' || last == '!' || last == '?';
}

/* A short line that is an attributed quotation's sentence ("“Stay home,”
 * Burke said."): a paragraph of the article, not a heading. It opens
 * with a quotation mark, ends a sentence, and words in lower case follow
 * its last mark (a cue), which a quoted title in a list of sources
 * ("“Sago Palm.” ASPCA.") lacks. */
static int is_quoted_sentence(const line_reader *r, size_t i)
{
    size_t len, pos = 0, after_mark = 0;
    const char *text = line_text(r, i, &len);
    int lower = 0;

    if (r->lines[i].prose != FRNP_PROSE_SHORT || len == 0 ||
        !u_hasBinaryProperty(frnp_utf8_next(text, len, &pos), UCHAR_QUOTATION_MARK) || !ends_sentence(r, i))
        return 0;
    while (pos < len) {
        UChar32 c = frnp_utf8_next(text, len, &pos);
        if (u_hasBinaryProperty(c, UCHAR_QUOTATION_MARK)) {
            after_mark = pos;
            lower = 0;
        } else if (after_mark && u_islower(c))
            lower = 1;
    }
    return lower;
}

/* A line that may be prose and ends a sentence, or a quotation's sentence. */
static int ends_like_prose(const line_reader *r, size_t i)
{
    return (r->lines[i].prose == FRNP_PROSE_NEAR && ends_sentence(r, i)) || is_quoted_sentence(r, i);
}

/* What a line weighs for or against the body, in bytes of prose: a prose
 * line its length, a line left out (boilerplate, a byline) and a short
 * kept line (a heading, a menu item) these amounts against, a line that
 * may be prose nothing. On the text dumps of END_LINE_MIN_PROSE_SHARE:
 * (50, 20) 0.902 and 0.903, (70, 10) 0.902 and 0.899, (100, 20) 0.902 and
 * 0.901, (20, 0) 0.895 and 0.894; with no weight against (from the first
 * prose line to the last) 0.893 and 0.888. */
#define LEFT_OUT_LINE_WEIGHT 50.0
#define SHORT_LINE_WEIGHT 20.0

static double body_weight(const text_line *line)
{
    if (!line->keep)
        return -LEFT_OUT_LINE_WEIGHT;
    if (line->prose == FRNP_PROSE_GOOD)
        return (double)(line->span.end - line->span.start);
    return line->prose == FRNP_PROSE_SHORT ? -SHORT_LINE_WEIGHT : 0;
}

static int is_kept_prose(const text_line *line)
{
    return line->keep && line->prose == FRNP_PROSE_GOOD;
}

/* The body is the run of lines, from a prose line to a prose line, that
 * weighs most (body_weight; a maximum-sum run): menus, sidebars and
 * comment sections set apart by lines left out stay out, while an
 * advertisement or a heading inside the article does not split it. In it a
 * line that may be prose stays, a short one only as a subheading of what
 * follows or as a list item next to the body. Without any prose line the
 * lines are left as they are (a short note). */
static void keep_prose_span(line_reader *r)
{
    size_t first = r->count, last = 0, run_first = 0;
    double best = 0, run = 0;

    for (size_t i = 0; i < r->count; i++) {
        if (run <= 0) {
            run = 0;
            run_first = i;
        }
        run += body_weight(&r->lines[i]);
        if (is_kept_prose(&r->lines[i]) && run > best) {
            best = run;
            first = run_first;
            last = i;
        }
    }
    if (first == r->count)
        return;
    while (!is_kept_prose(&r->lines[first]))
        first++;
    /* Short paragraphs that end the article (or start it) stay with it. */
    while (last + 1 < r->count && r->lines[last + 1].keep && ends_like_prose(r, last + 1))
        last++;
    while (first > 0 && r->lines[first - 1].keep && ends_like_prose(r, first - 1))
        first--;
    for (size_t i = 0; i < r->count; i++) {
        size_t len;
        const char *text = line_text(r, i, &len);
        text_line *line = &r->lines[i];
        if (!line->keep)
            continue;
        if (i < first || i > last)
            line->keep = 0;
        else if (line->prose == FRNP_PROSE_SHORT && !is_quoted_sentence(r, i))
            line->keep = frnp_is_list_item(r->lexicon, text, len)
                             ? next_kept_is_body(r, i) || prev_kept_is_body(r, i)
                             : next_kept_is_body(r, i);
    }
}

static frn_status collect_paragraphs(line_reader *r)
{
    frn_article *article = r->article;
    size_t kept = 0;

    for (size_t i = 0; i < r->count; i++)
        kept += r->lines[i].keep;
    article->paragraphs = malloc((kept ? kept : 1) * sizeof *article->paragraphs);
    if (!article->paragraphs)
        return frnp_fail(r->ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    for (size_t i = 0; i < r->count; i++)
        if (r->lines[i].keep)
            article->paragraphs[article->paragraph_count++] = r->lines[i].span;
    return FRN_OK;
}

static frn_status read_lines(line_reader *r)
{
    frn_status status = split_lines(r);

    if (status != FRN_OK)
        return status;
    if (r->count == 0)
        return frnp_fail(r->ctx, FRN_ERR_EMPTY, FRNP_NO_POSITION, "the input holds no text");
    join_wrapped_lines(r);
    for (size_t i = 0; i < r->count; i++) {
        size_t len;
        const char *text = line_text(r, i, &len);
        r->lines[i].role = role_of(r, text, len);
        r->lines[i].prose = frnp_prose_class_of(r->ctx, text, len);
    }
    if ((status = read_header(r)) != FRN_OK || (status = mark_body_lines(r)) != FRN_OK)
        return status;
    drop_orphan_headings(r);
    keep_prose_span(r);
    if ((status = collect_paragraphs(r)) != FRN_OK)
        return status;
    /* A text of one line is a headline alone, as aggregators and feeds
     * list them ("WATCH: ...", in capitals): the lexicons of page chrome
     * do not apply to it. */
    if (!r->article->title && r->article->paragraph_count == 0 && r->count == 1)
        return take_title(r, 0);
    if (!r->article->title && r->article->paragraph_count == 0)
        return frnp_fail(r->ctx, FRN_ERR_EMPTY, FRNP_NO_POSITION,
                        "no headline and no article text: every line is page boilerplate");
    return FRN_OK;
}

frn_status frnp_article_read_text(frn_ctx *ctx, frn_article *article,
                                 const frn_article_options *options)
{
    /* The language is guessed from the body these lines make up, after
     * them: the lines are read with the fallback, English. */
    line_reader reader = {ctx, frnp_lexicon_get(NULL), article, article->source, NULL, 0, 0};
    frn_status status;

    /* Lines are told apart by their words: the word breaker must open. */
    if (!frnp_ctx_word_breaker(ctx))
        return FRN_ERR_ICU;
    status = read_lines(&reader);

    free(reader.lines);
    return status;
}
