/* Publication dates as day numbers, for the canonical order, the order in
 * which outlets printed a quotation, and the time proximity of stories. */
#include "core/civil-days.h"
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

int32_t frnp_cov_day_from_iso(const char *text)
{
    int y, m, d;

    if (!text || !digits(text, 4, &y) || text[4] != '-' || !digits(text + 5, 2, &m) ||
        text[7] != '-' || !digits(text + 8, 2, &d))
        return FRNP_NO_DAY;
    if (m < 1 || m > 12 || d < 1 || d > frnp_days_in_month(y, m))
        return FRNP_NO_DAY;
    if (text[10] != '\0' && text[10] != 'T' && text[10] != ' ')
        return FRNP_NO_DAY;
    return (int32_t)frnp_days_from_civil(y, m, d);
}
