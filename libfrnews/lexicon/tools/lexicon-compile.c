/* lexicon-compile: the lexicon's data files into sorted const C tables.
 *
 *   lexicon-compile LEXICON_DIR HEADER_OUT TABLES_OUT LANG...
 *
 * reads LEXICON_DIR/lists.txt (which lists exist, their kind and C name),
 * LEXICON_DIR/contradictions.txt (which lists may share no entry) and, for
 * each LANG (English first: the fallback), every list's LANG/<file>.txt;
 * writes HEADER_OUT (the class bits and phrase-list ids) and TABLES_OUT
 * (the tables). Entries are folded with the library's own fold and words
 * checked with its own segmentation, so a key is exactly what a lookup at
 * run time produces. Fails, naming file and line, on a duplicate entry, an
 * entry in two contradictory lists, a "word" the tokenizer splits, a line
 * phrase that could never match, or a data file no list declares.
 *
 * Written in C rather than awk or Python: it needs ICU's case folding and
 * word segmentation (the library's, linked in), which neither script
 * language has, and a C compiler is all the build already requires. The
 * generated files are shipped in the tarball all the same. */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <unicode/uclean.h>
#include "core/context.h"
#include "lexicon/lexicon-hash.h"
#include "text/text-fold.h"
#include "text/text-match.h"
#include "text/text-words.h"
#include "phrase-automaton.h"

#define WORD_MAX_BYTES 32   /* the longest word entry, folded */
#define PHRASE_MAX_BYTES 200
#define MAX_CLASSES 64      /* bits of a word's class mask */
#define MAX_LISTS 96 /* lists of every kind; only words and token phrases take a class bit */
#define SUBSTRINGS_MAX 4096 /* phrases of a substrings or weighted list */
/* A list of fewer phrases is searched with strstr, phrase by phrase: for
 * lines of a hundred bytes, glibc's vectorised strstr is cheaper up to
 * about five phrases than one walk of an automaton (callgrind). */
#define AUTOMATON_MIN_PHRASES 6

enum kind { KIND_WORDS, KIND_TOKEN_PHRASES, KIND_LINES, KIND_PREFIXES, KIND_SUBSTRINGS, KIND_WEIGHTED };

static const char *const kind_names[] = {
    "words", "token-phrases", "lines", "prefixes", "substrings", "weighted", NULL
};

typedef struct entry {
    char *text; /* folded */
    size_t len;
    double weight;
    int weighed; /* the list gave the weight */
    unsigned line;
    unsigned long long classes; /* word table only */
} entry;

typedef struct list {
    char file[64], name[64], about[160];
    char c_name[64]; /* file with '_' for '-': cue_verbs */
    enum kind kind;
    int bit;       /* class bit, or -1 */
    int phrase_id; /* phrase table, or -1 */
    int shared;    /* read from the shared folder */
    /* the entries of the language being compiled */
    char path[1024];
    entry *entries;
    size_t count, capacity;
} list;

typedef struct compiler {
    const char *dir;
    list lists[MAX_LISTS];
    size_t list_count, class_count, phrase_count;
    size_t contradictions[MAX_LISTS * 4][2];
    size_t contradiction_count;
    frn_ctx *ctx;
    int errors;
} compiler;

static void error_at(compiler *c, const char *path, unsigned line, const char *fmt, ...)
{
    va_list args;

    fprintf(stderr, "%s:%u: ", path, line);
    va_start(args, fmt);
    vfprintf(stderr, fmt, args);
    va_end(args);
    fputc('\n', stderr);
    c->errors++;
}

static void *xrealloc(void *p, size_t size)
{
    void *q = realloc(p, size);

    if (!q) {
        fprintf(stderr, "lexicon-compile: out of memory\n");
        exit(2);
    }
    return q;
}

/* The line without its end-of-line and surrounding white space. */
static char *trim(char *s)
{
    size_t n = strlen(s);

    while (n > 0 && strchr(" \t\r\n", s[n - 1]))
        s[--n] = '\0';
    while (*s == ' ' || *s == '\t')
        s++;
    return s;
}

