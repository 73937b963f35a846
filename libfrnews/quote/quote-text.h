/* PRIVATE to quote/: the article as the quotation stages read it, analysed
 * once: its tokens, the class of each word (from the lexicons of the
 * article's language), and its sentences. Every stage looks words and
 * sentence bounds up here in constant time, so none rescans the text. */
#ifndef FRNP_QUOTE_TEXT_H
#define FRNP_QUOTE_TEXT_H

#include "frnews/article.h"
#include "lexicon/lexicon.h"
#include "text/tokens.h"

/* What a word can be, as far as attribution cares: from the lists of the
 * lexicon it is in (quote-text.c says which list gives which class). */
enum frnp_word_class {
    FRNP_W_CUE = 1u << 0,            /* speech verb: said, told, sagte */
    FRNP_W_CUE_AFTER = 1u << 1,      /* cue only after a quotation: read, went, so */
    FRNP_W_REPORT = 1u << 2,         /* verb of indirect speech or belief: said, believes */
    FRNP_W_PRONOUN = 1u << 3,        /* he, she, they, we, I */
    FRNP_W_MALE = 1u << 4,           /* he, Mr., John */
    FRNP_W_FEMALE = 1u << 5,         /* she, Ms., Mary */
    FRNP_W_DETERMINER = 1u << 6,
    FRNP_W_ROLE = 1u << 7,           /* president, spokesperson, CEO */
    FRNP_W_PROXY = 1u << 8,          /* spokesperson, statement: speaks for someone */
    FRNP_W_ORGANISATION = 1u << 9,   /* company, ministry, Inc. */
    FRNP_W_MODIFIER = 1u << 10,      /* has, also: between subject and cue */
    FRNP_W_NON_NAME = 1u << 11,      /* capitalised but no name: The, Monday */
    FRNP_W_CONNECTOR = 1u << 12,     /* of, for, the inside a name */
    FRNP_W_COMPLEMENTISER = 1u << 13,/* that, dass, que */
    FRNP_W_HONORIFIC = 1u << 14,     /* Mr., Dr., Sen. */
    FRNP_W_PLACE = 1u << 15,         /* Street, Grove: a place's last word */
    FRNP_W_GIVEN_NAME = 1u << 16,    /* John, Mary */
    FRNP_W_ACCORDING = 1u << 17,     /* laut, selon, según ("according to" is two tokens) */
    FRNP_W_NEEDS_THAT = 1u << 18,    /* reports speech only before "that": notes, claims */
    FRNP_W_ADJUNCT = 1u << 19,       /* opens an adjunct: in, on, during */
    FRNP_W_OUTLET = 1u << 20,        /* Post, Times: ends a news outlet's name */
    FRNP_W_TELL = 1u << 21,          /* told: the one told may follow */
    FRNP_W_CONJUNCTION = 1u << 22,   /* and, but: join reported clauses */
    FRNP_W_NEGATION = 1u << 23,      /* not, never */
    FRNP_W_ORGANISATION_ARTICLE = 1u << 24, /* the, before an organisation's name */
    FRNP_W_PARTICLE = 1u << 25,      /* for, about: "called for", part of the cue */
    FRNP_W_CLAUSE_STOP = 1u << 26,   /* which, although: after a comma, the reporter's own clause */
    FRNP_W_RELATIVE = 1u << 27,      /* who, which: a subject standing for the phrase before */
    FRNP_W_BE = 1u << 28,            /* is, was, been: a passive before a participle */
    FRNP_W_MARK = 1u << 29,          /* not a word: a quotation mark (set by the text, not a list) */
    FRNP_W_CLAUSE_CONTINUER = 1u << 30 /* including: after a comma, more of the reported clause */
};

typedef struct frnp_word_info {
    unsigned classes; /* FRNP_W_* */
    float weight;     /* of a report verb: how surely it reports speech */
} frnp_word_info;

typedef struct frnp_sentence {
    size_t first, last; /* tokens [first, last) */
} frnp_sentence;

typedef struct frnp_qtext {
    const char *src;
    frn_span *paragraphs;        /* the headline (when the source prints it), then the body's */
    size_t paragraph_count;
    frnp_token_list tokens;
    frnp_word_info *words;   /* one per token */
    size_t *sentence_of;     /* one per token: index into sentences */
    frnp_sentence *sentences;
    size_t sentence_count;
    const frnp_lexicon *lexicon; /* of the article's language; tokens are tagged with it */
    size_t headline;             /* the paragraph that is the headline, or FRNP_NO_HEADLINE */
    int headline_title_case;     /* its words are all capitalised, verbs too */
} frnp_qtext;

#define FRNP_NO_HEADLINE ((size_t)-1)

/* Cut the tokens into sentences (quote-sentences.c): sentences and
 * sentence_of. */
frn_status frnp_qtext_find_sentences(frn_ctx *ctx, frnp_qtext *q);

/* Read and analyse the article. On failure everything is released. */
frn_status frnp_qtext_build(frn_ctx *ctx, const frn_article *article, frnp_qtext *q);

void frnp_qtext_release(frnp_qtext *q);

static inline const frnp_token *frnp_q_token(const frnp_qtext *q, size_t i)
{
    return &q->tokens.items[i];
}

