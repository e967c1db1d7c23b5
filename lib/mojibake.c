/*
 * mojibake.c - repair of UTF-8 and GB18030 text that was decoded as
 * windows-1252 / Latin-1 (see mojibake.h for the rules).
 */
#include "mojibake.h"

#include <iconv.h>
#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "utf8.h"

/* Most passes over one run (undoes text encoded wrongly up to 3 times). */
#define MAX_DEPTH 3

/* Longest run looked at in one piece (longer ones are repaired in parts). */
#define RUN_MAX 1024

/* windows-1252's characters for bytes 0x80-0x9F (0 where the byte is a C1 control). */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* The byte windows-1252 or Latin-1 decodes to cp, or -1 for none (ASCII too). */
static int
byte_of(uint32_t cp)
{
	if (cp >= 0x80 && cp <= 0xFF)
		return (int)cp;
	if (cp < 0x152 || cp > 0x2122)
		return -1;
	for (int i = 0; i < 32; i++)
		if (cp1252_high[i] == cp)
			return 0x80 + i;
	return -1;
}

/* ---- the measure: unlikely character pairs (see mojibake.h) ---- */

/* What a character is, for the measure. */
enum kind {
	K_ASCII,    /* ASCII but a letter; also "no character" at either end */
	K_ALPHA,    /* ASCII letter */
	K_UP,       /* Latin letter with a mark, capital: É Å Ã Œ Ā Ạ */
	K_LOW,      /* Latin letter with a mark, small: é å ã œ ß ạ */
	K_COMMON,   /* signs good text puts next to anything: ’ … — NBSP © ° × ´ */
	K_CUR,      /* ¢ £ ¥ € */
	K_LOWQ,     /* ‚ „ */
	K_ODD,      /* signs good text seldom puts next to a letter or sign: ¤ ¨ ¬ ¸ ½ ³ ‰ † ˆ */
	K_C1,       /* U+0080-009F */
	K_IPA,      /* IPA and phonetic letters, modifier letters: ɡ ʩ ᴴ */
	K_MARK,     /* combining mark */
	K_SCRIPT,   /* Greek, Cyrillic, Hebrew, Arabic ... letters */
	K_HANGUL,
	K_CJK,      /* Han, kana, CJK and fullwidth punctuation */
	K_BAD,      /* unassigned, private use, control */
	K_SYM,      /* any other sign: ✔ ❤ ≥ */
};

static bool
in_set(uint32_t cp, const uint16_t *set, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (set[i] == cp)
			return true;
	return false;
}

static const uint16_t common_set[] = {
	0x2019, 0x2018, 0x201C, 0x201D, 0x2026, 0x2013, 0x2014, 0x2022, 0x00A0, 0x00AD,
	0x00AB, 0x00BB, 0x2039, 0x203A, 0x00B7, 0x00A1, 0x00BF, 0x2122, 0x00AE, 0x00A9,
	0x00B0, 0x00D7, 0x00B1, 0x00F7, 0x00B4, 0x02BB, 0x02BC,
};
static const uint16_t cur_set[] = { 0x00A2, 0x00A3, 0x00A5, 0x20AC };
static const uint16_t odd_set[] = {
	0x00A4, 0x00A6, 0x00A8, 0x00AC, 0x00AF, 0x00B8, 0x00AA, 0x00BA, 0x00B9, 0x00B2,
	0x00B3, 0x00BC, 0x00BD, 0x00BE, 0x00B5, 0x00B6, 0x00A7, 0x02C6, 0x02DC, 0x2020,
	0x2021, 0x2030, 0x0192,
};
/* the signs that are odd even after an ASCII letter ("m²", "Nº", "5µm" are fine) */
static const uint16_t odd_after_ascii[] = {
	0x00A4, 0x00A6, 0x00A8, 0x00AC, 0x00AF, 0x00B8, 0x02C6, 0x02DC, 0x2020, 0x2021,
	0x2030, 0x0192, 0x00B6,
};
/* the letters of windows-1252's 0x80-0x9F: Š Œ Ž š œ ž Ÿ */
static const uint16_t cp1252_letters[] = { 0x160, 0x152, 0x17D, 0x161, 0x153, 0x17E, 0x178 };
/* after a letter, a sign from closing_first then one from closing_then is good text ("ë…”") */
static const uint16_t closing_first[] = {
	0x2026, 0x201D, 0x2019, 0x00BB, 0x203A, 0x2014, 0x2013, 0x00B4, 0x2122, 0x00AE,
	0x00B0, 0x00A0,
};
static const uint16_t closing_then[] = { 0x2026, 0x201D, 0x2019, 0x00BB, 0x203A, 0x2014, 0x2013, 0x00A0 };
/* signs that never stand between two letters ("Ä±r" is "ır", "Ä°s" is "İs") */
static const uint16_t not_in_word[] = {
	0x00B0, 0x00B1, 0x00AB, 0x00BB, 0x00A1, 0x00BF, 0x00A9, 0x00AE, 0x2122, 0x00D7,
	0x00F7, 0x2039, 0x203A,
};
/* after Ã or Â, these are odd only inside a word: "HÃ”TEL" is "HÔTEL" */
static const uint16_t word_only[] = { 0x2018, 0x201C, 0x201D, 0x2022, 0x2122, 0x203A };

