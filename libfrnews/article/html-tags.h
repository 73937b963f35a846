/* What an HTML element is to the reader: its tag's kind, and the evidence
 * its attributes give (class and id words, roles, hiding). */
#ifndef FRNP_HTML_TAGS_H
#define FRNP_HTML_TAGS_H

#include <stddef.h>

enum frnp_tag_kind {
    FRNP_TAG_BLOCK = 1u << 0,       /* starts and ends a paragraph */
    FRNP_TAG_SKIP = 1u << 1,        /* never read: scripts, styles, void elements */
    FRNP_TAG_MUTE = 1u << 17,       /* its text is not read (buttons, media, svg, head), but a
                                     * block inside it is: libxml2 does not rebuild the tree as
                                     * browsers do, so an unclosed <button> may hold the page */
    FRNP_TAG_HEADING = 1u << 2,     /* h1-h6 */
    FRNP_TAG_LINK = 1u << 3,        /* a */
    FRNP_TAG_LIST_ITEM = 1u << 4,   /* li, dt, dd */
    FRNP_TAG_BREAK = 1u << 5,       /* br: ends a paragraph */
    FRNP_TAG_PRE = 1u << 6,         /* white space kept */
    FRNP_TAG_CELL = 1u << 7,        /* td, th */
    FRNP_TAG_CHROME = 1u << 8,      /* nav, aside, footer, header, menu: page furniture */
    FRNP_TAG_CONTENT = 1u << 9,     /* article, main */
    FRNP_TAG_CAPTION = 1u << 10,    /* figcaption */
    FRNP_TAG_QUOTE = 1u << 11,      /* blockquote */
    FRNP_TAG_PARAGRAPH = 1u << 12,  /* p */
    FRNP_TAG_H1 = 1u << 13,         /* h1 */
    FRNP_TAG_TIME = 1u << 14,       /* time */
    FRNP_TAG_FORM = 1u << 15,       /* form */
    FRNP_TAG_BODY = 1u << 16,       /* html, body */
    FRNP_TAG_NOSCRIPT = 1u << 18,   /* noscript: a copy of the page for browsers without scripts */
    FRNP_TAG_ORDERED = 1u << 19     /* ol */
};

enum frnp_attr_hint {
    FRNP_HINT_HIDDEN = 1u << 0,     /* hidden, aria-hidden, display:none, screen-reader text */
    FRNP_HINT_CHROME = 1u << 1,     /* class/id/role name boilerplate: comments, share, related, ... */
    FRNP_HINT_CONTENT = 1u << 2,    /* class/id/role name content: article, body, post, story, ... */
    FRNP_HINT_BODY = 1u << 3,       /* the article's body itself: itemprop=articleBody, "article-body" */
    FRNP_HINT_COMMENTS = 1u << 4,   /* the comment section: never the article */
    FRNP_HINT_BYLINE = 1u << 5,     /* class/id names a byline or author */
    FRNP_HINT_REGION = 1u << 6,     /* with CHROME: a layout region (header, footer, sidebar) is all the
                                       class/id names, which sites also give wrappers of the article */
    FRNP_HINT_DATE = 1u << 7        /* class/id names a date: "post-date", "publish-date-author" */
};

/* The kind flags of a tag name (libxml2 gives HTML names in lower case). */
unsigned frnp_tag_kind_of(const char *name);

/* The hints of an element's attributes, given as libxml2's SAX array of
 * name/value pairs ending with NULL (the array may be NULL). */
unsigned frnp_attr_hints_of(const char *const *attributes);

#endif
