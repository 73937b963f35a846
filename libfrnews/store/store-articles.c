/* Articles in the store: put (an upsert by id), eviction by date, loading
 * every record into an index, counting. */
#include <stdlib.h>
#include <string.h>
#include "core/array.h"
#include "core/context.h"
#include "store-private.h"
#include "text/utf8.h"

frn_status frn_store_put(frn_ctx *ctx, frn_store *store, const frn_coverage_record *record,
                         const char *file)
{
    static const char sql[] =
        "INSERT INTO articles (id, file, title, published, batch, record) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET file = excluded.file, title = excluded.title,"
        " published = excluded.published, batch = excluded.batch, record = excluded.record";
    sqlite3_stmt *stmt;
    size_t len;
    const void *bytes;
    frn_status status;

    if (!ctx || !store || !record)
        return frnp_fail(ctx, FRN_ERR_INVALID_ARG, FRNP_NO_POSITION, "frn_store_put: NULL argument");
    frnp_ctx_clear(ctx);
    status = frnp_store_check_writable(ctx, store, 1);
    if (status == FRN_OK && file && frnp_utf8_validate(ctx, file, strlen(file)) != FRN_OK)
        status = frnp_fail(ctx, FRN_ERR_INVALID_ARG, FRNP_NO_POSITION, "the file name is not UTF-8");
    if (status == FRN_OK)
        status = frnp_store_prepare(ctx, store, sql, &stmt, "storing an article");
    if (status != FRN_OK)
        return status;
    bytes = frn_coverage_record_get_bytes(record, &len);
    frnp_store_bind_text(stmt, 1, frn_coverage_record_get_id(record));
    frnp_store_bind_text(stmt, 2, file);
    frnp_store_bind_text(stmt, 3, frn_coverage_record_get_title(record));
    frnp_store_bind_text(stmt, 4, frn_coverage_record_get_published(record));
    sqlite3_bind_int64(stmt, 5, store->batch);
    sqlite3_bind_blob64(stmt, 6, bytes, (sqlite3_uint64)len, SQLITE_STATIC);
    status = frnp_store_finish(ctx, store, stmt, "storing an article");
    if (status == FRN_OK)
        store->batch_size++;
    else if (sqlite3_get_autocommit(store->db))
        store->in_batch = 0; /* SQLite rolled the whole batch back */
    return status;
}

static int is_iso_date(const char *date)
{
    for (int i = 0; i < 10; i++) {
        int digit = date[i] >= '0' && date[i] <= '9';
        if ((i == 4 || i == 7) ? date[i] != '-' : !digit)
            return 0;
    }
    return date[10] == '\0';
}

frn_status frn_store_evict_before(frn_ctx *ctx, frn_store *store, const char *date,
                                  size_t *removed)
{
    sqlite3_stmt *stmt;
    frn_status status;

    if (removed)
        *removed = 0;
    if (!ctx || !store || !date || !is_iso_date(date))
        return frnp_fail(ctx, FRN_ERR_INVALID_ARG, FRNP_NO_POSITION,
                         "frn_store_evict_before: the date must read YYYY-MM-DD");
    frnp_ctx_clear(ctx);
    status = frnp_store_check_writable(ctx, store, 1);
    /* ISO 8601 dates and date-times sort as text. */
    if (status == FRN_OK)
        status = frnp_store_prepare(ctx, store,
                                    "DELETE FROM articles WHERE published IS NOT NULL AND published < ?",
                                    &stmt, "removing old articles");
    if (status != FRN_OK)
        return status;
    sqlite3_bind_text(stmt, 1, date, -1, SQLITE_STATIC);
    status = frnp_store_finish(ctx, store, stmt, "removing old articles");
    if (status == FRN_OK && removed)
        *removed = (size_t)sqlite3_changes(store->db);
    return status;
}

static void forget_files(frn_store *store)
{
    for (size_t k = 0; k < store->file_count; k++)
        free(store->files[k]);
    free(store->files);
    store->files = NULL;
    store->file_count = 0;
}

/* Decode one row's record into the index and keep its file. */
static frn_status load_row(frn_ctx *ctx, frn_store *store, sqlite3_stmt *stmt,
                           frn_coverage *coverage, size_t *capacity)
{
    const void *bytes = sqlite3_column_blob(stmt, 2);
    int len = sqlite3_column_bytes(stmt, 2);
    const char *file = (const char *)sqlite3_column_text(stmt, 1);
    frn_coverage_record *record;
    frn_status status = frn_coverage_record_decode(ctx, bytes, (size_t)len, &record);

    if (status != FRN_OK)
        return frnp_fail(ctx, status, FRNP_NO_POSITION, "%s: the record of %s: %s", store->path,
                         (const char *)sqlite3_column_text(stmt, 0), frn_ctx_get_errmsg(ctx));
    status = frn_coverage_add_record(ctx, coverage, record, NULL);
    frn_coverage_record_free(record);
    if (status != FRN_OK)
        return status;
    if (!frnp_array_reserve(&store->files, capacity, store->file_count + 1, sizeof *store->files))
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    store->files[store->file_count] = file ? frnp_strndup(file, strlen(file)) : NULL;
    if (file && !store->files[store->file_count])
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    store->file_count++;
    return FRN_OK;
}

frn_status frn_store_load(frn_ctx *ctx, frn_store *store, frn_coverage *coverage, size_t *loaded)
{
    sqlite3_stmt *stmt;
    size_t capacity = 0;
    frn_status status;
    int rc;

    if (loaded)
        *loaded = 0;
    if (!ctx || !store || !coverage)
        return frnp_fail(ctx, FRN_ERR_INVALID_ARG, FRNP_NO_POSITION, "frn_store_load: NULL argument");
    frnp_ctx_clear(ctx);
    forget_files(store);
    status = frnp_store_prepare(ctx, store, "SELECT id, file, record FROM articles ORDER BY id",
                                &stmt, "reading the articles");
    while (status == FRN_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW)
        status = load_row(ctx, store, stmt, coverage, &capacity);
    if (status == FRN_OK && rc != SQLITE_DONE)
        status = frnp_store_fail(ctx, store, rc, "reading the articles");
    sqlite3_finalize(stmt);
    if (status == FRN_OK && loaded)
        *loaded = store->file_count;
    return status;
}

const char *frn_store_get_loaded_file(const frn_store *store, size_t k)
{
    return store && k < store->file_count ? store->files[k] : NULL;
}

size_t frn_store_get_article_count(const frn_store *store)
{
    sqlite3_stmt *stmt;
    size_t count = 0;

    if (!store || sqlite3_prepare_v2(store->db, "SELECT count(*) FROM articles", -1, &stmt, NULL) != SQLITE_OK)
        return 0;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        count = (size_t)sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return count;
}
