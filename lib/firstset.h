/*
 * firstset.h - the characters that start the entries of a word table, so a
 * lookup can say "no" before scanning the table (money.c, units.c), and
 * the chain key that lets a long table be scanned only where it may match.
 *
 * Fill a zeroed set once with nf_firstset_add() for every entry and mark it
 * ready; nf_firstset_may() is then one or two table reads.  Non-ASCII
 * first characters are kept by code point modulo 4096, so a "yes" may be
 * wrong (the caller scans) but a "no" never is.
 */
#ifndef NF_FIRSTSET_H
#define NF_FIRSTSET_H

#include <stdbool.h>
#include <stddef.h>

typedef struct nf_firstset {
	bool ready;                 /* every entry has been added */
	bool byte[256];             /* first bytes */
	unsigned char cp[512];      /* non-ASCII first characters, a bit each */
} nf_firstset;

/* Add the first character of text; fold: ASCII letters in both cases. */
void nf_firstset_add(nf_firstset *set, const char *text, bool fold);

/* Whether an entry may start at s[0..n) (false when n is 0). */
bool nf_firstset_may(const nf_firstset *set, const char *s, size_t n);

/*
 * The chain (0-255) a word table keeps an entry or a text under, for
 * tables too long to scan: its first byte, ASCII folded to lower case,
 * or for a character of three bytes or more a hash of them (Chinese
 * entries share their first byte).  s[0..n) is not empty.
 */
unsigned nf_chain_key(const char *s, size_t n);

/*
 * Chain the n entries of a word table by nf_chain_key(): table holds them
 * stride bytes apart, each starting with its text (a const char *).
 * head[k] is the first entry of chain k, next[i] the one after entry i (-1
 * ends a chain), each chain in table order so that longer entries listed
 * first still come first; lens[i] is the length of entry i's text.
 */
void nf_chains_build(short head[256], short *next, unsigned char *lens,
    const void *table, size_t stride, size_t n);

#endif
