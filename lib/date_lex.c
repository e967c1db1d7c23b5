/*
 * date_lex.c - tokens for the date recogniser, and the word and character
 * tables it keys on (month names, weekdays, units of time, cue words, and
 * the Han characters of Chinese dates).  See date_lex.h.
 */
#include "date_lex.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "number.h"
#include "utf8.h"

/* ---- the English word table ------------------------------------------ */

#define W_NUMWORD 250  /* starts an English number word: parse it */

static const struct dword {
	const char *w;
	uint16_t id;
	uint8_t flags;
} dwords[] = {
	{ "january", 1, 0 }, { "february", 2, 0 }, { "march", 3, 0 },
	{ "april", 4, 0 }, { "may", 5, 0 }, { "june", 6, 0 }, { "july", 7, 0 },
	{ "august", 8, 0 }, { "september", 9, 0 }, { "october", 10, 0 },
	{ "november", 11, 0 }, { "december", 12, 0 },
	{ "jan", 1, DF_ABBR }, { "feb", 2, DF_ABBR }, { "mar", 3, DF_ABBR },
	{ "apr", 4, DF_ABBR }, { "jun", 6, DF_ABBR }, { "jul", 7, DF_ABBR },
	{ "aug", 8, DF_ABBR }, { "sep", 9, DF_ABBR }, { "sept", 9, DF_ABBR },
	{ "oct", 10, DF_ABBR }, { "nov", 11, DF_ABBR }, { "dec", 12, DF_ABBR },
	{ "monday", 21, 0 }, { "tuesday", 22, 0 }, { "wednesday", 23, 0 },
	{ "thursday", 24, 0 }, { "friday", 25, 0 }, { "saturday", 26, 0 },
	{ "sunday", 27, 0 },
	/* abbreviated days: only right before a date ("Wed 13/08/2025") */
	{ "mon", 21, DF_ABBR }, { "tue", 22, DF_ABBR }, { "tues", 22, DF_ABBR },
	{ "wed", 23, DF_ABBR }, { "thu", 24, DF_ABBR }, { "thur", 24, DF_ABBR },
	{ "thurs", 24, DF_ABBR }, { "fri", 25, DF_ABBR }, { "sat", 26, DF_ABBR },
	{ "sun", 27, DF_ABBR },
	{ "year", W_YEAR, 0 }, { "years", W_YEAR, DF_PLURAL },
	{ "month", W_MONTH, 0 }, { "months", W_MONTH, DF_PLURAL },
	{ "week", W_WEEK, 0 }, { "weeks", W_WEEK, DF_PLURAL },
	{ "day", W_DAY, 0 }, { "days", W_DAY, DF_PLURAL },
	{ "hour", W_HOUR, 0 }, { "hours", W_HOUR, DF_PLURAL },
	{ "minute", W_MINUTE, 0 }, { "minutes", W_MINUTE, DF_PLURAL },
	{ "second", W_SECOND, 0 }, { "seconds", W_SECOND, DF_PLURAL },
	{ "decade", W_DECADE, 0 }, { "decades", W_DECADE, DF_PLURAL },
	{ "century", W_CENTURY, 0 }, { "centuries", W_CENTURY, DF_PLURAL },
	{ "fortnight", W_FORTNIGHT, 0 }, { "fortnights", W_FORTNIGHT, DF_PLURAL },
	{ "weekend", W_WEEKEND, 0 }, { "quarter", W_QUARTER, 0 },
	{ "quarters", W_QUARTER, DF_PLURAL }, { "half", W_HALF, 0 },
	{ "ago", W_AGO, 0 }, { "old", W_OLD, 0 }, { "olds", W_OLD, 0 },
	{ "yesterday", W_YESTERDAY, 0 }, { "today", W_TODAY, 0 },
	{ "tomorrow", W_TOMORROW, 0 }, { "tonight", W_TONIGHT, 0 },
	{ "morning", W_MORNING, 0 }, { "afternoon", W_AFTERNOON, 0 },
	{ "evening", W_EVENING, 0 }, { "night", W_NIGHT, 0 },
	{ "this", W_THIS, 0 }, { "last", W_LAST, 0 }, { "next", W_NEXT, 0 },
	{ "past", W_PAST, 0 }, { "coming", W_COMING, 0 },
	{ "previous", W_PREVIOUS, 0 },
	{ "spring", W_SPRING, 0 }, { "summer", W_SUMMER, 0 },
	{ "autumn", W_AUTUMN, 0 }, { "winter", W_WINTER, 0 }, { "fall", W_FALL, 0 },
	{ "in", W_IN, 0 }, { "by", W_BY, 0 }, { "since", W_SINCE, 0 },
	{ "until", W_UNTIL, 0 }, { "till", W_TILL, 0 }, { "before", W_BEFORE, 0 },
	{ "after", W_AFTER, 0 }, { "during", W_DURING, 0 },
	{ "through", W_THROUGH, 0 }, { "throughout", W_THROUGHOUT, 0 },
	{ "of", W_OF, 0 }, { "from", W_FROM, 0 }, { "to", W_TO, 0 },
	{ "between", W_BETWEEN, 0 }, { "and", W_AND, 0 }, { "as", W_AS, 0 },
	{ "on", W_ON, 0 }, { "for", W_FOR, 0 }, { "within", W_WITHIN, 0 },
	{ "over", W_OVER, 0 }, { "under", W_UNDER, 0 }, { "than", W_THAN, 0 },
	{ "around", W_AROUND, 0 }, { "about", W_ABOUT, 0 },
	{ "nearly", W_NEARLY, 0 }, { "almost", W_ALMOST, 0 },
	{ "circa", W_CIRCA, 0 }, { "at", W_AT, 0 }, { "or", W_OR, 0 },
	{ "is", W_IS, 0 }, { "was", W_WAS, 0 }, { "are", W_IS, 0 }, { "am", W_IS, 0 },
	{ "were", W_WAS, 0 }, { "will", W_WILL, 0 }, { "shall", W_WILL, 0 },
	{ "ll", W_WILL, 0 }, { "would", W_MODAL, 0 }, { "could", W_MODAL, 0 },
	{ "should", W_MODAL, 0 }, { "might", W_MODAL, 0 }, { "must", W_MODAL, 0 },
	{ "can", W_MODAL, 0 }, { "has", W_HAS, 0 }, { "have", W_HAS, 0 },
	{ "had", W_HAD, 0 }, { "did", W_DID, 0 }, { "be", W_BE, 0 },
	{ "been", W_BE, 0 }, { "being", W_BE, 0 }, { "but", W_FUNC, 0 },
	{ "when", W_FUNC, 0 }, { "with", W_FUNC, 0 }, { "while", W_FUNC, 0 },
	{ "that", W_FUNC, 0 }, { "which", W_FUNC, 0 }, { "remains", W_FUNC, 0 },
	{ "the", W_THE, 0 }, { "a", W_A, 0 }, { "an", W_AN, 0 },
	{ "early", W_EARLY, 0 }, { "late", W_LATE, 0 }, { "mid", W_MID, 0 },
	{ "earlier", W_EARLIER, 0 }, { "later", W_LATER, 0 }, { "end", W_END, 0 },
	{ "start", W_START, 0 }, { "beginning", W_BEGINNING, 0 },
	{ "middle", W_MIDDLE, 0 }, { "rest", W_REST, 0 }, { "turn", W_TURN, 0 },
	{ "every", W_EVERY, 0 }, { "each", W_EACH, 0 }, { "per", W_PER, 0 },
	{ "its", W_ITS, 0 }, { "their", W_THEIR, 0 }, { "his", W_HIS, 0 },
	{ "her", W_HER, 0 }, { "our", W_OUR, 0 },
	{ "first", W_FIRST, 0 }, { "third", W_THIRD, 0 }, { "fourth", W_FOURTH, 0 },
	{ "final", W_FINAL, 0 },
	{ "q", W_Q, 0 }, { "h", W_H, 0 }, { "st", W_ST, 0 }, { "nd", W_ND, 0 },
	{ "rd", W_RD, 0 }, { "th", W_TH, 0 }, { "s", W_S, 0 }, { "t", W_T, 0 },
	{ "z", W_Z, 0 }, { "am", W_AM, 0 }, { "pm", W_PM, 0 },
	{ "plan", W_PLAN, 0 }, { "new", W_NEW, 0 }, { "fiscal", W_FISCAL, 0 }, { "full", W_FULL, 0 },
	{ "company", W_BIZ, 0 }, { "firm", W_BIZ, 0 }, { "profit", W_BIZ, 0 },
	{ "profits", W_BIZ, 0 }, { "revenue", W_BIZ, 0 }, { "revenues", W_BIZ, 0 },
	{ "sales", W_BIZ, 0 }, { "output", W_BIZ, 0 }, { "growth", W_BIZ, 0 },
	{ "economy", W_BIZ, 0 }, { "gdp", W_BIZ, 0 }, { "earnings", W_BIZ, 0 },
	{ "exports", W_BIZ, 0 }, { "imports", W_BIZ, 0 }, { "prices", W_BIZ, 0 },
	{ "inflation", W_BIZ, 0 }, { "production", W_BIZ, 0 },
	{ "investment", W_BIZ, 0 }, { "orders", W_BIZ, 0 }, { "selling", W_BIZ, 0 },
	{ "both", W_BOTH, 0 }, { "few", W_FEW, 0 }, { "several", W_SEVERAL, 0 },
	{ "many", W_MANY, 0 }, { "recent", W_RECENT, 0 },
	{ "upcoming", W_UPCOMING, 0 }, { "following", W_FOLLOWING, 0 },
	{ "daily", W_EVERY_ADV, 0 }, { "weekly", W_EVERY_ADV, 0 },
	{ "fortnightly", W_EVERY_ADV, 0 }, { "monthly", W_EVERY_ADV, 0 },
	{ "quarterly", W_EVERY_ADV, 0 }, { "annually", W_EVERY_ADV, 0 },
	{ "yearly", W_EVERY_ADV, 0 }, { "hourly", W_EVERY_ADV, 0 },
	{ "christmas", W_FEAST, 0 }, { "xmas", W_FEAST, 0 }, { "easter", W_FEAST, 0 },
	{ "halloween", W_FEAST, 0 }, { "valentine", W_FEAST, 0 },
	{ "thanksgiving", W_FEAST, 0 }, { "good", W_GOOD, 0 },
	{ "boxing", W_BOXING, 0 }, { "eve", W_EVE, 0 },
	{ "period", W_PERIOD, 0 }, { "periods", W_PERIOD, 0 }, { "annum", W_ANNUM, 0 },
	/* irregular past forms and participles */
	{ "said", W_PASTV, 0 }, { "told", W_PASTV, 0 }, { "began", W_PASTV, 0 },
	{ "begun", W_PASTV, 0 }, { "rose", W_PASTV, 0 }, { "risen", W_PASTV, 0 },
	{ "fell", W_PASTV, 0 }, { "fallen", W_PASTV, 0 }, { "grew", W_PASTV, 0 },
	{ "grown", W_PASTV, 0 }, { "won", W_PASTV, 0 }, { "lost", W_PASTV, 0 },
	{ "took", W_PASTV, 0 }, { "taken", W_PASTV, 0 }, { "made", W_PASTV, 0 },
	{ "came", W_PASTV, 0 }, { "went", W_PASTV, 0 }, { "gone", W_PASTV, 0 },
	{ "saw", W_PASTV, 0 }, { "seen", W_PASTV, 0 }, { "met", W_PASTV, 0 },
	{ "left", W_PASTV, 0 }, { "held", W_PASTV, 0 }, { "sold", W_PASTV, 0 },
	{ "paid", W_PASTV, 0 }, { "led", W_PASTV, 0 }, { "fled", W_PASTV, 0 },
	{ "bought", W_PASTV, 0 }, { "brought", W_PASTV, 0 }, { "thought", W_PASTV, 0 },
	{ "kept", W_PASTV, 0 }, { "felt", W_PASTV, 0 }, { "found", W_PASTV, 0 },
	{ "gave", W_PASTV, 0 }, { "given", W_PASTV, 0 }, { "got", W_PASTV, 0 },
	{ "ran", W_PASTV, 0 }, { "spent", W_PASTV, 0 }, { "struck", W_PASTV, 0 },
	{ "stood", W_PASTV, 0 }, { "wrote", W_PASTV, 0 }, { "written", W_PASTV, 0 },
	{ "spoke", W_PASTV, 0 }, { "spoken", W_PASTV, 0 }, { "broke", W_PASTV, 0 },
	{ "broken", W_PASTV, 0 }, { "chose", W_PASTV, 0 }, { "chosen", W_PASTV, 0 },
	{ "drove", W_PASTV, 0 }, { "flew", W_PASTV, 0 }, { "knew", W_PASTV, 0 },
	{ "known", W_PASTV, 0 }, { "sent", W_PASTV, 0 }, { "built", W_PASTV, 0 },
	{ "became", W_PASTV, 0 }, { "drew", W_PASTV, 0 }, { "withdrew", W_PASTV, 0 },
	{ "shot", W_PASTV, 0 }, { "taught", W_PASTV, 0 }, { "caught", W_PASTV, 0 },
	{ "fought", W_PASTV, 0 }, { "sought", W_PASTV, 0 }, { "shown", W_PASTV, 0 },
	{ "done", W_PASTV, 0 }, { "sank", W_PASTV, 0 }, { "swung", W_PASTV, 0 },
	{ "slid", W_PASTV, 0 }, { "overtook", W_PASTV, 0 }, { "undertook", W_PASTV, 0 },
	{ "forgot", W_PASTV, 0 }, { "woke", W_PASTV, 0 }, { "dealt", W_PASTV, 0 },
	{ "meant", W_PASTV, 0 }, { "lent", W_PASTV, 0 },
	/* words that point a clause at the future */
	{ "due", W_FUTW, 0 }, { "scheduled", W_FUTW, 0 }, { "expected", W_FUTW, 0 },
	{ "expect", W_FUTW, 0 }, { "expects", W_FUTW, 0 }, { "expecting", W_FUTW, 0 },
	{ "slated", W_FUTW, 0 }, { "poised", W_FUTW, 0 }, { "planning", W_FUTW, 0 },
	{ "plans", W_FUTW, 0 }, { "planned", W_FUTW, 0 }, { "aim", W_FUTW, 0 },
	{ "aims", W_FUTW, 0 }, { "aiming", W_FUTW, 0 }, { "intend", W_FUTW, 0 },
	{ "intends", W_FUTW, 0 }, { "intending", W_FUTW, 0 }, { "forecast", W_FUTW, 0 },
	{ "forecasts", W_FUTW, 0 }, { "projected", W_FUTW, 0 }, { "targets", W_FUTW, 0 },
	{ "approaching", W_FUTW, 0 }, { "forthcoming", W_FUTW, 0 },
	{ "going", W_FUTW, 0 }, { "pledged", W_FUTW, 0 }, { "vowed", W_FUTW, 0 },
	{ "promised", W_FUTW, 0 }, { "likely", W_FUTW, 0 },
	{ "aimed", W_FUTW, 0 }, { "intended", W_FUTW, 0 },
	/* adverbs inside a verb group */
	{ "not", W_ADV, 0 }, { "also", W_ADV, 0 }, { "already", W_ADV, 0 },
	{ "just", W_ADV, 0 }, { "still", W_ADV, 0 }, { "only", W_ADV, 0 },
	{ "recently", W_ADV, 0 }, { "now", W_ADV, 0 }, { "then", W_ADV, 0 },
	{ "previously", W_ADV, 0 }, { "reportedly", W_ADV, 0 }, { "initially", W_ADV, 0 },
	{ "originally", W_ADV, 0 }, { "finally", W_ADV, 0 }, { "officially", W_ADV, 0 },
	{ "formally", W_ADV, 0 }, { "eventually", W_ADV, 0 }, { "again", W_ADV, 0 },
	{ "never", W_ADV, 0 }, { "ever", W_ADV, 0 }, { "once", W_ADV, 0 },
	{ "probably", W_ADV, 0 }, { "quickly", W_ADV, 0 }, { "successfully", W_ADV, 0 },
	/* British spellings: numeric dates on the page are day first */
	{ "programme", W_UKCUE, 0 }, { "programmes", W_UKCUE, 0 },
	{ "organisation", W_UKCUE, 0 }, { "organisations", W_UKCUE, 0 },
	{ "organised", W_UKCUE, 0 }, { "cent", W_UKCUE, 0 }, { "colour", W_UKCUE, 0 },
	{ "favour", W_UKCUE, 0 }, { "labour", W_UKCUE, 0 }, { "behaviour", W_UKCUE, 0 },
	{ "neighbour", W_UKCUE, 0 }, { "neighbours", W_UKCUE, 0 },
	{ "recognised", W_UKCUE, 0 }, { "realised", W_UKCUE, 0 },
	{ "authorised", W_UKCUE, 0 }, { "criticised", W_UKCUE, 0 },
	{ "licence", W_UKCUE, 0 }, { "defence", W_UKCUE, 0 }, { "tyre", W_UKCUE, 0 },
	{ "tyres", W_UKCUE, 0 }, { "whilst", W_UKCUE, 0 }, { "fulfil", W_UKCUE, 0 },
	{ "travelled", W_UKCUE, 0 }, { "cancelled", W_UKCUE, 0 },
	{ "councillor", W_UKCUE, 0 }, { "councillors", W_UKCUE, 0 },
	{ "gmt", W_TZ, 0 }, { "bst", W_TZ, 0 }, { "utc", W_TZ, 0 }, { "est", W_TZ, 0 },
	{ "edt", W_TZ, 0 }, { "cet", W_TZ, 0 }, { "cest", W_TZ, 0 }, { "pst", W_TZ, 0 },
	{ "pdt", W_TZ, 0 }, { "hkt", W_TZ, 0 }, { "jst", W_TZ, 0 }, { "aest", W_TZ, 0 },
	{ "ist", W_TZ, 0 }, { "sgt", W_TZ, 0 }, { "cst", W_TZ, 0 }, { "msk", W_TZ, 0 },
	{ "hrs", W_TZ, 0 }, { "local", W_TZ, 0 },
	/* counted nouns and units: a number before them is a figure */
	{ "people", W_COUNTED, 0 }, { "persons", W_COUNTED, 0 },
	{ "residents", W_COUNTED, 0 }, { "companies", W_COUNTED, 0 },
	{ "firms", W_COUNTED, 0 }, { "enterprises", W_COUNTED, 0 },
	{ "businesses", W_COUNTED, 0 }, { "homes", W_COUNTED, 0 },
	{ "houses", W_COUNTED, 0 }, { "households", W_COUNTED, 0 },
	{ "jobs", W_COUNTED, 0 }, { "workers", W_COUNTED, 0 },
	{ "employees", W_COUNTED, 0 }, { "staff", W_COUNTED, 0 },
	{ "students", W_COUNTED, 0 }, { "patients", W_COUNTED, 0 },
	{ "cases", W_COUNTED, 0 }, { "deaths", W_COUNTED, 0 },
	{ "votes", W_COUNTED, 0 }, { "seats", W_COUNTED, 0 },
	{ "units", W_COUNTED, 0 }, { "cars", W_COUNTED, 0 },
	{ "vehicles", W_COUNTED, 0 }, { "members", W_COUNTED, 0 },
	{ "users", W_COUNTED, 0 }, { "customers", W_COUNTED, 0 },
	{ "visitors", W_COUNTED, 0 }, { "children", W_COUNTED, 0 },
	{ "projects", W_COUNTED, 0 }, { "points", W_COUNTED, 0 },
	{ "times", W_COUNTED, 0 }, { "shares", W_COUNTED, 0 },
	{ "yuan", W_COUNTED, 0 }, { "dollars", W_COUNTED, 0 },
	{ "euros", W_COUNTED, 0 }, { "pounds", W_COUNTED, 0 },
	{ "yen", W_COUNTED, 0 }, { "rmb", W_COUNTED, 0 }, { "usd", W_COUNTED, 0 },
	{ "cny", W_COUNTED, 0 }, { "eur", W_COUNTED, 0 }, { "gbp", W_COUNTED, 0 },
	{ "hkd", W_COUNTED, 0 }, { "percent", W_COUNTED, 0 },
	{ "tonnes", W_COUNTED, 0 }, { "tons", W_COUNTED, 0 },
	{ "metres", W_COUNTED, 0 }, { "meters", W_COUNTED, 0 },
	{ "km", W_COUNTED, 0 }, { "kg", W_COUNTED, 0 }, { "miles", W_COUNTED, 0 },
	{ "mw", W_COUNTED, 0 }, { "gw", W_COUNTED, 0 }, { "kw", W_COUNTED, 0 },
	{ "million", W_COUNTED, 0 }, { "billion", W_COUNTED, 0 },
	{ "thousand", W_COUNTED, 0 }, { "trillion", W_COUNTED, 0 },
	{ "bn", W_COUNTED, 0 }, { "mn", W_COUNTED, 0 },
	/* words naming a product, version or number before a digit run */
	{ "gpt", W_VERSION, 0 }, { "model", W_VERSION, 0 },
	{ "windows", W_VERSION, 0 }, { "iphone", W_VERSION, 0 },
	{ "version", W_VERSION, 0 }, { "v", W_VERSION, 0 },
	{ "no", W_VERSION, 0 }, { "number", W_VERSION, 0 },
	{ "chapter", W_VERSION, 0 }, { "article", W_VERSION, 0 },
	{ "section", W_VERSION, 0 }, { "page", W_VERSION, 0 },
	{ "route", W_VERSION, 0 }, { "flight", W_VERSION, 0 },
	{ "room", W_VERSION, 0 }, { "boeing", W_VERSION, 0 },
	{ "galaxy", W_VERSION, 0 }, { "series", W_VERSION, 0 },
	{ "android", W_VERSION, 0 }, { "ios", W_VERSION, 0 },
	{ "tel", W_VERSION, 0 }, { "phone", W_VERSION, 0 },
	/* English number words start here: nf_number_parse reads them */
	{ "one", W_NUMWORD, 0 }, { "two", W_NUMWORD, 0 }, { "three", W_NUMWORD, 0 },
	{ "four", W_NUMWORD, 0 }, { "five", W_NUMWORD, 0 }, { "six", W_NUMWORD, 0 },
	{ "seven", W_NUMWORD, 0 }, { "eight", W_NUMWORD, 0 },
	{ "nine", W_NUMWORD, 0 }, { "ten", W_NUMWORD, 0 },
	{ "eleven", W_NUMWORD, 0 }, { "twelve", W_NUMWORD, 0 },
	{ "thirteen", W_NUMWORD, 0 }, { "fourteen", W_NUMWORD, 0 },
	{ "fifteen", W_NUMWORD, 0 }, { "sixteen", W_NUMWORD, 0 },
	{ "seventeen", W_NUMWORD, 0 }, { "eighteen", W_NUMWORD, 0 },
	{ "nineteen", W_NUMWORD, 0 }, { "twenty", W_NUMWORD, 0 },
	{ "thirty", W_NUMWORD, 0 }, { "forty", W_NUMWORD, 0 },
	{ "fifty", W_NUMWORD, 0 }, { "sixty", W_NUMWORD, 0 },
	{ "seventy", W_NUMWORD, 0 }, { "eighty", W_NUMWORD, 0 },
	{ "ninety", W_NUMWORD, 0 },
};

