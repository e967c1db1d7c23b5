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
 * the bytes it came from and decoded again (the candidate):
 *   - UTF-8: each multi-byte sequence inside the run is taken on its own; a
 *     3- or 4-byte sequence must decode to an assigned, non-private,
 *     non-control character; a 2-byte one to a letter or sign of Latin-1 or
 *     Latin Extended-A (é, £, ©, ł, Œ), or, when two or more stand
 *     together, of Greek, Cyrillic, Hebrew or Arabic.
 *   - GB18030: only a run with no UTF-8 repair, of 4 or more bytes (2
 *     when another run in the text qualifies), all byte pairs from
 *     GB2312's rows (symbols A1-A9, Han B0-F7, second byte A1-FE),
 *     decoding to Han characters (two at least) and CJK punctuation.  The
 *     GBK extensions are left out: NBSPs and quotes beside correct Chinese
 *     ("\u00a0\u00a0" is A0 A0, "牋" in GBK) would be taken for damage.
 * A repaired run is looked at again (at most three times in all), which
 * undoes double encoding.
 *
 * The candidate replaces the run only when both hold:
 *   - the round trip: its characters encode back (UTF-8, or GB18030) to
 *     exactly the run's bytes, and those bytes decode back to exactly the
 *     run's characters through one codec, Latin-1 or windows-1252 (a run
 *     that mixes C1 controls with windows-1252's signs for the same bytes
 *     was not made by one wrong decoding);
 *   - the measure: the run with one character of context on each side has
 *     more unlikely character pairs than the candidate in the same context,
 *     at least twice as many, and the candidate has none left when only
 *     part of the run decoded.  A GB run of one pair beside a clearly
 *     damaged GB run need only be no worse.
 * First the whole text is tried as one run, as python-ftfy does: when every
 * character outside ASCII maps back to a byte (one codec), the bytes are
 * valid UTF-8, and the measure falls to 0, the whole text is repaired
 * (text damaged throughout, where a run alone may be ambiguous: "ä»…" is
 * "仅").  Else each run is judged on its own, as above.
 * So a run whose characters are a plausible text as they stand (measure 0:
 * "Brontë…”", "10 Å—", "NESTLÉ®", "SÉ¡", "Ã’s") is never changed, whatever
 * its bytes decode to ("Bront녔", "10 ŗ").
 *
 * The measure (nf_mojibake_badness), in the spirit of python-ftfy's
 * "badness": characters are letters (ASCII; Latin with marks, capital
 * or small; other scripts; Hangul; CJK), signs good text puts anywhere
 * (’ ‘ “ ” … – — • NBSP SHY « » ‹ › · ¡ ¿ ™ ® © ° × ± ÷ ´), currency
 * (¢ £ ¥ €), low quotes (‚ „), odd signs (¤ ¦ ¨ ¬ ¯ ¸ ª º ¹ ² ³ ¼ ½ ¾ µ ¶
 * § ˆ ˜ † ‡ ‰ ƒ), C1 controls, IPA and phonetic letters, combining marks,
 * unassigned/private/control characters, other symbols.  Each of these
 * counts one:
 *   1. a C1 control or an unassigned, private-use or control character;
 *   2. an IPA or phonetic letter; a combining mark on no letter;
 *   3. a Latin letter with a mark followed by an odd sign, a low quote or
 *      a C1 control; an ASCII letter followed by ¤ ¦ ¨ ¬ ¯ ¸ ˆ ˜ † ‡ ‰ ƒ ¶
 *      or a low quote ("m²" and "Nº" are fine);
 *   4. Ã or Â followed by a character of windows-1252's 80-BF other than
 *      ¥, … and ’ (Ã‘ Ã“ Ã” Ã• Ã™ Ã› only inside a word: "HÃ”TEL");
 *   5. a small Latin letter with a mark followed by currency; a capital
 *      one at the start of a word ("Ã¥klagare", not "DrÃ¥ber" or "MÄ£ÄM");
 *   6. a small Latin letter with a mark followed by a capital one;
 *   7. a sign followed by an odd sign;
 *   8. Œ or œ followed by anything but an ASCII letter;
 *   9. a Latin letter with a mark, then ° ± « » ¡ ¿ © ® ™ × ÷ ‹ ›, then a
 *      Latin letter ("Ä±r" is "ır");
 *  10. a Latin letter with a mark followed by two signs (or a sign and one
 *      of Š Œ Ž š œ ž Ÿ), unless they close a phrase (… ” ’ » › — – ´ ™
 *      ® ° NBSP, then … ” ’ » › — – NBSP: "ë…”") or are "´´";
 *  11. a small Latin letter with a mark followed by “ ‘ ¿ ¡;
 *  12. a Latin letter next to a letter of another alphabet or Hangul, or a
 *      Latin letter with a mark next to a CJK character.
 * Input must be valid UTF-8 (what nf_conv produces).  Runs end at any
 * ASCII byte or any character outside the repertoire, so text may be
 * repaired in pieces cut before ASCII bytes or Han characters.
 */
#ifndef NF_MOJIBAKE_H
#define NF_MOJIBAKE_H

#include <stdbool.h>
#include <stddef.h>

#include "strbuf.h"

/* The measure: the unlikely pairs in s[0..n) (UTF-8), counted as above. */
long nf_mojibake_badness(const char *s, size_t n);

/* Could s[0..n) hold mojibake at all (a Latin-1 letter or sign in it)? */
bool nf_mojibake_possible(const char *s, size_t n);

/*
 * Append s[0..n) to out with every damaged run repaired.  Returns the
 * number of runs repaired (0: out got s unchanged), or -1 when memory ran
 * out.
 */
long nf_mojibake_repair(const char *s, size_t n, nf_buf *out);

#endif
