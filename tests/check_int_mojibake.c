/* Text encoded to UTF-8 twice, read back (article/mojibake.c): each
 * garbled form is read back once, and text that only looks garbled (a
 * German or French word before a quotation mark) stays as printed. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/utf8.h>
#include "article/mojibake.h"
#include "test-support.h"

/* Repair a copy of text; the copy and the number of sequences read back. */
static size_t repaired(const char *text, char *out, size_t room)
{
    size_t len = strlen(text), count;

    ck_assert_uint_lt(len, room);
    memcpy(out, text, len + 1);
    count = frnp_mojibake_repair(out, &len);
    ck_assert_uint_eq(strlen(out), len);
    ck_assert_int_eq(frnp_mojibake_present(text, strlen(text)), count > 0);
    return count;
}

START_TEST(test_mojibake_windows_1252_forms_read_back)
{
    char out[64];

    /* "’" (E2 80 99) read as windows-1252: "â" "€" "™". */
    ck_assert_uint_eq(repaired("It\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s over", out, sizeof out), 1);
    ck_assert_str_eq(out, "It\xE2\x80\x99s over");
    /* "été": each "é" (C3 A9) as "Ã" "©". */
    ck_assert_uint_eq(repaired("\xC3\x83\xC2\xA9t\xC3\x83\xC2\xA9", out, sizeof out), 2);
    ck_assert_str_eq(out, "\xC3\xA9t\xC3\xA9");
    /* A four-byte emoji (F0 9F 98 80) as "ð" "Ÿ" "˜" "€". */
    ck_assert_uint_eq(repaired("ok \xC3\xB0\xC5\xB8\xCB\x9C\xE2\x82\xAC", out, sizeof out), 1);
    ck_assert_str_eq(out, "ok \xF0\x9F\x98\x80");
}
END_TEST

START_TEST(test_mojibake_latin1_forms_read_back)
{
    char out[64];

    /* Read as Latin-1, "’" keeps its bytes 80 and 99 as C1 controls. */
    ck_assert_uint_eq(repaired("we\xC3\xA2\xC2\x80\xC2\x99ve", out, sizeof out), 1);
    ck_assert_str_eq(out, "we\xE2\x80\x99ve");
    /* Cyrillic "Р" (D0 A0) as "Ð" and a no-break space; an emoji whose
     * last byte is A0 (F0 9F 98 A0). */
    ck_assert_uint_eq(repaired("\xC3\x90\xC2\xA0" "ay", out, sizeof out), 1);
    ck_assert_str_eq(out, "\xD0\xA0" "ay");
    ck_assert_uint_eq(repaired("\xC3\xB0\xC5\xB8\xCB\x9C\xC2\xA0", out, sizeof out), 1);
    ck_assert_str_eq(out, "\xF0\x9F\x98\xA0");
    /* A garbled no-break space and pound sign: "Â" before each. */
    ck_assert_uint_eq(repaired("\xC3\x82\xC2\xA0\xC3\x82\xC2\xA3" "5", out, sizeof out), 2);
    ck_assert_str_eq(out, "\xC2\xA0\xC2\xA3" "5");
}
END_TEST

START_TEST(test_mojibake_look_alikes_stay)
{
    static const char *const kept[] = {
        "So hei\xC3\x9F\xE2\x80\x9C, sagte sie",       /* "heiß“": ß then a closing mark */
        "\xC2\xBBSpa\xC3\x9F\xC2\xAB",                 /* "»Spaß«" */
        "voil\xC3\xA0\xC2\xA0\xC2\xBB",                /* "voilà »" with French spacing */
        "CAF\xC3\x89\xC2\xA0\xC2\xBB",                 /* "CAFÉ »" */
        "caf\xC3\xA9, na\xC3\xAFve, \xC3\x85lesund",   /* accented letters alone */
        "S\xC3\x83O PAULO",                            /* "SÃO": "Ã" before a letter */
        "cut \xC3\xA2\xE2\x82\xAC",                    /* "â€" with its last byte lost */
        "\xC3\xA0\xC2\x80\xC2\x80",                    /* E0 80 80: an overlong form */
    };
    char out[64];

    for (size_t i = 0; i < sizeof kept / sizeof *kept; i++) {
        ck_assert_msg(repaired(kept[i], out, sizeof out) == 0, "changed: %s", kept[i]);
        ck_assert_str_eq(out, kept[i]);
    }
}
END_TEST

/* A text of random characters from the scripts such pages carry: ASCII,
 * Latin-1, general punctuation, Cyrillic, CJK and emoji. */
static size_t random_text(char *out, size_t room)
{
    static const UChar32 base[] = {0x20, 0xA0, 0x2000, 0x400, 0x4E00, 0x1F600};
    static const int span[] = {95, 0x60, 0x80, 0x80, 0x100, 0x40};
    int32_t n = 0, words = 1 + rand() % 20;

    for (int32_t k = 0; k < words; k++) {
        int r = rand() % 6;
        UBool error = 0;
        U8_APPEND((uint8_t *)out, n, (int32_t)room - 1, base[r] + rand() % span[r], error);
        ck_assert(!error);
    }
    out[n] = '\0';
    return (size_t)n;
}

static int is_valid_utf8(const char *s, size_t n)
{
    int32_t i = 0;

    while (i < (int32_t)n) {
        UChar32 c;
        U8_NEXT(s, i, (int32_t)n, c);
        if (c < 0)
            return 0;
    }
    return 1;
}

/* Any such text encoded twice (its bytes read as Latin-1) reads back to
 * itself; any valid text stays valid and never grows. */
START_TEST(test_mojibake_random_texts_read_back)
{
    char text[128], twice[256], copy[128];

    srand(7);
    for (int t = 0; t < 20000; t++) {
        size_t n = random_text(text, sizeof text), m = 0, len = n;
        for (size_t i = 0; i < n; i++) {
            unsigned char b = (unsigned char)text[i];
            if (b < 0x80) {
                twice[m++] = (char)b;
            } else {
                twice[m++] = (char)(0xC0 | b >> 6);
                twice[m++] = (char)(0x80 | (b & 0x3F));
            }
        }
        twice[m] = '\0';
        frnp_mojibake_repair(twice, &m);
        ck_assert_msg(m == n && memcmp(twice, text, n) == 0, "not read back: %s", text);
        memcpy(copy, text, n + 1);
        frnp_mojibake_repair(copy, &len);
        ck_assert(len <= n && is_valid_utf8(copy, len));
    }
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *suite = suite_create("mojibake");
    TCase *tcase = tcase_create("read back");

    tcase_add_test(tcase, test_mojibake_windows_1252_forms_read_back);
    tcase_add_test(tcase, test_mojibake_latin1_forms_read_back);
    tcase_add_test(tcase, test_mojibake_look_alikes_stay);
    tcase_add_test(tcase, test_mojibake_random_texts_read_back);
    suite_add_tcase(suite, tcase);
    return suite;
}