#define HASH_SIZE 2048u  /* power of two, well above twice the table */
#define MAX_WORD 14      /* no table word is longer */

static int16_t word_hash[HASH_SIZE];  /* index + 1 into dwords; 0 empty */
static uint8_t word_len[sizeof dwords / sizeof dwords[0]];
static pthread_once_t word_hash_once = PTHREAD_ONCE_INIT;

#define HASH_INIT 2166136261u
#define HASH_STEP(h, c) (((h) ^ (unsigned char)(c)) * 16777619u)

static void
build_word_hash(void)
{
	for (size_t i = 0; i < sizeof dwords / sizeof dwords[0]; i++) {
		unsigned h = HASH_INIT;
		size_t n = strlen(dwords[i].w);
		for (size_t k = 0; k < n; k++)
			h = HASH_STEP(h, dwords[i].w[k]);
		h &= HASH_SIZE - 1;
		while (word_hash[h] != 0)
			h = (h + 1) & (HASH_SIZE - 1);
		word_hash[h] = (int16_t)(i + 1);
		word_len[i] = (uint8_t)n;
	}
}

/* The table entry for the lower-case word low[0..n) with hash h; NULL if
 * none. */
static const struct dword *
lookup_word(const char *low, size_t n, unsigned h)
{
	h &= HASH_SIZE - 1;
	for (;;) {
		int k = word_hash[h];
		if (k == 0)
			return NULL;
		if (word_len[k - 1] == n && memcmp(dwords[k - 1].w, low, n) == 0)
			return &dwords[k - 1];
		h = (h + 1) & (HASH_SIZE - 1);
	}
}

