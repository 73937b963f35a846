/* Reported speech, sentence by sentence, around each reporting verb:
 *
 *   X said (that) CLAUSE.          X told Reuters (that) CLAUSE.
 *   CLAUSE, X said [Tuesday].      CLAUSE, said X, a spokesman.
 *   According to X, CLAUSE.        CLAUSE, according to X[, CLAUSE].
 *   ..., adding/saying (that) CLAUSE  (the speaker of the sentence)
 *   CLAUSE, hieß es aus X.         Aus X hieß es, CLAUSE.
 *
 * The content runs from the cue (after its complementiser) to the end of
 * its clause: the sentence's end, a ';', or the next reporting verb joined
 * by "and", "but" or a comma; before the cue it starts at the sentence's
 * start. Content that is all inside quotation marks is the direct stage's;
 * content that is partly quoted is a mixed quotation, which replaces the
 * mixed quotation of the quoted phrase alone that the direct stage made. */
#include <stdlib.h>
#include <string.h>
#include "core/context.h"
#include "lexicon/lexicon.h"
#include "quote-attribution.h"
#include "quote-stages.h"
#include "text/text-match.h"
#include "text/text-words.h"

#define MIN_CONTENT_WORDS 3
#define INVERSION_MAX_TOKENS 6    /* ", a-t-elle ajouté": comma to cue */
#define TAIL_MAX_WORDS 8          /* "said Tuesday in a statement" */
#define APPOSITION_MAX_WORDS 16   /* "said Jane Roe, the chief executive of ..." */
#define DESCRIBED_APPOSITION_MAX_WORDS 30 /* "said Jane Roe, an adviser who oversees ..." */
#define COMPLEMENTISER_WINDOW 10  /* "said in a statement on Monday that" */
#define SEPARABLE_PARTICLE_MAX_GAP 6 /* words between a verb and its particle: "kündigte am Montag in der Sitzung an" */
#define ACCORDING_MAX_TOKENS 24   /* "according to a civil complaint filed by the Securities and Exchange Commission" */
#define SOURCE_RUN_MAX_WORDS 4    /* a source named without a comma after it: "Laut Innenministerin Anna Weber" */
#define GENERIC_SUBJECT_MAX_WORDS 5
#define UNKNOWN_SUBJECT 2 /* generic_subject: a clause whose speaker is not there */
#define PARTICIPLE_LOOK_BACK 40   /* tokens back to the speech verb of "..., adding" */
#define PARTICIPLE_MIN_WEIGHT 0.9f
/* "On Thursday, however, Trump spoke ..., promising": adjuncts of at
 * most this many tokens, each closed by a comma, before the subject. */
#define OPENING_ADJUNCTS_MAX 3
#define TITLE_MAX_WORDS 3 /* a show's or a paper's title in an adjunct */
#define NAMED_TITLE_TOKENS 8 /* the tokens of the one told, in quotation marks */
#define TOLD_WORDS_MAX 3 /* the one told in words of no list: "told public radio" */
#define OPENING_ADJUNCT_MAX_TOKENS 12
#define APPOSED_MAX_TOKENS 40     /* "Roe, 56, who has served on ... for a decade, told" */
#define SENTENCE_SUBJECT_MAX_WORDS 10
#define HEADLINE_SPEAKER_MAX_TOKENS 4
#define EVIDENCE_SUBJECT_MAX_TOKENS 10 /* "a 2014 study by a law school professor found" */
#define SUBJUNCTIVE_VERB_WITHIN 8 /* tokens from a sentence's start to its verb: "Die Verhandlungen mit der Bahn seien" */

#define CONFIDENCE_SUBJECT_CUE 0.8
#define CONFIDENCE_ACCORDING 0.8
#define CONFIDENCE_INHERITED 0.65
#define CONFIDENCE_GENERIC 0.55
#define CONFIDENCE_HEADLINE 0.6
#define CONFIDENCE_UNNAMED 0.45
#define CONFIDENCE_IMPERSONAL 0.7
/* The words of an adjunct between a cue and the colon that introduces a
 * quotation ("said on Monday in an interview with the Times:"). */
#define LEAD_IN_ADJUNCT_MAX 12

/* What a quotation carries on to the sentences after it: its mention's
 * tokens [first, last) and its cue. */
typedef struct carrier {
    size_t first, last;
    frn_span cue;
} carrier;

typedef struct indirect_pass {
    const frnp_qtext *q;
    const frnp_marked_spans *marks;
    frn_quote_list *list;
    size_t direct_count;        /* the direct stage's quotations, in order */
    unsigned char *in_marks;    /* per token: inside a pair of quotation marks */
    /* Per sentence: the mention and cue of the quotation ending last in it
     * (first FRNP_NO_TOKEN when none), which a subjunctive sentence or an
     * unattributed quotation after it carries on. */
    carrier *carried;
    size_t next_direct; /* the first direct quotation not past the sentence read */
    /* The subject of the last frame of the current sentence, for "..., adding that". */
    size_t sentence, subject_first, subject_last;
    int colon_lead_in; /* the sentence ends with ':', its quotation follows */
} indirect_pass;

typedef struct frame {
    size_t pieces[2][2];  /* content tokens [first, last) */
    size_t piece_count;
    size_t cue_first, cue_last;
    size_t subject_first, subject_last; /* FRNP_NO_TOKEN when none */
    double confidence;
    int introduced; /* the content is a quotation the cue introduces: direct */
} frame;

/* A frame of one cue and its subject (FRNP_NO_TOKEN for none), no
 * content yet. */
static void frame_start(frame *f, size_t cue_first, size_t cue_last, size_t subject_first,
                        size_t subject_last, double confidence)
{
    memset(f, 0, sizeof *f);
    f->cue_first = cue_first;
    f->cue_last = cue_last;
    f->subject_first = subject_first;
    f->subject_last = subject_last;
    f->confidence = confidence;
}

static int is_conjunction(const frnp_qtext *q, size_t i)
{
    return frnp_q_is(q, i, FRNP_W_CONJUNCTION);
}

/* Tokens inside quotation marks, from the marks' spans (both in order). */
static int mark_tokens(indirect_pass *x)
{
    const frnp_qtext *q = x->q;
    size_t m = 0;

    x->in_marks = calloc(q->tokens.count + 1, 1);
    if (!x->in_marks)
        return 0;
    for (size_t i = 0; i < q->tokens.count; i++) {
        const frnp_token *t = frnp_q_token(q, i);
        while (m < x->marks->count && x->marks->items[m].end <= t->start)
            m++;
        x->in_marks[i] = m < x->marks->count && x->marks->items[m].start <= t->start;
    }
    return 1;
}

static int is_participle(const frnp_qtext *q, size_t c)
{
    const frnp_token *t = frnp_q_token(q, c);

    return t->end - t->start > 4 && memcmp(q->src + t->end - 3, "ing", 3) == 0;
}

/* "was endorsed by dozens of papers", "is expected to": a participle after
 * a form of "be" (past adverbs), or before "by". */
static int is_passive(const frnp_qtext *q, size_t c, size_t first)
{
    size_t k = c;

    if (is_participle(q, c))
        return 0; /* "was saying" */
    if (c + 1 < q->tokens.count && frnp_token_in(frnp_q_token(q, c + 1), FRNP_LEX_AGENT_PREPOSITION))
        return 1;
    while (k > first && frnp_q_is(q, k - 1, FRNP_W_MODIFIER) && !frnp_q_is(q, k - 1, FRNP_W_BE))
        k--;
    return k > first && frnp_q_is(q, k - 1, FRNP_W_BE);
}

/* "A 2014 study by a law professor found ...": a poll, a study or a
 * record in the verb's subject, within its clause. */
static int has_evidence_subject(const indirect_pass *x, size_t c, size_t first)
{
    const frnp_qtext *q = x->q;

    for (size_t k = c; k > first && c - k < EVIDENCE_SUBJECT_MAX_TOKENS; k--) {
        /* The word just before may be a noun ("filed reports shows"). */
        unsigned stops = FRNP_W_COMPLEMENTISER | FRNP_W_BE | (k == c ? 0u : (unsigned)FRNP_W_REPORT);
        if (frnp_q_is_char(q, k - 1, ',') || frnp_q_is(q, k - 1, stops) || x->in_marks[k - 1])
            return 0;
        if (frnp_token_in(frnp_q_token(q, k - 1), FRNP_LEX_EVIDENCE_NOUN))
            return 1;
    }
    return 0;
}

/* "responding to calls that ...": after "to", a verb has its plain form,
 * so one ending in -s is a plural noun. */
static int is_noun_after_to(const frnp_qtext *q, size_t c, size_t first)
{
    const frnp_token *t = frnp_q_token(q, c), *before;

    if (c == first || t->end - t->start < 3 || !frnp_q_ends_in_s(q, c) || q->src[t->end - 2] == 's')
        return 0;
    before = frnp_q_token(q, c - 1);
    return before->end - before->start == 2 && frnp_match_at(q->src, before->end, before->start, "to") == 2;
}

/* "would not say", "did not immediately respond": a negation before the
 * verb, past its modifiers. What was not said is no quotation. */
static int is_negated(const frnp_qtext *q, size_t first, size_t c)
{
    size_t k = c;

    while (k > first && frnp_q_is(q, k - 1, FRNP_W_MODIFIER) && !frnp_q_is_negation(q, k - 1))
        k--;
    return k > first && frnp_q_is_negation(q, k - 1);
}

/* A verb use of a reporting word: not "the claims", "his tweets", "the
 * United States", "would not say", "responding to calls", nor a passive. */
static int is_reporting_verb(const indirect_pass *x, size_t c, size_t first)
{
    const frnp_qtext *q = x->q;

    if (!frnp_q_is(q, c, FRNP_W_REPORT) || x->in_marks[c] || is_passive(q, c, first) || is_noun_after_to(q, c, first))
        return 0;
    if (c > 0 && frnp_q_joins_words(q, c - 1))
        return 0; /* "the so-called movement": part of a compound */
    /* In a headline in title case, where capitals tell nothing, a word
     * after a preposition is a noun ("Backlash on Plans To Limit ..."). */
    if (c > first && frnp_q_in_title_case(q, c) && frnp_q_is(q, c - 1, FRNP_W_ADJUNCT | FRNP_W_PARTICLE))
        return 0;
    if (c > first && (frnp_q_is(q, c - 1, FRNP_W_DETERMINER) || is_negated(q, first, c)))
        return 0;
    /* "spoke of a long winter", not "spoke at the gates". */
    if (frnp_token_in(frnp_q_token(q, c), FRNP_LEX_REPORT_BEFORE_PARTICLE) &&
        !(c + 1 < q->tokens.count && frnp_q_is(q, c + 1, FRNP_W_PARTICLE)))
        return 0;
    /* "newly filed reports shows": a noun in the plural before the verb;
     * not "Police say calls to the area have doubled", whose content opens
     * with a noun that may be a verb. */
    if (c + 1 < q->tokens.count && frnp_q_is(q, c + 1, FRNP_W_REPORT) && !x->in_marks[c + 1] &&
        frnp_q_ends_in_s(q, c))
        return 0;
    return !frnp_q_is(q, c, FRNP_W_NEEDS_THAT) ||
           (c + 1 < q->tokens.count && frnp_q_is(q, c + 1, FRNP_W_COMPLEMENTISER)) || has_evidence_subject(x, c, first);
}

