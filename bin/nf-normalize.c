/*
 * nf-normalize - bytes in any encoding to doc records: one JSON object per
 * document, its text decoded to UTF-8 and normalized.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "normalize.h"
#include "textnorm.h"

static const char usage_text[] =
	"usage: nf-normalize [--text] [--format text|html|auto] [--from ENC] [--strict]\n"
	"                    [--quiet] [--no-repair] [--no-entities] [--no-nfc]\n"
	"                    [--no-fullwidth] [--no-spaces] [--no-zero-width]\n"
	"                    [--no-newlines] [--no-controls] [FILE ...]\n"
	"\n"
	"Decode each document to UTF-8, repair mojibake, normalize the text and\n"
	"print one doc record per document: doc, fetched (WARC only), text,\n"
	"encoding, confidence, detected_by, replaced, repairs; an HTML page's text\n"
	"is what a reader sees, and its record adds what the page declares (title,\n"
	"published, byline, url, site, lang) and its blocks.  A FILE is one\n"
	"document, or several separated by form feeds (FILE#1, FILE#2, ...); a\n"
	"WARC or WET file, plain or gzip, gives one per conversion or response\n"
	"record (requests, metadata and responses that are no page are skipped\n"
	"and counted).  With no FILE, or FILE -, read standard input.\n"
	"\n"
	"  -t, --text           print the normalized text alone (documents\n"
	"                       separated by form feeds)\n"
	"  -F, --format FMT     read documents as text, as html, or auto (default:\n"
	"                       HTML when the Content-Type or the first bytes say so)\n"
	"  -f, --from ENC       the input is in ENC (no detection): UTF-8, GB18030,\n"
	"                       GBK, Big5, Shift_JIS, EUC-KR, windows-1252, UTF-16LE...\n"
	"      --strict         a document with undecodable bytes is an error and is\n"
	"                       not written (default: U+FFFD, counted, a warning)\n"
	"  -q, --quiet          on standard error only what fails: no warnings about\n"
	"                       documents written (a weak guess, U+FFFD) nor counts of\n"
	"                       the WARC records skipped\n"
	"      --no-repair      leave mojibake (\"Ã©\" for \"é\") as it is\n"
	"      --no-entities    leave character references (&amp;) in text as they are\n"
	"                       (an HTML page's are decoded by its parser)\n"
	"      --no-nfc         no Unicode NFC\n"
	"      --no-fullwidth   leave fullwidth ASCII (２０２５，％) as it is\n"
	"      --no-spaces      leave NBSP and other Unicode spaces as they are\n"
	"      --no-zero-width  keep zero-width characters and soft hyphens\n"
	"      --no-newlines    leave CRLF, CR, U+2028 and U+2029 as they are\n"
	"      --no-controls    keep control characters\n"
	"  -h, --help           show this help\n"
	"  -V, --version        show the version\n"
	"\n"
	"Exit status: 0 ok, 1 bad input or write error, 2 bad usage.\n";

/* Per input: its path, and the exit status so far. */
struct job {
	const char *path;
	bool strict;
	bool quiet;
	int status;
};

static void report_doc(const nf_doc_info *d, void *ctx);

