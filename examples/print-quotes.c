/* Print the quotations of one news article as "speaker: quotation" lines.
 * Build: cc print-quotes.c $(pkg-config --cflags --libs libfrnews) */
#include <stdio.h>
#include <stdlib.h>
#include <frnews.h>

int main(int argc, char **argv)
{
    static char text[1 << 20]; /* plenty for one article; larger files are refused */
    FILE *file = argc == 2 ? fopen(argv[1], "rb") : NULL;
    size_t len = file ? fread(text, 1, sizeof text, file) : 0;
    frn_ctx *ctx = NULL;
    frn_article *article = NULL;
    frn_quote_list *quotes = NULL;
    int ok = file && len < sizeof text && frn_ctx_new(&ctx) == FRN_OK
             && frn_article_parse(ctx, text, len, NULL, &article) == FRN_OK
             && frn_quote_list_extract(ctx, article, NULL, &quotes) == FRN_OK;

    for (size_t i = 0; ok && i < frn_quote_list_get_count(quotes); i++) {
        const frn_quote *quote = frn_quote_list_get_quote(quotes, i);
        const char *speaker = frn_quote_get_speaker(quote);
        printf("%s: %s\n", speaker ? speaker : "(unknown)", frn_quote_get_text(quote, NULL));
    }
    if (!ok)
        fprintf(stderr, "print-quotes: %s\n", !file ? "usage: print-quotes FILE (readable)"
                : len == sizeof text ? "file too large" : frn_ctx_get_errmsg(ctx));
    if (file)
        fclose(file);
    frn_quote_list_free(quotes);
    frn_article_free(article);
    frn_ctx_free(ctx);
    return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
