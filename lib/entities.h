/*
 * entities.h - HTML character references: &amp; &eacute; &#8217; &#x4E2D;
 *
 * Decoding follows the HTML Standard's tokenizer in text content (not in
 * attribute values, so its attribute exception does not apply): every
 * HTML5 named reference (lib/entities_table.h, generated); the longest
 * name that matches wins, so "&notit;" is "¬it;" and "&amp" needs no
 * semicolon, but only the 106 legacy names work without one ("&copy 2025"
 * is "© 2025", "&hellip" stays); numeric references with or without the
 * semicolon, where 0, surrogates and values past U+10FFFF give U+FFFD and
 * 0x80-0x9F are read as windows-1252 ("&#150;" is "–").  Anything else
 * ("AT&T", "&;", "&#;", "&unknown;") is not a reference and stays as it is.
 */
#ifndef NF_ENTITIES_H
#define NF_ENTITIES_H

#include <stddef.h>

/* Longest reference, in bytes: "&" + a 32-byte name, or "&#x" + digits + ";". */
#define NF_ENTITY_MAX 40

/*
 * s[0..n) starts with '&'.  When a reference starts there, write the UTF-8
 * it stands for to out (at most 8 bytes), set *outlen, and return the bytes
 * it spans (its semicolon included); return 0 when it is not a reference.
 * Numeric references may be longer than NF_ENTITY_MAX ("&#0000...65;"):
 * all their digits are consumed.
 */
size_t nf_entity_decode(const char *s, size_t n, char out[8], size_t *outlen);

/* Number of named references in the table (2,231). */
size_t nf_entity_count(void);

#endif
