/*
 * test_conv.c - the streaming converter and the normalizer at buffer
 * boundaries: a multi-byte sequence split at every possible place between
 * two (or three) calls decodes exactly as the whole input does, and
 * mojibake is repaired the same wherever a read buffer ends.
 */
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "encoding.h"
#include "normalize.h"
#include "tap.h"
#include "textnorm.h"

/* Encode UTF-8 text with iconv (the test's own, independent of nf_conv). */
static char *
encode(const char *to, const char *utf8, size_t *len)
{
	iconv_t cd = iconv_open(to, "UTF-8");
	size_t inleft = strlen(utf8), outleft = inleft * 4 + 16;
	char *out = malloc(outleft), *o = out, *in = (char *)utf8;

	if (cd == (iconv_t)-1 || iconv(cd, &in, &inleft, &o, &outleft) == (size_t)-1) {
		fprintf(stderr, "iconv %s failed\n", to);
		exit(2);
	}
	iconv_close(cd);
	*len = (size_t)(o - out);
	return out;
}

/* Decode in[0..n) in pieces cut at the offsets cuts[0..ncuts); the result, NUL-terminated. */
static char *
decode(const nf_encoding *e, const char *in, size_t n, const size_t *cuts, size_t ncuts,
    size_t *replaced)
{
	nf_conv *c = nf_conv_open(e);
	nf_buf out = NF_BUF_INIT;
	size_t from = 0;

	for (size_t i = 0; i <= ncuts; i++) {
		size_t to = i < ncuts ? cuts[i] : n;
		if (nf_conv_feed(c, in + from, to - from, i == ncuts, &out) != 0)
			exit(2);
		from = to;
	}
	*replaced = nf_conv_replaced(c);
	nf_conv_close(c);
	nf_buf_append(&out, "", 1);
	return out.p;
}

struct conv_case {
	const char *label;   /* for nf_enc_lookup */
	const char *iconv;   /* for the test's own encoder */
	const char *text;    /* UTF-8 */
};

static const struct conv_case cases[] = {
	/* GB18030: two-byte Han, four-byte BMP (ǹ, ḿ) and supplementary (😀, 𠀀) */
	{ "GB18030", "GB18030", "杭州ǹ1😀ḿ中𠀀文x€" },
	{ "UTF-8", "UTF-8", "a杭😀州€é𠀀z" },
	{ "UTF-16LE", "UTF-16LE", "a😀杭𠀀州é" },
	{ "UTF-16BE", "UTF-16BE", "😀a杭𠀀州é" },
	{ "UTF-32LE", "UTF-32LE", "😀a杭州" },
	{ "Big5", "BIG5-HKSCS", "臺北市a政府b「智慧」" },
	{ "Shift_JIS", "WINDOWS-31J", "東京ｶﾀｶﾅa都庁「新」" },
	{ "EUC-KR", "CP949", "서울a시청b뉴스" },
	{ "windows-1252", "CP1252", "caf\xc3\xa9 \xe2\x82\xac 5 \xe2\x80\x99" },
};