/* ---- the Han character table ----------------------------------------- */

static uint16_t
han_id(uint32_t cp)
{
	switch (cp) {
	case 0x5E74: return H_NIAN;                   /* 年 */
	case 0x6708: return H_YUE;                    /* 月 */
	case 0x65E5: return H_RI;                     /* 日 */
	case 0x53F7: case 0x865F: return H_HAO;       /* 号 號 */
	case 0x5929: return H_TIAN;                   /* 天 */
	case 0x5468: case 0x9031: return H_ZHOU;      /* 周 週 */
	case 0x661F: return H_XING;                   /* 星 */
	case 0x671F: return H_QI;                     /* 期 */
	case 0x793C: case 0x79AE: return H_LI;        /* 礼 禮 */
	case 0x62DC: return H_BAI;                    /* 拜 */
	case 0x5B63: return H_JI;                     /* 季 */
	case 0x5EA6: return H_DU;                     /* 度 */
	case 0x534A: return H_BAN;                    /* 半 */
	case 0x4E0A: return H_SHANG;                  /* 上 */
	case 0x4E0B: return H_XIA;                    /* 下 */
	case 0x672C: return H_BEN;                    /* 本 */
	case 0x8FD9: case 0x9019: return H_ZHE;       /* 这 這 */
	case 0x4ECA: return H_JIN;                    /* 今 */
	case 0x53BB: return H_QU;                     /* 去 */
	case 0x660E: return H_MING;                   /* 明 */
	case 0x524D: return H_QIAN;                   /* 前 */
	case 0x6628: return H_ZUO;                    /* 昨 */
	case 0x540E: case 0x5F8C: return H_HOU;       /* 后 後 */
	case 0x5185: case 0x5167: return H_NEI;       /* 内 內 */
	case 0x6765: case 0x4F86: return H_LAI;       /* 来 來 */
	case 0x521D: return H_CHU;                    /* 初 */
	case 0x5E95: return H_DI;                     /* 底 */
	case 0x672B: return H_MO;                     /* 末 */
	case 0x4E2D: return H_ZHONG;                  /* 中 */
	case 0x65EC: return H_XUN;                    /* 旬 */
	case 0x4E16: return H_SHI;                    /* 世 */
	case 0x7EAA: case 0x7D00: return H_JIKI;      /* 纪 紀 */
	case 0x4EE3: return H_DAI;                    /* 代 */
	case 0x4E2A: case 0x500B: return H_GE;        /* 个 個 */
	case 0x5C0F: return H_XIAO;                   /* 小 */
	case 0x65F6: case 0x6642: return H_SHIH;      /* 时 時 */
	case 0x5206: return H_FEN;                    /* 分 */
	case 0x949F: case 0x9418: return H_ZHONGB;    /* 钟 鐘 */
	case 0x79D2: return H_MIAO;                   /* 秒 */
	case 0x81F3: return H_ZHI;                    /* 至 */
	case 0x5230: return H_DAO;                    /* 到 */
	case 0x4ECE: case 0x5F9E: return H_CONG;      /* 从 從 */
	case 0x4EE5: return H_YI;                     /* 以 */
	case 0x7B2C: return H_DIORD;                  /* 第 */
	case 0x4EFD: return H_FENN;                   /* 份 */
	case 0x6625: return H_CHUN;                   /* 春 */
	case 0x590F: return H_XIAS;                   /* 夏 */
	case 0x79CB: return H_QIU;                    /* 秋 */
	case 0x51AC: return H_DONG;                   /* 冬 */
	case 0x8FD1: return H_JINN;                   /* 近 */
	case 0x672A: return H_WEI;                    /* 未 */
	case 0x8FC7: case 0x904E: return H_GUO;       /* 过 過 */
	case 0x4E4B: return H_ZHIP;                   /* 之 */
	case 0x7EA7: case 0x7D1A: return H_JIG;       /* 级 級 */
	case 0x5C81: case 0x6B72: return H_SUI;       /* 岁 歲 */
	case 0x5DE5: return H_GONG;                   /* 工 */
	case 0x5934: case 0x982D: return H_TOU;       /* 头 頭 */
	case 0x8BA1: case 0x8A08: case 0x89C4: case 0x898F:
		return H_JIHUA;                       /* 计 計 规 規 */
	case 0x5143: return H_YUAN;                   /* 元 */
	case 0x6BCF: return H_MEI;                    /* 每 */
	case 0x548C: return H_HE;                     /* 和 */
	case 0x4E8E: case 0x65BC: return H_YU;        /* 于 於 */
	case 0x5728: return H_ZAI;                    /* 在 */
	case 0x5C4A: case 0x5C46: return H_JIE;       /* 届 屆 */
	case 0x6B21: return H_CI;                     /* 次 */
	case 0x665A: return H_WAN;                    /* 晚 */
	case 0x65E9: return H_ZAO;                    /* 早 */
	case 0x8D77: return H_QIT;                    /* 起 */
	case 0x95F4: case 0x9593: return H_JIAN;      /* 间 間 */
	case 0x540C: return H_TONG;                   /* 同 */
	case 0x51E0: case 0x5E7E: return H_JIX;       /* 几 幾 */
	case 0x6570: case 0x6578: return H_SHU;       /* 数 數 */
	case 0x591A: return H_DUO;                    /* 多 */
	case 0x519C: case 0x8FB2: return H_NONG;      /* 农 農 */
	case 0x5168: return H_QUAN;                   /* 全 */
	case 0x5723: case 0x8056: case 0x56FD: case 0x570B: case 0x52B3: case 0x52DE:
	case 0x60C5: case 0x513F: case 0x5152: case 0x5987: case 0x5A66: case 0x5E73:
	case 0x4E07: case 0x842C: case 0x6559: case 0x9664: case 0x7AEF:
		return H_HOLI;  /* 圣 聖 国 國 劳 勞 情 儿 兒 妇 婦 平 万 萬 教 除 端 */
	default: return H_NONE;
	}
}

