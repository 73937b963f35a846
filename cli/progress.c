/* The progress line. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include "progress.h"

static double seconds_since(const struct timespec *then, const struct timespec *now)
{
    return (double)(now->tv_sec - then->tv_sec) + (double)(now->tv_nsec - then->tv_nsec) / 1e9;
}

void progress_start(progress *p, int enabled, uint64_t total_bytes)
{
    memset(p, 0, sizeof *p);
    p->enabled = enabled;
    p->total_bytes = total_bytes;
    clock_gettime(CLOCK_MONOTONIC, &p->start);
}

#define BAR_WIDTH 20

/* "[#######             ] ": the share of the bytes read. */
static void draw_bar(const progress *p, uint64_t bytes)
{
    int filled = (int)((double)BAR_WIDTH * (double)bytes / (double)p->total_bytes);

    fputc('[', stderr);
    for (int i = 0; i < BAR_WIDTH; i++)
        fputc(i < filled ? '#' : ' ', stderr);
    fputs("] ", stderr);
}

static void draw(const progress *p, size_t articles, uint64_t bytes, double elapsed)
{
    double mb = (double)bytes / 1e6;
    double rate = elapsed > 0 ? mb / elapsed : 0;

    fputc('\r', stderr);
    if (p->total_bytes && bytes <= p->total_bytes)
        draw_bar(p, bytes);
    fprintf(stderr, "%zu articles, %.1f MB, %.1f MB/s", articles, mb, rate);
    if (p->total_bytes && bytes <= p->total_bytes && rate > 0) {
        double left = ((double)(p->total_bytes - bytes) / 1e6) / rate;
        fprintf(stderr, ", %3.0f%%, ETA %d:%02d", 100.0 * (double)bytes / (double)p->total_bytes,
                (int)left / 60, (int)left % 60);
    }
    fputs("\033[K", stderr); /* clear what a longer line left */
    fflush(stderr);
}

void progress_update(progress *p, size_t articles, uint64_t bytes)
{
    struct timespec now;

    if (!p->enabled)
        return;
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (seconds_since(&p->drawn, &now) < 0.2)
        return;
    p->drawn = now;
    draw(p, articles, bytes, seconds_since(&p->start, &now));
}

void progress_clear(progress *p)
{
    if (p->enabled)
        fputs("\r\033[K", stderr);
}

void progress_finish(progress *p, size_t articles, uint64_t bytes)
{
    struct timespec now;

    if (!p->enabled)
        return;
    clock_gettime(CLOCK_MONOTONIC, &now);
    draw(p, articles, bytes, seconds_since(&p->start, &now));
    fputc('\n', stderr);
}

uint64_t progress_total_size(char *const *paths, size_t count)
{
    uint64_t total = 0;
    struct stat st;

    for (size_t i = 0; i < count; i++) {
        if (stat(paths[i], &st) != 0 || !S_ISREG(st.st_mode))
            return 0;
        total += (uint64_t)st.st_size;
    }
    return total;
}
