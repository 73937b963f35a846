/* The text concepts alone (text/): UTF-8 validation, the one case fold, the
 * name index, the one definition of a word, the possessive, and what may
 * trail a line. */
#include <check.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "text/text-fold.h"
#include "text/text-match.h"
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>
#include "text/text-words.h"
#include "text/name-index.h"
#include "text/not-utf8.h"
#include "text/utf8.h"
#include "test-support.h"

/* The fold of text as a NUL-terminated string (static storage). */
static const char *folded(const char *text)
{
    static char out[256];
    size_t n = frnp_fold(text, strlen(text), out, sizeof out - 1, NULL);

    out[n] = '\0';
    return out;
}

/* Forty ASCII bytes with one bad byte at pos (any offset of an eight-byte
 * block and across blocks): found exactly there. */
START_TEST(test_text_utf8_invalid_byte_found_at_every_position)
{
    static const unsigned char bad[] = {0x80, 0xBF, 0xC0, 0xC3, 0xF5, 0xFF};
    char text[41];

    for (size_t b = 0; b < sizeof bad; b++)
        for (size_t pos = 0; pos < 40; pos++) {
            memset(text, 'a', 40);
            text[40] = '\0';
            text[pos] = (char)bad[b];
            ck_assert_uint_eq(frnp_utf8_invalid_at(text, 40, 0), pos);
            ck_assert_uint_eq(frnp_utf8_invalid_at(text, 40, 1), pos);
            /* Only the first bad byte counts. */
            text[39] = (char)0xFF;
            ck_assert_uint_eq(frnp_utf8_invalid_at(text, 40, 0), pos);
        }
}
END_TEST

START_TEST(test_text_utf8_nul_found_at_every_position_unless_allowed)
{
    char text[40];

    for (size_t pos = 0; pos < sizeof text; pos++) {
        memset(text, 'Q', sizeof text);
        text[pos] = '\0';
        ck_assert_uint_eq(frnp_utf8_invalid_at(text, sizeof text, 0), pos);
        ck_assert_uint_eq(frnp_utf8_invalid_at(text, sizeof text, 1), sizeof text);
    }
}
END_TEST

/* Well-formed sequences at every offset are no error; one cut by the end,
 * or by an ASCII byte, is an error at its lead byte. */
START_TEST(test_text_utf8_sequences_at_every_position)
{
    static const char *const good[] = {"\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80"};
    char text[48];

    for (size_t g = 0; g < 3; g++) {
        size_t n = strlen(good[g]);
        for (size_t pos = 0; pos + n <= 40; pos++) {
            memset(text, 'z', 40);
            memcpy(text + pos, good[g], n);
            ck_assert_uint_eq(frnp_utf8_invalid_at(text, 40, 0), 40);
            /* The sequence without its last byte, cut by the end or by 'z'. */
            ck_assert_uint_eq(frnp_utf8_invalid_at(text, pos + n - 1, 0), pos);
            text[pos + n - 1] = 'z';
            ck_assert_uint_eq(frnp_utf8_invalid_at(text, 40, 0), pos);
        }
    }
    /* Overlong, surrogate, past U+10FFFF: ICU's rules. */
    ck_assert_uint_eq(frnp_utf8_invalid_at("abcdefghij\xC1\xA1", 12, 0), 10);
    ck_assert_uint_eq(frnp_utf8_invalid_at("abcdefghij\xED\xA0\x80", 13, 0), 10);
    ck_assert_uint_eq(frnp_utf8_invalid_at("abcdefghij\xF4\x90\x80\x80", 14, 0), 10);
}
END_TEST

/* Texts of every short length in buffers of exactly that size: the
 * eight-byte reads stay inside (valgrind and ASan see any that does not). */
START_TEST(test_text_utf8_reads_no_byte_past_the_text)
{
    for (size_t len = 0; len <= 24; len++) {
        char *text = malloc(len ? len : 1);
        ck_assert_ptr_nonnull(text);
        memset(text, 'x', len);
        ck_assert_uint_eq(frnp_utf8_invalid_at(text, len, 0), len);
        if (len > 0) {
            text[len - 1] = (char)0xC3;
            ck_assert_uint_eq(frnp_utf8_invalid_at(text, len, 0), len - 1);
        }
        free(text);
    }
}
END_TEST

