/*
 * dates.c - date expressions: recognition and resolution.
 *
 * The text is tokenized once (date_lex.c); the scanner then walks the
 * tokens left to right and, at tokens that can start a date (digits, number
 * words, month and weekday names, cue words, the Han characters of Chinese
 * dates), tries the rules below, each a bounded look around the token.  The
 * first rule that matches consumes its tokens and the scan goes on after
 * them, so the work is linear in the text.
 *
 * A rule fills a `struct pd` (a parsed date: granularity and the fields
 * it gives, with flags for what must come from the anchor); resolve()
 * completes it against the anchor and emit() turns it into an
 * nf_date_match.  Ranges join two parsed dates before resolution so the
 * second can lend its year to the first ("March to May 2024").
 */
#include "dates.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "date_lex.h"

enum gran {
	G_NONE, G_DAY, G_MONTH, G_YEAR, G_QUARTER, G_HALF, G_SEASON, G_WEEK,
	G_WEEKEND, G_DECADE, G_DUR,
};

enum infer {
	INF_NONE,   /* every field given, or resolved already */
	INF_YEAR,   /* year from the anchor (nearest occurrence) */
	INF_MONTH,  /* month and year from the anchor (Chinese "18日") */
};

/* A parsed date expression. */
struct pd {
	size_t ts, te;        /* tokens [ts, te) */
	int g;                /* enum gran */
	int y, m, d, q;       /* q: quarter, half, season (0..3), ISO week */
	int hh, mi;           /* time of day, hh < 0 when none */
	int kind;             /* NF_DATE_DATE or NF_DATE_RELATIVE */
	int infer;            /* enum infer */
	bool unresolved;      /* needs the anchor, which is absent */
	bool used_anchor;
	bool has_point;
	nf_ymd point;
	const char *note;
	char dur[24];         /* G_DUR: the ISO 8601 duration */
};

struct ctx {
	const char *s;
	size_t n;
	const nf_dtok *t;
	size_t nt;
	const nf_date_opts *o;
	nf_ymd a;             /* anchor */
	long aday;            /* anchor day number */
	bool has_a;
	size_t out_start;     /* first match of this text in the output list */
};

static const char *const NOTE_NO_ANCHOR = "no anchor";

/* ---- token helpers ---------------------------------------------------- */

static const nf_dtok *
T(const struct ctx *c, size_t i)
{
	return &c->t[i < c->nt ? i : c->nt];
}

static bool
is_w(const struct ctx *c, size_t i, int id)
{
	const nf_dtok *t = T(c, i);
	return t->type == DT_WORD && t->id == id;
}

static bool
is_h(const struct ctx *c, size_t i, int id)
{
	const nf_dtok *t = T(c, i);
	return t->type == DT_HAN && t->id == id;
}

static bool
is_p(const struct ctx *c, size_t i, uint32_t cp)
{
	const nf_dtok *t = T(c, i);
	return t->type == DT_PUNCT && t->cp == cp;
}

/* Token i directly follows token i-1 (no white space between). */
static bool
glued(const struct ctx *c, size_t i)
{
	return i < c->nt && !(T(c, i)->flags & DF_SPACE);
}

static int
word_id(const struct ctx *c, size_t i)
{
	const nf_dtok *t = T(c, i);
	return t->type == DT_WORD ? t->id : -1;
}

/* The word id before token i, or -1. */
static int
prev_id(const struct ctx *c, size_t i)
{
	return i > 0 ? word_id(c, i - 1) : -1;
}

/* Token i is one of the ASCII words of list (lower case, NULL-ended),
 * in any case. */
static bool
word_in(const struct ctx *c, size_t i, const char *const *list)
{
	const nf_dtok *t = T(c, i);
	size_t len = t->e - t->s;

	if (t->type != DT_WORD && t->type != DT_WNUM)
		return false;
	for (; *list != NULL; list++)
		if (strlen(*list) == len && strncasecmp(c->s + t->s, *list, len) == 0)
			return true;
	return false;
}

/* Token i is the Han character cp. */
static bool
is_cp(const struct ctx *c, size_t i, uint32_t cp)
{
	const nf_dtok *t = T(c, i);
	return t->type == DT_HAN && t->cp == cp;
}

static bool
is_month_tok(const struct ctx *c, size_t i)
{
	const nf_dtok *t = T(c, i);
	return t->type == DT_WORD && t->id >= W_JAN && t->id <= W_DEC &&
	    (t->flags & (DF_CAP | DF_UPPER));
}

static bool
is_weekday_tok(const struct ctx *c, size_t i)
{
	const nf_dtok *t = T(c, i);
	return t->type == DT_WORD && t->id >= W_MON && t->id <= W_SUN &&
	    (t->flags & (DF_CAP | DF_UPPER));
}

static bool
is_dash_cp(uint32_t cp)
{
	return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0xFF0D ||
	    cp == '~' || cp == 0xFF5E || cp == 0x301C || cp == 0x2212;
}

static bool
is_dash(const struct ctx *c, size_t i)
{
	const nf_dtok *t = T(c, i);
	return t->type == DT_PUNCT && is_dash_cp(t->cp);
}

/* A plain number token (digits, English or Chinese numeral). */
static bool
is_num(const struct ctx *c, size_t i)
{
	int ty = T(c, i)->type;
	return ty == DT_NUM || ty == DT_WNUM || ty == DT_CNUM;
}

/* Digits with 1..2 digits and a value in lo..hi. */
static bool
small_num(const struct ctx *c, size_t i, int lo, int hi)
{
	const nf_dtok *t = T(c, i);
	return t->type == DT_NUM && t->ndig <= 2 && t->val >= lo && t->val <= hi;
}

/* A number for a month or a day: digits (1-2) or a Chinese numeral. */
static bool
md_num(const struct ctx *c, size_t i, int lo, int hi)
{
	const nf_dtok *t = T(c, i);
	if (t->type == DT_CNUM)
		return !(t->flags & DF_POSITIONAL) && t->val >= lo && t->val <= hi;
	return small_num(c, i, lo, hi);
}

/* Four digits that can be a year. */
static bool
year_num(const struct ctx *c, size_t i)
{
	const nf_dtok *t = T(c, i);
	return t->type == DT_NUM && t->ndig == 4 && t->val >= 1000 && t->val <= 2999;
}

static bool
is_currency_cp(uint32_t cp)
{
	return cp == '$' || cp == 0xA3 || cp == 0x20AC || cp == 0xA5 || cp == 0xFFE5 ||
	    cp == 0xFFE1 || cp == 0xFF04 || cp == '#' || cp == 0x20B9;
}

/*
 * Whether a number starting at token i stands on its own on the left: not
 * glued to letters or digits ("GPT-5", "A4"), not after a currency sign,
 * a decimal point, a thousands comma, a colon after digits (a time), or a
 * word naming a version ("Windows 11").
 */
static bool
left_clean(const struct ctx *c, size_t i)
{
	const nf_dtok *p;

	if (i == 0)
		return true;
	p = T(c, i - 1);
	if (p->type == DT_PUNCT && is_currency_cp(p->cp))
		return false;
	if (p->type == DT_WORD && p->id == W_VERSION)
		return false;
	if (!glued(c, i))
		return true;
	switch (p->type) {
	case DT_HAN:
	case DT_CNUM:
		return true;
	case DT_PUNCT:
		if (is_dash_cp(p->cp) || p->cp == '.' || p->cp == ',' || p->cp == '/' ||
		    p->cp == '+' || p->cp == '_' || p->cp == '@' || p->cp == '&' ||
		    p->cp == '*' || p->cp == '^' || p->cp == '=' || p->cp == '\\')
			return false;
		if (p->cp == ':' && i >= 2 && T(c, i - 2)->type == DT_NUM)
			return false;
		return true;
	default:
		return false;
	}
}

/*
 * Whether the expression ending before token j ends cleanly: nothing glued
 * after it but punctuation that cannot continue a number (no "%", no
 * decimal or thousands part, no time, no further "-12" or "/12"), or Han.
 */
static bool
right_clean(const struct ctx *c, size_t j)
{
	const nf_dtok *t = T(c, j);

	if (t->type == DT_PUNCT && (t->cp == '%' || t->cp == 0xFF05))
		return false;
	if (!glued(c, j))
		return true;
	switch (t->type) {
	case DT_END:
	case DT_HAN:
		return true;
	case DT_PUNCT:
		if ((t->cp == '.' || t->cp == ',' || t->cp == ':' || t->cp == '/' ||
		    is_dash_cp(t->cp)) && T(c, j + 1)->type == DT_NUM && glued(c, j + 1))
			return false;
		return true;
	default:
		return false;
	}
}

/* The byte span of tokens [ts, te). */
static size_t
tok_start(const struct ctx *c, size_t ts)
{
	return T(c, ts)->s;
}

static size_t
tok_end(const struct ctx *c, size_t te)
{
	return te > 0 ? T(c, te - 1)->e : 0;
}

/* ---- calendar helpers ------------------------------------------------- */

static int
month_of_id(int id)
{
	return id;
}

/* Season index (0 spring .. 3 winter) and its year for a day. */
static void
season_of(nf_ymd d, int *y, int *s)
{
	if (d.m >= 3 && d.m <= 5)
		*s = 0;
	else if (d.m >= 6 && d.m <= 8)
		*s = 1;
	else if (d.m >= 9 && d.m <= 11)
		*s = 2;
	else
		*s = 3;
	*y = (d.m <= 2) ? d.y - 1 : d.y;
}

static long
floordiv(long a, long b)
{
	return a >= 0 ? a / b : -((-a + b - 1) / b);
}

static void
pd_init(struct pd *p, size_t ts, int g)
{
	memset(p, 0, sizeof *p);
	p->ts = ts;
	p->te = ts + 1;
	p->g = g;
	p->hh = -1;
	p->kind = NF_DATE_DATE;
}

/* Mark p as resolved from the anchor, or as unresolvable without one. */
static bool
need_anchor(const struct ctx *c, struct pd *p)
{
	if (!c->has_a) {
		p->unresolved = true;
		p->note = NOTE_NO_ANCHOR;
		return false;
	}
	p->used_anchor = true;
	return true;
}

static void
set_day(struct pd *p, long day)
{
	nf_ymd d = nf_ymd_from_days(day);

	p->g = G_DAY;
	p->y = d.y;
	p->m = d.m;
	p->d = d.d;
}

static void
set_week(struct pd *p, long day, int g)
{
	int iy, w;

	nf_iso_week(day, &iy, &w);
	p->g = g;
	p->y = iy;
	p->q = w;
}

/* A clause boundary for future_clause(): . ; : ! ? , and their
 * full-width forms. */
static bool
clause_punct(const nf_dtok *t)
{
	switch (t->cp) {
	case '.': case ';': case ':': case '!': case '?': case ',':
	case 0x3002: case 0xFF1B: case 0xFF1A: case 0xFF01: case 0xFF1F: case 0xFF0C:
	case 0x3001:
		return true;
	default:
		return false;
	}
}

/*
 * Whether the clause before token i speaks of the future (see dates.h):
 * a future word among the twelve words (sixteen tokens for Chinese, one
 * character a token) back to the clause start, or "by" / 到 right before
 * the date; and no past-tense auxiliary ("had", "was", 已 ...) there.
 */
static bool
future_clause(const struct ctx *c, size_t i)
{
	static const char *const fut[] = {
		"will", "would", "expect", "expects", "expected", "expecting", "plan",
		"plans", "planned", "planning", "aim", "aims", "aiming", "due",
		"scheduled", "intends", "intend", "ll", "forecast", "forecasts",
		"projected", "targets", NULL,
	};
	static const char *const past[] = {
		"had", "was", "were", "did", "said", NULL,
	};
	bool found = false;
	size_t k = i, words = 0;

	if (i > 0 && is_w(c, i - 1, W_BY)) {
		/* "By 18 February, creditors had accepted": a past verb
		 * later in the sentence */
		for (size_t f = i + 1, n = 0; f < c->nt && n < 16; f++, n++) {
			const nf_dtok *t = T(c, f);
			if (t->type == DT_PUNCT && t->cp != ',' && clause_punct(t))
				break;
			if (word_in(c, f, past))
				return false;
		}
		found = true;
	}
	if (i > 0 && is_h(c, i - 1, H_DAO) &&
	    !(i > 1 && T(c, i - 2)->type == DT_HAN && T(c, i - 2)->cp == 0x81F3))
		found = true;  /* 到9月 (not 截至到) */
	while (k > 0 && words < 16) {
		const nf_dtok *t = T(c, --k);
		if (t->type == DT_PUNCT && clause_punct(t))
			break;
		if (t->type == DT_WORD) {
			if (++words > 12)
				break;
			if (word_in(c, k, past))
				return false;
			if (word_in(c, k, fut) && !(is_w(c, k + 1, W_TO) &&
			    word_in(c, k, (const char *const[]){ "due", NULL })) &&
			    !(k > 0 && (is_w(c, k - 1, W_THAN) || is_w(c, k - 1, W_AS))))
				found = true;  /* not "due to", "than expected", "as planned" */
		} else if (t->type == DT_HAN) {
			words++;
			if (t->cp == 0x5DF2 || t->cp == 0x66FE)
				return false;  /* 已 曾 */
			if (i - k > 6)
				continue;  /* a Chinese cue stands close: 将于3月 */
			switch (t->cp) {
			case 0x5C06:  /* 将于, 将在, 将从; not 将 = 把 ("将X提前到") */
				if (k + 1 == i || is_h(c, k + 1, H_YU) || is_h(c, k + 1, H_ZAI) ||
				    is_h(c, k + 1, H_CONG))
					found = true;
				break;
			case 0x62DF:  /* 拟 */
				found = true;
				break;
			case 0x5212: case 0x8BA1: case 0x671B: case 0x4E89: case 0x671F:
				/* 计划 预计 有望 力争 争取 预期 */
				if (k > 0 && T(c, k - 1)->type == DT_HAN) {
					uint32_t p = T(c, k - 1)->cp;
					if ((t->cp == 0x5212 && p == 0x8BA1) ||
					    (t->cp == 0x8BA1 && p == 0x9884) ||
					    (t->cp == 0x671B && p == 0x6709) ||
					    (t->cp == 0x4E89 && p == 0x529B) ||
					    (t->cp == 0x671F && p == 0x9884))
						found = true;
				}
				if (t->cp == 0x4E89 && T(c, k + 1)->type == DT_HAN &&
				    T(c, k + 1)->cp == 0x53D6)
					found = true;  /* 争取 */
				break;
			default:
				break;
			}
		} else {
			words++;
		}
	}
	return found;
}

/*
 * Year inference (see dates.h): fill the missing year (and for INF_MONTH
 * the month) of p with the occurrence nearest the anchor, ties to the past;
 * in a future clause the first occurrence on or after the anchor.
 */
