/* Line roles from lexicons of what web pages print around an article. */
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include "boilerplate.h"
#include "text/text-match.h"
#include "text/utf8.h"

/* Lines that are chrome wherever they stand (matched as the whole line). */
static const char *const chrome_lines[] = {
    "skip to main content", "skip to content", "skip to navigation", "menu", "search",
    "home", "share", "share this", "share this article", "tweet", "email", "print",
    "advertisement", "sponsored", "subscribe", "sign in", "log in", "register",
    "toggle navigation", "close", "back to top", "load more", "show comments",
    "subscribe on youtube", "follow us", "newsletter", "trending", "most popular",
    NULL
};

/* Prefixes that mark a line as chrome: breadcrumbs, post metadata, credits. */
static const char *const chrome_prefixes[] = {
    "you are currently viewing", "you are here", "post author", "post category",
    "post comments", "posted in", "filed under", "categories:", "category:", "tags:",
    "tagged:", "image courtesy", "image credit", "image by", "image:", "photo:",
    "photo credit", "photo by", "photograph:", "credit:", "source image", "picture:",
    "[read", "(read", "read more:", "read next:", "read also:", "see also:", "related:",
    "watch:", "listen:", "click here", "copyright", "\xC2\xA9", "all rights reserved",
    "share on ", "comments powered by", "follow us on",
    NULL
};

/* Words that end the article: what follows is comments, bios or link lists. */
static const char *const end_lines[] = {
    "leave a reply", "leave a comment", "post a comment", "comments", "add a comment",
    "editors' recommendations", "editor's picks", "related articles", "related stories",
    "related posts", "related news", "recommended", "recommended for you",
    "you may also like", "you might also like", "more from", "more stories",
    "also tagged with", "tags", "read more", "popular posts", "latest news",
    "more on this story", "what to read next", "further reading",
    NULL
};

static const char *const link_list_lines[] = {
    "also read", "read also", "related", "see also", "more", "read more",
    NULL
};

static const char *const author_box_lines[] = {
    "about the author", "about the authors", "author", "the author", "author bio",
    NULL
};

/* Promotion and legal phrases, weighed: a line scoring 2 or more is boilerplate. */
struct weighed_phrase {
    const char *phrase;
    int weight;
};

static const struct weighed_phrase promo_phrases[] = {
    {"sign up now", 2}, {"subscribe to our", 2}, {"in your inbox", 2},
    {"terms and conditions", 2}, {"terms of use", 2}, {"privacy policy", 2},
    {"all rights reserved", 2}, {"follow us on", 2}, {"by using this website", 2},
    {"financial advice", 2}, {"powered by disqus", 2}, {"using the links", 2},
    {"cookie", 1}, {"newsletter", 1}, {"subscribe", 1}, {"sign up", 1}, {"discount", 1},
    {"on twitter", 1}, {"on facebook", 1}, {"on instagram", 1}, {"on linkedin", 1},
    {"youtube channel", 1}, {"click here", 1}, {"download the app", 1},
    {"daily dose", 1}, {"email us", 1}, {"affiliate", 1}, {"unsubscribe", 1},
    {"every week", 1}, {"it's free", 1}, {"free trial", 1},
    {NULL, 0}
};

static int in_list_loosely(const char *line, size_t len, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (frnp_equals_loosely(line, len, list[i]))
            return 1;
    return 0;
}

static int starts_with_any(const char *line, size_t len, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (frnp_starts_with(line, len, list[i]))
            return 1;
    return 0;
}

/* Phrase searches run on the folded line with strstr, which is far faster
 * than a case-insensitive search per phrase. */
static int promo_score(const char *folded)
{
    int score = 0;

    for (size_t i = 0; promo_phrases[i].phrase; i++)
        if (strstr(folded, promo_phrases[i].phrase))
            score += promo_phrases[i].weight;
    return score;
}

/* A lone credit such as "izusek/Getty Images" or "Reuters/John Doe". */
static int is_photo_credit(const char *folded, size_t len)
{
    static const char *const agencies[] = {
        "getty images", "/unsplash", "shutterstock", "istock", "ap photo", "afp via",
        "/reuters", "reuters/", "/afp", "/ap", "via getty", "/flickr", "wikimedia commons",
        NULL
    };
    if (len >= 120)
        return 0;
    for (size_t i = 0; agencies[i]; i++)
        if (strstr(folded, agencies[i]))
            return 1;
    return 0;
}

static frnp_line_role folded_line_role(const char *line, size_t len, size_t words)
{
    if (in_list_loosely(line, len, author_box_lines))
        return FRNP_LINE_AUTHOR_BOX;
    if (in_list_loosely(line, len, link_list_lines))
        return FRNP_LINE_LINK_LIST;
    if (in_list_loosely(line, len, end_lines))
        return FRNP_LINE_END_OF_ARTICLE;
    if (in_list_loosely(line, len, chrome_lines) || starts_with_any(line, len, chrome_prefixes))
        return FRNP_LINE_BOILERPLATE;
    if (is_photo_credit(line, len) || strstr(line, "image by:"))
        return FRNP_LINE_BOILERPLATE;
    /* Long prose may mention a newsletter once; promotions pile such words up. */
    if (promo_score(line) >= (words > 80 ? 4 : 2))
        return FRNP_LINE_BOILERPLATE;
    return FRNP_LINE_CONTENT;
}

frnp_line_role frnp_boilerplate_role(const char *line, size_t len)
{
    size_t words = frnp_count_words(line, len);
    frnp_line_role role;
    char *folded;

    if (words == 0)
        return FRNP_LINE_BOILERPLATE;
    folded = malloc(len + 1);
    if (!folded)
        return FRNP_LINE_CONTENT; /* keeping a line loses nothing */
    len = frnp_fold_into(line, len, folded, len + 1);
    role = folded_line_role(folded, len, words);
    free(folded);
    return role;
}

size_t frnp_count_words(const char *line, size_t len)
{
    size_t pos = 0, words = 0;
    int in_word = 0;

    while (pos < len) {
        UChar32 c = frnp_utf8_next(line, len, &pos);
        int alnum = c >= 0 && u_isalnum(c);
        if (alnum && !in_word)
            words++;
        in_word = alnum;
    }
    return words;
}

int frnp_is_heading_like(const char *line, size_t len)
{
    size_t end = len;
    UChar32 last;

    if (len == 0 || len > 140 || frnp_count_words(line, len) > 16)
        return 0;
    last = frnp_utf8_prev(line, &end);
    return !(last == '.' || last == ',' || last == ';' || last == 0x201D || last == '"');
}

int frnp_is_list_item(const char *line, size_t len)
{
    static const char *const bullets[] = {
        "- ", "* ", "\xE2\x80\x93 ", "\xE2\x80\x94 ", "\xE2\x80\xA2", "\xC2\xB7", "\xE2\x96\xBA",
        "> ", NULL
    };
    return starts_with_any(line, len, bullets);
}
