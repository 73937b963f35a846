/**
 * @file frnews/article.h
 * @brief Parsing one news article: title, body paragraphs, metadata.
 *
 * Include `<frnews.h>` rather than this header.
 *
 * @code
 * frn_article *article;
 * if (frn_article_parse(ctx, text, len, NULL, &article) == FRN_OK) {
 *     printf("%s\n", frn_article_get_title(article));
 *     for (size_t i = 0; i < frn_article_get_paragraph_count(article); i++) {
 *         frn_span p = frn_article_get_paragraph(article, i);
 *         size_t n;
 *         const char *src = frn_article_get_source(article, &n);
 *         printf("%.*s\n", (int)(p.end - p.start), src + p.start);
 *     }
 *     frn_article_free(article);
 * }
 * @endcode
 */
#ifndef FRNEWS_ARTICLE_H
#define FRNEWS_ARTICLE_H

#include "frnews/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/** How the input of frn_article_parse() is read. */
typedef enum frn_format {
    FRN_FORMAT_AUTO = 0, /**< HTML when the input looks like markup, else text */
    FRN_FORMAT_TEXT = 1, /**< the plain text of a web page, as copied or dumped */
    FRN_FORMAT_HTML = 2  /**< an HTML document */
} frn_format;

/** Name of a format: "auto", "text" or "html"; "unknown" otherwise. */
FRN_API const char *frn_format_name(frn_format format);

/** Options for frn_article_parse(); opaque, set through the setters below. */
typedef struct frn_article_options frn_article_options;

/**
 * Create article options holding the defaults: format auto, no URL, at most
 * FRN_ARTICLE_DEFAULT_MAX_INPUT bytes of input, text input that is not
 * UTF-8 rejected (no repair, no charset detection), no reference date.
 * @param[out] out receives the options, or NULL on failure.
 * @return FRN_OK, FRN_ERR_INVALID_ARG or FRN_ERR_NOMEM.
 * Release with frn_article_options_free().
 */
FRN_API frn_status frn_article_options_new(frn_article_options **out);

/** Release article options. NULL is accepted and ignored. */
FRN_API void frn_article_options_free(frn_article_options *options);

/**
 * Choose how the input is read.
 * @return FRN_OK, or FRN_ERR_INVALID_ARG for a NULL options or unknown format.
 */
FRN_API frn_status frn_article_options_set_format(frn_article_options *options,
                                                frn_format format);

/**
 * Give the URL the article was fetched from; its host names the site when
 * the page does not. The string is copied.
 * @param options the options to change.
 * @param url NUL-terminated UTF-8, or NULL to forget a URL set before.
 * @return FRN_OK, FRN_ERR_INVALID_ARG (NULL options, URL not valid UTF-8) or
 *         FRN_ERR_NOMEM.
 */
FRN_API frn_status frn_article_options_set_url(frn_article_options *options,
                                             const char *url);

/** The default of frn_article_options_set_max_input(): 64 MiB. */
#define FRN_ARTICLE_DEFAULT_MAX_INPUT ((size_t)64 * 1024 * 1024)

/**
 * Bound the size of the input frn_article_parse() accepts. A longer input
 * fails with FRN_ERR_TOO_LARGE, whose message gives its size and the bound,
 * before any of it is read.
 * @param options the options to change.
 * @param max_bytes the bound in bytes, at least 1 (SIZE_MAX for none);
 *        FRN_ARTICLE_DEFAULT_MAX_INPUT by default.
 * @return FRN_OK, or FRN_ERR_INVALID_ARG for NULL options or 0.
 */
FRN_API frn_status frn_article_options_set_max_input(frn_article_options *options,
                                                   size_t max_bytes);

/** The default of frn_article_options_set_max_html_depth(): 1000 elements. */
#define FRN_ARTICLE_DEFAULT_MAX_HTML_DEPTH ((size_t)1000)

/**
 * Bound how deeply the elements of an HTML page may nest (news pages stay
 * well under 100). A page nested deeper, as libxml2 reads it (unclosed
 * tags nest), fails with FRN_ERR_TOO_LARGE, whose message gives the bound
 * and the byte of the element past it, rather than being read in part.
 * @param options the options to change.
 * @param max_depth the bound in elements, at least 1 (SIZE_MAX for none);
 *        FRN_ARTICLE_DEFAULT_MAX_HTML_DEPTH by default.
 * @return FRN_OK, or FRN_ERR_INVALID_ARG for NULL options or 0.
 */
FRN_API frn_status frn_article_options_set_max_html_depth(frn_article_options *options,
                                                        size_t max_depth);

