/* PRIVATE to coverage/: the steps of merging quotations (coverage-quotes.c
 * runs them in order).
 *   forms    the printings, in canonical order, grouped by their exact
 *            normalised word sequence (a thousand copies of one quotation
 *            are one form), each form's distinct words in the global order
 *            of prefix filtering (rarest first);
 *   join     forms whose word sets match (Jaccard, or containment of a
 *            trimmed excerpt), found by prefix filtering, never by pairs of
 *            printings: connected components are the text groups;
 *   speakers each text group split by who said it;
 *   variants each merged quotation's canonical text, and how every printing
 *            differs from it. */
#ifndef FRNP_COVERAGE_QUOTES_H
#define FRNP_COVERAGE_QUOTES_H

#include "coverage-private.h"

/* Printings with this share of their distinct words in common merge
 * (Jaccard >= 1/2, tested as 2 * shared >= union). */
#define FRNP_QUOTE_JACCARD_NUM 1
#define FRNP_QUOTE_JACCARD_DEN 2
/* A shorter printing of at least FRNP_QUOTE_MIN_CONTAINED_WORDS distinct
 * words merges with a longer one holding 4/5 of its words: a trimmed
 * version of the same statement. Shorter fragments ("grounded in human
 * rights") stay apart, as a phrase can recur in many statements. */
#define FRNP_QUOTE_CONTAINMENT_NUM 4
#define FRNP_QUOTE_CONTAINMENT_DEN 5
#define FRNP_QUOTE_MIN_CONTAINED_WORDS 6

typedef struct frnp_quote_forms {
    frnp_cov_printing *printings; /* every printing, in canonical order */
    size_t printing_count;
    size_t *form_of;   /* per printing; FRN_NONE for one without words */
    size_t form_count;
    size_t *form_first; /* first printing of each form */
    /* Form f's distinct words: set[set_start[f]] .. set[set_start[f + 1] - 1],
     * each frequency << 32 | token number, ascending (rarest first). */
    uint64_t *set;
    size_t *set_start;
    size_t token_count;
} frnp_quote_forms;

frn_status frnp_quote_forms_build(frn_ctx *ctx, const frn_coverage *coverage,
                                  const size_t *rank, frnp_quote_forms *forms,
                                  frnp_cov_stats *stats);
void frnp_quote_forms_clear(frnp_quote_forms *forms);

/* The text group of each form (numbered from 0), and how many. */
frn_status frnp_quote_join(frn_ctx *ctx, const frnp_quote_forms *forms, size_t **group_of,
                           size_t *group_count, frnp_cov_stats *stats);

/* Split the printings of one text group (members, in canonical order) by
 * speaker: cluster_of[k] receives the cluster of members[k]; speakers[c]
 * receives cluster c's canonical name (malloc'd) or NULL. */
frn_status frnp_quote_speakers(frn_ctx *ctx, const frn_coverage *coverage,
                               const frnp_quote_forms *forms, const size_t *members, size_t n,
                               size_t *cluster_of, size_t *cluster_count, char ***speakers);

/* Choose a merged quotation's canonical printing and class every printing
 * against it; diff strings are appended to results->diffs. */
frn_status frnp_quote_variants(frn_ctx *ctx, const frn_coverage *coverage,
                               frnp_quote_forms *forms, const size_t *members, size_t n,
                               size_t *canonical, frnp_cov_results *results);

#endif
