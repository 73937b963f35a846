/* An ordered pool: slot i % window holds item i from its reading to its
 * delivery, and its result. The calling thread reads items into free
 * slots without the lock and publishes them a chunk at a time; a worker
 * claims a run of consecutive items (its share of those waiting, at most
 * JOBS_CHUNK) and marks them done together; the calling thread delivers
 * the done items at the front, in order. A thread signals another only
 * when that one waits for what it just made, so a chunk costs two or
 * three meetings at the lock, not an item. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include "jobs.h"

typedef struct slot {
    input_item item;
    void *result;
    int done;
} slot;

typedef struct pool {
    const job_ops *ops;
    slot *slots;
    char *results;                    /* window * ops->result_size bytes */
    size_t window, jobs;
    size_t read, claimed, delivered; /* items so far, each count <= the one before */
    int end;                          /* no item will be read any more */
    size_t idle;                      /* workers waiting for items */
    int feeder_waits;                 /* the calling thread waits for the front item */
    pthread_mutex_t lock;
    pthread_cond_t work_ready, front_done;
} pool;

typedef struct worker_thread {
    pool *pool;
    job_worker *state;
    pthread_t thread;
} worker_thread;

/* How many of the waiting items a worker takes: an even share among the
 * workers, so that the last items do not all go to one. Called locked. */
static size_t share(const pool *p)
{
    size_t waiting = p->read - p->claimed, n = (waiting + p->jobs - 1) / p->jobs;

    return n < JOBS_CHUNK ? n : JOBS_CHUNK;
}

/* Work items [first, first + n), then mark them done. Called unlocked,
 * returns locked. */
static void work_run(worker_thread *self, size_t first, size_t n)
{
    pool *p = self->pool;

    for (size_t i = first; i < first + n; i++) {
        slot *s = &p->slots[i % p->window];
        p->ops->work(self->state, &s->item, s->result);
    }
    pthread_mutex_lock(&p->lock);
    for (size_t i = first; i < first + n; i++)
        p->slots[i % p->window].done = 1;
    if (p->feeder_waits && p->delivered >= first && p->delivered < first + n)
        pthread_cond_signal(&p->front_done);
}

