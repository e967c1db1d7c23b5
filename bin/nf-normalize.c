/*
 * nf-normalize - bytes in any encoding to doc records.
 *
 * Skeleton: UTF-8 input only, BOM and CR removed; the converter comes in
 * lib/encoding.c.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage_text[] =
	"usage: nf-normalize [--text] [FILE ...]\n";

static int
normalize_file(const char *path, bool text_only)
{
	FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	char *buf = NULL, *out;
	size_t len = 0, cap = 0, got, o = 0;
	json_t *rec;
	int rc;

	if (fp == NULL) {
		nf_cli_warn("%s: %s", path, strerror(errno));
		return 1;
	}
	do {
		if (cap - len < 65536) {
			cap = cap ? cap * 2 : 65536;
			buf = realloc(buf, cap);
		}
		got = fread(buf + len, 1, cap - len, fp);
		len += got;
	} while (got > 0);
	if (fp != stdin)
		fclose(fp);
	out = malloc(len + 1);
	size_t i = len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	for (; i < len; i++)
		if (buf[i] != '\r')
			out[o++] = buf[i];
	if (text_only) {
		rc = fwrite(out, 1, o, stdout) == o ? 0 : -1;
	} else {
		rec = json_object();
		json_object_set_new(rec, "doc", json_string(path));
		json_object_set_new(rec, "encoding", json_string("UTF-8"));
		nf_record_set_stringn(rec, "text", out, o);
		rc = nf_record_write(stdout, rec);
		json_decref(rec);
	}
	free(buf);
	free(out);
	if (rc != 0)
		nf_cli_write_failed();
	return 0;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "text", no_argument, NULL, 't' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	bool text_only = false;
	int c, status = 0;

	nf_cli_init(argv);
	while ((c = getopt_long(argc, argv, "hV", longopts, NULL)) != -1) {
		switch (c) {
		case 't': text_only = true; break;
		case 'h': nf_cli_help(usage_text);
		case 'V': nf_cli_version();
		default: nf_cli_try_help();
		}
	}
	if (optind == argc)
		status |= normalize_file("-", text_only);
	for (int i = optind; i < argc; i++)
		status |= normalize_file(argv[i], text_only);
	return nf_cli_finish(status);
}