#define IN(cp, set) in_set(cp, set, sizeof set / sizeof set[0])

static enum kind
kind_of(uint32_t cp)
{
	if (cp < 0x80)
		return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' ? K_ALPHA : K_ASCII;
	if (cp < 0xA0)
		return K_C1;
	if (cp <= 0xFFFF) {
		if (IN(cp, common_set))
			return K_COMMON;
		if (IN(cp, cur_set))
			return K_CUR;
		if (IN(cp, odd_set))
			return K_ODD;
		if (cp == 0x201A || cp == 0x201E)
			return K_LOWQ;
	}
	if ((cp >= 0x250 && cp < 0x300) || (cp >= 0x1D00 && cp < 0x1DC0))
		return K_IPA;
	if ((cp >= 0xAC00 && cp < 0xD7B0) || (cp >= 0x1100 && cp < 0x1200) ||
	    (cp >= 0x3130 && cp < 0x3190))
		return K_HANGUL;
	if (nf_is_han(cp) || (cp >= 0x3000 && cp < 0x3100) || (cp >= 0xFF00 && cp < 0xFFF0))
		return K_CJK;
	switch (utf8proc_category((utf8proc_int32_t)cp)) {
	case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
		return K_MARK;
	case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_CO: case UTF8PROC_CATEGORY_CS:
	case UTF8PROC_CATEGORY_CC:
		return K_BAD;
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT:
		return cp < 0x250 || (cp >= 0x1E00 && cp < 0x1F00) ? K_UP : K_SCRIPT;
	case UTF8PROC_CATEGORY_LL:
		return cp < 0x250 || (cp >= 0x1E00 && cp < 0x1F00) ? K_LOW : K_SCRIPT;
	case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
		return K_SCRIPT;
	default:
		return K_SYM;
	}
}

static bool
latin(enum kind k)
{
	return k == K_ALPHA || k == K_UP || k == K_LOW;
}

static bool
letter(enum kind k)
{
	return latin(k) || k == K_SCRIPT || k == K_HANGUL || k == K_CJK;
}

static bool
sign(enum kind k)
{
	return k == K_COMMON || k == K_CUR || k == K_ODD || k == K_LOWQ;
}

/*
 * The unlikely pairs ending at b (a before it, p before a, c after it; 0
 * where there is none): the rules of mojibake.h, numbered as there.
 */
