/*
 * csv_out.h - records to RFC 4180 CSV or to TSV, for spreadsheets.
 *
 * An nf_csv_writer prints rows of fields separated by a delimiter and ended
 * by CRLF (or LF when asked).
 *
 * With any delimiter but TAB the output is RFC 4180 CSV: a field is quoted
 * only when it must be (it holds the delimiter, a double quote, CR or LF, or
 * starts or ends with a space), or always for text cells with
 * NF_CSV_QUOTE_TEXT.  Quoting itself is done by libcsv's csv_write2().
 *
 * With TAB the output is TSV as PostgreSQL's COPY (text format) and Miller
 * read it: nothing is quoted, and a TAB, LF, CR or backslash inside a field
 * is written \t, \n, \r or \\, so every row is one line.
 *
 * Text cells (nf_csv_text(), and every JSON string through nf_csv_cell())
 * are made safe for spreadsheets unless NF_CSV_RAW is given: a cell that
 * begins with = + - @ TAB or CR, which a spreadsheet would read as a formula,
 * gets a leading apostrophe, as OWASP's "CSV injection" advice says; a cell
 * that is a plain number ("-3.5", "+2", "-1,200", "-12%") is left alone,
 * since no spreadsheet reads it as a formula.  Numbers from JSON are never
 * touched.
 */
#ifndef NF_CSV_OUT_H
#define NF_CSV_OUT_H

#include <stdbool.h>
#include <stdio.h>

#include <jansson.h>

typedef struct nf_csv_writer nf_csv_writer;

enum nf_csv_flags {
	NF_CSV_CRLF = 1 << 0,        /* end rows with CRLF, not LF */
	NF_CSV_RAW = 1 << 1,         /* text cells as they are: no apostrophe */
	NF_CSV_QUOTE_TEXT = 1 << 2,  /* quote every text cell (not with TAB) */
};

/* Room nf_csv_format_real() needs for any double: 309 integer digits, or
 * "0." and 323 zeros before the last of 17 digits, a sign and the NUL. */
#define NF_CSV_REAL_MAX 352

/* A writer on out; delim is ',' or any byte but a quote, CR or LF ('\t'
 * chooses TSV); flags are enum nf_csv_flags.  Returns NULL when out of
 * memory. */
nf_csv_writer *nf_csv_writer_new(FILE *out, char delim, unsigned flags);
void nf_csv_writer_free(nf_csv_writer *w);

/* Add a field of n bytes to the current row as it is (quoted or escaped as
 * the format needs, never neutralised); 0, or -1 with errno set. */
int nf_csv_field(nf_csv_writer *w, const char *s, size_t n);

/* Add a text cell of n bytes: neutralised unless NF_CSV_RAW, quoted with
 * NF_CSV_QUOTE_TEXT; 0 or -1. */
int nf_csv_text(nf_csv_writer *w, const char *s, size_t n);

/* End the current row; 0 or -1. */
int nf_csv_end_row(nf_csv_writer *w);

/*
 * Add the JSON value v as one cell: strings as text cells, null or a missing
 * value as an empty cell, true/false, integers in decimal, reals as the
 * shortest plain decimal that reads back to the same double (1470000000,
 * 128.99, 0.000001, never 1.47e+09), arrays and objects as compact JSON.
 */
int nf_csv_cell(nf_csv_writer *w, const json_t *v);

/*
 * Whether a spreadsheet could read the n bytes at s as a formula: they begin
 * with = + - @ TAB or CR and are not a plain number.  The test
 * nf_csv_text() applies.
 */
bool nf_csv_formula_like(const char *s, size_t n);

/*
 * Format d in buf (at least NF_CSV_REAL_MAX bytes) as a plain decimal, no
 * exponent, with the fewest significant digits that read back to exactly d
 * (0.1, 1e23 as 100000000000000000000000, never 99999999999999991611392).
 * -0 prints as 0; NaN and infinities as "".  Returns buf.
 */
char *nf_csv_format_real(double d, char *buf);

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

/* The type name ("figure", "date", "sentence", "doc") whose default
 * columns nf_csv_default_columns() chose for rec, or NULL for any other
 * record. */
const char *nf_csv_record_type(const json_t *rec);

#endif
