/*
 * nf-dates - sentence records to date records.
 *
 * Skeleton: the I/O loop and options; the recogniser is lib/dates.c.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "dates.h"

static const char usage_text[] =
	"usage: nf-dates [--ref YYYY-MM-DD] [--all] [--skip-bad] [FILE ...]\n";

struct dates_job {
	nf_date_opts opts;
	bool all;
	nf_date_list list;
};

static int
date_records(json_t *rec, void *ctx, nf_error *err)
{
	struct dates_job *job = ctx;
	const char *text, *role;
	size_t len;
	json_int_t start;

	text = nf_record_string(rec, "text", &len);
	if (text == NULL)
		return nf_fail(err, "record has no \"text\" string");
	role = nf_record_string(rec, "role", NULL);
	if (!job->all && role != NULL && strcmp(role, "boilerplate") == 0)
		return 0;
	start = nf_record_int(rec, "start", 0);
	nf_date_list_clear(&job->list);
	if (nf_dates_find(text, len, &job->opts, &job->list) != 0)
		return nf_fail(err, "out of memory");
	for (size_t i = 0; i < job->list.len; i++) {
		const nf_date_match *m = &job->list.items[i];
		json_t *out = json_deep_copy(rec);
		char from[11], to[11];
		int rc;
		nf_format_ymd(m->from, from);
		nf_format_ymd(m->to, to);
		json_object_set_new(out, "kind", json_string(nf_date_kind_name(m->kind)));
		nf_record_set_stringn(out, "match", text + m->start, m->end - m->start);
		nf_record_set_string_or_null(out, "value", m->value[0] ? m->value : NULL);
		nf_record_set_string_or_null(out, "from", m->has_range ? from : NULL);
		nf_record_set_string_or_null(out, "to", m->has_range ? to : NULL);
		json_object_set_new(out, "anchor", json_null());
		json_object_set_new(out, "match_start", json_integer(start + (json_int_t)m->start));
		json_object_set_new(out, "match_end", json_integer(start + (json_int_t)m->end));
		rc = nf_record_write(stdout, out);
		json_decref(out);
		if (rc != 0)
			return -2;
	}
	return 0;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "ref", required_argument, NULL, 'r' },
		{ "all", no_argument, NULL, 'a' },
		{ "skip-bad", no_argument, NULL, 'S' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	struct dates_job job = { 0 };
	bool skip_bad = false;
	int c, status;

	nf_cli_init(argv);
	while ((c = getopt_long(argc, argv, "hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'r':
			if (!nf_parse_iso_date(optarg, &job.opts.anchor) || strlen(optarg) != 10)
				nf_cli_usage_error("--ref wants a date YYYY-MM-DD, not '%s'", optarg);
			job.opts.has_anchor = true;
			break;
		case 'a': job.all = true; break;
		case 'S': skip_bad = true; break;
		case 'h': nf_cli_help(usage_text);
		case 'V': nf_cli_version();
		default: nf_cli_try_help();
		}
	}
	status = nf_cli_each_record(argv + optind, argc - optind, skip_bad, date_records, &job);
	nf_date_list_free(&job.list);
	return nf_cli_finish(status);
}
