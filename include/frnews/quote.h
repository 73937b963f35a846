/**
 * @file frnews/quote.h
 * @brief Quotations with their speakers, cues and positions.
 *
 * Include `<frnews.h>` rather than this header.
 *
 * @code
 * frn_quote_list *quotes;
 * if (frn_quote_list_extract(ctx, article, NULL, &quotes) == FRN_OK) {
 *     for (size_t i = 0; i < frn_quote_list_get_count(quotes); i++) {
 *         const frn_quote *q = frn_quote_list_get_quote(quotes, i);
 *         const char *who = frn_quote_get_speaker(q);
 *         printf("%s: %s\n", who ? who : "(unknown)", frn_quote_get_text(q, NULL));
 *     }
 *     frn_quote_list_free(quotes);
 * }
 * @endcode
 */
#ifndef FRNEWS_QUOTE_H
#define FRNEWS_QUOTE_H

#include "frnews/common.h"
#include "frnews/article.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * How a quotation is reported. The values are bits, so that a set of types
 * (frn_quote_options_set_types()) is their bitwise OR.
 */
typedef enum frn_quote_type {
    FRN_QUOTE_NONE = 0,     /**< no quotation (what a NULL quotation has) */
    FRN_QUOTE_DIRECT = 1,   /**< fully inside quotation marks */
    FRN_QUOTE_MIXED = 2,    /**< partly quoted inside reported speech */
    FRN_QUOTE_INDIRECT = 4, /**< reported speech without quotation marks */
    FRN_QUOTE_ALL = 7       /**< every type */
} frn_quote_type;

/** Name of a quote type: "direct", "mixed", "indirect"; "unknown" otherwise. */
FRN_API const char *frn_quote_type_name(frn_quote_type type);

/** Options for frn_quote_list_extract(); opaque, set through the setters below. */
typedef struct frn_quote_options frn_quote_options;

/**
 * Create quotation options holding the defaults: every type, at most
 * FRN_QUOTE_DEFAULT_MAX_QUOTES quotations per article.
 * @param[out] out receives the options, or NULL on failure.
 * @return FRN_OK, FRN_ERR_INVALID_ARG or FRN_ERR_NOMEM.
 * Release with frn_quote_options_free().
 */
FRN_API frn_status frn_quote_options_new(frn_quote_options **out);

/** Release quotation options. NULL is accepted and ignored. */
FRN_API void frn_quote_options_free(frn_quote_options *options);

/**
 * Choose which types of quotation are returned.
 * @param options the options to change.
 * @param types a bitwise OR of FRN_QUOTE_DIRECT, FRN_QUOTE_MIXED and
 *        FRN_QUOTE_INDIRECT (FRN_QUOTE_ALL by default).
 * @return FRN_OK, or FRN_ERR_INVALID_ARG for NULL options, no type or an
 *         unknown bit.
 */
FRN_API frn_status frn_quote_options_set_types(frn_quote_options *options, unsigned types);

/** The default of frn_quote_options_set_max_quotes(). */
#define FRN_QUOTE_DEFAULT_MAX_QUOTES 100000

/**
 * Bound the number of quotations of one article. An article holding more
 * fails with FRN_ERR_TOO_LARGE rather than returning a cut list.
 * @param options the options to change.
 * @param max_quotes the bound, at least 1.
 * @return FRN_OK, or FRN_ERR_INVALID_ARG for NULL options or 0.
 */
FRN_API frn_status frn_quote_options_set_max_quotes(frn_quote_options *options,
                                                    size_t max_quotes);

/**
 * Skip titles and scare quotes in quotation marks. By default every pair of
 * quotation marks that someone is reported to say counts (a quoted word in
 * reported speech makes it a mixed quotation, as `quoted` parts), and a
 * short quoted phrase that no one is reported to say (a scare quote, a
 * title) is no quotation. With @p skip non-zero, quoted titles of works,
 * programmes and the like (a phrase of two to ten words in title case:
 * "Meet the Press", "State of the Union") are no quotation either: a
 * reported clause whose only quoted words are a title is indirect, and a
 * title standing alone, however long, is left out.
 * @param options the options to change.
 * @param skip non-zero to skip them, 0 (the default) to keep them.
 * @return FRN_OK, or FRN_ERR_INVALID_ARG for NULL options.
 */
FRN_API frn_status frn_quote_options_set_skip_titles(frn_quote_options *options, int skip);

/**
 * Join a quotation split by its attribution across sentences. A quotation
 * interrupted inside its sentence ('“A,” she said, “B.”') is always one
 * quotation with two fragments. By default one that goes on in the next
 * sentence ('“A,” she said. “B.”') gives two quotations, one a sentence, as
 * readers and coverage comparisons count them; with @p join non-zero it is
 * one quotation whose fragments are both parts, as annotation schemes that
 * mark whole attribution relations (PolNeAR) count it.
 * @param options the options to change.
 * @param join non-zero to join them, 0 (the default) to keep them apart.
 * @return FRN_OK, or FRN_ERR_INVALID_ARG for NULL options.
 */
