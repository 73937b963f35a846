/* Main-content extraction (see html-content.h for the signals). */
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <xxhash.h>
#include "boilerplate.h"
#include "byline.h"
#include "core/context.h"
#include "date-text.h"
#include "html-content.h"
#include "html-listing.h"
#include "html-tags.h"
#include "lexicon/lexicon.h"
#include "text/text-match.h"
#include "text/utf8.h"

/* A prose block has at least this many bytes, or half as many and a
 * sentence in it. */
#define PROSE_BYTES 80
/* Text that is not prose weighs this fraction of prose against a container. */
#define OTHER_TEXT_WEIGHT 0.5
/* A list of items is the content when it holds this much text, and this
 * many times the best prose container's score. */
#define LISTING_MIN_BYTES 600
#define LISTING_OVER_PROSE 3.0
/* Past this many bytes a block is prose enough for the lexicons not to apply. */
#define SHORT_BLOCK_BYTES 200

/* An element holding this share of the page's prose is the article or
 * wraps it, whatever its class says of the layout. Measured on WCXB-dev
 * (page F1 summed over 1,497 pages): 0.75 gives +2.3, 0.6 +2.0, 0.5
 * +2.1 (more pages change both ways), 0.9 +1.1. */
#define PROSE_HOLDER_SHARE 0.75

void frnp_html_content_furniture(const frnp_html_document *doc, frnp_furniture_level level,
                                 int discussion, const unsigned char *major, unsigned char *drop)
{
    const unsigned furniture_hints = discussion ? FRNP_HINT_HIDDEN : FRNP_HINT_CHROME | FRNP_HINT_HIDDEN;
    const unsigned furniture_tags = FRNP_TAG_CHROME | FRNP_TAG_CAPTION;
    /* What <noscript> holds repeats the page, except on a page that is
     * nothing but scripts (read at the last level). */
    const unsigned copies = level > FRNP_FURNITURE_NONE ? FRNP_TAG_NOSCRIPT : 0;

    /* Whether an element's subtree holds the marked body: children first. */
    for (size_t i = doc->count; i-- > 0;) {
        const frnp_html_element *e = &doc->elements[i];
        drop[i] = (unsigned char)(drop[i] | ((e->hints & FRNP_HINT_BODY) || (e->kind & FRNP_TAG_CONTENT && e->node->name[0] == 'm')));
        if (e->parent != FRNP_HTML_NONE)
            drop[e->parent] |= drop[i];
    }
    for (size_t i = 0; i < doc->count; i++) {
        const frnp_html_element *e = &doc->elements[i];
        int holds_body = drop[i], furniture;
        if (e->kind & FRNP_TAG_BODY) {
            drop[i] = 0;
            continue;
        }
        furniture = (e->kind & copies) != 0;
        furniture |= level >= FRNP_FURNITURE_COMMENTS && (e->hints & FRNP_HINT_COMMENTS) &&
                    !(e->hints & FRNP_HINT_BODY) && !discussion;
        if (level >= FRNP_FURNITURE_MARKUP)
            furniture |= !holds_body && (((e->kind & furniture_tags) && !(e->hints & FRNP_HINT_CONTENT)) ||
                                         (e->hints & FRNP_HINT_HIDDEN));
        if (level == FRNP_FURNITURE_ALL && !(major && major[i] && (e->hints & FRNP_HINT_REGION)))
            furniture |= !holds_body && ((e->kind & furniture_tags) || (e->hints & furniture_hints) ||
                                         ((e->hints & FRNP_HINT_CHROME) && !(e->hints & FRNP_HINT_COMMENTS)));
        drop[i] = (unsigned char)furniture;
    }
}

/* Blocks this long that a page repeats are copies (a version for small
 * screens, a pull quote): the later ones are left out. */
#define REPEAT_MIN_BYTES 40

static size_t block_len(const frnp_html_block *b)
{
    return b->end - b->start;
}

/* Set repeat[k] for each block whose text an earlier block already had:
 * an open-addressing table of block indices keyed by the text's hash. */
