/* The one person-name recogniser, for bylines and author boxes (article/)
 * and for speakers (quote/): both must agree on what a name is. It lives in
 * lexicon/, the lowest folder that has the lists it needs (particles,
 * roles, words that begin no name) and that article/, quote/ and coverage/
 * may all include; in article/ it would be out of coverage/'s reach.
 *
 * A name is a run of capitalised words in one paragraph that may hold
 * initials ("J. K. Rowling", "H.G. Wells"), hyphenated parts
 * ("Ocasio-Cortez") and particles between its words ("Ursula von der
 * Leyen"). The recogniser gives the run as written, titles and all (what a
 * byline credits: "Dr Jane Doe", "The Associated Press"), and the person's
 * name in it, after any title, role or word that begins no name
 * ("Microsoft President Brad Smith" -> "Brad Smith"). The tokens are tagged
 * with the lexicon (lexicon.h). */
#ifndef FRNP_PERSON_NAME_H
#define FRNP_PERSON_NAME_H

#include "lexicon.h"

/* The fewest and most words of a full name ("Brad Smith" .. "Luiz Inacio
 * Lula da Silva" counts four: particles are not words). */
#define FRNP_NAME_MIN_WORDS 2
#define FRNP_NAME_MAX_WORDS 4

typedef struct frnp_name_run {
    size_t start, end;    /* the run as written: tokens [start, end), empty when none */
    size_t written_words; /* its words: a hyphenated one counts once, particles not */
    size_t first, last;   /* the person's name in it: tokens [first, last), maybe empty */
    size_t words;         /* the name's words */
    size_t role;          /* the role word before the name (in the run, or just
                           * before it in lower case: "staff attorney Saira
                           * Hussain"), or FRNP_NO_TOKEN */
} frnp_name_run;

/* The capitalised run starting at tokens[i], ending by tokens[limit] at
 * the latest (empty when tokens[i] is not a capitalised word), and the name
 * in it. */
void frnp_name_run_at(const char *src, const frnp_token_list *tokens, size_t i, size_t limit,
                      frnp_name_run *run);

/* Whether that many words make a full name. */
int frnp_name_is_full(size_t words);

#endif
