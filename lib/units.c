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
	const char *canon;   /* the symbol reported as the figure's unit */
	bool fold;           /* ASCII case-insensitive */
	bool attached;       /* may be glued to the digits */
} units[] = {
	/* computing power */
	{ "exaflops", "EFLOPS", true, false }, { "exaflop", "EFLOPS", true, false },
	{ "petaflops", "PFLOPS", true, false }, { "petaflop", "PFLOPS", true, false },
	{ "teraflops", "TFLOPS", true, false }, { "teraflop", "TFLOPS", true, false },
	{ "Eflops", "EFLOPS", false, true }, { "EFLOPS", "EFLOPS", false, true },
	{ "EFlops", "EFLOPS", false, true }, { "Pflops", "PFLOPS", false, true },
	{ "PFLOPS", "PFLOPS", false, true }, { "PFlops", "PFLOPS", false, true },
	{ "Tflops", "TFLOPS", false, true }, { "TFLOPS", "TFLOPS", false, true },
	{ "TFlops", "TFLOPS", false, true }, { "FLOPS", "FLOPS", false, true },
	{ "TOPS", "TOPS", false, true },  /* an AI chip's trillions of operations a second */
	/* energy and power */
	{ "TWh", "TWh", false, true }, { "GWh", "GWh", false, true },
	{ "MWh", "MWh", false, true }, { "kWh", "kWh", false, true },
	{ "KWh", "kWh", false, true }, { "kwh", "kWh", false, true },
	{ "terawatt-hours", "TWh", true, false }, { "terawatt hours", "TWh", true, false },
	{ "terawatt-hour", "TWh", true, false },
	{ "gigawatt-hours", "GWh", true, false }, { "gigawatt hours", "GWh", true, false },
	{ "gigawatt-hour", "GWh", true, false },
	{ "megawatt-hours", "MWh", true, false }, { "megawatt hours", "MWh", true, false },
	{ "megawatt-hour", "MWh", true, false },
	{ "kilowatt-hours", "kWh", true, false }, { "kilowatt hours", "kWh", true, false },
	{ "kilowatt-hour", "kWh", true, false },
	{ "GW", "GW", false, true }, { "MW", "MW", false, true }, { "kW", "kW", false, true },
	{ "gigawatts", "GW", true, false }, { "gigawatt", "GW", true, false },
	{ "megawatts", "MW", true, false }, { "megawatt", "MW", true, false },
	{ "kilowatts", "kW", true, false }, { "kilowatt", "kW", true, false },
	{ "watts", "W", true, false }, { "watt", "W", true, false },
	{ "N·m", "N·m", false, true }, { "Nm", "N·m", false, true },
	{ "TEUs", "TEU", false, true }, { "TEU", "TEU", false, true },
	{ "horsepower", "hp", true, false }, { "hp", "hp", false, true },
	{ "kV", "kV", false, true }, { "kilovolts", "kV", true, false },
	{ "kilovolt", "kV", true, false }, { "volts", "V", true, false },
	{ "volt", "V", true, false },
	{ "kilocalories", "kcal", true, false }, { "kcal", "kcal", false, true },
	{ "mAh", "mAh", false, true }, { "milliamp-hours", "mAh", true, false },
	{ "milliamp hours", "mAh", true, false }, { "milliampere-hours", "mAh", true, false },
	/* area (before length: "square metres" before "metres") */
	{ "square kilometres", "km2", true, false }, { "square kilometers", "km2", true, false },
	{ "square kilometre", "km2", true, false }, { "square kilometer", "km2", true, false },
	{ "square metres", "m2", true, false }, { "square meters", "m2", true, false },
	{ "square metre", "m2", true, false }, { "square meter", "m2", true, false },
	{ "square feet", "ft2", true, false }, { "square foot", "ft2", true, false },
	{ "square miles", "mi2", true, false }, { "square mile", "mi2", true, false },
	{ "sq km", "km2", false, false }, { "sq m", "m2", false, false },
	{ "sq ft", "ft2", false, false }, { "sq mi", "mi2", false, false },
	{ "km2", "km2", false, true }, { "km\xC2\xB2", "km2", false, true },
	{ "m\xC2\xB2", "m2", false, true }, { "\xE3\x8E\xA1", "m2", false, true },  /* ㎡ */
	{ "\xE3\x8E\xA2", "km2", false, true },                                      /* ㎢ */
	{ "sqm", "m2", false, true }, { "sq.m", "m2", false, true },
	{ "hectares", "ha", true, false }, { "hectare", "ha", true, false },
	{ "acres", "acre", true, false }, { "acre", "acre", true, false },
	/* volume */
	{ "cubic feet", "ft3", true, false }, { "cubic metres", "m3", true, false },
	{ "cubic meters", "m3", true, false }, { "cubic metre", "m3", true, false },
	{ "cubic meter", "m3", true, false }, { "m\xC2\xB3", "m3", false, true },
	{ "litres", "L", true, false }, { "liters", "L", true, false },
	{ "litre", "L", true, false }, { "liter", "L", true, false },
	{ "millilitres", "mL", true, false }, { "milliliters", "mL", true, false },
	{ "ml", "mL", false, true }, { "mL", "mL", false, true },
	{ "gallons", "gal", true, false }, { "gallon", "gal", true, false },
	{ "barrels", "bbl", true, false }, { "barrel", "bbl", true, false },
	/* length and speed */
	{ "kilometres per hour", "km/h", true, false }, { "kilometers per hour", "km/h", true, false },
	{ "miles per hour", "mph", true, false },
	{ "kilometres", "km", true, false }, { "kilometers", "km", true, false },
	{ "kilometre", "km", true, false }, { "kilometer", "km", true, false },
	{ "km/h", "km/h", false, true }, { "kph", "km/h", false, true }, { "mph", "mph", false, true },
	{ "km", "km", false, true }, { "miles", "mi", true, false }, { "mile", "mi", true, false },
	{ "centimetres", "cm", true, false }, { "centimeters", "cm", true, false },
	{ "centimetre", "cm", true, false }, { "centimeter", "cm", true, false },
	{ "cm", "cm", false, true },
	{ "millimetres", "mm", true, false }, { "millimeters", "mm", true, false },
	{ "millimetre", "mm", true, false }, { "millimeter", "mm", true, false },
	{ "mm", "mm", false, true },
	{ "nanometres", "nm", true, false }, { "nanometers", "nm", true, false },
	{ "nanometre", "nm", true, false }, { "nanometer", "nm", true, false }, { "nm", "nm", false, true },
	{ "metres", "m", true, false }, { "meters", "m", true, false },
	{ "metre", "m", true, false }, { "meter", "m", true, false },
	{ "inches", "in", true, false }, { "inch", "in", true, false },
	{ "yards", "yd", true, false }, { "yard", "yd", true, false },
	{ "feet", "ft", true, false }, { "foot", "ft", true, false }, { "ft", "ft", false, true },
	/* mass */
	{ "metric tonnes", "t", true, false }, { "metric tons", "t", true, false },
	{ "tonnes", "t", true, false }, { "tonne", "t", true, false },
	{ "tons", "t", true, false }, { "ton", "t", true, false },
	{ "kilograms", "kg", true, false }, { "kilogram", "kg", true, false },
	{ "kilogrammes", "kg", true, false }, { "kilos", "kg", true, false },
	{ "kg", "kg", false, true },
	{ "milligrams", "mg", true, false }, { "milligram", "mg", true, false },
	{ "mg", "mg", false, true },
	{ "grams", "g", true, false }, { "gram", "g", true, false },
	{ "grammes", "g", true, false }, { "g", "g", false, true },
	{ "lbs", "lb", false, true }, { "lb", "lb", false, true },
	{ "ounces", "oz", true, false }, { "ounce", "oz", true, false }, { "oz", "oz", false, true },
	/* data */
	{ "TB", "TB", false, true }, { "PB", "PB", false, true }, { "GB", "GB", false, true },
	{ "MB", "MB", false, true }, { "EB", "EB", false, true }, { "KB", "KB", false, true },
	{ "terabytes", "TB", true, false }, { "petabytes", "PB", true, false },
	{ "gigabytes", "GB", true, false }, { "megabytes", "MB", true, false },
	{ "kilobytes", "KB", true, false },
	{ "gigabits", "Gbit", true, false }, { "megabits", "Mbit", true, false },
	{ "Gbps", "Gbps", false, true }, { "Mbps", "Mbps", false, true }, { "Tbps", "Tbps", false, true },
	/* temperature */
	{ "degrees Celsius", "\xC2\xB0" "C", true, false },
	{ "degrees Fahrenheit", "\xC2\xB0" "F", true, false },
	{ "\xC2\xB0" "C", "\xC2\xB0" "C", false, true }, { "\xC2\xB0" "F", "\xC2\xB0" "F", false, true },
	{ "\xE2\x84\x83", "\xC2\xB0" "C", false, true },                              /* ℃ */
	{ "\xE2\x84\x89", "\xC2\xB0" "F", false, true },                              /* ℉ */
	{ "摄氏度", "\xC2\xB0" "C", false, false },
	/* physics, other */
	{ "qubits", "qubit", true, false }, { "qubit", "qubit", true, false },
	{ "millikelvin", "mK", true, false }, { "GHz", "GHz", false, true },
	{ "MHz", "MHz", false, true }, { "kHz", "kHz", false, true }, { "Hz", "Hz", false, true },
	{ "milliseconds", "ms", true, false }, { "ms", "ms", false, true },
	{ "megapixels", "MP", true, false }, { "megapixel", "MP", true, false },
	/* Chinese (and Traditional forms) */
	{ "平方公里", "km2", false, false }, { "平方千米", "km2", false, false },
	{ "平方米", "m2", false, false }, { "平米", "m2", false, false },
	{ "平方英尺", "ft2", false, false }, { "立方米", "m3", false, false },
	{ "千瓦时", "kWh", false, false }, { "千瓦時", "kWh", false, false },
	{ "兆瓦时", "MWh", false, false }, { "度电", "kWh", false, false },
	{ "千瓦", "kW", false, false }, { "兆瓦", "MW", false, false },
	{ "吉瓦", "GW", false, false }, { "千伏", "kV", false, false }, { "瓦", "W", false, false },
	{ "公里", "km", false, false }, { "千米", "km", false, false }, { "纳米", "nm", false, false },
	{ "毫米", "mm", false, false }, { "厘米", "cm", false, false }, { "公分", "cm", false, false },
	{ "英寸", "in", false, false }, { "英尺", "ft", false, false }, { "英里", "mi", false, false },
	{ "海里", "nmi", false, false }, { "米", "m", false, false },
	{ "公顷", "ha", false, false }, { "亩", "mu", false, false }, { "畝", "mu", false, false },
	{ "吨", "t", false, false }, { "噸", "t", false, false }, { "公吨", "t", false, false },
	{ "公斤", "kg", false, false }, { "千克", "kg", false, false },
	{ "毫克", "mg", false, false }, { "克拉", "ct", false, false }, { "克", "g", false, false },
	{ "斤", "jin", false, false }, { "毫升", "mL", false, false },
	{ "毫安时", "mAh", false, false }, { "毫安時", "mAh", false, false },
	{ "赫兹", "Hz", false, false }, { "赫茲", "Hz", false, false }, { "千赫", "kHz", false, false }, { "兆赫", "MHz", false, false },
	{ "吉赫", "GHz", false, false }, { "千卡", "kcal", false, false }, { "大卡", "kcal", false, false },
	{ "千字节", "KB", false, false }, { "兆字节", "MB", false, false }, { "字节", "B", false, false },
	{ "兆帕", "MPa", false, false },
	{ "标准箱", "TEU", false, false }, { "标箱", "TEU", false, false },
	{ "牛·米", "N·m", false, false }, { "牛米", "N·m", false, false },
	{ "马力", "hp", false, false },
	{ "毫秒", "ms", false, false }, { "微秒", "us", false, false }, { "纳秒", "ns", false, false },
	{ "量子比特", "qubit", false, false }, { "比特", "bit", false, false },
};