static int mark_repeats(const frnp_html_blocks *blocks, unsigned char *repeat)
{
    size_t slots = 16, mask;
    size_t *table;

    while (slots < 2 * blocks->count)
        slots *= 2;
    mask = slots - 1;
    table = malloc(slots * sizeof *table);
    if (!table)
        return 0;
    for (size_t i = 0; i < slots; i++)
        table[i] = FRNP_HTML_NONE;
    for (size_t k = 0; k < blocks->count; k++) {
        const frnp_html_block *b = &blocks->items[k];
        size_t len = block_len(b), slot;
        repeat[k] = 0;
        if (len < REPEAT_MIN_BYTES)
            continue;
        slot = (size_t)XXH64(blocks->text + b->start, len, 0) & mask;
        for (; table[slot] != FRNP_HTML_NONE; slot = (slot + 1) & mask) {
            const frnp_html_block *seen = &blocks->items[table[slot]];
            if (block_len(seen) == len && memcmp(blocks->text + seen->start, blocks->text + b->start, len) == 0) {
                repeat[k] = 1;
                break;
            }
        }
        if (!repeat[k])
            table[slot] = k;
    }
    free(table);
    return 1;
}

/* Sentence punctuation inside or at the end of the text. */
static int has_sentence(const char *text, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++)
        if ((text[i] == '.' || text[i] == '!' || text[i] == '?') && text[i + 1] == ' ')
            return 1;
    return len > 0 && (text[len - 1] == '.' || text[len - 1] == '!' || text[len - 1] == '?' ||
                       text[len - 1] == ':' || (len >= 3 && memcmp(text + len - 3, "\xE3\x80\x82", 3) == 0));
}

static int is_prose(const frnp_html_blocks *blocks, const frnp_html_block *b)
{
    size_t len = block_len(b);

    if (b->context & (FRNP_TAG_HEADING | FRNP_TAG_CAPTION) || b->link_bytes * 3 > len)
        return 0;
    return len >= PROSE_BYTES || (len >= PROSE_BYTES / 2 && has_sentence(blocks->text + b->start, len));
}

/* A table's cell of data (a figure, a name) is neither prose nor
 * boilerplate: it tells nothing of where the article is. */
static int is_data_cell(const frnp_html_block *b)
{
    return (b->context & FRNP_TAG_CELL) && b->link_bytes * 2 < block_len(b);
}

int frnp_html_content_has_regions(const frnp_html_document *doc)
{
    for (size_t i = 0; i < doc->count; i++)
        if (doc->elements[i].hints & FRNP_HINT_REGION)
            return 1;
    return 0;
}

int frnp_html_content_prose_holders(const frnp_html_document *doc, const frnp_html_blocks *blocks,
                                    unsigned char *major)
{
    double *prose = calloc(doc->count ? doc->count : 1, sizeof *prose), total = 0;

    if (!prose)
        return 0;
    for (size_t k = 0; k < blocks->count; k++) {
        const frnp_html_block *b = &blocks->items[k];
        if (is_prose(blocks, b)) {
            prose[b->owner] += (double)(block_len(b) - b->link_bytes);
            total += (double)(block_len(b) - b->link_bytes);
        }
    }
    /* Children come after their parent: each subtree is summed when its
     * element is reached. */
    for (size_t i = doc->count; i-- > 0;) {
        size_t p = doc->elements[i].parent;
        if (p != FRNP_HTML_NONE)
            prose[p] += prose[i];
        major[i] = total > 0 && prose[i] >= PROSE_HOLDER_SHARE * total;
    }
    free(prose);
    return 1;
}

/* The element whose prose outweighs its other text by the most. */
static size_t choose_container(const frnp_html_document *doc, const frnp_html_blocks *blocks,
                               const unsigned char *repeat, double *prose, double *other,
                               double *best_score_out)
{
    size_t best = FRNP_HTML_NONE;
    double best_score = 0;

    for (size_t k = 0; k < blocks->count; k++) {
        const frnp_html_block *b = &blocks->items[k];
        double len = (double)block_len(b);
        if (repeat[k])
            continue;
        if (is_prose(blocks, b)) {
            prose[b->owner] += len - (double)b->link_bytes;
            other[b->owner] += (double)b->link_bytes;
        } else if (!is_data_cell(b)) {
            other[b->owner] += len;
        }
    }
    for (size_t i = doc->count; i-- > 0;) {
        size_t p = doc->elements[i].parent;
        double score = prose[i] - OTHER_TEXT_WEIGHT * other[i];
        if (score > best_score || (best == FRNP_HTML_NONE && prose[i] > 0)) {
            best = i;
            best_score = score;
        }
        if (p != FRNP_HTML_NONE) {
            prose[p] += prose[i];
            other[p] += other[i];
        }
    }
    *best_score_out = best_score;
    return best;
}

