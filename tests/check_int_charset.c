/* The charset of input bytes alone (article/charset.c): plain ASCII is
 * skipped eight bytes at a time, so a byte outside ASCII must be seen in
 * every lane of a block and in the tail after the last full block. */
#include <check.h>
#include <string.h>
#include "article/charset.h"
#include "test-support.h"

#define LINE_BYTES 21 /* two blocks of eight and a tail of five */

/* An ASCII line with the bytes of mark written at pos. */
static void line_with(char line[LINE_BYTES], size_t pos, const char *mark)
{
    memset(line, 'a', LINE_BYTES);
    memcpy(line + pos, mark, strlen(mark));
}

START_TEST(test_charset_lone_latin1_byte_anywhere_is_foreign)
{
    char line[LINE_BYTES];

    for (size_t pos = 0; pos < LINE_BYTES; pos++) {
        line_with(line, pos, "\xE9"); /* e-acute in Latin-1: not UTF-8 */
        ck_assert_msg(frnp_charset_is_foreign(line, LINE_BYTES), "0xE9 at %zu taken for UTF-8", pos);
    }
}
END_TEST

START_TEST(test_charset_utf8_and_ascii_are_not_foreign)
{
    char line[LINE_BYTES];

    memset(line, 'a', LINE_BYTES);
    ck_assert(!frnp_charset_is_foreign(line, LINE_BYTES));
    for (size_t pos = 0; pos + 2 <= LINE_BYTES; pos++) {
        line_with(line, pos, "\xC3\xA9"); /* e-acute in UTF-8 */
        ck_assert_msg(!frnp_charset_is_foreign(line, LINE_BYTES), "UTF-8 at %zu taken as foreign", pos);
    }
    /* A lead byte cut off by the end is ill-formed. */
    line_with(line, LINE_BYTES - 1, "\xC3");
    ck_assert(frnp_charset_is_foreign(line, LINE_BYTES));
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *suite = suite_create("charset");
    TCase *tcase = tcase_create("shape");

    tcase_add_test(tcase, test_charset_lone_latin1_byte_anywhere_is_foreign);
    tcase_add_test(tcase, test_charset_utf8_and_ascii_are_not_foreign);
    suite_add_tcase(suite, tcase);
    return suite;
}
