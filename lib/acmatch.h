/*
 * acmatch.h - finding many phrases in one pass (Aho-Corasick).
 *
 * The cue tables of the page-chrome classifier hold a few hundred phrases,
 * English and Chinese; looking for each with strstr() would read every
 * paragraph hundreds of times.  An nf_ac automaton is built once from the
 * phrases and then reads a text once, reporting every occurrence of every
 * phrase.  Matching folds ASCII letters to lower case (phrases are given in
 * lower case); other bytes, UTF-8 included, match exactly.
 */
#ifndef NF_ACMATCH_H
#define NF_ACMATCH_H

#include <stddef.h>

typedef struct nf_ac nf_ac;

/*
 * Build an automaton for pats[0..npats) (non-empty, lower case).  Returns
 * NULL when memory ran out.  The caller owns the result (nf_ac_free).
 */
nf_ac *nf_ac_new(const char *const *pats, size_t npats);

void nf_ac_free(nf_ac *ac);

/*
 * Called for each occurrence of phrase pat at text[start..end); a non-zero
 * return stops the scan.
 */
typedef int (*nf_ac_fn)(size_t pat, size_t start, size_t end, void *ctx);

/*
 * Report every occurrence in text[0..n), in order of their end, overlapping
 * ones included.  Returns 0, or the non-zero value fn stopped with.
 */
int nf_ac_scan(const nf_ac *ac, const char *text, size_t n, nf_ac_fn fn, void *ctx);

#endif
