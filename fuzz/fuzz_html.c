/*
 * fuzz_html.c - libFuzzer target for the HTML path: the parser walk, the
 * main-content scoring and the declared metadata (lib/html.c,
 * html_meta.c), nf-normalize's HTML documents and WARC responses
 * (normalize.c, encoding.c's prescan), and nf-segment's reading of blocks
 * (html_cues.c, the hooks in segment.c).
 *
 * The first byte picks the options (the page given to the parser raw or
 * wrapped in a WARC response record; --text; --strict); the rest is the
 * page.  Beyond what ASan and UBSan catch, it checks:
 *   - nf_html_parse() on the raw bytes: blocks in order, inside the text,
 *     not overlapping, each with a tag; link density within 0..1;
 *   - nf_normalize_path() with --format html: every line a JSON object
 *     with the doc keys; its "blocks" in order, inside "text", on UTF-8
 *     boundaries; a declared "published" starting with YYYY-MM-DD;
 *   - nf_seg_record() on each such record: records are JSON objects,
 *     their text is the doc's text between start and end, and none holds
 *     "blocks".
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "fuzz_file.h"
#include "html.h"
#include "normalize.h"
#include "segment.h"
#include "textnorm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static nf_html *parser;

static void
check_page(const char *data, size_t size)
{
	const nf_html_page *pg;
	nf_error err;
	size_t prev = 0;

	if (parser == NULL && (parser = nf_html_new()) == NULL)
		abort();
	if (nf_html_parse(parser, data, size, "https://ex.com/a/b", &pg, &err) != 0)
		return;
	for (size_t i = 0; i < pg->nblocks; i++) {
		const nf_html_block *b = &pg->blocks[i];
		if (b->start < prev || b->end < b->start || b->end > pg->text.len || b->tag == NULL ||
		    !(b->links >= 0 && b->links <= 1))
			abort();
		prev = b->end;
	}
}

static bool
utf8_boundary(const char *s, size_t n, size_t at)
{
	return at == 0 || at == n || ((unsigned char)s[at] & 0xC0) != 0x80;
}

/* The doc records in out[0..len): the contract, then nf-segment on each. */
static void
check_docs(const char *out, size_t len, nf_segmenter *seg)
{
	const char *line = out, *eol;

	while (line < out + len) {
		json_error_t jerr;
		json_t *o, *blocks, *b;
		const char *text, *pub;
		size_t n, i, prev = 0;
		char *segout = NULL;
		size_t seglen = 0;
		FILE *f;
		nf_error err;

		if ((eol = memchr(line, '\n', (size_t)(out + len - line))) == NULL)
			abort();
		o = json_loadb(line, (size_t)(eol - line), 0, &jerr);
		if (!json_is_object(o) || !json_is_string(json_object_get(o, "text")) ||
		    json_object_get(o, "encoding") == NULL)
			abort();
		text = json_string_value(json_object_get(o, "text"));
		n = json_string_length(json_object_get(o, "text"));
		blocks = json_object_get(o, "blocks");
		json_array_foreach(blocks, i, b) {
			json_int_t s = json_integer_value(json_array_get(b, 0));
			json_int_t e = json_integer_value(json_array_get(b, 1));
			if (json_array_size(b) != 7 || s < (json_int_t)prev || e < s || (size_t)e > n ||
			    !utf8_boundary(text, n, (size_t)s) || !utf8_boundary(text, n, (size_t)e))
				abort();
			prev = (size_t)e;
		}
		pub = json_string_value(json_object_get(o, "published"));
		if (pub != NULL && (strlen(pub) < 10 || pub[4] != '-' || pub[7] != '-'))
			abort();
		if ((f = open_memstream(&segout, &seglen)) == NULL)
			abort();
		memset(&err, 0, sizeof err);
		if (nf_seg_record(seg, o, f, &err) == -2)
			abort();
		fclose(f);
		for (const char *p = segout, *e; p < segout + seglen; p = e + 1) {
			json_t *r;
			if ((e = memchr(p, '\n', (size_t)(segout + seglen - p))) == NULL)
				abort();
			r = json_loadb(p, (size_t)(e - p), 0, &jerr);
			if (!json_is_object(r) || json_object_get(r, "blocks") != NULL)
				abort();
			json_int_t s = json_integer_value(json_object_get(r, "start"));
			json_int_t t = json_integer_value(json_object_get(r, "end"));
			const char *rt = json_string_value(json_object_get(r, "text"));
			if (s < 0 || t < s || (size_t)t > n || rt == NULL ||
			    strlen(rt) != (size_t)(t - s) || memcmp(rt, text + s, (size_t)(t - s)) != 0)
				abort();
			json_decref(r);
		}
		free(segout);
		json_decref(o);
		line = eol + 1;
	}
}

static void
whole_filter(const char *data, size_t size, unsigned sel)
{
	static const char http[] = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n";
	nf_norm_opts o = { .steps = NF_TN_ALL, .repair = true, .format = NF_FORMAT_HTML,
	    .text_only = (sel & 2) != 0, .strict = (sel & 4) != 0 };
	nf_seg_opts so = { .paragraphs = (sel & 8) != 0 };
	char head[256], *buf;
	size_t len;
	int k = 0;
	nf_segmenter *seg;

	if (sel & 1)  /* the page as a WARC response */
		k = snprintf(head, sizeof head, "WARC/1.0\r\nWARC-Type: response\r\n"
		    "WARC-Target-URI: https://ex.com/2025/05/10/a\r\nContent-Length: %zu\r\n\r\n%s",
		    size + strlen(http), http);
	fuzz_normalize_file(&o, head, (size_t)k, data, size, "\r\n\r\n", (sel & 1) ? 4 : 0,
	    &buf, &len);
	if ((seg = nf_seg_new(&so)) == NULL)
		abort();
	if (!o.text_only)
		check_docs(buf, len, seg);
	nf_seg_free(seg);
	free(buf);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned sel;

	if (size == 0)
		return 0;
	sel = data[0];
	data++;
	size--;
	check_page((const char *)data, size);
	whole_filter((const char *)data, size, sel);
	return 0;
}
