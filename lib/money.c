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
	int pow10;          /* a subunit: the value is the number times 10^pow10 */
} currencies[] = {
	/* signs */
	{ "US$", "USD", BEFORE, true, false, false, 0 },
	{ "HK$", "HKD", BEFORE, true, false, false, 0 },
	{ "NT$", "TWD", BEFORE, true, false, false, 0 },
	{ "S$", "SGD", BEFORE, true, false, false, 0 },
	{ "A$", "AUD", BEFORE, true, false, false, 0 },
	{ "C$", "CAD", BEFORE, true, false, false, 0 },
	{ "NZ$", "NZD", BEFORE, true, false, false, 0 },
	{ "R$", "BRL", BEFORE, true, false, false, 0 },
	{ "$", NF_MONEY_DOLLAR, BEFORE, true, false, false, 0 },
	{ "\xEF\xBC\x84", NF_MONEY_DOLLAR, BEFORE, true, false, false, 0 },  /* ＄ */
	{ "\xE2\x82\xAC", "EUR", BOTH, true, false, false, 0 },              /* € (also "10 €") */
	{ "\xC2\xA3", "GBP", BEFORE, true, false, false, 0 },                /* £ */
	{ "\xEF\xBF\xA1", "GBP", BEFORE, true, false, false, 0 },            /* ￡ */
	{ "\xC2\xA5", NF_MONEY_YEN, BEFORE, true, false, false, 0 },         /* ¥ */
	{ "\xEF\xBF\xA5", NF_MONEY_YEN, BEFORE, true, false, false, 0 },     /* ￥ */
	{ "\xE2\x82\xB9", "INR", BEFORE, true, false, false, 0 },            /* ₹ */
	{ "\xE2\x82\xA9", "KRW", BEFORE, true, false, false, 0 },            /* ₩ */
	/* codes, either side */
	{ "RMB", "CNY", BOTH, false, false, false, 0 },
	{ "CNY", "CNY", BOTH, false, false, false, 0 },
	{ "USD", "USD", BOTH, false, false, false, 0 },
	{ "HKD", "HKD", BOTH, false, false, false, 0 },
	{ "EUR", "EUR", BOTH, false, false, false, 0 },
	{ "GBP", "GBP", BOTH, false, false, false, 0 },
	{ "JPY", "JPY", BOTH, false, false, false, 0 },
	{ "KRW", "KRW", BOTH, false, false, false, 0 },
	{ "INR", "INR", BOTH, false, false, false, 0 },
	{ "TWD", "TWD", BOTH, false, false, false, 0 },
	{ "SGD", "SGD", BOTH, false, false, false, 0 },
	{ "AUD", "AUD", BOTH, false, false, false, 0 },
	{ "CAD", "CAD", BOTH, false, false, false, 0 },
	{ "CHF", "CHF", BOTH, false, false, false, 0 },
	{ "NZD", "NZD", BOTH, false, false, false, 0 },
	{ "SEK", "SEK", BOTH, false, false, false, 0 },
	{ "NOK", "NOK", BOTH, false, false, false, 0 },
	{ "DKK", "DKK", BOTH, false, false, false, 0 },
	{ "RUB", "RUB", BOTH, false, false, false, 0 },
	{ "ZAR", "ZAR", BOTH, false, false, false, 0 },
	{ "BRL", "BRL", BOTH, false, false, false, 0 },
	{ "MXN", "MXN", BOTH, false, false, false, 0 },
	{ "TRY", "TRY", BOTH, false, false, false, 0 },
	{ "MYR", "MYR", BOTH, false, false, false, 0 },
	{ "THB", "THB", BOTH, false, false, false, 0 },
	{ "IDR", "IDR", BOTH, false, false, false, 0 },
	{ "VND", "VND", BOTH, false, false, false, 0 },
	{ "AED", "AED", BOTH, false, false, false, 0 },
	{ "SAR", "SAR", BOTH, false, false, false, 0 },
	{ "PLN", "PLN", BOTH, false, false, false, 0 },
	{ "HUF", "HUF", BOTH, false, false, false, 0 },
	{ "ILS", "ILS", BOTH, false, false, false, 0 },
	/* Chinese */
	{ "人民币", "CNY", BOTH, false, false, false, 0 },
	{ "人民幣", "CNY", BOTH, false, false, false, 0 },
	{ "新台币", "TWD", BOTH, false, false, false, 0 },
	{ "新台幣", "TWD", BOTH, false, false, false, 0 },
	{ "台币", "TWD", AFTER, false, false, false, 0 },
	{ "台幣", "TWD", AFTER, false, false, false, 0 },
	{ "港幣", "HKD", AFTER, false, false, false, 0 },
	{ "澳门元", "MOP", AFTER, false, false, false, 0 },
	{ "澳门币", "MOP", AFTER, false, false, false, 0 },
	{ "澳門幣", "MOP", AFTER, false, false, false, 0 },
	{ "歐元", "EUR", AFTER, false, false, false, 0 },
	{ "日圓", "JPY", AFTER, false, false, false, 0 },
	{ "日圆", "JPY", AFTER, false, false, false, 0 },
	{ "英鎊", "GBP", AFTER, false, false, false, 0 },
	{ "韓元", "KRW", AFTER, false, false, false, 0 },
	{ "澳幣", "AUD", AFTER, false, false, false, 0 },
	{ "加幣", "CAD", AFTER, false, false, false, 0 },
	{ "美元", "USD", AFTER, false, false, false, 0 },
	{ "美金", "USD", AFTER, false, false, false, 0 },
	{ "港元", "HKD", AFTER, false, false, false, 0 },
	{ "港币", "HKD", AFTER, false, false, false, 0 },
	{ "欧元", "EUR", AFTER, false, false, false, 0 },
	{ "日元", "JPY", AFTER, false, false, false, 0 },
	{ "英镑", "GBP", AFTER, false, false, false, 0 },
	{ "韩元", "KRW", AFTER, false, false, false, 0 },
	{ "澳元", "AUD", AFTER, false, false, false, 0 },
	{ "加元", "CAD", AFTER, false, false, false, 0 },
	{ "新加坡元", "SGD", AFTER, false, false, false, 0 },
	{ "卢比", "INR", AFTER, false, false, false, 0 },
	{ "元人民币", "CNY", AFTER, false, false, false, 0 },
	{ "元新台币", "TWD", AFTER, false, false, false, 0 },
	{ "元台币", "TWD", AFTER, false, false, false, 0 },
	{ "元新台幣", "TWD", AFTER, false, false, false, 0 },
	{ "元台幣", "TWD", AFTER, false, false, false, 0 },
	{ "元港币", "HKD", AFTER, false, false, false, 0 },
	{ "元港幣", "HKD", AFTER, false, false, false, 0 },
	{ "元美金", "USD", AFTER, false, false, false, 0 },
	{ "元", "CNY", AFTER, false, false, false, 0 },
	{ "块钱", "CNY", AFTER, false, false, false, 0 },
	/* subunits: 5角 is 0.5 yuan, 8分钱 0.08 */
	{ "角钱", "CNY", AFTER, false, false, false, -1 },
	{ "毛钱", "CNY", AFTER, false, false, false, -1 },
	{ "分钱", "CNY", AFTER, false, false, false, -2 },
	/* English words after the number; currency adjectives */
	{ "US dollars", "USD", AFTER, false, true, false, 0 },
	{ "US dollar", "USD", AFTER, false, true, false, 0 },
	{ "American dollars", "USD", AFTER, false, true, false, 0 },
	{ "Chinese yuan", "CNY", AFTER, false, true, false, 0 },
	{ "Chinese renminbi", "CNY", AFTER, false, true, false, 0 },
	{ "yuan renminbi", "CNY", AFTER, false, true, false, 0 },
	{ "Japanese yen", "JPY", AFTER, false, true, false, 0 },
	{ "South Korean won", "KRW", AFTER, false, true, false, 0 },
	{ "Korean won", "KRW", AFTER, false, true, false, 0 },
	{ "Indian rupees", "INR", AFTER, false, true, false, 0 },
	{ "Pakistani rupees", "PKR", AFTER, false, true, false, 0 },
	{ "Russian roubles", "RUB", AFTER, false, true, false, 0 },
	{ "Russian rubles", "RUB", AFTER, false, true, false, 0 },
	{ "Mexican pesos", "MXN", AFTER, false, true, false, 0 },
	{ "Philippine pesos", "PHP", AFTER, false, true, false, 0 },
	{ "Argentine pesos", "ARS", AFTER, false, true, false, 0 },
	{ "Chilean pesos", "CLP", AFTER, false, true, false, 0 },
	{ "Colombian pesos", "COP", AFTER, false, true, false, 0 },
	{ "Brazilian reais", "BRL", AFTER, false, true, false, 0 },
	{ "Turkish lira", "TRY", AFTER, false, true, false, 0 },
	{ "British pounds", "GBP", AFTER, false, true, false, 0 },
	{ "Egyptian pounds", "EGP", AFTER, false, true, false, 0 },
	{ "South African rand", "ZAR", AFTER, false, true, false, 0 },
	{ "Nigerian naira", "NGN", AFTER, false, true, false, 0 },
	{ "Saudi riyals", "SAR", AFTER, false, true, false, 0 },
	{ "Thai baht", "THB", AFTER, false, true, false, 0 },
	{ "Malaysian ringgit", "MYR", AFTER, false, true, false, 0 },
	{ "Indonesian rupiah", "IDR", AFTER, false, true, false, 0 },
	{ "Vietnamese dong", "VND", AFTER, false, true, false, 0 },
	{ "euro cents", "EUR", AFTER, false, true, false, -2 },
	/* a dollar's cents named by the country: "80 Hong Kong cents" */
	{ "Hong Kong cents", "HKD", AFTER, false, true, false, -2 },
	{ "Singapore cents", "SGD", AFTER, false, true, false, -2 },
	{ "Australian cents", "AUD", AFTER, false, true, false, -2 },
	{ "Canadian cents", "CAD", AFTER, false, true, false, -2 },
	{ "New Zealand cents", "NZD", AFTER, false, true, false, -2 },
	{ "Taiwan cents", "TWD", AFTER, false, true, false, -2 },
	{ "US cents", "USD", AFTER, false, true, false, -2 },
	{ "U.S. cents", "USD", AFTER, false, true, false, -2 },
	{ "HK cents", "HKD", AFTER, false, true, false, -2 },
	{ "cents", NF_MONEY_DOLLAR, AFTER, false, true, false, -2 },
	{ "pence", "GBP", AFTER, false, true, false, -2 },
	{ "U.S. dollars", "USD", AFTER, false, true, false, 0 },
	{ "Hong Kong dollars", "HKD", AFTER, false, true, false, 0 },
	{ "Singapore dollars", "SGD", AFTER, false, true, false, 0 },
	{ "Australian dollars", "AUD", AFTER, false, true, false, 0 },
	{ "Canadian dollars", "CAD", AFTER, false, true, false, 0 },
	{ "New Taiwan dollars", "TWD", AFTER, false, true, false, 0 },
	{ "Taiwan dollars", "TWD", AFTER, false, true, false, 0 },
	{ "dollars", NF_MONEY_DOLLAR, AFTER, false, true, false, 0 },
	{ "yuan", "CNY", AFTER, false, true, false, 0 },
	{ "renminbi", "CNY", AFTER, false, true, false, 0 },
	{ "euros", "EUR", AFTER, false, true, false, 0 },
	{ "euro", "EUR", AFTER, false, true, false, 0 },
	{ "pounds sterling", "GBP", AFTER, false, true, false, 0 },
	{ "pound sterling", "GBP", AFTER, false, true, false, 0 },
	{ "sterling", "GBP", AFTER, false, true, false, 0 },
	{ "pounds", "GBP", AFTER, false, true, true, 0 },
	{ "yen", "JPY", AFTER, false, true, false, 0 },
	{ "won", "KRW", AFTER, false, true, true, 0 },
	{ "rupees", "INR", AFTER, false, true, false, 0 },
	{ "rupee", "INR", AFTER, false, true, false, 0 },
	{ "Swiss francs", "CHF", AFTER, false, true, false, 0 },
	{ "francs", "CHF", AFTER, false, true, true, 0 },
	{ "Swedish kronor", "SEK", AFTER, false, true, false, 0 },
	{ "Swedish crowns", "SEK", AFTER, false, true, false, 0 },
	{ "kronor", "SEK", AFTER, false, true, false, 0 },
	{ "krona", "SEK", AFTER, false, true, false, 0 },
	{ "Norwegian kroner", "NOK", AFTER, false, true, false, 0 },
	{ "Norwegian crowns", "NOK", AFTER, false, true, false, 0 },
	{ "Danish kroner", "DKK", AFTER, false, true, false, 0 },
	{ "Danish crowns", "DKK", AFTER, false, true, false, 0 },
	{ "roubles", "RUB", AFTER, false, true, false, 0 },
	{ "rubles", "RUB", AFTER, false, true, false, 0 },
	{ "rand", "ZAR", AFTER, false, true, true, 0 },
	{ "reais", "BRL", AFTER, false, true, false, 0 },
	{ "lira", "TRY", AFTER, false, true, false, 0 },
	{ "liras", "TRY", AFTER, false, true, false, 0 },
	{ "ringgit", "MYR", AFTER, false, true, false, 0 },
	{ "baht", "THB", AFTER, false, true, false, 0 },
	{ "rupiah", "IDR", AFTER, false, true, false, 0 },
	{ "dirhams", "AED", AFTER, false, true, false, 0 },
	{ "riyals", "SAR", AFTER, false, true, false, 0 },
	{ "New Zealand dollars", "NZD", AFTER, false, true, false, 0 },
	{ "zlotys", "PLN", AFTER, false, true, false, 0 },
	{ "zloty", "PLN", AFTER, false, true, false, 0 },
	{ "forints", "HUF", AFTER, false, true, false, 0 },
	{ "forint", "HUF", AFTER, false, true, false, 0 },
	{ "hryvnias", "UAH", AFTER, false, true, false, 0 },
	{ "hryvnia", "UAH", AFTER, false, true, false, 0 },
	{ "naira", "NGN", AFTER, false, true, false, 0 },
	{ "shekels", "ILS", AFTER, false, true, false, 0 },
	{ "卢布", "RUB", AFTER, false, false, false, 0 },
	{ "瑞士法郎", "CHF", AFTER, false, false, false, 0 },
	{ "泰铢", "THB", AFTER, false, false, false, 0 },
	{ "新台币元", "TWD", AFTER, false, false, false, 0 },
	/* "50p": pence glued to the digits (English text) */
	{ "p", "GBP", AFTER, false, false, false, -2 },
};

