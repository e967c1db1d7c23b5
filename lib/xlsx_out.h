/*
 * xlsx_out.h - records to an .xlsx workbook with typed cells.
 *
 * An nf_xlsx collects records into a workbook through libxlsxwriter, one
 * sheet per record kind in the order the kinds first appear: "figures",
 * "dates", "sentences", "docs" (with the columns nf_csv_default_columns()
 * gives them) and "records" for any other record (the keys of the first
 * one).  Cells are typed so a spreadsheet never has to guess:
 *
 *   JSON number             a number ("#,##0" style in value and value_max)
 *   "YYYY-MM-DD" in from, to, published or anchor
 *                           a date (shown yyyy-mm-dd), from 1900-03-01 on
 *   any other string        text, never a formula: "=1+1", "January 20",
 *                           "30%", "2025-05", "P2Y" stay as written
 *   true / false            a boolean
 *   array, object           text, their compact JSON
 *   null, missing           an empty cell
 *
 * Each sheet has a bold header row, frozen, with an autofilter over all
 * rows, and columns as wide as their contents (capped).  A text longer than
 * a cell holds (32,767 UTF-16 units) is cut at a character boundary and
 * counted.  A sheet that reaches the 1,048,576 rows a sheet holds goes on in
 * "figures 2", "figures 3"...
 *
 * Memory stays bounded: rows go to libxlsxwriter's temporary files as they
 * come (its constant_memory mode).  The workbook is written to a temporary
 * file beside its final name and renamed over it only when complete and
 * synced, so the final name never holds half a workbook.
 *
 * Nothing here prints; errors come back in an nf_error.
 */
#ifndef NF_XLSX_OUT_H
#define NF_XLSX_OUT_H

#include <stddef.h>

#include <jansson.h>

#include "record.h"

typedef struct nf_xlsx nf_xlsx;

/*
 * Start a workbook that will become path.  Creates the temporary file
 * (".NAME.XXXXXX" beside path) at once, so an unwritable folder fails here.
 * Returns NULL with err->msg set.
 */
nf_xlsx *nf_xlsx_open(const char *path, nf_error *err);

/*
 * The temporary file's name, for a signal handler that must unlink(2) it
 * (the string lives as long as x).
 */
const char *nf_xlsx_temp_path(const nf_xlsx *x);

/*
 * Make the sheet of a record type now ("figure", "date", "sentence",
 * "doc"), with its header, even if no record of that type follows; sheets
 * keep the order they were made in.  0, or -1 with err->msg set (an unknown
 * type, or libxlsxwriter failed).
 */
int nf_xlsx_sheet(nf_xlsx *x, const char *type, nf_error *err);

/* Add rec as the next row of the sheet of its kind; 0, or -1 with err. */
int nf_xlsx_add(nf_xlsx *x, const json_t *rec, nf_error *err);

/* Text cells cut so far to fit a cell. */
size_t nf_xlsx_truncated(const nf_xlsx *x);

/*
 * Write the workbook (a "figures" sheet with its header when nothing was
 * added), sync it, and rename it over path.  Frees x.  Returns 0, or -1
 * with err->msg set, the temporary file removed and path untouched.
 */
int nf_xlsx_close(nf_xlsx *x, nf_error *err);

/* Give up: remove the temporary file, leave path untouched, free x. */
void nf_xlsx_abort(nf_xlsx *x);

#endif
