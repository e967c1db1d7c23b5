/*
 * test_segment.c - the start/end contract of nf-segment's records, over
 * every fixture: each fixture file is made into doc records by the
 * normalizer (once with every normalization step, once with none, so raw
 * CR, NBSP, zero-width and form-feed text is covered too), each doc is
 * segmented into sentences and into paragraphs, and every record must have
 *   text == doc_text[start:end] (bytes), start <= end <= strlen(doc_text),
 *   start and end on UTF-8 character boundaries, records in text order
 *   without overlap, each sentence inside its paragraph, a valid role and
 *   lang, and article/para/sent counters that never go backwards.
 * One TAP line per file, mode and normalization.  Run from the project root
 * (tests/run-suite does); with FILE arguments it checks those files instead
 * (a robustness run over a corpus).
 */
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "normalize.h"
#include "boilerplate.h"
#include "segment.h"
#include "utf8.h"
#include "textnorm.h"
#include "tap.h"

/* Paragraph spans of one doc, from --paragraphs mode, for the sentence check. */
typedef struct para_span {
	long long article, para, start, end;
} para_span;

typedef struct para_list {
	para_span *items;
	size_t len, cap;
} para_list;

static void
para_push(para_list *l, para_span p)
{
	if (l->len == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 64;
		l->items = realloc(l->items, l->cap * sizeof *l->items);
		if (l->items == NULL)
			abort();
	}
	l->items[l->len++] = p;
}

/* A role name the library knows. */
static int
valid_role(const char *r)
{
	enum nf_role role;

	return nf_role_parse(r, &role);
}

/*
 * Check the records in out[0..n) against the doc text; paras (may be NULL)
 * are the doc's paragraphs, each sentence must lie in its own.  In
 * paragraph mode, fills collect (may be NULL).  Returns NULL when all is
 * well, else a static message.
 */
static const char *
check_records(const char *text, size_t tlen, const char *out, size_t n,
    int paragraphs, const para_list *paras, para_list *collect, size_t *nrec)
{
	static char msg[512];
	long long prev_end = 0, prev_article = 0, prev_para = 0, prev_sent = 0;
	const char *p = out, *end = out + n;

	*nrec = 0;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
		json_error_t jerr;
		json_t *r = json_loadb(p, len, 0, &jerr);
		long long start, stop, article, para, sent = 0;
		const char *rtext, *role, *lang;
		size_t rlen;

		p += len + 1;
		(*nrec)++;
		if (r == NULL)
			return snprintf(msg, sizeof msg, "record %zu is not JSON: %s", *nrec, jerr.text), msg;
		if (json_unpack(r, "{s:I, s:I, s:I, s:I, s:s, s:s, s:s%}", "start", &start, "end", &stop,
		    "article", &article, "para", &para, "role", &role, "lang", &lang,
		    "text", &rtext, &rlen) != 0
		    || (!paragraphs && json_unpack(r, "{s:I}", "sent", &sent) != 0)
		    || (paragraphs && json_object_get(r, "sent") != NULL)) {
			json_decref(r);
			return snprintf(msg, sizeof msg, "record %zu lacks a key or has a wrong type", *nrec), msg;
		}
		if (start < 0 || stop < start || (size_t)stop > tlen)
			snprintf(msg, sizeof msg, "record %zu: [%lld, %lld) outside the text (%zu bytes)",
			    *nrec, start, stop, tlen);
		else if ((size_t)(stop - start) != rlen || memcmp(text + start, rtext, rlen) != 0)
			snprintf(msg, sizeof msg, "record %zu: text is not doc_text[%lld:%lld]", *nrec, start, stop);
		else if ((start < (long long)tlen && nf_utf8_is_cont((unsigned char)text[start]))
		    || (stop < (long long)tlen && nf_utf8_is_cont((unsigned char)text[stop])))
			snprintf(msg, sizeof msg, "record %zu: [%lld, %lld) splits a character", *nrec, start, stop);
		else if (rlen == 0)
			snprintf(msg, sizeof msg, "record %zu is empty", *nrec);
		else if (start < prev_end)
			snprintf(msg, sizeof msg, "record %zu starts at %lld, before the previous end %lld",
			    *nrec, start, prev_end);
		else if (!valid_role(role) || (strcmp(lang, "en") != 0 && strcmp(lang, "zh") != 0))
			snprintf(msg, sizeof msg, "record %zu: role '%s' lang '%s'", *nrec, role, lang);
		else if (article < prev_article || article < 1 || para < 1 || sent < 0
		    || (article == prev_article && (para < prev_para
		        || (para == prev_para && (paragraphs || sent <= prev_sent)))))
			snprintf(msg, sizeof msg, "record %zu: counters %lld/%lld/%lld go backwards",
			    *nrec, article, para, sent);
		else
			msg[0] = '\0';
		if (msg[0] == '\0' && paras != NULL) {
			size_t i;
			for (i = 0; i < paras->len; i++)
				if (paras->items[i].article == article && paras->items[i].para == para)
					break;
			if (i == paras->len || start < paras->items[i].start || stop > paras->items[i].end)
				snprintf(msg, sizeof msg, "record %zu: sentence [%lld, %lld) outside paragraph %lld/%lld",
				    *nrec, start, stop, article, para);
		}
		if (collect != NULL)
			para_push(collect, (para_span){ article, para, start, stop });
		json_decref(r);
		if (msg[0] != '\0')
			return msg;
		prev_end = stop, prev_article = article, prev_para = para, prev_sent = sent;
	}
	return NULL;
}

