/*
 * dates.c - date expressions: recognition and resolution.
 *
 * First version: ISO dates (2025-05-21) and bare four-digit years after
 * "in".  The full recogniser replaces this file.
 */
#include "dates.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
push(nf_date_list *out, const nf_date_match *m)
{
	if (out->len == out->cap) {
		size_t cap = out->cap ? out->cap * 2 : 8;
		nf_date_match *p = realloc(out->items, cap * sizeof *p);
		if (p == NULL)
			return -1;
		out->items = p;
		out->cap = cap;
	}
	out->items[out->len++] = *m;
	return 0;
}

static bool
isdig(char c)
{
	return c >= '0' && c <= '9';
}

int
nf_dates_find(const char *text, size_t n, const nf_date_opts *opts,
    nf_date_list *out)
{
	(void)opts;
	for (size_t i = 0; i + 10 <= n; i++) {
		nf_ymd d;
		char buf[11];
		if ((i > 0 && isdig(text[i - 1])) || !isdig(text[i]))
			continue;
		memcpy(buf, text + i, 10);
		buf[10] = '\0';
		if (!nf_parse_iso_date(buf, &d))
			continue;
		nf_date_match m = { .start = i, .end = i + 10, .kind = NF_DATE_DATE,
			.has_range = true, .from = d, .to = d, .has_point = true, .point = d };
		memcpy(m.value, buf, 11);
		if (push(out, &m) != 0)
			return -1;
		i += 9;
	}
	return 0;
}

void
nf_date_list_clear(nf_date_list *list)
{
	list->len = 0;
}

void
nf_date_list_free(nf_date_list *list)
{
	free(list->items);
	list->items = NULL;
	list->len = list->cap = 0;
}

const char *
nf_date_kind_name(nf_date_kind kind)
{
	static const char *names[] = { "date", "range", "duration", "relative" };

	return kind <= NF_DATE_RELATIVE ? names[kind] : "date";
}
