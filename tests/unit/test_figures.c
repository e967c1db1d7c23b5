/*
 * test_figures.c - the pieces under nf-figures: exact decimal output
 * (lib/figures.c nf_decimal_format), currencies (lib/money.c), units and
 * measure words (lib/units.c) and singular nouns (lib/singular.c).  The
 * recogniser as a whole is tested by the case tables (tests/tap/
 * figures-cases).
 */
#include <string.h>

#include "figures.h"
#include "money.h"
#include "singular.h"
#include "tap.h"
#include "units.h"

static void
decimal(int64_t mant, int exp, const char *want)
{
	char buf[NF_DECIMAL_BUF];

	nf_decimal_format((nf_decimal){ mant, exp }, buf);
	TAP_STR(buf, want, "decimal %lld e%d", (long long)mant, exp);
}

static void
singular(const char *plural, const char *want)
{
	nf_singular_form sf;
	char buf[64] = "";

	if (nf_singular(plural, strlen(plural), &sf))
		snprintf(buf, sizeof buf, "%.*s%s", (int)sf.stem_len, sf.stem, sf.suffix);
	TAP_STR(want == NULL ? NULL : buf, want, "singular of '%s'", plural);
	if (want == NULL)
		TAP_OK(!nf_singular(plural, strlen(plural), &sf), "'%s' is no counted plural", plural);
}

static void
prefix(const char *text, const char *code, size_t len)
{
	const char *got = NULL;
	size_t l = nf_money_prefix(text, strlen(text), &got);

	TAP_OK(l == len && (code == NULL || (got && strcmp(got, code) == 0)),
	    "currency before '%s' is %s (%zu bytes)", text, code ? code : "none", len);
}

static void
suffix_pow(const char *text, const char *code, size_t len, int pow10)
{
	const char *got = NULL;
	bool needs;
	int p = 99;
	size_t l = nf_money_suffix(text, strlen(text), &got, &needs, &p);

	TAP_OK(l == len && (code == NULL || (got && strcmp(got, code) == 0 && p == pow10)),
	    "currency after '%s' is %s (%zu bytes, 10^%d)", text, code ? code : "none", len, pow10);
}

static void
suffix(const char *text, const char *code, size_t len)
{
	suffix_pow(text, code, len, 0);
}

/* The unit at text is len bytes, and its canonical symbol is canon. */
static void
unit_canon(const char *text, size_t len, const char *canon)
{
	bool att;
	const char *c = NULL;
	size_t l = nf_unit_match(text, strlen(text), &att, &c);

	TAP_OK(l == len && (len == 0 || (c != NULL && strcmp(c, canon) == 0)),
	    "unit at '%s': %zu bytes, %s", text, len, canon ? canon : "none");
}

static void
unit(const char *text, size_t len)
{
	unit_canon(text, len, NULL);
}

int
main(void)
{
	nf_money_context ctx = { 0 };
	const char *noun;

	decimal(147, 7, "1470000000");
	decimal(12899, -2, "128.99");
	decimal(5, -1, "0.5");
	decimal(1150, -3, "1.15");
	decimal(5, -4, "0.0005");
	decimal(12, 11, "1200000000000");
	decimal(1, 20, "100000000000000000000");
	decimal(0, 5, "0");
	decimal(25, 60, "25e60");

	singular("companies", "company");
	singular("people", "person");
	singular("batches", "batch");
	singular("buses", "bus");
	singular("data", NULL);
	singular("business", NULL);
	singular("various", NULL);
	singular("years", NULL);
	singular("chips", "chip");
	singular("staff", "staff");
	singular("police", "police");
	singular("aircraft", "aircraft");
	singular("loaves", "loaf");

	prefix("US$142", "USD", 3);
	prefix("HK$3.2bn", "HKD", 3);
	prefix("$5", NF_MONEY_DOLLAR, 1);
	prefix("€40m", "EUR", 3);
	prefix("RMB5bn", "CNY", 3);
	prefix("RMB 5bn", "CNY", 4);
	prefix("人民币5亿元", "CNY", 9);
	prefix("USB 3", NULL, 0);
	suffix("yuan ($1.47 billion)", "CNY", 4);
	suffix("元", "CNY", 3);
	suffix("亿元", NULL, 0);
	suffix("美元", "USD", 6);
	suffix("US dollars", "USD", 10);
	suffix("yuanbao", NULL, 0);
	suffix("Chinese yuan", "CNY", 12);
	suffix("台币", "TWD", 6);
	suffix("元台币", "TWD", 9);
	suffix("\xE2\x82\xAC", "EUR", 3);
	suffix_pow("cents a share", NF_MONEY_DOLLAR, 5, -2);
	suffix_pow("pence", "GBP", 5, -2);
	suffix_pow("分钱", "CNY", 6, -2);

	ctx.chinese = true;
	TAP_STR(nf_money_resolve(NF_MONEY_YEN, &ctx), "CNY", "¥ in Chinese text is CNY");
	ctx.chinese = false;
	ctx.yen = true;
	TAP_STR(nf_money_resolve(NF_MONEY_YEN, &ctx), "JPY", "¥ beside yen words is JPY");
	ctx.dollar = "HKD";
	TAP_STR(nf_money_resolve(NF_MONEY_DOLLAR, &ctx), "HKD", "$ is the --currency-default");

	unit_canon("Eflops of computing", 6, "EFLOPS");
	unit_canon("GWh", 3, "GWh");
	unit_canon("GW", 2, "GW");
	unit("GWx", 0);
	unit_canon("square metres", 13, "m2");
	unit_canon("sq m", 4, "m2");
	unit_canon("\xE3\x8E\xA1", 3, "m2");
	unit_canon("平方米", 9, "m2");
	unit_canon("千瓦时", 9, "kWh");
	unit_canon("km/h", 4, "km/h");
	unit_canon("petaflops", 9, "PFLOPS");
	unit_canon("tonnes", 6, "t");
	unit_canon("吨", 3, "t");
	unit_canon("亩", 3, "mu");
	unit_canon("acres", 5, "acre");
	unit_canon("克拉", 6, "ct");
	TAP_OK(nf_measure_word_match("家企业", 9, &noun) == 3 && noun == NULL, "家 is a measure word");
	TAP_OK(nf_measure_word_match("人", 3, &noun) == 3 && noun != NULL && strcmp(noun, "人") == 0,
	    "人 counts 人");
	return tap_done();
}
