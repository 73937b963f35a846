/* Dates in metadata and in prose, validated as calendar dates. Month names
 * come from ICU (month-names.c); digits are compared as ASCII. */
#include <stdio.h>
#include <string.h>
#include <unicode/uchar.h>
#include "core/civil-days.h"
#include "date-text.h"
#include "lexicon/lexicon.h"
#include "month-names.h"
#include "text/text-fold.h"
#include "text/text-match.h"
#include "text/text-words.h"
#include "text/utf8.h"
#include "ascii-bytes.h"

#define DATELINE_MAX_BYTES 120

/* Read up to max_digits digits at *pos (no more may follow); -1 when none. */
static int read_number(const char *text, size_t len, size_t *pos, int max_digits)
{
    int value = 0, digits = 0;

    while (*pos < len && digits < max_digits && frnp_ascii_is_digit(text[*pos])) {
        value = value * 10 + (text[*pos] - '0');
        (*pos)++;
        digits++;
    }
    if (digits == 0 || (*pos < len && frnp_ascii_is_digit(text[*pos])))
        return -1;
    return value;
}

/* Separators between the parts of a prose date, and the Spanish and
 * Portuguese "de" ("12 de junio de 2020"). */
static void skip_separators(const char *text, size_t len, size_t *pos)
{
    for (;;) {
        while (*pos < len && strchr(" ,.\t", text[*pos]) && text[*pos])
            (*pos)++;
        if (*pos + 3 <= len && (memcmp(text + *pos, "de ", 3) == 0 || memcmp(text + *pos, "di ", 3) == 0))
            *pos += 3;
        else if (*pos + 4 <= len && memcmp(text + *pos, "del ", 4) == 0)
            *pos += 4;
        else
            return;
    }
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
    if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1)
        return 0;
    return day <= frnp_days_in_month(year, month);
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
static int month_first(const frnp_month_names *names, const char *text, size_t len, size_t pos,
                       char iso[11])
{
    size_t name_len;
    int month = frnp_month_at(names, text, len, pos, &name_len), day, year;

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
static int day_first(const frnp_month_names *names, const char *text, size_t len, size_t pos,
                     char iso[11])
{
    size_t name_len;
    int day = read_number(text, len, &pos, 2), month, year;

    if (day < 0)
        return 0;
    skip_ordinal(text, len, &pos);
    skip_separators(text, len, &pos);
    month = frnp_month_at(names, text, len, pos, &name_len);
    if (!month)
        return 0;
    pos += name_len;
    skip_separators(text, len, &pos);
    year = read_number(text, len, &pos, 4);
    return year > 0 && write_iso(year, month, day, iso);
}

/* Whether the separator at text[*pos] is one of year-first dates, which it
 * skips: '-', '/', '.', or the CJK year and month signs. */
static int skip_numeric_separator(const char *text, size_t len, size_t *pos, const char *sign)
{
    if (*pos < len && (text[*pos] == '-' || text[*pos] == '/' || text[*pos] == '.')) {
        (*pos)++;
        return 1;
    }
    if (sign && *pos + 3 <= len && memcmp(text + *pos, sign, 3) == 0) {
        *pos += 3;
        return 1;
    }
    return 0;
}

/* "2020-06-12", "2020/06/12", "2020.06.12", "2020年6月12日" with the year at pos. */
static int year_first(const char *text, size_t len, size_t pos, char iso[11])
{
    int year = read_number(text, len, &pos, 4), month, day;

    if (year < 1000 || !skip_numeric_separator(text, len, &pos, "\xE5\xB9\xB4"))
        return 0;
    month = read_number(text, len, &pos, 2);
    if (month < 0 || !skip_numeric_separator(text, len, &pos, "\xE6\x9C\x88"))
        return 0;
    day = read_number(text, len, &pos, 2);
    return day > 0 && write_iso(year, month, day, iso);
}

/* "12.06.2020", the European day-first form (dots only: with slashes the
 * order of day and month is not known). */
static int dotted_day_first(const char *text, size_t len, size_t pos, char iso[11])
{
    int day = read_number(text, len, &pos, 2), month, year;

    if (day < 0 || pos >= len || text[pos++] != '.')
        return 0;
    month = read_number(text, len, &pos, 2);
    if (month < 0 || pos >= len || text[pos++] != '.')
        return 0;
    year = read_number(text, len, &pos, 4);
    return year >= 1000 && write_iso(year, month, day, iso);
}

static int has_digit(const char *text, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (frnp_ascii_is_digit(text[i]))
            return 1;
    return 0;
}

int frnp_date_find(frn_ctx *ctx, const char *text, size_t len, char iso[11])
{
    const frnp_month_names *names;
    size_t pos = 0;

    /* Every date form has digits: most lines are rejected here. */
    if (!has_digit(text, len))
        return 0;
    names = frnp_month_names_get(ctx);
    while (pos < len) {
        size_t start = pos;
        UChar32 c = frnp_utf8_next(text, len, &pos), before = U_SENTINEL;
        size_t back = start;
        if (start > 0)
            before = frnp_utf8_prev(text, &back);
        if (!u_isalnum(c) || (before >= 0 && u_isalnum(before)))
            continue;
        if (month_first(names, text, len, start, iso) || day_first(names, text, len, start, iso) ||
            year_first(text, len, start, iso) || dotted_day_first(text, len, start, iso))
            return 1;
    }
    return 0;
}

int frnp_date_in_path(const char *path, char iso[11])
{
    for (const char *p = path; p && *p; p = strchr(p + 1, '/')) {
        const char *segment = p + (*p == '/');
        size_t len = strcspn(segment, "?#");
        /* A year of the web's time, not an article number. */
        if (year_first(segment, len, 0, iso) && strncmp(iso, "1990", 4) >= 0 && strncmp(iso, "2100", 4) <= 0)
            return 1;
    }
    return 0;
}

/* "Published June 12, 2020": the lexicon's dateline announcers, English's (the
 * language is guessed later, from the body these lines make up). */
int frnp_date_announced(const char *line, size_t len)
{
    char folded[2 * DATELINE_MAX_BYTES + 8];
    size_t n = frnp_fold(line, len, folded, sizeof folded - 1, NULL);

    folded[n] = '\0';
    return frnp_lexicon_score(frnp_lexicon_get(NULL), FRNP_PHRASES_DATELINE_ANNOUNCER, folded) > 0;
}

int frnp_is_dateline(frn_ctx *ctx, const char *line, size_t len)
{
    char iso[11];

    if (len > DATELINE_MAX_BYTES || !frnp_date_find(ctx, line, len, iso))
        return 0;
    return frnp_date_announced(line, len) || frnp_count_words(ctx, line, len, 9) <= 8;
}

/* Exactly two digits at *pos ("+0530" has no separator); -1 when not. */
static int two_digits(const char *text, size_t len, size_t *pos)
{
    int value;

    if (*pos + 2 > len || !frnp_ascii_is_digit(text[*pos]) || !frnp_ascii_is_digit(text[*pos + 1]))
        return -1;
    value = (text[*pos] - '0') * 10 + (text[*pos + 1] - '0');
    *pos += 2;
    return value;
}

/* "T09:30", "T09:30:15", "T09:30:15.123" and an offset after the date. */
static int read_time(const char *text, size_t len, size_t pos, int *hour, int *minute, int *second,
                     char offset[16])
{
    int sign;

    *second = 0;
    offset[0] = '\0';
    if (pos >= len || (text[pos] != 'T' && text[pos] != ' '))
        return 0;
    pos++;
    if ((*hour = read_number(text, len, &pos, 2)) < 0 || pos >= len || text[pos++] != ':' ||
        (*minute = read_number(text, len, &pos, 2)) < 0 || *hour > 23 || *minute > 59)
        return 0;
    if (pos < len && text[pos] == ':') {
        pos++;
        if ((*second = read_number(text, len, &pos, 2)) < 0 || *second > 60)
            return 0;
        if (pos < len && (text[pos] == '.' || text[pos] == ','))
            for (pos++; pos < len && frnp_ascii_is_digit(text[pos]); pos++)
                ;
    }
    if (pos < len && text[pos] == 'Z') {
        snprintf(offset, 16, "+00:00");
        return 1;
    }
    if (pos < len && (text[pos] == '+' || text[pos] == '-')) {
        int oh, om = 0;
        sign = text[pos++];
        if ((oh = two_digits(text, len, &pos)) < 0 || oh > 14)
            return 1;
        if (pos < len && text[pos] == ':')
            pos++;
        if (pos < len && frnp_ascii_is_digit(text[pos]) && ((om = two_digits(text, len, &pos)) < 0 || om > 59))
            return 1;
        snprintf(offset, 16, "%c%02d:%02d", sign, oh, om);
    }
    return 1;
}

/* "YYYY-MM-DD" at the start of a value, with a time and offset if any. */
static int read_iso(const char *text, size_t len, char out[FRNP_DATE_BYTES])
{
    size_t pos = 0;
    int year = read_number(text, len, &pos, 4), month, day, hour, minute, second;
    char offset[16], day_text[11];

    if (year < 0 || pos >= len || text[pos++] != '-' || (month = read_number(text, len, &pos, 2)) < 0 ||
        pos >= len || text[pos++] != '-' || (day = read_number(text, len, &pos, 2)) < 0 ||
        !write_iso(year, month, day, day_text))
        return 0;
    if (!read_time(text, len, pos, &hour, &minute, &second, offset)) {
        memcpy(out, day_text, 11);
        return 1;
    }
    snprintf(out, FRNP_DATE_BYTES, "%sT%02d:%02d:%02d%s", day_text, hour, minute, second, offset);
    return 1;
}

int frnp_date_normalize(frn_ctx *ctx, const char *value, size_t len, char out[FRNP_DATE_BYTES])
{
    frn_span trimmed = frnp_utf8_trim(value, (frn_span){0, len});
    char day[11];

    value += trimmed.start;
    len = trimmed.end - trimmed.start;
    if (read_iso(value, len, out))
        return 1;
    if (!frnp_date_find(ctx, value, len, day))
        return 0;
    memcpy(out, day, 11);
    return 1;
}

/* TODO(lexicon): move to lexicon/en/, with "yesterday", "today" and "just
 * now" below, once a list can give each word a value (here its seconds;
 * a words list's weight is in (0, 1]). */
static const struct { const char *unit; long seconds; } relative_units[] = {
    {"second", 1}, {"minute", 60}, {"min", 60}, {"hour", 3600}, {"hr", 3600},
    {"day", 86400}, {"week", 604800},
};

/* The seconds that "N units ago" at pos counts back; -1 when none. */
static long ago_at(const char *text, size_t len, size_t pos)
{
    long count = 0;
    int digits = 0;

    while (pos < len && frnp_ascii_is_digit(text[pos]) && digits < 6) {
        count = count * 10 + (text[pos++] - '0');
        digits++;
    }
    if (!digits)
        return -1;
    while (pos < len && text[pos] == ' ')
        pos++;
    for (size_t u = 0; u < sizeof relative_units / sizeof *relative_units; u++) {
        size_t n = frnp_match_at(text, len, pos, relative_units[u].unit), at = pos + n;
        if (!n)
            continue;
        if (at < len && (text[at] == 's' || text[at] == 'S'))
            at++;
        while (at < len && text[at] == ' ')
            at++;
        if (frnp_match_at(text, len, at, "ago"))
            return count * relative_units[u].seconds;
    }
    return -1;
}

int frnp_date_relative(const char *text, size_t len, const char *reference, char iso[11])
{
    char ref[FRNP_DATE_BYTES];
    int y, m, d, hour = 0, minute = 0, second = 0;
    long seconds = -1;
    long long moment;

    if (!reference || !read_iso(reference, strlen(reference), ref))
        return 0;
    sscanf(ref, "%4d-%2d-%2d", &y, &m, &d);
    if (strlen(ref) > 10)
        sscanf(ref + 11, "%2d:%2d:%2d", &hour, &minute, &second);
    if (frnp_find(text, len, "yesterday") != (size_t)-1)
        seconds = 86400;
    else if (frnp_find(text, len, "today") != (size_t)-1 || frnp_find(text, len, "just now") != (size_t)-1)
        seconds = 0;
    for (size_t pos = 0; pos < len && seconds < 0; pos++)
        if (frnp_ascii_is_digit(text[pos]) && (pos == 0 || !frnp_ascii_is_digit(text[pos - 1])))
            seconds = ago_at(text, len, pos);
    if (seconds < 0)
        return 0;
    moment = (long long)frnp_days_from_civil(y, m, d) * 86400 + hour * 3600 + minute * 60 + second - seconds;
    frnp_civil_from_days(moment >= 0 ? moment / 86400 : (moment - 86399) / 86400, &y, &m, &d);
    return write_iso(y, m, d, iso);
}