static void *work_loop(void *arg)
{
    worker_thread *self = arg;
    pool *p = self->pool;

    pthread_mutex_lock(&p->lock);
    for (;;) {
        size_t first, n;
        while (p->claimed == p->read && !p->end) {
            p->idle++;
            pthread_cond_wait(&p->work_ready, &p->lock);
            p->idle--;
        }
        if (p->claimed == p->read)
            break;
        first = p->claimed;
        n = share(p);
        p->claimed += n;
        if (p->claimed < p->read && p->idle > 0)
            pthread_cond_signal(&p->work_ready); /* more for another */
        pthread_mutex_unlock(&p->lock);
        work_run(self, first, n);
    }
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

/* Read up to a chunk of items into the free slots (calling thread,
 * unlocked: the free slots are its own). Returns how many; *end set when
 * the source ran dry. */
static size_t read_chunk(pool *p, void *source, int *end)
{
    size_t room = p->window - (p->read - p->delivered), got = 0;

    while (got < room && got < JOBS_CHUNK) {
        if (!p->ops->next(source, &p->slots[(p->read + got) % p->window].item)) {
            *end = 1;
            break;
        }
        got++;
    }
    return got;
}

/* Publish what was read; then how many items at the front are done,
 * waiting for the first when there is nothing else to do. Locked. */
static size_t publish_and_wait(pool *p, size_t got, int end)
{
    size_t ready = 0;

    p->read += got;
    p->end |= end;
    if (p->end)
        pthread_cond_broadcast(&p->work_ready);
    else if (got > 0 && p->idle > 0)
        pthread_cond_signal(&p->work_ready);
    for (;;) {
        while (p->delivered + ready < p->read && p->slots[(p->delivered + ready) % p->window].done)
            ready++;
        if (ready > 0 || p->delivered == p->read || (!p->end && p->read - p->delivered < p->window))
            return ready;
        p->feeder_waits = 1;
        pthread_cond_wait(&p->front_done, &p->lock);
        p->feeder_waits = 0;
    }
}

static void deliver_front(pool *p, size_t ready, void *sink)
{
    for (size_t i = 0; i < ready; i++) {
        slot *s = &p->slots[(p->delivered + i) % p->window];
        p->ops->deliver(sink, &s->item, s->result);
        input_item_clear(&s->item);
    }
}

/* Read and deliver until every item is delivered. */
static void feed(pool *p, void *source, void *sink)
{
    for (;;) {
        int end = 0;
        size_t got = p->end ? 0 : read_chunk(p, source, &end), ready;
        pthread_mutex_lock(&p->lock);
        ready = publish_and_wait(p, got, end);
        if (ready == 0 && p->end && p->delivered == p->read) {
            pthread_mutex_unlock(&p->lock);
            return;
        }
        pthread_mutex_unlock(&p->lock);
        deliver_front(p, ready, sink);
        pthread_mutex_lock(&p->lock);
        for (size_t i = 0; i < ready; i++)
            p->slots[(p->delivered + i) % p->window].done = 0;
        p->delivered += ready;
        pthread_mutex_unlock(&p->lock);
    }
}

static void run_inline(const job_ops *ops, void *source, job_worker *state, void *result, void *sink)
{
    input_item item = {0};

    while (ops->next(source, &item)) {
        ops->work(state, &item, result);
        ops->deliver(sink, &item, result);
        input_item_clear(&item);
    }
}

static job_worker *worker_new(const job_ops *ops, void *shared)
{
    job_worker *w = calloc(1, ops->worker_size);

    if (!w)
        return NULL;
    w->shared = shared;
    if (frn_ctx_new(&w->ctx) != FRN_OK) {
        free(w);
        return NULL;
    }
    return w;
}

static void free_workers(worker_thread *workers, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (workers[i].state) {
            frn_ctx_free(workers[i].state->ctx);
            free(workers[i].state);
        }
    free(workers);
}

static void free_results(const job_ops *ops, char *results, size_t count)
{
    for (size_t i = 0; results && ops->result_free && i < count; i++)
        ops->result_free(results + i * ops->result_size);
    free(results);
}

static int start_threads(pool *p, worker_thread *workers, size_t jobs, size_t *started)
{
    for (*started = 0; *started < jobs; ++*started) {
        workers[*started].pool = p;
        if (pthread_create(&workers[*started].thread, NULL, work_loop, &workers[*started]) != 0)
            return EAGAIN;
    }
    return 0;
}

static int run_pool(pool *p, worker_thread *workers, void *source, void *sink)
{
    size_t started;
    int error = start_threads(p, workers, p->jobs, &started);

    if (!error)
        feed(p, source, sink);
    pthread_mutex_lock(&p->lock);
    p->end = 1;
    pthread_cond_broadcast(&p->work_ready);
    pthread_mutex_unlock(&p->lock);
    for (size_t i = 0; i < started; i++)
        pthread_join(workers[i].thread, NULL);
    return error;
}

/* The window's slots, each with its result. */
static int make_slots(pool *p)
{
    p->slots = calloc(p->window, sizeof *p->slots);
    p->results = calloc(p->window, p->ops->result_size);
    if (!p->slots || !p->results)
        return ENOMEM;
    for (size_t i = 0; i < p->window; i++)
        p->slots[i].result = p->results + i * p->ops->result_size;
    return 0;
}

static int run_threads(pool *p, worker_thread *workers, void *source, void *sink)
{
    int error = make_slots(p);

    pthread_mutex_init(&p->lock, NULL);
    pthread_cond_init(&p->work_ready, NULL);
    pthread_cond_init(&p->front_done, NULL);
    if (!error)
        error = run_pool(p, workers, source, sink);
    pthread_cond_destroy(&p->front_done);
    pthread_cond_destroy(&p->work_ready);
    pthread_mutex_destroy(&p->lock);
    free(p->slots);
    free_results(p->ops, p->results, p->window);
    return error;
}

int jobs_run(size_t jobs, const job_ops *ops, void *source, void *shared, void *sink)
{
    worker_thread *workers = calloc(jobs, sizeof *workers);
    pool p = {.ops = ops, .window = jobs * JOBS_WINDOW_PER_THREAD, .jobs = jobs};
    int error = workers ? 0 : ENOMEM;

    for (size_t i = 0; i < jobs && !error; i++)
        if (!(workers[i].state = worker_new(ops, shared)))
            error = ENOMEM;
    if (!error && jobs == 1) {
        char *result = calloc(1, ops->result_size);
        if (result)
            run_inline(ops, source, workers[0].state, result, sink);
        else
            error = ENOMEM;
        free_results(ops, result, 1);
    } else if (!error) {
        error = run_threads(&p, workers, source, sink);
    }
    if (workers)
        free_workers(workers, jobs);
    return error;
}