static int
pair_badness(uint32_t p, uint32_t a, uint32_t b, uint32_t c)
{
	enum kind kp, ka, kb;
	int s = 0, byte;

	if (b < 0x80 && a < 0x80)  /* no rule fires on two ASCII characters */
		return 0;
	kp = kind_of(p), ka = kind_of(a), kb = kind_of(b);

	if (kb == K_C1 || kb == K_BAD)                                   /* 1 */
		s++;
	/* 2 */
	if (kb == K_IPA || (kb == K_MARK && !letter(ka) && ka != K_MARK))
		s++;
	/* 3 */
	if ((ka == K_UP || ka == K_LOW) && (kb == K_ODD || kb == K_LOWQ || kb == K_C1))
		s++;
	if (ka == K_ALPHA && (kb == K_LOWQ || IN(b, odd_after_ascii)))
		s++;
	/* 4 */
	if ((a == 0xC3 || a == 0xC2) && (byte = byte_of(b)) >= 0x80 && byte <= 0xBF &&
	    byte != 0xA5 && b != 0x2026 && b != 0x2019)
		s += !IN(b, word_only) || kind_of(c) == K_ALPHA;
	/* 5 */
	if (kb == K_CUR && (ka == K_LOW || (ka == K_UP && !letter(kp))))
		s++;
	if (ka == K_LOW && kb == K_UP)                                   /* 6 */
		s++;
	if (sign(ka) && kb == K_ODD)                                     /* 7 */
		s++;
	if ((a == 0x152 || a == 0x153) && kb != K_ALPHA)                 /* 8 */
		s++;
	/* 9 */
	if ((ka == K_UP || ka == K_LOW) && IN(b, not_in_word) && latin(kind_of(c)))
		s++;
	/* 10 */
	if ((kp == K_UP || kp == K_LOW) && sign(ka) && (sign(kb) || IN(b, cp1252_letters)) &&
	    !(IN(a, closing_first) && IN(b, closing_then)) && !(a == 0xB4 && b == 0xB4))
		s++;
	/* 11 */
	if (ka == K_LOW && (b == 0x201C || b == 0x2018 || b == 0xBF || b == 0xA1))
		s++;
	/* 12 */
	if ((latin(ka) && (kb == K_SCRIPT || kb == K_HANGUL)) ||
	    ((ka == K_SCRIPT || ka == K_HANGUL) && latin(kb)) ||
	    ((ka == K_UP || ka == K_LOW) && kb == K_CJK) ||
	    (ka == K_CJK && (kb == K_UP || kb == K_LOW)))
		s++;
	return s;
}

/* The measure over code points c[0..n). */
static long
badness_cps(const uint32_t *c, size_t n)
{
	long s = 0;

	for (size_t i = 0; i < n; i++)
		s += pair_badness(i > 1 ? c[i - 2] : 0, i > 0 ? c[i - 1] : 0, c[i],
		    i + 1 < n ? c[i + 1] : 0);
	return s;
}

long
nf_mojibake_badness(const char *s, size_t n)
{
	uint32_t p = 0, a = 0, b, c;
	size_t i;
	long total = 0;
	bool last;

	if (n == 0)
		return 0;
	i = nf_utf8_decode(s, n, &b, NULL);
	do {
		last = i >= n;
		c = 0;
		if (!last && (unsigned char)s[i] < 0x80)
			c = (unsigned char)s[i++];
		else if (!last)
			i += nf_utf8_decode(s + i, n - i, &c, NULL);
		if (b >= 0x80 || a >= 0x80)
			total += pair_badness(p, a, b, c);
		p = a, a = b, b = c;
	} while (!last);
	return total;
}

/*
 * Every UTF-8 sequence read as windows-1252 starts with the image of its
 * lead byte, U+00C2-00F4 (C3 82-B4); a GB2312 run read as Latin-1 is two
 * characters U+00A1-00FE at least, side by side (with no C3 byte, the
 * first is C2 A1-BF).  Text with neither (a
 * lone "·" or "×" among Han characters) needs no closer look.
 */
bool
nf_mojibake_possible(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s, *p, *end = u + n;

	if (memchr(s, 0xC3, n) != NULL)
		return true;
	for (p = memchr(u, 0xC2, n); p != NULL; p = memchr(p + 2, 0xC2, (size_t)(end - p - 2))) {
		if (end - p < 4)
			return false;
		if (p[1] >= 0xA1 && (p[2] & 0xFE) == 0xC2)  /* not NBSP: GB2312 bytes are A1 up */
			return true;
	}
	return false;
}

