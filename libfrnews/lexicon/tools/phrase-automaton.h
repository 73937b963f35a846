/* The build-time half of the substring matcher: an Aho-Corasick automaton
 * over a list's folded phrases, written out as the const tables of an
 * frnp_lex_automaton (lexicon-tables.h), which lexicon.c walks a byte a
 * step. */
#ifndef FRNP_PHRASE_AUTOMATON_H
#define FRNP_PHRASE_AUTOMATON_H

#include <stddef.h>
#include <stdio.h>

/* Write to out the tables of the automaton of count phrases (texts[i],
 * lens[i] bytes each, none empty, no NUL byte), their indices those of the
 * arrays, and the frnp_lex_automaton `static const` named NAME_automaton
 * (its tables NAME_columns and so on). Exits with status 2 when out of
 * memory, as the generator does. */
void phrase_automaton_emit(FILE *out, const char *name, const char *const *texts, const size_t *lens,
                           size_t count);

#endif
