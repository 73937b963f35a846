/* The finishing step every reader gets: the body text joined from the
 * paragraphs, the site named by the URL's host, and the language. */
#include <stdlib.h>
#include <string.h>
#include "article-private.h"
#include "core/context.h"
#include "language.h"

static frn_status join_paragraphs(frn_ctx *ctx, frn_article *article)
{
    size_t total = 0, at = 0;

    for (size_t i = 0; i < article->paragraph_count; i++)
        total += article->paragraphs[i].end - article->paragraphs[i].start + 2;
    article->text = malloc(total + 1);
    if (!article->text)
        return frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
    for (size_t i = 0; i < article->paragraph_count; i++) {
        frn_span p = article->paragraphs[i];
        if (i > 0) {
            memcpy(article->text + at, "\n\n", 2);
            at += 2;
        }
        memcpy(article->text + at, article->source + p.start, p.end - p.start);
        at += p.end - p.start;
    }
    article->text[at] = '\0';
    article->text_len = at;
    return FRN_OK;
}

/* The host of a URL, without "www.", names the site. */
static frn_status site_from_url(frn_ctx *ctx, frn_article *article, const char *url)
{
    const char *host = url ? strstr(url, "://") : NULL;
    size_t len;

    if (!host)
        return FRN_OK;
    host += 3;
    len = strcspn(host, "/:?#");
    if (len > 4 && strncmp(host, "www.", 4) == 0) {
        host += 4;
        len -= 4;
    }
    return len ? frnp_article_set_field(ctx, &article->site, host, len) : FRN_OK;
}

/* The declared language stands; else the body's, else the title's. */
static frn_status identify_language(frn_ctx *ctx, frn_article *article)
{
    char tag[FRNP_LANGUAGE_TAG_BYTES];
    frn_status status;

    if (article->language)
        return FRN_OK;
    status = frnp_language_guess(ctx, article->text, article->text_len, tag);
    if (status == FRN_OK && !tag[0] && article->title)
        status = frnp_language_guess(ctx, article->title, strlen(article->title), tag);
    if (status != FRN_OK || !tag[0])
        return status;
    return frnp_article_set_field(ctx, &article->language, tag, strlen(tag));
}

frn_status frnp_article_finish(frn_ctx *ctx, frn_article *article,
                               const frn_article_options *options)
{
    frn_status status = join_paragraphs(ctx, article);

    if (article->paragraph_count == 0 && !article->empty_reason)
        article->empty_reason = "only a headline: everything else reads as page boilerplate";

    if (status == FRN_OK)
        status = site_from_url(ctx, article, options ? options->url : NULL);
    if (status == FRN_OK)
        status = identify_language(ctx, article);
    return status;
}