/* What, after a comma, opens a clause that is not the reported one:
 * "according to", "which", "although", "and"/"but" with a clause of their
 * own, a participle ("..., sending him to Ohio"). */
static int ends_clause_after_comma(const indirect_pass *x, size_t k)
{
    const frnp_qtext *q = x->q;

    if (frnp_q_according_length(q, k))
        return 1;
    if (frnp_q_is(q, k, FRNP_W_CLAUSE_STOP))
        return 1;
    if (is_conjunction(q, k) && k + 1 < q->tokens.count) {
        size_t v = k + 1;
        if ((frnp_q_is_capitalized(q, v) || frnp_q_is(q, v, FRNP_W_PRONOUN | FRNP_W_DETERMINER)) &&
            frnp_token_in(frnp_q_token(q, k), FRNP_LEX_CONTRAST_CONJUNCTION))
            return 1; /* ", but he ...", not ", and the union ..." */
        /* ", and has called for", ", and human rights groups warned" */
        for (size_t words = 0; v < q->tokens.count && words <= GENERIC_SUBJECT_MAX_WORDS && frnp_q_is_word(q, v) &&
                               !frnp_q_is_negation(q, v) && !x->in_marks[v];
             v++, words++)
            if (frnp_q_is(q, v, FRNP_W_REPORT) && !frnp_q_is(q, v, FRNP_W_NEEDS_THAT))
                return 1;
        return 0;
    }
    if (frnp_q_is_word(q, k) && !frnp_q_is_capitalized(q, k) && is_participle(q, k) &&
        !frnp_q_is(q, k, FRNP_W_CLAUSE_CONTINUER))
        return 1;
    return 0;
}

/* Where the clause starting at `start` ends: before the next reporting verb
 * joined by "and", "but" or a comma, before a ';', else at `stop`. */
static size_t clause_end(const indirect_pass *x, size_t start, size_t stop)
{
    const frnp_qtext *q = x->q;

    for (size_t j = start; j < stop; j++) {
        if (x->in_marks[j])
            continue;
        /* "X thinks the problems can be solved: “...”": a colon before
         * a quotation ends the clause; the quotation is the direct stage's. */
        if (frnp_q_is_char(q, j, ';') || (frnp_q_is_char(q, j, ':') && j + 1 < stop && frnp_q_is_mark(q, j + 1)))
            return j;
        if (j > start && is_reporting_verb(x, j, start)) {
            size_t end = j;
            while (end > start + 1 && frnp_q_is(q, end - 1, FRNP_W_MODIFIER))
                end--; /* "... but also contended" */
            if (is_conjunction(q, end - 1) || frnp_q_is_char(q, end - 1, ',')) {
                end--;
                if (end > start && frnp_q_is_char(q, end - 1, ','))
                    end--;
                return end;
            }
        }
        if (j + 1 < stop && frnp_q_is_char(q, j, ',') && !x->in_marks[j + 1] && ends_clause_after_comma(x, j + 1))
            return j;
        /* '... “the issues in front of you,” though she noted ...': the
         * comma inside the closing mark. */
        if (j > start && j + 1 < stop && frnp_q_is_mark(q, j) && x->in_marks[j - 1] &&
            frnp_q_is_char(q, j - 1, ',') && !x->in_marks[j + 1] && ends_clause_after_comma(x, j + 1))
            return j + 1;
    }
    return stop;
}

/* The sentence's last token that is a word or a quotation mark, plus one. */
static size_t content_stop(const frnp_qtext *q, size_t first, size_t last)
{
    while (last > first && !frnp_q_is_word(q, last - 1) && !frnp_q_is_mark(q, last - 1))
        last--;
    return last;
}

static size_t count_words(const frnp_qtext *q, size_t first, size_t last)
{
    size_t words = 0;

    for (size_t i = first; i < last; i++)
        words += frnp_q_is_word(q, i);
    return words;
}

/* What may follow the cue of "CLAUSE, X said": an adjunct ("on Tuesday",
 * "in a statement", "told reporters"), no clause of its own. */
static int is_tail(const indirect_pass *x, size_t start, size_t stop)
{
    if (count_words(x->q, start, stop) > TAIL_MAX_WORDS)
        return 0;
    for (size_t i = start; i < stop; i++)
        if (frnp_q_is(x->q, i, FRNP_W_COMPLEMENTISER) || frnp_q_is_mark(x->q, i) || frnp_q_is_char(x->q, i, ':'))
            return 0;
    return 1;
}

/* The end of the one told when no speaker's phrase names it ("told public
 * radio on Monday", "told state television"): words of no list up to an
 * adjunct; at least the first word. */
static size_t told_words_end(const frnp_qtext *q, size_t start, size_t stop)
{
    size_t k = start + 1;

    while (k < stop && k < start + TOLD_WORDS_MAX && frnp_q_is_word(q, k) &&
           !frnp_q_is(q, k, FRNP_W_ADJUNCT | FRNP_W_PARTICLE | FRNP_W_COMPLEMENTISER | FRNP_W_REPORT))
        k++;
    return k;
}

/* What follows the cue of "CLAUSE, X said TAIL": nothing, or an adjunct
 * ("on Tuesday", "Tuesday", "in a statement", "of the plan", "as he
 * left"), or for "told" the one told and an adjunct ("told Reuters on
 * Monday"); never an object ("criticized the plan"), which is the content. */
static int is_adjunct_tail(const indirect_pass *x, size_t verb, size_t start, size_t stop)
{
    const frnp_qtext *q = x->q;

    if (frnp_q_is(q, verb, FRNP_W_TELL) && start < stop) {
        size_t after = frnp_attribution_phrase_after(q, start);
        start = after > start ? after : told_words_end(q, start, stop);
    }
    if (start >= stop)
        return 1;
    if (!frnp_q_is(q, start, FRNP_W_ADJUNCT | FRNP_W_PARTICLE) &&
        !(frnp_q_is_capitalized(q, start) && frnp_q_is(q, start, FRNP_W_NON_NAME)))
        return 0;
    return is_tail(x, start, stop);
}

/* ", founder and CEO of Iraq and Afghanistan Veterans of America": an
 * apposition after the speaker of an inverted cue, to the clause's end. */
static int is_apposition(const indirect_pass *x, size_t start, size_t stop)
{
    /* ", a senior official with the board that oversees them": a noun
     * phrase opened by an article may hold a relative clause of its own. */
    int described = start + 1 < stop && frnp_q_is(x->q, start + 1, FRNP_W_DETERMINER);

    if (start >= stop || !frnp_q_is_char(x->q, start, ',') ||
        count_words(x->q, start, stop) > (described ? DESCRIBED_APPOSITION_MAX_WORDS : APPOSITION_MAX_WORDS))
        return 0;
    for (size_t i = start + 1; i < stop; i++) {
        if (frnp_q_is_mark(x->q, i) || frnp_q_is_char(x->q, i, ':') || frnp_q_is_char(x->q, i, ','))
            return 0;
        if (!described && frnp_q_is(x->q, i, FRNP_W_COMPLEMENTISER | FRNP_W_REPORT))
            return 0;
    }
    return 1;
}

/* The end of the adjunct after a cue: its first comma, else stop. */
static size_t tail_stop(const indirect_pass *x, size_t start, size_t stop)
{
    for (size_t i = start; i < stop; i++)
        if (frnp_q_is_char(x->q, i, ','))
            return i;
    return stop;
}

/* Where a clause reported before its cue starts: after a colon lead-in
 * that opens a quotation ("Criticism came from the union: “...,” said
 * X"), whose words are the reporter's; else at first. */
static size_t past_lead_in(const indirect_pass *x, size_t first, size_t end)
{
    for (size_t k = end; k-- > first + 1;)
        if (frnp_q_is_char(x->q, k, ':') && !x->in_marks[k] && frnp_q_is_mark(x->q, k + 1))
            return k + 1;
    return first;
}

static void set_piece(frame *f, size_t first, size_t last);

/* Whether every word of [first, last) is inside quotation marks. */
static int all_in_marks(const indirect_pass *x, size_t first, size_t last)
{
    for (size_t i = first; i < last; i++)
        if (frnp_q_is_word(x->q, i) && !x->in_marks[i])
            return 0;
    return 1;
}

/* The end of the clause before the speaker or cue at k, past its comma,
 * or with its closing quotation mark ("“...,” X said"). */
static size_t piece_before(const frnp_qtext *q, size_t k)
{
    return frnp_q_is_mark(q, k - 1) ? k : k - 1;
}

/* "CLAUSE, the agency said in a report, and CLAUSE": the second piece. */
static void add_continuation(const indirect_pass *x, frame *f, size_t comma, size_t stop)
{
    size_t start = comma + 1;

    if (comma >= stop)
        return;
    if (start < stop && is_conjunction(x->q, start))
        start++;
    if (count_words(x->q, start, stop) >= MIN_CONTENT_WORDS)
        set_piece(f, start, clause_end(x, start, stop));
}

/* "said Friday that": a capitalised word after the cue that begins no
 * name and is no title, pronoun or article: a day or a month. */
static int is_day_word(const indirect_pass *x, size_t k)
{
    const frnp_qtext *q = x->q;

    return frnp_q_is_word(q, k) && !x->in_marks[k] && frnp_q_is_capitalized(q, k) && !frnp_q_in_title_case(q, k) &&
           frnp_q_is(q, k, FRNP_W_NON_NAME) &&
           !frnp_q_is(q, k, FRNP_W_HONORIFIC | FRNP_W_PRONOUN | FRNP_W_DETERMINER | FRNP_W_CONJUNCTION);
}

static size_t past_punctuation(const frnp_qtext *q, size_t start, size_t stop)
{
    while (start < stop && (frnp_q_is_char(q, start, ',') || frnp_q_is_char(q, start, ':')))
        start++;
    return start;
}

static int follows_complementiser(const frnp_qtext *q, size_t first)
{
    return first > 0 && frnp_q_is(q, first - 1, FRNP_W_COMPLEMENTISER);
}

/* "called for more investment in a statement on Thursday": where an
 * adjunct naming the statement, ruling or speech that carried the words
 * ends the content, the index of its opener, else end. Only the last
 * words can be that adjunct: a bounded look back. */
static size_t medium_adjunct(const indirect_pass *x, size_t start, size_t end)
{
    const frnp_qtext *q = x->q;
    size_t k = end, words = 0;

    while (k > start && words < TAIL_MAX_WORDS)
        words += frnp_q_is_word(q, --k);
    for (; k + 2 < end; k++) {
        if (x->in_marks[k] || !frnp_q_is(q, k, FRNP_W_ADJUNCT) || frnp_q_is_capitalized(q, k) ||
            !frnp_q_is(q, k + 1, FRNP_W_DETERMINER))
            continue;
        for (size_t n = k + 2; n < end && n <= k + 3; n++)
            if (frnp_token_in(frnp_q_token(q, n), FRNP_LEX_MEDIUM_NOUN) &&
                !(n + 1 < end && frnp_q_is_dash(q, n + 1)))
                return k;
    }
    return end;
}