static bool
is_alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

#define NUNITS (sizeof units / sizeof units[0])

/* The units by their first byte (ASCII folded to lower case), each chain in
 * table order so longer entries still come first; and their lengths. */
static short unit_head[256], unit_next[NUNITS];
static unsigned char unit_len[NUNITS];
static bool units_ready;

static void
build_units(void)
{
	nf_chains_build(unit_head, unit_next, unit_len, units, sizeof units[0], NUNITS);
	units_ready = true;
}

size_t
nf_unit_match(const char *s, size_t n, bool *attached_ok, const char **canon)
{
	if (n == 0)
		return 0;
	if (!units_ready)
		build_units();
	for (int i = unit_head[nf_chain_key(s, n)]; i >= 0; i = unit_next[i]) {
		const struct unit *u = &units[i];
		size_t l = unit_len[i];
		if (u->fold ? (u->text[0] | 0x20) != (s[0] | 0x20) : u->text[0] != s[0])
			continue;
		if (l > n || (l > 1 && !u->fold && u->text[1] != s[1]))
			continue;
		if (u->fold ? strncasecmp(s, u->text, l) != 0 : memcmp(s, u->text, l) != 0)
			continue;
		if (is_alnum((unsigned char)u->text[l - 1]) && l < n &&
		    (is_alnum((unsigned char)s[l]) || s[l] == '_' ||
		     (s[l] == '/' && l + 1 < n && is_alnum((unsigned char)s[l + 1]))))
			continue;
		*attached_ok = u->attached;
		if (canon != NULL)
			*canon = u->canon;
		return l;
	}
	return 0;
}

