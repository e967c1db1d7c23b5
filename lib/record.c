/*
 * record.c - streaming JSON Lines input and output on jansson.
 *
 * Lines are read with getline(), so a record may be as long as memory allows
 * and no line is ever truncated; each is parsed with json_loadb() without
 * JSON_DISABLE_EOF_CHECK, so trailing garbage after the object is an error.
 * Plain object lines take a faster path first (jsonline.h), which accepts
 * exactly what json_loadb would and leaves every error to it.
 */
#include "record.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "jsonline.h"

struct nf_reader {
	FILE *fp;
	const char *name;
	char *line;
	size_t cap;
	size_t len;
	size_t lineno;
	bool is_stdin;
	nf_jsonline_scratch scratch;  /* for the fast reader's escapes */
	const char *const *keys;      /* the members to build, NULL for all */
};

int
nf_fail(nf_error *err, const char *fmt, ...)
{
	va_list ap;

	if (err == NULL)
		return -1;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	return -1;
}

nf_reader *
nf_reader_open(const char *path)
{
	nf_reader *r = calloc(1, sizeof *r);

	if (r == NULL)
		return NULL;
	if (strcmp(path, "-") == 0) {
		r->fp = stdin;
		r->name = "<stdin>";
		r->is_stdin = true;
	} else {
		r->fp = fopen(path, "r");
		r->name = path;
		if (r->fp == NULL) {
			int saved = errno;
			free(r);
			errno = saved;
			return NULL;
		}
	}
	return r;
}

const char *
nf_reader_name(const nf_reader *r)
{
	return r->name;
}

static bool
is_blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
			return false;
	return true;
}

int
nf_reader_next(nf_reader *r, json_t **rec, nf_error *err)
{
	ssize_t got;
	json_error_t jerr;
	json_t *v;

	*rec = NULL;
	for (;;) {
		errno = 0;
		got = getline(&r->line, &r->cap, r->fp);
		if (got < 0)
			return ferror(r->fp) ? -2 : 0;
		r->lineno++;
		r->len = (size_t)got;
		if (!is_blank(r->line, r->len))
			break;
	}
	err->line = r->lineno;
	/* the bulk reader first; jansson decides (and words errors) otherwise */
	v = nf_jsonline_object(r->line, r->len, &r->scratch, r->keys);
	if (v != NULL) {
		*rec = v;
		return 1;
	}
	v = json_loadb(r->line, r->len, 0, &jerr);
	if (v == NULL) {
		if (r->len > 0 && r->line[r->len - 1] != '\n' && feof(r->fp))
			return nf_fail(err, "invalid JSON (truncated last line?): %s", jerr.text);
		return nf_fail(err, "invalid JSON: %s", jerr.text);
	}
	if (!json_is_object(v)) {
		json_decref(v);
		return nf_fail(err, "not a JSON object");
	}
	*rec = v;
	return 1;
}

void
nf_reader_want_keys(nf_reader *r, const char *const *keys)
{
	r->keys = keys;
}

const char *
nf_reader_raw(const nf_reader *r, size_t *len)
{
	*len = r->len;
	return r->line;
}

void
nf_reader_close(nf_reader *r)
{
	if (r == NULL)
		return;
	if (!r->is_stdin)
		fclose(r->fp);
	free(r->line);
	nf_jsonline_scratch_free(&r->scratch);
	free(r);
}

/* Reals keep 15 significant digits: 128.99 prints as 128.99, not ...0001. */
#define NF_JSON_FLAGS (JSON_COMPACT | JSON_REAL_PRECISION(15))

int
nf_record_write(FILE *out, const json_t *rec)
{
	if (json_dumpf(rec, out, NF_JSON_FLAGS) != 0)
		return -1;
	if (putc('\n', out) == EOF)
		return -1;
	return 0;
}

int
nf_record_set_number(json_t *rec, const char *key, double v)
{
	json_t *num;

	if (v < 9007199254740992.0 && v > -9007199254740992.0 && v == (double)(json_int_t)v)
		num = json_integer((json_int_t)v);
	else
		num = json_real(v);
	return json_object_set_new(rec, key, num);
}

int
nf_record_set_stringn(json_t *rec, const char *key, const char *s, size_t n)
{
	return json_object_set_new(rec, key, json_stringn(s, n));
}

int
nf_record_set_string_or_null(json_t *rec, const char *key, const char *s)
{
	return json_object_set_new(rec, key, s ? json_string(s) : json_null());
}

const char *
nf_record_string(const json_t *rec, const char *key, size_t *len)
{
	json_t *v = json_object_get(rec, key);

	if (!json_is_string(v))
		return NULL;
	if (len)
		*len = json_string_length(v);
	return json_string_value(v);
}

json_int_t
nf_record_int(const json_t *rec, const char *key, json_int_t def)
{
	json_t *v = json_object_get(rec, key);

	return json_is_integer(v) ? json_integer_value(v) : def;
}
