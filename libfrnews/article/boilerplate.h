/* What a line of a web page's text is, apart from article prose: navigation,
 * widgets, promotions, credits, link lists, from the phrase lists of a
 * lexicon (English has them; a language without its own gets English's). */
#ifndef FRNP_BOILERPLATE_H
#define FRNP_BOILERPLATE_H

#include <stddef.h>
#include "lexicon/lexicon.h"

typedef enum frnp_line_role {
    FRNP_LINE_CONTENT = 0,    /* may be article prose or a subheading */
    FRNP_LINE_BOILERPLATE,    /* leave out; the article may go on after it */
    FRNP_LINE_END_OF_ARTICLE, /* leave out, with everything after it */
    FRNP_LINE_LINK_LIST,      /* a header of related links: the list under it goes too */
    FRNP_LINE_AUTHOR_BOX      /* "About the Author": the bio under it names the author */
} frnp_line_role;

/* The functions that count words need ctx's word breaker open
 * (frnp_ctx_word_breaker; text/text-words.h). */

/* The role of one trimmed line, from its words alone. */
frnp_line_role frnp_boilerplate_role(frn_ctx *ctx, const frnp_lexicon *lexicon, const char *line,
                                     size_t len);

/* Whether a line reads as a heading: short, no sentence-final punctuation. */
int frnp_is_heading_like(frn_ctx *ctx, const char *line, size_t len);

/* Whether a line is an item of a bulleted or dashed list. */
int frnp_is_list_item(const frnp_lexicon *lexicon, const char *line, size_t len);

#endif
