/*
 * date_record.c - nf-dates' output records (see date_record.h), written
 * with lib/append.h.
 */
#include "date_record.h"

#include <stdbool.h>
#include <string.h>

#include "append.h"

/* The keys nf-dates adds, in output order. */
#define ADDED_KEYS "kind", "match", "value", "mod", "from", "to", "anchor", \
	"match_start", "match_end", "note"
static const char *const added_keys[] = { ADDED_KEYS, NULL };

const char *const nf_date_record_read_keys[] = {
	"text", "start", "role", "published", "fetched", "doc", "url", "article", "para",
	ADDED_KEYS, NULL
};

static void
key_string(nf_keybuf *b, const char *key, const char *s)
{
	nf_keybuf_string(b, key, s, s != NULL ? strlen(s) : 0);
}

int
nf_date_record_write(FILE *out, nf_date_record *dr, const nf_date_match *m)
{
	char from[11], to[11], anchor[11], num[32];
	nf_keybuf b;
	int rc;

	if (dr->fast < 0) {
		size_t len = dr->raw_len;
		dr->fast = nf_append_ready(dr->rec, dr->raw, &len, added_keys);
		if (dr->fast)
			dr->raw_len = len;
	}
	nf_keybuf_init(&b);
	if (m->has_range) {
		nf_format_ymd(m->from, from);
		nf_format_ymd(m->to, to);
	}
	key_string(&b, "kind", nf_date_kind_name(m->kind));
	nf_keybuf_string(&b, "match", dr->text + m->start, m->end - m->start);
	key_string(&b, "value", m->value[0] ? m->value : NULL);
	if (m->mod != NULL)
		key_string(&b, "mod", m->mod);
	key_string(&b, "from", m->has_range ? from : NULL);
	key_string(&b, "to", m->has_range ? to : NULL);
	if (m->used_anchor)
		nf_format_ymd(m->anchor, anchor);
	key_string(&b, "anchor", m->used_anchor ? anchor : NULL);
	snprintf(num, sizeof num, "%lld", dr->start + (long long)m->start);
	nf_keybuf_json(&b, "match_start", num);
	snprintf(num, sizeof num, "%lld", dr->start + (long long)m->end);
	nf_keybuf_json(&b, "match_end", num);
	if (m->note != NULL)
		key_string(&b, "note", m->note);
	rc = dr->fast ? nf_append_write(out, dr->raw, dr->raw_len, &b)
	              : nf_append_write_copy(out, dr->rec, dr->raw, dr->raw_len, &b);
	nf_keybuf_free(&b);
	return rc;
}
