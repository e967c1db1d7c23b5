/*
 * csv_out.h - records to RFC 4180 CSV, for spreadsheets.
 *
 * An nf_csv_writer prints rows of fields separated by a delimiter and ended
 * by CRLF (or LF when asked), quoting a field only when it must: when it
 * holds the delimiter, a double quote, CR or LF, or starts or ends with a
 * space.  Quoting itself is done by libcsv's csv_write2().  JSON values
 * become cells as nf_csv_cell() describes.
 */
#ifndef NF_CSV_OUT_H
#define NF_CSV_OUT_H

#include <stdbool.h>
#include <stdio.h>

#include <jansson.h>

typedef struct nf_csv_writer nf_csv_writer;

/* A writer on out; delim is ',' or '\t'; crlf chooses the line end.
 * Returns NULL when out of memory. */
nf_csv_writer *nf_csv_writer_new(FILE *out, char delim, bool crlf);
void nf_csv_writer_free(nf_csv_writer *w);

/* Add a field of n bytes to the current row; 0, or -1 with errno set. */
int nf_csv_field(nf_csv_writer *w, const char *s, size_t n);

/* End the current row; 0 or -1. */
int nf_csv_end_row(nf_csv_writer *w);

/*
 * Add the JSON value v as one cell: strings as they are, null or a missing
 * value as an empty cell, true/false, integers in decimal, reals as the
 * shortest plain decimal that reads back to the same double (1470000000,
 * 128.99, 0.000001, never 1.47e+09), arrays and objects as compact JSON.
 */
int nf_csv_cell(nf_csv_writer *w, const json_t *v);

/*
 * Format d as a plain decimal (no exponent) in buf, the shortest digits that
 * read back to d.  Returns buf.  NaN and infinities print as "".
 */
char *nf_csv_format_real(double d, char *buf, size_t size);

/*
 * The default columns for a record, chosen by the keys it has: figure
 * records (a "unit" key), date records ("anchor"), sentence records
 * ("sent"), doc records ("encoding").  Returns a NULL-terminated static list,
 * or NULL for any other record (then all its keys are used).
 */
const char *const *nf_csv_default_columns(const json_t *rec);

/* The default columns of a record type by name: "figure", "date",
 * "sentence" or "doc"; NULL for another name. */
const char *const *nf_csv_columns_for_type(const char *type);

#endif