/* An element holding less than this share of the page's prose is widened
 * to its lowest ancestor holding at least the second share, when that one
 * still has more prose than weighted other text: an article's lists of
 * links or figures (a buyer's guide, a catalogue of brands) make the
 * article itself lose to one of its paragraphs. On WCXB-dev (0.7, 0.9)
 * changed 21 pages, 17 for the better (body F1 summed over pages +4.7);
 * (0.5, 0.8) changed 3, (0.8, 0.9) 32 with more losses. */
#define WIDEN_BELOW_SHARE 0.7
#define WIDEN_TO_SHARE 0.9

static size_t widen_to_the_prose(const frnp_html_document *doc, const double *prose, const double *other,
                                 size_t best)
{
    if (best == FRNP_HTML_NONE || prose[best] >= WIDEN_BELOW_SHARE * prose[0])
        return best;
    for (size_t up = doc->elements[best].parent; up != FRNP_HTML_NONE; up = doc->elements[up].parent)
        if (prose[up] >= WIDEN_TO_SHARE * prose[0])
            return prose[up] - OTHER_TEXT_WEIGHT * other[up] > 0 ? up : best;
    return best;
}

/* A page whose list of items holds far more text than its best prose
 * (a home page, search results, a catalogue): the list is the content.
 * prose and other hold each subtree's text; prose is reused for the sum. */
static size_t listing_instead(const frnp_html_document *doc, double *prose, const double *other,
                              double prose_score)
{
    double listed;
    size_t list;

    for (size_t i = 0; i < doc->count; i++)
        prose[i] += other[i];
    list = frnp_html_listing_container(doc, prose, &listed);
    if (list == FRNP_HTML_NONE || listed < LISTING_MIN_BYTES ||
        listed < LISTING_OVER_PROSE * (prose_score > 0 ? prose_score : 0))
        return FRNP_HTML_NONE;
    return list;
}

static int has_alnum(const char *text, size_t len)
{
    size_t pos = 0;

    while (pos < len)
        if (u_isalnum(frnp_utf8_next(text, len, &pos)))
            return 1;
    return 0;
}

static int same_text_loosely(const char *a, size_t a_len, const char *b)
{
    size_t b_len = strlen(b);

    return a_len == b_len && memcmp(a, b, a_len) == 0;
}

/* Whether a block inside the container belongs to the article, into *keep. */
static frn_status keep_block(frn_ctx *ctx, const frnp_html_blocks *blocks, const frnp_html_block *b,
                             const char *headline, int listing, int *keep)
{
    const frnp_lexicon *lexicon = frnp_lexicon_get(NULL);
    const char *text = blocks->text + b->start;
    size_t len = block_len(b), names_found = 0;
    frn_span names[FRNP_BYLINE_MAX_NAMES];
    frn_status status = FRN_OK;

    *keep = 0;
    if (b->context & FRNP_TAG_CAPTION)
        return FRN_OK;
    if ((b->context & FRNP_TAG_H1) || (headline && same_text_loosely(text, len, headline)))
        return FRN_OK;
    /* A block that is a <time> and nothing else is a timestamp ("5:50 am"). */
    if (b->context & FRNP_TAG_TIME)
        return FRN_OK;
    /* A list's items are links to what they list. */
    if (!listing && b->link_bytes * 2 > len && !(len >= SHORT_BLOCK_BYTES && b->link_bytes * 5 < len * 4))
        return FRN_OK;
    if (!has_alnum(text, len))
        return FRN_OK;
    if (len < SHORT_BLOCK_BYTES) {
        if (frnp_boilerplate_role(ctx, lexicon, text, len) != FRNP_LINE_CONTENT)
            return FRN_OK;
        status = frnp_byline_names(ctx, lexicon, text, len, names, &names_found);
        if (status != FRN_OK || names_found > 0 || frnp_is_dateline(ctx, text, len))
            return status;
    }
    *keep = 1;
    return FRN_OK;
}

/* Blocks this short may be a heading of the end matter. */
#define END_MARKER_MAX_BYTES 60

/* A heading that opens what follows an article: a boilerplate header of
 * the end matter, or one of the lexicon's end-matter headings. */
static int is_end_marker(frn_ctx *ctx, const char *text, size_t len)
{
    const frnp_lexicon *lexicon = frnp_lexicon_get(NULL);
    frnp_line_role role = frnp_boilerplate_role(ctx, lexicon, text, len);

    if (role == FRNP_LINE_END_OF_ARTICLE || role == FRNP_LINE_LINK_LIST || role == FRNP_LINE_AUTHOR_BOX)
        return 1;
    return frnp_lexicon_text_is_line(lexicon, FRNP_PHRASES_END_MATTER_HEADING, text, len);
}

