/*
 * sentences.h - splitting a paragraph into sentences, English and Chinese.
 *
 * nf_sent_split() returns spans, never copies: each span is a byte range of
 * the paragraph with the white space around it left out, so a caller that
 * adds the paragraph's own offset gets offsets into the document, and
 * text == doc_text[start:end] holds by construction.
 *
 * English: a sentence ends at . ! ? or an ellipsis followed by white space
 * and something that can start a sentence.  Abbreviations (Mr., U.S., Inc.,
 * Jan., No., e.g.), initials (J. K. Rowling), decimals and money ($1.47),
 * list numbers ("1. DeepSeek: ...") and a lower-case next word keep the
 * sentence going; closing quotes and brackets after the stop stay with it,
 * and so do footnote marks ("2024.[1]"); ". . ." is an ellipsis.
 * Chinese: a sentence ends after 。！？；… (and their fullwidth and ASCII
 * forms before a Chinese character, unless the period ends an abbreviation:
 * "美国(U.S.)市场"), closing quotes and brackets attached.
 * A line break followed by a list item, and an inline bullet, start a new
 * sentence.  A headline without a full stop is one sentence.
 */
#ifndef NF_SENTENCES_H
#define NF_SENTENCES_H

#include <stddef.h>

/* A byte range [start, end) of some text. */
typedef struct nf_span {
	size_t start, end;
} nf_span;

typedef struct nf_span_list {
	nf_span *items;
	size_t len, cap;
} nf_span_list;

/*
 * Split text[0..n) into sentences and append their spans (offsets relative
 * to text) to out, in order, not overlapping, none empty.  Text that is all
 * white space gives no span.  Invalid UTF-8 is treated as ordinary
 * characters.  Returns 0, or -1 when memory ran out (out keeps what it had).
 */
int nf_sent_split(const char *text, size_t n, nf_span_list *out);

/* Append one span; 0, or -1 when memory ran out. */
int nf_span_push(nf_span_list *list, size_t start, size_t end);

/* Free the list's memory and empty it. */
void nf_span_list_free(nf_span_list *list);

#endif
