/* Tag kinds from a sorted table, attribute evidence from the words of
 * class and id values. Class names are code, not article text: they are
 * compared in ASCII, case folded by hand. */
#include <stdlib.h>
#include <string.h>
#include "html-tags.h"
#include "ascii-bytes.h"

struct tag_entry {
    const char *name;
    unsigned kind;
};

#define B FRNP_TAG_BLOCK
#define S FRNP_TAG_SKIP
#define M FRNP_TAG_MUTE
/* Sorted by name (strcmp) for bsearch. */
static const struct tag_entry tags[] = {
    {"address", B}, {"applet", M}, {"area", S}, {"article", B | FRNP_TAG_CONTENT},
    {"aside", B | FRNP_TAG_CHROME}, {"audio", M}, {"blockquote", B | FRNP_TAG_QUOTE},
    {"body", B | FRNP_TAG_BODY}, {"br", FRNP_TAG_BREAK}, {"button", M}, {"canvas", M},
    {"caption", B}, {"center", B}, {"dd", B | FRNP_TAG_LIST_ITEM}, {"details", B},
    {"dialog", B | FRNP_TAG_CHROME}, {"dir", B}, {"div", B}, {"dl", B},
    {"dt", B | FRNP_TAG_LIST_ITEM}, {"embed", M}, {"fieldset", B},
    {"figcaption", B | FRNP_TAG_CAPTION}, {"figure", B}, {"footer", B | FRNP_TAG_CHROME},
    {"form", B | FRNP_TAG_FORM}, {"frame", S}, {"frameset", M},
    {"h1", B | FRNP_TAG_HEADING | FRNP_TAG_H1}, {"h2", B | FRNP_TAG_HEADING},
    {"h3", B | FRNP_TAG_HEADING}, {"h4", B | FRNP_TAG_HEADING}, {"h5", B | FRNP_TAG_HEADING},
    {"h6", B | FRNP_TAG_HEADING}, {"head", M}, {"header", B | FRNP_TAG_CHROME}, {"hgroup", B},
    {"hr", B}, {"html", B | FRNP_TAG_BODY}, {"iframe", M}, {"input", S}, {"legend", B},
    {"li", B | FRNP_TAG_LIST_ITEM}, {"link", S}, {"main", B | FRNP_TAG_CONTENT}, {"map", M},
    {"math", M}, {"menu", B | FRNP_TAG_CHROME}, {"meta", S}, {"nav", B | FRNP_TAG_CHROME},
    {"noembed", M}, {"noframes", M}, {"noscript", M | FRNP_TAG_NOSCRIPT}, {"object", M}, {"ol", B | FRNP_TAG_ORDERED},
    {"optgroup", M}, {"option", M}, {"p", B | FRNP_TAG_PARAGRAPH}, {"picture", M},
    {"pre", B | FRNP_TAG_PRE}, {"script", S}, {"section", B}, {"select", M}, {"source", S},
    {"style", S}, {"summary", B}, {"svg", M}, {"table", B}, {"tbody", B},
    {"td", B | FRNP_TAG_CELL}, {"template", M}, {"textarea", S}, {"tfoot", B},
    {"th", B | FRNP_TAG_CELL}, {"thead", B}, {"time", FRNP_TAG_TIME}, {"title", S},
    {"tr", B}, {"track", S}, {"ul", B}, {"video", M},
};
#undef B
#undef S
#undef M

static int compare_tag(const void *key, const void *entry)
{
    return strcmp(key, ((const struct tag_entry *)entry)->name);
}

unsigned frnp_tag_kind_of(const char *name)
{
    const struct tag_entry *found;

    if (name[0] == 'a' && name[1] == '\0')
        return FRNP_TAG_LINK;
    found = bsearch(name, tags, sizeof tags / sizeof *tags, sizeof *tags, compare_tag);
    return found ? found->kind : 0;
}

/* TODO(lexicon): the words of class and id names below are markup
 * vocabulary, written in English on pages of every language, while the
 * lexicon is per language (a language with a folder has no English lists):
 * they stay here until the lexicon has lists for every language. */
