/* Reported speech (placeholder while the stage is written). */
#include "quote-stages.h"

frn_status frnp_quote_indirect_find(frn_ctx *ctx, const frnp_qtext *q, const frnp_marked_spans *marks,
                                    frn_quote_list *list)
{
    (void)ctx; (void)q; (void)marks; (void)list;
    return FRN_OK;
}
