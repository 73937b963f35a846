/* The lexicon alone (lexicon/): the compiled tables, one lookup per word
 * answering every class, the phrase matchers, the language fallback, and
 * the person-name recogniser. */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "lexicon/lexicon-tables.h"
#include "lexicon/lexicon.h"
#include "lexicon/person-name.h"
#include "text/text-fold.h"
#include "text/tokens.h"
#include "test-support.h"

static const frnp_lexicon *english(void)
{
    return frnp_lexicon_get("en");
}

static uint64_t classes(const char *word)
{
    return frnp_lexicon_classes(english(), word, strlen(word));
}

START_TEST(test_lexicon_tables_sorted_without_duplicates)
{
    for (size_t l = 0; l < frnp_lexicon_count; l++) {
        const frnp_lex_table *tables[2 + FRNP_PHRASE_LIST_COUNT];
        tables[0] = &frnp_lexicons[l]->words;
        tables[1] = &frnp_lexicons[l]->shared_words;
        for (size_t p = 0; p < FRNP_PHRASE_LIST_COUNT; p++)
            tables[2 + p] = &frnp_lexicons[l]->phrases[p];
        for (size_t t = 0; t < 2 + FRNP_PHRASE_LIST_COUNT; t++)
            for (size_t i = 1; i < tables[t]->count; i++) {
                const frnp_lex_entry *a = &tables[t]->entries[i - 1], *b = &tables[t]->entries[i];
                int c = memcmp(a->text, b->text, a->len < b->len ? a->len : b->len);
                ck_assert_msg(c < 0 || (c == 0 && a->len < b->len), "table %zu: \"%s\" before \"%s\"",
                              t, a->text, b->text);
            }
    }
    ck_assert_uint_gt(english()->words.count, 400);
}
END_TEST

/* A word as listed, in capitals and capitalised, is found with its
 * classes (a shared word with at least its own: the language's lists may
 * add theirs): short ASCII words are folded and hashed in one pass, the
 * others the general way, and both must agree with the table. */
static void check_found_in_any_case(const frnp_lexicon *lexicon, const frnp_lex_entry *e, int shared)
{
    char word[FRNP_LEX_WORD_MAX + 2];
    uint64_t found[3];

    found[0] = frnp_lexicon_classes(lexicon, e->text, e->len);
    memcpy(word, e->text, e->len);
    if (word[0] >= 'a' && word[0] <= 'z')
        word[0] = (char)(word[0] - 'a' + 'A');
    found[1] = frnp_lexicon_classes(lexicon, word, e->len);
    for (size_t k = 0; k < e->len; k++)
        if (word[k] >= 'a' && word[k] <= 'z')
            word[k] = (char)(word[k] - 'a' + 'A');
    found[2] = frnp_lexicon_classes(lexicon, word, e->len);
    for (size_t k = 0; k < 3; k++)
        ck_assert_msg(shared ? (found[k] & e->classes) == e->classes : found[k] == e->classes,
                      "%s: \"%.*s\"", lexicon->language, (int)e->len, e->text);
    /* One byte more is another word, which the folded lookup answers. */
    memcpy(word, e->text, e->len);
    word[e->len] = 'q';
    ck_assert_uint_eq(frnp_lexicon_classes(lexicon, word, e->len + 1),
                      frnp_lexicon_folded_classes(lexicon, word, e->len + 1));
}

START_TEST(test_lexicon_words_found_in_any_case)
{
    for (size_t l = 0; l < frnp_lexicon_count; l++) {
        const frnp_lexicon *lexicon = frnp_lexicons[l];
        for (size_t i = 0; i < lexicon->words.count; i++)
            check_found_in_any_case(lexicon, &lexicon->words.entries[i], 0);
        for (size_t i = 0; i < lexicon->shared_words.count; i++)
            check_found_in_any_case(lexicon, &lexicon->shared_words.entries[i], 1);
    }
    /* "THE" and "The" are "the"; a word longer than any entry is none. */
    ck_assert_uint_eq(classes("THE"), classes("the"));
    ck_assert_uint_ne(classes("the"), 0);
    ck_assert_uint_eq(classes("thethethethethethethethethethethet"), 0);
    ck_assert_uint_eq(classes(""), 0);
}
END_TEST

