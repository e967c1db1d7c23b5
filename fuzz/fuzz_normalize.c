/*
 * fuzz_normalize.c - libFuzzer target for nf-normalize's library: the
 * detector, the streaming converter, the mojibake repairer, the text
 * normalization and the WARC/gzip reader (lib/encoding.c, mojibake.c,
 * textnorm.c, entities.c, warc.c, normalize.c).
 *
 * The first byte picks the options: the encoding the bytes are decoded as
 * (the detector's guess, or one of a few fixed ones), the chunk size the
 * converter is fed in, and the normalizer's flags.  Beyond what ASan and
 * UBSan catch, it checks:
 *   - detection always names an encoding, confidence within 0..1;
 *   - the converter's output is valid UTF-8, the same whether the input
 *     comes whole or in chunks (except for the stateful ISO-2022
 *     decoders of glibc, see below), and it replaces no more sequences than
 *     there are bytes;
 *   - repair and normalization keep it valid UTF-8; no repair means the
 *     text is copied unchanged;
 *   - the whole filter (nf_normalize_path on the bytes as a file) writes
 *     valid UTF-8, and every line it writes is a JSON object with the
 *     record's keys, whether the input was good or bad.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "encoding.h"
#include "fuzz_file.h"
#include "mojibake.h"
#include "normalize.h"
#include "textnorm.h"
#include "utf8.h"
#include "warc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const fixed[] = {
	"UTF-8", "GB18030", "Big5", "Shift_JIS", "EUC-KR", "UTF-16LE", "UTF-16BE",
	"UTF-32LE", "windows-1252", "ISO-2022-JP", "EUC-JP", "windows-1251",
	"UTF-32BE", "ISO-2022-KR", "EUC-TW",
};
static const size_t chunks[] = { 1, 2, 3, 5, 7, 16, 4096 };

static void
check_utf8(const char *s, size_t n)
{
	uint32_t cp;
	bool ok;
	size_t k;

	for (size_t i = 0; i < n; i += k) {
		k = nf_utf8_decode(s + i, n - i, &cp, &ok);
		if (!ok || k == 0)
			abort();
	}
}

/* Decode data with enc, fed in pieces of step bytes; the output in out. */
static size_t
convert(const nf_encoding *enc, const char *data, size_t size, size_t step, nf_buf *out)
{
	nf_conv *c = nf_conv_open(enc);
	size_t replaced;

	if (c == NULL)
		abort();
	if (size == 0 && nf_conv_feed(c, data, 0, true, out) != 0)
		abort();
	for (size_t i = 0; i < size; i += step) {
		size_t n = size - i < step ? size - i : step;
		if (nf_conv_feed(c, data + i, n, i + n == size, out) != 0)
			abort();
	}
	replaced = nf_conv_replaced(c);
	nf_conv_close(c);
	return replaced;
}

static void
library_stages(const char *data, size_t size, unsigned sel)
{
	nf_enc_guess g;
	const nf_encoding *enc;
	nf_buf whole = NF_BUF_INIT, part = NF_BUF_INIT, rep = NF_BUF_INIT, norm = NF_BUF_INIT;
	size_t r1, r2;
	long repairs;
	nf_textnorm tn;

	nf_enc_detect(data, size, true, (sel & 0x80) ? "gbk" : NULL, &g);
	if (g.enc == NULL || !(g.confidence >= 0 && g.confidence <= 1) || g.bom_len > size)
		abort();
	enc = g.enc;
	if ((sel & 15) < sizeof fixed / sizeof fixed[0])
		enc = nf_enc_lookup(fixed[sel & 15], strlen(fixed[sel & 15]));
	if (enc == NULL)
		abort();
	r1 = convert(enc, data, size, size ? size : 1, &whole);
	r2 = convert(enc, data, size, chunks[(sel >> 4) % 7], &part);
	/*
	 * glibc's stateful ISO-2022 decoders report a bad byte after a shift
	 * differently depending on where the buffer ends: for those, only
	 * validity is checked.
	 */
	if (r1 > size || (strncmp(enc->iconv, "ISO-2022", 8) != 0 && (r1 != r2 ||
	    whole.len != part.len || (whole.len > 0 && memcmp(whole.p, part.p, whole.len) != 0))))
		abort();
	check_utf8(part.p, part.len);
	check_utf8(whole.p, whole.len);
	repairs = nf_mojibake_repair(whole.p ? whole.p : "", whole.len, &rep);
	if (repairs < 0)
		abort();
	if (repairs == 0 && (rep.len != whole.len || (rep.len && memcmp(rep.p, whole.p, rep.len))))
		abort();
	check_utf8(rep.p, rep.len);
	nf_textnorm_init(&tn, NF_TN_ALL);
	if (nf_textnorm_chunk(&tn, rep.p ? rep.p : "", rep.len, &norm) != 0)
		abort();
	check_utf8(norm.p, norm.len);
	nf_buf_free(&whole);
	nf_buf_free(&part);
	nf_buf_free(&rep);
	nf_buf_free(&norm);
}

/* Every line a doc record. */
static void
check_records(const char *s, size_t n)
{
	static const char *const keys[] = {
		"doc", "text", "encoding", "confidence", "detected_by", "replaced", "repairs",
	};
	const char *line = s, *eol;

	while (line < s + n) {
		json_error_t jerr;
		json_t *o;
		eol = memchr(line, '\n', (size_t)(s + n - line));
		if (eol == NULL)
			abort();  /* a record is always finished */
		o = json_loadb(line, (size_t)(eol - line), 0, &jerr);
		if (!json_is_object(o))
			abort();
		for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
			if (json_object_get(o, keys[i]) == NULL)
				abort();
		double conf = json_number_value(json_object_get(o, "confidence"));
		if (!(conf >= 0 && conf <= 1))
			abort();
		json_decref(o);
		line = eol + 1;
	}
}

static void
whole_filter(const char *data, size_t size, unsigned sel)
{
	nf_norm_opts o = { .steps = NF_TN_ALL, .repair = !(sel & 1), .text_only = sel & 2,
	    .strict = sel & 4 };
	char *buf;
	size_t len;

	if (sel & 8)
		o.from = nf_enc_lookup(fixed[(sel >> 4) % 15], strlen(fixed[(sel >> 4) % 15]));
	fuzz_normalize_file(&o, NULL, 0, data, size, NULL, 0, &buf, &len);
	check_utf8(buf, len);
	if (!o.text_only)
		check_records(buf, len);
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
	library_stages((const char *)data, size, sel);
	whole_filter((const char *)data, size, sel);
	return 0;
}
