/*
 * money.h - currencies as news text writes them, mapped to ISO 4217.
 *
 * The table (lib/money.c) holds signs ("$", "US$", "HK$", "€", "£", "¥"),
 * codes ("RMB", "USD", "CNY"), and words in English and Chinese ("yuan",
 * "US dollars", "euros", "元", "美元", "港元", "人民币") with the side of
 * the number they stand on.  Two signs depend on the article: a bare "$"
 * and "¥"/"￥"; for them the lookups return NF_MONEY_DOLLAR or NF_MONEY_YEN
 * and the caller resolves them with nf_money_resolve().
 */
#ifndef NF_MONEY_H
#define NF_MONEY_H

#include <stdbool.h>
#include <stddef.h>

/* Placeholders for the context-dependent signs. */
#define NF_MONEY_DOLLAR "$"
#define NF_MONEY_YEN "\xC2\xA5"

/*
 * A currency written before a number at the start of s[0..n): a sign
 * ("US$", "€", "$"), a code ("RMB", "USD"), or 人民币.  Codes and words
 * must end at a word boundary and may be followed by one space; signs may
 * too ("$ 5").  Returns the bytes used (the space included) and sets *code
 * (ISO 4217, or a placeholder above), or 0 when none starts there.
 */
size_t nf_money_prefix(const char *s, size_t n, const char **code);

/*
 * A currency written after a number at the start of s[0..n) (after any
 * space the caller skipped): "yuan", "RMB", "US dollars", "euros", "元",
 * "美元", "港元", "台币", a sign ("10 €"), a currency adjective ("Chinese
 * yuan", "Japanese yen"), or a subunit ("cents", "pence", "p", 角钱,
 * 分钱).  Returns the bytes used and sets *code, or 0.
 * *needs_scale is set for words that name a currency only after a scale
 * word ("pounds": "5 million pounds" is money, "5 pounds" may be a weight).
 * *pow10 (when not NULL) is 0, or for a subunit the power of ten the
 * number is worth in the currency: "11 cents" is 0.11 dollars (-2).
 */
size_t nf_money_suffix(const char *s, size_t n, const char **code, bool *needs_scale,
    int *pow10);

/* How the article around a figure reads, for nf_money_resolve(). */
typedef struct nf_money_context {
	const char *dollar;   /* the code a bare "$" means ("USD" when NULL) */
	bool yuan;            /* the text speaks of yuan, RMB, 元, 人民币 */
	bool yen;             /* the text speaks of yen, 日元, Japan */
	bool chinese;         /* the text is Chinese */
} nf_money_context;

/* The ISO code for code, resolving the placeholders by context: "$" is
 * ctx->dollar or USD; "¥" is CNY beside yuan words, JPY beside yen words,
 * else CNY in Chinese text and JPY elsewhere. */
const char *nf_money_resolve(const char *code, const nf_money_context *ctx);

/* Whether s is a known ISO 4217 code of three capital letters we list. */
bool nf_money_known_code(const char *s);

#endif