/* UTF-16 code units (a code point below U+10000 each) written in bytes,
 * little- or big-endian. */
static void write_utf16(char *out, const uint16_t *units, size_t count, int little_endian)
{
    for (size_t i = 0; i < count; i++) {
        out[2 * i + !little_endian] = (char)(units[i] & 0xFF);
        out[2 * i + little_endian] = (char)(units[i] >> 8);
    }
}

/* The guess reads the first 512 bytes. Latin text after a quarter in
 * Cyrillic (no NUL byte in the first 128): still UTF-16, so a shortcut
 * that gives up on the first bytes would be wrong. */
START_TEST(test_text_wide_guess_finds_nul_bytes_late_in_the_window)
{
    uint16_t units[256];
    char bytes[512];
    size_t mark = 99;

    for (size_t i = 0; i < 256; i++)
        units[i] = i < 64 ? (uint16_t)(0x0410 + i % 32) : (uint16_t)('a' + i % 26);
    write_utf16(bytes, units, 256, 1);
    ck_assert_pstr_eq(frnp_wide_encoding(bytes, sizeof bytes, &mark), "UTF-16LE");
    ck_assert_uint_eq(mark, 0);
    write_utf16(bytes, units, 256, 0);
    ck_assert_pstr_eq(frnp_wide_encoding(bytes, sizeof bytes, &mark), "UTF-16BE");
    /* Fewer than three in four NUL high bytes: not UTF-16 by its NULs. */
    for (size_t i = 64; i < 70; i++)
        units[i] = 0x0420;
    write_utf16(bytes, units, 256, 1);
    ck_assert_pstr_eq(frnp_wide_encoding(bytes, sizeof bytes, &mark), NULL);
}
END_TEST

START_TEST(test_text_wide_guess_of_text_without_nul_is_none)
{
    char text[600];
    size_t mark = 99;

    memset(text, 'e', sizeof text);
    ck_assert_pstr_eq(frnp_wide_encoding(text, sizeof text, &mark), NULL);
    ck_assert_uint_eq(mark, 0);
    ck_assert_pstr_eq(frnp_wide_encoding(text, 0, &mark), NULL);
    ck_assert_pstr_eq(frnp_wide_encoding("\xFF\xFE" "e", 3, &mark), "UTF-16LE");
    ck_assert_uint_eq(mark, 2);
    /* "ab" in UTF-32 big-endian, the shortest text the NULs can show. */
    ck_assert_pstr_eq(frnp_wide_encoding("\0\0\0a\0\0\0b", 8, &mark), "UTF-32BE");
    ck_assert_uint_eq(mark, 0);
}
END_TEST

/* The first bad position, one code point at a time with ICU's macro. */
static size_t invalid_at_slowly(const char *text, size_t len, int nul_ok)
{
    size_t pos = 0;

    while (pos < len) {
        size_t start = pos;
        UChar32 c;
        U8_NEXT((const uint8_t *)text, pos, len, c);
        if (c < 0 || (c == 0 && !nul_ok))
            return start;
    }
    return len;
}

START_TEST(test_text_utf8_invalid_at_agrees_with_icu_on_random_text)
{
    static const char *const pieces[] = {"a", "Word ", "\xC3\xA9", "\xE2\x80\x9D", "\x80", "",
                                         "\xC3", "\xF0\x9F\x98\x80", "0123456789", "\xFF"};
    uint32_t state = 12345;
    char text[256];

    for (int round = 0; round < 5000; round++) {
        size_t len = 0;
        while (len < 200) {
            const char *piece;
            state = state * 1103515245u + 12345u;
            /* Mostly valid pieces, so that many texts go far before failing. */
            piece = pieces[(state >> 16) % (round % 3 == 0 ? 10 : 4)];
            memcpy(text + len, piece, strlen(piece) + (*piece == '\0'));
            len += strlen(piece) + (*piece == '\0');
        }
        ck_assert_uint_eq(frnp_utf8_invalid_at(text, len, 0), invalid_at_slowly(text, len, 0));
        ck_assert_uint_eq(frnp_utf8_invalid_at(text, len, 1), invalid_at_slowly(text, len, 1));
    }
}
END_TEST