START_TEST(test_lexicon_one_lookup_answers_every_class)
{
    uint64_t he = classes("He");

    ck_assert(he & FRNP_LEX_PRONOUN_MALE);
    ck_assert(he & FRNP_LEX_NON_NAME_WORD);
    ck_assert(he & FRNP_LEX_STOPWORD);
    ck_assert(!(he & (FRNP_LEX_DETERMINER | FRNP_LEX_PRONOUN_FEMALE)));
    ck_assert(classes("we") & FRNP_LEX_SPEAKER_PRONOUN);
    ck_assert(classes("they") & FRNP_LEX_PRONOUN_NEUTER);
    ck_assert(!(classes("they") & (FRNP_LEX_PRONOUN_MALE | FRNP_LEX_PRONOUN_FEMALE)));
    ck_assert(classes("Mr") & FRNP_LEX_HONORIFIC_MALE);
    ck_assert(classes("Mary") & FRNP_LEX_GIVEN_NAME_FEMALE);
    /* The shared given names: a German woman's, a French and Spanish
     * man's, with every bit in every language; "Andere" ("others") is a
     * Spanish name in the source but a German word, left out. */
    ck_assert(classes("B\xC3\xA4rbel") & FRNP_LEX_GIVEN_NAME_FEMALE);
    ck_assert(frnp_lexicon_classes(frnp_lexicon_get("de"), "Olaf", 4) & FRNP_LEX_GIVEN_NAME_MALE);
    ck_assert(frnp_lexicon_classes(frnp_lexicon_get("fr"), "Jos\xC3\xA9", 5) & FRNP_LEX_GIVEN_NAME_MALE);
    ck_assert_uint_eq(frnp_lexicon_classes(frnp_lexicon_get("de"), "Andere", 6) &
                      (FRNP_LEX_GIVEN_NAME_MALE | FRNP_LEX_GIVEN_NAME_FEMALE), 0);
    /* A word of a shared list and the language's has both bits. */
    ck_assert_uint_eq(classes("Will") & (FRNP_LEX_GIVEN_NAME_MALE | FRNP_LEX_STOPWORD),
                      FRNP_LEX_GIVEN_NAME_MALE | FRNP_LEX_STOPWORD);
    ck_assert(!(frnp_lexicon_classes(frnp_lexicon_get("de"), "Will", 4) & FRNP_LEX_STOPWORD));
    ck_assert(frnp_lexicon_classes(frnp_lexicon_get("de"), "Will", 4) & FRNP_LEX_GIVEN_NAME_MALE);
    ck_assert(classes("Street") & FRNP_LEX_PLACE_WORD);
    ck_assert_uint_eq(classes("spokesperson") & (FRNP_LEX_ROLE_WORD | FRNP_LEX_PROXY_NOUN),
                      FRNP_LEX_ROLE_WORD | FRNP_LEX_PROXY_NOUN);
    ck_assert(classes("Union") & FRNP_LEX_ORGANISATION_NOUN);
    ck_assert(classes("von") & FRNP_LEX_NAME_PARTICLE);
    ck_assert(classes("&") & FRNP_LEX_NAME_CONNECTOR);
    ck_assert(classes("that") & FRNP_LEX_COMPLEMENTISER);
    ck_assert(classes("has") & FRNP_LEX_CUE_MODIFIER);
    ck_assert(classes("covers") & FRNP_LEX_BIO_VERB);
    ck_assert_uint_eq(classes("zebra"), 0);
    ck_assert_uint_eq(classes(""), 0);
    /* Longer than any entry: not found, not cut to one. */
    ck_assert_uint_eq(classes("saidsaidsaidsaidsaidsaidsaidsaidsaid"), 0);
}
END_TEST

