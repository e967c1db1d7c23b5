/*
 * normalize.c - documents in, doc records out (see normalize.h).
 *
 * The stages, for each document:
 *
 *   nf_input (gzip or plain) -> doc source (a WARC block, or up to a form
 *   feed) -> detection on the first NF_ENC_WINDOW bytes -> nf_conv
 *   (bounded buffers) -> cut at a safe point (nf_textnorm_cut) -> mojibake
 *   repair -> text normalization -> JSON string escaping -> out
 *
 * Only the detection window, one read buffer and the stage buffers are
 * held, so memory does not grow with the document.
 */
#include "normalize.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "html.h"
#include "mojibake.h"
#include "strbuf.h"
#include "textnorm.h"
#include "utf8.h"
#include "warc.h"
#include "jsonesc.h"

/* Bytes decoded per step. */
#define CHUNK 65536
/* How far the first document is looked at for a form feed (naming FILE#1). */
#define LOOKAHEAD (1 << 20)
/* Decoded text held at most while looking for a place to cut it. */
#define HOLD_MAX (1 << 20)
/* WARC blocks up to this size are read whole before anything is written. */
#define BLOCK_MAX (64u << 20)
/* The largest HTML page parsed (its tree takes up to 25 times as much). */
#define HTML_MAX (64u << 20)

struct nf_normalizer {
	nf_norm_opts o;
	FILE *out;
	FILE *w;             /* the current record's destination: out, or the spool */
	FILE *spool;         /* --strict: a record waits here until it is known good */
	nf_buf dec;          /* decoded text not yet normalized */
	nf_buf rep;          /* after mojibake repair */
	nf_buf norm;         /* after normalization */
	nf_buf esc;          /* JSON-escaped */
	nf_textnorm tn;
	long repairs;
	size_t docs_written;
	nf_html *html;       /* the HTML parser, made at the first page */
	nf_buf raw;          /* an HTML page's bytes */
	nf_buf keys;         /* an HTML page's keys after the text */
	size_t *spans;       /* its blocks' offsets in the normalized text: start, end */
	size_t spans_cap;
};

/* The bytes of one document, read from an nf_input. */
struct docsrc {
	nf_input *in;
	uint64_t remaining;  /* bytes of a WARC block left; UINT64_MAX: up to a form feed or EOF */
	bool split_ff;       /* a form feed ends the document */
	bool at_ff;          /* the document ended at a form feed (not consumed yet) */
	nf_body *body;       /* an HTTP body's transfer and content codings, or NULL */
	nf_buf bbuf;         /* its decoded bytes not consumed yet */
	bool body_done;      /* the decoder saw the end of the body */
	bool body_failed;    /* the body is broken (err says how) */
};

nf_normalizer *
nf_normalizer_new(const nf_norm_opts *o, FILE *out)
{
	nf_normalizer *nz = calloc(1, sizeof *nz);

	if (nz == NULL)
		return NULL;
	nz->o = *o;
	nz->out = nz->w = out;
	return nz;
}

void
nf_normalizer_free(nf_normalizer *nz)
{
	if (nz == NULL)
		return;
	if (nz->spool != NULL)
		fclose(nz->spool);
	nf_buf_free(&nz->dec);
	nf_buf_free(&nz->rep);
	nf_buf_free(&nz->norm);
	nf_buf_free(&nz->esc);
	nf_buf_free(&nz->raw);
	nf_buf_free(&nz->keys);
	free(nz->spans);
	nf_html_free(nz->html);
	free(nz);
}

/* ---- output ---- */

/* Append s[0..n) (valid UTF-8) to b as the inside of a JSON string; 0 or -1. */
static int
json_escape(nf_buf *b, const char *s, size_t n)
{
	size_t i = 0;

	if (nf_buf_reserve(b, n + n / 8 + 16) != 0)
		return -1;
	while (i < n) {
		size_t run = nf_json_plain_run(s + i, n - i);
		char esc[6];
		if (nf_buf_reserve(b, run + 6) != 0)
			return -1;
		nf_buf_putn(b, s + i, run);
		i += run;
		if (i < n) {
			nf_buf_putn(b, esc, nf_json_escape_byte((unsigned char)s[i], esc));
			i++;
		}
	}
	return 0;
}

/* Append a JSON string (quotes included) of s, any bytes: invalid UTF-8 becomes U+FFFD. */
static int
json_string_any(nf_buf *b, const char *s)
{
	size_t n = strlen(s), k;
	nf_buf clean = NF_BUF_INIT;
	uint32_t cp;
	bool ok;
	char enc[4];
	int rc;

	if (nf_buf_reserve(&clean, 3 * n + 1) != 0)
		return -1;
	for (size_t i = 0; i < n; i += k) {
		k = nf_utf8_decode(s + i, n - i, &cp, &ok);
		if (ok)
			nf_buf_putn(&clean, s + i, k);
		else
			nf_buf_putn(&clean, enc, nf_utf8_encode(0xFFFD, enc));
	}
	rc = nf_buf_append(b, "\"", 1) || json_escape(b, clean.p ? clean.p : "", clean.len) ||
	    nf_buf_append(b, "\"", 1) ? -1 : 0;
	nf_buf_free(&clean);
	return rc;
}

static int
write_buf(nf_normalizer *nz, const nf_buf *b)
{
	if (b->len > 0 && fwrite_unlocked(b->p, 1, b->len, nz->w) != b->len)
		return -2;
	return 0;
}

/* The record up to the text's opening quote (or, with --text, a separator). */
static int
begin_record(nf_normalizer *nz, const char *name, const char *fetched)
{
	nz->esc.len = 0;
	if (nz->o.text_only) {
		if (nz->docs_written > 0 && nf_buf_append(&nz->esc, "\f", 1) != 0)
			return -2;
		return write_buf(nz, &nz->esc);
	}
	if (nf_buf_append(&nz->esc, "{\"doc\":", 7) != 0 || json_string_any(&nz->esc, name) != 0)
		return -2;
	if (fetched != NULL && (nf_buf_append(&nz->esc, ",\"fetched\":", 11) != 0 ||
	    json_string_any(&nz->esc, fetched) != 0))
		return -2;
	if (nf_buf_append(&nz->esc, ",\"text\":\"", 9) != 0)
		return -2;
	return write_buf(nz, &nz->esc);
}

