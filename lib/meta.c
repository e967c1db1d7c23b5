/*
 * meta.c - publication lines, bylines, author lines, counters and credits.
 *
 * The word lists these tests use are data at the top of the file.
 */
#include "meta.h"

#include <string.h>
#include <strings.h>

#include "stopwords.h"
#include "utf8.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Words that may stand beside the date of a publication line. */
static const char *const dateline_words[] = {
	"published", "updated", "posted", "modified", "first", "last", "on",
	"at", "date", "time", "am", "pm", "a.m", "p.m", "gmt", "utc", "bst",
	"est", "edt", "cst", "cdt", "pst", "pdt", "cet", "cest", "hkt", "sgt",
	"jst", "ist", "aest", "et", "pt", "read", "reading", "min", "mins",
	"minute", "minutes", "by", "and", "ago", "today", "yesterday", "local",
	"beijing", "time", "news", "staff", "of", "the", "edition", "print",
	"online", "am", "pm", "local", "hrs", "h", "st", "nd", "rd", "th",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "admin",
	"editor", "team", "desk",
};

/* The same for Chinese publication lines: 2025年3月12日 09:30 来源：新华社. */
static const char *const dateline_zh[] = {
	"发布时间", "发布日期", "发表时间", "更新时间", "北京时间", "发布于",
	"发表于", "更新于", "来源", "时间", "日期", "发布", "更新", "作者",
	"责任编辑", "编辑", "记者", "阅读", "浏览", "点击", "字号", "星期",
	"周", "次", "年", "月", "日", "号", "时", "分", "上午", "下午",
};

/*
 * What a date on a publication line is, by the label before it: the day
 * of publication, or of a later update ("Updated", "Last modified",
 * 更新时间), which is published only when the line gives no other day.
 * Compared without ASCII case, anywhere between the previous date (or the
 * start of the part) and this one.
 */
static const char *const published_labels[] = {
	"published", "posted", "first published", "发布", "发表", "发稿", "首发",
};
static const char *const updated_labels[] = {
	"updated", "modified", "revised", "更新", "修改", "修订",
};

/* Labels of the author inside a Chinese publication line: "作者：周岚". */
static const char *const author_labels[] = {
	"作者：", "作者:", "记者：", "记者:", "撰文：", "文／", "文/",
};

/* Words that open a publication line even when its date is unreadable. */
static const char *const dateline_openers[] = {
	"published", "updated", "posted", "last updated", "first published",
	"发布时间", "发布日期", "发表时间", "更新时间", "发布于", "发表于",
};

/* Bylines start with one of these (English compared without case). */
static const char *const byline_prefixes[] = {
	"by ", "written by ", "words by ", "story by ", "text by ",
	"reporting by ", "reported by ", "posted by ", "author: ", "authors: ",
	"author ", "byline: ", "additional reporting by ", "prepared by ",
	"transcript prepared by ", "transcript by ", "compiled by ",
	"作者：", "作者:", "作者 ", "记者：", "记者:", "本报记者", "特约记者",
	"记者 ", "通讯员", "文／", "文/", "文｜", "文|", "撰文：", "撰文", "编译：",
	"记者",
};

/* Lower-case words that may stand inside a name. */
static const char *const name_particles[] = {
	"de", "da", "di", "del", "der", "van", "von", "bin", "al", "le", "la",
	"and", "du", "dos", "ter",
};

/* Capitalised words no person's name holds: "The Tech Column". */
static const char *const not_name_words[] = {
	"the", "a", "an", "of", "for", "in", "on", "with", "to", "at", "from",
	"my", "our", "your", "this", "what", "how", "why",
};

/* Lower-case words that may end a byline's name: "Acme staff". */
static const char *const name_tails[] = {
	"staff", "team", "desk", "reporters", "writers", "editors", "newsroom",
};

/* Words that describe an author's job. */
static const char *const role_words[] = {
	"researcher", "research", "professor", "lecturer", "fellow", "editor",
	"reporter", "correspondent", "writer", "journalist", "columnist",
	"contributor", "analyst", "economist", "director", "lead", "head",
	"chief", "founder", "co-founder", "ceo", "president", "chair",
	"chairman", "scientist", "engineer", "student", "candidate", "dphil",
	"phd", "author", "partner", "consultant", "manager", "officer",
	"adviser", "advisor", "associate", "assistant", "senior", "visiting",
	"staff", "freelance", "intern", "bureau", "expert", "scholar",
	"specialist", "producer", "commentator", "blogger", "founding",
	"记者", "编辑", "研究员", "教授", "主任", "作者", "学者", "博士", "专栏",
};

static bool
in_words(const char *const *list, size_t count, const char *w, size_t len)
{
	for (size_t i = 0; i < count; i++)
		if (strlen(list[i]) == len && strncasecmp(list[i], w, len) == 0)
			return true;
	return false;
}

/* Length of the list entry text starts with (compared without ASCII case). */
static size_t
prefix_in(const char *const *list, size_t count, const char *s, size_t n)
{
	if (n == 0)
		return 0;
	for (size_t i = 0; i < count; i++) {
		if ((list[i][0] | 0x20) != (s[0] | 0x20))
			continue;  /* cheap first test; UTF-8 lead bytes compare whole */
		size_t len = strlen(list[i]);
		if (len <= n && strncasecmp(list[i], s, len) == 0)
			return len;
	}
	return 0;
}

static bool
is_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
is_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

static bool
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* Append the date matches of s[0..n) to out, offsets relative to s. */
static int
find_dates(const char *s, size_t n, const nf_date_opts *opts, nf_date_list *out)
{
	size_t piece = 0;

	/*
	 * Words glued by a lost line break ("1 month ago5 minute read") are
	 * read as separate pieces, so the recogniser sees word boundaries.
	 */
	for (size_t i = 1; i <= n; i++) {
		bool cut = i == n;
		if (!cut) {
			unsigned char a = (unsigned char)s[i - 1], b = (unsigned char)s[i];
			cut = (a >= 'a' && a <= 'z' && is_digit(b)) ||
			    (is_digit(a) && is_upper(b) && i + 1 < n && s[i + 1] >= 'a' && s[i + 1] <= 'z');
		}
		if (!cut)
			continue;
		size_t before = out->len;
		if (nf_dates_find(s + piece, i - piece, opts, out) != 0)
			return -1;
		for (size_t k = before; k < out->len; k++) {
			out->items[k].start += piece;
			out->items[k].end += piece;
		}
		piece = i;
	}
	return 0;
}

