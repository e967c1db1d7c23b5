/*
 * nf-segment - doc records to sentence records: articles, roles (title,
 * dek, byline, dateline, body, caption, boilerplate), metadata, sentences.
 */
#include <getopt.h>
#include <string.h>

#include "cli.h"
#include "segment.h"

static const char usage_text[] =
	"usage: nf-segment [--ref YYYY-MM-DD] [--paragraphs] [--skip-bad] [FILE ...]\n"
	"\n"
	"Read doc records (JSON Lines with a \"text\" key, as nf-normalize writes\n"
	"them) and write one record per sentence: the doc's keys but \"text\", then\n"
	"article, para, sent, role, title, byline, published, lang, start, end and\n"
	"the sentence's text, where text is the doc's text from byte start to end.\n"
	"A doc holding several stories is split into articles.  Every paragraph\n"
	"gets a role: title, dek, byline, dateline, body, caption or boilerplate\n"
	"(page chrome: navigation, teasers of other stories, comment forms,\n"
	"copyright and source lines); nothing is dropped.  published is the date of\n"
	"the article's publication line, or null.  With no FILE, or FILE -, read\n"
	"standard input.\n"
	"\n"
	"      --ref YYYY-MM-DD  the day the pages were fetched: resolves relative\n"
	"                        publication lines (\"Published 1 month ago\") of docs\n"
	"                        without a \"fetched\" key\n"
	"      --paragraphs      one record per paragraph instead of per sentence\n"
	"                        (no \"sent\" key)\n"
	"      --skip-bad        skip and count malformed lines instead of stopping\n"
	"  -h, --help            show this help\n"
	"  -V, --version         show the version\n"
	"\n"
	"Exit status: 0 ok, 1 bad input or write error, 2 bad usage.\n";

static int segment_one(json_t *rec, void *ctx, nf_error *err);

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "ref", required_argument, NULL, 'r' },
		{ "paragraphs", no_argument, NULL, 'P' },
		{ "skip-bad", no_argument, NULL, 'S' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	nf_seg_opts opts = { 0 };
	const char *ref = NULL;
	nf_segmenter *seg;
	bool skip_bad = false;
	int c, status;

	nf_cli_init(argv);
	while ((c = getopt_long(argc, argv, "hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'r': ref = optarg; break;
		case 'P': opts.paragraphs = true; break;
		case 'S': skip_bad = true; break;
		case 'h': nf_cli_help(usage_text);
		case 'V': nf_cli_version();
		default: nf_cli_try_help();
		}
	}
	if (ref != NULL) {
		if (strlen(ref) != 10 || !nf_parse_iso_date(ref, &opts.ref))
			nf_cli_usage_error("--ref wants a date as YYYY-MM-DD, not '%s'", ref);
		opts.has_ref = true;
	}
	seg = nf_seg_new(&opts);
	if (seg == NULL) {
		nf_cli_warn("out of memory");
		return nf_cli_finish(NF_EXIT_BAD_INPUT);
	}
	status = nf_cli_each_record(argv + optind, argc - optind, skip_bad, segment_one, seg);
	nf_seg_free(seg);
	nf_bp_cleanup();
	return nf_cli_finish(status);
}

static int
segment_one(json_t *rec, void *ctx, nf_error *err)
{
	return nf_seg_record(ctx, rec, stdout, err);
}