static void
infer(const struct ctx *c, struct pd *p)
{
	int ay = c->a.y, am = c->a.m, sy, s;
	long best = 0, bestdist = -1;
	bool fut;

	if (p->infer == INF_NONE)
		return;
	if (!need_anchor(c, p)) {
		p->infer = INF_NONE;
		return;
	}
	fut = p->g != G_HALF && future_clause(c, p->ts);
	season_of(c->a, &sy, &s);
again:
	if (p->infer == INF_MONTH) {
		for (int k = -2; k <= 1; k++) {
			nf_ymd mo = nf_add_months((nf_ymd){ ay, am, 1 }, k);
			if (!nf_ymd_valid(mo.y, mo.m, p->d))
				continue;
			long dist = nf_days_from_ymd(mo.y, mo.m, p->d) - c->aday;
			long ad = dist < 0 ? -dist : dist;
			if (fut && dist < 0)
				continue;
			if (bestdist < 0 || ad < bestdist || (ad == bestdist && dist < 0)) {
				bestdist = ad;
				best = (long)mo.y * 12 + mo.m - 1;
			}
		}
		if (bestdist < 0 && fut) {
			fut = false;
			goto again;
		}
		p->y = (int)floordiv(best, 12);
		p->m = (int)(best - (long)p->y * 12) + 1;
		p->infer = INF_NONE;
		return;
	}
	for (int y = ay - 8; y <= ay + 8; y++) {
		long dist;
		switch (p->g) {
		case G_DAY:
			if (!nf_ymd_valid(y, p->m, p->d))
				continue;
			dist = nf_days_from_ymd(y, p->m, p->d) - c->aday;
			break;
		case G_MONTH:
			dist = ((long)y * 12 + p->m) - ((long)ay * 12 + am);
			break;
		case G_QUARTER:
			dist = ((long)y * 4 + p->q) - ((long)ay * 4 + (am - 1) / 3 + 1);
			break;
		case G_HALF:
			/* "上半年", "the second half": the anchor's year */
			dist = (long)y - ay;
			break;
		case G_SEASON:
			dist = ((long)y * 4 + p->q) - ((long)sy * 4 + s);
			break;
		default:
			dist = (long)y - ay;
			break;
		}
		long ad = dist < 0 ? -dist : dist;
		if (fut && dist < 0)
			continue;
		if (bestdist < 0 || ad < bestdist || (ad == bestdist && dist < 0)) {
			bestdist = ad;
			best = y;
		}
	}
	if (bestdist < 0 && fut) {
		fut = false;
		goto again;
	}
	p->y = (int)best;
	p->infer = INF_NONE;
}

/* First and last day of a resolved p; false when not meaningful. */
static bool
pd_bounds(const struct pd *p, nf_ymd *from, nf_ymd *to)
{
	long f, t;

	switch (p->g) {
	case G_DAY:
		*from = *to = (nf_ymd){ p->y, p->m, p->d };
		return true;
	case G_MONTH:
		*from = (nf_ymd){ p->y, p->m, 1 };
		*to = (nf_ymd){ p->y, p->m, nf_days_in_month(p->y, p->m) };
		return true;
	case G_YEAR:
		*from = (nf_ymd){ p->y, 1, 1 };
		*to = (nf_ymd){ p->y, 12, 31 };
		return true;
	case G_QUARTER:
		*from = (nf_ymd){ p->y, p->q * 3 - 2, 1 };
		*to = (nf_ymd){ p->y, p->q * 3, nf_days_in_month(p->y, p->q * 3) };
		return true;
	case G_HALF:
		*from = (nf_ymd){ p->y, p->q * 6 - 5, 1 };
		*to = (nf_ymd){ p->y, p->q * 6, p->q == 1 ? 30 : 31 };
		return true;
	case G_WEEK:
	case G_WEEKEND:
		f = nf_iso_week_monday(p->y, p->q);
		t = f + 6;
		if (p->g == G_WEEKEND)
			f += 5;
		*from = nf_ymd_from_days(f);
		*to = nf_ymd_from_days(t);
		return true;
	case G_DECADE:
		*from = (nf_ymd){ p->y, 1, 1 };
		*to = (nf_ymd){ p->y + 9, 12, 31 };
		return true;
	default:
		return false;
	}
}

/* The TIMEX3 value of a resolved p into buf (size 20 is plenty). */
static void
pd_value(const struct pd *p, char *buf, size_t size)
{
	static const char *const seasons[] = { "SP", "SU", "FA", "WI" };
	int y = p->y < 0 ? 0 : p->y > 9999 ? 9999 : p->y;

	switch (p->g) {
	case G_DAY:
		if (p->hh >= 0)
			snprintf(buf, size, "%04d-%02d-%02dT%02d:%02d", y, p->m, p->d, p->hh, p->mi);
		else
			snprintf(buf, size, "%04d-%02d-%02d", y, p->m, p->d);
		break;
	case G_MONTH: snprintf(buf, size, "%04d-%02d", y, p->m); break;
	case G_YEAR: snprintf(buf, size, "%04d", y); break;
	case G_QUARTER: snprintf(buf, size, "%04d-Q%d", y, p->q); break;
	case G_HALF: snprintf(buf, size, "%04d-H%d", y, p->q); break;
	case G_SEASON: snprintf(buf, size, "%04d-%s", y, seasons[p->q & 3]); break;
	case G_WEEK: snprintf(buf, size, "%04d-W%02d", y, p->q); break;
	case G_WEEKEND: snprintf(buf, size, "%04d-W%02d-WE", y, p->q); break;
	case G_DECADE: snprintf(buf, size, "%03dX", y / 10); break;
	case G_DUR: snprintf(buf, size, "%s", p->dur); break;
	default: buf[0] = '\0'; break;
	}
}

/* ---- output ----------------------------------------------------------- */

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

static void
match_init(const struct ctx *c, nf_date_match *m, size_t ts, size_t te, int kind)
{
	memset(m, 0, sizeof *m);
	m->start = tok_start(c, ts);
	m->end = tok_end(c, te);
	m->kind = (nf_date_kind)kind;
}

/* Emit one resolved date; returns 0 or -1 (memory). */
static int
emit(const struct ctx *c, struct pd *p, nf_date_list *out)
{
	nf_date_match m;

	infer(c, p);
	match_init(c, &m, p->ts, p->te, p->g == G_DUR ? NF_DATE_DURATION : p->kind);
	m.note = p->note;
	m.used_anchor = p->used_anchor;
	if (!p->unresolved) {
		pd_value(p, m.value, sizeof m.value);
		if (p->g != G_SEASON)
			m.has_range = pd_bounds(p, &m.from, &m.to);
		if (p->has_point) {
			m.has_point = true;
			m.point = p->point;
		} else if (p->g == G_DAY) {
			m.has_point = true;
			m.point = (nf_ymd){ p->y, p->m, p->d };
		}
	}
	return push(out, &m);
}

/* Emit a range a..b (both parsed, not yet resolved). */
static int
emit_range(const struct ctx *c, size_t ts, size_t te, struct pd *a, struct pd *b,
    nf_date_list *out)
{
	nf_date_match m;
	nf_ymd f1, t1, f2, t2;
	char va[20], vb[20];

	match_init(c, &m, ts, te, NF_DATE_RANGE);
	m.used_anchor = a->used_anchor || b->used_anchor;
	m.note = a->note ? a->note : b->note;
	if (a->unresolved || b->unresolved)
		return push(out, &m);
	pd_value(a, va, sizeof va);
	pd_value(b, vb, sizeof vb);
	snprintf(m.value, sizeof m.value, "%s/%s", va, vb);
	if (a->g != G_SEASON && b->g != G_SEASON && pd_bounds(a, &f1, &t1) &&
	    pd_bounds(b, &f2, &t2)) {
		m.has_range = true;
		m.from = f1;
		m.to = t2;
	}
	return push(out, &m);
}

/* ---- numbers and durations ------------------------------------------- */

enum unit { U_NONE, U_Y, U_M, U_W, U_D, U_H, U_MIN, U_S };

/* An English unit word at token i: its unit and multiplier. */
static enum unit
en_unit(const struct ctx *c, size_t i, int *mult)
{
	*mult = 1;
	switch (word_id(c, i)) {
	case W_YEAR: return U_Y;
	case W_MONTH: return U_M;
	case W_WEEK: return U_W;
	case W_DAY: return U_D;
	case W_HOUR: return U_H;
	case W_MINUTE: return U_MIN;
	case W_SECOND: return U_S;
	case W_DECADE: *mult = 10; return U_Y;
	case W_CENTURY: *mult = 100; return U_Y;
	case W_FORTNIGHT: *mult = 2; return U_W;
	default: return U_NONE;
	}
}

/* Format an ISO 8601 duration of amount/10 units into buf. */
static void
dur_format(char *buf, size_t size, long tenths, enum unit u)
{
	static const char letters[] = " YMWDHMS";
	char num[24];

	if (tenths % 10 == 0)
		snprintf(num, sizeof num, "%ld", tenths / 10);
	else
		snprintf(num, sizeof num, "%ld.%ld", tenths / 10, tenths % 10);
	snprintf(buf, size, "%s%s%c", u >= U_H ? "PT" : "P", num, letters[u]);
}

/*
 * An amount at token i: digits (with one decimal place at most: "1.5"),
 * an English number word, or (when allow_a) "a"/"an" as one.  Returns the
 * token after it and the amount in tenths, or 0 when there is none.
 */
static size_t
en_amount(const struct ctx *c, size_t i, bool allow_a, long *tenths)
{
	const nf_dtok *t = T(c, i);

	if (t->type == DT_NUM) {
		if (t->ndig > 6 || !left_clean(c, i))
			return 0;
		if (is_p(c, i + 1, '.') && glued(c, i + 1) && T(c, i + 2)->type == DT_NUM &&
		    glued(c, i + 2) && T(c, i + 2)->ndig == 1) {
			*tenths = t->val * 10 + T(c, i + 2)->val;
			return i + 3;
		}
		*tenths = t->val * 10;
		return i + 1;
	}
	if (t->type == DT_WNUM && t->val < 1000000) {
		*tenths = t->val * 10;
		return i + 1;
	}
	if (allow_a && t->type == DT_WORD && (t->id == W_A || t->id == W_AN)) {
		*tenths = 10;
		return i + 1;
	}
	return 0;
}

/* Cue words after which "a year", "a decade" is a duration. */
static bool
duration_cue(int id)
{
	switch (id) {
	case W_FOR: case W_WITHIN: case W_OVER: case W_THAN: case W_ABOUT:
	case W_NEARLY: case W_ALMOST: case W_AROUND: case W_UNDER: case W_IN:
	case W_AFTER: case W_LAST: case W_PAST: case W_NEXT:
		return true;
	default:
		return false;
	}
}

/* Set p to "N units ago" counted back from the anchor. */
static void
set_ago(const struct ctx *c, struct pd *p, long tenths, enum unit u, int mult)
{
	long n = tenths / 10 * mult;
	nf_ymd pt;

	p->kind = NF_DATE_RELATIVE;
	if (!need_anchor(c, p)) {
		p->g = G_DAY;
		return;
	}
	switch (u) {
	case U_Y:
		pt = nf_add_months(c->a, (int)(-12 * n));
		p->g = G_YEAR;
		p->y = pt.y;
		break;
	case U_M:
		pt = nf_add_months(c->a, (int)-n);
		p->g = G_MONTH;
		p->y = pt.y;
		p->m = pt.m;
		break;
	case U_W:
		pt = nf_ymd_from_days(c->aday - 7 * n);
		set_week(p, c->aday - 7 * n, G_WEEK);
		break;
	case U_D:
		pt = nf_ymd_from_days(c->aday - n);
		set_day(p, c->aday - n);
		break;
	default:
		pt = nf_ymd_from_days(c->aday - (u == U_H ? n / 24 : u == U_MIN ? n / 1440 : 0));
		set_day(p, nf_days_from_ymd(pt.y, pt.m, pt.d));
		break;
	}
	p->has_point = true;
	p->point = pt;
}

/*
 * English durations and "... ago" at token i: "two years", "18 months",
 * "Eleven days", "a decade ago", "1.5 years", "24-hour", "5 minute read".
 * Not ages ("10 years old", "10-year-old") nor the "Five-Year Plan".
 */
static bool
rule_en_duration(const struct ctx *c, size_t i, struct pd *p)
{
	long tenths;
	size_t j = en_amount(c, i, true, &tenths), k;
	bool hyphen = false, is_a;
	enum unit u;
	int mult;

	if (j == 0)
		return false;
	is_a = T(c, i)->type == DT_WORD;
	if (is_dash(c, j) && glued(c, j) && glued(c, j + 1)) {
		hyphen = true;
		j++;
	}
	if ((u = en_unit(c, j, &mult)) == U_NONE)
		return false;
	if (T(c, j)->flags & DF_UPPER && hyphen)
		return false;
	k = j + 1;
	/* ages and proper names */
	if (is_w(c, k, W_OLD) || (is_dash(c, k) && is_w(c, k + 1, W_OLD)))
		return false;
	if (hyphen && (T(c, j)->flags & DF_CAP))
		return false;  /* "Five-Year Plan", "Hundred Years' War" */
	if (i > 0 && (is_w(c, i - 1, W_TH) || is_w(c, i - 1, W_ST) ||
	    is_w(c, i - 1, W_ND) || is_w(c, i - 1, W_RD)))
		return false;
	if (hyphen && tenths == 10 && is_a)
		return false;
	pd_init(p, i, G_DUR);
	p->te = k;
	if (!hyphen && is_w(c, k, W_AGO) && tenths % 10 == 0) {
		p->te = k + 1;
		set_ago(c, p, tenths, u, mult);
		return true;
	}
	if (is_a && !duration_cue(prev_id(c, i)))
		return false;
	/* "one day" is mostly "some day" */
	if (T(c, i)->type == DT_WNUM && tenths == 10 && u == U_D &&
	    !duration_cue(prev_id(c, i)))
		return false;
	if (u == U_S && tenths == 10 && T(c, i)->type != DT_NUM)
		return false;
	dur_format(p->dur, sizeof p->dur, tenths * mult, u);
	return true;
}

/* "half a year", "half an hour", "half a century" */
static bool
rule_en_half(const struct ctx *c, size_t i, struct pd *p)
{
	enum unit u;
	int mult;

	if (!is_w(c, i, W_HALF) || !(is_w(c, i + 1, W_A) || is_w(c, i + 1, W_AN)))
		return false;
	if ((u = en_unit(c, i + 2, &mult)) == U_NONE || (T(c, i + 2)->flags & DF_PLURAL))
		return false;
	pd_init(p, i, G_DUR);
	p->te = i + 3;
	if (u == U_Y && mult == 1)
		dur_format(p->dur, sizeof p->dur, 60, U_M);
	else if (u == U_H)
		dur_format(p->dur, sizeof p->dur, 300, U_MIN);
	else if (u == U_D)
		dur_format(p->dur, sizeof p->dur, 120, U_H);
	else
		dur_format(p->dur, sizeof p->dur, 5L * mult, u);
	return true;
}

/* ---- English absolute and partial dates ------------------------------ */

/* An ordinal suffix glued to the number at i ("9th", "21st"): token count. */
static size_t
ord_suffix(const struct ctx *c, size_t i)
{
	int id = word_id(c, i + 1);
	if ((id == W_ST || id == W_ND || id == W_RD || id == W_TH) && glued(c, i + 1))
		return 1;
	return 0;
}

