/* The coverage store: opening the database (creating or checking its
 * schema), and batches as transactions. WAL mode lets readers go on while a
 * batch is written; synchronous=FULL makes a committed batch survive a
 * crash of the machine, not only of the process. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "frnews/version.h"
#include "core/context.h"
#include "store-private.h"
#include "text/utf8.h"

/* The schema of docs/store.md, version 1. */
static const char schema[] =
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE articles ("
    "  id TEXT PRIMARY KEY, file TEXT, title TEXT, published TEXT,"
    "  batch INTEGER NOT NULL, record BLOB NOT NULL);"
    "CREATE INDEX articles_published ON articles (published);"
    "CREATE INDEX articles_batch ON articles (batch);"
    "CREATE TABLE batches (batch INTEGER PRIMARY KEY, committed_at TEXT NOT NULL,"
    "  articles INTEGER NOT NULL);"
    "CREATE TABLE stories (story INTEGER NOT NULL, article_id TEXT NOT NULL);"
    "CREATE TABLE duplicate_clusters (cluster INTEGER NOT NULL, article_id TEXT NOT NULL,"
    "  representative TEXT NOT NULL, similarity REAL NOT NULL);"
    "CREATE TABLE quotes (quote INTEGER PRIMARY KEY, speaker TEXT, text TEXT NOT NULL,"
    "  first_article TEXT, first_published TEXT);"
    "CREATE TABLE quote_sources (quote INTEGER NOT NULL, position INTEGER NOT NULL,"
    "  article_id TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,"
    "  text TEXT NOT NULL, speaker TEXT, published TEXT, variant TEXT NOT NULL, diff TEXT);";

frn_status frnp_store_fail(frn_ctx *ctx, const frn_store *store, int rc, const char *doing)
{
    const char *detail = store && store->db ? sqlite3_errmsg(store->db) : sqlite3_errstr(rc);
    const char *path = store && store->path ? store->path : "store";
    frn_status status = FRN_ERR_IO;

    switch (rc & 0xFF) {
    case SQLITE_FULL: status = FRN_ERR_FULL; break;
    case SQLITE_READONLY: status = FRN_ERR_READONLY; break;
    case SQLITE_NOMEM: status = FRN_ERR_NOMEM; break;
    }
    return frnp_fail(ctx, status, FRNP_NO_POSITION, "%s: %s: %s", path, doing, detail);
}

frn_status frnp_store_exec(frn_ctx *ctx, frn_store *store, const char *sql, const char *doing)
{
    int rc = sqlite3_exec(store->db, sql, NULL, NULL, NULL);

    return rc == SQLITE_OK ? FRN_OK : frnp_store_fail(ctx, store, rc, doing);
}

frn_status frnp_store_prepare(frn_ctx *ctx, frn_store *store, const char *sql, sqlite3_stmt **stmt,
                              const char *doing)
{
    int rc = sqlite3_prepare_v2(store->db, sql, -1, stmt, NULL);

    if (rc == SQLITE_OK)
        return FRN_OK;
    *stmt = NULL;
    return frnp_store_fail(ctx, store, rc, doing);
}

frn_status frnp_store_finish(frn_ctx *ctx, frn_store *store, sqlite3_stmt *stmt, const char *doing)
{
    int rc = sqlite3_step(stmt);
    frn_status status = rc == SQLITE_DONE || rc == SQLITE_ROW ? FRN_OK
                                                              : frnp_store_fail(ctx, store, rc, doing);

    sqlite3_finalize(stmt);
    return status;
}

int frnp_store_bind_text(sqlite3_stmt *stmt, int at, const char *text)
{
    return text ? sqlite3_bind_text(stmt, at, text, -1, SQLITE_TRANSIENT) : sqlite3_bind_null(stmt, at);
}

frn_status frnp_store_check_writable(frn_ctx *ctx, const frn_store *store, int need_batch)
{
    if (store->read_only)
        return frnp_fail(ctx, FRN_ERR_READONLY, FRNP_NO_POSITION, "%s: opened read-only",
                         store->path);
    if (need_batch && !store->in_batch)
        return frnp_fail(ctx, FRN_ERR_STATE, FRNP_NO_POSITION, "%s: no batch is open (frn_store_begin)",
                         store->path);
    return FRN_OK;
}

/* How many tables the database holds: 0 for a new file. */
static frn_status table_count(frn_ctx *ctx, frn_store *store, int *count)
{
    sqlite3_stmt *stmt;
    frn_status status = frnp_store_prepare(ctx, store,
                                           "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
                                           &stmt, "reading the schema");
    int rc;

    if (status != FRN_OK)
        return status;
    rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW)
        *count = sqlite3_column_int(stmt, 0);
    else
        status = frnp_store_fail(ctx, store, rc, "reading the schema");
    sqlite3_finalize(stmt);
    return status;
}