/* Worth producing from a 3- or 4-byte sequence: assigned, not private, not a control. */
static bool
fine_char(uint32_t cp)
{
	utf8proc_category_t cat = utf8proc_category((utf8proc_int32_t)cp);

	return cat != UTF8PROC_CATEGORY_CN && cat != UTF8PROC_CATEGORY_CO &&
	    cat != UTF8PROC_CATEGORY_CC && cat != UTF8PROC_CATEGORY_CS;
}

/* From a 2-byte sequence, alone: a Latin-1 or Latin Extended-A letter or sign. */
static bool
latin_char(uint32_t cp)
{
	return cp >= 0xA0 && cp <= 0x17F;
}

/* From a 2-byte sequence with another beside it: Greek, Cyrillic, Hebrew, Arabic letters. */
static bool
script_char(uint32_t cp)
{
	return (cp >= 0x386 && cp <= 0x3CE) || (cp >= 0x400 && cp <= 0x45F) ||
	    (cp >= 0x5D0 && cp <= 0x5EA) || (cp >= 0x621 && cp <= 0x64A);
}

/* One decoded piece of a run: either a repaired sequence or an original character. */
struct piece {
	size_t blen;      /* bytes of the run it covers */
	uint32_t cp;      /* the character it stands for */
	int kind;         /* 0 original, 2 two-byte sequence, 3 longer sequence */
};

/*
 * Do the pieces p[0..np) give back exactly the bytes b[0..m) (repaired
 * pieces encoded as UTF-8, the others by the byte they stand for), and do
 * those bytes give back the run's characters orig[0..m) through one codec:
 * Latin-1 (C1 controls where windows-1252 has signs) or windows-1252 (its
 * signs, C1 only for its five holes), never a mix of the two?
 */
static bool
round_trips(const struct piece *p, size_t np, const unsigned char *b, const uint32_t *orig,
    size_t m)
{
	size_t at = 0;
	char enc[4];
	bool latin1 = false, cp1252 = false;

	for (size_t j = 0; j < np; j++) {
		size_t k = p[j].kind != 0 ? nf_utf8_encode(p[j].cp, enc) : 1;
		if (p[j].kind == 0)
			enc[0] = (char)byte_of(p[j].cp);
		if (k != p[j].blen || at + k > m || memcmp(enc, b + at, k) != 0)
			return false;
		at += k;
	}
	for (size_t j = 0; j < m; j++) {
		if (orig[j] >= 0x80 && orig[j] < 0xA0 && cp1252_high[orig[j] - 0x80] != 0)
			latin1 = true;
		else if (orig[j] > 0xFF)
			cp1252 = true;
	}
	return at == m && !(latin1 && cp1252);
}

/*
 * Decode the bytes b[0..m) (the run mapped back) as UTF-8 where they form
 * acceptable sequences; orig[] holds the run's characters.  Writes the
 * result to out; returns true when anything was repaired, and *whole when
 * every byte was.
 */
