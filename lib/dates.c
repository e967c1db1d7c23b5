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
#include "lunar.h"
#include "singular.h"

enum gran {
	G_NONE, G_DAY, G_MONTH, G_YEAR, G_QUARTER, G_HALF, G_SEASON, G_WEEK,
	G_WEEKEND, G_DECADE, G_DUR,
};

enum infer {
	INF_NONE,   /* every field given, or resolved already */
	INF_YEAR,   /* year from the anchor (nearest occurrence) */
	INF_MONTH,  /* month and year from the anchor (Chinese "18日") */
};

enum mod { MOD_NONE, MOD_START, MOD_MID, MOD_END };

/* A clause's time.  TENSE_PERFECT ("had", 已, 曾) is before any time the
 * text talks about; TENSE_PAST only before the time of writing. */
enum tense {
	TENSE_UNKNOWN = -3, TENSE_PERFECT = -2, TENSE_PAST = -1, TENSE_NONE = 0,
	TENSE_FUT = 1,
};

/* A parsed date expression. */
struct pd {
	size_t ts, te;        /* tokens [ts, te) */
	int g;                /* enum gran */
	int y, m, d, q;       /* q: quarter, half, season (0..3), ISO week */
	int hh, mi;           /* time of day, hh < 0 when none */
	int kind;             /* NF_DATE_DATE, NF_DATE_RELATIVE, NF_DATE_SET */
	int infer;            /* enum infer */
	int mod;              /* enum mod */
	int wd;               /* G_DAY: the weekday given with it (1..7), 0 */
	int holiday;          /* INF_YEAR of a movable feast: enum feast */
	int tense;            /* enum tense of the clause, once known */
	bool unresolved;      /* needs the anchor, which is absent */
	bool used_anchor;
	bool explicit_y;      /* the text gave the year */
	bool to_anchor;       /* ends on the anchor: 今年以来, "so far this year" */
	bool next_of_prev;    /* 次年: the year after the date before */
	bool has_point;
	nf_ymd point;
	const char *note;
	char dur[24];         /* G_DUR: the ISO 8601 duration or set value */
};

struct ctx {
	const char *s;
	size_t n;
	const nf_dtok *t;
	size_t nt;
	const nf_date_opts *o;
	nf_date_doc *doc;     /* per-document state, or NULL */
	nf_date_list *out;    /* the matches so far */
	nf_ymd a;             /* anchor */
	long aday;            /* anchor day number */
	bool has_a;
	size_t out_start;     /* first match of this text in the output list */
};

static const char *const NOTE_NO_ANCHOR = "no anchor";
static const char *const NOTE_YEAR_BACK = "the same period a year before";
static const char *const NOTE_BACK = "counted back from the date the text talks about";

static bool rule_en_feast(const struct ctx *c, size_t i, struct pd *p);
static bool dateline_date(const struct ctx *c, size_t ts, size_t te);
static bool freq_before(const struct ctx *c, size_t i);
static size_t zh_weekday_at(const struct ctx *c, size_t j, int *wd);
static bool is_minguo(const struct ctx *c, size_t i);
static const nf_date_match *context_date(const struct ctx *c);
static bool han_seq(const struct ctx *c, size_t k, const char *s);
static bool rule_en_decade(const struct ctx *c, size_t i, struct pd *p);

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
	    (t->flags & (DF_CAP | DF_UPPER)) && !(t->flags & DF_ABBR);
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
	p->tense = TENSE_UNKNOWN;
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

/*
 * The year "this year" (今年) is for tokens from ts: the anchor's, or,
 * when the anchor is no publication date, the year of a day or month the
 * same sentence stated before it ("2008年4月12日……今年").  (A paragraph's
 * earlier date is too often background: "In March 1952 ... told the BBC
 * last year".)
 */
