/*
 * test_calendar.c - day numbers, weekdays, ISO weeks, month arithmetic.
 */
#include "calendar.h"
#include "tap.h"

static void
fmt_is(nf_ymd d, const char *want, const char *what)
{
	char buf[11];

	nf_format_ymd(d, buf);
	TAP_STR(buf, want, "%s", what);
}

int
main(void)
{
	nf_ymd d;
	int y, w;

	TAP_OK(nf_days_from_ymd(1970, 1, 1) == 0, "epoch is day 0");
	fmt_is(nf_ymd_from_days(nf_days_from_ymd(2024, 2, 29)), "2024-02-29", "leap day round trip");
	fmt_is(nf_ymd_from_days(nf_days_from_ymd(2025, 3, 1) - 1), "2025-02-28", "day before March 2025");
	TAP_OK(nf_weekday(nf_days_from_ymd(2025, 1, 28)) == 2, "2025-01-28 is a Tuesday");
	TAP_OK(nf_weekday(nf_days_from_ymd(1900, 1, 1)) == 1, "1900-01-01 is a Monday");
	nf_iso_week(nf_days_from_ymd(2025, 1, 20), &y, &w);
	TAP_OK(y == 2025 && w == 4, "2025-01-20 is in 2025-W04");
	nf_iso_week(nf_days_from_ymd(2024, 12, 30), &y, &w);
	TAP_OK(y == 2025 && w == 1, "2024-12-30 is in 2025-W01");
	nf_iso_week(nf_days_from_ymd(2021, 1, 3), &y, &w);
	TAP_OK(y == 2020 && w == 53, "2021-01-03 is in 2020-W53");
	fmt_is(nf_add_months((nf_ymd){ 2025, 2, 28 }, -1), "2025-01-28", "a month before 2025-02-28");
	fmt_is(nf_add_months((nf_ymd){ 2024, 3, 31 }, -1), "2024-02-29", "a month before 2024-03-31 clamps");
	fmt_is(nf_add_months((nf_ymd){ 2025, 1, 15 }, -13), "2023-12-15", "13 months back crosses two years");
	TAP_OK(nf_parse_iso_date("2025-05-21", &d) && d.y == 2025 && d.m == 5 && d.d == 21, "parse 2025-05-21");
	TAP_OK(!nf_parse_iso_date("2025-02-29", &d), "2025-02-29 is no date");
	TAP_OK(!nf_parse_iso_date("2025-5-21", &d), "2025-5-21 is not ISO");
	TAP_OK(nf_parse_iso_date("2025-03-12T09:30:00Z", &d) && d.d == 12, "a timestamp's date");
	TAP_OK(nf_days_in_month(2024, 2) == 29 && nf_days_in_month(2025, 2) == 28,
	    "February in a leap and a common year");
	TAP_OK(nf_is_leap(2000) && !nf_is_leap(2100) && !nf_is_leap(1900) && nf_is_leap(2400),
	    "century leap years");
	TAP_OK(nf_ymd_valid(2024, 2, 29) && !nf_ymd_valid(2025, 2, 29) && !nf_ymd_valid(2025, 4, 31),
	    "ymd_valid knows leap days and short months");
	fmt_is(nf_add_months((nf_ymd){ 2024, 2, 29 }, 12), "2025-02-28", "a year after a leap day clamps");
	fmt_is(nf_add_months((nf_ymd){ 2025, 1, 10 }, -1), "2024-12-10", "a month back crosses the year");
	fmt_is(nf_ymd_from_days(nf_days_from_ymd(2024, 12, 31) + 1), "2025-01-01", "the day after New Year's Eve");
	nf_iso_week(nf_days_from_ymd(2026, 1, 1), &y, &w);
	TAP_OK(y == 2026 && w == 1, "2026-01-01 is in 2026-W01");
	nf_iso_week(nf_days_from_ymd(2027, 1, 1), &y, &w);
	TAP_OK(y == 2026 && w == 53, "2027-01-01 is in 2026-W53");
	return tap_done();
}