START_TEST(test_lexicon_cues_and_after_quote_verbs)
{
    ck_assert(classes("SAID") & FRNP_LEX_CUE_VERB);
    ck_assert(classes("told") & FRNP_LEX_CUE_VERB);
    /* Only after a quotation: "..., the statement read." */
    ck_assert(classes("read") & FRNP_LEX_AFTER_QUOTE_CUE);
    ck_assert(!(classes("read") & FRNP_LEX_CUE_VERB));
    /* "pointed" starts a cue phrase but is no cue alone. */
    ck_assert(classes("pointed") & FRNP_LEX_CUE_PHRASE);
    ck_assert(!(classes("pointed") & FRNP_LEX_CUE_VERB));
}
END_TEST

START_TEST(test_lexicon_word_weights)
{
    /* A cue verb (no weight given) that a weighted list also holds takes
     * the weight given: "believes" reports belief, not speech. */
    frnp_lex_word believes = frnp_lexicon_word(english(), "believes", 8);
    frnp_lex_word said = frnp_lexicon_word(english(), "said", 4);

    ck_assert(believes.classes & FRNP_LEX_CUE_VERB);
    ck_assert(believes.classes & FRNP_LEX_REPORT_VERB);
    ck_assert(believes.weight > 0.69f && believes.weight < 0.71f);
    ck_assert(said.weight == 1.0f);
    ck_assert(frnp_lexicon_word(english(), "zebra", 5).weight == 1.0f);
}
END_TEST

START_TEST(test_lexicon_languages_have_their_own_lists)
{
    const frnp_lexicon *de = frnp_lexicon_get("de-AT");

    ck_assert_str_eq(frnp_lexicon_language(de), "de");
    ck_assert(frnp_lexicon_classes(de, "sagte", 5) & FRNP_LEX_CUE_VERB);
    ck_assert(frnp_lexicon_classes(de, "Laut", 4) & FRNP_LEX_ACCORDING_TO);
    ck_assert(frnp_lexicon_classes(de, "er", 2) & FRNP_LEX_PRONOUN_MALE);
    /* A language has the lists of its folder and no other: no English. */
    ck_assert_uint_eq(frnp_lexicon_classes(de, "said", 4), 0);
    ck_assert_uint_eq(frnp_lexicon_classes(de, "the", 3), 0);
    /* DÉCLARÉ folds to déclaré: the fold is Unicode's, not ASCII's. */
    ck_assert(frnp_lexicon_classes(frnp_lexicon_get("fr"), "D\xC3\x89" "CLAR\xC3\x89", 9) & FRNP_LEX_CUE_VERB);
    ck_assert(frnp_lexicon_classes(frnp_lexicon_get("es"), "seg\xC3\xBAn", 6) & FRNP_LEX_ACCORDING_TO);
}
END_TEST

/* German compounds name roles by their last part: a capitalised word that
 * ends in a role suffix after letters of its own is a role. */
START_TEST(test_lexicon_german_role_compounds)
{
    const frnp_lexicon *de = frnp_lexicon_get("de"), *en = frnp_lexicon_get("en");
    const char *chair = "Verbandspr\xC3\xA4sident", *leader = "Oppositionsf\xC3\xBChrerin";

    ck_assert_uint_eq(frnp_lexicon_role_suffix(de, chair, strlen(chair)), 8); /* "präsident" */
    ck_assert_uint_eq(frnp_lexicon_role_suffix(de, leader, strlen(leader)), 11);
    ck_assert(frnp_lexicon_classes(de, chair, strlen(chair)) & FRNP_LEX_ROLE_WORD);
    ck_assert(frnp_lexicon_classes(de, leader, strlen(leader)) & FRNP_LEX_ROLE_WORD);
    /* The longest suffix: a Geschäftsführerin is one, not a Führerin. */
    ck_assert_uint_eq(frnp_lexicon_role_suffix(de, "Landesgesch\xC3\xA4" "ftsf\xC3\xBChrerin",
                                               strlen("Landesgesch\xC3\xA4" "ftsf\xC3\xBChrerin")), 6);
    /* Not a compound: the suffix alone, a lower-case word, another noun. */
    ck_assert_uint_eq(frnp_lexicon_role_suffix(de, "Chefin", 6), 0);
    ck_assert_uint_eq(frnp_lexicon_role_suffix(de, "verbandspr\xC3\xA4sident", strlen(chair)), 0);
    ck_assert_uint_eq(frnp_lexicon_role_suffix(de, "Bundesregierung", 15), 0);
    ck_assert_uint_eq(frnp_lexicon_classes(de, "Bundesregierung", 15) & FRNP_LEX_ROLE_WORD, 0);
    /* English writes its roles apart: it has no suffixes. */
    ck_assert_uint_eq(frnp_lexicon_role_suffix(en, "Firechief", 9), 0);
}
END_TEST

