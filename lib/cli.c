/*
 * cli.c - messages, exit statuses and the record loop shared by bin/.
 */
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char *nf_progname = "newsfacts";

void
nf_cli_init(char **argv)
{
	char *slash;

	if (argv[0] != NULL && *argv[0] != '\0') {
		slash = strrchr(argv[0], '/');
		if (slash != NULL && slash[1] != '\0')
			argv[0] = slash + 1;
		nf_progname = argv[0];
	}
	if (!isatty(STDOUT_FILENO))
		setvbuf(stdout, NULL, _IOFBF, 1 << 16);
}

static void
vwarn_plain(const char *fmt, va_list ap)
{
	fprintf(stderr, "%s: ", nf_progname);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void
nf_cli_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn_plain(fmt, ap);
	va_end(ap);
}

void
nf_cli_usage_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn_plain(fmt, ap);
	va_end(ap);
	fprintf(stderr, "Try '%s --help' for more information.\n", nf_progname);
	exit(NF_EXIT_USAGE);
}

void
nf_cli_try_help(void)
{
	fprintf(stderr, "Try '%s --help' for more information.\n", nf_progname);
	exit(NF_EXIT_USAGE);
}

void
nf_cli_help(const char *text)
{
	fputs(text, stdout);
	exit(nf_cli_finish(NF_EXIT_OK));
}

bool
nf_cli_parse_kinds(const char *arg, const char *const *names, unsigned *bits)
{
	const char *p = arg;

	*bits = 0;
	for (;;) {
		size_t len = strcspn(p, ",");
		int k;
		for (k = 0; names[k] != NULL; k++)
			if (strlen(names[k]) == len && memcmp(p, names[k], len) == 0)
				break;
		if (names[k] == NULL)
			return false;
		*bits |= 1u << k;
		if (p[len] == '\0')
			return true;
		p += len + 1;
	}
}

bool
nf_cli_article_role(const json_t *rec)
{
	const char *role = nf_record_string(rec, "role", NULL);

	return role == NULL || strcmp(role, "body") == 0 || strcmp(role, "title") == 0 ||
	    strcmp(role, "dek") == 0;
}

void
nf_cli_version(void)
{
	printf("%s (newsfacts) %s\n", nf_progname, NF_VERSION);
	exit(nf_cli_finish(NF_EXIT_OK));
}

void
nf_cli_write_failed(void)
{
	nf_cli_warn("write error: %s", strerror(errno ? errno : EIO));
	exit(NF_EXIT_BAD_INPUT);
}

int
nf_cli_finish(int status)
{
	int failed = fflush(stdout) != 0 || ferror(stdout);
	int saved = errno;

	if (fclose(stdout) != 0 && !failed) {
		failed = 1;
		saved = errno;
	}
	if (failed) {
		errno = saved;
		nf_cli_warn("write error: %s", strerror(errno ? errno : EIO));
		return NF_EXIT_BAD_INPUT;
	}
	return status;
}

/* The members to build, for nf_cli_want_keys(); NULL for all. */
static const char *const *wanted_keys;

void
nf_cli_want_keys(const char *const *keys)
{
	wanted_keys = keys;
}

/* The input being read, for nf_cli_current_raw(). */
static const nf_reader *current_reader;

const char *
nf_cli_current_raw(size_t *len)
{
	if (current_reader == NULL) {
		*len = 0;
		return NULL;
	}
	return nf_reader_raw(current_reader, len);
}

/* Read one input; returns 0, or 1 at its first bad line or read error
 * (the rest of it is not read); counts skips. */
static int
each_in_file(nf_reader *r, bool skip_bad, size_t *skipped, nf_record_fn fn,
    void *ctx)
{
	nf_error err;
	json_t *rec;
	int got, rc;

	for (;;) {
		memset(&err, 0, sizeof err);
		got = nf_reader_next(r, &rec, &err);
		if (got == 0)
			return 0;
		if (got == -2) {
			nf_cli_warn("%s: read error: %s", nf_reader_name(r), strerror(errno));
			return 1;
		}
		current_reader = r;
		rc = got == 1 ? fn(rec, ctx, &err) : -1;
		current_reader = NULL;
		json_decref(rec);
		if (rc == -2)
			nf_cli_write_failed();
		if (rc == -1) {
			if (!skip_bad) {
				nf_cli_warn("%s:%zu: %s", nf_reader_name(r), err.line, err.msg);
				return 1;
			}
			++*skipped;
		}
	}
}

int
nf_cli_each_record(char **paths, int npaths, bool skip_bad, nf_record_fn fn,
    void *ctx)
{
	static char *dash[] = { "-" };
	size_t skipped = 0;
	int status = NF_EXIT_OK;
	nf_reader *r;

	if (npaths == 0) {
		paths = dash;
		npaths = 1;
	}
	for (int i = 0; i < npaths; i++) {
		r = nf_reader_open(paths[i]);
		if (r == NULL) {
			nf_cli_warn("%s: %s", paths[i], strerror(errno));
			status = NF_EXIT_BAD_INPUT;
			continue;
		}
		nf_reader_want_keys(r, wanted_keys);
		if (each_in_file(r, skip_bad, &skipped, fn, ctx) != 0)
			status = NF_EXIT_BAD_INPUT;    /* that file ends; the next is read */
		nf_reader_close(r);
	}
	if (skipped > 0)
		nf_cli_warn("skipped %zu bad line%s", skipped, skipped == 1 ? "" : "s");
	return status;
}