static int is_comment_or_blank(const char *s)
{
    return *s == '\0' || *s == '#';
}

static long find_list(const compiler *c, const char *file)
{
    for (size_t i = 0; i < c->list_count; i++)
        if (strcmp(c->lists[i].file, file) == 0)
            return (long)i;
    return -1;
}

/* "file kind NAME description..." */
static void parse_manifest_line(compiler *c, void *data, const char *path, unsigned line_no, char *s)
{
    char file[64], kind[32], name[64];
    int used = 0;
    list *l;

    if (sscanf(s, "%63s %31s %63s %n", file, kind, name, &used) < 3) {
        error_at(c, path, line_no, "expected: file kind NAME description");
        return;
    }
    if (c->list_count == MAX_LISTS || find_list(c, file) >= 0) {
        error_at(c, path, line_no, "list %s declared twice (or too many lists)", file);
        return;
    }
    l = &c->lists[c->list_count];
    memset(l, 0, sizeof *l);
    snprintf(l->file, sizeof l->file, "%s", file);
    for (size_t i = 0; i < sizeof l->c_name && (l->c_name[i] = file[i] == '-' ? '_' : file[i]); i++)
        ;
    snprintf(l->name, sizeof l->name, "%s", name);
    snprintf(l->about, sizeof l->about, "%s", s + used);
    l->kind = (enum kind)-1;
    for (int k = 0; kind_names[k]; k++)
        if (strcmp(kind, kind_names[k]) == 0)
            l->kind = (enum kind)k;
    if ((int)l->kind < 0) {
        error_at(c, path, line_no, "unknown kind %s", kind);
        return;
    }
    l->bit = l->kind == KIND_WORDS || l->kind == KIND_TOKEN_PHRASES ? (int)c->class_count++ : -1;
    l->phrase_id = l->kind != KIND_WORDS ? (int)c->phrase_count++ : -1;
    if (c->class_count > MAX_CLASSES)
        error_at(c, path, line_no, "more than %d word classes", MAX_CLASSES);
    c->list_count++;
}

static void parse_contradiction_line(compiler *c, void *data, const char *path, unsigned line_no, char *s)
{
    char a[64], b[64];
    long ia, ib;

    if (sscanf(s, "%63s %63s", a, b) != 2) {
        error_at(c, path, line_no, "expected: list list");
        return;
    }
    ia = find_list(c, a);
    ib = find_list(c, b);
    if (ia < 0 || ib < 0 || ia == ib) {
        error_at(c, path, line_no, "%s and %s are not two declared lists", a, b);
        return;
    }
    if (c->contradiction_count == sizeof c->contradictions / sizeof *c->contradictions) {
        error_at(c, path, line_no, "too many contradictions");
        return;
    }
    c->contradictions[c->contradiction_count][0] = (size_t)ia;
    c->contradictions[c->contradiction_count][1] = (size_t)ib;
    c->contradiction_count++;
}

typedef void (*line_fn)(compiler *c, void *data, const char *path, unsigned line_no, char *s);

/* Call fn with each line that is not blank or a comment; 0 when the file
 * cannot be opened. */
static int each_line(compiler *c, const char *path, line_fn fn, void *data)
{
    FILE *f = fopen(path, "r");
    char buffer[1024];
    unsigned line_no = 0;

    if (!f)
        return 0;
    while (fgets(buffer, sizeof buffer, f)) {
        char *s = trim(buffer);
        line_no++;
        if (!is_comment_or_blank(s))
            fn(c, data, path, line_no, s);
    }
    fclose(f);
    return 1;
}

/* --- entries ---------------------------------------------------------- */

typedef struct segment_count {
    size_t count, start, end;
} segment_count;

static int count_segment(void *data, size_t start, size_t end, int is_word)
{
    segment_count *n = data;

    if (n->count++ == 0)
        n->start = start;
    n->end = end;
    return 0;
}

