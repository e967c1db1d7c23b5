/*
 * fuzz_segment.c - libFuzzer target for nf-segment's library (lib/segment.c,
 * boilerplate.c, meta.c, sentences.c, lang.c).
 *
 * The first byte picks the options: paragraph or sentence records, an
 * anchor (--ref or a "fetched" key, or none) and the doc's name (so the
 * repeated-line memory sees a site); the rest is the doc's text.  The raw
 * bytes go to nf_seg_analyze() as they are (invalid UTF-8 included); a doc
 * record of them (bytes that are not UTF-8 made '?') goes through
 * nf_seg_record(), twice, so the second doc meets the first's lines in the
 * site memory.  Beyond what ASan and UBSan catch, it checks the record
 * contract: every record is a JSON object with a valid role and lang,
 * 0 <= start <= end <= length, both on UTF-8 boundaries, text ==
 * doc_text[start:end], records in order without overlap; paragraphs from
 * nf_seg_analyze() likewise inside the text and in order.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "boilerplate.h"
#include "segment.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A role name the library knows. */
static int
valid_role(const char *r)
{
	enum nf_role role;

	return nf_role_parse(r, &role);
}

/* A copy of s[0..n) as valid UTF-8: a byte of no valid sequence is '?'. */
static char *
as_utf8(const uint8_t *s, size_t n)
{
	char *out = malloc(n + 1);
	size_t i = 0;

	if (out == NULL)
		abort();
	while (i < n) {
		size_t len = s[i] < 0x80 ? 1 : s[i] >= 0xC2 && s[i] <= 0xDF ? 2 :
		    s[i] >= 0xE0 && s[i] <= 0xEF ? 3 : s[i] >= 0xF0 && s[i] <= 0xF4 ? 4 : 0;
		json_t *probe;
		if (len == 0 || i + len > n || s[i] == 0 ||
		    (probe = json_stringn((const char *)s + i, len)) == NULL) {
			out[i++] = '?';
			continue;
		}
		json_decref(probe);
		memcpy(out + i, s + i, len);
		i += len;
	}
	out[n] = '\0';
	return out;
}

/* Check the records in out[0..len) against text[0..n). */
static void
check_records(const char *text, size_t n, const char *out, size_t len, int paragraphs)
{
	const char *p = out, *end = out + len;
	long long prev_end = 0;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t l;
		json_t *r;
		long long start, stop, article, para, sent = 0;
		const char *rtext, *role, *lang;
		size_t rlen;

		if (nl == NULL)
			abort();  /* every record ends with a newline */
		l = (size_t)(nl - p);
		r = json_loadb(p, l, 0, NULL);
		p = nl + 1;
		if (r == NULL)
			abort();
		if (json_unpack(r, "{s:I, s:I, s:I, s:I, s:s, s:s, s:s%}", "start", &start,
		    "end", &stop, "article", &article, "para", &para, "role", &role,
		    "lang", &lang, "text", &rtext, &rlen) != 0)
			abort();
		if (!paragraphs && json_unpack(r, "{s:I}", "sent", &sent) != 0)
			abort();
		if (start < prev_end || stop < start || (size_t)stop > n || rlen == 0)
			abort();
		if ((size_t)(stop - start) != rlen || memcmp(text + start, rtext, rlen) != 0)
			abort();
		if (((size_t)start < n && nf_utf8_is_cont((unsigned char)text[start])) ||
		    ((size_t)stop < n && nf_utf8_is_cont((unsigned char)text[stop])))
			abort();
		if (!valid_role(role) || (strcmp(lang, "en") != 0 && strcmp(lang, "zh") != 0))
			abort();
		if (article < 1 || para < 1 || (!paragraphs && sent < 1))
			abort();
		prev_end = stop;
		json_decref(r);
	}
}

static void
run_record(nf_segmenter *seg, const char *text, size_t n, unsigned sel, int paragraphs)
{
	static const char *const names[] = {
		"a.txt", "https://news.example.com/a/1.html", "", "dir/b.txt",
	};
	json_t *doc = json_object();
	nf_error err = { 0 };
	char *buf = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&buf, &len);
	int rc;

	if (doc == NULL || mem == NULL)
		abort();
	json_object_set_new(doc, "doc", json_string(names[(sel >> 3) & 3]));
	if (sel & 0x20)
		json_object_set_new(doc, "fetched", json_string("2025-03-31T08:00:00Z"));
	json_object_set_new(doc, "text", json_stringn(text, n));
	if (json_object_get(doc, "text") == NULL)
		abort();
	rc = nf_seg_record(seg, doc, mem, &err);
	fclose(mem);
	if (rc != 0)
		abort();
	check_records(text, n, buf, len, paragraphs);
	free(buf);
	json_decref(doc);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	nf_seg_opts opts = { 0 };
	nf_segmenter *seg;
	nf_para *paras;
	nf_ymd anchor = { 2025, 3, 31 };
	size_t npara, last = 0;
	unsigned sel;
	char *text;
	int articles;

	if (size == 0)
		return 0;
	sel = data[0];
	data++, size--;
	opts.paragraphs = sel & 1;
	if (sel & 2) {
		opts.has_ref = true;
		opts.ref = (nf_ymd){ 2024, 2, 29 };
	}
	seg = nf_seg_new(&opts);
	if (seg == NULL)
		abort();

	articles = nf_seg_analyze(seg, (const char *)data, size, "", 0,
	    (sel & 4) ? &anchor : NULL, &paras, &npara);
	if (articles < 0 || (npara > 0 && articles < 1))
		abort();
	for (size_t i = 0; i < npara; i++) {
		if (paras[i].start >= paras[i].end || paras[i].end > size || paras[i].start < last)
			abort();
		if (paras[i].article < 1 || paras[i].article > (unsigned)articles)
			abort();
		if ((unsigned)paras[i].role > NF_ROLE_BOILERPLATE)
			abort();
		last = paras[i].end;
	}
	nf_seg_free(seg);

	seg = nf_seg_new(&opts);
	if (seg == NULL)
		abort();
	text = as_utf8(data, size);
	run_record(seg, text, size, sel, opts.paragraphs);
	run_record(seg, text, size, sel, opts.paragraphs);  /* meets its own lines */
	free(text);
	nf_seg_free(seg);
	return 0;
}
