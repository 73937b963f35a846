/* Text encoded to UTF-8 twice ("mojibake"): a page's UTF-8 bytes once read
 * as windows-1252 or Latin-1 and encoded again, so that "’" prints as
 * "â€™", "é" as "Ã©" and an emoji as "ðŸ˜€". Content systems do this to
 * a headline, a byline or a whole body, and what they did cannot be seen
 * in the page's charset: the bytes are valid UTF-8 either way.
 *
 * A sequence is read back only when it spells, byte for byte, one valid
 * UTF-8 character of a script such pages carry, so text that merely looks
 * alike stays as printed: a German "heiß“" (ß then a closing mark spells
 * an NKo letter), a French "voilà »" (a no-break space after a letter is
 * French spacing). */
#ifndef FRNP_MOJIBAKE_H
#define FRNP_MOJIBAKE_H

#include <stddef.h>

/* Whether valid UTF-8 text holds a sequence to read back: a cheap scan,
 * so pages without one are never copied. */
int frnp_mojibake_present(const char *text, size_t len);

/* Read every such sequence of valid UTF-8 text back in place; the text
 * only shrinks. Returns the number of sequences read back and sets *len to
 * the new length (the text is NUL-terminated when it was). */
size_t frnp_mojibake_repair(char *text, size_t *len);

#endif