/**
 * Choose what frn_article_parse() does with text input that is not valid
 * UTF-8.
 *
 * By default (@p repair 0) such input fails with FRN_ERR_UTF8 at the byte
 * where it breaks. With @p repair nonzero (lenient mode) every ill-formed
 * sequence (each maximal subpart of one, as the Unicode Standard
 * recommends: a stray byte, a sequence cut short, an overlong form, a
 * surrogate) and every NUL byte is replaced by U+FFFD, and parsing goes on.
 * The source text is then the repaired copy: every offset of the article
 * and of its quotations points into it (frn_article_get_source()), not into
 * the input, and frn_article_get_repair_count() tells how many replacements
 * were made. With frn_article_options_set_detect_charset() too, input in
 * another charset is converted first, and only what remains ill-formed is
 * repaired. HTML input is always decoded as a browser does (see
 * frn_article_parse()), whatever this option says.
 * @param options the options to change.
 * @param repair nonzero to repair, 0 to reject (the default).
 * @return FRN_OK, or FRN_ERR_INVALID_ARG for NULL options.
 */
FRN_API frn_status frn_article_options_set_repair_utf8(frn_article_options *options,
                                                     int repair);

/**
 * Give the moment relative dates count back from ("Published 3 hours ago",
 * "yesterday"): usually when the page was fetched. Without one, relative
 * dates are not read. The string is copied.
 * @param options the options to change.
 * @param date    an ISO 8601 date or date-time ("2020-06-12",
 *                "2020-06-12T10:00:00Z"), or NULL to forget one set before.
 * @return FRN_OK, FRN_ERR_INVALID_ARG (NULL options, not an ISO 8601 date)
 *         or FRN_ERR_NOMEM.
 */
FRN_API frn_status frn_article_options_set_reference_date(frn_article_options *options,
                                                        const char *date);

/**
 * Let text input in another charset than UTF-8 be detected and converted
 * (by its byte-order mark, the NUL bytes of UTF-16 or UTF-32, else ICU's
 * charset detector) instead of being refused with FRN_ERR_UTF8. Offsets
 * then point into the converted text, which frn_article_get_source() gives;
 * bytes the charset cannot map become U+FFFD, counted by
 * frn_article_get_repair_count(). Input that is valid UTF-8 is not
 * converted (a NUL byte in it is still refused, or repaired). HTML input is
 * always decoded.
 * @param options the options to change.
 * @param detect  non-zero to detect and convert; 0 (the default) to refuse.
 * @return FRN_OK, or FRN_ERR_INVALID_ARG for NULL options.
 */
FRN_API frn_status frn_article_options_set_detect_charset(frn_article_options *options,
                                                        int detect);

/** A parsed article: immutable once returned, shareable between threads. */
typedef struct frn_article frn_article;

/**
 * Parse an article.
 *
 * Text input must be UTF-8 (unless the options repair it or detect its
 * charset): it is the source text that offsets point into. HTML input may
 * be in any charset: it is read in the one its byte-order mark or `<meta>`
 * declares, else in the one ICU's detector finds, and converted to UTF-8;
 * bytes the charset cannot map become U+FFFD and NUL bytes spaces, text
 * the page's system encoded to UTF-8 twice ("â€™") is read back once, all
 * counted by frn_article_get_repair_count(); markup errors are recovered
 * from as browsers do. The body is the page's main content (see
 * frn_article_get_source()). The size bound of
 * frn_article_options_set_max_input() applies to the input as given.
 *
 * @param ctx     the calling thread's context; receives the detailed message.
 * @param utf8    the input bytes; need not be NUL-terminated.
 * @param len     number of bytes in @p utf8.
 * @param options article options, or NULL for the defaults.
 * @param[out] out receives the article, or NULL on failure. The caller owns
 *                 it and releases it with frn_article_free().
 * @return FRN_OK;
 *         FRN_ERR_INVALID_ARG (NULL ctx, out, or utf8 with len > 0);
 *         FRN_ERR_TOO_LARGE (more bytes than the options allow, see
 *         frn_article_options_set_max_input(); a paragraph longer than
 *         the 2^31 - 1 bytes ICU can segment; an HTML page over 2 GB or
 *         nested deeper than frn_article_options_set_max_html_depth());
 *         FRN_ERR_UTF8 (text input that is not valid UTF-8 or holds a NUL
 *         byte; frn_ctx_get_errpos() tells where, and the message names
 *         UTF-16, UTF-32 or a single-byte encoding such as Latin-1 when the
 *         input is recognisably that; not returned in the lenient mode of
 *         frn_article_options_set_repair_utf8(), nor when
 *         frn_article_options_set_detect_charset() converts the input);
 *         FRN_ERR_EMPTY (no text, or neither a headline nor a body left
 *         after boilerplate); FRN_ERR_HTML (libxml2 built no document);
 *         FRN_ERR_ICU; FRN_ERR_NOMEM.
 */
FRN_API frn_status frn_article_parse(frn_ctx *ctx, const char *utf8, size_t len,
                                     const frn_article_options *options,
                                     frn_article **out);

/** Release an article. NULL is accepted and ignored. */
FRN_API void frn_article_free(frn_article *article);

/** The format the input was read as: FRN_FORMAT_TEXT or FRN_FORMAT_HTML. */
FRN_API frn_format frn_article_get_format(const frn_article *article);