/* Whether text is one token as the tokenizer (text/tokens.c) cuts it. */
static int is_one_token(compiler *c, const char *text, size_t len)
{
    segment_count n = {0, 0, 0};

    if (frnp_segments_each(c->ctx, text, len, count_segment, &n) != FRN_OK) {
        fprintf(stderr, "lexicon-compile: %s\n", frn_ctx_get_errmsg(c->ctx));
        exit(2);
    }
    return n.count == 1 && n.start == 0 && n.end == len;
}

/* Each word of a token phrase is one token, the words one space apart. */
static void check_phrase_words(compiler *c, const list *l, const entry *e)
{
    size_t start = 0;

    for (size_t i = 0; i <= e->len; i++) {
        if (i < e->len && e->text[i] != ' ')
            continue;
        if (i == start || !is_one_token(c, e->text + start, i - start)) {
            error_at(c, l->path, e->line, "\"%s\": each word must be one token, one space apart",
                     e->text);
            return;
        }
        start = i + 1;
    }
}

static void check_entry(compiler *c, const list *l, const entry *e)
{
    if (e->len == 0) {
        error_at(c, l->path, e->line, "empty entry");
        return;
    }
    if (e->len > (l->kind == KIND_WORDS ? WORD_MAX_BYTES : PHRASE_MAX_BYTES))
        error_at(c, l->path, e->line, "\"%s\" is too long", e->text);
    if (l->kind == KIND_WORDS && !is_one_token(c, e->text, e->len))
        error_at(c, l->path, e->line, "\"%s\" is not one word as the tokenizer cuts it", e->text);
    if (l->kind == KIND_TOKEN_PHRASES)
        check_phrase_words(c, l, e);
    if (l->kind == KIND_TOKEN_PHRASES && !memchr(e->text, ' ', e->len))
        error_at(c, l->path, e->line, "\"%s\": a phrase has two words or more (a word goes in a words list)",
                 e->text);
    if (l->kind == KIND_LINES && frnp_line_core_length(e->text, e->len) != e->len)
        error_at(c, l->path, e->line, "\"%s\" ends with punctuation that a line's end loses: it could never match",
                 e->text);
}

/* The weight at the end of an entry's line (after white space), cut off
 * the line: a positive integer in a weighted list, a number in (0, 1] in a
 * words list. 0 when there is none or it is not such a number. */
static double cut_weight(char *s, enum kind kind)
{
    char *last = strrchr(s, ' '), *tab = strrchr(s, '\t'), *end;
    double weight;

    if (tab > last)
        last = tab;
    if (!last)
        return 0;
    weight = kind == KIND_WEIGHTED ? (double)strtol(last + 1, &end, 10) : strtod(last + 1, &end);
    if (*end != '\0' || !(weight > 0) || weight > (kind == KIND_WEIGHTED ? 1000 : 1))
        return 0;
    *last = '\0';
    return weight;
}

/* An entry: the line, or what stands between double quotes (to keep
 * leading or trailing spaces); weighted lists end with the weight, words
 * lists may. */
static void parse_entry(compiler *c, list *l, unsigned line_no, char *s)
{
    entry e = {NULL, 0, 1, 0, line_no, 0};
    size_t len, cap;

    if (l->kind == KIND_WEIGHTED || (l->kind == KIND_WORDS && strpbrk(s, " \t"))) {
        double weight = cut_weight(s, l->kind);
        if (weight == 0) {
            error_at(c, l->path, line_no, l->kind == KIND_WEIGHTED
                         ? "expected: phrase weight (a positive integer)"
                         : "expected: word, or word and weight (a number in (0, 1])");
            return;
        }
        e.weight = weight;
        e.weighed = 1;
        s = trim(s);
    }
    len = strlen(s);
    if (len >= 2 && s[0] == '"' && s[len - 1] == '"') {
        s[len - 1] = '\0';
        s++;
        len -= 2;
    }
    cap = 2 * len + 8;
    e.text = xrealloc(NULL, cap + 1);
    e.len = frnp_fold(s, len, e.text, cap, NULL);
    e.text[e.len] = '\0';
    check_entry(c, l, &e);
    if (l->count == l->capacity) {
        l->capacity = l->capacity ? 2 * l->capacity : 64;
        l->entries = xrealloc(l->entries, l->capacity * sizeof *l->entries);
    }
    l->entries[l->count++] = e;
}

