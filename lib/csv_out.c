/*
 * csv_out.c - CSV rows through libcsv's quoting, TSV rows with escapes,
 * text cells no spreadsheet reads as formulas, and plain decimal numbers.
 */
#include "csv_out.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <csv.h>

struct nf_csv_writer {
	FILE *out;
	char delim;
	unsigned flags;
	bool tsv;
	bool row_started;
	char *buf;
	size_t cap;
};

nf_csv_writer *
nf_csv_writer_new(FILE *out, char delim, unsigned flags)
{
	nf_csv_writer *w = calloc(1, sizeof *w);

	if (w == NULL)
		return NULL;
	w->out = out;
	w->delim = delim;
	w->flags = flags;
	w->tsv = delim == '\t';
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

/* A TSV field: runs of plain bytes as they are, TAB LF CR and backslash as
 * two-byte escapes. */
static int
write_escaped(nf_csv_writer *w, const char *s, size_t n)
{
	size_t start = 0;

	for (size_t i = 0; i < n; i++) {
		const char *esc;

		switch (s[i]) {
		case '\t': esc = "\\t"; break;
		case '\n': esc = "\\n"; break;
		case '\r': esc = "\\r"; break;
		case '\\': esc = "\\\\"; break;
		default: continue;
		}
		if (fwrite(s + start, 1, i - start, w->out) != i - start ||
		    fwrite(esc, 1, 2, w->out) != 2)
			return -1;
		start = i + 1;
	}
	return fwrite(s + start, 1, n - start, w->out) == n - start ? 0 : -1;
}

static int
start_field(nf_csv_writer *w)
{
	if (w->row_started && putc(w->delim, w->out) == EOF)
		return -1;
	w->row_started = true;
	return 0;
}

int
nf_csv_field(nf_csv_writer *w, const char *s, size_t n)
{
	if (start_field(w) != 0)
		return -1;
	if (w->tsv)
		return write_escaped(w, s, n);
	if (needs_quotes(s, n, w->delim))
		return write_quoted(w, s, n);
	return fwrite(s, 1, n, w->out) == n ? 0 : -1;
}

/* s[0..n) is a plain number as spreadsheets read one: a sign, digits with
 * optional thousands commas, optional decimals and exponent, optional %. */
static bool
plain_number(const char *s, size_t n)
{
	size_t i = 0, digits = 0;

	if (i < n && (s[i] == '+' || s[i] == '-'))
		i++;
	for (; i < n && (isdigit((unsigned char)s[i]) || (digits > 0 && s[i] == ',')); i++)
		digits += s[i] != ',';
	if (i < n && s[i] == '.')
		for (i++; i < n && isdigit((unsigned char)s[i]); i++)
			digits++;
	if (digits == 0 || s[i - 1] == ',')
		return false;
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		size_t exp_digits = 0;
		i++;
		if (i < n && (s[i] == '+' || s[i] == '-'))
			i++;
		for (; i < n && isdigit((unsigned char)s[i]); i++)
			exp_digits++;
		if (exp_digits == 0)
			return false;
	}
	if (i < n && s[i] == '%')
		i++;
	return i == n;
}

bool
nf_csv_formula_like(const char *s, size_t n)
{
	if (n == 0)
		return false;
	switch (s[0]) {
	case '=': case '@': case '\t': case '\r':
		return true;
	case '+': case '-':
		return !plain_number(s, n);
	default:
		return false;
	}
}

int
nf_csv_text(nf_csv_writer *w, const char *s, size_t n)
{
	bool neutralise = !(w->flags & NF_CSV_RAW) && nf_csv_formula_like(s, n);
	char *tmp;
	int rc;

	if (!neutralise && !(w->flags & NF_CSV_QUOTE_TEXT))
		return nf_csv_field(w, s, n);
	if (w->tsv) {
		if (start_field(w) != 0 || putc('\'', w->out) == EOF)
			return -1;
		return write_escaped(w, s, n);
	}
	if (!neutralise) {
		if (start_field(w) != 0)
			return -1;
		return write_quoted(w, s, n);
	}
	if ((tmp = malloc(n + 1)) == NULL)
		return -1;
	tmp[0] = '\'';
	memcpy(tmp + 1, s, n);
	if (w->flags & NF_CSV_QUOTE_TEXT)
		rc = start_field(w) != 0 ? -1 : write_quoted(w, tmp, n + 1);
	else
		rc = nf_csv_field(w, tmp, n + 1);
	free(tmp);
	return rc;
}

