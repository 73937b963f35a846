/* Items handled by N threads, their results delivered in input order.
 * The reading and the delivering happen on the calling thread; at most
 * JOBS_WINDOW_PER_THREAD items per thread are in flight, so memory stays
 * bounded however many items there are. A worker takes up to JOBS_CHUNK
 * items at a time, so the threads meet once for several items. */
#ifndef FRN_CLI_JOBS_H
#define FRN_CLI_JOBS_H

#include <stddef.h>
#include <frnews.h>
#include "input-stream.h"

#define JOBS_WINDOW_PER_THREAD 16
#define JOBS_CHUNK 4

/* What every worker thread's state starts with: its own context (one
 * frn_ctx a thread) and jobs_run's shared argument. */
typedef struct job_worker {
    frn_ctx *ctx;
    void *shared;
} job_worker;

typedef struct job_ops {
    /* The next item (calling thread). Returns 1, or 0 at the end. */
    int (*next)(void *source, input_item *item);
    /* The size of a worker's state, a struct that starts with a
     * job_worker; jobs_run allocates it zeroed and makes its context. */
    size_t worker_size;
    /* The size of a result. Results live in the window's slots, zeroed at
     * first and kept from item to item, so that buffers are reused. */
    size_t result_size;
    /* Fill result from one item (on a worker thread). */
    void (*work)(void *worker, const input_item *item, void *result);
    /* Take a result, in input order (calling thread); what it takes out
     * is its own, what it leaves is kept for the slot's next item. */
    void (*deliver)(void *sink, const input_item *item, void *result);
    /* Release what a result kept, once at the end (may be NULL). */
    void (*result_free)(void *result);
} job_ops;

/* Run every item of source through work and deliver. With jobs 1 no thread
 * is started. Returns 0, or an errno value when the threads or their state
 * could not be made (nothing was run then). */
int jobs_run(size_t jobs, const job_ops *ops, void *source, void *shared, void *sink);

#endif