/* A year after a month or day: "[,] 2017".  Returns tokens used. */
static size_t
year_after(const struct ctx *c, size_t j, int *y)
{
	size_t k = j;

	if (is_p(c, k, ','))
		k++;
	if (year_num(c, k) && right_clean(c, k + 1) && !is_w(c, k + 1, W_COUNTED)) {
		*y = (int)T(c, k)->val;
		return k + 1 - j;
	}
	return 0;
}

/* Optional time after a day: " 09:30", "T09:30:00", ", 9:30".  Fills p. */
static size_t
time_after(const struct ctx *c, size_t j, struct pd *p)
{
	size_t k = j;

	if (is_w(c, k, W_T) && glued(c, k))
		k++;
	else if (!(T(c, k)->flags & DF_SPACE))
		return 0;
	if (!small_num(c, k, 0, 23) || !is_p(c, k + 1, ':') || !glued(c, k + 1) ||
	    !glued(c, k + 2) || T(c, k + 2)->type != DT_NUM || T(c, k + 2)->ndig != 2 ||
	    T(c, k + 2)->val > 59)
		return 0;
	p->hh = (int)T(c, k)->val;
	p->mi = (int)T(c, k + 2)->val;
	k += 3;
	if (is_p(c, k, ':') && glued(c, k) && T(c, k + 1)->type == DT_NUM &&
	    T(c, k + 1)->ndig == 2 && glued(c, k + 1))
		k += 2;
	if (is_w(c, k, W_Z) && glued(c, k))
		k++;
	else if ((is_p(c, k, '+') || is_dash(c, k)) && glued(c, k) && T(c, k + 1)->type == DT_NUM &&
	    glued(c, k + 1)) {
		k += 2;
		if (is_p(c, k, ':') && glued(c, k) && T(c, k + 1)->type == DT_NUM)
			k += 2;
	}
	return k - j;
}

/* Words before a lone month or year that make it a date. */
static bool
date_cue(int id)
{
	switch (id) {
	case W_IN: case W_BY: case W_SINCE: case W_UNTIL: case W_TILL:
	case W_BEFORE: case W_AFTER: case W_DURING: case W_THROUGH:
	case W_THROUGHOUT: case W_FROM: case W_BETWEEN: case W_EARLY: case W_LATE:
	case W_CIRCA: case W_UNTO:
		return true;
	default:
		return false;
	}
}

/* The token before i starts a sentence or clause (or there is none). */
static bool
at_clause_start(const struct ctx *c, size_t i)
{
	const nf_dtok *p;

	if (i == 0)
		return true;
	p = T(c, i - 1);
	if (p->type != DT_PUNCT)
		return false;
	return p->cp == '.' || p->cp == '!' || p->cp == '?' || p->cp == ':' ||
	    p->cp == ';' || p->cp == '"' || p->cp == 0x201C || p->cp == 0x2018 ||
	    p->cp == '(' || p->cp == '[' || p->cp == 0x2022 || is_dash_cp(p->cp) ||
	    p->cp == ',';
}

/* A capitalised word before i that is part of a name ("Theresa May",
 * "Good Friday", "USA Today"), not a cue word or a sentence start. */
static bool
name_before(const struct ctx *c, size_t i)
{
	const nf_dtok *p;

	if (i == 0)
		return false;
	p = T(c, i - 1);
	if (p->type != DT_WORD || !(p->flags & (DF_CAP | DF_UPPER)))
		return false;
	/* "On", "In", "By", "Last" ... are cues; any other capitalised word,
	 * even at the start of a sentence, makes a name: "Good Friday" */
	return p->id == W_NONE || p->id == W_VERSION || p->id == W_COUNTED ||
	    p->id == W_NEW;
}

/* Month names that are also given names. */
static bool
given_name_month(int m)
{
	return m == 4 || m == 5 || m == 6 || m == 8;
}

/* Month names that are also given names or verbs. */
static bool
ambiguous_month(int m)
{
	return m == 3 || m == 4 || m == 5 || m == 6 || m == 8;
}

/*
 * A lone month name at i used as a date by the words around it: before a
 * noun of periodic figures ("April deliveries", "May sales"), after
 * "ended"/"ending" ("we ended March with"), or as the subject after
 * "expect" ("we expect May to exceed 45,000", in a sentence with figures:
 * "expect May to resign" is Theresa May).  Not after a name ("Theresa May
 * figures") nor as a possessive ("ended May's term").
 */
static bool
month_modifier(const struct ctx *c, size_t i)
{
	static const char *const nouns[] = {
		"deliveries", "sales", "data", "figures", "shipments", "exports",
		"imports", "output", "numbers", "results", "orders", "payrolls",
		"inflation", "registrations", "volumes", "revenue", "revenues",
		"production", "readings", "reading", "retail", "trade", "jobs", NULL,
	};
	static const char *const ended[] = { "ended", "ending", NULL };
	static const char *const expect[] = { "expect", "expects", "expected", NULL };
	const nf_dtok *n = T(c, i + 1);

	if (name_before(c, i))
		return false;
	if ((n->type == DT_PUNCT && (n->cp == '\'' || n->cp == 0x2019)) || glued(c, i + 1))
		return false;
	if (n->type == DT_WORD && !(n->flags & (DF_CAP | DF_UPPER)) && word_in(c, i + 1, nouns))
		return true;
	if (i > 0 && word_in(c, i - 1, ended))
		return true;
	if (i > 0 && word_in(c, i - 1, expect) && is_w(c, i + 1, W_TO)) {
		for (size_t k = 0; k < c->nt; k++)
			if (c->t[k].type == DT_NUM)
				return true;
	}
	return false;
}

/*
 * A month name at i and what follows: "May 21", "July 9, 2017", "Jul. 9",
 * "July 9th", "July 2017", "March of 2019", "May 18-20", or the month alone
 * where the context makes it a date ("As of September", "in March").
 */
static bool
rule_month(const struct ctx *c, size_t i, struct pd *p, bool alone_ok)
{
	const nf_dtok *t = T(c, i);
	int m = month_of_id(t->id), y;
	size_t j = i + 1, k;

	if (!is_month_tok(c, i))
		return false;
	if (glued(c, i) && i > 0 && (T(c, i - 1)->type == DT_WORD ||
	    T(c, i - 1)->type == DT_NUM))
		return false;
	if (glued(c, j) && (T(c, j)->type == DT_WORD || T(c, j)->type == DT_OTHER))
		return false;
	if ((t->flags & DF_ABBR) && is_p(c, j, '.') && glued(c, j))
		j++;
	pd_init(p, i, G_MONTH);
	p->m = m;
	/* "the March quarter": a quarter named by its last month */
	if (m % 3 == 0 && is_w(c, j, W_QUARTER) && !(T(c, j)->flags & DF_PLURAL) &&
	    !(t->flags & DF_ABBR) && !glued(c, j + 1) && !(i > 0 && (is_dash(c, i - 1) ||
	    is_w(c, i - 1, W_TO) || is_w(c, i - 1, W_THROUGH) || is_w(c, i - 1, W_AND)))) {
		if (prev_id(c, i) == W_THE)
			p->ts = i - 1;
		p->g = G_QUARTER;
		p->q = m / 3;
		p->te = j + 1;
		if (is_w(c, j + 1, W_OF) && year_num(c, j + 2) && right_clean(c, j + 3)) {
			p->y = (int)T(c, j + 2)->val;
			p->te = j + 3;
		} else {
			p->infer = INF_YEAR;
		}
		return true;
	}
	/* Month D [,] [YYYY] */
	if (small_num(c, j, 1, 31) && !glued(c, j) && right_clean(c, j + 1 + ord_suffix(c, j)) &&
	    !is_w(c, j + 1, W_COUNTED) && !is_p(c, j + 1, '%')) {
		size_t e = j + 1 + ord_suffix(c, j);
		int d = (int)T(c, j)->val;
		/* day range "May 18-20" */
		if (is_dash(c, e) && small_num(c, e + 1, d + 1, 31) && right_clean(c, e + 2))
			return false;  /* left to rule_en_range_days */
		/* "May 2025" reads as month-year, handled below */
		p->g = G_DAY;
		p->d = d;
		p->te = e;
		if ((k = year_after(c, e, &y)) > 0) {
			p->y = y;
			p->te = e + k;
			if (!nf_ymd_valid(y, m, d))
				return false;
		} else {
			if (!nf_ymd_valid(2024, m, d))
				return false;
			p->infer = INF_YEAR;
		}
		return true;
	}
	/* Month [of] YYYY */
	k = j;
	if (is_w(c, k, W_OF))
		k++;
	if (year_num(c, k) && right_clean(c, k + 1) && !is_w(c, k + 1, W_COUNTED)) {
		p->y = (int)T(c, k)->val;
		p->te = k + 1;
		return true;
	}
	if (is_p(c, k, ',') && year_num(c, k + 1) && right_clean(c, k + 2) &&
	    !is_w(c, k + 2, W_COUNTED)) {
		p->y = (int)T(c, k + 1)->val;
		p->te = k + 2;
		return true;
	}
	/* the month alone */
	if (t->flags & DF_ABBR)
		return false;
	if (!alone_ok) {
		int pid = prev_id(c, i);
		if (pid == W_EVERY || pid == W_EACH)
			return false;
		bool cue = (date_cue(pid) && (m != 5 || (pid != W_BETWEEN && pid != W_FROM))) ||
		    (pid == W_OF && m != 5 && i >= 2) || (pid == W_TO && m != 5) ||
		    (pid == W_AND && m != 5);
		/* "the March sessions": the month before a lower-case noun */
		if (pid == W_THE && m != 5 && T(c, j)->type == DT_WORD &&
		    !(T(c, j)->flags & (DF_CAP | DF_UPPER)) && T(c, j)->id != W_OF)
			cue = true;
		if (!cue && month_modifier(c, i))
			cue = true;
		if (!cue && (ambiguous_month(m) || name_before(c, i)))
			return false;
		if (!cue && m == 7 && !at_clause_start(c, i))
			return false;
	}
	if (ambiguous_month(m) && T(c, j)->type == DT_WORD && (T(c, j)->flags & DF_CAP) &&
	    T(c, j)->id == W_NONE)
		return false;  /* "May Day", "April Jones" */
	if (T(c, j)->type == DT_PUNCT && (T(c, j)->cp == 0x2019 || T(c, j)->cp == '\'') &&
	    glued(c, j) && !is_w(c, j + 1, W_S))
		return false;
	p->infer = INF_YEAR;
	return true;
}

/* "9 July 2017", "9th July", "21st of May", "9 Jul. 2017" at a number. */
static bool
rule_day_month(const struct ctx *c, size_t i, struct pd *p)
{
	size_t j, k;
	int d, m, y;

	if (!small_num(c, i, 1, 31) || !left_clean(c, i))
		return false;
	d = (int)T(c, i)->val;
	j = i + 1 + ord_suffix(c, i);
	if (is_w(c, j, W_OF) && ord_suffix(c, i))
		j++;
	if (!is_month_tok(c, j) || glued(c, j))
		return false;
	m = T(c, j)->id;
	if (glued(c, j + 1) && (T(c, j + 1)->type == DT_WORD || T(c, j + 1)->type == DT_OTHER))
		return false;
	pd_init(p, i, G_DAY);
	p->m = m;
	p->d = d;
	p->te = j + 1;
	if ((T(c, j)->flags & DF_ABBR) && is_p(c, j + 1, '.') && glued(c, j + 1))
		p->te++;
	if ((k = year_after(c, p->te, &y)) > 0) {
		p->y = y;
		p->te += k;
		return nf_ymd_valid(y, m, d);
	}
	/* "Model 3 May ..." is no date; a lone "5 May" needs the month named in
	 * full or abbreviated with a capital, which is_month_tok checked */
	if (!nf_ymd_valid(2024, m, d))
		return false;
	p->infer = INF_YEAR;
	return true;
}

/* Day ranges: "9-11 July 2017", "May 18-20", "July 9 to 11"? (dash only). */
static bool
rule_en_range_days(const struct ctx *c, size_t i, struct pd *a, struct pd *b)
{
	size_t j, k;
	int m, y, d1, d2;

	if (small_num(c, i, 1, 31) && left_clean(c, i) && is_dash(c, i + 1) &&
	    small_num(c, i + 2, 1, 31) && is_month_tok(c, i + 3) && !glued(c, i + 3)) {
		d1 = (int)T(c, i)->val;
		d2 = (int)T(c, i + 2)->val;
		m = T(c, i + 3)->id;
		j = i + 4;
	} else if (is_month_tok(c, i) && small_num(c, i + 1, 1, 31) && !glued(c, i + 1) &&
	    is_dash(c, i + 2) && small_num(c, i + 3, 1, 31) && right_clean(c, i + 4)) {
		m = T(c, i)->id;
		d1 = (int)T(c, i + 1)->val;
		d2 = (int)T(c, i + 3)->val;
		j = i + 4;
	} else {
		return false;
	}
	if (d2 <= d1)
		return false;
	pd_init(a, i, G_DAY);
	a->m = m;
	a->d = d1;
	if ((k = year_after(c, j, &y)) > 0) {
		a->y = y;
		j += k;
		if (!nf_ymd_valid(y, m, d2))
			return false;
	} else {
		if (!nf_ymd_valid(2024, m, d2))
			return false;
		a->infer = INF_YEAR;
	}
	infer(c, a);
	*b = *a;
	b->d = d2;
	a->te = b->te = j;
	return true;
}

/* Weekday d (1 Monday .. 7 Sunday) relative to the anchor. how: 0 on or
 * before (news "on Friday"), -1 strictly before, +1 strictly after, 2 in
 * the anchor's ISO week, -2 in the week before, +3 in the week after. */
static long
weekday_day(const struct ctx *c, int wd, int how)
{
	int aw = nf_weekday(c->aday);
	long monday = c->aday - (aw - 1);

	switch (how) {
	case 0: return c->aday - ((aw - wd + 7) % 7);
	case -1: return c->aday - ((aw - wd + 7) % 7 == 0 ? 7 : (aw - wd + 7) % 7);
	case 1: return c->aday + ((wd - aw + 7) % 7 == 0 ? 7 : (wd - aw + 7) % 7);
	case 2: return monday + wd - 1;
	case -2: return monday - 7 + wd - 1;
	default: return monday + 7 + wd - 1;
	}
}

static void
set_weekday(const struct ctx *c, struct pd *p, int wd, int how)
{
	p->kind = NF_DATE_RELATIVE;
	if (!need_anchor(c, p)) {
		p->g = G_DAY;
		return;
	}
	set_day(p, weekday_day(c, wd, how));
}

static bool rule_en_date(const struct ctx *c, size_t i, struct pd *p);

/* "Friday", "on Tuesday", "Tuesday, January 28", "Friday 9 July 2017". */
static bool
rule_weekday(const struct ctx *c, size_t i, struct pd *p)
{
	size_t j = i + 1;
	int pid;

	if (!is_weekday_tok(c, i))
		return false;
	if (glued(c, j) && (T(c, j)->type == DT_WORD || T(c, j)->type == DT_OTHER))
		return false;
	if (is_p(c, j, ','))
		j++;
	if ((is_month_tok(c, j) || small_num(c, j, 1, 31)) && rule_en_date(c, j, p) &&
	    p->g == G_DAY) {
		p->ts = i;
		return true;
	}
	pid = prev_id(c, i);
	if (pid == W_EVERY || pid == W_EACH || pid == W_A || pid == W_AN || name_before(c, i))
		return false;
	pd_init(p, i, G_DAY);
	set_weekday(c, p, T(c, i)->id - W_MON + 1, 0);
	return true;
}

