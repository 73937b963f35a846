/* The lexicon: the words and phrases the stages look for, one language at
 * a time, compiled from the data files of lexicon/<lang>/ into sorted const
 * tables when the library is built (tools/lexicon-compile.c; lists.txt says
 * which lists exist). Nothing here is initialised or locked at run time.
 *
 * A word's lookup answers every question about it at once: the mask of the
 * word classes (FRNP_LEX_* in lexicon-lists.h) it belongs to. The token
 * stage stores it on each token (frnp_lexicon_tag_tokens), so the later
 * stages test bits. Phrase lists (FRNP_PHRASES_*) are searched by the
 * matcher their kind calls for. */
#ifndef FRNP_LEXICON_H
#define FRNP_LEXICON_H

#include <stddef.h>
#include <stdint.h>
#include "lexicon-lists.h"
#include "text/tokens.h"

typedef struct frnp_lexicon frnp_lexicon;

/* The lexicon of a language (a BCP 47 tag such as "en" or "de-AT", matched
 * on its primary subtag); English's for NULL or a language with no lexicon
 * of its own. Never NULL. A language's lexicon holds its own lists only: a
 * list its folder lacks is empty. */
const frnp_lexicon *frnp_lexicon_get(const char *language);

/* The language tag of a lexicon ("en"). */
const char *frnp_lexicon_language(const frnp_lexicon *lexicon);

/* What the lexicon knows of a word: the classes (lists) it is in, and how
 * surely it means what they say, (0, 1]. */
typedef struct frnp_lex_word {
    uint64_t classes;
    float weight;
} frnp_lex_word;

/* The word (folded here; compared without case): {0, 1} when it is in no
 * list. */
frnp_lex_word frnp_lexicon_word(const frnp_lexicon *lexicon, const char *word, size_t len);

/* The classes of a word alone. */
uint64_t frnp_lexicon_classes(const frnp_lexicon *lexicon, const char *word, size_t len);

/* The classes of a word its caller has folded already (frnp_fold): the
 * same answer as frnp_lexicon_classes(), without folding it again (folding
 * is idempotent). */
uint64_t frnp_lexicon_folded_classes(const frnp_lexicon *lexicon, const char *folded, size_t len);

/* Call fn with each word (folded, not NUL-terminated, static) of the
 * lexicon that has one of the classes. */
void frnp_lexicon_each_word(const frnp_lexicon *lexicon, uint64_t classes,
                            void (*fn)(void *data, const char *word, size_t len), void *data);

/* Set the lexicon field of every token. */
void frnp_lexicon_tag_tokens(const frnp_lexicon *lexicon, const char *src, frnp_token_list *tokens);

/* Whether a tagged token is in any of the classes. */
static inline int frnp_token_in(const frnp_token *token, uint64_t classes)
{
    return (token->lexicon & classes) != 0;
}

/* token-phrases lists: the number of tokens of the longest phrase starting
 * at tokens[i] ("according to": 2), or 0. The first word of each phrase has
 * the list's class bit, so callers look only where a tagged token stands. */
size_t frnp_lexicon_token_phrase(const frnp_lexicon *lexicon, frnp_phrase_list list,
                                 const char *src, const frnp_token_list *tokens, size_t i);

/* Where the role suffix of a compound starts in word ("Verbandspräsident":
 * 9, at "präsident"), the longest of the lexicon's role suffixes it ends
 * in after a few bytes of its own, when it is capitalised; 0 when none.
 * frnp_lexicon_word() gives such a compound the role class. */
size_t frnp_lexicon_role_suffix(const frnp_lexicon *lexicon, const char *word, size_t len);

/* lines lists: whether a folded line is one of the phrases, ignoring what
 * may trail it (FRNP_LINE_TRAILING in text/text-match.h). */
int frnp_lexicon_is_line(const frnp_lexicon *lexicon, frnp_phrase_list list,
                         const char *folded, size_t len);

/* Longer texts are no line of a lines list (their phrases are short). */
#define FRNP_LEX_LINE_TEXT_MAX 256

/* lines lists, on unfolded text: whether text[0, len) folds to one of the
 * phrases (as frnp_lexicon_is_line); 0 for a text over
 * FRNP_LEX_LINE_TEXT_MAX bytes. */
int frnp_lexicon_text_is_line(const frnp_lexicon *lexicon, frnp_phrase_list list, const char *text,
                              size_t len);

/* prefixes lists: the length in text bytes of the longest phrase text
 * starts with (compared without case), or 0. */
size_t frnp_lexicon_prefix(const frnp_lexicon *lexicon, frnp_phrase_list list,
                           const char *text, size_t len);

/* substrings and weighted lists, on folded NUL-terminated text: the sum of
 * the weights of the phrases it contains (for an unweighted list, how
 * many of them it contains). Each phrase counts once however often it
 * occurs, and anywhere, mid-word too ("cookie" in "cookies"). One pass of
 * an Aho-Corasick automaton for a list of several phrases. */
int frnp_lexicon_score(const frnp_lexicon *lexicon, frnp_phrase_list list, const char *folded);

#endif