static void
test_splits(const struct conv_case *k)
{
	const nf_encoding *e = nf_enc_lookup(k->label, strlen(k->label));
	size_t n, r, rw, cuts[2], bad2 = 0, bad3 = 0, tries = 0;
	char *in = encode(k->iconv, k->text, &n), *whole, *got;

	TAP_OK(e != NULL, "%s: known", k->label);
	if (e == NULL)
		return;
	whole = decode(e, in, n, NULL, 0, &rw);
	TAP_STR(whole, k->text, "%s: decodes whole", k->label);
	TAP_OK(rw == 0, "%s: nothing replaced", k->label);
	for (size_t i = 1; i < n; i++) {
		cuts[0] = i;
		got = decode(e, in, n, cuts, 1, &r);
		bad2 += strcmp(got, whole) != 0 || r != 0;
		free(got);
		for (size_t j = i; j < n; j++) {  /* two cuts, an empty piece too */
			cuts[1] = j;
			got = decode(e, in, n, cuts, 2, &r);
			bad3 += strcmp(got, whole) != 0 || r != 0;
			tries++;
			free(got);
		}
	}
	TAP_OK(bad2 == 0, "%s: split in two at each of %zu places, same text (%zu differ)",
	    k->label, n - 1, bad2);
	TAP_OK(bad3 == 0, "%s: split in three at each of %zu pairs of places, same text (%zu differ)",
	    k->label, tries, bad3);
	/* one byte at a time */
	size_t *every = malloc(n * sizeof *every);
	for (size_t i = 0; i + 1 < n; i++)
		every[i] = i + 1;
	got = decode(e, in, n, every, n - 1, &r);
	TAP_STR(got, whole, "%s: one byte per call", k->label);
	free(got);
	/* truncated at the end: one U+FFFD, at every split of the cut input */
	size_t cutn = n - 1, badt = 0;
	char *tw = decode(e, in, cutn, NULL, 0, &rw);
	for (size_t i = 1; i < cutn; i++) {
		cuts[0] = i;
		got = decode(e, in, cutn, cuts, 1, &r);
		badt += strcmp(got, tw) != 0 || r != rw;
		free(got);
	}
	TAP_OK(badt == 0, "%s: cut by the end, same result at every split (%zu U+FFFD)",
	    k->label, rw);
	free(tw);
	free(every);
	free(whole);
	free(in);
}

/* ---- the normalizer: mojibake across read buffers ---- */

/* Run the normalizer with --text on bytes; the output, NUL-terminated. */
static char *
normalize(const char *bytes, size_t n, bool repair, long *repairs)
{
	char path[] = "/tmp/test_conv.XXXXXX", *buf = NULL;
	size_t len = 0;
	int fd = mkstemp(path);
	FILE *out = open_memstream(&buf, &len);
	nf_norm_opts o = { .steps = NF_TN_ALL, .repair = repair, .text_only = true };
	nf_normalizer *nz = nf_normalizer_new(&o, out);
	nf_error err;

	if (fd < 0 || write(fd, bytes, n) != (ssize_t)n)
		exit(2);
	close(fd);
	*repairs = 0;
	if (nf_normalize_path(nz, path, NULL, NULL, &err) != 0)
		fprintf(stderr, "normalize: %s\n", err.msg);
	nf_normalizer_free(nz);
	fclose(out);
	unlink(path);
	(void)repairs;
	return buf;
}

/* UTF-8 text read as windows-1252, k times. */
static char *
mojibake(const char *s, int k)
{
	size_t n;
	char *cur = strdup(s), *next;

	for (int i = 0; i < k; i++) {
		/* windows-1252 bytes to UTF-8 is what iconv -f CP1252 does; undefined bytes as C1 */
		iconv_t cd = iconv_open("UTF-8", "CP1252");
		size_t inleft = strlen(cur), outleft = inleft * 3 + 1;
		char *in = cur, *o;
		next = o = calloc(1, outleft + 1);
		while (inleft > 0) {
			if (iconv(cd, &in, &inleft, &o, &outleft) != (size_t)-1)
				break;
			/* 0x81 0x8D 0x8F 0x90 0x9D: the C1 control, as browsers do */
			unsigned char b = (unsigned char)*in++;
			inleft--;
			*o++ = (char)(0xC0 | (b >> 6));
			*o++ = (char)(0x80 | (b & 0x3F));
			outleft -= 2;
		}
		iconv_close(cd);
		free(cur);
		cur = next;
	}
	(void)n;
	return cur;
}

/* A string of count copies of s. */
static char *
repeat(const char *s, size_t count)
{
	size_t n = strlen(s);
	char *r = malloc(n * count + 1);

	for (size_t i = 0; i < count; i++)
		memcpy(r + i * n, s, n);
	r[n * count] = '\0';
	return r;
}