static const struct measure {
	const char *text;
	const char *noun;      /* what it counts when no noun follows; ""
	                          when it counts only beside a noun */
	const char *not_next;  /* characters that make it part of a word
	                          after a number: 匹配, 集团, 手机, 股东 */
} measures[] = {
	{ "家", NULL, NULL }, { "个", NULL, NULL }, { "個", NULL, NULL },
	{ "条", NULL, NULL }, { "條", NULL, NULL }, { "项", NULL, NULL },
	{ "項", NULL, NULL }, { "座", NULL, NULL }, { "所", NULL, NULL },
	{ "名", NULL, NULL }, { "位", NULL, "靓号密数" }, { "人次", "人次", NULL },
	{ "架次", "架次", NULL }, { "人", "人", NULL },
	{ "台", NULL, NULL }, { "款", NULL, NULL }, { "批", NULL, NULL },
	{ "件", NULL, NULL }, { "种", NULL, NULL }, { "種", NULL, NULL },
	{ "块", NULL, NULL }, { "塊", NULL, NULL }, { "片", NULL, NULL },
	{ "颗", NULL, NULL }, { "顆", NULL, NULL }, { "份", NULL, NULL },
	{ "只", NULL, NULL }, { "隻", NULL, NULL }, { "辆", NULL, NULL },
	{ "輛", NULL, NULL }, { "架", NULL, NULL }, { "部", NULL, NULL },
	{ "套", NULL, NULL }, { "张", NULL, NULL }, { "張", NULL, NULL },
	{ "篇", NULL, NULL }, { "笔", NULL, NULL }, { "筆", NULL, NULL },
	{ "户", NULL, NULL }, { "戶", NULL, NULL }, { "栋", NULL, NULL },
	{ "棟", NULL, NULL }, { "幢", NULL, NULL }, { "艘", NULL, NULL },
	{ "枚", NULL, NULL }, { "根", NULL, NULL }, { "支", NULL, NULL },
	{ "处", NULL, NULL }, { "處", NULL, NULL }, { "类", NULL, NULL },
	{ "類", NULL, NULL }, { "场", NULL, NULL }, { "場", NULL, NULL },
	{ "次", "次", NULL }, { "轮", NULL, NULL }, { "輪", NULL, NULL },
	{ "例", NULL, "如" }, { "宗", NULL, "旨教" }, { "起", "", "码步点诉草来初" },
	{ "间", NULL, "隔接断歇" }, { "間", NULL, "隔接斷" }, { "幅", NULL, "度" },
	{ "首", "", "次都发批席位先期日轮届" }, { "本", "", "科土地身届次期" },
	{ "道", "", "路理德歉" }, { "门", "", "槛户店口票" },
	{ "头", "", "条部发脑号衔" }, { "匹", "", "配" },
	{ "棵", NULL, NULL }, { "株", NULL, NULL }, { "粒", NULL, NULL },
	{ "盒", NULL, NULL }, { "瓶", NULL, NULL }, { "杯", NULL, NULL },
	{ "双", "", "方向边语打" }, { "箱", NULL, NULL }, { "袋", NULL, NULL },
	{ "组", "", "织成建合委" }, { "届", NULL, NULL }, { "节", "", "目点能约日奏省" },
	{ "层", "", "次面级" }, { "集", "", "团中体成结资" }, { "章", NULL, "程" },
	{ "段", "", "位" }, { "封", "", "闭锁面顶" }, { "手", NULL, "机续段术中里" },
	{ "股", NULL, "东份票权市价民息本指" }, { "口", "", "岸径号罩碑头气" },
	{ "则", "", NULL }, { "列", NULL, "入为车表举出席示队明" }, { "单", NULL, "位车日独价身品人项季元据纯机间体打笔曲场边向" },
	{ "副", NULL, "本总业作产食词主题官部市省县区镇校院会书教董经行秘队组理厂所站馆团军师班将驾长处局司科" },
};

