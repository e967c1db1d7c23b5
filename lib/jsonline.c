/*
 * jsonline.c - bulk parsing of flat JSON object lines, jansson for the rest.
 *
 * Strings are scanned eight bytes at a time while they are plain ASCII with
 * no quote, backslash or control character; other bytes are checked one
 * UTF-8 sequence at a time with the same rules as jansson (no overlong
 * forms, no surrogates, nothing above U+10FFFF).  Escapes are decoded into
 * a scratch buffer; "\u0000" (which jansson refuses without
 * JSON_ALLOW_NUL) and lone surrogates send the line back to jansson.
 *
 * Two passes: the first checks the whole line, so a line it cannot take
 * goes to jansson before anything was built; the second decodes escaped
 * strings into a scratch buffer the caller keeps from line to line and
 * builds the object.
 */
#include "jsonline.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

/* Does the 8-byte word hold a byte < 0x20, '"', '\\' or >= 0x80? */
static bool
word_special(uint64_t w)
{
	return nf_word_has_below(w, 0x20) || nf_word_has_byte(w, '"') ||
	    nf_word_has_byte(w, '\\') || nf_word_has_high(w);
}

static size_t
skip_ws(const char *s, size_t n, size_t i)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
		i++;
	return i;
}

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Four hex digits at s[i..i+4); -1 when not. */
static long
hex4(const char *s, size_t n, size_t i)
{
	long v = 0;

	if (i + 4 > n)
		return -1;
	for (size_t k = 0; k < 4; k++) {
		int h = hexval(s[i + k]);
		if (h < 0)
			return -1;
		v = v * 16 + h;
	}
	return v;
}

/*
 * Check the string whose opening quote is at s[*pos]: on success *pos is
 * past the closing quote, *esc says whether it holds escapes.  Returns 0,
 * or -1 (not handled or invalid).
 */
static int
scan_string(const char *s, size_t n, size_t *pos, bool *esc)
{
	size_t i = *pos + 1;

	*esc = false;
	for (;;) {
		while (i + 8 <= n) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			if (word_special(w))
				break;
			i += 8;
		}
		if (i >= n)
			return -1;
		unsigned char c = (unsigned char)s[i];
		if (c == '"')
			break;
		if (c < 0x20)
			return -1;
		if (c >= 0x80) {
			uint32_t cp;
			bool valid;
			size_t k;
			/* three bytes E1-EC or EE-EF and two continuation bytes
			 * (most CJK text): valid as they stand, no call */
			if (c >= 0xE1 && c != 0xED && c <= 0xEF && i + 2 < n &&
			    ((unsigned char)s[i + 1] & 0xC0) == 0x80 &&
			    ((unsigned char)s[i + 2] & 0xC0) == 0x80) {
				i += 3;
				continue;
			}
			k = nf_utf8_decode(s + i, n - i, &cp, &valid);
			if (!valid)
				return -1;
			i += k;
			continue;
		}
		if (c != '\\') {
			i++;
			continue;
		}
		*esc = true;
		if (i + 1 >= n)
			return -1;
		switch (s[i + 1]) {
		case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
			i += 2;
			break;
		case 'u': {
			long v = hex4(s, n, i + 2);
			if (v <= 0 || (v >= 0xDC00 && v <= 0xDFFF))
				return -1;  /* invalid, \u0000, or a lone low surrogate */
			i += 6;
			if (v >= 0xD800 && v <= 0xDBFF) {
				long lo;
				if (i + 6 > n || s[i] != '\\' || s[i + 1] != 'u')
					return -1;
				lo = hex4(s, n, i + 2);
				if (lo < 0xDC00 || lo > 0xDFFF)
					return -1;
				i += 6;
			}
			break;
		}
		default:
			return -1;
		}
	}
	*pos = i + 1;
	return 0;
}

/*
 * Decode the checked string s[start..end) (between its quotes) into out,
 * which has room for end - start bytes (a decoded string is never longer
 * than its source); returns the decoded length.
 */
