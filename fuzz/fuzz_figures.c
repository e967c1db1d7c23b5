/*
 * fuzz_figures.c - libFuzzer target for the figure recogniser
 * (lib/figures.c, lib/number.c, lib/money.c, lib/units.c, lib/singular.c).
 *
 * The first byte picks the options (Chinese text or not, a default for
 * "$", a table: then the first line is its caption and header, between a
 * TAB, and the rest a row); the rest is the text.  Beyond what ASan and UBSan catch, it checks
 * the contract nf-figures relies on: spans inside the text, in order, not
 * overlapping, starting and ending on UTF-8 character boundaries; the
 * qualifier starts at or before the match; value_max > value for ranges;
 * equiv_of names an earlier figure; the unit is non-empty; and every value
 * formats as a plain JSON number.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "figures.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Whether pos is a character boundary, decoding from the start as the
 * recogniser does (an invalid byte is a character of its own). */
static int
boundary(const uint8_t *s, size_t n, size_t pos)
{
	size_t p = 0;
	uint32_t cp;

	while (p < pos)
		p += nf_utf8_decode((const char *)s + p, n - p, &cp, NULL);
	return p == pos;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	nf_figure_opts opts = { 0 };
	nf_figure_list list = { 0 };
	nf_table_units table = { 0 };
	size_t last_end = 0;
	char buf[NF_DECIMAL_BUF];

	if (size == 0)
		return 0;
	opts.chinese = data[0] & 1;
	opts.dollar = (data[0] & 2) ? "HKD" : NULL;
	if (data[0] & 4) {
		const uint8_t *nl = memchr(data + 1, '\n', size - 1);
		if (nl != NULL) {
			const uint8_t *tab = memchr(data + 1, '\t', (size_t)(nl - data - 1));
			size_t cl = (size_t)((tab != NULL ? tab : nl) - data - 1);
			if (nf_table_units_read(&table, (const char *)data + 1, cl,
			    tab != NULL ? (const char *)tab + 1 : NULL,
			    tab != NULL ? (size_t)(nl - tab - 1) : 0) != 0)
				abort();
			opts.table = &table;
			size -= (size_t)(nl - data);
			data = nl;
		}
	}
	data++;
	size--;
	if (nf_figures_find((const char *)data, size, &opts, &list) != 0)
		abort();
	for (size_t i = 0; i < list.len; i++) {
		const nf_figure *f = &list.items[i];
		if (f->start >= f->end || f->end > size || f->start < last_end)
			abort();
		if (f->qual_start > f->start)
			abort();
		if (!boundary(data, size, f->start) || !boundary(data, size, f->end))
			abort();
		last_end = f->end;
		if (f->qualifier == NF_QUAL_RANGE && nf_decimal_cmp(f->value_max, f->value) <= 0)
			abort();
		if (f->equiv_of >= (long)i || f->equiv_of < -1)
			abort();
		if (f->unit == NULL || f->unit_suffix == NULL || f->unit_len + strlen(f->unit_suffix) == 0)
			abort();
		if (nf_decimal_format(f->value, buf) >= sizeof buf || buf[0] == '\0')
			abort();
		if (f->qualifier == NF_QUAL_RANGE &&
		    nf_decimal_format(f->value_max, buf) >= sizeof buf)
			abort();
	}
	nf_figure_list_free(&list);
	nf_table_units_free(&table);
	return 0;
}