/* Han characters that can start a Chinese numeral. */
static bool
is_cjk_numeral_start(uint32_t cp)
{
	switch (cp) {
	case 0x3007: case 0x96F6: case 0x4E00: case 0x4E8C: case 0x4E09:
	case 0x56DB: case 0x4E94: case 0x516D: case 0x4E03: case 0x516B:
	case 0x4E5D: case 0x5341: case 0x4E24: case 0x5169:
		return true;  /* 〇零一二三四五六七八九十两兩 */
	default:
		return false;
	}
}

/* ---- the tokenizer ------------------------------------------------------ */

static nf_dtok *
push_tok(nf_dlex *lex)
{
	if (lex->n == lex->cap) {
		size_t cap = lex->cap * 2;
		nf_dtok *p;
		if (lex->t == lex->local) {
			p = malloc(cap * sizeof *p);
			if (p != NULL)
				memcpy(p, lex->local, lex->n * sizeof *p);
		} else {
			p = realloc(lex->t, cap * sizeof *p);
		}
		if (p == NULL)
			return NULL;
		lex->t = p;
		lex->cap = cap;
	}
	nf_dtok *t = &lex->t[lex->n++];
	*t = (nf_dtok){ 0 };
	return t;
}

static bool
is_alpha(unsigned char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* A fullwidth digit ０-９ (EF BC 90..99) at s[i]? */
static int
fw_digit(const unsigned char *s, size_t n, size_t i)
{
	if (i + 2 < n && s[i] == 0xEF && s[i + 1] == 0xBC && s[i + 2] >= 0x90 &&
	    s[i + 2] <= 0x99)
		return s[i + 2] - 0x90;
	return -1;
}

/* The digit of a Chinese numeral character or an ASCII or fullwidth digit
 * at s[i] (*len its bytes), or -1. */
static int
mixed_digit(const char *s, size_t n, size_t i, size_t *len)
{
	static const uint32_t han[] = {
		0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D,
	};  /* 〇一二三四五六七八九 */
	uint32_t cp;
	int d;

	if (i < n && s[i] >= '0' && s[i] <= '9') {
		*len = 1;
		return s[i] - '0';
	}
	if ((d = fw_digit((const unsigned char *)s, n, i)) >= 0) {
		*len = 3;
		return d;
	}
	if (i >= n || (unsigned char)s[i] < 0x80)
		return -1;
	*len = nf_utf8_decode(s + i, n - i, &cp, NULL);
	if (cp == 0x96F6 || cp == 0xFF2F || cp == 0x25CB || cp == 0x039F || cp == 0x004F)
		return 0;  /* 零, and the letters and circles typed for 〇 */
	for (int k = 0; k < 10; k++)
		if (han[k] == cp)
			return k;
	return -1;
}

/*
 * A year written digit by digit with Chinese and Arabic digits mixed, as
 * typed or recognised from print: "二0一0年", "二O一九年".  Four digits, at
 * least one Arabic and one Chinese, then 年.  Returns the bytes it spans
 * (the digits only) and the year in *val, or 0.
 */
static size_t
mixed_year(const char *s, size_t n, size_t i, int64_t *val)
{
	size_t o = i, len;
	int v = 0, han = 0, arabic = 0, d;

	for (int k = 0; k < 4; k++) {
		if ((d = mixed_digit(s, n, o, &len)) < 0)
			return 0;
		if (len == 3 && !((unsigned char)s[o] == 0xEF && (unsigned char)s[o + 1] == 0xBC))
			han++;
		else
			arabic++;
		v = v * 10 + d;
		o += len;
	}
	if (!han || !arabic || o + 3 > n || memcmp(s + o, "\xE5\xB9\xB4", 3) != 0)
		return 0;  /* 年 */
	*val = v;
	return o - i;
}

/* A digit run of one digit that starts a mixed year ("2０一0年"): redo it
 * as the year.  Returns the end. */
static size_t
mixed_run(const char *text, size_t n, nf_dtok *t, size_t end)
{
	int64_t year;
	size_t ylen;

	if (t->ndig != 1 || end >= n || (unsigned char)text[end] < 0x80 ||
	    (ylen = mixed_year(text, n, t->s, &year)) == 0)
		return end;
	t->type = DT_CNUM;
	t->flags |= DF_POSITIONAL;
	t->val = year;
	t->ndig = 0;
	return t->s + ylen;
}

/* ---- the pre-check -------------------------------------------------------- */

/* Words without which (and without digits or CJK) no rule can match. */
static bool
anchor_word(int id)
{
	return (id >= W_JAN && id <= W_DEC) || (id >= W_MON && id <= W_SUN) ||
	    (id >= W_YEAR && id <= W_HALF) || (id >= W_YESTERDAY && id <= W_NIGHT) ||
	    (id >= W_SPRING && id <= W_FALL) || id == W_EVERY_ADV || id == W_FEAST ||
	    id == W_ANNUM;
}

bool
nf_dlex_may_have_date(const char *text, size_t n)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0;

	pthread_once(&word_hash_once, build_word_hash);
	while (i < n) {
		unsigned char c = s[i];
		if (c >= '0' && c <= '9')
			return true;
		if (c >= 0x80) {
			/* CJK (lead bytes E3..E9) or fullwidth digits (EF BC 90..99) */
			if ((c >= 0xE3 && c <= 0xE9) || fw_digit(s, n, i) >= 0)
				return true;
			i++;
			continue;
		}
		if (!is_alpha(c)) {
			i++;
			continue;
		}
		size_t j = i;
		unsigned h = HASH_INIT;
		char low[MAX_WORD];
		while (j < n && is_alpha(s[j])) {
			unsigned char lc = s[j] | 0x20;
			if (j - i < MAX_WORD)
				low[j - i] = (char)lc;
			h = HASH_STEP(h, lc);
			j++;
		}
		if (j - i <= MAX_WORD) {
			const struct dword *w = lookup_word(low, j - i, h);
			if (w != NULL && anchor_word(w->id))
				return true;
		}
		i = j;
	}
	return false;
}