static size_t
decode_into(char *out, const char *s, size_t start, size_t end)
{
	size_t i = start, o = 0;

	while (i < end) {
		const char *bs = memchr(s + i, '\\', end - i);
		size_t run = bs ? (size_t)(bs - s) - i : end - i;
		memcpy(out + o, s + i, run);
		o += run;
		i += run;
		if (i >= end)
			break;
		char e = s[i + 1];
		i += 2;
		switch (e) {
		case 'b': out[o++] = '\b'; break;
		case 'f': out[o++] = '\f'; break;
		case 'n': out[o++] = '\n'; break;
		case 'r': out[o++] = '\r'; break;
		case 't': out[o++] = '\t'; break;
		case 'u': {
			long v = hex4(s, end, i);
			i += 4;
			if (v >= 0xD800 && v <= 0xDBFF) {
				v = 0x10000 + ((v - 0xD800) << 10) + (hex4(s, end, i + 2) - 0xDC00);
				i += 6;
			}
			o += nf_utf8_encode((uint32_t)v, out + o);
			break;
		}
		default: out[o++] = e; break;  /* " \\ / */
		}
	}
	return o;
}

/* The decoded text of the checked string s[start..end): in s itself when
 * it has no escapes, else in the scratch buffer.  NULL when out of memory. */
static const char *
string_value(const char *s, size_t start, size_t end, bool esc,
    nf_jsonline_scratch *sc, size_t *len)
{
	if (!esc) {
		*len = end - start;
		return s + start;
	}
	if (sc->cap < end - start + 1) {
		char *p = realloc(sc->p, end - start + 1);
		if (p == NULL)
			return NULL;
		sc->p = p;
		sc->cap = end - start + 1;
	}
	*len = decode_into(sc->p, s, start, end);
	return sc->p;
}

void
nf_jsonline_scratch_free(nf_jsonline_scratch *sc)
{
	free(sc->p);
	sc->p = NULL;
	sc->cap = 0;
}

/* One member of the object, found by the checking pass. */
struct member {
	size_t kstart, kend;   /* key, between its quotes */
	size_t vstart, vend;   /* string value, between its quotes; or a
	                          plain scalar's span (scalar set) */
	bool kesc, vesc;
	bool scalar;           /* null, true, false or a plain integer: built
	                          only when its key is wanted */
	json_t *other;         /* a value that is not a string (jansson's) */
};

struct members {
	struct member *m;
	size_t len, cap;
};

static void
members_free(struct members *ms)
{
	for (size_t i = 0; i < ms->len; i++)
		json_decref(ms->m[i].other);
	free(ms->m);
}

/*
 * The end of a non-string value starting at s[i]: a number or literal runs
 * to white space, ',' or '}'; an array or object to its matching bracket
 * (strings inside skipped).  Returns the end, or 0 when it cannot tell.
 */
static size_t
value_end(const char *s, size_t n, size_t i)
{
	size_t depth = 0;

	if (s[i] != '[' && s[i] != '{') {
		while (i < n && s[i] != ',' && s[i] != '}' && s[i] != ' ' && s[i] != '\t' &&
		    s[i] != '\n' && s[i] != '\r')
			i++;
		return i;
	}
	for (; i < n; i++) {
		char c = s[i];
		if (c == '"') {
			for (i++; i < n && s[i] != '"'; i++)
				if (s[i] == '\\')
					i++;
			if (i >= n)
				return 0;
		} else if (c == '[' || c == '{') {
			depth++;
		} else if (c == ']' || c == '}') {
			if (--depth == 0)
				return i + 1;
		}
	}
	return 0;
}

/*
 * Whether s[0..n) is null, true, false or a plain integer of up to 18
 * digits (the common keys: counters, offsets, null dates): valid as it
 * stands, and built by plain_value() only when its key is wanted.
 */
static bool
plain_scalar(const char *s, size_t n)
{
	size_t i = (n > 0 && s[0] == '-') ? 1 : 0, j;

	if ((n == 4 && (memcmp(s, "null", 4) == 0 || memcmp(s, "true", 4) == 0)) ||
	    (n == 5 && memcmp(s, "false", 5) == 0))
		return true;
	if (n <= i || n - i > 18 || (s[i] == '0' && n - i != 1))
		return false;
	for (j = i; j < n && s[j] >= '0' && s[j] <= '9'; j++)
		;
	return j == n;
}

/* The value of the plain scalar s[0..n) (plain_scalar() holds). */
static json_t *
plain_value(const char *s, size_t n)
{
	size_t i = s[0] == '-' ? 1 : 0;
	json_int_t v = 0;

	if (s[0] == 'n')
		return json_null();
	if (s[0] == 't')
		return json_true();
	if (s[0] == 'f')
		return json_false();
	for (size_t j = i; j < n; j++)
		v = v * 10 + (s[j] - '0');
	return json_integer(i ? -v : v);
}

