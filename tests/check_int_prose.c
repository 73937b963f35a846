/* The prose class of a line of a page dump (article/text-prose.c): long
 * lines are prose when they have a sentence mark, the function words of
 * running text, or the columns of a table a text browser drew. */
#include <check.h>
#include <string.h>
#include "article/text-prose.h"
#include "core/context.h"
#include "test-support.h"

/* Cells this wide, as w3m -cols 400 lays out a table. */
#define CELL "                              "
/* Narrow cells between box-drawing lines (U+2502): 68 bytes. */
#define BOXED_CELLS "\xE2\x94\x82" "North Bridge " "\xE2\x94\x82" "1954 " "\xE2\x94\x82" "310 metres " \
                    "\xE2\x94\x82" "Open " "\xE2\x94\x82" "Paint " "\xE2\x94\x82" "Next spring "

static frnp_prose_class class_of(const char *line)
{
    frn_ctx *ctx;
    frnp_prose_class c;

    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    ck_assert_ptr_nonnull(frnp_ctx_word_breaker(ctx));
    c = frnp_prose_class_of(ctx, line, strlen(line));
    frn_ctx_free(ctx);
    return c;
}

START_TEST(test_prose_long_list_without_sentence_mark_may_be_prose)
{
    const char *months = "Select Month December 2025 November 2025 October 2025 September 2025 August 2025 "
                         "July 2025 June 2025 May 2025 April 2025 March 2025 February 2025 January 2025 "
                         "December 2024 November 2024 October 2024 September 2024 August 2024";
    const char *links = "Bridges | Roads | River Transport | City Council | Weather Warnings | Storm Damage | "
                        "Road Works | Public Transport | Cycling | Parking | Traffic Reports | Ring Road";

    ck_assert_int_eq(class_of(months), FRNP_PROSE_NEAR);
    ck_assert_int_eq(class_of(links), FRNP_PROSE_NEAR);
}
END_TEST

START_TEST(test_prose_long_lines_that_stay_prose)
{
    /* A sentence the page left without its full stop: function words. */
    const char *unfinished = "Until then drivers are asked to take the ring road in the north of the city, "
                             "which adds about ten minutes to the trip, and the buses will follow the same "
                             "detour for as long as the works last";
    /* One sentence mark anywhere is enough. */
    const char *marked = "Bridges Roads River Transport City Council Weather Warnings Storm Damage Road Works "
                         "Public Transport Cycling Parking Traffic Reports Ring Road Detours Local Business "
                         "Opening Hours Contact. Weather Sport";
    /* A table's rows: columns of spaces, or box-drawing lines. */
    const char *columns = "Old River Bridge" CELL "1911" CELL "240 metres" CELL "Friday" CELL "Ring road" CELL
                          "4 million euros" CELL "Next spring";
    const char *boxed = BOXED_CELLS BOXED_CELLS BOXED_CELLS BOXED_CELLS;

    ck_assert_int_eq(class_of(unfinished), FRNP_PROSE_GOOD);
    ck_assert_int_eq(class_of(marked), FRNP_PROSE_GOOD);
    ck_assert_int_eq(class_of(columns), FRNP_PROSE_GOOD);
    ck_assert_int_eq(class_of(boxed), FRNP_PROSE_GOOD);
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *suite = suite_create("prose");
    TCase *tcase = tcase_create("long lines");

    tcase_add_test(tcase, test_prose_long_list_without_sentence_mark_may_be_prose);
    tcase_add_test(tcase, test_prose_long_lines_that_stay_prose);
    suite_add_tcase(suite, tcase);
    return suite;
}
