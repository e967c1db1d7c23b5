/*
 * jsonesc.c - JSON string escaping shared by the hand-built writers (see
 * jsonesc.h): plain runs are skipped eight bytes at a time.
 */
#include "jsonesc.h"

#include <stdbool.h>
#include <stdint.h>

#include "utf8.h"

static bool
needs_escape(unsigned char c)
{
	return c < 0x20 || c == '"' || c == '\\' || c == 0x7F;
}

size_t
nf_json_plain_run(const char *s, size_t n)
{
	size_t i = 0;

	while (i + 8 <= n) {
		uint64_t w = nf_word_load(s + i);
		if (nf_word_has_below(w, 0x20) || nf_word_has_byte(w, '"') ||
		    nf_word_has_byte(w, '\\') || nf_word_has_byte(w, 0x7F))
			break;
		i += 8;
	}
	while (i < n && !needs_escape((unsigned char)s[i]))
		i++;
	return i;
}

size_t
nf_json_escape_byte(unsigned char c, char out[6])
{
	static const char hex[] = "0123456789abcdef";

	out[0] = '\\';
	switch (c) {
	case '"': out[1] = '"'; return 2;
	case '\\': out[1] = '\\'; return 2;
	case '\n': out[1] = 'n'; return 2;
	case '\t': out[1] = 't'; return 2;
	case '\r': out[1] = 'r'; return 2;
	case '\b': out[1] = 'b'; return 2;
	case '\f': out[1] = 'f'; return 2;
	default:
		out[1] = 'u';
		out[2] = '0';
		out[3] = '0';
		out[4] = hex[c >> 4];
		out[5] = hex[c & 15];
		return 6;
	}
}
