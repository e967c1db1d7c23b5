/*
 * number.c - exact parsing of digit, word and Chinese numerals and of the
 * scale words that follow them.  The tables of words are data at the top of
 * the file; the parsers are small state machines over them.
 */
#include "number.h"

#include <math.h>
#include <string.h>

#include "utf8.h"

#define MAX_SIG_DIGITS 18

/* ---- exact decimals ---------------------------------------------------- */

static const double pow10_exact[] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

double
nf_decimal_to_double(nf_decimal d)
{
	int64_t m = d.mant;
	int e = d.exp;

	while (e > 0 && m != 0 && m <= INT64_MAX / 10 && m >= INT64_MIN / 10) {
		m *= 10;
		e--;
	}
	while (e < 0 && m != 0 && m % 10 == 0) {
		m /= 10;
		e++;
	}
	if (e == 0 || m == 0)
		return (double)m;
	if (e < 0 && -e <= 22)
		return (double)m / pow10_exact[-e];
	if (e > 0 && e <= 22)
		return (double)m * pow10_exact[e];
	return (double)m * pow(10.0, e);
}

nf_decimal
nf_decimal_scale(nf_decimal d, int k)
{
	d.exp += k;
	return d;
}

bool
nf_decimal_mul_int(nf_decimal *d, int64_t m)
{
	int64_t r;

	if (__builtin_mul_overflow(d->mant, m, &r))
		return false;
	d->mant = r;
	return true;
}

bool
nf_decimal_in_range(nf_decimal d)
{
	double x = nf_decimal_to_double(d);

	return isfinite(x) && (x != 0 || d.mant == 0);
}

int
nf_decimal_cmp(nf_decimal a, nf_decimal b)
{
	double x = nf_decimal_to_double(a), y = nf_decimal_to_double(b);

	return (x > y) - (x < y);
}

/* ---- helpers ------------------------------------------------------------ */

static bool
is_ascii_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* A digit (ASCII or fullwidth) at s: returns bytes used and its value. */
static size_t
digit_at(const char *s, size_t n, int *d)
{
	const unsigned char *u = (const unsigned char *)s;

	if (n >= 1 && u[0] >= '0' && u[0] <= '9') {
		*d = u[0] - '0';
		return 1;
	}
	if (n >= 3 && u[0] == 0xEF && u[1] == 0xBC && u[2] >= 0x90 && u[2] <= 0x99) {
		*d = u[2] - 0x90;
		return 3;
	}
	return 0;
}

/* A decimal point (ASCII or fullwidth U+FF0E) at s: bytes used. */
static size_t
point_at(const char *s, size_t n)
{
	if (n >= 1 && s[0] == '.')
		return 1;
	if (n >= 3 && memcmp(s, "\xEF\xBC\x8E", 3) == 0)
		return 3;
	return 0;
}

/* Count the run of digits at s (up to max); returns bytes used. */
static size_t
digit_run(const char *s, size_t n, int *count)
{
	size_t i = 0, k;
	int d;

	*count = 0;
	while ((k = digit_at(s + i, n - i, &d)) > 0) {
		i += k;
		++*count;
	}
	return i;
}

static void
push_digit(nf_number *out, int d, bool fraction, int *sig)
{
	if (*sig == 0 && d == 0 && !fraction)
		return;  /* leading zero */
	if (*sig >= MAX_SIG_DIGITS) {
		out->inexact = out->inexact || d != 0;
		if (!fraction)
			out->value.exp++;
		return;
	}
	out->value.mant = out->value.mant * 10 + d;
	if (fraction)
		out->value.exp--;
	if (*sig > 0 || d != 0)
		++*sig;
}

/* ---- digits ------------------------------------------------------------- */

bool
nf_number_parse_digits_prefix(const char *s, size_t n, nf_number *out)
{
	size_t i = 0, k, run;
	int d, count, sig = 0;

	memset(out, 0, sizeof *out);
	run = digit_run(s, n, &count);
	if (count == 0)
		return false;
	for (i = 0; i < run; i += k) {
		k = digit_at(s + i, n - i, &d);
		push_digit(out, d, false, &sig);
	}
	out->int_digits = count;
	/* thousands groups: "1,234,567" (first group 1 to 3 digits) */
	while (count <= 3 && i + 1 < n && s[i] == ',') {
		size_t g = digit_run(s + i + 1, n - i - 1, &count);
		if (count != 3)
			break;
		for (size_t j = i + 1; j < i + 1 + g; j += k) {
			k = digit_at(s + j, n - j, &d);
			push_digit(out, d, false, &sig);
		}
		out->grouped = true;
		out->int_digits += 3;
		i += 1 + g;
	}
	k = point_at(s + i, n - i);
	if (k > 0 && digit_at(s + i + k, n - i - k, &d) > 0) {
		size_t j = i + k;
		run = digit_run(s + j, n - j, &count);
		for (size_t e = j + run; j < e; j += k) {
			k = digit_at(s + j, n - j, &d);
			push_digit(out, d, true, &sig);
		}
		out->frac_digits = count;
		i = j;
	}
	out->len = i;
	out->form = NF_NUM_DIGITS;
	return true;
}

