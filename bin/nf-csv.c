/*
 * nf-csv - newsfacts records to RFC 4180 CSV (or TSV) for spreadsheets.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "csv_out.h"

static const char usage_text[] =
	"usage: nf-csv [-n] [-f KEY,... | -t TYPE] [-d DELIM] [--lf | --excel] [--bom]\n"
	"              [--raw] [--quote-text] [--skip-bad] [FILE ...]\n"
	"\n"
	"Print newsfacts records (JSON Lines) as RFC 4180 CSV: a header row, then\n"
	"one row per record.  Without -f the columns suit the first record: figure,\n"
	"date, sentence or doc records each have their own set; any other record\n"
	"gives all its keys; no record at all gives the figure columns.  A key a\n"
	"record lacks is an empty cell.  Numbers print as the shortest plain\n"
	"decimal that reads back exactly (10000000000, 128.99).  Text that begins\n"
	"with = + - @ TAB or CR gets a leading ' so no spreadsheet runs it as a\n"
	"formula.  With no FILE, or FILE -, read standard input.\n"
	"\n"
	"  -f, --fields KEY,...  these columns, in this order\n"
	"  -t, --type TYPE       the default columns of TYPE (figure, date, sentence,\n"
	"                        doc), whatever the records\n"
	"  -n, --no-header       no header row\n"
	"  -d, --delimiter C     separate fields with C (a single byte); 'tab' writes\n"
	"                        TSV: no quotes, TAB LF CR \\ inside a field as\n"
	"                        \\t \\n \\r \\\\, rows ended by LF\n"
	"      --lf              end rows with LF instead of CRLF\n"
	"      --bom             start with a UTF-8 byte order mark\n"
	"      --excel           for Excel: a byte order mark and CRLF\n"
	"      --raw             text exactly as in the records, even when it looks\n"
	"                        like a formula\n"
	"      --quote-text      quote every text cell, numbers bare (for LibreOffice's\n"
	"                        \"Format quoted field as text\")\n"
	"      --skip-bad        skip and count malformed lines instead of stopping\n"
	"  -h, --help            show this help\n"
	"  -V, --version         show the version\n"
	"\n"
	"Exit status: 0 ok, 1 bad input or write error, 2 bad usage.\n";

struct csv_job {
	nf_csv_writer *w;
	char **fields;        /* from -f, or NULL until the first record */
	size_t nfields;
	bool header;
	bool bom;
	bool started;
};