/* Is position i inside one of the matches? */
static bool
in_match(const nf_date_list *dl, size_t i)
{
	for (size_t k = 0; k < dl->len; k++)
		if (i >= dl->items[k].start && i < dl->items[k].end)
			return true;
	return false;
}

/*
 * Count what s[from..n) holds besides its dates and dateline words: Latin
 * words in *words (stop words and lower-case words - a sentence's, not a
 * name's - in *stop), other Han characters in *han; added to the counts.
 */
static void
residue_part(const char *s, size_t from, size_t n, const nf_date_list *dl,
    unsigned *words, unsigned *stop, unsigned *han)
{
	size_t i = from;
	uint32_t cp;

	while (i < n) {
		if (in_match(dl, i)) {
			i++;
			continue;
		}
		unsigned char c = (unsigned char)s[i];
		if (is_alpha(c)) {
			size_t j = i;
			while (j < n && (is_alpha((unsigned char)s[j]) || s[j] == '.' || s[j] == '\'') &&
			    !in_match(dl, j))
				j++;
			size_t len = j - i;
			while (len > 0 && s[i + len - 1] == '.')
				len--;
			if (len > 0 && !in_words(dateline_words, COUNT(dateline_words), s + i, len)) {
				(*words)++;
				/* a Latin word glued to Han is part of a Chinese
				 * name (证券时报·e公司, A股), no sentence's word */
				if ((nf_is_stopword(s + i, len) || (s[i] >= 'a' && s[i] <= 'z')) &&
				    !(j < n && (unsigned char)s[j] >= 0x80 &&
				    nf_utf8_decode(s + j, n - j, &cp, NULL) > 0 && nf_is_cjk(cp)))
					(*stop)++;
			}
			i = j;
			continue;
		}
		if (c < 0x80) {
			i++;
			continue;
		}
		size_t k = nf_utf8_decode(s + i, n - i, &cp, NULL);
		if (nf_is_cjk(cp)) {
			size_t len = prefix_in(dateline_zh, COUNT(dateline_zh), s + i, n - i);
			if (len > 0) {
				i += len;
				continue;
			}
			(*han)++;
		}
		i += k;
	}
}

static size_t part_separator(const char *s, size_t n, size_t i);

/*
 * The residue of the whole line (residue_part), leaving out the parts
 * that are bylines: "By Zhou Lan in Shenzhen | Updated: 2024-11-27".
 */
static void
residue(const char *s, size_t n, const nf_date_list *dl, unsigned *words,
    unsigned *stop, unsigned *han)
{
	size_t start = 0, i = 0, sep;
	nf_span name;

	*words = *stop = *han = 0;
	for (;;) {
		sep = i < n ? part_separator(s, n, i) : 0;
		if (i == n || sep > 0) {
			if (i > start && !nf_meta_byline(s + start, i - start, &name))
				residue_part(s, start, i, dl, words, stop, han);
			if (i == n)
				break;
			i += sep;
			start = i;
			continue;
		}
		i++;
	}
}

/*
 * How a date at s[start..) of a publication line is labelled: 2 published
 * ("Published", 发布时间), 0 updated ("Last updated", 更新时间), 1 neither.
 * The label is looked for after the previous date (prev) on the line.
 */
static int
date_label(const char *s, size_t prev, size_t start)
{
	int rank = 1;

	for (size_t i = prev; i < start; i++) {
		for (size_t k = 0; k < COUNT(published_labels); k++) {
			size_t len = strlen(published_labels[k]);
			if (len <= start - i && strncasecmp(s + i, published_labels[k], len) == 0)
				rank = 2;
		}
		for (size_t k = 0; k < COUNT(updated_labels); k++) {
			size_t len = strlen(updated_labels[k]);
			if (len <= start - i && strncasecmp(s + i, updated_labels[k], len) == 0)
				rank = 0;
		}
	}
	return rank;
}

/* Number of white-space separated fields of the line. */
static size_t
field_count(const char *s, size_t n)
{
	size_t fields = 0;
	bool in = false;

	for (size_t i = 0; i < n; i++) {
		bool space = s[i] == ' ' || s[i] == '\t';
		if (!space && !in)
			fields++;
		in = !space;
	}
	return fields;
}

/* Does the line hold sentence punctuation: ， 。 ； ！ ？ or ", " ? */
static bool
has_sentence_marks(const char *s, size_t n)
{
	static const char *const marks[] = { "，", "。", "；", "！", "？", ", ", ". " };

	for (size_t k = 0; k < COUNT(marks); k++)
		if (memmem(s, n, marks[k], strlen(marks[k])) != NULL)
			return true;
	return false;
}

/* Does the line start with "Published", "Updated", "发布时间" ...? */
static bool
starts_with_opener(const char *s, size_t n)
{
	size_t i = nf_utf8_lead(s, n);
	size_t len = prefix_in(dateline_openers, COUNT(dateline_openers), s + i, n - i);

	return len > 0 && (i + len == n || !is_alpha((unsigned char)s[i + len]));
}

/* Read one or two digits at s[*i]; -1 when there are none. */
static int
two_digits(const char *s, size_t n, size_t *i)
{
	int v = 0, k = 0;

	while (*i < n && k < 2 && is_digit((unsigned char)s[*i])) {
		v = v * 10 + (s[*i] - '0');
		(*i)++;
		k++;
	}
	return k == 0 || (*i < n && is_digit((unsigned char)s[*i])) ? -1 : v;
}

/*
 * "06-03 14:22" at the start of s: a month and day with a time but no
 * year, as news-flash pages print them.  The year is the anchor's, or the
 * one before when the day would fall after the anchor (nearest past).
 * Returns the stamp's length, 0 when there is none or no anchor.
 */
