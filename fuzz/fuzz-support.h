/* What every harness shares: a context kept for the whole run, checks that
 * abort (so libFuzzer reports the input) when a result breaks the API's
 * contract, and the invariant checks of articles and quotation lists.
 * A new harness is one fuzz_<name>.c defining LLVMFuzzerTestOneInput()
 * with these. */
#ifndef FRN_FUZZ_SUPPORT_H
#define FRN_FUZZ_SUPPORT_H

#include <stddef.h>
#include <stdint.h>
#include <frnews.h>

/* Abort with the condition's text when it does not hold. */
#define FUZZ_CHECK(condition) \
    ((condition) ? (void)0 : fuzz_fail(__FILE__, __LINE__, #condition))

void fuzz_fail(const char *file, int line, const char *what)
#if defined(__GNUC__)
    __attribute__((noreturn))
#endif
    ;

/* One context for the whole run: reusing it is what callers do. */
frn_ctx *fuzz_context(void);

/* A failure status is one the call documents, with a message. */
void fuzz_check_failure(frn_status status);

/* Whether len bytes are well-formed UTF-8 without NUL (checked with ICU's
 * macros, not the library's own validator). */
int fuzz_is_clean_utf8(const char *text, size_t len);

/* The contract of a parsed article: its source, spans on character
 * boundaries inside it, the body text made of the paragraphs, metadata
 * strings that are clean UTF-8. */
void fuzz_check_article(const frn_article *article);

/* The contract of a quotation list of that article. */
void fuzz_check_quotes(const frn_quote_list *quotes, const frn_article *article);

/* Two readings of one input agree on its body, title, paragraphs and
 * authors. */
void fuzz_check_same_reading(const frn_article *a, const frn_article *b);

/* Parse with the given format and UTF-8 handling (repair nonzero: invalid
 * bytes become U+FFFD). *out receives the article, checked, or NULL after
 * the failure is checked; returns the status. */
frn_status fuzz_parse(const uint8_t *data, size_t size, frn_format format, int repair,
                      frn_article **out);

/* The byte that separates the articles of a multi-article input (ASCII
 * record separator), and a splitter: the pieces of data between
 * separators, at most max of them; returns how many. */
#define FUZZ_SEPARATOR 0x1E
size_t fuzz_split(const uint8_t *data, size_t size, frn_span *pieces, size_t max);

#endif
