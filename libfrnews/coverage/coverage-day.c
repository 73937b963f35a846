/* Publication dates as day numbers, for the canonical order, the order in
 * which outlets printed a quotation, and the time proximity of stories. */
#include "coverage-private.h"

static int digits(const char *s, int n, int *value)
{
    *value = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        *value = *value * 10 + (s[i] - '0');
    }
    return 1;
}

/* Days from 1970-01-01 to a date of the proleptic Gregorian calendar
 * (Howard Hinnant's days_from_civil). */
static int32_t days_from_civil(int y, int m, int d)
{
    int era, yoe, doy, doe;

    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = y - era * 400;
    doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (int32_t)(era * 146097 + doe - 719468);
}

static int days_in_month(int y, int m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

    return m == 2 && leap ? 29 : days[m - 1];
}

int32_t frnp_cov_day_from_iso(const char *text)
{
    int y, m, d;

    if (!text || !digits(text, 4, &y) || text[4] != '-' || !digits(text + 5, 2, &m) ||
        text[7] != '-' || !digits(text + 8, 2, &d))
        return FRNP_NO_DAY;
    if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
        return FRNP_NO_DAY;
    if (text[10] != '\0' && text[10] != 'T' && text[10] != ' ')
        return FRNP_NO_DAY;
    return days_from_civil(y, m, d);
}