/* Non-ASCII letters that continue a Latin word ("Café"). */
static bool
is_latin_letter(uint32_t cp)
{
	return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
}

static bool
is_punct_cp(uint32_t cp)
{
	return (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) ||
	    (cp >= 0xFF00 && cp <= 0xFF65) || (cp >= 0xA0 && cp <= 0xBF) ||
	    (cp >= 0xFE30 && cp <= 0xFE4F) || cp == 0xD7 || cp == 0xF7;
}

/* Scan a digit run (ASCII and fullwidth mixed) at s[i]; fills t. */
static size_t
scan_digits(const unsigned char *s, size_t n, size_t i, nf_dtok *t)
{
	int64_t v = 0;
	unsigned nd = 0;
	int d;

	t->type = DT_NUM;
	for (;;) {
		if (i < n && s[i] >= '0' && s[i] <= '9') {
			d = s[i] - '0';
			i++;
		} else if ((d = fw_digit(s, n, i)) >= 0) {
			i += 3;
		} else {
			break;
		}
		if (nd == 0 && d == 0)
			t->flags |= DF_LEADZERO;
		if (v < 1000000000000000LL)
			v = v * 10 + d;
		if (nd < 255)
			nd++;
	}
	t->val = v;
	t->ndig = (uint8_t)nd;
	return i;
}

