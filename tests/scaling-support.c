#include "scaling-support.h"

#include <check.h>
#include <stdio.h>
#include <sys/resource.h>

#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#endif
#endif
#ifndef RUNNING_ON_VALGRIND
#define RUNNING_ON_VALGRIND 0
#endif

/* 4x the input may take 8x the time: wide enough for a loaded machine,
 * far from the 16x of a quadratic stage. */
#define MAX_RATIO 8.0
#define VALGRIND_SCALE_DOWN 16

double frn_test_cpu_seconds(void)
{
    struct rusage usage;

    getrusage(RUSAGE_SELF, &usage);
    return (double)usage.ru_utime.tv_sec + (double)usage.ru_utime.tv_usec * 1e-6;
}

char *frn_test_make_word(size_t n, char *out)
{
    static const char consonants[] = "bdfgklmnprstvz", vowels[] = "aeiou";
    size_t len = 0;

    do {
        out[len++] = consonants[n % 14];
        out[len++] = vowels[(n / 14) % 5];
        n /= 70;
    } while (n > 0 && len < 12);
    out[len] = '\0';
    return out;
}

void frn_test_make_name(size_t n, char *out)
{
    frn_test_make_word(n, out);
    out[0] = (char)(out[0] - 'a' + 'A');
}

/* The ratio is printed (to the test's log) whether or not it passes: the
 * figures of a scaling run. */
void frn_test_assert_scales_linearly(const char *what, double small, double large)
{
    printf("%s: 4x the input took %.2fx the time (%.3f s, %.3f s)\n", what, large / small, small, large);
    ck_assert_msg(large < MAX_RATIO * small + 0.05, "4x the input took %.1fx the time (%.3fs, %.3fs)",
                  large / small, small, large);
}

size_t frn_test_scaled(size_t n)
{
    return RUNNING_ON_VALGRIND ? n / VALGRIND_SCALE_DOWN : n;
}

void frn_test_assert_linear(const char *what, frn_test_stage_timer time_stage, frn_test_writer write,
                            size_t n, size_t bytes_per_unit)
{
    double small, large;

    n = frn_test_scaled(n);
    time_stage(write, n / 4, bytes_per_unit); /* warm the caches */
    small = time_stage(write, n, bytes_per_unit);
    large = time_stage(write, 4 * n, bytes_per_unit);
    frn_test_assert_scales_linearly(what, small, large);
}
