/* The article options for one input item: the command line's, with the
 * item's own URL and fetch date (JSON Lines "url"/"date", WARC-Target-URI
 * and WARC-Date) in place of --url and --reference-date. */
#ifndef FRN_CLI_ITEM_OPTIONS_H
#define FRN_CLI_ITEM_OPTIONS_H

#include <frnews.h>
#include "input-stream.h"
#include "options.h"

/* New options into *options. item may be NULL (the command line's alone).
 * A URL or date refused gives FRN_ERR_INVALID_ARG and *refused saying
 * which ("the URL is not valid UTF-8:") with *value. */
frn_status item_options_make(const invocation *how, const input_item *item,
                             frn_article_options **options, const char **refused,
                             const char **value);

/* Parse item with its options and extract its quotations with the command
 * line's (--join-split-quotes, --skip-titles), with ctx. On
 * failure *article may be set (the caller frees both); when the item's
 * URL or date was refused, refusal (of cap bytes) says so, else it is "". */
frn_status item_parse(frn_ctx *ctx, const invocation *how, const input_item *item,
                      frn_article **article, frn_quote_list **quotes, char *refusal, size_t cap);

/* The library's format for a file read whole: text, html, else auto. */
frn_format item_options_file_format(const invocation *how);

#endif
