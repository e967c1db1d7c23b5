/*
 * lunar.c - Chinese festival days by table lookup (see lunar.h).  The
 * table is ICU's answer, taken once at build time: the computation costs
 * ICU some 400,000 instructions a day, more than a page's whole reading.
 */
#include "lunar.h"

#include <stddef.h>

#include "lunar_table.h"

bool
nf_lunar_day(int y, int month, int day, long *days)
{
	if (y < NF_LUNAR_FIRST || y >= NF_LUNAR_FIRST + NF_LUNAR_YEARS)
		return false;
	for (size_t f = 0; f < sizeof nf_lunar_festival / sizeof nf_lunar_festival[0]; f++) {
		if (nf_lunar_festival[f][0] == month && nf_lunar_festival[f][1] == day) {
			*days = nf_lunar_days[y - NF_LUNAR_FIRST][f];
			return true;
		}
	}
	return false;
}
