/* Merged quotations, step four: the canonical text and how each printing
 * differs from it. The canonical printing is the fullest (most words, then
 * most bytes, then the smaller bytes). Against it a printing is
 *   identical     the same bytes;
 *   orthographic  the same normalised words (marks, case, punctuation,
 *                 hyphenation, British/American spelling differ);
 *   trimmed       its words, piece by piece where ellipses mark cuts, run
 *                 in order through the canonical words;
 *   altered       anything else: words changed, added or dropped inside
 *                 the passage. Its word diff aligns the printing with the
 *                 canonical words, the canonical text's ends free (a
 *                 trimmed and altered printing shows only its changes).
 * Printings of one form share a class and a diff, computed once. */
#include <stdlib.h>
#include <string.h>
#include "core/context.h"
#include "coverage-quotes.h"
#include "coverage-sort.h"

/* Alignments beyond this many cells (two passages of 4,000 words) are not
 * computed word by word: the diff then shows the differing passages whole. */
#define FRNP_DIFF_MAX_CELLS ((size_t)16 * 1024 * 1024)

static const frnp_cov_quote *printing_quote(const frn_coverage *coverage,
                                            const frnp_quote_forms *forms, size_t p)
{
    return frnp_cov_printing_quote(coverage, &forms->printings[p]);
}

static int fuller(const frnp_cov_quote *a, const frnp_cov_quote *b)
{
    if (a->word_count != b->word_count)
        return a->word_count > b->word_count;
    if (a->text_len != b->text_len)
        return a->text_len > b->text_len;
    return strcmp(a->text, b->text) < 0;
}

/* Whether words[] occurs in canon[] from *from on; *from moves past it. */
static int find_run(const uint32_t *canon, size_t canon_count, const uint32_t *words,
                    size_t count, size_t *from)
{
    for (size_t start = *from; start + count <= canon_count; start++)
        if (memcmp(canon + start, words, count * sizeof *words) == 0) {
            *from = start + count;
            return 1;
        }
    return 0;
}

/* Each piece in order, the earliest place first (which is never worse for
 * the pieces after it). */
static int is_trimmed(const frnp_cov_quote *q, const frnp_cov_quote *canon)
{
    size_t from = 0, start = 0;

    for (uint32_t b = 0; b <= q->break_count; b++) {
        size_t end = b < q->break_count ? q->breaks[b] : q->word_count;
        if (!find_run(canon->words, canon->word_count, q->words + start, end - start, &from))
            return 0;
        start = end;
    }
    return 1;
}

/* --- the word diff --- */

/* The words of a printed text, as the diff shows and aligns them. They are
 * read again from the text, never taken from the record's word ids: a
 * record read from elsewhere may hold ids that disagree with its text, and
 * the diff must still describe the text it shows. */
typedef struct word_strings {
    char *bytes;
    size_t len, capacity;
    size_t *start; /* word i is bytes[start[i]] .. bytes[start[i + 1] - 1] */
    uint32_t *ids;  /* word i's id */
    size_t count, start_capacity, id_capacity;
    int failed;
} word_strings;

static int append_string_word(const char *word, size_t len, int is_break, void *data)
{
    word_strings *w = data;

    if (is_break)
        return 0;
    if (!frnp_array_reserve(&w->bytes, &w->capacity, w->len + len, 1) ||
        !frnp_array_reserve(&w->start, &w->start_capacity, w->count + 2, sizeof *w->start) ||
        !frnp_array_reserve(&w->ids, &w->id_capacity, w->count + 1, sizeof *w->ids)) {
        w->failed = 1;
        return 1;
    }
    if (w->count == 0)
        w->start[0] = 0;
    memcpy(w->bytes + w->len, word, len);
    w->len += len;
    w->ids[w->count] = frnp_cov_word_id(word, len);
    w->start[++w->count] = w->len;
    return 0;
}

static void word_strings_clear(word_strings *w)
{
    free(w->bytes);
    free(w->start);
    free(w->ids);
}

typedef struct text_out {
    char *text;
    size_t len, capacity;
    int failed;
} text_out;

static void put(text_out *out, const char *s, size_t n)
{
    if (out->failed)
        return;
    if (!frnp_array_reserve(&out->text, &out->capacity, out->len + n + 1, 1)) {
        out->failed = 1;
        return;
    }
    memcpy(out->text + out->len, s, n);
    out->len += n;
    out->text[out->len] = '\0';
}

/* Words from..from+count-1, separated by spaces, after a separating space
 * when text came before. */