/* Confidence as the record shows it: two decimals, no trailing zeros. */
static void
format_confidence(double c, char *buf, size_t n)
{
	double r = round(c * 100) / 100;

	if (!(r >= 0))
		r = 0;
	if (r > 1)
		r = 1;
	snprintf(buf, n, "%.2f", r);
	char *e = buf + strlen(buf) - 1;
	while (*e == '0')
		*e-- = '\0';
	if (*e == '.')
		*e = '\0';
}

/* The keys after the text; extra (may be NULL) holds more, each starting with ','. */
static int
end_record(nf_normalizer *nz, const nf_doc_info *d, bool truncated, const nf_buf *extra)
{
	char conf[16];

	if (nz->o.text_only)
		return 0;
	format_confidence(d->confidence, conf, sizeof conf);
	if (fprintf(nz->w, "\",\"encoding\":\"%s\",\"confidence\":%s,\"detected_by\":\"%s\","
	    "\"replaced\":%zu,\"repairs\":%ld%s", d->enc->name, conf,
	    nf_enc_method_name(d->method), d->replaced, d->repairs,
	    truncated ? ",\"truncated\":true" : "") < 0)
		return -2;
	if (extra != NULL && extra->len > 0 &&
	    fwrite_unlocked(extra->p, 1, extra->len, nz->w) != extra->len)
		return -2;
	return fputs_unlocked("}\n", nz->w) < 0 ? -2 : 0;
}

/* ---- the text stages ---- */

/*
 * No place to cut in a megabyte (no ASCII, no Han): most likely one long
 * run of mojibake.  Cut before an "Ã" (in text damaged twice, the image of
 * a lead byte of the original), else before a character U+00C0-00FF (in
 * text damaged once, the image of a lead byte), so the repair of both
 * pieces starts at a whole character; else before the last character.
 */
static size_t
forced_cut(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t lim = n > 64 ? n - 64 : 0, any = 0;

	for (size_t i = n - 2; i > lim; i--) {
		if (u[i] != 0xC3 || u[i + 1] < 0x80 || u[i + 1] > 0xBF)
			continue;
		if (u[i + 1] == 0x83)
			return i;
		if (any == 0)
			any = i;
	}
	return any ? any : nf_utf8_prev(s, n);
}

/* Normalize and write decoded text up to a safe cut (all of it when final). */
static int
push_text(nf_normalizer *nz, bool final, nf_error *err)
{
	size_t cut = final ? nz->dec.len : nf_textnorm_cut(nz->dec.p, nz->dec.len);
	const char *s = nz->dec.p;
	size_t n;
	long r;

	if (cut == 0 && nz->dec.len > HOLD_MAX)
		cut = forced_cut(nz->dec.p, nz->dec.len);
	if (cut == 0)
		return 0;
	n = cut;
	if (nz->o.repair && nf_mojibake_possible(s, n)) {
		nz->rep.len = 0;
		r = nf_mojibake_repair(s, n, &nz->rep);
		if (r < 0)
			return nf_fail(err, "out of memory");
		if (r > 0) {
			nz->repairs += r;
			s = nz->rep.p;
			n = nz->rep.len;
		}
	}
	nz->norm.len = 0;
	if (nf_textnorm_chunk(&nz->tn, s, n, &nz->norm) != 0)
		return nf_fail(err, "out of memory");
	if (nz->o.text_only) {
		if (write_buf(nz, &nz->norm) != 0)
			return -2;
	} else {
		nz->esc.len = 0;
		if (json_escape(&nz->esc, nz->norm.p, nz->norm.len) != 0)
			return nf_fail(err, "out of memory");
		if (write_buf(nz, &nz->esc) != 0)
			return -2;
	}
	nf_buf_consume(&nz->dec, cut);
	return 0;
}

/* ---- document sources ---- */

/*
 * Peek at up to want bytes of the document: *p, *n, and *last when they are
 * its final bytes.  Returns 0, or -1 (err set) when the input failed or
 * ended inside a WARC block.
 */
static int
raw_peek(struct docsrc *d, size_t want, const char **p, size_t *n, bool *last, nf_error *err)
{
	size_t avail, lim;
	const char *data, *ff;

	if (d->remaining < want)
		want = (size_t)d->remaining;
	if (nf_input_fill(d->in, want, err) < 0)
		return -1;
	data = nf_input_data(d->in, &avail);
	lim = avail < want ? avail : want;
	if (lim < want && nf_input_failed(d->in, err))
		return -1;
	if (d->remaining != UINT64_MAX && lim < want)
		return nf_fail(err, "input ends %llu bytes before the end of the WARC block",
		    (unsigned long long)(d->remaining - lim));
	*p = data;
	*last = false;
	if (d->split_ff && (ff = memchr(data, '\f', lim)) != NULL) {
		*n = (size_t)(ff - data);
		*last = d->at_ff = true;
		return 0;
	}
	*n = lim;
	*last = d->remaining != UINT64_MAX ? lim == d->remaining : (lim == avail && nf_input_at_end(d->in));
	return 0;
}

static void
raw_consume(struct docsrc *d, size_t n)
{
	nf_input_skip(d->in, n);
	if (d->remaining != UINT64_MAX)
		d->remaining -= n;
}

/* As raw_peek, through the body decoder when there is one. */
static int
src_peek(struct docsrc *d, size_t want, const char **p, size_t *n, bool *last, nf_error *err)
{
	const char *rp;
	size_t rn, used;
	bool rlast;
	int r;

	if (d->body == NULL)
		return raw_peek(d, want, p, n, last, err);
	while (d->bbuf.len < want && !d->body_done) {
		if (raw_peek(d, CHUNK, &rp, &rn, &rlast, err) != 0)
			return -1;
		r = nf_body_feed(d->body, rp, rn, rlast, &used, &d->bbuf, want, err);
		if (r < 0) {
			d->body_failed = true;
			return -1;
		}
		raw_consume(d, used);
		if (r == 1) {
			d->body_done = true;
		} else if (used == 0 && rlast && d->bbuf.len < want) {
			d->body_failed = true;
			return nf_fail(err, "HTTP body ends early");
		}
	}
	*p = d->bbuf.p ? d->bbuf.p : "";
	*n = d->bbuf.len < want ? d->bbuf.len : want;
	*last = d->body_done && d->bbuf.len <= want;
	return 0;
}

static void
src_consume(struct docsrc *d, size_t n)
{
	if (d->body == NULL)
		raw_consume(d, n);
	else
		nf_buf_consume(&d->bbuf, n);
}

/* Index of the first byte that is not plain ASCII text (>= 0x80, NUL, ESC), or n. */
static size_t
first_non_ascii(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x80 || c == 0 || c == 0x1B)
			return i;
	}
	return n;
}