/* "yesterday", "today", "tomorrow", "tonight" (+ "morning" ...). */
static bool
rule_en_deictic_day(const struct ctx *c, size_t i, struct pd *p)
{
	int id = word_id(c, i), off;

	switch (id) {
	case W_YESTERDAY: off = -1; break;
	case W_TODAY: case W_TONIGHT: off = 0; break;
	case W_TOMORROW: off = 1; break;
	default: return false;
	}
	if (glued(c, i + 1) && T(c, i + 1)->type == DT_WORD)
		return false;
	if (T(c, i)->flags & DF_CAP) {
		/* "the Today programme", "USA Today" */
		if (prev_id(c, i) == W_THE || name_before(c, i))
			return false;
	}
	pd_init(p, i, G_DAY);
	p->kind = NF_DATE_RELATIVE;
	int nid = word_id(c, i + 1);
	if (id != W_TONIGHT && (nid == W_MORNING || nid == W_AFTERNOON || nid == W_EVENING ||
	    nid == W_NIGHT))
		p->te = i + 2;
	if (need_anchor(c, p))
		set_day(p, c->aday + off);
	return true;
}

/* ---- English relative expressions ------------------------------------ */

static void
set_rel_month(const struct ctx *c, struct pd *p, int off)
{
	p->kind = NF_DATE_RELATIVE;
	p->g = G_MONTH;
	if (need_anchor(c, p)) {
		nf_ymd m = nf_add_months((nf_ymd){ c->a.y, c->a.m, 1 }, off);
		p->y = m.y;
		p->m = m.m;
	}
}

static void
set_rel_year(const struct ctx *c, struct pd *p, int off)
{
	p->kind = NF_DATE_RELATIVE;
	p->g = G_YEAR;
	if (need_anchor(c, p))
		p->y = c->a.y + off;
}

static void
set_rel_quarter(const struct ctx *c, struct pd *p, int off)
{
	p->kind = NF_DATE_RELATIVE;
	p->g = G_QUARTER;
	if (need_anchor(c, p)) {
		long qi = (long)c->a.y * 4 + (c->a.m - 1) / 3 + off;
		p->y = (int)floordiv(qi, 4);
		p->q = (int)(qi - (long)p->y * 4) + 1;
	}
}

/* Season s of the anchor's year ("this summer"), or the last/next one. */
static void
set_rel_season(const struct ctx *c, struct pd *p, int s, int how)
{
	int sy, cur;
	long na, n;

	p->kind = NF_DATE_RELATIVE;
	p->g = G_SEASON;
	p->q = s;
	if (!need_anchor(c, p))
		return;
	season_of(c->a, &sy, &cur);
	na = (long)sy * 4 + cur;
	if (how == 0) {
		p->y = (s == 3 && c->a.m <= 2) ? c->a.y - 1 : c->a.y;
		return;
	}
	if (how < 0) {
		long k = ((na - s) % 4 + 4) % 4;
		n = na - (k == 0 ? 4 : k);
	} else {
		long k = ((s - na) % 4 + 4) % 4;
		n = na + (k == 0 ? 4 : k);
	}
	p->y = (int)floordiv(n, 4);
}

static int
season_id(int id)
{
	if (id >= W_SPRING && id <= W_WINTER)
		return id - W_SPRING;
	if (id == W_FALL)
		return 2;
	return -1;
}

/*
 * "last week", "this month", "next year", "last Friday", "next March",
 * "this summer", "last night", "the past three years" (a duration), "the
 * next decade" (a duration).
 */
static bool
rule_en_lastnext(const struct ctx *c, size_t i, struct pd *p)
{
	int id = word_id(c, i), how, nid, s;
	bool the = prev_id(c, i) == W_THE;
	size_t j = i + 1, k;
	long tenths;
	enum unit u;
	int mult;

	switch (id) {
	case W_LAST: how = -1; break;
	case W_THIS: how = 0; break;
	case W_NEXT: how = 1; break;
	case W_PAST: case W_COMING: how = 9; break;
	default: return false;
	}
	/* "the past three years", "last 12 months", "next two weeks" */
	if ((k = en_amount(c, j, false, &tenths)) > 0 && (u = en_unit(c, k, &mult)) != U_NONE &&
	    (T(c, k)->flags & DF_PLURAL)) {
		pd_init(p, the ? i - 1 : i, G_DUR);
		p->te = k + 1;
		dur_format(p->dur, sizeof p->dur, tenths * mult, u);
		return true;
	}
	nid = word_id(c, j);
	if (glued(c, j + 1) && T(c, j + 1)->type == DT_WORD)
		return false;
	/* "the past week", "the next decade": a duration */
	if ((the || how == 9) && (u = en_unit(c, j, &mult)) != U_NONE &&
	    !(T(c, j)->flags & DF_PLURAL) && u <= U_D) {
		pd_init(p, the ? i - 1 : i, G_DUR);
		p->te = j + 1;
		dur_format(p->dur, sizeof p->dur, 10L * mult, u);
		return true;
	}
	if (the || how == 9)
		return false;
	pd_init(p, i, G_DAY);
	p->te = j + 1;
	p->kind = NF_DATE_RELATIVE;
	switch (nid) {
	case W_WEEK:
		p->g = G_WEEK;
		if (need_anchor(c, p))
			set_week(p, c->aday + 7 * how, G_WEEK);
		return true;
	case W_WEEKEND:
		p->g = G_WEEKEND;
		if (need_anchor(c, p))
			set_week(p, c->aday + 7 * how, G_WEEKEND);
		return true;
	case W_MONTH:
		set_rel_month(c, p, how);
		return true;
	case W_YEAR:
		set_rel_year(c, p, how);
		return true;
	case W_QUARTER:
		set_rel_quarter(c, p, how);
		return true;
	case W_NIGHT:
		if (how > 0)
			return false;
		if (need_anchor(c, p))
			set_day(p, c->aday + (how < 0 ? -1 : 0));
		return true;
	default:
		break;
	}
	if (is_weekday_tok(c, j)) {
		set_weekday(c, p, T(c, j)->id - W_MON + 1, how == 0 ? 2 : how);
		return true;
	}
	if (is_month_tok(c, j) && !(T(c, j)->flags & DF_ABBR)) {
		int m = T(c, j)->id;
		p->g = G_MONTH;
		p->m = m;
		if (need_anchor(c, p)) {
			if (how == 0)
				p->y = c->a.y;
			else if (how < 0)
				p->y = c->a.m > m ? c->a.y : c->a.y - 1;
			else
				p->y = c->a.m < m ? c->a.y : c->a.y + 1;
		}
		return true;
	}
	if ((s = season_id(nid)) >= 0) {
		set_rel_season(c, p, s, how);
		return true;
	}
	return false;
}

/* "early 2025", "mid-2026", "late March", "early next year", "earlier
 * this month", "later this year", "mid-1990s". */
static bool
rule_en_mod(const struct ctx *c, size_t i, struct pd *p)
{
	int id = word_id(c, i);
	size_t j = i + 1;

	if (id != W_EARLY && id != W_LATE && id != W_MID && id != W_EARLIER && id != W_LATER)
		return false;
	if (is_dash(c, j) && glued(c, j) && glued(c, j + 1))
		j++;
	else if (id == W_MID)
		return false;
	if (is_w(c, j, W_THIS) || is_w(c, j, W_NEXT) || is_w(c, j, W_LAST)) {
		if (!rule_en_lastnext(c, j, p) || p->g == G_DUR || p->g == G_DAY)
			return false;
		p->ts = i;
		return true;
	}
	if (id == W_EARLIER || id == W_LATER)
		return false;
	if (year_num(c, j) && right_clean(c, j + 1) && !is_w(c, j + 1, W_COUNTED)) {
		pd_init(p, i, G_YEAR);
		p->y = (int)T(c, j)->val;
		p->te = j + 1;
		if (is_w(c, j + 1, W_S) && glued(c, j + 1) && p->y % 10 == 0) {
			p->g = G_DECADE;
			p->te = j + 2;
		}
		return true;
	}
	if (year_num(c, j) && is_w(c, j + 1, W_S) && glued(c, j + 1) && T(c, j)->val % 10 == 0) {
		pd_init(p, i, G_DECADE);
		p->y = (int)T(c, j)->val;
		p->te = j + 2;
		return true;
	}
	if (is_month_tok(c, j) && rule_month(c, j, p, true)) {
		p->ts = i;
		return true;
	}
	return false;
}

/* What "of X" refers to after "the end of": a year, a month, "the year",
 * "this/next/last year|month". */
static bool
of_target(const struct ctx *c, size_t j, struct pd *p)
{
	if (year_num(c, j) && right_clean(c, j + 1) && !is_w(c, j + 1, W_COUNTED)) {
		pd_init(p, j, G_YEAR);
		p->y = (int)T(c, j)->val;
		return true;
	}
	if (is_month_tok(c, j))
		return rule_month(c, j, p, true);
	if (is_w(c, j, W_THE) && (is_w(c, j + 1, W_YEAR) || is_w(c, j + 1, W_MONTH)) &&
	    !(T(c, j + 1)->flags & DF_PLURAL)) {
		pd_init(p, j, G_YEAR);
		p->te = j + 2;
		if (is_w(c, j + 1, W_YEAR))
			set_rel_year(c, p, 0);
		else
			set_rel_month(c, p, 0);
		return true;
	}
	if (is_w(c, j, W_THIS) || is_w(c, j, W_NEXT) || is_w(c, j, W_LAST))
		return rule_en_lastnext(c, j, p) && p->g != G_DUR;
	return false;
}

/* "the end of 2025", "end of next year", "the beginning of March",
 * "the rest of the year", "by end-2025". */
static bool
rule_en_endof(const struct ctx *c, size_t i, struct pd *p)
{
	size_t j = i;
	int id;

	if (is_w(c, j, W_THE))
		j++;
	id = word_id(c, j);
	if (id != W_END && id != W_START && id != W_BEGINNING && id != W_MIDDLE &&
	    id != W_REST && id != W_TURN)
		return false;
	j++;
	if (is_w(c, j, W_OF)) {
		if (!of_target(c, j + 1, p))
			return false;
	} else if (id == W_END && j == i + 1 && is_dash(c, j) && glued(c, j) && glued(c, j + 1)) {
		if (!of_target(c, j + 1, p) || p->g == G_DAY)
			return false;
	} else {
		return false;
	}
	if (p->g == G_DUR)
		return false;
	p->ts = i;
	return true;
}

/* Whether the sentence talks business (a "%", a currency sign, "profit",
 * "sales" ...): then a bare "the first half" is a half year, not a match's. */
static bool
business_context(const struct ctx *c)
{
	for (size_t i = 0; i < c->nt; i++) {
		const nf_dtok *t = &c->t[i];
		if (t->type == DT_WORD && (t->id == W_BIZ || t->id == W_COUNTED))
			return true;
		if (t->type == DT_PUNCT && (t->cp == '%' || is_currency_cp(t->cp)))
			return true;
	}
	return false;
}

/*
 * A quarter named by its last month: "the quarter ended March 31", "the
 * quarter to June", "the quarter ending September 30, 2024".  i is
 * at "the"; the month must end a calendar quarter, the day (if any) be
 * its last.
 */
static bool
rule_en_quarter_ended(const struct ctx *c, size_t i, struct pd *p)
{
	static const char *const verbs[] = { "ended", "ending", "to", "through", NULL };
	size_t j = i + 1, k;
	int m, y;

	/* "the three months to March 31" stays a duration and a date */
	if (is_w(c, j, W_QUARTER) && !(T(c, j)->flags & DF_PLURAL))
		j++;
	else
		return false;
	if (!word_in(c, j, verbs) || !is_month_tok(c, j + 1) || (T(c, j + 1)->flags & DF_ABBR))
		return false;
	m = T(c, j + 1)->id;
	if (m % 3 != 0)
		return false;
	k = j + 2;
	if (small_num(c, k, 28, 31) && !glued(c, k)) {
		if ((int)T(c, k)->val != nf_days_in_month(2023, m))
			return false;
		k++;
	}
	pd_init(p, i, G_QUARTER);
	p->q = m / 3;
	if (glued(c, k) && T(c, k)->type == DT_WORD)
		return false;
	if ((j = year_after(c, k, &y)) > 0) {
		p->y = y;
		k += j;
	} else {
		p->infer = INF_YEAR;
	}
	p->te = k;
	return true;
}

/* Quarters and halves: "Q3 2024", "Q1", "the first quarter", "third-quarter",
 * "the fourth quarter of 2024", "H1 2026", "the first half of 2025". */
static bool
rule_en_quarter(const struct ctx *c, size_t i, struct pd *p)
{
	size_t j = i, k;
	int n = 0, y = 0, id;
	bool half = false, the = false;

	if (is_w(c, j, W_THE)) {
		the = true;
		j++;
	}
	if (the && rule_en_quarter_ended(c, i, p))
		return true;
	id = word_id(c, j);
	if ((id == W_Q || id == W_H) && !the && (T(c, j)->flags & DF_CAP) &&
	    T(c, j + 1)->type == DT_NUM && glued(c, j + 1) && T(c, j + 1)->ndig == 1 &&
	    T(c, j + 1)->val >= 1 && T(c, j + 1)->val <= (id == W_Q ? 4 : 2) &&
	    (i == 0 || !glued(c, i) || T(c, i - 1)->type == DT_PUNCT)) {
		half = id == W_H;
		n = (int)T(c, j + 1)->val;
		k = j + 2;
		if (glued(c, k) && (T(c, k)->type == DT_WORD || T(c, k)->type == DT_NUM ||
		    is_dash(c, k)) && !(is_dash(c, k) && year_num(c, k + 1)))
			return false;
		if (is_dash(c, k) || is_p(c, k, '/'))
			k++;
		if (year_num(c, k) && right_clean(c, k + 1)) {
			y = (int)T(c, k)->val;
			k++;
		} else if (is_w(c, k, W_OF) && year_num(c, k + 1) && right_clean(c, k + 2)) {
			y = (int)T(c, k + 1)->val;
			k += 2;
		} else if (half || !right_clean(c, k)) {
			return false;
		}
	} else {
		switch (id) {
		case W_FIRST: n = 1; break;
		case W_SECOND: n = 2; break;
		case W_THIRD: n = 3; break;
		case W_FOURTH: case W_FINAL: n = 4; break;
		default: return false;
		}
		j++;
		if (is_dash(c, j) && glued(c, j))
			j++;
		if (is_w(c, j, W_HALF) && n <= 2)
			half = true;
		else if (!is_w(c, j, W_QUARTER) || (T(c, j)->flags & DF_PLURAL))
			return false;
		k = j + 1;
		if (is_w(c, k, W_OF)) {
			struct pd t;
			if (!of_target(c, k + 1, &t) || t.g != G_YEAR)
				return false;
			pd_init(p, i, half ? G_HALF : G_QUARTER);
			p->q = n;
			p->y = t.y;
			p->kind = t.kind;
			p->used_anchor = t.used_anchor;
			p->unresolved = t.unresolved;
			p->note = t.note;
			p->te = t.te;
			return true;
		}
		if (id == W_FINAL)
			return false;
		/* "in the second half": a half year only in business text */
		if (half && !(the && (T(c, k)->type != DT_WORD || !(T(c, k)->flags & DF_CAP)) &&
		    !is_w(c, k, W_OF) && business_context(c)))
			return false;
	}
	pd_init(p, i, half ? G_HALF : G_QUARTER);
	p->q = n;
	p->te = k;
	if (y)
		p->y = y;
	else
		p->infer = INF_YEAR;
	return true;
}

