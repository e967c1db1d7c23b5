/*
 * strbuf.h - a growable byte buffer for the normalizer's streaming stages.
 *
 * An nf_buf owns its bytes (p, len, cap); it is not NUL-terminated.  Start
 * from NF_BUF_INIT, free with nf_buf_free().  Growth doubles, so appending
 * n bytes in any number of steps costs O(n).  Every function that grows
 * the buffer returns 0, or -1 when memory ran out (the buffer is unchanged).
 */
#ifndef NF_STRBUF_H
#define NF_STRBUF_H

#include <stddef.h>
#include <string.h>

typedef struct nf_buf {
	char *p;
	size_t len;
	size_t cap;
} nf_buf;

#define NF_BUF_INIT { NULL, 0, 0 }

/* Make room for at least extra more bytes after len; 0 or -1. */
int nf_buf_reserve(nf_buf *b, size_t extra);

/* Append n bytes; 0 or -1. */
int nf_buf_append(nf_buf *b, const void *s, size_t n);

/* Drop the first n bytes (n <= len), moving the rest to the front. */
void nf_buf_consume(nf_buf *b, size_t n);

/* Free the bytes and reset to empty. */
void nf_buf_free(nf_buf *b);

/* Append one byte with capacity already reserved. */
static inline void
nf_buf_put(nf_buf *b, char c)
{
	b->p[b->len++] = c;
}

/* Append n bytes with capacity already reserved. */
static inline void
nf_buf_putn(nf_buf *b, const char *s, size_t n)
{
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

#endif
