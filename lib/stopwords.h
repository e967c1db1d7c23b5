/*
 * stopwords.h - English stop words and Chinese function characters: the
 * measure of prose that tells a sentence from a heading, a name or a menu.
 *
 * A paragraph dense in "the", "of", "said" (English) or 的, 了, 是
 * (Chinese) is running text; a line without them is a label, a name or
 * page chrome.  boilerplate.c counts them in every paragraph; meta.c uses
 * them to tell a name or a date line from a sentence.  The tables are data
 * in stopwords.c; lookups allocate nothing and cannot fail.
 */
#ifndef NF_STOPWORDS_H
#define NF_STOPWORDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum nf_stop {
	NF_STOP_NONE,  /* not a stop word */
	NF_STOP_WORD,  /* a stop word: "the", "of", "said" */
	NF_STOP_YOU,   /* "you" or "your": the reader addressed */
};

/* What w[0..len) is, compared without ASCII case. */
enum nf_stop nf_stop_word(const char *w, size_t len);

/* Is w[0..len) an English stop word (any case)? */
bool nf_is_stopword(const char *w, size_t len);

/* Is cp a Chinese function character (的, 了, 是, 在 ...)? */
bool nf_is_zh_stop(uint32_t cp);

#endif
