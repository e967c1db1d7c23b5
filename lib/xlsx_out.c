/*
 * xlsx_out.c - typed workbook sheets through libxlsxwriter, written beside
 * the final name and renamed into place.
 */
#include "xlsx_out.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <utf8proc.h>
#include <xlsxwriter.h>

#include "calendar.h"
#include "csv_out.h"
#include "utf8.h"

#define CELL_UNITS 32767    /* UTF-16 units a cell holds */
#define WIDTH_MIN 6
#define WIDTH_MAX 60
#define SHEET_NAME_MAX 32

/* The sheets, by the record type nf_csv_record_type() names. */
static const struct {
	const char *type;   /* NULL: any other record */
	const char *name;
} kinds[] = {
	{ "figure", "figures" }, { "date", "dates" }, { "sentence", "sentences" },
	{ "doc", "docs" }, { NULL, "records" },
};
#define NKINDS (sizeof kinds / sizeof kinds[0])

/* Columns whose full-day dates become date cells, and whose numbers get a
 * thousands separator. */
static const char *const date_columns[] = { "from", "to", "published", "anchor", NULL };
static const char *const value_columns[] = { "value", "value_max", NULL };

struct sheet {
	bool used;
	const char *name;
	char **cols;
	size_t ncols;
	unsigned char *col_kind;  /* COL_* per column */
	double *width;            /* widest cell so far, per column */
	lxw_worksheet *ws;
	lxw_row_t row;            /* the next row to write */
	unsigned part;            /* 1, then 2, 3... past the row limit */
};

enum { COL_PLAIN, COL_DATE, COL_VALUE };

struct nf_xlsx {
	char *path;
	char *tmp;
	lxw_workbook *wb;
	lxw_format *bold, *date, *whole, *fraction;
	struct sheet sheets[NKINDS];
	size_t truncated;
	char *cut;            /* a text cut to fit a cell */
	size_t cut_cap;
};

static bool
in_list(const char *const *list, const char *s)
{
	for (; *list != NULL; list++)
		if (strcmp(*list, s) == 0)
			return true;
	return false;
}

static int
lxw_fail(nf_error *err, lxw_error e)
{
	return nf_fail(err, "cannot write the workbook: %s", lxw_strerror(e));
}

/* ".NAME.XXXXXX" in the folder of path, created 0666 less the umask. */
static char *
make_temp(const char *path, nf_error *err)
{
	char *dcopy = strdup(path), *bcopy = strdup(path), *tmp = NULL;
	mode_t mask;
	int fd;

	if (dcopy == NULL || bcopy == NULL ||
	    asprintf(&tmp, "%s/.%s.XXXXXX", dirname(dcopy), basename(bcopy)) < 0) {
		tmp = NULL;
		nf_fail(err, "out of memory");
		goto out;
	}
	if ((fd = mkstemp(tmp)) < 0) {
		nf_fail(err, "%s: %s", path, strerror(errno));
		free(tmp);
		tmp = NULL;
		goto out;
	}
	mask = umask(0);
	umask(mask);
	if (fchmod(fd, 0666 & ~mask) != 0 || close(fd) != 0) {
		nf_fail(err, "%s: %s", tmp, strerror(errno));
		unlink(tmp);
		free(tmp);
		tmp = NULL;
	}
out:
	free(dcopy);
	free(bcopy);
	return tmp;
}

