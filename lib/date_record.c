/*
 * date_record.c - nf-dates' output records (see date_record.h).
 */
#include "date_record.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "record.h"

/* The keys nf-dates adds, in output order. */
static const char *const added_keys[] = {
	"kind", "match", "value", "from", "to", "anchor", "match_start",
	"match_end", "note", NULL
};

/* A small growable byte buffer for the appended keys. */
struct buf {
	char *p;
	size_t len, cap;
	char local[512];
};

static bool
buf_put(struct buf *b, const char *s, size_t n)
{
	if (b->len + n > b->cap) {
		size_t cap = (b->len + n) * 2;
		char *p = b->p == b->local ? malloc(cap) : realloc(b->p, cap);
		if (p == NULL)
			return false;
		if (b->p == b->local)
			memcpy(p, b->local, b->len);
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	return true;
}

static bool
buf_str(struct buf *b, const char *s)
{
	return buf_put(b, s, strlen(s));
}

/* s[0..n) as a JSON string (s is valid UTF-8: only escapes are needed). */
static bool
buf_json_string(struct buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t from = 0;
	bool ok = buf_put(b, "\"", 1);

	for (size_t i = 0; i < n && ok; i++) {
		unsigned char c = (unsigned char)s[i];
		char esc[7];
		size_t elen = 2;
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		esc[0] = '\\';
		switch (c) {
		case '"': esc[1] = '"'; break;
		case '\\': esc[1] = '\\'; break;
		case '\n': esc[1] = 'n'; break;
		case '\t': esc[1] = 't'; break;
		case '\r': esc[1] = 'r'; break;
		case '\b': esc[1] = 'b'; break;
		case '\f': esc[1] = 'f'; break;
		default:
			memcpy(esc + 1, "u00", 3);
			esc[4] = hex[c >> 4];
			esc[5] = hex[c & 15];
			elen = 6;
		}
		ok = buf_put(b, s + from, i - from) && buf_put(b, esc, elen);
		from = i + 1;
	}
	return ok && buf_put(b, s + from, n - from) && buf_put(b, "\"", 1);
}

static bool
buf_key_string(struct buf *b, const char *key, const char *v, size_t n)
{
	if (!buf_put(b, ",\"", 2) || !buf_str(b, key) || !buf_put(b, "\":", 2))
		return false;
	return v == NULL ? buf_put(b, "null", 4) : buf_json_string(b, v, n);
}

/* Whether the raw line can take appended keys: "{...}" with none of ours. */
static bool
can_append(nf_date_record *dr)
{
	if (dr->fast < 0) {
		size_t n = dr->raw_len;
		dr->fast = 0;
		if (dr->raw == NULL)
			return false;
		while (n > 0 && (dr->raw[n - 1] == '\n' || dr->raw[n - 1] == '\r' ||
		    dr->raw[n - 1] == ' ' || dr->raw[n - 1] == '\t'))
			n--;
		if (n < 2 || dr->raw[n - 1] != '}')
			return false;
		for (int k = 0; added_keys[k] != NULL; k++)
			if (json_object_get(dr->rec, added_keys[k]) != NULL)
				return false;
		dr->raw_len = n - 1;  /* without the closing brace */
		dr->fast = 1;
	}
	return dr->fast == 1;
}

/* The slow path: copy the record, set the keys, dump it. */
static int
write_copy(FILE *out, const nf_date_record *dr, const nf_date_match *m,
    const char *from, const char *to)
{
	json_t *o = json_deep_copy(dr->rec);
	int rc = 0;

	if (o == NULL)
		return -2;
	rc |= nf_record_set_string_or_null(o, "kind", nf_date_kind_name(m->kind));
	rc |= nf_record_set_stringn(o, "match", dr->text + m->start, m->end - m->start);
	rc |= nf_record_set_string_or_null(o, "value", m->value[0] ? m->value : NULL);
	rc |= nf_record_set_string_or_null(o, "from", from);
	rc |= nf_record_set_string_or_null(o, "to", to);
	rc |= nf_record_set_string_or_null(o, "anchor", m->used_anchor ? dr->anchor : NULL);
	rc |= json_object_set_new(o, "match_start", json_integer(dr->start + (json_int_t)m->start));
	rc |= json_object_set_new(o, "match_end", json_integer(dr->start + (json_int_t)m->end));
	if (m->note != NULL)
		rc |= nf_record_set_string_or_null(o, "note", m->note);
	if (rc != 0) {
		json_decref(o);
		return -2;
	}
	rc = nf_record_write(out, o);
	json_decref(o);
	return rc;
}

int
nf_date_record_write(FILE *out, nf_date_record *dr, const nf_date_match *m)
{
	char from[11], to[11], num[64];
	const char *f = NULL, *t = NULL;
	struct buf b = { .p = b.local, .cap = sizeof b.local };
	bool ok;
	int rc;

	if (m->has_range) {
		nf_format_ymd(m->from, from);
		nf_format_ymd(m->to, to);
		f = from;
		t = to;
	}
	if (!can_append(dr))
		return write_copy(out, dr, m, f, t);
	ok = buf_key_string(&b, "kind", nf_date_kind_name(m->kind),
	    strlen(nf_date_kind_name(m->kind))) &&
	    buf_key_string(&b, "match", dr->text + m->start, m->end - m->start) &&
	    buf_key_string(&b, "value", m->value[0] ? m->value : NULL, strlen(m->value)) &&
	    buf_key_string(&b, "from", f, 10) && buf_key_string(&b, "to", t, 10) &&
	    buf_key_string(&b, "anchor", m->used_anchor ? dr->anchor : NULL,
	        dr->anchor ? strlen(dr->anchor) : 0);
	snprintf(num, sizeof num, ",\"match_start\":%lld,\"match_end\":%lld",
	    dr->start + (long long)m->start, dr->start + (long long)m->end);
	ok = ok && buf_str(&b, num);
	if (m->note != NULL)
		ok = ok && buf_key_string(&b, "note", m->note, strlen(m->note));
	ok = ok && buf_put(&b, "}\n", 2);
	if (!ok) {
		if (b.p != b.local)
			free(b.p);
		return -2;
	}
	/* "{}" has no key before ours: drop the leading comma */
	{
		size_t keep = dr->raw_len, skip = 0;
		size_t k = keep;
		while (k > 1 && (dr->raw[k - 1] == ' ' || dr->raw[k - 1] == '\t'))
			k--;
		if (k == 1)
			skip = 1;
		rc = (fwrite(dr->raw, 1, keep, out) == keep &&
		    fwrite(b.p + skip, 1, b.len - skip, out) == b.len - skip) ? 0 : -1;
	}
	if (b.p != b.local)
		free(b.p);
	return rc;
}
