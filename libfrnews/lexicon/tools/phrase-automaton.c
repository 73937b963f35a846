/* Aho-Corasick, built once when the library is built: a trie of the
 * phrases, each node's failure link (the longest proper suffix of its
 * path that is a trie path too), and from them a complete transition
 * table, so the walk at run time never follows a link. Each node knows
 * every phrase that ends there, its own and those its suffixes spell.
 *
 * The emitted layout (frnp_lex_automaton): bytes fall into columns (one
 * for each byte some phrase holds, one for NUL, one for every other byte);
 * a state's row holds the offset of the next state's row; the states where
 * phrases end are numbered last, then the end state NUL leads to, so one
 * comparison a byte tells the walk it has something to look at. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "phrase-automaton.h"

#define NONE (-1L)
#define COLUMN_OTHER 0
#define COLUMN_NUL 1

typedef struct trie {
    long *go;               /* [node * 256 + byte]: the next node */
    long *fail;             /* [node] */
    size_t **ends;          /* [node]: the phrases that end there */
    size_t *end_count;      /* [node] */
    size_t nodes, capacity;
} trie;

static void *grow(void *p, size_t size)
{
    void *q = realloc(p, size ? size : 1);

    if (!q) {
        fprintf(stderr, "lexicon-compile: out of memory\n");
        exit(2);
    }
    return q;
}

static long add_node(trie *t)
{
    if (t->nodes == t->capacity) {
        t->capacity = t->capacity ? 2 * t->capacity : 64;
        t->go = grow(t->go, t->capacity * 256 * sizeof *t->go);
        t->fail = grow(t->fail, t->capacity * sizeof *t->fail);
        t->ends = grow(t->ends, t->capacity * sizeof *t->ends);
        t->end_count = grow(t->end_count, t->capacity * sizeof *t->end_count);
    }
    for (size_t b = 0; b < 256; b++)
        t->go[t->nodes * 256 + b] = NONE;
    t->fail[t->nodes] = 0;
    t->ends[t->nodes] = NULL;
    t->end_count[t->nodes] = 0;
    return (long)t->nodes++;
}

static void add_end(trie *t, long node, size_t phrase)
{
    t->ends[node] = grow(t->ends[node], (t->end_count[node] + 1) * sizeof **t->ends);
    t->ends[node][t->end_count[node]++] = phrase;
}

static void add_phrase(trie *t, const char *text, size_t len, size_t phrase)
{
    long node = 0;

    for (size_t i = 0; i < len; i++) {
        long *next = &t->go[node * 256 + (unsigned char)text[i]];
        if (*next == NONE) {
            long made = add_node(t); /* may move t->go */
            t->go[node * 256 + (unsigned char)text[i]] = made;
            node = made;
        } else {
            node = *next;
        }
    }
    add_end(t, node, phrase);
}

/* Breadth first, so a node's failure target is complete before the node:
 * the links, the inherited ends, and the missing transitions (those of
 * the failure target). */
static void complete(trie *t)
{
    long *queue = grow(NULL, t->nodes * sizeof *queue);
    size_t head = 0, tail = 0;

    for (size_t b = 0; b < 256; b++) {
        long *next = &t->go[b];
        if (*next == NONE)
            *next = 0;
        else
            queue[tail++] = *next; /* depth 1: fails to the root */
    }
    while (head < tail) {
        long node = queue[head++];
        for (size_t k = 0; k < t->end_count[t->fail[node]]; k++)
            add_end(t, node, t->ends[t->fail[node]][k]);
        for (size_t b = 0; b < 256; b++) {
            long *next = &t->go[node * 256 + b], via_fail = t->go[t->fail[node] * 256 + b];
            if (*next == NONE) {
                *next = via_fail;
            } else {
                t->fail[*next] = via_fail;
                queue[tail++] = *next;
            }
        }
    }
    free(queue);
}

/* A byte's column: bytes no phrase holds share one, as every state sends
 * them to the root. */
static size_t assign_columns(const trie *t, unsigned char columns[256], unsigned char representative[256])
{
    size_t count = 2;

    memset(columns, COLUMN_OTHER, 256);
    representative[COLUMN_OTHER] = 0xFF;
    representative[COLUMN_NUL] = 0;
    for (size_t b = 1; b < 256; b++) {
        int used = 0;
        for (size_t n = 0; n < t->nodes && !used; n++)
            used = t->go[n * 256 + b] != 0;
        if (used) {
            representative[count] = (unsigned char)b;
            columns[b] = (unsigned char)count++;
        } else {
            representative[COLUMN_OTHER] = (unsigned char)b;
        }
    }
    columns[0] = COLUMN_NUL;
    return count;
}

