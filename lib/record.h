/*
 * record.h - JSON Lines records, the contract between newsfacts filters.
 *
 * Every filter reads and writes one flat JSON object per line, UTF-8, with
 * snake_case keys.  An nf_reader streams records from one input (a path, or
 * "-" for standard input) a line at a time, so memory is bounded by the
 * longest line; nf_record_write() prints one record and its newline.
 *
 * Ownership follows jansson: a record returned by nf_reader_next() is a new
 * reference the caller must json_decref().  Nothing here prints: errors come
 * back in an nf_error the caller reports.
 */
#ifndef NF_RECORD_H
#define NF_RECORD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <jansson.h>

/* Where and why reading or handling a record failed. */
typedef struct nf_error {
	size_t line;    /* 1-based line of the input, 0 when not tied to a line */
	char msg[256];  /* what is wrong, without the file name or line */
} nf_error;

/* Fill err->msg printf-style; returns -1 so callers can `return nf_fail(...)`. */
int nf_fail(nf_error *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

typedef struct nf_reader nf_reader;

/*
 * Open path for reading records ("-" means standard input, named "<stdin>").
 * Returns NULL with errno set when the file cannot be opened.
 */
nf_reader *nf_reader_open(const char *path);

/* The input's name as messages should show it ("<stdin>" for "-"). */
const char *nf_reader_name(const nf_reader *r);

/*
 * Read the next record.  Blank lines are skipped.
 * Returns  1 with *rec set (a JSON object, new reference),
 *          0 at end of input,
 *         -1 for a line that is not a JSON object (err says why and where;
 *            reading can go on with the next line),
 *         -2 for a read error (errno set; reading cannot go on).
 */
int nf_reader_next(nf_reader *r, json_t **rec, nf_error *err);

/* The raw bytes of the line last returned (valid until the next call). */
const char *nf_reader_raw(const nf_reader *r, size_t *len);

/*
 * Build only these members of each record (a NULL-terminated list that
 * must outlive the reader; NULL, the default, for all).  The line is still
 * checked whole, and a line the fast path cannot take is built whole.  For
 * filters that read a few keys and write the raw line back out.
 */
void nf_reader_want_keys(nf_reader *r, const char *const *keys);

/* Close the input (standard input is left open); frees r. */
void nf_reader_close(nf_reader *r);

/*
 * Write rec as one compact line to out.  Returns 0, or -1 with errno set when
 * the write failed (a full disk, a closed pipe).
 */
int nf_record_write(FILE *out, const json_t *rec);

/*
 * Set key to a JSON number: an integer when v is integral and exactly
 * representable (|v| < 2^53), else a real.  Returns 0 or -1 (out of memory).
 */
int nf_record_set_number(json_t *rec, const char *key, double v);

/* Set key to a string of n bytes (not NUL-terminated); 0 or -1. */
int nf_record_set_stringn(json_t *rec, const char *key, const char *s, size_t n);

/* Set key to s, or to JSON null when s is NULL; 0 or -1. */
int nf_record_set_string_or_null(json_t *rec, const char *key, const char *s);

/* The string value of key, or NULL when absent or not a string. */
const char *nf_record_string(const json_t *rec, const char *key, size_t *len);

/* The integer value of key, or def when absent or not an integer. */
json_int_t nf_record_int(const json_t *rec, const char *key, json_int_t def);

#endif