static bool
repair_utf8(const unsigned char *b, const uint32_t *orig, size_t m, nf_buf *out, bool *whole)
{
	struct piece p[RUN_MAX];
	size_t np = 0, i = 0, k;
	bool any = false;
	char enc[4];

	while (i < m && np < sizeof p / sizeof p[0]) {
		uint32_t cp;
		bool ok = false;
		k = 1;
		if (b[i] >= 0xC2 && b[i] <= 0xF4) {
			k = nf_utf8_decode((const char *)b + i, m - i, &cp, &ok);
			if (!ok)
				k = 1;
		}
		if (ok && k == 2 && (latin_char(cp) || script_char(cp) ||
		    (byte_of(cp) >= 0 && np > 0 && p[np - 1].kind != 0)))
			/* a C1 control or ƒ ˆ ˜ after a repaired piece: text encoded twice */
			p[np++] = (struct piece){ 2, cp, 2 };
		else if (ok && k >= 3 && fine_char(cp))
			p[np++] = (struct piece){ k, cp, 3 };
		else
			p[np++] = (struct piece){ 1, orig[i], 0 }, k = 1;
		i += k;
	}
	/* a lone Greek/Cyrillic/... letter between original characters is refused */
	for (size_t j = 0; j < np; j++) {
		if (p[j].kind != 2 || !script_char(p[j].cp))
			continue;
		bool left = j > 0 && p[j - 1].kind == 2 && script_char(p[j - 1].cp);
		bool right = j + 1 < np && p[j + 1].kind == 2 && script_char(p[j + 1].cp);
		if (!left && !right) {
			/* put back the two original characters */
			size_t at = 0;
			for (size_t q = 0; q < j; q++)
				at += p[q].blen;
			memmove(&p[j + 1], &p[j], (np - j) * sizeof p[0]);
			np++;
			p[j] = (struct piece){ 1, orig[at], 0 };
			p[j + 1] = (struct piece){ 1, orig[at + 1], 0 };
			j++;
		}
	}
	if (!round_trips(p, np, b, orig, i))
		np = 0, i = 0;  /* copied as it was */
	if (nf_buf_reserve(out, 4 * (np + (m - i))) != 0)
		return false;
	*whole = i == m;
	for (size_t j = 0; j < np; j++) {
		any |= p[j].kind != 0;
		*whole &= p[j].kind != 0;
		nf_buf_putn(out, enc, nf_utf8_encode(p[j].cp, enc));
	}
	for (; i < m; i++)  /* past the piece table's room: copied as it was */
		nf_buf_putn(out, enc, nf_utf8_encode(orig[i], enc));
	return any;
}

/* The GB18030 decoder and encoder, opened once. */
static iconv_t gb_cd = (iconv_t)-1, gb_back = (iconv_t)-1;

/*
 * Decode b[0..m) as double-byte GB2312 into out when it is clearly Chinese
 * text: min bytes at least (4 alone; 2 where other runs nearby were GBK).
 */
static bool
repair_gbk(const unsigned char *b, size_t m, size_t min, nf_buf *out)
{
	char tmp[4 * RUN_MAX], back[RUN_MAX], *in = (char *)b, *o = tmp, *bo;
	size_t inleft = m, outleft = sizeof tmp, han = 0, k;
	uint32_t cp;

	if (m < min || m % 2 != 0 || m > RUN_MAX)
		return false;
	/*
	 * GB2312's rows only (symbols A1-A9, Han B0-F7; second byte A1-FE): the
	 * GBK extensions take pairs like A0 A0 (two NBSPs: "牋") or 94 A0 ("”"
	 * and an NBSP: "敔") that correct UTF-8 text holds all the time.
	 */
	for (size_t i = 0; i < m; i += 2)
		if (!((b[i] >= 0xA1 && b[i] <= 0xA9) || (b[i] >= 0xB0 && b[i] <= 0xF7)) ||
		    b[i + 1] < 0xA1 || b[i + 1] > 0xFE)
			return false;
	if (gb_cd == (iconv_t)-1 && (gb_cd = iconv_open("UTF-8", "GB18030")) == (iconv_t)-1)
		return false;
	iconv(gb_cd, NULL, NULL, NULL, NULL);
	if (iconv(gb_cd, &in, &inleft, &o, &outleft) == (size_t)-1 || inleft != 0)
		return false;
	for (char *s = tmp; s < o; s += k) {
		k = nf_utf8_decode(s, (size_t)(o - s), &cp, NULL);
		if (nf_is_han(cp))
			han++;
		else if (!(cp >= 0x3000 && cp <= 0x303F) && !(cp >= 0xFF01 && cp <= 0xFF5E) &&
		    cp != 0x201C && cp != 0x201D && cp != 0x2018 && cp != 0x2019 && cp != 0x2014 &&
		    cp != 0x2026 && cp != 0xB7)
			return false;
	}
	if (min >= 4 && han < 2)
		return false;
	/* the round trip: the Han text encodes back to exactly these bytes */
	if (gb_back == (iconv_t)-1 && (gb_back = iconv_open("GB18030", "UTF-8")) == (iconv_t)-1)
		return false;
	iconv(gb_back, NULL, NULL, NULL, NULL);
	in = tmp, inleft = (size_t)(o - tmp), bo = back, outleft = sizeof back;
	if (iconv(gb_back, &in, &inleft, &bo, &outleft) == (size_t)-1 || inleft != 0 ||
	    (size_t)(bo - back) != m || memcmp(back, b, m) != 0)
		return false;
	return nf_buf_append(out, tmp, (size_t)(o - tmp)) == 0;
}