static void entry_line(compiler *c, void *data, const char *path, unsigned line_no, char *s)
{
    parse_entry(c, data, line_no, s);
}

static int compare_entries(const void *x, const void *y)
{
    const entry *a = x, *b = y;
    int cmp = memcmp(a->text, b->text, a->len < b->len ? a->len : b->len);

    if (cmp)
        return cmp;
    return (a->len > b->len) - (a->len < b->len);
}

static void release_entries(list *l)
{
    for (size_t i = 0; i < l->count; i++)
        free(l->entries[i].text);
    free(l->entries);
    l->entries = NULL;
    l->count = l->capacity = 0;
}

/* Lists that are the same in every language (given names) live in one
 * folder beside the language folders. */
#define SHARED_FOLDER "all"

/* Read a list for lang: its folder's file, else the shared folder's, else
 * none (an error for English, empty for another language); sort it and
 * report duplicates. A list may not be both shared and a language's. */
static void read_list(compiler *c, list *l, const char *lang)
{
    char shared[sizeof l->path];
    int own;

    release_entries(l);
    snprintf(l->path, sizeof l->path, "%s/%s/%s.txt", c->dir, lang, l->file);
    snprintf(shared, sizeof shared, "%s/%s/%s.txt", c->dir, SHARED_FOLDER, l->file);
    own = each_line(c, l->path, entry_line, l);
    if (own && access(shared, F_OK) == 0)
        error_at(c, l->path, 0, "the list is shared too (%s): one home for it", shared);
    if (!own && errno != ENOENT) {
        error_at(c, l->path, 0, "cannot read the list: %s", strerror(errno));
        return;
    }
    l->shared = !own;
    if (!own) {
        memcpy(l->path, shared, sizeof shared);
        if (!each_line(c, l->path, entry_line, l)) {
            if (strcmp(lang, "en") == 0 || errno != ENOENT)
                error_at(c, l->path, 0, "cannot read the list: %s", strerror(errno));
            return;
        }
    }
    if ((l->kind == KIND_SUBSTRINGS || l->kind == KIND_WEIGHTED) && l->count > SUBSTRINGS_MAX)
        error_at(c, l->path, 0, "%zu phrases: a %s list holds %d at most", l->count, kind_names[l->kind],
                 SUBSTRINGS_MAX);
    if (l->count > 1)
        qsort(l->entries, l->count, sizeof *l->entries, compare_entries);
    for (size_t i = 1; i < l->count; i++)
        if (compare_entries(&l->entries[i - 1], &l->entries[i]) == 0)
            error_at(c, l->path, l->entries[i].line > l->entries[i - 1].line ? l->entries[i].line
                                                                            : l->entries[i - 1].line,
                     "duplicate entry \"%s\" (lines %u and %u)", l->entries[i].text,
                     l->entries[i - 1].line, l->entries[i].line);
}

static void check_contradictions(compiler *c)
{
    for (size_t k = 0; k < c->contradiction_count; k++) {
        list *a = &c->lists[c->contradictions[k][0]], *b = &c->lists[c->contradictions[k][1]];
        for (size_t i = 0; b->count > 0 && i < a->count; i++)
            if (bsearch(&a->entries[i], b->entries, b->count, sizeof *b->entries, compare_entries))
                error_at(c, a->path, a->entries[i].line, "\"%s\" is also in %s, which contradicts %s",
                         a->entries[i].text, b->path, a->file);
    }
}

