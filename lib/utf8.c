/*
 * utf8.c - UTF-8 decoding with maximal-subpart replacement, and the
 * character classes the segmenter and extractors share.
 */
#include "utf8.h"

size_t
nf_utf8_lead(const char *s, size_t n)
{
	size_t i = 0;
	uint32_t cp;

	while (i < n) {
		size_t k = nf_utf8_decode(s + i, n - i, &cp, NULL);
		if (nf_is_word_char(cp) || nf_is_cjk(cp))
			break;
		i += k;
	}
	return i;
}

size_t
nf_utf8_decode(const char *s, size_t n, uint32_t *cp, bool *valid)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned char c, lo = 0x80, hi = 0xBF;
	size_t need, i;
	uint32_t v;

	if (n == 0) {
		*cp = 0;
		if (valid)
			*valid = false;
		return 0;
	}
	c = u[0];
	if (c < 0x80) {
		*cp = c;
		if (valid)
			*valid = true;
		return 1;
	}
	/* the three-byte form of Han and most of the BMP, whose lead byte
	 * puts no bound on the second beyond being a continuation byte */
	if (c >= 0xE1 && c <= 0xEC && n >= 3 && nf_utf8_is_cont(u[1]) && nf_utf8_is_cont(u[2])) {
		*cp = (uint32_t)(c & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
		if (valid)
			*valid = true;
		return 3;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		need = 1;
		v = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		need = 2;
		v = c & 0x0F;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		need = 3;
		v = c & 0x07;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;
	} else {
		goto bad1;
	}
	for (i = 1; i <= need; i++) {
		if (i >= n)
			goto bad;
		c = u[i];
		if (i == 1 ? (c < lo || c > hi) : !nf_utf8_is_cont(c))
			goto bad;
		v = (v << 6) | (c & 0x3F);
	}
	*cp = v;
	if (valid)
		*valid = true;
	return need + 1;
bad1:
	i = 1;
bad:
	*cp = NF_UTF8_REPLACEMENT;
	if (valid)
		*valid = false;
	return i;
}

size_t
nf_utf8_encode(uint32_t cp, char out[4])
{
	if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
		cp = NF_UTF8_REPLACEMENT;
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

size_t
nf_utf8_prev(const char *s, size_t pos)
{
	size_t i = pos, steps = 0;

	if (pos == 0)
		return 0;
	do {
		i--;
		steps++;
	} while (i > 0 && steps < 4 && nf_utf8_is_cont((unsigned char)s[i]));
	return i;
}

size_t
nf_utf8_valid_prefix(const char *s, size_t n)
{
	size_t i = 0, k;
	uint32_t cp;
	bool ok;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		k = nf_utf8_decode(s + i, n - i, &cp, &ok);
		if (!ok)
			break;
		i += k;
	}
	return i;
}

bool
nf_is_han(uint32_t cp)
{
	return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
	    (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FA1F) ||
	    cp == 0x3007;
}

bool
nf_is_cjk(uint32_t cp)
{
	return nf_is_han(cp) || (cp >= 0x3040 && cp <= 0x30FF) ||
	    (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x1100 && cp <= 0x11FF) ||
	    (cp >= 0x3100 && cp <= 0x312F) || (cp >= 0x31A0 && cp <= 0x31BF);
}

bool
nf_is_cjk_punct(uint32_t cp)
{
	return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F) ||
	    (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) ||
	    (cp >= 0xFF5B && cp <= 0xFF65) || cp == 0x2018 || cp == 0x2019 ||
	    cp == 0x201C || cp == 0x201D || cp == 0x2026 || cp == 0x2014 ||
	    cp == 0x00B7;
}

bool
nf_is_space(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' ||
	    cp == '\v' || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
	    cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

bool
nf_is_word_char(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
		    (cp >= 'A' && cp <= 'Z');
	if (nf_is_space(cp) || nf_is_cjk_punct(cp))
		return false;
	if (cp >= 0x2000 && cp <= 0x2BFF)  /* general punctuation, symbols, arrows */
		return false;
	return cp != 0xFFFD && cp != 0xA9 && cp != 0xAE && cp != 0xB0 && cp != 0xA7;
}

size_t
nf_utf8_count(const char *s, size_t n)
{
	size_t count = 0;

	for (size_t i = 0; i < n; i++)
		if (!nf_utf8_is_cont((unsigned char)s[i]))
			count++;
	return count;
}
