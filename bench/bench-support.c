/* Shared by the benchmark programs. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <zlib.h>
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

char *frn_bench_read_gzip(const char *path, size_t *len)
{
    gzFile f = gzopen(path, "rb");
    size_t capacity = 1 << 16, n = 0;
    char *data = malloc(capacity);
    int got;

    if (!f || !data) {
        if (f)
            gzclose(f);
        free(data);
        return NULL;
    }
    while ((got = gzread(f, data + n, (unsigned)(capacity - n))) > 0) {
        n += (size_t)got;
        if (n == capacity && !(data = realloc(data, capacity *= 2)))
            break;
    }
    gzclose(f);
    if (!data || got < 0) {
        free(data);
        return NULL;
    }
    *len = n;
    return data;
}