static size_t
month_day_time(const char *s, size_t n, const nf_date_opts *opts, nf_ymd *out)
{
	size_t i = 0;
	int m, d, h, mi;

	if (opts == NULL || !opts->has_anchor)
		return 0;
	m = two_digits(s, n, &i);
	if (m < 1 || m > 12 || i >= n || (s[i] != '-' && s[i] != '/'))
		return 0;
	i++;
	d = two_digits(s, n, &i);
	if (d < 1 || i >= n || s[i] != ' ')
		return 0;
	while (i < n && s[i] == ' ')
		i++;
	h = two_digits(s, n, &i);
	if (h < 0 || h > 23 || i >= n || s[i] != ':')
		return 0;
	i++;
	mi = two_digits(s, n, &i);
	if (mi < 0 || mi > 59)
		return 0;
	out->y = opts->anchor.y;
	if (d > nf_days_in_month(out->y, m) && !(m == 2 && d == 29))
		return 0;
	if (nf_days_from_ymd(out->y, m, d) >
	    nf_days_from_ymd(opts->anchor.y, opts->anchor.m, opts->anchor.d))
		out->y--;
	if (d > nf_days_in_month(out->y, m))
		return 0;
	out->m = m;
	out->d = d;
	return i;
}

/* A publication line whose stamp has no year: "06-03 14:22 来源：财联社". */
static bool
yearless_dateline(const char *s, size_t n, const nf_date_opts *opts, nf_dateline *out)
{
	size_t i = nf_utf8_lead(s, n), len;
	nf_date_match m = { 0 };
	nf_date_list dl = { &m, 1, 1 };
	unsigned words, stop, han;
	nf_ymd day;

	len = month_day_time(s + i, n - i, opts, &day);
	if (len == 0)
		return false;
	m.start = i;
	m.end = i + len;
	residue(s, n, &dl, &words, &stop, &han);
	if (stop != 0 || words > 4 || han > 10 || has_sentence_marks(s, n))
		return false;
	out->has_date = out->has_point = true;
	out->point = day;
	return true;
}

/*
 * Is s[0..n) a list of figures: two or more items between semicolons with
 * a digit outside the dates (dl) - "Sunday: Hull 0-0 Derby; Stoke 1-3
 * Leeds", "周六：北京89比92上海；深圳101比87青岛"?  A box of results, never
 * a publication line, though a weekday opens it.
 */
static bool
figure_items(const char *s, size_t n, const nf_date_list *dl)
{
	unsigned items = 0;
	bool digit = false;

	for (size_t i = 0; i <= n; i++) {
		if (i == n || s[i] == ';' || (n - i >= 3 && memcmp(s + i, "；", 3) == 0)) {
			items += digit;
			digit = false;
		} else if (is_digit((unsigned char)s[i]) && !in_match(dl, i)) {
			digit = true;
		}
	}
	return items >= 2;
}

/* Does m start after day (a day, or the first day of a month)? */
static bool
after_day(const nf_date_match *m, nf_ymd day)
{
	long t = nf_days_from_ymd(day.y, day.m, day.d);

	if (m->has_point)
		return nf_days_from_ymd(m->point.y, m->point.m, m->point.d) > t;
	if (m->has_range)
		return nf_days_from_ymd(m->from.y, m->from.m, m->from.d) > t;
	return false;
}

/*
 * A day to stand in for a missing anchor, only to learn which way a
 * relative date points.  It is the last day of a week (a Sunday), a
 * month and a year, so that only what points ahead from any day is
 * ahead from it: "下週五", "next Friday", "tomorrow", "明年" - not "this
 * Friday", 今年3月 or 本月底, and not a bare "Friday" or "3天前".
 */
static const nf_ymd stand_in = { 2006, 12, 31 };

/*
 * Does the relative date m point after the anchor ("下週五開賣",
 * "tomorrow")?  Without an anchor, probe holds the line's dates read
 * against stand_in.
 */
static bool
points_ahead(const nf_date_match *m, const nf_date_opts *opts, const nf_date_list *probe)
{
	if (opts != NULL && opts->has_anchor)
		return m->used_anchor && after_day(m, opts->anchor);
	for (size_t k = 0; k < probe->len; k++) {
		const nf_date_match *p = &probe->items[k];
		if (p->start < m->end && m->start < p->end)  /* the same words */
			return p->used_anchor && after_day(p, stand_in);
	}
	return false;
}

/* Read s[0..n)'s dates against stand_in into probe, when dl has a relative one. */
static int
probe_relative(const char *s, size_t n, const nf_date_opts *opts, const nf_date_list *dl,
    nf_date_list *probe)
{
	nf_date_opts o = { .order = NF_ORDER_AUTO };

	if (opts != NULL && opts->has_anchor)
		return 0;
	for (size_t k = 0; k < dl->len; k++) {
		if (dl->items[k].kind != NF_DATE_RELATIVE)
			continue;
		if (opts != NULL)
			o = *opts;
		o.has_anchor = true;
		o.anchor = stand_in;
		return find_dates(s, n, &o, probe);
	}
	return 0;
}

/*
 * Is the line s[0..n) the day m and nothing else: after it only marks,
 * before it nothing or a label ending in a colon ("Dated:", 日期：, 签发
 * 日期：) of at most two words or four Chinese characters?
 */
static bool
plain_day(const char *s, size_t n, const nf_date_match *m)
{
	size_t i, end = m->start;
	unsigned words = 0, han = 0;
	uint32_t cp;

	if (m->kind != NF_DATE_DATE || !m->has_point || strlen(m->value) != 10)
		return false;  /* a month, a year, a day with its time of day */
	if (nf_utf8_lead(s + m->end, n - m->end) < n - m->end)
		return false;  /* words after the date */
	while (end > 0 && s[end - 1] == ' ')
		end--;
	if (nf_utf8_lead(s, end) == end)
		return true;
	if (s[end - 1] == ':')
		end--;
	else if (end >= 3 && memcmp(s + end - 3, "\xef\xbc\x9a", 3) == 0)  /* ： */
		end -= 3;
	else
		return false;
	for (i = 0; i < end; ) {
		size_t k = nf_utf8_decode(s + i, end - i, &cp, NULL);
		if (is_digit((unsigned char)s[i]))
			return false;
		if (is_alpha((unsigned char)s[i])) {
			while (i < end && is_alpha((unsigned char)s[i]))
				i++;
			words++;
			continue;
		}
		han += nf_is_cjk(cp);
		i += k;
	}
	return (words > 0) != (han > 0) && words <= 2 && han <= 4;
}