static frn_status create_schema(frn_ctx *ctx, frn_store *store)
{
    char sql[256];
    frn_status status = frnp_store_exec(ctx, store, "BEGIN IMMEDIATE", "creating the schema");
    int tables = 0;

    if (status != FRN_OK)
        return status;
    /* Another process may have created it meanwhile. */
    status = table_count(ctx, store, &tables);
    if (status == FRN_OK && tables == 0)
        status = frnp_store_exec(ctx, store, schema, "creating the schema");
    snprintf(sql, sizeof sql,
             "INSERT OR IGNORE INTO meta VALUES ('schema_version', '%d'), ('record_version', '%d'),"
             " ('created_by', 'libfrnews %s')",
             FRN_STORE_SCHEMA_VERSION, FRN_COVERAGE_RECORD_VERSION, frn_version_string());
    if (status == FRN_OK && tables == 0)
        status = frnp_store_exec(ctx, store, sql, "creating the schema");
    if (status == FRN_OK)
        return frnp_store_exec(ctx, store, "COMMIT", "creating the schema");
    sqlite3_exec(store->db, "ROLLBACK", NULL, NULL, NULL);
    return status;
}

/* The meta value of key as a number into *value (-1 when absent). */
static frn_status meta_number(frn_ctx *ctx, frn_store *store, const char *key, int *value)
{
    sqlite3_stmt *stmt;
    int rc;

    *value = -1;
    if (sqlite3_prepare_v2(store->db, "SELECT value FROM meta WHERE key = ?", -1, &stmt, NULL) != SQLITE_OK)
        return frnp_fail(ctx, FRN_ERR_VERSION, FRNP_NO_POSITION,
                         "%s: not a coverage store (no meta table)", store->path);
    sqlite3_bind_text(stmt, 1, key, -1, SQLITE_STATIC);
    rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW)
        *value = atoi((const char *)sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return frnp_store_fail(ctx, store, rc, "reading the versions");
    return FRN_OK;
}

/* The schema, and the format of the records it holds: records of another
 * format would be refused one by one, so the store is refused whole. */
static frn_status check_version(frn_ctx *ctx, frn_store *store)
{
    int schema, records;
    frn_status status = meta_number(ctx, store, "schema_version", &schema);

    if (status == FRN_OK && schema != FRN_STORE_SCHEMA_VERSION)
        return frnp_fail(ctx, FRN_ERR_VERSION, FRNP_NO_POSITION,
                         "%s: schema version %d; this library reads version %d", store->path,
                         schema, FRN_STORE_SCHEMA_VERSION);
    if (status == FRN_OK)
        status = meta_number(ctx, store, "record_version", &records);
    if (status == FRN_OK && records != FRN_COVERAGE_RECORD_VERSION)
        return frnp_fail(ctx, FRN_ERR_VERSION, FRNP_NO_POSITION,
                         "%s: coverage records of format version %d; this library reads version %d"
                         " (build the store again from the articles)",
                         store->path, records, FRN_COVERAGE_RECORD_VERSION);
    return status;
}

static frn_status prepare_database(frn_ctx *ctx, frn_store *store)
{
    int tables = 0;
    frn_status status;

    sqlite3_busy_timeout(store->db, 5000);
    status = table_count(ctx, store, &tables);
    if (status != FRN_OK)
        return status;
    if (tables == 0 && store->read_only)
        return frnp_fail(ctx, FRN_ERR_READONLY, FRNP_NO_POSITION,
                         "%s: empty database opened read-only: no coverage store", store->path);
    if (!store->read_only) {
        status = frnp_store_exec(ctx, store, "PRAGMA journal_mode = WAL", "choosing WAL mode");
        if (status == FRN_OK)
            status = frnp_store_exec(ctx, store, "PRAGMA synchronous = FULL", "choosing FULL sync");
        if (status == FRN_OK && tables == 0)
            status = create_schema(ctx, store);
        if (status != FRN_OK)
            return status;
    }
    return check_version(ctx, store);
}