/* Words of class and id names that mark page furniture. Sorted. */
static const char *const chrome_words[] = {
    "ad", "ads", "adslot", "advert", "advertisement", "advertising", "adverts", "author",
    "banner", "bio", "breadcrumb", "breadcrumbs", "byline", "caption", "categories", "cmp",
    "comment", "comments", "consent", "cookie", "cookiebot", "cookies", "credit", "credits",
    "dfp", "didomi", "disqus", "footer", "gdpr", "header", "login", "masthead", "menu", "meta",
    "modal", "nav", "navbar", "navigation", "newsletter", "onetrust", "osano", "outbrain",
    "overlay", "pager", "pagination", "popular", "popup", "print", "promo", "promotion",
    "rating", "reactions", "recommendations", "recommended", "related", "respond", "share",
    "sharing", "sidebar", "signin", "signup", "skip", "social", "sponsor", "sponsored",
    "subscribe", "subscription", "taboola", "tag", "tagcloud", "tags", "toolbar", "trending",
    "trustarc", "usercentrics",
};
/* First words of class names that label rather than describe. Sorted. */
static const char *const label_prefixes[] = {
    "category", "format", "has", "is", "lang", "no", "node", "status", "tag", "type", "with",
};
/* Chrome words naming a region of the layout. Sorted. */
static const char *const region_words[] = {"footer", "header", "sidebar"};
/* Words that mark the comment section in particular. Sorted. */
static const char *const comment_words[] = {"comment", "comments", "disqus", "respond"};
/* Words that mark a byline. Sorted. */
static const char *const byline_words[] = {"author", "authors", "byline", "contributor", "writer"};
/* Words that mark a date. Sorted. */
static const char *const date_words[] = {"date", "dateline", "pubdate", "published", "timestamp"};
/* Words that mark content. Sorted. */
static const char *const content_words[] = {
    "article", "blog", "body", "content", "entry", "main", "post", "prose", "story", "text",
};
/* A content word followed by one of these names the body itself ("article-body"). */
static const char *const body_heads[] = {"body", "content", "text"};
static const char *const body_owners[] = {"article", "entry", "news", "post", "story"};

static int compare_word(const void *key, const void *entry)
{
    return strcmp(key, *(const char *const *)entry);
}

static int in_words(const char *word, const char *const *words, size_t count)
{
    return bsearch(word, words, count, sizeof *words, compare_word) != NULL;
}

#define IN(word, list) in_words(word, list, sizeof list / sizeof *list)

static int is_alnum(char c)
{
    return frnp_ascii_is_letter((unsigned char)c) || frnp_ascii_is_digit((unsigned char)c);
}

/* Split one class token into lower-case words at punctuation, at
 * camelCase humps ("relatedPosts" -> related, posts) and before digits
 * ("cmp2" -> cmp, 2). At most max words of at most 23 letters each. */
static size_t token_words(const char *token, size_t len, char words[][24], size_t max)
{
    size_t count = 0, n = 0;

    for (size_t i = 0; i <= len && count < max; i++) {
        int boundary = i == len || !is_alnum(token[i]) ||
                       (i > 0 && frnp_ascii_is_upper(token[i]) && !frnp_ascii_is_upper(token[i - 1]) && n > 0) ||
                       (i > 0 && frnp_ascii_is_digit(token[i]) && !frnp_ascii_is_digit(token[i - 1]) && n > 0);
        if (boundary && n > 0) {
            words[count][n < 24 ? n : 23] = '\0';
            count++;
            n = 0;
        }
        if (i < len && is_alnum(token[i]) && count < max) {
            if (n < 23)
                words[count][n] = frnp_ascii_lower(token[i]);
            n++;
        }
    }
    return count;
}

static int pair_is(char words[][24], size_t i, const char *a, const char *b)
{
    return strcmp(words[i], a) == 0 && strcmp(words[i + 1], b) == 0;
}

/* The hints one class token or id gives. */
static unsigned token_hints(const char *token, size_t len)
{
    char words[8][24];
    size_t count = token_words(token, len, words, 8);
    unsigned hints = 0;

    /* A state ("has-sidebar", "no-comments") or a content-management label
     * ("tag-politics", "category-news", "node--type-newsletter") describes
     * the page or the item, not what the element is. */
    if (count > 1 && IN(words[0], label_prefixes))
        return 0;
    /* A utility class with an arbitrary value ("[--sidebar-width:18rem]",
     * "mr-[--sidebar-width]") styles the element through a variable or a
     * selector: its words do not say what the element is. */
    if (memchr(token, '[', len))
        return 0;
    if (count == 1 && (strcmp(words[0], "hidden") == 0 || strcmp(words[0], "invisible") == 0))
        return FRNP_HINT_HIDDEN;
    for (size_t i = 0; i < count; i++) {
        if (i + 1 < count && (pair_is(words, i, "sr", "only") || pair_is(words, i, "screen", "reader") ||
                              pair_is(words, i, "visually", "hidden") || pair_is(words, i, "d", "none")))
            return FRNP_HINT_HIDDEN;
        if (i + 1 < count && IN(words[i], body_owners) && IN(words[i + 1], body_heads))
            hints |= FRNP_HINT_BODY;
        if (IN(words[i], comment_words))
            hints |= FRNP_HINT_COMMENTS;
        if (IN(words[i], byline_words))
            hints |= FRNP_HINT_BYLINE;
        if (IN(words[i], date_words))
            hints |= FRNP_HINT_DATE;
        if (IN(words[i], region_words))
            hints |= FRNP_HINT_REGION;
        else if (IN(words[i], chrome_words))
            hints |= FRNP_HINT_CHROME;
        else if (IN(words[i], content_words))
            hints |= FRNP_HINT_CONTENT;
    }
    return hints;
}

static unsigned class_hints(const char *value)
{
    unsigned hints = 0;
    size_t pos = 0;

    while (value[pos]) {
        size_t start, len;
        while (frnp_ascii_is_space((unsigned char)value[pos]))
            pos++;
        start = pos;
        while (value[pos] && !frnp_ascii_is_space((unsigned char)value[pos]))
            pos++;
        len = pos - start;
        if (len > 0 && len < 64)
            hints |= token_hints(value + start, len);
    }
    return hints;
}

