/* The coverage store (frnews/store.h) on real SQLite databases: round trip,
 * re-adding an id, eviction, results tables, a read-only store, a schema of
 * another version, a file that is not a database, a full database, and an
 * ingest killed with SIGKILL at random points, many times over. Internal:
 * it reaches the store's connection to make the database full, and reads
 * the database with SQLite itself to check it. */
#define _POSIX_C_SOURCE 200809L
#include <check.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "store/store-private.h"
#include "test-support.h"

static frn_ctx *ctx;
static char dir[] = "/tmp/frnews-store-XXXXXX";
static char path[256];
static frn_article *article;
static frn_quote_list *quotes;

static void setup(void)
{
    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    ck_assert_ptr_nonnull(mkdtemp(strcpy(dir, "/tmp/frnews-store-XXXXXX")));
    snprintf(path, sizeof path, "%s/news.db", dir);
    quotes = frn_test_sample_quotes("003_aebe5fa7a6eea9d4.txt", &article);
}

static void teardown(void)
{
    char command[512];

    frn_quote_list_free(quotes);
    frn_article_free(article);
    frn_ctx_free(ctx);
    snprintf(command, sizeof command, "rm -rf '%s'", dir);
    ck_assert_int_eq(system(command), 0);
}

static frn_coverage_record *record(const char *id)
{
    frn_coverage_record *r;

    ck_assert_int_eq(frn_coverage_record_new(ctx, id, article, quotes, &r), FRN_OK);
    return r;
}

static frn_status put(frn_store *store, const char *id)
{
    frn_coverage_record *r = record(id);
    frn_status status = frn_store_put(ctx, store, r, "file.txt");

    frn_coverage_record_free(r);
    return status;
}

