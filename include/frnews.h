/**
 * @file frnews.h
 * @brief libfrnews: news articles into structured facts.
 *
 * The only header programs include. libfrnews parses a news article from
 * HTML or from the plain text of a web page (frnews/article.h), extracts its
 * quotations with their speakers (frnews/quote.h), and groups overlapping
 * coverage across many articles (frnews/coverage.h).
 *
 * Conventions:
 * - Every fallible call returns an ::frn_status and writes its result
 *   through an out-parameter, set to NULL on failure; frn_ctx_get_errmsg() then
 *   holds the detailed message.
 * - Text in is UTF-8 with an explicit length, validated on entry. Every
 *   position out is a half-open byte range (::frn_span).
 * - `_new` and `_parse` give the caller an object to release with the
 *   matching `_free` (NULL-safe); `_get_` returns something borrowed, valid
 *   while its parent lives.
 *
 * Thread safety: libfrnews is not thread-safe except where stated here.
 * Use one ::frn_ctx per thread. Parsed articles and quotation lists are
 * immutable and may be read from any number of threads at once. A coverage
 * index has a single writer; once built, it may be read concurrently.
 * There is no global state to initialise or tear down.
 */
#ifndef FRNEWS_H
#define FRNEWS_H

#include "frnews/common.h"
#include "frnews/version.h"
#include "frnews/article.h"
#include "frnews/quote.h"
#include "frnews/coverage.h"

#endif /* FRNEWS_H */