/* An inline style that hides the element: display:none, visibility:hidden. */
static int style_hides(const char *style)
{
    char squeezed[96];
    size_t n = 0;

    for (size_t i = 0; style[i] && n + 1 < sizeof squeezed; i++)
        if (style[i] != ' ' && style[i] != '\t')
            squeezed[n++] = frnp_ascii_lower(style[i]);
    squeezed[n] = '\0';
    return strstr(squeezed, "display:none") || strstr(squeezed, "visibility:hidden");
}

static unsigned role_hints(const char *role)
{
    static const char *const chrome_roles[] = {
        "alertdialog", "banner", "complementary", "contentinfo", "dialog", "menu", "menubar",
        "navigation", "search", "toolbar",
    };
    char word[24];
    size_t n = 0;

    for (; role[n] && n + 1 < sizeof word; n++)
        word[n] = frnp_ascii_lower(role[n]);
    word[n] = '\0';
    if (strcmp(word, "main") == 0)
        return FRNP_HINT_BODY;
    if (strcmp(word, "article") == 0)
        return FRNP_HINT_CONTENT;
    return IN(word, chrome_roles) ? FRNP_HINT_CHROME : 0;
}

static unsigned attribute_hints(const char *name, const char *value)
{
    switch (name[0]) {
    case 'a':
        return strcmp(name, "aria-hidden") == 0 && frnp_ascii_equals_lower(value, "true") ? FRNP_HINT_HIDDEN : 0;
    case 'c':
        return strcmp(name, "class") == 0 ? class_hints(value) : 0;
    case 'h':
        return strcmp(name, "hidden") == 0 ? FRNP_HINT_HIDDEN : 0;
    case 'i':
        if (strcmp(name, "id") == 0)
            return class_hints(value);
        if (strcmp(name, "itemprop") == 0)
            return strcmp(value, "articleBody") == 0 ? FRNP_HINT_BODY
                   : strcmp(value, "comment") == 0   ? FRNP_HINT_COMMENTS | FRNP_HINT_CHROME
                                                     : 0;
        if (strcmp(name, "itemtype") == 0)
            return strstr(value, "schema.org/Comment") ? FRNP_HINT_COMMENTS | FRNP_HINT_CHROME : 0;
        return 0;
    case 'r':
        return strcmp(name, "role") == 0 ? role_hints(value) : 0;
    case 's':
        return strcmp(name, "style") == 0 && style_hides(value) ? FRNP_HINT_HIDDEN : 0;
    default:
        return 0;
    }
}

/* The value of attribute name, or NULL. */
static const char *attribute_value(const char *const *attributes, const char *name)
{
    for (size_t i = 0; attributes[i]; i += 2)
        if (strcmp(attributes[i], name) == 0)
            return attributes[i + 1] ? attributes[i + 1] : "";
    return NULL;
}

/* React's streamed server rendering sends a part of the page that was not
 * ready when the page began (often the whole article) at the end of the
 * body as <div hidden id="S:n">, and a script moves it into the place of
 * its <template id="B:n">: it is hidden only until then. It is read where
 * it stands (moving it into place was measured: the WCXB-dev pages with
 * segments lost 0.6 page F1 in all, one catalogue's grid landing in a
 * hidden container). */
static int is_streamed_segment(const char *const *attributes)
{
    const char *id = attribute_value(attributes, "id");

    if (!id || id[0] != 'S' || id[1] != ':' || !id[2])
        return 0;
    for (id += 2; *id >= '0' && *id <= '9'; id++)
        ;
    return *id == '\0';
}

/* A panel of an accordion or of tabs (role region or tabpanel, labelled by
 * its button): hidden until its button is pressed, and what it holds is
 * the page's (an answer, a step, a product's details). */
static int is_collapsed_panel(const char *const *attributes)
{
    const char *role = attribute_value(attributes, "role");

    if (!role || !attribute_value(attributes, "aria-labelledby"))
        return 0;
    return strcmp(role, "region") == 0 || strcmp(role, "tabpanel") == 0;
}

unsigned frnp_attr_hints_of(const char *const *attributes)
{
    unsigned hints = 0;
    int segment = attributes && is_streamed_segment(attributes);
    int panel = attributes && is_collapsed_panel(attributes);

    for (size_t i = 0; attributes && attributes[i]; i += 2)
        if (!(segment && strcmp(attributes[i], "hidden") == 0))
            hints |= attribute_hints(attributes[i], attributes[i + 1] ? attributes[i + 1] : "");
    if (panel)
        hints &= ~(unsigned)FRNP_HINT_HIDDEN;
    /* A region word is chrome; REGION stays only when nothing else is. */
    if ((hints & FRNP_HINT_REGION) && (hints & FRNP_HINT_CHROME))
        hints &= ~(unsigned)FRNP_HINT_REGION;
    else if (hints & FRNP_HINT_REGION)
        hints |= FRNP_HINT_CHROME;
    return hints;
}