static bool
is_alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

#define NCURRENCIES (sizeof currencies / sizeof currencies[0])

/* The entries by their first byte (ASCII folded to lower case), each chain
 * in table order so the longer entries still come first; and their
 * lengths. */
static short chain_head[256], chain_next[NCURRENCIES];
static unsigned char lens[NCURRENCIES];
static bool ready;

static void
build_chains(void)
{
	nf_chains_build(chain_head, chain_next, lens, currencies, sizeof currencies[0],
	    NCURRENCIES);
	ready = true;
}

/* The entry at s for side, longest first by table order; its length. */
static const struct currency *
lookup(const char *s, size_t n, unsigned side, size_t *len)
{
	if (!ready)
		build_chains();
	for (int i = chain_head[nf_chain_key(s, n)]; i >= 0; i = chain_next[i]) {
		const struct currency *c = &currencies[i];
		size_t l = lens[i];
		if (!(c->side & side) || (c->fold ? (c->text[0] | 0x20) != (s[0] | 0x20)
		                                  : c->text[0] != s[0]))
			continue;
		if (l > n || (l > 1 && !c->fold && c->text[1] != s[1]))
			continue;
		if (c->fold ? strncasecmp(s, c->text, l) != 0 : memcmp(s, c->text, l) != 0)
			continue;
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
nf_money_suffix(const char *s, size_t n, const char **code, bool *needs_scale,
    int *pow10)
{
	size_t len;
	const struct currency *c = n > 0 ? lookup(s, n, AFTER, &len) : NULL;

	if (c == NULL)
		return 0;
	*code = c->code;
	*needs_scale = c->needs_scale;
	if (pow10 != NULL)
		*pow10 = c->pow10;
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
