/* PRIVATE to store/: the store object and its SQLite helpers. This folder
 * is the only one that includes sqlite3.h. */
#ifndef FRNP_STORE_PRIVATE_H
#define FRNP_STORE_PRIVATE_H

#include <sqlite3.h>
#include "frnews/store.h"

struct frn_store {
    sqlite3 *db;
    char *path;
    int read_only;
    int in_batch;
    sqlite3_int64 batch;      /* number of the open batch */
    sqlite3_int64 batch_size; /* articles put in it */
    char **files;             /* of the last load */
    size_t file_count;
};

/* Record a failed SQLite call (rc) on ctx as the matching status: full,
 * read-only, out of memory, or an input/output failure, with SQLite's
 * message and what was being done. */
frn_status frnp_store_fail(frn_ctx *ctx, const frn_store *store, int rc, const char *doing);

/* Run SQL without results. */
frn_status frnp_store_exec(frn_ctx *ctx, frn_store *store, const char *sql, const char *doing);

/* Prepare a statement; *stmt is NULL on failure. */
frn_status frnp_store_prepare(frn_ctx *ctx, frn_store *store, const char *sql, sqlite3_stmt **stmt,
                              const char *doing);

/* Step a statement that returns no row and finalize it. */
frn_status frnp_store_finish(frn_ctx *ctx, frn_store *store, sqlite3_stmt *stmt, const char *doing);

/* Bind a NUL-terminated string, or NULL. */
int frnp_store_bind_text(sqlite3_stmt *stmt, int at, const char *text);

/* Fail unless a batch is open (FRN_ERR_STATE) and the store writable. */
frn_status frnp_store_check_writable(frn_ctx *ctx, const frn_store *store, int need_batch);

#endif
