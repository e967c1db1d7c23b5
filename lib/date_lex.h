/*
 * date_lex.h - the token stream the date recogniser (dates.c) reads.
 *
 * One pass over a sentence turns it into tokens: runs of digits (ASCII or
 * fullwidth), English number words ("Eleven", "twenty-five"), Chinese
 * numerals ("两", "二〇二五"), ASCII words, single Han characters, and
 * single punctuation or other characters.  White space is not a token; each
 * token says whether white space came before it, so "Q3" (glued) and
 * "Q 3" can be told apart.  Words and Han characters the date grammar cares
 * about carry an id from the tables in date_lex.c (month names, weekdays,
 * units, cue words, 年 月 日 ...); every other word has id 0.
 *
 * This header is internal to the date module (dates.c, date_lex.c).
 */
#ifndef NF_DATE_LEX_H
#define NF_DATE_LEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum nf_dtok_type {
	DT_END,    /* sentinel after the last token */
	DT_NUM,    /* digits: val (capped), ndig */
	DT_WNUM,   /* English number words: val */
	DT_CNUM,   /* Chinese numerals: val; DF_POSITIONAL for "二〇二五" */
	DT_WORD,   /* ASCII letters: id */
	DT_HAN,    /* one Han character (not a numeral): id */
	DT_PUNCT,  /* one punctuation or symbol character: cp */
	DT_OTHER,  /* any other character (non-ASCII letters ...): cp */
};

enum nf_dtok_flag {
	DF_SPACE = 1,       /* white space before the token */
	DF_CAP = 2,         /* word starts with an upper-case letter */
	DF_UPPER = 4,       /* word is all upper case (two letters or more) */
	DF_PLURAL = 8,      /* word is the plural of a unit ("years") */
	DF_ABBR = 16,       /* month abbreviation ("Jul", "Sept") */
	DF_POSITIONAL = 32, /* Chinese digit-by-digit numeral */
	DF_LEADZERO = 64,   /* digit run starting with 0 ("09") */
};

/* Word ids.  Months are 1..12 and weekdays 21..27 so that arithmetic on
 * the id gives the month or ISO weekday. */
enum nf_dword {
	W_NONE = 0,
	W_JAN = 1, W_DEC = 12,
	W_MON = 21, W_SUN = 27,
	/* units of time (DF_PLURAL marks the plural) */
	W_YEAR = 40, W_MONTH, W_WEEK, W_DAY, W_HOUR, W_MINUTE, W_SECOND,
	W_DECADE, W_CENTURY, W_FORTNIGHT, W_WEEKEND, W_QUARTER, W_HALF,
	/* relative words */
	W_AGO = 60, W_OLD, W_YESTERDAY, W_TODAY, W_TOMORROW, W_TONIGHT,
	W_MORNING, W_AFTERNOON, W_EVENING, W_NIGHT,
	W_THIS, W_LAST, W_NEXT, W_PAST, W_COMING, W_PREVIOUS,
	/* seasons: W_SPRING + season index (0 spring, 1 summer, 2 autumn, 3 winter) */
	W_SPRING = 80, W_SUMMER, W_AUTUMN, W_WINTER, W_FALL,
	/* cue words before a date */
	W_IN = 90, W_BY, W_SINCE, W_UNTIL, W_TILL, W_BEFORE, W_AFTER, W_DURING,
	W_THROUGH, W_THROUGHOUT, W_OF, W_FROM, W_TO, W_BETWEEN, W_AND, W_AS,
	W_ON, W_FOR, W_WITHIN, W_OVER, W_UNDER, W_THAN, W_AROUND, W_ABOUT,
	W_NEARLY, W_ALMOST, W_CIRCA, W_AT, W_UNTO, W_OR, W_FUNC, W_THE, W_A, W_AN,
	W_EARLY, W_LATE, W_MID, W_EARLIER, W_LATER, W_END, W_START,
	W_BEGINNING, W_MIDDLE, W_REST, W_TURN, W_EVERY, W_EACH, W_PER,
	W_ITS, W_THEIR, W_HIS, W_HER, W_OUR, W_YEARS_WORD_UNUSED,
	/* ordinals and quarter/half codes */
	W_FIRST = 150, W_THIRD, W_FOURTH, W_FINAL,  /* "second" is W_SECOND */
	W_Q, W_H, W_ST, W_ND, W_RD, W_TH, W_S, W_T, W_Z, W_AM, W_PM,
	W_PLAN, W_NEW, W_FISCAL, W_FULL,
	W_BIZ,      /* business words: a bare "the first half" is a half year */
	W_BOTH, W_FEW, W_SEVERAL, W_MANY, W_RECENT, W_UPCOMING, W_FOLLOWING,
	W_EVERY_ADV,  /* "daily", "weekly", "annually" ...: the unit in flags */
	W_FEAST,    /* a holiday name: "Christmas", "Easter" */
	W_GOOD, W_BOXING, W_EVE,
	/* words that say a clause's tense (never start a date) */
	W_TENSE = 183,
	W_WAS = W_TENSE,  /* was were */
	W_HAD,      /* had */
	W_HAS,      /* has have */
	W_DID,      /* did */
	W_IS,       /* is are am */
	W_BE,       /* be been being */
	W_WILL,     /* will shall 'll */
	W_MODAL,    /* would could should might must can */
	W_PASTV,    /* irregular past forms: said rose held ... */
	W_FUTW,     /* due scheduled expected plans aims upcoming ... */
	W_ADV,      /* adverbs inside a verb group: not also already ... */
	W_UKCUE,    /* British spellings: programme organisation cent ... */
	W_TZ,       /* time zones: GMT BST UTC EST ... */
	W_PERIOD,   /* period, periods */
	W_ANNUM,    /* annum */
	W_TENSE_END,
	/* nouns counted by a number: "2019 companies" is no date */
	W_COUNTED = 200,
	W_VERSION,  /* words naming a product or version before a number */
};

