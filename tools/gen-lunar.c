/*
 * gen-lunar - write lib/lunar_table.h: the Gregorian day of each Chinese
 * lunisolar festival newsfacts reads (春节 1/1, 元宵 1/15, 端午 5/5, 七夕
 * 7/7, 中秋 8/15) for the Chinese years that begin in 1900..2100, computed
 * by ICU's Chinese calendar (China's time zone).
 *
 *     cc -o gen-lunar tools/gen-lunar.c -licui18n -licuuc -licudata
 *     ./gen-lunar > lib/lunar_table.h
 */
#include <stdio.h>
#include <unicode/ucal.h>

static const int festivals[][2] = { { 1, 1 }, { 1, 15 }, { 5, 5 }, { 7, 7 }, { 8, 15 } };

int
main(void)
{
	static const UChar zone[] = { 'A', 's', 'i', 'a', '/', 'S', 'h', 'a', 'n', 'g', 'h', 'a',
		'i', 0 };
	UErrorCode st = U_ZERO_ERROR;
	UCalendar *cal = ucal_open(zone, -1, "zh_CN@calendar=chinese", UCAL_DEFAULT, &st);

	if (U_FAILURE(st)) {
		fprintf(stderr, "gen-lunar: ICU: %s\n", u_errorName(st));
		return 1;
	}
	printf("/* lunar_table.h - written by tools/gen-lunar (ICU %s); do not edit.\n", U_ICU_VERSION);
	printf(" * Day numbers (days since 1970-01-01) of 春节 元宵 端午 七夕 中秋 in the\n");
	printf(" * Chinese years that begin in 1900..2100. */\n");
	printf("enum { NF_LUNAR_FIRST = 1900, NF_LUNAR_YEARS = 201 };\n");
	printf("static const int nf_lunar_festival[][2] = { ");
	for (size_t f = 0; f < sizeof festivals / sizeof festivals[0]; f++)
		printf("{ %d, %d }, ", festivals[f][0], festivals[f][1]);
	printf("};\nstatic const int nf_lunar_days[NF_LUNAR_YEARS][%zu] = {\n",
	    sizeof festivals / sizeof festivals[0]);
	for (int y = 1900; y <= 2100; y++) {
		printf("\t{");
		for (size_t f = 0; f < sizeof festivals / sizeof festivals[0]; f++) {
			UDate t;
			ucal_clear(cal);
			ucal_set(cal, UCAL_EXTENDED_YEAR, y + 2637);
			ucal_set(cal, UCAL_MONTH, festivals[f][0] - 1);
			ucal_set(cal, UCAL_IS_LEAP_MONTH, 0);
			ucal_set(cal, UCAL_DATE, festivals[f][1]);
			t = ucal_getMillis(cal, &st);
			if (U_FAILURE(st)) {
				fprintf(stderr, "gen-lunar: ICU: %s\n", u_errorName(st));
				return 1;
			}
			printf(" %ld,", (long)((t + 8 * 3600000.0) / 86400000.0));
		}
		printf(" },  /* %d */\n", y);
	}
	printf("};\n");
	ucal_close(cal);
	return 0;
}