/* The first match of a folded phrase, whatever the case, and where a
 * character outside ASCII folds to the phrase's first byte. */
START_TEST(test_text_find_gives_the_first_match)
{
    char text[64];

    ck_assert_uint_eq(frnp_find("AUTHOR: Jane", 12, "author:"), 0);
    ck_assert_uint_eq(frnp_find("a b and c AND d", 15, "and"), 4);
    ck_assert_uint_eq(frnp_find("I \xE2\x84\xAAnow", 8, "know"), 2);     /* KELVIN SIGN folds to k */
    ck_assert_uint_eq(frnp_find("don\xE2\x80\x99t", 7, "'t"), 3);       /* U+2019 folds to ' */
    ck_assert_uint_eq(frnp_find("\xC3\x89t\xC3\xA9", 5, "\xC3\xA9t"), 0); /* É folds to é */
    ck_assert_uint_eq(frnp_find("a b c", 5, "d"), (size_t)-1);
    ck_assert_uint_eq(frnp_find("a b c", 5, ""), (size_t)-1);
    ck_assert_uint_eq(frnp_find("ab", 2, "abc"), (size_t)-1);
    /* At every position, in either case, and only the first counts. */
    for (size_t pos = 0; pos + 3 <= 40; pos++) {
        memset(text, '.', 40);
        memcpy(text + pos, pos % 2 ? "ViA" : "via", 3);
        ck_assert_uint_eq(frnp_find(text, 40, "via"), pos);
        if (pos + 6 <= 40) {
            memcpy(text + pos + 3, "VIA", 3);
            ck_assert_uint_eq(frnp_find(text, 40, "via"), pos);
        }
    }
}
END_TEST

/* The index starts small and grows: a thousand keys, each found with its
 * value after every growth; a folding index finds a key in any case. */
START_TEST(test_text_name_index_keeps_every_key_through_growth)
{
    static char keys[1000][8];
    frnp_name_index plain, folding;

    frnp_name_index_init(&plain, 0);
    frnp_name_index_init(&folding, 1);
    for (size_t i = 0; i < 1000; i++) {
        frnp_name_slot *a, *b;
        snprintf(keys[i], sizeof keys[i], "Key%zu", i);
        a = frnp_name_index_slot(&plain, keys[i], strlen(keys[i]));
        b = frnp_name_index_slot(&folding, keys[i], strlen(keys[i]));
        ck_assert_ptr_nonnull(a);
        ck_assert_ptr_nonnull(b);
        ck_assert_uint_eq(a->value, FRNP_NAME_NONE); /* new */
        a->value = i;
        b->value = i;
    }
    for (size_t i = 0; i < 1000; i++) {
        char upper[8];
        ck_assert_uint_eq(frnp_name_index_get(&plain, keys[i], strlen(keys[i])), i);
        snprintf(upper, sizeof upper, "KEY%zu", i);
        ck_assert_uint_eq(frnp_name_index_get(&folding, upper, strlen(upper)), i);
        ck_assert_uint_eq(frnp_name_index_get(&plain, upper, strlen(upper)), FRNP_NAME_NONE);
    }
    ck_assert_uint_eq(frnp_name_index_slot(&plain, "Key5", 4)->value, 5); /* not added twice */
    ck_assert_uint_eq(frnp_name_index_get(&plain, "Key1000", 7), FRNP_NAME_NONE);
    frnp_name_index_release(&plain);
    frnp_name_index_release(&folding);
}
END_TEST

START_TEST(test_text_fold_lowers_without_the_locale)
{
    ck_assert_str_eq(folded("SIGN IN"), "sign in");
    /* Under tr_TR, tolower('I') is not 'i'; the fold never asks the locale. */
    if (setlocale(LC_ALL, "tr_TR.UTF-8")) {
        ck_assert_str_eq(folded("Sign In"), "sign in");
        setlocale(LC_ALL, "C");
    }
}
END_TEST

