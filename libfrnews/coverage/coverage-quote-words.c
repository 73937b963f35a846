/* The words of a quotation as coverage compares them: folded, with spelling
 * variants brought to one form, split into pieces at ellipses ("…" or three
 * dots or more), and with bracketed insertions ("[the company]") left out,
 * as they are an editor's words, not the speaker's. The record keeps their
 * ids; the word diff of an altered printing shows them. */
#include <string.h>
#include "core/context.h"
#include "coverage-private.h"
#include "text/eight-bytes.h"

/* Longest folded word handed out by frnp_cov_each_word(), plus room. */
#define FRNP_QUOTE_WORD_BYTES 160

typedef struct normaliser {
    frnp_cov_quote_word_fn fn;
    void *data;
    size_t words;
    int break_pending; /* an ellipsis came after the last word */
    int stopped;
} normaliser;

static int normalise_word(const char *word, size_t len, void *data)
{
    normaliser *n = data;
    char buf[FRNP_QUOTE_WORD_BYTES];

    if (len > sizeof buf)
        len = sizeof buf;
    memcpy(buf, word, len);
    len = frnp_cov_spelling_normalise(buf, len);
    /* A piece starts at the first word after an ellipsis. */
    if (n->break_pending) {
        n->break_pending = 0;
        n->stopped = n->fn(NULL, 0, 1, n->data);
        if (n->stopped)
            return 1;
    }
    n->words++;
    n->stopped = n->fn(buf, len, 0, n->data);
    return n->stopped;
}

/* The length of an ellipsis starting at text[at], 0 when there is none. */
static size_t ellipsis_at(const char *text, size_t len, size_t at)
{
    size_t end = at;

    if (len - at >= 3 && memcmp(text + at, "\xE2\x80\xA6", 3) == 0)
        return 3;
    while (end < len && text[end] == '.')
        end++;
    return end - at >= 3 ? end - at : 0;
}

frn_status frnp_cov_quote_each_word(frn_ctx *ctx, const char *text, size_t len,
                                    frnp_cov_quote_word_fn fn, void *data)
{
    normaliser n = {fn, data, 0, 0, 0};
    size_t at = 0, piece = 0;

    while (at <= len) {
        size_t cut;
        int bracket;
        frn_status status;
        /* Only '.', '[' and the first byte of "…" can start a cut: eight
         * bytes holding none of them are passed at once. */
        if (len - at >= 8) {
            uint64_t eight = frnp_eight_load(text + at);
            if (!(frnp_eight_has_byte(eight, '.') | frnp_eight_has_byte(eight, '[') |
                  frnp_eight_has_byte(eight, 0xE2))) {
                at += 8;
                continue;
            }
        }
        if (at < len && text[at] != '.' && text[at] != '[' && text[at] != '\xE2') {
            at++;
            continue;
        }
        cut = at == len ? 0 : ellipsis_at(text, len, at);
        bracket = at < len && text[at] == '[';
        if (at < len && !cut && !bracket) {
            at++;
            continue;
        }
        status = frnp_cov_each_word(ctx, text + piece, at - piece, normalise_word, &n);
        if (status != FRN_OK || n.stopped || at == len)
            return status;
        if (cut && n.words > 0)
            n.break_pending = 1;
        if (bracket) {
            const char *close = memchr(text + at, ']', len - at);
            at = close ? (size_t)(close - text) + 1 : len;
        } else
            at += cut;
        piece = at;
    }
    return FRN_OK;
}
