/* Cues: the tokens that attribute speech ("said", "according to"). The
 * other questions attribution asks of a token (is it a pronoun, a role, a
 * determiner ...) are class bits of its lexicon tag: frnp_token_in(token,
 * FRNP_LEX_ROLE_WORD) and the like (lexicon.h). */
#ifndef FRNP_CUE_LEXICON_H
#define FRNP_CUE_LEXICON_H

#include "lexicon.h"

/* Number of tokens of the cue starting at tokens[i] ("said": 1, "according
 * to": 2), or 0; the tokens are tagged with lexicon. after_quote allows
 * cues that only attribute a quotation they follow ("the statement read"). */
size_t frnp_cue_length(const frnp_lexicon *lexicon, const char *src, const frnp_token_list *tokens,
                       size_t i, int after_quote);

#endif