static nf_conv *
open_conv(const nf_encoding *e, nf_error *err)
{
	nf_conv *c = nf_conv_open(e);

	if (c == NULL)
		nf_fail(err, "cannot decode %s: %s", e->name, strerror(errno));
	return c;
}

/* Open the spool (--strict) or rewind it for the next record. */
static int
spool_start(nf_normalizer *nz)
{
	if (!nz->o.strict) {
		nz->w = nz->out;
		return 0;
	}
	if (nz->spool == NULL && (nz->spool = tmpfile()) == NULL)
		return -2;
	rewind(nz->spool);
	if (ftruncate(fileno(nz->spool), 0) != 0)
		return -2;
	nz->w = nz->spool;
	return 0;
}

/* Copy the spooled record to out, or drop it. */
static int
spool_finish(nf_normalizer *nz, bool keep)
{
	char buf[65536];
	size_t got;

	if (!nz->o.strict)
		return 0;
	nz->w = nz->out;
	if (!keep)
		return 0;
	if (fflush(nz->spool) != 0)
		return -2;
	rewind(nz->spool);
	while ((got = fread(buf, 1, sizeof buf, nz->spool)) > 0)
		if (fwrite(buf, 1, got, nz->out) != got)
			return -2;
	return ferror(nz->spool) ? -2 : 0;
}

/* The guess --from makes: its encoding, and a byte order mark of it skipped. */
static void
option_guess(const nf_encoding *from, const char *p, size_t n, nf_enc_guess *g)
{
	const nf_encoding *bom;
	size_t k = nf_enc_sniff_bom(p, n, &bom);

	memset(g, 0, sizeof *g);
	g->enc = from;
	g->confidence = 1;
	g->method = NF_DET_OPTION;
	if (bom == from)
		g->bom_len = k;
}

/* Decode one document: detection, conversion, text stages, the record. */
static int
process_doc(nf_normalizer *nz, struct docsrc *d, const char *name, const char *fetched,
    const char *header_cs, nf_doc_fn fn, void *ctx, nf_error *err)
{
	nf_doc_info info = { .name = name };
	nf_enc_guess g;
	nf_conv *conv = NULL;
	const char *p;
	size_t n, k;
	bool last;
	int rc;
	uint64_t conv_base, replaced = 0, first_bad = UINT64_MAX;

	if (src_peek(d, NF_ENC_WINDOW, &p, &n, &last, err) != 0)
		return -1;
	if (nz->o.from != NULL)
		option_guess(nz->o.from, p, n, &g);
	else
		nf_enc_detect(p, n, last, header_cs, &g);
	src_consume(d, g.bom_len);
	conv_base = g.bom_len;
	if ((conv = open_conv(g.enc, err)) == NULL)
		return -1;
	if ((rc = spool_start(nz)) != 0 || (rc = begin_record(nz, name, fetched)) != 0)
		goto out;
	nf_textnorm_init(&nz->tn, nz->o.steps);
	nz->dec.len = 0;
	nz->repairs = 0;
	for (;;) {
		if ((rc = src_peek(d, CHUNK, &p, &n, &last, err)) != 0)
			break;
		if (g.pending && (k = first_non_ascii(p, n)) < n) {
			/* ASCII so far; decide now, from here on */
			if (nf_conv_feed(conv, p, k, true, &nz->dec) != 0) {
				rc = nf_fail(err, "out of memory");
				break;
			}
			src_consume(d, k);
			conv_base += k;
			nf_conv_close(conv);
			if ((rc = src_peek(d, NF_ENC_WINDOW, &p, &n, &last, err)) != 0) {
				conv = NULL;
				break;
			}
			nf_enc_detect_rest(p, n, last, &g);
			if ((conv = open_conv(g.enc, err)) == NULL) {
				rc = -1;
				break;
			}
			continue;
		}
		if ((rc = nf_conv_feed(conv, p, n, last, &nz->dec)) != 0) {
			rc = nf_fail(err, "out of memory");
			break;
		}
		src_consume(d, n);
		if ((rc = push_text(nz, last, err)) != 0 || last)
			break;
	}
	if (conv != NULL) {
		replaced = nf_conv_replaced(conv);
		if (replaced > 0)
			first_bad = conv_base + nf_conv_first_bad(conv);
	}
	info.enc = g.enc;
	info.confidence = g.confidence;
	info.method = g.method;
	info.replaced = replaced;
	info.first_bad = first_bad;
	info.repairs = nz->repairs;
	info.skipped = nz->o.strict && replaced > 0;
	if (rc == -1 && d->body_failed) {
		/* a broken HTTP body: the record says truncated, the WARC goes on */
		info.error = err->msg;
		info.skipped = nz->o.strict;
		if (push_text(nz, true, err) == -2 || end_record(nz, &info, true, NULL) != 0 ||
		    spool_finish(nz, !info.skipped) != 0) {
			rc = -2;
			goto out;
		}
		if (!info.skipped)
			nz->docs_written++;
		if (fn != NULL)
			fn(&info, ctx);
		rc = 0;
		goto out;
	}
	if (rc == -1) {
		/* the input failed inside the document: finish the record honestly */
		if (push_text(nz, true, err) == -2 || end_record(nz, &info, true, NULL) != 0 ||
		    spool_finish(nz, !info.skipped) != 0)
			rc = -2;
		goto out;
	}
	if (rc == 0 && (rc = end_record(nz, &info, false, NULL)) == 0)
		rc = spool_finish(nz, !info.skipped);
	if (rc == 0) {
		if (!info.skipped)
			nz->docs_written++;
		if (fn != NULL)
			fn(&info, ctx);
	}
out:
	nf_conv_close(conv);
	return rc;
}

/* ---- HTML pages ---- */

/* Does the document starting at p[0..n) read as HTML (--format, else sniffing)? */
static bool
html_doc(const nf_normalizer *nz, const char *p, size_t n)
{
	const nf_encoding *e = NULL;
	double conf;

	if (nz->o.format != NF_FORMAT_AUTO)
		return nz->o.format == NF_FORMAT_HTML;
	if (nf_html_sniff(p, n))
		return true;
	/* a page in UTF-16 or UTF-32: sniff its first characters decoded */
	size_t bom = nf_enc_sniff_bom(p, n, &e);
	if (e == NULL && memchr(p, 0, n < 4096 ? n : 4096) != NULL)
		e = nf_enc_sniff_utf16(p, n, &conf);
	if (e == NULL || e->kind == NF_ENC_UTF8 || e->kind == NF_ENC_CP1252 || e->kind == NF_ENC_ICONV)
		return false;
	nf_conv *c = nf_conv_open(e);
	nf_buf dec = NF_BUF_INIT;
	bool html = false;
	size_t k = n - bom < 4096 ? n - bom : 4096;
	if (c != NULL && nf_conv_feed(c, p + bom, k, false, &dec) == 0)
		html = nf_html_sniff(dec.p ? dec.p : "", dec.len);
	nf_conv_close(c);
	nf_buf_free(&dec);
	return html;
}

