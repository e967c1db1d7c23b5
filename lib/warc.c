/*
 * warc.c - gzip-or-plain input streams and WARC/HTTP header parsing (see
 * warc.h).  A gzip stream is inflated member by member with zlib's
 * inflate() rather than gzread(), so that a broken member can be stepped
 * over: nf_input_next_member() searches the compressed bytes for the next
 * member header and inflation starts again there.  A stream that ends
 * inside a member is reported as truncated rather than taken as a short
 * file.
 */
#include "warc.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <unistd.h>

#include <zlib.h>

#include "strbuf.h"

#include "encoding.h"

struct nf_input {
	int fd;
	bool gzip;           /* the stream is gzip: inflated member by member */
	/* compressed bytes read but not inflated yet */
	unsigned char *raw;
	size_t raw_cap, raw_pos, raw_len;
	uint64_t raw_base;   /* file offset of raw[0] */
	bool raw_eof;
	z_stream z;
	bool z_ready;
	bool in_member;      /* inside a gzip member: its end not seen yet */
	/* the (decompressed) stream */
	char *buf;
	size_t cap, pos, len;
	uint64_t base;       /* stream offset of buf[0] */
	bool eof;
	enum { IN_OK, IN_TRUNCATED, IN_CORRUPT, IN_READ, IN_NOMEM } state;
	char msg[128];       /* what went wrong, for IN_CORRUPT and IN_READ */
};

/* Smallest read buffer; compressed bytes are read this many at a time. */
#define INPUT_MIN (256 * 1024)
#define RAW_CHUNK (128 * 1024)

/* Read up to n bytes into p; the count, 0 at the end, -1 (errno) on error. */
static ssize_t
read_some(int fd, void *p, size_t n)
{
	ssize_t got;

	do
		got = read(fd, p, n);
	while (got < 0 && errno == EINTR);
	return got;
}

/* Stop the stream with an error. */
static void
input_stop(nf_input *in, int state, const char *msg)
{
	in->state = state;
	in->eof = true;
	snprintf(in->msg, sizeof in->msg, "%s", msg ? msg : "");
}

/* Read more compressed bytes (keeping those not inflated); false at the end or on error. */
static bool
raw_more(nf_input *in)
{
	ssize_t got;

	if (in->raw_eof)
		return false;
	if (in->raw_pos > 0) {
		memmove(in->raw, in->raw + in->raw_pos, in->raw_len - in->raw_pos);
		in->raw_base += in->raw_pos;
		in->raw_len -= in->raw_pos;
		in->raw_pos = 0;
	}
	if (in->raw_cap - in->raw_len < RAW_CHUNK) {
		size_t cap = in->raw_len + RAW_CHUNK;
		unsigned char *p = realloc(in->raw, cap);
		if (p == NULL) {
			input_stop(in, IN_NOMEM, NULL);
			return false;
		}
		in->raw = p;
		in->raw_cap = cap;
	}
	got = read_some(in->fd, in->raw + in->raw_len, in->raw_cap - in->raw_len);
	if (got < 0) {
		input_stop(in, IN_READ, strerror(errno));
		in->raw_eof = true;
		return false;
	}
	if (got == 0) {
		in->raw_eof = true;
		return false;
	}
	in->raw_len += (size_t)got;
	return true;
}

nf_input *
nf_input_open(const char *path, nf_error *err)
{
	nf_input *in = calloc(1, sizeof *in);

	if (in == NULL) {
		nf_fail(err, "%s", strerror(ENOMEM));
		return NULL;
	}
	in->fd = strcmp(path, "-") == 0 ? dup(STDIN_FILENO) : open(path, O_RDONLY);
	if (in->fd < 0) {
		nf_fail(err, "%s", strerror(errno));
		free(in);
		return NULL;
	}
	/* gzip or not: by the first two bytes */
	while (in->raw_len < 2 && raw_more(in))
		;
	if (in->state == IN_READ) {
		nf_fail(err, "%s", in->msg);
		nf_input_close(in);
		return NULL;
	}
	in->gzip = in->raw_len >= 2 && in->raw[0] == 0x1F && in->raw[1] == 0x8B;
	return in;
}

