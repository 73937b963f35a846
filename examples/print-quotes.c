/* Print the quotations of one news article as "speaker: quotation" lines.
 * Usage: print-quotes [FILE]   (no FILE, or -, reads standard input)
 * Build: cc print-quotes.c $(pkg-config --cflags --libs libfrnews) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <frnews.h>

/* Read all of a stream into a buffer grown as needed; NULL on a read error
 * or when memory runs out. */
static char *read_all(FILE *in, size_t *len)
{
    size_t size = 1 << 16, used = 0;
    char *text = malloc(size);

    while (text) {
        used += fread(text + used, 1, size - used, in);
        if (used < size)
            break;
        char *grown = size <= (size_t)-1 / 2 ? realloc(text, size * 2) : NULL;
        if (!grown) {
            free(text);
            return NULL;
        }
        text = grown;
        size *= 2;
    }
    if (text && ferror(in)) {
        free(text);
        return NULL;
    }
    *len = used;
    return text;
}

static int print_quotes(const char *text, size_t len)
{
    frn_ctx *ctx = NULL;
    frn_article *article = NULL;
    frn_quote_list *quotes = NULL;
    frn_status status = frn_ctx_new(&ctx);

    if (status == FRN_OK)
        status = frn_article_parse(ctx, text, len, NULL, &article);
    if (status == FRN_OK)
        status = frn_quote_list_extract(ctx, article, NULL, &quotes);
    for (size_t i = 0; status == FRN_OK && i < frn_quote_list_get_count(quotes); i++) {
        const frn_quote *quote = frn_quote_list_get_quote(quotes, i);
        const char *speaker = frn_quote_get_speaker(quote);
        printf("%s: %s\n", speaker ? speaker : "(unknown)", frn_quote_get_text(quote, NULL));
    }
    if (status != FRN_OK)
        fprintf(stderr, "print-quotes: %s\n", ctx ? frn_ctx_get_errmsg(ctx) : frn_status_str(status));
    frn_quote_list_free(quotes);
    frn_article_free(article);
    frn_ctx_free(ctx);
    return status == FRN_OK ? 0 : -1;
}

int main(int argc, char **argv)
{
    const char *path = argc == 2 ? argv[1] : "-";
    int from_stdin = strcmp(path, "-") == 0;
    FILE *in = from_stdin ? stdin : fopen(path, "rb");
    size_t len = 0;
    char *text = NULL;
    int ok;

    if (argc > 2) {
        fputs("usage: print-quotes [FILE]\n", stderr);
        return EXIT_FAILURE;
    }
    if (!in) {
        perror(path);
        return EXIT_FAILURE;
    }
    text = read_all(in, &len);
    if (!text)
        fprintf(stderr, "print-quotes: %s: %s\n", path,
                ferror(in) ? "read error" : "out of memory");
    if (!from_stdin)
        fclose(in);
    ok = text && print_quotes(text, len) == 0;
    free(text);
    return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
