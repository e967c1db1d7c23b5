/*
 * units.h - the units a quantity is measured in, and the Chinese measure
 * words (classifiers) a count is made with.
 *
 * Both are tables in lib/units.c.  A quantity unit has the words as
 * written ("square metres", "平方米") and a canonical symbol ("m2"); a
 * match must end at a word boundary for ASCII units ("5 GWh" is not
 * "5 GW" + "h").
 */
#ifndef NF_UNITS_H
#define NF_UNITS_H

#include <stdbool.h>
#include <stddef.h>

/*
 * The quantity unit at the start of s[0..n): "Eflops", "petaflops", "GW",
 * "kWh", "km", "kilometres", "tonnes", "square metres", "sq m", "㎡",
 * "qubits", "平方米", "公里", "吨", "千瓦时" ...  Returns its length in
 * bytes, or 0.  *attached_ok says whether the unit may be glued to the
 * digits ("5km", "150MW"); spelled-out words may not ("5kilometres" is
 * not written).  *canon (when not NULL) is the unit's canonical symbol,
 * SI or UCUM style, one per quantity so a spreadsheet can sum them:
 * "square metres", "sq m", "㎡" and 平方米 are all "m2"; "petaflops" and
 * "PFlops" "PFLOPS"; "tonnes" and 吨 "t"; 亩 "mu"; 斤 "jin".
 */
size_t nf_unit_match(const char *s, size_t n, bool *attached_ok, const char **canon);

/*
 * The Chinese measure word at the start of s[0..n) that makes a count
 * ("家" in "200家企业", "个", "条", "台", "名" ...).  Returns its length,
 * or 0.  *default_noun is the noun it stands for when none follows
 * (人 is its own noun), or NULL: then the caller takes the noun
 * from the context or reports the measure word, or "" for a measure
 * word that makes a count only beside a noun (三双 is a basketball
 * statistic, 小两口 a couple, "3双鞋" a count).  A measure word that
 * starts a longer word after a number (匹配, 集团, 手机, 股东) is none.
 */
size_t nf_measure_word_match(const char *s, size_t n, const char **default_noun);

#endif
