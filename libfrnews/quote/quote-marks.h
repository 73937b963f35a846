/* Quotation-mark pairing within a paragraph: curly, straight, guillemets
 * and low-9 marks, with a quotation that runs on into the next paragraph. */
#ifndef FRNP_QUOTE_MARKS_H
#define FRNP_QUOTE_MARKS_H

#include <stddef.h>
#include "frnews/common.h"

typedef struct frnp_marked_quote {
    frn_span outer;   /* from the opening mark to past the closing mark */
    frn_span content; /* the words between the marks, trimmed */
    int closed;       /* 0: runs to the paragraph's end (continued below) */
} frnp_marked_quote;

/* Called with each quotation found; returns 0 to stop on failure. */
typedef int (*frnp_marked_quote_sink)(void *data, const frnp_marked_quote *quote);

/* Find the quotations in paragraph span of src. A quotation left open at
 * the paragraph's end is reported (closed = 0) only when the next paragraph
 * starts with an opening mark, as multi-paragraph quotations are printed;
 * otherwise the mark is unbalanced and ignored. next_paragraph may be NULL. */
int frnp_quote_marks_find(const char *src, frn_span paragraph, const frn_span *next_paragraph,
                         frnp_marked_quote_sink sink, void *data);

/* Whether c is a quotation mark (ICU's Quotation_Mark property). */
int frnp_is_quotation_mark(int c);

#endif