static int split_fields(const char *arg, char ***out, size_t *n);
static int copy_columns(const char *const *cols, char ***out, size_t *n);
static int choose_columns(struct csv_job *job, const json_t *rec);
static int write_header(struct csv_job *job);
static int write_row(json_t *rec, void *ctx, nf_error *err);

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "fields", required_argument, NULL, 'f' },
		{ "type", required_argument, NULL, 't' },
		{ "no-header", no_argument, NULL, 'n' },
		{ "delimiter", required_argument, NULL, 'd' },
		{ "lf", no_argument, NULL, 'L' },
		{ "bom", no_argument, NULL, 'B' },
		{ "excel", no_argument, NULL, 'E' },
		{ "raw", no_argument, NULL, 'R' },
		{ "quote-text", no_argument, NULL, 'Q' },
		{ "skip-bad", no_argument, NULL, 'S' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	struct csv_job job = { .header = true };
	const char *fields = NULL, *type = NULL;
	char delim = ',';
	bool lf = false, excel = false, skip_bad = false;
	unsigned flags = 0;
	int c, status;

	nf_cli_init(argv);
	while ((c = getopt_long(argc, argv, "f:t:nd:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'f': fields = optarg; break;
		case 't': type = optarg; break;
		case 'n': job.header = false; break;
		case 'd':
			if (strcmp(optarg, "tab") == 0 || strcmp(optarg, "\\t") == 0)
				delim = '\t';
			else if (strlen(optarg) == 1 && optarg[0] != '"' &&
			    optarg[0] != '\r' && optarg[0] != '\n')
				delim = optarg[0];
			else
				nf_cli_usage_error("-d wants one byte other than a quote or newline, not '%s'", optarg);
			break;
		case 'L': lf = true; break;
		case 'B': job.bom = true; break;
		case 'E': excel = true; break;
		case 'R': flags |= NF_CSV_RAW; break;
		case 'Q': flags |= NF_CSV_QUOTE_TEXT; break;
		case 'S': skip_bad = true; break;
		case 'h': nf_cli_help(usage_text);
		case 'V': nf_cli_version();
		default: nf_cli_try_help();
		}
	}
	if (fields != NULL && type != NULL)
		nf_cli_usage_error("-f and -t are alternatives: give one");
	if (lf && excel)
		nf_cli_usage_error("--lf and --excel are alternatives: give one");
	if ((flags & NF_CSV_QUOTE_TEXT) && delim == '\t')
		nf_cli_usage_error("--quote-text is for CSV: TSV has no quotes");
	/* CSV rows end with CRLF as RFC 4180 asks, TSV rows with LF */
	if (excel || (!lf && delim != '\t'))
		flags |= NF_CSV_CRLF;
	job.bom = job.bom || excel;
	if (type != NULL) {
		const char *const *cols = nf_csv_columns_for_type(type);
		if (cols == NULL)
			nf_cli_usage_error("-t wants figure, date, sentence or doc, not '%s'", type);
		if (copy_columns(cols, &job.fields, &job.nfields) != 0)
			nf_cli_write_failed();
	}
	if (fields != NULL && split_fields(fields, &job.fields, &job.nfields) != 0)
		nf_cli_usage_error("-f wants a comma-separated list of keys, not '%s'", fields);
	job.w = nf_csv_writer_new(stdout, delim, flags);
	if (job.w == NULL)
		nf_cli_write_failed();
	status = nf_cli_each_record(argv + optind, argc - optind, skip_bad, write_row, &job);
	/* no records: still the header, of -f, -t or the figure columns */
	if (!job.started && job.fields == NULL &&
	    copy_columns(nf_csv_columns_for_type("figure"), &job.fields, &job.nfields) != 0)
		nf_cli_write_failed();
	if (!job.started && write_header(&job) != 0)
		nf_cli_write_failed();
	nf_csv_writer_free(job.w);
	for (size_t i = 0; i < job.nfields; i++)
		free(job.fields[i]);
	free(job.fields);
	return nf_cli_finish(status);
}

/* Split "a,b,c" into a new array of new strings; -1 on an empty key. */
static int
split_fields(const char *arg, char ***out, size_t *n)
{
	const char *p = arg;
	size_t cap = 0;

	*out = NULL;
	*n = 0;
	for (;;) {
		size_t len = strcspn(p, ",");
		if (len == 0)
			return -1;
		if (*n == cap) {
			cap = cap ? cap * 2 : 8;
			*out = realloc(*out, cap * sizeof **out);
			if (*out == NULL)
				return -1;
		}
		(*out)[(*n)++] = strndup(p, len);
		if (p[len] == '\0')
			return 0;
		p += len + 1;
	}
}

/* Copy a NULL-terminated list of column names into a new array. */
static int
copy_columns(const char *const *cols, char ***out, size_t *n)
{
	size_t count = 0;

	while (cols[count] != NULL)
		count++;
	*out = calloc(count ? count : 1, sizeof **out);
	if (*out == NULL)
		return -1;
	for (*n = 0; *n < count; ++*n)
		if (((*out)[*n] = strdup(cols[*n])) == NULL)
			return -1;
	return 0;
}

/* Columns from the first record when neither -f nor -t was given. */
static int
choose_columns(struct csv_job *job, const json_t *rec)
{
	const char *const *cols = nf_csv_default_columns(rec);
	const char *key;
	json_t *v;

	if (cols != NULL)
		return copy_columns(cols, &job->fields, &job->nfields);
	job->fields = calloc(json_object_size(rec) + 1, sizeof *job->fields);
	if (job->fields == NULL)
		return -1;
	json_object_foreach((json_t *)rec, key, v)
		if ((job->fields[job->nfields++] = strdup(key)) == NULL)
			return -1;
	return 0;
}

static int
write_header(struct csv_job *job)
{
	job->started = true;
	if (job->bom && fwrite("\xEF\xBB\xBF", 1, 3, stdout) != 3)
		return -1;
	if (!job->header)
		return 0;
	for (size_t i = 0; i < job->nfields; i++)
		if (nf_csv_text(job->w, job->fields[i], strlen(job->fields[i])) != 0)
			return -1;
	return nf_csv_end_row(job->w);
}

static int
write_row(json_t *rec, void *ctx, nf_error *err)
{
	struct csv_job *job = ctx;

	(void)err;
	if (!job->started) {
		if (job->fields == NULL && choose_columns(job, rec) != 0)
			return -2;
		if (write_header(job) != 0)
			return -2;
	}
	for (size_t i = 0; i < job->nfields; i++)
		if (nf_csv_cell(job->w, json_object_get(rec, job->fields[i])) != 0)
			return -2;
	return nf_csv_end_row(job->w) != 0 ? -2 : 0;
}