static bool
parse_digits(const char *s, size_t n, nf_number *out)
{
	if (!nf_number_parse_digits_prefix(s, n, out))
		return false;
	if (out->len < n && is_ascii_alpha((unsigned char)s[out->len]))
		return false;
	return true;
}

/* ---- English number words ------------------------------------------------ */

enum word_class { W_UNIT, W_TEEN, W_TENS, W_HUNDRED, W_BIG, W_DOZEN };

static const struct number_word {
	const char *word;
	int value;       /* for W_BIG: the power of ten */
	enum word_class cls;
} number_words[] = {
	{ "zero", 0, W_UNIT }, { "one", 1, W_UNIT }, { "two", 2, W_UNIT },
	{ "three", 3, W_UNIT }, { "four", 4, W_UNIT }, { "five", 5, W_UNIT },
	{ "six", 6, W_UNIT }, { "seven", 7, W_UNIT }, { "eight", 8, W_UNIT },
	{ "nine", 9, W_UNIT }, { "ten", 10, W_TEEN }, { "eleven", 11, W_TEEN },
	{ "twelve", 12, W_TEEN }, { "thirteen", 13, W_TEEN },
	{ "fourteen", 14, W_TEEN }, { "fifteen", 15, W_TEEN },
	{ "sixteen", 16, W_TEEN }, { "seventeen", 17, W_TEEN },
	{ "eighteen", 18, W_TEEN }, { "nineteen", 19, W_TEEN },
	{ "twenty", 20, W_TENS }, { "thirty", 30, W_TENS }, { "forty", 40, W_TENS },
	{ "fifty", 50, W_TENS }, { "sixty", 60, W_TENS }, { "seventy", 70, W_TENS },
	{ "eighty", 80, W_TENS }, { "ninety", 90, W_TENS },
	{ "hundred", 2, W_HUNDRED }, { "thousand", 3, W_BIG },
	{ "million", 6, W_BIG }, { "billion", 9, W_BIG }, { "trillion", 12, W_BIG },
	{ "dozen", 12, W_DOZEN },
};

/* Match a whole ASCII word (case-insensitive) at s; returns its length. */
static size_t
word_at(const char *s, size_t n, const char *word)
{
	size_t len;

	if (n == 0 || (s[0] | 0x20) != word[0])
		return 0;
	len = strlen(word);
	if (n < len || strncasecmp(s, word, len) != 0)
		return 0;
	if (len < n && is_ascii_alpha((unsigned char)s[len]))
		return 0;
	return len;
}

static const struct number_word *
number_word_at(const char *s, size_t n, size_t *len)
{
	for (size_t i = 0; i < sizeof number_words / sizeof number_words[0]; i++)
		if ((*len = word_at(s, n, number_words[i].word)) > 0)
			return &number_words[i];
	return NULL;
}

/* Bytes of the separator before the next word: " ", "-", " and ". */
static size_t
word_gap(const char *s, size_t n, bool *had_and)
{
	size_t i = 0;

	*had_and = false;
	if (i < n && s[i] == '-')
		return 1;
	while (i < n && s[i] == ' ')
		i++;
	if (i == 0)
		return 0;
	if (word_at(s + i, n - i, "and") == 3) {
		*had_and = true;
		i += 3;
		while (i < n && s[i] == ' ')
			i++;
	}
	return i;
}

/* Words accumulate as total (completed thousands groups) + group. */
struct word_state {
	int64_t total, group;
	enum word_class last;
	bool any, group_has_hundred;
};

/* Fold one word into the state; false when it cannot follow. */
static bool
word_step(struct word_state *st, const struct number_word *w, bool after_and)
{
	bool first = !st->any;

	switch (w->cls) {
	case W_UNIT:
	case W_TEEN:
		if (!first && st->last != W_TENS && st->last != W_HUNDRED && st->last != W_BIG)
			return false;
		if (!first && st->last == W_TENS && w->cls == W_TEEN)
			return false;
		st->group += w->value;
		break;
	case W_TENS:
		if (!first && st->last != W_HUNDRED && st->last != W_BIG)
			return false;
		st->group += w->value;
		break;
	case W_HUNDRED:
		if (first || after_and || st->group_has_hundred || st->group == 0 || st->group > 99)
			return false;
		st->group *= 100;
		st->group_has_hundred = true;
		break;
	case W_BIG: {
		int64_t mult = 1;
		for (int i = 0; i < w->value; i++)
			mult *= 10;
		if (first || after_and || st->group == 0 || (st->total != 0 && st->total < mult * 1000))
			return false;
		st->total += st->group * mult;
		st->group = 0;
		st->group_has_hundred = false;
		break;
	}
	case W_DOZEN:
		if (first || after_and || st->last == W_DOZEN)
			return false;
		st->group = (st->group ? st->group : 1) * 12;
		break;
	}
	if (after_and && w->cls != W_UNIT && w->cls != W_TEEN && w->cls != W_TENS)
		return false;
	st->last = w->cls;
	st->any = true;
	return true;
}

