/*
 * warc.c - gzip-or-plain input streams and WARC/HTTP header parsing (see
 * warc.h).  zlib's gzread() reads plain files transparently and gzip files
 * of any number of members; a stream that ends inside a member is reported
 * as truncated rather than taken as a short file.
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

#include "encoding.h"

struct nf_input {
	gzFile gz;
	char *buf;
	size_t cap, pos, len;
	uint64_t base;      /* stream offset of buf[0] */
	bool eof;
	int zerr;           /* a zlib error met at the end (Z_BUF_ERROR: truncated) */
	char zmsg[128];
};

/* Smallest read buffer. */
#define INPUT_MIN (256 * 1024)

nf_input *
nf_input_open(const char *path, nf_error *err)
{
	nf_input *in = calloc(1, sizeof *in);
	int fd;

	if (in == NULL) {
		nf_fail(err, "%s", strerror(ENOMEM));
		return NULL;
	}
	fd = strcmp(path, "-") == 0 ? dup(STDIN_FILENO) : open(path, O_RDONLY);
	if (fd < 0 || (in->gz = gzdopen(fd, "rb")) == NULL) {
		nf_fail(err, "%s", strerror(errno ? errno : ENOMEM));
		if (fd >= 0)
			close(fd);
		free(in);
		return NULL;
	}
	gzbuffer(in->gz, 128 * 1024);
	return in;
}

/* Report the error that ended the stream. */
static long long
input_error(const nf_input *in, nf_error *err)
{
	if (in->zerr == Z_BUF_ERROR)
		return nf_fail(err, "truncated gzip stream");
	if (in->zerr == Z_ERRNO)
		return nf_fail(err, "read error: %s", in->zmsg);
	return nf_fail(err, "gzip: %s", in->zmsg);
}

long long
nf_input_fill(nf_input *in, size_t want, nf_error *err)
{
	const char *msg;
	int got;

	while (in->len - in->pos < want && !in->eof) {
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
				return nf_fail(err, "%s", strerror(ENOMEM));
			in->buf = p;
			in->cap = cap;
		}
		size_t room = in->cap - in->len;
		errno = 0;
		got = gzread(in->gz, in->buf + in->len, room > INT_MAX ? INT_MAX : (unsigned)room);
		msg = gzerror(in->gz, &in->zerr);
		if (in->zerr != Z_OK) {
			snprintf(in->zmsg, sizeof in->zmsg, "%s",
			    in->zerr == Z_ERRNO ? strerror(errno ? errno : EIO) : msg);
			in->eof = true;
		}
		if (got <= 0)
			in->eof = true;
		else
			in->len += (size_t)got;
	}
	(void)err;
	return (long long)(in->len - in->pos);
}

bool
nf_input_failed(const nf_input *in, nf_error *err)
{
	if (!in->eof || in->zerr == Z_OK)
		return false;
	input_error(in, err);
	return true;
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
	gzclose_r(in->gz);
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

size_t
nf_warc_http_header(const char *buf, size_t n, char *cs, size_t cssz)
{
	size_t lim = n < NF_WARC_HEADER_MAX ? n : NF_WARC_HEADER_MAX;
	size_t end = header_end(buf, lim);
	const char *line, *eol, *c;
	size_t cslen;

	cs[0] = '\0';
	if (end == 0 || lim < 5 || memcmp(buf, "HTTP/", 5) != 0)
		return 0;
	for (line = buf; line < buf + end; line = eol + 1) {
		eol = memchr(line, '\n', (size_t)(buf + end - line));
		if (eol == NULL)
			break;
		if ((size_t)(eol - line) > 13 && strncasecmp(line, "Content-Type:", 13) == 0 &&
		    nf_enc_content_type_charset(line + 13, (size_t)(eol - line - 13), &c, &cslen) &&
		    cslen < cssz) {
			memcpy(cs, c, cslen);
			cs[cslen] = '\0';
		}
	}
	return end;
}
