/*
 * calendar.c - day numbers, weekdays and ISO weeks (Howard Hinnant's
 * days_from_civil / civil_from_days algorithms, exact for every int year).
 */
#include "calendar.h"

#include <stdio.h>
#include <string.h>

bool
nf_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
nf_days_in_month(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m < 1 || m > 12)
		return 0;
	return m == 2 && nf_is_leap(y) ? 29 : days[m - 1];
}

bool
nf_ymd_valid(int y, int m, int d)
{
	return m >= 1 && m <= 12 && d >= 1 && d <= nf_days_in_month(y, m);
}

long
nf_days_from_ymd(int y, int m, int d)
{
	long yy = (long)y - (m <= 2);
	long era = (yy >= 0 ? yy : yy - 399) / 400;
	long yoe = yy - era * 400;
	long mp = (m + 9) % 12;
	long doy = (153 * mp + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

nf_ymd
nf_ymd_from_days(long z)
{
	long era, doe, yoe, doy, mp;
	nf_ymd r;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
	r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
	r.y = (int)(yoe + era * 400 + (r.m <= 2));
	return r;
}

int
nf_weekday(long days)
{
	/* 1970-01-01 was a Thursday (4). */
	long w = (days + 3) % 7;

	if (w < 0)
		w += 7;
	return (int)w + 1;
}

long
nf_iso_week_monday(int iso_year, int week)
{
	long jan4 = nf_days_from_ymd(iso_year, 1, 4);
	long week1 = jan4 - (nf_weekday(jan4) - 1);

	return week1 + 7L * (week - 1);
}

void
nf_iso_week(long days, int *iso_year, int *week)
{
	int y = nf_ymd_from_days(days).y;
	long monday;

	if (days >= nf_iso_week_monday(y + 1, 1))
		y++;
	else if (days < nf_iso_week_monday(y, 1))
		y--;
	monday = nf_iso_week_monday(y, 1);
	*iso_year = y;
	*week = (int)((days - monday) / 7 + 1);
}

nf_ymd
nf_add_months(nf_ymd date, int months)
{
	long total = (long)date.y * 12 + (date.m - 1) + months;
	long y = total >= 0 ? total / 12 : (total - 11) / 12;
	nf_ymd r;

	r.y = (int)y;
	r.m = (int)(total - y * 12) + 1;
	r.d = date.d;
	if (r.d > nf_days_in_month(r.y, r.m))
		r.d = nf_days_in_month(r.y, r.m);
	return r;
}

static int
digits(const char *s, int n)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

bool
nf_parse_iso_date(const char *s, nf_ymd *out)
{
	int y, m, d;

	if (strnlen(s, 11) < 10 || s[4] != '-' || s[7] != '-')
		return false;
	if (s[10] != '\0' && s[10] != 'T' && s[10] != ' ')
		return false;
	y = digits(s, 4);
	m = digits(s + 5, 2);
	d = digits(s + 8, 2);
	if (y < 0 || m < 0 || d < 0 || !nf_ymd_valid(y, m, d))
		return false;
	out->y = y;
	out->m = m;
	out->d = d;
	return true;
}

void
nf_format_ymd(nf_ymd date, char buf[11])
{
	int y = date.y < 0 ? 0 : date.y > 9999 ? 9999 : date.y;

	snprintf(buf, 11, "%04d-%02d-%02d", y, date.m % 100, date.d % 100);
}