int
nf_meta_dateline(const char *s, size_t n, const nf_date_opts *opts, nf_dateline *out)
{
	nf_date_list dl = { 0 }, probe = { 0 };
	unsigned words, stop, han;
	bool dated = false;
	int rc = 0, best = -1;
	size_t chosen = 0;

	memset(out, 0, sizeof *out);
	if (n == 0 || n > 200)
		return 0;
	if (find_dates(s, n, opts, &dl) != 0 || probe_relative(s, n, opts, &dl, &probe) != 0) {
		nf_date_list_free(&dl);
		nf_date_list_free(&probe);
		return -1;
	}
	/* the day of publication: a published-labelled date before a plain
	 * one before an updated one; a date with its day before one without */
	for (size_t k = 0, prev = 0; k < dl.len; k++) {
		const nf_date_match *m = &dl.items[k];
		bool day = m->has_point || strlen(m->value) >= 10;
		int rank = date_label(s, prev, m->start);
		prev = m->end;
		/* "下週五開賣", "tomorrow": no page is published after it is read */
		if (m->kind == NF_DATE_RELATIVE && points_ahead(m, opts, &probe))
			continue;
		if (m->kind == NF_DATE_RELATIVE || (m->kind == NF_DATE_DATE && day)) {
			if (!dated || (m->has_point && (!out->has_point || rank > best))) {
				out->has_point = m->has_point;
				out->point = m->point;
				out->updated = rank == 0;
				out->relative = m->kind == NF_DATE_RELATIVE;
				best = rank;
				chosen = k;
			}
			dated = true;
		}
	}
	if (dated && figure_items(s, n, &dl))
		dated = false;
	if (dated) {
		residue(s, n, &dl, &words, &stop, &han);
		/* a header of short fields ("原创 科技观察 2025年02月05日 08:12 浙江")
		 * may name an account, an author and a place besides the date */
		bool fields = field_count(s, n) >= 4 && !has_sentence_marks(s, n);
		if (stop == 0 && ((words <= 4 && han <= 10) || (fields && words <= 6 && han <= 16))) {
			out->has_date = true;
			out->plain = dl.len == 1 && best == 1 && plain_day(s, n, &dl.items[chosen]);
			rc = 1;
		}
	}
	if (rc == 0 && !dated && yearless_dateline(s, n, opts, out))
		rc = 1;
	if (rc == 0 && n <= 120 && starts_with_opener(s, n)) {
		out->has_point = false;  /* a date the recogniser cannot read */
		rc = 1;
	}
	nf_date_list_free(&dl);
	nf_date_list_free(&probe);
	return rc;
}

/* End of a byline's name: before a separator, a date, a comma. */
static size_t
name_end(const char *s, size_t n, size_t i, bool zh)
{
	size_t end = i;
	uint32_t cp;

	while (i < n) {
		size_t k = nf_utf8_decode(s + i, n - i, &cp, NULL);
		if (cp == '|' || cp == ',' || cp == ';' || cp == '(' || cp == 0x2022 ||
		    cp == 0x2013 || cp == 0x2014 || cp == 0xFF0C || cp == 0x3002 ||
		    cp == 0xFF09 || cp == 0xFF08 || cp == 0x3001 || cp == 0xFF5C ||
		    cp == 0xFF1B || cp == ')' || is_digit((unsigned char)(cp < 0x80 ? cp : 0)))
			break;
		if (cp == '-' && i + 1 < n && s[i + 1] == ' ')
			break;
		if (!zh && cp == ' ') {
			static const char *const stops[] = {
				" on ", " at ", " in ", " published", " updated", " for ",
			};
			bool stopped = false;
			for (size_t w = 0; w < COUNT(stops); w++) {
				size_t len = strlen(stops[w]);
				if (len <= n - i && strncasecmp(s + i, stops[w], len) == 0)
					stopped = true;
			}
			if (stopped)
				break;
		}
		i += k;
		if (!nf_is_space(cp))
			end = i;
	}
	return end;
}

bool
nf_meta_byline(const char *s, size_t n, nf_span *name)
{
	size_t i = nf_utf8_lead(s, n), len, end;
	uint32_t cp;
	bool zh;

	if (n > 160)
		return false;
	len = prefix_in(byline_prefixes, COUNT(byline_prefixes), s + i, n - i);
	if (len == 0)
		return false;
	zh = (unsigned char)s[i] >= 0x80;
	i += len;
	while (i < n && (s[i] == ' ' || s[i] == ':'))
		i++;
	if (i >= n)
		return false;
	nf_utf8_decode(s + i, n - i, &cp, NULL);
	if (zh ? !nf_is_cjk(cp) && !is_alpha((unsigned char)s[i]) : !is_upper((unsigned char)s[i]))
		return false;
	end = name_end(s, n, i, zh);
	if (end <= i || end - i > 80 || memchr(s + end, ';', n - end) != NULL)
		return false;  /* "Reporting by X in Y; editing by Z": credits, not a byline */
	if (!zh) {
		/* every word of the name capitalised, but for particles */
		for (size_t j = i; j < end; ) {
			size_t w = j;
			while (w < end && s[w] != ' ')
				w++;
			if (!is_upper((unsigned char)s[j]) &&
			    !in_words(name_particles, COUNT(name_particles), s + j, w - j) &&
			    !(j > i && in_words(name_tails, COUNT(name_tails), s + j, w - j)))
				return false;
			j = w;
			while (j < end && s[j] == ' ')
				j++;
		}
	}
	name->start = i;
	name->end = end;
	return true;
}

/* Words of a publication's name, not a person's: "Hangzhou Daily". */
static const char *const outlet_words[] = {
	"daily", "news", "times", "post", "review", "journal", "herald", "press",
	"media", "network", "agency", "group", "tribune", "weekly", "magazine",
	"online", "today", "wire", "radio", "tv", "insider", "brief", "digest",
	"column", "blog", "diary", "notebook", "briefing", "newsletter",
	"podcast", "dispatch", "letter", "view", "opinion", "analysis",
};

/* Does s[0..n) hold one of outlet_words as a word? */
static bool
has_outlet_word(const char *s, size_t n)
{
	for (size_t i = 0; i < n; ) {
		size_t w = i;
		while (w < n && s[w] != ' ')
			w++;
		if (w > i && in_words(outlet_words, COUNT(outlet_words), s + i, w - i))
			return true;
		i = w + 1;
	}
	return false;
}

/*
 * Length of a separator between the parts of a metadata line at s[i]:
 * "|", "•", "·", "/" with spaces around, or a gap of two spaces or more
 * (an ideographic space counts); 0 when there is none.
 */