START_TEST(test_lexicon_language_falls_back_on_english)
{
    ck_assert_str_eq(frnp_lexicon_language(frnp_lexicon_get("en")), "en");
    ck_assert_ptr_eq(frnp_lexicon_get("EN-us"), english());
    ck_assert_ptr_eq(frnp_lexicon_get(NULL), english());
    ck_assert_ptr_eq(frnp_lexicon_get(""), english());
    ck_assert_str_eq(frnp_lexicon_language(frnp_lexicon_get("xx")), "en");
    ck_assert_str_eq(frnp_lexicon_language(frnp_lexicon_get("it")), "en");
}
END_TEST

/* text as one paragraph of tagged tokens. */
static frnp_token_list tag(frn_ctx *ctx, const char *text)
{
    frnp_token_list tokens;
    frn_span all = {0, strlen(text)};

    ck_assert_int_eq(frnp_tokens_segment(ctx, text, &all, 1, &tokens), FRN_OK);
    frnp_lexicon_tag_tokens(english(), text, &tokens);
    return tokens;
}

START_TEST(test_lexicon_token_phrases)
{
    frn_ctx *ctx;
    const char *text = "According to Smith, he pointed out that it pointed at them; according";
    frnp_token_list tokens;

    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    tokens = tag(ctx, text);
    ck_assert(frnp_token_in(&tokens.items[0], FRNP_LEX_CUE_PHRASE));
    ck_assert_uint_eq(frnp_lexicon_token_phrase(english(), FRNP_PHRASES_CUE_PHRASE, text, &tokens, 0), 2);
    ck_assert_uint_eq(frnp_lexicon_token_phrase(english(), FRNP_PHRASES_CUE_PHRASE, text, &tokens, 5), 2);
    ck_assert_uint_eq(frnp_lexicon_token_phrase(english(), FRNP_PHRASES_CUE_PHRASE, text, &tokens, 9), 0);
    /* The last token: no room for the phrase's second word. */
    ck_assert_uint_eq(frnp_lexicon_token_phrase(english(), FRNP_PHRASES_CUE_PHRASE, text, &tokens,
                                                tokens.count - 1), 0);
    frnp_tokens_release(&tokens);
    frn_ctx_free(ctx);
}
END_TEST

START_TEST(test_lexicon_line_phrases)
{
    const frnp_lexicon *en = english();

    ck_assert(frnp_lexicon_is_line(en, FRNP_PHRASES_CHROME_LINE, "sign in \xC2\xBB", 10));
    ck_assert(!frnp_lexicon_is_line(en, FRNP_PHRASES_CHROME_LINE, "sign in to comment", 18));
    ck_assert(frnp_lexicon_is_line(en, FRNP_PHRASES_LINK_LIST_LINE, "read more:", 10));
    ck_assert(!frnp_lexicon_is_line(en, FRNP_PHRASES_END_OF_ARTICLE_LINE, "read more:", 10));
    ck_assert(frnp_lexicon_is_line(en, FRNP_PHRASES_END_OF_ARTICLE_LINE, "editor's picks", 14));
    ck_assert(frnp_lexicon_is_line(en, FRNP_PHRASES_AUTHOR_BOX_LINE, "about the author", 16));
}
END_TEST

