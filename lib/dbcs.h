/*
 * dbcs.h - which double-byte CJK encoding a short text is in.
 *
 * ICU's statistical detector needs about fifteen characters of Chinese
 * before it names GB18030; below that it guesses Shift_JIS, KOI8-R or
 * Greek for "杭州滨江".  This module decides among the four double-byte
 * encodings from their own layout, which was drawn up by frequency: each
 * puts its common characters in one block and the rare ones after it.
 *
 *   GB18030    GB2312 level 1 (B0A1-D7FE, the 3,755 common hanzi)     2
 *              GB2312 level 2 (D8A1-F7FE), CJK punctuation (A1, A3)   1
 *   Big5       level 1 (A440-C67E, 5,401 common hanzi)                2
 *              level 2 (C940-F9D5), punctuation (A140-A1FE)           1
 *   EUC-KR     Hangul (B0A1-C8FE, 2,350 syllables)                    2
 *              punctuation (A1A1-A1FE)                                1
 *   Shift_JIS  kana (829F-82F1, 8340-8396), level 1 kanji (889F-9872) 2
 *              level 2 kanji (989F-EAA4), punctuation (8140-81FC)     1
 *
 * A pair elsewhere in the encoding's space (extension blocks, user-defined
 * areas, kana or Greek between hanzi, Hanja in Korean, halfwidth katakana)
 * scores -1; one that looks like a Latin-1 letter inside a word (between
 * two ASCII letters, or ending in an ASCII letter beside another: "ño" is
 * F1 6F, a Big5 hanzi) -3;
 * a byte the encoding cannot decode rules it out.  The best score wins
 * when it averages at least one point a character; ties go to GB18030,
 * then Big5, EUC-KR, Shift_JIS (newsfacts reads Chinese news).  The
 * confidence grows with the characters seen and with the lead over the
 * runner-up, and stays below 0.5 (a weak guess) under eight characters.
 */
#ifndef NF_DBCS_H
#define NF_DBCS_H

#include <stdbool.h>
#include <stddef.h>

/*
 * The canonical name ("GB18030", "Big5", "EUC-KR", "Shift_JIS") of the
 * encoding buf[0..n) reads best in, with its confidence in *conf; NULL (and
 * 0) when the bytes hold no double-byte characters or read badly in all
 * four.  Looks at the first 4096 bytes; a character cut by their end is
 * left out, unless at_eof says buf is the whole text (then the cut rules
 * the encoding out: "мир" in windows-1251 is three bytes).
 */
const char *nf_dbcs_guess(const char *buf, size_t n, bool at_eof, double *conf);

#endif
