/* Month names of many languages, from ICU's date symbols (full and short,
 * in their format and stand-alone forms), case folded: the table behind
 * dates written in prose. Built once per context, on first use. */
#ifndef FRNP_MONTH_NAMES_H
#define FRNP_MONTH_NAMES_H

#include <stddef.h>
#include "frnews/common.h"

typedef struct frnp_month_names frnp_month_names;

/* The context's table; NULL when out of memory or when ICU gives none, in
 * which case only numeric dates are read. */
const frnp_month_names *frnp_month_names_get(frn_ctx *ctx);

/* The month (1-12) that the word at text[pos] names, with its length in
 * *name_len (an abbreviation's full stop included); 0 when none. */
int frnp_month_at(const frnp_month_names *names, const char *text, size_t len, size_t pos,
                  size_t *name_len);

#endif
