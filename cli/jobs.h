/* Items handled by N threads, their results delivered in input order.
 * The reading and the delivering happen on the calling thread; at most
 * JOBS_WINDOW_PER_THREAD items per thread are in flight, so memory stays
 * bounded however many items there are. */
#ifndef FRN_CLI_JOBS_H
#define FRN_CLI_JOBS_H

#include <stddef.h>
#include "input-stream.h"

#define JOBS_WINDOW_PER_THREAD 4

typedef struct job_ops {
    /* The next item (calling thread). Returns 1, or 0 at the end. */
    int (*next)(void *source, input_item *item);
    /* Per-thread state (one frn_ctx a thread); NULL when out of memory. */
    void *(*worker_new)(void *shared);
    void (*worker_free)(void *worker);
    /* The result of one item (on a worker thread). */
    void *(*work)(void *worker, const input_item *item);
    /* Take a result, in input order (calling thread); frees it. */
    void (*deliver)(void *sink, const input_item *item, void *result);
} job_ops;

/* Run every item of source through work and deliver. With jobs 1 no thread
 * is started. Returns 0, or an errno value when the threads or their state
 * could not be made (nothing was run then). */
int jobs_run(size_t jobs, const job_ops *ops, void *source, void *shared, void *sink);

#endif
