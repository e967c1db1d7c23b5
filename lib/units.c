/*
 * units.c - quantity units and Chinese measure words (see units.h).
 *
 * Data first; the lookups are linear scans over short tables, longest
 * entry first where one is a prefix of another.
 */
#include "units.h"

#include <string.h>
#include <strings.h>

#include "firstset.h"

static const struct unit {
	const char *text;
	bool fold;       /* ASCII case-insensitive */
	bool attached;   /* may be glued to the digits */
} units[] = {
	/* computing power */
	{ "exaflops", true, false }, { "exaflop", true, false },
	{ "petaflops", true, false }, { "petaflop", true, false },
	{ "teraflops", true, false }, { "teraflop", true, false },
	{ "Eflops", false, true }, { "EFLOPS", false, true }, { "EFlops", false, true },
	{ "Pflops", false, true }, { "PFLOPS", false, true }, { "PFlops", false, true },
	{ "Tflops", false, true }, { "TFLOPS", false, true }, { "TFlops", false, true },
	{ "FLOPS", false, true },
	/* energy and power */
	{ "TWh", false, true }, { "GWh", false, true }, { "MWh", false, true },
	{ "kWh", false, true }, { "KWh", false, true },
	{ "gigawatt-hours", true, false }, { "terawatt-hours", true, false },
	{ "kilowatt-hours", true, false }, { "megawatt-hours", true, false },
	{ "GW", false, true }, { "MW", false, true }, { "kW", false, true },
	{ "gigawatts", true, false }, { "gigawatt", true, false },
	{ "megawatts", true, false }, { "megawatt", true, false },
	{ "kilowatts", true, false }, { "kilowatt", true, false },
	{ "watts", true, false }, { "watt", true, false },
	{ "kV", false, true }, { "kilovolts", true, false },
	/* length and area */
	{ "square kilometres", true, false }, { "square kilometers", true, false },
	{ "square metres", true, false }, { "square meters", true, false },
	{ "square metre", true, false }, { "square meter", true, false },
	{ "square feet", true, false }, { "square miles", true, false },
	{ "sq km", false, false }, { "sq m", false, false }, { "sq ft", false, false },
	{ "km2", false, true }, { "km\xC2\xB2", false, true }, { "m\xC2\xB2", false, true },
	{ "hectares", true, false }, { "hectare", true, false },
	{ "acres", true, false },
	{ "kilometres", true, false }, { "kilometers", true, false },
	{ "kilometre", true, false }, { "kilometer", true, false },
	{ "km/h", false, true }, { "kph", false, true }, { "mph", false, true },
	{ "km", false, true }, { "miles", true, false }, { "mile", true, false },
	{ "metres", true, false }, { "meters", true, false },
	{ "nanometres", true, false }, { "nanometers", true, false },
	{ "nanometre", true, false }, { "nanometer", true, false }, { "nm", false, true },
	{ "inches", true, false }, { "inch", true, false },
	{ "cubic feet", true, false }, { "cubic metres", true, false },
	{ "cubic meters", true, false }, { "cubic metre", true, false },
	{ "yards", true, false }, { "feet", true, false },
	{ "litres", true, false }, { "liters", true, false },
	{ "gallons", true, false },
	{ "megabits", true, false }, { "gigabits", true, false },
	/* mass */
	{ "tonnes", true, false }, { "tonne", true, false },
	{ "tons", true, false }, { "ton", true, false },
	{ "kilograms", true, false }, { "kilogram", true, false }, { "kg", false, true },
	/* data */
	{ "TB", false, true }, { "PB", false, true }, { "GB", false, true },
	{ "MB", false, true }, { "EB", false, true },
	{ "terabytes", true, false }, { "petabytes", true, false },
	{ "gigabytes", true, false }, { "megabytes", true, false },
	{ "Gbps", false, true }, { "Mbps", false, true }, { "Tbps", false, true },
	/* temperature */
	{ "degrees Celsius", true, false }, { "degrees Fahrenheit", true, false },
	{ "\xC2\xB0" "C", false, true }, { "\xC2\xB0" "F", false, true },
	{ "摄氏度", false, false },
	/* physics, other */
	{ "qubits", true, false }, { "qubit", true, false },
	{ "millikelvin", true, false }, { "GHz", false, true }, { "MHz", false, true },
	{ "milliseconds", true, false }, { "ms", false, true },
	/* Chinese */
	{ "平方公里", false, false }, { "平方千米", false, false },
	{ "平方米", false, false }, { "立方米", false, false },
	{ "千瓦时", false, false }, { "千瓦", false, false }, { "兆瓦", false, false },
	{ "吉瓦", false, false }, { "千伏", false, false },
	{ "公里", false, false }, { "千米", false, false }, { "纳米", false, false },
	{ "毫米", false, false }, { "厘米", false, false }, { "英寸", false, false },
	{ "米", false, false },
	{ "公顷", false, false }, { "亩", false, false },
	{ "吨", false, false }, { "公斤", false, false }, { "千克", false, false },
	{ "毫秒", false, false }, { "微秒", false, false },
	{ "比特", false, false }, { "量子比特", false, false },
};