static long repair_text(const char *s, size_t n, nf_buf *out, int depth);
static bool gb_nearby(const char *s, size_t n);

/*
 * Repair one run (its characters cps[0..m), all mappable to bytes); append
 * the result.  Returns 1 when repaired, 0 when copied, -1 out of memory.
 */
/*
 * Is the repair rep[0..rlen) of the run orig[0..m) clearly better by the
 * measure, with the characters before and after the run (0: none) as
 * context?  Fewer unlikely pairs, at most half as many, and none left when
 * only part of the run decoded (partial: a few characters fixed in a
 * garble are no repair).  A GB run beside a clearly damaged one (gb_near)
 * need only be no worse: the text has already shown what it is.
 */
static bool
clearly_better(const uint32_t *orig, size_t m, const char *rep, size_t rlen,
    uint32_t before, uint32_t after, bool gb_near, bool partial)
{
	uint32_t w[RUN_MAX + 2];
	size_t nw = 0, k;
	long bo, bn;

	w[nw++] = before;
	memcpy(w + nw, orig, m * sizeof w[0]);
	nw += m;
	w[nw++] = after;
	bo = badness_cps(w, nw);
	nw = 1;
	for (size_t i = 0; i < rlen && nw < RUN_MAX + 1; i += k)
		k = nf_utf8_decode(rep + i, rlen - i, &w[nw++], NULL);
	w[nw++] = after;
	bn = badness_cps(w, nw);
	if (gb_near)
		return bn <= bo;
	return bn < bo && 2 * bn <= bo && (bn == 0 || !partial);
}

/*
 * Repair one run (its characters cps[0..m), all mappable to bytes; before
 * and after: the characters around it, 0 for none); append the result.
 * Returns 1 when repaired, 0 when copied, -1 out of memory.
 */
static int
repair_run(const char *s, size_t n, const uint32_t *cps, size_t m, nf_buf *out, int depth,
    bool gb_near, uint32_t before, uint32_t after)
{
	nf_buf tmp = NF_BUF_INIT, again = NF_BUF_INIT, gb = NF_BUF_INIT;
	unsigned char bytes[RUN_MAX];
	bool fixed, whole = false, by_gb = false;

	for (size_t i = 0; i < m; i++)
		bytes[i] = (unsigned char)byte_of(cps[i]);
	fixed = repair_utf8(bytes, cps, m, &tmp, &whole);
	/* GBK read as Latin-1 is first-level damage only; UTF-8 wins when it explains every byte */
	if (!whole && depth == 0 && repair_gbk(bytes, m, gb_near ? 2 : 4, &gb)) {
		nf_buf_free(&tmp);
		tmp = gb;
		fixed = by_gb = true;
	} else {
		nf_buf_free(&gb);
	}
	/* double encoding: the repaired text may itself be damaged */
	if (fixed && depth + 1 < MAX_DEPTH && nf_mojibake_possible(tmp.p, tmp.len) &&
	    repair_text(tmp.p, tmp.len, &again, depth + 1) > 0) {
		nf_buf_free(&tmp);
		tmp = again;
	} else {
		nf_buf_free(&again);
	}
	if (!fixed || !clearly_better(cps, m, tmp.p, tmp.len, before, after, by_gb && gb_near,
	    !whole && !by_gb)) {
		nf_buf_free(&tmp);
		return nf_buf_append(out, s, n) == 0 ? 0 : -1;
	}
	if (nf_buf_append(out, tmp.p, tmp.len) != 0) {
		nf_buf_free(&tmp);
		return -1;
	}
	nf_buf_free(&tmp);
	return 1;
}