/* The states in emitted order: the root, the others without ends, those
 * with ends (the first of them returned); the end state follows them all. */
static size_t number_states(const trie *t, size_t *number)
{
    size_t next = 0, first_with_ends = 0;

    for (int with_ends = 0; with_ends <= 1; with_ends++) {
        if (with_ends)
            first_with_ends = next;
        for (size_t n = 0; n < t->nodes; n++)
            if ((t->end_count[n] > 0) == with_ends)
                number[n] = next++;
    }
    return first_with_ends; /* the root has no ends (no phrase is empty), so it is 0 */
}

static void emit_columns(FILE *out, const char *name, const unsigned char columns[256])
{
    fprintf(out, "static const uint8_t %s_columns[256] = {", name);
    for (size_t b = 0; b < 256; b++)
        fprintf(out, "%s%u,", b % 16 ? " " : "\n    ", columns[b]);
    fputs("\n};\n", out);
}

static void emit_rows(FILE *out, const char *name, const trie *t, const size_t *number,
                      const unsigned char *representative, size_t column_count)
{
    size_t states = t->nodes + 1, end = t->nodes, printed = 0;
    size_t *by_number = grow(NULL, t->nodes * sizeof *by_number);

    for (size_t n = 0; n < t->nodes; n++)
        by_number[number[n]] = n;
    fprintf(out, "static const uint32_t %s_next[%zu] = {", name, states * column_count);
    for (size_t s = 0; s < states; s++)
        for (size_t c = 0; c < column_count; c++) {
            size_t to = end;
            if (s != end && c != COLUMN_NUL)
                to = number[t->go[by_number[s] * 256 + representative[c]]];
            fprintf(out, "%s%zu,", printed++ % 12 ? " " : "\n    ", to * column_count);
        }
    fputs("\n};\n", out);
    free(by_number);
}

/* The phrases of each state with ends, in state order, and where each
 * state's run starts (one more entry: where the last run stops). */
static void emit_ends(FILE *out, const char *name, const trie *t, const size_t *number,
                      size_t first_with_ends)
{
    size_t with_ends = t->nodes - first_with_ends, total = 0, printed = 0;
    size_t *by_number = grow(NULL, t->nodes * sizeof *by_number);

    for (size_t n = 0; n < t->nodes; n++)
        by_number[number[n]] = n;
    fprintf(out, "static const uint32_t %s_end_start[%zu] = {", name, with_ends + 1);
    for (size_t s = first_with_ends; s <= t->nodes; s++) {
        fprintf(out, "%s%zu,", printed++ % 12 ? " " : "\n    ", total);
        if (s < t->nodes)
            total += t->end_count[by_number[s]];
    }
    fprintf(out, "\n};\nstatic const uint16_t %s_ends[%zu] = {", name, total);
    printed = 0;
    for (size_t s = first_with_ends; s < t->nodes; s++)
        for (size_t k = 0; k < t->end_count[by_number[s]]; k++)
            fprintf(out, "%s%zu,", printed++ % 12 ? " " : "\n    ", t->ends[by_number[s]][k]);
    fputs("\n};\n", out);
    free(by_number);
}

static void release(trie *t)
{
    for (size_t n = 0; n < t->nodes; n++)
        free(t->ends[n]);
    free(t->go);
    free(t->fail);
    free(t->ends);
    free(t->end_count);
}

void phrase_automaton_emit(FILE *out, const char *name, const char *const *texts, const size_t *lens,
                           size_t count)
{
    trie t = {0};
    unsigned char columns[256], representative[256];
    size_t column_count, first_with_ends, *number;

    add_node(&t);
    for (size_t i = 0; i < count; i++)
        add_phrase(&t, texts[i], lens[i], i);
    complete(&t);
    column_count = assign_columns(&t, columns, representative);
    number = grow(NULL, t.nodes * sizeof *number);
    first_with_ends = number_states(&t, number);
    emit_columns(out, name, columns);
    emit_rows(out, name, &t, number, representative, column_count);
    emit_ends(out, name, &t, number, first_with_ends);
    fprintf(out, "static const frnp_lex_automaton %s_automaton = {\n    %s_columns, %zu, %s_next, %zu, %zu,"
                 " %s_end_start, %s_ends\n};\n",
            name, name, column_count, name, first_with_ends * column_count, t.nodes * column_count, name,
            name);
    free(number);
    release(&t);
}