FRN_API frn_status frn_quote_options_set_join_sentences(frn_quote_options *options, int join);

/** The quotations of one article, in order of position. Immutable. */
typedef struct frn_quote_list frn_quote_list;

/** One quotation, borrowed from its list. */
typedef struct frn_quote frn_quote;

/**
 * Find the quotations of an article and attribute them.
 *
 * The list is independent of the article (it copies what it needs) and may
 * outlive it; its offsets point into the article's source text
 * (frn_article_get_source()).
 *
 * @param ctx     the calling thread's context.
 * @param article a parsed article.
 * @param options the options, or NULL for the defaults.
 * @param[out] out receives the list (possibly empty), or NULL on failure.
 *                 The caller owns it; release with frn_quote_list_free().
 * @return FRN_OK, FRN_ERR_INVALID_ARG, FRN_ERR_TOO_LARGE (more quotations
 *         than the options allow), FRN_ERR_ICU or FRN_ERR_NOMEM.
 */
FRN_API frn_status frn_quote_list_extract(frn_ctx *ctx, const frn_article *article,
                                          const frn_quote_options *options,
                                          frn_quote_list **out);

/** Release a list and its quotations. NULL is accepted and ignored. */
FRN_API void frn_quote_list_free(frn_quote_list *list);

/** Number of quotations in the list. */
FRN_API size_t frn_quote_list_get_count(const frn_quote_list *list);

/** One quotation, borrowed from the list; NULL when @p index is out of range. */
FRN_API const frn_quote *frn_quote_list_get_quote(const frn_quote_list *list, size_t index);

/** Whether the quotation is direct, mixed or indirect; FRN_QUOTE_NONE for NULL. */
FRN_API frn_quote_type frn_quote_get_type(const frn_quote *quote);

/**
 * The quoted words without the enclosing quotation marks; the pieces of a
 * quotation split by its attribution are joined by one space. Borrowed,
 * NUL-terminated.
 * @param quote a quotation.
 * @param[out] len receives the length in bytes; may be NULL.
 */
FRN_API const char *frn_quote_get_text(const frn_quote *quote, size_t *len);

/** Span of the whole quotation in the source text, first piece to last. */
FRN_API frn_span frn_quote_get_span(const frn_quote *quote);

/** Number of pieces (1 unless the attribution interrupts the quotation). */
FRN_API size_t frn_quote_get_fragment_count(const frn_quote *quote);

/** Span of one piece in the source text; {0, 0} when out of range. */
FRN_API frn_span frn_quote_get_fragment(const frn_quote *quote, size_t index);

/**
 * Number of the parts of the quotation that stand inside quotation marks:
 * the quoted phrases of a mixed quotation, the pieces of a direct one, none
 * for an indirect one.
 */
FRN_API size_t frn_quote_get_quoted_count(const frn_quote *quote);

/**
 * Span of one quoted part in the source text, without its quotation marks;
 * {0, 0} when @p index is out of range.
 * @param quote a quotation.
 * @param index from 0 to frn_quote_get_quoted_count() - 1.
 */
FRN_API frn_span frn_quote_get_quoted(const frn_quote *quote, size_t index);

/**
 * The speaker resolved to the fullest name the article gives ("Brad Smith"
 * for "he" or "Smith"), an organisation for a statement by it, or NULL when
 * the text names none. Borrowed.
 */
FRN_API const char *frn_quote_get_speaker(const frn_quote *quote);

/**
 * The role or title the article gives the speaker ("CEO", "the mayor",
 * "spokesperson"), kept apart from the name, or NULL when it gives none.
 * Borrowed.
 */
FRN_API const char *frn_quote_get_speaker_role(const frn_quote *quote);

/**
 * The mention of the speaker that the attribution uses ("he", "the
 * spokesperson", "Smith") as written, or NULL when there is none. Borrowed.
 */
FRN_API const char *frn_quote_get_mention(const frn_quote *quote);

/** Span of the speaker mention in the source text; {0, 0} when there is none. */
FRN_API frn_span frn_quote_get_mention_span(const frn_quote *quote);

/**
 * The attribution cue as written ("said", "told", "according to"), or NULL
 * when there is none. Borrowed.
 */
FRN_API const char *frn_quote_get_cue(const frn_quote *quote);

/** Span of the cue in the source text; {0, 0} when there is none. */
FRN_API frn_span frn_quote_get_cue_span(const frn_quote *quote);

/**
 * The extractor's confidence in this quotation and its speaker, in [0, 1]:
 * highest for a quotation attributed by a speech verb to a named speaker,
 * lower for a belief verb, a speaker reached through a pronoun or carried
 * over from the quotation before, lowest for an unattributed quotation.
 */
FRN_API double frn_quote_get_confidence(const frn_quote *quote);

#ifdef __cplusplus
}
#endif

#endif /* FRNEWS_QUOTE_H */
