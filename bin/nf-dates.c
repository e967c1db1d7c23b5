/*
 * nf-dates - sentence records to date records: every date, range, duration
 * and relative date in the text, resolved to the calendar.
 *
 * The recogniser is lib/dates.c; this file is options, the file loop and
 * the record keys.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "date_record.h"
#include "dates.h"

static const char usage_text[] =
	"usage: nf-dates [--ref YYYY-MM-DD] [--date-order dmy|mdy|ymd] [--kinds KIND,...]\n"
	"                [--all] [--skip-bad] [FILE ...]\n"
	"\n"
	"Read sentence records (JSON Lines) and print one date record per date\n"
	"expression: the sentence's keys plus kind, match, value (TIMEX3: 2025-05-21,\n"
	"2025-05, 2025, 2025-Q1, 2025-W04, 2026/2030, P2Y), from, to, anchor,\n"
	"match_start, match_end, and note where needed.  Relative and partial dates\n"
	"are resolved against the anchor: the record's published date, else --ref,\n"
	"else its fetched date; with none, value is null and note says why.  With no\n"
	"FILE, or FILE -, read standard input.\n"
	"\n"
	"      --ref YYYY-MM-DD    anchor for records without a published date\n"
	"      --date-order ORDER  read 01/02/2025 as dmy, mdy or ymd (default: decide\n"
	"                          per date, noting the ambiguous ones)\n"
	"      --kinds KIND,...    only these kinds: date, range, duration, relative\n"
	"      --all               also read byline, dateline, caption, boilerplate\n"
	"                          sentences (default: title, dek and body only)\n"
	"      --skip-bad          skip and count malformed lines instead of stopping\n"
	"  -h, --help              show this help\n"
	"  -V, --version           show the version\n"
	"\n"
	"Exit status: 0 ok, 1 bad input or write error, 2 bad usage.\n";

struct dates_job {
	nf_date_opts opts;     /* order; the anchor is set per record */
	bool has_ref;
	nf_ymd ref;
	bool all;
	unsigned kinds;        /* bit per nf_date_kind */
	nf_date_list list;
	nf_date_match context; /* the last date of the previous sentence */
	char *context_doc;     /* ... of this doc and para */
	json_int_t context_para;
};