/* Seasons: "summer 2024", "the summer of 2019", "in the summer", "in spring". */
static bool
rule_en_season(const struct ctx *c, size_t i, struct pd *p)
{
	size_t j = i;
	int s, pid;
	bool the = false;

	if (is_w(c, j, W_THE)) {
		the = true;
		j++;
	}
	if ((s = season_id(word_id(c, j))) < 0)
		return false;
	if (glued(c, j + 1) && T(c, j + 1)->type == DT_WORD)
		return false;
	pd_init(p, i, G_SEASON);
	p->q = s;
	p->te = j + 1;
	if (year_num(c, j + 1) && right_clean(c, j + 2)) {
		p->y = (int)T(c, j + 1)->val;
		p->te = j + 2;
		return true;
	}
	if (is_w(c, j + 1, W_OF) && year_num(c, j + 2) && right_clean(c, j + 3)) {
		p->y = (int)T(c, j + 2)->val;
		p->te = j + 3;
		return true;
	}
	pid = prev_id(c, i);
	if (!(pid == W_IN || pid == W_DURING || pid == W_OVER || pid == W_BY ||
	    pid == W_UNTIL || pid == W_SINCE || pid == W_THROUGH || pid == W_THROUGHOUT ||
	    pid == W_BEFORE || pid == W_AFTER))
		return false;
	if (s == 2 && word_id(c, j) == W_FALL && !the)
		return false;
	if (is_w(c, j + 1, W_OF) || (T(c, j + 1)->type == DT_WORD &&
	    (T(c, j + 1)->flags & DF_CAP)))
		return false;  /* "the fall of Rome", "Spring Festival" */
	p->infer = INF_YEAR;  /* the nearest such season, as for a month */
	return true;
}

/* Decades: "the 1990s", "1990s", "the 1990's", "the '90s". */
static bool
rule_en_decade(const struct ctx *c, size_t i, struct pd *p)
{
	size_t j = i;
	int y;

	if (is_w(c, j, W_THE))
		j++;
	if ((is_p(c, j, '\'') || is_p(c, j, 0x2019)) && T(c, j + 1)->type == DT_NUM &&
	    T(c, j + 1)->ndig == 2 && T(c, j + 1)->val % 10 == 0 && glued(c, j + 1) &&
	    is_w(c, j + 2, W_S) && glued(c, j + 2)) {
		y = (int)T(c, j + 1)->val;
		y += y >= 30 ? 1900 : 2000;
		j += 3;
	} else if (year_num(c, j) && T(c, j)->val % 10 == 0 && left_clean(c, j)) {
		y = (int)T(c, j)->val;
		j++;
		if ((is_p(c, j, '\'') || is_p(c, j, 0x2019)) && glued(c, j))
			j++;
		if (!is_w(c, j, W_S) || !glued(c, j))
			return false;
		j++;
	} else {
		return false;
	}
	if (glued(c, j) && (T(c, j)->type == DT_WORD || T(c, j)->type == DT_NUM))
		return false;
	pd_init(p, i, G_DECADE);
	p->y = y;
	p->te = j;
	return true;
}

/* Numeric dates: "2017-07-09", "2025/5/21", "2025.05.21" (year first),
 * "09/07/2017", "7/9/2017", "21.05.2025" (order from opts). */
static bool
rule_numeric(const struct ctx *c, size_t i, struct pd *p)
{
	const nf_dtok *a = T(c, i), *b = T(c, i + 2), *d = T(c, i + 4);
	uint32_t sep;
	int y, m, dd;

	if (a->type != DT_NUM || b->type != DT_NUM || d->type != DT_NUM)
		return false;
	if (T(c, i + 1)->type != DT_PUNCT || !is_p(c, i + 3, T(c, i + 1)->cp))
		return false;
	sep = T(c, i + 1)->cp;
	if (sep != '-' && sep != '/' && sep != '.' && sep != 0xFF0F && sep != 0xFF0D)
		return false;
	if (!glued(c, i + 1) || !glued(c, i + 2) || !glued(c, i + 3) || !glued(c, i + 4))
		return false;
	if (!left_clean(c, i))
		return false;
	pd_init(p, i, G_DAY);
	p->te = i + 5;
	p->te += time_after(c, p->te, p);
	if (!right_clean(c, p->te))
		return false;
	if (a->ndig == 4 && b->ndig <= 2 && d->ndig <= 2) {
		y = (int)a->val;
		m = (int)b->val;
		dd = (int)d->val;
		if (sep == '-' && (b->ndig != 2 || d->ndig != 2) && c->o->order != NF_ORDER_YMD) {
			if (!nf_ymd_valid(y, m, dd))
				return false;
		}
	} else if (a->ndig <= 2 && b->ndig <= 2 && (d->ndig == 4 || (d->ndig == 2 && sep == '/'))) {
		int x = (int)a->val, z = (int)b->val;
		y = (int)d->val;
		if (d->ndig == 2)
			y += y < 50 ? 2000 : 1900;
		switch (c->o->order) {
		case NF_ORDER_DMY: dd = x; m = z; break;
		case NF_ORDER_MDY: m = x; dd = z; break;
		default:
			if (x > 12 && z <= 12) {
				dd = x; m = z;
			} else if (z > 12 && x <= 12) {
				m = x; dd = z;
			} else if (sep == '.') {
				dd = x; m = z;
				if (x != z)
					p->note = "day-month order assumed";
			} else {
				m = x; dd = z;
				if (x != z)
					p->note = "month-day order assumed";
			}
			break;
		}
	} else {
		return false;
	}
	if (y < 1000 || !nf_ymd_valid(y, m, dd))
		return false;
	p->y = y;
	p->m = m;
	p->d = dd;
	return true;
}

/* Year ranges: "2026-2030", "2017–18", "2017/18", "(2026-2030)", "2026—2030年". */
static bool
rule_year_range(const struct ctx *c, size_t i, struct pd *a, struct pd *b)
{
	const nf_dtok *x = T(c, i), *z = T(c, i + 2);
	int y1, y2;
	size_t e = i + 3;

	if (!year_num(c, i) || !(is_dash(c, i + 1) || is_p(c, i + 1, '/')) ||
	    z->type != DT_NUM || !left_clean(c, i))
		return false;
	if ((T(c, i + 1)->flags & DF_SPACE) != (z->flags & DF_SPACE))
		return false;
	y1 = (int)x->val;
	if (z->ndig == 4)
		y2 = (int)z->val;
	else if (z->ndig == 2)
		y2 = y1 / 100 * 100 + (int)z->val;
	else
		return false;
	if (y2 <= y1 || y2 - y1 > 100 || y2 > 2999)
		return false;
	if (z->ndig == 2 && y2 - y1 > 10)
		return false;
	if (is_h(c, e, H_NIAN)) {
		e++;
		if (is_h(c, e, H_DU))
			e++;
	} else if (!right_clean(c, e) || is_w(c, e, W_COUNTED)) {
		return false;
	}
	/* "2019-2021-3344" is a number, not a range */
	if ((is_dash(c, e) || is_p(c, e, '/')) && glued(c, e))
		return false;
	pd_init(a, i, G_YEAR);
	a->y = y1;
	a->te = e;
	*b = *a;
	b->y = y2;
	return true;
}

/*
 * A year as the object of a verb at the end of a clause: "will not survive
 * 2026.", "must-haves that will dominate 2006,".  The word before is a
 * lower-case word the lexer does not know (so no cue, unit, function or
 * version word) and not one that counts ("reached", "some", "at least"),
 * and the year ends the clause: precision first, a count at the end of a
 * clause written without a thousands comma is rare in news but not absent.
 */
static bool
year_as_object(const struct ctx *c, size_t i)
{
	static const char *const counting[] = {
		"reach", "reached", "reaches", "hit", "hits", "total", "totals",
		"totalled", "totaled", "exceed", "exceeded", "exceeds", "top", "topped",
		"tops", "surpassed", "numbered", "employ", "employs", "employed",
		"scored", "recorded", "registered", "counted", "sold", "cost", "costs",
		"paid", "grossed", "attracted", "drew", "averaged", "received",
		"some", "just", "only", "roughly", "approximately", "exactly", "least",
		"most", "estimated", "another", "additional", "extra", "approx",
	};
	const nf_dtok *p, *n = T(c, i + 1);
	size_t len;

	if (i == 0 || T(c, i)->val < 1900 || T(c, i)->val > 2100 || !(T(c, i)->flags & DF_SPACE))
		return false;
	p = T(c, i - 1);
	len = p->e - p->s;
	if (p->type != DT_WORD || p->id != W_NONE || (p->flags & (DF_CAP | DF_UPPER)) || len < 3)
		return false;
	if (!(n->type == DT_END || (n->type == DT_PUNCT && (n->cp == '.' || n->cp == '!' ||
	    n->cp == '?' || n->cp == ';' || n->cp == ',' || n->cp == ')' || n->cp == '"' ||
	    n->cp == 0x201D || n->cp == 0x2019))))
		return false;
	for (size_t k = 0; k < sizeof counting / sizeof counting[0]; k++)
		if (strlen(counting[k]) == len && strncmp(c->s + p->s, counting[k], len) == 0)
			return false;
	return true;
}

/* Whether a lone four-digit year at i is used as a date by its context. */
static bool
year_in_context(const struct ctx *c, size_t i)
{
	int pid = prev_id(c, i), nid = word_id(c, i + 1);
	const nf_dtok *n = T(c, i + 1);

	if (!left_clean(c, i) || !right_clean(c, i + 1))
		return false;
	if (nid == W_COUNTED || nid == W_VERSION)
		return false;
	if (date_cue(pid) && pid != W_EARLY && pid != W_LATE)
		return true;
	if (pid == W_OF && i >= 2 && is_w(c, i - 2, W_AS))
		return true;  /* "as of 2019" */
	if ((pid == W_YEAR && !(T(c, i - 1)->flags & DF_PLURAL)) || pid == W_FISCAL)
		return true;
	/* "notes due 2030", "bonds maturing 2031" */
	if (i > 0 && word_in(c, i - 1, (const char *const[]){ "due", "maturing", "matures",
	    "expiring", "expires", NULL }) && T(c, i)->val >= 1900 && T(c, i)->val <= 2100)
		return true;
	if ((pid == W_AROUND || pid == W_FOR || pid == W_ABOUT) &&
	    (n->type == DT_PUNCT || n->type == DT_END || (n->type == DT_WORD &&
	    n->id >= W_IN && n->id < W_EARLY)))
		return true;
	/* "(2019)" */
	if (i > 0 && is_p(c, i - 1, '(') && is_p(c, i + 1, ')') && T(c, i)->val >= 1900 &&
	    T(c, i)->val <= 2100)
		return true;
	/* "the 2019 audit report", "Town's 2019 audit report" */
	if (pid == W_THE || pid == W_ITS || pid == W_THEIR || pid == W_HIS ||
	    pid == W_HER || pid == W_OUR ||
	    (pid == W_S && i >= 2 && (is_p(c, i - 2, '\'') || is_p(c, i - 2, 0x2019)))) {
		/* "the 2024 one": a year modifier of a pronoun */
		if (n->type == DT_WNUM && n->val == 1 && word_in(c, i + 1,
		    (const char *const[]){ "one", NULL }) && T(c, i)->val >= 1900 &&
		    T(c, i)->val <= 2100)
			return true;
		if (n->type != DT_WORD || nid == W_COUNTED)
			return false;
		if (n->flags & DF_CAP)
			return true;
		/* a singular noun: a plural after "the 2019" is more often counted */
		size_t len = n->e - n->s;
		return len >= 2 && c->s[n->e - 1] != 's';
	}
	return year_as_object(c, i);
}

/* The lone year rule: "in 2019", "by 2027", "the 2019 audit report". */
static bool
rule_year(const struct ctx *c, size_t i, struct pd *p)
{
	if (!year_num(c, i) || !year_in_context(c, i))
		return false;
	pd_init(p, i, G_YEAR);
	p->y = (int)T(c, i)->val;
	/* "2024 Q3" */
	if (is_w(c, i + 1, W_Q) && T(c, i + 2)->type == DT_NUM && glued(c, i + 2) &&
	    T(c, i + 2)->val >= 1 && T(c, i + 2)->val <= 4 && T(c, i + 2)->ndig == 1) {
		p->g = G_QUARTER;
		p->q = (int)T(c, i + 2)->val;
		p->te = i + 3;
	}
	return true;
}

/* Any English date or partial date starting at token i (no ranges). */
static bool
rule_en_date(const struct ctx *c, size_t i, struct pd *p)
{
	const nf_dtok *t = T(c, i);

	if (t->type == DT_NUM) {
		return rule_numeric(c, i, p) || rule_day_month(c, i, p) ||
		    rule_en_decade(c, i, p);
	}
	if (t->type == DT_WORD)
		return rule_month(c, i, p, false);
	return false;
}

/* ---- Chinese ---------------------------------------------------------- */

/* Optional spaces are allowed between Chinese date parts ("2025 年 5 月"). */

static bool
han_after(const struct ctx *c, size_t i, int id)
{
	return is_h(c, i, id);
}

/* The month/day continuation after a year: "5月21日", "3月", "上半年",
 * "一季度", "第三季度", "年底", "春季".  p has g G_YEAR and y set; j is
 * the token after 年.  Returns the new end. */