/* Whether token i has any of the classes. */
static inline int frnp_q_is(const frnp_qtext *q, size_t i, unsigned classes)
{
    return (q->words[i].classes & classes) != 0;
}

static inline int frnp_q_is_word(const frnp_qtext *q, size_t i)
{
    return (q->tokens.items[i].flags & FRNP_TOKEN_WORD) != 0;
}

static inline int frnp_q_starts_with_digit(const frnp_qtext *q, size_t i)
{
    char c = q->src[q->tokens.items[i].start];

    return c >= '0' && c <= '9';
}

/* Whether token i ends in -s, as English plural nouns do ("reports",
 * "Officials"); a guess, for the rules that need a noun's number. */
static inline int frnp_q_ends_in_s(const frnp_qtext *q, size_t i)
{
    return q->src[q->tokens.items[i].end - 1] == 's';
}

static inline int frnp_q_is_capitalized(const frnp_qtext *q, size_t i)
{
    return (q->tokens.items[i].flags & (FRNP_TOKEN_WORD | FRNP_TOKEN_CAPITALIZED)) ==
           (FRNP_TOKEN_WORD | FRNP_TOKEN_CAPITALIZED);
}

static inline size_t frnp_q_sentence_first(const frnp_qtext *q, size_t i)
{
    return q->sentences[q->sentence_of[i]].first;
}

static inline size_t frnp_q_sentence_last(const frnp_qtext *q, size_t i)
{
    return q->sentences[q->sentence_of[i]].last;
}

/* Whether token i stands in a headline written in title case, where a
 * capital says nothing of a name. */
static inline int frnp_q_in_title_case(const frnp_qtext *q, size_t i)
{
    return q->headline_title_case && q->tokens.items[i].paragraph == q->headline;
}

static inline int frnp_q_same_paragraph(const frnp_qtext *q, size_t a, size_t b)
{
    return q->tokens.items[a].paragraph == q->tokens.items[b].paragraph;
}

/* "not", "never", "didn't", "isn’t": a word that negates the verb after it. */
int frnp_q_is_negation(const frnp_qtext *q, size_t i);

/* Whether token i is the single character c. */
static inline int frnp_q_is_char(const frnp_qtext *q, size_t i, char c)
{
    return frnp_token_is_char(q->src, frnp_q_token(q, i), c);
}

/* Whether token i is an entry of the lexicon's lines list `list` (one
 * word lists of the lines kind: "Das", "der"). */
static inline int frnp_q_is_line(const frnp_qtext *q, size_t i, frnp_phrase_list list)
{
    const frnp_token *t = frnp_q_token(q, i);

    return frnp_lexicon_text_is_line(q->lexicon, list, q->src + t->start, t->end - t->start);
}

/* Whether token i is a quotation mark. */
static inline int frnp_q_is_mark(const frnp_qtext *q, size_t i)
{
    return (q->words[i].classes & FRNP_W_MARK) != 0;
}

/* A dot or hyphen inside a name, or the word after such a hyphen:
 * "E.U.", "Sen.", "Park Geun-hye", "Ocasio-Cortez". */
int frnp_q_inside_name(const frnp_qtext *q, size_t i);

/* A hyphen or a slash joining the words it touches on both sides:
 * "ex-wife", "9/11", "Reuters/Ipsos". */
int frnp_q_joins_words(const frnp_qtext *q, size_t i);

/* A dash between words ("--", "—", "–"), not a hyphen. */
int frnp_q_is_dash(const frnp_qtext *q, size_t i);

/* The first token from i on, before stop, that is no cue modifier ("has",
 * "also": "Smith has also said"); stop when all are. */
size_t frnp_q_skip_modifiers(const frnp_qtext *q, size_t i, size_t stop);

/* Tokens of the cue starting at token i ("said" 1, "according to" 2), or 0;
 * after_quote also accepts cues that only follow a quotation. */
size_t frnp_q_cue_length(const frnp_qtext *q, size_t i, int after_quote);

/* A role set off by a comma from the name beside it: "The President of
 * Microsoft, Brad Smith" (the role before the name starting at token
 * first), "Brad Smith, the president of Microsoft," (after the name ending
 * before token after). The role's token, or FRNP_NO_TOKEN. */
size_t frnp_q_role_before(const frnp_qtext *q, size_t first);
size_t frnp_q_role_after(const frnp_qtext *q, size_t after);

/* "Justice" in "the Justice Department" and "Justice Department
 * spokesman Joe Smith": whether token k opens a run of capitalised words,
 * ending before token last at the latest, whose last word is an
 * organisation's noun; a role's word there names the organisation's
 * field, not a role. */
int frnp_q_in_organisation_name(const frnp_qtext *q, size_t k, size_t last);

/* "according to" (2), "laut" (1) at token i, or 0. */
size_t frnp_q_according_length(const frnp_qtext *q, size_t i);

/* Tokens of the impersonal cue at token i ("hieß es" 2), whose subject is
 * an empty pronoun, or 0. */
size_t frnp_q_impersonal_length(const frnp_qtext *q, size_t i);

/* Tokens of the report phrase at token i ("geht davon aus" 3), or 0. */
size_t frnp_q_report_phrase_length(const frnp_qtext *q, size_t i);

#endif