/* A query's single integer answer, straight from SQLite. */
static long long sql_count(const char *sql)
{
    sqlite3 *db;
    sqlite3_stmt *stmt;
    long long n = -1;

    ck_assert_int_eq(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    ck_assert_int_eq(sqlite3_prepare_v2(db, sql, -1, &stmt, NULL), SQLITE_OK);
    if (sqlite3_step(stmt) == SQLITE_ROW)
        n = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return n;
}

/* PRAGMA integrity_check answers "ok" and nothing else. */
static int integrity_ok(void)
{
    sqlite3 *db;
    sqlite3_stmt *stmt;
    int ok;

    ck_assert_int_eq(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    ck_assert_int_eq(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, NULL), SQLITE_OK);
    ok = sqlite3_step(stmt) == SQLITE_ROW && strcmp((const char *)sqlite3_column_text(stmt, 0), "ok") == 0 &&
         sqlite3_step(stmt) == SQLITE_DONE;
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return ok;
}

static void sql_exec(const char *sql)
{
    sqlite3 *db;

    ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
    ck_assert_int_eq(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
}

START_TEST(test_store_round_trip_and_update)
{
    frn_store *store;
    frn_coverage *cov;
    size_t loaded;

    ck_assert_int_eq(frn_store_open(ctx, path, 0, &store), FRN_OK);
    ck_assert_int_eq(frn_store_begin(ctx, store), FRN_OK);
    ck_assert_int_eq(frn_store_begin(ctx, store), FRN_ERR_STATE);
    ck_assert_int_eq(put(store, "a"), FRN_OK);
    ck_assert_int_eq(put(store, "b"), FRN_OK);
    ck_assert_int_eq(frn_store_commit(ctx, store), FRN_OK);
    ck_assert_int_eq(frn_store_commit(ctx, store), FRN_ERR_STATE);
    ck_assert_int_eq(put(store, "c"), FRN_ERR_STATE);
    frn_store_close(store);
    /* A later run sees the earlier articles; re-adding an id replaces it. */
    ck_assert_int_eq(frn_store_open(ctx, path, 0, &store), FRN_OK);
    ck_assert_uint_eq(frn_store_get_article_count(store), 2);
    ck_assert_int_eq(frn_store_begin(ctx, store), FRN_OK);
    ck_assert_int_eq(put(store, "a"), FRN_OK);
    ck_assert_int_eq(frn_store_commit(ctx, store), FRN_OK);
    ck_assert_uint_eq(frn_store_get_article_count(store), 2);
    ck_assert_int_eq(sql_count("SELECT batch FROM articles WHERE id = 'a'"), 2);
    ck_assert_int_eq(frn_coverage_new(ctx, NULL, &cov), FRN_OK);
    ck_assert_int_eq(frn_store_load(ctx, store, cov, &loaded), FRN_OK);
    ck_assert_uint_eq(loaded, 2);
    ck_assert_str_eq(frn_coverage_get_article_id(cov, 0), "a");
    ck_assert_str_eq(frn_store_get_loaded_file(store, 1), "file.txt");
    ck_assert_ptr_null(frn_store_get_loaded_file(store, 2));
    ck_assert_str_eq(frn_coverage_get_article_published(cov, 1), "2020-06-12");
    ck_assert_int_eq(frn_coverage_build(ctx, cov), FRN_OK);
    ck_assert_int_eq(frn_store_save_results(ctx, store, cov), FRN_OK);
    frn_coverage_free(cov);
    frn_store_close(store);
    /* The results, readable with SQL: the two copies are one cluster. */
    ck_assert_int_eq(sql_count("SELECT count(*) FROM duplicate_clusters"), 2);
    ck_assert_int_eq(sql_count("SELECT count(DISTINCT story) FROM stories"), 1);
    ck_assert_int_ge(sql_count("SELECT count(*) FROM quote_sources WHERE variant = 'identical'"), 2);
    ck_assert_int_eq(sql_count("SELECT value FROM meta WHERE key = 'schema_version'"), 1);
}
END_TEST

START_TEST(test_store_evicts_by_date)
{
    frn_store *store;
    size_t removed = 9;

    ck_assert_int_eq(frn_store_open(ctx, path, 0, &store), FRN_OK);
    ck_assert_int_eq(frn_store_begin(ctx, store), FRN_OK);
    ck_assert_int_eq(put(store, "dated"), FRN_OK);
    ck_assert_int_eq(frn_store_evict_before(ctx, store, "June 2020", &removed), FRN_ERR_INVALID_ARG);
    ck_assert_uint_eq(removed, 0);
    ck_assert_int_eq(frn_store_evict_before(ctx, store, "2020-06-12", &removed), FRN_OK);
    ck_assert_uint_eq(removed, 0); /* published that day: kept */
    ck_assert_int_eq(frn_store_evict_before(ctx, store, "2020-06-13", &removed), FRN_OK);
    ck_assert_uint_eq(removed, 1);
    ck_assert_int_eq(frn_store_commit(ctx, store), FRN_OK);
    ck_assert_uint_eq(frn_store_get_article_count(store), 0);
    frn_store_close(store);
}
END_TEST

START_TEST(test_store_read_only)
{
    frn_store *store = (void *)1;

    ck_assert_int_eq(frn_store_open(ctx, path, FRN_STORE_READ_ONLY, &store), FRN_ERR_IO);
    ck_assert_ptr_null(store);
    ck_assert_int_eq(frn_store_open(ctx, path, 0, &store), FRN_OK);
    frn_store_close(store);
    ck_assert_int_eq(frn_store_open(ctx, path, FRN_STORE_READ_ONLY, &store), FRN_OK);
    ck_assert_int_eq(frn_store_begin(ctx, store), FRN_ERR_READONLY);
    ck_assert_ptr_nonnull(strstr(frn_ctx_get_errmsg(ctx), "read-only"));
    frn_store_close(store);
    ck_assert_int_eq(frn_store_open(ctx, path, 7, &store), FRN_ERR_INVALID_ARG);
}
END_TEST

START_TEST(test_store_schema_version_checked)
{
    frn_store *store;
    FILE *f;
    char junk[128];

    ck_assert_int_eq(frn_store_open(ctx, path, 0, &store), FRN_OK);
    frn_store_close(store);
    sql_exec("UPDATE meta SET value = '2' WHERE key = 'schema_version'");
    ck_assert_int_eq(frn_store_open(ctx, path, 0, &store), FRN_ERR_VERSION);
    ck_assert_ptr_nonnull(strstr(frn_ctx_get_errmsg(ctx), "schema version 2"));
    /* Records of an older format (their signatures are not comparable). */
    sql_exec("UPDATE meta SET value = '1' WHERE key = 'schema_version'");
    ck_assert_int_eq(frn_store_open(ctx, path, 0, &store), FRN_OK);
    frn_store_close(store);
    sql_exec("UPDATE meta SET value = '0' WHERE key = 'record_version'");
    ck_assert_int_eq(frn_store_open(ctx, path, FRN_STORE_READ_ONLY, &store), FRN_ERR_VERSION);
    ck_assert_ptr_nonnull(strstr(frn_ctx_get_errmsg(ctx), "coverage records of format version 0"));
    /* Someone else's database. */
    sql_exec("DROP TABLE meta");
    ck_assert_int_eq(frn_store_open(ctx, path, 0, &store), FRN_ERR_VERSION);
    /* Not a database at all. */
    snprintf(junk, sizeof junk, "%s/junk.db", dir);
    f = fopen(junk, "wb");
    for (int i = 0; i < 4096; i++)
        fputc('x', f);
    fclose(f);
    ck_assert_int_eq(frn_store_open(ctx, junk, 0, &store), FRN_ERR_IO);
    ck_assert_ptr_nonnull(strstr(frn_ctx_get_errmsg(ctx), "junk.db"));
}
END_TEST

START_TEST(test_store_full_database_gives_a_status)
{
    frn_store *store;
    frn_status status = FRN_OK;
    char id[32];

    ck_assert_int_eq(frn_store_open(ctx, path, 0, &store), FRN_OK);
    /* The database may not grow past its present size: SQLITE_FULL. */
    ck_assert_int_eq(sqlite3_exec(store->db, "PRAGMA max_page_count = 12", NULL, NULL, NULL), SQLITE_OK);
    ck_assert_int_eq(frn_store_begin(ctx, store), FRN_OK);
    for (int i = 0; i < 200 && status == FRN_OK; i++) {
        snprintf(id, sizeof id, "full%d", i);
        status = put(store, id);
    }
    ck_assert_int_eq(status, FRN_ERR_FULL);
    ck_assert_ptr_nonnull(strstr(frn_ctx_get_errmsg(ctx), "full"));
    ck_assert_int_eq(frn_store_rollback(ctx, store), FRN_OK);
    frn_store_close(store);
    ck_assert_int_eq(sql_count("SELECT count(*) FROM articles"), 0);
    ck_assert(integrity_ok());
}
END_TEST

/* --- killed ingests --- */

#define BATCH_ARTICLES 12

/* What the child reports before its first batch: the store is open. */
#define INGEST_READY (-1L)

/* The child: batch after batch from `first`, telling the parent each
 * batch number once it is committed. Runs until killed. */
static void ingest_forever(int report_fd, long first)
{
    frn_store *store;
    char id[64];
    long ready = INGEST_READY;

    if (frn_store_open(ctx, path, 0, &store) != FRN_OK)
        _exit(3);
    if (write(report_fd, &ready, sizeof ready) != sizeof ready)
        _exit(7);
    for (long batch = first;; batch++) {
        if (frn_store_begin(ctx, store) != FRN_OK)
            _exit(4);
        for (int i = 0; i < BATCH_ARTICLES; i++) {
            snprintf(id, sizeof id, "b%ld-%d", batch, i);
            if (put(store, id) != FRN_OK)
                _exit(5);
        }
        if (frn_store_commit(ctx, store) != FRN_OK)
            _exit(6);
        if (write(report_fd, &batch, sizeof batch) != sizeof batch)
            _exit(7);
    }
}

/* Every batch the child said it committed is whole. */
static int check_reported(long committed)
{
    char sql[128];

    if (committed == INGEST_READY)
        return 0;
    snprintf(sql, sizeof sql, "SELECT count(*) FROM articles WHERE batch = %ld", committed);
    ck_assert_int_eq(sql_count(sql), BATCH_ARTICLES);
    return 1;
}

static long last_batch(void)
{
    long long n = sql_count("SELECT coalesce(max(batch), 0) FROM batches");

    return (long)n;
}

START_TEST(test_store_killed_ingest_keeps_every_committed_batch)
{
    frn_store *store;
    unsigned seed = (unsigned)time(NULL);
    int kills = 40, reported = 0;

    ck_assert_int_eq(frn_store_open(ctx, path, 0, &store), FRN_OK);
    frn_store_close(store);
    srand(seed);
    for (int run = 0; run < kills; run++) {
        int fds[2], wstatus;
        long first = last_batch() + 1, committed, committed_before_kill = INGEST_READY;
        pid_t child;
        struct timespec pause = {0, (long)(rand() % 40000) * 1000L}; /* 0 to 40 ms */
        ck_assert_int_eq(pipe(fds), 0);
        child = fork();
        ck_assert_int_ge(child, 0);
        if (child == 0) {
            close(fds[0]);
            ingest_forever(fds[1], first);
        }
        close(fds[1]);
        /* The kill comes a random time after the store is open, and in every
         * other run after the first commit too, so that it lands at every
         * point of a batch however fast the machine (or slow under
         * valgrind) the child runs. */
        ck_assert_int_eq(read(fds[0], &committed, sizeof committed), sizeof committed);
        ck_assert_int_eq(committed, INGEST_READY);
        if (run % 2 == 1) {
            ck_assert_int_eq(read(fds[0], &committed, sizeof committed), sizeof committed);
            committed_before_kill = committed;
        }
        nanosleep(&pause, NULL);
        kill(child, SIGKILL);
        ck_assert_int_eq(waitpid(child, &wstatus, 0), child);
        ck_assert_msg(WIFSIGNALED(wstatus), "the ingest ended by itself (seed %u)", seed);
        if (committed_before_kill != INGEST_READY)
            reported += check_reported(committed_before_kill);
        while (read(fds[0], &committed, sizeof committed) == sizeof committed)
            reported += check_reported(committed);
        close(fds[0]);
        ck_assert(integrity_ok());
        /* Nothing half-written: every stored article belongs to a recorded
         * batch holding all of its articles. */
        ck_assert_int_eq(sql_count("SELECT count(*) FROM articles WHERE batch NOT IN "
                                   "(SELECT batch FROM batches)"), 0);
        ck_assert_int_eq(sql_count("SELECT count(*) FROM batches b WHERE articles != "
                                   "(SELECT count(*) FROM articles a WHERE a.batch = b.batch)"), 0);
    }
    ck_assert_msg(reported > 0, "no batch committed in %d runs (seed %u)", kills, seed);
    fprintf(stderr, "store: %d ingests killed, %d batches committed and found whole, "
            "%lld articles stored (seed %u)\n", kills, reported,
            sql_count("SELECT count(*) FROM articles"), seed);
    /* A store opens on what is left and loads it all. */
    {
        frn_coverage *cov;
        ck_assert_int_eq(frn_store_open(ctx, path, 0, &store), FRN_OK);
        ck_assert_int_eq(frn_coverage_new(ctx, NULL, &cov), FRN_OK);
        ck_assert_int_eq(frn_store_load(ctx, store, cov, NULL), FRN_OK);
        ck_assert_uint_eq(frn_coverage_get_article_count(cov), (size_t)sql_count("SELECT count(*) FROM articles"));
        frn_coverage_free(cov);
        frn_store_close(store);
    }
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *suite = suite_create("int_store");
    TCase *tc = tcase_create("store");

    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_store_round_trip_and_update);
    tcase_add_test(tc, test_store_evicts_by_date);
    tcase_add_test(tc, test_store_read_only);
    tcase_add_test(tc, test_store_schema_version_checked);
    tcase_add_test(tc, test_store_full_database_gives_a_status);
    tcase_add_test(tc, test_store_killed_ingest_keeps_every_committed_batch);
    suite_add_tcase(suite, tc);
    return suite;
}
