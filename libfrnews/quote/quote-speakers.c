/* The speaker stage: each quotation's mention resolved to the speaker's
 * fullest name, its cue and mention copied out, its confidence set. */
#include <stdlib.h>
#include <string.h>
#include "core/context.h"
#include "quote-stages.h"
#include "speaker-table.h"
#include "text/utf8.h"

/* How much an unresolved mention ("he" with no one before) lowers the
 * confidence of the attribution. */
#define UNRESOLVED_FACTOR 0.67

static int copy_span(const char *src, frn_span span, char **out)
{
    *out = frnp_strndup(src + span.start, span.end - span.start);
    return *out != NULL;
}

/* The role words of a mention, apart from its name: "CEO" in "IBM CEO
 * Arvind Krishna", "spokesperson" in "a Microsoft spokesperson"; titles such
 * as "Mr." are no role. NULL (and success) when there are none. */
static int mention_role(const frnp_qtext *q, size_t first, size_t last, char **out)
{
    size_t start = last, end = last;

    *out = NULL;
    for (size_t k = first; k < last; k++) {
        int role = frnp_q_is(q, k, FRNP_W_ROLE | FRNP_W_PROXY) && !frnp_q_is(q, k, FRNP_W_HONORIFIC);
        if (role && start == last)
            start = k;
        if (!role && start != last) {
            end = k;
            break;
        }
    }
    if (start == last)
        return 1;
    return copy_span(q->src, (frn_span){frnp_q_token(q, start)->start, frnp_q_token(q, end - 1)->end}, out);
}

static int resolve_one(const frnp_qtext *q, const frnp_speaker_table *speakers, frn_quote *quote)
{
    int failed = 0;

    if (quote->cue_span.end > quote->cue_span.start && !copy_span(q->src, quote->cue_span, &quote->cue))
        return 0;
    quote->confidence = quote->attribution_confidence;
    if (quote->mention_first == FRNP_NO_TOKEN)
        return 1;
    quote->mention_span = (frn_span){frnp_q_token(q, quote->mention_first)->start,
                                     frnp_q_token(q, quote->mention_last - 1)->end};
    if (!copy_span(q->src, quote->mention_span, &quote->mention) ||
        !mention_role(q, quote->mention_first, quote->mention_last, &quote->role))
        return 0;
    quote->speaker = frnp_speaker_resolve(speakers, quote->mention_first, quote->mention_last, &failed);
    if (!quote->speaker)
        quote->confidence *= UNRESOLVED_FACTOR;
    return !failed;
}

frn_status frnp_quote_speakers_resolve(frn_ctx *ctx, const frnp_qtext *q, frn_quote_list *list)
{
    frnp_speaker_table speakers;
    frn_status status = frnp_speaker_table_build(ctx, q, &speakers);

    for (size_t i = 0; status == FRN_OK && i < list->count; i++)
        if (!resolve_one(q, &speakers, &list->items[i]))
            status = frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    frnp_speaker_table_release(&speakers);
    return status;
}