/* Make room for more decompressed bytes (at least want in all); false when memory ran out. */
static bool
buf_room(nf_input *in, size_t want)
{
	if (in->pos > 0 && in->len - in->pos < in->cap / 2) {
		memmove(in->buf, in->buf + in->pos, in->len - in->pos);
		in->base += in->pos;
		in->len -= in->pos;
		in->pos = 0;
	}
	if (in->cap - in->len < INPUT_MIN / 2 || in->cap < want) {
		size_t cap = in->cap ? in->cap * 2 : INPUT_MIN;
		while (cap < want + INPUT_MIN / 2)
			cap *= 2;
		char *p = realloc(in->buf, cap);
		if (p == NULL)
			return false;
		in->buf = p;
		in->cap = cap;
	}
	return true;
}

/* Plain bytes: the compressed-byte buffer's leftovers first, then read(). */
static void
fill_plain(nf_input *in)
{
	size_t room = in->cap - in->len;
	ssize_t got;

	if (in->raw_pos < in->raw_len) {
		size_t k = in->raw_len - in->raw_pos < room ? in->raw_len - in->raw_pos : room;
		memcpy(in->buf + in->len, in->raw + in->raw_pos, k);
		in->raw_pos += k;
		in->len += k;
		return;
	}
	got = read_some(in->fd, in->buf + in->len, room);
	if (got < 0)
		input_stop(in, IN_READ, strerror(errno));
	else if (got == 0)
		in->eof = true;
	else
		in->len += (size_t)got;
}

/* Between members: NUL padding is skipped; anything but a gzip header is corrupt. */
static bool
member_start(nf_input *in)
{
	for (;;) {
		while (in->raw_pos < in->raw_len && in->raw[in->raw_pos] == 0)
			in->raw_pos++;
		if (in->raw_len - in->raw_pos >= 2 || !raw_more(in))
			break;
	}
	if (in->raw_pos == in->raw_len) {
		if (in->state == IN_OK)
			in->eof = true;
		return false;
	}
	if (in->raw_len - in->raw_pos < 2 || in->raw[in->raw_pos] != 0x1F ||
	    in->raw[in->raw_pos + 1] != 0x8B) {
		input_stop(in, IN_CORRUPT, "bytes that are no gzip member after a member's end");
		return false;
	}
	if (!in->z_ready) {
		memset(&in->z, 0, sizeof in->z);
		if (inflateInit2(&in->z, 15 + 16) != Z_OK) {
			input_stop(in, IN_NOMEM, NULL);
			return false;
		}
		in->z_ready = true;
	} else {
		inflateReset(&in->z);
	}
	in->in_member = true;
	return true;
}

/* Inflate one step into the free room of buf. */
static void
fill_gzip(nf_input *in)
{
	int zr;

	if (!in->in_member && !member_start(in))
		return;
	if (in->raw_pos == in->raw_len && !raw_more(in)) {
		if (in->state == IN_OK)
			input_stop(in, IN_TRUNCATED, NULL);
		return;
	}
	in->z.next_in = in->raw + in->raw_pos;
	in->z.avail_in = (unsigned)(in->raw_len - in->raw_pos > UINT_MAX ? UINT_MAX :
	    in->raw_len - in->raw_pos);
	in->z.next_out = (Bytef *)in->buf + in->len;
	in->z.avail_out = (unsigned)(in->cap - in->len > UINT_MAX ? UINT_MAX : in->cap - in->len);
	size_t before_in = in->z.avail_in, before_out = in->z.avail_out;
	zr = inflate(&in->z, Z_NO_FLUSH);
	in->raw_pos += before_in - in->z.avail_in;
	in->len += before_out - in->z.avail_out;
	if (zr == Z_STREAM_END)
		in->in_member = false;
	else if (zr == Z_DATA_ERROR || zr == Z_NEED_DICT)
		input_stop(in, IN_CORRUPT, in->z.msg ? in->z.msg : "invalid data");
	else if (zr == Z_MEM_ERROR)
		input_stop(in, IN_NOMEM, NULL);
}

long long
nf_input_fill(nf_input *in, size_t want, nf_error *err)
{
	while (in->len - in->pos < want && !in->eof) {
		if (!buf_room(in, want))
			return nf_fail(err, "%s", strerror(ENOMEM));
		if (in->gzip)
			fill_gzip(in);
		else
			fill_plain(in);
	}
	if (in->state == IN_NOMEM)
		return nf_fail(err, "%s", strerror(ENOMEM));
	return (long long)(in->len - in->pos);
}

