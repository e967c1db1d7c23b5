/*
 * dates.h - finding date expressions in a sentence and resolving them to
 * the calendar.
 *
 * One recogniser serves three filters, so they agree: nf-dates reports what
 * it finds, nf-figures skips numbers inside those spans (a year is not a
 * figure), and nf-segment reads an article's publication line with it.
 *
 * nf_dates_find() scans UTF-8 text once (tokens, then cheap checks at
 * candidate tokens: digits, month and weekday names, cue words, the Han
 * characters of Chinese dates) and appends one nf_date_match per
 * expression, in text order, spans not overlapping.  Values follow TIMEX3:
 *
 *   2025-05-21   a day              2025-W03      an ISO week
 *   2025-05      a month            2025-W03-WE   a weekend
 *   2025         a year             2025-SU       a season (SP SU FA WI)
 *   2025-Q1      a quarter          199X          a decade ("the 1990s")
 *   2025-H1      a half year        2026/2030     a range (from/to)
 *   2025-03-12T09:30   a day with a time of day
 *   P2Y P18M P3W P11D PT5H PT30M PT10S P1.5Y   durations
 *
 * Spans cover whole expressions ("9 July 2017", "from 2017 to 2018",
 * "2025年5月21日", "两年内", "two years") and never figures ("$2,025",
 * "2025 companies", "300 million").  A four-digit year alone is a date
 * only in date context: after "in", "by", "since", "until", "before",
 * "after", "during", "from", "as of", "around" ...; before 年; in
 * parentheses; as "the 2019 audit report"; in a range "2026-2030"; as
 * the object of a verb ending its clause ("will not survive 2026.", not
 * "the toll reached 2005."); after "due", "maturing", "expires" ("notes
 * due 2030"); as "the 2024 one".  A month alone is a date after a cue, or
 * before a noun of periodic figures ("April deliveries", "May sales"),
 * after "ended" ("we ended March with"), or as "expect May to ..." in a
 * sentence with digits (not "expect May to resign": Theresa May).
 *
 * Resolution against the anchor (opts->anchor: the publication date, else
 * the date the page was fetched):
 *
 *   - Year inference for a partial date (a month and day, a month, a
 *     quarter, a season, a Chinese day of the month): the occurrence
 *     nearest the anchor, distance counted in the date's own unit (days
 *     for "May 21", months for "September", quarters, seasons); on a tie
 *     the past one.  A half ("上半年", "the second half") is the anchor's
 *     year's.  A range of partial dates ("April-June", "Jan–Mar", "3月至5月",
 *     "1-4月") takes the year of its end, the start lying in the same year
 *     or, for a wrap of at most six months ("November to January"), the
 *     year before.  So with anchor 2025-01-28, "December" is 2024-12, "March" is
 *     2025-03, "July" (six months either way) is 2024-07, "September" is
 *     2024-09; with anchor 2024-12-20 "January" is 2025-01.  A month and day
 *     is searched over valid dates only: "Feb 29" with anchor 2025-03-10
 *     is 2024-02-29, never 2025-02-29.
 *   - In a future clause the partial date is instead the first occurrence
 *     on or after the anchor (same unit): the clause (back to . ; : , or
 *     the start, twelve words) holds "will", "would", "expect(s)", "plan(s)",
 *     "aim(s)", "due" (not "due to"), "scheduled", "intend(s)", "forecast",
 *     'll, or 将 拟 计划 预计 预期 有望 力争 争取, or "by" / 到 comes right
 *     before the date; and it holds no "had", "was", "were", "did", "said",
 *     已, 曾 ("than expected", "as planned" are no cue).  With anchor
 *     2025-05-16 "by December" is 2025-12 and "will start ... in the fourth
 *     quarter" 2025-Q4; with anchor 2024-12-20 "will open in November" is
 *     2025-11, "opened in November" 2024-11.
 *   - A quarter named by its last month ("the March quarter", "the quarter
 *     ended March 31", "the quarter to June") is that calendar quarter;
 *     "the three months to March 31" stays a duration and a date.
 *   - Chinese 工作日 (working days) are counted as days: "7个工作日" is P7D
 *     (note "working days, counted as days"); "四个多月", "十多个月" are
 *     the round number (P4M, P10M, note "approximate ...").  昨晚 昨夜
 *     今晨 今早 今晚 明晚 are their day; 大前天 / 大后天 three days off.
 *   - A bare weekday ("on Friday") is the most recent such day on or before
 *     the anchor (news usage); "last Friday" is strictly before, "next
 *     Friday" strictly after, "this Friday" in the anchor's ISO week.
 *   - "last week" is the ISO week before the anchor's; "last month", "last
 *     year", "last quarter", "this ...", "next ..." likewise.
 *   - "N days/weeks/months/years ago" counts back from the anchor (months
 *     by calendar, clamping the day); the value has the unit's precision
 *     and `point` is the exact day.  Hours and minutes ago are the
 *     anchor's day.
 *
 * Without an anchor, relative and partial dates are still reported (so
 * their spans are known) with value "" and note "no anchor".
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
	NF_DATE_SET,       /* a frequency: "every week", "每年" */
} nf_date_kind;

