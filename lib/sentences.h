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
 * Jan., No., N°., p., e.g.), initials (J. K. Rowling, "spokesman R. Patel"),
 * decimals and money ($1.47), list numbers ("1. DeepSeek: ...", "1.) first"),
 * hyphenated forms (U.S.-based), "[...]" and a lower-case next word keep the
 * sentence going; an abbreviation or initial at a sentence's end ends it
 * only before a word that typically starts one ("... Harlow & Co. It
 * closed"), "I" after a lower-case word is the pronoun ("you and I. Did"),
 * and a clock time that opens a sentence keeps it going ("At 5 a.m. Mr.
 * Smith went").  Closing quotes and brackets after the stop stay with it,
 * and so do footnote marks ("2024.[1]"); ". . ." is an ellipsis.  Numbered
 * items on one line are a sentence each when they count on from the
 * sentence's first one: "1) first 2) second", "1.) a 2.) b", "a. x b. y".
 * Chinese: a sentence ends after 。！？；… (and their fullwidth and ASCII
 * forms before a Chinese character, unless the period ends an abbreviation:
 * "美国(U.S.)市场"), closing quotes and brackets attached.  Marks inside a
 * book title 《摔跤吧！爸爸》 or 〈…〉 end nothing.  A stop at the end of a
 * quotation (” 」 』) ends the sentence unless the sentence goes on: a
 * comma or 的 right after it (“好！”的一声), or an attribution that closes
 * it - a short clause ending in a verb of saying, then the sentence's end
 * or the quotation resumed (「今天先这样。」他说。 is one sentence; “……。”
 * 他表示，今年…… is two).
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
