/*
 * textnorm.c - character references, line ends, controls, spaces,
 * zero-width characters, fullwidth ASCII and NFC (see textnorm.h).
 *
 * One pass over the chunk copies unchanged stretches in bulk and handles
 * the few characters that change; NFC (utf8proc) runs on a chunk only when
 * it holds a character that NFC might change.
 */
#include "textnorm.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "entities.h"
#include "utf8.h"

/* What happens to one character. */
enum act { KEEP, KEEP_NFC, DROP, MAP };

void
nf_textnorm_init(nf_textnorm *t, unsigned flags)
{
	t->flags = flags;
	t->after_cr = false;
	t->last = '\n';
}

/* Can NFC leave cp, and whatever precedes it, as they are? (a quick check) */
static bool
nfc_stable(uint32_t cp)
{
	const utf8proc_property_t *p;

	if (cp < 0x300 || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
	    (cp >= 0xAC00 && cp <= 0xD7A3))
		return true;
	/* Indic, Hangul jamo, Balinese, Brahmi...: letters NFC composes as second */
	if ((cp >= 0x900 && cp < 0x1200) || (cp >= 0x1B00 && cp < 0x1B80) ||
	    (cp >= 0x11000 && cp < 0x12000))
		return false;
	p = utf8proc_get_property((utf8proc_int32_t)cp);
	return p->combining_class == 0 && (p->decomp_seqindex == UINT16_MAX || p->decomp_type != 0);
}

/* Fullwidth marks that are Chinese punctuation: ！（），：；？ */
static bool
cjk_fullwidth_punct(uint32_t cp)
{
	return cp == 0xFF01 || cp == 0xFF08 || cp == 0xFF09 || cp == 0xFF0C || cp == 0xFF1A ||
	    cp == 0xFF1B || cp == 0xFF1F;
}

static bool
is_digit_cp(uint32_t cp)
{
	return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19);
}

/*
 * What to do with the non-ASCII character cp; prev_digit and next say
 * whether a digit is before it and which character follows (for ，：).
 */
static enum act
classify(unsigned f, uint32_t cp, bool prev_digit, uint32_t next, uint32_t *to)
{
	if (cp < 0xA0) {
		if (cp == 0x85 && (f & NF_TN_NEWLINES)) {
			*to = '\n';
			return MAP;
		}
		return (f & NF_TN_CONTROLS) ? DROP : KEEP;
	}
	if (cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
	    cp == 0x205F || cp == 0x3000) {
		if (!(f & NF_TN_SPACES))
			return KEEP;
		*to = ' ';
		return MAP;
	}
	if (cp == 0xAD || (cp >= 0x200B && cp <= 0x200D) || (cp >= 0x2060 && cp <= 0x2064) ||
	    cp == 0xFEFF || cp == 0x180E)
		return (f & NF_TN_ZEROWIDTH) ? DROP : KEEP;
	if (cp == 0x2028 || cp == 0x2029) {
		if (!(f & NF_TN_NEWLINES))
			return KEEP;
		*to = '\n';
		return MAP;
	}
	if (cp >= 0xFF01 && cp <= 0xFF5E && (f & NF_TN_FULLWIDTH)) {
		if (cjk_fullwidth_punct(cp) &&
		    !((cp == 0xFF0C || cp == 0xFF1A) && prev_digit && is_digit_cp(next)))
			return KEEP;
		*to = cp - 0xFEE0;
		return MAP;
	}
	return nfc_stable(cp) ? KEEP : KEEP_NFC;
}

/* An ASCII control or CR: what it becomes (-1 dropped, else the byte). */
static int
ascii_special(unsigned f, unsigned char c)
{
	if (c == '\r' || c == '\v')
		return (f & NF_TN_NEWLINES) ? '\n' : c;
	if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F)
		return (f & NF_TN_CONTROLS) ? -1 : c;
	return c;
}

