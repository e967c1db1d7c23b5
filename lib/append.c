/*
 * append.c - output records as input line plus keys (see append.h).
 */
#include "append.h"

#include <stdlib.h>
#include <string.h>

#include "record.h"
#include "jsonesc.h"

void
nf_keybuf_init(nf_keybuf *b)
{
	b->p = b->local;
	b->len = 0;
	b->cap = sizeof b->local;
	b->oom = false;
}

void
nf_keybuf_free(nf_keybuf *b)
{
	if (b->p != b->local)
		free(b->p);
	nf_keybuf_init(b);
}

static void
put(nf_keybuf *b, const char *s, size_t n)
{
	if (b->oom)
		return;
	if (b->len + n > b->cap) {
		size_t cap = (b->len + n) * 2;
		char *p = b->p == b->local ? malloc(cap) : realloc(b->p, cap);
		if (p == NULL) {
			b->oom = true;
			return;
		}
		if (b->p == b->local)
			memcpy(p, b->local, b->len);
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

static void
put_key(nf_keybuf *b, const char *key)
{
	put(b, ",\"", 2);
	put(b, key, strlen(key));
	put(b, "\":", 2);
}

/* s[0..n) inside a JSON string (valid UTF-8: only escapes are needed). */
static void
put_escaped(nf_keybuf *b, const char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		size_t run = nf_json_plain_run(s + i, n - i);
		char esc[6];
		put(b, s + i, run);
		i += run;
		if (i < n) {
			put(b, esc, nf_json_escape_byte((unsigned char)s[i], esc));
			i++;
		}
	}
}

static void
put_string(nf_keybuf *b, const char *s, size_t n)
{
	put(b, "\"", 1);
	put_escaped(b, s, n);
	put(b, "\"", 1);
}

void
nf_keybuf_string2(nf_keybuf *b, const char *key, const char *a, size_t an,
    const char *s2, size_t n2)
{
	put_key(b, key);
	put(b, "\"", 1);
	put_escaped(b, a, an);
	put_escaped(b, s2, n2);
	put(b, "\"", 1);
}

void
nf_keybuf_string(nf_keybuf *b, const char *key, const char *s, size_t n)
{
	put_key(b, key);
	if (s == NULL)
		put(b, "null", 4);
	else
		put_string(b, s, n);
}

void
nf_keybuf_json(nf_keybuf *b, const char *key, const char *json)
{
	put_key(b, key);
	put(b, json, strlen(json));
}

bool
nf_append_ready(const json_t *rec, const char *raw, size_t *raw_len,
    const char *const *keys)
{
	size_t n = *raw_len;

	if (raw == NULL)
		return false;
	while (n > 0 && (raw[n - 1] == '\n' || raw[n - 1] == '\r' ||
	    raw[n - 1] == ' ' || raw[n - 1] == '\t'))
		n--;
	if (n < 2 || raw[n - 1] != '}')
		return false;
	for (int k = 0; keys[k] != NULL; k++)
		if (json_object_get(rec, keys[k]) != NULL)
			return false;
	*raw_len = n - 1;
	return true;
}

int
nf_append_write(FILE *out, const char *raw, size_t raw_len, const nf_keybuf *b)
{
	size_t k = raw_len, skip = 0;

	if (b->oom)
		return -2;
	/* "{}" has no key before ours: drop the leading comma */
	while (k > 1 && (raw[k - 1] == ' ' || raw[k - 1] == '\t'))
		k--;
	if (k == 1 && b->len > 0)
		skip = 1;
	if (fwrite(raw, 1, raw_len, out) != raw_len ||
	    fwrite(b->p + skip, 1, b->len - skip, out) != b->len - skip ||
	    fwrite("}\n", 1, 2, out) != 2)
		return -1;
	return 0;
}

int
nf_append_write_copy(FILE *out, const json_t *rec, const char *raw,
    size_t raw_len, const nf_keybuf *b)
{
	json_t *o, *keys;
	char *text;
	int rc;

	if (b->oom)
		return -2;
	text = malloc(b->len + 2);
	if (text == NULL)
		return -2;
	text[0] = '{';
	if (b->len > 0)
		memcpy(text + 1, b->p + 1, b->len - 1);   /* without the first comma */
	text[b->len > 0 ? b->len : 1] = '}';
	keys = json_loadb(text, b->len > 0 ? b->len + 1 : 2, 0, NULL);
	if (keys == NULL)   /* an integer beyond 64 bits: as a real */
		keys = json_loadb(text, b->len > 0 ? b->len + 1 : 2, JSON_DECODE_INT_AS_REAL, NULL);
	free(text);
	o = raw != NULL ? json_loadb(raw, raw_len, 0, NULL) : NULL;
	if (o == NULL)
		o = json_deep_copy(rec);
	if (keys == NULL || o == NULL || json_object_update(o, keys) != 0) {
		json_decref(keys);
		json_decref(o);
		return -2;
	}
	json_decref(keys);
	rc = nf_record_write(out, o);
	json_decref(o);
	return rc;
}
