/* PRIVATE to quote/: a speaker's name as a reader cites it. German
 * declines an organisation's name after an article: the speaker of "ein
 * Sprecher der Deutschen Bahn" is the Deutsche Bahn, that of "nach Angaben
 * des Ministeriums" the Ministerium. Which articles call for which endings
 * is the language's data (lexicon lists oblique-articles and
 * genitive-articles, empty for English). */
#ifndef FRNP_SPEAKER_CITATION_H
#define FRNP_SPEAKER_CITATION_H

#include "quote-text.h"

/* Whether the name whose first word is token `first` follows an article
 * that declines it ("der Deutschen Bahn"). */
int frnp_name_after_oblique_article(const frnp_qtext *q, size_t first);

/* The name written at span, whose words are the tokens [first, last), in
 * its citation form: a copy, or NULL with *failed set when memory ran
 * out. A person's name (its first word a given name) is copied as
 * written. */
char *frnp_speaker_citation_form(const frnp_qtext *q, size_t first, size_t last, frn_span span, int *failed);

#endif
