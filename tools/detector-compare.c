/*
 * detector-compare.c - measure uchardet against ICU's ucsdet, alone and as
 * the last step of nf-normalize's detection cascade (lib/encoding.c).
 *
 *   detector-compare TRUTH FILE...
 *
 * TRUTH is the canonical encoding the files are in ("GB18030").  Prints one
 * line per file: truth, uchardet's answer, ICU's answer, the cascade's
 * answer with ICU last, with uchardet last; each answer mapped through
 * nf_enc_lookup() so "GBK" and "GB18030" agree.  Built and run by
 * tools/compare-detectors, which tallies the lines.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <uchardet.h>
#include <unicode/ucsdet.h>

#include "encoding.h"

/* Canonical name of a detector's label, "-" when none, "?label" when unknown. */
static const char *
canon(const char *label, char *tmp, size_t tmpsz)
{
	const nf_encoding *e;

	if (label == NULL || *label == '\0')
		return "-";
	if (strcmp(label, "ASCII") == 0)
		return "UTF-8";
	e = nf_enc_lookup(label, strlen(label));
	if (e != NULL)
		return e->name;
	snprintf(tmp, tmpsz, "?%s", label);
	return tmp;
}

static const char *
run_uchardet(const char *buf, size_t n, char *tmp, size_t tmpsz)
{
	uchardet_t ud = uchardet_new();
	const char *r;

	uchardet_handle_data(ud, buf, n);
	uchardet_data_end(ud);
	r = canon(uchardet_get_charset(ud), tmp, tmpsz);
	if (r != tmp) {
		uchardet_delete(ud);
		return r;
	}
	uchardet_delete(ud);
	return tmp;
}

static const char *
run_icu(const char *buf, size_t n, char *tmp, size_t tmpsz)
{
	UErrorCode st = U_ZERO_ERROR;
	UCharsetDetector *csd = ucsdet_open(&st);
	const UCharsetMatch *m;
	const char *r = "-";

	ucsdet_setText(csd, buf, (int32_t)n, &st);
	m = ucsdet_detect(csd, &st);
	if (U_SUCCESS(st) && m != NULL)
		r = canon(ucsdet_getName(m, &st), tmp, tmpsz);
	ucsdet_close(csd);
	return r;
}

int
main(int argc, char **argv)
{
	char t1[64], t2[64], t3[64];

	if (argc < 3) {
		fprintf(stderr, "usage: detector-compare TRUTH FILE...\n");
		return 2;
	}
	for (int i = 2; i < argc; i++) {
		FILE *fp = fopen(argv[i], "rb");
		char *buf = malloc(NF_ENC_WINDOW);
		size_t n;
		nf_enc_guess g;
		const char *u, *icu, *cas_u;

		if (fp == NULL || buf == NULL) {
			perror(argv[i]);
			return 1;
		}
		n = fread(buf, 1, NF_ENC_WINDOW, fp);
		fclose(fp);
		u = run_uchardet(buf, n, t1, sizeof t1);
		icu = run_icu(buf, n, t2, sizeof t2);
		nf_enc_detect(buf, n, n < NF_ENC_WINDOW, NULL, &g);
		cas_u = g.enc->name;
		if (g.method == NF_DET_STATISTICAL || g.method == NF_DET_FALLBACK) {
			cas_u = run_uchardet(buf, n, t3, sizeof t3);
			if (strcmp(cas_u, "UTF-8") == 0 || cas_u[0] == '-' || cas_u[0] == '?')
				cas_u = "windows-1252";
		}
		printf("%s\t%zu\t%s\t%s\t%s\t%s\t%s\n", argv[1], n, u, icu, g.enc->name, cas_u, argv[i]);
		free(buf);
	}
	return 0;
}
