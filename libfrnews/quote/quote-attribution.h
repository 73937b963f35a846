/* Attribution of one quotation: the speech verb (cue) near it and the noun
 * phrase naming its speaker, found in the tokens around its marks. */
#ifndef FRNP_QUOTE_ATTRIBUTION_H
#define FRNP_QUOTE_ATTRIBUTION_H

#include "quote-text.h"

typedef struct frnp_attribution {
    size_t cue_first, cue_last;         /* tokens [first, last) */
    size_t mention_first, mention_last; /* empty when the cue names no one */
    size_t end;                         /* token just past the attribution */
} frnp_attribution;

/* "..., Smith said" / "..., said the spokesperson": the attribution that
 * starts at token `after` (the first token after the closing mark), within
 * the same sentence. Returns 1 when found. */
int frnp_attribution_after(const frnp_qtext *q, size_t after, frnp_attribution *out);

/* "Smith said, “...": the attribution ending before token `open` (the
 * opening mark), within its sentence. With intro_only, the cue must
 * introduce the quotation (only ',', ':' or "that" between them), as for a
 * direct quotation; otherwise it may stand anywhere earlier in the
 * sentence, as for a mixed one. */
int frnp_attribution_before(const frnp_qtext *q, size_t open, int intro_only, frnp_attribution *out);

/* Where the subject of the cue at token `cue` ends: before the cue
 * modifiers ("has also") and a time adjunct ("on Wednesday", "in April")
 * that stand between them, not before `floor`. */
size_t frnp_attribution_subject_end(const frnp_qtext *q, size_t floor, size_t cue);

/* "ein Sprecher der Deutschen Bahn", "die Sprecherin des Ministeriums":
 * whether token i is an article between a role and the capitalised name
 * of whom it serves, joining them as "for" does in English. */
int frnp_attribution_genitive_after_role(const frnp_qtext *q, size_t i);

/* Whether the quotation marks from token open (its opening mark) to
 * after - 1 (its closing one) hold a name, not a quotation: a title of a
 * few words that is the one told ("told “Fox News” that", "sagte der
 * „Bild am Sonntag“"), where the words a colon introduces were said ("im
 * Interview mit der „Zeit“:") or, after its article, a cue's subject
 * ("der „Spiegel“ berichtete"). */
int frnp_attribution_named_title(const frnp_qtext *q, size_t open, size_t after);

/* The speaker phrase ending just before token `end` and not before
 * `floor`, skipping back over cue modifiers and an apposition between
 * commas ("Grenell, former acting director ..., wrote"). Returns 1 and the
 * phrase's tokens when there is one. */
int frnp_attribution_subject(const frnp_qtext *q, size_t floor, size_t end, size_t *first, size_t *last);

/* The speaker phrase starting at token `start` ("said the spokesperson",
 * "according to the ministry"): the index past it, or start when none. */
size_t frnp_attribution_phrase_after(const frnp_qtext *q, size_t start);

/* The speaker after an inverted cue ("said the spokesperson", "said one
 * Democratic source on the panel."): a speaker phrase, or a short phrase
 * naming a role or a name to the clause's end. The index past it, or start
 * when none. */
size_t frnp_attribution_inverted_speaker(const frnp_qtext *q, size_t start);

/* The speaker after an inverted cue ending before token start, the name
 * when an apposed name follows the phrase ("said the spokeswoman for the
 * alliance, Lena Meyer."): its tokens in [*first, *last). The index past
 * the whole phrase, or start when there is none. */
size_t frnp_attribution_inverted_subject(const frnp_qtext *q, size_t start, size_t *first, size_t *last);

/* The source an impersonal cue ("hieß es") names in the phrase starting
 * at token `from`, before token `stop`: "aus dem Ministerium" gives "dem
 * Ministerium"; after a medium or a circle, its genitive ("in einer
 * Mitteilung der Polizei", "aus Kreisen der Gewerkschaft" give "der
 * Polizei", "der Gewerkschaft"). Adverbs before it ("weiter", "am
 * Montag") are skipped. The index past the phrase, or from when none
 * starts there; *first == *last == FRNP_NO_TOKEN when the phrase names no
 * source ("in einer Mitteilung"). */
size_t frnp_attribution_impersonal_source(const frnp_qtext *q, size_t from, size_t stop, size_t *first,
                                          size_t *last);

/* "Jane Roe had a simple message for the crowd: “...”": a colon lead-in
 * with no cue (the colon at token `colon` stands for one) whose sentence
 * opens with its speaker, a name, a role or a pronoun, and then a verb.
 * Returns 1 when found. */
int frnp_attribution_lead_in(const frnp_qtext *q, size_t colon, frnp_attribution *out);

#endif
