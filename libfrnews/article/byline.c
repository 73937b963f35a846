/* Bylines and author boxes: the line's tokens, read by the name recogniser. */
#include <string.h>
#include "byline.h"
#include "lexicon/person-name.h"
#include "text/tokens.h"

/* A byline is short: longer lines are prose that starts with "By". */
#define BYLINE_MAX_BYTES 120

/* The tokens of text[start, len), tagged. */
static frn_status read_tokens(frn_ctx *ctx, const frnp_lexicon *lexicon, const char *text,
                              size_t start, size_t len, frnp_token_list *tokens)
{
    frn_span span = {start, len};
    frn_status status = frnp_tokens_segment(ctx, text, &span, 1, tokens);

    if (status == FRN_OK)
        frnp_lexicon_tag_tokens(lexicon, text, tokens);
    return status;
}

/* A byline credits the name as written, titles and all ("Dr Jane Doe"),
 * and may credit an organisation ("The Associated Press"). */
static frn_span written_span(const frnp_token_list *tokens, const frnp_name_run *run)
{
    return (frn_span){tokens->items[run->start].start, tokens->items[run->end - 1].end};
}

/* What stands between two names of a list: , ; & | and. */
static int separates_names(const char *text, const frnp_token *token)
{
    return frnp_token_in(token, FRNP_LEX_NAME_LIST_CONJUNCTION) ||
           (token->end - token->start == 1 && strchr(",;&|", text[token->start]));
}

/* Split "A, B and C" into names. */
static size_t each_name(const char *line, const frnp_token_list *tokens,
                        frn_span names[FRNP_BYLINE_MAX_NAMES])
{
    size_t i = 0, count = 0;

    while (i < tokens->count && count < FRNP_BYLINE_MAX_NAMES) {
        frnp_name_run run;
        frnp_name_run_at(line, tokens, i, tokens->count, &run);
        if (!frnp_name_is_full(run.written_words))
            break;
        names[count++] = written_span(tokens, &run);
        for (i = run.end; i < tokens->count && separates_names(line, &tokens->items[i]); i++)
            ;
    }
    return count;
}

frn_status frnp_byline_names(frn_ctx *ctx, const frnp_lexicon *lexicon, const char *line,
                             size_t len, frn_span names[FRNP_BYLINE_MAX_NAMES], size_t *count)
{
    frnp_token_list tokens;
    frn_status status;
    size_t n;

    *count = 0;
    if (len > BYLINE_MAX_BYTES)
        return FRN_OK;
    n = frnp_lexicon_prefix(lexicon, FRNP_PHRASES_BYLINE_OPENER, line, len);
    if (n == 0 || n >= len || line[n] != ' ')
        return FRN_OK;
    status = read_tokens(ctx, lexicon, line, n + 1, len, &tokens);
    if (status == FRN_OK)
        *count = each_name(line, &tokens, names);
    frnp_tokens_release(&tokens);
    return status;
}

/* The name run text's tokens start with, when it is a full name. */
static int leading_run(const char *text, const frnp_token_list *tokens, frnp_name_run *run)
{
    if (tokens->count == 0)
        return 0;
    frnp_name_run_at(text, tokens, 0, tokens->count, run);
    return frnp_name_is_full(run->written_words);
}

frn_status frnp_leading_name(frn_ctx *ctx, const frnp_lexicon *lexicon, const char *text,
                             size_t len, frn_span *name)
{
    frnp_token_list tokens;
    frnp_name_run run;
    frn_status status;

    *name = (frn_span){0, 0};
    if (len > BYLINE_MAX_BYTES)
        return FRN_OK;
    status = read_tokens(ctx, lexicon, text, 0, len, &tokens);
    if (status == FRN_OK && leading_run(text, &tokens, &run))
        *name = written_span(&tokens, &run);
    frnp_tokens_release(&tokens);
    return status;
}

frn_status frnp_bio_name(frn_ctx *ctx, const frnp_lexicon *lexicon, const char *bio, size_t len,
                         frn_span *name)
{
    frnp_token_list tokens;
    frnp_name_run run;
    frn_status status = read_tokens(ctx, lexicon, bio, 0, len, &tokens);

    *name = (frn_span){0, 0};
    /* "Scott Bekker is ...", "Scott Bekker, editor ..." */
    if (status == FRN_OK && leading_run(bio, &tokens, &run) && run.end < tokens.count &&
        (frnp_token_in(&tokens.items[run.end], FRNP_LEX_BIO_VERB) ||
         frnp_token_is_char(bio, &tokens.items[run.end], ',')))
        *name = written_span(&tokens, &run);
    frnp_tokens_release(&tokens);
    return status;
}
