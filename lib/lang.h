/*
 * lang.h - guessing whether a stretch of text is English or Chinese.
 *
 * newsfacts handles two languages, so the guess is binary: a span is "zh"
 * when its Han (and other CJK) characters carry at least as much of it as
 * its Latin words do, else "en".  Text in neither script (digits, symbols,
 * another alphabet) counts as "en", the default of the record contract.
 */
#ifndef NF_LANG_H
#define NF_LANG_H

#include <stddef.h>

typedef enum nf_lang {
	NF_LANG_EN,
	NF_LANG_ZH,
} nf_lang;

/* Counts a language guess is made from (also useful to callers). */
typedef struct nf_script_counts {
	size_t cjk;     /* CJK letters: Han, kana, Hangul */
	size_t words;   /* runs of Latin letters (other alphabets too) */
} nf_script_counts;

/* Count the scripts in s[0..n) (invalid UTF-8 counts as nothing). */
nf_script_counts nf_script_count(const char *s, size_t n);

/* The language of counted text: zh when cjk >= words and cjk > 0. */
nf_lang nf_lang_of(nf_script_counts c);

/* nf_lang_of(nf_script_count(s, n)). */
nf_lang nf_lang_guess(const char *s, size_t n);

/* "en" or "zh". */
const char *nf_lang_name(nf_lang lang);

#endif