/* The object of a speech act (no clause after "said" or "that") ends
 * before the reporter's adjunct: one naming its medium, one opened by an
 * object ender ("during a campaign stop", "when he ran", "but has been
 * rebuffed"), or a day ("in July", "on Thursday"). */
static size_t object_end(const indirect_pass *x, size_t cue, size_t start, size_t end)
{
    const frnp_qtext *q = x->q;
    size_t first = start + MIN_CONTENT_WORDS - 1;

    if (frnp_q_is(q, cue, FRNP_W_CUE) || follows_complementiser(q, start) || first >= end)
        return end;
    end = medium_adjunct(x, first, end);
    for (size_t j = first; j < end; j++)
        if (!x->in_marks[j] && (frnp_token_in(frnp_q_token(q, j), FRNP_LEX_OBJECT_ENDER) ||
                                (j + 1 < end && frnp_q_is(q, j, FRNP_W_ADJUNCT) && is_day_word(x, j + 1)))) {
            end = j;
            break;
        }
    while (end > first && !frnp_q_is_word(q, end - 1) && !frnp_q_is_mark(q, end - 1))
        end--; /* "..., " or "... --" before the adjunct */
    return end;
}

/* "said before he left", "spoke as he entered the hall", "described as a
 * failure": content opened right after the cue by a subordinator, with no
 * comma before a main clause, is the reporter's adjunct, not what was said. */
static int is_reporters_subordinate(const indirect_pass *x, size_t start, size_t end)
{
    const frnp_qtext *q = x->q;

    if (start >= end || x->in_marks[start] || follows_complementiser(q, start) ||
        !frnp_q_is_word(q, start - 1) || !frnp_token_in(frnp_q_token(q, start), FRNP_LEX_CUE_SUBORDINATOR))
        return 0;
    for (size_t k = start + 1; k < end; k++)
        if (!x->in_marks[k] && frnp_q_is_char(q, k, ','))
            return 0;
    return 1;
}


/* The token after a short title in quotation marks within an adjunct
 * ("im „Morgenmagazin“", "im ZDF-„Morgenmagazin“"): at k its opening mark
 * after an adjunct word or an article, or a hyphen and the mark; at most
 * TITLE_MAX_WORDS words; its closing mark. k when there is none: "am
 * Montag „Wir ...“" opens a quotation. */
static size_t quoted_title_end(const indirect_pass *x, size_t k, size_t stop)
{
    const frnp_qtext *q = x->q;
    int hyphen = frnp_q_is_char(q, k, '-');
    size_t open = hyphen ? k + 1 : k, j = open + 1, words = 0;

    if (j >= stop || !frnp_q_is_mark(q, open) ||
        !(hyphen || frnp_q_is(q, k - 1, FRNP_W_ADJUNCT | FRNP_W_DETERMINER)))
        return k;
    for (; j < stop && !frnp_q_is_mark(q, j) && words <= TITLE_MAX_WORDS; j++)
        words += frnp_q_is_word(q, j);
    if (words == 0 || words > TITLE_MAX_WORDS || j >= stop || !frnp_q_is_mark(q, j))
        return k;
    return j + 1;
}

/* The end of the title in quotation marks of the one told, right after
 * the cue or its article ("told “Fox News”", "sagte der „Bild am
 * Sonntag“"); start when there is none. */
static size_t told_title_end(const indirect_pass *x, size_t start, size_t stop)
{
    const frnp_qtext *q = x->q;

    for (size_t open = start; open < start + 2 && open < stop; open++)
        for (size_t close = open + 1; close < stop && close <= open + NAMED_TITLE_TOKENS; close++)
            if (frnp_q_is_mark(q, close) && frnp_attribution_named_title(q, open, close + 1))
                return close + 1;
    return start;
}

/* Where the content after a cue starts: after its complementiser when one
 * follows closely ("said in a statement that ..."), else after the cue,
 * its punctuation and, for "told", the one told. */
static size_t content_start(const indirect_pass *x, size_t cue_first, size_t cue_end, size_t stop)
{
    const frnp_qtext *q = x->q;
    size_t start = cue_end;

    int told = frnp_q_is(q, cue_first, FRNP_W_TELL), day = start < stop && is_day_word(x, start);
    size_t title_end = told ? told_title_end(x, start, stop) : start;

    /* "fügte hinzu, dass ...": German sets the complementiser off by a comma. */
    if (start + 1 < stop && frnp_q_is_char(q, start, ',') && frnp_q_is(q, start + 1, FRNP_W_COMPLEMENTISER))
        return past_punctuation(q, start + 2, stop);

    /* "that" right after the cue, or after an adjunct, a day or the one told. */
    if (start < stop && (frnp_q_is(q, start, FRNP_W_COMPLEMENTISER | FRNP_W_ADJUNCT) || told || day))
        for (size_t k = title_end; k < stop && k < title_end + COMPLEMENTISER_WINDOW; k++) {
            /* A report verb after an article is a noun: "wrote in a note to
             * clients that". */
            if ((frnp_q_is_mark(q, k) && (k == cue_end || (k + 1 < stop && x->in_marks[k + 1]))) ||
                frnp_q_is(q, k, FRNP_W_PRONOUN) ||
                (frnp_q_is(q, k, FRNP_W_REPORT) && !frnp_q_is(q, k - 1, FRNP_W_DETERMINER)))
                break;
            /* "said that was not true": "that" before a verb is the
             * content's subject, no complementiser. */
            if (frnp_q_is(q, k, FRNP_W_COMPLEMENTISER) && k + 1 < stop &&
                frnp_q_is(q, k + 1, FRNP_W_BE | FRNP_W_MODIFIER))
                return k;
            if (frnp_q_is(q, k, FRNP_W_COMPLEMENTISER))
                return past_punctuation(q, k + 1, stop); /* "that, “...”" */
        }
    /* "sagte am Sonntag, man habe ...", "said on Monday, the plant ...":
     * an adjunct of prepositions, articles and names or nouns (German
     * capitalises every noun), then the comma before the content; not
     * "said while the dredging is overdue, ...", a clause of its own. */
    if (start < stop && frnp_q_is(q, start, FRNP_W_ADJUNCT) && !x->in_marks[start])
        for (size_t k = start + 1; k + 1 < stop && k <= start + TAIL_MAX_WORDS; k++) {
            size_t title_end = quoted_title_end(x, k, stop);
            if (title_end > k) {
                k = title_end - 1; /* "im ZDF-„Morgenmagazin“" */
                continue;
            }
            if (x->in_marks[k] || !(frnp_q_is_char(q, k, ',') || frnp_q_is_capitalized(q, k) ||
                                    frnp_q_is(q, k, FRNP_W_ADJUNCT | FRNP_W_DETERMINER)))
                break;
            if (frnp_q_is_char(q, k, ',')) {
                k = past_punctuation(q, k, stop);
                return k < stop && frnp_q_is(q, k, FRNP_W_COMPLEMENTISER) ? past_punctuation(q, k + 1, stop) : k;
            }
        }
    if (told && start < stop) {
        size_t after = frnp_attribution_phrase_after(q, start);
        if (title_end > start)
            after = title_end;
        /* "told reporters", "told the crowd": a word, after its article. */
        if (after == start && start + 2 < stop && frnp_q_is(q, start, FRNP_W_DETERMINER))
            after = start + 2;
        start = after > start ? after : start + 1;
    }
    if (day)
        start++; /* "said Tuesday the plant ..." */
    else if (start + 2 < stop && frnp_q_is(q, start, FRNP_W_ADJUNCT) && is_day_word(x, start + 1))
        start += 2; /* "said on Thursday it would ..." */
    return past_punctuation(q, start, stop);
}

/* "Roe, 56, who has served on the board for a decade, told ...", "Hale --
 * co-editor of a book on the budget -- said": the name opening the
 * sentence, then appositions set off by commas or dashes up to the cue. */
static int apposed_subject(const indirect_pass *x, size_t first, size_t cue, size_t *sf, size_t *sl)
{
    const frnp_qtext *q = x->q;
    size_t end = frnp_attribution_subject_end(q, first, cue), head = frnp_attribution_phrase_after(q, first);

    if (head == first || head + 1 >= end || end - first > APPOSED_MAX_TOKENS)
        return 0;
    if (!(frnp_q_is_char(q, head, ',') || frnp_q_is_dash(q, head)) ||
        !(frnp_q_is_char(q, end - 1, ',') || frnp_q_is_dash(q, end - 1)))
        return 0;
    for (size_t k = head; k < end; k++)
        if (x->in_marks[k] || frnp_q_is_mark(q, k) || frnp_q_is_char(q, k, ';') || frnp_q_is_char(q, k, ':'))
            return 0;
    *sf = first;
    *sl = head;
    return 1;
}

/* ", and human rights groups warned": a clause joined by a comma and a
 * conjunction opens at token start. */
static int after_comma_conjunction(const frnp_qtext *q, size_t first, size_t start)
{
    return start >= first + 2 && is_conjunction(q, start - 1) && frnp_q_is_char(q, start - 2, ',');
}

/* "Although Trump has admitted using the tax code, he does not defend
 * it": a cue inside the subordinate clause a sentence opens with reports
 * to that clause's comma; the main clause is the reporter's. */
static size_t opening_clause_end(const indirect_pass *x, size_t first, size_t cue, size_t start, size_t end)
{
    const frnp_qtext *q = x->q;

    if (!frnp_q_is(q, first, FRNP_W_ADJUNCT | FRNP_W_CLAUSE_STOP) &&
        !frnp_token_in(frnp_q_token(q, first), FRNP_LEX_OBJECT_ENDER))
        return end;
    for (size_t k = first; k < cue; k++)
        if (frnp_q_is_char(q, k, ',') && !x->in_marks[k])
            return end; /* "In a statement, X said ...": the cue is in the main clause */
    for (size_t k = start; k < end; k++)
        if (frnp_q_is_char(q, k, ',') && !x->in_marks[k])
            return k;
    return end;
}

/* "experts on North Korea and nuclear nonproliferation said", "observers
 * in Virginia and around the country say": a subject opening the sentence
 * whose modifier after a preposition holds the "and" before `start`. Where
 * the subject starts (after an opening "But"), or FRNP_NO_TOKEN when the
 * words from the sentence's start are no such phrase. */
