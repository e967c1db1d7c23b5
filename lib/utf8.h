/*
 * utf8.h - decoding, encoding and classifying UTF-8 text.
 *
 * All functions work on byte ranges (pointer + length), never on
 * NUL-terminated strings, and never read past the range.  Invalid input is
 * never undefined behaviour: it decodes as U+FFFD, one maximal invalid
 * subpart at a time (the W3C/Unicode "substitution of maximal subparts"
 * practice browsers follow).
 */
#ifndef NF_UTF8_H
#define NF_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define NF_UTF8_REPLACEMENT 0xFFFDu

/*
 * Decode the character at s[0..n).  Returns the bytes consumed (1 to 4, or 0
 * when n == 0) and stores the code point in *cp.  An invalid or truncated
 * sequence stores U+FFFD and consumes its maximal subpart (at least 1 byte);
 * *valid (when not NULL) says whether the sequence was well formed.
 */
size_t nf_utf8_decode(const char *s, size_t n, uint32_t *cp, bool *valid);

/* Encode cp (invalid code points become U+FFFD) into out; returns 1 to 4. */
size_t nf_utf8_encode(uint32_t cp, char out[4]);

/* Offset of the start of the character before pos (0 when pos == 0). */
size_t nf_utf8_prev(const char *s, size_t pos);

/* Length of the longest prefix of s[0..n) that is valid UTF-8. */
size_t nf_utf8_valid_prefix(const char *s, size_t n);

/* Han ideographs (CJK Unified, Extensions A-F, Compatibility). */
bool nf_is_han(uint32_t cp);

/* Any CJK script letter: Han, kana, Hangul, bopomofo. */
bool nf_is_cjk(uint32_t cp);

/* CJK and fullwidth punctuation: 。，、；：？！“”‘’（）《》【】… */
bool nf_is_cjk_punct(uint32_t cp);

/* ASCII letter or digit, or any non-ASCII letter-like character (rough:
 * code points >= 0x80 that are not spaces or punctuation we know of). */
bool nf_is_word_char(uint32_t cp);

/* Bytes of s[0..n) before its first letter, digit or CJK character
 * (bullets, dashes, brackets, quotes, white space); n when it has none. */
size_t nf_utf8_lead(const char *s, size_t n);

/* White space: ASCII, NBSP, and the Unicode space separators. */
bool nf_is_space(uint32_t cp);

/* Whether byte c continues a UTF-8 sequence (10xxxxxx). */
static inline bool
nf_utf8_is_cont(unsigned char c)
{
	return (c & 0xC0) == 0x80;
}

/* Number of code points in s[0..n). */
size_t nf_utf8_count(const char *s, size_t n);

/*
 * Eight bytes at a time: the scanners' fast paths load a word (any
 * alignment) and ask whether any of its bytes needs a closer look.  Each
 * test is exact: true if and only if some byte qualifies.
 */
#define NF_WORD_ONES 0x0101010101010101ull
#define NF_WORD_HIGHS 0x8080808080808080ull

static inline uint64_t
nf_word_load(const char *p)
{
	uint64_t w;

	memcpy(&w, p, sizeof w);
	return w;
}

/* Some byte of w equals c. */
static inline bool
nf_word_has_byte(uint64_t w, unsigned char c)
{
	uint64_t x = w ^ (NF_WORD_ONES * c);

	return ((x - NF_WORD_ONES) & ~x & NF_WORD_HIGHS) != 0;
}

/* Some byte of w is below c (c <= 128). */
static inline bool
nf_word_has_below(uint64_t w, unsigned char c)
{
	return ((w - NF_WORD_ONES * c) & ~w & NF_WORD_HIGHS) != 0;
}

/* Some byte of w is 0x80 or above (not ASCII). */
static inline bool
nf_word_has_high(uint64_t w)
{
	return (w & NF_WORD_HIGHS) != 0;
}

#endif
