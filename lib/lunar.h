/*
 * lunar.h - the festivals of the Chinese lunisolar calendar (春节, 元宵,
 * 端午, 七夕, 中秋) on the Gregorian calendar, from a table ICU's Chinese
 * calendar computed (tools/gen-lunar writes lib/lunar_table.h).
 */
#ifndef NF_LUNAR_H
#define NF_LUNAR_H

#include <stdbool.h>

/*
 * The day number (days since 1970-01-01) of day `day` of lunar month
 * `month` of the Chinese year whose new year falls in Gregorian year y,
 * for the festivals' days (1/1, 1/15, 5/5, 7/7, 8/15).  False for any
 * other day, or y outside 1900..2100.
 */
bool nf_lunar_day(int y, int month, int day, long *days);

#endif
