/*
 * test_number.c - exact values from lib/number.c for every form it reads.
 */
#include <string.h>

#include "number.h"
#include "tap.h"

static void
check(const char *text, unsigned forms, double want, size_t want_len)
{
	nf_number num;
	bool ok = nf_number_parse(text, strlen(text), forms, &num);

	TAP_OK(ok && nf_decimal_to_double(num.value) == want && num.len == want_len,
	    "number '%s' = %.17g (%zu bytes)", text, want, want_len);
	if (ok && (nf_decimal_to_double(num.value) != want || num.len != want_len))
		printf("# got %.17g, %zu bytes\n", nf_decimal_to_double(num.value), num.len);
}

static void
reject(const char *text, unsigned forms)
{
	nf_number num;

	TAP_OK(!nf_number_parse(text, strlen(text), forms, &num), "not a number: '%s'", text);
}

static void
scale(const char *text, int want_pow, size_t want_len)
{
	int pow10 = -1;
	size_t len = 0;
	bool ok = nf_scale_parse(text, strlen(text), &pow10, &len);

	TAP_OK(ok && pow10 == want_pow && len == want_len, "scale '%s' = 10^%d", text, want_pow);
}

int
main(void)
{
	nf_number num;

	check("125 companies", NF_NUM_ANY, 125, 3);
	check("1,234.5", NF_NUM_ANY, 1234.5, 7);
	check("1.47 billion", NF_NUM_ANY, 1.47, 4);
	check("128.99 by", NF_NUM_ANY, 128.99, 6);
	check("0.05", NF_NUM_ANY, 0.05, 4);
	check("1,000,000", NF_NUM_ANY, 1000000, 9);
	check("1,00", NF_NUM_ANY, 1, 1);
	check("2026-2030", NF_NUM_ANY, 2026, 4);
	check("\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x8E\xEF\xBC\x95", NF_NUM_ANY, 12.5, 12);
	check("Eleven days", NF_NUM_ANY, 11, 6);
	check("twenty-five", NF_NUM_ANY, 25, 11);
	check("three hundred and ten", NF_NUM_ANY, 310, 21);
	check("two million three thousand", NF_NUM_ANY, 2003000, 26);
	check("a dozen eggs", NF_NUM_ANY, 12, 7);
	reject("half a million", NF_NUM_WORDS | NF_NUM_DIGITS);
	check("one-third", NF_NUM_ANY, 1, 3);
	check("三", NF_NUM_ANY, 3, 3);
	check("十五", NF_NUM_ANY, 15, 6);
	check("十五五规划", NF_NUM_ANY, 15, 6);
	check("两千万", NF_NUM_ANY, 20000000, 9);
	check("一百零五", NF_NUM_ANY, 105, 12);
	check("三千五百万", NF_NUM_ANY, 35000000, 15);
	check("一亿两千万", NF_NUM_ANY, 120000000, 15);
	check("一万亿", NF_NUM_ANY, 1000000000000.0, 9);
	check("二〇二五年", NF_NUM_ANY, 2025, 12);
	check("二十年", NF_NUM_ANY, 20, 6);
	reject("5G", NF_NUM_ANY);
	reject("tenth", NF_NUM_ANY);
	reject("GPT", NF_NUM_ANY);
	reject("万一", NF_NUM_ANY);
	reject("a lot", NF_NUM_ANY);
	reject("one two", NF_NUM_DIGITS);
	TAP_OK(nf_number_parse_digits_prefix("1.47bn", 6, &num) && num.len == 4 &&
	    nf_decimal_to_double(nf_decimal_scale(num.value, 9)) == 1470000000.0,
	    "1.47bn scales exactly to 1470000000");
	scale(" billion yuan", 9, 8);
	scale("bn", 9, 2);
	scale("m,", 6, 1);
	scale("亿元", 8, 3);
	scale("万亿元", 12, 6);
	TAP_OK(!nf_scale_parse(" m away", 7, &(int){ 0 }, &(size_t){ 0 }), "a spaced 'm' is metres, not million");
	TAP_OK(nf_decimal_to_double((nf_decimal){ 12, 11 }) == 1.2e12, "1.2万亿 is 1200000000000");
	TAP_OK(nf_decimal_in_range((nf_decimal){ 1, 308 }), "1e308 fits a double");
	TAP_OK(!nf_decimal_in_range((nf_decimal){ 1, 309 }), "1e309 does not");
	TAP_OK(!nf_decimal_in_range((nf_decimal){ 100000000000000000, 383 }), "1 and 400 zeros does not");
	TAP_OK(!nf_decimal_in_range((nf_decimal){ 1, -401 }), "nor does 1e-401 (it would read as 0)");
	TAP_OK(nf_decimal_in_range((nf_decimal){ 0, 500 }), "0 is 0 whatever its exponent");
	return tap_done();
}