bool
nf_input_failed(const nf_input *in, nf_error *err)
{
	if (!in->eof || in->state == IN_OK)
		return false;
	switch (in->state) {
	case IN_TRUNCATED: nf_fail(err, "truncated gzip stream"); break;
	case IN_READ: nf_fail(err, "read error: %s", in->msg); break;
	case IN_NOMEM: nf_fail(err, "%s", strerror(ENOMEM)); break;
	default: nf_fail(err, "gzip: %s", in->msg); break;
	}
	return true;
}

bool
nf_input_next_member(nf_input *in, uint64_t *file_off)
{
	if (!in->gzip || in->state != IN_CORRUPT)
		return false;
	/* the broken member's bytes are gone; search from one past where it failed */
	in->base += in->len;
	in->pos = in->len = 0;
	if (in->raw_pos < in->raw_len)
		in->raw_pos++;
	for (;;) {
		for (size_t i = in->raw_pos; i + 3 < in->raw_len; i++) {
			const unsigned char *r = in->raw + i;
			if (r[0] == 0x1F && r[1] == 0x8B && r[2] == 8 && (r[3] & 0xE0) == 0) {
				in->raw_pos = i;
				*file_off = in->raw_base + i;
				in->state = IN_OK;
				in->eof = false;
				in->in_member = false;
				in->msg[0] = '\0';
				return true;
			}
		}
		/* keep the last three bytes: a header may straddle two reads */
		if (in->raw_len - in->raw_pos > 3)
			in->raw_pos = in->raw_len - 3;
		if (!raw_more(in))
			return false;
	}
}

const char *
nf_input_data(const nf_input *in, size_t *avail)
{
	*avail = in->len - in->pos;
	return in->buf ? in->buf + in->pos : "";
}

void
nf_input_skip(nf_input *in, size_t n)
{
	in->pos += n;
}

bool
nf_input_at_end(const nf_input *in)
{
	return in->eof && in->pos == in->len;
}

uint64_t
nf_input_offset(const nf_input *in)
{
	return in->base + in->pos;
}

void
nf_input_close(nf_input *in)
{
	if (in == NULL)
		return;
	if (in->z_ready)
		inflateEnd(&in->z);
	close(in->fd);
	free(in->raw);
	free(in->buf);
	free(in);
}

/* ---- WARC and HTTP headers ---- */

bool
nf_warc_sniff(const char *buf, size_t n)
{
	return n >= 7 && memcmp(buf, "WARC/1.", 7) == 0;
}

/* End of the header block at buf: offset past the blank line, or 0. */
static size_t
header_end(const char *buf, size_t n)
{
	for (size_t i = 0; i + 1 < n; i++) {
		if (buf[i] != '\n')
			continue;
		if (buf[i + 1] == '\n')
			return i + 2;
		if (buf[i + 1] == '\r' && i + 2 < n && buf[i + 2] == '\n')
			return i + 3;
	}
	return 0;
}

static bool
name_is(const char *s, size_t n, const char *name)
{
	return strlen(name) == n && strncasecmp(s, name, n) == 0;
}

int
nf_warc_parse_header(const char *buf, size_t n, nf_warc_header *h, char **store,
    nf_error *err)
{
	size_t end = header_end(buf, n < NF_WARC_HEADER_MAX ? n : NF_WARC_HEADER_MAX);
	const char *line, *colon, *eol, *v;
	char *p, *endp;
	bool have_len = false;

	memset(h, 0, sizeof *h);
	*store = NULL;
	if (end == 0) {
		if (n >= NF_WARC_HEADER_MAX)
			return nf_fail(err, "WARC header longer than %d bytes", NF_WARC_HEADER_MAX);
		return 0;
	}
	if (!nf_warc_sniff(buf, end))
		return nf_fail(err, "no WARC header where a record should start");
	if ((*store = p = malloc(end + 1)) == NULL)
		return nf_fail(err, "%s", strerror(ENOMEM));
	h->header_len = end;
	for (line = memchr(buf, '\n', end) + 1; line < buf + end; line = eol + 1) {
		eol = memchr(line, '\n', (size_t)(buf + end - line));
		colon = memchr(line, ':', (size_t)(eol - line));
		if (colon == NULL)
			continue;
		for (v = colon + 1; v < eol && (*v == ' ' || *v == '\t'); v++)
			;
		size_t vlen = (size_t)(eol - v);
		while (vlen > 0 && (v[vlen - 1] == '\r' || v[vlen - 1] == ' ' || v[vlen - 1] == '\t'))
			vlen--;
		size_t nlen = (size_t)(colon - line);
		char **slot = name_is(line, nlen, "WARC-Type") ? &h->type :
		    name_is(line, nlen, "WARC-Target-URI") ? &h->target_uri :
		    name_is(line, nlen, "WARC-Date") ? &h->date :
		    name_is(line, nlen, "Content-Type") ? &h->content_type : NULL;
		if (slot != NULL) {
			memcpy(p, v, vlen);
			p[vlen] = '\0';
			*slot = p;
			p += vlen + 1;
		} else if (name_is(line, nlen, "Content-Length")) {
			char num[24];
			if (vlen == 0 || vlen >= sizeof num)
				return nf_fail(err, "bad Content-Length");
			memcpy(num, v, vlen);
			num[vlen] = '\0';
			errno = 0;
			unsigned long long len = strtoull(num, &endp, 10);
			if (*endp != '\0' || errno != 0 || num[0] == '-')
				return nf_fail(err, "bad Content-Length '%s'", num);
			h->length = len;
			have_len = true;
		}
	}
	if (!have_len)
		return nf_fail(err, "WARC record without Content-Length");
	return 1;
}

