/* The coverage object: articles, stories, duplicates and merged quotations. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include "emit.h"

/* Articles are named by their entry id; an index the library should never
 * give (out of range) comes out as null rather than a wrong name. */
static void emit_article_ref(json_writer *w, const frn_coverage *coverage, size_t index)
{
    json_cstring(w, frn_coverage_get_article_id(coverage, index));
}

static void emit_articles(json_writer *w, const coverage_entry *entries, size_t count)
{
    json_begin_array(w);
    for (size_t i = 0; i < count; i++) {
        const coverage_entry *entry = &entries[i];
        if (!entry->readable)
            continue;
        json_begin_object(w);
        json_key(w, "id");
        json_cstring(w, entry->id);
        json_key(w, "file");
        json_cstring(w, entry->file);
        json_key(w, "title");
        json_cstring(w, entry->title);
        json_key(w, "published");
        json_cstring(w, entry->published);
        if (!entry->added)
            emit_saved_error(w, entry->status, entry->message);
        json_end_object(w);
    }
    json_end_array(w);
}

static void begin_story(json_writer *w, size_t *story_number)
{
    char id[32];

    snprintf(id, sizeof id, "s%zu", ++*story_number);
    json_begin_object(w);
    json_key(w, "id");
    json_cstring(w, id);
    json_key(w, "articles");
    json_begin_array(w);
}

static void end_story(json_writer *w)
{
    json_end_array(w);
    json_end_object(w);
}

/* The index's stories, marking in in_story (one flag per index position)
 * the articles they hold. */
static void emit_index_stories(json_writer *w, const frn_coverage *coverage,
                               unsigned char *in_story, size_t indexed,
                               size_t *story_number)
{
    size_t stories = frn_coverage_get_story_count(coverage);

    for (size_t s = 0; s < stories; s++) {
        size_t size = frn_coverage_get_story_size(coverage, s);
        begin_story(w, story_number);
        for (size_t k = 0; k < size; k++) {
            size_t index = frn_coverage_get_story_article(coverage, s, k);
            emit_article_ref(w, coverage, index);
            if (index < indexed)
                in_story[index] = 1;
        }
        end_story(w);
    }
}

/* Every listed article is in exactly one story: those the index put in none
 * (not parsed, or not grouped) stand alone. in_story has one zeroed flag per
 * indexed article. */
static void emit_stories(json_writer *w, const frn_coverage *coverage,
                         const coverage_entry *entries, size_t count,
                         unsigned char *in_story, size_t indexed)
{
    size_t story_number = 0;

    json_begin_array(w);
    emit_index_stories(w, coverage, in_story, indexed, &story_number);
    for (size_t i = 0; i < count; i++) {
        const coverage_entry *entry = &entries[i];
        if (!entry->readable || (entry->added && entry->index < indexed && in_story[entry->index]))
            continue;
        begin_story(w, &story_number);
        json_cstring(w, entry->id);
        end_story(w);
    }
    json_end_array(w);
}

static void emit_duplicates(json_writer *w, const frn_coverage *coverage)
{
    size_t pairs = frn_coverage_get_duplicate_count(coverage);

    json_begin_array(w);
    for (size_t p = 0; p < pairs; p++) {
        size_t a, b;
        double similarity;
        if (frn_coverage_get_duplicate(coverage, p, &a, &b, &similarity) != FRN_OK)
            continue;
        json_begin_object(w);
        json_key(w, "a");
        emit_article_ref(w, coverage, a);
        json_key(w, "b");
        emit_article_ref(w, coverage, b);
        json_key(w, "similarity");
        json_double(w, similarity);
        json_end_object(w);
    }
    json_end_array(w);
}

/* Copies of one text: each cluster with its representative (the likely
 * original: the earliest published, then the smallest id). */
static void emit_duplicate_clusters(json_writer *w, const frn_coverage *coverage)
{
    size_t clusters = frn_coverage_get_cluster_count(coverage);

    json_begin_array(w);
    for (size_t c = 0; c < clusters; c++) {
        char id[32];
        size_t size = frn_coverage_get_cluster_size(coverage, c);
        snprintf(id, sizeof id, "d%zu", c + 1);
        json_begin_object(w);
        json_key(w, "id");
        json_cstring(w, id);
        json_key(w, "representative");
        emit_article_ref(w, coverage, frn_coverage_get_cluster_representative(coverage, c));
        json_key(w, "articles");
        json_begin_array(w);
        for (size_t k = 0; k < size; k++)
            emit_article_ref(w, coverage, frn_coverage_get_cluster_article(coverage, c, k));
        json_end_array(w);
        json_end_object(w);
    }
    json_end_array(w);
}

