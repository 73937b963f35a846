/* Attribution lexicons. Verb forms are listed out rather than stemmed: the
 * list is short and a stemmer would also accept nouns ("sayings"). */
#include "cue-lexicon.h"
#include "word-set.h"

static const char *cue_verbs_list[] = {
    "say", "says", "said", "saying", "tell", "tells", "told", "add", "adds", "added",
    "write", "writes", "wrote", "continue", "continues", "continued", "explain", "explains",
    "explained", "note", "notes", "noted", "state", "states", "stated", "argue", "argues",
    "argued", "claim", "claims", "claimed", "insist", "insists", "insisted", "ask", "asks",
    "asked", "reply", "replies", "replied", "respond", "responds", "responded", "declare",
    "declares", "declared", "announce", "announces", "announced", "warn", "warns", "warned",
    "tweet", "tweets", "tweeted", "posted", "comment", "comments", "commented", "remark",
    "remarks", "remarked", "acknowledge", "acknowledges", "acknowledged", "admit", "admits",
    "admitted", "suggest", "suggests", "suggested", "emphasize", "emphasizes", "emphasized",
    "emphasise", "emphasises", "emphasised", "stress", "stresses", "stressed", "recall",
    "recalls", "recalled", "predict", "predicts", "predicted", "conclude", "concludes",
    "concluded", "observe", "observes", "observed", "urge", "urges", "urged", "promise",
    "promises", "promised", "vow", "vows", "vowed", "caution", "cautions", "cautioned",
    "confirm", "confirms", "confirmed", "deny", "denies", "denied", "maintain", "maintains",
    "maintained", "contend", "contends", "contended", "quip", "quips", "quipped", "joke",
    "jokes", "joked", "testify", "testifies", "testified", "tells", "shouted", "wondered",
    "countered", "complained", "complains", "agreed", "agrees", "believes", "believed",
    "thinks", "told", "writes", "recounted", "boasted", "pointed",
    NULL
};
static frnp_word_set cue_verbs = FRNP_WORD_SET(cue_verbs_list);


/* Only after a quotation: "..., the statement read." */
static const char *after_quote_verbs_list[] = {"read", "reads", "went", "goes", NULL};
static frnp_word_set after_quote_verbs = FRNP_WORD_SET(after_quote_verbs_list);


static const char *pronouns_list[] = {"he", "she", "they", "we", "i", NULL};
static frnp_word_set pronouns = FRNP_WORD_SET(pronouns_list);


static const char *determiners_list[] = {
    "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", NULL
};
static frnp_word_set determiners = FRNP_WORD_SET(determiners_list);


static const char *role_words_list[] = {
    "president", "vice", "ceo", "cfo", "cto", "coo", "chief", "director", "deputy",
    "executive", "officer", "spokesperson", "spokesman", "spokeswoman", "representative",
    "attorney", "lawyer", "analyst", "minister", "secretary", "senator", "sen", "rep",
    "governor", "mayor", "chairman", "chairwoman", "chair", "founder", "co-founder",
    "cofounder", "head", "manager", "professor", "prof", "dr", "mr", "mrs", "ms", "columnist",
    "editor", "reporter", "correspondent", "official", "leader", "commissioner", "judge",
    "justice", "general", "gen", "coach", "economist", "researcher", "scientist", "adviser",
    "advisor", "staff", "policy", "acting", "former", "senior", "assistant", "associate",
    "partner", "member", "chancellor", "ambassador", "administrator", "sheriff", "captain",
    "detective", "inspector", "agent", "counsel", "strategist", "consultant", "activist",
    "author", "spokespeople", "lieutenant", "sergeant", "superintendent", "pastor", "rabbi",
    "councillor", "councilman", "councilwoman", "congressman", "congresswoman", "premier",
    "chairperson", "principal", "dean", "investor", "owner", "king", "queen", "prince",
    "princess", "pope", "bishop", "cardinal", "father", "sister", "mp", "mep", "md",
    NULL
};
static frnp_word_set role_words = FRNP_WORD_SET(role_words_list);


static const char *proxy_nouns_list[] = {
    "spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative", "official",
    "officials", "statement", "letter", "release", "post", "tweet", "blog", "report",
    "filing", "memo", "email", "source", "sources", "aide", "aides", "executive",
    "executives", "announcement", "notice", "website", "message",
    NULL
};
static frnp_word_set proxy_nouns = FRNP_WORD_SET(proxy_nouns_list);