nf_xlsx *
nf_xlsx_open(const char *path, nf_error *err)
{
	nf_xlsx *x = calloc(1, sizeof *x);
	lxw_workbook_options opt = { .constant_memory = LXW_TRUE, .use_zip64 = LXW_TRUE };

	if (x == NULL || (x->path = strdup(path)) == NULL) {
		free(x);
		nf_fail(err, "out of memory");
		return NULL;
	}
	if ((x->tmp = make_temp(path, err)) == NULL) {
		free(x->path);
		free(x);
		return NULL;
	}
	opt.tmpdir = getenv("TMPDIR");
	if (opt.tmpdir != NULL && opt.tmpdir[0] == '\0')
		opt.tmpdir = NULL;
	x->wb = workbook_new_opt(x->tmp, &opt);
	if (x->wb == NULL) {
		nf_fail(err, "%s: cannot start a workbook", path);
		nf_xlsx_abort(x);
		return NULL;
	}
	x->bold = workbook_add_format(x->wb);
	x->date = workbook_add_format(x->wb);
	x->whole = workbook_add_format(x->wb);
	x->fraction = workbook_add_format(x->wb);
	if (!x->bold || !x->date || !x->whole || !x->fraction) {
		nf_fail(err, "out of memory");
		nf_xlsx_abort(x);
		return NULL;
	}
	format_set_bold(x->bold);
	format_set_num_format(x->date, "yyyy-mm-dd");
	format_set_num_format(x->whole, "#,##0");
	format_set_num_format(x->fraction, "#,##0.###############");
	return x;
}

const char *
nf_xlsx_temp_path(const nf_xlsx *x)
{
	return x->tmp;
}

size_t
nf_xlsx_truncated(const nf_xlsx *x)
{
	return x->truncated;
}

/* Columns as wide as their widest cell, within limits; the header's
 * autofilter button needs room too. */
static void
finish_part(struct sheet *s)
{
	if (s->ws == NULL || s->ncols == 0)
		return;
	for (size_t c = 0; c < s->ncols; c++) {
		double w = s->width[c] + 1;
		worksheet_set_column(s->ws, c, c, w < WIDTH_MIN ? WIDTH_MIN : w > WIDTH_MAX ? WIDTH_MAX : w,
		    NULL);
	}
	worksheet_autofilter(s->ws, 0, 0, s->row - 1, s->ncols - 1);
}

/* Display width of a string in character cells, CJK counting two; stops
 * counting past WIDTH_MAX. */
static double
text_width(const char *s, size_t n)
{
	double w = 0;
	size_t i = 0;

	while (i < n && w <= WIDTH_MAX) {
		uint32_t cp;
		i += nf_utf8_decode(s + i, n - i, &cp, NULL);
		if (cp == '\n')
			continue;
		int cw = utf8proc_charwidth((utf8proc_int32_t)cp);
		w += cw > 0 ? cw : 0;
	}
	return w;
}

static void
widen(struct sheet *s, size_t col, double w)
{
	if (w > s->width[col])
		s->width[col] = w;
}

/* A new worksheet for s ("figures", then "figures 2" ...) with its header. */
static int
new_part(nf_xlsx *x, struct sheet *s, nf_error *err)
{
	char name[SHEET_NAME_MAX];
	lxw_error e;

	if (s->ws != NULL)
		finish_part(s);
	s->part++;
	if (s->part == 1)
		snprintf(name, sizeof name, "%s", s->name);
	else
		snprintf(name, sizeof name, "%s %u", s->name, s->part);
	s->ws = workbook_add_worksheet(x->wb, name);
	if (s->ws == NULL)
		return nf_fail(err, "cannot add the sheet '%s'", name);
	worksheet_freeze_panes(s->ws, 1, 0);
	for (size_t c = 0; c < s->ncols; c++) {
		e = worksheet_write_string(s->ws, 0, c, s->cols[c], x->bold);
		if (e != LXW_NO_ERROR)
			return lxw_fail(err, e);
		s->width[c] = text_width(s->cols[c], strlen(s->cols[c])) + 3;
	}
	s->row = 1;
	return 0;
}

/* Set up the sheet of kind k with these columns. */
static int
make_sheet(nf_xlsx *x, size_t k, const char *const *cols, size_t ncols, nf_error *err)
{
	struct sheet *s = &x->sheets[k];

	s->name = kinds[k].name;
	s->cols = calloc(ncols ? ncols : 1, sizeof *s->cols);
	s->col_kind = calloc(ncols ? ncols : 1, 1);
	s->width = calloc(ncols ? ncols : 1, sizeof *s->width);
	if (s->cols == NULL || s->col_kind == NULL || s->width == NULL)
		return nf_fail(err, "out of memory");
	for (size_t c = 0; c < ncols; c++) {
		if ((s->cols[c] = strdup(cols[c])) == NULL)
			return nf_fail(err, "out of memory");
		s->ncols++;
		s->col_kind[c] = in_list(date_columns, cols[c]) ? COL_DATE :
		    in_list(value_columns, cols[c]) ? COL_VALUE : COL_PLAIN;
	}
	s->used = true;
	return new_part(x, s, err);
}

