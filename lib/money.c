/*
 * money.c - the currency table and its lookups (see money.h).
 *
 * One table, data only: each entry is the text, the ISO code and where it
 * stands.  Longer entries come first so "US$" wins over "$" and "US
 * dollars" over "dollars".
 */
#include "money.h"

#include <string.h>
#include <strings.h>

#include "firstset.h"

enum side { BEFORE = 1, AFTER = 2, BOTH = 3 };

static const struct currency {
	const char *text;
	const char *code;
	unsigned side;
	bool sign;          /* a symbol: no word boundary needed after it */
	bool fold;          /* ASCII case-insensitive */
	bool needs_scale;   /* a currency only after a scale word */
} currencies[] = {
	/* signs */
	{ "US$", "USD", BEFORE, true, false, false },
	{ "HK$", "HKD", BEFORE, true, false, false },
	{ "NT$", "TWD", BEFORE, true, false, false },
	{ "S$", "SGD", BEFORE, true, false, false },
	{ "A$", "AUD", BEFORE, true, false, false },
	{ "C$", "CAD", BEFORE, true, false, false },
	{ "NZ$", "NZD", BEFORE, true, false, false },
	{ "R$", "BRL", BEFORE, true, false, false },
	{ "$", NF_MONEY_DOLLAR, BEFORE, true, false, false },
	{ "\xEF\xBC\x84", NF_MONEY_DOLLAR, BEFORE, true, false, false },  /* ＄ */
	{ "\xE2\x82\xAC", "EUR", BEFORE, true, false, false },            /* € */
	{ "\xC2\xA3", "GBP", BEFORE, true, false, false },                /* £ */
	{ "\xEF\xBF\xA1", "GBP", BEFORE, true, false, false },            /* ￡ */
	{ "\xC2\xA5", NF_MONEY_YEN, BEFORE, true, false, false },         /* ¥ */
	{ "\xEF\xBF\xA5", NF_MONEY_YEN, BEFORE, true, false, false },     /* ￥ */
	{ "\xE2\x82\xB9", "INR", BEFORE, true, false, false },            /* ₹ */
	{ "\xE2\x82\xA9", "KRW", BEFORE, true, false, false },            /* ₩ */
	/* codes, either side */
	{ "RMB", "CNY", BOTH, false, false, false },
	{ "CNY", "CNY", BOTH, false, false, false },
	{ "USD", "USD", BOTH, false, false, false },
	{ "HKD", "HKD", BOTH, false, false, false },
	{ "EUR", "EUR", BOTH, false, false, false },
	{ "GBP", "GBP", BOTH, false, false, false },
	{ "JPY", "JPY", BOTH, false, false, false },
	{ "KRW", "KRW", BOTH, false, false, false },
	{ "INR", "INR", BOTH, false, false, false },
	{ "TWD", "TWD", BOTH, false, false, false },
	{ "SGD", "SGD", BOTH, false, false, false },
	{ "AUD", "AUD", BOTH, false, false, false },
	{ "CAD", "CAD", BOTH, false, false, false },
	{ "CHF", "CHF", BOTH, false, false, false },
	{ "NZD", "NZD", BOTH, false, false, false },
	{ "SEK", "SEK", BOTH, false, false, false },
	{ "NOK", "NOK", BOTH, false, false, false },
	{ "DKK", "DKK", BOTH, false, false, false },
	{ "RUB", "RUB", BOTH, false, false, false },
	{ "ZAR", "ZAR", BOTH, false, false, false },
	{ "BRL", "BRL", BOTH, false, false, false },
	{ "MXN", "MXN", BOTH, false, false, false },
	{ "TRY", "TRY", BOTH, false, false, false },
	{ "MYR", "MYR", BOTH, false, false, false },
	{ "THB", "THB", BOTH, false, false, false },
	{ "IDR", "IDR", BOTH, false, false, false },
	{ "VND", "VND", BOTH, false, false, false },
	{ "AED", "AED", BOTH, false, false, false },
	{ "SAR", "SAR", BOTH, false, false, false },
	{ "PLN", "PLN", BOTH, false, false, false },
	{ "HUF", "HUF", BOTH, false, false, false },
	{ "ILS", "ILS", BOTH, false, false, false },
	/* Chinese */
	{ "人民币", "CNY", BOTH, false, false, false },
	{ "新台币", "TWD", BOTH, false, false, false },
	{ "美元", "USD", AFTER, false, false, false },
	{ "美金", "USD", AFTER, false, false, false },
	{ "港元", "HKD", AFTER, false, false, false },
	{ "港币", "HKD", AFTER, false, false, false },
	{ "欧元", "EUR", AFTER, false, false, false },
	{ "日元", "JPY", AFTER, false, false, false },
	{ "英镑", "GBP", AFTER, false, false, false },
	{ "韩元", "KRW", AFTER, false, false, false },
	{ "澳元", "AUD", AFTER, false, false, false },
	{ "加元", "CAD", AFTER, false, false, false },
	{ "新加坡元", "SGD", AFTER, false, false, false },
	{ "卢比", "INR", AFTER, false, false, false },
	{ "元人民币", "CNY", AFTER, false, false, false },
	{ "元", "CNY", AFTER, false, false, false },
	{ "块钱", "CNY", AFTER, false, false, false },
	/* English words after the number */
	{ "US dollars", "USD", AFTER, false, true, false },
	{ "U.S. dollars", "USD", AFTER, false, true, false },
	{ "Hong Kong dollars", "HKD", AFTER, false, true, false },
	{ "Singapore dollars", "SGD", AFTER, false, true, false },
	{ "Australian dollars", "AUD", AFTER, false, true, false },
	{ "Canadian dollars", "CAD", AFTER, false, true, false },
	{ "New Taiwan dollars", "TWD", AFTER, false, true, false },
	{ "Taiwan dollars", "TWD", AFTER, false, true, false },
	{ "dollars", NF_MONEY_DOLLAR, AFTER, false, true, false },
	{ "yuan", "CNY", AFTER, false, true, false },
	{ "renminbi", "CNY", AFTER, false, true, false },
	{ "euros", "EUR", AFTER, false, true, false },
	{ "euro", "EUR", AFTER, false, true, false },
	{ "pounds sterling", "GBP", AFTER, false, true, false },
	{ "pound sterling", "GBP", AFTER, false, true, false },
	{ "sterling", "GBP", AFTER, false, true, false },
	{ "pounds", "GBP", AFTER, false, true, true },
	{ "yen", "JPY", AFTER, false, true, false },
	{ "won", "KRW", AFTER, false, true, true },
	{ "rupees", "INR", AFTER, false, true, false },
	{ "rupee", "INR", AFTER, false, true, false },
	{ "Swiss francs", "CHF", AFTER, false, true, false },
	{ "francs", "CHF", AFTER, false, true, true },
	{ "Swedish kronor", "SEK", AFTER, false, true, false },
	{ "Swedish crowns", "SEK", AFTER, false, true, false },
	{ "kronor", "SEK", AFTER, false, true, false },
	{ "krona", "SEK", AFTER, false, true, false },
	{ "Norwegian kroner", "NOK", AFTER, false, true, false },
	{ "Norwegian crowns", "NOK", AFTER, false, true, false },
	{ "Danish kroner", "DKK", AFTER, false, true, false },
	{ "Danish crowns", "DKK", AFTER, false, true, false },
	{ "roubles", "RUB", AFTER, false, true, false },
	{ "rubles", "RUB", AFTER, false, true, false },
	{ "rand", "ZAR", AFTER, false, true, true },
	{ "reais", "BRL", AFTER, false, true, false },
	{ "lira", "TRY", AFTER, false, true, false },
	{ "liras", "TRY", AFTER, false, true, false },
	{ "ringgit", "MYR", AFTER, false, true, false },
	{ "baht", "THB", AFTER, false, true, false },
	{ "rupiah", "IDR", AFTER, false, true, false },
	{ "dirhams", "AED", AFTER, false, true, false },
	{ "riyals", "SAR", AFTER, false, true, false },
	{ "New Zealand dollars", "NZD", AFTER, false, true, false },
	{ "zlotys", "PLN", AFTER, false, true, false },
	{ "zloty", "PLN", AFTER, false, true, false },
	{ "forints", "HUF", AFTER, false, true, false },
	{ "forint", "HUF", AFTER, false, true, false },
	{ "hryvnias", "UAH", AFTER, false, true, false },
	{ "hryvnia", "UAH", AFTER, false, true, false },
	{ "naira", "NGN", AFTER, false, true, false },
	{ "shekels", "ILS", AFTER, false, true, false },
	{ "卢布", "RUB", AFTER, false, false, false },
	{ "瑞士法郎", "CHF", AFTER, false, false, false },
	{ "泰铢", "THB", AFTER, false, false, false },
	{ "新台币元", "TWD", AFTER, false, false, false },
};

