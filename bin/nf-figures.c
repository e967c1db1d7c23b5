/*
 * nf-figures - sentence records to figure records.
 *
 * Skeleton: the I/O loop and options; the extractor comes in lib/.
 */
#include <getopt.h>
#include <string.h>

#include "cli.h"

static const char usage_text[] =
	"usage: nf-figures [--all] [--skip-bad] [FILE ...]\n";

static int
figure_records(json_t *rec, void *ctx, nf_error *err)
{
	(void)ctx;
	if (nf_record_string(rec, "text", NULL) == NULL)
		return nf_fail(err, "record has no \"text\" string");
	return 0;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "all", no_argument, NULL, 'a' },
		{ "skip-bad", no_argument, NULL, 'S' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	bool skip_bad = false;
	int c;

	nf_cli_init(argv);
	while ((c = getopt_long(argc, argv, "hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'a': break;
		case 'S': skip_bad = true; break;
		case 'h': nf_cli_help(usage_text);
		case 'V': nf_cli_version();
		default: nf_cli_try_help();
		}
	}
	return nf_cli_finish(nf_cli_each_record(argv + optind, argc - optind,
	    skip_bad, figure_records, NULL));
}