START_TEST(test_lexicon_prefixes_take_the_longest)
{
    const frnp_lexicon *en = english();

    ck_assert_uint_eq(frnp_lexicon_prefix(en, FRNP_PHRASES_BYLINE_OPENER, "Written By Jane Doe", 19), 10);
    ck_assert_uint_eq(frnp_lexicon_prefix(en, FRNP_PHRASES_BYLINE_OPENER, "Post Author: Jane", 17), 12);
    ck_assert_uint_eq(frnp_lexicon_prefix(en, FRNP_PHRASES_BYLINE_OPENER, "Bystanders said", 15), 2);
    ck_assert_uint_eq(frnp_lexicon_prefix(en, FRNP_PHRASES_CHROME_PREFIX, "Share on Twitter", 16), 9);
    ck_assert_uint_eq(frnp_lexicon_prefix(en, FRNP_PHRASES_CHROME_PREFIX, "Shared values", 13), 0);
    ck_assert_uint_eq(frnp_lexicon_prefix(en, FRNP_PHRASES_LIST_BULLET, "\xE2\x80\xA2 item", 8), 3);
    ck_assert_uint_eq(frnp_lexicon_prefix(en, FRNP_PHRASES_LIST_BULLET, "-5 degrees", 10), 0);
}
END_TEST

/* What frnp_lexicon_prefix must answer: the longest text match of any
 * phrase, trying each. */
static size_t naive_prefix(const frnp_lex_table *table, const char *text, size_t len)
{
    size_t longest = 0;

    for (size_t i = 0; i < table->count; i++) {
        size_t n = frnp_fold_match(text, len, 0, table->entries[i].text, table->entries[i].len);
        if (n > longest)
            longest = n;
    }
    return longest;
}

static void check_prefix_against_naive(const frnp_lexicon *lexicon, frnp_phrase_list list,
                                       const char *text, size_t len)
{
    ck_assert_msg(frnp_lexicon_prefix(lexicon, list, text, len) ==
                      naive_prefix(&lexicon->phrases[list], text, len),
                  "%s list %d: \"%.*s\"", frnp_lexicon_language(lexicon), (int)list, (int)len, text);
}

/* Each phrase of each list of each language, as it is, in capitals, cut
 * short, followed by more text or by another phrase, with a bad byte at
 * each of its positions: the search of the sorted table answers what a
 * scan of every phrase answers. */
START_TEST(test_lexicon_prefix_matches_a_scan_of_every_phrase)
{
    char line[512], bad[514];
    uint32_t seed = 7;

    for (size_t l = 0; l < frnp_lexicon_count; l++)
        for (int list = 0; list < FRNP_PHRASE_LIST_COUNT; list++) {
            const frnp_lex_table *table = &frnp_lexicons[l]->phrases[list];
            for (size_t i = 0; i < table->count; i++) {
                const frnp_lex_entry *e = &table->entries[i];
                size_t len = (size_t)snprintf(line, sizeof line, "%s and more", e->text);
                check_prefix_against_naive(frnp_lexicons[l], (frnp_phrase_list)list, line, len);
                check_prefix_against_naive(frnp_lexicons[l], (frnp_phrase_list)list, line, e->len);
                if (e->len > 0)
                    check_prefix_against_naive(frnp_lexicons[l], (frnp_phrase_list)list, line, e->len - 1);
                for (size_t k = 0; k < e->len; k++)
                    if (line[k] >= 'a' && line[k] <= 'z')
                        line[k] = (char)(line[k] - 'a' + 'A');
                check_prefix_against_naive(frnp_lexicons[l], (frnp_phrase_list)list, line, len);
                for (size_t k = 0; k < e->len; k++) {
                    /* The fold skips the bad byte, which the match stops at. */
                    size_t bad_len = (size_t)snprintf(bad, sizeof bad, "%.*s\xFF%s", (int)k, line, line + k);
                    check_prefix_against_naive(frnp_lexicons[l], (frnp_phrase_list)list, bad, bad_len);
                }
                seed = seed * 1103515245u + 12345u;
                len = (size_t)snprintf(line, sizeof line, "%s%s", e->text,
                                       table->entries[(seed >> 8) % table->count].text);
                check_prefix_against_naive(frnp_lexicons[l], (frnp_phrase_list)list, line, len);
            }
            check_prefix_against_naive(frnp_lexicons[l], (frnp_phrase_list)list, "", 0);
        }
}
END_TEST

