/*
 * encoding.h - which character encoding a document is in, and decoding it
 * to UTF-8 a buffer at a time.
 *
 * Names: every label a page, a server or a detector may use ("gbk",
 * "ISO-8859-1", "x-sjis", "cp936") maps to one canonical encoding the way
 * browsers map them (the WHATWG Encoding Standard): GBK and GB2312 decode as
 * GB18030, ISO-8859-1 and US-ASCII as windows-1252, Big5 as Big5-HKSCS,
 * Shift_JIS as windows-31j, EUC-KR as windows-949.  UTF-32 is added.
 *
 * Detection (nf_enc_detect) looks at a bounded window at the start of a
 * document, in this order: a byte order mark; a charset from the container
 * (the HTTP or WARC Content-Type); an in-document declaration (<meta
 * charset>, <meta http-equiv=Content-Type>, <?xml encoding?>); UTF-16 or
 * UTF-32 without a BOM when NUL bytes show it; valid UTF-8; ICU's
 * statistical detector when it is sure (confidence 0.5 up); UTF-16 without
 * NULs (needs ASCII-range bytes, as UTF-16 Han has and GB2312 has not);
 * for short CJK text the double-byte layout guess (dbcs.h); then ICU's
 * unsure guess.  A window that is plain ASCII with more
 * of the document to come is left "pending": the caller decides at the
 * first non-ASCII byte with nf_enc_detect_rest().
 *
 * Conversion (nf_conv) decodes in bounded buffers: a multi-byte sequence
 * split between two calls is carried over; an undecodable sequence becomes
 * U+FFFD and is counted.
 */
#ifndef NF_ENCODING_H
#define NF_ENCODING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "strbuf.h"

/* How bytes are decoded. */
enum nf_enc_kind {
	NF_ENC_UTF8,      /* built in: validate, replace maximal invalid subparts */
	NF_ENC_CP1252,    /* built in: the WHATWG windows-1252 table */
	NF_ENC_UTF16LE,
	NF_ENC_UTF16BE,
	NF_ENC_UTF32LE,
	NF_ENC_UTF32BE,
	NF_ENC_ICONV,     /* any other: through iconv(3), ASCII-compatible */
};

typedef struct nf_encoding {
	const char *name;   /* canonical name, as reported: "GB18030", "windows-1252" */
	const char *iconv;  /* name for iconv_open() */
	enum nf_enc_kind kind;
} nf_encoding;

/* How the encoding was decided (the doc record's detected_by). */
enum nf_det_method {
	NF_DET_OPTION,       /* --from */
	NF_DET_BOM,          /* byte order mark */
	NF_DET_HEADER,       /* Content-Type charset of the WARC or HTTP header */
	NF_DET_DECLARATION,  /* <meta charset>, <?xml encoding?> */
	NF_DET_ASCII,        /* only ASCII bytes: decoded as UTF-8 */
	NF_DET_UTF8,         /* the bytes are valid UTF-8 */
	NF_DET_UTF16,        /* UTF-16/32 without a BOM, by its byte pattern */
	NF_DET_STATISTICAL,  /* ICU's charset detector */
	NF_DET_FALLBACK,     /* nothing could tell: windows-1252, confidence 0 */
};

/* The outcome of detection. */
typedef struct nf_enc_guess {
	const nf_encoding *enc;
	double confidence;          /* 0..1, see nf_enc_detect() */
	enum nf_det_method method;
	size_t bom_len;             /* bytes of byte order mark to skip */
	bool pending;               /* ASCII so far: decide at the first non-ASCII byte */
} nf_enc_guess;

/* Bytes nf_enc_detect() wants to see (it copes with fewer). */
#define NF_ENC_WINDOW 65536

/*
 * The encoding a label names (case-insensitive, surrounding spaces and
 * quotes ignored), or NULL when the label is unknown.  The result is
 * static.
 */
const nf_encoding *nf_enc_lookup(const char *label, size_t len);

/* The encoding named exactly by canonical name (e.g. "UTF-8"); static. */
const nf_encoding *nf_enc_utf8(void);

/* The doc record's word for a method: "option", "bom", "header", ... */
const char *nf_enc_method_name(enum nf_det_method m);