int
main(int argc, char **argv)
{
	enum { O_STRICT = 256, O_NO_REPAIR, O_NO_ENTITIES, O_NO_NFC, O_NO_FULLWIDTH,
	    O_NO_SPACES, O_NO_ZEROWIDTH, O_NO_NEWLINES, O_NO_CONTROLS };
	static const struct option longopts[] = {
		{ "text", no_argument, NULL, 't' },
		{ "format", required_argument, NULL, 'F' },
		{ "from", required_argument, NULL, 'f' },
		{ "strict", no_argument, NULL, O_STRICT },
		{ "quiet", no_argument, NULL, 'q' },
		{ "no-repair", no_argument, NULL, O_NO_REPAIR },
		{ "no-entities", no_argument, NULL, O_NO_ENTITIES },
		{ "no-nfc", no_argument, NULL, O_NO_NFC },
		{ "no-fullwidth", no_argument, NULL, O_NO_FULLWIDTH },
		{ "no-spaces", no_argument, NULL, O_NO_SPACES },
		{ "no-zero-width", no_argument, NULL, O_NO_ZEROWIDTH },
		{ "no-newlines", no_argument, NULL, O_NO_NEWLINES },
		{ "no-controls", no_argument, NULL, O_NO_CONTROLS },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	nf_norm_opts o = { .steps = NF_TN_ALL, .repair = true };
	const char *from = NULL, *format = NULL;
	static char *dash[] = { "-" };
	char **paths;
	int c, npaths, status = 0, rc;
	bool quiet = false;
	nf_normalizer *nz;
	nf_error err;

	nf_cli_init(argv);
	while ((c = getopt_long(argc, argv, "tF:f:qhV", longopts, NULL)) != -1) {
		switch (c) {
		case 't': o.text_only = true; break;
		case 'F': format = optarg; break;
		case 'q': quiet = true; break;
		case 'f': from = optarg; break;
		case O_STRICT: o.strict = true; break;
		case O_NO_REPAIR: o.repair = false; break;
		case O_NO_ENTITIES: o.steps &= ~NF_TN_ENTITIES; break;
		case O_NO_NFC: o.steps &= ~NF_TN_NFC; break;
		case O_NO_FULLWIDTH: o.steps &= ~NF_TN_FULLWIDTH; break;
		case O_NO_SPACES: o.steps &= ~NF_TN_SPACES; break;
		case O_NO_ZEROWIDTH: o.steps &= ~NF_TN_ZEROWIDTH; break;
		case O_NO_NEWLINES: o.steps &= ~NF_TN_NEWLINES; break;
		case O_NO_CONTROLS: o.steps &= ~NF_TN_CONTROLS; break;
		case 'h': nf_cli_help(usage_text);
		case 'V': nf_cli_version();
		default: nf_cli_try_help();
		}
	}
	if (format != NULL) {
		if (strcmp(format, "text") == 0)
			o.format = NF_FORMAT_TEXT;
		else if (strcmp(format, "html") == 0)
			o.format = NF_FORMAT_HTML;
		else if (strcmp(format, "auto") != 0)
			nf_cli_usage_error("--format is text, html or auto, not '%s'", format);
	}
	if (from != NULL && (o.from = nf_enc_lookup(from, strlen(from))) == NULL)
		nf_cli_usage_error("unknown encoding '%s' for --from", from);
	if ((nz = nf_normalizer_new(&o, stdout)) == NULL)
		nf_cli_write_failed();
	paths = optind < argc ? argv + optind : dash;
	npaths = optind < argc ? argc - optind : 1;
	for (int i = 0; i < npaths; i++) {
		struct job job = { paths[i], o.strict, quiet, 0 };
		const char *shown = strcmp(paths[i], "-") == 0 ? "<stdin>" : paths[i];
		memset(&err, 0, sizeof err);
		rc = nf_normalize_path(nz, paths[i], report_doc, &job, &err);
		if (rc == -2)
			nf_cli_write_failed();
		if (rc == -1) {
			nf_cli_warn("%s: %s", shown, err.msg);
			status = 1;
		}
		status |= job.status;
	}
	nf_normalizer_free(nz);
	return nf_cli_finish(status);
}

/* Warn about (or, with --strict, fail on) a document with undecodable bytes. */
static void
report_doc(const nf_doc_info *d, void *ctx)
{
	struct job *job = ctx;
	const char *path = strcmp(job->path, "-") == 0 ? "<stdin>" : job->path;
	char where[64];

	if (d->note != NULL) {
		if (!job->quiet)
			nf_cli_warn("%s: %s", path, d->note);
		return;
	}
	if (d->record) {
		nf_cli_warn("%s: %s", path, d->error);
		job->status = 1;
		return;
	}
	if (d->error != NULL) {
		if (strncmp(d->name, job->path, strlen(job->path)) == 0)
			path = NULL;
		nf_cli_warn("%s%s%s: %s: %s", path ? path : "", path ? ": " : "", d->name, d->error,
		    d->skipped ? "document not written" : "document truncated");
		job->status = 1;
		return;
	}
	if (job->quiet && !d->skipped)
		return;  /* warnings only: the document was written */
	if ((d->method == NF_DET_STATISTICAL || d->method == NF_DET_FALLBACK) &&
	    d->confidence < 0.5 && !d->skipped) {
		const char *dp = strncmp(d->name, job->path, strlen(job->path)) == 0 ? NULL : path;
		nf_cli_warn("%s%s%s: encoding guessed as %s with low confidence %.2f (--from names it)",
		    dp ? dp : "", dp ? ": " : "", d->name, d->enc->name, d->confidence);
	}
	if (d->replaced == 0)
		return;
	snprintf(where, sizeof where, "first at byte %llu, read as %s",
	    (unsigned long long)d->first_bad, d->enc->name);
	if (strncmp(d->name, job->path, strlen(job->path)) == 0)
		path = NULL;
	if (d->skipped) {
		nf_cli_warn("%s%s%s: %zu undecodable byte sequence%s (%s): document not written (--strict)",
		    path ? path : "", path ? ": " : "", d->name, d->replaced,
		    d->replaced == 1 ? "" : "s", where);
		job->status = 1;
	} else {
		nf_cli_warn("%s%s%s: replaced %zu undecodable byte sequence%s with U+FFFD (%s)",
		    path ? path : "", path ? ": " : "", d->name, d->replaced,
		    d->replaced == 1 ? "" : "s", where);
	}
}