/* The first characters of the measure words. */
static nf_firstset measure_firsts;

size_t
nf_measure_word_match(const char *s, size_t n, const char **default_noun)
{
	if (n < 3 || (unsigned char)s[0] < 0xE0)
		return 0;   /* every measure word is made of three-byte characters */
	if (!measure_firsts.ready) {
		for (size_t i = 0; i < sizeof measures / sizeof measures[0]; i++)
			nf_firstset_add(&measure_firsts, measures[i].text, false);
		measure_firsts.ready = true;
	}
	if (!nf_firstset_may(&measure_firsts, s, n))
		return 0;
	for (size_t i = 0; i < sizeof measures / sizeof measures[0]; i++) {
		const struct measure *m = &measures[i];
		size_t l;
		if (m->text[2] != s[2] || m->text[1] != s[1] || m->text[0] != s[0])
			continue;
		l = m->text[3] == '\0' ? 3 : strlen(m->text);
		if (l > 3 && (n < l || memcmp(s, m->text, l) != 0))
			continue;
		if (m->not_next != NULL && n >= l + 3) {
			for (const char *c = m->not_next; *c != '\0'; c += 3)
				if (memcmp(s + l, c, 3) == 0)
					return 0;
		}
		*default_noun = m->noun;
		return l;
	}
	return 0;
}