static bool
is_alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* The first characters of the units. */
static nf_firstset firsts;

size_t
nf_unit_match(const char *s, size_t n, bool *attached_ok)
{
	if (!firsts.ready) {
		for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
			nf_firstset_add(&firsts, units[i].text, units[i].fold);
		firsts.ready = true;
	}
	if (!nf_firstset_may(&firsts, s, n))
		return 0;
	for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
		const struct unit *u = &units[i];
		size_t l;
		if (u->fold ? (u->text[0] | 0x20) != (s[0] | 0x20) : u->text[0] != s[0])
			continue;
		l = strlen(u->text);
		if (l > n)
			continue;
		if (u->fold ? strncasecmp(s, u->text, l) != 0 : memcmp(s, u->text, l) != 0)
			continue;
		if (is_alnum((unsigned char)u->text[l - 1]) && l < n &&
		    (is_alnum((unsigned char)s[l]) || s[l] == '_' ||
		     (s[l] == '/' && l + 1 < n && is_alnum((unsigned char)s[l + 1]))))
			continue;
		*attached_ok = u->attached;
		return l;
	}
	return 0;
}

static const struct measure {
	const char *text;
	const char *noun;   /* what it counts when no noun follows */
} measures[] = {
	{ "家", NULL }, { "个", NULL }, { "条", NULL }, { "项", NULL },
	{ "座", NULL }, { "所", NULL }, { "名", NULL }, { "位", NULL },
	{ "人", "人" }, { "台", NULL }, { "款", NULL }, { "批", NULL },
	{ "件", NULL }, { "种", NULL }, { "块", NULL }, { "片", NULL },
	{ "颗", NULL }, { "份", NULL }, { "只", NULL }, { "辆", NULL },
	{ "架", NULL }, { "部", NULL }, { "套", NULL }, { "张", NULL },
	{ "篇", NULL }, { "笔", NULL }, { "户", NULL }, { "栋", NULL },
	{ "艘", NULL }, { "枚", NULL }, { "根", NULL }, { "支", NULL },
	{ "处", NULL }, { "类", NULL }, { "场", NULL }, { "次", "次" },
	{ "轮", NULL },
};

size_t
nf_measure_word_match(const char *s, size_t n, const char **default_noun)
{
	if (n < 3 || (unsigned char)s[0] < 0xE0)
		return 0;   /* every measure word is one three-byte character */
	for (size_t i = 0; i < sizeof measures / sizeof measures[0]; i++) {
		if (memcmp(s, measures[i].text, 3) == 0) {
			*default_noun = measures[i].noun;
			return 3;
		}
	}
	return 0;
}