/* The value of header line line[0..len) when it is named name (ending in ':'), trimmed. */
static bool
header_value(const char *line, size_t len, const char *name, const char **v, size_t *vlen)
{
	size_t nl = strlen(name);

	if (len < nl || strncasecmp(line, name, nl) != 0)
		return false;
	line += nl;
	len -= nl;
	while (len > 0 && (*line == ' ' || *line == '\t')) {
		line++;
		len--;
	}
	while (len > 0 && (line[len - 1] == '\r' || line[len - 1] == ' ' || line[len - 1] == '\t'))
		len--;
	*v = line;
	*vlen = len;
	return true;
}

/* Does the comma-separated list v[0..n) name token (case-insensitive)? */
static bool
list_has(const char *v, size_t n, const char *token)
{
	size_t tl = strlen(token);

	for (size_t i = 0; i + tl <= n; i++)
		if (strncasecmp(v + i, token, tl) == 0 && (i == 0 || v[i - 1] == ',' ||
		    v[i - 1] == ' ') && (i + tl == n || v[i + tl] == ',' || v[i + tl] == ' ' ||
		    v[i + tl] == ';'))
			return true;
	return false;
}

void
nf_warc_media_type(const char *v, size_t n, char *out, size_t cap)
{
	size_t k = 0;

	while (n > 0 && (*v == ' ' || *v == '\t')) {
		v++;
		n--;
	}
	for (size_t i = 0; i < n && k + 1 < cap && v[i] != ';' && v[i] != ' ' && v[i] != '\t'; i++)
		out[k++] = (v[i] >= 'A' && v[i] <= 'Z') ? (char)(v[i] + 32) : v[i];
	out[k] = '\0';
}

size_t
nf_warc_http_header(const char *buf, size_t n, nf_http_info *info)
{
	size_t lim = n < NF_WARC_HEADER_MAX ? n : NF_WARC_HEADER_MAX;
	size_t end = header_end(buf, lim);
	const char *line, *eol, *c, *v;
	size_t cslen, vlen;

	memset(info, 0, sizeof *info);
	if (end == 0 || lim < 5 || memcmp(buf, "HTTP/", 5) != 0)
		return 0;
	for (line = buf; line < buf + end; line = eol + 1) {
		eol = memchr(line, '\n', (size_t)(buf + end - line));
		if (eol == NULL)
			break;
		size_t len = (size_t)(eol - line);
		if (header_value(line, len, "Content-Type:", &v, &vlen)) {
			nf_warc_media_type(v, vlen, info->mime, sizeof info->mime);
			if (nf_enc_content_type_charset(v, vlen, &c, &cslen) &&
			    cslen < sizeof info->charset) {
				memcpy(info->charset, c, cslen);
				info->charset[cslen] = '\0';
			}
		} else if (header_value(line, len, "Transfer-Encoding:", &v, &vlen)) {
			info->chunked = list_has(v, vlen, "chunked");
		} else if (header_value(line, len, "Content-Encoding:", &v, &vlen)) {
			size_t k = 0;
			for (size_t i = 0; i < vlen && k + 1 < sizeof info->coding; i++) {
				char ch = v[i];
				info->coding[k++] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
			}
			info->coding[k] = '\0';
			if (strcmp(info->coding, "identity") == 0)
				info->coding[0] = '\0';
		}
	}
	return end;
}

