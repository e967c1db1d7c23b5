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
suffix(const char *text, const char *code, size_t len)
{
	const char *got = NULL;
	bool needs;
	size_t l = nf_money_suffix(text, strlen(text), &got, &needs);

	TAP_OK(l == len && (code == NULL || (got && strcmp(got, code) == 0)),
	    "currency after '%s' is %s (%zu bytes)", text, code ? code : "none", len);
}

static void
unit(const char *text, size_t len)
{
	bool att;

	TAP_OK(nf_unit_match(text, strlen(text), &att) == len, "unit at '%s': %zu bytes", text, len);
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

	ctx.chinese = true;
	TAP_STR(nf_money_resolve(NF_MONEY_YEN, &ctx), "CNY", "¥ in Chinese text is CNY");
	ctx.chinese = false;
	ctx.yen = true;
	TAP_STR(nf_money_resolve(NF_MONEY_YEN, &ctx), "JPY", "¥ beside yen words is JPY");
	ctx.dollar = "HKD";
	TAP_STR(nf_money_resolve(NF_MONEY_DOLLAR, &ctx), "HKD", "$ is the --currency-default");

	unit("Eflops of computing", 6);
	unit("GWh", 3);
	unit("GW", 2);
	unit("GWx", 0);
	unit("square metres", 13);
	unit("平方米", 9);
	unit("千瓦时", 9);
	unit("km/h", 4);
	TAP_OK(nf_measure_word_match("家企业", 9, &noun) == 3 && noun == NULL, "家 is a measure word");
	TAP_OK(nf_measure_word_match("人", 3, &noun) == 3 && noun != NULL && strcmp(noun, "人") == 0,
	    "人 counts 人");
	return tap_done();
}