static bool anchor_from_key(const json_t *rec, const char *key, nf_ymd *out);
static void set_context(struct dates_job *job, const json_t *rec);
static int keep_context(struct dates_job *job, const json_t *rec);
static int date_records(json_t *rec, void *ctx, nf_error *err);

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "ref", required_argument, NULL, 'r' },
		{ "date-order", required_argument, NULL, 'o' },
		{ "kinds", required_argument, NULL, 'k' },
		{ "all", no_argument, NULL, 'a' },
		{ "skip-bad", no_argument, NULL, 'S' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	struct dates_job job = { .kinds = 0xF };
	const char *kind_names[NF_DATE_RELATIVE + 2];
	bool skip_bad = false;
	int c, status;

	for (int k = 0; k <= NF_DATE_RELATIVE; k++)
		kind_names[k] = nf_date_kind_name((nf_date_kind)k);
	kind_names[NF_DATE_RELATIVE + 1] = NULL;

	nf_cli_init(argv);
	while ((c = getopt_long(argc, argv, "hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'r':
			if (strlen(optarg) != 10 || !nf_parse_iso_date(optarg, &job.ref))
				nf_cli_usage_error("--ref wants a date YYYY-MM-DD, not '%s'", optarg);
			job.has_ref = true;
			break;
		case 'o':
			if (strcmp(optarg, "dmy") == 0)
				job.opts.order = NF_ORDER_DMY;
			else if (strcmp(optarg, "mdy") == 0)
				job.opts.order = NF_ORDER_MDY;
			else if (strcmp(optarg, "ymd") == 0)
				job.opts.order = NF_ORDER_YMD;
			else
				nf_cli_usage_error("--date-order wants dmy, mdy or ymd, not '%s'", optarg);
			break;
		case 'k':
			if (!nf_cli_parse_kinds(optarg, kind_names, &job.kinds))
				nf_cli_usage_error("--kinds wants a comma-separated list of date, range, duration, relative, not '%s'", optarg);
			break;
		case 'a': job.all = true; break;
		case 'S': skip_bad = true; break;
		case 'h': nf_cli_help(usage_text);
		case 'V': nf_cli_version();
		default: nf_cli_try_help();
		}
	}
	nf_cli_want_keys(nf_date_record_read_keys);
	status = nf_cli_each_record(argv + optind, argc - optind, skip_bad, date_records, &job);
	nf_date_list_free(&job.list);
	free(job.context_doc);
	return nf_cli_finish(status);
}


/* The date in the first 10 characters of a string key ("2025-01-28T..."). */
static bool
anchor_from_key(const json_t *rec, const char *key, nf_ymd *out)
{
	size_t len;
	const char *s = nf_record_string(rec, key, &len);
	char buf[11];

	if (s == NULL || len < 10)
		return false;
	memcpy(buf, s, 10);
	buf[10] = '\0';
	return nf_parse_iso_date(buf, out);
}


/* The previous sentence's last date is context when doc and para match. */
static void
set_context(struct dates_job *job, const json_t *rec)
{
	const char *doc = nf_record_string(rec, "doc", NULL);

	job->opts.has_context = job->context_doc != NULL && doc != NULL &&
	    strcmp(doc, job->context_doc) == 0 &&
	    nf_record_int(rec, "para", -1) == job->context_para;
	job->opts.context = &job->context;
}

/* Remember this sentence's last dated match as the next one's context. */
static int
keep_context(struct dates_job *job, const json_t *rec)
{
	const char *doc = nf_record_string(rec, "doc", NULL);

	for (size_t i = job->list.len; i > 0; i--) {
		const nf_date_match *m = &job->list.items[i - 1];
		if (m->kind == NF_DATE_DURATION || !m->has_range)
			continue;
		job->context = *m;
		if (job->context_doc == NULL || doc == NULL || strcmp(doc, job->context_doc) != 0) {
			free(job->context_doc);
			job->context_doc = doc != NULL ? strdup(doc) : NULL;
			if (doc != NULL && job->context_doc == NULL)
				return -1;
		}
		job->context_para = nf_record_int(rec, "para", -1);
		return 0;
	}
	return 0;
}

static int
date_records(json_t *rec, void *ctx, nf_error *err)
{
	struct dates_job *job = ctx;
	nf_date_record dr = { .rec = rec, .fast = -1 };
	char anchor[11];
	size_t len;

	dr.text = nf_record_string(rec, "text", &len);
	if (dr.text == NULL)
		return nf_fail(err, "record has no \"text\" string");
	if (!job->all && !nf_cli_article_role(rec))
		return 0;
	job->opts.has_anchor = true;
	if (!anchor_from_key(rec, "published", &job->opts.anchor)) {
		if (job->has_ref)
			job->opts.anchor = job->ref;
		else
			job->opts.has_anchor = anchor_from_key(rec, "fetched", &job->opts.anchor);
	}
	if (job->opts.has_anchor) {
		nf_format_ymd(job->opts.anchor, anchor);
		dr.anchor = anchor;
	}
	dr.start = nf_record_int(rec, "start", 0);
	dr.raw = nf_cli_current_raw(&dr.raw_len);
	set_context(job, rec);
	nf_date_list_clear(&job->list);
	if (nf_dates_find(dr.text, len, &job->opts, &job->list) != 0)
		return nf_fail(err, "out of memory");
	if (keep_context(job, rec) != 0)
		return nf_fail(err, "out of memory");
	for (size_t i = 0; i < job->list.len; i++) {
		const nf_date_match *m = &job->list.items[i];
		int rc;
		if (!(job->kinds & (1u << m->kind)))
			continue;
		rc = nf_date_record_write(stdout, &dr, m);
		if (rc == -2)
			return nf_fail(err, "out of memory");
		if (rc != 0)
			return -2;
	}
	return 0;
}
