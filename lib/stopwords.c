/*
 * stopwords.c - the stop-word tables and their lookups.
 *
 * English words go in an open-addressed hash table of 512 slots, Chinese
 * function characters in a bit set over the CJK Unified block; both are
 * static and filled on first use.
 */
#include "stopwords.h"

#include <string.h>

#include "utf8.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* English stop words (lower case). */
static const char *const stopwords[] = {
	"a", "about", "above", "after", "again", "against", "all", "also", "am",
	"an", "and", "any", "are", "as", "at", "be", "because", "been",
	"before", "being", "below", "between", "both", "but", "by", "can",
	"could", "did", "do", "does", "doing", "down", "during", "each", "few",
	"for", "from", "further", "had", "has", "have", "having", "he", "her",
	"here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it",
	"its", "it's", "itself", "just", "me", "more", "most", "my", "no", "nor",
	"not", "now", "of", "off", "on", "once", "only", "or", "other", "our",
	"out", "over", "own", "same", "she", "should", "so", "some", "such",
	"than", "that", "the", "their", "them", "then", "there", "these", "they",
	"this", "those", "through", "to", "too", "under", "until", "up", "very",
	"was", "we", "were", "what", "when", "where", "which", "while", "who",
	"whom", "why", "will", "with", "would", "you", "your", "said", "says",
	"one", "new", "many", "much", "may", "might", "must", "since", "still",
	"though", "although", "however", "yet", "per", "among", "across", "s",
};

/* Chinese function characters: frequent in prose, rare in headings. */
static const char stop_zh[] =
	"的了是在和有也就都而及与着或等被把对从向为以之于其这那个们不将已并还到"
	"要会可能说他她我你该此所但因如由让又很更最并其已经该则即";

#define SLOTS 512  /* a power of two, well above COUNT(stopwords) */
#define ZH_FIRST 0x4E00
#define ZH_LAST 0x9FFF

static struct {
	bool ready;
	const char *slots[SLOTS];
	unsigned char len[SLOTS];
	uint8_t zh_bits[(ZH_LAST - ZH_FIRST + 1) / 8 + 1];
} tables;

/* FNV-1a of the word in lower case. */
static uint32_t
hash_word(const char *w, size_t len)
{
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)w[i];
		if (c >= 'A' && c <= 'Z')
			c += 32;
		h = (h ^ c) * 16777619u;
	}
	return h;
}

static void
tables_init(void)
{
	uint32_t cp;

	for (size_t i = 0; i < COUNT(stopwords); i++) {
		size_t len = strlen(stopwords[i]);
		uint32_t h = hash_word(stopwords[i], len) & (SLOTS - 1);
		while (tables.slots[h] != NULL)
			h = (h + 1) & (SLOTS - 1);
		tables.slots[h] = stopwords[i];
		tables.len[h] = (unsigned char)len;
	}
	for (size_t i = 0; stop_zh[i]; ) {
		i += nf_utf8_decode(stop_zh + i, strlen(stop_zh + i), &cp, NULL);
		if (cp >= ZH_FIRST && cp <= ZH_LAST)
			tables.zh_bits[(cp - ZH_FIRST) >> 3] |= (uint8_t)(1u << ((cp - ZH_FIRST) & 7));
	}
	tables.ready = true;
}

enum nf_stop
nf_stop_word(const char *w, size_t len)
{
	char low[12];
	uint32_t h;

	if (len == 0 || len > 10)
		return NF_STOP_NONE;
	if (!tables.ready)
		tables_init();
	h = 2166136261u;
	for (size_t i = 0; i < len; i++) {  /* hash_word() and the lower case at once */
		unsigned char c = (unsigned char)w[i];
		low[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		h = (h ^ (unsigned char)low[i]) * 16777619u;
	}
	h &= SLOTS - 1;
	while (tables.slots[h] != NULL) {
		if (tables.len[h] == len && memcmp(tables.slots[h], low, len) == 0)
			return low[0] == 'y' && low[1] == 'o' && low[2] == 'u' ? NF_STOP_YOU : NF_STOP_WORD;
		h = (h + 1) & (SLOTS - 1);
	}
	return NF_STOP_NONE;
}

bool
nf_is_stopword(const char *w, size_t len)
{
	return nf_stop_word(w, len) != NF_STOP_NONE;
}

bool
nf_is_zh_stop(uint32_t cp)
{
	if (cp < ZH_FIRST || cp > ZH_LAST)
		return false;
	if (!tables.ready)
		tables_init();
	return (tables.zh_bits[(cp - ZH_FIRST) >> 3] & (1u << ((cp - ZH_FIRST) & 7))) != 0;
}
