/* Eight bytes at a time (SWAR): the tests the ASCII fast paths of text/
 * and quote/ share, so that a run of plain ASCII is skipped a word, not a
 * byte, at a time. */
#ifndef FRNP_EIGHT_BYTES_H
#define FRNP_EIGHT_BYTES_H

#include <stdint.h>
#include <string.h>

/* The byte b in each of the eight lanes. */
#define FRNP_EIGHT(b) (UINT64_C(0x0101010101010101) * (b))

/* The eight bytes at text (any alignment). */
static inline uint64_t frnp_eight_load(const void *text)
{
    uint64_t eight;

    memcpy(&eight, text, 8);
    return eight;
}

/* Whether all eight bytes are ASCII. */
static inline int frnp_eight_ascii(uint64_t eight)
{
    return (eight & FRNP_EIGHT(0x80)) == 0;
}

/* Nonzero when one of the eight bytes is b (the classic test for a zero
 * byte, exact about whether there is one). */
static inline uint64_t frnp_eight_has_byte(uint64_t eight, unsigned char b)
{
    uint64_t x = eight ^ FRNP_EIGHT(b);

    return (x - FRNP_EIGHT(0x01)) & ~x & FRNP_EIGHT(0x80);
}

#endif