/* Append s[0..n) as a JSON string key and value: ,"key":"..." (text normalized). */
static int
html_key(nf_normalizer *nz, const char *key, const char *v)
{
	nf_textnorm tn;
	nf_buf *b = &nz->keys;

	if (v == NULL)
		return 0;
	if (nf_buf_append(b, ",\"", 2) != 0 || nf_buf_append(b, key, strlen(key)) != 0 ||
	    nf_buf_append(b, "\":", 2) != 0)
		return -1;
	/* (rep is free: the text is in norm) */
	nz->rep.len = 0;
	nf_textnorm_init(&tn, nz->o.steps);
	if (nf_textnorm_chunk(&tn, v, strlen(v), &nz->rep) != 0 || nf_buf_append(&nz->rep, "", 1) != 0)
		return -1;
	return json_string_any(b, nz->rep.p);
}

/* A link density or share as the record shows it: two decimals, no trailing zeros. */
static int
html_number(nf_buf *b, double v)
{
	char num[16];

	format_confidence(v, num, sizeof num);
	return nf_buf_append(b, num, strlen(num));
}

/* A list of words: the names of the bits set in bits. */
static int
html_words(nf_buf *b, unsigned bits, const char *(*name)(unsigned))
{
	bool first = true;

	if (nf_buf_append(b, "\"", 1) != 0)
		return -1;
	for (unsigned bit = 1; bit != 0 && bit <= bits; bit <<= 1) {
		if (!(bits & bit))
			continue;
		const char *w = name(bit);
		if ((!first && nf_buf_append(b, " ", 1) != 0) || nf_buf_append(b, w, strlen(w)) != 0)
			return -1;
		first = false;
	}
	return nf_buf_append(b, "\"", 1);
}

/*
 * The page's text: each block repaired and normalized, blocks separated by
 * a blank line, into nz->norm; their offsets into nz->spans.  Returns the
 * number of blocks kept, or -1 when memory ran out.
 */
static long
html_text(nf_normalizer *nz, const nf_html_page *pg, nf_buf *text)
{
	unsigned steps = nz->o.steps & ~NF_TN_ENTITIES;  /* the parser decoded them */
	long kept = 0;

	text->len = 0;
	if (pg->nblocks * 2 > nz->spans_cap) {
		size_t *sp = realloc(nz->spans, pg->nblocks * 2 * sizeof *sp);
		if (sp == NULL)
			return -1;
		nz->spans = sp;
		nz->spans_cap = pg->nblocks * 2;
	}
	for (size_t i = 0; i < pg->nblocks; i++) {
		const nf_html_block *b = &pg->blocks[i];
		const char *s = pg->text.p + b->start;
		size_t n = b->end - b->start, start;
		nf_textnorm tn;
		if (nz->o.repair && nf_mojibake_possible(s, n)) {
			nz->rep.len = 0;
			long r = nf_mojibake_repair(s, n, &nz->rep);
			if (r < 0)
				return -1;
			if (r > 0) {
				nz->repairs += r;
				s = nz->rep.p;
				n = nz->rep.len;
			}
		}
		if (kept > 0 && nf_buf_append(text, "\n\n", 2) != 0)
			return -1;
		start = text->len;
		nf_textnorm_init(&tn, steps);
		if (nf_textnorm_chunk(&tn, s, n, text) != 0)
			return -1;
		/* white space the normalization made at either end */
		while (text->len > start && (text->p[text->len - 1] == ' ' || text->p[text->len - 1] == '\n' ||
		    text->p[text->len - 1] == '\t'))
			text->len--;
		size_t lead = 0;
		bool pre = strcmp(b->tag, "pre") == 0 || strcmp(b->tag, "listing") == 0 ||
		    strcmp(b->tag, "xmp") == 0 || strcmp(b->tag, "plaintext") == 0;
		while (!pre && start + lead < text->len && (text->p[start + lead] == ' ' ||
		    text->p[start + lead] == '\n'))
			lead++;
		if (lead > 0) {
			memmove(text->p + start, text->p + start + lead, text->len - start - lead);
			text->len -= lead;
		}
		if (text->len == start) {  /* nothing left: no block */
			text->len = kept > 0 ? start - 2 : start;
			nz->spans[2 * i] = nz->spans[2 * i + 1] = SIZE_MAX;
			continue;
		}
		nz->spans[2 * i] = start;
		nz->spans[2 * i + 1] = text->len;
		kept++;
	}
	return kept;
}

/* The keys an HTML page adds after the text: what it declares, then its blocks. */
static int
html_keys(nf_normalizer *nz, const nf_html_page *pg)
{
	nf_buf *b = &nz->keys;
	const nf_html_meta *m = &pg->meta;
	char num[24];
	bool first = true;

	b->len = 0;
	if (html_key(nz, "title", m->title) || html_key(nz, "published", m->published) ||
	    html_key(nz, "byline", m->byline) || html_key(nz, "url", m->url) ||
	    html_key(nz, "site", m->site) || html_key(nz, "lang", m->lang) ||
	    nf_buf_append(b, ",\"blocks\":[", 11) != 0)
		return -1;
	for (size_t i = 0; i < pg->nblocks; i++) {
		const nf_html_block *bl = &pg->blocks[i];
		if (nz->spans[2 * i] == SIZE_MAX)
			continue;
		int k = snprintf(num, sizeof num, "%s[%zu,", first ? "" : ",", nz->spans[2 * i]);
		if (nf_buf_append(b, num, (size_t)k) != 0)
			return -1;
		k = snprintf(num, sizeof num, "%zu,\"", nz->spans[2 * i + 1]);
		if (nf_buf_append(b, num, (size_t)k) != 0 || nf_buf_append(b, bl->tag, strlen(bl->tag)) != 0 ||
		    nf_buf_append(b, "\",", 2) != 0 || html_words(b, bl->in, nf_html_in_name) != 0 ||
		    nf_buf_append(b, ",", 1) != 0 || html_number(b, bl->links) != 0 ||
		    nf_buf_append(b, ",", 1) != 0 || html_words(b, bl->tokens, nf_html_token_name) != 0 ||
		    nf_buf_append(b, bl->main ? ",1]" : ",0]", 3) != 0)
			return -1;
		first = false;
	}
	return nf_buf_append(b, "]", 1);
}

