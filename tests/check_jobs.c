/* The frnews command's ordered pool (cli/jobs.c) alone: every item is
 * worked once and delivered in input order, whatever the number of jobs,
 * with the results kept in the slots from item to item. */
#define _POSIX_C_SOURCE 200809L
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "jobs.h"
#include "test-support.h"

typedef struct numbers {
    size_t count, made;
} numbers;

typedef struct square {
    size_t item, value;
    size_t uses; /* items this slot's result held */
} square;

typedef struct tally {
    size_t delivered, out_of_order, wrong;
} tally;

static int next_number(void *source, input_item *item)
{
    numbers *n = source;

    if (n->made == n->count)
        return 0;
    item->line = ++n->made; /* 1, 2, ... */
    item->data = malloc(16);
    return item->data != NULL;
}

/* The value is wrong when the worker lacks its context. */
static void work_square(void *worker, const input_item *item, void *result)
{
    square *s = result;

    s->item = item->line;
    s->value = ((job_worker *)worker)->ctx ? item->line * item->line : 0;
    s->uses++;
}

static void deliver_square(void *sink, const input_item *item, void *result)
{
    tally *t = sink;
    square *s = result;

    t->delivered++;
    t->out_of_order += item->line != t->delivered;
    t->wrong += s->item != item->line || s->value != item->line * item->line;
}

static size_t uses_freed; /* the items of the results freed at the end */

static void free_square(void *result)
{
    uses_freed += ((square *)result)->uses;
}

static tally run(size_t jobs, size_t count)
{
    numbers source = {count, 0};
    tally sink = {0};
    job_ops ops = {next_number, sizeof(job_worker), sizeof(square), work_square, deliver_square, free_square};

    uses_freed = 0;
    ck_assert_int_eq(jobs_run(jobs, &ops, &source, NULL, &sink), 0);
    return sink;
}

START_TEST(test_jobs_deliver_every_item_in_order)
{
    const size_t jobs[] = {1, 2, 3, 8};
    const size_t counts[] = {0, 1, 5, 1000};

    for (size_t j = 0; j < sizeof jobs / sizeof *jobs; j++)
        for (size_t c = 0; c < sizeof counts / sizeof *counts; c++) {
            tally t = run(jobs[j], counts[c]);
            ck_assert_msg(t.delivered == counts[c], "jobs %zu: %zu of %zu delivered", jobs[j], t.delivered,
                          counts[c]);
            ck_assert_uint_eq(t.out_of_order, 0);
            ck_assert_uint_eq(t.wrong, 0);
            ck_assert_uint_eq(uses_freed, counts[c]); /* each item in a slot's result, all freed */
        }
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *s = suite_create("jobs");
    TCase *order = tcase_create("order");

    tcase_add_test(order, test_jobs_deliver_every_item_in_order);
    suite_add_tcase(s, order);
    return s;
}
