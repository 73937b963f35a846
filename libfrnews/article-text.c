/* TEMPORARY: replaced by the plain-text reader in progress. */
#include <stdlib.h>
#include "article-private.h"
#include "context.h"

frn_status frn_article_read_text(frn_ctx *ctx, frn_article *article,
                                 const frn_parse_options *options)
{
    return frn_fail(ctx, FRN_ERR_UNSUPPORTED, FRN_NO_POSITION, "not yet");
}
