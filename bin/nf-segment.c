/*
 * nf-segment - doc records to sentence records.
 *
 * Skeleton: one sentence record per non-empty line, role "body"; the
 * segmenter and classifier come in lib/.
 */
#include <getopt.h>
#include <string.h>

#include "cli.h"

static const char usage_text[] =
	"usage: nf-segment [--ref YYYY-MM-DD] [--skip-bad] [FILE ...]\n";

static int
sentence_records(json_t *rec, void *ctx, nf_error *err)
{
	const char *text;
	size_t len, start = 0, para = 0;

	(void)ctx;
	text = nf_record_string(rec, "text", &len);
	if (text == NULL)
		return nf_fail(err, "record has no \"text\" string");
	while (start < len) {
		const char *nl = memchr(text + start, '\n', len - start);
		size_t end = nl ? (size_t)(nl - text) : len;
		if (end > start) {
			json_t *out = json_object();
			json_object_set(out, "doc", json_object_get(rec, "doc"));
			json_object_set_new(out, "article", json_integer(1));
			json_object_set_new(out, "para", json_integer((json_int_t)++para));
			json_object_set_new(out, "sent", json_integer(1));
			json_object_set_new(out, "role", json_string("body"));
			json_object_set_new(out, "title", json_null());
			json_object_set_new(out, "published", json_null());
			json_object_set_new(out, "lang", json_string("en"));
			json_object_set_new(out, "start", json_integer((json_int_t)start));
			json_object_set_new(out, "end", json_integer((json_int_t)end));
			nf_record_set_stringn(out, "text", text + start, end - start);
			int rc = nf_record_write(stdout, out);
			json_decref(out);
			if (rc != 0)
				return -2;
		}
		start = end + 1;
	}
	return 0;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "ref", required_argument, NULL, 'r' },
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
		case 'r': break;
		case 'S': skip_bad = true; break;
		case 'h': nf_cli_help(usage_text);
		case 'V': nf_cli_version();
		default: nf_cli_try_help();
		}
	}
	return nf_cli_finish(nf_cli_each_record(argv + optind, argc - optind,
	    skip_bad, sentence_records, NULL));
}