static size_t
zh_after_year(const struct ctx *c, size_t j, struct pd *p)
{
	/* month */
	if (md_num(c, j, 1, 12) && han_after(c, j + 1, H_YUE) && !is_h(c, j + 1, H_GE)) {
		p->g = G_MONTH;
		p->m = (int)T(c, j)->val;
		j += 2;
		if (is_h(c, j, H_FENN))
			j++;
		if (md_num(c, j, 1, 31) && (is_h(c, j + 1, H_RI) || is_h(c, j + 1, H_HAO))) {
			int d = (int)T(c, j)->val;
			if (p->y > 0 && !nf_ymd_valid(p->y, p->m, d))
				return j;
			p->g = G_DAY;
			p->d = d;
			j += 2;
			j += time_after(c, j, p);
		} else if (is_h(c, j, H_CHU) || is_h(c, j, H_DI) || is_h(c, j, H_MO)) {
			j++;
		}
		return j;
	}
	/* 上半年 下半年 */
	if ((is_h(c, j, H_SHANG) || is_h(c, j, H_XIA)) && is_h(c, j + 1, H_BAN) &&
	    is_h(c, j + 2, H_NIAN)) {
		p->g = G_HALF;
		p->q = is_h(c, j, H_SHANG) ? 1 : 2;
		return j + 3;
	}
	/* 一季度 第一季度 */
	{
		size_t k = j;
		if (is_h(c, k, H_DIORD))
			k++;
		if (md_num(c, k, 1, 4) && is_h(c, k + 1, H_JI) && is_h(c, k + 2, H_DU)) {
			p->g = G_QUARTER;
			p->q = (int)T(c, k)->val;
			return k + 3;
		}
	}
	/* 春季 夏天 ... */
	if ((is_h(c, j, H_CHUN) || is_h(c, j, H_XIAS) || is_h(c, j, H_QIU) ||
	    is_h(c, j, H_DONG)) && (is_h(c, j + 1, H_JI) || is_h(c, j + 1, H_TIAN))) {
		int id = T(c, j)->id;
		p->g = G_SEASON;
		p->q = id == H_CHUN ? 0 : id == H_XIAS ? 1 : id == H_QIU ? 2 : 3;
		return j + 2;
	}
	/* 年初 年底 年末 年度, and 今年年底 */
	if (is_h(c, j, H_CHU) || is_h(c, j, H_DI) || is_h(c, j, H_MO) || is_h(c, j, H_DU))
		return j + 1;
	if (is_h(c, j, H_NIAN) && (is_h(c, j + 1, H_CHU) || is_h(c, j + 1, H_DI) ||
	    is_h(c, j + 1, H_MO)) && p->kind == NF_DATE_RELATIVE)
		return j + 2;
	return j;
}

/* "2025年", "2025年5月21日", "二〇二五年", "2025年上半年", "2025 年 3 月 12 日 09:30". */
static bool
rule_zh_year(const struct ctx *c, size_t i, struct pd *p)
{
	const nf_dtok *t = T(c, i);

	if (t->type == DT_NUM && t->ndig == 2 && left_clean(c, i) && is_h(c, i + 1, H_NIAN) &&
	    ((t->flags & DF_LEADZERO) || (md_num(c, i + 2, 1, 12) && is_h(c, i + 3, H_YUE)))) {
		/* "09年", "98年5月": a year of this century or the last */
		if (i > 0 && (is_h(c, i - 1, H_DIORD) || is_h(c, i - 1, H_JINN)))
			return false;
		pd_init(p, i, G_YEAR);
		p->y = (int)t->val + (t->val < 50 ? 2000 : 1900);
		p->te = zh_after_year(c, i + 2, p);
		return true;
	}
	if (t->type == DT_NUM) {
		if (!year_num(c, i) || !left_clean(c, i))
			return false;
	} else if (t->type == DT_CNUM) {
		if (!(t->flags & DF_POSITIONAL) || t->val < 1000 || t->val > 2999)
			return false;
	} else {
		return false;
	}
	if (!is_h(c, i + 1, H_NIAN))
		return false;
	if (i > 0 && is_h(c, i - 1, H_DIORD))
		return false;
	/* 年代, 年级 */
	if (is_h(c, i + 2, H_DAI) || is_h(c, i + 2, H_JIG))
		return false;
	pd_init(p, i, G_YEAR);
	p->y = (int)t->val;
	p->te = zh_after_year(c, i + 2, p);
	return true;
}

/* "5月18日", "3月", "十二月", "5月18号" (no year: inferred). */
static bool
rule_zh_month(const struct ctx *c, size_t i, struct pd *p)
{
	const nf_dtok *t = T(c, i);

	if (!md_num(c, i, 1, 12) || !is_h(c, i + 1, H_YUE))
		return false;
	if (t->type == DT_NUM && !left_clean(c, i))
		return false;
	if (t->type == DT_CNUM && i > 0 && glued(c, i)) {
		/* "统一月度": a numeral glued to a word is not a month */
		const nf_dtok *pv = T(c, i - 1);
		if (pv->type == DT_HAN && pv->id != H_NIAN && pv->id != H_ZAI &&
		    pv->id != H_YU && pv->id != H_ZHI && pv->id != H_DAO &&
		    pv->id != H_CONG && pv->id != H_HE && pv->id != H_JIN && pv->id != H_QU &&
		    pv->id != H_MING)
			return false;
		if (pv->type == DT_OTHER || pv->type == DT_WORD)
			return false;
	}
	if (i > 0 && is_h(c, i - 1, H_DIORD))
		return false;
	/* "一月一次": once a month */
	if (T(c, i + 2)->type == DT_CNUM && is_h(c, i + 3, H_CI))
		return false;
	pd_init(p, i, G_YEAR);
	p->y = 0;
	p->te = zh_after_year(c, i, p);
	if (p->g != G_MONTH && p->g != G_DAY)
		return false;
	p->infer = INF_YEAR;
	return true;
}

/* "18日" alone: the day of the month nearest the anchor. */
static bool
rule_zh_day(const struct ctx *c, size_t i, struct pd *p)
{
	if (!small_num(c, i, 1, 31) || !is_h(c, i + 1, H_RI) || !left_clean(c, i))
		return false;
	if (i > 0 && (is_h(c, i - 1, H_JINN) || is_h(c, i - 1, H_GE) ||
	    is_h(c, i - 1, H_DIORD) || is_h(c, i - 1, H_YUE)))
		return false;  /* 近, 个, 第; after 月 an invalid day ("2月30日") */
	if (is_h(c, i + 2, H_NEI) || is_h(c, i + 2, H_YI) || is_h(c, i + 2, H_ZHIP) ||
	    is_h(c, i + 2, H_NIAN))
		return false;  /* 30日内, 7日年化 */
	pd_init(p, i, G_DAY);
	p->d = (int)T(c, i)->val;
	p->te = i + 2;
	p->infer = INF_MONTH;
	p->te += time_after(c, p->te, p);
	return true;
}

/* A Chinese unit of time at token j: its unit, multiplier and length. */
static enum unit
zh_unit(const struct ctx *c, size_t j, int *mult, size_t *len)
{
	*mult = 1;
	*len = 1;
	if (is_h(c, j, H_NIAN)) {
		if (is_h(c, j + 1, H_DAI) || is_h(c, j + 1, H_JIG) || is_h(c, j + 1, H_DU) ||
		    is_h(c, j + 1, H_CHU) || is_h(c, j + 1, H_DI) || is_h(c, j + 1, H_MO))
			return U_NONE;
		if (is_h(c, j + 1, H_JIHUA))
			return U_NONE;  /* 五年计划, 五年规划 */
		if (T(c, j + 1)->type == DT_CNUM && T(c, j + 1)->val == 1 && is_h(c, j + 2, H_DU))
			return U_NONE;  /* 一年一度: yearly */
		return U_Y;
	}
	if (is_h(c, j, H_GE) || (is_cp(c, j, 0x591A) && is_h(c, j + 1, H_GE))) {
		/* 多个月 (ten-odd months), read as the round number */
		size_t o = is_h(c, j, H_GE) ? 0 : 1;
		*len = 2 + o;
		if (is_h(c, j + 1 + o, H_YUE))
			return U_M;
		/* 个多月 */
		if (o == 0 && is_cp(c, j + 1, 0x591A) && is_h(c, j + 2, H_YUE)) {
			*len = 3;
			return U_M;
		}
		/* 个工作日: working days, counted as days */
		if (o == 0 && is_h(c, j + 1, H_GONG) && is_cp(c, j + 2, 0x4F5C) &&
		    is_h(c, j + 3, H_RI)) {
			*len = 4;
			return U_D;
		}
		if (o)
			return U_NONE;
		if (is_h(c, j + 1, H_XIAO) && is_h(c, j + 2, H_SHIH)) {
			*len = 3;
			return U_H;
		}
		if ((is_h(c, j + 1, H_XING) && is_h(c, j + 2, H_QI)) ||
		    (is_h(c, j + 1, H_LI) && is_h(c, j + 2, H_BAI))) {
			*len = 3;
			return U_W;
		}
		return U_NONE;
	}
	if (is_h(c, j, H_TIAN))
		return U_D;
	if (is_h(c, j, H_GONG) && is_cp(c, j + 1, 0x4F5C) && is_h(c, j + 2, H_RI)) {
		*len = 3;
		return U_D;  /* 工作日: working days, counted as days */
	}
	if (is_h(c, j, H_ZHOU)) {
		if (is_h(c, j + 1, H_NIAN) || is_h(c, j + 1, H_SUI))
			return U_NONE;  /* 周年, 周岁 */
		return U_W;
	}
	if (is_h(c, j, H_XIAO) && is_h(c, j + 1, H_SHIH)) {
		*len = 2;
		return U_H;
	}
	if (is_h(c, j, H_FEN) && is_h(c, j + 1, H_ZHONGB)) {
		*len = 2;
		return U_MIN;
	}
	if (is_h(c, j, H_MIAO))
		return U_S;
	if (is_h(c, j, H_RI) && (is_h(c, j + 1, H_NEI) || is_h(c, j + 1, H_NIAN) ||
	    (is_h(c, j + 1, H_YI) && is_h(c, j + 2, H_NEI)) ||
	    (is_h(c, j + 1, H_ZHIP) && is_h(c, j + 2, H_NEI))))
		return U_D;
	return U_NONE;
}

/* "两年内", "三年", "18个月", "5天", "3周", "10小时", "30分钟", "一年半",
 * "半年", "十年前", "3个月前", "三年来", "近两年", "未来五年". */
static bool
rule_zh_duration(const struct ctx *c, size_t i, struct pd *p)
{
	size_t j = i, k, len;
	long tenths;
	enum unit u;
	int mult;
	const nf_dtok *t;
	size_t ts = i;

	/* prefixes 近 未来 过去 */
	if (is_h(c, j, H_JINN))
		j++;
	else if ((is_h(c, j, H_WEI) && is_h(c, j + 1, H_LAI)) ||
	    (is_h(c, j, H_GUO) && is_h(c, j + 1, H_QU)))
		j += 2;
	t = T(c, j);
	if (is_h(c, j, H_BAN)) {
		tenths = 5;
	} else if (t->type == DT_CNUM && !(t->flags & DF_POSITIONAL) && t->val < 1000) {
		tenths = t->val * 10;
	} else if (t->type == DT_NUM && t->ndig <= 3 && left_clean(c, j)) {
		struct pd y;
		if (j == ts && rule_zh_year(c, j, &y))
			return false;  /* "09年", "98年5月" are years */
		tenths = t->val * 10;
		if (is_p(c, j + 1, '.') && glued(c, j + 1) && T(c, j + 2)->type == DT_NUM &&
		    T(c, j + 2)->ndig == 1) {
			tenths += T(c, j + 2)->val;
			j += 2;
		}
	} else {
		return false;
	}
	if (j > ts && ts > 0 && false)
		return false;
	if (i > 0 && is_h(c, i - 1, H_DIORD))
		return false;
	if (j == ts && ts > 0 && tenths == 10 && (is_h(c, ts - 1, H_QIAN) ||
	    is_h(c, ts - 1, H_SHANG) || is_h(c, ts - 1, H_XIA)))
		return false;  /* 前一周, 上一年: the one before, no length */
	k = j + 1;
	/* "两个半月" */
	if (is_h(c, k, H_GE) && is_h(c, k + 1, H_BAN) && is_h(c, k + 2, H_YUE)) {
		tenths += 5;
		u = U_M;
		mult = 1;
		k += 3;
	} else {
		if ((u = zh_unit(c, k, &mult, &len)) == U_NONE)
			return false;
		if (tenths == 5 && u != U_Y && u != U_D && !(u == U_M && len == 2))
			return false;
		k += len;
		if (u == U_Y && is_h(c, k, H_BAN) && tenths % 10 == 0 && tenths > 0) {
			tenths = tenths * 12 + 60;  /* 一年半: 18 months */
			u = U_M;
			k++;
		}
	}
	if (tenths == 5 && u == U_Y) {
		tenths = 60;
		u = U_M;
	}
	if (u == U_D && is_h(c, j + 1, H_RI) && j == ts && !is_h(c, k, H_NEI) &&
	    !is_h(c, k, H_NIAN) && !(is_h(c, k, H_YI) || is_h(c, k, H_ZHIP)))
		return false;
	pd_init(p, ts, G_DUR);
	for (size_t o = j + 1; o < k; o++) {
		if (is_cp(c, o, 0x591A))
			p->note = "approximate: more than the number";
		if (is_h(c, o, H_GONG))
			p->note = "working days, counted as days";
	}
	/* N年前: ago */
	if (is_h(c, k, H_QIAN) && j == ts && tenths % 10 == 0 && tenths > 0) {
		p->te = k + 1;
		set_ago(c, p, tenths, u, mult);
		return true;
	}
	if (is_h(c, k, H_NEI) || is_h(c, k, H_LAI))
		k++;
	else if ((is_h(c, k, H_YI) || is_h(c, k, H_ZHIP)) && (is_h(c, k + 1, H_NEI) ||
	    is_h(c, k + 1, H_LAI)))
		k += 2;
	p->te = k;
	dur_format(p->dur, sizeof p->dur, tenths * mult, u);
	return true;
}

/* "80年代", "上世纪90年代", "20世纪80年代", "八十年代". */
static bool
rule_zh_decade(const struct ctx *c, size_t i, struct pd *p)
{
	size_t j = i;
	int century = 0, v;

	if ((is_h(c, j, H_SHANG) || is_h(c, j, H_BEN)) && is_h(c, j + 1, H_SHI) &&
	    is_h(c, j + 2, H_JIKI)) {
		century = is_h(c, j, H_SHANG) ? 1900 : 2000;
		j += 3;
	} else if (md_num(c, j, 19, 21) && is_h(c, j + 1, H_SHI) && is_h(c, j + 2, H_JIKI)) {
		century = ((int)T(c, j)->val - 1) * 100;
		j += 3;
	}
	if (!(T(c, j)->type == DT_NUM || T(c, j)->type == DT_CNUM) || !is_h(c, j + 1, H_NIAN) ||
	    !is_h(c, j + 2, H_DAI))
		return false;
	v = (int)T(c, j)->val;
	if (v % 10 != 0 || v > 90 || (T(c, j)->type == DT_NUM && T(c, j)->ndig != 2 && v != 0))
		return false;
	if (century == 0) {
		if (v < 30)
			return false;
		century = 1900;
	}
	pd_init(p, i, G_DECADE);
	p->y = century + v;
	p->te = j + 3;
	return true;
}

/* Chinese weekday digit after 周/星期/礼拜: 1..7, or 0. */
static int
zh_weekday(const struct ctx *c, size_t j)
{
	const nf_dtok *t = T(c, j);

	if (t->type == DT_CNUM && !(t->flags & DF_POSITIONAL) && t->val >= 1 && t->val <= 6 &&
	    t->e - t->s == 3)
		return (int)t->val;
	if (is_h(c, j, H_RI) || is_h(c, j, H_TIAN))
		return 7;
	return 0;
}

/* 周一, 星期五, 礼拜天: returns tokens used, weekday in *wd. */
static size_t
zh_weekday_at(const struct ctx *c, size_t j, int *wd)
{
	if (is_h(c, j, H_ZHOU) && (*wd = zh_weekday(c, j + 1)) > 0)
		return 2;
	if (((is_h(c, j, H_XING) && is_h(c, j + 1, H_QI)) ||
	    (is_h(c, j, H_LI) && is_h(c, j + 1, H_BAI))) && (*wd = zh_weekday(c, j + 2)) > 0)
		return 3;
	return 0;
}

