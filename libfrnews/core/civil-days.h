/* Dates of the proleptic Gregorian calendar as day numbers (days since
 * 1970-01-01) and back, after Howard Hinnant's days_from_civil and
 * civil_from_days; and the length of a month. Calendar arithmetic that
 * the article dates and the coverage index both need. */
#ifndef FRNP_CIVIL_DAYS_H
#define FRNP_CIVIL_DAYS_H

#include <stdint.h>

/* The day number of year-month-day (month 1-12, day 1-31; not checked). */
int64_t frnp_days_from_civil(int year, int month, int day);

/* The date of a day number. */
void frnp_civil_from_days(int64_t days, int *year, int *month, int *day);

/* The number of days in a month (1-12) of a year. */
int frnp_days_in_month(int year, int month);

#endif
