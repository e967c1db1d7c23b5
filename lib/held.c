/*
 * held.c - a queue of records kept back until their document decides
 * (see held.h).
 */
#include "held.h"

#include <stdlib.h>
#include <string.h>

int
nf_held_push(nf_held_list *l, json_t *rec, const char *raw, size_t raw_len)
{
	nf_held *h;

	if (l->len == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 16;
		if ((h = realloc(l->items, cap * sizeof *h)) == NULL)
			return -1;
		l->items = h;
		l->cap = cap;
	}
	h = &l->items[l->len];
	h->raw = raw != NULL ? malloc(raw_len + 1) : NULL;
	if (raw != NULL && h->raw == NULL)
		return -1;
	if (raw != NULL)
		memcpy(h->raw, raw, raw_len);
	h->raw_len = raw_len;
	h->rec = json_incref(rec);
	l->len++;
	return 0;
}

int
nf_held_replay(nf_held_list *l,
    int (*fn)(void *ctx, json_t *rec, const char *raw, size_t raw_len, nf_error *err),
    void *ctx, nf_error *err)
{
	nf_held_list run = *l;
	int rc = 0;

	*l = (nf_held_list){ 0 };  /* fn may hold again: into a fresh list */
	for (size_t i = 0; i < run.len; i++) {
		if (rc == 0)
			rc = fn(ctx, run.items[i].rec, run.items[i].raw, run.items[i].raw_len, err);
		json_decref(run.items[i].rec);
		free(run.items[i].raw);
	}
	if (l->items == NULL) {  /* keep the memory for the next document */
		run.len = 0;
		*l = run;
	} else {
		free(run.items);
	}
	return rc;
}

void
nf_held_free(nf_held_list *l)
{
	for (size_t i = 0; i < l->len; i++) {
		json_decref(l->items[i].rec);
		free(l->items[i].raw);
	}
	free(l->items);
	*l = (nf_held_list){ 0 };
}
