/*
 * firstset.c - first characters of a word table (see firstset.h).
 */
#include "firstset.h"

#include <stdint.h>
#include <string.h>

#include "utf8.h"

static uint32_t
low_bits(const char *s, size_t n)
{
	uint32_t cp = 0;

	nf_utf8_decode(s, n, &cp, NULL);
	return cp & 4095;
}

void
nf_firstset_add(nf_firstset *set, const char *text, bool fold)
{
	unsigned char c = (unsigned char)text[0];

	set->byte[c] = true;
	if (fold && c >= 'a' && c <= 'z')
		set->byte[c - 32] = true;
	if (fold && c >= 'A' && c <= 'Z')
		set->byte[c + 32] = true;
	if (c >= 0x80) {
		uint32_t f = low_bits(text, strlen(text));
		set->cp[f >> 3] |= (unsigned char)(1u << (f & 7));
	}
}

bool
nf_firstset_may(const nf_firstset *set, const char *s, size_t n)
{
	uint32_t f;

	if (n == 0 || !set->byte[(unsigned char)s[0]])
		return false;
	if ((unsigned char)s[0] < 0x80)
		return true;
	f = low_bits(s, n);
	return (set->cp[f >> 3] & (1u << (f & 7))) != 0;
}

unsigned
nf_chain_key(const char *s, size_t n)
{
	unsigned char b = (unsigned char)s[0];

	if (b >= 'A' && b <= 'Z')
		return b | 0x20;
	if (b >= 0xE0 && n >= 3)
		return 0x80 | ((b ^ (unsigned char)s[1] * 7u ^ (unsigned char)s[2] * 31u) & 0x7F);
	return b;
}

void
nf_chains_build(short head[256], short *next, unsigned char *lens,
    const void *table, size_t stride, size_t n)
{
	for (size_t k = 0; k < 256; k++)
		head[k] = -1;
	for (size_t i = n; i-- > 0;) {
		const char *text = *(const char *const *)(const void *)
		    ((const char *)table + i * stride);
		unsigned b;
		lens[i] = (unsigned char)strlen(text);
		b = nf_chain_key(text, lens[i]);
		next[i] = head[b];
		head[b] = (short)i;
	}
}