/* Where a heading that opens the end matter ("Related articles",
 * "Sources", "Recent posts") stands in the second half of the body, the
 * body ends there. keep_block() leaves the marker out when it is a
 * boilerplate line and keeps it when it is a plain heading, so it is looked
 * for among the blocks after each chosen one, up to the next chosen one
 * included. Returns the new count. */
static size_t cut_at_end_marker(frn_ctx *ctx, const frnp_html_blocks *blocks, const size_t *chosen,
                                size_t count)
{
    size_t total = 0, seen = 0;

    for (size_t i = 0; i < count; i++)
        total += block_len(&blocks->items[chosen[i]]);
    for (size_t i = 0; i + 1 < count; i++) {
        seen += block_len(&blocks->items[chosen[i]]);
        if (2 * seen < total)
            continue;
        for (size_t k = chosen[i] + 1; k <= chosen[i + 1]; k++) {
            const frnp_html_block *b = &blocks->items[k];
            if (block_len(b) < END_MARKER_MAX_BYTES && is_end_marker(ctx, blocks->text + b->start, block_len(b)))
                return i + 1;
        }
    }
    return count;
}

/* Whether element i is inside element outer (or is it). */
static int within(const frnp_html_document *doc, size_t i, size_t outer)
{
    return i >= outer && i <= doc->elements[outer].last;
}

/* After the article's last prose block, what sits in other elements than
 * the one holding it is what pages add after an article (author boxes,
 * calls to action, further links); the block's own element may end with a
 * short paragraph or a list. Returns the new count. */
static size_t trim_tail(const frnp_html_document *doc, const frnp_html_blocks *blocks,
                        const size_t *chosen, size_t count)
{
    size_t last_prose = count, holder;

    for (size_t i = count; i-- > 0;)
        if (is_prose(blocks, &blocks->items[chosen[i]])) {
            last_prose = i;
            break;
        }
    if (last_prose == count)
        return count;
    holder = doc->elements[blocks->items[chosen[last_prose]].owner].parent;
    if (holder == FRNP_HTML_NONE)
        return count;
    for (size_t i = last_prose + 1; i < count; i++)
        if (!within(doc, blocks->items[chosen[i]].owner, holder))
            return i;
    return count;
}

frn_status frnp_html_content_select(frn_ctx *ctx, const frnp_html_document *doc,
                                    const frnp_html_blocks *blocks, const char *headline,
                                    int article_page, int listing_allowed, size_t *chosen,
                                    size_t *count, int *listing)
{
    size_t n = doc->count ? doc->count : 1, container, last, list;
    double prose_score;
    double *prose = calloc(n, sizeof *prose), *other = calloc(n, sizeof *other);
    unsigned char *repeat = malloc(blocks->count ? blocks->count : 1);
    frn_status status = FRN_OK;

    *count = 0;
    *listing = 0;
    if (!prose || !other || !repeat || !mark_repeats(blocks, repeat)) {
        free(prose);
        free(other);
        free(repeat);
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    }
    container = choose_container(doc, blocks, repeat, prose, other, &prose_score);
    if (doc->count > 0)
        container = widen_to_the_prose(doc, prose, other, container);
    list = listing_allowed ? listing_instead(doc, prose, other, prose_score) : FRNP_HTML_NONE;
    if (list != FRNP_HTML_NONE)
        container = list;
    *listing = list != FRNP_HTML_NONE;
    free(prose);
    free(other);
    /* A page without prose (a short note, a list): all of its text. */
    if (container == FRNP_HTML_NONE)
        container = 0;
    last = doc->count ? doc->elements[container].last : 0;
    for (size_t k = 0; k < blocks->count && doc->count && status == FRN_OK; k++) {
        const frnp_html_block *b = &blocks->items[k];
        int keep = 0;
        if (b->owner >= container && b->owner <= last && !repeat[k])
            status = keep_block(ctx, blocks, b, headline, list != FRNP_HTML_NONE, &keep);
        if (keep)
            chosen[(*count)++] = k;
    }
    free(repeat);
    if (status != FRN_OK) {
        *count = 0;
        return status;
    }
    if (article_page)
        *count = cut_at_end_marker(ctx, blocks, chosen, *count);
    if (list == FRNP_HTML_NONE)
        *count = trim_tail(doc, blocks, chosen, *count);
    return FRN_OK;
}