/* A language folder (or the shared one, when there is one) holds the
 * declared lists and nothing else ending in .txt. */
static void check_folder(compiler *c, const char *lang)
{
    char path[1024];
    DIR *dir;
    struct dirent *d;

    snprintf(path, sizeof path, "%s/%s", c->dir, lang);
    dir = opendir(path);
    if (!dir) {
        if (strcmp(lang, SHARED_FOLDER) != 0 || errno != ENOENT)
            error_at(c, path, 0, "cannot open the language folder: %s", strerror(errno));
        return;
    }
    while ((d = readdir(dir))) {
        size_t n = strlen(d->d_name);
        char file[256];
        if (n <= 4 || strcmp(d->d_name + n - 4, ".txt") != 0 || n - 4 >= sizeof file)
            continue;
        memcpy(file, d->d_name, n - 4);
        file[n - 4] = '\0';
        if (find_list(c, file) < 0)
            error_at(c, path, 0, "%s is not a list declared in lists.txt", d->d_name);
    }
    closedir(dir);
}

/* --- output ----------------------------------------------------------- */

static void emit_string(FILE *out, const char *s, size_t len)
{
    fputc('"', out);
    for (size_t i = 0; i < len; i++) {
        unsigned char b = (unsigned char)s[i];
        if (b == '"' || b == '\\')
            fprintf(out, "\\%c", b);
        else if (b < 0x20 || b >= 0x7F)
            fprintf(out, "\\%03o", b); /* octal: a following digit cannot extend it */
        else
            fputc(b, out);
    }
    fputc('"', out);
}

static void emit_table(FILE *out, const char *lang, const char *name, const entry *entries,
                       size_t count)
{
    if (count == 0)
        return;
    fprintf(out, "static const frnp_lex_entry %s_%s[] = {\n", lang, name);
    for (size_t i = 0; i < count; i++) {
        char weight[32];
        snprintf(weight, sizeof weight, "%g", entries[i].weight);
        fputs("    {", out);
        emit_string(out, entries[i].text, entries[i].len);
        /* A float constant needs its point: "1" would be an int. */
        fprintf(out, ", %zu, %s%sf, UINT64_C(0x%llx)},\n", entries[i].len, weight,
                strpbrk(weight, ".e") ? "" : ".0", entries[i].classes);
    }
    fputs("};\n", out);
}

static const entry *find_entry(const entry *key, const entry *entries, size_t count)
{
    return count ? bsearch(key, entries, count, sizeof *entries, compare_entries) : NULL;
}

static void put_slot(uint32_t *slots, size_t slot_count, const entry *word, size_t value)
{
    size_t at = frnp_lex_hash(word->text, word->len) & (slot_count - 1);

    while (slots[at])
        at = (at + 1) & (slot_count - 1);
    slots[at] = (uint32_t)value;
}

/* A language's open-addressing index of its words and of the shared words
 * its own table lacks: a power of two of slots, at most two in three used,
 * each 0, or the index + 1 of an entry of its words, or the word count +
 * the index + 1 of a shared word, at the slot its hash names or the next
 * free one after it. One probe answers every list. */
static void emit_word_slots(FILE *out, const char *lang, const entry *words, size_t count,
                            const entry *shared, size_t shared_count)
{
    size_t slot_count = 1, indexed = count;
    uint32_t *slots;

    for (size_t i = 0; i < shared_count; i++)
        indexed += !find_entry(&shared[i], words, count);
    while (slot_count * 2 < indexed * 3)
        slot_count *= 2;
    slots = xrealloc(NULL, slot_count * sizeof *slots);
    memset(slots, 0, slot_count * sizeof *slots);
    for (size_t i = 0; i < count; i++)
        put_slot(slots, slot_count, &words[i], i + 1);
    for (size_t i = 0; i < shared_count; i++)
        if (!find_entry(&shared[i], words, count))
            put_slot(slots, slot_count, &shared[i], count + i + 1);
    fprintf(out, "static const uint32_t %s_word_slots[%zu] = {", lang, slot_count);
    for (size_t i = 0; i < slot_count; i++)
        fprintf(out, "%s%u,", i % 16 ? " " : "\n    ", (unsigned)slots[i]);
    fputs("\n};\n", out);
    free(slots);
}

