/*
 * number.h - numbers as news text writes them, parsed exactly.
 *
 * A number is held as an exact decimal, mant * 10^exp, so "1.47 billion"
 * becomes 147e7 and converts to the double 1470000000 without rounding
 * error.  The parsers read at the start of a byte range and say how many
 * bytes they used; they never look behind, so the caller decides about word
 * boundaries before the number (a letter before "5" in "GPT-5" is the
 * caller's business) and the parser checks the boundary after it.
 *
 * Forms understood:
 *   digits    "125", "1,234.5", "1.47", "０.５" (fullwidth digits too)
 *   words     "two", "Eleven", "twenty-five", "three hundred and ten",
 *             "a dozen", "a hundred"
 *   Chinese   "三", "十五", "两千万", "一百零五", "三千五百万", "二〇二五"
 *             (positional digit strings), financial 壹贰叁...
 * Scale words after a number, separately: "billion", "bn", "m", "k", "tn",
 * "万", "亿", "万亿", "千万" ...
 */
#ifndef NF_NUMBER_H
#define NF_NUMBER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* An exact decimal: mant * 10^exp. */
typedef struct nf_decimal {
	int64_t mant;
	int exp;
} nf_decimal;

enum nf_number_form {
	NF_NUM_DIGITS = 1,  /* Arabic digits, ASCII or fullwidth */
	NF_NUM_WORDS = 2,   /* English number words */
	NF_NUM_CJK = 4,     /* Chinese numerals */
	NF_NUM_ANY = 7,
};

typedef struct nf_number {
	nf_decimal value;
	size_t len;          /* bytes used from the start of the range */
	unsigned form;       /* the one nf_number_form that matched */
	bool grouped;        /* thousands separators were used ("1,234") */
	bool inexact;        /* more significant digits than 18: value rounded */
	int int_digits;      /* digits before the decimal point (digits form) */
	int frac_digits;     /* digits after it (digits form) */
	bool positional;     /* Chinese digit-by-digit string ("二〇二五") */
} nf_number;

/*
 * Parse a number of one of the allowed forms at the start of s[0..n).
 * Returns true and fills *out, or false when no number starts there.  A
 * number must end at a word boundary: "5G" and "tenth" are not numbers, and
 * for digits a following ASCII letter rejects the match (units such as "5km"
 * are the caller's to split: use nf_number_parse_digits_prefix()).
 */
bool nf_number_parse(const char *s, size_t n, unsigned forms, nf_number *out);

/* Like the digits form of nf_number_parse() but with no check after the
 * number, for "5km", "3.5tn", "$1.47bn". */
bool nf_number_parse_digits_prefix(const char *s, size_t n, nf_number *out);

/*
 * Parse a scale word at the start of s[0..n), after optional spaces:
 * "thousand", "million", "billion", "trillion", "quadrillion",
 * "quintillion", their abbreviations "k", "m", "mn", "mln", "bn", "b",
 * "tn", "mil" (case-insensitive, ending at a word boundary), and Chinese
 * 十 百 千 万 亿 and their compounds (十万 百万 千万 十亿 百亿 千亿 万亿).
 * Returns true with the multiplier as a power of ten in *pow10 and the bytes
 * used (spaces included) in *len.
 */
bool nf_scale_parse(const char *s, size_t n, int *pow10, size_t *len);

/* d as the nearest double (exact for every integer below 2^53). */
double nf_decimal_to_double(nf_decimal d);

/* d * 10^k, kept exact: mantissa digits are never lost. */
nf_decimal nf_decimal_scale(nf_decimal d, int k);

/* d * m for a small integer m (a multiplier like 12 for "dozen"); false on
 * overflow. */
bool nf_decimal_mul_int(nf_decimal *d, int64_t m);

/* Whether d is within what a double holds: its nearest double is finite,
 * and not 0 unless d is 0.  "1" followed by 400 zeros is not (a JSON
 * reader would fail on it or read it as infinity). */
bool nf_decimal_in_range(nf_decimal d);

/* Compare two decimals: <0, 0, >0. */
int nf_decimal_cmp(nf_decimal a, nf_decimal b);

#endif