static size_t
kind_of(const char *type)
{
	size_t k = 0;

	while (kinds[k].type != NULL && (type == NULL || strcmp(kinds[k].type, type) != 0))
		k++;
	return k;
}

int
nf_xlsx_sheet(nf_xlsx *x, const char *type, nf_error *err)
{
	const char *const *cols = nf_csv_columns_for_type(type);
	size_t n = 0;

	if (cols == NULL)
		return nf_fail(err, "no sheet for records of type '%s'", type);
	if (x->sheets[kind_of(type)].used)
		return 0;
	while (cols[n] != NULL)
		n++;
	return make_sheet(x, kind_of(type), cols, n, err);
}

/* The columns of the first "other" record: all its keys, as many as a
 * sheet has columns. */
static int
make_other_sheet(nf_xlsx *x, const json_t *rec, nf_error *err)
{
	size_t n = json_object_size(rec), i = 0;
	const char **keys = calloc(n ? n : 1, sizeof *keys);
	const char *key;
	json_t *v;
	int rc;

	if (keys == NULL)
		return nf_fail(err, "out of memory");
	json_object_foreach((json_t *)rec, key, v)
		keys[i++] = key;
	rc = make_sheet(x, NKINDS - 1, keys, n < LXW_COL_MAX ? n : LXW_COL_MAX, err);
	free(keys);
	return rc;
}

/* s cut to the longest prefix of whole characters a cell holds, or s
 * itself when it fits; NULL when out of memory. */
static const char *
fit_cell(nf_xlsx *x, const char *s, size_t n)
{
	size_t i = 0, units = 0;

	while (i < n) {
		uint32_t cp;
		size_t len = nf_utf8_decode(s + i, n - i, &cp, NULL);
		units += cp >= 0x10000 ? 2 : 1;
		if (units > CELL_UNITS)
			break;
		i += len;
	}
	if (i == n)
		return s;
	if (i + 1 > x->cut_cap) {
		char *p = realloc(x->cut, i + 1);
		if (p == NULL)
			return NULL;
		x->cut = p;
		x->cut_cap = i + 1;
	}
	memcpy(x->cut, s, i);
	x->cut[i] = '\0';
	x->truncated++;
	return x->cut;
}

static lxw_error
write_text(nf_xlsx *x, struct sheet *s, size_t c, const char *str, size_t n)
{
	const char *fit = fit_cell(x, str, n);

	if (fit == NULL)
		return LXW_ERROR_MEMORY_MALLOC_FAILED;
	widen(s, c, text_width(str, n));
	return worksheet_write_string(s->ws, s->row, c, fit, NULL);
}

static lxw_error
write_number(nf_xlsx *x, struct sheet *s, size_t c, double d)
{
	char num[NF_CSV_REAL_MAX];
	lxw_format *fmt = NULL;
	double w = strlen(nf_csv_format_real(d, num));

	if (s->col_kind[c] == COL_VALUE) {
		fmt = d == trunc(d) && fabs(d) < 1e15 ? x->whole : x->fraction;
		w += w / 3;    /* thousands separators */
	}
	widen(s, c, w);
	return worksheet_write_number(s->ws, s->row, c, d, fmt);
}

