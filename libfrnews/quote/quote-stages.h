/* PRIVATE to quote/: the stages of quotation extraction, in the order
 * quote-extraction.c runs them, each testable alone on an analysed text. */
#ifndef FRNP_QUOTE_STAGES_H
#define FRNP_QUOTE_STAGES_H

#include "quote-private.h"
#include "quote-text.h"

/* The contents of every pair of quotation marks, in order. */
typedef struct frnp_marked_spans {
    frn_span *items;
    size_t count, capacity;
} frnp_marked_spans;

/* Quotations in marks: direct ones (opening a sentence or introduced by
 * their cue, split ones joined), and quoted phrases inside attributed
 * sentences as mixed quotations of the phrase alone, which the indirect
 * stage widens to their reported clause. Every pair of marks is added to
 * marks. Mentions are left as tokens for the speaker stage. */
frn_status frnp_quote_direct_find(frn_ctx *ctx, const frnp_qtext *q, const frn_quote_options *options,
                                  frn_quote_list *list, frnp_marked_spans *marks);

/* Reported speech: "X said (that) ...", "..., X said", "according to X",
 * typed indirect, or mixed when it holds quoted words (which it takes over
 * from the mixed quotations of the direct stage). */
frn_status frnp_quote_indirect_find(frn_ctx *ctx, const frnp_qtext *q, const frnp_marked_spans *marks,
                                    frn_quote_list *list);

/* Resolve each quotation's mention to a speaker and a role, and set its
 * confidence. */
frn_status frnp_quote_speakers_resolve(frn_ctx *ctx, const frnp_qtext *q, frn_quote_list *list);

#endif
