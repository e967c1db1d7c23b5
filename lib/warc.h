/*
 * warc.h - the containers documents arrive in: a byte stream that may be
 * gzip-compressed (one member or many, as WARC and WET files are: every
 * record its own member), and the WARC/WET record headers and HTTP
 * response headers inside it.
 *
 * An nf_input reads a file or standard input through zlib (plain bytes pass
 * through unchanged) into a buffer the caller peeks at and consumes, so
 * memory is bounded by what the caller asks to see at once.  A gzip member
 * with corrupt data can be stepped over (nf_input_next_member), so that a
 * WARC reader loses the record in it and no more.  Nothing here
 * prints; errors come back as messages without the file name.
 */
#ifndef NF_WARC_H
#define NF_WARC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "record.h"
#include "strbuf.h"

typedef struct nf_input nf_input;

/*
 * Open path ("-": standard input).  Returns NULL with err->msg set (the
 * strerror text) when it cannot be opened.
 */
nf_input *nf_input_open(const char *path, nf_error *err);

/*
 * Make at least want bytes available at the read position (fewer only at
 * the end of the input, or when it failed: see nf_input_failed).  Returns
 * the bytes available, or -1 with err->msg set when memory ran out.
 */
long long nf_input_fill(nf_input *in, size_t want, nf_error *err);

/*
 * Did the input end by an error rather than at its end?  Then err->msg
 * says which ("truncated gzip stream", "gzip: ...", "read error: ...").
 */
bool nf_input_failed(const nf_input *in, nf_error *err);

/*
 * After a gzip stream failed with corrupt data (not at its truncated end):
 * drop the bytes buffered so far, search the compressed bytes after the
 * failure for the next gzip member header and go on inflating from there.
 * Returns true when one was found (the input reads again from that
 * member, *file_off its byte offset in the file; the stream offset counts
 * on from the bytes dropped); false for plain input, another kind of
 * failure, or no member found (the failure stands).
 */
bool nf_input_next_member(nf_input *in, uint64_t *file_off);

/* The bytes available at the read position (valid until the next fill). */
const char *nf_input_data(const nf_input *in, size_t *avail);

/* Consume n bytes (n <= available). */
void nf_input_skip(nf_input *in, size_t n);

/* True when nothing is left beyond the bytes available. */
bool nf_input_at_end(const nf_input *in);

/* Offset of the read position in the (decompressed) stream. */
uint64_t nf_input_offset(const nf_input *in);

void nf_input_close(nf_input *in);

/* ---- WARC ---- */

/* Does the stream start like a WARC file ("WARC/1.")? */
bool nf_warc_sniff(const char *buf, size_t n);

/* One WARC record header; strings point into a buffer owned by the parser. */
typedef struct nf_warc_header {
	char *type;           /* WARC-Type: "conversion", "response", ... */
	char *target_uri;     /* WARC-Target-URI or NULL */
	char *date;           /* WARC-Date or NULL */
	char *content_type;   /* Content-Type or NULL */
	uint64_t length;      /* Content-Length of the block */
	size_t header_len;    /* bytes of the header, its blank line included */
} nf_warc_header;

/* Longest WARC or HTTP header accepted. */
#define NF_WARC_HEADER_MAX 65536

/*
 * Parse the record header at buf[0..n) (n holding the whole header, up to
 * NF_WARC_HEADER_MAX).  Fields are copied into store (freed by the caller
 * with free()).  Returns 1 when parsed, 0 when the header is not complete
 * in buf (read more), -1 when it is not a WARC header (err->msg says why).
 */
int nf_warc_parse_header(const char *buf, size_t n, nf_warc_header *h, char **store,
    nf_error *err);

/* What the HTTP response header says about its body. */
typedef struct nf_http_info {
	char mime[64];        /* Content-Type media type, lower case ("" when none) */
	char charset[64];     /* Content-Type charset ("" when none) */
	char coding[32];      /* Content-Encoding, lower case ("" when none or identity) */
	bool chunked;         /* Transfer-Encoding: chunked */
} nf_http_info;

/* The media type of a Content-Type value, lower case, without parameters. */
void nf_warc_media_type(const char *v, size_t n, char *out, size_t cap);

/*
 * The HTTP response header at the start of a response record's block: its
 * length (through the blank line), with what it says about the body in
 * *info.  Returns 0 when there is no complete HTTP header in buf[0..n)
 * (the block is then taken whole).
 */
size_t nf_warc_http_header(const char *buf, size_t n, nf_http_info *info);

/* ---- HTTP bodies: chunked transfer coding, gzip and deflate ---- */

typedef struct nf_body nf_body;

/*
 * A decoder for a body sent with info's transfer and content codings.
 * Returns NULL with err->msg set when a coding is not supported (br,
 * compress, zstd) or memory ran out.
 */
nf_body *nf_body_new(const nf_http_info *info, nf_error *err);

/*
 * Decode raw body bytes in[0..n): *used of them are consumed, the decoded
 * bytes appended to out until it holds at least target bytes (memory stays
 * bounded: call again with the rest).  at_end says in ends where the body
 * ends.  Returns 1 when the body is complete (the rest of in is not part of
 * it), 0 to be called again, -1 with err->msg set for a broken body.
 */
int nf_body_feed(nf_body *b, const char *in, size_t n, bool at_end, size_t *used,
    nf_buf *out, size_t target, nf_error *err);

void nf_body_free(nf_body *b);

#endif
