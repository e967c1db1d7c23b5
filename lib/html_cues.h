/*
 * html_cues.h - what an HTML page's markup says about its paragraphs, for
 * nf-segment: the doc record's "blocks" (see html.h and README's record
 * keys) read back, made into the doc's paragraphs, and used as cues on top
 * of the text cues of boilerplate.c.
 *
 * A doc from HTML has one paragraph per block.  nf-normalize has marked the
 * blocks of the page's main content; the text cues (nf_bp_roles) then read
 * only the article as a reader would: its headline (the block holding the
 * doc's declared title, else the first h1 before or in the main content,
 * flagged NF_PARA_HEADLINE for them), the short lines between the headline
 * and the main content that follows it (byline, date line, dek), the
 * author's line among the first of the main content (a short block of
 * class byline or author, or holding a rel=author link), and the main
 * content itself.  Every other block is page chrome, labelled boilerplate
 * whatever its words, and after the text cues the markup has the last word
 * where it is sure: the headline is the title; main content the text cues
 * took for chrome by its place alone is body under the headline (a table
 * row too, unless its own words make it chrome: a "Source: ..." note) and
 * chrome above it (a disclosure, a kicker); a figcaption (or a block of
 * class caption) is a caption; the author's line is the byline whatever its
 * words; a block in a nav, or one made of links in a list, is chrome.  A
 * doc without blocks is left to the text cues alone; so is a page where
 * nothing was found to be main content.
 */
#ifndef NF_HTML_CUES_H
#define NF_HTML_CUES_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "boilerplate.h"

/* One block of the doc record, read back. */
typedef struct nf_hcue_block {
	size_t start, end;    /* byte offsets into the doc's text, trimmed */
	char tag[12];         /* "p", "h1", "tr", "title" ("" when longer) */
	unsigned in;          /* nf_html_in bits (html.h) */
	unsigned tokens;      /* nf_html_token bits */
	float links;
	bool main;
} nf_hcue_block;

typedef struct nf_hcues {
	nf_hcue_block *b;
	size_t n, cap;
	const char *title;    /* the doc's declared title (NULL: none); points into the record */
	size_t title_len;
} nf_hcues;

/*
 * Read the "blocks" and "title" of a doc record whose text is text_len
 * bytes.  Returns 1 when it has blocks, 0 when it has none (a text doc,
 * c->n is 0), -1 when memory ran out.  Malformed entries are skipped.
 */
int nf_hcues_load(nf_hcues *c, const json_t *doc, size_t text_len);

void nf_hcues_free(nf_hcues *c);

/*
 * Decide the roles of paras[0..n) - one per block, features filled in - as
 * said above, calling nf_bp_roles() on the article's paragraphs.  Returns
 * the number of articles, or -1 when memory ran out.
 */
int nf_hcues_roles(const nf_hcues *c, const char *text, nf_para *paras, size_t n,
    const nf_bp_opts *opts);

#endif
