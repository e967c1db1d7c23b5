/*
 * nf-xlsx - newsfacts records to an .xlsx workbook with typed cells.
 */
#include <getopt.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "xlsx_out.h"

static const char usage_text[] =
	"usage: nf-xlsx -o FILE [--sheets TYPE,...] [--skip-bad] [INPUT ...]\n"
	"\n"
	"Write newsfacts records (JSON Lines) to the workbook FILE: one sheet per\n"
	"record kind (figures, dates, sentences, docs, records), a frozen header row\n"
	"with an autofilter, and typed cells: numbers as numbers, the full-day dates\n"
	"from, to, published and anchor as dates, every other string as text, so\n"
	"no spreadsheet guesses and no text runs as a formula.  FILE is written\n"
	"beside its name and renamed when complete.  With no INPUT, or INPUT -,\n"
	"read standard input.\n"
	"\n"
	"  -o, --output FILE     the workbook to write (required)\n"
	"      --sheets TYPE,... make these sheets first, in this order, even when\n"
	"                        they get no rows (figure, date, sentence, doc)\n"
	"      --skip-bad        skip and count malformed lines instead of stopping\n"
	"  -h, --help            show this help\n"
	"  -V, --version         show the version\n"
	"\n"
	"Exit status: 0 ok, 1 bad input or write error, 2 bad usage.\n";

struct xlsx_job {
	nf_xlsx *book;
	const char *output;
};

/* The temporary workbook a signal must not leave behind. */
static const char *volatile temp_path;

static void on_signal(int sig);
static int add_sheets(nf_xlsx *book, const char *list, nf_error *err);
static int add_row(json_t *rec, void *ctx, nf_error *err);

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "sheets", required_argument, NULL, 's' },
		{ "skip-bad", no_argument, NULL, 'S' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	struct xlsx_job job = { 0 };
	const char *sheets = NULL;
	bool skip_bad = false;
	nf_error err = { 0 };
	size_t cut;
	int c, status;

	nf_cli_init(argv);
	while ((c = getopt_long(argc, argv, "o:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'o': job.output = optarg; break;
		case 's': sheets = optarg; break;
		case 'S': skip_bad = true; break;
		case 'h': nf_cli_help(usage_text);
		case 'V': nf_cli_version();
		default: nf_cli_try_help();
		}
	}
	if (job.output == NULL || job.output[0] == '\0')
		nf_cli_usage_error("-o FILE names the workbook to write");
	if ((job.book = nf_xlsx_open(job.output, &err)) == NULL) {
		nf_cli_warn("%s", err.msg);
		return NF_EXIT_BAD_INPUT;
	}
	temp_path = nf_xlsx_temp_path(job.book);
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
	signal(SIGHUP, on_signal);
	if (sheets != NULL && add_sheets(job.book, sheets, &err) != 0) {
		nf_xlsx_abort(job.book);
		nf_cli_usage_error("--sheets wants figure, date, sentence or doc, not '%s'", sheets);
	}
	status = nf_cli_each_record(argv + optind, argc - optind, skip_bad, add_row, &job);
	cut = nf_xlsx_truncated(job.book);
	if (nf_xlsx_close(job.book, &err) != 0) {
		nf_cli_warn("%s", err.msg);
		status = NF_EXIT_BAD_INPUT;
	}
	temp_path = NULL;
	if (cut > 0)
		nf_cli_warn("%s: %zu cell%s cut to 32767 characters, the most a cell holds",
		    job.output, cut, cut == 1 ? "" : "s");
	return nf_cli_finish(status);
}

static void
on_signal(int sig)
{
	if (temp_path != NULL)
		unlink(temp_path);
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Make the sheets of a "figure,date" list; -1 on an empty or unknown type. */
static int
add_sheets(nf_xlsx *book, const char *list, nf_error *err)
{
	char *copy = strdup(list), *save = NULL;
	int rc = copy == NULL || *list == '\0' || list[strlen(list) - 1] == ',' ? -1 : 0;

	for (char *t = strtok_r(copy, ",", &save); rc == 0 && t != NULL;
	    t = strtok_r(NULL, ",", &save))
		rc = nf_xlsx_sheet(book, t, err);
	free(copy);
	return rc;
}

/* One record, one row; a workbook that cannot be written ends the run. */
static int
add_row(json_t *rec, void *ctx, nf_error *err)
{
	struct xlsx_job *job = ctx;

	if (nf_xlsx_add(job->book, rec, err) != 0) {
		nf_cli_warn("%s: %s", job->output, err->msg);
		nf_xlsx_abort(job->book);
		exit(NF_EXIT_BAD_INPUT);
	}
	return 0;
}
