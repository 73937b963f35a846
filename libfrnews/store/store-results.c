/* The results of a build written to the store's result tables (stories,
 * duplicate_clusters, quotes, quote_sources: docs/store.md), replacing the
 * previous ones in one transaction, for reading with the sqlite3 shell. */
#include <stdlib.h>
#include "core/context.h"
#include "store-private.h"

typedef struct writer {
    frn_ctx *ctx;
    frn_store *store;
    const frn_coverage *coverage;
    sqlite3_stmt *story, *cluster, *quote, *source;
} writer;

static const char *id_of(const writer *w, size_t article)
{
    return frn_coverage_get_article_id(w->coverage, article);
}

/* Step a prepared row and reset it for the next. */
static frn_status put_row(writer *w, sqlite3_stmt *stmt, const char *doing)
{
    int rc = sqlite3_step(stmt);

    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    return rc == SQLITE_DONE ? FRN_OK : frnp_store_fail(w->ctx, w->store, rc, doing);
}

static frn_status write_stories(writer *w)
{
    frn_status status = FRN_OK;

    for (size_t s = 0; status == FRN_OK && s < frn_coverage_get_story_count(w->coverage); s++)
        for (size_t k = 0; status == FRN_OK && k < frn_coverage_get_story_size(w->coverage, s); k++) {
            sqlite3_bind_int64(w->story, 1, (sqlite3_int64)s + 1);
            frnp_store_bind_text(w->story, 2, id_of(w, frn_coverage_get_story_article(w->coverage, s, k)));
            status = put_row(w, w->story, "writing stories");
        }
    return status;
}

/* Each member with its similarity to the representative: the duplicate
 * pairs come cluster by cluster, members in order, the representative
 * left out. */
static frn_status write_clusters(writer *w)
{
    frn_status status = FRN_OK;
    size_t pair = 0;

    for (size_t c = 0; status == FRN_OK && c < frn_coverage_get_cluster_count(w->coverage); c++) {
        size_t rep = frn_coverage_get_cluster_representative(w->coverage, c);
        for (size_t k = 0; status == FRN_OK && k < frn_coverage_get_cluster_size(w->coverage, c); k++) {
            size_t member = frn_coverage_get_cluster_article(w->coverage, c, k), a, b;
            double similarity = 1.0;
            if (member != rep)
                frn_coverage_get_duplicate(w->coverage, pair++, &a, &b, &similarity);
            sqlite3_bind_int64(w->cluster, 1, (sqlite3_int64)c + 1);
            frnp_store_bind_text(w->cluster, 2, id_of(w, member));
            frnp_store_bind_text(w->cluster, 3, id_of(w, rep));
            sqlite3_bind_double(w->cluster, 4, similarity);
            status = put_row(w, w->cluster, "writing duplicate clusters");
        }
    }
    return status;
}

static frn_status write_sources(writer *w, size_t q)
{
    frn_status status = FRN_OK;

    for (size_t k = 0; status == FRN_OK && k < frn_coverage_get_quote_source_count(w->coverage, q); k++) {
        size_t article;
        frn_span span;
        const char *text;
        frn_coverage_get_quote_source(w->coverage, q, k, &article, &span, &text);
        sqlite3_bind_int64(w->source, 1, (sqlite3_int64)q + 1);
        sqlite3_bind_int64(w->source, 2, (sqlite3_int64)k + 1);
        frnp_store_bind_text(w->source, 3, id_of(w, article));
        sqlite3_bind_int64(w->source, 4, (sqlite3_int64)span.start);
        sqlite3_bind_int64(w->source, 5, (sqlite3_int64)span.end);
        frnp_store_bind_text(w->source, 6, text);
        frnp_store_bind_text(w->source, 7, frn_coverage_get_quote_source_speaker(w->coverage, q, k));
        frnp_store_bind_text(w->source, 8, frn_coverage_get_article_published(w->coverage, article));
        frnp_store_bind_text(w->source, 9,
                             frn_quote_variant_name(frn_coverage_get_quote_source_variant(w->coverage, q, k)));
        frnp_store_bind_text(w->source, 10, frn_coverage_get_quote_source_diff(w->coverage, q, k));
        status = put_row(w, w->source, "writing quotation sources");
    }
    return status;
}

