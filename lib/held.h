/*
 * held.h - records a filter keeps back until their document decides
 * something later sentences say (nf-dates: the day/month order of its
 * numeric dates; nf-figures: which dollar a bare "$" is), then replays in
 * order.  Each record is kept with a copy of its input line, so a filter
 * that writes lines back raw writes them unchanged.
 */
#ifndef NF_HELD_H
#define NF_HELD_H

#include <stddef.h>

#include <jansson.h>

#include "record.h"

#define NF_HOLD_MAX 1000   /* records a filter holds at most: memory stays bounded */

typedef struct nf_held {
	json_t *rec;
	char *raw;       /* the record's line, or NULL */
	size_t raw_len;
} nf_held;

typedef struct nf_held_list {
	nf_held *items;
	size_t len, cap;
} nf_held_list;

/* Keep rec (a new reference) and a copy of raw[0..raw_len); 0, or -1
 * when memory ran out. */
int nf_held_push(nf_held_list *l, json_t *rec, const char *raw, size_t raw_len);

/*
 * Hand every held record, in order, to fn(ctx, rec, raw, raw_len, err),
 * emptying the list first (fn may hold records again), and release them.
 * After fn fails the rest are released unread.  Returns 0 or fn's first
 * non-zero result.
 */
int nf_held_replay(nf_held_list *l,
    int (*fn)(void *ctx, json_t *rec, const char *raw, size_t raw_len, nf_error *err),
    void *ctx, nf_error *err);

/* Release the held records and the list's memory. */
void nf_held_free(nf_held_list *l);

#endif
