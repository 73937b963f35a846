/* Attribution of one quotation: the speech verb (cue) near it and the noun
 * phrase naming its speaker, found in the tokens around its marks. */
#ifndef FRNP_QUOTE_ATTRIBUTION_H
#define FRNP_QUOTE_ATTRIBUTION_H

#include "lexicon/lexicon.h"

typedef struct frnp_attribution {
    size_t cue_first, cue_last;         /* tokens [first, last) */
    size_t mention_first, mention_last; /* empty when the cue names no one */
    size_t end;                         /* token just past the attribution */
} frnp_attribution;

/* The tokens are tagged with lexicon (frnp_lexicon_tag_tokens). */

/* "..., Smith said" / "..., said the spokesperson": the attribution that
 * starts at token `after` (the first token after the closing mark), within
 * the same sentence. Returns 1 when found. */
int frnp_attribution_after(const frnp_lexicon *lexicon, const char *src,
                           const frnp_token_list *tokens, size_t after, frnp_attribution *out);

/* "Smith said, “...": the attribution ending before token `open` (the
 * opening mark), within its sentence. With intro_only, the cue must
 * introduce the quotation (only ',', ':' or "that" between them), as for a
 * direct quotation; otherwise it may stand anywhere earlier in the
 * sentence, as for a mixed one. */
int frnp_attribution_before(const frnp_lexicon *lexicon, const char *src,
                            const frnp_token_list *tokens, size_t open, int intro_only,
                            frnp_attribution *out);

/* Index of the first token of the sentence holding token i. */
size_t frnp_sentence_start(const char *src, const frnp_token_list *tokens, size_t i);

#endif
