/* Helpers of the scaling suites: CPU time, distinct names, and the
 * assertion that four times the input costs far less than sixteen times
 * the work (a quadratic stage). Ratios, never absolute times. */
#ifndef FRN_SCALING_SUPPORT_H
#define FRN_SCALING_SUPPORT_H

#include <stddef.h>

/* Writes an input of n units (at most n * bytes_per_unit + 256 bytes). */
typedef void (*frn_test_writer)(char *text, size_t *len, size_t n);

/* CPU seconds that one stage takes on the input a writer makes. */
typedef double (*frn_test_stage_timer)(frn_test_writer write, size_t n, size_t bytes_per_unit);

/* Timers of the text stages, for frn_test_assert_linear(): the quotation
 * extraction of a parsed article alone, or parsing and extraction. */
double frn_test_time_quotes(frn_test_writer write, size_t n, size_t bytes_per_unit);
double frn_test_time_parse_and_quotes(frn_test_writer write, size_t n, size_t bytes_per_unit);

/* This process's user CPU time, in seconds: the library's own work. The
 * kernel's time is left out, because what a page fault costs grows with
 * the size of the process on a loaded machine (1.5 to 2.7 s of system time
 * for the same 50 MB line, run twice), though the faults themselves grow
 * linearly with the input. */
double frn_test_cpu_seconds(void);

/* frn_pseudo_word(n, 12, out) (pseudo-word.h): a lower-case word of at
 * most 12 letters, different for every n below 70^6; returns out. */
char *frn_test_make_word(size_t n, char *out);

/* The same word capitalised, as a name. */
void frn_test_make_name(size_t n, char *out);

/* n scaled down when the suite runs under valgrind, where every
 * instruction costs some fifty times more: the ratio still shows a
 * quadratic stage. */
size_t frn_test_scaled(size_t n);

/* Fails the test when the large run (4 times the input of the small one)
 * took more than 8 times as long. The ratio goes to standard output (the
 * test's log), named by what (the test's __func__), pass or fail. */
void frn_test_assert_scales_linearly(const char *what, double small_seconds, double large_seconds);

/* Times the stage on n/4 (to warm the caches), n and 4n units (n scaled
 * down under valgrind) and fails when 4n takes more than 8 times n. */
void frn_test_assert_linear(const char *what, frn_test_stage_timer time_stage, frn_test_writer write,
                            size_t n, size_t bytes_per_unit);

#endif