static bool
is_alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* The first characters of the entries before and after a number. */
static nf_firstset firsts[2];

static void
build_firsts(void)
{
	for (size_t i = 0; i < sizeof currencies / sizeof currencies[0]; i++)
		for (int k = 0; k < 2; k++)
			if (currencies[i].side & (1u << k))
				nf_firstset_add(&firsts[k], currencies[i].text, currencies[i].fold);
	firsts[0].ready = firsts[1].ready = true;
}

/* The entry at s for side, longest first by table order; its length. */
static const struct currency *
lookup(const char *s, size_t n, unsigned side, size_t *len)
{
	if (!firsts[0].ready)
		build_firsts();
	if (!nf_firstset_may(&firsts[side == BEFORE ? 0 : 1], s, n))
		return NULL;
	for (size_t i = 0; i < sizeof currencies / sizeof currencies[0]; i++) {
		const struct currency *c = &currencies[i];
		size_t l;
		if (!(c->side & side) || (c->fold ? (c->text[0] | 0x20) != (s[0] | 0x20)
		                                  : c->text[0] != s[0]))
			continue;
		l = strlen(c->text);
		if (l > n)
			continue;
		if (c->fold ? strncasecmp(s, c->text, l) != 0 : memcmp(s, c->text, l) != 0)
			continue;
		/* ASCII words end at a word boundary */
		/* ASCII words end at a word boundary; a code may touch digits
		 * before a number ("RMB5bn") */
		if (!c->sign && is_alnum((unsigned char)c->text[l - 1]) && l < n &&
		    is_alnum((unsigned char)s[l]) &&
		    !(side == BEFORE && !c->fold && s[l] >= '0' && s[l] <= '9'))
			continue;
		*len = l;
		return c;
	}
	return NULL;
}

