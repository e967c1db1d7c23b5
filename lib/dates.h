/*
 * dates.h - finding date expressions in a sentence and resolving them to
 * the calendar.
 *
 * One recogniser serves three filters, so they agree: nf-dates reports what
 * it finds, nf-figures skips numbers inside those spans (a year is not a
 * figure), and nf-segment reads an article's publication line with it.
 *
 * nf_dates_find() scans UTF-8 text and appends one nf_date_match per
 * expression, in text order, spans not overlapping.  Values follow TIMEX3:
 * "2025-05-21", "2025-05", "2025", "2025-Q1", "2025-H1", "2025-W03",
 * "2025-SU", "201X" (decade), "2026/2030" (range), "P2Y" (duration).
 */
#ifndef NF_DATES_H
#define NF_DATES_H

#include <stdbool.h>
#include <stddef.h>

#include "calendar.h"

typedef enum nf_date_kind {
	NF_DATE_DATE,      /* a calendar date, month, year, quarter ... */
	NF_DATE_RANGE,     /* from one date to another: "2026-2030" */
	NF_DATE_DURATION,  /* a length of time: "two years", "18 months" */
	NF_DATE_RELATIVE,  /* resolved against the anchor: "last week" */
} nf_date_kind;

enum nf_date_order {
	NF_ORDER_AUTO,  /* decide per expression; ambiguous ones say so */
	NF_ORDER_DMY,
	NF_ORDER_MDY,
	NF_ORDER_YMD,
};

typedef struct nf_date_opts {
	bool has_anchor;        /* anchor is set */
	nf_ymd anchor;          /* the reference date: published, --ref, fetched */
	enum nf_date_order order;
} nf_date_opts;

typedef struct nf_date_match {
	size_t start, end;      /* byte offsets of the expression in the text */
	nf_date_kind kind;
	char value[40];         /* TIMEX3 value; "" when it cannot be resolved */
	bool has_range;         /* from and to are set */
	nf_ymd from, to;        /* first and last day covered */
	bool has_point;         /* point is set */
	nf_ymd point;           /* the single most likely day: "1 month ago"
	                           is the anchor minus one month */
	bool used_anchor;       /* the value depends on the anchor */
	const char *note;       /* static text: why value is empty, or an
	                           ambiguity ("day-month order assumed"); NULL */
} nf_date_match;

typedef struct nf_date_list {
	nf_date_match *items;
	size_t len, cap;
} nf_date_list;

/*
 * Find the date expressions in text[0..n) and append them to out.
 * Returns 0, or -1 when memory ran out (out keeps what was found).
 */
int nf_dates_find(const char *text, size_t n, const nf_date_opts *opts,
    nf_date_list *out);

/* Empty the list, keeping its memory. */
void nf_date_list_clear(nf_date_list *list);

/* Free the list's memory. */
void nf_date_list_free(nf_date_list *list);

/* The kind as the records spell it: "date", "range", "duration", "relative". */
const char *nf_date_kind_name(nf_date_kind kind);

#endif