START_TEST(test_lexicon_weighted_phrases_add_up)
{
    const frnp_lexicon *en = english();

    /* "sign up now" 2, "sign up" 1, "newsletter" 1 */
    ck_assert_int_eq(frnp_lexicon_score(en, FRNP_PHRASES_PROMOTION, "sign up now for our newsletter"), 4);
    ck_assert_int_eq(frnp_lexicon_score(en, FRNP_PHRASES_PROMOTION, "the council met on tuesday"), 0);
    ck_assert_int_eq(frnp_lexicon_score(en, FRNP_PHRASES_PHOTO_CREDIT, "izusek/getty images"), 1);
}
END_TEST

START_TEST(test_lexicon_substrings_count_each_phrase_once_anywhere)
{
    const frnp_lexicon *en = english();

    ck_assert_ptr_nonnull(en->automata[FRNP_PHRASES_PROMOTION]);
    /* "cookie" 1, once however often, and inside a longer word */
    ck_assert_int_eq(frnp_lexicon_score(en, FRNP_PHRASES_PROMOTION, "cookie cookie cookie"), 1);
    ck_assert_int_eq(frnp_lexicon_score(en, FRNP_PHRASES_PROMOTION, "we use cookies."), 1);
    /* "unsubscribe" 1 holds "subscribe" 1; "subscribe to our" 2 holds it too */
    ck_assert_int_eq(frnp_lexicon_score(en, FRNP_PHRASES_PROMOTION, "unsubscribe"), 2);
    ck_assert_int_eq(frnp_lexicon_score(en, FRNP_PHRASES_PROMOTION, "subscribe to our newsletter"), 4);
    /* a phrase cut by the end of the line, or broken, is not there */
    ck_assert_int_eq(frnp_lexicon_score(en, FRNP_PHRASES_PROMOTION, "sign u"), 0);
    ck_assert_int_eq(frnp_lexicon_score(en, FRNP_PHRASES_PROMOTION, "sign  up"), 0);
    ck_assert_int_eq(frnp_lexicon_score(en, FRNP_PHRASES_PROMOTION, ""), 0);
    /* a false start ("sign u" then "on twitter") and a phrase right after */
    ck_assert_int_eq(frnp_lexicon_score(en, FRNP_PHRASES_PROMOTION, "sign uon twitter"), 1);
    /* "/ap" and "ap photo" both, sharing their bytes */
    ck_assert_int_eq(frnp_lexicon_score(en, FRNP_PHRASES_PHOTO_CREDIT, "jane doe/ap photo"), 2);
    ck_assert_int_eq(frnp_lexicon_score(en, FRNP_PHRASES_PHOTO_CREDIT, "snapshot"), 0);
}
END_TEST

/* What the automaton must answer: each phrase strstr finds, its weight. */
static int naive_score(const frnp_lex_table *table, const char *text)
{
    int score = 0;

    for (size_t i = 0; i < table->count; i++)
        if (strstr(text, table->entries[i].text))
            score += (int)table->entries[i].weight;
    return score;
}

/* A line of fragments of the list's phrases: whole phrases, their starts
 * (false starts for the automaton) and their ends, and bytes no phrase
 * holds, chosen by a fixed linear congruential sequence. */
static void mixed_line(const frnp_lex_table *table, uint32_t *seed, char *line, size_t size)
{
    size_t at = 0;

    for (int piece = 0; piece < 6; piece++) {
        const frnp_lex_entry *e;
        size_t from = 0, to;
        *seed = *seed * 1103515245u + 12345u;
        e = &table->entries[(*seed >> 8) % table->count];
        to = e->len;
        switch ((*seed >> 4) % 4) {
        case 1: to = e->len / 2 + 1; break;   /* a start */
        case 2: from = e->len / 2; break;     /* an end */
        case 3: line[at++] = "x .q"[(*seed >> 20) % 4]; break;
        default: break;
        }
        if (at + (to - from) + 2 >= size)
            break;
        memcpy(line + at, e->text + from, to - from);
        at += to - from;
    }
    line[at] = '\0';
}