static void add_word(entry **words, size_t *count, size_t *capacity, const entry *e, size_t len,
                     int bit)
{
    if (*count == *capacity) {
        *capacity = *capacity ? 2 * *capacity : 256;
        *words = xrealloc(*words, *capacity * sizeof **words);
    }
    (*words)[*count] = *e;
    (*words)[*count].len = len;
    (*words)[*count].classes = 1ull << bit;
    (*count)++;
}

/* A word table: every word of the word lists, shared or the language's
 * own as `shared` says, and the first word of each token phrase, with the
 * bits of all the lists it is in. */
static size_t merge_words(compiler *c, int shared, entry **out)
{
    entry *words = NULL;
    size_t count = 0, capacity = 0, kept = 0;

    for (size_t i = 0; i < c->list_count; i++) {
        list *l = &c->lists[i];
        for (size_t k = 0; l->bit >= 0 && l->shared == shared && k < l->count; k++) {
            const char *space = memchr(l->entries[k].text, ' ', l->entries[k].len);
            size_t len = space ? (size_t)(space - l->entries[k].text) : l->entries[k].len;
            add_word(&words, &count, &capacity, &l->entries[k], len, l->bit);
        }
    }
    if (count)
        qsort(words, count, sizeof *words, compare_entries);
    /* A word in several lists has all their bits, and the largest weight
     * a list gives (1 when none does). */
    for (size_t i = 0; i < count; i++) {
        entry *prev = kept > 0 ? &words[kept - 1] : NULL;
        if (prev && compare_entries(prev, &words[i]) == 0) {
            prev->classes |= words[i].classes;
            if (words[i].weighed && (!prev->weighed || words[i].weight > prev->weight)) {
                prev->weight = words[i].weight;
                prev->weighed = 1;
            }
        } else {
            words[kept++] = words[i];
        }
    }
    *out = words;
    return kept;
}

static int has_automaton(const list *l)
{
    return (l->kind == KIND_SUBSTRINGS || l->kind == KIND_WEIGHTED) && l->count >= AUTOMATON_MIN_PHRASES;
}

static void emit_automaton(FILE *out, const char *lang, const list *l)
{
    const char **texts = xrealloc(NULL, l->count * sizeof *texts);
    size_t *lens = xrealloc(NULL, l->count * sizeof *lens);
    char name[160];

    for (size_t i = 0; i < l->count; i++) {
        texts[i] = l->entries[i].text;
        lens[i] = l->entries[i].len;
    }
    snprintf(name, sizeof name, "%s_%s", lang, l->c_name);
    phrase_automaton_emit(out, name, texts, lens, l->count);
    free(texts);
    free(lens);
}

/* The automata member of the lexicon's initializer. */
static void emit_automata(const compiler *c, FILE *out, const char *lang)
{
    fputs(",\n    {", out);
    for (size_t i = 0; i < c->list_count; i++) {
        const list *l = &c->lists[i];
        if (l->phrase_id < 0)
            continue;
        if (has_automaton(l))
            fprintf(out, "\n        &%s_%s_automaton,", lang, l->c_name);
        else
            fputs("\n        NULL,", out);
    }
    fputs("\n    }\n};\n", out);
}

/* The table of the shared lists' words, which every language's index
 * also points into. */
#define SHARED_PREFIX "frnp"
#define SHARED_TABLE "shared_words"
#define SHARED_WORDS SHARED_PREFIX "_" SHARED_TABLE