/* ---- HTTP bodies ---- */

enum chunk_state {
	CH_SIZE,       /* hex digits of a chunk size */
	CH_EXT,        /* chunk extensions, up to the end of the line */
	CH_DATA,       /* chunk bytes */
	CH_DATA_END,   /* the CRLF after them */
	CH_TRAILER,    /* at the start of a trailer line (an empty one ends the body) */
	CH_TRAILER_LINE,
	CH_DONE,
};

struct nf_body {
	bool chunked;
	bool inflating;
	bool z_ready;        /* inflateInit2 done */
	bool z_done;
	z_stream z;
	enum chunk_state st;
	uint64_t left;       /* chunk bytes left */
	unsigned digits;
	nf_buf mid;          /* de-chunked bytes waiting to be inflated */
};

/* A chunk is never believed longer than this (a garbled size line). */
#define CHUNK_SIZE_MAX (1ull << 40)

nf_body *
nf_body_new(const nf_http_info *info, nf_error *err)
{
	nf_body *b;
	const char *c = info->coding;

	if (c[0] != '\0' && strcmp(c, "gzip") != 0 && strcmp(c, "x-gzip") != 0 &&
	    strcmp(c, "deflate") != 0) {
		nf_fail(err, "Content-Encoding '%.40s' is not supported", c);
		return NULL;
	}
	if ((b = calloc(1, sizeof *b)) == NULL) {
		nf_fail(err, "%s", strerror(ENOMEM));
		return NULL;
	}
	b->chunked = info->chunked;
	b->inflating = c[0] != '\0';
	b->st = CH_SIZE;
	return b;
}

void
nf_body_free(nf_body *b)
{
	if (b == NULL)
		return;
	if (b->z_ready)
		inflateEnd(&b->z);
	nf_buf_free(&b->mid);
	free(b);
}

