/*
 * calendar.h - proleptic Gregorian calendar arithmetic.
 *
 * Dates are held as a day number (days since 1970-01-01, negative before),
 * which makes differences, weekdays and ISO weeks simple integer arithmetic,
 * or as an nf_ymd triple for printing.  All functions are total: they accept
 * any int and never fail, except the parsers, which say whether the text was
 * a real calendar date.
 */
#ifndef NF_CALENDAR_H
#define NF_CALENDAR_H

#include <stdbool.h>
#include <stddef.h>

typedef struct nf_ymd {
	int y, m, d;  /* m 1..12, d 1..31 */
} nf_ymd;

bool nf_is_leap(int y);

/* Days in month m (1..12) of year y; 0 for a month out of range. */
int nf_days_in_month(int y, int m);

/* Whether y-m-d is a real date (rejects 2025-02-29, month 13, day 0). */
bool nf_ymd_valid(int y, int m, int d);

/* Day number of y-m-d (days since 1970-01-01). */
long nf_days_from_ymd(int y, int m, int d);

/* The calendar date of a day number. */
nf_ymd nf_ymd_from_days(long days);

/* ISO weekday of a day number: 1 = Monday ... 7 = Sunday. */
int nf_weekday(long days);

/* ISO 8601 week-numbering year and week (1..53) of a day number. */
void nf_iso_week(long days, int *iso_year, int *week);

/* Day number of the Monday of ISO week `week` of `iso_year`. */
long nf_iso_week_monday(int iso_year, int week);

/* Add months to a date, clamping the day (Jan 31 + 1 month = Feb 28/29). */
nf_ymd nf_add_months(nf_ymd date, int months);

/*
 * Parse "YYYY-MM-DD" (exactly, then end of string or 'T'/' ' for a time).
 * Returns true and fills *out only for a real calendar date.
 */
bool nf_parse_iso_date(const char *s, nf_ymd *out);

/* Format as "YYYY-MM-DD" (years 0..9999) into buf of at least 11 bytes. */
void nf_format_ymd(nf_ymd date, char buf[11]);

#endif
