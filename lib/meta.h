/*
 * meta.h - reading an article's metadata lines: the publication line
 * (dateline), the byline, an author's name and description, counters and
 * credits.
 *
 * These are tests on one line, blind to its neighbours.  The dependency
 * goes one way: boilerplate.c calls them and decides, in context, where in
 * an article each line may stand; meta.c uses nothing of boilerplate.c
 * (its word measure comes from stopwords.h).  Dates are read only with
 * the project's one date recogniser, nf_dates_find() (dates.h): a
 * publication line is a short line made of a date and the words that go
 * with one ("Published", "Updated", "5 minute read", "来源：新华社", a
 * name).
 */
#ifndef NF_META_H
#define NF_META_H

#include <stdbool.h>
#include <stddef.h>

#include "dates.h"
#include "sentences.h"

/* What nf_meta_dateline() found. */
typedef struct nf_dateline {
	bool has_date;      /* the recogniser found the line's date */
	bool has_point;     /* ... and could resolve it to a day */
	nf_ymd point;       /* that day: the publication date */
	bool updated;       /* the day is labelled as an update ("Updated",
	                       "Last modified", 更新时间): the line gives no
	                       published day, which would come first */
	bool relative;      /* the day was read from a relative expression
	                       ("3 hours ago", 昨天): a day written out on
	                       another publication line comes first */
	bool plain;         /* the line is a day and nothing else, but for a
	                       label ending in a colon that is no publication
	                       or update label: no time of day, source or
	                       author ("2025年6月2日", "Dated: 3 June 2025") -
	                       the way a notice or a letter dates itself */
} nf_dateline;

/*
 * Is text[0..n) a publication line?  Returns 1 (and fills *out), 0, or -1
 * when memory ran out.  A line that starts with a dateline word
 * ("Published", "Updated", "发布时间") and is short is one even when its
 * date cannot be read (out->has_date false).  opts gives the anchor for
 * relative lines ("Published 1 month ago"); a relative day after the
 * anchor ("next Friday", 下週五) never dates a page, and a line that has
 * no other date is no publication line.
 */
int nf_meta_dateline(const char *text, size_t n, const nf_date_opts *opts,
    nf_dateline *out);

/*
 * Is text[0..n) a byline: "By Jane Doe", "By Jane Doe | Reuters",
 * "Reporting by ...", "作者：张三", "记者 张三 王五"?  When it is, *name is
 * the name's byte range within text.
 */
bool nf_meta_byline(const char *text, size_t n, nf_span *name);

/*
 * Does the metadata line text[0..n) name its author in one of its parts:
 * "By Jane Doe • 5 min read • May 10, 2025", "Jane Doe | May 10, 2025",
 * "发布时间：2025-03-12  来源：人民网  作者：张三"?  Parts are separated by
 * | • · / or a gap of two spaces; *name is the name's byte range in text.
 */
bool nf_meta_line_author(const char *text, size_t n, nf_span *name);

/* Is text[0..n) only a person's name: "Jeffrey Ding", "Mary K. O'Neil"? */
bool nf_meta_name_line(const char *text, size_t n);

/*
 * Is text[0..n) an author's description: "DPhil researcher and China lead
 * at the Centre ...", "Senior correspondent, Hangzhou bureau"?
 */
bool nf_meta_bio_line(const char *text, size_t n);

/*
 * Is the line a note on the author at an article's end: "Mei Lin is a
 * contributing writer based in Shanghai.", "作者简介：..."?
 */
bool nf_meta_author_note(const char *text, size_t n);

/*
 * Is text[0..n) an engagement counter: "阅读 2.3万 · 点赞 486", "1.2K views",
 * "12 Comments", "486 likes", "5 min read", "评论（23）", "Shares" - only
 * counts and counter words (views, likes, 阅读, 点赞 ...) between marks?
 */
bool nf_meta_counter_line(const char *text, size_t n);

/*
 * Is text[0..n) a reporting credit: "Wei Jing reported from Hangzhou.",
 * "Jane Doe in London contributed reporting." - two or more capitalised
 * names, then the credit's verb and at most a few words?
 */
bool nf_meta_credit_line(const char *text, size_t n);

/*
 * Is text[0..n) a name and its job: "Sarah Okafor, Energy correspondent",
 * "Li Wei - Senior analyst"?  *name is the name's byte range in text.
 */
bool nf_meta_name_role(const char *text, size_t n, nf_span *name);

/*
 * Is text[0..n) a contact line: a contact label and a colon, then a
 * number, an address or a name ("咨询电话：0571-87654321", "地址：杭州市
 * ...", "联系人：周工，电话：...", "Tel: +44 ...", "Email: ...")?
 */
bool nf_meta_contact_line(const char *text, size_t n);

/*
 * Is text[0..n) only the names of issuing bodies, as a notice is signed:
 * "杭州市科学技术局", "杭州市经济和信息化局　杭州市财政局"?
 */
bool nf_meta_issuer_line(const char *text, size_t n);

/*
 * Does text[0..n) start with the label of a summary above an article
 * ("Key points", "Key takeaways:", "In brief:", 核心提示：, 【内容提要】)?
 * Returns 0 when it does not, 1 when the label is the whole line, 2 when
 * the summary itself follows it on the line.
 */
int nf_meta_summary_label(const char *text, size_t n);

/*
 * Is text[0..n) the title of a notice or another official document:
 * "关于开展...工作的通知", "...公告", "...的通知（第二批）", "Notice of ..."?
 */
bool nf_meta_notice_title(const char *text, size_t n);

/*
 * Does the paragraph text[0..n) open with a wire dateline that dates it:
 * "北京时间4月8日消息", "新浪体育讯北京时间4月12日", "新华社北京3月5日电",
 * "（北京6月16日电）", "LONDON, March 3 (Reuters) -", "WASHINGTON, March 3
 * (AP) —", "WASHINGTON (AP) March 3 —"?  Returns 1 and fills *out (the
 * day), 0, or -1 when memory ran out.  A day written without its year is
 * the most recent such day not after the anchor in opts (the fetch date:
 * a wire story is filed the day it is dated); without an anchor it gives
 * no day (0): never a guess.  "WASHINGTON (AP) —" alone carries no date.
 */
int nf_meta_wire_dateline(const char *text, size_t n, const nf_date_opts *opts,
    nf_dateline *out);

#endif
