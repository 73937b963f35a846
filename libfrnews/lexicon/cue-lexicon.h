/* The words of attribution: speech verbs (cues), pronouns, role nouns that
 * stand before or for a person, and head nouns of organisations. English. */
#ifndef FRNP_CUE_LEXICON_H
#define FRNP_CUE_LEXICON_H

#include "text/tokens.h"

/* Number of tokens of the cue starting at tokens[i] ("said": 1, "according
 * to": 2), or 0. after_quote allows cues that only attribute a quotation
 * they follow ("the statement read"). */
size_t frnp_cue_length(const char *src, const frnp_token_list *tokens, size_t i, int after_quote);

/* A personal pronoun that can be a speaker: he, she, they, we, I. */
int frnp_is_speaker_pronoun(const char *src, const frnp_token *token);

/* Whether a pronoun is gendered (he, she), so a person is its antecedent. */
int frnp_is_person_pronoun(const char *src, const frnp_token *token);

/* Article or possessive before a noun phrase: the, a, an, his, her, its, their. */
int frnp_is_determiner(const char *src, const frnp_token *token);

/* A title or role: president, CEO, spokesperson, attorney, Dr., ... */
int frnp_is_role_word(const char *src, const frnp_token *token);

/* A noun naming a statement or a person speaking for a body: spokesperson,
 * statement, official, letter ... ("a Microsoft spokesperson"). */
int frnp_is_proxy_noun(const char *src, const frnp_token *token);

/* A noun naming an organisation: group, company, union, foundation ... */
int frnp_is_organisation_noun(const char *src, const frnp_token *token);

/* An auxiliary or adverb that may stand between subject and cue ("has
 * also said"). */
int frnp_is_cue_modifier(const char *src, const frnp_token *token);

/* A capitalised word that cannot begin a name: sentence openers, days, months. */
int frnp_is_non_name_word(const char *src, const frnp_token *token);

/* A lower-case word allowed inside an organisation's name: of, for, the, and. */
int frnp_is_name_connector(const char *src, const frnp_token *token);

#endif