START_TEST(test_text_fold_is_unicode_and_unifies_apostrophes)
{
    ck_assert_str_eq(folded("\xC3\x89LYS\xC3\x89" "E"), "\xC3\xA9lys\xC3\xA9" "e"); /* ÉLYSÉE */
    ck_assert_str_eq(folded("\xE2\x84\xAA"), "k");                                  /* KELVIN SIGN */
    ck_assert_str_eq(folded("Smith\xE2\x80\x99s \xE2\x80\x98tis"), "smith's 'tis");  /* U+2019, U+2018 */
    /* Simple folding: one code point for one, so ß stays ß (not "ss"). */
    ck_assert_str_eq(folded("Stra\xC3\x9F" "e"), "stra\xC3\x9F" "e");
}
END_TEST

/* ASCII is folded eight bytes at a time: every byte, at every offset of
 * such a block, must come out as frnp_fold_char() gives it. */
START_TEST(test_text_fold_of_ascii_blocks_is_the_fold_of_each_byte)
{
    char text[160], out[160];

    for (int start = 1; start < 128; start += 17) {
        size_t n;
        for (int i = 0; i < 127; i++)
            text[i] = (char)(1 + (start + i) % 127);
        n = frnp_fold(text, 127, out, sizeof out, NULL);
        ck_assert_uint_eq(n, 127);
        for (int i = 0; i < 127; i++)
            ck_assert_int_eq(out[i], frnp_fold_char(text[i]));
    }
    for (int c = 0; c < 128; c++)
        ck_assert_int_eq(frnp_fold_ascii((unsigned char)c), frnp_fold_char(c));
    /* An ASCII run stops where room for a long code point ends. */
    ck_assert_uint_eq(frnp_fold("ABCDEFGHIJKL", 12, out, 11, NULL), 8);
    ck_assert_int_eq(memcmp(out, "abcdefgh", 8), 0);
}
END_TEST

START_TEST(test_text_fold_cuts_at_whole_code_points)
{
    char out[8];
    size_t consumed, n = frnp_fold("\xC3\x89\xC3\x89\xC3\x89\xC3\x89", 8, out, sizeof out, &consumed);

    /* Room for the longest code point must remain before each: three fit. */
    ck_assert_uint_eq(n, 6);
    ck_assert_uint_eq(consumed, 6);
    ck_assert_int_eq(memcmp(out, "\xC3\xA9\xC3\xA9\xC3\xA9", 6), 0);
}
END_TEST

/* The fold of a short word, eight bytes at a time, is frnp_fold's, reads
 * nothing past the word into its answer, and declines what is not ASCII
 * or longer than FRNP_FOLD_SHORT_MAX bytes. */
START_TEST(test_text_fold_short_ascii_is_the_fold_or_declines)
{
    /* Each word is followed by bytes a wrong mask would let in; sixteen
     * bytes are readable after every start. */
    static const char text[] = "Said U.S. ZEBRA-x9 \xC3\x89" "cole caf\xC3\xA9 LongerThan8 \xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF"
                               "Recognition-Technologies! \xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF";
    static const struct { size_t start, len, folded; } words[] = {
        {0, 4, 4}, {5, 3, 3}, {10, 5, 5}, {10, 8, 8}, {0, 1, 1}, {19, 6, 0}, {26, 5, 0}, {32, 11, 11},
        {32, 12, 12}, {32, 13, 0}, {44, 0, 0}, {40, 4, 4}, {52, 11, 11}, {52, 16, 16}, {52, 17, 0}, {52, 24, 0},
        {64, 12, 12}, {64, 14, 14},
    };

    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        char out[FRNP_FOLD_SHORT_MAX], expected[32];
        size_t n;
        memset(out, '?', sizeof out);
        n = frnp_fold_short_ascii(text + words[i].start, words[i].len, out);
        ck_assert_msg(n == words[i].folded, "word %zu: %zu bytes folded", i, n);
        if (n == 0)
            continue;
        ck_assert_uint_eq(frnp_fold(text + words[i].start, words[i].len, expected, sizeof expected, NULL), n);
        ck_assert_int_eq(memcmp(out, expected, n), 0);
        for (size_t k = n; k < sizeof out; k++)
            ck_assert_int_eq(out[k], 0);
    }
}
END_TEST

