/*
 * segment.h - doc records to sentence (or paragraph) records: paragraphs,
 * articles, roles, metadata and sentences of one document at a time.
 *
 * An nf_segmenter is made once per run.  For each doc record
 * nf_seg_record() reads its "text", splits it into paragraphs (lines; a
 * blank line, a form feed - which also starts a new section - and hard
 * wrapped lines joined back), has boilerplate.c decide each paragraph's
 * role and article, reads each article's title, byline and publication date
 * (meta.c, dates.h), splits paragraphs into sentences (sentences.c) and
 * writes one record per sentence: the doc's keys but "text", then article,
 * para, sent, role, title, byline, published, lang, start, end, text.
 *
 * Memory is one document's worth: the paragraph array is reused from doc to
 * doc.  The segmenter also remembers (a bounded table of hashes) which
 * paragraphs it has seen in earlier docs of the same site - the host of a
 * URL, or the folder of a path - since a line repeated on every page of a
 * site is page chrome.
 */
#ifndef NF_SEGMENT_H
#define NF_SEGMENT_H

#include <stdbool.h>
#include <stdio.h>

#include <jansson.h>

#include "boilerplate.h"
#include "calendar.h"
#include "record.h"

typedef struct nf_seg_opts {
	bool has_ref;      /* ref is set (--ref) */
	nf_ymd ref;        /* anchor for relative publication lines when a doc
	                      has no "fetched" key */
	bool paragraphs;   /* one record per paragraph instead of per sentence */
} nf_seg_opts;

typedef struct nf_segmenter nf_segmenter;

/* A new segmenter, or NULL when memory ran out.  Free with nf_seg_free. */
nf_segmenter *nf_seg_new(const nf_seg_opts *opts);

void nf_seg_free(nf_segmenter *seg);

/*
 * Split text[0..n) into paragraphs and decide their roles and articles.
 * site (may be "") keys the memory of repeated lines; anchor (may be NULL)
 * resolves relative publication lines.  On success returns the number of
 * articles and points *paras at the segmenter's array of *npara paragraphs
 * (valid until the next call); returns -1 when memory ran out.
 */
int nf_seg_analyze(nf_segmenter *seg, const char *text, size_t n,
    const char *site, size_t site_len, const nf_ymd *anchor,
    nf_para **paras, size_t *npara);

/*
 * Segment one doc record and write its records to out.  Returns 0, -1 when
 * the record is bad input (err->msg says why; nothing was written), or -2
 * when writing failed (errno set).  Out of memory is reported as bad input
 * with a message saying so.
 */
int nf_seg_record(nf_segmenter *seg, const json_t *doc, FILE *out, nf_error *err);

#endif