_Static_assert(W_EVE < W_TENSE && W_TENSE_END <= W_COUNTED, "word id blocks overlap");

/* Han character ids (the characters the Chinese date grammar uses). */
enum nf_dhan {
	H_NONE = 0,
	H_NIAN = 1,  /* 年 */
	H_YUE,       /* 月 */
	H_RI,        /* 日 */
	H_HAO,       /* 号 號 */
	H_TIAN,      /* 天 */
	H_ZHOU,      /* 周 週 */
	H_XING,      /* 星 */
	H_QI,        /* 期 */
	H_LI,        /* 礼 禮 */
	H_BAI,       /* 拜 */
	H_JI,        /* 季 */
	H_DU,        /* 度 */
	H_BAN,       /* 半 */
	H_SHANG,     /* 上 */
	H_XIA,       /* 下 */
	H_BEN,       /* 本 */
	H_ZHE,       /* 这 這 */
	H_JIN,       /* 今 */
	H_QU,        /* 去 */
	H_MING,      /* 明 */
	H_QIAN,      /* 前 */
	H_ZUO,       /* 昨 */
	H_HOU,       /* 后 後 */
	H_NEI,       /* 内 內 */
	H_LAI,       /* 来 來 */
	H_CHU,       /* 初 */
	H_DI,        /* 底 */
	H_MO,        /* 末 */
	H_ZHONG,     /* 中 */
	H_XUN,       /* 旬 */
	H_SHI,       /* 世 */
	H_JIKI,      /* 纪 紀 */
	H_DAI,       /* 代 */
	H_GE,        /* 个 個 */
	H_XIAO,      /* 小 */
	H_SHIH,      /* 时 時 */
	H_FEN,       /* 分 */
	H_ZHONGB,    /* 钟 鐘 */
	H_MIAO,      /* 秒 */
	H_ZHI,       /* 至 */
	H_DAO,       /* 到 */
	H_CONG,      /* 从 從 */
	H_YI,        /* 以 */
	H_DIORD,     /* 第 */
	H_FENN,      /* 份 */
	H_CHUN,      /* 春 */
	H_XIAS,      /* 夏 */
	H_QIU,       /* 秋 */
	H_DONG,      /* 冬 */
	H_JINN,      /* 近 */
	H_WEI,       /* 未 */
	H_GUO,       /* 过 過 */
	H_ZHIP,      /* 之 */
	H_JIG,       /* 级 級 */
	H_SUI,       /* 岁 歲 */
	H_GONG,      /* 工 */
	H_TOU,       /* 头 頭 */
	H_JIHUA,     /* 计 規 规 計: "五年计划", "规划" */
	H_YUAN,      /* 元 */
	H_MEI,       /* 每 */
	H_HE,        /* 和 */
	H_YU,        /* 于 於 */
	H_ZAI,       /* 在 */
	H_JIE,       /* 届 屆 */
	H_CI,        /* 次 */
	H_WAN,       /* 晚 */
	H_ZAO,       /* 早 */
	H_QIT,       /* 起 */
	H_JIAN,      /* 间 間 */
	H_TONG,      /* 同 */
	H_JIX,       /* 几 幾: "几个月" */
	H_SHU,       /* 数 數: "数年" */
	H_DUO,       /* 多: "多年" */
	H_NONG,      /* 农 農 (民 is not needed: 民国 is read around numbers) */
	H_HOLI,      /* the first character of a holiday: 圣 国 劳 情 儿 妇 平 万 教 除 端 */
	H_QUAN,      /* 全: "全年" */
};

typedef struct nf_dtok {
	uint32_t s, e;     /* byte span in the text */
	uint8_t type;      /* enum nf_dtok_type */
	uint8_t flags;     /* enum nf_dtok_flag */
	uint8_t ndig;      /* DT_NUM: number of digits (capped at 255) */
	uint8_t pad;
	uint16_t id;       /* DT_WORD: enum nf_dword; DT_HAN: enum nf_dhan */
	uint32_t cp;       /* DT_PUNCT, DT_OTHER, DT_HAN: the code point */
	int64_t val;       /* numbers: the value (digit runs capped at 10^15) */
} nf_dtok;

/* What the lexer saw on the way (nf_dlex.seen). */
enum nf_dlex_seen {
	DLEX_UKCUE = 1,  /* a British spelling ("programme", "per cent") */
	DLEX_POUND = 2,  /* a pound sign */
};

/* A growable token array with room for a typical sentence inside. */
typedef struct nf_dlex {
	nf_dtok *t;
	size_t n, cap;
	unsigned seen;     /* enum nf_dlex_seen */
	nf_dtok local[160];
} nf_dlex;

/*
 * Tokenize text[0..n) into lex (initialised by this call; release with
 * nf_dlex_free).  After the last token come three DT_END sentinels, so a
 * rule can look up to three tokens ahead without bounds checks.  Returns 0,
 * or -1 when memory ran out.  Offsets must fit in 32 bits: longer texts are
 * cut at 4 GiB by the caller.
 */
int nf_dlex_run(nf_dlex *lex, const char *text, size_t n);

/*
 * A cheap first look: false when text[0..n) cannot hold a date for any
 * rule (no digit, no CJK character, no month, weekday, unit of time,
 * season or word like "yesterday").  Most sentences of English prose
 * without dates are turned away here without being tokenized.
 */
bool nf_dlex_may_have_date(const char *text, size_t n);

/* Release what nf_dlex_run allocated. */
void nf_dlex_free(nf_dlex *lex);

#endif
