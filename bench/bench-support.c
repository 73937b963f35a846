/* Shared by the benchmark programs. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "bench-support.h"

double frn_bench_cpu_seconds(void)
{
    struct timespec t;

    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

char *frn_bench_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *data = NULL;
    long size;

    if (!f)
        return NULL;
    if (fseek(f, 0, SEEK_END) == 0 && (size = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
        (data = malloc((size_t)size + 1)) && fread(data, 1, (size_t)size, f) == (size_t)size) {
        data[size] = '\0';
        *len = (size_t)size;
    } else {
        free(data);
        data = NULL;
    }
    fclose(f);
    return data;
}