/*
 * Read an HTML page whole (at most HTML_MAX bytes) into nz->raw.  Returns
 * 0; -1 when the input failed inside it (err set, what was read is kept:
 * the record says truncated); -3 when the page is too large.
 */
static int
html_read(nf_normalizer *nz, struct docsrc *d, nf_error *err)
{
	const char *p;
	size_t n;
	bool last = false;

	nz->raw.len = 0;
	while (!last) {
		if (src_peek(d, CHUNK, &p, &n, &last, err) != 0)
			return -1;
		if (nz->raw.len + n > HTML_MAX)
			return -3;
		if (nf_buf_append(&nz->raw, p, n) != 0)
			return nf_fail(err, "out of memory");
		src_consume(d, n);
	}
	return 0;
}

/* Decode one HTML page: detection, conversion, the parser, the text stages, the record. */
static int
process_html(nf_normalizer *nz, struct docsrc *d, const char *name, const char *fetched,
    const char *header_cs, const char *base, nf_doc_fn fn, void *ctx, nf_error *err)
{
	nf_doc_info info = { .name = name, .first_bad = UINT64_MAX };
	nf_enc_guess g;
	nf_conv *conv;
	const nf_html_page *pg;
	const char *raw;
	size_t n, k;
	int rc, rrc;
	bool truncated;

	rrc = html_read(nz, d, err);
	if (rrc == -1 && d->body_failed && nz->raw.len == 0)
		return -1;  /* broken before its first byte: the WARC reader says so */
	if (rrc == -3) {
		nf_fail(err, "HTML page larger than %u MiB (--format text reads it as text)",
		    HTML_MAX >> 20);
		info.enc = nf_enc_utf8();
		info.method = NF_DET_FALLBACK;
		info.skipped = true;
		info.error = err->msg;
		if (fn != NULL)
			fn(&info, ctx);
		return 0;
	}
	truncated = rrc == -1;
	raw = nz->raw.p ? nz->raw.p : "";
	n = nz->raw.len;
	if (nz->o.from != NULL) {
		option_guess(nz->o.from, raw, n, &g);
	} else {
		nf_enc_detect_html(raw, n < NF_ENC_WINDOW ? n : NF_ENC_WINDOW, n <= NF_ENC_WINDOW,
		    header_cs, &g);
		if (g.pending && (k = first_non_ascii(raw, n)) < n) {
			size_t rest = n - k < NF_ENC_WINDOW ? n - k : NF_ENC_WINDOW;
			nf_enc_detect_rest(raw + k, rest, k + rest == n, &g);
		}
	}
	if ((conv = open_conv(g.enc, err)) == NULL)
		return -1;
	nz->dec.len = 0;
	rc = nf_conv_feed(conv, raw + g.bom_len, n - g.bom_len, true, &nz->dec);
	info.enc = g.enc;
	info.confidence = g.confidence;
	info.method = g.method;
	info.replaced = nf_conv_replaced(conv);
	if (info.replaced > 0)
		info.first_bad = g.bom_len + nf_conv_first_bad(conv);
	nf_conv_close(conv);
	if (rc != 0)
		return nf_fail(err, "out of memory");
	if (nz->html == NULL && (nz->html = nf_html_new()) == NULL)
		return nf_fail(err, "out of memory");
	if (nf_html_parse(nz->html, nz->dec.p ? nz->dec.p : "", nz->dec.len, base, &pg, err) != 0)
		return -1;
	nz->repairs = 0;
	if (html_text(nz, pg, &nz->norm) < 0 || (!nz->o.text_only && html_keys(nz, pg) != 0))
		return nf_fail(err, "out of memory");
	info.repairs = nz->repairs;
	info.skipped = nz->o.strict && info.replaced > 0;
	if (truncated && d->body_failed) {
		info.error = err->msg;
		info.skipped = nz->o.strict;
	}
	if ((rc = spool_start(nz)) != 0 || (rc = begin_record(nz, name, fetched)) != 0)
		return rc;
	if (nz->o.text_only) {
		rc = write_buf(nz, &nz->norm);
	} else {
		nz->esc.len = 0;
		if (json_escape(&nz->esc, nz->norm.p ? nz->norm.p : "", nz->norm.len) != 0)
			return nf_fail(err, "out of memory");
		rc = write_buf(nz, &nz->esc);
	}
	if (rc != 0 || (rc = end_record(nz, &info, truncated, &nz->keys)) != 0 ||
	    (rc = spool_finish(nz, !info.skipped)) != 0)
		return rc;
	if (!info.skipped)
		nz->docs_written++;
	if (fn != NULL && (!truncated || d->body_failed))
		fn(&info, ctx);
	if (truncated && d->body_failed)
		return 0;
	return truncated ? -1 : 0;
}

/* A document of either kind. */
static int
process_any(nf_normalizer *nz, struct docsrc *d, bool html, const char *name, const char *fetched,
    const char *header_cs, const char *base, nf_doc_fn fn, void *ctx, nf_error *err)
{
	if (html)
		return process_html(nz, d, name, fetched, header_cs, base, fn, ctx, err);
	return process_doc(nz, d, name, fetched, header_cs, fn, ctx, err);
}

/* ---- inputs: plain streams and WARC files ---- */

/* Does the document at p hold UTF-16 or UTF-32 (so a 0x0C byte is no separator)? */
static bool
wide_doc(const nf_normalizer *nz, const char *p, size_t n)
{
	const nf_encoding *e = nz->o.from;
	double conf;

	if (e == NULL)
		nf_enc_sniff_bom(p, n, &e);
	if (e == NULL)
		e = nf_enc_sniff_utf16(p, n, &conf);
	return e != NULL && (e->kind == NF_ENC_UTF16LE || e->kind == NF_ENC_UTF16BE ||
	    e->kind == NF_ENC_UTF32LE || e->kind == NF_ENC_UTF32BE);
}

