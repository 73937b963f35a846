/* Line roles from the lexicon's lists of what web pages print around an
 * article (the lexicon/<lang>/ files of lines, chrome and promotions). */
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include "ascii-bytes.h"
#include "boilerplate.h"
#include "text/text-match.h"
#include "text/text-words.h"
#include "text/utf8.h"

/* A lone credit such as "izusek/Getty Images" or "Reuters/John Doe". */
static int is_photo_credit(const frnp_lexicon *lexicon, const char *folded, size_t len)
{
    return len < 120 && frnp_lexicon_score(lexicon, FRNP_PHRASES_PHOTO_CREDIT, folded) > 0;
}

/* "109 Comments", "3 Comments": an end-of-article line after a count. */
static int is_counted_end_line(const frnp_lexicon *lexicon, const char *folded, size_t len)
{
    size_t digits = 0;

    while (digits < len && frnp_ascii_is_digit(folded[digits]))
        digits++;
    if (digits == 0 || digits > 6 || digits + 1 >= len || folded[digits] != ' ')
        return 0;
    return frnp_lexicon_is_line(lexicon, FRNP_PHRASES_END_OF_ARTICLE_LINE, folded + digits + 1, len - digits - 1);
}

/* The phrase searches run on the folded line, with strstr for the
 * substrings: far faster than a search without case per phrase. */
static frnp_line_role folded_line_role(frn_ctx *ctx, const frnp_lexicon *lexicon, const char *line,
                                       size_t len, const char *unfolded, size_t unfolded_len)
{
    int promotion;

    if (frnp_lexicon_is_line(lexicon, FRNP_PHRASES_AUTHOR_BOX_LINE, line, len))
        return FRNP_LINE_AUTHOR_BOX;
    if (frnp_lexicon_is_line(lexicon, FRNP_PHRASES_LINK_LIST_LINE, line, len))
        return FRNP_LINE_LINK_LIST;
    if (frnp_lexicon_is_line(lexicon, FRNP_PHRASES_END_OF_ARTICLE_LINE, line, len) ||
        is_counted_end_line(lexicon, line, len))
        return FRNP_LINE_END_OF_ARTICLE;
    if (frnp_lexicon_is_line(lexicon, FRNP_PHRASES_CHROME_LINE, line, len) ||
        frnp_lexicon_prefix(lexicon, FRNP_PHRASES_CHROME_PREFIX, line, len))
        return FRNP_LINE_BOILERPLATE;
    if (is_photo_credit(lexicon, line, len) ||
        frnp_lexicon_score(lexicon, FRNP_PHRASES_CHROME_SUBSTRING, line) > 0)
        return FRNP_LINE_BOILERPLATE;
    /* Long prose (over 80 words) may mention a newsletter once; promotions
     * pile such words up. */
    promotion = frnp_lexicon_score(lexicon, FRNP_PHRASES_PROMOTION, line);
    if (promotion >= 4 ||
        (promotion >= 2 && frnp_count_words(ctx, unfolded, unfolded_len, 81) <= 80))
        return FRNP_LINE_BOILERPLATE;
    return FRNP_LINE_CONTENT;
}

frnp_line_role frnp_boilerplate_role(frn_ctx *ctx, const frnp_lexicon *lexicon, const char *line,
                                     size_t len)
{
    size_t folded_len;
    frnp_line_role role;
    char *folded;

    if (frnp_count_words(ctx, line, len, 1) == 0)
        return FRNP_LINE_BOILERPLATE;
    folded = frnp_fold_dup(line, len, &folded_len);
    if (!folded)
        return FRNP_LINE_CONTENT; /* keeping a line loses nothing */
    role = folded_line_role(ctx, lexicon, folded, folded_len, line, len);
    free(folded);
    return role;
}

int frnp_is_heading_like(frn_ctx *ctx, const char *line, size_t len)
{
    size_t end = len;
    UChar32 last;

    if (len == 0 || len > 140 || frnp_count_words(ctx, line, len, 17) > 16)
        return 0;
    last = frnp_utf8_prev(line, &end);
    /* A quotation closes no heading, whatever its marks: ” and " in
     * English, “ and « in German, two apostrophes in some styles. */
    return !(last == '.' || last == ',' || last == ';' || u_hasBinaryProperty(last, UCHAR_QUOTATION_MARK));
}

int frnp_is_list_item(const frnp_lexicon *lexicon, const char *line, size_t len)
{
    return frnp_lexicon_prefix(lexicon, FRNP_PHRASES_LIST_BULLET, line, len) > 0;
}