static void emit_language(compiler *c, FILE *out, const char *lang, const entry *shared, size_t shared_count)
{
    entry *words;
    size_t word_count = merge_words(c, 0, &words);

    /* A word in the language's lists and the shared ones has all its bits
     * in the language's entry. */
    for (size_t i = 0; i < word_count; i++) {
        const entry *also = find_entry(&words[i], shared, shared_count);
        words[i].classes |= also ? also->classes : 0;
    }
    fprintf(out, "\n/* --- %s --- */\n", lang);
    emit_table(out, lang, "words", words, word_count);
    if (word_count + shared_count)
        emit_word_slots(out, lang, words, word_count, shared, shared_count);
    for (size_t i = 0; i < c->list_count; i++)
        if (c->lists[i].phrase_id >= 0)
            emit_table(out, lang, c->lists[i].c_name, c->lists[i].entries, c->lists[i].count);
    for (size_t i = 0; i < c->list_count; i++)
        if (c->lists[i].phrase_id >= 0 && has_automaton(&c->lists[i]))
            emit_automaton(out, lang, &c->lists[i]);
    fprintf(out, "static const struct frnp_lexicon %s_lexicon = {\n    \"%s\",\n", lang, lang);
    if (word_count)
        fprintf(out, "    {%s_words, %zu},\n    {\n", lang, word_count);
    else
        fputs("    {NULL, 0},\n    {\n", out);
    for (size_t i = 0; i < c->list_count; i++) {
        const list *l = &c->lists[i];
        if (l->phrase_id < 0)
            continue;
        if (l->count)
            fprintf(out, "        {%s_%s, %zu},\n", lang, l->c_name, l->count);
        else
            fprintf(out, "        {NULL, 0}, /* %s */\n", l->file);
    }
    if (word_count + shared_count)
        fprintf(out, "    },\n    %s_word_slots, sizeof %s_word_slots / sizeof *%s_word_slots", lang,
                lang, lang);
    else
        fputs("    },\n    NULL, 0", out);
    if (shared_count)
        fprintf(out, ",\n    {%s, %zu}", SHARED_WORDS, shared_count);
    else
        fputs(",\n    {NULL, 0}", out);
    emit_automata(c, out, lang);
    free(words);
}

static void emit_header(const compiler *c, FILE *out)
{
    fputs("/* Generated by lexicon-compile from lexicon/lists.txt: do not edit.\n"
          " * The word classes (bits of a word's mask) and the phrase lists. */\n"
          "#ifndef FRNP_LEXICON_LISTS_H\n#define FRNP_LEXICON_LISTS_H\n\n"
          "#include <stdint.h>\n\n", out);
    fprintf(out, "/* The longest word entry, in bytes once folded. */\n#define FRNP_LEX_WORD_MAX %d\n",
            WORD_MAX_BYTES);
    fprintf(out, "/* The most phrases a substrings or weighted list holds. */\n#define FRNP_LEX_SUBSTRINGS_MAX %d\n\n",
            SUBSTRINGS_MAX);
    for (size_t i = 0; i < c->list_count; i++) {
        const list *l = &c->lists[i];
        if (l->bit >= 0)
            fprintf(out, "/* %s (%s): %s */\n#define FRNP_LEX_%s (UINT64_C(1) << %d)\n", l->file,
                    kind_names[l->kind], l->about, l->name, l->bit);
    }
    fputs("\ntypedef enum frnp_phrase_list {\n", out);
    for (size_t i = 0; i < c->list_count; i++) {
        const list *l = &c->lists[i];
        if (l->phrase_id >= 0)
            fprintf(out, "    FRNP_PHRASES_%s, /* %s (%s): %s */\n", l->name, l->file,
                    kind_names[l->kind], l->about);
    }
    fputs("    FRNP_PHRASE_LIST_COUNT\n} frnp_phrase_list;\n\n#endif\n", out);
}

static FILE *open_output(const char *path)
{
    FILE *f = fopen(path, "w");

    if (!f) {
        fprintf(stderr, "lexicon-compile: cannot write %s: %s\n", path, strerror(errno));
        exit(2);
    }
    return f;
}