/* How the printing differs from the canonical text, and when it appeared. */
static void emit_source_details(json_writer *w, const frn_coverage *coverage, size_t quote,
                                size_t k, size_t article)
{
    frn_quote_variant variant = frn_coverage_get_quote_source_variant(coverage, quote, k);
    const char *diff = frn_coverage_get_quote_source_diff(coverage, quote, k);

    json_key(w, "speaker");
    json_cstring(w, frn_coverage_get_quote_source_speaker(coverage, quote, k));
    json_key(w, "published");
    json_cstring(w, frn_coverage_get_article_published(coverage, article));
    json_key(w, "variant");
    json_cstring(w, frn_quote_variant_name(variant));
    if (diff) {
        json_key(w, "diff");
        json_cstring(w, diff);
    }
}

/* The first printing: the earliest dated source, null when none is dated. */
static void emit_first_printing(json_writer *w, const frn_coverage *coverage, size_t quote)
{
    size_t first = frn_coverage_get_quote_first_source(coverage, quote), article;
    frn_span span;

    json_key(w, "first");
    if (first == FRN_NONE ||
        frn_coverage_get_quote_source(coverage, quote, first, &article, &span, NULL) != FRN_OK) {
        json_null(w);
        return;
    }
    json_begin_object(w);
    json_key(w, "article");
    emit_article_ref(w, coverage, article);
    json_key(w, "published");
    json_cstring(w, frn_coverage_get_article_published(coverage, article));
    json_end_object(w);
}

static void emit_quote_sources(json_writer *w, const frn_coverage *coverage, size_t quote)
{
    size_t sources = frn_coverage_get_quote_source_count(coverage, quote);

    json_begin_array(w);
    for (size_t k = 0; k < sources; k++) {
        size_t article;
        frn_span span;
        const char *text;
        if (frn_coverage_get_quote_source(coverage, quote, k, &article, &span, &text) != FRN_OK)
            continue;
        json_begin_object(w);
        json_key(w, "article");
        emit_article_ref(w, coverage, article);
        json_key(w, "start");
        json_size(w, span.start);
        json_key(w, "end");
        json_size(w, span.end);
        json_key(w, "text");
        json_cstring(w, text);
        emit_source_details(w, coverage, quote, k, article);
        json_end_object(w);
    }
    json_end_array(w);
}

static void emit_merged_quotes(json_writer *w, const frn_coverage *coverage)
{
    size_t quotes = frn_coverage_get_quote_count(coverage);

    json_begin_array(w);
    for (size_t q = 0; q < quotes; q++) {
        json_begin_object(w);
        json_key(w, "speaker");
        json_cstring(w, frn_coverage_get_quote_speaker(coverage, q));
        json_key(w, "text");
        json_cstring(w, frn_coverage_get_quote_text(coverage, q));
        emit_first_printing(w, coverage, q);
        json_key(w, "sources");
        emit_quote_sources(w, coverage, q);
        json_end_object(w);
    }
    json_end_array(w);
}

int emit_coverage(json_writer *w, const frn_coverage *coverage,
                  const coverage_entry *entries, size_t count)
{
    size_t indexed = frn_coverage_get_article_count(coverage);
    unsigned char *in_story = calloc(indexed ? indexed : 1, 1);

    if (!in_story)
        return ENOMEM;
    json_begin_object(w);
    json_key(w, "articles");
    emit_articles(w, entries, count);
    json_key(w, "stories");
    emit_stories(w, coverage, entries, count, in_story, indexed);
    json_key(w, "duplicates");
    emit_duplicates(w, coverage);
    json_key(w, "duplicate_clusters");
    emit_duplicate_clusters(w, coverage);
    json_key(w, "quotes");
    emit_merged_quotes(w, coverage);
    json_end_object(w);
    json_end_line(w);
    free(in_story);
    return 0;
}