/* The kind of a file that is no text (an image, a PDF, an archive, a font), by its first bytes. */
static const char *
binary_kind(const char *p, size_t n)
{
	static const struct { const char *magic; size_t len, at; const char *kind; } sig[] = {
		{ "\x89PNG\r\n\x1a\n", 8, 0, "image/png" }, { "\xff\xd8\xff", 3, 0, "image/jpeg" },
		{ "GIF87a", 6, 0, "image/gif" }, { "GIF89a", 6, 0, "image/gif" },
		{ "WEBP", 4, 8, "image/webp" }, { "%PDF-", 5, 0, "application/pdf" },
		{ "PK\x03\x04", 4, 0, "application/zip" }, { "wOFF", 4, 0, "font/woff" },
		{ "wOF2", 4, 0, "font/woff2" }, { "\x7f" "ELF", 4, 0, "an executable" },
		{ "ftyp", 4, 4, "video/mp4" }, { "OggS\0", 5, 0, "audio/ogg" },
		{ "ID3\x03\0", 5, 0, "audio/mpeg" }, { "ID3\x04\0", 5, 0, "audio/mpeg" },
	};

	for (size_t i = 0; i < sizeof sig / sizeof sig[0]; i++)
		if (n >= sig[i].at + sig[i].len && memcmp(p + sig[i].at, sig[i].magic, sig[i].len) == 0 &&
		    (sig[i].at != 8 || memcmp(p, "RIFF", 4) == 0))
			return sig[i].kind;
	return NULL;
}

static int
plain_docs(nf_normalizer *nz, nf_input *in, const char *path, nf_doc_fn fn, void *ctx,
    nf_error *err)
{
	const char *kind;
	struct docsrc d = { .in = in, .remaining = UINT64_MAX };
	const char *p;
	size_t n, namecap = strlen(path) + 24;
	char *name = malloc(namecap);
	bool numbered;
	long long got;
	int rc = 0;

	if (name == NULL)
		return nf_fail(err, "out of memory");
	if ((got = nf_input_fill(in, LOOKAHEAD, err)) < 0) {
		free(name);
		return -1;
	}
	p = nf_input_data(in, &n);
	if ((kind = binary_kind(p, n)) != NULL) {
		/* an image or an archive beside the pages: said, and no document */
		char msg[96];
		snprintf(msg, sizeof msg, "skipped: no text but %s", kind);
		nf_doc_info info = { .name = path, .enc = nf_enc_utf8(), .method = NF_DET_FALLBACK,
		    .first_bad = UINT64_MAX, .skipped = true, .note = msg };
		if (fn != NULL)
			fn(&info, ctx);
		free(name);
		return 0;
	}
	if (html_doc(nz, p, n)) {
		/* a page: one document, a form feed in it is white space */
		rc = process_html(nz, &d, path, NULL, NULL, NULL, fn, ctx, err);
		free(name);
		return rc;
	}
	numbered = !wide_doc(nz, p, n) && memchr(p, '\f', n) != NULL;
	for (unsigned long docno = 1;; docno++) {
		if ((got = nf_input_fill(in, NF_ENC_WINDOW, err)) < 0) {
			rc = -1;
			break;
		}
		p = nf_input_data(in, &n);
		if (n == 0 && nf_input_failed(in, err)) {
			rc = -1;
			break;
		}
		if (n == 0 && docno > 1)
			break;
		d.split_ff = !wide_doc(nz, p, n);
		d.at_ff = false;
		if (n > 0 && p[0] == '\f' && d.split_ff) {  /* an empty document: skipped */
			nf_input_skip(in, 1);
			continue;
		}
		if (numbered || docno > 1)
			snprintf(name, namecap, "%s#%lu", path, docno);
		else
			snprintf(name, namecap, "%s", path);
		if ((rc = process_doc(nz, &d, name, NULL, NULL, fn, ctx, err)) != 0)
			break;
		if (!d.at_ff)
			break;
		nf_input_skip(in, 1);
	}
	free(name);
	return rc;
}

/* Skip n bytes of the input (a record that is no document). */
static int
skip_block(nf_input *in, uint64_t n, nf_error *err)
{
	size_t avail;

	while (n > 0) {
		size_t want = n < CHUNK ? (size_t)n : CHUNK;
		if (nf_input_fill(in, want, err) < 0)
			return -1;
		nf_input_data(in, &avail);
		if (avail < want && nf_input_failed(in, err))
			return -1;
		if (avail == 0)
			return nf_fail(err, "input ends %llu bytes before the end of the WARC block",
			    (unsigned long long)n);
		if (avail > n)
			avail = (size_t)n;
		nf_input_skip(in, avail);
		n -= avail;
	}
	return 0;
}

/* Bytes of CRLF CRLF at p when another record or the end follows, else -1. */
static long
block_end(const char *p, size_t n)
{
	size_t i = 0;

	while (i < n && i < 4 && (p[i] == '\r' || p[i] == '\n'))
		i++;
	return i == n || (n - i >= 7 && nf_warc_sniff(p + i, n - i)) ? (long)i : -1;
}

static const char wrong_length[] = "no WARC record follows the block (wrong Content-Length?)";

/* After a block: CRLF CRLF, then another record or the end. */
static int
record_end(nf_input *in, nf_error *err)
{
	const char *p;
	size_t n;
	long i;

	if (nf_input_fill(in, 16, err) < 0)
		return -1;
	p = nf_input_data(in, &n);
	/* (when the input failed after the line ends, the next record says so) */
	if ((i = block_end(p, n < 16 ? n : 16)) >= 0) {
		nf_input_skip(in, (size_t)i);
		return 0;
	}
	if (n < 16 && nf_input_failed(in, err))
		return -1;
	return nf_fail(err, "%s", wrong_length);
}

/*
 * Before a block of n bytes after the header (hl bytes at the read
 * position) is read: does the input hold it, with a record or the end
 * after it?  Blocks longer than BLOCK_MAX are taken on trust (and checked
 * after).  Returns 0, or -1 with err set; nothing is consumed.
 */
static int
check_block(nf_input *in, size_t hl, uint64_t n, nf_error *err)
{
	const char *p;
	size_t avail;

	if (n > BLOCK_MAX)
		return 0;
	if (nf_input_fill(in, hl + (size_t)n + 16, err) < 0)
		return -1;
	p = nf_input_data(in, &avail);
	if (avail < hl + n) {
		if (nf_input_failed(in, err))
			return -1;
		return nf_fail(err, "input ends %llu bytes before the end of the WARC block",
		    (unsigned long long)(hl + n - avail));
	}
	avail -= hl + (size_t)n;
	if (block_end(p + hl + n, avail < 16 ? avail : 16) < 0)
		return nf_fail(err, "%s", wrong_length);
	return 0;
}

