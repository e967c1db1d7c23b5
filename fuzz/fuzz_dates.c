/*
 * fuzz_dates.c - libFuzzer target for the date recogniser (lib/dates.c,
 * lib/date_lex.c).
 *
 * The first byte picks the anchor (none, or one of a few dates including
 * leap days and year ends) and the --date-order; the rest is the text.
 * Beyond what ASan and UBSan catch, it checks the contract nf-figures and
 * nf-segment rely on: spans inside the text, in order, not overlapping;
 * from <= to; a value is NUL-terminated and set whenever from/to are.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"

static const nf_ymd anchors[] = {
	{ 2025, 1, 28 }, { 2024, 2, 29 }, { 2024, 12, 31 }, { 2025, 1, 1 },
	{ 2026, 5, 22 }, { 1, 1, 1 }, { 9999, 12, 31 },
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	nf_date_opts opts = { 0 };
	nf_date_list list = { 0 };
	size_t last_end = 0;
	unsigned sel;

	if (size == 0)
		return 0;
	sel = data[0];
	data++;
	size--;
	if ((sel & 7) < sizeof anchors / sizeof anchors[0]) {
		opts.has_anchor = true;
		opts.anchor = anchors[sel & 7];
	}
	opts.order = (enum nf_date_order)((sel >> 3) & 3);
	if (nf_dates_find((const char *)data, size, &opts, &list) != 0)
		abort();
	for (size_t i = 0; i < list.len; i++) {
		const nf_date_match *m = &list.items[i];
		if (m->start >= m->end || m->end > size || m->start < last_end)
			abort();
		last_end = m->end;
		if (memchr(m->value, '\0', sizeof m->value) == NULL)
			abort();
		if (m->has_range) {
			if (m->value[0] == '\0')
				abort();
			if (nf_days_from_ymd(m->from.y, m->from.m, m->from.d) >
			    nf_days_from_ymd(m->to.y, m->to.m, m->to.d))
				abort();
			if (!nf_ymd_valid(m->from.y, m->from.m, m->from.d) ||
			    !nf_ymd_valid(m->to.y, m->to.m, m->to.d))
				abort();
		}
		if (m->has_point && !nf_ymd_valid(m->point.y, m->point.m, m->point.d))
			abort();
	}
	nf_date_list_free(&list);
	return 0;
}