static size_t
part_separator(const char *s, size_t n, size_t i)
{
	size_t j = i;
	uint32_t cp;

	while (j < n && (s[j] == ' ' || s[j] == '\t'))
		j++;
	if (j < n && (s[j] == '|' || s[j] == '/')) {
		if (j == i || j + 1 >= n || s[j + 1] != ' ')
			return 0;
		j++;
	} else if (j < n && (unsigned char)s[j] >= 0x80) {
		size_t k = nf_utf8_decode(s + j, n - j, &cp, NULL);
		if (cp == 0x2022 || cp == 0x00B7 || cp == 0xFF5C || cp == 0x3000)
			j += k;
		else if (j - i < 2)
			return 0;
	} else if (j - i < 2) {
		return 0;
	}
	while (j < n && (s[j] == ' ' || s[j] == '\t'))
		j++;
	return j - i;
}

/*
 * The author after a label inside a line: "2025-03-12 来源：深圳商报
 * 作者：周岚" gives 周岚, up to the next space or mark.
 */
static bool
labelled_author(const char *s, size_t n, nf_span *name)
{
	for (size_t k = 0; k < COUNT(author_labels); k++) {
		size_t len = strlen(author_labels[k]), i, e;
		const char *at = memmem(s, n, author_labels[k], len);
		uint32_t cp;
		if (at == NULL || (at > s && at[-1] != ' ' && (unsigned char)at[-1] < 0x80))
			continue;
		i = (size_t)(at - s) + len;
		while (i < n && s[i] == ' ')
			i++;
		for (e = i; e < n; ) {
			size_t c = nf_utf8_decode(s + e, n - e, &cp, NULL);
			if (nf_is_space(cp) || cp == '|' || cp == ',' || cp == ';' || cp == '(' ||
			    cp == 0xFF0C || cp == 0xFF1B || cp == 0x3002 || cp == 0xFF08 || cp == 0x3001 ||
			    cp == 0xFF5C)
				break;
			e += c;
		}
		if (e > i && e - i <= 30) {
			name->start = i;
			name->end = e;
			return true;
		}
	}
	return false;
}

bool
nf_meta_line_author(const char *s, size_t n, nf_span *name)
{
	size_t start = 0, i = 0, parts = 0;

	if (n > 200)
		return false;
	if (labelled_author(s, n, name))
		return true;
	while (i <= n) {
		size_t sep = i < n ? part_separator(s, n, i) : 0;
		if (i == n || sep > 0) {
			nf_span in;
			bool digits = false;
			for (size_t k = start; k < i; k++)
				digits |= s[k] >= '0' && s[k] <= '9';
			if (i > start && nf_meta_byline(s + start, i - start, &in)) {
				name->start = start + in.start;
				name->end = start + in.end;
				return true;
			}
			/* "Jane Doe | May 10, 2025": a name as the first of several parts */
			if (parts == 0 && i < n && !digits && i > start &&
			    nf_meta_name_line(s + start, i - start) &&
			    !has_outlet_word(s + start, i - start)) {
				name->start = start;
				name->end = i;
				return true;
			}
			parts++;
			if (i == n)
				break;
			i += sep;
			start = i;
			continue;
		}
		i++;
	}
	return false;
}

bool
nf_meta_name_line(const char *s, size_t n)
{
	size_t i = 0, words = 0, place = 0;
	bool in = false;

	if (n < 4 || n > 60)
		return false;
	while (i < n) {
		size_t w = i;
		while (w < n && s[w] != ' ')
			w++;
		if (w == i) {
			i++;
			continue;
		}
		if (!in && words >= 2 && w - i == 2 && strncmp(s + i, "in", 2) == 0) {
			in = true;  /* "Ben Jiang in Beijing": the name, where it was written */
			i = w;
			continue;
		}
		if (is_upper((unsigned char)s[i])) {
			if (in_words(not_name_words, COUNT(not_name_words), s + i, w - i) ||
			    in_words(outlet_words, COUNT(outlet_words), s + i, w - i))
				return false;  /* "The Tech Column", "Money Talk Weekly" */
			for (size_t j = i + 1; j < w; j++)
				if (!is_alpha((unsigned char)s[j]) && s[j] != '-' && s[j] != '\'' &&
				    s[j] != '.')
					return false;
		} else if (in || !in_words(name_particles, COUNT(name_particles), s + i, w - i)) {
			return false;
		}
		if (in)
			place++;
		else
			words++;
		i = w;
	}
	return words >= 2 && words <= 4 && (!in || (place >= 1 && place <= 3));
}

bool
nf_meta_bio_line(const char *s, size_t n)
{
	size_t i = 0, words = 0;
	uint32_t cp;

	if (n > 240)
		return false;
	while (i < n && words < 6) {
		while (i < n && !is_alpha((unsigned char)s[i]) && (unsigned char)s[i] < 0x80)
			i++;
		if (i >= n)
			break;
		if ((unsigned char)s[i] >= 0x80) {  /* Chinese: a role word anywhere early */
			size_t k = nf_utf8_decode(s + i, n - i, &cp, NULL);
			for (size_t r = 0; r < COUNT(role_words); r++) {
				size_t len = strlen(role_words[r]);
				if ((unsigned char)role_words[r][0] >= 0x80 && len <= n - i &&
				    memcmp(s + i, role_words[r], len) == 0)
					return true;
			}
			i += k;
			if (nf_is_cjk(cp))
				words++;
			continue;
		}
		size_t w = i;
		while (w < n && (is_alpha((unsigned char)s[w]) || s[w] == '-'))
			w++;
		if (in_words(role_words, COUNT(role_words), s + i, w - i))
			return true;
		words++;
		i = w;
	}
	return false;
}

/* Words of an engagement counter, English (compared without case) and Chinese. */
static const char *const counter_words[] = {
	"views", "view", "reads", "read", "likes", "like", "comments", "comment",
	"shares", "share", "replies", "reply", "retweets", "reposts", "claps",
	"reactions", "bookmarks", "saves", "plays", "listens", "followers",
	"min", "mins", "minute", "minutes",
};
static const char *const counter_zh[] = {
	"阅读量", "阅读数", "阅读", "浏览量", "浏览", "点赞", "评论", "收藏",
	"转发", "分享", "在看", "喜欢", "点击量", "点击", "播放", "围观", "赞",
	"次", "人", "条",
};