START_TEST(test_text_fold_match_gives_the_text_length)
{
    const char *text = "EDITOR\xE2\x80\x99S PICKS today";

    /* The typographic apostrophe is three bytes of text for one of phrase. */
    ck_assert_uint_eq(frnp_fold_match(text, strlen(text), 0, "editor's picks", 14), 16);
    ck_assert_uint_eq(frnp_fold_match(text, strlen(text), 0, "editor's pickx", 14), 0);
    ck_assert_uint_eq(frnp_match_at(text, strlen(text), 17, "today"), 5);
    ck_assert_uint_eq(frnp_match_at("to", 2, 0, "today"), 0);
    ck_assert(frnp_fold_equals("Said", 4, "said", 4));
    ck_assert(!frnp_fold_equals("Saids", 5, "said", 4));
    ck_assert(frnp_fold_same("MINISTER", 8, "minister", 8));
    ck_assert(frnp_fold_same("\xC3\x89" "lys\xC3\xA9" "e", 8, "\xC3\xA9LYS\xC3\x89" "E", 8));
    ck_assert(!frnp_fold_same("minister", 8, "ministers", 9));
}
END_TEST

START_TEST(test_text_fold_dup_holds_a_growing_fold)
{
    /* U+023A (2 bytes) folds to U+2C65 (3 bytes). */
    size_t len;
    char *copy = frnp_fold_dup("\xC8\xBA\xC8\xBA\xC8\xBA", 6, &len);

    ck_assert_ptr_nonnull(copy);
    ck_assert_uint_eq(len, 9);
    ck_assert_str_eq(copy, "\xE2\xB1\xA5\xE2\xB1\xA5\xE2\xB1\xA5");
    free(copy);
}
END_TEST

typedef struct word_list {
    const char *text;
    char out[256];
} word_list;

static int append_word(void *data, size_t start, size_t end, int is_word)
{
    word_list *w = data;
    size_t at = strlen(w->out);

    if (!is_word)
        return 0;
    ck_assert_uint_lt(at + (end - start) + 2, sizeof w->out);
    if (at > 0)
        w->out[at++] = '|';
    memcpy(w->out + at, w->text + start, end - start);
    w->out[at + (end - start)] = '\0';
    return 0;
}

/* The words of text, as "w1|w2|..." (static storage). */
static const char *words_of(frn_ctx *ctx, const char *text)
{
    static word_list w;

    w.text = text;
    w.out[0] = '\0';
    ck_assert_int_eq(frnp_segments_each(ctx, text, strlen(text), append_word, &w), FRN_OK);
    return w.out;
}

START_TEST(test_text_words_are_icu_segments_with_a_letter_or_digit)
{
    frn_ctx *ctx;

    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    ck_assert_str_eq(words_of(ctx, "Don't stop, U.S. Senate: 3.5 million!"),
                     "Don't|stop|U.S|Senate|3.5|million");
    ck_assert_str_eq(words_of(ctx, "Smith\xE2\x80\x99s co-founder"), "Smith\xE2\x80\x99s|co|founder");
    /* ICU calls a run of underscores a word; it holds no letter or digit. */
    ck_assert_str_eq(words_of(ctx, "____ \xE2\x80\x94 ..."), "");
    frn_ctx_free(ctx);
}
END_TEST

/* Segments as "start-end:w " lines, from frnp_segments_each or from a bare
 * ICU loop (the reference the fast path must equal). */
typedef struct segment_log {
    char out[1 << 16];
    size_t at;
} segment_log;

/* (No Check assertion that passes in the comparisons: each talks to the
 * parent process, and the tests below compare a million texts.) */
static void log_segment(segment_log *log, size_t start, size_t end, int is_word)
{
    int n = snprintf(log->out + log->at, sizeof log->out - log->at, "%zu-%zu:%d ", start, end, is_word != 0);

    if (n <= 0 || (size_t)n >= sizeof log->out - log->at)
        ck_abort_msg("segment log full");
    log->at += (size_t)n;
}

static int log_library_segment(void *data, size_t start, size_t end, int is_word)
{
    log_segment(data, start, end, is_word);
    return 0;
}