/*
 * Decide the encoding of a document from its first n bytes (buf), n at most
 * NF_ENC_WINDOW is enough.  at_eof says buf is the whole document.
 * header_label is a charset named by the container (NULL if none).  Always
 * fills *g; never fails.  confidence is 1 for a BOM or an option, 0.9 for a
 * header or declaration the bytes do not contradict, 1 for ASCII, for valid
 * UTF-8 it grows with the number of multi-byte sequences seen (0.75 for one,
 * 0.99 from six on), for the UTF-16 pattern it is the share of plausible
 * code units, for the statistical detector ICU's confidence scaled to 0..1
 * and lowered for short samples; below 0.5 the guess is a weak one.
 */
void nf_enc_detect(const char *buf, size_t n, bool at_eof, const char *header_label,
    nf_enc_guess *g);

/* Bytes the HTML prescan looks at (the HTML standard's 1024). */
#define NF_ENC_PRESCAN 1024

/*
 * As nf_enc_detect(), for an HTML page: after the byte order mark and the
 * container's charset, the HTML standard's prescan of the first 1024 bytes
 * (nf_enc_prescan); then, as a browser that meets a <meta charset> later
 * in the head, nf_enc_detect()'s own order.
 */
void nf_enc_detect_html(const char *buf, size_t n, bool at_eof, const char *header_label,
    nf_enc_guess *g);

/*
 * The HTML standard's prescan for a character encoding declaration in the
 * first NF_ENC_PRESCAN bytes of s[0..n): comments and other tags (with
 * attributes, so a '>' in a quoted value ends nothing) are stepped over; a
 * <meta charset>, or a <meta http-equiv=content-type content="...;
 * charset=X">, names the encoding.  A declared UTF-16 means UTF-8.
 * Returns the encoding, or NULL.
 */
const nf_encoding *nf_enc_prescan(const char *s, size_t n);

/*
 * Finish a pending guess: buf starts at the document's first non-ASCII byte
 * (or ESC); decides between UTF-8 and a legacy encoding as nf_enc_detect()
 * does.
 */
void nf_enc_detect_rest(const char *buf, size_t n, bool at_eof, nf_enc_guess *g);

/* Length of a byte order mark at the start of buf (0 if none); *enc set. */
size_t nf_enc_sniff_bom(const char *buf, size_t n, const nf_encoding **enc);

/*
 * A charset declared inside the document (meta tag, XML declaration) within
 * its first bytes: the encoding, or NULL.  Browser rule: a declared UTF-16
 * or UTF-32 means UTF-8 (the bytes were readable as ASCII).
 */
const nf_encoding *nf_enc_sniff_declaration(const char *buf, size_t n);

/*
 * The charset parameter of a Content-Type value ("text/html; charset=gbk"):
 * stores a pointer into s and its length, returns true when present.
 */
bool nf_enc_content_type_charset(const char *s, size_t n, const char **cs, size_t *cslen);

/*
 * UTF-16/32 without a BOM: the encoding when the byte pattern is clear
 * (confidence in *conf), else NULL.  Without NUL bytes the pattern needs
 * 64 bytes, a quarter of them below 0x80: short Chinese in GB2312 (bytes
 * A1 up) reads as Hangul in UTF-16BE, and is not taken for it.
 */
const nf_encoding *nf_enc_sniff_utf16(const char *buf, size_t n, double *conf);

/*
 * The statistical detector alone (ICU): the encoding it names and its
 * confidence (0..1, lowered for samples with few non-ASCII bytes), or NULL
 * when it names nothing we can decode.
 */
const nf_encoding *nf_enc_statistical(const char *buf, size_t n, double *conf);

/* ---- conversion ---- */

typedef struct nf_conv nf_conv;

/* A decoder for enc; NULL when iconv cannot open it (errno set). */
nf_conv *nf_conv_open(const nf_encoding *enc);

/*
 * Decode in[0..n), appending UTF-8 to out.  An incomplete sequence at the
 * end is kept for the next call; with eof it becomes U+FFFD.  Returns 0, or
 * -1 when memory ran out.
 */
int nf_conv_feed(nf_conv *c, const char *in, size_t n, bool eof, nf_buf *out);

/* U+FFFD substitutions so far, and the input offset of the first one. */
size_t nf_conv_replaced(const nf_conv *c);
uint64_t nf_conv_first_bad(const nf_conv *c);

void nf_conv_close(nf_conv *c);

#endif