static bool
parse_words(const char *s, size_t n, nf_number *out)
{
	struct word_state st = { 0 };
	const struct number_word *w;
	size_t i = 0, end = 0, len, gap;
	bool had_and = false, a_prefix = false;

	/* "a dozen", "a hundred", "a million" */
	if ((len = word_at(s, n, "a")) == 1 || (len = word_at(s, n, "an")) == 2) {
		size_t j = len;
		while (j < n && s[j] == ' ')
			j++;
		w = j > len ? number_word_at(s + j, n - j, &len) : NULL;
		if (w == NULL || (w->cls != W_HUNDRED && w->cls != W_BIG && w->cls != W_DOZEN))
			return false;
		st.group = 1;
		st.any = true;
		st.last = W_UNIT;
		i = j;
		a_prefix = true;
	}
	for (;;) {
		w = number_word_at(s + i, n - i, &len);
		if (w == NULL || !word_step(&st, w, had_and))
			break;
		i += len;
		end = i;
		gap = word_gap(s + i, n - i, &had_and);
		if (gap == 0)
			break;
		i += gap;
	}
	if (end == 0 || (a_prefix && st.total == 0 && st.group == 1))
		return false;
	memset(out, 0, sizeof *out);
	out->value.mant = st.total + st.group;
	out->len = end;
	out->form = NF_NUM_WORDS;
	return true;
}

/* ---- Chinese numerals ------------------------------------------------- */

static const struct cjk_numeral {
	const char *ch;
	int value;  /* 0..9 digits; 10, 100, 1000 units; 10000, 100000000 big */
} cjk_numerals[] = {
	{ "零", 0 }, { "〇", 0 }, { "一", 1 }, { "壹", 1 }, { "二", 2 }, { "贰", 2 },
	{ "貳", 2 }, { "两", 2 }, { "兩", 2 }, { "三", 3 }, { "叁", 3 }, { "參", 3 },
	{ "四", 4 }, { "肆", 4 }, { "五", 5 }, { "伍", 5 }, { "六", 6 }, { "陆", 6 },
	{ "陸", 6 }, { "七", 7 }, { "柒", 7 }, { "八", 8 }, { "捌", 8 }, { "九", 9 },
	{ "玖", 9 }, { "十", 10 }, { "拾", 10 }, { "百", 100 }, { "佰", 100 },
	{ "千", 1000 }, { "仟", 1000 }, { "万", 10000 }, { "萬", 10000 },
	{ "亿", 100000000 }, { "億", 100000000 },
};

static int
cjk_numeral_at(const char *s, size_t n, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s;

	/* every numeral is three bytes, E3 to E9 first: most text fails here */
	if (n < 3 || u[0] < 0xE3 || u[0] > 0xE9)
		return -1;
	for (size_t i = 0; i < sizeof cjk_numerals / sizeof cjk_numerals[0]; i++) {
		const unsigned char *c = (const unsigned char *)cjk_numerals[i].ch;
		if (u[2] == c[2] && u[1] == c[1] && u[0] == c[0]) {
			*len = 3;
			return cjk_numerals[i].value;
		}
	}
	return -1;
}

/* "二〇二五": digits only, read position by position. */
static bool
parse_cjk_positional(const char *s, size_t n, nf_number *out)
{
	size_t i = 0, len;
	int v, count = 0, sig = 0;

	memset(out, 0, sizeof *out);
	while (i < n && (v = cjk_numeral_at(s + i, n - i, &len)) >= 0 && v <= 9) {
		/* 两 is a count word, never a positional digit */
		if (len == 3 && (memcmp(s + i, "两", 3) == 0 || memcmp(s + i, "兩", 3) == 0))
			break;
		push_digit(out, v, false, &sig);
		count++;
		i += len;
	}
	if (count < 2)
		return false;
	out->len = i;
	out->form = NF_NUM_CJK;
	out->positional = true;
	out->int_digits = count;
	return true;
}

