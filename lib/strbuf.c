/*
 * strbuf.c - growable byte buffers (see strbuf.h).
 */
#include "strbuf.h"

#include <stdint.h>
#include <stdlib.h>

int
nf_buf_reserve(nf_buf *b, size_t extra)
{
	size_t want, cap;
	char *p;

	if (extra > SIZE_MAX - b->len)
		return -1;
	want = b->len + extra;
	if (want <= b->cap)
		return 0;
	cap = b->cap ? b->cap : 256;
	while (cap < want)
		cap = cap > SIZE_MAX / 2 ? want : cap * 2;
	p = realloc(b->p, cap);
	if (p == NULL)
		return -1;
	b->p = p;
	b->cap = cap;
	return 0;
}

int
nf_buf_append(nf_buf *b, const void *s, size_t n)
{
	if (nf_buf_reserve(b, n) != 0)
		return -1;
	if (n > 0)
		memcpy(b->p + b->len, s, n);
	b->len += n;
	return 0;
}

void
nf_buf_consume(nf_buf *b, size_t n)
{
	if (n >= b->len) {
		b->len = 0;
		return;
	}
	memmove(b->p, b->p + n, b->len - n);
	b->len -= n;
}

void
nf_buf_free(nf_buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}