/*
 * Any other non-string value s[0..n) (reals, big numbers, arrays,
 * objects) is jansson's to parse.  Returns a new reference, or NULL when
 * it is not valid JSON.
 */
static json_t *
scalar_value(const char *s, size_t n)
{
	json_error_t err;

	return json_loadb(s, n, JSON_DECODE_ANY, &err);
}

/* Check the whole line and collect its members; 0 or -1.  s is unchanged. */
static int
check_object(const char *s, size_t n, struct members *ms)
{
	size_t i = skip_ws(s, n, 0);

	if (i >= n || s[i] != '{')
		return -1;
	i = skip_ws(s, n, i + 1);
	if (i < n && s[i] == '}')
		return skip_ws(s, n, i + 1) == n ? 0 : -1;
	for (;;) {
		struct member m = { 0 };
		if (i >= n || s[i] != '"')
			return -1;
		m.kstart = i + 1;
		if (scan_string(s, n, &i, &m.kesc) != 0)
			return -1;
		m.kend = i - 1;
		i = skip_ws(s, n, i);
		if (i >= n || s[i] != ':')
			return -1;
		i = skip_ws(s, n, i + 1);
		if (i >= n)
			return -1;
		if (s[i] == '"') {
			m.vstart = i + 1;
			if (scan_string(s, n, &i, &m.vesc) != 0)
				return -1;
			m.vend = i - 1;
		} else {
			size_t end = value_end(s, n, i);
			if (end <= i)
				return -1;
			if (plain_scalar(s + i, end - i)) {
				m.scalar = true;
				m.vstart = i;
				m.vend = end;
			} else if ((m.other = scalar_value(s + i, end - i)) == NULL) {
				return -1;
			}
			i = end;
		}
		if (ms->len == ms->cap) {
			size_t cap = ms->cap ? ms->cap * 2 : 16;
			struct member *p = realloc(ms->m, cap * sizeof *p);
			if (p == NULL) {
				json_decref(m.other);
				return -1;
			}
			ms->m = p;
			ms->cap = cap;
		}
		ms->m[ms->len++] = m;
		i = skip_ws(s, n, i);
		if (i < n && s[i] == ',') {
			i = skip_ws(s, n, i + 1);
			continue;
		}
		if (i < n && s[i] == '}')
			return skip_ws(s, n, i + 1) == n ? 0 : -1;
		return -1;
	}
}

/* Is k[0..n) one of keys (NULL: every key is wanted)? */
static bool
key_wanted(const char *k, size_t n, const char *const *keys)
{
	if (keys == NULL)
		return true;
	for (; *keys != NULL; keys++)
		if (n > 0 && (*keys)[0] == k[0] && strncmp(*keys, k, n) == 0 &&
		    (*keys)[n] == '\0')
			return true;
	return false;
}

json_t *
nf_jsonline_object(const char *s, size_t n, nf_jsonline_scratch *sc,
    const char *const *keys)
{
	struct members ms = { NULL, 0, 0 };
	json_t *obj = NULL;

	if (check_object(s, n, &ms) != 0)
		goto out;
	obj = json_object();
	if (obj == NULL)
		goto out;
	for (size_t i = 0; i < ms.len; i++) {
		struct member *m = &ms.m[i];
		size_t klen, vlen;
		const char *kp = string_value(s, m->kstart, m->kend, m->kesc, sc, &klen), *vp;
		char kbuf[64], *key;
		json_t *v;

		if (kp == NULL)
			goto fail;
		if (!key_wanted(kp, klen, keys))
			continue;
		key = klen < sizeof kbuf ? kbuf : malloc(klen + 1);
		if (key == NULL)
			goto fail;
		memcpy(key, kp, klen);
		key[klen] = '\0';
		if (m->scalar) {
			v = plain_value(s + m->vstart, m->vend - m->vstart);
		} else if (m->other != NULL) {
			v = m->other;
			m->other = NULL;
		} else {
			vp = string_value(s, m->vstart, m->vend, m->vesc, sc, &vlen);
			v = vp ? json_stringn_nocheck(vp, vlen) : NULL;
		}
		int rc = (v == NULL) ? -1 : json_object_set_new_nocheck(obj, key, v);
		if (key != kbuf)
			free(key);
		if (rc != 0)
			goto fail;
	}
	goto out;
fail:
	json_decref(obj);
	obj = NULL;
out:
	members_free(&ms);
	return obj;
}