static void check_against_naive(const frnp_lexicon *lexicon, frnp_phrase_list list, const char *line)
{
    ck_assert_msg(frnp_lexicon_score(lexicon, list, line) == naive_score(&lexicon->phrases[list], line),
                  "%s: \"%s\"", frnp_lexicon_language(lexicon), line);
}

START_TEST(test_lexicon_substrings_match_strstr)
{
    const frnp_phrase_list lists[] = {FRNP_PHRASES_CHROME_SUBSTRING, FRNP_PHRASES_PHOTO_CREDIT,
                                      FRNP_PHRASES_PROMOTION, FRNP_PHRASES_DATELINE_ANNOUNCER};
    static const char *const written[] = {
        "follow us on twitter and on facebook, or subscribe to our daily dose",
        "all rights reserved. terms of use | privacy policy | cookie settings",
        "photo: reuters/jane doe via getty images / afp via getty",
        "first published march 3; last updated march 4 (updated)",
        "the mayor said the council would publish the figures next week",
        "\xc3\xa9t\xc3\xa9 \xe2\x80\x94 ap photophoto/ap/apap",
    };
    char line[1024];
    uint32_t seed = 1;

    for (size_t l = 0; l < frnp_lexicon_count; l++)
        for (size_t k = 0; k < sizeof lists / sizeof *lists; k++) {
            const frnp_lex_table *table = &frnp_lexicons[l]->phrases[lists[k]];
            for (size_t i = 0; i < sizeof written / sizeof *written; i++)
                check_against_naive(frnp_lexicons[l], lists[k], written[i]);
            for (size_t i = 0; i < table->count; i++)
                for (size_t j = 0; j < table->count; j++) {
                    snprintf(line, sizeof line, "%s%s", table->entries[i].text, table->entries[j].text);
                    check_against_naive(frnp_lexicons[l], lists[k], line);
                    snprintf(line, sizeof line, "%.*s%s", (int)table->entries[i].len - 1,
                             table->entries[i].text, table->entries[j].text);
                    check_against_naive(frnp_lexicons[l], lists[k], line);
                }
            for (int i = 0; table->count > 0 && i < 2000; i++) {
                mixed_line(table, &seed, line, sizeof line);
                check_against_naive(frnp_lexicons[l], lists[k], line);
            }
        }
}
END_TEST

/* The name run at token i of text, as written and as a person's name. */
typedef struct name_found {
    char written[64], name[64];
    size_t written_words, words, role;
} name_found;

static void copy_tokens(const char *text, const frnp_token_list *tokens, size_t first, size_t last,
                        char out[64])
{
    size_t start = first < last ? tokens->items[first].start : 0;
    size_t end = first < last ? tokens->items[last - 1].end : 0;

    ck_assert_uint_lt(end - start, 64);
    memcpy(out, text + start, end - start);
    out[end - start] = '\0';
}

static name_found name_at(const char *text, size_t i)
{
    frn_ctx *ctx;
    frnp_token_list tokens;
    frnp_name_run run;
    name_found found;

    ck_assert_int_eq(frn_ctx_new(&ctx), FRN_OK);
    tokens = tag(ctx, text);
    frnp_name_run_at(text, &tokens, i, tokens.count, &run);
    copy_tokens(text, &tokens, run.start, run.end, found.written);
    copy_tokens(text, &tokens, run.first, run.last, found.name);
    found.written_words = run.written_words;
    found.words = run.words;
    found.role = run.role;
    frnp_tokens_release(&tokens);
    frn_ctx_free(ctx);
    return found;
}