static bool
parse_cjk(const char *s, size_t n, nf_number *out)
{
	int64_t yi = 0, wan = 0, section = 0, digit = 0;
	size_t i = 0, end = 0, len;
	bool have_digit = false, any = false, digit_is_zero = false;
	int v;

	if (parse_cjk_positional(s, n, out)) {
		/* a positional string has no units: "二〇二五" but not "二十" */
		v = cjk_numeral_at(s + out->len, n - out->len, &len);
		if (v < 10)
			return true;
	}
	while (i < n && (v = cjk_numeral_at(s + i, n - i, &len)) >= 0) {
		if (v <= 9) {
			if (have_digit && !digit_is_zero)
				break;  /* two digits in a row: "十五五" ends after 十五 */
			digit = v;
			have_digit = true;
			digit_is_zero = v == 0;
		} else if (v < 10000) {
			if (have_digit && digit == 0 && digit_is_zero)
				break;
			section += (have_digit ? digit : 1) * v;
			digit = 0;
			have_digit = false;
		} else if (v == 10000) {
			if (!any)
				break;
			wan = section + digit;
			if (wan == 0)
				wan = 1;
			section = digit = 0;
			have_digit = false;
		} else {
			if (!any)
				break;
			yi = wan * 10000 + section + digit;
			if (yi == 0)
				yi = 1;
			wan = section = digit = 0;
			have_digit = false;
		}
		any = true;
		i += len;
		end = i;
	}
	if (!any)
		return false;
	memset(out, 0, sizeof *out);
	out->value.mant = yi * 100000000 + wan * 10000 + section + digit;
	out->len = end;
	out->form = NF_NUM_CJK;
	return true;
}

bool
nf_number_parse(const char *s, size_t n, unsigned forms, nf_number *out)
{
	if ((forms & NF_NUM_DIGITS) && parse_digits(s, n, out))
		return true;
	if ((forms & NF_NUM_WORDS) && n > 0 && is_ascii_alpha((unsigned char)s[0]) &&
	    parse_words(s, n, out))
		return true;
	if ((forms & NF_NUM_CJK) && n >= 3 && (unsigned char)s[0] >= 0xE3 &&
	    parse_cjk(s, n, out))
		return true;
	return false;
}

/* ---- scale words ---------------------------------------------------------- */

static const struct scale_word {
	const char *word;
	int pow10;
	bool attached_only;  /* only directly after the digits: "5m", "250k" */
	bool case_sensitive;
} scale_words[] = {
	{ "quintillion", 18, false, false }, { "quadrillion", 15, false, false },
	{ "trillion", 12, false, false }, { "billion", 9, false, false },
	{ "million", 6, false, false }, { "thousand", 3, false, false },
	{ "crore", 7, false, false }, { "lakh", 5, false, false },
	{ "bln", 9, false, false }, { "bn", 9, false, false }, { "mn", 6, false, false },
	{ "mln", 6, false, false },
	{ "tn", 12, false, false }, { "trn", 12, false, false },
	{ "mil", 6, true, false }, { "k", 3, true, false }, { "m", 6, true, false },
	{ "b", 9, true, true }, { "B", 9, true, true },
};

static const struct cjk_scale {
	const char *ch;
	int pow10;
} cjk_scales[] = {
	{ "万亿", 12 }, { "千亿", 11 }, { "百亿", 10 }, { "十亿", 9 }, { "亿", 8 },
	{ "億", 8 }, { "千万", 7 }, { "百万", 6 }, { "十万", 5 }, { "万", 4 },
	{ "萬", 4 }, { "千", 3 }, { "百", 2 },
};

bool
nf_scale_parse(const char *s, size_t n, int *pow10, size_t *len)
{
	size_t sp = 0, l;

	while (sp < n && s[sp] == ' ')
		sp++;
	for (size_t i = 0; i < sizeof scale_words / sizeof scale_words[0]; i++) {
		const struct scale_word *w = &scale_words[i];
		if (w->attached_only && sp > 0)
			continue;
		if (sp >= n || (s[sp] | 0x20) != (w->word[0] | 0x20))
			continue;
		l = strlen(w->word);
		if (n - sp < l)
			continue;
		if (w->case_sensitive ? memcmp(s + sp, w->word, l) != 0
		                      : strncasecmp(s + sp, w->word, l) != 0)
			continue;
		if (sp + l < n && (is_ascii_alpha((unsigned char)s[sp + l]) ||
		    (s[sp + l] >= '0' && s[sp + l] <= '9')))
			continue;
		*pow10 = w->pow10;
		*len = sp + l;
		return true;
	}
	if (sp >= n || (unsigned char)s[sp] < 0x80)
		return false;
	for (size_t i = 0; i < sizeof cjk_scales / sizeof cjk_scales[0]; i++) {
		l = strlen(cjk_scales[i].ch);
		if (n - sp >= l && memcmp(s + sp, cjk_scales[i].ch, l) == 0) {
			*pow10 = cjk_scales[i].pow10;
			*len = sp + l;
			return true;
		}
	}
	return false;
}
