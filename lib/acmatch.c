/*
 * acmatch.c - Aho-Corasick automaton over byte classes.
 *
 * Bytes that occur in no phrase share class 0, so the transition table is
 * states x classes (a few hundred KB for the cue tables) rather than
 * states x 256.  The table is a full DFA: scanning costs one lookup per
 * byte whatever the text.  Each state keeps the first phrase ending there
 * and a link to the next state on its suffix chain that ends a phrase.
 * Once built, transitions are stored as row offsets (state * classes) with
 * the top bit set when the target state ends a phrase, so the scan loop is
 * one load and one test per byte.
 */
#include "acmatch.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define OUT_FLAG 0x80000000u

struct nf_ac {
	unsigned char cls[256];   /* byte -> class */
	size_t nclass;
	size_t nstates;
	uint32_t *next;           /* nstates * nclass transitions */
	int32_t *out;             /* phrase ending at a state, or -1 */
	uint32_t *out_link;       /* next state with output on the suffix chain, 0 for none */
	int32_t *out_next;        /* further phrases ending at the same state: chain by phrase */
	size_t *len;              /* phrase lengths */
	const char *const *pats;
	size_t npats;
};

static unsigned char
fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

void
nf_ac_free(nf_ac *ac)
{
	if (ac == NULL)
		return;
	free(ac->next);
	free(ac->out);
	free(ac->out_link);
	free(ac->out_next);
	free(ac->len);
	free(ac);
}

/* Build the trie; returns 0 or -1. */
static int
build_trie(nf_ac *ac)
{
	size_t total = 1, s;

	for (size_t p = 0; p < ac->npats; p++)
		total += strlen(ac->pats[p]);
	ac->next = calloc(total * ac->nclass, sizeof *ac->next);
	ac->out = malloc(total * sizeof *ac->out);
	ac->out_link = calloc(total, sizeof *ac->out_link);
	ac->out_next = malloc((ac->npats ? ac->npats : 1) * sizeof *ac->out_next);
	ac->len = malloc((ac->npats ? ac->npats : 1) * sizeof *ac->len);
	if (!ac->next || !ac->out || !ac->out_link || !ac->out_next || !ac->len)
		return -1;
	for (size_t p = 0; p < ac->npats; p++)
		ac->len[p] = strlen(ac->pats[p]);
	for (size_t i = 0; i < total; i++)
		ac->out[i] = -1;
	ac->nstates = 1;
	for (size_t p = 0; p < ac->npats; p++) {
		const unsigned char *w = (const unsigned char *)ac->pats[p];
		s = 0;
		for (; *w; w++) {
			uint32_t *t = &ac->next[s * ac->nclass + ac->cls[fold(*w)]];
			if (*t == 0)
				*t = (uint32_t)ac->nstates++;
			s = *t;
		}
		ac->out_next[p] = ac->out[s];  /* duplicates chain */
		ac->out[s] = (int32_t)p;
	}
	return 0;
}

/* Turn the trie into a DFA breadth first; returns 0 or -1. */
static int
build_links(nf_ac *ac)
{
	uint32_t *fail = calloc(ac->nstates, sizeof *fail);
	uint32_t *queue = malloc(ac->nstates * sizeof *queue);
	size_t head = 0, tail = 0;

	if (fail == NULL || queue == NULL || ac->nstates * ac->nclass >= OUT_FLAG) {
		free(fail);
		free(queue);
		return -1;
	}
	for (size_t c = 0; c < ac->nclass; c++) {
		uint32_t t = ac->next[c];
		if (t != 0)
			queue[tail++] = t;
	}
	while (head < tail) {
		uint32_t s = queue[head++];
		uint32_t f = fail[s];
		ac->out_link[s] = ac->out[f] >= 0 ? f : ac->out_link[f];
		for (size_t c = 0; c < ac->nclass; c++) {
			uint32_t *t = &ac->next[s * ac->nclass + c];
			if (*t != 0) {
				fail[*t] = ac->next[f * ac->nclass + c];
				queue[tail++] = *t;
			} else {
				*t = ac->next[f * ac->nclass + c];
			}
		}
	}
	free(fail);
	free(queue);
	/* entries become row offsets, the top bit saying "output here" */
	for (size_t i = 0; i < ac->nstates * ac->nclass; i++) {
		uint32_t t = ac->next[i];
		bool out = ac->out[t] >= 0 || ac->out_link[t] != 0;
		ac->next[i] = t * (uint32_t)ac->nclass | (out ? OUT_FLAG : 0);
	}
	return 0;
}

nf_ac *
nf_ac_new(const char *const *pats, size_t npats)
{
	nf_ac *ac = calloc(1, sizeof *ac);

	if (ac == NULL)
		return NULL;
	ac->pats = pats;
	ac->npats = npats;
	ac->nclass = 1;
	for (size_t p = 0; p < npats; p++) {
		for (const unsigned char *w = (const unsigned char *)pats[p]; *w; w++) {
			if (ac->cls[fold(*w)] != 0)
				continue;
			if (ac->nclass == 256) {  /* every byte value used: cannot happen */
				nf_ac_free(ac);
				return NULL;
			}
			ac->cls[fold(*w)] = (unsigned char)ac->nclass++;
		}
	}
	for (int c = 'A'; c <= 'Z'; c++)
		ac->cls[c] = ac->cls[c + 32];
	if (build_trie(ac) != 0 || build_links(ac) != 0) {
		nf_ac_free(ac);
		return NULL;
	}
	return ac;
}

int
nf_ac_scan(const nf_ac *ac, const char *text, size_t n, nf_ac_fn fn, void *ctx)
{
	const unsigned char *u = (const unsigned char *)text;
	const uint32_t *next = ac->next;
	const unsigned char *cls = ac->cls;
	uint32_t row = 0;
	int rc;

	for (size_t i = 0; i < n; i++) {
		row = next[(row & ~OUT_FLAG) + cls[u[i]]];
		if (!(row & OUT_FLAG))
			continue;
		uint32_t s = (row & ~OUT_FLAG) / (uint32_t)ac->nclass;
		for (uint32_t o = ac->out[s] >= 0 ? s : ac->out_link[s]; o != 0; o = ac->out_link[o]) {
			for (int32_t p = ac->out[o]; p >= 0; p = ac->out_next[p]) {
				if ((rc = fn((size_t)p, i + 1 - ac->len[p], i + 1, ctx)) != 0)
					return rc;
			}
		}
	}
	return 0;
}