static int
hexval(unsigned char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 :
	    c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* The end of a size line: the next state. */
static int
chunk_size_done(nf_body *b, nf_error *err)
{
	if (b->digits == 0)
		return nf_fail(err, "chunked body: no chunk size where one should be");
	b->st = b->left == 0 ? CH_TRAILER : CH_DATA;
	return 0;
}

/* De-chunk in[0..n) into out; *used consumed.  1 at the last chunk, 0, or -1. */
static int
dechunk(nf_body *b, const char *in, size_t n, size_t *used, nf_buf *out, nf_error *err)
{
	size_t i = 0;

	while (i < n && b->st != CH_DONE) {
		unsigned char c = (unsigned char)in[i];
		int h;
		switch (b->st) {
		case CH_SIZE:
			if ((h = hexval(c)) >= 0) {
				b->left = b->left * 16 + (uint64_t)h;
				if (++b->digits > 10 || b->left > CHUNK_SIZE_MAX)
					return nf_fail(err, "chunked body: chunk size too large");
			} else if (c == ';' || c == ' ' || c == '\t') {
				b->st = CH_EXT;
			} else if (c == '\n') {
				if (chunk_size_done(b, err) != 0)
					return -1;
			} else if (c != '\r') {
				return nf_fail(err, "chunked body: bad chunk size");
			}
			i++;
			break;
		case CH_EXT:
			if (c == '\n' && chunk_size_done(b, err) != 0)
				return -1;
			i++;
			break;
		case CH_DATA: {
			size_t k = n - i < b->left ? n - i : (size_t)b->left;
			if (nf_buf_append(out, in + i, k) != 0)
				return nf_fail(err, "%s", strerror(ENOMEM));
			i += k;
			b->left -= k;
			if (b->left == 0)
				b->st = CH_DATA_END;
			break;
		}
		case CH_DATA_END:
			if (c == '\n') {
				b->st = CH_SIZE;
				b->digits = 0;
			} else if (c != '\r') {
				return nf_fail(err, "chunked body: no line end after a chunk");
			}
			i++;
			break;
		case CH_TRAILER:
			b->st = c == '\n' ? CH_DONE : c == '\r' ? CH_TRAILER : CH_TRAILER_LINE;
			i++;
			break;
		case CH_TRAILER_LINE:
			if (c == '\n')
				b->st = CH_TRAILER;
			i++;
			break;
		case CH_DONE:
			break;
		}
	}
	*used = i;
	return b->st == CH_DONE ? 1 : 0;
}

/* Inflate in[0..n) into out until out holds target bytes; *used consumed. */
static int
inflate_some(nf_body *b, const char *in, size_t n, size_t *used, nf_buf *out, size_t target,
    nf_error *err)
{
	int zr;

	if (!b->z_ready) {
		const unsigned char *u = (const unsigned char *)in;
		int wbits = 15 + 32;  /* gzip or zlib header */
		if (n < 2) {
			*used = 0;
			return 0;
		}
		/* "deflate" is often sent raw, without the zlib header */
		if (u[0] != 0x1F && ((u[0] & 0x0F) != 8 || (u[0] * 256 + u[1]) % 31 != 0))
			wbits = -15;
		memset(&b->z, 0, sizeof b->z);
		if (inflateInit2(&b->z, wbits) != Z_OK)
			return nf_fail(err, "%s", strerror(ENOMEM));
		b->z_ready = true;
	}
	b->z.next_in = (Bytef *)(uintptr_t)in;
	b->z.avail_in = n > UINT_MAX ? UINT_MAX : (unsigned)n;
	do {
		if (nf_buf_reserve(out, 65536) != 0)
			return nf_fail(err, "%s", strerror(ENOMEM));
		b->z.next_out = (Bytef *)out->p + out->len;
		b->z.avail_out = (unsigned)(out->cap - out->len > UINT_MAX ? UINT_MAX :
		    out->cap - out->len);
		size_t before = b->z.avail_out;
		zr = inflate(&b->z, Z_NO_FLUSH);
		out->len += before - b->z.avail_out;
		if (zr == Z_STREAM_END) {
			b->z_done = true;
			break;
		}
		if (zr == Z_BUF_ERROR && b->z.avail_in == 0)
			break;
		if (zr != Z_OK)
			return nf_fail(err, "compressed body: %s", b->z.msg ? b->z.msg : "inflate failed");
	} while (b->z.avail_in > 0 && out->len < target);
	*used = (size_t)((const char *)b->z.next_in - in);
	return b->z_done ? 1 : 0;
}

int
nf_body_feed(nf_body *b, const char *in, size_t n, bool at_end, size_t *used,
    nf_buf *out, size_t target, nf_error *err)
{
	size_t u = 0, k;
	int r;

	*used = 0;
	if (!b->chunked) {
		if (!b->inflating) {
			if (nf_buf_append(out, in, n) != 0)
				return nf_fail(err, "%s", strerror(ENOMEM));
			*used = n;
			return at_end ? 1 : 0;
		}
		if (at_end && n == 0 && !b->z_ready)
			return 1;  /* an empty body */
		r = inflate_some(b, in, n, used, out, target, err);
		if (r == 0 && at_end && *used == n && out->len < target)
			return nf_fail(err, "compressed body ends early");
		return r;
	}
	if (!b->inflating) {
		r = dechunk(b, in, n, used, out, err);
		if (r == 0 && at_end && *used == n && b->st != CH_SIZE && b->st != CH_TRAILER &&
		    b->st != CH_TRAILER_LINE)
			return nf_fail(err, "chunked body ends inside a chunk");
		return r == 0 && at_end && *used == n ? 1 : r;
	}
	/* chunked and compressed: de-chunk into mid, inflate from mid */
	r = 0;
	while (out->len < target) {
		if (b->mid.len < 65536 && u < n && b->st != CH_DONE) {
			k = n - u < 65536 ? n - u : 65536;
			if (dechunk(b, in + u, k, &k, &b->mid, err) < 0)
				return -1;
			u += k;
		}
		r = inflate_some(b, b->mid.p ? b->mid.p : "", b->mid.len, &k, out, target, err);
		if (r < 0)
			return -1;
		nf_buf_consume(&b->mid, k);
		if (r == 1)
			break;
		if (b->mid.len > 0 && k > 0)
			continue;
		/* inflate wants more bytes than mid holds */
		if (u < n && b->st != CH_DONE && b->mid.len < 65536)
			continue;
		if (b->st == CH_DONE || (at_end && u == n)) {
			if (!b->z_ready && b->mid.len == 0)
				return 1;  /* an empty body */
			if (out->len < target)
				return nf_fail(err, "compressed body ends early");
		}
		break;
	}
	*used = u;
	return r == 1 ? 1 : 0;
}