static void icu_segments(UBreakIterator *breaker, const char *text, size_t len, segment_log *log)
{
    UErrorCode err = U_ZERO_ERROR;
    UText *ut = utext_openUTF8(NULL, text, (int64_t)len, &err);

    ubrk_setUText(breaker, ut, &err);
    if (U_FAILURE(err))
        ck_abort_msg("ICU: %s", u_errorName(err));
    for (int32_t start = ubrk_first(breaker), end = ubrk_next(breaker); end != UBRK_DONE;
         start = end, end = ubrk_next(breaker)) {
        int32_t at = start;
        UChar32 c;
        int alnum = 0;
        U8_NEXT((const uint8_t *)text, at, end, c);
        if (u_isUWhiteSpace(c))
            continue;
        for (at = start; at < end;) {
            U8_NEXT((const uint8_t *)text, at, end, c);
            alnum |= u_isalnum(c) != 0;
        }
        log_segment(log, (size_t)start, (size_t)end, ubrk_getRuleStatus(breaker) >= UBRK_WORD_NONE_LIMIT && alnum);
    }
    utext_close(ut);
}

static void assert_icu_segments(frn_ctx *ctx, UBreakIterator *breaker, const char *text, size_t len)
{
    static segment_log library, icu;

    library.at = icu.at = 0;
    library.out[0] = icu.out[0] = '\0';
    if (frnp_segments_each(ctx, text, len, log_library_segment, &library) != FRN_OK)
        ck_abort_msg("segmentation of \"%.*s\" failed", (int)len, text);
    icu_segments(breaker, text, len, &icu);
    if (strcmp(library.out, icu.out) != 0)
        ck_abort_msg("segments of \"%.*s\" differ from ICU's", (int)len, text);
}

static UBreakIterator *open_reference_breaker(void)
{
    UErrorCode err = U_ZERO_ERROR;
    UBreakIterator *breaker = ubrk_open(UBRK_WORD, "", NULL, 0, &err);

    ck_assert(U_SUCCESS(err));
    return breaker;
}

/* Texts the fast path reads itself (Latin text and punctuation) and texts
 * it hands to ICU (emoji, CJK, soft hyphens, combining marks): either way
 * the segments are ICU's. */
START_TEST(test_text_segments_are_icu_segments_byte_for_byte)
{
    static const char *const texts[] = {
        "Don't stop, U.S. Senate: 3.5 million! 1,000.50 a:b 3:30 x.y.z a'b' '90s rock'n'roll",
        "Smith\xE2\x80\x99s \xE2\x80\x98quote\xE2\x80\x99 \xE2\x80\x9C" "double\xE2\x80\x9D \xE2\x80\x94 dash",
        "@handle before.@handle e-mail a__b ___ _x x_ $5 5% #tag",
        "tab\there\r\nCRLF\rCR\vvt\ffeed  two  spaces",
        "no\xC2\xA0" "break narrow\xE2\x80\xAF" "no-break Jos\xC3\xA9 \xC3\x89" "cole stra\xC3\x9F" "e",
        "ab\xC2\xB7" "cd a\xE2\x80\xA4" "b 5\xE2\x80\xA4" "5 \xC2\xBD \xE2\x82\xAC" "5",
        "emoji \xF0\x9F\x98\x80 here", "kanji \xE4\xB8\x80\xE4\xBA\x8C and kana \xE3\x81\x82",
        "soft\xC2\xAD" "hyphen", "cafe\xCC\x81 combining", "zero\xE2\x80\x8Bwidth", "",
        "line one\n\xCC\x81" "accent after a line feed\r\n\xF0\x9F\x98\x80\nlast 3.5\n\n",
    };
    frn_ctx *ctx;
    UBreakIterator *breaker = open_reference_breaker();

    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        assert_icu_segments(ctx, breaker, texts[i], strlen(texts[i]));
    for (int a = 0; a < 5; a++) {
        static const char *const samples[] = {"000_9b3e2d958d694ffd.txt", "001_238edfc05bd1cd30.txt",
                                              "002_3a2f45761e980b28.txt", "003_aebe5fa7a6eea9d4.txt",
                                              "004_188a87e5ba5590fa.txt"};
        size_t len;
        char *text = frn_test_read_sample(samples[a], &len);
        /* Whole (lines that need ICU, an emoji, among lines that do not),
         * and a line at a time. */
        assert_icu_segments(ctx, breaker, text, len);
        for (size_t start = 0, end; start < len; start = end + 1) {
            for (end = start; end < len && text[end] != '\n'; end++)
                ;
            assert_icu_segments(ctx, breaker, text + start, end - start);
        }
        free(text);
    }
    ubrk_close(breaker);
    frn_ctx_free(ctx);
}
END_TEST