/* Length of a count at s: "486", "2.3", "1,024" with a K, M, w, 万, 亿, + after. */
static size_t
count_len(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && (is_digit((unsigned char)s[i]) ||
	    ((s[i] == '.' || s[i] == ',') && i > 0 && i + 1 < n && is_digit((unsigned char)s[i + 1]))))
		i++;
	if (i == 0)
		return 0;
	if (i < n && strchr("kKmMbBwW+", s[i]) != NULL && (i + 1 == n || !is_alpha((unsigned char)s[i + 1])))
		i++;
	else if (n - i >= 3 && (memcmp(s + i, "万", 3) == 0 || memcmp(s + i, "亿", 3) == 0 ||
	    memcmp(s + i, "千", 3) == 0))
		i += 3;
	return i;
}

bool
nf_meta_counter_line(const char *s, size_t n)
{
	size_t i = 0, labels = 0, counts = 0;
	uint32_t cp;

	if (n == 0 || n > 100)
		return false;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		size_t len;
		if (is_digit(c)) {
			i += count_len(s + i, n - i);
			counts++;
		} else if (is_alpha(c)) {
			size_t w = i;
			while (w < n && is_alpha((unsigned char)s[w]))
				w++;
			if (!in_words(counter_words, COUNT(counter_words), s + i, w - i))
				return false;
			labels++;
			i = w;
		} else if (c < 0x80) {
			i++;  /* a mark between the counters */
		} else {
			len = nf_utf8_decode(s + i, n - i, &cp, NULL);
			if (nf_is_cjk(cp) || nf_is_word_char(cp)) {
				size_t best = 0;
				for (size_t k = 0; k < COUNT(counter_zh); k++) {
					size_t l = strlen(counter_zh[k]);
					if (l > best && l <= n - i && memcmp(s + i, counter_zh[k], l) == 0)
						best = l;
				}
				if (best == 0)
					return false;
				labels++;
				len = best;
			}
			i += len;
		}
	}
	/* counters beside their counts, or a few counter words alone ("Shares") */
	return labels > 0 && (counts > 0 ? labels <= 2 * counts + 1 : labels <= 3);
}

/* What a credit line says after the reporters' names (lower case). */
static const char *const credit_verbs[] = {
	"reported from ", "contributed reporting", "contributed to this ",
	"also contributed", "contributed additional reporting",
};

/* Is s[0..n) a capitalised word of a name: "Wei", "O'Neil", "Jing,"? */
static bool
cap_word(const char *s, size_t n)
{
	if (n == 0 || !is_upper((unsigned char)s[0]) || nf_is_stopword(s, n))
		return false;
	for (size_t j = 1; j < n; j++)
		if (!is_alpha((unsigned char)s[j]) && s[j] != '-' && s[j] != '\'' && s[j] != '.' &&
		    !(s[j] == ',' && j + 1 == n))
			return false;
	return true;
}

bool
nf_meta_credit_line(const char *s, size_t n)
{
	size_t i = nf_utf8_lead(s, n), names = 0, rest = 0, len;
	bool in_place = false;

	if (n > 160)
		return false;
	/* the names, with "and", particles, and "in London" after them */
	while (i < n) {
		size_t w = i;
		while (w < n && s[w] != ' ')
			w++;
		if (cap_word(s + i, w - i)) {
			names += !in_place;
		} else if (names > 0 && w - i == 2 && memcmp(s + i, "in", 2) == 0) {
			in_place = true;
		} else if (!in_words(name_particles, COUNT(name_particles), s + i, w - i)) {
			break;
		}
		i = w;
		while (i < n && s[i] == ' ')
			i++;
	}
	if (names < 2)
		return false;
	len = 0;
	for (size_t k = 0; k < COUNT(credit_verbs) && len == 0; k++) {
		size_t l = strlen(credit_verbs[k]);
		if (l <= n - i && strncasecmp(s + i, credit_verbs[k], l) == 0)
			len = l;
	}
	if (len == 0)
		return false;
	/* a place or "this report" after it, and nothing more */
	for (i += len; i < n; i++)
		if (s[i] == ' ')
			rest++;
	return rest <= 5 && (s[n - 1] == '.' || is_alpha((unsigned char)s[n - 1]));
}

bool
nf_meta_author_note(const char *s, size_t n)
{
	size_t i = 0, names = 0;

	if (n > 200)
		return false;
	if (n >= 12 && memcmp(s, "作者简介", 12) == 0)
		return true;
	/* the author's name: one to four capitalised words */
	while (i < n && is_upper((unsigned char)s[i]) && names < 5) {
		while (i < n && (is_alpha((unsigned char)s[i]) || s[i] == '-' || s[i] == '\''))
			i++;
		names++;
		if (i < n && s[i] == ' ')
			i++;
	}
	if (names == 0 || names > 4 || i + 5 > n || strncmp(s + i, "is a", 4) != 0)
		return false;
	/* "is a contributing writer", "is an editor at large", "is the ..." */
	for (size_t words = 0; i < n && words < 6; words++) {
		while (i < n && !is_alpha((unsigned char)s[i]))
			i++;
		size_t w = i;
		while (w < n && (is_alpha((unsigned char)s[w]) || s[w] == '-'))
			w++;
		if (in_words(role_words, COUNT(role_words), s + i, w - i))
			return true;
		i = w;
	}
	return false;
}

/* Separators between a name and its job: "Sarah Okafor, Energy correspondent". */
static const char *const role_seps[] = { ", ", " - ", " | ", " \xe2\x80\x93 ", " \xe2\x80\x94 " };

bool
nf_meta_name_role(const char *s, size_t n, nf_span *name)
{
	size_t i = nf_utf8_lead(s, n);

	if (n > 100 || i >= n || !is_upper((unsigned char)s[i]) || s[n - 1] == '.')
		return false;
	for (size_t k = 0; k < COUNT(role_seps); k++) {
		const char *at = memmem(s + i, n - i, role_seps[k], strlen(role_seps[k]));
		size_t end, rest;
		if (at == NULL)
			continue;
		end = (size_t)(at - s);
		rest = end + strlen(role_seps[k]);
		if (nf_meta_name_line(s + i, end - i) && rest < n && n - rest <= 60 &&
		    field_count(s + rest, n - rest) <= 6 && nf_meta_bio_line(s + rest, n - rest)) {
			name->start = i;
			name->end = end;
			return true;
		}
		return false;
	}
	return false;
}

