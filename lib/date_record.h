/*
 * date_record.h - writing nf-dates' output records: the sentence record's
 * keys, then kind, match, value, mod (where there is one), from, to,
 * anchor, match_start, match_end and, where there is one, note.
 *
 * When the raw input line is at hand and holds none of those keys, the
 * record is written as that line with the new keys appended before its
 * closing brace, so a long sentence is not parsed back into JSON text for
 * every date in it; otherwise the record is copied and dumped by jansson.
 * Both give the same keys in the same order.
 */
#ifndef NF_DATE_RECORD_H
#define NF_DATE_RECORD_H

#include <stdio.h>

#include <jansson.h>

#include "dates.h"

/* What is the same for every date of one sentence record. */
typedef struct nf_date_record {
	const json_t *rec;      /* the sentence record */
	const char *raw;        /* its input line, or NULL */
	size_t raw_len;
	const char *text;       /* rec's "text" (matches index into it) */
	long long start;        /* rec's "start": offsets are start + match */
	const char *anchor;     /* "YYYY-MM-DD" the dates were resolved
	                           against, or NULL */
	int fast;               /* internal: -1 unknown, 0 no, 1 yes */
} nf_date_record;

/*
 * Write one date record for match m to out.  Returns 0, -1 when writing
 * failed (errno set), or -2 when memory ran out.
 */
int nf_date_record_write(FILE *out, nf_date_record *dr, const nf_date_match *m);

/* The input keys nf-dates reads and the keys it adds: the members its
 * reader needs to build (nf_cli_want_keys()). */
extern const char *const nf_date_record_read_keys[];

#endif
