/**
 * @file frnews/store.h
 * @brief The coverage store: coverage records in an SQLite database, so
 * that coverage outlives the process and grows run after run.
 *
 * Include `<frnews.h>` rather than this header.
 *
 * A store holds one record per article id (adding an id again replaces its
 * record), grouped into batches: each batch is one transaction, so a
 * process killed in the middle of an ingest leaves every committed batch
 * and nothing of the one it was writing. The database runs in WAL mode.
 * Its schema is documented in docs/store.md, for reading stories and
 * quotations with the sqlite3 shell; its version is stored and checked on
 * open. A store is used by one thread at a time.
 *
 * @code
 * frn_store *store;
 * frn_store_open(ctx, "news.db", 0, &store);
 * frn_store_begin(ctx, store);
 * frn_store_put(ctx, store, record, "a1.txt");
 * frn_store_commit(ctx, store);
 * frn_coverage_new(ctx, NULL, &cov);
 * frn_store_load(ctx, store, cov, NULL);
 * frn_coverage_build(ctx, cov);
 * frn_store_save_results(ctx, store, cov);
 * frn_store_close(store);
 * @endcode
 */
#ifndef FRNEWS_STORE_H
#define FRNEWS_STORE_H

#include "frnews/common.h"
#include "frnews/coverage.h"

#ifdef __cplusplus
extern "C" {
#endif

/** An open coverage store. */
typedef struct frn_store frn_store;

/** The version of the database schema this library writes and reads. */
#define FRN_STORE_SCHEMA_VERSION 1

/** frn_store_open() flag: open for reading only (every write fails with FRN_ERR_READONLY). */
#define FRN_STORE_READ_ONLY 1u

/**
 * Open a store, creating the database (and its schema) when the file does
 * not exist, unless @p flags holds FRN_STORE_READ_ONLY.
 * @param ctx the calling thread's context; receives the detailed message.
 * @param path the database file (NUL-terminated, as the file system takes it).
 * @param flags 0 or FRN_STORE_READ_ONLY.
 * @param[out] out receives the store, NULL on failure; close it with frn_store_close().
 * @return FRN_OK, FRN_ERR_INVALID_ARG, FRN_ERR_IO (cannot open, or not a
 *         database), FRN_ERR_VERSION (a schema version this library does
 *         not read), FRN_ERR_READONLY (read-only and not yet created) or
 *         FRN_ERR_NOMEM.
 */
FRN_API frn_status frn_store_open(frn_ctx *ctx, const char *path, unsigned flags,
                                  frn_store **out);

/** Close a store; an open batch is rolled back. NULL is accepted and ignored. */
FRN_API void frn_store_close(frn_store *store);

/**
 * Start a batch: the articles put and removed until frn_store_commit() are
 * written together or not at all.
 * @return FRN_OK, FRN_ERR_INVALID_ARG, FRN_ERR_STATE (a batch is open),
 *         FRN_ERR_READONLY or FRN_ERR_IO.
 */
FRN_API frn_status frn_store_begin(frn_ctx *ctx, frn_store *store);

/**
 * Commit the open batch.
 * @return FRN_OK, FRN_ERR_INVALID_ARG, FRN_ERR_STATE (no batch is open),
 *         FRN_ERR_FULL (disk or database full: the batch is rolled back) or
 *         FRN_ERR_IO.
 */
FRN_API frn_status frn_store_commit(frn_ctx *ctx, frn_store *store);

/** Roll the open batch back (nothing of it is kept); FRN_OK when none is open. */
FRN_API frn_status frn_store_rollback(frn_ctx *ctx, frn_store *store);

/**
 * Put an article's record into the open batch; a record of the same id
 * already stored is replaced.
 * @param ctx the calling thread's context.
 * @param store the store, with a batch open.
 * @param record the record (its bytes are stored).
 * @param file the file the article was read from, or NULL.
 * @return FRN_OK, FRN_ERR_INVALID_ARG, FRN_ERR_STATE (no batch open),
 *         FRN_ERR_READONLY, FRN_ERR_FULL or FRN_ERR_IO.
 */
FRN_API frn_status frn_store_put(frn_ctx *ctx, frn_store *store,
                                 const frn_coverage_record *record, const char *file);

/**
 * Remove, in the open batch, the articles published before a date; those
 * without a date stay.
 * @param ctx the calling thread's context.
 * @param store the store, with a batch open.
 * @param date an ISO 8601 date ("2020-06-01").
 * @param[out] removed receives the number removed; may be NULL.
 * @return FRN_OK, FRN_ERR_INVALID_ARG (also for a date not of the form
 *         YYYY-MM-DD), FRN_ERR_STATE, FRN_ERR_READONLY or FRN_ERR_IO.
 */
FRN_API frn_status frn_store_evict_before(frn_ctx *ctx, frn_store *store, const char *date,
                                          size_t *removed);

/**
 * Add every stored record to an index, in the order of their ids.
 * @param ctx the calling thread's context.
 * @param store the store.
 * @param coverage the index to add to.
 * @param[out] loaded receives the number added; may be NULL.
 * @return FRN_OK, FRN_ERR_INVALID_ARG, FRN_ERR_IO, FRN_ERR_FORMAT or
 *         FRN_ERR_VERSION (a stored record that does not decode) or FRN_ERR_NOMEM.
 */
FRN_API frn_status frn_store_load(frn_ctx *ctx, frn_store *store, frn_coverage *coverage,
                                  size_t *loaded);

/**
 * The file of the k-th article of the last frn_store_load() (as put), NULL
 * when none was given or out of range. Borrowed, valid until the next load.
 */
FRN_API const char *frn_store_get_loaded_file(const frn_store *store, size_t k);

/** Number of articles stored; 0 on failure. */
FRN_API size_t frn_store_get_article_count(const frn_store *store);

/**
 * Write a built index's results (stories, duplicate clusters, merged
 * quotations with their sources) into the store's result tables, replacing
 * the previous ones, in one transaction of its own. No batch may be open.
 * @return FRN_OK, FRN_ERR_INVALID_ARG, FRN_ERR_STATE (a batch is open or
 *         the index is not built), FRN_ERR_READONLY, FRN_ERR_FULL or FRN_ERR_IO.
 */
FRN_API frn_status frn_store_save_results(frn_ctx *ctx, frn_store *store,
                                          const frn_coverage *coverage);

#ifdef __cplusplus
}
#endif

#endif /* FRNEWS_STORE_H */