size_t
nf_money_prefix(const char *s, size_t n, const char **code)
{
	size_t len;
	const struct currency *c;

	if (n == 0)
		return 0;
	c = lookup(s, n, BEFORE, &len);
	if (c == NULL)
		return 0;
	if (len < n && s[len] == ' ')
		len++;
	*code = c->code;
	return len;
}

size_t
nf_money_suffix(const char *s, size_t n, const char **code, bool *needs_scale)
{
	size_t len;
	const struct currency *c = n > 0 ? lookup(s, n, AFTER, &len) : NULL;

	if (c == NULL)
		return 0;
	*code = c->code;
	*needs_scale = c->needs_scale;
	return len;
}

const char *
nf_money_resolve(const char *code, const nf_money_context *ctx)
{
	if (strcmp(code, NF_MONEY_DOLLAR) == 0)
		return ctx->dollar != NULL ? ctx->dollar : "USD";
	if (strcmp(code, NF_MONEY_YEN) == 0) {
		if (ctx->yuan)
			return "CNY";
		if (ctx->yen)
			return "JPY";
		return ctx->chinese ? "CNY" : "JPY";
	}
	return code;
}

bool
nf_money_known_code(const char *s)
{
	if (strlen(s) != 3)
		return false;
	for (size_t i = 0; i < sizeof currencies / sizeof currencies[0]; i++)
		if (strcmp(currencies[i].code, s) == 0)
			return true;
	return false;
}