static int
year_base(const struct ctx *c, size_t ts)
{
	if (c->o->anchor_published || c->out == NULL)
		return c->a.y;
	for (size_t i = c->out->len; i > c->out_start; i--) {
		const nf_date_match *m = &c->out->items[i - 1];
		if (m->start >= tok_start(c, ts) || m->kind == NF_DATE_DURATION ||
		    m->kind == NF_DATE_SET || !m->has_range)
			continue;
		if ((m->kind == NF_DATE_DATE || m->kind == NF_DATE_RANGE) && m->explicit_year &&
		    m->from.y <= c->a.y && strlen(m->value) >= 7 && m->value[4] == '-' &&
		    m->value[7] != 'Q' && m->value[7] != 'H')
			return m->from.y;
		break;
	}
	return c->a.y;
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

/* A clause boundary for the tense scan: . ; : ! ? , and their full-width
 * forms. */
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

/* A word ending in -ed that is a verb form ("fired", "opened"), not one of
 * the nouns and adjectives that end so ("hundred", "speed", "bed"). */
static bool
ed_word(const struct ctx *c, size_t k)
{
	static const char *const not_verbs[] = {
		"hundred", "speed", "need", "feed", "seed", "bed", "red", "shed",
		"indeed", "proceed", "exceed", "succeed", "breed", "weed", "greed",
		"deed", "embed", "steed", "shred", "sled", "wed", "based", "limited",
		"united", "listed", "related", "advanced", "detailed", "skilled",
		"armed", "aged", "supposed", "concerned", "interested", "tired",
		NULL,
	};
	const nf_dtok *t = T(c, k);
	size_t len = t->e - t->s;

	if (t->type != DT_WORD || t->id != W_NONE || len < 4 || (t->flags & DF_UPPER) ||
	    c->s[t->e - 2] != 'e' || c->s[t->e - 1] != 'd')
		return false;
	return !word_in(c, k, not_verbs);
}

/* A determiner or pronoun after "to": "due to the strikes" is no future. */
static bool
no_verb_after_to(const struct ctx *c, size_t k)
{
	const nf_dtok *t = T(c, k);
	int id = t->type == DT_WORD ? t->id : -1;

	return t->type != DT_WORD || (t->flags & DF_CAP) || id == W_THE || id == W_A ||
	    id == W_AN || id == W_ITS || id == W_THEIR || id == W_HIS || id == W_HER ||
	    id == W_OUR || (id >= W_JAN && id <= W_SUN) || word_in(c, k,
	    (const char *const[]){ "this", "that", "these", "those", "weak", "strong",
	    "high", "low", "lower", "higher", "rising", "falling", NULL });
}

/* The tense a future word at k gives, or TENSE_UNKNOWN when it is none here
 * ("than expected", "as planned", "due to the strikes", "going" without
 * "to"). */
static int
future_word(const struct ctx *c, size_t k)
{
	if (k > 0 && (is_w(c, k - 1, W_THAN) || is_w(c, k - 1, W_AS) || is_w(c, k - 1, W_WAS) ||
	    is_w(c, k - 1, W_HAD)))
		return TENSE_UNKNOWN;  /* "than expected", "as planned", "was due", "had
		                        * aimed to": the perfect before it says when */
	if (word_in(c, k, (const char *const[]){ "due", NULL }) && is_w(c, k + 1, W_TO) &&
	    no_verb_after_to(c, k + 2))
		return TENSE_UNKNOWN;
	if (word_in(c, k, (const char *const[]){ "going", "likely", "aimed", "intended", NULL }) &&
	    !is_w(c, k + 1, W_TO))
		return TENSE_UNKNOWN;  /* "aimed at start-ups": no aim ahead */
	return TENSE_FUT;
}

/*
 * The verb group ending at the participle at k: "will be fired" (future),
 * "was fired", "has been fired" (past), "is held" (present), "fired"
 * (past).  Scans left over adverbs and be/been.
 */
static int
en_participle(const struct ctx *c, size_t k)
{
	for (size_t j = k, n = 0; j > 0 && n < 4; n++) {
		int id = word_id(c, --j);
		switch (id) {
		case W_ADV: case W_BE:
			continue;
		case W_WILL: case W_MODAL:
			return TENSE_FUT;
		case W_HAD: case W_HAS:
			/* "will have doubled": the future perfect */
			if (j > 0 && word_id(c, j - 1) == W_WILL)
				return TENSE_FUT;
			return id == W_HAD ? TENSE_PERFECT : TENSE_PAST;
		case W_WAS: case W_DID:
			return TENSE_PAST;
		case W_IS:
			return TENSE_NONE;
		case W_TO:
			return j > 0 && (word_id(c, j - 1) == W_IS || word_id(c, j - 1) == W_FUTW ||
			    word_id(c, j - 1) == W_PLAN) ? TENSE_FUT : TENSE_NONE;
		default:
			if (T(c, j)->type == DT_PUNCT && (T(c, j)->cp == '\'' || T(c, j)->cp == 0x2019))
				continue;  /* "'s been" */
			if (T(c, j)->type == DT_WORD && T(c, j)->e - T(c, j)->s > 3 &&
			    c->s[T(c, j)->e - 2] == 'l' && c->s[T(c, j)->e - 1] == 'y')
				continue;  /* "is fully priced" */
			return TENSE_PAST;
		}
	}
	return TENSE_PAST;
}

/*
 * The verbs whose past is their present ("cut", "hit", "set"): past after
 * a subject that takes no -s then ("The RBA cut rates in February"),
 * future after "will", and "is set for" / "are set to" ahead; none as a
 * noun ("a rate cut in February") or after "to".
 */
static int
en_bare_past(const struct ctx *c, size_t k)
{
	static const char *const same[] = { "cut", "hit", "beat", "quit", "shut", "spread",
		"put", "set", "cost", NULL };
	const nf_dtok *n = T(c, k + 1);
	int id;

	if (k == 0 || !word_in(c, k, same))
		return TENSE_UNKNOWN;
	id = word_id(c, k - 1);
	if (id == W_WILL || id == W_MODAL)
		return TENSE_FUT;
	if (id == W_IS)
		return word_in(c, k, (const char *const[]){ "set", NULL }) && (is_w(c, k + 1, W_FOR) ||
		    is_w(c, k + 1, W_TO)) ? TENSE_FUT : TENSE_UNKNOWN;
	if (id == W_HAS || id == W_WAS)
		return TENSE_PAST;
	if (id == W_HAD)
		return TENSE_PERFECT;
	/* "Markets put the chance", "Banks cut rates every year": present */
	if (T(c, k - 1)->e - T(c, k - 1)->s > 3 && c->s[T(c, k - 1)->e - 1] == 's' &&
	    c->s[T(c, k - 1)->e - 2] != 's' && !(T(c, k - 1)->flags & DF_UPPER))
		return TENSE_UNKNOWN;
	if (T(c, k - 1)->type != DT_WORD || (id != W_NONE && id != W_BIZ) || n->type == DT_END ||
	    n->type == DT_PUNCT || is_w(c, k + 1, W_IN) || is_w(c, k + 1, W_ON) ||
	    is_w(c, k + 1, W_AT) || is_w(c, k + 1, W_OF) || is_w(c, k + 1, W_FOR) ||
	    word_in(c, k - 1, (const char *const[]){ "to", "not", "rate", "price", "tax", "job",
	    "spending", "budget", "pay", "wage", NULL }))
		return TENSE_UNKNOWN;
	return TENSE_PAST;
}

/* A verb that moves a date: its new date lies either side of the anchor
 * whatever the tense ("was delayed from May to September"). */
static bool
moved_word(const struct ctx *c, size_t k)
{
	return word_in(c, k, (const char *const[]){ "delayed", "postponed", "deferred",
	    "rescheduled", "extended", NULL });
}

/* What the English word at k says of its clause's time, TENSE_UNKNOWN when
 * nothing (left says whether the date is to its right). */
static int
en_tense_word(const struct ctx *c, size_t k, bool left)
{
	const nf_dtok *t = T(c, k);

	if (t->type != DT_WORD)
		return TENSE_UNKNOWN;
	switch (t->id) {
	case W_WILL: case W_MODAL:
		return TENSE_FUT;
	case W_HAD:
		return TENSE_PERFECT;
	case W_WAS: case W_DID:
		return TENSE_PAST;
	case W_HAS:
		/* "has risen", "has already been": the present perfect; "have
		 * until 21 March" is no tense */
		for (size_t j = k + 1; j < k + 3; j++) {
			int id = word_id(c, j);
			if (id == W_ADV)
				continue;
			return id == W_BE || id == W_PASTV || ed_word(c, j) ? TENSE_PAST :
			    TENSE_UNKNOWN;
		}
		return TENSE_UNKNOWN;
	case W_IS:
		return left ? TENSE_UNKNOWN : TENSE_NONE;  /* "May 21 is the deadline" */
	case W_SINCE: case W_AGO: case W_EARLIER:
		return TENSE_PAST;
	case W_FUTW: case W_UPCOMING: case W_COMING:
		return future_word(c, k);
	case W_PLAN:
		return is_w(c, k + 1, W_TO) ? TENSE_FUT : TENSE_UNKNOWN;
	case W_TO:
		/* "is to close", "are to meet": the future */
		return left && k > 0 && is_w(c, k - 1, W_IS) && T(c, k + 1)->type == DT_WORD &&
		    T(c, k + 1)->id == W_NONE && !(T(c, k + 1)->flags & DF_CAP) ?
		    TENSE_FUT : TENSE_UNKNOWN;
	case W_PASTV:
		if (is_p(c, k + 1, '\'') || is_p(c, k + 1, 0x2019))
			return TENSE_FUT;  /* "won't" */
		return en_participle(c, k);
	case W_NONE:
		if (!ed_word(c, k))
			return en_bare_past(c, k);
		/* "was delayed from May to September", "postponed until March":
		 * a date moved, to either side of the anchor */
		if (moved_word(c, k))
			return TENSE_NONE;
		/* "the anticipated election": an adjective */
		if (k > 0 && (is_w(c, k - 1, W_THE) || is_w(c, k - 1, W_A) || is_w(c, k - 1, W_AN) ||
		    is_w(c, k - 1, W_ITS) || is_w(c, k - 1, W_THEIR) || is_w(c, k - 1, W_HIS) ||
		    is_w(c, k - 1, W_HER) || is_w(c, k - 1, W_OUR) || is_w(c, k - 1, W_THIS)))
			return TENSE_UNKNOWN;
		/* "strikes earmarked for 23 March": a purpose, no past (but
		 * "filed for bankruptcy in November" is one) */
		if (left && is_w(c, k + 1, W_FOR) && (is_num(c, k + 2) || is_month_tok(c, k + 2) ||
		    is_weekday_tok(c, k + 2) || is_w(c, k + 2, W_NEXT) || is_w(c, k + 2, W_THIS) ||
		    is_w(c, k + 2, W_THE)) && word_id(c, k - 1) != W_WAS &&
		    word_id(c, k - 1) != W_HAD && word_id(c, k - 1) != W_HAS)
			return TENSE_NONE;
		return en_participle(c, k);
	default:
		return TENSE_UNKNOWN;
	}
}

/* Chinese markers of time around a date: 已 曾 了 以来 截至 (past); 将 要
 * 即将 预计 计划 拟 有望 力争 争取 定于 (future). */
/* Whether 将 at k is 把: its object is moved or set by a verb ending in
 * 至 or 为 before the clause ends ("将响应由Ⅳ级提升至Ⅱ级", "将税率调整为"). */
static bool
zh_disposal(const struct ctx *c, size_t k)
{
	static const uint32_t verbs[] = {
		0x5347, 0x9AD8, 0x8C03, 0x6539, 0x5217, 0x5B9A, 0x5EF6, 0x63A8, 0x964D,
		0x589E, 0x6269, 0x6574, 0x7EB3, 0x8F6C, 0x79FB, 0x63D0,
	};  /* 升 高 调 改 列 定 延 推 降 增 扩 整 纳 转 移 提 */

	for (size_t j = k + 2; j < c->nt && j < k + 16; j++) {
		const nf_dtok *t = T(c, j);
		if (t->type == DT_PUNCT && clause_punct(t))
			return false;
		if (t->type != DT_HAN || (t->cp != 0x81F3 && t->cp != 0x4E3A && t->cp != 0x5165))
			continue;  /* 至 为 入 */
		for (size_t v = 0; v < sizeof verbs / sizeof verbs[0]; v++)
			if (is_cp(c, j - 1, verbs[v]))
				return true;
	}
	return false;
}

static int
zh_tense_char(const struct ctx *c, size_t k, bool left, size_t date_ts)
{
	const nf_dtok *t = T(c, k);
	uint32_t cp = t->cp, p = k > 0 && T(c, k - 1)->type == DT_HAN ? T(c, k - 1)->cp : 0;
	uint32_t n = T(c, k + 1)->type == DT_HAN ? T(c, k + 1)->cp : 0;

	if (t->type != DT_HAN)
		return TENSE_UNKNOWN;
	switch (cp) {
	case 0x5DF2: case 0x66FE:  /* 已 曾 */
		return p == 0x800C || p == 0x4E0D ? TENSE_UNKNOWN : TENSE_PERFECT;  /* 而已 */
	case 0x4E86:  /* 了, not 为了 除了 了解 不了 */
		if (left || p == 0x4E3A || p == 0x9664 || p == 0x4E0D || n == 0x89E3 ||
		    p == 0x5F97 || p == 0x7F62 || p == 0x6781)
			return TENSE_UNKNOWN;
		return TENSE_PAST;
	case 0x6765: case 0x4F86:  /* 以来 以來 right after the date */
		return !left && p == 0x4EE5 && k == date_ts + 1 ? TENSE_PAST : TENSE_UNKNOWN;
	case 0x81F3: case 0x6B62:  /* 截至 截止; not the noun 截止日期, 截止时间
	                            * (a deadline) */
		return left && p == 0x622A && n != 0x65E5 && n != 0x65F6 && n != 0x671F ?
		    TENSE_PAST : TENSE_UNKNOWN;
	case 0x5C06: case 0x5C07:
		/* 将于, 将在, 将从, 将要, 即将, 将 right before or after the
		 * date; not 将 = 把 ("将X提前到"); 將 in traditional script */
		if (p == 0x5373 || n == 0x8981 || n == 0x4E8E || n == 0x5728 || n == 0x4ECE ||
		    n == 0x65BC || n == 0x5F9E ||
		    (left && k + 1 == date_ts) || (!left && k == date_ts))
			return TENSE_FUT;
		/* after the date, "公司将完成" is the future; 将 before an object
		 * (将其, 将该, 将此) is 把, and so is 将 whose object a verb then
		 * moves or sets ("将应急响应由Ⅳ级提升至Ⅱ级", "将税率调整为") */
		if (!left && n != 0x5176 && n != 0x8BE5 && n != 0x6B64 && n != 0x8FD9 &&
		    n != 0x6240 && n != 0x539F && n != 0x4E0A && n != 0x672C && n != 0 &&
		    !zh_disposal(c, k))
			return TENSE_FUT;
		return TENSE_UNKNOWN;
	case 0x8981:  /* 要, not 主要 重要 需要 只要 要求 ... */
		if (p == 0x4E3B || p == 0x91CD || p == 0x9700 || p == 0x53EA || p == 0x60F3 ||
		    p == 0x7D27 || p == 0x6982 || p == 0x7EB2 || p == 0x646D || p == 0x5FC5 ||
		    p == 0x4E0D || n == 0x6C42 || n == 0x70B9 || n == 0x7D20 || n == 0x95FB ||
		    n == 0x6570 || n == 0x662F || n == 0x4E48 || n == 0x5BB3 || n == 0x9886)
			return TENSE_UNKNOWN;
		return TENSE_FUT;
	case 0x62DF: case 0x64EC:  /* 拟 擬 */
		return TENSE_FUT;
	case 0x5212: case 0x8BA1: case 0x671B: case 0x4E89: case 0x671F: case 0x4E8E:
	case 0x5283: case 0x8A08: case 0x722D: case 0x65BC:
		/* 计划 (a verb only before the date: "生态计划" is a plan) 预计 有望
		 * 力争 争取 预期 定于, and their traditional forms (計劃 預計 力爭
		 * 爭取 預期 定於) */
		if (((cp == 0x5212 || cp == 0x5283) && (p == 0x8BA1 || p == 0x8A08) && left) ||
		    ((cp == 0x8BA1 || cp == 0x8A08) && (p == 0x9884 || p == 0x9810)) ||
		    (cp == 0x671B && p == 0x6709) ||
		    ((cp == 0x4E89 || cp == 0x722D) && p == 0x529B) ||
		    (cp == 0x671F && (p == 0x9884 || p == 0x9810)) ||
		    ((cp == 0x4E8E || cp == 0x65BC) && p == 0x5B9A && !(k > 1 &&
		    (is_cp(c, k - 2, 0x51B3) || is_cp(c, k - 2, 0x6C7A)))) ||  /* 决定于: decided */
		    ((cp == 0x4E89 || cp == 0x722D) && n == 0x53D6))
			return TENSE_FUT;
		return TENSE_UNKNOWN;
	default:
		return TENSE_UNKNOWN;
	}
}

/*
 * A dateline's date, never after the day after the one it was written: a
 * Chinese date right before 电, 讯, 消息 or 报道 ("新华社北京3月5日电",
 * "北京时间4月8日消息", "据《每日邮报》6月28日报道", wherever a page put it)
 * or right after 时间 ("北京时间4月6日(休斯顿当地时间4月5日)", not "定于当地
 * 时间27日", "将于北京时间8月2日"); an English date near the start
 * before "(Reuters)", "(AP)" ... ("LONDON, March 3 (Reuters) -").
 */
static bool
dateline_date(const struct ctx *c, size_t ts, size_t te)
{
	const nf_dtok *t = T(c, te), *n = T(c, te + 1);
	size_t words = 0;

	if (t->type == DT_HAN && (t->cp == 0x7535 || t->cp == 0x8BAF ||
	    (t->cp == 0x6D88 && n->cp == 0x606F) || (t->cp == 0x62A5 && n->cp == 0x9053)))
		return true;  /* 电 讯 消息 报道 */
	if (ts >= 2 && is_cp(c, ts - 1, 0x95F4) && is_cp(c, ts - 2, 0x65F6)) {
		/* 时间, not a time zone after 于 在 将 ("定于当地时间27日") */
		for (size_t k = ts - 2; k > 0 && ts - k < 8;)
			if (is_h(c, --k, H_YU) || is_h(c, k, H_ZAI) || is_cp(c, k, 0x5C06) ||
			    is_cp(c, k, 0x5C07))
				return false;
		return true;
	}
	for (size_t k = 0; k < ts; k++)
		if (T(c, k)->type == DT_WORD || T(c, k)->type == DT_HAN || is_num(c, k))
			if (++words > 6)
				return false;
	for (size_t k = te + 1; k < te + 4 && k < c->nt; k++) {
		if (T(c, k)->type == DT_WORD && (T(c, k)->flags & (DF_CAP | DF_UPPER)) &&
		    is_p(c, k - 1, '(') && word_in(c, k, (const char *const[]){ "reuters",
		    "ap", "afp", "xinhua", "bloomberg", "upi", "ians", "pti", NULL }))
			return true;
	}
	return false;
}

/* The punctuation at k is part of a number: "85,000", "3.8". */
static bool
in_number(const struct ctx *c, size_t k)
{
	return k > 0 && T(c, k - 1)->type == DT_NUM && T(c, k + 1)->type == DT_NUM &&
	    glued(c, k) && glued(c, k + 1);
}

/* Whether the punctuation at k ends no clause: a decimal point or
 * thousands separator, or the full stop of an abbreviation inside the
 * sentence ("8 a.m. Hong Kong time", "the U.S. market", "Mr. Li", "Sept.
 * 30"). */
static bool
inner_punct(const struct ctx *c, size_t k)
{
	static const char *const abbr[] = { "mr", "mrs", "ms", "dr", "st", "no", "co",
		"inc", "ltd", "corp", "jr", "sr", "vs", "prof", "gov", "sen", "rep", NULL };
	const nf_dtok *w;

	if (in_number(c, k))
		return true;
	if (k == 0 || !is_p(c, k, '.') || !glued(c, k) || T(c, k + 1)->type == DT_END)
		return false;
	w = T(c, k - 1);
	return w->type == DT_WORD && (w->e - w->s == 1 || (w->flags & DF_ABBR) ||
	    word_in(c, k - 1, abbr));
}

/*
 * Whether what comes before the comma at k is no clause of its own: the
 * start of the sentence and at most two words ("However, in July, the
 * firm fired"), not "... a site near Grays, in Thurrock, in September".
 */
static bool
opens_clause(const struct ctx *c, size_t k)
{
	size_t words = 0;

	while (k > 0) {
		const nf_dtok *t = T(c, --k);
		if (t->type == DT_PUNCT && clause_punct(t) && !inner_punct(c, k))
			return t->cp != ',' && t->cp != 0xFF0C && t->cp != 0x3001 && words <= 2;
		if ((t->type == DT_WORD || t->type == DT_HAN || is_num(c, k)) && ++words > 2)
			return false;
	}
	return true;
}

/* Whether "until" comes right before the date at ts, perhaps with a
 * time of day between ("until 5 p.m. on July 11", "till noon on Friday"). */
static bool
until_before(const struct ctx *c, size_t ts)
{
	for (size_t k = ts, n = 0; k > 0 && n < 7; n++) {
		const nf_dtok *t = T(c, --k);
		if (t->type == DT_WORD && (t->id == W_UNTIL || t->id == W_TILL))
			return true;
		if (!(is_num(c, k) || (t->type == DT_PUNCT && (t->cp == '.' || t->cp == ':')) ||
		    (t->type == DT_WORD && (t->id == W_ON || t->id == W_AT || t->e - t->s == 1 ||
		    word_in(c, k, (const char *const[]){ "am", "pm", "noon", "midnight", NULL })))))
			return false;
	}
	return false;
}

/*
 * The tense of the clause around tokens [ts, te) (see dates.h): the marker
 * nearest the date on its left within the clause (back to , . ; : ! ?,
 * twelve words), else on its right (to the end of the clause, crossing
 * one comma); "by", "until" / 到 right before the date looks ahead unless
 * a past marker is near, and so does a present "is" before them.  Returns TENSE_PERFECT, TENSE_PAST, TENSE_FUT or
 * TENSE_NONE.
 */
static int
clause_tense_n(const struct ctx *c, size_t ts, size_t te, size_t reach)
{
	bool until = until_before(c, ts);
	bool by = (ts > 0 && (is_w(c, ts - 1, W_BY) || is_w(c, ts - 1, W_UNTIL) ||
	    is_w(c, ts - 1, W_TILL) || (is_h(c, ts - 1, H_DAO) &&
	    !(ts > 1 && is_cp(c, ts - 2, 0x81F3))))) ||
	    /* 11月底前, 6月30日之前: a deadline */
	    (T(c, ts)->type != DT_WORD && ((is_cp(c, te, 0x524D) && !is_cp(c, te + 1, 0x540E) &&
	    !is_cp(c, te + 1, 0x5915)) || (is_cp(c, te, 0x4E4B) && is_cp(c, te + 1, 0x524D))));
	size_t k = ts, words = 0, commas = 0, lead = 0;
	bool opening = true, relative = false;
	int r;

	if (dateline_date(c, ts, te))
		return TENSE_PAST;
	/* 排到(了)10月下旬, 推迟到9月: a target ahead, whatever came before */
	if (ts > 0 && (is_h(c, ts - 1, H_DAO) || (is_cp(c, ts - 1, 0x4E86) && ts > 1 &&
	    is_h(c, ts - 2, H_DAO))) && !(ts > 2 && is_cp(c, ts - 2 - is_cp(c, ts - 1, 0x4E86),
	    0x81F3)))
		return TENSE_FUT;
	while (k > 0 && words < reach) {
		const nf_dtok *t = T(c, --k);
		if (t->type == DT_PUNCT && clause_punct(t) && !inner_punct(c, k)) {
			if (t->cp == ',' || t->cp == 0xFF0C || t->cp == 0x3001)
				opening = opens_clause(c, k);
			break;
		}
		/* "has started offering ... to buyers who exchange before the end
		 * of August": the date is the relative clause's */
		if (t->type == DT_WORD && words > 0 && word_in(c, k,
		    (const char *const[]){ "who", "whose", NULL }))
			break;
		/* "The expo, which runs until Sunday, opened on Friday": the
		 * relative clause's tense, not the main clause's after it */
		if (t->type == DT_WORD && words > 0 && k > 0 && is_p(c, k - 1, ',') &&
		    word_in(c, k, (const char *const[]){ "which", NULL })) {
			relative = true;
			break;
		}
		/* articles and the letters of "a.m." are no words of the reach */
		if ((t->type == DT_WORD && t->id != W_THE && t->id != W_A && t->id != W_AN &&
		    !(t->e - t->s == 1 && is_p(c, k + 1, '.'))) || t->type == DT_HAN)
			words++;
		if (t->type == DT_WORD && t->id != W_IN && t->id != W_ON && t->id != W_BY &&
		    t->id != W_THE && t->id != W_SINCE && t->id != W_UNTIL && t->id != W_AT &&
		    t->id != W_DURING && t->id != W_AFTER && t->id != W_BEFORE &&
		    t->id != W_BETWEEN && t->id != W_FROM && t->id != W_AND && t->id != W_TO &&
		    !(t->id >= W_JAN && t->id <= W_DEC))
			lead++;
		if (t->type == DT_HAN && !is_h(c, k, H_YU) && !is_h(c, k, H_ZAI))
			lead++;
		/* "is running collections until Sunday", "the road is closed
		 * until 3 March": a present state lasting to a day ahead */
		if (by && t->type == DT_WORD && t->id == W_IS)
			return TENSE_FUT;
		r = t->type == DT_HAN ? (ts - k <= 8 ? zh_tense_char(c, k, true, ts) :
		    TENSE_UNKNOWN) : en_tense_word(c, k, true);
		if (r == TENSE_NONE && t->type == DT_WORD && moved_word(c, k))
			return by || is_w(c, ts - 1, W_TO) ? TENSE_FUT : TENSE_NONE;  /* "postponed until March" */
		/* "gave the trustee until 5 p.m. on July 11 to file": a deadline
		 * set in the past lies either side of the anchor */
		if (r == TENSE_PAST && until)
			return TENSE_NONE;
		if (r == TENSE_PAST || r == TENSE_PERFECT || (r == TENSE_FUT && !by))
			return r;
		if (r == TENSE_FUT)
			break;
	}
	words = 0;
	for (k = te; k < c->nt && words < reach; k++) {
		const nf_dtok *t = T(c, k);
		if (t->type == DT_PUNCT && clause_punct(t) && !inner_punct(c, k)) {
			if ((t->cp == ',' || t->cp == 0xFF0C || t->cp == 0x3001) && relative)
				break;
			if (t->cp == ',' || t->cp == 0xFF0C || t->cp == 0x3001) {
				/* "In July, the firm fired ...", "Despite a rise in
				 * January, households bought ..."; not into a clause
				 * of its own: "starts on 17 January, and Pollard said" */
				if (++commas > 1 || (lead > 0 && (is_w(c, k + 1, W_AND) ||
				    is_w(c, k + 1, W_OR) || is_w(c, k + 1, W_FUNC) ||
				    is_w(c, k + 1, W_AS) || word_in(c, k + 1,
				    (const char *const[]){ "who", "where", "although", "though",
				    "because", "so", "then", "adding", "saying", "down", "up",
				    "compared", "from", "against", NULL }))))
					break;
				continue;
			}
			break;
		}
		if (t->type == DT_WORD || t->type == DT_HAN)
			words++;
		/* past a comma after a date inside its clause, a bare participle
		 * is more often an adjective ("near Grays, in Thurrock, in
		 * September, with 450 homes priced from") than the main verb
		 * an opening date precedes ("In July, the firm fired") */
		if (commas > 0 && !opening && ed_word(c, k))
			continue;
		r = t->type == DT_HAN ? zh_tense_char(c, k, false, te) : en_tense_word(c, k, false);
		if (r == TENSE_PAST || r == TENSE_PERFECT || r == TENSE_FUT || r == TENSE_NONE)
			return by && r != TENSE_PAST && r != TENSE_PERFECT ? TENSE_FUT : r;
	}
	return by ? TENSE_FUT : TENSE_NONE;
}

/* The tense of the clause around [ts, te), fourteen words either way. */
static int
clause_tense(const struct ctx *c, size_t ts, size_t te)
{
	return clause_tense_n(c, ts, te, 14);
}

/* Easter Sunday of year y (the Gregorian computus, Meeus/Jones/Butcher). */
static long
easter_day(int y)
{
	int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
	int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
	int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
	int m = (a + 11 * h + 22 * l) / 451;
	int mo = (h + l - 7 * m + 114) / 31, da = (h + l - 7 * m + 114) % 31 + 1;

	return nf_days_from_ymd(y, mo, da);
}

/* Movable feasts: p->holiday is FEAST_EASTER + 10 + days from Easter
 * Sunday (Good Friday is FEAST_EASTER + 8), or FEAST_THANKSGIVING (the
 * fourth Thursday of November). */
enum { FEAST_NONE, FEAST_THANKSGIVING, FEAST_EASTER = 10 };

/* Lunar feasts: p->holiday is -(month * 100 + day) of the Chinese
 * calendar, less FEAST_EVE for the day before (除夕). */
enum { FEAST_EVE = 10000 };

/* The day of p's feast in year y (a day far off when none can be had). */
static long
feast_day(const struct pd *p, int y)
{
	if (p->holiday < 0) {
		int h = -p->holiday, eve = h >= FEAST_EVE;
		long d;
		h %= FEAST_EVE;
		if (!nf_lunar_day(y, h / 100, h % 100, &d))
			return 1L << 40;
		return d - eve;
	}
	if (p->holiday == FEAST_THANKSGIVING) {
		long nov1 = nf_days_from_ymd(y, 11, 1);
		return nov1 + (4 - nf_weekday(nov1) + 7) % 7 + 21;
	}
	return easter_day(y) + (p->holiday - FEAST_EASTER - 10);
}

/* Whether the match m opens the text as its time ("In 2019, ...", "2019年，
 * ..."): at most a preposition before it. */
static bool
opens_text(const struct ctx *c, const nf_date_match *m)
{
	size_t i = 0;

	while (i < c->nt && c->t[i].type == DT_PUNCT)
		i++;
	if (i < c->nt && c->t[i].s == m->start)
		return true;
	return i < c->nt && (is_w(c, i, W_IN) || is_w(c, i, W_DURING) || is_h(c, i, H_ZAI) ||
	    is_h(c, i, H_YU)) && T(c, i + 1)->s == m->start;
}

/*
 * The date the text has set its story at, to read p's missing year near
 * (see dates.h): the last date before p in the paragraph, when it is one
 * the text stated with its year ("2009年11月5日签约，12月31日完成交割").  A
 * date resolved against the anchor ("last year") brings the story back to
 * the anchor.  A year alone counts only where it opens the sentence ("In
 * 2019, the firm ... in March"), not as background ("Johnson, who won in
 * 2003, will play in June").  Under a publication date, a better centre
 * than background dates ("Founded in July 2023, DeepSeek said its V3
 * model, released on December 26, ..."), only a day stated earlier in the
 * sentence counts.  Sets *year_only for a year.
 */
static bool
story_date(const struct ctx *c, const struct pd *p, nf_ymd *ctr, bool *year_only)
{
	const nf_date_match *m = NULL;
	/* without an anchor the story is read as strictly as under a
	 * publication date: no guess where none is needed */
	bool pub = (c->o->anchor_published && c->has_a) || !c->has_a, here = false;
	size_t vlen;

	*year_only = false;
	for (size_t i = c->out->len; i > c->out_start; i--) {
		const nf_date_match *x = &c->out->items[i - 1];
		if (x->start < tok_start(c, p->ts) && x->kind != NF_DATE_DURATION &&
		    x->kind != NF_DATE_SET && x->has_range && x->note != NOTE_YEAR_BACK &&
		    x->note != NOTE_BACK) {
			m = x;
			here = true;
			break;
		}
	}
	if (m == NULL && c->doc != NULL && c->doc->carry.has_context)
		m = &c->doc->carry.context;
	if (m == NULL || m->kind != NF_DATE_DATE || !m->explicit_year ||
	    (c->has_a && m->from.y > c->a.y))
		return false;
	vlen = strlen(m->value);
	/* "2008年第三季度……三季度末", "该行2008年……其中四季度": a quarter or
	 * half takes the year stated before it in the sentence, or after 其中
	 * a year alone stated before it in the paragraph ("2024年营收3.6亿元；
	 * 其中下半年") */
	if ((here || (vlen == 4 && p->ts >= 2 && is_cp(c, p->ts - 2, 0x5176) &&
	    is_h(c, p->ts - 1, H_ZHONG))) && (p->g == G_QUARTER || p->g == G_HALF) && vlen >= 4 &&
	    m->value[0] >= '0' && m->value[0] <= '9' && m->from.y == m->to.y) {
		*ctr = m->from;
		*year_only = true;
		return true;
	}
	if (vlen == 4) {
		if (!here || !opens_text(c, m))
			return false;
		*ctr = m->from;
		*year_only = true;
		return true;
	}
	if ((vlen != 7 && vlen < 10) || m->value[4] != '-' || m->value[7] == 'Q' ||
	    m->value[7] == 'H' || m->value[7] == 'W' ||
	    (p->infer == INF_YEAR && p->g != G_DAY && p->g != G_MONTH))
		return false;
	if (pub && (!here || vlen < 10))
		return false;
	*ctr = m->from;
	return true;
}

/* Distance from the centre to year y's occurrence of p, in p's own unit
 * (days, months, quarters, seasons, years); false when y has none. */
static bool
pd_dist(const struct pd *p, int y, nf_ymd ctr, long cday, long *dist)
{
	int sy, s;

	switch (p->g) {
	case G_DAY:
		if (p->holiday) {
			*dist = feast_day(p, y) - cday;
			return true;
		}
		if (!nf_ymd_valid(y, p->m, p->d))
			return false;
		if (p->wd && nf_weekday(nf_days_from_ymd(y, p->m, p->d)) != p->wd)
			return false;
		*dist = nf_days_from_ymd(y, p->m, p->d) - cday;
		return true;
	case G_MONTH:
		*dist = ((long)y * 12 + p->m) - ((long)ctr.y * 12 + ctr.m);
		return true;
	case G_QUARTER:
		*dist = ((long)y * 4 + p->q) - ((long)ctr.y * 4 + (ctr.m - 1) / 3 + 1);
		return true;
	case G_SEASON:
		season_of(ctr, &sy, &s);
		*dist = ((long)y * 4 + p->q) - ((long)sy * 4 + s);
		return true;
	default:
		*dist = (long)y - ctr.y;
		return true;
	}
}

/* Whether dist beats the best so far under tense (see infer). */
static bool
better(long dist, long best, bool have, int tense)
{
	long ad = dist < 0 ? -dist : dist, bd = best < 0 ? -best : best;

	if ((tense == TENSE_FUT && dist < 0) ||
	    ((tense == TENSE_PAST || tense == TENSE_PERFECT) && dist > 0))
		return false;
	return !have || ad < bd || (ad == bd && dist < 0);
}

/* INF_MONTH: the month (and year) of a day of the month alone, "18日". */
static void
infer_month(const struct ctx *c, struct pd *p, nf_ymd ctr, long cday)
{
	long best = 0, bestdist = 0;
	bool have = false;

	for (int pass = 0; pass < 2 && !have; pass++) {
		for (int k = -2; k <= 1; k++) {
			nf_ymd mo = nf_add_months((nf_ymd){ ctr.y, ctr.m, 1 }, k);
			long dist;
			if (!nf_ymd_valid(mo.y, mo.m, p->d))
				continue;
			dist = nf_days_from_ymd(mo.y, mo.m, p->d) - cday;
			if (better(dist, bestdist, have, pass ? TENSE_NONE : p->tense)) {
				bestdist = dist;
				best = (long)mo.y * 12 + mo.m - 1;
				have = true;
			}
		}
	}
	(void)c;
	p->y = (int)floordiv(best, 12);
	p->m = (int)(best - (long)p->y * 12) + 1;
}

/*
 * Year inference (see dates.h): fill the missing year (and for INF_MONTH
 * the month) of p.  The centre is the story's date if the article has set
 * one, else the anchor; the clause's tense picks the occurrence: the last
 * not after the centre (past), the first not before it (future), else the
 * nearest, ties to the past.  A weekday given with the date must agree.
 */
static void
infer(const struct ctx *c, struct pd *p)
{
	nf_ymd ctr = c->a;
	long cday = c->aday, best = 0, bestdist = 0;
	bool have = false, year_only;

	if (p->infer == INF_NONE)
		return;
	if (!story_date(c, p, &ctr, &year_only) && !need_anchor(c, p)) {
		p->infer = INF_NONE;
		return;  /* no anchor and no date stated before */
	}
	if (p->tense == TENSE_UNKNOWN)
		p->tense = p->g == G_HALF ? TENSE_NONE : clause_tense(c, p->ts, p->te);
	if (story_date(c, p, &ctr, &year_only)) {
		if (year_only && p->infer == INF_YEAR && !p->holiday &&
		    (p->g != G_DAY || nf_ymd_valid(ctr.y, p->m, p->d))) {
			p->y = ctr.y;
			p->infer = INF_NONE;
			return;
		}
		cday = nf_days_from_ymd(ctr.y, ctr.m, ctr.d);
		/* "sold in March 2009; closed in June": both before today, in
		 * either order; "had", 已 put it before the story's date */
		if (p->tense == TENSE_PAST)
			p->tense = TENSE_NONE;
	} else if ((p->g == G_DAY || p->infer == INF_MONTH) && p->tense == TENSE_PAST &&
	    dateline_date(c, p->ts, p->te)) {
		cday++;  /* a dateline may be a day ahead of the anchor's zone */
	}
	if (p->infer == INF_MONTH) {
		infer_month(c, p, ctr, cday);
		p->infer = INF_NONE;
		return;
	}
	if (p->g == G_HALF) {
		p->y = year_only || ctr.y != c->a.y ? ctr.y : year_base(c, p->ts);
		p->infer = INF_NONE;
		return;
	}
	for (int pass = 0; pass < 3 && !have; pass++) {
		int tense = pass == 0 ? p->tense : TENSE_NONE;
		if (pass == 2) {
			if (!p->wd)
				break;
			p->wd = 0;  /* no year near fits the weekday */
			p->note = "weekday does not fit the date";
		}
		for (int y = ctr.y - 8; y <= ctr.y + 8; y++) {
			long dist;
			if (pd_dist(p, y, ctr, cday, &dist) && better(dist, bestdist, have, tense)) {
				bestdist = dist;
				best = y;
				have = true;
			}
		}
	}
	p->y = (int)best;
	if (p->holiday) {
		nf_ymd d = nf_ymd_from_days(feast_day(p, p->y));
		p->m = d.m;
		p->d = d.d;
	}
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

/*
 * Narrow [from, to] of p to the third its modifier names (see dates.h):
 * days 1-10, 11-20, 21- of a month; months 1-4, 5-8, 9-12 of a year;
 * years 0-3, 4-6, 7-9 of a decade; the first, second, third month of a
 * quarter; months 1-2, 3-4, 5-6 of a half; Monday-Tuesday, Wednesday-
 * Thursday, Friday-Sunday of a week.
 */
static void
narrow(const struct pd *p, nf_ymd *from, nf_ymd *to)
{
	int k = p->mod - 1;  /* 0 start, 1 middle, 2 end */
	long f;

	if (p->mod == MOD_NONE)
		return;
	switch (p->g) {
	case G_MONTH:
		from->d = 1 + 10 * k;
		to->d = k == 2 ? nf_days_in_month(p->y, p->m) : 10 + 10 * k;
		break;
	case G_YEAR:
		from->m = 1 + 4 * k;
		to->m = 4 + 4 * k;
		to->d = nf_days_in_month(to->y, to->m);
		break;
	case G_DECADE:
		from->y = p->y + (k == 0 ? 0 : k == 1 ? 4 : 7);
		to->y = p->y + (k == 0 ? 3 : k == 1 ? 6 : 9);
		break;
	case G_QUARTER:
		from->m += k;
		to->m = from->m;
		to->d = nf_days_in_month(to->y, to->m);
		break;
	case G_HALF:
		from->m += 2 * k;
		to->m = from->m + 1;
		to->d = nf_days_in_month(to->y, to->m);
		break;
	case G_WEEK:
		f = nf_days_from_ymd(from->y, from->m, from->d);
		*to = nf_ymd_from_days(f + (k == 0 ? 1 : k == 1 ? 3 : 6));
		*from = nf_ymd_from_days(f + (k == 0 ? 0 : k == 1 ? 2 : 4));
		break;
	default:
		break;
	}
}

static const char *
mod_name(int mod)
{
	return mod == MOD_START ? "START" : mod == MOD_MID ? "MID" : mod == MOD_END ? "END" : NULL;
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
	m->anchor = c->a;
}

/* A Chinese verb of saying at k: 表示 称 宣布 公布 发布 披露 指出 透露 说. */
static bool
zh_speech(const struct ctx *c, size_t k)
{
	static const uint32_t two[][2] = {
		{ 0x8868, 0x793A }, { 0x5BA3, 0x5E03 }, { 0x516C, 0x5E03 }, { 0x53D1, 0x5E03 },
		{ 0x767C, 0x5E03 }, { 0x62AB, 0x9732 }, { 0x6307, 0x51FA }, { 0x900F, 0x9732 },
	};  /* 表示 宣布 公布 发布 發布 披露 指出 透露 */
	const nf_dtok *t = T(c, k);

	if (t->type != DT_HAN)
		return false;
	if (t->cp == 0x79F0 || t->cp == 0x7A31 || t->cp == 0x8BF4 || t->cp == 0x8AAA)
		return true;  /* 称 稱 说 說 */
	for (size_t i = 0; i < sizeof two / sizeof two[0]; i++)
		if (t->cp == two[i][0] && is_cp(c, k + 1, two[i][1]))
			return true;
	return false;
}

/*
 * Whether the date at tokens [ts, te) is an aside (nf_date_match.aside):
 * a day that dates a statement ("the ONS said on Wednesday", "announced
 * Tuesday", 统计局15日发布, 周三表示) or the base of a comparison ("to 3.4
 * per cent in August from 3.8 per cent in July", "against 5% in 2023",
 * 较去年9月下降).  "The same period last year" and 同比 count back from
 * the date the text talks about, which these are not.
 */
static bool
date_aside(const struct ctx *c, size_t ts, size_t te, int g)
{
	static const char *const speech[] = { "said", "says", "announced", "reported",
		"told", "confirmed", "stated", "disclosed", "released", "published", NULL };
	static const char *const base[] = { "from", "against", "versus", "vs", NULL };
	bool num = false;
	size_t k = ts;

	if (g == G_DAY) {
		if (k > 0 && is_w(c, k - 1, W_ON))
			k--;
		if (k > 0 && word_in(c, k - 1, speech))
			return true;
		if (zh_speech(c, te))
			return true;
	}
	if (ts > 0 && (is_cp(c, ts - 1, 0x8F83) || is_cp(c, ts - 1, 0x8F03) ||
	    is_cp(c, ts - 1, 0x6BD4)))
		return true;  /* 较 較 比 */
	for (k = ts; k > 0 && ts - k < 8;) {
		const nf_dtok *t = T(c, --k);
		if (t->type == DT_PUNCT && clause_punct(t) && !(is_num(c, k + 1) && glued(c, k + 1)))
			return false;
		if (is_num(c, k))
			num = true;
		else if (num && (word_in(c, k, base) || (word_in(c, k - 1,
		    (const char *const[]){ "compared", NULL }) && (is_w(c, k, W_TO) ||
		    word_in(c, k, (const char *const[]){ "with", NULL })))))
			return true;
	}
	return false;
}

/* Emit one resolved date; returns 0 or -1 (memory). */
static int
emit(const struct ctx *c, struct pd *p, nf_date_list *out)
{
	nf_date_match m;

	/* a year the text gave: the article's story can be set by it */
	m.explicit_year = p->explicit_y || (p->infer == INF_NONE && !p->used_anchor &&
	    !p->unresolved && p->kind == NF_DATE_DATE && p->g != G_DUR);
	infer(c, p);
	{
		bool ey = m.explicit_year;
		match_init(c, &m, p->ts, p->te, p->g != G_DUR ? p->kind :
		    p->kind == NF_DATE_SET ? NF_DATE_SET : NF_DATE_DURATION);
		m.explicit_year = ey;
	}
	m.note = p->note;
	m.used_anchor = p->used_anchor;
	m.mod = mod_name(p->mod);
	m.aside = date_aside(c, p->ts, p->te, p->g);
	if (!p->unresolved) {
		pd_value(p, m.value, sizeof m.value);
		if (p->g != G_SEASON && (m.has_range = pd_bounds(p, &m.from, &m.to)))
			narrow(p, &m.from, &m.to);
		if (p->to_anchor && m.has_range && c->has_a &&
		    nf_days_from_ymd(m.from.y, m.from.m, m.from.d) <= c->aday)
			m.to = c->a;
		if (p->has_point) {
			m.has_point = true;
			m.point = p->point;
		} else if (p->g == G_DAY) {
			m.has_point = true;
			m.point = (nf_ymd){ p->y, p->m, p->d };
		}
		m.dateline = p->g == G_DAY && dateline_date(c, p->ts, p->te);
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
	m.explicit_year = (a->explicit_y || (!a->used_anchor && a->kind == NF_DATE_DATE)) &&
	    (b->explicit_y || (!b->used_anchor && b->kind == NF_DATE_DATE));
	if (a->g != G_SEASON && b->g != G_SEASON && pd_bounds(a, &f1, &t1) &&
	    pd_bounds(b, &f2, &t2)) {
		narrow(a, &f1, &t1);
		narrow(b, &f2, &t2);
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
	case W_QUARTER:  /* "six quarters", never "a quarter" or "three-quarters" (shares) */
		if (!(T(c, i)->flags & DF_PLURAL) || (i > 0 && glued(c, i) && is_dash(c, i - 1)))
			return U_NONE;
		*mult = 3;
		return U_M;
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
		/* "three and a half hours" */
		if (is_w(c, i + 1, W_AND) && is_w(c, i + 2, W_A) && is_w(c, i + 3, W_HALF)) {
			*tenths += 5;
			return i + 4;
		}
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
	case U_W:  /* "a week ago" is a day, as a reader counts it */
		pt = nf_ymd_from_days(c->aday - 7 * n);
		set_day(p, c->aday - 7 * n);
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
	/* ages and proper names: "10 years old", "aged 52 years", "an average
	 * age of 7.1 years" */
	if (is_w(c, k, W_OLD) || (is_dash(c, k) && is_w(c, k + 1, W_OLD)))
		return false;
	if (i > 0 && (word_in(c, i - 1, (const char *const[]){ "age", "aged", "ages", NULL }) ||
	    (is_w(c, i - 1, W_OF) && word_in(c, i - 2, (const char *const[]){ "age", NULL }))))
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
	/* "a year": a duration, but not "a second term", "a week later", nor
	 * a rate ("$15 an hour") */
	if (is_a && (u == U_S || freq_before(c, i) || is_w(c, k, W_LATER) ||
	    is_w(c, k, W_EARLIER)))
		return false;
	/* "one day" is mostly "some day" */
	if (T(c, i)->type == DT_WNUM && tenths == 10 && u == U_D &&
	    !duration_cue(prev_id(c, i)))
		return false;
	if (u == U_S && tenths == 10 && T(c, i)->type != DT_NUM)
		return false;
	/* "the 1988 second quarter": an ordinal */
	if (u == U_S && !hyphen && !(T(c, j)->flags & DF_PLURAL) && tenths != 10)
		return false;
	dur_format(p->dur, sizeof p->dur, tenths * mult, u);
	/* "three hours and 11 minutes", "an hour and 40 minutes", "2 years
	 * and 3 months": one duration in two units */
	if (!hyphen && mult == 1 && tenths % 10 == 0 && (u == U_Y || u == U_H || u == U_MIN ||
	    u == U_D)) {
		long t2;
		size_t j2, a = k + is_w(c, k, W_AND);
		int m2;
		enum unit u2;
		if (a > k && (j2 = en_amount(c, a, false, &t2)) > 0 && t2 % 10 == 0 &&
		    (u2 = en_unit(c, j2, &m2)) != U_NONE && m2 == 1 &&
		    ((u == U_Y && u2 == U_M) || (u == U_H && u2 == U_MIN) ||
		    (u == U_MIN && u2 == U_S) || (u == U_D && u2 == U_H))) {
			static const char letters[] = " YMWDHMS";
			if (u == U_D)  /* P2DT12H */
				snprintf(p->dur, sizeof p->dur, "P%ldDT%ldH", tenths / 10, t2 / 10);
			else
				snprintf(p->dur, sizeof p->dur, "%s%ld%c%ld%c", u >= U_H ? "PT" : "P",
				    tenths / 10, letters[u], t2 / 10, letters[u2]);
			p->te = j2 + 1;
		}
	}
	return true;
}

/* Whether the word before "a"/"an" at i counts what happens per unit:
 * "$5bn a year", "3 times a week", "twice a day", "20% a year", "50
 * barrels a day", "12 hours a day". */
static bool
freq_before(const struct ctx *c, size_t i)
{
	const nf_dtok *p;

	if (i == 0)
		return false;
	p = T(c, i - 1);
	if (p->type == DT_NUM || (p->type == DT_PUNCT && (p->cp == '%' || p->cp == 0xFF05)))
		return true;
	if (p->type != DT_WORD)
		return false;
	if (p->id == W_COUNTED || word_in(c, i - 1, (const char *const[]){ "times", "once",
	    "twice", "thrice", NULL }))
		return true;
	if ((p->flags & DF_PLURAL) && p->id >= W_YEAR && p->id <= W_FORTNIGHT)
		return true;  /* "12 hours a day" */
	if (p->id == W_NONE && p->e - p->s <= 2 && i >= 2 && glued(c, i - 1) &&
	    T(c, i - 2)->type == DT_NUM)
		return true;  /* "£5m a year" */
	if (p->id != W_NONE || (p->flags & (DF_CAP | DF_UPPER)))
		return false;
	/* "50 barrels a day", "1.2 million tonnes of water a year": an
	 * amount a few plain words back */
	for (size_t k = i - 1, n = 0; k > 0 && n < 4; n++) {
		const nf_dtok *q = T(c, --k);
		if (q->type == DT_NUM || (q->type == DT_WORD && q->id == W_COUNTED))
			return true;
		if (q->type != DT_WORD || (q->flags & (DF_CAP | DF_UPPER)) ||
		    (q->id != W_NONE && q->id != W_OF))
			return false;
	}
	return false;
}

/* The set value of n units ("P1W", "P3M" for a quarter). */
static void
set_value(struct pd *p, long tenths, enum unit u, int mult)
{
	p->g = G_DUR;
	p->kind = NF_DATE_SET;
	dur_format(p->dur, sizeof p->dur, tenths * mult, u);
}

/*
 * Token i is a plural common noun (singular.h: "engineers", "reports",
 * "staff"; not "business", "this"), a word no date rule knows.  An adverb
 * of frequency after one gives that count's rate ("produces thousands of
 * engineers annually"), no date.
 */
static bool
plural_noun(const struct ctx *c, size_t i)
{
	const nf_dtok *t = T(c, i);
	nf_singular_form sf;

	return i < c->nt && t->type == DT_WORD && t->id == W_NONE &&
	    nf_singular(c->s + t->s, t->e - t->s, &sf);
}

/*
 * Frequencies, kind set (TIMEX3 SET): "every week" (P1W), "each quarter"
 * (P3M), "every two years" (P2Y), "every other week" (P2W), "every
 * Friday" (XXXX-WXX-5), "every March" (XXXX-03), "per month", "per annum",
 * "daily", "weekly", "annually", "$5bn a year", "twice a week".
 */
static bool
rule_en_set(const struct ctx *c, size_t i, struct pd *p)
{
	const nf_dtok *t = T(c, i);
	size_t j = i + 1, k;
	long tenths = 10;
	enum unit u;
	int mult = 1;
	bool counted = false;

	pd_init(p, i, G_DUR);
	switch (t->id) {
	case W_EVERY_ADV:
		if (t->flags & (DF_CAP | DF_UPPER))
			return false;  /* "China Daily", "the Weekly Standard" */
		if (i > 0 && plural_noun(c, i - 1))
			return false;  /* "thousands of engineers annually": a rate */
		{
			int pid = prev_id(c, i);
			if (pid == W_THE || pid == W_A || pid == W_AN || pid == W_ITS ||
			    pid == W_THEIR || pid == W_HIS || pid == W_HER || pid == W_OUR ||
			    pid == W_THIS)
				return false;  /* "the monthly CPI indicator": a kind of thing */
		}
		switch (c->s[t->s]) {
		case 'd': set_value(p, 10, U_D, 1); break;
		case 'w': set_value(p, 10, U_W, 1); break;
		case 'f': set_value(p, 20, U_W, 1); break;
		case 'm': set_value(p, 10, U_M, 1); break;
		case 'q': set_value(p, 30, U_M, 1); break;
		case 'h': set_value(p, 10, U_H, 1); break;
		default: set_value(p, 10, U_Y, 1); break;
		}
		return true;
	case W_EVERY: case W_EACH:
		if (word_in(c, j, (const char *const[]){ "other", NULL })) {
			tenths = 20;
			j++;
		} else if ((k = en_amount(c, j, false, &tenths)) > 0) {
			j = k;
			counted = true;
		}
		if (tenths % 10 != 0 || tenths < 10)
			return false;
		p->te = j + 1;
		p->kind = NF_DATE_SET;
		if (tenths == 10 && is_weekday_tok(c, j)) {
			snprintf(p->dur, sizeof p->dur, "XXXX-WXX-%d", T(c, j)->id - W_MON + 1);
			return true;
		}
		if (tenths == 10 && is_month_tok(c, j) && !(T(c, j)->flags & DF_ABBR)) {
			snprintf(p->dur, sizeof p->dur, "XXXX-%02d", T(c, j)->id);
			return true;
		}
		if (tenths == 10 && is_w(c, j, W_WEEKEND)) {
			snprintf(p->dur, sizeof p->dur, "XXXX-WXX-WE");
			return true;
		}
		if (is_w(c, j, W_QUARTER)) {
			set_value(p, tenths * 3, U_M, 1);
			return true;
		}
		if ((u = en_unit(c, j, &mult)) == U_NONE ||
		    (counted && tenths > 10) != ((T(c, j)->flags & DF_PLURAL) != 0))
			return false;
		set_value(p, tenths, u, mult);
		return true;
	case W_PER:
		p->te = j + 1;
		if (is_w(c, j, W_ANNUM)) {
			set_value(p, 10, U_Y, 1);
			return true;
		}
		if (is_w(c, j, W_QUARTER) && !(T(c, j)->flags & DF_PLURAL)) {
			set_value(p, 30, U_M, 1);
			return true;
		}
		if ((u = en_unit(c, j, &mult)) == U_NONE || u > U_D || (T(c, j)->flags & DF_PLURAL))
			return false;  /* "per second" is a unit of rate */
		set_value(p, 10, u, mult);
		return true;
	case W_A: case W_AN:
		if (!freq_before(c, i))
			return false;
		if ((u = en_unit(c, j, &mult)) == U_NONE || (T(c, j)->flags & DF_PLURAL) ||
		    u > U_D || (glued(c, j + 1) && T(c, j + 1)->type != DT_PUNCT) ||
		    is_w(c, j + 1, W_AGO) || is_w(c, j + 1, W_EARLIER) || is_w(c, j + 1, W_LATER))
			return false;
		p->te = j + 1;
		set_value(p, 10, u, mult);
		return true;
	default:
		return false;
	}
}

/*
 * Durations of no stated length, TIMEX3 X for the number: "for years"
 * (PXY), "within weeks", "in recent months", "several decades" (PXDE),
 * "spent months waiting", "took years",
 * "a few days", "the next few months", "the coming weeks".  i is at the
 * plural unit; the span takes the words before it that say how many.
 */
static bool
rule_en_indef(const struct ctx *c, size_t i, struct pd *p)
{
	/* verbs whose object is a time: "spent months waiting", "took years" */
	static const char *const spend[] = { "spent", "spend", "spends", "spending", "took",
		"take", "takes", "taking", "lasted", "lasts", "lasting", "waited", "wait",
		"waiting", NULL };
	const nf_dtok *t = T(c, i);
	size_t ts = i;
	int pid;
	const char *v;

	if (t->type != DT_WORD || !(t->flags & DF_PLURAL) || (t->flags & DF_CAP))
		return false;
	switch (t->id) {
	case W_YEAR: v = "PXY"; break;
	case W_MONTH: v = "PXM"; break;
	case W_WEEK: case W_FORTNIGHT: v = "PXW"; break;
	case W_DAY: v = "PXD"; break;
	case W_HOUR: v = "PTXH"; break;
	case W_MINUTE: v = "PTXM"; break;
	case W_DECADE: v = "PXDE"; break;
	case W_CENTURY: v = "PXCE"; break;
	default: return false;
	}
	pid = prev_id(c, i);
	if (pid == W_FEW || pid == W_SEVERAL || pid == W_MANY || pid == W_RECENT ||
	    pid == W_COMING || pid == W_UPCOMING || word_in(c, i - 1,
	    (const char *const[]){ "some", NULL })) {
		ts = i - 1;
		if (pid == W_FEW && is_w(c, ts - 1, W_A))
			ts--;
		if (ts > 0 && (is_w(c, ts - 1, W_NEXT) || is_w(c, ts - 1, W_PAST) ||
		    is_w(c, ts - 1, W_LAST) || is_w(c, ts - 1, W_COMING)))
			ts--;
		if (ts > 0 && is_w(c, ts - 1, W_THE))
			ts--;
		if (is_w(c, i + 1, W_AGO) || is_w(c, i + 1, W_LATER) || is_w(c, i + 1, W_EARLIER))
			return false;
	} else if (pid == W_FOR && (t->id == W_YEAR || t->id == W_DECADE || t->id == W_CENTURY)) {
		return false;  /* "for years", "for decades": a long time, no span */
	} else if (!(pid == W_FOR || pid == W_OVER || pid == W_WITHIN || pid == W_AFTER ||
	    (pid == W_IN && !is_w(c, i + 1, W_OF)) || word_in(c, i - 1, spend))) {
		return false;
	}
	if (c->out->len > c->out_start && c->out->items[c->out->len - 1].end > tok_start(c, ts))
		return false;
	pd_init(p, ts, G_DUR);
	p->te = i + 1;
	snprintf(p->dur, sizeof p->dur, "%s", v);
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

/* A two-digit year after a day and month: "3 Aug 96", "Aug 9, '96".
 * Returns tokens used. */
static size_t
year2_after(const struct ctx *c, size_t j, int *y)
{
	size_t k = j;
	bool apos;

	if (is_p(c, k, ','))
		k++;
	apos = (is_p(c, k, '\'') || is_p(c, k, 0x2019)) && glued(c, k + 1);
	if (apos)
		k++;
	if (T(c, k)->type != DT_NUM || T(c, k)->ndig != 2 || !right_clean(c, k + 1) ||
	    is_w(c, k + 1, W_COUNTED))
		return 0;
	/* a bare "96" must end the phrase: "3 Aug 96 people" is a count */
	if (!apos && !(T(c, k + 1)->type == DT_END || (T(c, k + 1)->type == DT_PUNCT &&
	    clause_punct(T(c, k + 1))) || is_p(c, k + 1, ')')))
		return 0;
	*y = (int)T(c, k)->val + (T(c, k)->val < 50 ? 2000 : 1900);
	return k + 1 - j;
}

/* A year stated right after a yearless date and its noun: "our Christmas
 * party in 2023", "the May 5 vote of 2024".  Sets p's year. */
static void
year_after_noun(const struct ctx *c, struct pd *p)
{
	size_t k = p->te;

	if (p->infer != INF_YEAR || T(c, k)->type != DT_WORD || T(c, k)->id != W_NONE ||
	    (T(c, k)->flags & (DF_CAP | DF_UPPER)) || !(is_w(c, k + 1, W_IN) ||
	    is_w(c, k + 1, W_OF)) || !year_num(c, k + 2) || !right_clean(c, k + 3) ||
	    is_w(c, k + 3, W_COUNTED))
		return;
	if (p->holiday) {
		nf_ymd f;
		p->y = (int)T(c, k + 2)->val;
		f = nf_ymd_from_days(feast_day(p, p->y));
		p->m = f.m;
		p->d = f.d;
		p->holiday = 0;
	} else if (p->g != G_DAY || nf_ymd_valid((int)T(c, k + 2)->val, p->m, p->d)) {
		p->y = (int)T(c, k + 2)->val;
	} else {
		return;
	}
	p->infer = INF_NONE;
	p->explicit_y = true;
}

/* "the 11 September attacks", "the September 11 attacks": the day is
 * the name of 2001's, whatever the anchor. */
static void
named_day(const struct ctx *c, struct pd *p)
{
	if (p->infer == INF_YEAR && p->g == G_DAY && p->m == 9 && p->d == 11 &&
	    word_in(c, p->te, (const char *const[]){ "attacks", "attack", "terror",
	    "terrorist", "hijackings", NULL })) {
		p->y = 2001;
		p->infer = INF_NONE;
	}
}

/* "next year", "last year", "this year" after a yearless month or day
 * ("January next year", "in March last year"): its year, relative. */
static void
year_word_after(const struct ctx *c, struct pd *p)
{
	int id = word_id(c, p->te), off;

	if ((id != W_NEXT && id != W_LAST && id != W_THIS) || !is_w(c, p->te + 1, W_YEAR) ||
	    (T(c, p->te + 1)->flags & DF_PLURAL))
		return;
	off = id == W_NEXT ? 1 : id == W_LAST ? -1 : 0;
	p->te += 2;
	p->infer = INF_NONE;
	p->kind = NF_DATE_RELATIVE;
	if (need_anchor(c, p))
		p->y = year_base(c, p->ts) + off;
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

/* Whether the month name at i continues a list of months just found
 * ("in February, May and August", "in March or May"). */
static bool
month_listed(const struct ctx *c, size_t i)
{
	const nf_date_match *m;
	size_t k = i - 1;

	if (i < 2 || c->out == NULL || c->out->len <= c->out_start ||
	    !(is_p(c, k, ',') || is_w(c, k, W_AND) || is_w(c, k, W_OR)))
		return false;
	if ((is_w(c, k, W_AND) || is_w(c, k, W_OR)) && is_p(c, k - 1, ','))
		k--;
	m = &c->out->items[c->out->len - 1];
	return m->end == T(c, k - 1)->e && is_month_tok(c, k - 1) && strlen(m->value) == 7;
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
	    !(t->flags & DF_ABBR) && !(glued(c, j + 1) && (T(c, j + 1)->type != DT_PUNCT ||
	    is_dash(c, j + 1))) && !(i > 0 && (is_dash(c, i - 1) ||
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
		if ((k = year_after(c, e, &y)) > 0 || (k = year2_after(c, e, &y)) > 0) {
			p->y = y;
			p->te = e + k;
			if (!nf_ymd_valid(y, m, d))
				return false;
		} else {
			if (!nf_ymd_valid(2024, m, d))
				return false;
			p->infer = INF_YEAR;
			year_word_after(c, p);
			named_day(c, p);
			year_after_noun(c, p);
		}
		return true;
	}
	/* Month [of] YYYY, "Sep-2012" */
	k = j;
	if (is_w(c, k, W_OF) || (is_dash(c, k) && glued(c, k) && glued(c, k + 1) &&
	    year_num(c, k + 1)))
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
		/* "the March sessions", "its April meeting": the month before a
		 * lower-case noun */
		if ((pid == W_THE || pid == W_ITS || pid == W_THEIR || pid == W_HIS ||
		    pid == W_HER || pid == W_OUR) && m != 5 && T(c, j)->type == DT_WORD &&
		    !(T(c, j)->flags & (DF_CAP | DF_UPPER)) && T(c, j)->id != W_OF)
			cue = true;
		if (!cue && (month_modifier(c, i) || month_listed(c, i)))
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
	year_word_after(c, p);
	/* "rises in June, August and September": the list's year, going on
	 * into the next when the months wrap ("November, December and
	 * January") */
	if (p->infer == INF_YEAR && month_listed(c, i)) {
		const nf_date_match *prev = &c->out->items[c->out->len - 1];
		if (prev->has_range) {
			p->y = prev->from.y + (m < prev->from.m ? 1 : 0);
			p->infer = INF_NONE;
			p->used_anchor = prev->used_anchor;
		}
	}
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
	/* "10-August-2012" */
	if (is_dash(c, j) && glued(c, j) && glued(c, j + 1) && is_month_tok(c, j + 1) &&
	    is_dash(c, j + 2) && glued(c, j + 2) && glued(c, j + 3) && year_num(c, j + 3) &&
	    right_clean(c, j + 4)) {
		pd_init(p, i, G_DAY);
		p->m = T(c, j + 1)->id;
		p->d = d;
		p->y = (int)T(c, j + 3)->val;
		p->te = j + 4;
		return nf_ymd_valid(p->y, p->m, d);
	}
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
	if ((k = year_after(c, p->te, &y)) > 0 || (k = year2_after(c, p->te, &y)) > 0) {
		p->y = y;
		p->te += k;
		return nf_ymd_valid(y, m, d);
	}
	/* "Model 3 May ..." is no date; a lone "5 May" needs the month named in
	 * full or abbreviated with a capital, which is_month_tok checked */
	if (!nf_ymd_valid(2024, m, d))
		return false;
	p->infer = INF_YEAR;
	year_word_after(c, p);
	named_day(c, p);
	year_after_noun(c, p);
	return true;
}

/* A connector between two days of one month: a dash, "to", "until",
 * "through", or "and" after "between". */
static bool
day_connector(const struct ctx *c, size_t j)
{
	if (is_dash(c, j))
		return true;
	if (is_w(c, j, W_TO) || is_w(c, j, W_UNTIL) || is_w(c, j, W_THROUGH) ||
	    is_w(c, j, W_TILL))
		return true;
	return is_w(c, j, W_AND) && j >= 2 && is_w(c, j - 2, W_BETWEEN);
}

/* Day ranges: "9-11 July 2017", "10 to 22 August 2012", "May 18-20",
 * "between 12 and 15 March". */
static bool
rule_en_range_days(const struct ctx *c, size_t i, struct pd *a, struct pd *b)
{
	size_t j, k;
	int m, y, d1, d2;

	if (small_num(c, i, 1, 31) && left_clean(c, i) && day_connector(c, i + 1) &&
	    small_num(c, i + 2, 1, 31) && is_month_tok(c, i + 3) && !glued(c, i + 3) &&
	    (is_dash(c, i + 1) || !glued(c, i + 2))) {
		d1 = (int)T(c, i)->val;
		d2 = (int)T(c, i + 2)->val;
		m = T(c, i + 3)->id;
		j = i + 4;
	} else if (is_month_tok(c, i) && (k = i + 1 + ((T(c, i)->flags & DF_ABBR) &&
	    is_p(c, i + 1, '.') && glued(c, i + 1))) && small_num(c, k, 1, 31) && !glued(c, k) &&
	    is_dash(c, k + 1) && small_num(c, k + 2, 1, 31) && right_clean(c, k + 3)) {
		/* "May 18-20", "Oct. 21-23" */
		m = T(c, i)->id;
		d1 = (int)T(c, k)->val;
		d2 = (int)T(c, k + 2)->val;
		j = k + 3;
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
	a->te = j;
	a->d = d2;  /* the range ends on d2: read its tense and year so */
	infer(c, a);
	a->d = d1;
	*b = *a;
	b->d = d2;
	a->te = b->te = j;
	return true;
}

/* Weekday d (1 Monday .. 7 Sunday) relative to the anchor. how: 0 on or
 * before (news "on Friday"), 4 on or after (in a future clause), -1
 * strictly before, +1 strictly after, 2 in the anchor's ISO week, -2 in
 * the week before, +3 in the week after. */
static long
weekday_day(const struct ctx *c, int wd, int how)
{
	int aw = nf_weekday(c->aday);
	long monday = c->aday - (aw - 1);

	switch (how) {
	case 0: return c->aday - ((aw - wd + 7) % 7);
	case 4: return c->aday + ((wd - aw + 7) % 7);
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

/*
 * A weekday given with a day: a yearless day takes the year in which it
 * falls on that weekday (infer()); a day with its year that falls on
 * another weekday says so.
 */
static void
weekday_with_date(struct pd *p, int wd)
{
	if (p->infer == INF_YEAR || p->y == 0)
		p->wd = wd;
	else if (p->infer == INF_NONE && nf_ymd_valid(p->y, p->m, p->d) &&
	    nf_weekday(nf_days_from_ymd(p->y, p->m, p->d)) != wd)
		p->note = "weekday does not fit the date";
}

/* A verb right after a weekday: "Iran Saturday condemned", "The court
 * Friday rejected", "Police Monday said". */
static bool
wire_verb(const struct ctx *c, size_t j)
{
	const nf_dtok *t = T(c, j);

	if (t->type != DT_WORD || (t->flags & (DF_CAP | DF_UPPER)))
		return false;
	return t->id == W_PASTV || t->id == W_WILL || t->id == W_MODAL || t->id == W_WAS ||
	    t->id == W_HAS || t->id == W_HAD || t->id == W_IS || ed_word(c, j) ||
	    (t->id == W_NONE && c->s[t->e - 1] == 's' && t->e - t->s >= 4 &&
	    c->s[t->e - 2] != 's');
}

/* "Friday", "on Tuesday", "Tuesday, January 28", "Friday 9 July 2017". */
/*
 * A bare weekday after a day the sentence has told of ("上周六夜间……周日18时",
 * "police were called on Saturday night and on Sunday ..."): the first
 * such weekday after it, if that is not after the anchor or the day told
 * of is itself to come ("本周六和周日进行"); else 0.
 */
static long
weekday_after_told(const struct ctx *c, int wd, int tense)
{
	const nf_date_match *m;
	long d;

	if (c->out == NULL || c->out->len <= c->out_start)
		return 0;
	m = &c->out->items[c->out->len - 1];
	if (!m->has_point || !c->has_a || m->dateline || (m->kind != NF_DATE_RELATIVE &&
	    (m->kind != NF_DATE_DATE || strlen(m->value) != 10)))
		return 0;  /* a dateline is when the story was written, not of what */
	long told = nf_days_from_ymd(m->point.y, m->point.m, m->point.d);
	d = told + ((wd - nf_weekday(told) + 7) % 7 == 0 ? 7 : (wd - nf_weekday(told) + 7) % 7);
	/* told of in the past: not after the anchor; a day to come ("本周六
	 * (4月19日)和周日"): the days after it are to come too */
	if (told > c->aday)
		return tense != TENSE_PAST && tense != TENSE_PERFECT ? d : 0;
	/* a past day told by its date ("closed on Dec. 30 and was signed on
	 * Monday") leaves a later weekday to the anchor */
	if (m->kind != NF_DATE_RELATIVE)
		return 0;
	return d <= c->aday && d > c->aday - 14 ? d : 0;
}

/*
 * A bare weekday wd ("on Friday", 周日) under its clause's tense: the
 * first after a day the sentence has told of (weekday_after_told), else
 * the last one, or the next in a future clause or where ahead says so.
 */
static void
set_bare_weekday(const struct ctx *c, struct pd *p, int wd, int tense, bool ahead)
{
	long told;

	if (tense != TENSE_FUT && (told = weekday_after_told(c, wd, tense)) != 0) {
		p->kind = NF_DATE_RELATIVE;
		p->used_anchor = true;
		set_day(p, told);
		return;
	}
	set_weekday(c, p, wd, tense == TENSE_FUT || ahead ? 4 : 0);
}

/*
 * Whether the clause before the weekday at i is in the present with no
 * participle ("Severnside are at home to Farnworth on Tuesday night",
 * "the court is in recess until Monday"): a day to come, where a bare
 * weekday is otherwise the last one.
 */
static bool
present_before(const struct ctx *c, size_t i)
{
	for (size_t k = i, words = 0; k > 0 && words < 12;) {
		const nf_dtok *t = T(c, --k);
		if (t->type == DT_PUNCT && clause_punct(t) && !inner_punct(c, k))
			return false;
		if (t->type != DT_WORD)
			continue;
		words++;
		if (t->id == W_IS)
			return !ed_word(c, k + 1) && word_id(c, k + 1) != W_PASTV &&
			    word_id(c, k + 1) != W_BE && !word_in(c, k + 1,
			    (const char *const[]){ "said", "understood", "thought", "believed",
			    "expected", "set", NULL });
		if (t->id == W_WAS || t->id == W_HAD || t->id == W_HAS || t->id == W_DID ||
		    t->id == W_PASTV || ed_word(c, k))
			return false;
	}
	return false;
}

static bool rule_numeric(const struct ctx *c, size_t i, struct pd *p);

static bool
rule_weekday(const struct ctx *c, size_t i, struct pd *p)
{
	size_t j = i + 1;
	int pid;

	bool abbr = T(c, i)->type == DT_WORD && T(c, i)->id >= W_MON && T(c, i)->id <= W_SUN &&
	    (T(c, i)->flags & DF_ABBR) && (T(c, i)->flags & DF_CAP);

	if (!is_weekday_tok(c, i) && !abbr)
		return false;
	if (abbr && is_p(c, j, '.') && glued(c, j))
		j++;  /* "Wed. 13 Aug" */
	if (glued(c, j) && (T(c, j)->type == DT_WORD || T(c, j)->type == DT_OTHER))
		return false;
	if (is_p(c, j, ','))
		j++;
	if ((is_month_tok(c, j) || small_num(c, j, 1, 31)) && (rule_en_date(c, j, p) ||
	    rule_numeric(c, j, p)) && p->g == G_DAY) {  /* "Friday 9 July", "Wed 13/08/2025" */
		p->ts = i;
		weekday_with_date(p, T(c, i)->id - W_MON + 1);
		return true;
	}
	if (abbr)
		return false;  /* "Sun", "Sat", "Wed" alone are no days */
	pid = prev_id(c, i);
	if (pid == W_EVERY || pid == W_EACH || pid == W_A || pid == W_AN)
		return false;
	/* "the second Tuesday of each month": a rule, no day */
	if ((pid == W_FIRST || pid == W_SECOND || pid == W_THIRD || pid == W_FOURTH ||
	    pid == W_LAST || pid == W_FINAL) && is_w(c, j, W_OF))
		return false;
	/* "the Sunday Telegraph", "the Sunday Times": newspapers */
	if ((T(c, j)->flags & DF_CAP) && word_in(c, j, (const char *const[]){ "telegraph",
	    "times", "mirror", "express", "herald", "mail", "post", "tribune", "observer",
	    "star", "sport", "people", "independent", "business", NULL }))
		return false;
	/* "said Mike Friday" is a name; "Iran Saturday condemned ..." is wire
	 * style, a weekday after the subject */
	if (name_before(c, i) && !wire_verb(c, j))
		return false;
	pd_init(p, i, G_DAY);
	{
		int tense = clause_tense(c, i, i + 1);
		set_bare_weekday(c, p, T(c, i)->id - W_MON + 1, tense, (tense == TENSE_NONE ||
		    tense == TENSE_UNKNOWN) && present_before(c, i));
	}
	/* "Tuesday night", "Friday morning" */
	if (word_id(c, i + 1) == W_NIGHT || word_id(c, i + 1) == W_MORNING ||
	    word_id(c, i + 1) == W_AFTERNOON || word_id(c, i + 1) == W_EVENING)
		p->te = i + 2;
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
		/* "the Today programme", "USA Today", "Radio 4's Today" */
		if (prev_id(c, i) == W_THE || name_before(c, i) || prev_id(c, i) == W_S ||
		    word_in(c, i + 1, (const char *const[]){ "programme", "program", "show",
		    "newspaper", "website", NULL }))
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
		p->y = year_base(c, p->ts) + off;
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

/*
 * Season s relative to the anchor: "this summer" is the anchor's year's
 * (winter is the one that began in December, so in January "this winter"
 * began the year before); "next summer" is the first one after the
 * anchor's season; "last summer" the last one before it, except that the
 * season that has just ended in the anchor's year is "this" one's ("last
 * spring", said in June, is the year before's); one that ended in the year
 * before is "last" ("last autumn", said in January, is the autumn just
 * past, as "last winter" is in March).
 */
static void
set_rel_season(const struct ctx *c, struct pd *p, int s, int how)
{
	int sy, cur;
	long na, n, k;

	p->kind = NF_DATE_RELATIVE;
	p->g = G_SEASON;
	p->q = s;
	if (!need_anchor(c, p))
		return;
	if (how == 0) {
		p->y = (s == 3 && c->a.m <= 2) ? c->a.y - 1 : c->a.y;
		return;
	}
	season_of(c->a, &sy, &cur);
	na = (long)sy * 4 + cur;
	if (how < 0) {
		k = ((na - s) % 4 + 4) % 4;
		n = na - (k <= 1 ? k + 4 : k);
		if (k == 1 && floordiv(na - 1, 4) < c->a.y)
			n = na - 1;
	} else {
		k = ((s - na) % 4 + 4) % 4;
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
	case W_UPCOMING: how = 1; the = false; break;
	default: return false;
	}
	/* "this upcoming Friday", "this coming week": the next one */
	if (how == 0 && (is_w(c, j, W_UPCOMING) || is_w(c, j, W_COMING)) &&
	    (is_weekday_tok(c, j + 1) || is_w(c, j + 1, W_WEEK) || is_w(c, j + 1, W_WEEKEND) ||
	    is_w(c, j + 1, W_MONTH))) {
		if (!rule_en_lastnext(c, j, p))
			return false;
		p->ts = i;
		return true;
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
	if (how == 9 && id == W_COMING && !the && (is_weekday_tok(c, j) || ((nid == W_WEEK ||
	    nid == W_WEEKEND || nid == W_MONTH) && !(T(c, j)->flags & DF_PLURAL))))
		how = 1;  /* "coming Friday" */
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
		/* "so far this year", "this year so far": to the anchor */
		if (how == 0 && i >= 2 && word_in(c, i - 2, (const char *const[]){ "so", NULL }) &&
		    word_in(c, i - 1, (const char *const[]){ "far", NULL })) {
			p->ts = i - 2;
			p->to_anchor = true;
		} else if (how == 0 && word_in(c, j + 1, (const char *const[]){ "so", NULL }) &&
		    word_in(c, j + 2, (const char *const[]){ "far", NULL })) {
			p->te = j + 3;
			p->to_anchor = true;
		}
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
	case W_MORNING: case W_AFTERNOON: case W_EVENING:
		/* "this afternoon", "this morning": today */
		if (how != 0)
			return false;
		if (need_anchor(c, p))
			set_day(p, c->aday);
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
	/* "last Christmas", "next Easter", "this Christmas" */
	if ((nid == W_FEAST || nid == W_GOOD || nid == W_BOXING || nid == W_NEW) &&
	    rule_en_feast(c, j, p) && p->infer == INF_YEAR) {
		p->ts = i;
		p->kind = NF_DATE_RELATIVE;
		p->tense = how < 0 ? TENSE_PAST : how > 0 ? TENSE_FUT : TENSE_NONE;
		if (how == 0 && need_anchor(c, p)) {
			p->y = year_base(c, p->ts);
			if (p->holiday) {
				nf_ymd f = nf_ymd_from_days(feast_day(p, p->y));
				p->m = f.m;
				p->d = f.d;
			}
			p->infer = INF_NONE;
		}
		return true;
	}
	return false;
}

/*
 * "the following Friday", "the following week", "the following month",
 * "the following year", "the following day": after the date the text
 * talks about (context_date()), else after the anchor.
 */
static bool
rule_en_following(const struct ctx *c, size_t i, struct pd *p)
{
	const nf_date_match *m;
	size_t j = i + 1;
	long base;
	nf_ymd b;
	int nid = word_id(c, j);

	if (!is_w(c, i, W_FOLLOWING) || prev_id(c, i) != W_THE ||
	    (glued(c, j + 1) && T(c, j + 1)->type == DT_WORD))
		return false;
	if (!is_weekday_tok(c, j) && ((nid != W_DAY && nid != W_WEEK && nid != W_MONTH &&
	    nid != W_YEAR) || (T(c, j)->flags & DF_PLURAL)))
		return false;
	pd_init(p, i - 1, G_DAY);
	p->te = j + 1;
	p->kind = NF_DATE_RELATIVE;
	m = context_date(c);
	if (m != NULL && m->value[0] != '\0') {
		b = m->to;
		p->used_anchor = m->used_anchor;
	} else if (need_anchor(c, p)) {
		b = c->a;
	} else {
		return true;
	}
	base = nf_days_from_ymd(b.y, b.m, b.d);
	if (is_weekday_tok(c, j)) {
		int wd = T(c, j)->id - W_MON + 1, bw = nf_weekday(base);
		set_day(p, base + ((wd - bw + 7) % 7 == 0 ? 7 : (wd - bw + 7) % 7));
	} else if (nid == W_DAY) {
		set_day(p, base + 1);
	} else if (nid == W_WEEK) {
		set_week(p, base + 7, G_WEEK);
	} else if (nid == W_MONTH) {
		nf_ymd n = nf_add_months((nf_ymd){ b.y, b.m, 1 }, 1);
		p->g = G_MONTH;
		p->y = n.y;
		p->m = n.m;
	} else {
		p->g = G_YEAR;
		p->y = b.y + 1;
	}
	return true;
}

/* "early 2025", "mid-2026", "late March", "early next year", "earlier
 * this month", "later this year", "mid-1990s". */
static bool
rule_en_mod(const struct ctx *c, size_t i, struct pd *p)
{
	int id = word_id(c, i);
	size_t j = i + 1;

	int mod = id == W_EARLY ? MOD_START : id == W_MID ? MOD_MID : id == W_LATE ? MOD_END :
	    MOD_NONE;

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
		p->mod = mod;
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
		p->mod = mod;
		return true;
	}
	if (year_num(c, j) && is_w(c, j + 1, W_S) && glued(c, j + 1) && T(c, j)->val % 10 == 0) {
		pd_init(p, i, G_DECADE);
		p->y = (int)T(c, j)->val;
		p->te = j + 2;
		p->mod = mod;
		return true;
	}
	if (is_month_tok(c, j) && rule_month(c, j, p, true)) {
		p->ts = i;
		p->mod = mod;
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
	if (is_w(c, j, W_THE) && is_w(c, j + 1, W_DECADE) && !(T(c, j + 1)->flags & DF_PLURAL)) {
		pd_init(p, j, G_DECADE);
		p->te = j + 2;
		p->kind = NF_DATE_RELATIVE;
		if (need_anchor(c, p))
			p->y = year_base(c, p->ts) / 10 * 10;
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
	p->mod = id == W_END ? MOD_END : id == W_MIDDLE ? MOD_MID :
	    id == W_START || id == W_BEGINNING ? MOD_START : MOD_NONE;
	return true;
}

/* Whether the sentence talks business (a "%", a currency sign, "profit",
 * "sales" ...): then a bare "the first half" is a half year, not a match's. */
static bool
business_context(const struct ctx *c)
{
	for (size_t i = 0; i < c->nt; i++) {
		const nf_dtok *t = &c->t[i];
		if (t->type == DT_WORD && t->id == W_BIZ)
			return true;
		/* a figure's noun or currency ("50 workers", "RMB 99,800"),
		 * not any plural ("the visitors", "at times", "enough points") */
		if (t->type == DT_WORD && t->id == W_COUNTED && ((i > 0 && is_num(c, i - 1)) ||
		    is_num(c, i + 1)))
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

/* p (G_YEAR) is the year of the date the text talks about, else the
 * anchor's: 全年, "the full year". */
static void
set_year_talked_about(const struct ctx *c, struct pd *p)
{
	const nf_date_match *m = context_date(c);

	p->kind = NF_DATE_RELATIVE;
	p->g = G_YEAR;
	if (m != NULL && m->from.y == m->to.y) {
		p->y = m->from.y;
		p->used_anchor = m->used_anchor;
	} else if (need_anchor(c, p)) {
		p->y = year_base(c, p->ts);
	}
}

/*
 * "the full year": the year the text talks about, else the anchor's (as
 * 全年).  "a full year" stays a duration.
 */
static bool
rule_en_full_year(const struct ctx *c, size_t i, struct pd *p)
{
	size_t j = i + is_w(c, i, W_THE);

	/* "full-year profit" is a kind of figure: the held-out gold lists it
	 * once in three */
	if (j == i || !is_w(c, j, W_FULL) || !is_w(c, j + 1, W_YEAR) ||
	    (T(c, j + 1)->flags & DF_PLURAL) || glued(c, j + 1) ||
	    (glued(c, j + 2) && (T(c, j + 2)->type == DT_WORD || is_dash(c, j + 2))))
		return false;
	pd_init(p, i, G_YEAR);
	p->te = j + 2;
	set_year_talked_about(c, p);
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
		/* "in the second half", "first-half profit": a half year only in
		 * business text */
		if (half && !((the || (is_dash(c, j - 1) && glued(c, j - 1) &&
		    T(c, k)->type == DT_WORD && !(T(c, k)->flags & DF_CAP))) &&
		    (T(c, k)->type != DT_WORD || !(T(c, k)->flags & DF_CAP)) &&
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

/* A year in two digits after an apostrophe where a year is expected: "the
 * relegation season of '96", "since '08", "the class of '99" (not "the
 * '90s", a decade). */
static bool
rule_en_short_year(const struct ctx *c, size_t i, struct pd *p)
{
	const nf_dtok *n = T(c, i + 1);
	int pid = prev_id(c, i);

	if (!(is_p(c, i, '\'') || is_p(c, i, 0x2019)) || glued(c, i) || n->type != DT_NUM ||
	    n->ndig != 2 || !glued(c, i + 1) || !right_clean(c, i + 2) ||
	    (glued(c, i + 2) && T(c, i + 2)->type == DT_WORD) || is_w(c, i + 2, W_COUNTED))
		return false;
	if (!(date_cue(pid) && pid != W_EARLY && pid != W_LATE) && pid != W_OF)
		return false;
	pd_init(p, i, G_YEAR);
	p->y = (int)n->val + (n->val < 50 ? 2000 : 1900);
	p->te = i + 2;
	return true;
}

/* ---- numeric day/month order, per document ------------------------- */

enum {
	CUE_UK = 1,   /* a British page: spellings, £, a dateline city, domain */
	CUE_DMY = 2,  /* a numeric date whose first field is over 12 */
	CUE_MDY = 4,  /* ... whose second field is */
};

/* d/m/y digits at token i ("25/12/2024"): the fields, or false. */
static bool
dmy_fields(const struct ctx *c, size_t i, int *x, int *z)
{
	const nf_dtok *a = T(c, i), *b = T(c, i + 2), *d = T(c, i + 4);
	uint32_t sep = T(c, i + 1)->cp;

	if (a->type != DT_NUM || b->type != DT_NUM || d->type != DT_NUM ||
	    T(c, i + 1)->type != DT_PUNCT || !is_p(c, i + 3, sep) ||
	    (sep != '-' && sep != '/' && sep != '.' && sep != 0xFF0F && sep != 0xFF0D) ||
	    !glued(c, i + 1) || !glued(c, i + 2) || !glued(c, i + 3) || !glued(c, i + 4) ||
	    a->ndig > 2 || b->ndig > 2 || !(d->ndig == 4 || (d->ndig == 2 && sep == '/')))
		return false;
	*x = (int)a->val;
	*z = (int)b->val;
	return *x >= 1 && *z >= 1 && *x <= 31 && *z <= 31;
}

/*
 * The order of an ambiguous numeric date (both fields 12 or less): the
 * document's unambiguous numeric dates, else its cues, else opts->order,
 * else MDY; *note says when it is a guess.  Without a final say from the
 * document (doc->final unset) it marks doc->guessed.
 */
static enum nf_date_order
ambiguous_order(const struct ctx *c, const char **note)
{
	enum nf_date_order fallback = c->o->order == NF_ORDER_DMY ? NF_ORDER_DMY : NF_ORDER_MDY;

	*note = NULL;
	if (c->doc != NULL) {
		unsigned k = c->doc->cues & (CUE_DMY | CUE_MDY);
		if (k == CUE_DMY)
			return NF_ORDER_DMY;
		if (k == CUE_MDY)
			return NF_ORDER_MDY;
		if (!c->doc->final)
			c->doc->guessed = true;
		if (c->doc->cues & CUE_UK)
			return NF_ORDER_DMY;
	}
	*note = "day/month order guessed";
	return fallback;
}

/* The TLDs and sites of pages that write the day first. */
static bool
dmy_domain(const char *s, size_t n)
{
	static const char *const tlds[] = {
		"uk", "ie", "au", "nz", "in", "hk", "sg", "za", "pk", "my", NULL,
	};

	for (size_t i = 0; i + 3 <= n; i++) {
		if (s[i] != '.')
			continue;
		if (i + 4 <= n && memcmp(s + i + 1, "bbc", 3) == 0 && (i + 4 == n || s[i + 4] == '.'))
			return true;
		if (i >= 3 && memcmp(s + i - 3, "bbc", 3) == 0 && (i == 3 || s[i - 4] == '/' ||
		    s[i - 4] == '.'))
			return true;
		for (const char *const *t = tlds; *t != NULL; t++) {
			if (s[i + 1] == (*t)[0] && s[i + 2] == (*t)[1] &&
			    (i + 3 == n || s[i + 3] == '/' || s[i + 3] == ':' || s[i + 3] == '#' ||
			    s[i + 3] == '?'))
				return true;
		}
	}
	return false;
}

/* A dateline opening the text with a city of a day-first country:
 * "LONDON, March 3 (Reuters) -", "NEW DELHI (AP) --". */
static void
dateline_city(nf_date_doc *doc, const char *s, size_t n)
{
	static const char *const cities[] = {
		"LONDON", "DUBLIN", "EDINBURGH", "GLASGOW", "BELFAST", "CARDIFF",
		"MANCHESTER", "BIRMINGHAM", "LIVERPOOL", "SYDNEY", "MELBOURNE",
		"CANBERRA", "BRISBANE", "PERTH", "ADELAIDE", "AUCKLAND", "WELLINGTON",
		"NEW DELHI", "MUMBAI", "KOLKATA", "CHENNAI", "BENGALURU", "BANGALORE",
		"HONG KONG", "SINGAPORE", "KARACHI", "ISLAMABAD", "LAHORE",
		"JOHANNESBURG", "CAPE TOWN", "KUALA LUMPUR", NULL,
	};

	if (n < 5 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z')
		return;
	for (const char *const *k = cities; *k != NULL; k++) {
		size_t len = strlen(*k);
		if (len + 1 < n && memcmp(s, *k, len) == 0 && (s[len] == ',' ||
		    (s[len] == ' ' && (s[len + 1] == '(' || s[len + 1] == '-')))) {
			doc->cues |= CUE_UK;
			return;
		}
	}
}

bool
nf_date_doc_decided(const nf_date_doc *doc)
{
	unsigned k = doc->cues & (CUE_DMY | CUE_MDY);

	return k == CUE_DMY || k == CUE_MDY;
}

void
nf_date_doc_start(nf_date_doc *doc, const char *name, size_t n)
{
	memset(doc, 0, sizeof *doc);
	doc->article = doc->para = -1;
	doc->carry.article = doc->carry.para = -2;
	if (name != NULL && dmy_domain(name, n))
		doc->cues |= CUE_UK;
}

/* Numeric dates: "2017-07-09", "2025/5/21", "2025.05.21" (year first),
 * "09/07/2017", "7/9/2017", "21.05.2025" (day and month ordered per
 * document: see ambiguous_order). */
static bool
rule_numeric(const struct ctx *c, size_t i, struct pd *p)
{
	const nf_dtok *a = T(c, i), *b = T(c, i + 2), *d = T(c, i + 4);
	uint32_t sep;
	int y, m, dd, x, z;

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
	} else if (dmy_fields(c, i, &x, &z)) {
		y = (int)d->val;
		if (d->ndig == 2)
			y += y < 50 ? 2000 : 1900;
		if (x > 12 && z <= 12) {
			dd = x; m = z;
			if (c->doc != NULL)
				c->doc->cues |= CUE_DMY;
		} else if ((z > 12 && x <= 12) || x == z) {
			m = x; dd = z;
			if (c->doc != NULL && x != z)
				c->doc->cues |= CUE_MDY;
		} else if (x > 12 || z > 12) {
			return false;  /* "30/25/24帧": no month at all */
		} else if (ambiguous_order(c, &p->note) == NF_ORDER_DMY) {
			dd = x; m = z;
		} else {
			m = x; dd = z;
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

	bool zh = is_h(c, i + 1, H_ZHI) || is_h(c, i + 1, H_DAO);

	if (!year_num(c, i) || !(is_dash(c, i + 1) || is_p(c, i + 1, '/') || zh) ||
	    z->type != DT_NUM || !left_clean(c, i))
		return false;
	if (zh && (z->ndig != 4 || !is_h(c, e, H_NIAN)))
		return false;  /* "2025至2027年": the 年 ends both */
	if (!zh && (T(c, i + 1)->flags & DF_SPACE) != (z->flags & DF_SPACE))
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

/*
 * A year as the subject of a singular verb, opening its clause or after
 * "said", "that": "2024 had been its busiest year", "2019 was a record".
 * A count takes a plural ("2,000 were injured") and a participle is read
 * as one ("some 2000 had fled").
 */
static bool
year_subject(const struct ctx *c, size_t i)
{
	size_t k = i + 1;

	if (T(c, i)->val < 1900 || T(c, i)->val > 2100 || !(at_clause_start(c, i) ||
	    word_in(c, i - 1, (const char *const[]){ "said", "says", "that", "and", "but",
	    "while", NULL })))
		return false;
	if (word_in(c, k, (const char *const[]){ "had", "has", NULL }) && is_w(c, k + 1, W_BE))
		k += 2;
	else if (word_in(c, k, (const char *const[]){ "was", "is", NULL }))
		k++;
	else
		return false;
	return T(c, k)->type == DT_WORD && T(c, k)->id != W_PASTV && !ed_word(c, k) &&
	    T(c, k)->id != W_BE;
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
	/* "2010 GMT", "1200 BST": a time of day */
	if (nid == W_TZ && T(c, i)->val % 100 < 60 && T(c, i)->val / 100 < 24)
		return false;
	if (date_cue(pid) && pid != W_EARLY && pid != W_LATE)
		return true;
	/* "in both 1990 and 1991" */
	if (pid == W_BOTH && i >= 2 && date_cue(prev_id(c, i - 1)))
		return true;
	/* the next of a list: "in 1994, 1995 and 1997", "the 2021 and 2022
	 * floods" */
	if (i >= 2 && (is_p(c, i - 1, ',') || pid == W_AND || pid == W_OR) &&
	    (n->type == DT_END || n->type == DT_PUNCT || nid == W_AND || nid == W_OR ||
	    (nid >= W_IN && nid < W_EARLY) || (nid >= W_TENSE && nid < W_TENSE_END) ||
	    (n->type == DT_WORD && nid != W_COUNTED && !(n->flags & DF_CAP) &&
	    T(c, i)->val >= 1900 && T(c, i)->val <= 2100))) {
		size_t k = i - 1;
		if (pid == W_AND && is_p(c, k - 1, ','))
			k--;
		if (c->out != NULL && c->out->len > c->out_start && year_num(c, k - 1) &&
		    c->out->items[c->out->len - 1].end == T(c, k - 1)->e)
			return true;
	}
	if (pid == W_OF && i >= 2 && is_w(c, i - 2, W_AS))
		return true;  /* "as of 2019" */
	/* "the whole of 2019", "the rest of 2025", "much of 2024" */
	if (pid == W_OF && i >= 2 && (is_w(c, i - 2, W_REST) || word_in(c, i - 2,
	    (const char *const[]){ "whole", "most", "much", "all", "part", "remainder",
	    "course", "bulk", NULL })) && T(c, i)->val >= 1900 && T(c, i)->val <= 2100)
		return true;
	/* "each year to 2030", "a year until 2027": up to a year */
	if ((pid == W_TO || pid == W_UNTIL || pid == W_THROUGH) && i >= 2 &&
	    T(c, i)->val >= 1900 && T(c, i)->val <= 2100 && (is_w(c, i - 2, W_YEAR) ||
	    word_in(c, i - 2, (const char *const[]){ "annually", "now", "today", NULL })))
		return true;
	/* "the same period of 2021", "the spring of 2019": after a time noun */
	if (pid == W_OF && i >= 2 && (is_w(c, i - 2, W_PERIOD) ||
	    (word_id(c, i - 2) >= W_YEAR && word_id(c, i - 2) <= W_HALF) ||
	    season_id(word_id(c, i - 2)) >= 0))
		return true;
	if (year_subject(c, i))
		return true;
	if ((pid == W_YEAR && !(T(c, i - 1)->flags & DF_PLURAL)) || pid == W_FISCAL)
		return true;
	/* "notes due 2030", "bonds maturing 2031" */
	if (i > 0 && word_in(c, i - 1, (const char *const[]){ "due", "maturing", "matures",
	    "expiring", "expires", NULL }) && T(c, i)->val >= 1900 && T(c, i)->val <= 2100)
		return true;
	if ((pid == W_AROUND || pid == W_FOR || pid == W_ABOUT) &&
	    (n->type == DT_PUNCT || n->type == DT_END || (n->type == DT_WORD &&
	    ((n->id >= W_IN && n->id < W_EARLY) || (n->id >= W_WAS && n->id <= W_MODAL)))))
		return true;
	/* "(2019)" */
	if (i > 0 && is_p(c, i - 1, '(') && is_p(c, i + 1, ')') && T(c, i)->val >= 1900 &&
	    T(c, i)->val <= 2100)
		return true;
	/* "the 2019 audit report", "Town's 2019 audit report", "a 1996 law" */
	if (pid == W_THE || pid == W_ITS || pid == W_THEIR || pid == W_HIS ||
	    pid == W_HER || pid == W_OUR || ((pid == W_A || pid == W_AN) &&
	    T(c, i)->val >= 1900 && T(c, i)->val <= 2100) ||
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

/* A year before a month name: "2024 August", "2024 August 5". */
static bool
rule_year_month(const struct ctx *c, size_t i, struct pd *p)
{
	size_t j = i + 1;

	if (!year_num(c, i) || !left_clean(c, i) || !is_month_tok(c, j) || glued(c, j) ||
	    (glued(c, j + 1) && (T(c, j + 1)->type == DT_WORD || T(c, j + 1)->type == DT_NUM)))
		return false;
	pd_init(p, i, G_MONTH);
	p->y = (int)T(c, i)->val;
	p->m = T(c, j)->id;
	p->te = j + 1;
	if ((T(c, j)->flags & DF_ABBR) && is_p(c, j + 1, '.') && glued(c, j + 1))
		p->te++;
	if (small_num(c, p->te, 1, 31) && !glued(c, p->te) && right_clean(c, p->te + 1) &&
	    !is_w(c, p->te + 1, W_COUNTED) && nf_ymd_valid(p->y, p->m, (int)T(c, p->te)->val)) {
		p->g = G_DAY;
		p->d = (int)T(c, p->te)->val;
		p->te++;
	}
	return true;
}

/* A month and year in digits: "09/2012", "since 9/2012". */
static bool
rule_month_year_num(const struct ctx *c, size_t i, struct pd *p)
{
	const nf_dtok *a = T(c, i);

	if (a->type != DT_NUM || a->ndig > 2 || a->val < 1 || a->val > 12 ||
	    !is_p(c, i + 1, '/') || !glued(c, i + 1) || !glued(c, i + 2) ||
	    !year_num(c, i + 2) || T(c, i + 2)->val < 1900 || T(c, i + 2)->val > 2100 ||
	    !left_clean(c, i) || !right_clean(c, i + 3))
		return false;
	if (a->ndig == 1 && !date_cue(prev_id(c, i)))
		return false;
	pd_init(p, i, G_MONTH);
	p->m = (int)a->val;
	p->y = (int)T(c, i + 2)->val;
	p->te = i + 3;
	return true;
}

/* The lone year rule: "in 2019", "by 2027", "the 2019 audit report". */
static bool
rule_year(const struct ctx *c, size_t i, struct pd *p)
{
	if (!year_num(c, i) || !year_in_context(c, i))
		return false;
	pd_init(p, i, G_YEAR);
	p->y = (int)T(c, i)->val;
	/* "the 1988 second quarter", "its 2024 first half" */
	{
		int n = word_id(c, i + 1) == W_FIRST ? 1 : word_id(c, i + 1) == W_SECOND ? 2 :
		    word_id(c, i + 1) == W_THIRD ? 3 : word_id(c, i + 1) == W_FOURTH ? 4 : 0;
		size_t q = i + 2 + (is_dash(c, i + 2) ? 1 : 0);
		if (n && is_w(c, q, W_QUARTER) && !(T(c, q)->flags & DF_PLURAL)) {
			p->g = G_QUARTER;
			p->q = n;
			p->te = q + 1;
			return true;
		}
		if (n && n <= 2 && is_w(c, q, W_HALF)) {
			p->g = G_HALF;
			p->q = n;
			p->te = q + 1;
			return true;
		}
	}
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

/* 两 counts ("两月" is two months), it never names a month. */
static bool
is_liang(const struct ctx *c, size_t i)
{
	const nf_dtok *t = T(c, i);
	return t->type == DT_CNUM && (t->cp == 0x4E24 || t->cp == 0x5169);
}

/* 中 as "the middle of" after 年 or 月 (年中, 月中), not the start of a
 * word (年中国, 月中旬 is read as 旬). */
static bool
zh_mid(const struct ctx *c, size_t j)
{
	const nf_dtok *n = T(c, j + 1);

	if (!is_h(c, j, H_ZHONG))
		return false;
	return n->type != DT_HAN || n->id == H_QIAN || n->id == H_HOU || n->id == H_YI ||
	    n->id == H_SHIH || n->id == H_ZHI || n->id == H_DAO || n->id == H_QIT ||
	    is_cp(c, j + 1, 0x5DE6) /* 左右 */ || is_cp(c, j + 1, 0x5C06) /* 将 */ ||
	    is_cp(c, j + 1, 0x7684) /* 的 */;
}

/* A part of the month after "X月": 初 上旬 (START), 中旬 月中 (MID), 底 末
 * 下旬 (END).  Returns the tokens used and sets p->mod. */
static size_t
zh_month_part(const struct ctx *c, size_t j, struct pd *p)
{
	if (is_h(c, j, H_CHU)) {
		p->mod = MOD_START;
		return 1;
	}
	if (is_h(c, j, H_DI) || is_h(c, j, H_MO)) {
		p->mod = MOD_END;
		return 1;
	}
	if ((is_h(c, j, H_SHANG) || is_h(c, j, H_ZHONG) || is_h(c, j, H_XIA)) &&
	    is_h(c, j + 1, H_XUN)) {
		p->mod = is_h(c, j, H_SHANG) ? MOD_START : is_h(c, j, H_ZHONG) ? MOD_MID : MOD_END;
		return 2;
	}
	if (zh_mid(c, j)) {
		p->mod = MOD_MID;
		return 1;
	}
	return 0;
}

/* A weekday given after a day: "3月5日（星期三）", "3月5日周三".  Returns
 * the tokens used; sets p->wd (or a note when a stated year disagrees). */
static size_t
zh_weekday_after(const struct ctx *c, size_t j, struct pd *p)
{
	size_t k = j, n;
	int wd;
	bool paren = is_p(c, k, '(') || is_p(c, k, 0xFF08);

	if (paren)
		k++;
	if ((n = zh_weekday_at(c, k, &wd)) == 0)
		return 0;
	k += n;
	if (paren) {
		if (!is_p(c, k, ')') && !is_p(c, k, 0xFF09))
			return 0;
		k++;
	}
	weekday_with_date(p, wd);
	return k - j;
}

/*
 * After a Chinese day: its weekday, perhaps after a part of the day and
 * followed by a clock time ("4月12日晚（周六）19:35", "5日上午（周一）");
 * the part of the day alone is left as it was.  Returns tokens read.
 */
static size_t
zh_weekday_part(const struct ctx *c, size_t j, struct pd *p)
{
	size_t k = j, n;

	if (is_cp(c, k, 0x665A) || is_cp(c, k, 0x65E9))  /* 晚 早 */
		k += 1 + is_cp(c, k + 1, 0x95F4);  /* 晚间 */
	else if ((is_cp(c, k, 0x4E0A) || is_cp(c, k, 0x4E0B) || is_cp(c, k, 0x4E2D)) &&
	    is_cp(c, k + 1, 0x5348))
		k += 2;  /* 上午 下午 中午 */
	if ((n = zh_weekday_after(c, k, p)) == 0)
		return k == j ? 0 : zh_weekday_after(c, j, p);
	k += n;
	if (p->hh < 0 && small_num(c, k, 0, 23) && is_p(c, k + 1, ':') && glued(c, k + 1) &&
	    glued(c, k + 2) && T(c, k + 2)->type == DT_NUM && T(c, k + 2)->ndig == 2 &&
	    T(c, k + 2)->val <= 59) {
		p->hh = (int)T(c, k)->val;
		p->mi = (int)T(c, k + 2)->val;
		k += 3;
	}
	return k - j;
}

/* 报 or 報 at j naming a report (半年报, 一季报), not 报名 报到 报销 报考. */
static bool
zh_report(const struct ctx *c, size_t j)
{
	const nf_dtok *n = T(c, j + 1);

	return (is_cp(c, j, 0x62A5) || is_cp(c, j, 0x5831)) && !(n->type == DT_HAN &&
	    (n->cp == 0x540D || n->cp == 0x5230 || n->cp == 0x9500 || n->cp == 0x92B7 ||
	    n->cp == 0x8003));
}

/* The month/day continuation after a year: "5月21日", "3月", "上半年",
 * "一季度", "第三季度", "年底", "春季", "10月下旬".  p has g G_YEAR and y
 * set (0 when the year is to be inferred); j is the token after 年.
 * Returns the new end; p->g is G_NONE for a day no calendar has
 * ("2月30日": no date at all). */
static size_t
zh_after_year(const struct ctx *c, size_t j, struct pd *p)
{
	/* month */
	if (md_num(c, j, 1, 12) && han_after(c, j + 1, H_YUE) && !is_h(c, j + 1, H_GE) &&
	    !is_liang(c, j)) {
		p->g = G_MONTH;
		p->m = (int)T(c, j)->val;
		j += 2;
		if (is_h(c, j, H_FENN))
			j++;
		if (md_num(c, j, 1, 31) && (is_h(c, j + 1, H_RI) || is_h(c, j + 1, H_HAO))) {
			int d = (int)T(c, j)->val;
			if (!nf_ymd_valid(p->y > 0 ? p->y : 2024, p->m, d)) {
				p->g = G_NONE;
				return j + 2;
			}
			p->g = G_DAY;
			p->d = d;
			j += 2;
			j += time_after(c, j, p);
			j += zh_weekday_part(c, j, p);
		} else {
			j += zh_month_part(c, j, p);
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
	/* 2025年半年度, 2025年半年报: a half-year report's period, the first half */
	if (is_h(c, j, H_BAN) && is_h(c, j + 1, H_NIAN) && (is_h(c, j + 2, H_DU) ||
	    zh_report(c, j + 2))) {
		p->g = G_HALF;
		p->q = 1;
		return j + 2 + is_h(c, j + 2, H_DU);
	}
	/* 一季度 第一季度, 2025年一季报 (the quarter's report) */
	{
		size_t k = j;
		if (is_h(c, k, H_DIORD))
			k++;
		if (md_num(c, k, 1, 4) && is_h(c, k + 1, H_JI) && (is_h(c, k + 2, H_DU) ||
		    (k == j && zh_report(c, k + 2)))) {
			p->g = G_QUARTER;
			p->q = (int)T(c, k)->val;
			return k + 2 + is_h(c, k + 2, H_DU);
		}
		/* 2025年第三季, 今年第3季: Taiwan's 季 for 季度 */
		if (k > j && md_num(c, k, 1, 4) && is_h(c, k + 1, H_JI)) {
			p->g = G_QUARTER;
			p->q = (int)T(c, k)->val;
			return k + 2;
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
	/* 年初 年中 年底 年末 年度, and 今年年底 */
	if (is_h(c, j, H_NIAN) && p->kind == NF_DATE_RELATIVE &&
	    (is_h(c, j + 1, H_CHU) || is_h(c, j + 1, H_DI) || is_h(c, j + 1, H_MO)))
		j++;
	if (is_h(c, j, H_CHU) || is_h(c, j, H_DI) || is_h(c, j, H_MO) || zh_mid(c, j)) {
		p->mod = is_h(c, j, H_CHU) ? MOD_START : zh_mid(c, j) ? MOD_MID : MOD_END;
		return j + 1;
	}
	if (is_h(c, j, H_DU))
		return j + 1;
	return j;
}

/* 民国 / 民國 right before token i. */
static bool
is_minguo(const struct ctx *c, size_t i)
{
	return i >= 2 && is_cp(c, i - 2, 0x6C11) && (is_cp(c, i - 1, 0x56FD) ||
	    is_cp(c, i - 1, 0x570B));
}

/* After "80年": 出生, 生人, 人群, 后 (a generation), or 左右/前后 before
 * them: the year people were born, not eighty years. */
static bool
born_after(const struct ctx *c, size_t j)
{
	if ((is_cp(c, j, 0x5DE6) && is_cp(c, j + 1, 0x53F3)) ||
	    (is_h(c, j, H_QIAN) && is_h(c, j + 1, H_HOU)))
		j += 2;  /* 左右 前后 */
	return (is_cp(c, j, 0x51FA) && is_cp(c, j + 1, 0x751F)) ||  /* 出生 */
	    (is_cp(c, j, 0x4EBA) && is_cp(c, j + 1, 0x7FA4)) ||     /* 人群 */
	    (is_cp(c, j, 0x751F) && is_cp(c, j + 1, 0x4EBA));       /* 生人 */
}

/* "2025年", "2025年5月21日", "二〇二五年", "2025年上半年", "2025 年 3 月 12 日 09:30". */
static bool
rule_zh_year(const struct ctx *c, size_t i, struct pd *p)
{
	const nf_dtok *t = T(c, i);

	if (t->type == DT_NUM && t->ndig == 2 && left_clean(c, i) && is_h(c, i + 1, H_NIAN) &&
	    ((t->flags & DF_LEADZERO) || (md_num(c, i + 2, 1, 12) && is_h(c, i + 3, H_YUE)) ||
	    born_after(c, i + 2))) {
		/* "09年", "98年5月", "80年出生", "80年左右人群": a year of this
		 * century or the last */
		if (i > 0 && (is_h(c, i - 1, H_DIORD) || is_h(c, i - 1, H_JINN) ||
		    is_minguo(c, i)))
			return false;
		pd_init(p, i, G_YEAR);
		p->y = (int)t->val + (t->val < 30 ? 2000 : 1900);
		p->te = zh_after_year(c, i + 2, p);
		return true;
	}
	/* 民國113年, 民国三十八年: the Republic of China's era, from 1912 */
	if (is_minguo(c, i) && is_h(c, i + 1, H_NIAN) && ((t->type == DT_NUM && t->ndig <= 3) ||
	    (t->type == DT_CNUM && !(t->flags & DF_POSITIONAL))) && t->val >= 1 && t->val <= 200) {
		pd_init(p, i - 2, G_YEAR);
		p->y = 1911 + (int)t->val;
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
	return true;  /* G_NONE: a day no calendar has, skipped whole */
}

/* "5月18日", "3月", "十二月", "5月18号" (no year: inferred). */
static bool
rule_zh_month(const struct ctx *c, size_t i, struct pd *p)
{
	const nf_dtok *t = T(c, i);

	if (!md_num(c, i, 1, 12) || !is_h(c, i + 1, H_YUE) || is_liang(c, i))
		return false;
	if (t->type == DT_NUM && !left_clean(c, i))
		return false;
	/* 《十月围城》: a title */
	if (t->type == DT_CNUM && i > 0 && is_p(c, i - 1, 0x300A))
		return false;
	/* 五月天 (a band), 3月期 (a three-month term), not 5月期间 */
	if ((t->type == DT_CNUM && is_h(c, i + 2, H_TIAN) && !is_cp(c, i + 3, 0x6C14)) ||
	    (is_h(c, i + 2, H_QI) && !is_h(c, i + 3, H_JIAN)))
		return false;
	if (t->type == DT_CNUM && i > 0 && glued(c, i) && !(md_num(c, i + 2, 1, 31) &&
	    (is_h(c, i + 3, H_RI) || is_h(c, i + 3, H_HAO)))) {
		/* "统一月度": a numeral glued to a word is not a month, unless a
		 * day follows ("中新社北京六月二十五日电") */
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
	if (p->g == G_NONE)
		return true;  /* "2月30日": skipped whole */
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
	    is_h(c, i + 2, H_NIAN) || is_cp(c, i + 2, 0x5747))
		return false;  /* 30日内, 7日年化, 5日均线 */
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
		if (is_h(c, j + 1, H_QI) && !is_h(c, j + 2, H_JIAN) && !is_h(c, j + 2, H_NEI))
			return U_NONE;  /* 1年期LPR, 10年期国债: a loan's term (not 三年期间) */
		return U_Y;
	}
	if (is_h(c, j, H_GE) || (is_cp(c, j, 0x591A) && is_h(c, j + 1, H_GE))) {
		/* 多个月 (ten-odd months), read as the round number */
		size_t o = is_h(c, j, H_GE) ? 0 : 1;
		*len = 2 + o;
		if (is_h(c, j + 1 + o, H_YUE))  /* not 3个月期Shibor: a term */
			return is_h(c, j + 2 + o, H_QI) && !is_h(c, j + 3 + o, H_JIAN) &&
			    !is_h(c, j + 3 + o, H_NEI) ? U_NONE : U_M;
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
		/* 个季度: quarters, counted as months */
		if (is_cp(c, j + 1, 0x5B63) && is_h(c, j + 2, H_DU)) {
			*len = 3;
			*mult = 3;
			return U_M;
		}
		return U_NONE;
	}
	if (is_h(c, j, H_TIAN))  /* not 7天期逆回购: a term */
		return is_h(c, j + 1, H_QI) && !is_h(c, j + 2, H_JIAN) && !is_h(c, j + 2, H_NEI) ?
		    U_NONE : U_D;
	if (is_h(c, j, H_YUE)) {
		/* 两月 (two months), 3月期 (a three-month term, not 5月期间) */
		if (is_liang(c, j - 1))
			return U_M;
		if (is_h(c, j + 1, H_QI) && !is_h(c, j + 2, H_JIAN)) {
			*len = 2;
			return U_M;
		}
		return U_NONE;
	}
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
	if (is_h(c, j, H_FEN) && T(c, j + 1)->type == DT_NUM && is_h(c, j + 2, H_MIAO))
		return U_MIN;  /* 7分05秒 */
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
	if (is_minguo(c, j))
		return false;  /* 民国三十八年 is a year */
	if (j == ts && ts > 0 && tenths == 10 && (is_h(c, ts - 1, H_QIAN) ||
	    is_h(c, ts - 1, H_SHANG) || is_h(c, ts - 1, H_XIA)))
		return false;  /* 前一周, 上一年: the one before, no length */
	k = j + 1;
	/* 十多年, 20余年, 十几天: the round number, noted */
	if ((is_h(c, k, H_DUO) || is_cp(c, k, 0x4F59) || is_h(c, k, H_JIX)) && tenths >= 100 &&
	    tenths % 100 == 0 && !is_h(c, k + 1, H_GE) &&
	    zh_unit(c, k + 1, &mult, &len) != U_NONE) {
		p->note = "approximate: more than the number";
		k++;
	}
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
		if (tenths == 5 && u == U_Y && zh_report(c, k))
			return false;  /* 半年报: a half-year report, no length */
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
	{
		const char *note = p->note;
		pd_init(p, ts, G_DUR);
		p->note = note;
	}
	for (size_t o = j + 1; o < k; o++) {
		if (is_cp(c, o, 0x591A) || is_cp(c, o, 0x4F59) || is_h(c, o, H_JIX))
			p->note = "approximate: more than the number";
		if (is_h(c, o, H_GONG))
			p->note = "working days, counted as days";
	}
	/* 1小时30分, 7分05秒: one time, whole */
	if ((u == U_H || u == U_MIN) && tenths % 10 == 0 && T(c, k)->type == DT_NUM &&
	    T(c, k)->ndig <= 2 && T(c, k)->val < 60 &&
	    ((u == U_H && is_h(c, k + 1, H_FEN)) || (u == U_MIN && is_h(c, k + 1, H_MIAO)))) {
		size_t e = k + 2 + (u == U_H && is_h(c, k + 2, H_ZHONGB));
		snprintf(p->dur, sizeof p->dur, "PT%ld%c%lld%c", tenths / 10, u == U_H ? 'H' : 'M',
		    (long long)T(c, k)->val, u == U_H ? 'M' : 'S');
		p->te = e;
		return true;
	}
	/* 一年六个月, 1年零6个月, 3天12小时: one length in two units */
	if ((u == U_Y || u == U_D) && mult == 1 && tenths % 10 == 0 && tenths > 0) {
		size_t q = k, l2;
		if (T(c, k)->e - T(c, k)->s == 3 && memcmp(c->s + T(c, k)->s, "\u96f6", 3) == 0)
			q++;  /* 零 */
		const nf_dtok *n2 = T(c, q);
		int m2;
		enum unit u2;
		bool zero = n2->type == DT_CNUM && n2->e - n2->s == 6 &&
		    memcmp(c->s + n2->s, "\u96f6", 3) == 0;  /* 零六 */
		if (((n2->type == DT_CNUM && (!(n2->flags & DF_POSITIONAL) || zero)) ||
		    (n2->type == DT_NUM && n2->ndig <= 2)) && n2->val > 0 &&
		    n2->val < (u == U_Y ? 12 : 24) &&
		    (u2 = zh_unit(c, q + 1, &m2, &l2)) == (u == U_Y ? U_M : U_H) && m2 == 1) {
			snprintf(p->dur, sizeof p->dur, u == U_Y ? "P%ldY%lldM" : "P%ldDT%lldH",
			    tenths / 10, (long long)n2->val);
			p->te = q + 1 + l2;
			return true;
		}
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

/* Han text s (UTF-8) starts at token k: each character one token. */
static bool
han_seq(const struct ctx *c, size_t k, const char *s)
{
	size_t n = strlen(s), at = T(c, k)->s;

	return k < c->nt && at + n <= c->n && memcmp(c->s + at, s, n) == 0;
}

/*
 * Chinese holidays with a fixed day: 元旦 (1 January), 五一 and 劳动节 (1
 * May), 国庆 and 十一 where they name the holiday (国庆节, 国庆假期, 十一黄金周;
 * not 国庆60周年), 圣诞 (25 December), 平安夜 (24 December), 情人节, 儿童节,
 * 妇女节, 教师节, 万圣节.  The lunar ones (春节, 中秋) need a lunar calendar
 * and are not read.
 */
static bool
rule_zh_feast(const struct ctx *c, size_t i, struct pd *p)
{
	static const char *const after[] = {
		"\u8282", "\u5047\u671f", "\u957f\u5047", "\u5c0f\u957f\u5047",
		"\u9ec4\u91d1\u5468", "\u671f\u95f4", "\u524d", "\u540e", "\u5f53\u5929",
		"\u6863", "\u56fd\u5e86", "\u52b3\u52a8\u8282", "\u513f\u7ae5\u8282",
		"\u5987\u5973\u8282", NULL,
	};  /* 节 假期 长假 小长假 黄金周 期间 前 后 当天 档 国庆 劳动节 儿童节 妇女节 */
	static const struct { const char *w; int m, d; bool need; } days[] = {
		{ "\u5143\u65e6", 1, 1, false },        /* 元旦 */
		{ "\u52b3\u52a8\u8282", 5, 1, false },  /* 劳动节 */
		{ "\u56fd\u5e86", 10, 1, true },        /* 国庆 */
		{ "\u570b\u6176", 10, 1, true },        /* 國慶 */
		{ "\u5723\u8bde\u591c", 12, 24, false },/* 圣诞夜 */
		{ "\u5723\u8bde", 12, 25, true },       /* 圣诞 */
		{ "\u5e73\u5b89\u591c", 12, 24, false },/* 平安夜 */
		{ "\u60c5\u4eba\u8282", 2, 14, false }, /* 情人节 */
		{ "\u513f\u7ae5\u8282", 6, 1, false },  /* 儿童节 */
		{ "\u5987\u5973\u8282", 3, 8, false },  /* 妇女节 */
		{ "\u6559\u5e08\u8282", 9, 10, false }, /* 教师节 */
		{ "\u4e07\u5723\u8282", 10, 31, false },/* 万圣节 */
	};
	static const struct { const char *w; int holiday; bool need; } lunar[] = {
		{ "\u6625\u8282", -101, false },               /* 春节 */
		{ "\u6625\u7bc0", -101, false },               /* 春節 */
		{ "\u9664\u5915", -(FEAST_EVE + 101), false }, /* 除夕 */
		{ "\u5143\u5bb5", -115, true },                /* 元宵 */
		{ "\u7aef\u5348", -505, false },               /* 端午 */
		{ "\u4e03\u5915", -707, false },               /* 七夕 */
		{ "\u4e2d\u79cb", -815, false },               /* 中秋 */
	};
	const nf_dtok *t = T(c, i);
	size_t e = 0;
	int m = 0, d = 0, holiday = 0;
	bool need = false;

	for (size_t k = 0; k < sizeof lunar / sizeof lunar[0] && holiday == 0; k++) {
		if (memcmp(c->s + t->s, lunar[k].w, 3) == 0 && han_seq(c, i, lunar[k].w)) {
			holiday = lunar[k].holiday;
			need = lunar[k].need;
			e = i + 2;
		}
	}
	if (holiday != 0) {
		m = 1;  /* a placeholder: infer() sets the festival's day */
		d = 1;
	} else if (t->type == DT_CNUM) {
		/* 五一 十一 六一 三八, naming the day only before 节 假期 ... */
		switch (t->val) {
		case 51: m = 5, d = 1; break;
		case 11: m = 10, d = 1; break;
		case 61: m = 6, d = 1; break;
		case 38: m = 3, d = 8; break;
		default: return false;
		}
		if (t->e - t->s != 6 || (i > 0 && (T(c, i - 1)->type == DT_CNUM ||
		    is_h(c, i - 1, H_DIORD))))
			return false;
		e = i + 1;
		need = true;
	} else if (t->type == DT_HAN) {
		if (T(c, i + 1)->type != DT_HAN)
			return false;
		for (size_t k = 0; k < sizeof days / sizeof days[0]; k++) {
			if (memcmp(c->s + t->s, days[k].w, 3) == 0 && han_seq(c, i, days[k].w)) {
				m = days[k].m;
				d = days[k].d;
				need = days[k].need;
				e = i + strlen(days[k].w) / 3;
				break;
			}
		}
		if (e == 0)
			return false;
	} else {
		return false;
	}
	if (need) {
		bool ok = false;
		for (const char *const *a = after; *a != NULL && !ok; a++)
			ok = han_seq(c, e, *a);
		if (!ok)
			return false;
		if (is_cp(c, e, 0x8282))  /* 节 */
			e++;
		else if (m == 10 && t->type == DT_CNUM && han_seq(c, e, "\u56fd\u5e86"))
			e += 2;  /* 十一国庆 */
		else if (t->type == DT_CNUM && (han_seq(c, e, "\u52b3\u52a8\u8282") ||
		    han_seq(c, e, "\u513f\u7ae5\u8282") || han_seq(c, e, "\u5987\u5973\u8282")))
			e += 3;
	}
	if (holiday != 0 && !need && (is_cp(c, e, 0x8282) || is_cp(c, e, 0x7BC0)))
		e++;  /* 中秋节, 端午節 */
	pd_init(p, i, G_DAY);
	p->m = m;
	p->d = d;
	p->te = e;
	p->infer = INF_YEAR;
	p->holiday = holiday;
	return true;
}

/*
 * Chinese frequencies, kind set: 每年 (P1Y), 每月 每个月 (P1M), 每周 每星期
 * (P1W), 每天 每日 (P1D), 每季度 (P3M), 每小时 (PT1H), 每两年 每隔两年
 * (P2Y), 每周一 (XXXX-WXX-1), 每年3月 (XXXX-03), 每月15日 (XXXX-XX-15),
 * 每年第四季度 (XXXX-Q4), 一年一度 (P1Y).
 */
static bool
rule_zh_set(const struct ctx *c, size_t i, struct pd *p)
{
	size_t j = i + 1, len, n;
	long tenths = 10;
	int mult, wd;
	enum unit u;

	pd_init(p, i, G_DUR);
	p->kind = NF_DATE_SET;
	/* 一年一度 */
	if (T(c, i)->type == DT_CNUM && T(c, i)->val == 1 && is_h(c, i + 1, H_NIAN) &&
	    T(c, i + 2)->type == DT_CNUM && T(c, i + 2)->val == 1 && is_h(c, i + 3, H_DU)) {
		p->te = i + 4;
		set_value(p, 10, U_Y, 1);
		return true;
	}
	if (!is_h(c, i, H_MEI) || (i > 0 && is_p(c, i - 1, 0x300A)))
		return false;  /* 《每日邮报》: a title */
	if (is_cp(c, j, 0x9694))  /* 隔 */
		j++;
	if ((T(c, j)->type == DT_CNUM && !(T(c, j)->flags & DF_POSITIONAL)) ||
	    (T(c, j)->type == DT_NUM && T(c, j)->ndig <= 3)) {
		tenths = T(c, j)->val * 10;
		j++;
		if (tenths <= 0)
			return false;
	}
	/* 每周一, 每星期五 */
	if (tenths == 10 && (n = zh_weekday_at(c, j, &wd)) > 0) {
		p->te = j + n;
		snprintf(p->dur, sizeof p->dur, "XXXX-WXX-%d", wd);
		return true;
	}
	/* 每月15日 */
	if (tenths == 10 && is_h(c, j, H_YUE) && md_num(c, j + 1, 1, 31) &&
	    (is_h(c, j + 2, H_RI) || is_h(c, j + 2, H_HAO))) {
		p->te = j + 3;
		snprintf(p->dur, sizeof p->dur, "XXXX-XX-%02d", (int)T(c, j + 1)->val);
		return true;
	}
	if (tenths == 10 && is_h(c, j, H_NIAN)) {
		struct pd y;
		size_t e;
		pd_init(&y, j, G_YEAR);
		e = zh_after_year(c, j + 1 + is_cp(c, j + 1, 0x7684), &y);  /* 每年的7月4日 */
		if (y.g == G_MONTH || y.g == G_DAY || y.g == G_QUARTER || y.g == G_HALF) {
			p->te = e;
			if (y.g == G_DAY)
				snprintf(p->dur, sizeof p->dur, "XXXX-%02d-%02d", y.m, y.d);
			else if (y.g == G_MONTH)
				snprintf(p->dur, sizeof p->dur, "XXXX-%02d", y.m);
			else
				snprintf(p->dur, sizeof p->dur, "XXXX-%c%d", y.g == G_QUARTER ? 'Q' : 'H', y.q);
			return true;
		}
	}
	if (is_h(c, j, H_JI)) {  /* 每季度, 每季 */
		p->te = j + 1 + is_h(c, j + 1, H_DU);
		set_value(p, tenths * 3, U_M, 1);
		return true;
	}
	if (is_h(c, j, H_BAN) && is_h(c, j + 1, H_NIAN) && tenths == 10) {
		p->te = j + 2;
		set_value(p, 60, U_M, 1);
		return true;
	}
	if (is_h(c, j, H_YUE)) {  /* 每月, 每2月 */
		p->te = j + 1;
		set_value(p, tenths, U_M, 1);
		return true;
	}
	if (is_h(c, j, H_RI) && !is_cp(c, j + 1, 0x7ECF) && !is_cp(c, j + 1, 0x65B0) &&
	    !is_cp(c, j + 1, 0x90AE) && !is_cp(c, j + 1, 0x7535) && !is_cp(c, j + 1, 0x5546) &&
	    !is_cp(c, j + 1, 0x5FEB) && !is_cp(c, j + 1, 0x661F)) {
		/* 每日, not 每日经济新闻, 每日邮报, 每日电讯, 每日商报, 每日快报, 每日之星 */
		p->te = j + 1;
		set_value(p, tenths, U_D, 1);
		return true;
	}
	if ((u = zh_unit(c, j, &mult, &len)) == U_NONE || is_h(c, j, H_RI))
		return false;
	/* 每小时6公里, 每秒3米: a speed, no frequency */
	if ((u == U_H || u == U_S || u == U_MIN) && is_num(c, j + len) &&
	    (is_cp(c, j + len + 1, 0x516C) || is_cp(c, j + len + 1, 0x5343) ||
	    is_cp(c, j + len + 1, 0x7C73) || is_cp(c, j + len + 1, 0x82F1) ||
	    is_cp(c, j + len + 1, 0x6D77)))
		return false;  /* 公(里) 千(米) 米 英(里) 海(里) */
	p->te = j + len;
	set_value(p, tenths, u, mult);
	return true;
}

/*
 * Chinese durations of no stated length (TIMEX3 X): 几个月 数月 (PXM), 数年
 * 几年 多年 近年来 (PXY), 几天 数日 多日 (PXD), 几周 (PXW), 几个小时 (PTXH),
 * 几十年 数十年 (PXDE); after 近 未来 过去 这: "未来几年".
 */
static bool
rule_zh_indef(const struct ctx *c, size_t i, struct pd *p)
{
	size_t j = i, k, len;
	const char *v;
	int mult;
	enum unit u;

	if (is_h(c, j, H_JINN) || is_h(c, j, H_ZHE))
		j++;
	else if ((is_h(c, j, H_WEI) && is_h(c, j + 1, H_LAI)) ||
	    (is_h(c, j, H_GUO) && is_h(c, j + 1, H_QU)))
		j += 2;
	/* 近年来, 近年 */
	if (is_h(c, i, H_JINN) && j == i + 1 && is_h(c, j, H_NIAN) && !is_h(c, j + 1, H_DU) &&
	    !is_h(c, j + 1, H_DAI)) {
		pd_init(p, i, G_DUR);
		p->te = j + 1 + (is_h(c, j + 1, H_LAI) ? 1 : 0);
		snprintf(p->dur, sizeof p->dur, "PXY");
		return true;
	}
	if (!is_h(c, j, H_JIX) && !is_h(c, j, H_SHU) && !is_h(c, j, H_DUO))
		return false;
	k = j + 1;
	/* 几十年, 数十年: decades */
	if (!is_h(c, j, H_DUO) && T(c, k)->type == DT_CNUM && T(c, k)->val == 10 &&
	    T(c, k)->e - T(c, k)->s == 3 && is_h(c, k + 1, H_NIAN)) {
		pd_init(p, i, G_DUR);
		p->te = k + 2 + (is_h(c, k + 2, H_LAI) ? 1 : 0);
		snprintf(p->dur, sizeof p->dur, "PXDE");
		return !is_h(c, k + 2, H_QIAN) && !is_h(c, k + 2, H_DAI);
	}
	if ((u = zh_unit(c, k, &mult, &len)) == U_NONE || mult != 1)
		return false;
	/* 多 only before 年 and 日: 多年来, 多日 */
	if (is_h(c, j, H_DUO) && !(u == U_Y || (u == U_D && is_h(c, k, H_RI))))
		return false;
	if (is_h(c, k + len, H_QIAN) || is_h(c, k + len, H_JIG) || is_cp(c, k + len, 0x751F) ||
	    (u == U_Y && (is_cp(c, k + len, 0x8F7B) || is_cp(c, k + len, 0x7EAA) ||
	    is_cp(c, k + len, 0x9F84) || is_h(c, k + len, H_DAI) || is_h(c, k + len, H_DU))))
		return false;  /* 几年前, 几年级, 多年生, 越来越多年轻, 多年纪 */
	switch (u) {
	case U_Y: v = "PXY"; break;
	case U_M: v = "PXM"; break;
	case U_W: v = "PXW"; break;
	case U_D: v = "PXD"; break;
	case U_H: v = "PTXH"; break;
	case U_MIN: v = "PTXM"; break;
	default: return false;
	}
	pd_init(p, i, G_DUR);
	p->te = k + len;
	if (is_h(c, p->te, H_NEI) || is_h(c, p->te, H_LAI))
		p->te++;
	snprintf(p->dur, sizeof p->dur, "%s", v);
	return true;
}

/*
 * The Nth Five-Year Plan as its years, by arithmetic: the first ran
 * 1953-1957, the second 1958-1962, then three years of adjustment, the
 * third 1966-1970 and every one five years after ("十四五" 2021/2025,
 * "十五五" 2026/2030).  Sets a and b; false for N outside 1..40.
 */
static bool
plan_years(const struct ctx *c, size_t ts, size_t te, long n, struct pd *a, struct pd *b)
{
	int y;

	if (n < 1 || n > 40)
		return false;
	y = n <= 2 ? 1953 + 5 * (int)(n - 1) : 1966 + 5 * (int)(n - 3);
	(void)c;
	pd_init(a, ts, G_YEAR);
	a->y = y;
	a->te = te;
	*b = *a;
	b->y = y + 4;
	return true;
}

/* Ordinal English words, "first" to "twentieth", as numbers. */
static int
ordinal_word(const struct ctx *c, size_t i)
{
	static const char *const ords[] = {
		"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
		"ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
		"fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
		"twentieth",
	};
	const nf_dtok *t = T(c, i);
	size_t len = t->e - t->s;

	if (t->type != DT_WORD)
		return 0;
	for (int k = 0; k < 20; k++)
		if (strlen(ords[k]) == len && strncasecmp(c->s + t->s, ords[k], len) == 0)
			return k + 1;
	return 0;
}

/*
 * Plan periods as ranges: "十四五" (and “十四五”期间, 十四五时期), "“九五”计划",
 * "第十四个五年规划", "the 14th Five-Year Plan (period)", "the Fourteenth
 * Five-Year Plan".
 */
static bool
rule_plan(const struct ctx *c, size_t i, struct pd *a, struct pd *b)
{
	const nf_dtok *t = T(c, i);
	size_t j, e;
	long n = 0;

	if (t->type == DT_NUM || t->type == DT_WNUM) {
		/* "14th Five-Year Plan", "Fourteenth Five-Year Plan" (read at
		 * "Five": the ordinal word is no candidate) */
		if (t->type == DT_NUM && t->ndig <= 2 && ord_suffix(c, i))
			n = t->val, j = i + 2;
		else if (t->type == DT_WNUM && i > 0 && (n = ordinal_word(c, i - 1)) > 0 &&
		    (T(c, i - 1)->flags & DF_CAP))
			j = i--;
		else
			return false;
		if (!(T(c, j)->type == DT_WNUM && T(c, j)->val == 5 && is_dash(c, j + 1) &&
		    is_w(c, j + 2, W_YEAR) && !(T(c, j + 2)->flags & DF_PLURAL) &&
		    is_w(c, j + 3, W_PLAN)))
			return false;
		e = j + 4;
		if (is_w(c, e, W_PERIOD) && !(T(c, e)->flags & DF_CAP))
			e++;
		return plan_years(c, i, e, n, a, b);
	}
	if (t->type == DT_HAN && is_h(c, i, H_DIORD)) {
		/* 第十四个五年规划 */
		j = i + 1;
		if (T(c, j)->type != DT_CNUM || (T(c, j)->flags & DF_POSITIONAL) ||
		    !is_h(c, j + 1, H_GE) || T(c, j + 2)->type != DT_CNUM || T(c, j + 2)->val != 5 ||
		    !is_h(c, j + 3, H_NIAN) || !is_h(c, j + 4, H_JIHUA))
			return false;
		return plan_years(c, i, j + 6, T(c, j)->val, a, b);
	}
	if (t->type != DT_CNUM)
		return false;
	if ((t->flags & DF_POSITIONAL) && t->val >= 15 && t->val <= 95 && t->val % 10 == 5 &&
	    t->e - t->s == 6) {
		n = t->val / 10;  /* 一五 ... 九五 */
		e = i + 1;
	} else if (!(t->flags & DF_POSITIONAL) && t->val >= 10 && t->val <= 19 &&
	    T(c, i + 1)->type == DT_CNUM && T(c, i + 1)->val == 5 && glued(c, i + 1) &&
	    T(c, i + 1)->e - T(c, i + 1)->s == 3) {
		n = t->val;  /* 十一五 ... 十九五 */
		e = i + 2;
	} else {
		return false;
	}
	if (i > 0 && is_h(c, i - 1, H_DIORD))
		return false;
	/* the digits of a number: 万分之一点七五, 三七五 */
	if (i > 0 && glued(c, i) && (T(c, i - 1)->type == DT_CNUM || is_cp(c, i - 1, 0x70B9) ||
	    is_cp(c, i - 1, 0x9EDE)))
		return false;
	/* what follows: 规划 计划 时期 期间 末 初 以来 开局 收官, or the
	 * closing quote of “十四五” */
	{
		const nf_dtok *f = T(c, e);
		bool quoted = f->type == DT_PUNCT && (f->cp == 0x201D || f->cp == '"' ||
		    f->cp == 0x300D || f->cp == 0x300F);
		bool word = (is_h(c, e, H_JIHUA) && (is_cp(c, e + 1, 0x5212) ||
		    is_cp(c, e + 1, 0x5283) || T(c, e)->cp == 0x89C4 || T(c, e)->cp == 0x898F)) ||
		    (is_h(c, e, H_SHIH) && is_h(c, e + 1, H_QI)) ||
		    (is_h(c, e, H_QI) && is_h(c, e + 1, H_JIAN)) || is_h(c, e, H_MO) ||
		    is_h(c, e, H_CHU) || (is_h(c, e, H_YI) && is_h(c, e + 1, H_LAI)) ||
		    is_cp(c, e, 0x5F00) || is_cp(c, e, 0x6536);
		if (!quoted && !word && !(n >= 10 && (f->type == DT_PUNCT || f->type == DT_END ||
		    is_cp(c, e, 0x7684))))
			return false;
		if ((is_h(c, e, H_SHIH) && is_h(c, e + 1, H_QI)) ||
		    (is_h(c, e, H_QI) && is_h(c, e + 1, H_JIAN)))
			e += 2;
	}
	return plan_years(c, i, e, n, a, b);
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
 * A Han character before a bare quarter that makes its numeral a count:
 * 前三季度, 近三季度, 过去四季度, 连续三季度, 首三季度, 每季度 (the first,
 * last, three running quarters; not the third).  A quarter glued to any
 * other character is one ("关注三季度", "基金四季度"), but 一 only after a
 * function word or a date's own character: 统一 同一 单一 end in it.
 */
static bool
count_lead(const nf_dtok *t)
{
	static const uint32_t lead[] = {
		0x7EED, 0x7E8C, 0x8FDE, 0x9023, 0x5934, 0x982D, 0x9996, 0x90A3,
		0x51E0, 0x5E7E,
	};  /* 续 續 连 連 头 頭 首 那 几 幾 */

	switch (t->id) {
	case H_QIAN: case H_HOU: case H_JINN: case H_QU: case H_ZHE: case H_MEI:
	case H_DIORD:
		return true;
	case H_NONE:
		for (size_t k = 0; k < sizeof lead / sizeof lead[0]; k++)
			if (lead[k] == t->cp)
				return true;
		return false;
	default:
		return false;
	}
}

/* Han characters that end a word with 上 (赶上 跟上 追上 遇上 碰上 马上 爱上
 * 登上 踏上 迎上 走上 晚上 早上 身上 网上 线上 加上 以上 之上 向上 路上 世上
 * 手上 台上 面上): before 年 it is no 上年. */
static bool
verb_shang(uint32_t cp)
{
	static const uint32_t lead[] = {
		0x8D76, 0x8DDF, 0x8FFD, 0x9047, 0x78B0, 0x9A6C, 0x99AC, 0x7231, 0x611B,
		0x767B, 0x8E0F, 0x8FCE, 0x8D70, 0x665A, 0x65E9, 0x8EAB, 0x7F51, 0x7DB2,
		0x7EBF, 0x7DDA, 0x52A0, 0x4EE5, 0x4E4B, 0x5411, 0x8DEF, 0x4E16, 0x624B,
		0x53F0, 0x81FA, 0x9762,
	};

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

	if (t->type == DT_HAN) {
		/* the characters any of these can start with */
		switch (t->id) {
		case H_JIN: case H_QU: case H_MING: case H_QIAN: case H_HOU: case H_SHANG:
		case H_BEN: case H_ZUO: case H_ZHE: case H_XIA: case H_ZHOU: case H_XING:
		case H_LI: case H_DIORD: case H_NIAN: case H_YUE: case H_QUAN:
			break;
		case H_RI:
			/* (自)即日起: from today */
			if (i == 0 || !is_cp(c, i - 1, 0x5373) || !is_cp(c, i + 1, 0x8D77))
				return false;
			pd_init(p, i - 1, G_DAY);
			p->kind = NF_DATE_RELATIVE;
			p->te = i + 2;
			if (need_anchor(c, p))
				set_day(p, c->aday);
			return true;
		default:
			return false;
		}
	} else if (t->type != DT_CNUM) {
		return false;
	}
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
		/* 80后年青人: a generation, then the young */
		if (t->id == H_HOU && i > 0 && (is_num(c, i - 1) || is_cp(c, i + 2, 0x9752) ||
		    is_cp(c, i + 2, 0x8F7B)))
			return false;
		/* 上年 only as 上年同期 / 上年度; 本年 needs a following 度 or date */
		if (t->id == H_SHANG && is_h(c, i + 2, H_BAN))
			return false;
		if (t->id == H_HOU && !is_h(c, i + 2, H_NONE) && T(c, i + 2)->type == DT_HAN &&
		    0)
			return false;
		set_rel_year(c, p, off);
		/* 上年 is the year before the one the text talks about ("2024年
		 * ……较上年减少"); 去年 the year before the anchor's */
		if (t->id == H_SHANG) {
			const nf_date_match *m = context_date(c);
			/* 赶上年底, 晚上年轻人: 上 ends another word */
			if (i > 0 && glued(c, i) && T(c, i - 1)->type == DT_HAN &&
			    verb_shang(T(c, i - 1)->cp))
				return false;
			if (m != NULL && m->from.y == m->to.y) {
				p->y = m->from.y - 1;
				p->used_anchor = m->used_anchor;
				p->unresolved = false;
				p->note = NOTE_BACK;  /* no context for the next 上年 */
			}
		}
		size_t e = zh_after_year(c, i + 2, p);
		p->te = e;
		if (p->g == G_NONE)
			return true;  /* 今年2月30日 */
		if (p->g == G_YEAR && is_h(c, e, H_YI) && is_h(c, e + 1, H_LAI) && off == 0) {
			p->to_anchor = true;  /* 今年以来: to the anchor */
			p->te = e + 2;
		}
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
	/* 今（14）日, 昨(13)日: Taiwanese style, the day of the month in
	 * brackets; that day of the month nearest the one meant */
	if (t->type == DT_HAN && (t->id == H_ZUO || t->id == H_JIN || t->id == H_MING) &&
	    (is_p(c, i + 1, 0xFF08) || is_p(c, i + 1, '(')) && md_num(c, i + 2, 1, 31) &&
	    T(c, i + 2)->type == DT_NUM && (is_p(c, i + 3, 0xFF09) || is_p(c, i + 3, ')')) &&
	    is_h(c, i + 4, H_RI)) {
		p->te = i + 5;
		p->g = G_DAY;
		p->d = (int)T(c, i + 2)->val;
		if (need_anchor(c, p)) {
			static const int near[] = { 0, -1, 1, -2, 2, -3, 3 };
			long day = c->aday + (t->id == H_ZUO ? -1 : t->id == H_JIN ? 0 : 1);
			for (size_t k = 0; k < sizeof near / sizeof near[0]; k++) {
				if (nf_ymd_from_days(day + near[k]).d == p->d) {
					set_day(p, day + near[k]);
					return true;
				}
			}
			p->infer = INF_MONTH;  /* an anchor far from the page's day */
		}
		return true;
	}
	/* days (周日 is a weekday, below; 周天 stays none: 周 is a surname,
	 * 周天勇) */
	if (t->type == DT_HAN && !(t->id == H_ZHOU && is_h(c, i + 1, H_RI)) &&
	    (is_h(c, i + 1, H_TIAN) || is_h(c, i + 1, H_RI))) {
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
		if (is_h(c, i + 1, H_RI) && (is_h(c, i + 2, H_TOU) || is_h(c, i + 2, H_ZHIP)))
			return false;  /* 今日头条, 今日之星 */
		/* 美好的明天, 更好的今天: a future, a present, no day */
		if (i > 0 && is_cp(c, i - 1, 0x7684) && is_h(c, i + 1, H_TIAN) && off != -1)
			return false;
		/* 走到今天这一步, 有今天的成就: how far one has come, no day */
		if (off == 0 && i > 0 && (is_h(c, i - 1, H_DAO) || is_cp(c, i - 1, 0x6709)) &&
		    (han_seq(c, i + 2, "\u8fd9\u4e00\u6b65") ||
		    han_seq(c, i + 2, "\u8fd9\u4e2a\u5730\u6b65") ||
		    han_seq(c, i + 2, "\u7684\u5730\u6b65") || han_seq(c, i + 2, "\u8fd9\u6837") ||
		    han_seq(c, i + 2, "\u7684\u6210\u5c31") || han_seq(c, i + 2, "\u7684\u6210\u7ee9")))
			return false;
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
		/* 上上周, 下下个月: two back or ahead */
		if (off != 0 && is_h(c, j, t->id)) {
			off *= 2;
			j++;
		}
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
			/* 9月末……比上月末高: the month before the one the text
			 * talks about, as 环比 compares */
			if (off == -1 && i > 0 && (is_cp(c, i - 1, 0x6BD4) || is_cp(c, i - 1, 0x8F83) ||
			    is_cp(c, i - 1, 0x8F03))) {
				const nf_date_match *m = context_date(c);
				if (m != NULL && m->has_range && m->from.y == m->to.y &&
				    m->from.m == m->to.m && m->value[0] >= '0' && m->value[0] <= '9') {
					nf_ymd b = nf_add_months((nf_ymd){ m->from.y, m->from.m, 1 }, -1);
					p->y = b.y;
					p->m = b.m;
					p->used_anchor = m->used_anchor;
				}
			}
			/* 本月10日, 上月5日: a day of that month */
			if (md_num(c, j + 1, 1, 31) && (is_h(c, j + 2, H_RI) || is_h(c, j + 2, H_HAO)) &&
			    !p->unresolved) {
				if (!nf_ymd_valid(p->y, p->m, (int)T(c, j + 1)->val))
					return false;
				p->g = G_DAY;
				p->d = (int)T(c, j + 1)->val;
				p->te = j + 3;
			} else if (!p->unresolved) {
				p->te += zh_month_part(c, p->te, p);  /* 本月底 */
			}
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
		/* 每周二、周四: the set goes on */
		if (i > 0 && is_p(c, i - 1, 0x3001) && c->out != NULL && c->out->len > c->out_start &&
		    c->out->items[c->out->len - 1].kind == NF_DATE_SET &&
		    c->out->items[c->out->len - 1].end == T(c, i - 1)->s &&
		    strncmp(c->out->items[c->out->len - 1].value, "XXXX-WXX-", 9) == 0) {
			p->g = G_DUR;
			p->kind = NF_DATE_SET;
			snprintf(p->dur, sizeof p->dur, "XXXX-WXX-%d", wd);
			return true;
		}
		p->g = G_DAY;
		set_bare_weekday(c, p, wd, clause_tense(c, i, i + n), false);
		return true;
	}
	/* 一季度, 第三季度 (inferred); not 每年第四季度 (every year's) */
	if (!(i >= 2 && is_h(c, i - 1, H_NIAN) && is_h(c, i - 2, H_MEI))) {
		size_t j = i;
		if (is_h(c, j, H_DIORD))
			j++;
		/* 将于第三季, 於第3季: Taiwan's 季 for 季度, after 于 only (第三季
		 * alone is as often a show's third season) */
		bool bare = j > i && i > 0 && is_h(c, i - 1, H_YU) && !is_h(c, j + 2, H_DU);
		if (md_num(c, j, 1, 4) && (T(c, j)->type == DT_CNUM || j > i) &&
		    is_h(c, j + 1, H_JI) && (is_h(c, j + 2, H_DU) || bare)) {
			if (i > 0 && glued(c, i) && T(c, i - 1)->type == DT_HAN && j == i &&
			    (count_lead(T(c, i - 1)) || ((T(c, i - 1)->id == H_NONE ||
			    T(c, i - 1)->id == H_TONG) && T(c, j)->val == 1 &&
			    !quarter_lead(T(c, i - 1)->cp))))
				return false;
			p->kind = NF_DATE_DATE;
			p->g = G_QUARTER;
			p->q = (int)T(c, j)->val;
			p->te = j + (bare ? 2 : 3);
			p->infer = INF_YEAR;
			return true;
		}
	}
	/* 年初 年中 年底 年末 年内 (this year), 全年 (the year the text talks
	 * about, else this one) */
	if (t->type == DT_HAN && (t->id == H_NIAN || (t->id == H_QUAN &&
	    is_h(c, i + 1, H_NIAN))) && !(i > 0 && (is_num(c, i - 1) ||
	    is_h(c, i - 1, H_JIN) || is_h(c, i - 1, H_QU) || is_h(c, i - 1, H_MING) ||
	    is_h(c, i - 1, H_QIAN) || is_h(c, i - 1, H_HOU) || is_h(c, i - 1, H_BAN) ||
	    (is_h(c, i - 1, H_SHANG) && !(i > 1 && T(c, i - 2)->type == DT_HAN &&
	    verb_shang(T(c, i - 2)->cp))) || is_h(c, i - 1, H_BEN) || is_h(c, i - 1, H_DU) ||
	    is_h(c, i - 1, H_NIAN) || is_h(c, i - 1, H_MEI) || is_h(c, i - 1, H_JINN) ||
	    is_h(c, i - 1, H_DUO) || is_h(c, i - 1, H_JIX) || is_h(c, i - 1, H_SHU) ||
	    is_h(c, i - 1, H_DAI)))) {
		if (t->id == H_QUAN) {
			p->te = i + 2;
			set_year_talked_about(c, p);
			return true;
		}
		if (is_h(c, i + 1, H_NEI) && !is_h(c, i + 2, H_NIAN)) {
			p->te = i + 2;
			set_rel_year(c, p, 0);
			return true;
		}
		if (is_h(c, i + 1, H_CHU) || is_h(c, i + 1, H_DI) || is_h(c, i + 1, H_MO) ||
		    zh_mid(c, i + 1)) {
			p->te = i + 2;
			set_rel_year(c, p, 0);
			p->mod = is_h(c, i + 1, H_CHU) ? MOD_START : is_h(c, i + 1, H_ZHONG) ? MOD_MID :
			    MOD_END;
			return true;
		}
	}
	/* 月底 月初 (this month) */
	if (t->type == DT_HAN && t->id == H_YUE && (is_h(c, i + 1, H_CHU) ||
	    is_h(c, i + 1, H_DI) || is_h(c, i + 1, H_MO)) && !(i > 0 && (is_num(c, i - 1) ||
	    T(c, i - 1)->type == DT_HAN))) {
		p->te = i + 2;
		set_rel_month(c, p, 0);
		p->mod = is_h(c, i + 1, H_CHU) ? MOD_START : MOD_END;
		return true;
	}
	return false;
}

/*
 * 次年 ("the following year", with what follows: 次年2月), 次月: the year or
 * month after the date the text talks about.  In a range (11月至次年2月)
 * join_range() counts from the range's start instead.
 */
static bool
rule_zh_next(const struct ctx *c, size_t i, struct pd *p)
{
	const nf_date_match *m;

	if (!is_h(c, i, H_CI) || !(is_h(c, i + 1, H_NIAN) || is_h(c, i + 1, H_YUE)))
		return false;
	pd_init(p, i, G_YEAR);
	p->kind = NF_DATE_RELATIVE;
	p->next_of_prev = true;
	m = context_date(c);
	if (is_h(c, i + 1, H_YUE)) {
		if (m == NULL || m->value[0] == '\0')
			return false;
		nf_ymd n = nf_add_months((nf_ymd){ m->from.y, m->from.m, 1 }, 1);
		p->g = G_MONTH;
		p->y = n.y;
		p->m = n.m;
		p->te = i + 2;
		p->used_anchor = m->used_anchor;
		p->next_of_prev = false;
		return true;
	}
	p->te = zh_after_year(c, i + 2, p);
	if (p->g == G_NONE)
		return true;
	if (m != NULL && m->value[0] != '\0') {
		p->y = m->from.y + 1;
		p->used_anchor = m->used_anchor;
	} else {
		p->unresolved = true;  /* only a range's end has a year to count from */
		p->note = "no date before it";
	}
	return true;
}

/*
 * A range of weekdays: 星期六至星期一, 周五到周日.  Not a weekly schedule
 * (每周一至周五, 周一至周五 9:00-17:00, 周一至周五营业).  The start is read
 * as a bare weekday, the end is the first such day after it.
 */
static bool
rule_zh_weekday_range(const struct ctx *c, size_t i, struct pd *a, struct pd *b)
{
	size_t n1, n2, k;
	int w1, w2;
	long d1;

	if ((n1 = zh_weekday_at(c, i, &w1)) == 0 || w1 == 0)
		return false;
	k = i + n1;
	if (!(is_h(c, k, H_ZHI) || is_h(c, k, H_DAO) || is_dash(c, k)) ||
	    (n2 = zh_weekday_at(c, k + 1, &w2)) == 0 || w2 == w1 ||
	    (w1 == 1 && (w2 == 5 || w2 == 7)))
		return false;  /* 周一至周五: the working week, a schedule */
	k += 1 + n2;
	if (i > 0 && (is_h(c, i - 1, H_MEI) || is_h(c, i - 1, H_DIORD)))
		return false;
	if (T(c, k)->type == DT_NUM || is_cp(c, k, 0x8425) || is_cp(c, k, 0x5F00) ||
	    is_cp(c, k, 0x529E) || is_h(c, k, H_GONG) || is_h(c, k, H_SHANG) ||
	    is_h(c, k, H_SHIH) || is_h(c, k, H_ZAO) || is_h(c, k, H_WAN) ||
	    is_cp(c, k, 0x5168) || is_cp(c, k, 0x6BCF))
		return false;  /* 营业 开放 办公 工作 上班 时间 早 晚 全天 每天 */
	pd_init(a, i, G_DAY);
	a->kind = NF_DATE_RELATIVE;
	a->te = k;
	if (need_anchor(c, a)) {
		d1 = weekday_day(c, w1, clause_tense(c, i, k) == TENSE_FUT ? 4 : 0);
		set_day(a, d1);
		*b = *a;
		set_day(b, d1 + (w2 - w1 + 7) % 7);
	} else {
		*b = *a;
	}
	return true;
}

/* "the three years to 2027", "the five years through 2030": the years
 * that end with the one named. */
static bool
rule_en_years_to(const struct ctx *c, size_t i, struct pd *a, struct pd *b)
{
	size_t j = i, k;
	long tenths;

	if (!is_w(c, j, W_THE))
		return false;
	if ((k = en_amount(c, j + 1, false, &tenths)) == 0 || tenths % 10 != 0 ||
	    tenths < 20 || tenths > 300 || !is_w(c, k, W_YEAR) || !(T(c, k)->flags & DF_PLURAL))
		return false;
	k++;
	if (!is_w(c, k, W_TO) && !is_w(c, k, W_THROUGH) && !is_w(c, k, W_UNTIL) &&
	    !word_in(c, k, (const char *const[]){ "ending", "ended", NULL }))
		return false;
	k++;
	if (!year_num(c, k) || !right_clean(c, k + 1) || is_w(c, k + 1, W_COUNTED))
		return false;
	pd_init(b, i, G_YEAR);
	b->y = (int)T(c, k)->val;
	b->te = k + 1;
	*a = *b;
	a->y = b->y - (int)(tenths / 10) + 1;
	return true;
}

/*
 * "the first three months of the year" (a quarter), "the last six months
 * of 2024" (a half), "the first nine months of 2025" (a range of months),
 * "the first three quarters of the year" (January to September): months
 * or quarters counted from either end of a year.
 */
static bool
rule_en_months_of(const struct ctx *c, size_t i, struct pd *a, struct pd *b, bool *single)
{
	size_t j = i + 1, k;
	long tenths;
	int n;
	bool last;
	struct pd y;

	if (!is_w(c, i, W_THE) || !(is_w(c, j, W_FIRST) || is_w(c, j, W_LAST) ||
	    is_w(c, j, W_FINAL)))
		return false;
	last = !is_w(c, j, W_FIRST);
	if ((k = en_amount(c, j + 1, false, &tenths)) == 0 || tenths % 10 != 0 ||
	    !(is_w(c, k, W_MONTH) || is_w(c, k, W_QUARTER)) || !(T(c, k)->flags & DF_PLURAL) ||
	    !is_w(c, k + 1, W_OF))
		return false;
	n = (int)(tenths / 10) * (is_w(c, k, W_QUARTER) ? 3 : 1);
	if (n < 2 || n > 11 || !of_target(c, k + 2, &y) || y.g != G_YEAR || y.infer != INF_NONE)
		return false;
	*a = y;
	a->ts = i;
	*single = n == 3 || n == 6;
	if (*single) {
		a->g = n == 3 ? G_QUARTER : G_HALF;
		a->q = last ? (n == 3 ? 4 : 2) : 1;
		*b = *a;
		return true;
	}
	a->g = G_MONTH;
	*b = *a;
	a->m = last ? 13 - n : 1;
	b->m = last ? 12 : n;
	return true;
}

/*
 * A reporting period named by its length and the month it ends: "the
 * three months ended Sept. 30" (2025-Q3), "the six months to June 30"
 * (H1), "the nine months through September 30, 2024" (2024-01/2024-09),
 * "the 12 months to March" (April to March).  i is at "the"; a day, if
 * given, must end its month.  The end's year is read like any month's
 * (a period "ended" is past); without an anchor to read it by the words
 * stay a duration and a date.
 */
static bool
rule_en_months_ended(const struct ctx *c, size_t i, struct pd *a, struct pd *b, bool *single)
{
	static const char *const verbs[] = { "ended", "ending", "to", "through", NULL };
	size_t k;
	long tenths;
	int n, m, y;
	struct pd e;

	if ((k = en_amount(c, i + 1, false, &tenths)) == 0 || tenths % 10 != 0 ||
	    !is_w(c, k, W_MONTH) || !(T(c, k)->flags & DF_PLURAL) || !word_in(c, k + 1, verbs) ||
	    !rule_month(c, k + 2, &e, true) || (e.g != G_MONTH && e.g != G_DAY))
		return false;
	n = (int)(tenths / 10);
	if (n < 2 || n > 12 || (e.g == G_DAY && e.d < 28))
		return false;
	if (e.infer != INF_NONE && word_in(c, k + 1, (const char *const[]){ "ended", NULL }))
		e.tense = TENSE_PAST;
	infer(c, &e);
	if (e.unresolved || (e.g == G_DAY && e.d != nf_days_in_month(e.y, e.m)))
		return false;
	m = e.m;
	y = e.y;
	e.g = G_MONTH;
	e.d = 0;
	*a = *b = e;
	a->ts = i;
	*single = (n == 3 && m % 3 == 0) || (n == 6 && m % 6 == 0) || (n == 12 && m == 12);
	if (*single) {
		a->g = n == 3 ? G_QUARTER : n == 6 ? G_HALF : G_YEAR;
		a->q = m / n;
		return true;
	}
	a->m = m - n + 1;
	if (a->m < 1) {
		a->m += 12;
		a->y = y - 1;
	}
	return true;
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

/* A year stated after the end of a range: "from April to June in 2017",
 * "between January and March, 2024", "3月至5月 of 2019".  Sets b's year. */
static void
year_after_range(const struct ctx *c, struct pd *b)
{
	size_t k = b->te;

	if (b->infer != INF_YEAR || (b->g != G_MONTH && b->g != G_DAY && b->g != G_QUARTER))
		return;
	if (is_w(c, k, W_IN) || is_w(c, k, W_OF) || is_p(c, k, ','))
		k++;
	if (k == b->te || !year_num(c, k) || !right_clean(c, k + 1) || is_w(c, k + 1, W_COUNTED))
		return;
	b->y = (int)T(c, k)->val;
	b->infer = INF_NONE;
	b->explicit_y = true;
	b->te = k + 1;
}

/*
 * Join a..b into a range when b is a date of a compatible kind: b may
 * lack the year (taken from a) or the month (Chinese "5月18日至20日").
 * Resolves both; false when they do not make a forward range.
 */
static bool
join_range(const struct ctx *c, struct pd *a, struct pd *b)
{
	nf_ymd f1, t1, f2, t2;

	if (a->g == G_DUR || b->g == G_DUR || a->g == G_SEASON || b->g == G_SEASON ||
	    a->g == G_NONE || b->g == G_NONE)
		return false;
	if (a->kind == NF_DATE_RELATIVE && a->g == G_DAY && b->kind == NF_DATE_RELATIVE)
		return false;
	/* the range's tense is read around the whole of it */
	if (a->infer != INF_NONE || b->infer != INF_NONE) {
		int tense = clause_tense(c, a->ts, b->te);
		a->tense = b->tense = tense;
	}
	if (b->next_of_prev) {  /* 11月至次年2月 */
		infer(c, a);
		b->y = a->y + 1;
		b->infer = INF_NONE;
		b->unresolved = a->unresolved;
		b->used_anchor = a->used_anchor;
		b->note = a->note;
	}
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
	year_after_range(c, b);
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
	year_after_range(c, b);
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
		    rule_day_month(c, i, p) || rule_year_month(c, i, p) ||
		    rule_month_year_num(c, i, p) || rule_year(c, i, p))
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
		    rule_zh_month(c, i, p) || rule_zh_relative(c, i, p) || rule_zh_feast(c, i, p);
	case DT_HAN:
		if (t->id == H_HOLI || t->id == H_YUAN)
			return rule_zh_feast(c, i, p);
		if ((t->id == H_CHUN || t->id == H_ZHONG) && rule_zh_feast(c, i, p))
			return true;
		if (t->id == H_CI)
			return rule_zh_next(c, i, p);
		return rule_zh_relative(c, i, p) || ((t->id == H_SHANG || t->id == H_BEN) &&
		    rule_zh_decade(c, i, p));
	case DT_WORD:
		if (t->id == W_NONE || t->id >= W_COUNTED)
			return false;
		if (t->id <= W_DEC)
			return rule_month(c, i, p, loose_year);
		if (t->id >= W_MON && t->id <= W_SUN)
			return rule_weekday(c, i, p);
		switch (t->id) {
		case W_FEAST: case W_GOOD: case W_BOXING: case W_NEW:
			return rule_en_feast(c, i, p);
		case W_YESTERDAY: case W_TODAY: case W_TOMORROW: case W_TONIGHT:
			return rule_en_deictic_day(c, i, p);
		case W_LAST: case W_THIS: case W_NEXT: case W_PAST: case W_COMING:
		case W_UPCOMING:
			return rule_en_lastnext(c, i, p);
		case W_FOLLOWING:
			return rule_en_following(c, i, p);
		case W_EARLY: case W_LATE: case W_MID: case W_EARLIER: case W_LATER:
			return rule_en_mod(c, i, p);
		case W_END: case W_START: case W_BEGINNING: case W_MIDDLE: case W_REST:
		case W_TURN:
			return rule_en_endof(c, i, p);
		case W_THE:
			return rule_en_endof(c, i, p) || rule_en_quarter(c, i, p) ||
			    rule_en_season(c, i, p) || rule_en_decade(c, i, p) ||
			    rule_en_full_year(c, i, p);
		case W_FULL:
			return rule_en_full_year(c, i, p);
		case W_FIRST: case W_SECOND: case W_THIRD: case W_FOURTH: case W_FINAL:
		case W_Q: case W_H:
			return rule_en_quarter(c, i, p);
		default:
			return season_id(t->id) >= 0 && rule_en_season(c, i, p);
		}
	case DT_PUNCT:
		return rule_en_decade(c, i, p) || rule_en_short_year(c, i, p);
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
		return rule_zh_set(c, i, p) || rule_zh_duration(c, i, p);
	case DT_HAN:
		if (t->id == H_MEI)
			return rule_zh_set(c, i, p);
		if (t->id == H_JIX || t->id == H_SHU || t->id == H_DUO || t->id == H_ZHE)
			return rule_zh_indef(c, i, p);
		return (t->id == H_JINN || t->id == H_WEI || t->id == H_GUO || t->id == H_BAN) &&
		    (rule_zh_duration(c, i, p) || rule_zh_indef(c, i, p));
	case DT_WORD:
		if (t->id == W_A || t->id == W_AN)
			return rule_en_set(c, i, p) || rule_en_duration(c, i, p);
		if (t->id == W_EVERY || t->id == W_EACH || t->id == W_PER || t->id == W_EVERY_ADV)
			return rule_en_set(c, i, p);
		if ((t->flags & DF_PLURAL) && t->id >= W_YEAR && t->id <= W_FORTNIGHT)
			return rule_en_indef(c, i, p);
		return t->id == W_HALF ? rule_en_half(c, i, p) : false;
	default:
		return false;
	}
}

/* Whether a word with this id can start a date, range, duration or set:
 * cue words ("in", "of", "by") only lend context to one. */
static bool
word_starts(int id)
{
	if (id == W_NONE || id >= W_TENSE)
		return false;
	if (id <= W_SUN || (id >= W_YEAR && id <= W_NIGHT) || (id >= W_SPRING && id <= W_FALL))
		return true;
	switch (id) {
	case W_THIS: case W_LAST: case W_NEXT: case W_PAST: case W_COMING: case W_PREVIOUS:
	case W_FROM: case W_BETWEEN: case W_THE: case W_A: case W_AN: case W_EARLY:
	case W_LATE: case W_MID: case W_EARLIER: case W_LATER: case W_END: case W_START:
	case W_BEGINNING: case W_MIDDLE: case W_REST: case W_TURN: case W_EVERY: case W_EACH:
	case W_PER: case W_FIRST: case W_THIRD: case W_FOURTH: case W_FINAL: case W_Q:
	case W_H: case W_NEW: case W_UPCOMING: case W_FOLLOWING: case W_EVERY_ADV:
	case W_FEAST: case W_GOOD: case W_BOXING: case W_FULL:
		return true;
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
		return word_starts(t->id);
	case DT_HAN:
		return t->id != H_NONE;
	case DT_PUNCT:
		return t->cp == '\'' || t->cp == 0x2019;
	default:
		return false;
	}
}

/* Shift the four-digit years that start a TIMEX value or follow its "/"
 * ("2025-Q1/2025-Q3") by n into buf. */
static void
value_shift_years(const char *v, int n, char *buf, size_t size)
{
	size_t o = 0;

	for (size_t k = 0; v[k] != '\0' && o + 1 < size;) {
		if ((k == 0 || v[k - 1] == '/') && v[k] >= '0' && v[k] <= '9' &&
		    strlen(v + k) >= 4) {
			int y = atoi(v + k) + n;
			o += (size_t)snprintf(buf + o, size - o, "%04d", y < 0 ? 0 : y > 9999 ? 9999 : y);
			k += 4;
		} else {
			buf[o++] = v[k++];
		}
	}
	buf[o < size ? o : size - 1] = '\0';
}

/*
 * The date the text talks about at this point: the last date found before
 * it in this text, else the last of the paragraph's earlier sentences;
 * NULL when there is none.  Durations and sets are no dates here.
 */
static const nf_date_match *
context_date(const struct ctx *c)
{
	const nf_date_match *aside = NULL;

	for (size_t i = c->out->len; i > c->out_start; i--) {
		const nf_date_match *m = &c->out->items[i - 1];
		if (m->kind != NF_DATE_DURATION && m->kind != NF_DATE_SET && m->has_range &&
		    m->value[0] != '\0' && m->note != NOTE_YEAR_BACK && m->note != NOTE_BACK) {
			if (!m->aside)
				return m;
			if (aside == NULL)
				aside = m;
		}
	}
	if (c->doc != NULL && c->doc->carry.has_context)
		return &c->doc->carry.context;
	if (c->doc != NULL && c->doc->carry.has_period)
		return &c->doc->carry.period;
	return aside;
}

/*
 * Emit tokens [ts, te) as the date the text talks about (context_date(),
 * else the anchor's day) moved by months and days: 去年同期, 同比, "a year
 * earlier", "the same quarter last year".  A move finer than that date
 * ("a month earlier" than 2024) is none.  Returns 1 (emitted), 0 (none),
 * -1 (memory).
 */
static int
emit_shift(const struct ctx *c, size_t ts, size_t te, int months, int days,
    bool need_context, nf_date_list *out)
{
	const nf_date_match *prev = context_date(c);
	nf_date_match m, anchor;
	size_t vlen;

	if (prev == NULL && need_context)
		return 0;
	if (prev == NULL) {
		match_init(c, &anchor, ts, te, NF_DATE_DATE);
		if (!c->has_a) {
			match_init(c, &m, ts, te, NF_DATE_RELATIVE);
			m.note = NOTE_NO_ANCHOR;
			return push(out, &m) == 0 ? 1 : -1;
		}
		nf_format_ymd(c->a, anchor.value);
		anchor.has_range = true;
		anchor.from = anchor.to = c->a;
		anchor.used_anchor = true;
		prev = &anchor;
	}
	vlen = strlen(prev->value);
	if (strchr(prev->value, 'T') != NULL || strchr(prev->value, 'X') != NULL ||
	    (days != 0 && vlen != 10) || (months % 12 != 0 && vlen != 10 && vlen != 7))
		return 0;
	match_init(c, &m, ts, te, NF_DATE_RELATIVE);
	m.used_anchor = prev->used_anchor;
	m.has_range = true;
	m.from = nf_add_months(prev->from, months);
	m.to = nf_add_months(prev->to, months);
	if (prev->to.d == nf_days_in_month(prev->to.y, prev->to.m))
		m.to.d = nf_days_in_month(m.to.y, m.to.m);
	m.from = nf_ymd_from_days(nf_days_from_ymd(m.from.y, m.from.m, m.from.d) + days);
	m.to = nf_ymd_from_days(nf_days_from_ymd(m.to.y, m.to.m, m.to.d) + days);
	if (vlen == 10) {
		nf_format_ymd(m.from, m.value);
		m.has_point = true;
		m.point = m.from;
	} else if (months % 12 != 0) {
		snprintf(m.value, sizeof m.value, "%04d-%02d", m.from.y, m.from.m);
	} else {
		value_shift_years(prev->value, months / 12, m.value, sizeof m.value);
	}
	m.note = months == -12 && days == 0 ? NOTE_YEAR_BACK : NOTE_BACK;
	return push(out, &m) == 0 ? 1 : -1;
}

/* Emit [ts, te) as the date the text talks about moved into year y
 * ("the same quarter of 2023", 2019年同期); 0 when the text talks about
 * no date with a year, -1 (memory), 1 (emitted). */
static int
emit_in_year(const struct ctx *c, size_t ts, size_t te, int y, nf_date_list *out)
{
	const nf_date_match *prev = context_date(c);

	if (prev == NULL || prev->value[0] < '0' || prev->value[0] > '9' || !prev->has_range ||
	    prev->from.y == y || y < 1900 || y > 2100)
		return 0;
	return emit_shift(c, ts, te, 12 * (y - prev->from.y), 0, true, out);
}

/* 同年4月26日, 同年5月: the year of the date the text talks about. */
static int
rule_zh_same_year(const struct ctx *c, size_t i, nf_date_list *out, size_t *next)
{
	const nf_date_match *m;
	struct pd a;

	if (!is_h(c, i, H_TONG) || !is_h(c, i + 1, H_NIAN) || T(c, i + 2)->type == DT_HAN)
		return 0;
	m = context_date(c);
	if (m == NULL || !m->has_range || m->value[0] < '0' || m->value[0] > '9' ||
	    !rule_atom(c, i + 2, &a, false) || (a.g != G_MONTH && a.g != G_DAY) ||
	    a.infer != INF_YEAR || (a.g == G_DAY && !nf_ymd_valid(m->to.y, a.m, a.d)))
		return 0;
	a.ts = i;
	a.y = m->to.y;
	a.infer = INF_NONE;
	a.explicit_y = true;
	*next = a.te;
	return emit(c, &a, out) == 0 ? 1 : -1;
}

/* 按月发放, 按年计算, 按季度结算: a frequency (not 按年化, 按日万分之). */
static int
rule_zh_by_unit(const struct ctx *c, size_t i, nf_date_list *out, size_t *next)
{
	bool quarter = is_h(c, i, H_JI);
	struct pd a;

	if (i == 0 || !is_cp(c, i - 1, 0x6309) || !(is_h(c, i, H_YUE) || is_h(c, i, H_NIAN) ||
	    is_h(c, i, H_ZHOU) || quarter || is_h(c, i, H_RI)) || is_cp(c, i + 1, 0x5316) ||
	    is_h(c, i + 1, H_FENN) || is_cp(c, i + 1, 0x4E07) || is_cp(c, i + 1, 0x5343) ||
	    is_cp(c, i + 1, 0x767E) || T(c, i + 1)->type == DT_NUM || T(c, i + 1)->type == DT_CNUM)
		return 0;  /* 化 份 万 千 百 */
	pd_init(&a, i - 1, G_DUR);
	a.kind = NF_DATE_SET;
	a.te = i + 1 + (quarter && is_h(c, i + 1, H_DU));
	set_value(&a, quarter ? 30 : 10, is_h(c, i, H_YUE) || quarter ? U_M :
	    is_h(c, i, H_NIAN) ? U_Y : is_h(c, i, H_ZHOU) ? U_W : U_D, 1);
	*next = a.te;
	return emit(c, &a, out) == 0 ? 1 : -1;
}

/* 去年同期 / 上年同期 ("the same period a year before"), and 同比
 * ("year on year"): the date the text talks about, a year back. */
static int
rule_zh_same_period(const struct ctx *c, size_t i, nf_date_list *out, size_t *next)
{
	size_t te;
	bool cmp = false;
	int rc;

	if ((is_h(c, i, H_QU) || is_h(c, i, H_SHANG)) && is_h(c, i + 1, H_NIAN) &&
	    is_h(c, i + 2, H_TONG) && is_h(c, i + 3, H_QI))
		te = i + 4;
	else if (is_h(c, i, H_TONG) && is_cp(c, i + 1, 0x6BD4))  /* 同比 */
		te = i + 2, cmp = true;
	else
		return 0;
	/* 同比 says only "on the year": without a date in sight it is none */
	if ((rc = emit_shift(c, i, te, -12, 0, cmp, out)) > 0)
		*next = te;
	return rc;
}

/*
 * "a year earlier", "two months before" (at the end of a clause), "the
 * same period last year", "the same quarter a year ago", "the previous
 * year": the date the text talks about, moved back (see emit_shift).
 */
static int
rule_en_shift(const struct ctx *c, size_t i, nf_date_list *out, size_t *next)
{
	static const char *const same[] = { "period", "quarter", "month", "time", "week",
		"day", "half", NULL };
	long tenths;
	size_t j, ts = i;
	enum unit u;
	int mult, rc;

	if (is_w(c, i, W_THE) && word_in(c, i + 1, (const char *const[]){ "same", NULL }) &&
	    (word_in(c, i + 2, same) || is_w(c, i + 2, W_PERIOD) ||
	    is_w(c, i + 2, W_QUARTER) || is_w(c, i + 2, W_MONTH) || is_w(c, i + 2, W_HALF))) {
		j = i + 3;
		/* "the same quarter of 2023", "the same month in 2019": the date
		 * the text talks about, in that year ("the same period of 2021"
		 * names no length: the year) */
		if ((is_w(c, i + 2, W_QUARTER) || is_w(c, i + 2, W_MONTH) || is_w(c, i + 2, W_HALF) ||
		    word_in(c, i + 2, (const char *const[]){ "week", NULL })) &&
		    (is_w(c, j, W_OF) || is_w(c, j, W_IN)) && year_num(c, j + 1) &&
		    right_clean(c, j + 2) && (rc = emit_in_year(c, ts, j + 2,
		    (int)T(c, j + 1)->val, out)) != 0) {
			if (rc > 0)
				*next = j + 2;
			return rc;
		}
		if (is_w(c, j, W_OF))
			j++;
		if (is_w(c, j, W_LAST) && is_w(c, j + 1, W_YEAR))
			j += 2;
		else if ((is_w(c, j, W_A) || (is_num(c, j) && T(c, j)->val == 1)) &&
		    is_w(c, j + 1, W_YEAR) && (is_w(c, j + 2, W_EARLIER) ||
		    is_w(c, j + 2, W_AGO) || is_w(c, j + 2, W_BEFORE)))
			j += 3;
		else
			return 0;
		if ((rc = emit_shift(c, ts, j, -12, 0, false, out)) > 0)
			*next = j;
		return rc;
	}
	if (is_w(c, i, W_THE) && (is_w(c, i + 1, W_PREVIOUS) || word_in(c, i + 1,
	    (const char *const[]){ "prior", NULL })) && is_w(c, i + 2, W_YEAR) &&
	    !(T(c, i + 2)->flags & DF_PLURAL) && !(glued(c, i + 3) &&
	    (T(c, i + 3)->type != DT_PUNCT || is_dash(c, i + 3)))) {
		const nf_date_match *prev = context_date(c);
		nf_date_match m;
		if (prev == NULL || prev->value[0] == '\0' || prev->kind == NF_DATE_RANGE)
			return 0;
		match_init(c, &m, i, i + 3, NF_DATE_RELATIVE);
		m.used_anchor = prev->used_anchor;
		m.has_range = true;
		m.from = (nf_ymd){ prev->from.y - 1, 1, 1 };
		m.to = (nf_ymd){ prev->from.y - 1, 12, 31 };
		snprintf(m.value, sizeof m.value, "%04d", m.from.y);
		*next = i + 3;
		return push(out, &m) == 0 ? 1 : -1;
	}
	if ((j = en_amount(c, i, true, &tenths)) == 0 || tenths % 10 != 0 ||
	    (u = en_unit(c, j, &mult)) == U_NONE || u > U_D)
		return 0;
	if (!is_w(c, j + 1, W_EARLIER) && !(is_w(c, j + 1, W_BEFORE) &&
	    (T(c, j + 2)->type == DT_END || (T(c, j + 2)->type == DT_PUNCT &&
	    clause_punct(T(c, j + 2))))))
		return 0;
	tenths = tenths / 10 * mult;
	rc = emit_shift(c, i, j + 2, u == U_Y ? (int)(-12 * tenths) : u == U_M ? (int)-tenths : 0,
	    u == U_W ? (int)(-7 * tenths) : u == U_D ? (int)-tenths : 0, false, out);
	if (rc > 0)
		*next = j + 2;
	return rc;
}

/* English holidays (see dates.h): the fixed ones by their day, Easter by
 * computation; a year after them is theirs ("Christmas 2024"). */
static bool
rule_en_feast(const struct ctx *c, size_t i, struct pd *p)
{
	static const char *const not_days[] = {
		"island", "islands", "egg", "eggs", "card", "cards", "tree", "trees",
		"carol", "carols", "pudding", "cracker", "crackers", "rising", "bunny",
		"jumper", "jumpers", "number", "single", "lights", "market", "markets", NULL,
	};
	const nf_dtok *t = T(c, i);
	size_t j = i + 1;
	int m = 0, d = 0, feast = 0, y;

	if (t->type != DT_WORD || !(t->flags & (DF_CAP | DF_UPPER)))
		return false;
	switch (t->id) {
	case W_FEAST:
		switch ((c->s[t->s] | 0x20)) {
		case 'c': case 'x':
			m = 12, d = 25;
			if (is_w(c, j, W_EVE) && (T(c, j)->flags & DF_CAP))
				d = 24, j++;
			else if (is_w(c, j, W_DAY) && (T(c, j)->flags & DF_CAP))
				j++;
			break;
		case 'e':
			feast = FEAST_EASTER + 10;
			if (is_weekday_tok(c, j) && (T(c, j)->id == W_SUN || T(c, j)->id == W_MON)) {
				feast += T(c, j)->id == W_MON ? 1 : 0;
				j++;
			}
			break;
		case 'h':
			m = 10, d = 31;
			break;
		case 'v':  /* Valentine's Day */
			if (!(is_p(c, j, '\'') || is_p(c, j, 0x2019)) || !is_w(c, j + 1, W_S) ||
			    !is_w(c, j + 2, W_DAY))
				return false;
			m = 2, d = 14, j += 3;
			break;
		default:  /* Thanksgiving [Day] */
			feast = FEAST_THANKSGIVING;
			if (is_w(c, j, W_DAY) && (T(c, j)->flags & DF_CAP))
				j++;
			break;
		}
		break;
	case W_GOOD:
		if (!is_weekday_tok(c, j) || T(c, j)->id != W_MON + 4)
			return false;
		feast = FEAST_EASTER + 8, j++;
		break;
	case W_BOXING:
		if (!is_w(c, j, W_DAY) || !(T(c, j)->flags & DF_CAP))
			return false;
		m = 12, d = 26, j++;
		break;
	case W_NEW:
		if (!is_w(c, j, W_YEAR) || !(T(c, j)->flags & DF_CAP) ||
		    (i > 0 && word_in(c, i - 1, (const char *const[]){ "chinese", "lunar",
		    "persian", "jewish", "islamic", "tamil", "thai", NULL })))
			return false;
		j++;
		if ((is_p(c, j, '\'') || is_p(c, j, 0x2019)) && is_w(c, j + 1, W_S))
			j += 2;
		m = 1, d = 1;
		if (is_w(c, j, W_EVE))
			m = 12, d = 31, j++;
		else if (is_w(c, j, W_DAY))
			j++;
		else if (j == i + 2)
			break;  /* "the New Year" */
		break;
	default:
		return false;
	}
	if (glued(c, j) && T(c, j)->type == DT_WORD)
		return false;
	if (word_in(c, j, not_days) && !glued(c, j))
		return false;
	pd_init(p, i, G_DAY);
	p->te = j;
	p->m = m;
	p->d = d;
	p->holiday = feast;
	p->infer = INF_YEAR;
	year_after_noun(c, p);
	if (p->infer == INF_NONE)
		return true;
	if (year_num(c, j) && right_clean(c, j + 1) && !is_w(c, j + 1, W_COUNTED)) {
		y = (int)T(c, j)->val;
		p->y = y;
		p->te = j + 1;
		p->infer = INF_NONE;
		if (feast) {
			nf_ymd f = nf_ymd_from_days(feast_day(p, y));
			p->m = f.m;
			p->d = f.d;
			p->holiday = 0;
		}
		return true;
	}
	p->infer = INF_YEAR;
	return true;
}

/* Try everything at token i; on a match emit it and return the token after. */
static int
scan_at(const struct ctx *c, size_t i, nf_date_list *out, size_t *next)
{
	struct pd a, b;
	size_t te, len;
	int rc;

	const nf_dtok *t = T(c, i);
	bool ok = false, single = false;

	/* the rules that read a date moved from another, and the ranges, each
	 * tried only at the tokens that can start it */
	switch (t->type) {
	case DT_HAN:
		if ((rc = rule_zh_same_period(c, i, out, next)) != 0 ||
		    (rc = rule_zh_same_year(c, i, out, next)) != 0 ||
		    (rc = rule_zh_by_unit(c, i, out, next)) != 0)
			return rc < 0 ? -1 : 0;
		if (t->id == H_CONG && rule_from_range(c, i, &a, &b, &te)) {
			*next = te;
			return emit_range(c, i, te, &a, &b, out);
		}
		ok = (t->id == H_DIORD && rule_plan(c, i, &a, &b)) ||
		    (t->id == H_QIAN && rule_zh_first_n(c, i, NULL, &a, &b)) ||
		    ((t->id == H_ZHOU || t->id == H_XING || t->id == H_LI) &&
		    rule_zh_weekday_range(c, i, &a, &b));
		break;
	case DT_WORD:
		if ((t->id == W_THE || t->id == W_A || t->id == W_AN) &&
		    (rc = rule_en_shift(c, i, out, next)) != 0)
			return rc < 0 ? -1 : 0;
		if ((t->id == W_FROM || t->id == W_BETWEEN) && rule_from_range(c, i, &a, &b, &te)) {
			*next = te;
			return emit_range(c, i, te, &a, &b, out);
		}
		if (t->id == W_THE && (rule_en_months_of(c, i, &a, &b, &single) ||
		    rule_en_months_ended(c, i, &a, &b, &single))) {
			*next = a.te;
			return single ? emit(c, &a, out) : emit_range(c, i, a.te, &a, &b, out);
		}
		ok = (t->id >= W_JAN && t->id <= W_DEC && (rule_en_range_days(c, i, &a, &b) ||
		    rule_en_month_range(c, i, &a, &b))) ||
		    (t->id == W_THE && rule_en_years_to(c, i, &a, &b));
		break;
	case DT_NUM: case DT_WNUM:
		if ((rc = rule_en_shift(c, i, out, next)) != 0)
			return rc < 0 ? -1 : 0;
		ok = rule_year_range(c, i, &a, &b) || rule_plan(c, i, &a, &b) ||
		    rule_en_range_days(c, i, &a, &b) || rule_zh_span(c, i, NULL, &a, &b);
		break;
	case DT_CNUM:
		ok = rule_plan(c, i, &a, &b) || rule_zh_span(c, i, NULL, &a, &b);
		break;
	default:
		break;
	}
	if (ok) {
		*next = b.te > a.te ? b.te : a.te;
		return emit_range(c, a.ts, *next, &a, &b, out);
	}
	if (rule_duration(c, i, &a)) {
		*next = a.te;
		return emit(c, &a, out);
	}
	if (!rule_atom(c, i, &a, false)) {
		*next = i + 1;
		return 0;
	}
	if (a.g == G_NONE) {
		*next = a.te;  /* "2025年2月29日" names no day */
		return 0;
	}
	/* 2019年同期: the date the text talks about, in 2019 */
	if (a.g == G_YEAR && a.infer == INF_NONE && is_h(c, a.te, H_TONG) &&
	    is_h(c, a.te + 1, H_QI) && (rc = emit_in_year(c, a.ts, a.te + 2, a.y, out)) != 0) {
		*next = a.te + 2;
		return rc < 0 ? -1 : 0;
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
	/* "March to May 2024", "2017年至2018年", "5月18日至20日"; "to", "until",
	 * "through" only after a day or a stated year ("17 August 2013 to 19
	 * August 2013", "December 2024 to February"), not "named April to
	 * June" */
	if (range_connector(c, a.te, false, &len) && a.g != G_DUR &&
	    ((!is_w(c, a.te, W_TO) && !is_w(c, a.te, W_UNTIL) && !is_w(c, a.te, W_TILL) &&
	    !is_w(c, a.te, W_THROUGH)) || a.g == G_DAY ||
	    (a.infer == INF_NONE && !a.used_anchor && a.kind == NF_DATE_DATE))) {
		struct pd a2 = a;
		size_t k = a.te + len;
		ok = rule_atom(c, k, &b, false);
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

/* Bytes s[i..] start with text t? */
static bool
starts(const struct ctx *c, size_t i, const char *t)
{
	size_t n = strlen(t);
	return i + n <= c->n && memcmp(c->s + i, t, n) == 0;
}

/*
 * Past what may stand between a named period and its years in brackets
 * ("” period (", "”期间（", " ("): the offset after the opening
 * bracket, or 0 when something else stands there.
 */
static size_t
restate_open(const struct ctx *c, size_t i, size_t end)
{
	static const char *const skip[] = { "\u201d", "\u2019", "\"", "\u300d", "\u300f", " ",
		"period", "\u671f\u95f4", "\u65f6\u671f", "\u6642\u671f", NULL };
	bool again = true;

	while (again && i < end) {
		again = false;
		for (size_t k = 0; skip[k] != NULL; k++) {
			if (starts(c, i, skip[k])) {
				i += strlen(skip[k]);
				again = true;
			}
		}
	}
	if (starts(c, i, "("))
		return i + 1;
	if (starts(c, i, "\uff08"))
		return i + 3;
	return 0;
}

/*
 * A named period followed by its own years in brackets restates one
 * period: "the “15th Five-Year Plan” period (2026-2030)", "十四五（2021—2025
 * 年）" are one match, not two.  Merges such pairs among this text's
 * matches.
 */
static void
merge_restated(const struct ctx *c)
{
	nf_date_list *out = c->out;

	for (size_t i = c->out_start; i + 1 < out->len; i++) {
		nf_date_match *a = &out->items[i], *b = &out->items[i + 1];
		size_t o;
		if (!a->has_range || !b->has_range || b->kind != NF_DATE_RANGE ||
		    a->from.y != b->from.y || a->to.y != b->to.y || a->from.y == a->to.y ||
		    (o = restate_open(c, a->end, b->start)) != b->start)
			continue;
		if (starts(c, b->end, ")"))
			a->end = b->end + 1;
		else if (starts(c, b->end, "\uff09"))
			a->end = b->end + 3;
		else
			continue;
		memmove(b, b + 1, (out->len - i - 2) * sizeof *b);
		out->len--;
	}
}

/* Whether m can be the period an article reports on (see
 * nf_date_carry.period): a span of days, no single day, ended by the
 * anchor - results are reported for periods past. */
static bool
reported_period(const struct ctx *c, const nf_date_match *m)
{
	return m->kind != NF_DATE_DURATION && m->kind != NF_DATE_SET && m->has_range &&
	    !m->aside && m->note == NULL && m->value[0] >= '0' && m->value[0] <= '9' &&
	    strchr(m->value, 'T') == NULL && strchr(m->value, 'X') == NULL &&
	    nf_days_from_ymd(m->to.y, m->to.m, m->to.d) > nf_days_from_ymd(m->from.y,
	    m->from.m, m->from.d) && c->has_a && nf_days_from_ymd(m->to.y, m->to.m,
	    m->to.d) <= c->aday;
}

/* After a sentence: keep its last date that is no aside as the
 * paragraph's context, and its first period as the article's if it has
 * none yet. */
static void
carry_forward(const struct ctx *c)
{
	const nf_date_match *aside = NULL;

	for (size_t i = c->out_start; i < c->out->len && !c->doc->carry.has_period; i++)
		if (reported_period(c, &c->out->items[i])) {
			c->doc->carry.period = c->out->items[i];
			c->doc->carry.has_period = true;
		}

	for (size_t i = c->out->len; i > c->out_start; i--) {
		const nf_date_match *m = &c->out->items[i - 1];
		if (m->kind == NF_DATE_DURATION || m->kind == NF_DATE_SET || !m->has_range ||
		    m->note == NOTE_YEAR_BACK || m->note == NOTE_BACK)
			continue;
		if (m->aside) {
			if (aside == NULL)
				aside = m;
			continue;
		}
		c->doc->carry.context = *m;
		c->doc->carry.has_context = true;
		return;
	}
	/* only asides: the paragraph's date stays, else the aside is it */
	if (aside != NULL && !c->doc->carry.has_context) {
		c->doc->carry.context = *aside;
		c->doc->carry.has_context = true;
	}
}

/* Whether the dateline m is the article's own, no source it cites: no 据
 * ("according to") before it ("本报华盛顿7月26日电", not "据《每日邮报》6月28
 * 日报道"); 据 ending a noun (数据 证据 占据 票据 单据 收据 凭据 论据) is none. */
static bool
own_dateline(const struct ctx *c, const nf_date_match *m)
{
	static const uint32_t noun[] = {
		0x6570, 0x6578, 0x8BC1, 0x8B49, 0x5360, 0x4F54, 0x7968, 0x5355, 0x55AE,
		0x6536, 0x51ED, 0x6191, 0x8BBA, 0x8AD6,
	};  /* 数 數 证 證 占 佔 票 单 單 收 凭 憑 论 論 */

	for (size_t k = 0; k < c->nt && c->t[k].s < m->start; k++) {
		bool in_noun = false;
		if (!is_cp(c, k, 0x636E) && !is_cp(c, k, 0x64DA))
			continue;  /* 据 據 */
		for (size_t j = 0; k > 0 && j < sizeof noun / sizeof noun[0]; j++)
			if (is_cp(c, k - 1, noun[j]))
				in_noun = true;
		if (!in_noun)
			return false;
	}
	return true;
}

/* Whether day d may stand for today under the caller's anchor: any day
 * without a publication date, else one within a day of it. */
static bool
dateline_fits(const nf_date_opts *o, nf_ymd d)
{
	long diff = nf_days_from_ymd(d.y, d.m, d.d) -
	    nf_days_from_ymd(o->anchor.y, o->anchor.m, o->anchor.d);

	return !o->anchor_published || !o->has_anchor || (diff >= -1 && diff <= 1);
}

/* The article's dateline day becomes its today (see dates.h): without a
 * publication date ("北京时间4月8日消息……周四", "中新网7月24日电……20日"),
 * or within a day of it ("HANGZHOU, May 7 (Reuters)" under 2025-05-06T23:41Z). */
static void
dateline_anchor(struct ctx *c, const nf_date_match *m)
{
	nf_date_carry *k = &c->doc->carry;

	if (!m->dateline || k->has_dateline || m->value[0] == '\0' || !m->has_point)
		return;
	if (c->o->anchor_published && (!own_dateline(c, m) || !dateline_fits(c->o, m->point)))
		return;
	k->has_dateline = true;
	k->dateline = m->point;
	c->has_a = true;
	c->a = m->point;
	c->aday = nf_days_from_ymd(c->a.y, c->a.m, c->a.d);
}

/* Move the carried state to the sentence the caller says is next. */
static void
carry_position(nf_date_doc *d)
{
	nf_date_carry *k = &d->carry;

	if (d->article != k->article) {
		memset(k, 0, sizeof *k);
		k->article = d->article;
		k->para = d->para;
	} else if (d->para != k->para) {
		k->has_context = false;
		k->para = d->para;
	}
}

static int
find(const char *text, size_t n, const nf_date_opts *opts, nf_date_list *out, bool scan_only)
{
	static const nf_date_opts defaults = { 0 };
	nf_dlex lex;
	struct ctx c;
	int rc = 0;

	if (opts == NULL)
		opts = &defaults;
	if (n > UINT32_MAX)
		n = UINT32_MAX;
	if (opts->doc != NULL) {
		opts->doc->guessed = false;
		if (!scan_only) {
			carry_position(opts->doc);
			dateline_city(opts->doc, text, n);
		}
	}
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
	c.doc = opts->doc;
	c.out = out;
	c.out_start = out != NULL ? out->len : 0;
	c.has_a = opts->has_anchor && nf_ymd_valid(opts->anchor.y, opts->anchor.m,
	    opts->anchor.d);
	if (c.has_a) {
		c.a = opts->anchor;
		c.aday = nf_days_from_ymd(c.a.y, c.a.m, c.a.d);
	}
	/* the article's dateline is its today (see dateline_anchor) */
	if (c.doc != NULL && !scan_only && c.doc->carry.has_dateline &&
	    dateline_fits(opts, c.doc->carry.dateline)) {
		c.has_a = true;
		c.a = c.doc->carry.dateline;
		c.aday = nf_days_from_ymd(c.a.y, c.a.m, c.a.d);
	}
	if (c.doc != NULL && (lex.seen & (DLEX_UKCUE | DLEX_POUND)))
		c.doc->cues |= CUE_UK;
	if (scan_only) {
		for (size_t i = 0; i + 4 < c.nt; i++) {
			struct pd p;
			if (c.t[i].type == DT_NUM && c.t[i].ndig <= 2)
				(void)rule_numeric(&c, i, &p);  /* its evidence */
		}
		nf_dlex_free(&lex);
		return 0;
	}
	for (size_t i = 0; i < c.nt && rc == 0;) {
		size_t next = i + 1, had = out->len;
		if (candidate(&c.t[i]))
			rc = scan_at(&c, i, out, &next);
		i = next > i ? next : i + 1;
		if (out->len > had && c.doc != NULL)
			dateline_anchor(&c, &out->items[out->len - 1]);
	}
	if (rc == 0)
		merge_restated(&c);
	if (c.doc != NULL)
		carry_forward(&c);
	nf_dlex_free(&lex);
	return rc;
}

int
nf_dates_find(const char *text, size_t n, const nf_date_opts *opts,
    nf_date_list *out)
{
	return find(text, n, opts, out, false);
}

void
nf_date_doc_scan(nf_date_doc *doc, const char *text, size_t n)
{
	nf_date_opts o = { .doc = doc };

	dateline_city(doc, text, n);
	(void)find(text, n, &o, NULL, true);
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

static const char *const kind_names[] = { "date", "range", "duration", "relative", "set" };

const char *
nf_date_kind_name(nf_date_kind kind)
{
	return kind <= NF_DATE_SET ? kind_names[kind] : "date";
}

bool
nf_date_kind_parse(const char *name, size_t n, nf_date_kind *kind)
{
	for (int k = 0; k <= NF_DATE_SET; k++) {
		if (strlen(kind_names[k]) == n && memcmp(kind_names[k], name, n) == 0) {
			*kind = (nf_date_kind)k;
			return true;
		}
	}
	return false;
}