/*
 * Where the next record starts after a bad one: the next line "WARC/1.0"
 * (or 1.1) at or after the read position (at it only when at_pos: a new
 * gzip member), preceded by a line end.  Consumes the bytes before it and
 * returns 1; 0 when the input ends first (everything consumed), -1 when
 * the input failed.
 */
static int
find_record(nf_input *in, bool at_pos, nf_error *err)
{
	static const char pat[] = "WARC/1.";
	const char *p, *hit;
	size_t n, from = at_pos ? 0 : 1;

	for (;;) {
		if (nf_input_fill(in, CHUNK, err) < 0)
			return -1;
		p = nf_input_data(in, &n);
		for (size_t i = from; i + 10 <= n; i = (size_t)(hit - p) + 1) {
			if ((hit = memmem(p + i, n - i, pat, 7)) == NULL || (size_t)(hit - p) + 10 > n)
				break;
			size_t k = (size_t)(hit - p);
			if ((k == 0 ? at_pos : p[k - 1] == '\n') && (p[k + 7] == '0' || p[k + 7] == '1') &&
			    (p[k + 8] == '\n' || (p[k + 8] == '\r' && p[k + 9] == '\n'))) {
				nf_input_skip(in, k);
				return 1;
			}
		}
		if (n < CHUNK) {  /* the input's end (or failure) */
			nf_input_skip(in, n);
			return nf_input_failed(in, err) ? -1 : 0;
		}
		/* keep the tail: a header line may straddle two fills */
		if (n > 10) {
			nf_input_skip(in, n - 10);
			from = 1;
			at_pos = false;
		}
	}
}

static bool
is_doc_record(const char *type)
{
	return type != NULL && (strcmp(type, "conversion") == 0 || strcmp(type, "response") == 0);
}

/* Prefix err->msg with "WARC record N (URI) at offset X: ". */
static int
record_fail(nf_error *err, unsigned long recno, const char *uri, uint64_t off)
{
	char msg[sizeof err->msg];

	memcpy(msg, err->msg, sizeof msg);
	if (uri != NULL)
		return nf_fail(err, "WARC record %lu (%.100s) at offset %llu: %s", recno, uri,
		    (unsigned long long)off, msg);
	return nf_fail(err, "WARC record %lu at offset %llu: %s", recno, (unsigned long long)off, msg);
}

/* The records of a WARC file that gave no document, for the note at its end. */
struct warc_skips {
	unsigned long records, skipped;
	unsigned long by_type[6];   /* warcinfo, request, metadata, revisit, resource, other */
	unsigned long responses;    /* responses whose payload is no page */
	char types[3][48];          /* their media types, the first three kinds */
};

static const char *const skip_type[6] = {
	"warcinfo", "request", "metadata", "revisit", "resource", "other",
};

static void
count_skip(struct warc_skips *st, const char *type, const char *mime)
{
	st->skipped++;
	if (mime != NULL) {
		st->responses++;
		for (int i = 0; i < 3; i++) {
			if (strcmp(st->types[i], mime) == 0)
				return;
			if (st->types[i][0] == '\0') {
				snprintf(st->types[i], sizeof st->types[i], "%s", mime[0] ? mime : "no type");
				return;
			}
		}
		return;
	}
	for (int i = 0; i < 5; i++)
		if (type != NULL && strcmp(type, skip_type[i]) == 0) {
			st->by_type[i]++;
			return;
		}
	st->by_type[5]++;
}

/* The note: "skipped 4 of 9 WARC records: 1 warcinfo, 1 request, 2 responses (image/png)". */
static void
skip_note(const struct warc_skips *st, const char *path, nf_doc_fn fn, void *ctx)
{
	char msg[256];
	size_t k;
	bool first = true;

	if (st->skipped == 0 || fn == NULL)
		return;
	k = (size_t)snprintf(msg, sizeof msg, "skipped %lu of %lu WARC record%s:", st->skipped,
	    st->records, st->records == 1 ? "" : "s");
	for (int i = 0; i < 6 && k < sizeof msg; i++) {
		if (st->by_type[i] == 0)
			continue;
		k += (size_t)snprintf(msg + k, sizeof msg - k, "%s %lu %s", first ? "" : ",",
		    st->by_type[i], skip_type[i]);
		first = false;
	}
	if (st->responses > 0 && k < sizeof msg) {
		k += (size_t)snprintf(msg + k, sizeof msg - k, "%s %lu response%s (", first ? "" : ",",
		    st->responses, st->responses == 1 ? "" : "s");
		for (int i = 0; i < 3 && st->types[i][0] && k < sizeof msg; i++)
			k += (size_t)snprintf(msg + k, sizeof msg - k, "%s%s", i ? ", " : "", st->types[i]);
		if (k < sizeof msg)
			snprintf(msg + k, sizeof msg - k, ")");
	}
	nf_doc_info info = { .name = path, .enc = nf_enc_utf8(), .method = NF_DET_FALLBACK,
	    .first_bad = UINT64_MAX, .skipped = true, .note = msg };
	fn(&info, ctx);
}

/* A response's payload type: 1 a page (HTML), 0 text, -1 neither (skipped). */
static int
payload_kind(const nf_normalizer *nz, const char *mime)
{
	if (mime[0] == '\0')
		return 0;  /* said by its bytes */
	if (strcmp(mime, "text/html") == 0 || strcmp(mime, "application/xhtml+xml") == 0)
		return nz->o.format == NF_FORMAT_TEXT ? 0 : 1;
	if (strcmp(mime, "text/plain") == 0)
		return nz->o.format == NF_FORMAT_HTML ? 1 : 0;
	return -1;
}

/* One WARC record at the read position; 1 when the input is done. */
static int
warc_record(nf_normalizer *nz, nf_input *in, const char *path, unsigned long recno,
    struct warc_skips *st, nf_doc_fn fn, void *ctx, nf_error *err)
{
	bool html = nz->o.format == NF_FORMAT_HTML;
	nf_warc_header h = { 0 };
	char *store = NULL, cs[64], *name = NULL;
	const char *p, *csp;
	size_t n, cslen, hl;
	uint64_t off = nf_input_offset(in);
	int rc;

