/* What a line of a web page's text is, apart from article prose: navigation,
 * widgets, promotions, credits, link lists. The lexicons are English; other
 * languages fall back on the structural rules of the reader. */
#ifndef FRN_BOILERPLATE_H
#define FRN_BOILERPLATE_H

#include <stddef.h>

typedef enum frn_line_role {
    FRN_LINE_CONTENT = 0,    /* may be article prose or a subheading */
    FRN_LINE_BOILERPLATE,    /* leave out; the article may go on after it */
    FRN_LINE_END_OF_ARTICLE, /* leave out, with everything after it */
    FRN_LINE_LINK_LIST,      /* a header of related links: the list under it goes too */
    FRN_LINE_AUTHOR_BOX      /* "About the Author": the bio under it names the author */
} frn_line_role;

/* The role of one trimmed line, from its words alone. */
frn_line_role frn_boilerplate_role(const char *line, size_t len);

/* Whether a line reads as a heading: short, no sentence-final punctuation. */
int frn_is_heading_like(const char *line, size_t len);

/* Whether a line is an item of a bulleted or dashed list. */
int frn_is_list_item(const char *line, size_t len);

/* Number of words (runs of letters or digits) in a line. */
size_t frn_count_words(const char *line, size_t len);

#endif
