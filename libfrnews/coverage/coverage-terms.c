/* The story vector of one article: the words of its title, weighted up,
 * and of the opening of its body, without stopwords. Only raw weights are
 * kept here; TF-IDF needs the whole collection and is applied at build. */
#include <stdlib.h>
#include <string.h>
#include "core/context.h"
#include "coverage-private.h"
#include "text/text-words.h"

/* A headline names the story; the lead fills it in. Later paragraphs drift
 * to background shared with other stories, so they are not read. */
#define FRNP_STORY_TITLE_WEIGHT 3.0f
#define FRNP_STORY_BODY_WORDS 100

typedef struct term_builder {
    frnp_cov_term *items;
    size_t count, capacity;
    float weight;      /* of the words being read */
    size_t words_left; /* body words still to read */
    int failed;
} term_builder;

static int add_term(const char *word, size_t len, void *data)
{
    term_builder *b = data;

    if (b->words_left == 0)
        return 1;
    b->words_left--;
    len = frnp_possessive_base(word, len); /* "Apple's" counts as "apple" */
    if (len < 2 || frnp_cov_is_stopword(word, len))
        return 0;
    if (!frnp_array_reserve(&b->items, &b->capacity, b->count + 1, sizeof *b->items)) {
        b->failed = 1;
        return 1;
    }
    b->items[b->count].term = frnp_cov_word_hash(word, len);
    b->items[b->count].weight = b->weight;
    b->count++;
    return 0;
}

static int compare_terms(const void *x, const void *y)
{
    const frnp_cov_term *a = x, *b = y;

    return (a->term > b->term) - (a->term < b->term);
}

/* Sort and sum the weights of repeated terms. */
static void merge_repeats(term_builder *b)
{
    size_t kept = 0;

    if (b->count > 1)
        qsort(b->items, b->count, sizeof *b->items, compare_terms);
    for (size_t i = 0; i < b->count; i++) {
        if (kept > 0 && b->items[kept - 1].term == b->items[i].term)
            b->items[kept - 1].weight += b->items[i].weight;
        else
            b->items[kept++] = b->items[i];
    }
    b->count = kept;
}

frn_status frnp_cov_terms(frn_ctx *ctx, const frn_article *article,
                         frnp_cov_term **out, size_t *count)
{
    term_builder b = {NULL, 0, 0, FRNP_STORY_TITLE_WEIGHT, SIZE_MAX, 0};
    const char *title = frn_article_get_title(article);
    size_t body_len;
    const char *body = frn_article_get_text(article, &body_len);
    frn_status status;

    *out = NULL;
    *count = 0;
    status = frnp_cov_each_word(ctx, title, title ? strlen(title) : 0, add_term, &b);
    if (status == FRN_OK && !b.failed) {
        b.weight = 1.0f;
        b.words_left = FRNP_STORY_BODY_WORDS;
        status = frnp_cov_each_word(ctx, body, body_len, add_term, &b);
    }
    if (status == FRN_OK && b.failed)
        status = frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    if (status != FRN_OK) {
        free(b.items);
        return status;
    }
    merge_repeats(&b);
    *out = b.items;
    *count = b.count;
    return FRN_OK;
}