/* One of each class the fast path reads, characters it leaves to ICU (a
 * combining accent, the soft hyphen, Greek, a CJK ideograph, an emoji, the
 * zero width joiner), control characters and line terminators. */
static const UChar32 probes[] = {
    'a', 'Z', '7', '.', ',', ';', ':', '\'', '"', '_', '@', ' ', '-', '\n', '\r', '\t', 0x0B, 0x01,
    0x1C, 0x85, 0xA0, 0xAA, 0xB7, 0xC9, 0xD7, 0xAD, 0x1E9E, 0x2009, 0x2014, 0x2018, 0x2019, 0x201C,
    0x2024, 0x2026, 0x2027, 0x2028, 0x202F, 0x2044, 0x20AC, 0x0301, 0x03B1, 0x4E00, 0x1F600, 0x200D,
};
#define PROBES (sizeof probes / sizeof *probes)

static size_t put_char(char *out, size_t n, UChar32 c)
{
    U8_APPEND_UNSAFE(out, n, c);
    return n;
}

/* Every character of the ranges the fast path reads (Latin, Latin Extended
 * Additional, General Punctuation, currency signs) before and after pairs
 * of probes, and every string of three probes. */
START_TEST(test_text_segments_are_icu_segments_for_every_known_character)
{
    frn_ctx *ctx;
    UBreakIterator *breaker = open_reference_breaker();
    char text[32];

    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    for (UChar32 c = 1; c < 0x20D0; c++) {
        if (c == 0x250)
            c = 0x1E00;
        if (c == 0x1F00)
            c = 0x2000;
        for (size_t i = 0; i < PROBES; i += 2)
            for (size_t j = 1; j < PROBES; j += 2) {
                size_t n = put_char(text, put_char(text, put_char(text, 0, probes[i]), c), probes[j]);
                assert_icu_segments(ctx, breaker, text, n);
                n = put_char(text, put_char(text, put_char(text, 0, c), probes[i]), probes[j]);
                assert_icu_segments(ctx, breaker, text, n);
            }
    }
    for (size_t i = 0; i < PROBES; i++)
        for (size_t j = 0; j < PROBES; j++)
            for (size_t k = 0; k < PROBES; k++) {
                size_t n = put_char(text, put_char(text, put_char(text, 0, probes[i]), probes[j]), probes[k]);
                assert_icu_segments(ctx, breaker, text, n);
            }
    ubrk_close(breaker);
    frn_ctx_free(ctx);
}
END_TEST

/* Longer random strings of probes and letters (fixed seed). */
START_TEST(test_text_segments_are_icu_segments_on_random_text)
{
    frn_ctx *ctx;
    UBreakIterator *breaker = open_reference_breaker();
    char text[128];
    uint64_t x = 12345;

    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    for (int round = 0; round < 20000; round++) {
        size_t n = 0, length;
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        length = 1 + (x >> 59);
        for (size_t i = 0; i < length; i++) {
            x = x * 6364136223846793005ULL + 1442695040888963407ULL;
            n = put_char(text, n, (x >> 62) == 0 ? (UChar32)('a' + (x >> 33) % 3) : probes[(x >> 33) % PROBES]);
        }
        assert_icu_segments(ctx, breaker, text, n);
    }
    ubrk_close(breaker);
    frn_ctx_free(ctx);
}
END_TEST