static size_t modified_subject_start(const indirect_pass *x, size_t first, size_t start)
{
    const frnp_qtext *q = x->q;
    size_t from = first + (frnp_q_is(q, first, FRNP_W_CONJUNCTION) ? 1 : 0);
    int modified = 0;

    if (start - from > SENTENCE_SUBJECT_MAX_WORDS || !is_conjunction(q, start - 1))
        return FRNP_NO_TOKEN;
    for (size_t k = from; k + 1 < start; k++) {
        if (!(frnp_q_is_word(q, k) || frnp_q_inside_name(q, k)) || x->in_marks[k] ||
            frnp_q_is(q, k, FRNP_W_COMPLEMENTISER | FRNP_W_REPORT | FRNP_W_CUE | FRNP_W_PRONOUN))
            return FRNP_NO_TOKEN;
        modified |= k > from && frnp_q_is(q, k, FRNP_W_ADJUNCT | FRNP_W_CONNECTOR);
    }
    return modified ? from : FRNP_NO_TOKEN;
}

/* Whether the word at k ends in a possessive "'s" ("Scott's"). */
static int is_possessive(const frnp_qtext *q, size_t k)
{
    const frnp_token *t = frnp_q_token(q, k);

    return frnp_possessive_base(q->src + t->start, t->end - t->start) < t->end - t->start;
}

/* "-ly" ending a lower-case word of five letters or more, not after an
 * article or a possessive: an adverb ("promptly", "egregiously"), where
 * "the family" and "Scott's family" are nouns. */
static int is_ly_adverb(const frnp_qtext *q, size_t k)
{
    const frnp_token *t = frnp_q_token(q, k);

    return frnp_q_is_word(q, k) && !frnp_q_is_capitalized(q, k) && t->end - t->start >= 5 &&
           q->src[t->end - 2] == 'l' && q->src[t->end - 1] == 'y' &&
           !(k > 0 && (frnp_q_is(q, k - 1, FRNP_W_DETERMINER) || is_possessive(q, k - 1)));
}

/* What opens an adjunct or a subordinate clause, not a subject: "when",
 * "after", "as", "for". */
static int opens_adjunct_or_clause(const frnp_qtext *q, size_t k)
{
    return frnp_q_is(q, k, FRNP_W_ADJUNCT | FRNP_W_CLAUSE_STOP | FRNP_W_PARTICLE) &&
           !frnp_q_is(q, k, FRNP_W_RELATIVE | FRNP_W_DETERMINER);
}

/* A lower-case subject standing at the start of its clause ("officials
 * said", "the source added", "while 73 percent said"), or a relative
 * pronoun ("an architect who said"), when no name or role names the
 * speaker. Returns 1 with the subject, UNKNOWN_SUBJECT (no subject set)
 * when the words there cannot be one (a subordinator, an adverb or a day
 * alone), 0 when no clause starts there. */
static int generic_subject(const indirect_pass *x, size_t first, size_t cue, size_t *sf, size_t *sl)
{
    const frnp_qtext *q = x->q;
    size_t end = frnp_attribution_subject_end(q, first, cue), start;

    /* "an architect who said": the relative pronoun. */
    if (end > first && frnp_q_is(q, end - 1, FRNP_W_RELATIVE)) {
        *sf = end - 1;
        *sl = end;
        return 1;
    }
    start = end;
    while (start > first && end - start < SENTENCE_SUBJECT_MAX_WORDS &&
           (frnp_q_is_word(q, start - 1) || frnp_q_inside_name(q, start - 1)) &&
           !frnp_q_is(q, start - 1, FRNP_W_COMPLEMENTISER) &&
           !(start < end && frnp_q_is(q, start - 1, FRNP_W_REPORT)) &&
           !x->in_marks[start - 1] &&
           !is_conjunction(q, start - 1))
        start--;
    /* A longer subject only where the sentence opens with it ("A 2014
     * study by a law school professor found"). */
    if (start > first && end - start > GENERIC_SUBJECT_MAX_WORDS)
        start = end - GENERIC_SUBJECT_MAX_WORDS;
    /* A colon opens a clause as a sentence's start does ("Frustration
     * with police: civil rights activists say ..."). */
    int opens = start == first || frnp_q_is_char(q, start - 1, ':');

    if (start == end || !(opens || frnp_q_is_char(q, start - 1, ',') ||
                          frnp_q_is(q, start - 1, FRNP_W_COMPLEMENTISER) || is_conjunction(q, start - 1) ||
                          frnp_q_is(q, start - 1, FRNP_W_ADJUNCT | FRNP_W_CLAUSE_STOP)))
        return 0;
    if (end - start > 1 && !frnp_q_is(q, start, FRNP_W_DETERMINER) && !opens &&
        !frnp_q_is_char(q, start - 1, ',') && !after_comma_conjunction(q, first, start) &&
        (start = modified_subject_start(x, first, start)) == FRNP_NO_TOKEN)
        return 0;
    /* "when the state", "although few experts": the subordinator is no
     * part of the subject; "as I truly": nor an adverb before the verb. */
    while (start < end && opens_adjunct_or_clause(q, start))
        start++;
    while (end > start + 1 && is_ly_adverb(q, end - 1))
        end--;
    if (start == end || (end == start + 1 && (is_ly_adverb(q, start) || is_day_word(x, start)))) {
        *sf = *sl = FRNP_NO_TOKEN; /* "After saying", "and promptly voted", "called Friday for" */
        return UNKNOWN_SUBJECT;
    }
    *sf = start;
    *sl = end;
    return 1;
}

/* "His ex-wife agreed, but ...": a few plain words after an article or a
 * possessive opening the sentence, up to its first reporting verb before
 * `end`. Where they end, or first when the sentence opens otherwise. */
static size_t common_noun_opening(const indirect_pass *x, size_t first, size_t end)
{
    const frnp_qtext *q = x->q;
    size_t k = first + 1;

    if (!frnp_q_is(q, first, FRNP_W_DETERMINER))
        return first;
    while (k < end && k - first <= GENERIC_SUBJECT_MAX_WORDS && !x->in_marks[k] &&
           (frnp_q_is_word(q, k) || frnp_q_joins_words(q, k)) && !is_reporting_verb(x, k, first))
        k++;
    return k > first + 1 && k < end && k - first <= GENERIC_SUBJECT_MAX_WORDS && is_reporting_verb(x, k, first)
               ? k : first;
}

/* "Cruz urged delegates to vote and said CLAUSE": a cue joined by "and"
 * or "but" to an earlier verb shares its subject, the speaker of an
 * earlier frame of the sentence or the phrase the sentence opens with. */
static int coordinated_subject(const indirect_pass *x, size_t first, size_t cue, size_t *sf, size_t *sl)
{
    const frnp_qtext *q = x->q;
    size_t end = cue, opening;

    while (end > first && (frnp_q_is(q, end - 1, FRNP_W_MODIFIER) || is_ly_adverb(q, end - 1)))
        end--; /* "and promptly voted" */
    if (end == first || !is_conjunction(q, end - 1))
        return 0;
    if (x->subject_first != FRNP_NO_TOKEN) {
        *sf = x->subject_first;
        *sl = x->subject_last;
        return 1;
    }
    opening = frnp_attribution_phrase_after(q, first);
    if (opening == first)
        opening = common_noun_opening(x, first, end);
    if (opening == first || opening + 1 >= end || !frnp_q_is_word(q, opening))
        return 0;
    *sf = first;
    *sl = opening;
    return 1;
}