/* Does this ASCII byte need a look (not copied in bulk)? */
static bool
ascii_needs_look(unsigned f, unsigned char c)
{
	if (c == '&')
		return (f & NF_TN_ENTITIES) != 0;
	return c == '\r' || c == '\v' || (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F;
}

/* The character starting at s[i] (U+0000 past the end). */
static uint32_t
peek_cp(const char *s, size_t n, size_t i)
{
	uint32_t cp = 0;

	if (i < n)
		nf_utf8_decode(s + i, n - i, &cp, NULL);
	return cp;
}

static bool
prev_is_digit(const nf_textnorm *t, const nf_buf *out, size_t start)
{
	char c = out->len > start ? out->p[out->len - 1] : (char)(t->last < 0x80 ? t->last : 0);

	return c >= '0' && c <= '9';
}

/* Write the characters a reference stands for, each normalized as if in the text. */
static bool
emit_decoded(nf_textnorm *t, const char *r, size_t rlen, nf_buf *out, size_t start)
{
	bool nfc = false;
	size_t k;
	uint32_t cp, to;
	char enc[4];

	for (size_t i = 0; i < rlen; i += k) {
		k = nf_utf8_decode(r + i, rlen - i, &cp, NULL);
		if (cp < 0x80) {
			int c = ascii_special(t->flags, (unsigned char)cp);
			if (c >= 0)
				nf_buf_put(out, (char)c);
			continue;
		}
		switch (classify(t->flags, cp, prev_is_digit(t, out, start), 0, &to)) {
		case DROP:
			break;
		case MAP:
			nf_buf_putn(out, enc, nf_utf8_encode(to, enc));
			break;
		case KEEP_NFC:
			nfc = true;
			/* fall through */
		case KEEP:
			nf_buf_putn(out, r + i, k);
			break;
		}
	}
	return nfc;
}

/* Replace out[start..len) by its NFC form; 0 or -1. */
static int
nfc_tail(nf_buf *out, size_t start)
{
	utf8proc_uint8_t *dst = NULL;
	utf8proc_ssize_t got;

	got = utf8proc_map((const utf8proc_uint8_t *)out->p + start,
	    (utf8proc_ssize_t)(out->len - start), &dst, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	if (got < 0)
		return got == UTF8PROC_ERROR_NOMEM ? -1 : 0;  /* invalid input: leave it */
	out->len = start;
	if (nf_buf_append(out, dst, (size_t)got) != 0) {
		free(dst);
		return -1;
	}
	free(dst);
	return 0;
}

int
nf_textnorm_chunk(nf_textnorm *t, const char *s, size_t n, nf_buf *out)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned f = t->flags;
	size_t start = out->len, i = 0, keep = 0, k, rlen;
	bool nfc = false, prev_digit;
	uint32_t cp, to;
	char enc[8];
	int c;

	/* only references grow ("&nGt;" is 6 bytes of UTF-8): twice is plenty */
	if (nf_buf_reserve(out, 2 * n + 16) != 0)
		return -1;
	if (t->after_cr && n > 0 && s[0] == '\n')
		keep = i = 1;
	t->after_cr = false;
	while (i < n) {
		while (i + 8 <= n) {  /* skip words of plain printable ASCII */
			uint64_t w = nf_word_load(s + i);
			if (nf_word_has_below(w, 0x20) || nf_word_has_high(w) ||
			    nf_word_has_byte(w, '&') || nf_word_has_byte(w, 0x7F))
				break;
			i += 8;
		}
		if (i >= n)
			break;
		c = u[i];
		if (c < 0x80) {
			if (!ascii_needs_look(f, (unsigned char)c)) {
				i++;
				continue;
			}
			nf_buf_putn(out, s + keep, i - keep);
			if (c == '&') {
				k = nf_entity_decode(s + i, n - i, enc, &rlen);
				if (k == 0) {
					nf_buf_put(out, '&');
					k = 1;
				} else {
					nfc |= emit_decoded(t, enc, rlen, out, start);
				}
			} else {
				k = 1;
				c = ascii_special(f, (unsigned char)c);
				if (c >= 0)
					nf_buf_put(out, (char)c);
				if (u[i] == '\r' && (f & NF_TN_NEWLINES)) {
					if (i + 1 < n && s[i + 1] == '\n')
						k = 2;
					else if (i + 1 == n)
						t->after_cr = true;
				}
			}
			i += k;
			keep = i;
			continue;
		}
		if (c >= 0xE4 && c <= 0xE9 && i + 3 <= n) {  /* U+4000-9FFF: Han, nothing to do */
			i += 3;
			continue;
		}
		k = nf_utf8_decode(s + i, n - i, &cp, NULL);
		prev_digit = false;
		if (cp == 0xFF0C || cp == 0xFF1A) {  /* ，： fold between digits only */
			uint32_t prev = t->last;
			if (i > 0)
				nf_utf8_decode(s + nf_utf8_prev(s, i), i - nf_utf8_prev(s, i), &prev, NULL);
			prev_digit = is_digit_cp(prev);
		}
		switch (classify(f, cp, prev_digit, prev_digit ? peek_cp(s, n, i + k) : 0, &to)) {
		case KEEP:
			i += k;
			continue;
		case KEEP_NFC:
			nfc = true;
			i += k;
			continue;
		case DROP:
			nf_buf_putn(out, s + keep, i - keep);
			break;
		case MAP:
			nf_buf_putn(out, s + keep, i - keep);
			nf_buf_putn(out, enc, nf_utf8_encode(to, enc));
			break;
		}
		i += k;
		keep = i;
	}
	nf_buf_putn(out, s + keep, n - keep);
	if (nfc && (f & NF_TN_NFC) && nfc_tail(out, start) != 0)
		return -1;
	if (out->len > start)
		t->last = (unsigned char)out->p[out->len - 1];
	return 0;
}

size_t
nf_textnorm_cut(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t lo = n > 4096 ? n - 4096 : 0;

	for (size_t i = n; i-- > lo + 1;) {
		unsigned char c = u[i];
		if (c < 0x80 && !(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'z') &&
		    !(c >= 'A' && c <= 'Z') && c != '#' && c != ';')
			return i;
	}
	/* no ASCII break: before a Han character (U+4E00-9FFF: lead byte E4-E9) */
	for (size_t i = n; i-- > lo + 1;)
		if (u[i] >= 0xE4 && u[i] <= 0xE9)
			return i;
	return 0;
}