static lxw_error
write_cell(nf_xlsx *x, struct sheet *s, size_t c, const json_t *v)
{
	lxw_datetime dt = { 0 };
	nf_ymd ymd;
	char *dump;
	lxw_error e;

	if (v == NULL)
		return LXW_NO_ERROR;
	switch (json_typeof(v)) {
	case JSON_STRING:
		if (s->col_kind[c] == COL_DATE && json_string_length(v) == 10 &&
		    nf_parse_iso_date(json_string_value(v), &ymd) &&
		    (ymd.y > 1900 || (ymd.y == 1900 && ymd.m >= 3))) {
			dt.year = ymd.y;
			dt.month = ymd.m;
			dt.day = ymd.d;
			widen(s, c, 10);
			return worksheet_write_datetime(s->ws, s->row, c, &dt, x->date);
		}
		return write_text(x, s, c, json_string_value(v), json_string_length(v));
	case JSON_INTEGER:
	case JSON_REAL:
		return write_number(x, s, c, json_number_value(v));
	case JSON_TRUE:
	case JSON_FALSE:
		widen(s, c, 5);
		return worksheet_write_boolean(s->ws, s->row, c, json_is_true(v), NULL);
	case JSON_OBJECT:
	case JSON_ARRAY:
		if ((dump = json_dumps(v, JSON_COMPACT)) == NULL)
			return LXW_ERROR_MEMORY_MALLOC_FAILED;
		e = write_text(x, s, c, dump, strlen(dump));
		free(dump);
		return e;
	case JSON_NULL:
	default:
		return LXW_NO_ERROR;
	}
}

int
nf_xlsx_add(nf_xlsx *x, const json_t *rec, nf_error *err)
{
	const char *type = nf_csv_record_type(rec);
	struct sheet *s = &x->sheets[kind_of(type)];
	lxw_error e;

	if (!s->used) {
		if ((type != NULL ? nf_xlsx_sheet(x, type, err) : make_other_sheet(x, rec, err)) != 0)
			return -1;
	}
	if (s->row == LXW_ROW_MAX && new_part(x, s, err) != 0)
		return -1;
	for (size_t c = 0; c < s->ncols; c++)
		if ((e = write_cell(x, s, c, json_object_get(rec, s->cols[c]))) != LXW_NO_ERROR)
			return lxw_fail(err, e);
	s->row++;
	return 0;
}

static void
free_sheets(nf_xlsx *x)
{
	for (size_t k = 0; k < NKINDS; k++) {
		struct sheet *s = &x->sheets[k];
		for (size_t c = 0; c < s->ncols; c++)
			free(s->cols[c]);
		free(s->cols);
		free(s->col_kind);
		free(s->width);
	}
}

static void
free_xlsx(nf_xlsx *x)
{
	free_sheets(x);
	free(x->cut);
	free(x->path);
	free(x->tmp);
	free(x);
}

/* fsync the file at path, or its folder with O_DIRECTORY. */
static int
sync_path(const char *path, int flags)
{
	int fd = open(path, O_RDONLY | flags);
	int rc;

	if (fd < 0)
		return -1;
	rc = fsync(fd);
	if (close(fd) != 0)
		rc = -1;
	return rc;
}

int
nf_xlsx_close(nf_xlsx *x, nf_error *err)
{
	lxw_error e;
	char *dcopy;
	int rc = -1;

	if (!x->sheets[0].used && !x->sheets[1].used && !x->sheets[2].used &&
	    !x->sheets[3].used && !x->sheets[4].used && nf_xlsx_sheet(x, "figure", err) != 0) {
		nf_xlsx_abort(x);
		return -1;
	}
	for (size_t k = 0; k < NKINDS; k++)
		finish_part(&x->sheets[k]);
	e = workbook_close(x->wb);
	x->wb = NULL;
	if (e != LXW_NO_ERROR) {
		lxw_fail(err, e);
		goto out;
	}
	if (sync_path(x->tmp, 0) != 0 || rename(x->tmp, x->path) != 0) {
		nf_fail(err, "%s: %s", x->path, strerror(errno));
		goto out;
	}
	/* the rename itself survives a crash once the folder is synced */
	if ((dcopy = strdup(x->path)) != NULL) {
		sync_path(dirname(dcopy), O_DIRECTORY);
		free(dcopy);
	}
	rc = 0;
out:
	if (rc != 0)
		unlink(x->tmp);
	free_xlsx(x);
	return rc;
}

void
nf_xlsx_abort(nf_xlsx *x)
{
	if (x == NULL)
		return;
	if (x->wb != NULL) {
		/* closing writes the workbook to the temporary file; it goes next */
		lxw_workbook_free(x->wb);
	}
	unlink(x->tmp);
	free_xlsx(x);
}
