/* `frnews parse` and `frnews quotes`: one JSON line per input, in input order. */
#include <errno.h>
#include <stdlib.h>
#include "commands.h"
#include "emit.h"
#include "input.h"

/* Which members follow "file" on an article's line. */
typedef enum article_view { VIEW_ARTICLE, VIEW_QUOTES } article_view;

/* Parse, extract the quotations and write the members of one input's line.
 * A failure of the library is reported in the line itself. */
static void emit_one_input(const command_args *args, article_view view,
                           const char *data, size_t len)
{
    frn_article *article = NULL;
    frn_quote_list *quotes = NULL;
    frn_status status = frn_article_parse(args->ctx, data, len, args->options, &article);

    if (status == FRN_OK && frn_article_get_repair_count(article) > 0) {
        json_key(args->out, "utf8_repairs");
        json_size(args->out, frn_article_get_repair_count(article));
    }
    if (status == FRN_OK && view == VIEW_ARTICLE)
        emit_article_fields(args->out, article);
    if (status == FRN_OK)
        status = frn_quote_list_extract(args->ctx, article, NULL, &quotes);
    if (status == FRN_OK) {
        json_key(args->out, "quotes");
        emit_quote_list(args->out, quotes);
    } else
        emit_error(args->out, args->ctx, status);
    frn_quote_list_free(quotes);
    frn_article_free(article);
}

/* An input over the size limit gets its line, with the error the library
 * would give it: it is not read past the limit. */
static void emit_too_large(const command_args *args, size_t len)
{
    char message[160];

    input_describe_too_large(message, sizeof message, len, args->max_input);
    emit_saved_error(args->out, FRN_ERR_TOO_LARGE, message);
}

/* An input that cannot be read gets no line, only a message on stderr. */
static int run_article_command(const command_args *args, article_view view)
{
    int exit_status = CLI_EXIT_SUCCESS;

    for (size_t i = 0; i < args->file_count; i++) {
        const char *path = args->files[i];
        char *data;
        size_t len;
        int error = input_read(path, args->max_input, &data, &len);

        if (error && error != EFBIG) {
            input_report_error(path, error);
            exit_status = CLI_EXIT_BAD_INPUT;
            continue;
        }
        json_begin_object(args->out);
        json_key(args->out, "file");
        json_cstring(args->out, path);
        if (error)
            emit_too_large(args, len);
        else
            emit_one_input(args, view, data, len);
        json_end_object(args->out);
        json_end_line(args->out);
        free(data);
    }
    return exit_status;
}

int command_parse(const command_args *args)
{
    return run_article_command(args, VIEW_ARTICLE);
}

int command_quotes(const command_args *args)
{
    return run_article_command(args, VIEW_QUOTES);
}
