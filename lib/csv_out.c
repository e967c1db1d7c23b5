/*
 * csv_out.c - CSV rows through libcsv's quoting, and plain decimal numbers.
 */
#include "csv_out.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <csv.h>

struct nf_csv_writer {
	FILE *out;
	char delim;
	bool crlf;
	bool row_started;
	char *buf;
	size_t cap;
};

nf_csv_writer *
nf_csv_writer_new(FILE *out, char delim, bool crlf)
{
	nf_csv_writer *w = calloc(1, sizeof *w);

	if (w == NULL)
		return NULL;
	w->out = out;
	w->delim = delim;
	w->crlf = crlf;
	return w;
}

void
nf_csv_writer_free(nf_csv_writer *w)
{
	if (w == NULL)
		return;
	free(w->buf);
	free(w);
}

static bool
needs_quotes(const char *s, size_t n, char delim)
{
	if (n > 0 && (s[0] == ' ' || s[n - 1] == ' '))
		return true;
	for (size_t i = 0; i < n; i++)
		if (s[i] == delim || s[i] == '"' || s[i] == '\n' || s[i] == '\r')
			return true;
	return false;
}

static int
write_quoted(nf_csv_writer *w, const char *s, size_t n)
{
	size_t need = csv_write2(w->buf, w->cap, s, n, CSV_QUOTE);

	if (need > w->cap) {
		char *p = realloc(w->buf, need);
		if (p == NULL)
			return -1;
		w->buf = p;
		w->cap = need;
		need = csv_write2(w->buf, w->cap, s, n, CSV_QUOTE);
	}
	return fwrite(w->buf, 1, need, w->out) == need ? 0 : -1;
}

int
nf_csv_field(nf_csv_writer *w, const char *s, size_t n)
{
	if (w->row_started && putc(w->delim, w->out) == EOF)
		return -1;
	w->row_started = true;
	if (needs_quotes(s, n, w->delim))
		return write_quoted(w, s, n);
	return fwrite(s, 1, n, w->out) == n ? 0 : -1;
}

int
nf_csv_end_row(nf_csv_writer *w)
{
	w->row_started = false;
	if (w->crlf && putc('\r', w->out) == EOF)
		return -1;
	return putc('\n', w->out) == EOF ? -1 : 0;
}

char *
nf_csv_format_real(double d, char *buf, size_t size)
{
	int prec, exp10;
	char *e;

	if (!isfinite(d)) {
		buf[0] = '\0';
		return buf;
	}
	for (prec = 1; prec <= 17; prec++) {
		snprintf(buf, size, "%.*e", prec - 1, d);
		if (strtod(buf, NULL) == d)
			break;
	}
	e = strchr(buf, 'e');
	exp10 = e ? atoi(e + 1) : 0;
	/* digits after the point needed to show prec significant digits */
	int decimals = prec - 1 - exp10;
	snprintf(buf, size, "%.*f", decimals > 0 ? decimals : 0, d);
	if (strchr(buf, '.') != NULL) {
		size_t len = strlen(buf);
		while (len > 0 && buf[len - 1] == '0')
			buf[--len] = '\0';
		if (len > 0 && buf[len - 1] == '.')
			buf[--len] = '\0';
	}
	if (strcmp(buf, "-0") == 0)
		strcpy(buf, "0");
	return buf;
}

int
nf_csv_cell(nf_csv_writer *w, const json_t *v)
{
	char num[400];
	char *dump;
	int rc;

	if (v == NULL)
		return nf_csv_field(w, "", 0);
	switch (json_typeof(v)) {
	case JSON_STRING:
		return nf_csv_field(w, json_string_value(v), json_string_length(v));
	case JSON_INTEGER:
		snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
		return nf_csv_field(w, num, strlen(num));
	case JSON_REAL:
		nf_csv_format_real(json_real_value(v), num, sizeof num);
		return nf_csv_field(w, num, strlen(num));
	case JSON_TRUE:
		return nf_csv_field(w, "true", 4);
	case JSON_FALSE:
		return nf_csv_field(w, "false", 5);
	case JSON_OBJECT:
	case JSON_ARRAY:
		dump = json_dumps(v, JSON_COMPACT);
		if (dump == NULL) {
			errno = ENOMEM;
			return -1;
		}
		rc = nf_csv_field(w, dump, strlen(dump));
		free(dump);
		return rc;
	case JSON_NULL:
	default:
		return nf_csv_field(w, "", 0);
	}
}

static const char *const figure_columns[] = {
	"doc", "article", "title", "published", "para", "sent", "kind", "match",
	"value", "value_max", "unit", "qualifier", "equiv_of", "match_start",
	"match_end", "text", NULL
};
static const char *const date_columns[] = {
	"doc", "article", "title", "published", "para", "sent", "kind", "match",
	"value", "from", "to", "anchor", "match_start", "match_end", "text", NULL
};
static const char *const sentence_columns[] = {
	"doc", "article", "para", "sent", "role", "lang", "title", "published",
	"start", "end", "text", NULL
};
static const char *const doc_columns[] = {
	"doc", "encoding", "text", NULL
};

const char *const *
nf_csv_default_columns(const json_t *rec)
{
	if (json_object_get(rec, "unit") && json_object_get(rec, "kind"))
		return figure_columns;
	if (json_object_get(rec, "anchor") && json_object_get(rec, "kind"))
		return date_columns;
	if (json_object_get(rec, "sent"))
		return sentence_columns;
	if (json_object_get(rec, "encoding"))
		return doc_columns;
	return NULL;
}

const char *const *
nf_csv_columns_for_type(const char *type)
{
	static const struct {
		const char *name;
		const char *const *columns;
	} types[] = {
		{ "figure", figure_columns }, { "date", date_columns },
		{ "sentence", sentence_columns }, { "doc", doc_columns },
	};

	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
		if (strcmp(type, types[i].name) == 0)
			return types[i].columns;
	return NULL;
}