/*
 * Han characters that can stand glued before a bare quarter, 比一季度 "than
 * the first quarter": function words, where a word ending in the numeral
 * (统一, 唯一, 之一) cannot.
 */
static bool
quarter_lead(uint32_t cp)
{
	static const uint32_t lead[] = {
		0x6BD4, 0x8F83, 0x8F03, 0x4E0E, 0x8207, 0x53CA, 0x81EA, 0x5BF9, 0x5C0D,
		0x6216, 0x4E3A, 0x70BA, 0x662F, 0x8DDF, 0x5C06, 0x5C07,
	};  /* 比 较 較 与 與 及 自 对 對 或 为 為 是 跟 将 將 */

	for (size_t k = 0; k < sizeof lead / sizeof lead[0]; k++)
		if (lead[k] == cp)
			return true;
	return false;
}

/*
 * Chinese relative expressions: 今年 去年 明年 前年 后年 (and what follows:
 * 今年3月, 去年上半年), 昨天 今天 明天 前天 后天, 上周 本周 下周 (and 上周五),
 * 上个月 本月 下个月, 周五 星期三, 上半年 一季度 (inferred), 年底 年初.
 */
static bool
rule_zh_relative(const struct ctx *c, size_t i, struct pd *p)
{
	const nf_dtok *t = T(c, i);
	int off = 0, wd;
	size_t n;

	if (t->type != DT_HAN && t->type != DT_CNUM)
		return false;
	pd_init(p, i, G_YEAR);
	p->kind = NF_DATE_RELATIVE;
	/* years */
	if (is_h(c, i + 1, H_NIAN) && (t->id == H_JIN || t->id == H_QU || t->id == H_MING ||
	    t->id == H_QIAN || t->id == H_HOU || t->id == H_SHANG || t->id == H_BEN) &&
	    t->type == DT_HAN) {
		switch (t->id) {
		case H_JIN: case H_BEN: off = 0; break;
		case H_QU: case H_SHANG: off = -1; break;
		case H_MING: off = 1; break;
		case H_QIAN: off = -2; break;
		default: off = 2; break;
		}
		/* 上年 only as 上年同期 / 上年度; 本年 needs a following 度 or date */
		if (t->id == H_SHANG && is_h(c, i + 2, H_BAN))
			return false;
		if (t->id == H_HOU && !is_h(c, i + 2, H_NONE) && T(c, i + 2)->type == DT_HAN &&
		    0)
			return false;
		set_rel_year(c, p, off);
		size_t e = zh_after_year(c, i + 2, p);
		p->te = e;
		if (p->unresolved)
			return true;
		if (p->g == G_YEAR && is_h(c, i + 2, H_DU))
			p->te = i + 3;
		return true;
	}
	/* 昨晚 昨夜 今晨 今早 今晚 明晚 明早 明晨: a part of a day */
	if (t->type == DT_HAN && (t->id == H_ZUO || t->id == H_JIN || t->id == H_MING) &&
	    (is_h(c, i + 1, H_WAN) || is_h(c, i + 1, H_ZAO) || is_cp(c, i + 1, 0x6668) ||
	    is_cp(c, i + 1, 0x591C)) && !(t->id == H_ZUO && is_h(c, i + 1, H_ZAO)) &&
	    !(t->id != H_ZUO && is_cp(c, i + 1, 0x591C)) &&
	    !is_cp(c, i + 2, 0x62A5) && !is_cp(c, i + 2, 0x9910) && !is_cp(c, i + 2, 0x5E74) &&
	    !(i > 0 && T(c, i - 1)->type == DT_HAN && T(c, i - 1)->id == H_NONE && glued(c, i) &&
	    t->id == H_MING)) {
		/* not 今晚报 (a newspaper), 今早餐; 明 after a Han character is
		 * often a name or a word (说明早, 光明晚报) */
		p->te = i + 2;
		p->g = G_DAY;
		if (need_anchor(c, p))
			set_day(p, c->aday + (t->id == H_ZUO ? -1 : t->id == H_JIN ? 0 : 1));
		return true;
	}
	/* days */
	if (t->type == DT_HAN && (is_h(c, i + 1, H_TIAN) || is_h(c, i + 1, H_RI))) {
		switch (t->id) {
		case H_ZUO: off = -1; break;
		case H_JIN: off = 0; break;
		case H_MING: off = 1; break;
		case H_QIAN: off = -2; if (!is_h(c, i + 1, H_TIAN)) return false; break;
		case H_HOU: off = 2; if (!is_h(c, i + 1, H_TIAN)) return false; break;
		default: return false;
		}
		/* 大前天, 大后天: three days off */
		if (off == 2 || off == -2) {
			if (i > 0 && is_cp(c, i - 1, 0x5927)) {
				off += off > 0 ? 1 : -1;
				p->ts = i - 1;
			}
		}
		if (is_h(c, i + 1, H_RI) && is_h(c, i + 2, H_TOU))
			return false;  /* 今日头条 */
		p->te = i + 2;
		p->g = G_DAY;
		if (need_anchor(c, p))
			set_day(p, c->aday + off);
		return true;
	}
	/* weeks and months: 上周 本周 这周 下周 上个月 本月 下月 上季度 */
	if (t->type == DT_HAN && (t->id == H_SHANG || t->id == H_BEN || t->id == H_ZHE ||
	    t->id == H_XIA)) {
		size_t j = i + 1;
		off = t->id == H_SHANG ? -1 : t->id == H_XIA ? 1 : 0;
		if (is_h(c, j, H_GE))
			j++;
		if ((n = zh_weekday_at(c, j, &wd)) > 0) {
			p->te = j + n;
			p->g = G_DAY;
			set_weekday(c, p, wd, off == 0 ? 2 : off < 0 ? -2 : 3);
			return true;
		}
		if (is_h(c, j, H_ZHOU) || (is_h(c, j, H_XING) && is_h(c, j + 1, H_QI)) ||
		    (is_h(c, j, H_LI) && is_h(c, j + 1, H_BAI))) {
			p->te = j + (is_h(c, j, H_ZHOU) ? 1 : 2);
			if (is_h(c, i, H_SHANG) && is_h(c, j + 1, H_MO))
				p->g = G_WEEKEND;
			if (is_h(c, p->te, H_MO)) {
				p->te++;
				p->g = G_WEEKEND;
			} else {
				p->g = G_WEEK;
			}
			if (is_h(c, j, H_ZHOU) && is_h(c, j + 1, H_NIAN))
				return false;
			if (need_anchor(c, p))
				set_week(p, c->aday + 7 * off, p->g);
			return true;
		}
		if (is_h(c, j, H_YUE)) {
			if (j == i + 1 && t->id == H_ZHE)
				return false;
			p->te = j + 1;
			set_rel_month(c, p, off);
			return true;
		}
		if (is_h(c, j, H_JI) && is_h(c, j + 1, H_DU)) {
			p->te = j + 2;
			set_rel_quarter(c, p, off);
			return true;
		}
		/* 上半年 下半年: inferred */
		if ((t->id == H_SHANG || t->id == H_XIA) && is_h(c, i + 1, H_BAN) &&
		    is_h(c, i + 2, H_NIAN)) {
			p->kind = NF_DATE_DATE;
			p->g = G_HALF;
			p->q = t->id == H_SHANG ? 1 : 2;
			p->te = i + 3;
			p->infer = INF_YEAR;
			return true;
		}
		return false;
	}
	/* bare weekdays: 周五, 星期三 */
	if ((n = zh_weekday_at(c, i, &wd)) > 0) {
		if (i > 0 && (is_h(c, i - 1, H_MEI) || is_h(c, i - 1, H_DIORD)))
			return false;
		/* 周一至周五: a schedule, not a date */
		size_t k = i + n;
		int wd2;
		if ((is_h(c, k, H_ZHI) || is_h(c, k, H_DAO) || is_dash(c, k)) &&
		    zh_weekday_at(c, k + 1, &wd2) > 0)
			return false;
		if (i > 0 && (is_h(c, i - 1, H_ZHI) || is_h(c, i - 1, H_DAO) || is_dash(c, i - 1)) &&
		    i >= 3)
			return false;
		p->te = i + n;
		p->g = G_DAY;
		set_weekday(c, p, wd, 0);
		return true;
	}
	/* 一季度, 第三季度 (inferred); not 每年第四季度 (every year's) */
	if (!(i >= 2 && is_h(c, i - 1, H_NIAN) && is_h(c, i - 2, H_MEI))) {
		size_t j = i;
		if (is_h(c, j, H_DIORD))
			j++;
		if (md_num(c, j, 1, 4) && T(c, j)->type == DT_CNUM && is_h(c, j + 1, H_JI) &&
		    is_h(c, j + 2, H_DU)) {
			if (i > 0 && glued(c, i) && T(c, i - 1)->type == DT_HAN &&
			    ((T(c, i - 1)->id == H_NONE && !quarter_lead(T(c, i - 1)->cp)) ||
			    T(c, i - 1)->id == H_QIAN ||
			    T(c, i - 1)->id == H_MEI || T(c, i - 1)->id == H_DIORD) && j == i)
				return false;
			p->kind = NF_DATE_DATE;
			p->g = G_QUARTER;
			p->q = (int)T(c, j)->val;
			p->te = j + 3;
			p->infer = INF_YEAR;
			return true;
		}
	}
	/* 年初 年底 年末 (this year) */
	if (t->type == DT_HAN && t->id == H_NIAN && (is_h(c, i + 1, H_CHU) ||
	    is_h(c, i + 1, H_DI) || is_h(c, i + 1, H_MO)) && !(i > 0 && (is_num(c, i - 1) ||
	    is_h(c, i - 1, H_JIN) || is_h(c, i - 1, H_QU) || is_h(c, i - 1, H_MING) ||
	    is_h(c, i - 1, H_QIAN) || is_h(c, i - 1, H_HOU) || is_h(c, i - 1, H_BAN) ||
	    is_h(c, i - 1, H_SHANG) || is_h(c, i - 1, H_BEN) || is_h(c, i - 1, H_DU)))) {
		p->te = i + 2;
		set_rel_year(c, p, 0);
		return true;
	}
	return false;
}

/* ---- ranges ----------------------------------------------------------- */

/* Connectors between the two ends of a range. */
static bool
range_connector(const struct ctx *c, size_t j, bool between, size_t *len)
{
	*len = 1;
	if (between)
		return is_w(c, j, W_AND);
	if (is_dash(c, j) || is_w(c, j, W_TO) || is_w(c, j, W_UNTIL) || is_w(c, j, W_TILL) ||
	    is_w(c, j, W_THROUGH) || is_h(c, j, H_ZHI) || is_h(c, j, H_DAO))
		return true;
	return false;
}

static bool rule_atom(const struct ctx *c, size_t i, struct pd *p, bool loose_year);

/*
 * Join a..b into a range when b is a date of a compatible kind: b may
 * lack the year (taken from a) or the month (Chinese "5月18日至20日").
 * Resolves both; false when they do not make a forward range.
 */
static bool
join_range(const struct ctx *c, struct pd *a, struct pd *b)
{
	nf_ymd f1, t1, f2, t2;

	if (a->g == G_DUR || b->g == G_DUR || a->g == G_SEASON || b->g == G_SEASON)
		return false;
	if (a->kind == NF_DATE_RELATIVE && a->g == G_DAY && b->kind == NF_DATE_RELATIVE)
		return false;
	if (b->infer == INF_MONTH) {
		if (a->g != G_DAY)
			return false;
		if (a->infer == INF_YEAR)
			infer(c, a);
		b->y = a->y;
		b->m = a->m;
		b->infer = INF_NONE;
		b->used_anchor = a->used_anchor;
		b->unresolved = a->unresolved;
	} else if (a->infer == INF_YEAR && b->infer == INF_YEAR && a->g == b->g &&
	    (a->g == G_DAY || a->g == G_MONTH || a->g == G_QUARTER)) {
		/* "April-June", "3月至5月": the end's year is inferred, and the
		 * start lies in it or, wrapping ("November to January"), before */
		infer(c, b);
		a->y = b->y;
		if ((a->g == G_QUARTER && a->q > b->q) || a->m > b->m ||
		    (a->m == b->m && a->d > b->d)) {
			/* a wrap spans half a year at most: "from May to April"
			 * is a change of month, not eleven months */
			if (a->g == G_QUARTER ? b->q + 4 - a->q > 1 : b->m + 12 - a->m > 5)
				return false;
			a->y--;
		}
		a->infer = INF_NONE;
		a->used_anchor = b->used_anchor;
		a->unresolved = b->unresolved;
		a->note = b->note;
	} else if (b->infer == INF_YEAR && a->infer == INF_NONE && !a->unresolved &&
	    a->y > 0 && (a->g == G_DAY || a->g == G_MONTH || a->g == G_YEAR)) {
		b->y = a->y;
		b->infer = INF_NONE;
		if ((b->g == G_MONTH || b->g == G_DAY) && b->m < a->m && a->g != G_YEAR)
			b->y++;
	} else if (a->infer == INF_YEAR && b->infer == INF_NONE && !b->unresolved &&
	    (b->g == G_DAY || b->g == G_MONTH || b->g == G_QUARTER)) {
		a->y = b->y;
		a->infer = INF_NONE;
		if ((a->g == G_MONTH || a->g == G_DAY) && a->m > b->m)
			a->y--;
	}
	infer(c, a);
	infer(c, b);
	if (a->unresolved || b->unresolved)
		return true;
	if (!pd_bounds(a, &f1, &t1) || !pd_bounds(b, &f2, &t2))
		return false;
	return nf_days_from_ymd(f1.y, f1.m, f1.d) <= nf_days_from_ymd(f2.y, f2.m, f2.d);
}

/*
 * A range of month names: "April-June", "Jan–Mar 2025", "January to March",
 * "April through June 30".  Both names make the context, so the first needs
 * no cue word; "to" and "through" join only names that are not also given
 * names ("May to June" may be people) unless a cue comes before.
 */
static bool
rule_en_month_range(const struct ctx *c, size_t i, struct pd *a, struct pd *b)
{
	size_t j = i + 1;
	int m = T(c, i)->id, pid;

	if (!is_month_tok(c, i) || (glued(c, i) && i > 0 && (T(c, i - 1)->type == DT_WORD ||
	    T(c, i - 1)->type == DT_NUM)))
		return false;
	if ((T(c, i)->flags & DF_ABBR) && is_p(c, j, '.') && glued(c, j))
		j++;
	if (!is_month_tok(c, j + 1) || T(c, j + 1)->id == m ||
	    (given_name_month(m) && name_before(c, i)))
		return false;  /* "Theresa May-..." */
	if (!is_dash(c, j)) {
		if (!is_w(c, j, W_TO) && !is_w(c, j, W_THROUGH))
			return false;
		pid = prev_id(c, i);
		if (!(date_cue(pid) || pid == W_THE || pid == W_FOR || pid == W_OVER) &&
		    given_name_month(m) && given_name_month(T(c, j + 1)->id))
			return false;
	}
	if (!rule_month(c, j + 1, b, true)) {
		/* an abbreviation alone: "Jan-Mar" */
		if (!(T(c, j + 1)->flags & DF_ABBR) || (glued(c, j + 2) &&
		    (T(c, j + 2)->type == DT_WORD || T(c, j + 2)->type == DT_OTHER ||
		    T(c, j + 2)->type == DT_NUM)))
			return false;
		pd_init(b, j + 1, G_MONTH);
		b->m = T(c, j + 1)->id;
		b->infer = INF_YEAR;
	}
	if (b->g != G_MONTH && b->g != G_DAY)
		return false;
	pd_init(a, i, G_MONTH);
	a->m = m;
	a->te = j;
	a->infer = INF_YEAR;
	if (!join_range(c, a, b))
		return false;
	a->te = b->te;
	return true;
}