/**
 * The source text that every offset of this article and of its quotations
 * points into: the input itself, byte for byte, for text input (its
 * repaired copy in the lenient mode of frn_article_options_set_repair_utf8());
 * the body text for HTML input. Valid UTF-8, NUL-terminated, holding no
 * other NUL byte.
 * @param article a parsed article.
 * @param[out] len receives the length in bytes; may be NULL.
 * @return borrowed from the article.
 */
FRN_API const char *frn_article_get_source(const frn_article *article, size_t *len);

/**
 * How many ill-formed UTF-8 sequences and NUL bytes of text input were
 * replaced by U+FFFD (lenient mode, frn_article_options_set_repair_utf8()),
 * plus, for input converted from another charset (HTML, or text with
 * frn_article_options_set_detect_charset()), the bytes the conversion could
 * not map and, for HTML, the NUL bytes made spaces and the characters the
 * page's own system had encoded to UTF-8 twice that were read back once
 * ("â€™" for "’", "Ã©" for "é"; a sequence is read back only when it
 * spells one UTF-8 character, and a letter before a quotation mark that
 * merely looks alike, as in German "heiß“", stays). 0 when the input was
 * read as given, and for NULL.
 */
FRN_API size_t frn_article_get_repair_count(const frn_article *article);

/**
 * The headline, NUL-terminated UTF-8, or NULL when none was found.
 * Borrowed from the article.
 */
FRN_API const char *frn_article_get_title(const frn_article *article);

/** Number of bylines found. */
FRN_API size_t frn_article_get_author_count(const frn_article *article);

/**
 * One byline name, without "By". Borrowed; NULL when @p index is out of range.
 */
FRN_API const char *frn_article_get_author(const frn_article *article, size_t index);

/**
 * Date of first publication as ISO 8601 ("2020-06-12", or a date-time with
 * its offset), or NULL when unknown. Borrowed.
 */
FRN_API const char *frn_article_get_published(const frn_article *article);

/**
 * Date of the last modification as ISO 8601, like frn_article_get_published(),
 * or NULL when the page states none. Borrowed.
 */
FRN_API const char *frn_article_get_modified(const frn_article *article);

/** Publisher or site name, or NULL when unknown. Borrowed. */
FRN_API const char *frn_article_get_site(const frn_article *article);

/**
 * BCP 47 language tag such as "en" or "pt-BR": the one the page declares,
 * else the one the body is identified as; NULL when unsure. Borrowed.
 */
FRN_API const char *frn_article_get_language(const frn_article *article);

/** The page's canonical URL (HTML input), or NULL. Borrowed. */
FRN_API const char *frn_article_get_canonical_url(const frn_article *article);

/** The page's summary of the article (HTML input), or NULL. Borrowed. */
FRN_API const char *frn_article_get_description(const frn_article *article);

/** URL of the article's lead image (HTML input), or NULL. Borrowed. */
FRN_API const char *frn_article_get_image(const frn_article *article);

/** The section of the site the article is filed in ("Politics"), or NULL. Borrowed. */
FRN_API const char *frn_article_get_section(const frn_article *article);

/** Number of tags (keywords) the page gives the article. */
FRN_API size_t frn_article_get_tag_count(const frn_article *article);

/** One tag. Borrowed; NULL when @p index is out of range. */
FRN_API const char *frn_article_get_tag(const frn_article *article, size_t index);

/**
 * The body: the paragraphs in order, separated by one blank line, with the
 * boilerplate left out. Offsets do not point into this text (see
 * frn_article_get_paragraph()).
 * @param article a parsed article.
 * @param[out] len receives the length in bytes; may be NULL.
 * @return borrowed, NUL-terminated.
 */
FRN_API const char *frn_article_get_text(const frn_article *article, size_t *len);

/** Number of body paragraphs. */
FRN_API size_t frn_article_get_paragraph_count(const frn_article *article);

/**
 * Byte span of one body paragraph in the source text
 * (frn_article_get_source()). {0, 0} when @p index is out of range.
 */
FRN_API frn_span frn_article_get_paragraph(const frn_article *article, size_t index);

/**
 * Why the body is empty, for an article parsed with a headline but no body
 * paragraph (a home page, a login wall, a page its scripts fill in): a
 * static English sentence. NULL when the body has paragraphs.
 */
FRN_API const char *frn_article_get_empty_reason(const frn_article *article);

/**
 * For HTML input, the byte offset in the page of the start tag (its `<`)
 * of the element a body paragraph was read from (a `<p>`, `<li>`, `<td>`,
 * ...). The offset counts bytes of the page as given when it was UTF-8,
 * else of the page converted to UTF-8 (the charset it declares or shows).
 * @param article a parsed article.
 * @param index   the paragraph, as for frn_article_get_paragraph().
 * @return the offset; FRN_NONE for text input or when @p index is out of range.
 */
FRN_API size_t frn_article_get_paragraph_html_offset(const frn_article *article, size_t index);

#ifdef __cplusplus
}
#endif

#endif /* FRNEWS_ARTICLE_H */