static void put_words(text_out *out, const char *open, const word_strings *w, size_t from,
                      size_t count, const char *close)
{
    if (out->len > 0)
        put(out, " ", 1);
    put(out, open, strlen(open));
    for (size_t i = from; i < from + count; i++) {
        if (i > from)
            put(out, " ", 1);
        put(out, w->bytes + w->start[i], w->start[i + 1] - w->start[i]);
    }
    put(out, close, strlen(close));
}

/* Alignment steps. */
enum { STEP_MATCH = 1, STEP_CHANGE, STEP_PRINTED, STEP_CANON };

/* Render the steps (in order) as "words [-canon-] {+printed+} words". */
static void render(const unsigned char *steps, size_t count, const word_strings *printed,
                   const word_strings *canon, size_t canon_at, text_out *out)
{
    size_t i = 0, p = 0, c = canon_at;

    while (i < count) {
        size_t j = i, canon_words = 0, printed_words = 0;
        if (steps[i] == STEP_MATCH) {
            while (j < count && steps[j] == STEP_MATCH)
                j++;
            put_words(out, "", printed, p, j - i, "");
            p += j - i;
            c += j - i;
            i = j;
            continue;
        }
        while (j < count && steps[j] != STEP_MATCH) {
            canon_words += steps[j] != STEP_PRINTED;
            printed_words += steps[j] != STEP_CANON;
            j++;
        }
        if (canon_words)
            put_words(out, "[-", canon, c, canon_words, "-]");
        if (printed_words)
            put_words(out, "{+", printed, p, printed_words, "+}");
        c += canon_words;
        p += printed_words;
        i = j;
    }
}

/* Edit distance of the printing P against any passage of the canonical
 * words C (leading and trailing canonical words free), with its steps. */
static int align(const uint32_t *P, size_t np, const uint32_t *C, size_t nc,
                 unsigned char **steps_out, size_t *step_count, size_t *canon_start)
{
    size_t width = nc + 1, best_j = 0, *row = malloc((width) * sizeof *row);
    size_t *previous = malloc(width * sizeof *previous);
    unsigned char *from = malloc((np + 1) * width), *steps = malloc(np + nc + 1);
    size_t i, j, n = 0;

    *steps_out = NULL;
    if (!row || !previous || !from || !steps) {
        free(row);
        free(previous);
        free(from);
        free(steps);
        return 0;
    }
    for (j = 0; j <= nc; j++)
        previous[j] = 0; /* a passage may start anywhere */
    for (i = 1; i <= np; i++) {
        row[0] = i;
        from[i * width] = STEP_PRINTED;
        for (j = 1; j <= nc; j++) {
            size_t diag = previous[j - 1] + (P[i - 1] != C[j - 1]), up = previous[j] + 1,
                   left = row[j - 1] + 1;
            row[j] = diag;
            from[i * width + j] = P[i - 1] == C[j - 1] ? STEP_MATCH : STEP_CHANGE;
            if (up < row[j]) {
                row[j] = up;
                from[i * width + j] = STEP_PRINTED;
            }
            if (left < row[j]) {
                row[j] = left;
                from[i * width + j] = STEP_CANON;
            }
        }
        memcpy(previous, row, width * sizeof *row);
    }
    for (j = 1; j <= nc; j++) /* and end anywhere */
        if (previous[j] < previous[best_j])
            best_j = j;
    for (i = np, j = best_j; i > 0;) {
        unsigned char step = from[i * width + j];
        steps[n++] = step;
        if (step != STEP_CANON)
            i--;
        if (step != STEP_PRINTED)
            j--;
    }
    for (size_t k = 0; k < n / 2; k++) {
        unsigned char t = steps[k];
        steps[k] = steps[n - 1 - k];
        steps[n - 1 - k] = t;
    }
    *canon_start = j;
    *steps_out = steps;
    *step_count = n;
    free(row);
    free(previous);
    free(from);
    return 1;
}

/* Both passages whole: the fallback past FRNP_DIFF_MAX_CELLS. */
static unsigned char *whole_change(size_t np, size_t nc, size_t *count)
{
    unsigned char *steps = malloc(np + nc + 1);

    if (steps) {
        memset(steps, STEP_CANON, nc);
        memset(steps + nc, STEP_PRINTED, np);
        *count = np + nc;
    }
    return steps;
}

/* The word diff of a printing against the canonical text, both read from
 * their texts. */