frn_status frn_store_open(frn_ctx *ctx, const char *path, unsigned flags, frn_store **out)
{
    frn_store *store;
    frn_status status;
    int rc, mode;

    if (out)
        *out = NULL;
    if (!ctx || !path || !out || (flags & ~FRN_STORE_READ_ONLY))
        return frnp_fail(ctx, FRN_ERR_INVALID_ARG, FRNP_NO_POSITION,
                         "frn_store_open: NULL context, path or output, or unknown flags");
    frnp_ctx_clear(ctx);
    store = calloc(1, sizeof *store);
    if (!store || !(store->path = frnp_strndup(path, strlen(path)))) {
        free(store);
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    }
    store->read_only = (flags & FRN_STORE_READ_ONLY) != 0;
    mode = store->read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    rc = sqlite3_open_v2(path, &store->db, mode | SQLITE_OPEN_NOMUTEX, NULL);
    status = rc == SQLITE_OK ? prepare_database(ctx, store) : frnp_store_fail(ctx, store, rc, "opening");
    if (status != FRN_OK) {
        frn_store_close(store);
        return status;
    }
    *out = store;
    return FRN_OK;
}

void frn_store_close(frn_store *store)
{
    if (!store)
        return;
    if (store->in_batch)
        sqlite3_exec(store->db, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_close(store->db);
    for (size_t k = 0; k < store->file_count; k++)
        free(store->files[k]);
    free(store->files);
    free(store->path);
    free(store);
}

frn_status frn_store_begin(frn_ctx *ctx, frn_store *store)
{
    sqlite3_stmt *stmt;
    frn_status status;
    int rc;

    if (!ctx || !store)
        return frnp_fail(ctx, FRN_ERR_INVALID_ARG, FRNP_NO_POSITION, "frn_store_begin: NULL argument");
    frnp_ctx_clear(ctx);
    status = frnp_store_check_writable(ctx, store, 0);
    if (status == FRN_OK && store->in_batch)
        status = frnp_fail(ctx, FRN_ERR_STATE, FRNP_NO_POSITION, "%s: a batch is already open",
                           store->path);
    if (status == FRN_OK)
        status = frnp_store_exec(ctx, store, "BEGIN IMMEDIATE", "starting a batch");
    if (status == FRN_OK)
        status = frnp_store_prepare(ctx, store, "SELECT coalesce(max(batch), 0) + 1 FROM batches",
                                    &stmt, "numbering the batch");
    if (status != FRN_OK)
        return status;
    rc = sqlite3_step(stmt);
    store->batch = rc == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : 0;
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW) {
        status = frnp_store_fail(ctx, store, rc, "numbering the batch");
        sqlite3_exec(store->db, "ROLLBACK", NULL, NULL, NULL);
        return status;
    }
    store->in_batch = 1;
    store->batch_size = 0;
    return FRN_OK;
}

frn_status frn_store_commit(frn_ctx *ctx, frn_store *store)
{
    sqlite3_stmt *stmt;
    frn_status status;

    if (!ctx || !store)
        return frnp_fail(ctx, FRN_ERR_INVALID_ARG, FRNP_NO_POSITION, "frn_store_commit: NULL argument");
    frnp_ctx_clear(ctx);
    status = frnp_store_check_writable(ctx, store, 1);
    if (status != FRN_OK)
        return status;
    status = frnp_store_prepare(ctx, store,
                                "INSERT INTO batches VALUES (?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?)",
                                &stmt, "recording the batch");
    if (status == FRN_OK) {
        sqlite3_bind_int64(stmt, 1, store->batch);
        sqlite3_bind_int64(stmt, 2, store->batch_size);
        status = frnp_store_finish(ctx, store, stmt, "recording the batch");
    }
    if (status == FRN_OK)
        status = frnp_store_exec(ctx, store, "COMMIT", "committing the batch");
    if (status != FRN_OK)
        sqlite3_exec(store->db, "ROLLBACK", NULL, NULL, NULL);
    store->in_batch = 0;
    return status;
}

frn_status frn_store_rollback(frn_ctx *ctx, frn_store *store)
{
    if (!ctx || !store)
        return frnp_fail(ctx, FRN_ERR_INVALID_ARG, FRNP_NO_POSITION, "frn_store_rollback: NULL argument");
    frnp_ctx_clear(ctx);
    if (!store->in_batch)
        return FRN_OK;
    store->in_batch = 0;
    /* SQLite may have rolled it back already (after SQLITE_FULL, say). */
    if (sqlite3_get_autocommit(store->db))
        return FRN_OK;
    return frnp_store_exec(ctx, store, "ROLLBACK", "rolling the batch back");
}