/* Labels of a contact line, English (compared without case) and Chinese. */
static const char *const contact_labels[] = {
	"联系人", "联系电话", "咨询电话", "联系方式", "咨询方式", "咨询热线",
	"服务热线", "热线电话", "监督电话", "举报电话", "办公电话", "电话",
	"传真", "电子邮箱", "电子邮件", "邮箱", "邮编", "邮政编码", "联系地址",
	"通讯地址", "办公地址", "地址", "网址", "contact", "contacts", "tel",
	"tel.", "telephone", "phone", "fax", "email", "e-mail", "address",
	"hotline", "website",
};

bool
nf_meta_contact_line(const char *s, size_t n)
{
	size_t i = nf_utf8_lead(s, n), len;

	if (n > 160 || memmem(s, n, "。", 3) != NULL || memmem(s, n, ". ", 2) != NULL)
		return false;
	len = prefix_in(contact_labels, COUNT(contact_labels), s + i, n - i);
	if (len == 0 || (len < n - i && is_alpha((unsigned char)s[i + len])))
		return false;
	i += len;
	while (i < n && s[i] == ' ')
		i++;
	return i < n && (s[i] == ':' || (n - i >= 3 && memcmp(s + i, "：", 3) == 0));
}

/* What an issuing body's name ends with: 杭州市科学技术局, 某某有限公司. */
static const char *const issuer_ends[] = {
	"局", "委", "委员会", "厅", "办", "办公室", "政府", "部", "院", "中心",
	"公司", "集团", "协会", "学会", "商会", "联合会", "银行", "处", "所",
	"馆", "站", "署", "会", "社", "校", "学院", "大学",
};

bool
nf_meta_issuer_line(const char *s, size_t n)
{
	size_t i = 0, parts = 0;
	uint32_t cp;

	if (n == 0 || n > 120)
		return false;
	/* one or more names separated by spaces, each of Han characters only */
	while (i < n) {
		size_t start = i, hans = 0;
		while (i < n) {
			size_t k = nf_utf8_decode(s + i, n - i, &cp, NULL);
			if (!nf_is_han(cp))
				break;
			i += k;
			hans++;
		}
		if (hans < 3 || hans > 30)
			return false;
		bool org = false;
		for (size_t k = 0; k < COUNT(issuer_ends) && !org; k++) {
			size_t len = strlen(issuer_ends[k]);
			org = len <= i - start && memcmp(s + i - len, issuer_ends[k], len) == 0;
		}
		if (!org)
			return false;
		parts++;
		while (i < n) {
			size_t k = nf_utf8_decode(s + i, n - i, &cp, NULL);
			if (!nf_is_space(cp))
				break;
			i += k;
		}
	}
	return parts > 0;
}

/* Labels of a summary above an article: "Key points", 核心提示. */
static const char *const summary_labels[] = {
	"key points", "key takeaways", "takeaways", "at a glance", "in brief",
	"in short", "summary", "highlights", "what you need to know",
	"the big picture", "tl;dr", "核心提示", "内容提要", "本文要点",
	"文章要点", "提要", "摘要", "导读", "要点", "划重点", "速览",
};

int
nf_meta_summary_label(const char *s, size_t n)
{
	size_t i = nf_utf8_lead(s, n), len, j;
	uint32_t cp;

	len = prefix_in(summary_labels, COUNT(summary_labels), s + i, n - i);
	if (len == 0 || (i + len < n && is_alpha((unsigned char)s[i + len])))
		return 0;
	j = i + len;
	while (j < n && s[j] == ' ')
		j++;
	if (j >= n)
		return 1;
	nf_utf8_decode(s + j, n - j, &cp, NULL);
	if (cp != ':' && cp != 0xFF1A && cp != ']' && cp != 0x3011 && cp != ')' && cp != 0xFF09)
		return 0;
	j += cp < 0x80 ? 1 : 3;
	j = j + nf_utf8_lead(s + j, n - j);
	return j >= n ? 1 : 2;
}

/* Kinds of official document, as their titles end: ...的通知, ...公告. */
static const char *const doc_kinds[] = {
	"通知", "公告", "通告", "意见", "办法", "决定", "规定", "方案", "批复",
	"报告", "函", "请示", "说明", "公示", "通报", "细则", "指南", "告知书",
	"倡议书", "通知書", "公告書",
};

bool
nf_meta_notice_title(const char *s, size_t n)
{
	size_t end = n;

	if (n > 6 && memcmp(s + n - 3, "）", 3) == 0) {  /* "的通知（第二批）" */
		const char *open = NULL;
		for (size_t i = 0; i + 3 <= n - 3; i++)
			if (memcmp(s + i, "（", 3) == 0)
				open = s + i;
		if (open != NULL)
			end = (size_t)(open - s);
	}
	for (size_t k = 0; k < COUNT(doc_kinds); k++) {
		size_t len = strlen(doc_kinds[k]);
		if (end > len && memcmp(s + end - len, doc_kinds[k], len) == 0)
			return true;
	}
	return (n >= 7 && strncasecmp(s, "notice ", 7) == 0) ||
	    (n >= 14 && strncasecmp(s, "public notice", 13) == 0);
}

/*
 * The most recent day with the month and day of *day not after the
 * anchor (a wire dateline is written the day it is filed): 4月8日 with
 * anchor 2025-04-10 is 2025-04-08, with anchor 2025-03-01 2024-04-08.
 * False when no such day lies within eight years (a 29 February).
 */
static bool
past_day(nf_ymd *day, const nf_ymd *anchor)
{
	long a = nf_days_from_ymd(anchor->y, anchor->m, anchor->d);

	for (int y = anchor->y; y > anchor->y - 8; y--) {
		if (nf_ymd_valid(y, day->m, day->d) && nf_days_from_ymd(y, day->m, day->d) <= a) {
			day->y = y;
			return true;
		}
	}
	return false;
}

/* Is s[0..n) made only of Han characters (a news agency and a place), 1 to 16? */
static bool
han_run(const char *s, size_t n)
{
	size_t i = 0, hans = 0;
	uint32_t cp;

	while (i < n) {
		i += nf_utf8_decode(s + i, n - i, &cp, NULL);
		if (!nf_is_han(cp))
			return false;
		hans++;
	}
	return hans >= 1 && hans <= 16;
}

