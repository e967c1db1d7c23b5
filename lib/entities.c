/*
 * entities.c - HTML character reference decoding (see entities.h); the
 * table of names is generated data in entities_table.h.
 */
#include "entities.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "entities_table.h"
#include "utf8.h"

/* windows-1252 characters for numeric references 0x80-0x9F (0: keep as is). */
static const uint16_t c1_fixups[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

size_t
nf_entity_count(void)
{
	return NF_ENTITY_COUNT;
}

static bool
is_alnum(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
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

/* Index of the row named exactly s[0..len), or -1. */
static int
find_row(const char *s, size_t len)
{
	int lo = 0, hi = NF_ENTITY_COUNT - 1;

	while (lo <= hi) {
		int mid = (lo + hi) / 2;
		const char *name = nf_entity_rows[mid].name;
		int c = strncmp(name, s, len);
		if (c == 0)
			c = name[len] == '\0' ? 0 : 1;
		if (c == 0)
			return mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}

static size_t
numeric(const char *s, size_t n, char out[8], size_t *outlen)
{
	size_t i = 2, start;
	uint32_t v = 0;
	bool hex = false, big = false;
	int d;

	if (i < n && (s[i] == 'x' || s[i] == 'X')) {
		hex = true;
		i++;
	}
	start = i;
	for (; i < n; i++) {
		d = hex ? hexval(s[i]) : (s[i] >= '0' && s[i] <= '9' ? s[i] - '0' : -1);
		if (d < 0)
			break;
		v = v * (hex ? 16 : 10) + (uint32_t)d;
		if (v > 0x10FFFF) {
			big = true;
			v = 0x110000;
		}
	}
	if (i == start)
		return 0;  /* "&#" or "&#x" without digits: not a reference */
	if (i < n && s[i] == ';')
		i++;
	if (big || v == 0 || (v >= 0xD800 && v <= 0xDFFF))
		v = 0xFFFD;
	else if (v >= 0x80 && v <= 0x9F && c1_fixups[v - 0x80] != 0)
		v = c1_fixups[v - 0x80];
	*outlen = nf_utf8_encode(v, out);
	return i;
}

size_t
nf_entity_decode(const char *s, size_t n, char out[8], size_t *outlen)
{
	size_t len = 0, max;
	int row;

	if (n < 2 || s[0] != '&')
		return 0;
	if (s[1] == '#')
		return numeric(s, n, out, outlen);
	max = n - 1 < NF_ENTITY_NAME_MAX ? n - 1 : NF_ENTITY_NAME_MAX;
	while (len < max && is_alnum(s[1 + len]))
		len++;
	if (len == 0)
		return 0;
	/* the longest matching name: with its semicolon first, then shorter prefixes */
	if (1 + len < n && s[1 + len] == ';' &&
	    (row = find_row(s + 1, len + 1)) >= 0)
		goto found;
	for (; len > 0; len--)
		if ((row = find_row(s + 1, len)) >= 0)
			goto found;
	return 0;
found:
	*outlen = strlen(nf_entity_rows[row].utf8);
	memcpy(out, nf_entity_rows[row].utf8, *outlen);
	return 1 + strlen(nf_entity_rows[row].name);
}
