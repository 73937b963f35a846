/* Cues from the lexicon: phrases first, then single verbs. */
#include "cue-lexicon.h"

size_t frnp_cue_length(const frnp_lexicon *lexicon, const char *src, const frnp_token_list *tokens,
                       size_t i, int after_quote)
{
    const frnp_token *token = &tokens->items[i];
    size_t phrase;

    if (!(token->flags & FRNP_TOKEN_WORD))
        return 0;
    if (frnp_token_in(token, FRNP_LEX_CUE_PHRASE)) {
        phrase = frnp_lexicon_token_phrase(lexicon, FRNP_PHRASES_CUE_PHRASE, src, tokens, i);
        if (phrase)
            return phrase;
    }
    if (frnp_token_in(token, FRNP_LEX_CUE_VERB))
        return 1;
    return after_quote && frnp_token_in(token, FRNP_LEX_AFTER_QUOTE_VERB) ? 1 : 0;
}