/* Is s[0..n) a city in capitals: "LONDON", "NEW YORK", "ST. LOUIS", "HONG KONG"? */
static bool
caps_city(const char *s, size_t n)
{
	size_t words = 0;

	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 'a' && c <= 'z')
			return false;
		if (!is_upper(c) && c != ' ' && c != '.' && c != '-' && c != '\'')
			return false;
		if (is_upper(c) && (i == 0 || s[i - 1] == ' '))
			words++;
	}
	return words >= 1 && words <= 4 && n >= 3;
}

/*
 * Length of "(Reuters)", "(AP)", "(Xinhua)", "(AFP)" at s: a bracket of
 * one or two capitalised words; 0 when there is none.
 */
static size_t
agency_at(const char *s, size_t n)
{
	size_t i = 1, words = 0;

	if (n < 3 || s[0] != '(')
		return 0;
	while (i < n && s[i] != ')') {
		if (!is_alpha((unsigned char)s[i]) && s[i] != ' ' && s[i] != '-')
			return 0;
		if (is_upper((unsigned char)s[i]) && (i == 1 || s[i - 1] == ' '))
			words++;
		i++;
	}
	return i < n && i <= 30 && words >= 1 && words <= 2 ? i + 1 : 0;
}

/* Length of a dash after a wire dateline at s (spaces before it): " - ", " -- ", " — ". */
static size_t
wire_dash(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && s[i] == ' ')
		i++;
	if (i + 2 <= n && memcmp(s + i, "--", 2) == 0)
		return i + 2;
	if (i < n && s[i] == '-')
		return i + 1;
	if (i + 3 <= n && (memcmp(s + i, "\xe2\x80\x94", 3) == 0 || memcmp(s + i, "\xe2\x80\x93", 3) == 0))
		return i + 3;
	return 0;
}

/*
 * Does the date m of the paragraph s[0..n) stand where a wire dateline
 * puts it?  lead is the start of the paragraph's words (after a bracket).
 */
static bool
wire_shape(const char *s, size_t n, size_t lead, const nf_date_match *m)
{
	const char *b = s + lead, *a = s + m->end;
	size_t bn = m->start - lead, an = n - m->end, k;

	/* 北京时间4月8日消息, 新浪体育讯北京时间4月12日 */
	if (bn >= 12 && memcmp(b + bn - 12, "北京时间", 12) == 0 &&
	    (bn == 12 || (bn >= 15 && memcmp(b + bn - 15, "讯", 3) == 0 && han_run(b, bn - 12))))
		return true;
	/* 新华社北京3月5日电, 本报杭州3月5日讯, （北京6月16日电） */
	if (an >= 3 && (memcmp(a, "电", 3) == 0 || memcmp(a, "讯", 3) == 0 ||
	    (an >= 6 && memcmp(a, "消息", 6) == 0)))
		return han_run(b, bn);
	/* LONDON, March 3 (Reuters) - */
	if (bn >= 5 && b[bn - 2] == ',' && b[bn - 1] == ' ' && caps_city(b, bn - 2))
		return an > 1 && a[0] == ' ' && (k = agency_at(a + 1, an - 1)) > 0 &&
		    wire_dash(a + 1 + k, an - 1 - k) > 0;
	/* WASHINGTON (AP) March 3 — */
	for (size_t i = 0; i + 1 < bn; i++) {
		if (b[i] != ' ' || b[i + 1] != '(')
			continue;
		k = agency_at(b + i + 1, bn - i - 1);
		return caps_city(b, i) && k > 0 && i + 1 + k + 1 == bn && b[bn - 1] == ' ' &&
		    wire_dash(a, an) > 0;
	}
	return false;
}

/*
 * A wire dateline after other words run into it, as text copied without
 * its line breaks has it ("...不代表任何人四川新闻网北京7月30日讯（记者"):
 * only its tightest forms count - 讯北京时间 before the date, or 电 / 讯
 * and a bracket or a space after it with a Han character before.
 */
static bool
glued_wire(const char *s, size_t n, const nf_date_match *m)
{
	const char *a = s + m->end;
	size_t an = n - m->end;
	uint32_t cp;

	if (m->start >= 15 && memcmp(s + m->start - 15, "讯北京时间", 15) == 0)
		return true;
	if (an < 4 || (memcmp(a, "电", 3) != 0 && memcmp(a, "讯", 3) != 0) || m->start < 3)
		return false;
	nf_utf8_decode(a + 3, an - 3, &cp, NULL);
	if (cp != 0xFF08 && cp != '(' && cp != ' ' && cp != 0x3000)
		return false;
	size_t p = nf_utf8_prev(s, m->start);
	nf_utf8_decode(s + p, m->start - p, &cp, NULL);
	return nf_is_han(cp);
}

/* Could s[0..n) hold a wire dateline: 电, 讯, 消息 or "(" after capitals? */
static bool
wire_cue(const char *s, size_t n)
{
	return memmem(s, n, "电", 3) != NULL || memmem(s, n, "讯", 3) != NULL ||
	    memmem(s, n, "消息", 6) != NULL ||
	    (n >= 2 && is_upper((unsigned char)s[0]) && is_upper((unsigned char)s[1]) &&
	    memchr(s, '(', n < 80 ? n : 80) != NULL);
}

int
nf_meta_wire_dateline(const char *s, size_t n, const nf_date_opts *opts, nf_dateline *out)
{
	nf_date_list dl = { 0 };
	size_t lead = nf_utf8_lead(s, n), cut = n < 240 ? n : 240;
	int rc = 0;

	memset(out, 0, sizeof *out);
	if (lead >= n || !wire_cue(s, cut))
		return 0;
	while (cut < n && cut > 0 && nf_utf8_is_cont((unsigned char)s[cut]))
		cut--;
	if (nf_dates_find(s, cut, opts, &dl) != 0) {
		nf_date_list_free(&dl);
		return -1;
	}
	for (size_t k = 0; k < dl.len && rc == 0; k++) {
		const nf_date_match *m = &dl.items[k];
		if (m->kind == NF_DATE_DATE && m->has_point && m->start >= lead &&
		    ((k == 0 && wire_shape(s, n, lead, m)) || glued_wire(s, n, m))) {
			out->has_date = true;
			out->point = m->point;
			/* a day without a year: the most recent one not after the
			   anchor; no anchor, no guess */
			out->has_point = !m->used_anchor || (opts != NULL && opts->has_anchor &&
			    past_day(&out->point, &opts->anchor));
			rc = out->has_point;
		}
	}
	nf_date_list_free(&dl);
	return rc;
}