static void
test_mojibake_edges(void)
{
	static const char *const words[] = { "杭州市", "It’s café", "“智慧”城市，" };
	size_t bad = 0, tries = 0;
	long rep;

	/* a damaged run placed across the 64 KiB read buffer edge, at every offset */
	for (int w = 0; w < 3; w++) {
		for (int depth = 1; depth <= 2; depth++) {
			char *m = mojibake(words[w], depth);
			size_t ml = strlen(m);
			for (size_t off = 0; off <= ml + 1; off++) {
				size_t fill = 65536 - off;
				char *in = malloc(fill + ml + 8), *want = malloc(fill + 64);
				memset(in, 'a', fill);
				memcpy(in + fill, m, ml);
				memcpy(in + fill + ml, " end", 5);
				memset(want, 'a', fill);
				sprintf(want + fill, "%s end", words[w]);
				char *got = normalize(in, fill + ml + 4, true, &rep);
				bad += strcmp(got, want) != 0;
				tries++;
				free(got);
				free(in);
				free(want);
			}
			free(m);
		}
	}
	TAP_OK(bad == 0, "mojibake across the read buffer edge, %zu placements, all repaired (%zu not)",
	    tries, bad);
}

static void
test_long_runs(void)
{
	/* Chinese with no ASCII at all: one damaged run of n characters */
	static const struct { size_t count; int depth; } runs[] = {
		{ 400, 1 }, { 400, 2 }, { 30000, 1 }, { 30000, 2 }, { 200000, 1 }, { 200000, 2 },
	};
	long rep;

	for (size_t i = 0; i < sizeof runs / sizeof runs[0]; i++) {
		char *text = repeat("杭州市滨江区，人工智能“产业”。", runs[i].count / 16 + 1);
		char *m = mojibake(text, runs[i].depth);
		char *got = normalize(m, strlen(m), true, &rep);
		size_t d = 0;
		while (got[d] && got[d] == text[d])
			d++;
		TAP_OK(strcmp(got, text) == 0,
		    "a damaged run of %zu bytes (read wrongly %d time%s), no ASCII in it: repaired whole%s",
		    strlen(m), runs[i].depth, runs[i].depth > 1 ? "s" : "",
		    strcmp(got, text) == 0 ? "" : " (differs)");
		if (strcmp(got, text) != 0)
			printf("# first difference at byte %zu of %zu\n", d, strlen(text));
		free(got);
		free(m);
		free(text);
	}
	/* correct text the same length: untouched */
	char *text = repeat("Zürich café naïve “quoted” — £3.40, 杭州。", 20000);
	char *got = normalize(text, strlen(text), true, &rep);
	TAP_STR(strcmp(got, text) == 0 ? "same" : "changed", "same",
	    "%zu bytes of correct Latin and Chinese text: untouched", strlen(text));
	free(got);
	free(text);
}

/* Valid UTF-8 throughout? */
static bool
valid_utf8(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;

	while (*u) {
		int k = *u < 0x80 ? 1 : (*u & 0xE0) == 0xC0 ? 2 : (*u & 0xF0) == 0xE0 ? 3 :
		    (*u & 0xF8) == 0xF0 ? 4 : 0;
		if (k == 0)
			return false;
		for (int i = 1; i < k; i++)
			if ((u[i] & 0xC0) != 0x80)
				return false;
		u += k;
	}
	return true;
}

/*
 * fuzz_normalize's first find: glibc's ISO-2022-CN decoder reports a byte
 * after a shift-out differently depending on where the buffer ends ("U",
 * 0xC2, SO, "S" at the end).  The output differs by a character, but it
 * stays valid UTF-8 with the bad bytes counted, at every split.
 */
static void
test_iso2022_shift_at_end(void)
{
	static const char in[] = "U\xc2\x0eS";
	const nf_encoding *e = nf_enc_lookup("ISO-2022-CN", 11);
	size_t cuts[1], r, bad = 0;

	for (size_t i = 0; i <= 4; i++) {
		cuts[0] = i;
		char *got = decode(e, in, 4, cuts, i ? 1 : 0, &r);
		bad += !valid_utf8(got) || r < 2 || strncmp(got, "U\xef\xbf\xbd", 4) != 0;
		free(got);
	}
	TAP_OK(bad == 0, "ISO-2022-CN, a shift-out before the end: valid UTF-8, the bad bytes counted, at every split");
}

int
main(void)
{
	test_iso2022_shift_at_end();
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		test_splits(&cases[i]);
	test_mojibake_edges();
	test_long_runs();
	return tap_done();
}