static int close_output(FILE *f, const char *path)
{
    if (ferror(f) | fclose(f)) {
        fprintf(stderr, "lexicon-compile: cannot write %s\n", path);
        return 0;
    }
    return 1;
}

/* Copies of the entries' texts, which the next language's lists free. */
static void own_texts(entry *entries, size_t count)
{
    for (size_t k = 0; k < count; k++) {
        char *text = xrealloc(NULL, entries[k].len + 1);
        memcpy(text, entries[k].text, entries[k].len);
        text[entries[k].len] = '\0';
        entries[k].text = text;
    }
}

static void compile_languages(compiler *c, FILE *tables, char **langs, int count)
{
    fputs("/* Generated by lexicon-compile from the lexicon's data files: do not edit.\n"
          " * Each table is sorted by its folded bytes; the words are indexed by hash\n"
          " * too (lexicon-hash.h; lexicon.c searches them). */\n"
          "#include <stddef.h>\n#include <stdint.h>\n#include \"lexicon-tables.h\"\n", tables);
    entry *shared = NULL;
    size_t shared_count = 0;

    check_folder(c, SHARED_FOLDER);
    for (int i = 0; i < count; i++) {
        check_folder(c, langs[i]);
        for (size_t k = 0; k < c->list_count; k++)
            read_list(c, &c->lists[k], langs[i]);
        check_contradictions(c);
        /* The shared lists are the same files for every language: their
         * words are tabled once. */
        if (i == 0) {
            shared_count = merge_words(c, 1, &shared);
            own_texts(shared, shared_count);
            if (shared_count) {
                fputs("\n/* --- every language --- */\n", tables);
                emit_table(tables, SHARED_PREFIX, SHARED_TABLE, shared, shared_count);
            }
        }
        emit_language(c, tables, langs[i], shared, shared_count);
    }
    for (size_t k = 0; k < shared_count; k++)
        free(shared[k].text);
    free(shared);
    fputs("\n/* English first: the fallback. */\nconst struct frnp_lexicon *const frnp_lexicons[] = {", tables);
    for (int i = 0; i < count; i++)
        fprintf(tables, "%s&%s_lexicon", i ? ", " : "", langs[i]);
    fprintf(tables, "};\nconst size_t frnp_lexicon_count = %d;\n", count);
}

int main(int argc, char **argv)
{
    compiler c;
    char path[1024];
    FILE *header, *tables;
    int ok;

    memset(&c, 0, sizeof c);
    if (argc < 5 || strcmp(argv[4], "en") != 0) {
        fprintf(stderr, "usage: lexicon-compile LEXICON_DIR HEADER_OUT TABLES_OUT en [LANG...]\n");
        return 2;
    }
    c.dir = argv[1];
    if (frn_ctx_new(&c.ctx) != FRN_OK)
        return 2;
    snprintf(path, sizeof path, "%s/lists.txt", c.dir);
    if (!each_line(&c, path, parse_manifest_line, NULL))
        error_at(&c, path, 0, "cannot read the list of lists: %s", strerror(errno));
    snprintf(path, sizeof path, "%s/contradictions.txt", c.dir);
    if (!each_line(&c, path, parse_contradiction_line, NULL))
        error_at(&c, path, 0, "cannot read the contradictions: %s", strerror(errno));
    header = open_output(argv[2]);
    tables = open_output(argv[3]);
    if (c.errors == 0) {
        emit_header(&c, header);
        compile_languages(&c, tables, argv + 4, argc - 4);
    }
    ok = close_output(header, argv[2]) & close_output(tables, argv[3]);
    for (size_t k = 0; k < c.list_count; k++)
        release_entries(&c.lists[k]);
    frn_ctx_free(c.ctx);
    u_cleanup();
    if (c.errors)
        fprintf(stderr, "lexicon-compile: %d error(s)\n", c.errors);
    return c.errors == 0 && ok ? 0 : 1;
}
