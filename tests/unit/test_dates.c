/*
 * test_dates.c - the recogniser's API as the other filters use it:
 * nf-segment reads `point` from a dateline, nf-figures drops numbers inside
 * the spans.  (The recogniser's forms are covered by fixtures/dates/.)
 */
#include <string.h>

#include "dates.h"
#include "tap.h"

/* The first match in s with the given anchor ("" for none). */
static nf_date_match
first(const char *s, const char *anchor)
{
	nf_date_opts o = { 0 };
	nf_date_list l = { 0 };
	nf_date_match m = { 0 };

	if (anchor[0]) {
		o.has_anchor = nf_parse_iso_date(anchor, &o.anchor);
	}
	if (nf_dates_find(s, strlen(s), &o, &l) == 0 && l.len > 0)
		m = l.items[0];
	nf_date_list_free(&l);
	return m;
}

static void
point_is(const char *s, const char *anchor, const char *want)
{
	nf_date_match m = first(s, anchor);
	char buf[11] = "";

	if (m.has_point)
		nf_format_ymd(m.point, buf);
	TAP_STR(buf, want, "point of '%s' (anchor %s)", s, anchor[0] ? anchor : "none");
}

static void
span_is(const char *s, const char *want)
{
	nf_date_match m = first(s, "2025-01-28");
	char buf[64] = "";

	if (m.end > m.start && m.end - m.start < sizeof buf)
		memcpy(buf, s + m.start, m.end - m.start);
	TAP_STR(buf, want, "span in '%s'", s);
}

int
main(void)
{
	nf_date_list l = { 0 };
	nf_date_kind k;
	nf_date_match m;

	/* datelines, as nf-segment reads them */
	point_is("Published 1 month ago5 minute read", "2025-02-28", "2025-01-28");
	point_is("Published 1 month ago", "2024-03-31", "2024-02-29");
	point_is("Updated 3 hours ago", "2025-01-28", "2025-01-28");
	point_is("Posted 2 days ago", "2025-03-01", "2025-02-27");
	point_is("May 10, 2025", "", "2025-05-10");
	point_is("2025-03-12 09:30", "", "2025-03-12");
	point_is("2025年3月12日 09:30 来源：新华社", "", "2025-03-12");
	point_is("Published: Tuesday, January 28, 2025", "", "2025-01-28");
	point_is("Yesterday", "2025-01-01", "2024-12-31");
	point_is("Published 1 month ago", "", "");
	point_is("July 2017", "", "");  /* a month has no single day */

	/* spans cover whole expressions, never figures */
	span_is("within two years and $2,025", "two years");
	span_is("from 2017 to 2018, 2025 companies", "from 2017 to 2018");
	span_is("两年内完成", "两年内");
	span_is("“十五五”时期成绩显著", "十五五");
	span_is("“十五五”时期（2026—2030年）", "十五五”时期（2026—2030年）");  /* one period */
	m = first("It paid 2025 yuan and 300 million to 2019 companies.", "2025-01-28");
	TAP_OK(m.end == 0, "no span in money and counts");

	/* resolution flags */
	m = first("9 July 2017", "2025-01-28");
	TAP_OK(!m.used_anchor && m.kind == NF_DATE_DATE, "an absolute date does not use the anchor");
	m = first("May 21", "2026-05-22");
	TAP_OK(m.used_anchor && strcmp(m.value, "2026-05-21") == 0, "a partial date does");
	m = first("last week", "");
	TAP_OK(m.value[0] == '\0' && m.note != NULL && strcmp(m.note, "no anchor") == 0 &&
	    !m.has_range, "no anchor: empty value and a note");
	m = first("Feb 29", "2025-03-10");
	TAP_STR(m.value, "2024-02-29", "Feb 29 with a 2025 anchor is the last real one");
	m = first("December", "2025-01-10");
	TAP_STR(m.value, "2024-12", "a January article's December is last year's");
	m = first("January", "2024-12-20");
	TAP_STR(m.value, "2025-01", "a December article's January is next year's");

	/* the list API */
	TAP_OK(nf_dates_find("in 2019 and 2020", 16, NULL, &l) == 0 && l.len == 2,
	    "NULL opts work; a year after 'and' continues the list");
	nf_date_list_clear(&l);
	TAP_OK(l.len == 0 && nf_dates_find("", 0, NULL, &l) == 0 && l.len == 0, "empty text");
	TAP_OK(nf_dates_find("in 2019\0 in 2020", 16, NULL, &l) == 0 && l.len == 2,
	    "a NUL byte inside the text is just a byte");
	nf_date_list_free(&l);
	TAP_STR(nf_date_kind_name(NF_DATE_RELATIVE), "relative", "kind names");
	TAP_OK(nf_date_kind_parse("range", 5, &k) && k == NF_DATE_RANGE, "parse a kind");
	TAP_OK(!nf_date_kind_parse("ranges", 6, &k) && !nf_date_kind_parse("", 0, &k),
	    "unknown kinds are refused");
	return tap_done();
}