/* Scan an ASCII word at s[i] (with any Latin letters after it); fills t and
 * may turn it into a number word.  Returns the end. */
static size_t
scan_word(const char *text, size_t n, size_t i, nf_dtok *t)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t j = i, upper = 0;
	bool ascii = true;
	char low[MAX_WORD];
	unsigned h = HASH_INIT;

	while (j < n) {
		if (is_alpha(s[j])) {
			unsigned char lc = s[j] | 0x20;
			upper += s[j] <= 'Z';
			if (j - i < MAX_WORD)
				low[j - i] = (char)lc;
			h = HASH_STEP(h, lc);
			j++;
			continue;
		}
		if (s[j] >= 0x80) {
			uint32_t cp;
			size_t l = nf_utf8_decode(text + j, n - j, &cp, NULL);
			if (is_latin_letter(cp)) {
				ascii = false;
				j += l;
				continue;
			}
		}
		break;
	}
	t->type = DT_WORD;
	if (s[i] <= 'Z')
		t->flags |= DF_CAP;
	if (upper == j - i && j - i >= 2)
		t->flags |= DF_UPPER;
	if (ascii && j - i <= MAX_WORD) {
		const struct dword *w = lookup_word(low, j - i, h);
		if (w != NULL && w->id == W_NUMWORD) {
			nf_number num;
			if (nf_number_parse(text + i, n - i, NF_NUM_WORDS, &num) &&
			    num.len >= j - i && num.value.exp == 0) {
				t->type = DT_WNUM;
				t->val = num.value.mant;
				return i + num.len;
			}
		} else if (w != NULL) {
			t->id = w->id;
			t->flags |= w->flags;
		}
	}
	return j;
}