static frn_status write_quotes(writer *w)
{
    frn_status status = FRN_OK;

    for (size_t q = 0; status == FRN_OK && q < frn_coverage_get_quote_count(w->coverage); q++) {
        size_t first = frn_coverage_get_quote_first_source(w->coverage, q), article = FRN_NONE;
        frn_span span;
        if (first != FRN_NONE)
            frn_coverage_get_quote_source(w->coverage, q, first, &article, &span, NULL);
        sqlite3_bind_int64(w->quote, 1, (sqlite3_int64)q + 1);
        frnp_store_bind_text(w->quote, 2, frn_coverage_get_quote_speaker(w->coverage, q));
        frnp_store_bind_text(w->quote, 3, frn_coverage_get_quote_text(w->coverage, q));
        frnp_store_bind_text(w->quote, 4, article == FRN_NONE ? NULL : id_of(w, article));
        frnp_store_bind_text(w->quote, 5,
                             article == FRN_NONE ? NULL : frn_coverage_get_article_published(w->coverage, article));
        status = put_row(w, w->quote, "writing quotations");
        if (status == FRN_OK)
            status = write_sources(w, q);
    }
    return status;
}

static frn_status write_all(writer *w)
{
    frn_status status = frnp_store_exec(w->ctx, w->store,
                                        "DELETE FROM stories; DELETE FROM duplicate_clusters;"
                                        " DELETE FROM quotes; DELETE FROM quote_sources",
                                        "clearing the results");

    if (status == FRN_OK)
        status = frnp_store_prepare(w->ctx, w->store, "INSERT INTO stories VALUES (?, ?)", &w->story,
                                    "writing stories");
    if (status == FRN_OK)
        status = frnp_store_prepare(w->ctx, w->store, "INSERT INTO duplicate_clusters VALUES (?, ?, ?, ?)",
                                    &w->cluster, "writing duplicate clusters");
    if (status == FRN_OK)
        status = frnp_store_prepare(w->ctx, w->store, "INSERT INTO quotes VALUES (?, ?, ?, ?, ?)",
                                    &w->quote, "writing quotations");
    if (status == FRN_OK)
        status = frnp_store_prepare(w->ctx, w->store,
                                    "INSERT INTO quote_sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                    &w->source, "writing quotation sources");
    if (status == FRN_OK)
        status = write_stories(w);
    if (status == FRN_OK)
        status = write_clusters(w);
    if (status == FRN_OK)
        status = write_quotes(w);
    return status;
}

frn_status frn_store_save_results(frn_ctx *ctx, frn_store *store, const frn_coverage *coverage)
{
    writer w = {ctx, store, coverage, NULL, NULL, NULL, NULL};
    frn_status status;

    if (!ctx || !store || !coverage)
        return frnp_fail(ctx, FRN_ERR_INVALID_ARG, FRNP_NO_POSITION, "frn_store_save_results: NULL argument");
    frnp_ctx_clear(ctx);
    status = frnp_store_check_writable(ctx, store, 0);
    if (status == FRN_OK && store->in_batch)
        status = frnp_fail(ctx, FRN_ERR_STATE, FRNP_NO_POSITION, "%s: commit the open batch first",
                           store->path);
    if (status == FRN_OK && frn_coverage_get_article_count(coverage) > 0 &&
        frn_coverage_get_story_count(coverage) == 0)
        status = frnp_fail(ctx, FRN_ERR_STATE, FRNP_NO_POSITION, "the index is not built");
    if (status == FRN_OK)
        status = frnp_store_exec(ctx, store, "BEGIN IMMEDIATE", "writing the results");
    if (status != FRN_OK)
        return status;
    status = write_all(&w);
    sqlite3_finalize(w.story);
    sqlite3_finalize(w.cluster);
    sqlite3_finalize(w.quote);
    sqlite3_finalize(w.source);
    if (status == FRN_OK)
        status = frnp_store_exec(ctx, store, "COMMIT", "writing the results");
    if (status != FRN_OK)
        sqlite3_exec(store->db, "ROLLBACK", NULL, NULL, NULL);
    return status;
}