/*
 * Where to cut a run that filled RUN_MAX characters (bytes b[0..m)): before a
 * byte that starts a UTF-8 sequence, at an even offset when possible (keeps
 * GBK byte pairs together).  A C3 byte is preferred: in text damaged twice
 * it starts the image of a lead byte of the original (U+00C0-00FF), so the
 * second pass over the piece also starts at a whole character.
 */
static size_t
run_cut(const unsigned char *b, size_t m)
{
	size_t even = 0, any = 0, c3 = 0;

	for (size_t j = m - 1; j > 0 && j + 16 >= m; j--) {
		if (b[j] >= 0x80 && b[j] < 0xC0)
			continue;
		if (b[j] == 0xC3 && j % 2 == 0)
			return j;
		if (b[j] == 0xC3 && c3 == 0)
			c3 = j;
		if (j + 8 < m)
			continue;
		if (j % 2 == 0 && even == 0)
			even = j;
		if (any == 0)
			any = j;
	}
	return even ? even : c3 ? c3 : any ? any : m;
}

/*
 * Where the next run that could be damaged starts, from i: every such run
 * holds a character U+0080-00FF (lead byte C2 or C3); the run starts a few
 * mappable characters before it at most.  Returns n when there is none.
 */
static size_t
next_run(const char *s, size_t n, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t j = i, b, pb;
	uint32_t cp;

	/* eight bytes at a time while none is C2 or C3 */
	while (j + 8 <= n) {
		uint64_t w, x;
		memcpy(&w, u + j, 8);
		x = (w ^ 0xC2C2C2C2C2C2C2C2ull) & 0xFEFEFEFEFEFEFEFEull;
		if (((x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull) != 0)
			break;
		j += 8;
	}
	while (j < n && (u[j] & 0xFE) != 0xC2)
		j++;
	if (j == n)
		return n;
	for (b = j; b > i && j - b < 16; b = pb) {
		pb = nf_utf8_prev(s, b);
		nf_utf8_decode(s + pb, b - pb, &cp, NULL);
		if (byte_of(cp) < 0)
			break;
	}
	return b;
}

/* The character before s[pos] and the one at s[pos] (0: none). */
static uint32_t
char_before(const char *s, size_t pos)
{
	uint32_t cp = 0;

	if (pos > 0) {
		size_t at = nf_utf8_prev(s, pos);
		nf_utf8_decode(s + at, pos - at, &cp, NULL);
	}
	return cp;
}

static uint32_t
char_at(const char *s, size_t n, size_t pos)
{
	uint32_t cp = 0;

	if (pos < n)
		nf_utf8_decode(s + pos, n - pos, &cp, NULL);
	return cp;
}

static long
repair_text(const char *s, size_t n, nf_buf *out, int depth)
{
	uint32_t cps[RUN_MAX];
	unsigned char bytes[RUN_MAX];
	size_t pos[RUN_MAX + 1];
	size_t i = 0, copied = 0, m = 0, k, cut;
	long repaired = 0;
	int r;
	bool gb_near = depth == 0 && gb_nearby(s, n);

	while (i <= n) {
		uint32_t cp = 0;
		int b = -1;
		k = 1;
		if (m == 0 && (i = next_run(s, n, i)) == n)
			break;
		if (i < n && (unsigned char)s[i] >= 0x80) {
			k = nf_utf8_decode(s + i, n - i, &cp, NULL);
			b = byte_of(cp);
		}
		if (b >= 0 && m < RUN_MAX) {
			pos[m] = i;
			bytes[m] = (unsigned char)b;
			cps[m++] = cp;
			i += k;
			continue;
		}
		if (m > 0) {
			/* a full run is cut where a sequence starts; the rest is looked at again */
			cut = b >= 0 ? run_cut(bytes, m) : m;
			pos[m] = i;
			if (nf_buf_append(out, s + copied, pos[0] - copied) != 0)
				return -1;
			r = repair_run(s + pos[0], pos[cut] - pos[0], cps, cut, out, depth, gb_near,
			    char_before(s, pos[0]), char_at(s, n, pos[cut]));
			if (r < 0)
				return -1;
			repaired += r;
			copied = i = pos[cut];
			m = 0;
			continue;
		}
		if (i == n)
			break;
		i += k;
	}
	if (nf_buf_append(out, s + copied, n - copied) != 0)
		return -1;
	return repaired;
}

/*
 * Does s hold a run of 4 or more bytes that reads as GBK Chinese?  Such a
 * run is characters U+00A1-00FE side by side (C2 A1-BF, C3 80-BE): only
 * those are looked at, so Chinese text is not decoded character by
 * character.
 */
static bool
gb_nearby(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned char bytes[RUN_MAX];
	nf_buf tmp = NF_BUF_INIT;
	size_t i = 0, m;
	bool found = false;

	while (i + 1 < n && !found) {
		m = 0;
		while (i + 1 < n && m < RUN_MAX &&
		    ((u[i] == 0xC2 && u[i + 1] >= 0xA1 && u[i + 1] <= 0xBF) ||
		    (u[i] == 0xC3 && u[i + 1] >= 0x80 && u[i + 1] <= 0xBE))) {
			bytes[m++] = (unsigned char)(((u[i] & 3) << 6) | (u[i + 1] & 0x3F));
			i += 2;
		}
		if (m >= 4) {
			tmp.len = 0;
			found = m % 2 == 0 && repair_gbk(bytes, m, 4, &tmp);
		}
		if (m == 0)
			i++;
	}
	nf_buf_free(&tmp);
	return found;
}

/*
 * The whole of s[0..n) read back at once, as python-ftfy first tries: every
 * character outside ASCII maps to a byte, through one codec, the bytes are
 * valid UTF-8, and the measure drops to 0.  Text damaged throughout is so
 * repaired even where a run alone is ambiguous ("ä»…" for "仅").  Appends
 * the result and returns the runs repaired; 0 (nothing appended) when the
 * text is not such, -1 when memory ran out.
 */
static long
repair_whole(const char *s, size_t n, nf_buf *out)
{
	nf_buf b = NF_BUF_INIT;
	size_t i = 0, k;
	uint32_t cp;
	long runs = 0, r = 0;
	bool in_run = false, latin1 = false, cp1252 = false;
	int x;

	if (nf_buf_reserve(&b, n) != 0)
		return -1;
	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			b.p[b.len++] = s[i++];
			in_run = false;
			continue;
		}
		k = nf_utf8_decode(s + i, n - i, &cp, NULL);
		if ((x = byte_of(cp)) < 0)
			goto out;
		latin1 |= cp < 0xA0 && cp1252_high[cp - 0x80] != 0;
		cp1252 |= cp > 0xFF;
		runs += !in_run;
		in_run = true;
		b.p[b.len++] = (char)x;
		i += k;
	}
	if (runs == 0 || (latin1 && cp1252) || nf_utf8_valid_prefix(b.p, b.len) != b.len ||
	    nf_mojibake_badness(b.p, b.len) != 0 || nf_mojibake_badness(s, n) == 0)
		goto out;
	/* text damaged twice: the runs of the result are looked at again */
	if (nf_mojibake_possible(b.p, b.len))
		r = repair_text(b.p, b.len, out, 1) < 0 ? -1 : runs;
	else
		r = nf_buf_append(out, b.p, b.len) == 0 ? runs : -1;
out:
	nf_buf_free(&b);
	return r;
}

long
nf_mojibake_repair(const char *s, size_t n, nf_buf *out)
{
	long r;

	if (!nf_mojibake_possible(s, n))
		return nf_buf_append(out, s, n) == 0 ? 0 : -1;
	if ((r = repair_whole(s, n, out)) != 0)
		return r;
	return repair_text(s, n, out, 0);
}
