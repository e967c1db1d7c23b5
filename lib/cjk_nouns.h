/*
 * cjk_nouns.h - the Chinese head nouns a count is made of ("企业" in
 * "200家高新技术企业", "基金" in "30只股票型基金"), so the counted noun
 * after a measure word can be told from the verb or adverb that follows
 * it ("120所院校云集广州" counts 院校, not 院校云集广州).
 *
 * The table in lib/cjk_nouns.c holds a few hundred nouns met in news
 * counts, grouped by field (organisations, places, people, housing,
 * finance, products, sport and games, documents and measures ...).  A
 * noun phrase ends in a head noun; what stands before it (高性能数字,
 * 股票型, 银行系) is its modifier.  Entries are whole words: a head noun
 * that holds a function character (发展中国家, 方向, 之家) is read whole
 * before that character could end the noun.
 */
#ifndef NF_CJK_NOUNS_H
#define NF_CJK_NOUNS_H

#include <stddef.h>

/* The length in bytes of the longest head noun starting at s[0..n), or 0. */
size_t nf_zh_head_noun_at(const char *s, size_t n);

/* The length in bytes of the longest head noun ending at text[pos]
 * (reading back at most to text[0]), or 0. */
size_t nf_zh_head_noun_before(const char *text, size_t pos);

#endif