/* "from 2017 to 2018", "between March and May", "从2017年到2018年". */
static bool
rule_from_range(const struct ctx *c, size_t i, struct pd *a, struct pd *b, size_t *te)
{
	bool between = is_w(c, i, W_BETWEEN);
	size_t j, len;

	if (!between && !is_w(c, i, W_FROM) && !is_h(c, i, H_CONG))
		return false;
	if (!rule_atom(c, i + 1, a, true) || a->g == G_DUR)
		return false;
	j = a->te;
	if (!range_connector(c, j, between, &len))
		return false;
	if (!rule_atom(c, j + len, b, true) || b->g == G_DUR)
		return false;
	if (!join_range(c, a, b))
		return false;
	*te = b->te;
	return true;
}

/*
 * "前三季度", "前两个月" (after an optional year: "2025年前三季度", "今年前
 * 两个月"): the first N quarters or months of a year, as a range.  y is the
 * year from a preceding date (p of g G_YEAR), or NULL to infer it.
 */
static bool
rule_zh_first_n(const struct ctx *c, size_t i, const struct pd *y, struct pd *a,
    struct pd *b)
{
	size_t j = i + 1, e;
	int n, g;

	if (!is_h(c, i, H_QIAN) || !md_num(c, j, 2, 11))
		return false;
	n = (int)T(c, j)->val;
	if (is_h(c, j + 1, H_JI) && is_h(c, j + 2, H_DU) && n <= 4) {
		g = G_QUARTER;
		e = j + 3;
	} else if (is_h(c, j + 1, H_GE) && is_h(c, j + 2, H_JI) && is_h(c, j + 3, H_DU) &&
	    n <= 4) {
		g = G_QUARTER;
		e = j + 4;
	} else if (is_h(c, j + 1, H_GE) && is_h(c, j + 2, H_YUE)) {
		g = G_MONTH;
		e = j + 3;
	} else {
		return false;
	}
	pd_init(b, i, g);
	if (g == G_QUARTER)
		b->q = n;
	else
		b->m = n;
	b->te = e;
	if (y != NULL) {
		b->ts = y->ts;
		b->y = y->y;
		b->kind = y->kind;
		b->used_anchor = y->used_anchor;
		b->unresolved = y->unresolved;
		b->note = y->note;
	} else {
		b->infer = INF_YEAR;
		infer(c, b);
	}
	*a = *b;
	if (g == G_QUARTER)
		a->q = 1;
	else
		a->m = 1;
	return true;
}

/*
 * "1至4月", "1-4月", "3到5月" (after an optional year: "今年1至4月"), and
 * within a month "18至20日" ("5月18至20日"): a range sharing its unit.
 * y is the preceding year or month (p of g G_YEAR or G_MONTH), or NULL.
 */
static bool
rule_zh_span(const struct ctx *c, size_t i, const struct pd *y, struct pd *a,
    struct pd *b)
{
	bool days = y != NULL && y->g == G_MONTH;
	int hi = days ? 31 : 12, v1, v2;

	if (!md_num(c, i, 1, hi) || !(is_h(c, i + 1, H_ZHI) || is_h(c, i + 1, H_DAO) ||
	    is_dash(c, i + 1)) || !md_num(c, i + 2, 1, hi) ||
	    !is_h(c, i + 3, days ? H_RI : H_YUE))
		return false;
	if (T(c, i)->type == DT_NUM && !left_clean(c, i))
		return false;
	v1 = (int)T(c, i)->val;
	v2 = (int)T(c, i + 2)->val;
	if (v2 <= v1)
		return false;
	pd_init(b, i, days ? G_DAY : G_MONTH);
	b->te = i + 4;
	if (!days && is_h(c, b->te, H_FENN))
		b->te++;
	if (days) {
		if (y->y > 0 && !nf_ymd_valid(y->y, y->m, v2))
			return false;
		b->m = y->m;
		b->d = v2;
	} else {
		b->m = v2;
	}
	if (y != NULL) {
		b->ts = y->ts;
		b->y = y->y;
		b->infer = y->infer;
		b->kind = y->kind;
		b->used_anchor = y->used_anchor;
		b->unresolved = y->unresolved;
		b->note = y->note;
	} else {
		b->infer = INF_YEAR;
	}
	if (b->infer != INF_NONE)
		infer(c, b);
	if (b->g == G_DAY && !nf_ymd_valid(b->y, b->m, b->d) && !b->unresolved)
		return false;
	*a = *b;
	if (days)
		a->d = v1;
	else
		a->m = v1;
	return true;
}

/* ---- the dispatcher --------------------------------------------------- */

/*
 * A single date expression starting at token i (no ranges).  loose_year
 * accepts a bare four-digit year (inside "from ... to ...").
 */
static bool
rule_atom(const struct ctx *c, size_t i, struct pd *p, bool loose_year)
{
	const nf_dtok *t = T(c, i);

	switch (t->type) {
	case DT_NUM:
		if (rule_numeric(c, i, p) || rule_zh_year(c, i, p) || rule_zh_decade(c, i, p) ||
		    rule_zh_month(c, i, p) || rule_zh_day(c, i, p) || rule_en_decade(c, i, p) ||
		    rule_day_month(c, i, p) || rule_year(c, i, p))
			return true;
		if (loose_year && year_num(c, i) && left_clean(c, i) && right_clean(c, i + 1) &&
		    !is_w(c, i + 1, W_COUNTED)) {
			pd_init(p, i, G_YEAR);
			p->y = (int)t->val;
			return true;
		}
		return false;
	case DT_CNUM:
		return rule_zh_year(c, i, p) || rule_zh_decade(c, i, p) ||
		    rule_zh_month(c, i, p) || rule_zh_relative(c, i, p);
	case DT_HAN:
		return rule_zh_relative(c, i, p) || rule_zh_decade(c, i, p);
	case DT_WORD:
		if (t->id == W_NONE || t->id >= W_COUNTED)
			return false;
		if (t->id <= W_DEC)
			return rule_month(c, i, p, loose_year);
		if (t->id >= W_MON && t->id <= W_SUN)
			return rule_weekday(c, i, p);
		return rule_en_deictic_day(c, i, p) || rule_en_lastnext(c, i, p) ||
		    rule_en_mod(c, i, p) || rule_en_endof(c, i, p) ||
		    rule_en_quarter(c, i, p) || rule_en_season(c, i, p) ||
		    rule_en_decade(c, i, p);
	case DT_PUNCT:
		return rule_en_decade(c, i, p);
	default:
		return false;
	}
}

/* Durations, which never join ranges. */
static bool
rule_duration(const struct ctx *c, size_t i, struct pd *p)
{
	const nf_dtok *t = T(c, i);

	switch (t->type) {
	case DT_NUM:
		return rule_zh_duration(c, i, p) || rule_en_duration(c, i, p);
	case DT_WNUM:
		return rule_en_duration(c, i, p);
	case DT_CNUM:
		return rule_zh_duration(c, i, p);
	case DT_HAN:
		return (t->id == H_JINN || t->id == H_WEI || t->id == H_GUO || t->id == H_BAN) &&
		    rule_zh_duration(c, i, p);
	case DT_WORD:
		return (t->id == W_A || t->id == W_AN) ? rule_en_duration(c, i, p) :
		    t->id == W_HALF ? rule_en_half(c, i, p) : false;
	default:
		return false;
	}
}

/* Can token t start anything at all?  (The cheap filter.) */
static bool
candidate(const nf_dtok *t)
{
	switch (t->type) {
	case DT_NUM: case DT_WNUM: case DT_CNUM:
		return true;
	case DT_WORD:
		return t->id != W_NONE && t->id < W_COUNTED;
	case DT_HAN:
		return t->id != H_NONE;
	case DT_PUNCT:
		return t->cp == '\'' || t->cp == 0x2019;
	default:
		return false;
	}
}

/* Shift the leading four-digit years of a TIMEX value ("2025-Q1/2025-Q3")
 * by -1 into buf. */
static void
value_year_back(const char *v, char *buf, size_t size)
{
	size_t o = 0;

	for (size_t k = 0; v[k] != '\0' && o + 1 < size;) {
		if ((k == 0 || v[k - 1] == '/') && v[k] >= '0' && v[k] <= '9' &&
		    strlen(v + k) >= 4) {
			int y = atoi(v + k);
			o += (size_t)snprintf(buf + o, size - o, "%04d", y - 1 < 0 ? 0 : y - 1);
			k += 4;
		} else {
			buf[o++] = v[k++];
		}
	}
	buf[o < size ? o : size - 1] = '\0';
}

/*
 * 去年同期 / 上年同期, "the same period a year before": the previous date
 * of this text, a year back.  Without one it is plain 去年 (not handled
 * here).
 */
static int
rule_zh_same_period(const struct ctx *c, size_t i, nf_date_list *out, size_t *next)
{
	const nf_date_match *prev;
	nf_date_match m;

	if (!(is_h(c, i, H_QU) || is_h(c, i, H_SHANG)) || !is_h(c, i + 1, H_NIAN) ||
	    !is_h(c, i + 2, H_TONG) || !is_h(c, i + 3, H_QI))
		return 0;
	if (out->len > c->out_start)
		prev = &out->items[out->len - 1];
	else if (c->o->has_context && c->o->context != NULL)
		prev = c->o->context;
	else
		return 0;
	if (prev->kind == NF_DATE_DURATION || !prev->has_range || prev->value[0] == '\0' ||
	    strchr(prev->value, 'T') != NULL)
		return 0;
	match_init(c, &m, i, i + 4, NF_DATE_RELATIVE);
	m.used_anchor = prev->used_anchor;
	m.has_range = true;
	m.from = nf_add_months(prev->from, -12);
	m.to = nf_add_months(prev->to, -12);
	if (m.to.m == 2 && m.to.d == 28 && nf_is_leap(m.to.y) && prev->to.m == 2)
		m.to.d = 29;
	if (strlen(prev->value) == 10) {
		nf_format_ymd(m.from, m.value);
		m.has_point = true;
		m.point = m.from;
	} else {
		value_year_back(prev->value, m.value, sizeof m.value);
	}
	m.note = "the same period a year before";
	*next = i + 4;
	return push(out, &m) == 0 ? 1 : -1;
}

/* Try everything at token i; on a match emit it and return the token after. */
static int
scan_at(const struct ctx *c, size_t i, nf_date_list *out, size_t *next)
{
	struct pd a, b;
	size_t te, len;
	int rc;

	if ((rc = rule_zh_same_period(c, i, out, next)) != 0)
		return rc < 0 ? -1 : 0;
	if (rule_from_range(c, i, &a, &b, &te)) {
		*next = te;
		return emit_range(c, i, te, &a, &b, out);
	}
	if (rule_year_range(c, i, &a, &b)) {
		*next = a.te;
		return emit_range(c, i, a.te, &a, &b, out);
	}
	if (rule_en_range_days(c, i, &a, &b) || rule_en_month_range(c, i, &a, &b) ||
	    rule_zh_first_n(c, i, NULL, &a, &b) ||
	    rule_zh_span(c, i, NULL, &a, &b)) {
		*next = a.te;
		return emit_range(c, i, a.te, &a, &b, out);
	}
	if (rule_duration(c, i, &a)) {
		*next = a.te;
		return emit(c, &a, out);
	}
	if (!rule_atom(c, i, &a, false)) {
		*next = i + 1;
		return 0;
	}
	/* "2025年前三季度", "今年前两个月" */
	if (a.g == G_YEAR || (a.g == G_MONTH && T(c, a.te - 1)->type == DT_HAN)) {
		struct pd y = a;
		if ((y.g == G_YEAR && rule_zh_first_n(c, y.te, &y, &a, &b)) ||
		    rule_zh_span(c, y.te, &y, &a, &b)) {
			*next = b.te;
			return emit_range(c, y.ts, b.te, &a, &b, out);
		}
	}
	/* "March to May 2024", "2017年至2018年", "5月18日至20日" */
	if (range_connector(c, a.te, false, &len) && !is_w(c, a.te, W_TO) &&
	    a.g != G_DUR) {
		struct pd a2 = a;
		size_t k = a.te + len;
		bool ok = rule_atom(c, k, &b, false);
		if (!ok && small_num(c, k, 1, 31) && is_h(c, k + 1, H_RI)) {
			pd_init(&b, k, G_DAY);
			b.d = (int)T(c, k)->val;
			b.te = k + 2;
			b.infer = INF_MONTH;
			ok = true;
		}
		if (ok && b.g != G_DUR && join_range(c, &a2, &b)) {
			*next = b.te;
			return emit_range(c, a.ts, b.te, &a2, &b, out);
		}
	}
	*next = a.te;
	return emit(c, &a, out);
}

int
nf_dates_find(const char *text, size_t n, const nf_date_opts *opts,
    nf_date_list *out)
{
	static const nf_date_opts defaults = { 0 };
	nf_dlex lex;
	struct ctx c;
	int rc = 0;

	if (opts == NULL)
		opts = &defaults;
	if (n > UINT32_MAX)
		n = UINT32_MAX;
	if (!nf_dlex_may_have_date(text, n))
		return 0;
	if (nf_dlex_run(&lex, text, n) != 0) {
		nf_dlex_free(&lex);
		return -1;
	}
	memset(&c, 0, sizeof c);
	c.s = text;
	c.n = n;
	c.t = lex.t;
	c.nt = lex.n;
	c.o = opts;
	c.out_start = out->len;
	c.has_a = opts->has_anchor && nf_ymd_valid(opts->anchor.y, opts->anchor.m,
	    opts->anchor.d);
	if (c.has_a) {
		c.a = opts->anchor;
		c.aday = nf_days_from_ymd(c.a.y, c.a.m, c.a.d);
	}
	for (size_t i = 0; i < c.nt && rc == 0;) {
		size_t next = i + 1;
		if (candidate(&c.t[i]))
			rc = scan_at(&c, i, out, &next);
		i = next > i ? next : i + 1;
	}
	nf_dlex_free(&lex);
	return rc;
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

static const char *const kind_names[] = { "date", "range", "duration", "relative" };

const char *
nf_date_kind_name(nf_date_kind kind)
{
	return kind <= NF_DATE_RELATIVE ? kind_names[kind] : "date";
}

bool
nf_date_kind_parse(const char *name, size_t n, nf_date_kind *kind)
{
	for (int k = 0; k <= NF_DATE_RELATIVE; k++) {
		if (strlen(kind_names[k]) == n && memcmp(kind_names[k], name, n) == 0) {
			*kind = (nf_date_kind)k;
			return true;
		}
	}
	return false;
}