START_TEST(test_names_title_before_the_name)
{
    name_found f = name_at("Microsoft President Brad Smith said so.", 0);

    ck_assert_str_eq(f.written, "Microsoft President Brad Smith");
    ck_assert_str_eq(f.name, "Brad Smith");
    ck_assert_uint_eq(f.words, 2);
    ck_assert_uint_eq(f.role, 1);
    f = name_at("The Associated Press reported", 0);
    ck_assert_str_eq(f.written, "The Associated Press");
    ck_assert_uint_eq(f.written_words, 3);
    ck_assert_str_eq(f.name, "Associated Press");
    f = name_at("staff attorney Saira Hussain said", 2);
    ck_assert_str_eq(f.name, "Saira Hussain");
    ck_assert_uint_eq(f.role, 1);
}
END_TEST

START_TEST(test_names_initials_hyphens_particles)
{
    name_found f = name_at("J. K. Rowling wrote", 0);

    ck_assert_str_eq(f.name, "J. K. Rowling");
    ck_assert_uint_eq(f.words, 3);
    ck_assert_str_eq(name_at("by H.G. Wells, then", 1).name, "H.G. Wells");
    f = name_at("Rep. Alexandria Ocasio-Cortez said", 2);
    ck_assert_str_eq(f.name, "Alexandria Ocasio-Cortez");
    ck_assert_uint_eq(f.words, 2);
    f = name_at("Ursula von der Leyen said", 0);
    ck_assert_str_eq(f.name, "Ursula von der Leyen");
    ck_assert_uint_eq(f.words, 2);
    /* A particle or a hyphen that no capitalised word follows ends the name. */
    ck_assert_str_eq(name_at("Jane Doe de facto leads", 0).name, "Jane Doe");
    ck_assert_str_eq(name_at("Seattle-based Microsoft", 0).name, "Seattle");
}
END_TEST

START_TEST(test_names_end_at_a_sentence)
{
    /* An initial's dot does not carry the name into the next sentence. */
    ck_assert_str_eq(name_at("It was Malcolm X. He spoke.", 2).name, "Malcolm X");
    ck_assert_str_eq(name_at("Jane Doe. Then she left", 0).name, "Jane Doe");
    /* Nor across paragraphs or punctuation. */
    ck_assert_str_eq(name_at("Jane Doe, John Roe", 0).name, "Jane Doe");
    ck_assert(frnp_name_is_full(2) && frnp_name_is_full(4));
    ck_assert(!frnp_name_is_full(1) && !frnp_name_is_full(5));
    ck_assert_str_eq(name_at("the council said", 0).name, "");
}
END_TEST

Suite *frn_test_suite(void)
{
    Suite *suite = suite_create("lexicon");
    TCase *tables = tcase_create("tables");
    TCase *names = tcase_create("names");

    tcase_add_test(tables, test_lexicon_tables_sorted_without_duplicates);
    tcase_add_test(tables, test_lexicon_one_lookup_answers_every_class);
    tcase_add_test(tables, test_lexicon_cues_and_after_quote_verbs);
    tcase_add_test(tables, test_lexicon_word_weights);
    tcase_add_test(tables, test_lexicon_languages_have_their_own_lists);
    tcase_add_test(tables, test_lexicon_german_role_compounds);
    tcase_add_test(tables, test_lexicon_language_falls_back_on_english);
    tcase_add_test(tables, test_lexicon_token_phrases);
    tcase_add_test(tables, test_lexicon_line_phrases);
    tcase_add_test(tables, test_lexicon_prefixes_take_the_longest);
    tcase_add_test(tables, test_lexicon_words_found_in_any_case);
    tcase_add_test(tables, test_lexicon_prefix_matches_a_scan_of_every_phrase);
    tcase_add_test(tables, test_lexicon_weighted_phrases_add_up);
    tcase_add_test(tables, test_lexicon_substrings_count_each_phrase_once_anywhere);
    tcase_add_test(tables, test_lexicon_substrings_match_strstr);
    suite_add_tcase(suite, tables);
    tcase_add_test(names, test_names_title_before_the_name);
    tcase_add_test(names, test_names_initials_hyphens_particles);
    tcase_add_test(names, test_names_end_at_a_sentence);
    suite_add_tcase(suite, names);
    return suite;
}
