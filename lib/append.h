/*
 * append.h - writing an output record as the input record plus new keys.
 *
 * Filters that add keys (nf-figures, nf-dates) write one output record per
 * thing found in a sentence.  Parsing the sentence back into JSON text for
 * each one would cost more than finding it, so the new keys are built as
 * JSON text in an nf_keybuf and appended to the raw input line before its
 * closing brace.  When the raw line is not at hand, or already holds one of
 * the keys, nf_append_write_copy() merges them into a copy of the record
 * with jansson instead.  Both give the same keys in the same order.
 */
#ifndef NF_APPEND_H
#define NF_APPEND_H

#include <stdbool.h>
#include <stdio.h>

#include <jansson.h>

/* New keys as JSON text: ,"key":value,... */
typedef struct nf_keybuf {
	char *p;
	size_t len, cap;
	bool oom;            /* an append ran out of memory */
	char local[512];
} nf_keybuf;

/* Start an empty buffer (no allocation until it outgrows local). */
void nf_keybuf_init(nf_keybuf *b);

/* Free what the buffer allocated. */
void nf_keybuf_free(nf_keybuf *b);

/* Append "key": the string s[0..n) (valid UTF-8), or null when s is NULL. */
void nf_keybuf_string(nf_keybuf *b, const char *key, const char *s, size_t n);

/* Append "key": the string a[0..an) followed by b[0..bn). */
void nf_keybuf_string2(nf_keybuf *b, const char *key, const char *a, size_t an,
    const char *s2, size_t n2);

/* Append "key": a JSON value given as text ("123", "1.5", "null"). */
void nf_keybuf_json(nf_keybuf *b, const char *key, const char *json);

/*
 * Whether the raw line (a "{...}" object) can take appended keys: it ends
 * in "}" and rec holds none of keys (a NULL-terminated list).  On true,
 * *raw_len is cut to just before the closing brace.
 */
bool nf_append_ready(const json_t *rec, const char *raw, size_t *raw_len,
    const char *const *keys);

/* Write raw[0..raw_len) (cut by nf_append_ready), the keys, "}\n".
 * Returns 0, -1 when writing failed, -2 when b ran out of memory. */
int nf_append_write(FILE *out, const char *raw, size_t raw_len, const nf_keybuf *b);

/* Write a copy of rec with the keys of b set.  When raw[0..raw_len) (the
 * record's line) is given, the copy is parsed from it whole, so rec may hold
 * only some of its members (nf_reader_want_keys()).  Returns 0, -1, or -2. */
int nf_append_write_copy(FILE *out, const json_t *rec, const char *raw,
    size_t raw_len, const nf_keybuf *b);

#endif