enum nf_date_order {
	NF_ORDER_AUTO,  /* no default: MDY, noted as guessed */
	NF_ORDER_DMY,
	NF_ORDER_MDY,
	NF_ORDER_YMD,
};

struct nf_date_match;

typedef struct nf_date_match {
	size_t start, end;      /* byte offsets of the expression in the text */
	nf_date_kind kind;
	char value[40];         /* TIMEX3 value; "" when it cannot be resolved */
	const char *mod;        /* TIMEX3 mod: "START", "MID", "END"; NULL */
	bool has_range;         /* from and to are set */
	nf_ymd from, to;        /* first and last day covered */
	bool has_point;         /* point is set */
	nf_ymd point;           /* the single most likely day: "1 month ago"
	                           is the anchor minus one month; set for days,
	                           weekdays and "... ago" */
	bool used_anchor;       /* the value depends on the anchor */
	bool explicit_year;     /* the text gave the year ("5 May 2009") */
	const char *note;       /* static text: why value is empty, or an
	                           ambiguity ("day/month order guessed"); NULL */
} nf_date_match;

/*
 * What one sentence passes to the next within a document (see "Per
 * document" above).  A plain value: copy it to keep a snapshot.
 */
typedef struct nf_date_carry {
	long article, para;     /* where the last sentence was */
	bool has_context;       /* context is set */
	nf_date_match context;  /* the last date of the paragraph so far:
	                           what "a year earlier" and 去年同期 count
	                           from, and, when stated with its year,
	                           the story's date later yearless dates are
	                           read near */
} nf_date_carry;

/* Per-document state, kept by the caller for the sentences of one
 * document read in order; zero it (or nf_date_doc_start) per document. */
typedef struct nf_date_doc {
	unsigned cues;          /* internal: what the document says about
	                           numeric day/month order */
	bool final;             /* set by the caller once every sentence of
	                           the document has been seen: then cues
	                           decide an ambiguous order */
	bool guessed;           /* out: the last nf_dates_find met an
	                           ambiguous numeric date before the document
	                           decided the order (only while !final) */
	long article, para;     /* in: where the next sentence is (-1: none) */
	nf_date_carry carry;    /* what carries between sentences */
} nf_date_doc;

typedef struct nf_date_opts {
	bool has_anchor;        /* anchor is set */
	nf_ymd anchor;          /* the reference date: published, --ref, fetched */
	bool anchor_published;  /* anchor is the article's publication date
	                           (not a fetch date or --ref) */
	enum nf_date_order order;  /* numeric dates like 09/07/2017 when the
	                           document does not decide */
	nf_date_doc *doc;       /* per-document state, or NULL: each text
	                           stands alone; not owned */
} nf_date_opts;

typedef struct nf_date_list {
	nf_date_match *items;
	size_t len, cap;
} nf_date_list;

/*
 * Start a new document: name is its doc key or URL (NULL if none), whose
 * domain may say how numeric dates are ordered (.uk, .ie, .au, .in, .hk,
 * .sg, .nz: day first).
 */
void nf_date_doc_start(nf_date_doc *doc, const char *name, size_t n);

/* Whether the document's own numeric dates have decided day/month order. */
bool nf_date_doc_decided(const nf_date_doc *doc);

/*
 * Read a sentence that nf_dates_find is not given (a dateline, a caption,
 * page chrome) for what it says about the document: a dateline city, a
 * numeric date whose day is over 12.
 */
void nf_date_doc_scan(nf_date_doc *doc, const char *text, size_t n);

/*
 * Find the date expressions in text[0..n) and append them to out.
 * text need not be NUL-terminated; invalid UTF-8 is read as U+FFFD.
 * Returns 0, or -1 when memory ran out (out keeps what was found).
 */
int nf_dates_find(const char *text, size_t n, const nf_date_opts *opts,
    nf_date_list *out);

/* Empty the list, keeping its memory. */
void nf_date_list_clear(nf_date_list *list);

/* Free the list's memory. */
void nf_date_list_free(nf_date_list *list);

/* The kind as the records spell it: "date", "range", "duration",
 * "relative", "set". */
const char *nf_date_kind_name(nf_date_kind kind);

/*
 * Parse a kind name ("date", "range", "duration", "relative", "set"); returns true
 * and sets *kind, or false for anything else.
 */
bool nf_date_kind_parse(const char *name, size_t n, nf_date_kind *kind);

#endif