/* Segment one doc record in the given mode into a malloc'd buffer. */
static char *
segment_doc(const json_t *doc, int paragraphs, size_t *n)
{
	nf_seg_opts o = { .paragraphs = paragraphs };
	nf_segmenter *seg = nf_seg_new(&o);
	nf_error err = { 0 };
	char *buf = NULL;
	FILE *mem = open_memstream(&buf, n);

	if (seg == NULL || mem == NULL)
		abort();
	if (nf_seg_record(seg, doc, mem, &err) != 0)
		fprintf(mem, "{\"error\":1}\n");
	fclose(mem);
	nf_seg_free(seg);
	return buf;
}

/* Normalize path with steps into a malloc'd buffer of doc records. */
static char *
normalize_file(const char *path, unsigned steps, size_t *n)
{
	nf_norm_opts o = { .steps = steps, .repair = steps != 0 };
	char *buf = NULL;
	FILE *mem = open_memstream(&buf, n);
	nf_normalizer *nz;
	nf_error err = { 0 };

	if (mem == NULL || (nz = nf_normalizer_new(&o, mem)) == NULL)
		abort();
	nf_normalize_path(nz, path, NULL, NULL, &err);
	nf_normalizer_free(nz);
	fclose(mem);
	return buf;
}

/* Every doc of one file, both modes: one TAP line per mode. */
static void
check_file(const char *path, unsigned steps, const char *how)
{
	size_t n, nrec_s = 0, nrec_p = 0;
	char *docs = normalize_file(path, steps, &n);
	const char *p = docs, *end = docs + n, *why_s = NULL, *why_p = NULL;
	char why_buf[600] = "";
	int ndocs = 0;

	while (p < end && why_s == NULL && why_p == NULL) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
		json_t *doc = json_loadb(p, len, 0, NULL);
		const char *text;
		size_t tlen, sn, pn, k;
		para_list paras = { 0 };
		char *sbuf, *pbuf;

		p += len + 1;
		if (doc == NULL || json_unpack(doc, "{s:s%}", "text", &text, &tlen) != 0) {
			json_decref(doc);
			continue;
		}
		ndocs++;
		pbuf = segment_doc(doc, 1, &pn);
		sbuf = segment_doc(doc, 0, &sn);
		why_p = check_records(text, tlen, pbuf, pn, 1, NULL, &paras, &k);
		nrec_p += k;
		if (why_p == NULL) {
			why_s = check_records(text, tlen, sbuf, sn, 0, &paras, NULL, &k);
			nrec_s += k;
		}
		if (why_p != NULL || why_s != NULL)
			snprintf(why_buf, sizeof why_buf, "%s", why_p ? why_p : why_s);
		free(paras.items);
		free(pbuf);
		free(sbuf);
		json_decref(doc);
	}
	free(docs);
	TAP_OK(ndocs > 0 && why_p == NULL && nrec_p > 0, "%s (%s): %d docs, %zu paragraph records",
	    path, how, ndocs, nrec_p);
	if (why_p != NULL)
		printf("# %s\n", why_buf);
	TAP_OK(ndocs > 0 && why_p == NULL && why_s == NULL && nrec_s >= nrec_p,
	    "%s (%s): %zu sentence records", path, how, nrec_s);
	if (why_s != NULL)
		printf("# %s\n", why_buf);
}

/* The checker itself must catch an offset that is off by one. */
static void
check_checker(void)
{
	const char *text = "One two. Three four.";
	const char *good = "{\"article\":1,\"para\":1,\"sent\":1,\"role\":\"body\",\"lang\":\"en\","
	    "\"start\":9,\"end\":20,\"text\":\"Three four.\"}\n";
	const char *bad = "{\"article\":1,\"para\":1,\"sent\":1,\"role\":\"body\",\"lang\":\"en\","
	    "\"start\":8,\"end\":19,\"text\":\"Three four.\"}\n";
	size_t k;

	TAP_OK(check_records(text, strlen(text), good, strlen(good), 0, NULL, NULL, &k) == NULL,
	    "checker: a right record passes");
	TAP_OK(check_records(text, strlen(text), bad, strlen(bad), 0, NULL, NULL, &k) != NULL,
	    "checker: an offset off by one fails");
}

int
main(int argc, char **argv)
{
	static const char *const patterns[] = {
		"fixtures/articles/*.txt",
		"fixtures/encodings/in/*",
		"../shared/seeds/*.txt",  /* optional: skipped when absent */
	};

	check_checker();
	if (argc > 1) {  /* ad-hoc runs over other text: test_segment FILE... */
		for (int i = 1; i < argc; i++)
			check_file(argv[i], NF_TN_ALL, "normalized");
		nf_bp_cleanup();
		return tap_done();
	}
	for (size_t i = 0; i < sizeof patterns / sizeof patterns[0]; i++) {
		glob_t g;
		if (glob(patterns[i], 0, NULL, &g) != 0) {
			if (strncmp(patterns[i], "../", 3) == 0)
				continue;
			TAP_OK(0, "no files match %s (run from the project root)", patterns[i]);
			continue;
		}
		for (size_t j = 0; j < g.gl_pathc; j++) {
			check_file(g.gl_pathv[j], NF_TN_ALL, "normalized");
			check_file(g.gl_pathv[j], 0, "raw");
		}
		globfree(&g);
	}
	nf_bp_cleanup();
	return tap_done();
}