int
nf_dlex_run(nf_dlex *lex, const char *text, size_t n)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0;
	bool space = true;

	lex->t = lex->local;
	lex->n = 0;
	lex->seen = 0;
	lex->cap = sizeof lex->local / sizeof lex->local[0];
	pthread_once(&word_hash_once, build_word_hash);
	while (i < n) {
		unsigned char c = s[i];
		uint32_t cp;
		size_t l;
		nf_dtok *t;

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
			space = true;
			i++;
			continue;
		}
		if (c >= 0x80 && fw_digit(s, n, i) < 0) {
			l = nf_utf8_decode(text + i, n - i, &cp, NULL);
			if (nf_is_space(cp)) {
				space = true;
				i += l;
				continue;
			}
		} else {
			cp = c;
			l = 1;
		}
		if ((t = push_tok(lex)) == NULL)
			return -1;
		t->s = (uint32_t)i;
		t->flags = space ? DF_SPACE : 0;
		space = false;
		if ((c >= '0' && c <= '9') || fw_digit(s, n, i) >= 0) {
			i = scan_digits(s, n, i, t);
			if (t->val == 0 || t->val == 1 || t->val == 2)
				i = mixed_run(text, n, t, i);  /* "2０一0年" */
		} else if (is_alpha(c)) {
			i = scan_word(text, n, i, t);
			/* "cent" counts only as "per cent" ("0.3 cent per kWh" is
			 * American) */
			if (t->id == W_UKCUE && !(i - t->s == 4 && memcmp(text + t->s, "cent", 4) == 0 &&
			    !(lex->n >= 2 && t[-1].e - t[-1].s == 3 && strncasecmp(text + t[-1].s, "per", 3) == 0)))
				lex->seen |= DLEX_UKCUE;
		} else if (c >= 0x80 && nf_is_han(cp)) {
			nf_number num;
			int64_t year;
			size_t ylen;
			t->cp = cp;
			if (is_cjk_numeral_start(cp) && (ylen = mixed_year(text, n, i, &year)) > 0) {
				t->type = DT_CNUM;  /* "二0一0年" */
				t->flags |= DF_POSITIONAL;
				t->val = year;
				i += ylen;
			} else if (is_cjk_numeral_start(cp) &&
			    nf_number_parse(text + i, n - i, NF_NUM_CJK, &num) &&
			    num.value.exp == 0) {
				t->type = DT_CNUM;
				t->val = num.value.mant;
				if (num.positional)
					t->flags |= DF_POSITIONAL;
				i += num.len;
			} else {
				t->type = DT_HAN;
				t->id = han_id(cp);
				i += l;
			}
		} else if (c < 0x80 || is_punct_cp(cp)) {
			t->type = DT_PUNCT;
			t->cp = cp;
			i += l;
			if (cp == 0xA3 || cp == 0xFFE1)
				lex->seen |= DLEX_POUND;
		} else {
			t->type = DT_OTHER;
			t->cp = cp;
			i += l;
		}
		t->e = (uint32_t)i;
	}
	for (int k = 0; k < 3; k++) {
		nf_dtok *t = push_tok(lex);
		if (t == NULL)
			return -1;
		t->type = DT_END;
		t->s = t->e = (uint32_t)n;
		t->flags = DF_SPACE;
	}
	lex->n -= 3;
	return 0;
}

void
nf_dlex_free(nf_dlex *lex)
{
	if (lex->t != lex->local)
		free(lex->t);
	lex->t = NULL;
	lex->n = lex->cap = 0;
}
