/*
 * lang.c - English or Chinese, from the characters of a span.
 *
 * A Chinese sentence quoting "DeepSeek" or "R1" stays zh (8 Han against 2
 * words); an English sentence with "杭州人工智能小镇" in brackets stays en
 * (8 Han against 60 words).
 */
#include "lang.h"

#include "utf8.h"

nf_script_counts
nf_script_count(const char *s, size_t n)
{
	nf_script_counts c = { 0, 0 };
	bool in_word = false;
	size_t i = 0;

	while (i < n) {
		unsigned char b = (unsigned char)s[i];
		uint32_t cp;

		if (b < 0x80) {
			bool letter = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
			if (letter && !in_word)
				c.words++;
			in_word = letter || (in_word && (b == '\'' || b == '-'));
			i++;
			continue;
		}
		i += nf_utf8_decode(s + i, n - i, &cp, NULL);
		if (nf_is_cjk(cp)) {
			c.cjk++;
			in_word = false;
		} else if (nf_is_word_char(cp)) {
			/* accented Latin and other alphabets join a word */
			if (!in_word)
				c.words++;
			in_word = true;
		} else {
			in_word = false;
		}
	}
	return c;
}

nf_lang
nf_lang_of(nf_script_counts c)
{
	return c.cjk > 0 && c.cjk >= c.words ? NF_LANG_ZH : NF_LANG_EN;
}

nf_lang
nf_lang_guess(const char *s, size_t n)
{
	return nf_lang_of(nf_script_count(s, n));
}

const char *
nf_lang_name(nf_lang lang)
{
	return lang == NF_LANG_ZH ? "zh" : "en";
}
