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
#include "held.h"

static const char usage_text[] =
	"usage: nf-dates [--ref YYYY-MM-DD] [--date-order dmy|mdy|ymd] [--kinds KIND,...]\n"
	"                [--all] [--skip-bad] [FILE ...]\n"
	"\n"
	"Read sentence records (JSON Lines) and print one date record per date\n"
	"expression: the sentence's keys plus kind, match, value (TIMEX3: 2025-05-21,\n"
	"2025-05, 2025, 2025-Q1, 2025-W04, 2026/2030, P2Y, P1W for \"every week\"),\n"
	"mod (START, MID, END) where there is one, from, to, anchor, match_start,\n"
	"match_end, and note where needed.  Relative and partial dates are resolved\n"
	"against the anchor: the record's published date, else --ref, else its\n"
	"fetched date; with none, value is null and note says why.  Records are read\n"
	"in order, a document's sentences together.  With no FILE, or FILE -, read\n"
	"standard input.\n"
	"\n"
	"      --ref YYYY-MM-DD    anchor for records without a published date\n"
	"      --date-order ORDER  read 01/02/2025 as dmy or mdy when the document does\n"
	"                          not decide (default: mdy, noted as guessed)\n"
	"      --kinds KIND,...    only these kinds: date, range, duration, relative, set\n"
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
	nf_date_doc doc;       /* what the document's sentences pass on */
	char *doc_name;        /* the document's doc key */
	nf_held_list held;     /* records kept back until the document decides
	                          its day/month order (see lib/dates.h) */
	nf_date_carry held_carry;  /* the state before the first of them */
};

static bool anchor_from_key(const json_t *rec, const char *key, nf_ymd *out);
static int date_records(json_t *rec, void *ctx, nf_error *err);
static int one_record(struct dates_job *job, json_t *rec, const char *raw, size_t raw_len,
    nf_error *err);
static int release(struct dates_job *job, bool final, nf_error *err);

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
	struct dates_job job = { .kinds = 0x1F, .opts.doc = &job.doc };
	const char *kind_names[NF_DATE_SET + 2];
	bool skip_bad = false;
	nf_error err;
	int c, status;

	for (int k = 0; k <= NF_DATE_SET; k++)
		kind_names[k] = nf_date_kind_name((nf_date_kind)k);
	kind_names[NF_DATE_SET + 1] = NULL;

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
				nf_cli_usage_error("--kinds wants a comma-separated list of date, range, duration, relative, set, not '%s'", optarg);
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
	switch (release(&job, true, &err)) {
	case 0: break;
	case -2: nf_cli_write_failed();
	default: nf_cli_warn("%s", err.msg); status = 1; break;
	}
	nf_date_list_free(&job.list);
	free(job.doc_name);
	nf_held_free(&job.held);
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

/* nf_held_replay's view of one_record. */
static int
replay_record(void *ctx, json_t *rec, const char *raw, size_t raw_len, nf_error *err)
{
	return one_record(ctx, rec, raw, raw_len, err);
}

/* Write the held records: the document has decided its order, or (final)
 * has ended and its cues decide.  Returns 0, -1 (err), -2 (write failed). */
static int
release(struct dates_job *job, bool final, nf_error *err)
{
	job->doc.final = final;
	if (job->held.len == 0)
		return 0;
	job->doc.carry = job->held_carry;
	return nf_held_replay(&job->held, replay_record, job, err);
}

/* A new document starts when the doc key changes. */
static int
next_doc(struct dates_job *job, const json_t *rec, nf_error *err)
{
	size_t len, ulen;
	const char *doc = nf_record_string(rec, "doc", &len);
	const char *url = nf_record_string(rec, "url", &ulen);
	int rc;

	if (job->doc_name != NULL && doc != NULL && strcmp(doc, job->doc_name) == 0)
		return 0;
	if ((rc = release(job, true, err)) != 0)
		return rc;
	free(job->doc_name);
	job->doc_name = doc != NULL ? strdup(doc) : NULL;
	if (doc != NULL && job->doc_name == NULL)
		return nf_fail(err, "out of memory");
	nf_date_doc_start(&job->doc, url != NULL ? url : doc, url != NULL ? ulen : len);
	return 0;
}

static int
date_records(json_t *rec, void *ctx, nf_error *err)
{
	struct dates_job *job = ctx;
	size_t raw_len, len;
	const char *raw = nf_cli_current_raw(&raw_len);
	const char *text = nf_record_string(rec, "text", &len);
	int rc;

	if (text == NULL)
		return nf_fail(err, "record has no \"text\" string");
	if ((rc = next_doc(job, rec, err)) != 0)
		return rc;
	if (job->held.len > 0) {
		nf_date_doc_scan(&job->doc, text, len);
		if (!nf_date_doc_decided(&job->doc) && job->held.len < NF_HOLD_MAX)
			return nf_held_push(&job->held, rec, raw, raw_len) == 0 ? 0 : nf_fail(err, "out of memory");
		/* decided, or held long enough: what the document said so far
		 * decides, and memory stays bounded */
		if ((rc = release(job, !nf_date_doc_decided(&job->doc), err)) != 0)
			return rc;
	}
	return one_record(job, rec, raw, raw_len, err);
}

/* Find and write the dates of one sentence record, or hold it back. */
static int
one_record(struct dates_job *job, json_t *rec, const char *raw, size_t raw_len,
    nf_error *err)
{
	nf_date_record dr = { .rec = rec, .raw = raw, .raw_len = raw_len, .fast = -1 };
	nf_date_carry before = job->doc.carry;
	char anchor[11];
	size_t len;

	dr.text = nf_record_string(rec, "text", &len);
	if (!job->all && !nf_cli_article_role(rec)) {
		nf_date_doc_scan(&job->doc, dr.text, len);
		return 0;
	}
	job->opts.has_anchor = job->opts.anchor_published =
	    anchor_from_key(rec, "published", &job->opts.anchor);
	if (!job->opts.has_anchor) {
		if (job->has_ref) {
			job->opts.anchor = job->ref;
			job->opts.has_anchor = true;
		} else {
			job->opts.has_anchor = anchor_from_key(rec, "fetched", &job->opts.anchor);
		}
	}
	if (job->opts.has_anchor) {
		nf_format_ymd(job->opts.anchor, anchor);
		dr.anchor = anchor;
	}
	dr.start = nf_record_int(rec, "start", 0);
	job->doc.article = (long)nf_record_int(rec, "article", 0);
	job->doc.para = (long)nf_record_int(rec, "para", 0);
	nf_date_list_clear(&job->list);
	if (nf_dates_find(dr.text, len, &job->opts, &job->list) != 0)
		return nf_fail(err, "out of memory");
	if (job->doc.guessed) {
		job->held_carry = before;
		job->doc.carry = before;
		return nf_held_push(&job->held, rec, raw, raw_len) == 0 ? 0 : nf_fail(err, "out of memory");
	}
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
