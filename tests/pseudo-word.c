#include "pseudo-word.h"

char *frn_pseudo_word(uint64_t n, size_t max_len, char *out)
{
    static const char consonants[] = "bdfgklmnprstvz", vowels[] = "aeiou";
    size_t len = 0;

    do {
        out[len++] = consonants[n % 14];
        out[len++] = vowels[(n / 14) % 5];
        n /= 70;
    } while (n > 0 && len < max_len);
    out[len] = '\0';
    return out;
}