static const char *organisation_nouns_list[] = {
    "group", "company", "firm", "organization", "organisation", "agency", "department",
    "ministry", "union", "foundation", "campaign", "coalition", "government",
    "administration", "council", "committee", "party", "association", "institute",
    "university", "corporation", "network", "alliance", "league", "federation", "society",
    "commission", "board", "bank", "court", "office", "center", "centre", "trust", "fund",
    "inc", "corp", "co", "ltd", "llc", "plc", "authority", "bureau", "service", "club",
    "team", "post", "times", "journal", "news", "police", "congress", "parliament",
    "senate", "charity", "startup", "giant", "retailer", "maker", "manufacturer",
    NULL
};
static frnp_word_set organisation_nouns = FRNP_WORD_SET(organisation_nouns_list);


static const char *cue_modifiers_list[] = {
    "has", "have", "had", "also", "then", "later", "further", "previously", "once", "again",
    "earlier", "recently", "has", "was", "is", "will", "would", "could", "had", "did",
    "does", "simply", "just", "publicly", "repeatedly", "often", "already", "reportedly",
    NULL
};
static frnp_word_set cue_modifiers = FRNP_WORD_SET(cue_modifiers_list);


static const char *non_name_words_list[] = {
    "the", "a", "an", "in", "on", "at", "for", "this", "that", "these", "those", "it", "he",
    "she", "we", "they", "i", "but", "and", "or", "if", "when", "while", "as", "after",
    "before", "since", "though", "although", "with", "by", "from", "to", "of", "so",
    "yet", "still", "also", "however", "meanwhile", "speaking", "according", "like",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "mr", "mrs", "ms", "dr", "his", "her",
    "its", "their", "our", "there", "here", "what", "who", "why", "how", "where", "one",
    "many", "some", "all", "no", "not", "then", "now", "today", "yesterday", "last", "next",
    NULL
};
static frnp_word_set non_name_words = FRNP_WORD_SET(non_name_words_list);


static const char *name_connectors_list[] = {"of", "for", "the", "and", "de", "du", "van", "von", "&", NULL};
static frnp_word_set name_connectors = FRNP_WORD_SET(name_connectors_list);


static int token_in(const char *src, const frnp_token *token, frnp_word_set *words)
{
    return frnp_word_set_contains(words, src + token->start, token->end - token->start);
}

size_t frnp_cue_length(const char *src, const frnp_token_list *tokens, size_t i, int after_quote)
{
    const frnp_token *token = &tokens->items[i];

    if (!(token->flags & FRNP_TOKEN_WORD))
        return 0;
    if (frnp_token_is(src, token, "according") && i + 1 < tokens->count &&
        frnp_token_is(src, &tokens->items[i + 1], "to"))
        return 2;
    if (frnp_token_is(src, token, "pointed") && i + 1 < tokens->count &&
        frnp_token_is(src, &tokens->items[i + 1], "out"))
        return 2;
    if (frnp_token_is(src, token, "pointed"))
        return 0;
    if (token_in(src, token, &cue_verbs))
        return 1;
    return after_quote && token_in(src, token, &after_quote_verbs) ? 1 : 0;
}

int frnp_is_speaker_pronoun(const char *src, const frnp_token *token)
{
    return token_in(src, token, &pronouns);
}

int frnp_is_person_pronoun(const char *src, const frnp_token *token)
{
    return frnp_token_is(src, token, "he") || frnp_token_is(src, token, "she");
}

int frnp_is_determiner(const char *src, const frnp_token *token)
{
    return token_in(src, token, &determiners);
}

int frnp_is_role_word(const char *src, const frnp_token *token)
{
    return token_in(src, token, &role_words);
}

int frnp_is_proxy_noun(const char *src, const frnp_token *token)
{
    return token_in(src, token, &proxy_nouns);
}

int frnp_is_organisation_noun(const char *src, const frnp_token *token)
{
    return token_in(src, token, &organisation_nouns);
}

int frnp_is_cue_modifier(const char *src, const frnp_token *token)
{
    return token_in(src, token, &cue_modifiers);
}

int frnp_is_non_name_word(const char *src, const frnp_token *token)
{
    return token_in(src, token, &non_name_words);
}

int frnp_is_name_connector(const char *src, const frnp_token *token)
{
    return token_in(src, token, &name_connectors);
}
