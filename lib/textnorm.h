/*
 * textnorm.h - the text normalizations nf-normalize applies to decoded
 * UTF-8, each one a flag so it can be turned off:
 *
 *   NF_TN_ENTITIES   HTML character references decoded (entities.h)
 *   NF_TN_NEWLINES   CRLF, CR, NEL, U+2028, U+2029 and VT to LF
 *   NF_TN_CONTROLS   C0 controls other than TAB and LF, DEL and C1
 *                    controls removed
 *   NF_TN_SPACES     NBSP and every Unicode space separator (U+1680,
 *                    U+2000-200A, U+202F, U+205F, U+3000) to a space
 *   NF_TN_ZEROWIDTH  ZWSP, ZWNJ, ZWJ, word joiner, invisible operators,
 *                    U+180E, U+FEFF and the soft hyphen removed
 *   NF_TN_FULLWIDTH  fullwidth ASCII U+FF01-FF5E to ASCII ("２０２５" to
 *                    "2025", "％" to "%"), except the fullwidth marks
 *                    Chinese uses as its own punctuation (！，：；？（）),
 *                    which stay - but "，" and "：" between two digits
 *                    ("１，０００", "10：30") fold to "," and ":"
 *   NF_TN_NFC        Unicode NFC (utf8proc), not NFKC: "10³" stays
 *
 * Text is normalized in chunks; nf_textnorm_cut() says where a chunk may
 * end so that no step sees half of what it works on (a CRLF, a reference,
 * a base letter and its combining marks).
 */
#ifndef NF_TEXTNORM_H
#define NF_TEXTNORM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "strbuf.h"

enum {
	NF_TN_ENTITIES = 1 << 0,
	NF_TN_NEWLINES = 1 << 1,
	NF_TN_CONTROLS = 1 << 2,
	NF_TN_SPACES = 1 << 3,
	NF_TN_ZEROWIDTH = 1 << 4,
	NF_TN_FULLWIDTH = 1 << 5,
	NF_TN_NFC = 1 << 6,
	NF_TN_ALL = (1 << 7) - 1,
};

/* State kept between the chunks of one document. */
typedef struct nf_textnorm {
	unsigned flags;
	bool after_cr;      /* the last chunk ended in a CR turned into LF */
	uint32_t last;      /* the last character written (for digit context) */
} nf_textnorm;

/* Start a document with the given NF_TN_* flags. */
void nf_textnorm_init(nf_textnorm *t, unsigned flags);

/*
 * Normalize s[0..n) (valid UTF-8; the whole document or a piece ending where
 * nf_textnorm_cut() allows) and append the result to out.  Returns 0, or -1
 * when memory ran out.
 */
int nf_textnorm_chunk(nf_textnorm *t, const char *s, size_t n, nf_buf *out);

/*
 * Where text buffered so far (s[0..n), valid UTF-8 except perhaps an
 * incomplete last character) may be cut: a length at which a chunk can end,
 * as near n as practical, or 0 when there is none yet (read more).  A cut
 * is made before an ASCII byte that cannot continue a character reference
 * (not a letter, digit, '#' or ';'), else before a Han character.
 */
size_t nf_textnorm_cut(const char *s, size_t n);

#endif
