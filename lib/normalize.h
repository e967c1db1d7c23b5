/*
 * normalize.h - nf-normalize's work on one input: split it into documents,
 * decide each document's encoding, decode it, repair mojibake, normalize
 * the text, and write one doc record per document.
 *
 * Documents: a WARC or WET file (plain or gzip) gives one per conversion or
 * response record (doc = WARC-Target-URI, fetched = WARC-Date; others are
 * skipped; a response record's document is its HTTP body, after undoing
 * Transfer-Encoding: chunked and Content-Encoding: gzip or deflate - a
 * body that cannot be decoded is passed to nf_doc_fn with an error and
 * the WARC goes on); any other input is split at form feeds (doc = FILE#N, N counting
 * from 1; a file without one is the single doc FILE).  A first document
 * longer than 1 MiB before its form feed is named FILE, the ones after it
 * FILE#2, ...: the name is written before the text is read to its end.
 * Documents in UTF-16 or UTF-32 are not split.
 *
 * A record is streamed: memory stays bounded whatever the size of a
 * document.  Its keys, in this order:
 *   doc, fetched (WARC only), text, encoding, confidence, detected_by,
 *   replaced, repairs, and truncated (true, only when the input ended
 *   inside the document: the record is complete JSON but its text is not).
 */
#ifndef NF_NORMALIZE_H
#define NF_NORMALIZE_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "encoding.h"
#include "record.h"

/* What a document is read as (--format). */
enum nf_format {
	NF_FORMAT_AUTO,   /* HTML when its type or its first bytes say so */
	NF_FORMAT_TEXT,
	NF_FORMAT_HTML,
};

typedef struct nf_norm_opts {
	const nf_encoding *from;  /* --from: no detection (NULL: detect) */
	enum nf_format format;    /* --format */
	unsigned steps;           /* NF_TN_* flags (textnorm.h) */
	bool repair;              /* mojibake repair (mojibake.h) */
	bool text_only;           /* --text: the text alone, documents separated by form feeds */
	bool strict;              /* a document with undecodable bytes is not written */
} nf_norm_opts;

/* What happened to one document (passed to the caller's nf_doc_fn). */
typedef struct nf_doc_info {
	const char *name;
	const nf_encoding *enc;
	double confidence;
	enum nf_det_method method;
	size_t replaced;          /* U+FFFD substitutions */
	uint64_t first_bad;       /* byte offset in the document of the first one */
	long repairs;             /* mojibake runs repaired */
	bool skipped;             /* not written: --strict and replaced > 0, or error */
	const char *error;        /* an HTTP body that could not be decoded (Content-Encoding
	                             not supported, broken gzip or chunks): what went wrong.
	                             The record, if written, has "truncated":true */
	const char *note;         /* something to say that is no error (name is the file):
	                             the WARC records skipped, by type */
	bool record;              /* error is about a broken WARC record, skipped with
	                             whatever document it held (name is the file): the
	                             reader went on at the next record */
} nf_doc_info;

typedef void (*nf_doc_fn)(const nf_doc_info *d, void *ctx);

typedef struct nf_normalizer nf_normalizer;

/* A normalizer writing to out; NULL when memory ran out. */
nf_normalizer *nf_normalizer_new(const nf_norm_opts *o, FILE *out);

/*
 * Normalize every document of path ("-": standard input), calling fn (may be
 * NULL) after each.  Returns 0; -1 for bad input (err->msg says what, without
 * the file name; documents already written stay written); -2 when writing
 * failed (errno set).
 */
int nf_normalize_path(nf_normalizer *nz, const char *path, nf_doc_fn fn, void *ctx,
    nf_error *err);

void nf_normalizer_free(nf_normalizer *nz);

#endif
