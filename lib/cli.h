/*
 * cli.h - plumbing shared by the filters in bin/.
 *
 * This is the one part of lib/ that prints: it turns the errors the rest of
 * the library returns into the messages and exit statuses every filter
 * shares.
 *
 *   exit 0  success
 *   exit 1  bad input or an I/O failure (a message names FILE:LINE)
 *   exit 2  bad usage (a message, then a pointer to --help)
 *
 * Messages read "nf-figures: FILE:LINE: what is wrong".  SIGPIPE keeps its
 * default action, so `nf-dates big.jsonl | head` just stops.
 */
#ifndef NF_CLI_H
#define NF_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "record.h"

#define NF_VERSION "0.1.0"

enum nf_exit {
	NF_EXIT_OK = 0,
	NF_EXIT_BAD_INPUT = 1,
	NF_EXIT_USAGE = 2,
};

/* Program name for messages (set by nf_cli_init from argv[0]). */
extern const char *nf_progname;

/* Remember the program name (and shorten argv[0] to it, so getopt's own
 * messages match ours); give stdout a large buffer when it is not a
 * terminal. */
void nf_cli_init(char **argv);

/* Print "PROG: message" on stderr (no exit). */
void nf_cli_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Print "PROG: message" and the --help pointer on stderr, exit 2. */
void nf_cli_usage_error(const char *fmt, ...)
	__attribute__((format(printf, 1, 2), noreturn));

/* After getopt has printed its own complaint: the --help pointer, exit 2. */
void nf_cli_try_help(void) __attribute__((noreturn));

/* Print usage text to stdout and exit 0 (or 1 when stdout cannot be written). */
void nf_cli_help(const char *text) __attribute__((noreturn));

/* Print "PROG (newsfacts) VERSION" and exit 0. */
void nf_cli_version(void) __attribute__((noreturn));

/*
 * A --kinds argument: "money,count" into a bit set, bit i for names[i]
 * (names ends with NULL).  Returns false on an empty or unknown name.
 */
bool nf_cli_parse_kinds(const char *arg, const char *const *names, unsigned *bits);

/*
 * Whether a sentence record is the article's own text, read by default:
 * role title, dek or body, or no role at all (bylines, datelines, captions
 * and boilerplate need --all).
 */
bool nf_cli_article_role(const json_t *rec);

/* Report a failed write to stdout and exit 1. */
void nf_cli_write_failed(void) __attribute__((noreturn));

/*
 * Flush and close stdout; returns status, or 1 (after a message) when the
 * output could not be written completely.  Call it last, as
 * `return nf_cli_finish(status);`.
 */
int nf_cli_finish(int status);

/*
 * Handle one record.  Return 0 when done (records written to stdout), -1 when
 * the record is bad input (err->msg says why), -2 when writing failed (errno).
 */
typedef int (*nf_record_fn)(json_t *rec, void *ctx, nf_error *err);

/*
 * Read every record of every path (none, or "-", means standard input) and
 * pass it to fn.  A file that cannot be opened is reported and the others
 * are still read.  A bad line ends its file with "FILE:LINE: msg" (the
 * next file is still read) unless skip_bad, in which case it is counted,
 * skipped, and the count reported at the end.  A write failure exits at
 * once.  Returns the exit status: 0, or 1 when any input was bad or
 * unreadable.
 */
int nf_cli_each_record(char **paths, int npaths, bool skip_bad, nf_record_fn fn,
    void *ctx);

/*
 * Before nf_cli_each_record(): build only these members of each record
 * (see nf_reader_want_keys()).  The list must include every key fn reads
 * and every key it checks the record for (the keys it will add).
 */
void nf_cli_want_keys(const char *const *keys);

/*
 * Inside an nf_record_fn called by nf_cli_each_record(): the raw bytes of
 * the line the record was read from (valid until fn returns), so a filter
 * can copy the record's keys verbatim instead of dumping it again.  NULL
 * with *len 0 outside such a call.
 */
const char *nf_cli_current_raw(size_t *len);

#endif
