/* The articles the benchmarks read: made reproducibly from the seed
 * articles (examples/data) by controlled edits, or read from a directory,
 * a JSON Lines file or a WARC file the user names. */
#ifndef FRN_BENCH_CORPUS_H
#define FRN_BENCH_CORPUS_H

#include <stddef.h>
#include <stdint.h>

#define FRN_BENCH_MAX_PARAGRAPHS 64
#define FRN_BENCH_STORY_SIZE 20

/* A seed article cut into paragraphs (at blank lines). */
typedef struct frn_bench_seed {
    char *paragraphs[FRN_BENCH_MAX_PARAGRAPHS];
    size_t count;
} frn_bench_seed;

typedef struct frn_bench_seeds {
    frn_bench_seed *items;
    size_t count;
} frn_bench_seeds;

/* Every .txt file of dir with more than three paragraphs, in name order
 * (so the corpus does not depend on the directory's order). 0 when none. */
int frn_bench_seeds_load(const char *dir, frn_bench_seeds *seeds);
void frn_bench_seeds_free(frn_bench_seeds *seeds);

/* Article j of story k, as plain text (malloc'd, NUL-terminated). Each
 * story takes one seed and gives two in three of its words of four letters
 * or more story-specific replacements (so stories differ in their names
 * and terms); each article of a story drops one paragraph, swaps two
 * others, or straightens the quotation marks, or is an exact copy of the
 * story's first article (a wire copy). The same arguments give the same
 * bytes on every machine. */
char *frn_bench_make_text(const frn_bench_seeds *seeds, uint64_t story, uint64_t j);

/* The same article as a small HTML page: a head with title, author and
 * date, navigation and footer boilerplate around <p> paragraphs, with the
 * characters HTML reserves escaped. */
char *frn_bench_make_html(const frn_bench_seeds *seeds, uint64_t story, uint64_t j);

/* One input article: its bytes and whether they are HTML. */
typedef struct frn_bench_item {
    char *data;
    size_t len;
    int is_html;
} frn_bench_item;

typedef struct frn_bench_corpus {
    frn_bench_item *items;
    size_t count, capacity;
} frn_bench_corpus;

/* Append a copy of data; 0 when out of memory. */
int frn_bench_corpus_add(frn_bench_corpus *corpus, const char *data, size_t len, int is_html);

/* Read a directory (*.txt, *.html, *.htm, *.html.gz, in name order), a JSON Lines file
 * or a WARC file (plain or .gz; text/html and text/plain payloads), at most
 * limit articles (0: all). 0 with a message on stderr when nothing could be
 * read. */
int frn_bench_corpus_read(const char *path, size_t limit, frn_bench_corpus *corpus);
void frn_bench_corpus_free(frn_bench_corpus *corpus);

#endif