	if (nf_input_fill(in, NF_WARC_HEADER_MAX, err) < 0)
		return record_fail(err, recno, NULL, off);
	p = nf_input_data(in, &n);
	if (n == 0 && !nf_input_failed(in, err))
		return 1;
	rc = n == 0 ? -1 : nf_warc_parse_header(p, n, &h, &store, err);
	if (rc == 0 && !nf_input_failed(in, err))
		rc = nf_fail(err, "input ends inside the WARC header");
	if (rc == 0)
		rc = -1;
	/* a block that fits is read whole first: a lying length writes nothing */
	if (rc == 1 && (rc = check_block(in, h.header_len, h.length, err)) == 0)
		nf_input_skip(in, h.header_len);
	if (rc < 0) {
		record_fail(err, recno, h.target_uri, off);
		free(store);
		return -1;
	}
	st->records++;
	if (!is_doc_record(h.type)) {
		count_skip(st, h.type, NULL);
		rc = skip_block(in, h.length, err);
	} else {
		struct docsrc d = { .in = in, .remaining = h.length };
		cs[0] = '\0';
		if (strcmp(h.type, "response") == 0) {
			nf_http_info http;
			if (src_peek(&d, NF_WARC_HEADER_MAX, &p, &n, &(bool){ 0 }, err) != 0) {
				rc = -1;
				goto done;
			}
			hl = nf_warc_http_header(p, n, &http);
			int kind = payload_kind(nz, http.mime);
			if (kind < 0) {
				/* an image, a PDF, a script: no document */
				count_skip(st, h.type, http.mime);
				rc = 0;
				goto rest;
			}
			src_consume(&d, hl);
			memcpy(cs, http.charset, sizeof http.charset);
			if (kind == 1 || (http.mime[0] == '\0' && nz->o.format == NF_FORMAT_AUTO &&
			    src_peek(&d, 1024, &p, &n, &(bool){ 0 }, err) == 0 && html_doc(nz, p, n)))
				html = true;
			if (hl > 0 && (http.chunked || http.coding[0] != '\0') &&
			    (d.body = nf_body_new(&http, err)) == NULL) {
				/* a coding we cannot undo: said, and the WARC goes on */
				nf_doc_info info = { .name = h.target_uri ? h.target_uri : path,
				    .enc = nf_enc_utf8(), .method = NF_DET_FALLBACK,
				    .first_bad = UINT64_MAX, .skipped = true, .error = err->msg };
				if (fn != NULL)
					fn(&info, ctx);
				rc = 0;
				goto rest;
			}
		} else if (h.content_type != NULL &&
		    nf_enc_content_type_charset(h.content_type, strlen(h.content_type), &csp, &cslen) &&
		    cslen < sizeof cs) {
			memcpy(cs, csp, cslen);
			cs[cslen] = '\0';
		}
		if (h.target_uri == NULL) {
			size_t cap = strlen(path) + 24;
			if ((name = malloc(cap)) != NULL)
				snprintf(name, cap, "%s#%lu", path, recno);
		}
		rc = process_any(nz, &d, html, h.target_uri ? h.target_uri : name ? name : path,
		    h.date, cs[0] ? cs : NULL, h.target_uri, fn, ctx, err);
		if (rc == -1 && d.body_failed) {
			/* broken before its first bytes were decoded: said, not written */
			nf_doc_info info = { .name = h.target_uri ? h.target_uri : name ? name : path,
			    .enc = nf_enc_utf8(), .method = NF_DET_FALLBACK,
			    .first_bad = UINT64_MAX, .skipped = true, .error = err->msg };
			if (fn != NULL)
				fn(&info, ctx);
			rc = 0;
		}
rest:
		/* bytes after the end of a chunked or compressed body */
		if (rc == 0)
			rc = skip_block(in, d.remaining, err);
		nf_body_free(d.body);
		nf_buf_free(&d.bbuf);
	}
	if (rc == 0)
		rc = record_end(in, err);
done:
	if (rc == -1)
		record_fail(err, recno, h.target_uri, off);
	free(name);
	free(store);
	return rc;
}

/*
 * After a bad record (err says why): go on at the next record - the next
 * gzip member when the compressed data is broken, then the next WARC
 * header line.  Returns 1 (reported through fn), or -1 when there is none
 * to go on at: the error stands.
 */
static int
warc_resync(nf_input *in, const char *path, nf_doc_fn fn, void *ctx, nf_error *err)
{
	nf_error scan = { 0 };
	bool member = false;
	char msg[sizeof err->msg], where[80];
	uint64_t at = 0;
	int rc;

	do {
		if (nf_input_failed(in, &scan)) {
			if (!nf_input_next_member(in, &at))
				return -1;
			member = true;
		}
	} while ((rc = find_record(in, member, &scan)) == -1);
	if (rc == 0)
		return -1;
	if (member)
		snprintf(where, sizeof where, "the gzip member at byte %llu of the file",
		    (unsigned long long)at);
	else
		snprintf(where, sizeof where, "offset %llu", (unsigned long long)nf_input_offset(in));
	memcpy(msg, err->msg, sizeof msg);
	snprintf(err->msg, sizeof err->msg, "%.170s: record skipped, reading on at %s", msg, where);
	nf_doc_info info = { .name = path, .enc = nf_enc_utf8(), .method = NF_DET_FALLBACK,
	    .first_bad = UINT64_MAX, .skipped = true, .error = err->msg, .record = true };
	if (fn != NULL)
		fn(&info, ctx);
	return 1;
}

static int
warc_docs(nf_normalizer *nz, nf_input *in, const char *path, nf_doc_fn fn, void *ctx,
    nf_error *err)
{
	int rc;

	struct warc_skips st = { 0 };

	for (unsigned long recno = 1;; recno++) {
		rc = warc_record(nz, in, path, recno, &st, fn, ctx, err);
		if (rc == -1 && warc_resync(in, path, fn, ctx, err) == 1)
			continue;
		if (rc != 0)
			break;
	}
	if (rc == 1)  /* (after an error, the error is what is said) */
		skip_note(&st, path, fn, ctx);
	return rc == 1 ? 0 : rc;
}

int
nf_normalize_path(nf_normalizer *nz, const char *path, nf_doc_fn fn, void *ctx, nf_error *err)
{
	nf_input *in = nf_input_open(path, err);
	const char *p;
	size_t n;
	int rc;

	if (in == NULL)
		return -1;
	if (nf_input_fill(in, 8, err) < 0) {
		nf_input_close(in);
		return -1;
	}
	p = nf_input_data(in, &n);
	if (n == 0 && nf_input_failed(in, err)) {
		nf_input_close(in);
		return -1;
	}
	if (nf_warc_sniff(p, n))
		rc = warc_docs(nz, in, path, fn, ctx, err);
	else
		rc = plain_docs(nz, in, path, fn, ctx, err);
	nf_input_close(in);
	return rc;
}
