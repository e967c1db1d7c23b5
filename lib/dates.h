/*
 * dates.h - finding date expressions in a sentence and resolving them to
 * the calendar.
 *
 * One recogniser serves three filters, so they agree: nf-dates reports what
 * it finds, nf-figures skips numbers inside those spans (a year is not a
 * figure), and nf-segment reads an article's publication line with it.
 *
 * nf_dates_find() scans UTF-8 text once (tokens, then cheap checks at
 * candidate tokens: digits, month and weekday names, units, the Han
 * characters of Chinese dates) and appends one nf_date_match per
 * expression, in text order, spans not overlapping.  Values follow TIMEX3:
 *
 *   2025-05-21   a day              2025-W03      an ISO week
 *   2025-05      a month            2025-W03-WE   a weekend
 *   2025         a year             2025-SU       a season (SP SU FA WI)
 *   2025-Q1      a quarter          199X          a decade ("the 1990s")
 *   2025-H1      a half year        2026/2030     a range (from/to)
 *   2025-03-12T09:30   a day with a time of day
 *   P2Y P18M P3W P11D PT5H PT30M PT10S P1.5Y PT7M5S   durations
 *   PXY PXM PXW PXD PTXH PXDE    durations of no stated length (X)
 *   P1W P3M XXXX-WXX-5 XXXX-03 XXXX-XX-15 XXXX-Q4   sets (frequencies)
 *
 * Kinds: date, range, duration, relative (resolved against the anchor),
 * set (a frequency; from/to empty).  `mod` is TIMEX3's START, MID or END
 * ("early 2026", "mid-2027", "late March", "the end of 2005", 年初 年中
 * 年底, 月初 月底, 上旬 中旬 下旬, "early next year"); the value stays the
 * whole unit and from/to are narrowed to its third: days 1-10, 11-20,
 * 21-end of a month (1月中旬 is 11-20 January); months 1-4, 5-8, 9-12 of a
 * year; years 0-3, 4-6, 7-9 of a decade; the first, second, third month
 * of a quarter; months 1-2, 3-4, 5-6 of a half.  A range carries each
 * end's modifier into from/to.
 *
 * Spans cover whole expressions ("9 July 2017", "from 2017 to 2018",
 * "2025年5月21日", "两年内", "two years") and never figures ("$2,025",
 * "2025 companies", "300 million").  A four-digit year alone is a date
 * only in date context: after "in", "by", "since", "until", "before",
 * "after", "during", "from", "as of", "around" ...; before 年; in
 * parentheses; as "the 2019 audit report", "a 1996 law"; after a year
 * of a list ("in 1994, 1995 and 1997", "in both 1990 and 1991"); in a
 * range "2026-2030"; as the object of a verb ending its clause ("will not
 * survive 2026.", not "the toll reached 2005."); after "due", "maturing",
 * "expires" ("notes due 2030"); as "the 2024 one"; "the 1988 second
 * quarter"; after a time noun and "of" ("the same period of 2021", "the
 * closing months of 2004"); as the subject of a singular verb opening its
 * clause or after "said" ("2024 had been its busiest year", "2019 was a
 * record"; not "2,000 were hurt", "some 2000 had fled").  An apostrophe
 * year where a year is expected: "the season of '96", "in '08" (50-99
 * the 1900s).  Never before a time zone ("2010 GMT", "1200 BST" are times).
 * A month alone is a date after a cue, or before a noun of periodic
 * figures ("April deliveries", "May sales"), after "ended" ("we ended
 * March with"), or as "expect May to ..." in a sentence with digits (not
 * "expect May to resign": Theresa May).  Also read: "Sep-2012", "09/2012",
 * "2024 August", "10-August-2012", "3 Aug 96", "Aug 9, '96", 二0一0年
 * (Chinese and Arabic digits mixed), 民國113年 (the Republic of China's
 * era: 1911 + N, never a duration).  A day no calendar has ("2月30日",
 * "2023年2月29日") is no date at all.
 *
 * Not dates: 五月天 (a band), 走到今天这一步 (how far one has come), "the
 * Today programme", "Radio 4's Today", "said Mike Friday" (a weekday
 * after a name is a surname unless a verb follows: "Iran Saturday
 * condemned" is the wire style for "on Saturday"), 九五之尊, 国庆60周年,
 * 十一岁.  Counts of months, not months: 两月 (P2M), 3月期 (a three-month
 * term, P3M).  80年左右人群, 80年出生 are people born around 1980 (1980),
 * not eighty years.  7分05秒 is one time (PT7M5S).  Ages are no durations:
 * "10 years old", "10-year-old", "aged 52 years", "an average age of 7.1
 * years".  万分之一点七五 is a number, not the 7th Five-Year Plan.
 *
 * Resolution against the anchor (opts->anchor: the publication date, else
 * the date the page was fetched).  The article's own dateline (not one it
 * cites: "据《卫报》6月28日报道") is its today from there on: always when
 * the anchor is no publication date, and under one when the dateline's
 * day is within a day of it.  A publication key gives an instant in some
 * zone (the date of 2025-05-06T23:41:00Z is the 6th, 7:41 on the 7th in
 * Hangzhou), the dateline the day in the place the story was written,
 * and that day is what "on Wednesday", 今天 and 昨日 count from (a
 * dateline further off is an old story's or a mistake, and the
 * publication date stays).  The record's `published` is not changed;
 * its `anchor` names the day it was read against.
 *
 *   - Year inference for a partial date (a month and day, a month, a
 *     quarter, a season, a holiday, a Chinese day of the month).  The
 *     centre is the story's date when the text has set one, else the
 *     anchor.  The story's date is the last date before it in the
 *     paragraph when the text stated that date with its year ("2009年11月5
 *     日签约，12月31日完成交割" is 2009-12-31); a date resolved against the
 *     anchor ("last year") brings the story back to the anchor; a year
 *     alone counts only where it opens its sentence ("In 2019, the firm
 *     ... in March", not "Johnson, who won in 2003, will play in June").
 *     Under a publication date only a day stated earlier in the same
 *     sentence sets the story ("Founded in July 2023, DeepSeek said its
 *     V3, released on December 26, ..." is 2024-12-26 in a 2025 article).
 *   - The clause's tense picks the occurrence around the centre: past (the
 *     last not after it), future (the first not before it), else the
 *     nearest, distance counted in the date's own unit (days for "May
 *     21", months for "September", quarters, seasons), ties to the past.
 *     The marker nearest the date counts: on its left within the clause
 *     (back to , . ; : ! ?), else on its right (crossing one comma after
 *     an opening date phrase: "In July, the firm fired ...").  Past:
 *     "was", "were", "did", verbs in -ed and irregular past forms ("said",
 *     "rose", "held"), "has/have" before a participle, "since", "ago",
 *     "earlier"; 了 (not 为了 除了 了解), 以来 after the date, 截至.
 *     Perfect ("had", 已, 曾): before the story's date as well.  Future:
 *     "will", 'll, modals, "will be fired", "will have", "is due" (not
 *     "due to the strikes"), "scheduled", "expect(s/ed)" (not "than
 *     expected"), "plans to" (a noun "plan" is no sign), "aims", "aimed
 *     to" (not "aimed at"), "set to", "likely to", "upcoming",
 *     "approaching"; "by", "until" or 到 right before the date unless a
 *     past marker is near, or after a present "is" ("is closed until 3
 *     March"); 将 (将于, 将在, 即将, 将要, "公司将"
 *     after the date; not 将 = 把), 要 (not 主要 重要 需要 要求), 拟,
 *     预计, 计划 before the date, 有望, 力争, 争取, 定于.  A participle is
 *     read with its auxiliaries: "was fired" past, "will be fired" future,
 *     "is held" none; "the anticipated election" is an adjective; "strikes
 *     earmarked for 23 March" no past.  Relative to a story's date a plain
 *     past says nothing (both were before today).  Datelines ("LONDON,
 *     March 3 (Reuters) -", "新华社北京12月30日电", "北京时间4月8日消息";
 *     not a time zone after 于 在 将: "定于当地时间27日") are past: the day
 *     is never after the day after the anchor's (the anchor's zone may be
 *     a day behind the dateline's city: published 2025-05-06T23:41Z,
 *     "HANGZHOU, May 7 (Reuters)" is 2025-05-07, not 2024).  So with
 *     anchor 2025-03-10 "was fired in July" is 2024-07 and "will be fired
 *     in July" 2025-07; with anchor 2025-11-20, 2025-07 and 2026-07; "the
 *     year ended March 31" in a November article is that year's March.
 *     A half ("上半年", "the second half") is the centre's year's; a bare
 *     "the second half" is one only in business text (a "%", a currency,
 *     "sales", a figure's noun: "50 workers", "RMB 99,800"), not a
 *     match's ("scored early in the second half ... for the visitors").  Only
 *     real days are candidates: "Feb 29" with anchor 2025-03-10 is
 *     2024-02-29.
 *   - A weekday given with a day must agree: "Monday 6 December" is the
 *     year near the centre in which 6 December is a Monday, 3月5日（星期三）
 *     likewise; with none within eight years, or a stated year whose day
 *     falls on another weekday, note "weekday does not fit the date".
 *   - A range of partial dates ("April-June", "3月至5月", "Between January
 *     and September") is read around its end, with the whole range's
 *     tense; the start lies in the same year or, wrapping by at most six
 *     months ("November to January"), the year before.  A year stated
 *     only after it is both ends' ("from April to June in 2017"); a stated
 *     start lends its year to the end ("December 2024 to February" is
 *     2024-12/2025-02, "2024年12月至2月" too); 次年 is the year after the
 *     start (11月至次年2月), or after the date the text talks about.
 *   - Holidays: fixed days (Christmas [Day/Eve], Boxing Day, New Year's
 *     Day/Eve, Halloween, Valentine's Day, 元旦, 五一 and 劳动节, 国庆 and
 *     十一 where they name the holiday (国庆节, 国庆假期, 十一黄金周), 圣诞,
 *     平安夜, 情人节, 儿童节, 妇女节, 教师节), Easter, Good Friday and
 *     Easter Monday by the Gregorian computus, Thanksgiving as the fourth
 *     Thursday of November; the lunar festivals 春节 (and 除夕, the day
 *     before), 元宵节, 端午节, 七夕 and 中秋节 by ICU's Chinese calendar
 *     (lunar.h); their year as above.
 *   - A report's period: a year's 半年度 or 半年报 is its first half
 *     (2025年半年度 is 2025-H1), its 一季报 that quarter (2025-Q1); 半年报
 *     and 半年报预告 alone name a report, no date nor duration.  A quarter
 *     without a year (三季度) glued to any word is one ("关注三季度", "基金
 *     四季度"), unless the word makes its numeral a count (前 后 近 过去
 *     连续 首 头 这 那 几 每: 近三季度 is the last three quarters), and 一
 *     only after a function word (统一 同一 单一 end in it).
 *   - A quarter named by its last month ("the March quarter", "the quarter
 *     ended March 31", "the quarter to June") is that calendar quarter;
 *     so is "the three months to (or ended) March 31", and "the six
 *     months to June" the half, "the nine months ended September" a
 *     range of months; "the first/last N months (or quarters) of (the
 *     year | 2024)" is a quarter (N=3), a half
 *     (N=6) or a range of months; "the N years to 2027" the range of years
 *     that ends then (2025/2027).
 *   - A bare weekday ("on Friday") is the most recent such day on or before
 *     the anchor (news usage), or on or after it in a future clause ("will
 *     meet on Friday", 周五将公布); "last Friday" is strictly before, "next
 *     Friday", "this upcoming Friday", "the coming Friday" strictly after,
 *     "this Friday" and 本周五 in the anchor's ISO week; "the following
 *     Friday" (week, month, year, day) the first after the date the text
 *     talks about.  A range of weekdays (星期六至星期一) starts as a bare
 *     weekday and ends on the first such day after; the working week
 *     (周一至周五) and opening hours are schedules, no dates.
 *   - "last week" is the ISO week before the anchor's; "last month", "last
 *     year", "last quarter", "this ...", "next ..." likewise; 上上周, 下下个月
 *     two off; 本月10日, 上月5日 a day of that month; 今（14）日, 昨(13)日
 *     (Taiwan's style) the day so numbered within three days of today's
 *     or yesterday's, else that day of the nearest month; 第三季, 第3季
 *     (Taiwan's 季度) a quarter after a year or 于/於; "January next year",
 *     "March last year" that year's month.  "last spring" is the last
 *     spring before the anchor's season, skipping the one just ended ("last
 *     spring" in June is the year before's); "next spring" the first after.
 *   - "N days/weeks/months/years ago" counts back from the anchor (months
 *     by calendar, clamping the day); the value has the unit's precision
 *     (a week's is the day: "a week ago", 两周前) and `point` is the exact
 *     day.  Hours and minutes ago are the
 *     anchor's day.  今年以来, "so far this year" run from 1 January to the
 *     anchor (value the year); 年内, 年中, 年底 are the anchor's year; 全年 the
 *     year the text talks about, else the anchor's.  今年 and 明年 follow a
 *     day stated with its year earlier in the same sentence when the anchor
 *     is no publication date ("2008年4月12日……今年").
 *   - Counted back from the date the text talks about (the last date before
 *     it in the sentence or the paragraph, else the period the article
 *     reports on, else the anchor's day): "a year
 *     earlier", "two months before" (ending a clause), "the same period
 *     last year", "the same quarter a year ago", 去年同期, 上年同期 (a year
 *     back, note "the same period a year before"); "the same quarter of
 *     2023" and 2019年同期 that date in the year named ("the same period of
 *     2021", naming no length, is the year); 同比 likewise, but only
 *     with a date in sight; "the previous year" and 上年 that date's year
 *     minus one (去年 is the anchor's); 次月 the month after it.  A date
 *     that only dates a statement ("the ONS said on Wednesday", 统计局15日
 *     发布) or is the base of a comparison ("in August from 3.8 per cent
 *     in July", 较去年9月) is an aside (nf_date_match.aside): no date the
 *     text talks about, unless it talks about nothing else.
 *
 * Durations: "two years", "18 months", 两年内, 18个月, 一年半 (P18M), 一年六个月
 * and 1年零6个月 (P1Y6M), 3天12小时 (P3DT12H), "a year", "an hour", "a
 * decade" (P1Y PT1H P10Y; not "a second term", "a week later", "$15 an
 * hour"), "for months", "within weeks", "over years", "in recent months",
 * "several days", "a few days", "the next few months", "the coming weeks",
 * "spent months waiting", "can take weeks" (PXY PXW PXM PXD: X for an
 * unknown number; "for years" and "for decades" say "a long time", no
 * span, and are no dates), 几个月 数年 多年 近年来 未来几年 几十年
 * (PXDE), 十多年 20余年 十几年 (the round number, note "approximate ...");
 * 工作日 counted as days (note "working days, counted as days").
 *
 * Sets (TIMEX3 SET): "every week" P1W, "each quarter" P3M, "every two
 * years" P2Y, "every other week" P2W, "every Friday" XXXX-WXX-5, "every
 * March" XXXX-03, "per month", "per annum" P1Y, "daily" "weekly"
 * "fortnightly" "monthly" "quarterly" "annually" "yearly" "hourly" (not
 * capitalised: "China Daily"; not after a plural noun, whose rate it
 * gives: "produces thousands of engineers annually" is no date, as "$15 an
 * hour" is none), "a year"/"a day" after an amount or a count
 * of times ("$5bn a year", "twice a week", "50,000 barrels a day"; "$15
 * an hour", "per second" are rates, no sets); 每年 每月 每个月 每周 每天 每日
 * 每季度 每小时 每两年 每隔3个月, 每周五 (XXXX-WXX-5), 每年3月 (XXXX-03),
 * 每月15日 (XXXX-XX-15), 每年第四季度 (XXXX-Q4), 一年一度 (P1Y).
 *
 * Plan periods, by arithmetic: the first Five-Year Plan ran 1953-1957, the
 * second 1958-1962, the third (after three years of adjustment) 1966-1970
 * and each one after five years later: "the 14th Five-Year Plan
 * (period)", "the Fourteenth Five-Year Plan", 十四五, “十四五”期间,
 * 第十四个五年规划 are 2021/2025, 十五五 2026/2030, “九五” 1996/2000 (a range).
 * A named period followed by its own years in brackets restates one
 * period, one match: "the “15th Five-Year Plan” period (2026-2030)",
 * 十四五（2021—2025年）, “十五五”时期（2026—2030年） (not when the years
 * differ, nor after a duration: 未来三年（2025—2027年） stays two).
 *
 * Per document.  Numeric dates written day and month both 12 or less
 * (03/02/2025) are read in the order the document decides: a numeric date
 * in it whose first field is over 12 (25/12/2024: day first) or second
 * (12/25/2024: month first); else its cues: a domain of a day-first
 * country in its doc key or URL (.uk .ie .au .nz .in .hk .sg .za .pk .my,
 * bbc), British spellings ("per cent", "programme", "organisation",
 * "labour" ...), a pound sign, a dateline city (LONDON, DUBLIN, SYDNEY,
 * NEW DELHI, HONG KONG, SINGAPORE ...); else opts->order, else month
 * first, with note "day/month order guessed" on every ambiguous value.
 * Year-first (2025/03/02, 2025-03-02) and Chinese dates are never
 * ambiguous.  A caller that reads a document's sentences in order keeps
 * one nf_date_doc: nf_dates_find() reads and updates it, and sets
 * doc->guessed when an ambiguous date met a document that has not yet
 * decided (doc->final unset); the caller then holds that sentence's
 * output until nf_date_doc_decided() or the document's end (final set)
 * and runs the held sentences again from a saved nf_date_carry (nf-dates
 * holds 1000 records at most: then what the document said so far
 * decides).
 *
 * Without an anchor, relative and partial dates are still reported (so
 * their spans are known) with value "" and note "no anchor", unless the
 * text stated the year they need ("In March 2009 ..., in June ...").
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
	nf_ymd anchor;          /* ... this one (used_anchor set): the caller's
	                           anchor, or the article's dateline */
	bool dateline;          /* a dateline's day ("LONDON, March 3
	                           (Reuters)", "新华社北京3月5日电") */
	bool explicit_year;     /* the text gave the year ("5 May 2009") */
	bool aside;             /* the date only dates a statement ("the ONS
	                           said on Wednesday") or a comparison's base
	                           ("from 3.8 per cent in July"): not the date
	                           the text talks about */
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
	bool has_period;        /* period is set */
	nf_date_match period;   /* the period the article reports on: the
	                           first span longer than a day, ended by the
	                           anchor, that it talks about ("the three
	                           months ended Sept. 30", 上半年, 五一假期);
	                           what "a year earlier" and 同比 count from
	                           in a paragraph that names no date */
	bool has_dateline;      /* dateline is set */
	nf_ymd dateline;        /* the article's dateline day: its anchor
	                           when the caller's is no publication date
	                           or lies within a day of it */
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
