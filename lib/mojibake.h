/*
 * mojibake.h - undo text that was decoded with the wrong encoding.
 *
 * Two kinds of damage are repaired:
 *   - UTF-8 read as windows-1252 or Latin-1, once or twice: "â€™" for "’",
 *     "Ã©" for "é", "æ­å·" for "杭州", "ÃƒÂ©" for "é";
 *   - GB18030 (GBK, GB2312) read as Latin-1 or windows-1252: "º¼ÖÝ" for
 *     "杭州".
 *
 * Damage shows as runs of characters from the Latin-1 / windows-1252
 * repertoire with no ASCII between them.  Each such run is mapped back to
 * the bytes it came from and decoded again, and the result is kept only
 * when it is clearly better:
 *   - UTF-8: each multi-byte sequence inside the run is taken on its own; a
 *     3- or 4-byte sequence must decode to an assigned, non-private,
 *     non-control character; a 2-byte one to a letter or sign of Latin-1 or
 *     Latin Extended-A (é, £, ©, ł, Œ), or, when two or more stand
 *     together, of Greek, Cyrillic, Hebrew or Arabic.  Correct text is left
 *     alone: "café", "naïve", "Zürich" hold no byte pattern of a UTF-8
 *     sequence, and "CAFÉ»" decodes to an IPA letter, which is refused.
 *   - GB18030: only a run with no UTF-8 repair, of 4 or more bytes (2
 *     when another run in the text qualifies), all byte pairs from
 *     GB2312's rows (symbols A1-A9, Han B0-F7, second byte A1-FE),
 *     decoding to Han characters (two at least) and CJK punctuation.  The
 *     GBK extensions are left out: NBSPs and quotes beside correct Chinese
 *     ("\u00a0\u00a0" is A0 A0, "牋" in GBK) would be taken for damage.
 * A repaired run is looked at again (at most three times in all), which
 * undoes double encoding.
 *
 * Input must be valid UTF-8 (what nf_conv produces).  Runs end at any
 * ASCII byte or any character outside the repertoire, so text may be
 * repaired in pieces cut before ASCII bytes or Han characters.
 */
#ifndef NF_MOJIBAKE_H
#define NF_MOJIBAKE_H

#include <stdbool.h>
#include <stddef.h>

#include "strbuf.h"

/* Could s[0..n) hold mojibake at all (a Latin-1 letter or sign in it)? */
bool nf_mojibake_possible(const char *s, size_t n);

/*
 * Append s[0..n) to out with every damaged run repaired.  Returns the
 * number of runs repaired (0: out got s unchanged), or -1 when memory ran
 * out.
 */
long nf_mojibake_repair(const char *s, size_t n, nf_buf *out);

#endif