static frn_status word_diff(frn_ctx *ctx, const frnp_cov_quote *q, const frnp_cov_quote *canon,
                            char **out)
{
    word_strings printed, canonical;
    text_out text = {NULL, 0, 0, 0};
    unsigned char *steps = NULL;
    size_t step_count = 0, canon_start = 0;
    frn_status status;
    int ok;

    *out = NULL;
    memset(&printed, 0, sizeof printed);
    memset(&canonical, 0, sizeof canonical);
    status = frnp_cov_quote_each_word(ctx, q->text, q->text_len, append_string_word, &printed);
    if (status == FRN_OK)
        status = frnp_cov_quote_each_word(ctx, canon->text, canon->text_len, append_string_word,
                                          &canonical);
    ok = status == FRN_OK && !printed.failed && !canonical.failed;
    if (ok) {
        if ((printed.count + 1) * (canonical.count + 1) <= FRNP_DIFF_MAX_CELLS)
            ok = align(printed.ids, printed.count, canonical.ids, canonical.count, &steps,
                       &step_count, &canon_start);
        else
            ok = (steps = whole_change(printed.count, canonical.count, &step_count)) != NULL;
    }
    if (ok) {
        put(&text, "", 0); /* printings with no words differ in none: an empty diff */
        render(steps, step_count, &printed, &canonical, canon_start, &text);
        ok = !text.failed;
    }
    free(steps);
    word_strings_clear(&printed);
    word_strings_clear(&canonical);
    if (status != FRN_OK)
        return status;
    if (!ok) {
        free(text.text);
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    }
    *out = text.text;
    return FRN_OK;
}

static int keep_diff(frnp_cov_results *results, char *diff)
{
    if (!frnp_array_reserve(&results->diffs, &results->diff_capacity, results->diff_count + 1,
                            sizeof *results->diffs))
        return 0;
    results->diffs[results->diff_count++] = diff;
    return 1;
}

/* Class and diff of one form against the canonical printing. */
static frn_status classify_form(frn_ctx *ctx, const frnp_cov_quote *q, const frnp_cov_quote *canon,
                                int same_form, uint8_t *variant, char **diff)
{
    *diff = NULL;
    if (same_form) {
        *variant = FRN_QUOTE_VARIANT_ORTHOGRAPHIC;
        return FRN_OK;
    }
    if (q->word_count > 0 && is_trimmed(q, canon)) {
        *variant = FRN_QUOTE_VARIANT_TRIMMED;
        return FRN_OK;
    }
    *variant = FRN_QUOTE_VARIANT_ALTERED;
    return word_diff(ctx, q, canon, diff);
}

frn_status frnp_quote_variants(frn_ctx *ctx, const frn_coverage *coverage,
                               frnp_quote_forms *forms, const size_t *members, size_t n,
                               size_t *canonical, frnp_cov_results *results)
{
    const frnp_cov_quote *canon;
    frnp_cov_keyed *by_form = malloc((n + 1) * sizeof *by_form);
    size_t best = members[0];
    frn_status status = FRN_OK;

    if (!by_form)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    for (size_t k = 1; k < n; k++)
        if (fuller(printing_quote(coverage, forms, members[k]), printing_quote(coverage, forms, best)))
            best = members[k];
    *canonical = best;
    canon = printing_quote(coverage, forms, best);
    for (size_t k = 0; k < n; k++) {
        by_form[k].key = forms->form_of[members[k]];
        by_form[k].value = members[k];
    }
    if (n > 1)
        qsort(by_form, n, sizeof *by_form, frnp_cov_compare_keyed);
    for (size_t i = 0; status == FRN_OK && i < n;) {
        size_t j = i, form = forms->form_of[by_form[i].value];
        const frnp_cov_quote *q = printing_quote(coverage, forms, by_form[i].value);
        uint8_t variant;
        char *diff;
        while (j < n && by_form[j].key == by_form[i].key)
            j++;
        status = classify_form(ctx, q, canon, form == forms->form_of[best], &variant, &diff);
        if (status == FRN_OK && diff && !keep_diff(results, diff)) {
            free(diff);
            status = frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
        }
        for (size_t k = i; status == FRN_OK && k < j; k++) {
            frnp_cov_printing *p = &forms->printings[by_form[k].value];
            const frnp_cov_quote *pq = printing_quote(coverage, forms, by_form[k].value);
            p->variant = pq->text_len == canon->text_len && memcmp(pq->text, canon->text, canon->text_len) == 0
                             ? FRN_QUOTE_VARIANT_IDENTICAL
                             : variant;
            p->diff = p->variant == FRN_QUOTE_VARIANT_ALTERED ? diff : NULL;
        }
        i = j;
    }
    free(by_form);
    return status;
}
