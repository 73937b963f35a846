/* An ordered pool: slot i % window holds item i from its reading to its
 * delivery; workers claim items in order, the calling thread reads new
 * ones while there is room and delivers finished ones in order. */
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
    size_t window;
    size_t read, claimed, delivered; /* items so far, each count <= the one before */
    int end;                          /* no item will be read any more */
    pthread_mutex_t lock;
    pthread_cond_t work_ready, result_ready;
} pool;

typedef struct worker_thread {
    pool *pool;
    void *state;
    pthread_t thread;
} worker_thread;

static void *work_loop(void *arg)
{
    worker_thread *self = arg;
    pool *p = self->pool;

    pthread_mutex_lock(&p->lock);
    for (;;) {
        slot *s;
        while (p->claimed == p->read && !p->end)
            pthread_cond_wait(&p->work_ready, &p->lock);
        if (p->claimed == p->read)
            break;
        s = &p->slots[p->claimed++ % p->window];
        pthread_mutex_unlock(&p->lock);
        void *result = p->ops->work(self->state, &s->item);
        pthread_mutex_lock(&p->lock);
        s->result = result;
        s->done = 1;
        pthread_cond_signal(&p->result_ready);
    }
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

/* Deliver the finished items at the front, in order. Called locked. */
static void deliver_ready(pool *p, void *sink)
{
    slot *s;

    while (p->delivered < p->read && (s = &p->slots[p->delivered % p->window])->done) {
        pthread_mutex_unlock(&p->lock);
        p->ops->deliver(sink, &s->item, s->result);
        input_item_clear(&s->item);
        pthread_mutex_lock(&p->lock);
        s->done = 0;
        p->delivered++;
    }
}

/* Read and deliver until every item is delivered. */
static void feed(pool *p, void *source, void *sink)
{
    pthread_mutex_lock(&p->lock);
    for (;;) {
        deliver_ready(p, sink);
        if (!p->end && p->read - p->delivered < p->window) {
            slot *s = &p->slots[p->read % p->window];
            pthread_mutex_unlock(&p->lock);
            int got = p->ops->next(source, &s->item);
            pthread_mutex_lock(&p->lock);
            if (got)
                p->read++;
            else
                p->end = 1;
            pthread_cond_broadcast(&p->work_ready);
        } else if (p->end && p->delivered == p->read)
            break;
        else
            pthread_cond_wait(&p->result_ready, &p->lock);
    }
    pthread_mutex_unlock(&p->lock);
}

static void run_inline(const job_ops *ops, void *source, void *state, void *sink)
{
    input_item item = {0};

    while (ops->next(source, &item)) {
        ops->deliver(sink, &item, ops->work(state, &item));
        input_item_clear(&item);
    }
}

static void free_workers(const job_ops *ops, worker_thread *workers, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (workers[i].state)
            ops->worker_free(workers[i].state);
    free(workers);
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

static int run_pool(pool *p, worker_thread *workers, size_t jobs, void *source, void *sink)
{
    size_t started;
    int error = start_threads(p, workers, jobs, &started);

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

int jobs_run(size_t jobs, const job_ops *ops, void *source, void *shared, void *sink)
{
    worker_thread *workers = calloc(jobs, sizeof *workers);
    pool p = {.ops = ops, .window = jobs * JOBS_WINDOW_PER_THREAD};
    int error = workers ? 0 : ENOMEM;

    for (size_t i = 0; i < jobs && !error; i++)
        if (!(workers[i].state = ops->worker_new(shared)))
            error = ENOMEM;
    if (!error && jobs == 1)
        run_inline(ops, source, workers[0].state, sink);
    else if (!error) {
        p.slots = calloc(p.window, sizeof *p.slots);
        error = p.slots ? 0 : ENOMEM;
        pthread_mutex_init(&p.lock, NULL);
        pthread_cond_init(&p.work_ready, NULL);
        pthread_cond_init(&p.result_ready, NULL);
        if (!error)
            error = run_pool(&p, workers, jobs, source, sink);
        pthread_cond_destroy(&p.result_ready);
        pthread_cond_destroy(&p.work_ready);
        pthread_mutex_destroy(&p.lock);
        free(p.slots);
    }
    if (workers)
        free_workers(ops, workers, jobs);
    return error;
}