int
nf_csv_end_row(nf_csv_writer *w)
{
	w->row_started = false;
	if ((w->flags & NF_CSV_CRLF) && putc('\r', w->out) == EOF)
		return -1;
	return putc('\n', w->out) == EOF ? -1 : 0;
}

/*
 * The shortest digits: try 1 to 17 significant digits with %e until one
 * reads back as d, then place the decimal point ourselves, padding with
 * zeros, so no digit beyond the shortest ever prints (%.0f of 1e23 would
 * print the binary value's exact 99999999999999991611392).
 */
char *
nf_csv_format_real(double d, char *buf)
{
	char sci[32], digits[18], *p = buf;
	int prec, exp10, ndig = 0;

	if (!isfinite(d)) {
		buf[0] = '\0';
		return buf;
	}
	if (d == 0) {
		strcpy(buf, "0");
		return buf;
	}
	for (prec = 1; prec <= 17; prec++) {
		snprintf(sci, sizeof sci, "%.*e", prec - 1, d);
		if (strtod(sci, NULL) == d)
			break;
	}
	/* sci is "-D.DDDDe+XX": collect the digits and the exponent */
	for (const char *s = sci; *s != 'e'; s++)
		if (isdigit((unsigned char)*s))
			digits[ndig++] = *s;
	exp10 = atoi(strchr(sci, 'e') + 1);
	while (ndig > 1 && digits[ndig - 1] == '0')
		ndig--;
	if (d < 0)
		*p++ = '-';
	if (exp10 < 0) {
		*p++ = '0';
		*p++ = '.';
		for (int i = -1; i > exp10; i--)
			*p++ = '0';
		memcpy(p, digits, ndig);
		p += ndig;
	} else {
		for (int i = 0; i <= exp10; i++)
			*p++ = i < ndig ? digits[i] : '0';
		if (ndig > exp10 + 1) {
			*p++ = '.';
			memcpy(p, digits + exp10 + 1, ndig - exp10 - 1);
			p += ndig - exp10 - 1;
		}
	}
	*p = '\0';
	return buf;
}

int
nf_csv_cell(nf_csv_writer *w, const json_t *v)
{
	char num[NF_CSV_REAL_MAX];
	char *dump;
	int rc;

	if (v == NULL)
		return nf_csv_field(w, "", 0);
	switch (json_typeof(v)) {
	case JSON_STRING:
		return nf_csv_text(w, json_string_value(v), json_string_length(v));
	case JSON_INTEGER:
		snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
		return nf_csv_field(w, num, strlen(num));
	case JSON_REAL:
		nf_csv_format_real(json_real_value(v), num);
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
		rc = nf_csv_text(w, dump, strlen(dump));
		free(dump);
		return rc;
	case JSON_NULL:
	default:
		return nf_csv_field(w, "", 0);
	}
}

static const char *const figure_columns[] = {
	"doc", "article", "title", "published", "para", "sent", "role", "lang",
	"kind", "match", "value", "value_max", "unit", "unit_text", "per",
	"qualifier", "equiv_of", "match_start", "match_end", "note", "text", NULL
};
static const char *const date_columns[] = {
	"doc", "article", "title", "published", "para", "sent", "role", "lang",
	"kind", "match", "value", "mod", "from", "to", "anchor", "match_start",
	"match_end", "note", "text", NULL
};
static const char *const sentence_columns[] = {
	"doc", "article", "para", "sent", "role", "lang", "title", "published",
	"start", "end", "text", NULL
};
static const char *const doc_columns[] = {
	"doc", "encoding", "text", NULL
};

static const struct {
	const char *name;
	const char *const *columns;
} types[] = {
	{ "figure", figure_columns }, { "date", date_columns },
	{ "sentence", sentence_columns }, { "doc", doc_columns },
};

const char *
nf_csv_record_type(const json_t *rec)
{
	if (json_object_get(rec, "unit") && json_object_get(rec, "kind"))
		return "figure";
	if (json_object_get(rec, "anchor") && json_object_get(rec, "kind"))
		return "date";
	if (json_object_get(rec, "sent"))
		return "sentence";
	if (json_object_get(rec, "encoding"))
		return "doc";
	return NULL;
}

const char *const *
nf_csv_default_columns(const json_t *rec)
{
	const char *type = nf_csv_record_type(rec);

	return type != NULL ? nf_csv_columns_for_type(type) : NULL;
}

const char *const *
nf_csv_columns_for_type(const char *type)
{
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
		if (strcmp(type, types[i].name) == 0)
			return types[i].columns;
	return NULL;
}
