/* What the benchmark programs share (bench/bench_*.c): processor time and
 * reading a file whole, plain or gzip-compressed. They print figures; they are not tests. */
#ifndef FRN_BENCH_SUPPORT_H
#define FRN_BENCH_SUPPORT_H

#include <stddef.h>

/* Processor time of this process, in seconds: other programs running on
 * the machine change it little. */
double frn_bench_cpu_seconds(void);

/* The file's bytes, NUL-terminated, their count in *len; NULL when it
 * cannot be read whole. The caller frees them. */
char *frn_bench_read_file(const char *path, size_t *len);

/* The same for a gzip-compressed file, uncompressed (not NUL-terminated). */
char *frn_bench_read_gzip(const char *path, size_t *len);

#endif
