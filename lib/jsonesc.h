/*
 * jsonesc.h - escaping text for the inside of a JSON string.
 *
 * Three writers build JSON text by hand for speed (nf-normalize's doc
 * records, nf-segment's sentence records, the keys nf-figures and nf-dates
 * append); each keeps its own buffer type but escapes with these two calls:
 *
 *     while (i < n) {
 *         size_t run = nf_json_plain_run(s + i, n - i);
 *         append(s + i, run);
 *         i += run;
 *         if (i < n)
 *             append(esc, nf_json_escape_byte(s[i++], esc));
 *     }
 *
 * Input is valid UTF-8; bytes >= 0x80 are copied.  Control characters,
 * '"', '\\' and DEL are escaped (\n \t \r \b \f, else \u00XX).
 */
#ifndef NF_JSONESC_H
#define NF_JSONESC_H

#include <stddef.h>

/* How many bytes from the start of s[0..n) need no escaping. */
size_t nf_json_plain_run(const char *s, size_t n);

/* The escape of byte c (one that nf_json_plain_run stopped at) into out;
 * returns its length, 2 or 6. */
size_t nf_json_escape_byte(unsigned char c, char out[6]);

#endif