START_TEST(test_text_count_words_stops_at_the_limit)
{
    frn_ctx *ctx;
    const char *text = "one two three four five";

    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    ck_assert_uint_eq(frnp_count_words(ctx, text, strlen(text), SIZE_MAX), 5);
    ck_assert_uint_eq(frnp_count_words(ctx, text, strlen(text), 3), 3);
    ck_assert_uint_eq(frnp_count_words(ctx, text, strlen(text), 0), 0);
    ck_assert_uint_eq(frnp_count_words(ctx, "-- | --", 7, SIZE_MAX), 0);
    ck_assert_uint_eq(frnp_count_words(ctx, "", 0, SIZE_MAX), 0);
    frn_ctx_free(ctx);
}
END_TEST

START_TEST(test_text_possessive_base)
{
    ck_assert_uint_eq(frnp_possessive_base("Apple's", 7), 5);
    ck_assert_uint_eq(frnp_possessive_base("Apple\xE2\x80\x99s", 9), 5);
    ck_assert_uint_eq(frnp_possessive_base("'s", 2), 2);     /* nothing before it */
    ck_assert_uint_eq(frnp_possessive_base("boss", 4), 4);
    ck_assert_uint_eq(frnp_possessive_base("bosses'", 7), 7); /* plural possessive: kept */
}
END_TEST

START_TEST(test_text_line_trailing_punctuation)
{
    ck_assert_uint_eq(frnp_line_core_length("sign in \xC2\xBB", 10), 7);
    ck_assert_uint_eq(frnp_line_core_length("menu:", 5), 4);
    ck_assert_uint_eq(frnp_line_core_length("more\0", 5), 4);
    ck_assert_uint_eq(frnp_line_core_length("...", 3), 0);
    ck_assert_uint_eq(frnp_line_core_length("tags", 4), 4);
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *suite = suite_create("text");
    TCase *utf8 = tcase_create("utf8");
    TCase *fold = tcase_create("fold");
    TCase *words = tcase_create("words");

    tcase_add_test(utf8, test_text_utf8_invalid_byte_found_at_every_position);
    tcase_add_test(utf8, test_text_utf8_nul_found_at_every_position_unless_allowed);
    tcase_add_test(utf8, test_text_utf8_sequences_at_every_position);
    tcase_add_test(utf8, test_text_utf8_reads_no_byte_past_the_text);
    tcase_add_test(utf8, test_text_utf8_invalid_at_agrees_with_icu_on_random_text);
    tcase_add_test(utf8, test_text_wide_guess_finds_nul_bytes_late_in_the_window);
    tcase_add_test(utf8, test_text_wide_guess_of_text_without_nul_is_none);
    suite_add_tcase(suite, utf8);
    tcase_add_test(fold, test_text_find_gives_the_first_match);
    tcase_add_test(fold, test_text_name_index_keeps_every_key_through_growth);
    tcase_add_test(fold, test_text_fold_lowers_without_the_locale);
    tcase_add_test(fold, test_text_fold_is_unicode_and_unifies_apostrophes);
    tcase_add_test(fold, test_text_fold_of_ascii_blocks_is_the_fold_of_each_byte);
    tcase_add_test(fold, test_text_fold_cuts_at_whole_code_points);
    tcase_add_test(fold, test_text_fold_short_ascii_is_the_fold_or_declines);
    tcase_add_test(fold, test_text_fold_match_gives_the_text_length);
    tcase_add_test(fold, test_text_fold_dup_holds_a_growing_fold);
    tcase_add_test(fold, test_text_line_trailing_punctuation);
    suite_add_tcase(suite, fold);
    tcase_add_test(words, test_text_words_are_icu_segments_with_a_letter_or_digit);
    tcase_add_test(words, test_text_segments_are_icu_segments_byte_for_byte);
    tcase_add_test(words, test_text_segments_are_icu_segments_for_every_known_character);
    tcase_add_test(words, test_text_segments_are_icu_segments_on_random_text);
    tcase_add_test(words, test_text_count_words_stops_at_the_limit);
    tcase_add_test(words, test_text_possessive_base);
    /* The differential tests compare over a million segmentations with
     * ICU's: about a second in a plain build, several under the sanitizers,
     * more than Check's default 4 s allows. */
    tcase_set_timeout(words, 120);
    suite_add_tcase(suite, words);
    return suite;
}
