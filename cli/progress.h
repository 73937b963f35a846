/* A progress line on standard error, for a person watching a terminal:
 * articles done, megabytes read, the rate, and when the sizes of the
 * inputs are known, the share done and the time left. Drawn at most a few
 * times a second; nothing at all when disabled. */
#ifndef FRN_CLI_PROGRESS_H
#define FRN_CLI_PROGRESS_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

typedef struct progress {
    int enabled;
    uint64_t total_bytes; /* 0 when unknown (a pipe) */
    struct timespec start, drawn;
} progress;

/* Enabled when stderr is a terminal; total_bytes for the share and ETA. */
void progress_start(progress *p, int enabled, uint64_t total_bytes);
void progress_update(progress *p, size_t articles, uint64_t bytes);
/* Clear the line, so that a message written next starts at the margin;
 * the next update draws it again. */
void progress_clear(progress *p);
/* The last line, then a newline so the shell prompt starts clean. */
void progress_finish(progress *p, size_t articles, uint64_t bytes);

/* The sum of the sizes of the regular files among paths (0 when one is
 * not: its size is not known in advance). */
uint64_t progress_total_size(char *const *paths, size_t count);

#endif
