/* Text for people reading a terminal: short, one thing a line. */
#include <inttypes.h>
#include "emit.h"

static void print_item_heading(FILE *out, const input_item *item)
{
    fputs(item->file, out);
    if (item->line)
        fprintf(out, ", line %zu", item->line);
    if (item->has_offset)
        fprintf(out, ", byte %" PRIu64, item->offset);
    if (item->url && (item->line || item->has_offset))
        fprintf(out, " (%s)", item->url);
    putc('\n', out);
}

static void print_optional(FILE *out, const char *label, const char *value)
{
    if (value)
        fprintf(out, "  %s: %s\n", label, value);
}

static void print_authors(FILE *out, const frn_article *article)
{
    size_t count = frn_article_get_author_count(article);

    if (count == 0)
        return;
    fputs("  By: ", out);
    for (size_t i = 0; i < count; i++)
        fprintf(out, "%s%s", i ? ", " : "", frn_article_get_author(article, i));
    putc('\n', out);
}

static void print_metadata(FILE *out, const frn_article *article)
{
    size_t text_len;

    print_optional(out, "Title", frn_article_get_title(article));
    print_authors(out, article);
    print_optional(out, "Published", frn_article_get_published(article));
    print_optional(out, "Site", frn_article_get_site(article));
    frn_article_get_text(article, &text_len);
    fprintf(out, "  Body: %zu paragraphs, %zu bytes\n",
            frn_article_get_paragraph_count(article), text_len);
}

static void print_quote(FILE *out, const frn_quote *quote)
{
    size_t text_len;
    const char *text = frn_quote_get_text(quote, &text_len);
    const char *speaker = frn_quote_get_speaker(quote);
    const char *cue = frn_quote_get_cue(quote);

    fprintf(out, "  - %s", speaker ? speaker : "(unknown speaker)");
    if (cue)
        fprintf(out, ", %s", cue);
    fprintf(out, " [%s]: \"%.*s\"\n", frn_quote_type_name(frn_quote_get_type(quote)),
            (int)text_len, text);
}

void emit_article_text(FILE *out, const article_outcome *outcome, int with_article)
{
    print_item_heading(out, outcome->item);
    if (outcome->article && with_article)
        print_metadata(out, outcome->article);
    if (outcome->quotes) {
        size_t count = frn_quote_list_get_count(outcome->quotes);
        fprintf(out, "  Quotations: %zu\n", count);
        for (size_t i = 0; i < count; i++)
            print_quote(out, frn_quote_list_get_quote(outcome->quotes, i));
    } else
        fprintf(out, "  Error: %s: %s\n", frn_status_name(outcome->status),
                outcome->message && *outcome->message ? outcome->message
                                                      : frn_status_str(outcome->status));
    putc('\n', out);
}

static void print_stories(FILE *out, const frn_coverage *coverage)
{
    size_t stories = frn_coverage_get_story_count(coverage);

    fprintf(out, "Stories: %zu\n", stories);
    for (size_t s = 0; s < stories; s++) {
        size_t size = frn_coverage_get_story_size(coverage, s);
        fprintf(out, "  s%zu:", s + 1);
        for (size_t k = 0; k < size; k++)
            fprintf(out, " %s",
                    frn_coverage_get_article_id(coverage, frn_coverage_get_story_article(coverage, s, k)));
        putc('\n', out);
    }
}

static void print_merged_quotes(FILE *out, const frn_coverage *coverage)
{
    size_t quotes = frn_coverage_get_quote_count(coverage);

    fprintf(out, "Quotations: %zu\n", quotes);
    for (size_t q = 0; q < quotes; q++) {
        const char *speaker = frn_coverage_get_quote_speaker(coverage, q);
        fprintf(out, "  - %s: \"%s\" (%zu sources)\n", speaker ? speaker : "(unknown speaker)",
                frn_coverage_get_quote_text(coverage, q),
                frn_coverage_get_quote_source_count(coverage, q));
    }
}

void emit_coverage_text(FILE *out, const frn_coverage *coverage, const coverage_entry *entries,
                        size_t count)
{
    fprintf(out, "Articles: %zu\n", frn_coverage_get_article_count(coverage));
    for (size_t i = 0; i < count; i++)
        if (entries[i].readable && !entries[i].added)
            fprintf(out, "  %s: %s: %s\n", entries[i].file, frn_status_name(entries[i].status),
                    entries[i].message ? entries[i].message : frn_status_str(entries[i].status));
    print_stories(out, coverage);
    fprintf(out, "Near-duplicate pairs: %zu\n", frn_coverage_get_duplicate_count(coverage));
    print_merged_quotes(out, coverage);
}
