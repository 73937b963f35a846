/* Dates in prose, English month names; validated as calendar dates. */
#include <stdio.h>
#include <string.h>
#include "date-text.h"
#include "lexicon/lexicon.h"
#include "text/text-fold.h"
#include "text/text-match.h"
#include "text/text-words.h"

#define DATELINE_MAX_BYTES 120

/* Digits and letters are compared as bytes: ctype's answers depend on the
 * caller's locale. */
static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int is_ascii_alnum(char c)
{
    return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static const char *const month_names[12] = {
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december"
};

/* Month number (1-12) of a month name or its 3-letter abbreviation at
 * text[pos] ("Sept" too), and its length; 0 when none. */
static int month_at(const char *text, size_t len, size_t pos, size_t *name_len)
{
    for (int m = 0; m < 12; m++) {
        size_t full = strlen(month_names[m]);
        size_t n = frnp_match_at(text, len, pos, month_names[m]);
        if (n && frnp_is_whole_word(text, len, pos, pos + n)) {
            *name_len = full;
            return m + 1;
        }
        for (size_t k = 4; k >= 3; k--) {
            char abbreviation[5];
            memcpy(abbreviation, month_names[m], k);
            abbreviation[k] = '\0';
            n = frnp_match_at(text, len, pos, abbreviation);
            if (n && k < full && frnp_is_whole_word(text, len, pos, pos + n)) {
                *name_len = n + (pos + n < len && text[pos + n] == '.');
                return m + 1;
            }
        }
    }
    return 0;
}

/* Read up to max_digits digits at *pos; -1 when there are none. */
static int read_number(const char *text, size_t len, size_t *pos, int max_digits)
{
    int value = 0, digits = 0;

    while (*pos < len && digits < max_digits && is_digit(text[*pos])) {
        value = value * 10 + (text[*pos] - '0');
        (*pos)++;
        digits++;
    }
    if (digits == 0 || (*pos < len && is_digit(text[*pos])))
        return -1;
    return value;
}

static void skip_separators(const char *text, size_t len, size_t *pos)
{
    while (*pos < len && strchr(" ,.\t", text[*pos]))
        (*pos)++;
}

/* Skip "st", "nd", "rd", "th" after a day number. */
static void skip_ordinal(const char *text, size_t len, size_t *pos)
{
    static const char *const suffixes[] = {"st", "nd", "rd", "th"};

    for (int i = 0; i < 4; i++)
        if (frnp_match_at(text, len, *pos, suffixes[i])) {
            *pos += 2;
            return;
        }
}

static int valid_date(int year, int month, int day)
{
    static const int days[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1)
        return 0;
    if (month == 2 && day == 29)
        return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= days[month - 1];
}

static int write_iso(int year, int month, int day, char iso[11])
{
    char buffer[32];

    if (!valid_date(year, month, day))
        return 0;
    snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    memcpy(iso, buffer, 11);
    return 1;
}

/* "June 12, 2020" with the month at pos. */
static int month_first(const char *text, size_t len, size_t pos, char iso[11])
{
    size_t name_len;
    int month = month_at(text, len, pos, &name_len), day, year;

    if (!month)
        return 0;
    pos += name_len;
    skip_separators(text, len, &pos);
    day = read_number(text, len, &pos, 2);
    skip_ordinal(text, len, &pos);
    skip_separators(text, len, &pos);
    year = read_number(text, len, &pos, 4);
    return day > 0 && year > 0 && write_iso(year, month, day, iso);
}

/* "12 June 2020" with the day at pos. */
static int day_first(const char *text, size_t len, size_t pos, char iso[11])
{
    size_t name_len;
    int day = read_number(text, len, &pos, 2), month, year;

    if (day < 0)
        return 0;
    skip_ordinal(text, len, &pos);
    skip_separators(text, len, &pos);
    month = month_at(text, len, pos, &name_len);
    if (!month)
        return 0;
    pos += name_len;
    skip_separators(text, len, &pos);
    year = read_number(text, len, &pos, 4);
    return year > 0 && write_iso(year, month, day, iso);
}

/* "2020-06-12" or "2020/06/12" with the year at pos. */
static int numeric_iso(const char *text, size_t len, size_t pos, char iso[11])
{
    int year = read_number(text, len, &pos, 4), month, day;
    char separator;

    if (year < 0 || pos >= len || (text[pos] != '-' && text[pos] != '/'))
        return 0;
    separator = text[pos++];
    month = read_number(text, len, &pos, 2);
    if (month < 0 || pos >= len || text[pos++] != separator)
        return 0;
    day = read_number(text, len, &pos, 2);
    return day > 0 && write_iso(year, month, day, iso);
}

int frnp_date_find(const char *text, size_t len, char iso[11])
{
    for (size_t pos = 0; pos < len; pos++) {
        int word_start = pos == 0 || !is_ascii_alnum(text[pos - 1]);
        if (!word_start)
            continue;
        if (month_first(text, len, pos, iso) || day_first(text, len, pos, iso) ||
            numeric_iso(text, len, pos, iso))
            return 1;
    }
    return 0;
}

/* "Published June 12, 2020": the lexicon's dateline announcers, English's (the
 * language is guessed later, from the body these lines make up). */
static int announces_date(const char *line, size_t len)
{
    char folded[2 * DATELINE_MAX_BYTES + 8];
    size_t n = frnp_fold(line, len, folded, sizeof folded - 1, NULL);

    folded[n] = '\0';
    return frnp_lexicon_score(frnp_lexicon_get(NULL), FRNP_PHRASES_DATELINE_ANNOUNCER, folded) > 0;
}

int frnp_is_dateline(frn_ctx *ctx, const char *line, size_t len)
{
    char iso[11];

    if (len > DATELINE_MAX_BYTES || !frnp_date_find(line, len, iso))
        return 0;
    return announces_date(line, len) || frnp_count_words(ctx, line, len, 9) <= 8;
}
