/*
 * dbcs.c - the layout scores of the four double-byte CJK encodings (see
 * dbcs.h).
 */
#include "dbcs.h"

#include <stdbool.h>

/* Bytes looked at. */
#define DBCS_WINDOW 4096

/* A character that rules the encoding out; one cut by the end of the bytes. */
#define BAD (-100)
#define CUT (-101)

/*
 * Each scorer reads the character at u[0..n) (u[0] >= 0x80) and returns its
 * score, storing its length in *len; BAD for bytes the encoding cannot
 * decode, CUT for a character cut by the end of u[0..n).
 */
typedef int scorer(const unsigned char *u, size_t n, size_t *len);

static bool
in(unsigned c, unsigned lo, unsigned hi)
{
	return c >= lo && c <= hi;
}

static int
gb18030(const unsigned char *u, size_t n, size_t *len)
{
	unsigned b = u[0], c;

	*len = 0;
	if (!in(b, 0x81, 0xFE))
		return BAD;
	if (n < 2)
		return CUT;
	c = u[1];
	if (in(c, 0x30, 0x39)) {    /* four-byte form: outside GBK, rare */
		if (n < 4)
			return CUT;
		*len = 4;
		return in(u[2], 0x81, 0xFE) && in(u[3], 0x30, 0x39) ? -1 : BAD;
	}
	if (!in(c, 0x40, 0x7E) && !in(c, 0x80, 0xFE))
		return BAD;
	*len = 2;
	if (c < 0xA1)
		return -1;  /* GBK extensions */
	if (in(b, 0xB0, 0xD7))
		return 2;
	if (in(b, 0xD8, 0xF7) || b == 0xA1 || b == 0xA3)
		return 1;
	return b == 0xA2 ? 0 : -1;
}

static int
big5(const unsigned char *u, size_t n, size_t *len)
{
	unsigned code;

	*len = 0;
	if (!in(u[0], 0x81, 0xFE))
		return BAD;
	if (n < 2)
		return CUT;
	if (!in(u[1], 0x40, 0x7E) && !in(u[1], 0xA1, 0xFE))
		return BAD;
	*len = 2;
	code = (unsigned)u[0] << 8 | u[1];
	if (in(code, 0xA440, 0xC67E))
		return 2;
	if (in(code, 0xC940, 0xF9D5) || u[0] == 0xA1)
		return 1;
	return in(u[0], 0xA2, 0xA3) ? 0 : -1;
}

static int
euckr(const unsigned char *u, size_t n, size_t *len)
{
	unsigned b = u[0], c;

	*len = 0;
	if (n < 2)
		return in(b, 0x81, 0xFE) ? CUT : BAD;
	c = u[1];
	if (in(b, 0xA1, 0xFE) && in(c, 0xA1, 0xFE)) {
		*len = 2;
		if (in(b, 0xB0, 0xC8))
			return 2;
		if (b == 0xA1 || b == 0xA3)
			return 1;
		return in(b, 0xA2, 0xAF) ? 0 : -1;  /* Hanja, user-defined */
	}
	/* windows-949's extra Hangul: rare */
	if (in(b, 0x81, 0xC6) && (in(c, 0x41, 0x5A) || in(c, 0x61, 0x7A) || in(c, 0x81, 0xFE))) {
		*len = 2;
		return -1;
	}
	return BAD;
}

static int
sjis(const unsigned char *u, size_t n, size_t *len)
{
	unsigned b = u[0], code;

	*len = 0;
	if (in(b, 0xA1, 0xDF)) {  /* halfwidth katakana */
		*len = 1;
		return -1;
	}
	if (!in(b, 0x81, 0x9F) && !in(b, 0xE0, 0xFC))
		return BAD;
	if (n < 2)
		return CUT;
	if (!in(u[1], 0x40, 0x7E) && !in(u[1], 0x80, 0xFC))
		return BAD;
	*len = 2;
	code = b << 8 | u[1];
	if (in(code, 0x829F, 0x82F1) || in(code, 0x8340, 0x8396) || in(code, 0x889F, 0x9872))
		return 2;
	if (in(code, 0x989F, 0xEAA4) || b == 0x81 || b == 0x82)
		return 1;
	return -1;
}

static bool
ascii_letter(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/*
 * Does the character at u[i..i+len) look like a Latin-1 letter inside a
 * word ("Änderung" read as Big5 is C4 6E, "ño" F1 6F): ASCII letters on
 * both sides, or a trail byte that is an ASCII letter with another beside
 * (before: the character before is an ASCII letter).
 */
static bool
latin_like(const unsigned char *u, size_t n, size_t i, size_t len, bool before)
{
	bool after = i + len < n && ascii_letter(u[i + len]);

	return (before && after) || (len > 1 && ascii_letter(u[i + len - 1]) && (before || after));
}

/*
 * The score of u[0..n) in one encoding, and its count of non-ASCII
 * characters in *chars; BAD when a byte cannot be decoded.  A character
 * cut by the end is left out when more text follows, else BAD.
 */
static long
score_all(scorer *f, const unsigned char *u, size_t n, bool more, size_t *chars)
{
	long total = 0;
	size_t i = 0, len, after_mb = 0;
	bool before;
	int s;

	*chars = 0;
	while (i < n) {
		if (u[i] < 0x80) {
			i++;
			continue;
		}
		before = i > 0 && ascii_letter(u[i - 1]) && i != after_mb;
		s = f(u + i, n - i, &len);
		if (s == CUT && more)
			break;
		if (s == BAD || s == CUT)
			return BAD;
		if (latin_like(u, n, i, len, before))
			s = -3;
		total += s;
		++*chars;
		i += len;
		after_mb = i;
	}
	return total;
}

const char *
nf_dbcs_guess(const char *buf, size_t n, bool at_eof, double *conf)
{
	static const struct {
		const char *name;
		scorer *f;
	} cand[] = {
		{ "GB18030", gb18030 }, { "Big5", big5 }, { "EUC-KR", euckr }, { "Shift_JIS", sjis },
	};
	const unsigned char *u = (const unsigned char *)buf;
	long best = BAD, second = 0, s;
	size_t chars, best_chars = 0;
	const char *name = NULL;
	double lead, seen;
	bool more = !at_eof || n > DBCS_WINDOW;

	*conf = 0;
	if (n > DBCS_WINDOW)
		n = DBCS_WINDOW;
	for (size_t i = 0; i < sizeof cand / sizeof cand[0]; i++) {
		s = score_all(cand[i].f, u, n, more, &chars);
		if (s == BAD)
			continue;
		if (s > best) {
			if (best > second)
				second = best;
			best = s, best_chars = chars, name = cand[i].name;
		} else if (s > second) {
			second = s;
		}
	}
	if (name == NULL || best_chars == 0 || best < (long)best_chars)
		return NULL;
	lead = (double)(best - second) / (double)best_chars;
	seen = (double)best_chars / 16.0;
	*conf = (seen < 1 ? seen : 1) * (0.5 + 0.5 * (lead < 1 ? lead : 1));
	return name;
}