/* The first of the direct stage's quotations starting at or after byte pos. */
static size_t first_direct_from(const indirect_pass *x, size_t pos)
{
    size_t lo = 0, hi = x->direct_count;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (x->list->items[mid].span.start < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Drop the direct stage's mixed quotations of a phrase inside [start, end). */
static void absorb_phrases(indirect_pass *x, frn_span piece)
{
    for (size_t k = first_direct_from(x, piece.start);
         k < x->direct_count && x->list->items[k].span.start < piece.end; k++) {
        frn_quote *quote = &x->list->items[k];
        if (quote->type == FRN_QUOTE_MIXED && quote->span.end <= piece.end) {
            frnp_quote_clear(quote);
            quote->type = FRN_QUOTE_NONE;
        }
    }
}

/* The marks' spans inside a piece, as the quotation's quoted parts. */
static void add_quoted(const indirect_pass *x, frn_quote *quote, frn_span piece)
{
    size_t lo = 0, hi = x->marks->count;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (x->marks->items[mid].end <= piece.start)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t m = lo; m < x->marks->count && x->marks->items[m].start < piece.end; m++) {
        frn_span s = x->marks->items[m];
        if (quote->quoted_count == FRNP_QUOTE_MAX_QUOTED)
            return;
        if (s.start < piece.start)
            s.start = piece.start;
        if (s.end > piece.end)
            s.end = piece.end;
        if (s.start < s.end)
            quote->quoted[quote->quoted_count++] = s;
    }
}

static frn_span piece_span(const frnp_qtext *q, const size_t piece[2])
{
    return (frn_span){frnp_q_token(q, piece[0])->start, frnp_q_token(q, piece[1] - 1)->end};
}

static int emit(indirect_pass *x, const frame *f)
{
    const frnp_qtext *q = x->q;
    size_t words = 0, quoted = 0;
    frn_quote *quote;

    for (size_t p = 0; p < f->piece_count; p++)
        for (size_t i = f->pieces[p][0]; i < f->pieces[p][1]; i++)
            if (frnp_q_is_word(q, i)) {
                words++;
                quoted += x->in_marks[i];
            }
    /* Content all in quotation marks is the direct stage's, but for
     * '..., adding that “...”', which it leaves to this one. */
    if (words < MIN_CONTENT_WORDS ||
        (quoted == words && !f->introduced && !follows_complementiser(q, f->pieces[0][0])))
        return 1;
    quote = frnp_quote_list_push(x->list);
    if (!quote)
        return 0;
    quote->type = f->introduced ? FRN_QUOTE_DIRECT : quoted ? FRN_QUOTE_MIXED : FRN_QUOTE_INDIRECT;
    for (size_t p = 0; p < f->piece_count; p++) {
        frn_span span;
        if (f->pieces[p][0] >= f->pieces[p][1])
            continue;
        span = piece_span(q, f->pieces[p]);
        quote->fragments[quote->fragment_count++] = span;
        if (quoted) {
            add_quoted(x, quote, span);
            absorb_phrases(x, span);
        }
    }
    /* A title between the cue and the content ("said on “Meet the
     * Press”, ...") is the cue's adjunct, no quotation of its own. */
    if (f->cue_last < f->pieces[0][0])
        absorb_phrases(x, (frn_span){frnp_q_token(q, f->cue_last)->start, frnp_q_token(q, f->pieces[0][0])->start});
    quote->cue_span = (frn_span){frnp_q_token(q, f->cue_first)->start, frnp_q_token(q, f->cue_last - 1)->end};
    quote->mention_first = f->subject_first;
    quote->mention_last = f->subject_last;
    quote->attribution_confidence = f->confidence * q->words[f->cue_first].weight;
    return frnp_quote_set_text(quote, q->src);
}

static void set_piece(frame *f, size_t first, size_t last)
{
    f->pieces[f->piece_count][0] = first;
    f->pieces[f->piece_count][1] = last;
    f->piece_count++;
}

/* The end of a source named without a comma after it, starting at s: a
 * name or noun run, opened by its article or not ("der Polizei"), with a
 * genitive after it ("Angaben der Polizei"); s when there is none. */
/* A connector between two capitalised words of a name: "Landesamt für
 * Umwelt", "Procter & Gamble". */
static int connects_capitals(const indirect_pass *x, size_t k)
{
    const frnp_qtext *q = x->q;

    return k > 0 && k + 1 < q->tokens.count && frnp_q_is(q, k, FRNP_W_CONNECTOR) && !frnp_q_is_capitalized(q, k) &&
           frnp_q_is_capitalized(q, k - 1) && frnp_q_is_capitalized(q, k + 1) && !x->in_marks[k + 1];
}

/* The end of the run of capitalised words from e, before stop, with
 * hyphens ("Robert-Koch-Instituts") and connectors between them. */
static size_t capitals_end(const indirect_pass *x, size_t e, size_t stop)
{
    while (e < stop && !x->in_marks[e] &&
           (frnp_q_is_capitalized(x->q, e) || frnp_q_inside_name(x->q, e) || (e + 1 < stop && connects_capitals(x, e))))
        e++;
    return e;
}

static size_t source_run_end(const indirect_pass *x, size_t s, size_t stop)
{
    const frnp_qtext *q = x->q;
    size_t e = s;

    if (e + 1 < stop && frnp_q_is(q, e, FRNP_W_DETERMINER) && frnp_q_is_capitalized(q, e + 1))
        e++;
    e = capitals_end(x, e, stop);
    if (e == s || count_words(q, s, e) > SOURCE_RUN_MAX_WORDS)
        return s;
    /* A genitive: "Angaben der Polizei", "einer Studie der Universität Kassel". */
    if (e + 1 < stop && frnp_q_is(q, e, FRNP_W_DETERMINER) && frnp_q_is_capitalized(q, e + 1)) {
        size_t genitive = capitals_end(x, e + 1, stop);
        if (count_words(q, e + 1, genitive) <= SOURCE_RUN_MAX_WORDS)
            e = genitive;
    }
    return e;
}

/* "Laut Keller fehlen dem Land die Mittel.", "Nach Angaben der Polizei
 * wurde niemand verletzt.": German sets no comma after the source, so
 * without one the source is the run after the according words and the
 * rest of the clause is what it says. */
static int source_without_comma(indirect_pass *x, size_t s, size_t stop, frame *f)
{
    size_t e = source_run_end(x, s, stop);

    if (e == s || count_words(x->q, e, stop) < MIN_CONTENT_WORDS)
        return 0;
    f->subject_last = e;
    set_piece(f, e, clause_end(x, e, stop));
    return 1;
}

/* "Die Ursache ist laut Polizei noch unklar.": the source inside the
 * clause, without commas; the clause around it is what it says. */
static int source_inside_clause(indirect_pass *x, size_t first, size_t c, size_t s, size_t stop, frame *f)
{
    size_t e = source_run_end(x, s, stop), end;

    if (e == s)
        return 0;
    end = clause_end(x, e, stop);
    if (count_words(x->q, first, c) + count_words(x->q, e, end) < MIN_CONTENT_WORDS)
        return 0;
    f->subject_last = e;
    set_piece(f, first, c);
    if (e < end)
        set_piece(f, e, end);
    return 1;
}

/* "According to the labor minister, Jane Roe, CLAUSE", "Selon le
 * ministre du Travail, Olivier Dussopt, ...": a source that is a role
 * (a role word in it) at [s, comma), then the holder's name between that
 * comma and the next. The second comma, or `comma` when there is none. */
static size_t apposed_name_end(const indirect_pass *x, size_t s, size_t comma, size_t stop)
{
    const frnp_qtext *q = x->q;
    size_t end = frnp_attribution_phrase_after(q, comma + 1);
    int role = 0;

    for (size_t k = s; k < comma; k++)
        role |= frnp_q_is(q, k, FRNP_W_ROLE);
    if (!role || end == comma + 1 || end >= stop || !frnp_q_is_char(q, end, ',') || x->in_marks[comma + 1])
        return comma;
    for (size_t k = comma + 1; k < end; k++)
        if (!frnp_q_is_capitalized(q, k) && !frnp_q_inside_name(q, k))
            return comma;
    return end;
}

/* "According to X, CLAUSE." / "CLAUSE, according to X[, CLAUSE]." */
static int according_frame(indirect_pass *x, size_t first, size_t stop, size_t c, size_t len, frame *f)
{
    const frnp_qtext *q = x->q;
    size_t s = c + len, e;

    /* "Nach Angaben von Experten", "nach Worten aus Regierungskreisen":
     * the source after its preposition. */
    if (s + 1 < stop && frnp_token_in(frnp_q_token(q, s), FRNP_LEX_SOURCE_PREPOSITION) && !x->in_marks[s] &&
        (frnp_q_is_capitalized(q, s + 1) || frnp_q_is(q, s + 1, FRNP_W_DETERMINER)))
        s++;
    e = s;
    while (e < stop && e - s < ACCORDING_MAX_TOKENS && !frnp_q_is_char(q, e, ',') && !x->in_marks[e])
        e++;
    if (e == s || e - s >= ACCORDING_MAX_TOKENS)
        return 0;
    frame_start(f, c, c + len, s, e, CONFIDENCE_ACCORDING);
    if (c == first || (c == first + 1 && is_conjunction(q, first))) {
        size_t name_end;
        if (e >= stop)
            return source_without_comma(x, s, stop, f);
        if ((name_end = apposed_name_end(x, s, e, stop)) != e) {
            f->subject_first = e + 1; /* "According to the minister, Jane Roe, ..." */
            f->subject_last = name_end;
            e = name_end;
        }
        set_piece(f, e + 1, clause_end(x, e + 1, stop));
        return 1;
    }
    if (!frnp_q_is_char(q, c - 1, ','))
        return source_inside_clause(x, first, c, s, stop, f);
    set_piece(f, past_lead_in(x, first, c), piece_before(q, c));
    if (e + 1 < stop)
        set_piece(f, e + 1, clause_end(x, e + 1, stop));
    return 1;
}

/* "Dem Sprecher zufolge brach das Feuer aus.", "Das Feuer brach dem
 * Sprecher zufolge aus.": German names the source before the word; the
 * source is the noun or name run before it ("dem Landesamt für Umwelt"),
 * with its article and a genitive ("dem Bericht der Polizei"), and the
 * clause around it is what it says. */
static int according_after_frame(indirect_pass *x, size_t first, size_t stop, size_t c, frame *f)
{
    const frnp_qtext *q = x->q;
    size_t k = c, end;

    /* The run and its article, then once more when the run was a
     * genitive after a noun ("dem Bericht | der Polizei"). */
    for (int level = 0; level < 2; level++) {
        size_t run = k;
        while (k > first && count_words(q, k, run) < SOURCE_RUN_MAX_WORDS &&
               (frnp_q_is_capitalized(q, k - 1) || frnp_q_inside_name(q, k - 1) || connects_capitals(x, k - 1)) &&
               !x->in_marks[k - 1])
            k--;
        if (k == run)
            return 0;
        if (!(k > first && frnp_q_is(q, k - 1, FRNP_W_DETERMINER)))
            break;
        k--;
        if (!(k > first && frnp_q_is_capitalized(q, k - 1)))
            break;
    }
    end = clause_end(x, c + 1, stop);
    if (count_words(q, first, k) + count_words(q, c + 1, end) < MIN_CONTENT_WORDS)
        return 0;
    frame_start(f, c, c + 1, k, c, CONFIDENCE_ACCORDING);
    if (k > first)
        set_piece(f, first, k);
    if (c + 1 < end)
        set_piece(f, c + 1, end);
    return 1;
}

/* "Die Gespräche seien gescheitert, hieß es aus Kreisen der
 * Gewerkschaft.", "Aus dem Ministerium hieß es, man beobachte die Lage.":
 * an impersonal cue reports the clause before its comma or after it; its
 * source, if any, is the phrase after the cue or the one opening the
 * sentence before it. */
static int impersonal_frame(indirect_pass *x, size_t first, size_t stop, size_t c, size_t len, frame *f)
{
    const frnp_qtext *q = x->q;
    size_t sf, sl, end = frnp_attribution_impersonal_source(q, c + len, stop, &sf, &sl), start;

    if (end == c + len && c > first && frnp_attribution_impersonal_source(q, first, c, &sf, &sl) != c)
        sf = sl = FRNP_NO_TOKEN; /* the opening phrase is no source */
    frame_start(f, c, c + len, sf, sl, CONFIDENCE_IMPERSONAL);
    if (c > first + 1 && frnp_q_is_char(q, c - 1, ',')) {
        if (all_in_marks(x, first, c - 1) || count_words(q, first, c - 1) < MIN_CONTENT_WORDS)
            return 0; /* "„...“, hieß es": the direct stage's */
        set_piece(f, past_lead_in(x, first, c), piece_before(q, c));
        return 1;
    }
    if (end >= stop || !frnp_q_is_char(q, end, ','))
        return 0;
    start = end + 1;
    end = clause_end(x, start, stop);
    if (all_in_marks(x, start, end) || count_words(q, start, end) < MIN_CONTENT_WORDS)
        return 0;
    set_piece(f, start, end);
    return 1;
}

/* The colon after an adjunct that opens right after a cue ("widersprach
 * im Interview mit der „Zeit“: „...“"): before any comma or
 * complementiser, within LEAD_IN_ADJUNCT_MAX tokens of cue_end; cue_end
 * itself when there is none ("said she has the quality: “...”" reports
 * its clause). */
static size_t adjunct_colon(const indirect_pass *x, size_t cue_end, size_t stop)
{
    const frnp_qtext *q = x->q;

    if (cue_end >= stop || !frnp_q_is(q, cue_end, FRNP_W_ADJUNCT))
        return cue_end;
    for (size_t k = cue_end; k < stop && k - cue_end <= LEAD_IN_ADJUNCT_MAX; k++) {
        if (frnp_q_is_char(q, k, ':') && !x->in_marks[k])
            return k;
        if (frnp_q_is_char(q, k, ',') || frnp_q_is(q, k, FRNP_W_COMPLEMENTISER))
            break;
    }
    return cue_end;
}

/* "X said, “...”", "X said on Monday: “...”": the cue introduces a direct
 * quotation, the direct stage's; it reports no clause of its own. */
static int introduces_marks(const indirect_pass *x, size_t cue_end, size_t stop)
{
    const frnp_qtext *q = x->q;
    size_t k = adjunct_colon(x, cue_end, stop);

    if (k < stop && (frnp_q_is_char(q, k, ',') || frnp_q_is_char(q, k, ':')))
        k++;
    return k > cue_end && k + 1 < stop && frnp_q_is_mark(q, k) && x->in_marks[k + 1];
}

/* "“...,” X said": the subject follows a closing quotation mark. */
static int follows_marks(const frnp_qtext *q, size_t first, size_t sf)
{
    return (sf > first && frnp_q_is_mark(q, sf - 1)) ||
           (sf > first + 1 && frnp_q_is_char(q, sf - 1, ',') && frnp_q_is_mark(q, sf - 2));
}

/* "The museum, Mr. Obama said, would make visitors ...": the reported
 * clause's subject, too short to be a clause, before an attribution set
 * off by commas; the clause goes on after it. An adjunct before it ("On
 * Monday, X said, ...") is the reporter's. */
static int splits_short_head(const indirect_pass *x, size_t first, size_t sf, size_t verb, size_t verb_end,
                             size_t after_end)
{
    const frnp_qtext *q = x->q;
    size_t tail_end = tail_stop(x, verb_end, after_end);

    return sf > first + 1 && frnp_q_is_char(q, sf - 1, ',') && !x->in_marks[first] &&
           sf - 1 - first < MIN_CONTENT_WORDS && !frnp_q_is(q, first, FRNP_W_ADJUNCT) &&
           !is_conjunction(q, first) && tail_end < after_end && is_adjunct_tail(x, verb, verb_end, tail_end);
}

/* Whether the direct stage made a quotation starting at byte pos. */
static int made_by_direct_stage(const indirect_pass *x, size_t pos)
{
    size_t lo = first_direct_from(x, pos);

    return lo < x->direct_count && x->list->items[lo].span.start == pos && x->list->items[lo].type != FRN_QUOTE_NONE;
}

/* "He defended the remark, saying, “...”": a participle whose subject
 * the direct stage did not find introduces a direct quotation by the
 * sentence's speaker, to its closing mark. */
static int participle_introduces_marks(indirect_pass *x, size_t first, size_t c, size_t cue_end, frame *f)
{
    const frnp_qtext *q = x->q;
    size_t open = cue_end + 1, end;

    if (!is_participle(q, c) || x->subject_first == FRNP_NO_TOKEN || c == first || !frnp_q_is_char(q, c - 1, ',') ||
        made_by_direct_stage(x, frnp_q_token(q, open + 1)->start))
        return 0;
    for (end = open + 1; end < q->tokens.count && x->in_marks[end]; end++)
        ;
    f->subject_first = x->subject_first;
    f->subject_last = x->subject_last;
    f->confidence = CONFIDENCE_INHERITED;
    f->introduced = 1;
    set_piece(f, open + 1, end);
    return 1;
}

/* Whether a speaker phrase at k opens a clause before c: not an adjunct,
 * not set off by a comma, not the agent of a passive. *end is past it. */
static int opens_clause(const indirect_pass *x, size_t k, size_t c, size_t *end)
{
    const frnp_qtext *q = x->q;

    *end = frnp_attribution_phrase_after(q, k);
    return *end > k && *end < c && !frnp_q_is(q, k, FRNP_W_ADJUNCT | FRNP_W_PARTICLE) &&
           !frnp_q_is_char(q, *end, ',') && !x->in_marks[k] &&
           !frnp_token_in(frnp_q_token(q, *end), FRNP_LEX_AGENT_PREPOSITION);
}

/* The token after the first comma from k, a few words on and before c,
 * outside quotation marks; c when there is none. */
static size_t past_comma(const indirect_pass *x, size_t k, size_t c)
{
    for (size_t j = k; j < c && j - k < OPENING_ADJUNCT_MAX_TOKENS && !x->in_marks[j]; j++)
        if (frnp_q_is_char(x->q, j, ','))
            return j + 1;
    return c;
}

/* The speaker of ", claiming that CLAUSE" where no frame of the sentence
 * named one: the subject of a speech verb earlier in the sentence ("“...,”
 * he said, adding ..."), else the name the sentence opens with ("The
 * committee filed a complaint, claiming that ..."), else none (*sf is
 * FRNP_NO_TOKEN). Only participles that surely report speech, and a
 * bounded look back. */
static int participle_subject(const indirect_pass *x, size_t first, size_t c, size_t *sf, size_t *sl)
{
    const frnp_qtext *q = x->q;
    size_t opening;

    if (q->words[c].weight < PARTICIPLE_MIN_WEIGHT)
        return 0;
    for (size_t k = c; k-- > first && c - k < PARTICIPLE_LOOK_BACK;)
        if (!x->in_marks[k] && frnp_q_is(q, k, FRNP_W_CUE) && frnp_attribution_subject(q, first, k, sf, sl))
            return 1;
    /* Not an opening adjunct ("On Thursday, ...", "Chastened by ..."):
     * the subject after it, else the speaker is left unknown. */
    *sf = *sl = FRNP_NO_TOKEN;
    if (opens_clause(x, first, c, &opening)) {
        *sf = first;
        *sl = opening;
    } else
        for (size_t k = first, n = 0; n < OPENING_ADJUNCTS_MAX && (k = past_comma(x, k, c)) < c; n++)
            if (opens_clause(x, k, c, &opening)) {
                *sf = k;
                *sl = opening;
                break;
            }
    return 1;
}

/* "..., when the state incorrectly stated that CLAUSE": a speech verb or
 * a participle right before its "that" reports even where no subject is
 * found (a relative clause, a subject far back); the speaker is left
 * unknown rather than guessed. Not a word that is often a noun ("those
 * states that"). */
static int unnamed_frame(const indirect_pass *x, size_t c, size_t cue_end, size_t stop, frame *f)
{
    const frnp_qtext *q = x->q;
    size_t start;

    if (!(frnp_q_is(q, c, FRNP_W_CUE) || is_participle(q, c)) || frnp_q_is(q, c, FRNP_W_NEEDS_THAT) ||
        cue_end + 1 >= stop ||
        !frnp_q_is(q, cue_end, FRNP_W_COMPLEMENTISER) || x->in_marks[cue_end])
        return 0;
    start = past_punctuation(q, cue_end + 1, stop);
    f->confidence = CONFIDENCE_UNNAMED;
    set_piece(f, start, clause_end(x, start, stop));
    return 1;
}

/* Whether no comma or quotation stands from first to before c. */
static int unbroken_before(const indirect_pass *x, size_t first, size_t c)
{
    for (size_t k = first; k < c; k++)
        if (frnp_q_is_char(x->q, k, ',') || x->in_marks[k])
            return 0;
    return 1;
}

/* Whether the verb at c lies in an adjunct opening the sentence ("Back
 * when he wrote his book, ...", "In a message posted Friday, ..."): an
 * adjunct word first or second, and no comma or quotation before c. */
static int in_opening_adjunct(const indirect_pass *x, size_t first, size_t c)
{
    const frnp_qtext *q = x->q;

    return (frnp_q_is(q, first, FRNP_W_ADJUNCT) || (first + 1 < c && frnp_q_is(q, first + 1, FRNP_W_ADJUNCT))) &&
           unbroken_before(x, first, c);
}

/* Whether the sentence from first opens with a word after whose phrase
 * its language puts the verb second ("Am Montag sagte Merz", "Zuvor hatte
 * Merz erklärt"): its first verb is the main clause's. */
static int opens_verb_second(const frnp_qtext *q, size_t first)
{
    return frnp_token_in(frnp_q_token(q, first), FRNP_LEX_VERB_SECOND_OPENER);
}

/* "After calling for a vote, the mayor left": a participle opened by an
 * adjunct word, or any verb in an adjunct opening the sentence, reports
 * within its adverbial clause, which ends at the first comma outside
 * quotation marks; the main clause after it has its own frame. */
static size_t adverbial_clause_stop(const indirect_pass *x, size_t first, size_t c, size_t stop)
{
    const frnp_qtext *q = x->q;

    if (c == first || (!(is_participle(q, c) && frnp_q_is(q, c - 1, FRNP_W_ADJUNCT)) &&
                       (!in_opening_adjunct(x, first, c) || opens_verb_second(q, first))))
        return stop;
    for (size_t k = c + 1; k < stop; k++)
        if (!x->in_marks[k] && frnp_q_is_char(q, k, ','))
            return k;
    return stop;
}

/* "teilte am Montag mit, er werde ...": a separable verb's particle right
 * before the comma, a few words after the verb, ends the cue; the words
 * between are the verb's adjuncts, not the reported clause. */
static size_t separable_particle_end(const indirect_pass *x, size_t cue_end, size_t stop)
{
    const frnp_qtext *q = x->q;

    for (size_t k = cue_end; k + 1 < stop && k < cue_end + SEPARABLE_PARTICLE_MAX_GAP + 1; k++) {
        if (x->in_marks[k] || frnp_q_is_char(q, k, ',') || frnp_q_is_char(q, k, '.'))
            return cue_end;
        if (frnp_token_in(frnp_q_token(q, k), FRNP_LEX_CUE_PARTICLE_FINAL) && frnp_q_is_char(q, k + 1, ','))
            return k + 1;
    }
    return cue_end;
}

/* "CLAUSE, a déclaré le ministre.", "CLAUSE, a-t-elle ajouté.",
 * "CLAUSE, explique-t-il.": an inverted cue after an auxiliary that
 * inverts (not English "X, a doctor, has said"), or with a pronoun joined
 * by hyphens, read as the direct stage reads it after a
 * quotation; the clause before the comma is what it reports. */
static int inverted_after_auxiliary(const indirect_pass *x, size_t first, size_t c, frame *f)
{
    const frnp_qtext *q = x->q;
    frnp_attribution a;
    size_t comma = c;

    if (c > first + 1 && frnp_q_is(q, c - 1, FRNP_W_PRONOUN) && frnp_q_is_char(q, c - 2, '-'))
        comma = c - 2; /* "a-t-elle ajouté": the pronoun's hyphens, then its auxiliary */
    while (comma > first && c - comma < INVERSION_MAX_TOKENS && !frnp_q_is_char(q, comma - 1, ',') &&
           (frnp_token_in(frnp_q_token(q, comma - 1), FRNP_LEX_INVERTING_AUXILIARY) ||
            frnp_q_is_char(q, comma - 1, '-') ||
            frnp_q_is_char(q, comma - 1, 't')))
        comma--;
    if (comma <= first + 1 || !frnp_q_is_char(q, comma - 1, ',') || x->in_marks[comma - 1] ||
        (comma == c && !(c + 1 < q->tokens.count && frnp_q_is_char(q, c + 1, '-'))))
        return 0;
    /* The speaker follows ("..., a déclaré le ministre."); "X, a estimé
     * que ..." is X's own report, its subject apposed before the comma. */
    if (!frnp_attribution_after(q, comma, &a) || a.cue_first != c || a.mention_first >= a.mention_last ||
        all_in_marks(x, first, comma - 1) || count_words(q, first, comma - 1) < MIN_CONTENT_WORDS)
        return 0;
    frame_start(f, a.cue_first, a.cue_last, FRNP_NO_TOKEN, FRNP_NO_TOKEN, CONFIDENCE_SUBJECT_CUE);
    f->subject_first = a.mention_first;
    f->subject_last = a.mention_last;
    set_piece(f, past_lead_in(x, first, comma), piece_before(q, comma));
    return 1;
}

/* "Niemand wurde verletzt, wie die Polizei mitteilte.": a clause after
 * the reported one, opened by a source-clause opener, that names the
 * source and ends with its cue; the clause before the comma is what it
 * reports. */
static int source_clause_after(const indirect_pass *x, size_t first, size_t stop, size_t c, frame *f)
{
    const frnp_qtext *q = x->q;
    size_t sf, sl;

    if (c + 1 < stop && frnp_q_is_word(q, c + 1))
        return 0; /* the cue ends the clause */
    if (!frnp_attribution_subject(q, first, c, &sf, &sl) || sf < first + 2 ||
        !frnp_token_in(frnp_q_token(q, sf - 1), FRNP_LEX_SOURCE_CLAUSE_OPENER) ||
        !frnp_q_is_char(q, sf - 2, ',') || x->in_marks[sf - 2] || all_in_marks(x, first, sf - 2) ||
        count_words(q, first, sf - 2) < MIN_CONTENT_WORDS)
        return 0;
    frame_start(f, c, c + 1, sf, sl, CONFIDENCE_SUBJECT_CUE);
    set_piece(f, first, sf - 2);
    return 1;
}

/* "..., arguing that": a participle after a comma goes on from the
 * sentence's subject, never the phrase before the comma ("the death of a
 * man in Tulsa, Oklahoma, arguing"); participle_subject finds it. */
static int participle_after_comma(const frnp_qtext *q, size_t first, size_t c)
{
    return c > first + 1 && is_participle(q, c) && frnp_q_is_char(q, c - 1, ',');
}

/* "In defending himself, Trump offered ...": the subject of the main
 * clause after an adverbial clause's comma at `comma`, within the
 * sentence ending at stop. */
static int main_clause_subject(const indirect_pass *x, size_t comma, size_t stop, size_t *sf,
                               size_t *sl)
{
    size_t end;

    if (comma >= stop || !frnp_q_is_char(x->q, comma, ',') || !opens_clause(x, comma + 1, stop, &end))
        return 0;
    *sf = comma + 1;
    *sl = end;
    return 1;
}

/* "Am Montag erklärte Merz, ...", "Dann sagte die Ministerin, dass": in a
 * sentence whose verb comes second, the subject is the phrase right after
 * the verb, before the comma or complementiser of the content. */
static int verb_second_subject(const indirect_pass *x, size_t first, size_t c, size_t *sf, size_t *sl)
{
    const frnp_qtext *q = x->q;
    size_t verb_end = c + 1, end;

    if (c == first || !opens_verb_second(q, first) || !unbroken_before(x, first, c))
        return 0;
    end = frnp_attribution_phrase_after(q, verb_end);
    if (end == verb_end || end >= q->tokens.count || x->in_marks[verb_end] ||
        !(frnp_q_is_char(q, end, ',') || frnp_q_is(q, end, FRNP_W_COMPLEMENTISER)))
        return 0;
    *sf = verb_end;
    *sl = end;
    return 1;
}

/* The subject of the verb at c: the phrase before it, a subject apposed
 * to the sentence's opening, a generic one ("an architect who said") or
 * the subject of a coordinated verb; f's confidence says which. */
static int frame_subject(const indirect_pass *x, size_t first, size_t c, size_t clause_stop,
                         size_t stop, frame *f, size_t *sf, size_t *sl)
{
    if (participle_after_comma(x->q, first, c))
        return 0;
    if (verb_second_subject(x, first, c, sf, sl))
        return 1;
    if (is_participle(x->q, c) && c > first && frnp_q_is(x->q, c - 1, FRNP_W_ADJUNCT) &&
        main_clause_subject(x, clause_stop, stop, sf, sl))
        return 1;
    if (frnp_attribution_subject(x->q, first, c, sf, sl) || apposed_subject(x, first, c, sf, sl))
        return 1;
    int generic = generic_subject(x, first, c, sf, sl);

    if (generic == 1) {
        f->confidence = CONFIDENCE_GENERIC;
        return 1;
    }
    if (coordinated_subject(x, first, c, sf, sl)) {
        f->confidence = CONFIDENCE_INHERITED;
        return 1;
    }
    if (generic == UNKNOWN_SUBJECT) {
        f->confidence = CONFIDENCE_GENERIC; /* "After saying ...", "when pressed on": the clause, no speaker */
        return 1;
    }
    return 0;
}

/* "..., utility officials said", "..., state health officials said":
 * words in lower case that the lexicon does not know, between a comma and
 * the subject, describe it; where they start (sf when there are none). */
#define SUBJECT_MODIFIERS_MAX 3

static size_t subject_modifiers_start(const indirect_pass *x, size_t first, size_t sf)
{
    const frnp_qtext *q = x->q;
    size_t k = sf;

    while (k > first && sf - k < SUBJECT_MODIFIERS_MAX && frnp_q_is_word(q, k - 1) && !frnp_q_is_capitalized(q, k - 1) &&
           frnp_q_token(q, k - 1)->lexicon == 0 && !x->in_marks[k - 1])
        k--;
    return k < sf && k > first + 1 && frnp_q_is_char(q, k - 1, ',') ? k : sf;
}

/* The frame around the reporting verb at c, if any. */
static int verb_frame(indirect_pass *x, size_t first, size_t stop, size_t c, frame *f)
{
    const frnp_qtext *q = x->q;
    size_t phrase = frnp_q_report_phrase_length(q, c);
    size_t verb_end = c + (phrase ? phrase : frnp_q_cue_length(q, c, 0) == 2 ? 2 : 1), cue_end = verb_end;
    size_t sf, sl, after_end;
    size_t sentence_stop, particle_end;
    int named;

    if (inverted_after_auxiliary(x, first, c, f) || source_clause_after(x, first, stop, c, f))
        return 1;
    sentence_stop = stop;
    stop = adverbial_clause_stop(x, first, c, stop);
    while (cue_end < stop && frnp_q_is(q, cue_end, FRNP_W_PARTICLE) && !x->in_marks[cue_end])
        cue_end++; /* "called for" */
    particle_end = separable_particle_end(x, cue_end, stop);
    if (particle_end == cue_end && frnp_token_in(frnp_q_token(q, c), FRNP_LEX_SEPARABLE_CUE_VERB))
        return 0; /* "warf den Ball", not "warf der Regierung vor, ..." */
    cue_end = particle_end;

    frame_start(f, c, cue_end, FRNP_NO_TOKEN, FRNP_NO_TOKEN, CONFIDENCE_SUBJECT_CUE);
    named = frame_subject(x, first, c, stop, sentence_stop, f, &sf, &sl);
    if (introduces_marks(x, cue_end, stop))
        return participle_introduces_marks(x, first, c, cue_end, f);
    after_end = clause_end(x, cue_end, stop);
    if (named) {
        /* "Tom Reyes, who voted against the plan, said": a relative
         * clause describes the name before it, no clause it reports. */
        /* An unknown subject ("After saying ...") has no token. */
        int relative = sf < q->tokens.count && frnp_q_is(q, sf, FRNP_W_RELATIVE);
        if (sf < q->tokens.count)
            sf = subject_modifiers_start(x, first, sf);
        f->subject_first = sf;
        f->subject_last = sl;
        /* "CLAUSE, X said[, and CLAUSE]." ("“...,” X said."), but not
         * "ROLE, X, said", whose X is apposed to the role before it. */
        if (!relative && sf > first + 1 && sf < c && (frnp_q_is_char(q, sf - 1, ',') || frnp_q_is_mark(q, sf - 1)) &&
            !(frnp_q_is_mark(q, sf - 1) && frnp_attribution_named_title(q, sf - 1, sl + 1)) &&
            !x->colon_lead_in && !(frnp_q_is_char(q, sl, ',') && frnp_attribution_subject_end(q, first, c) == sl + 1)) {
            size_t tail_end = tail_stop(x, verb_end, after_end);
            /* After a quotation, what follows the cue is its adjunct
             * ("said on “Meet the Press”") unless a clause opens there;
             * elsewhere the clause before must be one ("In July, X
             * called for ..." reports what follows). */
            if (follows_marks(q, first, sf) ? !(cue_end < stop && frnp_q_is(q, cue_end, FRNP_W_COMPLEMENTISER))
                                            : is_adjunct_tail(x, c, verb_end, tail_end) &&
                                                  count_words(q, first, sf - 1) >= MIN_CONTENT_WORDS) {
                set_piece(f, past_lead_in(x, first, sf), piece_before(q, sf));
                /* '“...,” X said, adding ...': a direct quotation, then
                 * the reporter's words or a cue of their own. */
                if (!all_in_marks(x, first, sf))
                    add_continuation(x, f, tail_end, stop);
                return 1;
            }
        }
        if (sf < c && !relative && splits_short_head(x, first, sf, c, verb_end, after_end)) {
            set_piece(f, first, sf - 1);
            add_continuation(x, f, tail_stop(x, verb_end, after_end), stop);
            return 1;
        }
        {
            size_t start = content_start(x, c, cue_end, after_end);
            size_t end = object_end(x, c, start, clause_end(x, start, stop));
            if (is_reporters_subordinate(x, start, end))
                return 0;
            set_piece(f, start, opening_clause_end(x, first, c, start, end));
            return 1;
        }
    }
    /* "CLAUSE, said X." */
    if (c > first + 1 && (frnp_q_is_char(q, c - 1, ',') || frnp_q_is_mark(q, c - 1))) {
        /* Never a participle: "..., adding he would" is no inversion. */
        size_t pf = verb_end, pl = verb_end;
        size_t pe = is_participle(q, c) ? verb_end : frnp_attribution_inverted_subject(q, verb_end, &pf, &pl);
        if (pe > verb_end && (is_tail(x, pe, after_end) || is_apposition(x, pe, after_end)) && !x->colon_lead_in) {
            f->cue_last = verb_end;
            f->subject_first = pf;
            f->subject_last = pl;
            set_piece(f, past_lead_in(x, first, c), piece_before(q, c));
            return 1;
        }
        /* "..., adding that CLAUSE": the sentence's speaker goes on. */
        if (is_participle(q, c) && (x->subject_first != FRNP_NO_TOKEN || participle_subject(x, first, c, &sf, &sl))) {
            size_t start = content_start(x, c, cue_end, after_end);
            if (x->subject_first == FRNP_NO_TOKEN) {
                x->subject_first = sf;
                x->subject_last = sl;
            }
            f->subject_first = x->subject_first;
            f->subject_last = x->subject_last;
            f->confidence = CONFIDENCE_INHERITED;
            set_piece(f, start, clause_end(x, start, stop));
            return 1;
        }
    }
    return unnamed_frame(x, c, cue_end, stop, f);
}

/* A headline "Pat Caddell: Voters Worried About ...": a name, a colon,
 * and what the named said. */
static int headline_colon_frame(const indirect_pass *x, size_t first, size_t stop, frame *f)
{
    const frnp_qtext *q = x->q;
    size_t colon;

    if (frnp_q_token(q, first)->paragraph != q->headline || frnp_q_is(q, first, FRNP_W_DETERMINER))
        return 0;
    colon = frnp_attribution_phrase_after(q, first);
    if (colon == first || colon - first > HEADLINE_SPEAKER_MAX_TOKENS || colon + 1 >= stop ||
        !frnp_q_is_char(q, colon, ':'))
        return 0;
    frame_start(f, colon, colon + 1, first, colon, CONFIDENCE_HEADLINE);
    set_piece(f, colon + 1, stop);
    return 1;
}

/* The sentence the byte offset `at` ends in: that of the last token
 * starting before it. */
static size_t sentence_ending_at(const frnp_qtext *q, size_t at)
{
    size_t lo = 0, hi = q->tokens.count;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (frnp_q_token(q, mid)->start < at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 ? q->sentence_of[lo - 1] : 0;
}

/* The sentence s's quotation ending last carries its mention on. */
static void carry(indirect_pass *x, size_t s, const frn_quote *quote)
{
    if (quote->mention_first != FRNP_NO_TOKEN)
        x->carried[s] = (carrier){quote->mention_first, quote->mention_last, quote->cue_span};
}

/* Nothing carried yet but the direct stage's mentions; 0 when out of memory. */
static int carry_direct_quotes(indirect_pass *x)
{
    x->carried = malloc((x->q->sentence_count + 1) * sizeof *x->carried);
    if (!x->carried)
        return 0;
    for (size_t s = 0; s < x->q->sentence_count; s++)
        x->carried[s] = (carrier){FRNP_NO_TOKEN, FRNP_NO_TOKEN, {0, 0}};
    for (size_t k = 0; k < x->direct_count; k++) {
        const frn_quote *quote = &x->list->items[k];
        if (quote->span.end > quote->span.start)
            carry(x, sentence_ending_at(x->q, quote->span.end), quote);
    }
    return 1;
}

/* Whether tokens [first, stop) hold a quotation mark or quoted words. */
static int holds_marks(const indirect_pass *x, size_t first, size_t stop)
{
    for (size_t i = first; i < stop; i++)
        if (x->in_marks[i] || frnp_q_is_mark(x->q, i))
            return 1;
    return 0;
}

/* "Weber sagte, man habe keine Wahl gehabt. Die Verhandlungen seien
 * gescheitert.": German reports speech in the subjunctive, so a sentence
 * with no cue of its own whose verb is in it, right after a quotation in
 * the same paragraph, goes on with what that quotation's source said. */
static int subjunctive_frame(const indirect_pass *x, size_t s, size_t first, size_t stop, frame *f)
{
    const frnp_qtext *q = x->q;
    size_t verb = FRNP_NO_TOKEN;

    if (s == 0 || x->carried[s - 1].first == FRNP_NO_TOKEN || x->carried[s].first != FRNP_NO_TOKEN ||
        !frnp_q_same_paragraph(q, q->sentences[s - 1].first, first))
        return 0;
    if (holds_marks(x, first, stop))
        return 0; /* the direct stage's */
    for (size_t i = first; i < stop && i - first < SUBJUNCTIVE_VERB_WITHIN && verb == FRNP_NO_TOKEN; i++)
        if (frnp_token_in(frnp_q_token(q, i), FRNP_LEX_SUBJUNCTIVE_VERB))
            verb = i;
    if (verb == FRNP_NO_TOKEN)
        return 0;
    frame_start(f, verb, verb + 1, x->carried[s - 1].first, x->carried[s - 1].last, CONFIDENCE_INHERITED);
    set_piece(f, first, stop);
    return 1;
}

/* Whether this stage already made a quotation inside sentence s (the
 * quotations it makes follow the sentences' order). */
static int reports_in_sentence(const indirect_pass *x, size_t s)
{
    const frnp_qtext *q = x->q;
    size_t start = frnp_q_token(q, q->sentences[s].first)->start;

    for (size_t k = x->list->count; k-- > x->direct_count;) {
        const frn_quote *quote = &x->list->items[k];
        if (quote->span.end <= start)
            return 0;
        if (quote->type != FRN_QUOTE_NONE)
            return 1;
    }
    return 0;
}


/* "Der Fahrer sei zu schnell gefahren. Das teilte die Polizei am Montag
 * mit.": a sentence opened by a pronoun that stands for the sentence
 * before, a speech verb right after it and its subject after the verb,
 * reports that sentence, when it is in the same paragraph, outside
 * quotation marks and reported by no quotation yet. */
static int anaphoric_frame(const indirect_pass *x, size_t s, size_t first, size_t stop, frame *f)
{
    const frnp_qtext *q = x->q;
    size_t verb = first + 1, end, before_first, before_stop;

    /* The cheap tests first: this runs for every sentence. */
    if (s == 0 || verb >= stop || !frnp_q_is(q, verb, FRNP_W_CUE | FRNP_W_REPORT) || x->in_marks[verb] ||
        !frnp_q_same_paragraph(q, q->sentences[s - 1].first, first) || !frnp_q_is_line(q, first, FRNP_PHRASES_ANAPHORIC_OPENER) ||
        reports_in_sentence(x, s - 1))
        return 0;
    end = frnp_attribution_phrase_after(q, verb + 1);
    if (end == verb + 1)
        return 0;
    before_first = q->sentences[s - 1].first;
    before_stop = content_stop(q, before_first, q->sentences[s - 1].last);
    if (holds_marks(x, before_first, before_stop))
        return 0; /* the direct stage's */
    frame_start(f, verb, verb + 1, verb + 1, end, CONFIDENCE_SUBJECT_CUE);
    set_piece(f, before_first, before_stop);
    return 1;
}

/* emit(), and the quotation it makes carries its mention on. */
static int emit_carrying(indirect_pass *x, size_t s, const frame *f)
{
    size_t before = x->list->count;

    if (!emit(x, f))
        return 0;
    if (x->list->count > before)
        carry(x, s, &x->list->items[x->list->count - 1]);
    return 1;
}

/* "Man müsse jetzt handeln, so der Sprecher.": a cue that otherwise
 * follows only quotations ("so", "read"), after the comma that ends a
 * clause and before its speaker, reports that clause. */
static int cue_after_clause(const indirect_pass *x, size_t c, size_t first)
{
    const frnp_qtext *q = x->q;
    size_t end;

    if (c <= first + 1 || x->in_marks[c] || !frnp_q_is(q, c, FRNP_W_CUE_AFTER) || !frnp_q_is_char(q, c - 1, ',') ||
        x->in_marks[c - 1])
        return 0;
    end = frnp_attribution_phrase_after(q, c + 1);
    /* The speaker ends the sentence, or an adjunct or a comma follows:
     * "so der Sprecher am Montag", not "so Gott will". */
    return end > c + 1 && (end >= frnp_q_sentence_last(q, c) || !frnp_q_is_word(q, end) ||
                           frnp_q_is(q, end, FRNP_W_ADJUNCT));
}

/* "..., sagte sie dem Rundfunk. „Die Beschäftigten haben ...“", "...,
 * she told Reuters. “We will be back.”": a quotation in marks with no
 * attribution of its own that opens the sentence right after a reported
 * one, in its paragraph, goes on with that speaker; the direct stage
 * carries speakers only from quotations in marks. */
static void inherit_reported_speaker(indirect_pass *x, size_t s)
{
    const frnp_qtext *q = x->q;
    size_t first = q->sentences[s].first;
    frn_quote *quote;

    while (x->next_direct < x->direct_count &&
           x->list->items[x->next_direct].span.start < frnp_q_token(q, first)->start)
        x->next_direct++;
    if (s == 0 || x->next_direct == x->direct_count || x->carried[s - 1].first == FRNP_NO_TOKEN ||
        !frnp_q_is_mark(q, first) || first + 1 >= q->sentences[s].last ||
        !frnp_q_same_paragraph(q, q->sentences[s - 1].first, first))
        return;
    quote = &x->list->items[x->next_direct];
    if (quote->mention_first != FRNP_NO_TOKEN || quote->span.start > frnp_q_token(q, first + 1)->start)
        return;
    quote->mention_first = x->carried[s - 1].first;
    quote->mention_last = x->carried[s - 1].last;
    quote->cue_span = x->carried[s - 1].cue;
    quote->attribution_confidence = CONFIDENCE_INHERITED;
    carry(x, sentence_ending_at(q, quote->span.end), quote);
}

static int find_in_sentence(indirect_pass *x, size_t s)
{
    const frnp_qtext *q = x->q;
    size_t first = q->sentences[s].first, stop = content_stop(q, first, q->sentences[s].last), before;
    frame f;

    inherit_reported_speaker(x, s);
    if (headline_colon_frame(x, first, stop, &f))
        return emit(x, &f);
    if (anaphoric_frame(x, s, first, stop, &f))
        return emit_carrying(x, s, &f);

    x->subject_first = x->subject_last = FRNP_NO_TOKEN;
    x->colon_lead_in = frnp_q_is_char(q, q->sentences[s].last - 1, ':');
    before = x->list->count;
    for (size_t c = first; c < stop; c++) {
        size_t according = x->in_marks[c] ? 0 : frnp_q_according_length(q, c);
        size_t impersonal = x->in_marks[c] ? 0 : frnp_q_impersonal_length(q, c);
        int source_before = !according && !x->in_marks[c] &&
                            frnp_token_in(frnp_q_token(q, c), FRNP_LEX_ACCORDING_AFTER);
        int found;
        if (impersonal)
            found = impersonal_frame(x, first, stop, c, impersonal, &f);
        else if (according)
            found = according_frame(x, first, stop, c, according, &f);
        else if (source_before)
            found = according_after_frame(x, first, stop, c, &f);
        else if (is_reporting_verb(x, c, first) || cue_after_clause(x, c, first))
            found = verb_frame(x, first, stop, c, &f);
        else
            continue;
        if (!found)
            continue;
        /* A source named by "according to" or "zufolge" is no subject
         * that a later "..., adding" could take. */
        if (f.subject_first != FRNP_NO_TOKEN && !according && !source_before && !impersonal) {
            x->subject_first = f.subject_first;
            x->subject_last = f.subject_last;
        }
        if (!emit_carrying(x, s, &f))
            return 0;
        /* A reporting verb inside this frame's content reports again
         * ("told ... that she fears ..."): one quotation, the outer. */
        if (f.piece_count && f.pieces[0][0] > c)
            c = f.pieces[f.piece_count - 1][1];
    }
    if (x->list->count == before && subjunctive_frame(x, s, first, stop, &f))
        return emit_carrying(x, s, &f);
    return 1;
}

frn_status frnp_quote_indirect_find(frn_ctx *ctx, const frnp_qtext *q, const frnp_marked_spans *marks,
                                    frn_quote_list *list)
{
    indirect_pass x;
    int ok;

    memset(&x, 0, sizeof x);
    x.q = q;
    x.marks = marks;
    x.list = list;
    x.direct_count = list->count;
    ok = mark_tokens(&x) && carry_direct_quotes(&x);
    for (size_t s = 0; ok && s < q->sentence_count; s++)
        ok = find_in_sentence(&x, s);
    free(x.in_marks);
    free(x.carried);
    return ok ? FRN_OK : frnp_fail(ctx, FRN_ERR_NOMEM, FRNP_NO_POSITION, "out of memory");
}
