/* Word segmentation alone (text/tokens.c): the limit of ICU's 32-bit
 * positions is a status, never a wrong segmentation. */
#include <check.h>
#include <stdint.h>
#include <string.h>
#include "text/tokens.h"
#include "test-support.h"

START_TEST(test_int_tokens_paragraph_past_int32_is_too_large)
{
    /* The length is checked before a byte is read, so the span may reach
     * far past this buffer. */
    static const char text[] = "A paragraph.";
    frn_span paragraphs[2] = {{0, sizeof text - 1}, {0, (size_t)INT32_MAX + 1}};
    frnp_token_list tokens;
    frn_ctx *ctx;

    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    ck_assert_int_eq(frnp_tokens_segment(ctx, text, paragraphs, 2, &tokens), FRN_ERR_TOO_LARGE);
    ck_assert_ptr_nonnull(strstr(frn_ctx_get_errmsg(ctx), "2147483648 bytes"));
    frnp_tokens_release(&tokens);
    paragraphs[1].end = paragraphs[1].start = sizeof text - 1;
    ck_assert_int_eq(frnp_tokens_segment(ctx, text, paragraphs, 2, &tokens), FRN_OK);
    ck_assert_uint_eq(tokens.count, 3); /* "A", "paragraph", "." */
    frnp_tokens_release(&tokens);
    frn_ctx_free(ctx);
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *s = suite_create("int_tokens");
    TCase *tc = tcase_create("core");

    tcase_add_test(tc, test_int_tokens_paragraph_past_int32_is_too_large);
    suite_add_tcase(s, tc);
    return s;
}
