/*
 * figures.c - the figure recogniser (see figures.h for the rules).
 *
 * One pass over the text.  At each place a figure can start (a digit, a
 * Chinese numeral, a currency sign, a word that may be a number word or a
 * currency code) figure_at() tries: currency before, number, scale word,
 * range, then the unit that decides the kind; the qualifier is read
 * backwards from the start and forwards from the end.  Numbers with no
 * unit are kept aside as "bare" and given a kind afterwards only when the
 * sentence says what they count.  The phrase tables are data at the top.
 */
#include "figures.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cjk_nouns.h"
#include "firstset.h"
#include "money.h"
#include "singular.h"
#include "units.h"
#include "utf8.h"

/* ---- tables ------------------------------------------------------------- */

static const struct qual_phrase {
	const char *text;
	nf_qualifier q;
} qual_before_en[] = {
	{ "no more than", NF_QUAL_LE }, { "not more than", NF_QUAL_LE },
	{ "no less than", NF_QUAL_GE }, { "not less than", NF_QUAL_GE },
	{ "no fewer than", NF_QUAL_GE }, { "not fewer than", NF_QUAL_GE },
	{ "more than", NF_QUAL_GT }, { "greater than", NF_QUAL_GT },
	{ "in excess of", NF_QUAL_GT }, { "upwards of", NF_QUAL_GT },
	{ "upward of", NF_QUAL_GT }, { "just over", NF_QUAL_GT },
	{ "well over", NF_QUAL_GT }, { "over", NF_QUAL_GT }, { "above", NF_QUAL_GT },
	{ "exceeding", NF_QUAL_GT }, { "exceeded", NF_QUAL_GT }, { "exceed", NF_QUAL_GT },
	{ "exceeds", NF_QUAL_GT }, { "surpassing", NF_QUAL_GT }, { "surpassed", NF_QUAL_GT },
	{ "surpass", NF_QUAL_GT }, { "surpasses", NF_QUAL_GT },
	{ "at least", NF_QUAL_GE }, { "a minimum of", NF_QUAL_GE },
	{ "fewer than", NF_QUAL_LT }, { "less than", NF_QUAL_LT },
	{ "just under", NF_QUAL_LT }, { "under", NF_QUAL_LT }, { "below", NF_QUAL_LT },
	{ "up to", NF_QUAL_LE }, { "at most", NF_QUAL_LE }, { "as much as", NF_QUAL_LE },
	{ "as many as", NF_QUAL_LE }, { "as high as", NF_QUAL_LE },
	{ "as low as", NF_QUAL_GE }, { "as little as", NF_QUAL_GE },
	{ "as few as", NF_QUAL_GE },
	{ "starting at", NF_QUAL_GE }, { "starting from", NF_QUAL_GE },
	{ "start at", NF_QUAL_GE }, { "starts at", NF_QUAL_GE },
	{ "a maximum of", NF_QUAL_LE }, { "a cap of", NF_QUAL_LE },
	{ "capped at", NF_QUAL_LE }, { "a ceiling of", NF_QUAL_LE },
	{ "approximately", NF_QUAL_APPROX }, { "an estimated", NF_QUAL_APPROX },
	{ "estimated", NF_QUAL_APPROX }, { "roughly", NF_QUAL_APPROX },
	{ "nearly", NF_QUAL_APPROX }, { "almost", NF_QUAL_APPROX },
	{ "close to", NF_QUAL_APPROX }, { "about", NF_QUAL_APPROX },
	{ "around", NF_QUAL_APPROX }, { "some", NF_QUAL_APPROX },
	{ "circa", NF_QUAL_APPROX }, { "an approximate", NF_QUAL_APPROX },
}, qual_before_zh[] = {
	/* first the longer phrases that end in a shorter one (不得低于, 低于);
	 * 高达, 多达, 达到 state the value: no bound */
	{ "最高不超过", NF_QUAL_LE }, { "最多不超过", NF_QUAL_LE },
	{ "不得超过", NF_QUAL_LE }, { "不得高于", NF_QUAL_LE }, { "不得多于", NF_QUAL_LE },
	{ "不会超过", NF_QUAL_LE }, { "不能超过", NF_QUAL_LE }, { "不应超过", NF_QUAL_LE },
	{ "上限为", NF_QUAL_LE }, { "上限是", NF_QUAL_LE }, { "上限", NF_QUAL_LE },
	{ "下限为", NF_QUAL_GE }, { "下限是", NF_QUAL_GE },
	{ "不得低于", NF_QUAL_GE }, { "不得少于", NF_QUAL_GE },
	{ "不超过", NF_QUAL_LE }, { "不高于", NF_QUAL_LE }, { "不多于", NF_QUAL_LE },
	{ "最高", NF_QUAL_LE }, { "最多", NF_QUAL_LE }, { "至多", NF_QUAL_LE },
	{ "不低于", NF_QUAL_GE }, { "不少于", NF_QUAL_GE }, { "至少", NF_QUAL_GE },
	{ "最少", NF_QUAL_GE }, { "最低", NF_QUAL_GE },
	{ "低至", NF_QUAL_GE },   /* 价格低至0.35元: the lowest (降低至 is a change) */
	{ "不到", NF_QUAL_LT }, { "不足", NF_QUAL_LT }, { "低于", NF_QUAL_LT },
	{ "少于", NF_QUAL_LT },
	{ "跌破", NF_QUAL_LT }, { "击穿", NF_QUAL_LT },
	{ "超过了", NF_QUAL_GT }, { "突破了", NF_QUAL_GT },
	{ "超过", NF_QUAL_GT }, { "突破", NF_QUAL_GT }, { "高于", NF_QUAL_GT },
	{ "破", NF_QUAL_GT },   /* 成交额破百亿 (跌破 is lt) */
	{ "多于", NF_QUAL_GT }, { "逾", NF_QUAL_GT }, { "超", NF_QUAL_GT },
	{ "上", NF_QUAL_GT },   /* only before 百 千 万 alone: 上千家 */
	{ "大约需要", NF_QUAL_APPROX }, { "大约需", NF_QUAL_APPROX }, { "大约有", NF_QUAL_APPROX },
	{ "大约为", NF_QUAL_APPROX }, { "大约在", NF_QUAL_APPROX }, { "大概有", NF_QUAL_APPROX },
	{ "约需要", NF_QUAL_APPROX }, { "约需", NF_QUAL_APPROX }, { "约有", NF_QUAL_APPROX },
	{ "约为", NF_QUAL_APPROX }, { "约达", NF_QUAL_APPROX }, { "约占", NF_QUAL_APPROX },
	{ "约计", NF_QUAL_APPROX }, { "约在", NF_QUAL_APPROX },
	{ "大约", NF_QUAL_APPROX }, { "约合", NF_QUAL_APPROX }, { "折合", NF_QUAL_APPROX },
	{ "将近", NF_QUAL_APPROX }, { "接近", NF_QUAL_APPROX }, { "大概", NF_QUAL_APPROX },
	{ "约", NF_QUAL_APPROX }, { "近", NF_QUAL_APPROX },
}, qual_after[] = {
	{ "左右", NF_QUAL_APPROX }, { "上下", NF_QUAL_APPROX },
	{ "及以上", NF_QUAL_GE }, { "以上", NF_QUAL_GE }, { "起", NF_QUAL_GE },
	{ "以内", NF_QUAL_LE }, { "以下", NF_QUAL_LE }, { "及以下", NF_QUAL_LE },
	{ " or more", NF_QUAL_GE }, { " or above", NF_QUAL_GE },
	{ " or higher", NF_QUAL_GE }, { " or greater", NF_QUAL_GE },
	{ " or less", NF_QUAL_LE }, { " or fewer", NF_QUAL_LE },
	{ " or lower", NF_QUAL_LE }, { " or below", NF_QUAL_LE },
};

static const struct percent_word {
	const char *text;
	const char *unit;
	bool space;    /* may follow a space */
	bool word;     /* ASCII word: ends at a word boundary */
} percent_words[] = {
	{ "basis points", "basis points", true, true },
	{ "basis point", "basis points", true, true },
	{ "bps", "basis points", true, true },
	{ "percentage points", "percentage points", true, true },
	{ "percentage point", "percentage points", true, true },
	{ "percentage pts", "percentage points", true, true },
	{ "pct points", "percentage points", true, true },
	{ "pct pts", "percentage points", true, true },
	{ "ppts", "percentage points", true, true },
	{ "个基点", "basis points", false, false },
	{ "個基點", "basis points", false, false },
	{ "基点", "basis points", false, false },
	{ "基點", "basis points", false, false },
	{ "个百分点", "percentage points", false, false },
	{ "個百分點", "percentage points", false, false },
	{ "百分点", "percentage points", false, false },
	{ "百分點", "percentage points", false, false },
	{ "per cent", "percent", true, true },
	{ "percent", "percent", true, true },
	{ "pct", "percent", true, true },
	{ "%", "percent", true, false },
	{ "\xEF\xBC\x85", "percent", true, false },   /* ％ */
};

/* "hundreds of", "tens of thousands of": ranges of an order of magnitude.
 * The plural means at least two of the unit and less than the next order:
 * "hundreds of" is 200-999, "tens of millions of" 20 million to 99,999,999,
 * "dozens of" 24-99 (pow10 1 marks dozens, the only unit not a power of
 * ten). */
static const struct vague {
	const char *text;
	int pow10;
} vague_numbers[] = {
	{ "tens of thousands of", 4 }, { "hundreds of thousands of", 5 },
	{ "tens of millions of", 7 }, { "hundreds of millions of", 8 },
	{ "tens of billions of", 10 }, { "hundreds of billions of", 11 },
	{ "dozens of", 1 }, { "hundreds of", 2 }, { "thousands of", 3 },
	{ "millions of", 6 }, { "billions of", 9 },
};

/* Words a number written in words can start with ("tens of", "half a"). */
static const struct sized_word {
	const char *w;
	size_t len;
} number_starts[] = {
	{ "zero", 4 }, { "one", 3 }, { "two", 3 }, { "three", 5 }, { "four", 4 },
	{ "five", 4 }, { "six", 3 }, { "seven", 5 }, { "eight", 5 },
	{ "nine", 4 }, { "ten", 3 }, { "eleven", 6 }, { "twelve", 6 },
	{ "thirteen", 8 }, { "fourteen", 8 }, { "fifteen", 7 }, { "sixteen", 7 },
	{ "seventeen", 9 }, { "eighteen", 8 }, { "nineteen", 8 }, { "twenty", 6 },
	{ "thirty", 6 }, { "forty", 5 }, { "fifty", 5 }, { "sixty", 5 },
	{ "seventy", 7 }, { "eighty", 6 }, { "ninety", 6 }, { "hundred", 7 },
	{ "thousand", 8 }, { "million", 7 }, { "billion", 7 }, { "trillion", 8 },
	{ "dozen", 5 }, { "tens", 4 }, { "half", 4 },
	{ "doubled", 7 }, { "doubling", 8 }, { "double", 6 }, { "tripled", 7 },
	{ "tripling", 8 }, { "triple", 6 }, { "trebled", 7 }, { "treble", 6 },
	{ "quadrupled", 10 }, { "quadruple", 9 },
};

/* Words that end the search for a count noun. */
static const char *const count_stops[] = {
	"the", "of", "and", "or", "to", "in", "on", "at", "by", "for", "with",
	"from", "than", "as", "is", "was", "are", "were", "be", "been", "has",
	"have", "had", "this", "that", "these", "those", "which", "who", "its",
	"their", "his", "her", "a", "an", "per", "each", "every", "more", "less",
	"about", "over", "under", "up", "down", "into", "across", "after",
	"before", "since", "until", "while", "will", "would", "could", "can",
	"may", "might", "should", "must", "not", "no", "but", "if", "so",
	"than", "then", "there", "here", "it", "they", "we", "you", "he", "she",
	"year", "month", "week", "day", "hour", "minute", "second", "times",
	"percent", "cent", "between", "among", "within", "via", "out",
	"last", "next", "ago", "later", "earlier", "a", "all", "both",
	"whose", "whom", "what", "where", "when", "how", "why", "our", "my",
	"your", "such", "pounds", "ounces", "feet", "yards",
};

/* Nouns that make one counted thing with the noun after them. */
static const char *const compound_heads[] = {
	"data", "model", "base", "power", "charging", "wind", "solar", "fuel",
	"research", "venture", "credit", "sports", "test", "pilot",
};

/* "an average of 392", "a total of 40": after these and "of" too. */
static const char *const aggregate_words[] = {
	"average", "total", "peak", "maximum", "minimum", "median", "tally",
};

/* Nouns for a body of people: "a crowd of 60,408", "a workforce of
 * 6,500", "a population of 70,000" count people. */
static const char *const people_bodies[] = {
	"crowd", "attendance", "audience", "workforce", "population", "congregation",
	"electorate", "membership", "headcount",
};

/* Words after which a bare number takes the unit of an earlier figure. */
static const char *const anaphora_cues[] = {
	"from", "to", "reach", "reached", "reaching", "reaches", "hit", "had",
	"has", "have", "with", "at", "versus", "vs", "against",
	"expects", "expect", "expected", "forecasts", "forecast", "predicts",
	"targets", "pass", "passes", "by",
};

/* Words that may follow a bare number whose unit is borrowed ("against
 * 6.3bn zlotys": any other word is a unit we do not know). */
static const char *const function_words[] = {
	"a", "an", "the", "in", "on", "at", "by", "for", "from", "to",
	"of", "last", "this", "next", "earlier", "before", "ago", "and",
	"or", "but", "as", "year", "years", "previously", "now",
	"then", "since", "during", "over", "under", "with", "were",
	"was", "are", "is", "will", "had", "have", "has", "more",
	"less", "each", "per", "respectively", "so", "while", "two",
	"three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"several", "few", "months", "weeks", "days", "quarters", "within",
	"until", "through", "after", "around", "among", "across", "including",
	"compared", "versus", "against", "when", "if", "because", "which",
	"who", "that", "than", "into", "onto", "out", "up", "down", "off",
	"due", "left", "remaining", "still", "already", "alone",
};

/* Nouns that often follow a Chinese measure word but are modifiers. */
static const char *const zh_noun_modifiers[] = {
	"具体", "重点", "主要", "重大", "相关", "各类", "优质", "新型", "大型",
	"新的", "核心", "标准", "长期",
};

/* Han characters that end a Chinese count noun (particles, prepositions). */
static const char zh_noun_stops[] =
	"的和与及等在了是为将已被把对向从到至以每共达超约近逾也都还又并而或均其于"
	"同比较这那此该之所不去就给让使着得说做看要";

/* Verbs, adverbs and places that follow a counted noun but are also met
 * inside a modifier (高性能, 可再生): they end the noun after its head
 * noun, or before any head noun when none follows within four
 * characters.  A head noun that starts with one (上市公司, 中国学生,
 * 成员) is read before this. */
static const char zh_noun_soft_stops[] =
	"有可能会应需则但且再才仍正竟曾便即却只最很更太非没未无各计余增减涨跌升"
	"降占争走扩获入出来上下前后中内里当由经如据称属因成排居起";

/* Verbs and adverbs that end a Chinese count noun: "1200台机器人投入使用". */
static const char *const zh_noun_stop_words[] = {
	"投入", "投产", "参与", "参加", "落户", "落地", "签约", "获得", "获批",
	"进入", "实现", "开展", "建成", "完成", "提供", "发布", "推出", "引进",
	"带动", "合作", "申报", "通过", "加入", "覆盖", "集聚", "部署", "累计",
	"涉及", "包括", "包含", "计划", "分布", "占比", "拥有", "已经", "上市",
	"入驻", "使用", "认定", "正在", "目前", "同比", "全部", "分别", "共计",
	"合计", "其中", "入选", "参展", "签署", "达成", "接入", "上线", "运行",
	"服务于", "来自", "位于", "总计", "总数", "总额", "提交", "收到",
	"参会", "出席", "参赛", "到场", "入围", "获奖", "合并", "成立", "注册",
	"开业", "亏损", "盈利", "在内", "以上", "以下", "左右", "受伤", "死亡",
	"遇难", "获救", "报名", "签订", "联合", "共同", "相继",
	"陆续", "先后", "纷纷", "一起", "同时", "集中", "正式", "成功", "全面",
	"成交", "持平", "认购", "派发", "提高", "提出", "发生", "发行", "出现",
	"表示", "显示", "进行", "组成", "构成", "造成", "形成", "涉嫌", "跑赢",
	"跑输", "收盘", "实行", "实施", "接受", "选择", "参阅", "备战", "首次",
	"积极", "慢慢", "依次", "几乎", "主动", "联手", "打造", "分红", "分成",
	"落后", "拔高", "抢走", "救出", "逼近", "跌幅", "涨幅", "增幅", "总数",
	"总人数", "规模", "数量", "其他", "一下", "没有", "全线", "悉数", "分别",
	"迥异", "可供", "注意", "需要", "一共", "相当", "大多", "本身", "特别",
	"非常", "全程", "帮助", "介绍", "考虑", "取得", "赢得", "获取", "领取",
	"推荐", "打破", "突破", "升级", "扎堆", "进账", "代言", "上映", "亮相",
	"发出", "售出", "售完", "剩余", "剩下", "承诺", "寻找", "填写", "起草",
	"预计", "预期", "发放", "属于",
};

/* Head nouns that are verbs when a number follows (报告9例, 计划3个), or
 * name the number itself (这一数字增至86919名). */
static const char *const zh_verb_nouns[] = {
	"报告", "计划", "规划", "建议", "要求", "回复", "评论", "提案", "议案",
	"数字", "数据", "指标", "目标", "成果",
};

/* Plural nouns that name amounts, not counted things: "Profits rose to
 * 1,200" counts no profits. */
static const char *const not_counted_subjects[] = {
	"profits", "revenues", "earnings", "prices", "costs", "losses", "wages",
	"salaries", "rents", "fees", "taxes", "assets", "savings", "shares",
	"stocks", "bonds", "yields", "rates", "exports", "imports", "funds",
	"budgets", "debts", "margins", "returns", "values", "levels", "points",
	"figures", "numbers", "totals", "estimates", "forecasts",
};

/* Names and idioms that begin with a numeral: places (五台山, 九寨沟,
 * 三亚), brands (三只松鼠, 七匹狼), slogans and idioms (三个代表,
 * 三位一体).  No figure starts inside them. */
static const char *const zh_numeral_names[] = {
	"五台山", "九寨沟", "三亚", "三峡", "三门峡", "七台河", "六盘水", "五指山",
	"九华山", "千岛湖", "八达岭", "十堰", "万宁", "九江", "六安", "四平",
	"三明", "三沙", "三河", "五常", "九龙", "百色", "万州", "三里屯", "五道口",
	"八宝山", "三清山", "五大连池", "十三陵", "九寨", "五岳", "三江源",
	"三只松鼠", "七匹狼", "三个代表", "四个全面", "五位一体", "三位一体",
	"四个自信", "两个确立", "两个维护", "三心二意", "五湖四海", "四面八方",
	"七上八下", "十全十美", "千方百计", "千军万马", "三番五次", "五花八门",
	"万众一心", "九牛一毛", "八仙过海", "三顾茅庐", "七嘴八舌", "千家万户",
	"百花齐放", "万无一失", "千变万化", "千丝万缕", "五光十色", "一五一十",
	"两全其美", "三天两头", "三言两语", "四通八达", "六神无主", "十拿九稳",
	"百发百中", "千载难逢", "万里长城", "九九归一", "五星红旗", "三八红旗",
	"八一", "五四", "十一国庆", "三农", "两会", "两岸", "三甲医院", "五险一金",
	"七夕", "九一八", "三星", "五粮液", "三鹿", "百度", "万达", "千禧",
};

/* Words before a number that are not the noun a bare measure word counts. */
static const char *const zh_not_context[] = {
	"其中", "共有", "拥有", "新增", "达到", "超过", "累计", "已有", "全市",
	"全省", "共计", "合计", "包括", "吸引", "引进", "落户", "集聚", "建成",
	"新建", "培育", "认定", "现有", "目前", "还有", "另有", "约有", "总计",
	"全国", "全区", "部署", "接入", "完成", "签约", "发布", "推出", "形成",
	"带动", "服务", "覆盖", "达",
};

/* ---- character helpers -------------------------------------------------- */

static bool
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static bool
is_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
is_alnum(unsigned char c)
{
	return is_digit(c) || is_alpha(c);
}

static bool
is_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

static bool
is_hex(unsigned char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* a[0..n) equals b[0..n), ASCII case folded (b is lower case or not a
 * letter: the tables' spelling).  Inline: the strings are short. */
static bool
eq_fold(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
		if (x != y && !(x >= 'A' && x <= 'Z' && x + 32 == y))
			return false;
	}
	return true;
}

/* A fullwidth digit ０-９ at s. */
static bool
is_wide_digit(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;

	return n >= 3 && u[0] == 0xEF && u[1] == 0xBC && u[2] >= 0x90 && u[2] <= 0x99;
}

static bool
digit_at(const char *s, size_t n)
{
	return (n > 0 && is_digit((unsigned char)s[0])) || is_wide_digit(s, n);
}

static uint32_t
cp_at(const char *s, size_t n, size_t *len)
{
	uint32_t cp = 0;
	size_t l = nf_utf8_decode(s, n, &cp, NULL);

	if (len != NULL)
		*len = l;
	return l == 0 ? 0 : cp;
}

static uint32_t
cp_before(const char *text, size_t pos, size_t *start)
{
	size_t p;

	if (pos == 0) {
		if (start != NULL)
			*start = 0;
		return 0;
	}
	p = nf_utf8_prev(text, pos);
	if (start != NULL)
		*start = p;
	return cp_at(text + p, pos - p, NULL);
}

/* The value of a Chinese numeral character, or -1: a hash on the low eight
 * bits of the code point (this runs for most characters of Chinese text). */
static int
cjk_numeral_value(uint32_t cp)
{
	static const uint32_t numerals[] = {
		0x96F6, 0x3007, 0x4E00, 0x58F9, 0x4E8C, 0x8D30, 0x8CB3, 0x4E24,
		0x5169, 0x4E09, 0x53C1, 0x53C3, 0x56DB, 0x8086, 0x4E94, 0x4F0D,
		0x516D, 0x9646, 0x9678, 0x4E03, 0x67D2, 0x516B, 0x634C, 0x4E5D,
		0x7396, 0x5341, 0x62FE, 0x767E, 0x4F70, 0x5343, 0x4EDF, 0x4E07,
		0x842C, 0x4EBF, 0x5104,
	};
	static const int values[] = {
		0, 0, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 6, 6, 7, 7, 8, 8,
		9, 9, 10, 10, 100, 100, 1000, 1000, 10000, 10000, 100000000, 100000000,
	};
	static signed char head[256], next[sizeof numerals / sizeof numerals[0]];
	static bool ready;

	if (!ready) {
		memset(head, -1, sizeof head);
		for (size_t i = 0; i < sizeof numerals / sizeof numerals[0]; i++) {
			next[i] = head[numerals[i] & 0xFF];
			head[numerals[i] & 0xFF] = (signed char)i;
		}
		ready = true;
	}
	for (int i = head[cp & 0xFF]; i >= 0; i = next[i])
		if (numerals[i] == cp)
			return values[i];
	return -1;
}

static bool
starts(const char *s, size_t n, const char *lit)
{
	size_t l = strlen(lit);

	return n >= l && memcmp(s, lit, l) == 0;
}

/* An ASCII word (case-insensitive; word in lower case) at s ending at a
 * word boundary.  The first byte is compared before the length is taken:
 * most calls end there. */
static size_t
word_is(const char *s, size_t n, const char *word)
{
	size_t l;

	if (n == 0 || (s[0] != word[0] && ((unsigned char)s[0] | 0x20) != (unsigned char)word[0]))
		return 0;
	l = strlen(word);
	if (n < l || !eq_fold(s, word, l))
		return 0;
	if (l < n && is_alnum((unsigned char)s[l]))
		return 0;
	return l;
}

/* Length of the ASCII word at s: letters, digits, inner ' and -. */
static size_t
word_len(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && (is_alnum((unsigned char)s[i]) ||
	    ((s[i] == '-' || s[i] == '\'') && i + 1 < n && is_alpha((unsigned char)s[i + 1]) && i > 0)))
		i++;
	return i;
}

static bool
in_list(const char *w, size_t n, const char *const *list, size_t count)
{
	char c0;

	if (n == 0)
		return false;
	c0 = (char)(w[0] | 0x20);
	for (size_t i = 0; i < count; i++)
		if ((list[i][0] | 0x20) == c0 && strlen(list[i]) == n &&
		    strncasecmp(w, list[i], n) == 0)
			return true;
	return false;
}

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

/* ---- the scan state ----------------------------------------------------- */

struct scan {
	const char *text;
	size_t n;
	const nf_figure_opts *opts;
	nf_money_context money;
	const nf_date_list *dates;
};

/* A number read at a position: value, span, and how it was written. */
struct num {
	nf_decimal v;
	size_t start, end;
	unsigned form;
	bool scaled;        /* a scale word followed */
	bool weak_scale;    /* the scale was a glued k/m/b: money only */
	bool bare_unit;     /* a Chinese unit numeral alone (十, 百, 千, 万) */
	bool one_word;      /* the number one written as a word (one, 一) */
	bool vague;         /* "hundreds of": value_max is set */
	nf_decimal vmax;
	bool more;          /* 多 or 余 after it: "十多", "5万多" */
	int pow10;          /* the scale applied */
	bool long_digits;   /* seven or more ungrouped digits: an identifier
	                       unless a unit follows */
	bool money_prefix;  /* a currency stands before: "m" is million */
};

/* Whether a date span covers part of the figure f.  A frequency word
 * between a count's number and its noun modifies the noun ("four
 * quarterly instalments", "12 monthly payments"): no date in the way. */
static bool
figure_on_date(const struct scan *sc, const nf_figure *f)
{
	for (size_t i = 0; i < sc->dates->len; i++) {
		const nf_date_match *m = &sc->dates->items[i];
		if (m->start >= f->end)
			break;
		if (m->end <= f->start)
			continue;
		if (f->kind == NF_FIG_COUNT && m->kind == NF_DATE_SET && m->start > f->start &&
		    m->end < f->end && memchr(sc->text + m->start, ' ', m->end - m->start) == NULL)
			continue;
		return true;
	}
	return false;
}

/* ---- numbers ------------------------------------------------------------ */

/* Whether a sign before pos stands alone: after a space, a bracket, a
 * colon, a Han character, CJK punctuation, the start of the text or a
 * table's cell (a TAB, a line break: "Cloud Music\t1.9bn yuan\t-5.0%"). */
static bool
sign_alone(const struct scan *sc, size_t at)
{
	uint32_t c = cp_before(sc->text, at, NULL);

	return at == 0 || c == ' ' || c == '(' || c == ':' || c == '\t' || c == '\n' ||
	    nf_is_han(c) || nf_is_cjk_punct(c);
}

/* The bytes of a plus sign standing alone before pos ("+9.0%",
 * "（+1.5%）", a table's cell "\t+17.6%"), or 0.  After a word or a Han character it joins two
 * things (中学英语+12套, "1%的技巧+99%"): no sign. */
static size_t
plus_before(const struct scan *sc, size_t pos)
{
	size_t m = 0;
	uint32_t c;

	if (pos >= 1 && sc->text[pos - 1] == '+')
		m = 1;
	else if (pos >= 3 && memcmp(sc->text + pos - 3, "\xEF\xBC\x8B", 3) == 0)   /* ＋ */
		m = 3;
	if (m == 0)
		return 0;
	c = cp_before(sc->text, pos - m, NULL);
	return !nf_is_han(c) && sign_alone(sc, pos - m) ? m : 0;
}

/* Whether a number may start at pos: not glued to a word or a number. */
static bool
boundary_before(const struct scan *sc, size_t pos)
{
	size_t p;
	uint32_t c = cp_before(sc->text, pos, &p), c2;

	if (pos == 0)
		return true;
	/* a Chinese numeral after a Latin word starts afresh: "512GB兩種版本" */
	if (c < 0x80 && is_alpha((unsigned char)c) && (unsigned char)sc->text[pos] >= 0xE0)
		return true;
	/* "%28", "%2D": a percent-encoded byte of a URL */
	if (c < 0x80 && (is_alnum((unsigned char)c) || c == '_' || c == '#' || c == '@' ||
	    c == '&' || c == '=' || c == '%'))
		return false;
	/* "+9.0%" is a sign; "C++11", "12GB+256GB", "a+5" are not */
	if (c == '+' && plus_before(sc, pos) == 0)
		return false;
	if (c == '.' || c == ',' || c == '-' || c == '/' || c == ':' || c == '\\' ||
	    c == 0x2010 || c == 0x2011) {
		c2 = cp_before(sc->text, p, NULL);
		if (c2 < 0x80 && is_alnum((unsigned char)c2))
			return false;
		if (c == '.' && c2 != 0 && c2 != ' ')
			return false;
	}
	if (c == 0x7B2C)  /* 第 */
		return false;
	/* 找零8分钱: 零 of a word before Arabic digits; so are the numerals
	 * of cheques (伍 陆 拾 ...) that end a word: 队伍56支, 入伍3年 */
	if ((c == 0x96F6 || c == 0x4F0D || c == 0x9646 || c == 0x9678 || c == 0x62FE ||
	     c == 0x4F70 || c == 0x4EDF || c == 0x58F9 || c == 0x8D30 || c == 0x8CB3 ||
	     c == 0x53C1 || c == 0x53C3 || c == 0x8086 || c == 0x67D2 || c == 0x634C ||
	     c == 0x7396) && is_digit((unsigned char)sc->text[pos]))
		return true;
	if (cjk_numeral_value(c) >= 0 || (c >= 0xFF10 && c <= 0xFF19))
		return false;
	return true;
}

/* 10^k - 1 (k up to 18). */
static int64_t
pow10_minus_one(int k)
{
	int64_t m = 1;

	while (k-- > 0)
		m *= 10;
	return m - 1;
}

/* "a third", "half a million", "hundreds of"...: extra English forms. */
static bool
parse_vague(const struct scan *sc, size_t pos, struct num *out)
{
	const char *s = sc->text + pos;
	size_t n = sc->n - pos, l;
	char c0 = (char)(s[0] | 0x20);

	if (c0 != 't' && c0 != 'h' && c0 != 'd' && c0 != 'm' && c0 != 'b' && c0 != 'a')
		return false;
	for (size_t i = 0; i < COUNT(vague_numbers); i++) {
		l = strlen(vague_numbers[i].text);
		if (n >= l && eq_fold(s, vague_numbers[i].text, l) &&
		    (l == n || s[l] == ' ')) {
			int k = vague_numbers[i].pow10;
			/* 200 .. 999: 2 * 10^k .. 10^(k+1) - 1; dozens 24 .. 99 */
			out->v = k == 1 ? (nf_decimal){ 24, 0 } : (nf_decimal){ 2, k };
			out->vmax = (nf_decimal){ pow10_minus_one(k + 1), 0 };
			out->vague = true;
			out->scaled = vague_numbers[i].pow10 >= 3;
			out->end = pos + l;
			out->form = NF_NUM_WORDS;
			return true;
		}
	}
	if ((l = word_is(s, n, "half a")) > 0 || (l = word_is(s, n, "half")) > 0 ||
	    (l = word_is(s, n, "a quarter of a")) > 0 || (l = word_is(s, n, "a quarter")) > 0) {
		int p10;
		size_t sl;
		bool quarter = s[2] == 'q';
		if (l < n && nf_scale_parse(s + l, n - l, &p10, &sl) && p10 >= 6 &&
		    is_alpha((unsigned char)s[l + sl - 1])) {
			out->v = quarter ? (nf_decimal){ 25, p10 - 2 } : (nf_decimal){ 5, p10 - 1 };
			out->end = pos + l + sl;
			out->form = NF_NUM_WORDS;
			out->scaled = true;
			return true;
		}
	}
	return false;
}

/* The power of ten of the Chinese unit numerals at s (十 1, 百 2, 千 3, 万
 * 4, 十万 5 ... 万亿 12), and their bytes in *len; -1 when none. */
static int
zh_unit_pow(const char *s, size_t n, size_t *len)
{
	int p10;

	if (starts(s, n, "十") && !(n >= 6 && nf_scale_parse(s, n, &p10, len))) {
		*len = 3;
		return 1;
	}
	if (n >= 3 && (unsigned char)s[0] >= 0x80 && nf_scale_parse(s, n, &p10, len))
		return p10;
	return -1;
}

/*
 * Chinese vague magnitudes, as ranges (value .. vmax), by the rule of the
 * English plurals: 数 or 几 before a unit is at least two of it and less
 * than the next order (数十 20-99, 数百 200-999, 数亿 2亿-999999999, 几十亿
 * 20亿-99.99亿); 上 before a unit reaches its order (上千 1000-9999); 十几
 * is 11-19, 二十几 21-29; two neighbouring digits are both ends (一两 1-2,
 * 三四百 300-400, 两三万 20000-30000); a unit and 级 is its order (千亿级
 * 10^11 .. 10^12 - 1).
 */
static bool
parse_vague_zh(const struct scan *sc, size_t pos, struct num *out)
{
	const char *s = sc->text + pos;
	size_t n = sc->n - pos, l, l2;
	int k, d1, d2;
	uint32_t c = cp_at(s, n, &l);

	memset(out, 0, sizeof *out);
	out->start = pos;
	out->form = NF_NUM_CJK;
	out->vague = true;
	if (c == 0x6570 || c == 0x51E0 || c == 0x4E0A) {   /* 数 几 上 */
		if ((k = zh_unit_pow(s + 3, n - 3, &l2)) < (c == 0x4E0A ? 2 : 1))
			return false;
		/* 上百 ... but not 上万 in 上万众 or 数十年 (a duration is no figure
		 * anyway) */
		out->v = c == 0x4E0A ? (nf_decimal){ 1, k } : (nf_decimal){ 2, k };
		out->vmax = (nf_decimal){ pow10_minus_one(k + 1), 0 };
		out->end = pos + 3 + l2;
		out->scaled = k >= 4;
		out->pow10 = k;
		return true;
	}
	d1 = cjk_numeral_value(c);
	if (d1 < 1 || d1 > 9)
		return false;
	/* 一两, 两三, 三四 ... 八九 */
	d2 = cjk_numeral_value(cp_at(s + l, n - l, &l2));
	if (d2 == d1 + 1 && l2 == 3 && (d1 != 1 || starts(s + 3, n - 3, "两")) &&
	    (d1 != 2 || starts(s, n, "两"))) {
		size_t e = l + l2;
		int64_t u = 1;
		if ((k = zh_unit_pow(s + e, n - e, &l2)) >= 1) {
			for (int i = 0; i < k; i++)
				u *= 10;
			e += l2;
			out->scaled = k >= 4;
			out->pow10 = k;
		}
		out->v = (nf_decimal){ d1 * u, 0 };
		out->vmax = (nf_decimal){ d2 * u, 0 };
		out->end = pos + e;
		return true;
	}
	return false;
}

/* 十几, 二十几 after the number nm (a whole number of tens): a range of
 * the units; and a unit numeral with 级 (千亿级).  Changes nm in place. */
static void
vague_zh_after(const struct scan *sc, struct num *nm)
{
	size_t p = nm->end;

	if (nm->form != NF_NUM_CJK || nm->v.exp != 0)
		return;
	if (starts(sc->text + p, sc->n - p, "几") && nm->v.mant % 10 == 0 &&
	    nm->v.mant < 100) {
		nm->vmax = (nf_decimal){ nm->v.mant + 9, 0 };
		nm->v.mant += 1;
		nm->end = p + 3;
		nm->vague = true;
		return;
	}
	/* 千台级订单, 万吨级: a unit numeral alone, a measure word or a unit
	 * and 级 is the order of that unit (1000-9999 台) */
	if (nm->bare_unit && nm->v.mant >= 100 && p + 6 <= sc->n) {
		const char *noun;
		bool att;
		size_t l = nf_measure_word_match(sc->text + p, sc->n - p, &noun);
		if (l == 0 && (unsigned char)sc->text[p] >= 0xE0)
			l = nf_unit_match(sc->text + p, sc->n - p, &att, NULL);
		if (l > 0 && starts(sc->text + p + l, sc->n - p - l, "级")) {
			int64_t m = nm->v.mant;
			int k = 0;
			while (m >= 10 && m % 10 == 0) {
				m /= 10;
				k++;
			}
			if (m == 1) {
				nm->vmax = (nf_decimal){ pow10_minus_one(k + 1), 0 };
				nm->vague = true;
				nm->bare_unit = false;
				return;
			}
		}
	}
	if (starts(sc->text + p, sc->n - p, "级") && !nm->one_word) {
		/* 千亿级, 百亿级, 万亿级: the number is a unit numeral alone */
		int64_t m = nm->v.mant;
		int k = 0;
		while (m >= 10 && m % 10 == 0) {
			m /= 10;
			k++;
		}
		if (m != 1 || k < 4 || cjk_numeral_value(cp_at(sc->text + nm->start,
		    sc->n - nm->start, NULL)) < 10)
			return;
		nm->vmax = (nf_decimal){ pow10_minus_one(k + 1), 0 };
		nm->end = p + 3;
		nm->vague = true;
		nm->bare_unit = false;
		nm->scaled = k >= 4;
	}
}

/* Chinese 点 decimals after a numeral: "三点五" (only inside 百分之). */
static void
cjk_point_fraction(const struct scan *sc, struct num *nm)
{
	size_t p = nm->end, l;
	uint32_t c;
	int d;

	if (!starts(sc->text + p, sc->n - p, "点"))
		return;
	p += 3;
	while (p < sc->n && (c = cp_at(sc->text + p, sc->n - p, &l)) != 0 &&
	    (d = cjk_numeral_value(c)) >= 0 && d <= 9) {
		nm->v.mant = nm->v.mant * 10 + d;
		nm->v.exp--;
		p += l;
		nm->end = p;
	}
}

/* Whether the character s[0..l) is one of the characters of set. */
static bool
strchr_utf8(const char *set, const char *s, size_t l)
{
	for (const char *p = set; *p != '\0';) {
		size_t k = nf_utf8_decode(p, strlen(p), &(uint32_t){ 0 }, NULL);
		if (k == l && memcmp(p, s, l) == 0)
			return true;
		p += k ? k : 1;
	}
	return false;
}

/* Read the number at pos (no currency, no scale); false when none. */
static bool
parse_number(const struct scan *sc, size_t pos, struct num *out)
{
	const char *s = sc->text + pos;
	size_t n = sc->n - pos;
	nf_number num;
	uint32_t c;
	size_t l;

	memset(out, 0, sizeof *out);
	out->start = pos;
	if (n == 0)
		return false;
	if (digit_at(s, n)) {
		if (!nf_number_parse_digits_prefix(s, n, &num) || num.inexact)
			return false;
		/* identifiers: a leading zero ("0571"), seven or more ungrouped digits */
		if (num.int_digits > 1 && (s[0] == '0' || (is_wide_digit(s, n) &&
		    (unsigned char)s[2] == 0x90)))
			return false;
		out->long_digits = !num.grouped && num.int_digits >= 7;
		out->v = num.value;
		out->end = pos + num.len;
		out->form = NF_NUM_DIGITS;
		/* versions "1.2.3", times "10:30", fractions and dates "3/4" */
		l = out->end;
		if (l + 1 < sc->n && (sc->text[l] == '.' || sc->text[l] == ':' || sc->text[l] == '/' ||
		    sc->text[l] == ',') && digit_at(sc->text + l + 1, sc->n - l - 1))
			return false;
		if (starts(sc->text + l, sc->n - l, "\xEF\xBC\x9A") && digit_at(sc->text + l + 3, sc->n - l - 3))
			return false;  /* fullwidth colon */
		return true;
	}
	if (is_alpha((unsigned char)s[0])) {
		if (parse_vague(sc, pos, out))
			return true;
		if (!nf_number_parse(s, n, NF_NUM_WORDS, &num))
			return false;
		out->v = num.value;
		out->end = pos + num.len;
		out->form = NF_NUM_WORDS;
		out->one_word = num.value.mant == 1 && num.value.exp == 0;
		out->scaled = num.value.mant >= 1000;   /* "a trillion pounds" */
		return true;
	}
	c = cp_at(s, n, &l);
	if (cjk_numeral_value(c) < 0)
		return false;
	if (!nf_number_parse(s, n, NF_NUM_CJK, &num) || num.positional)
		return false;
	out->v = num.value;
	out->end = pos + num.len;
	out->form = NF_NUM_CJK;
	out->one_word = num.value.mant == 1 && num.value.exp == 0;
	{
		int v = cjk_numeral_value(c);
		out->bare_unit = v >= 100 && num.len == l;   /* 百 千 万 alone */
		/* ... are figures after a bound: 近千人, 逾万家, 上千家企业, and
		 * before 余 or 多 and a measure word: 千余人, 百余家媒体, 万余名 */
		if (out->bare_unit && pos >= 3) {
			uint32_t b = cp_before(sc->text, pos, NULL);
			out->bare_unit = b != 0x8FD1 && b != 0x903E && b != 0x8D85 &&
			    b != 0x7EA6 && b != 0x4E0A;   /* 近 逾 超 约 上 */
		}
		if (out->bare_unit && pos + l + 6 <= sc->n &&
		    (starts(s + l, n - l, "余") || starts(s + l, n - l, "多"))) {
			const char *noun;
			out->bare_unit = nf_measure_word_match(s + l + 3, n - l - 3, &noun) == 0;
		}
		/* a financial numeral alone is a word: 队伍, 落伍 */
		if (num.len == l && v != -1 && !strchr_utf8("一二三四五六七八九十两兩百千万萬亿億", s, l))
			return false;
	}
	if (num.value.mant == 0)
		return false;
	/* "十五五": a numeral right after the number */
	c = cp_at(sc->text + out->end, sc->n - out->end, &l);
	if (cjk_numeral_value(c) >= 0 && !starts(sc->text + out->end, sc->n - out->end, "万") &&
	    !starts(sc->text + out->end, sc->n - out->end, "亿"))
		return false;
	return true;
}

/* A unit that begins with a scale character ("千瓦", "千米") at p. */
static bool
unit_first(const struct scan *sc, size_t p)
{
	bool att;

	return p < sc->n && (unsigned char)sc->text[p] >= 0x80 &&
	    nf_unit_match(sc->text + p, sc->n - p, &att, NULL) > 0;
}

/* Apply 多/余 and a scale word after the number. */
static void
parse_scale(const struct scan *sc, struct num *nm)
{
	size_t p = nm->end, l;
	int p10;

	/* "five and a half million", "two and a half per cent" */
	if (p + 11 <= sc->n && nm->form != NF_NUM_CJK && nm->v.exp == 0 && !nm->vague &&
	    (strncasecmp(sc->text + p, " and a half", 11) == 0 ||
	     strncasecmp(sc->text + p, "-and-a-half", 11) == 0) &&
	    (p + 11 == sc->n || !is_alpha((unsigned char)sc->text[p + 11]))) {
		nm->v = (nf_decimal){ nm->v.mant * 10 + 5, -1 };
		nm->end = p += 11;
		nm->one_word = false;
		if (nm->form == NF_NUM_WORDS)
			nm->form = NF_NUM_DIGITS;   /* a scale word may follow */
	}
	/* "3 dozen eggs": twelve each */
	if (p + 6 <= sc->n && nm->form == NF_NUM_DIGITS && strncasecmp(sc->text + p, " dozen", 6) == 0 &&
	    (p + 6 == sc->n || !is_alpha((unsigned char)sc->text[p + 6])) &&
	    nf_decimal_mul_int(&nm->v, 12)) {
		nm->end = p += 6;
		return;
	}
	/* 兆 is 10^12 before a currency (2兆元, 1兆日圓); else a unit (兆瓦) */
	if (starts(sc->text + p, sc->n - p, "兆")) {
		const char *code;
		bool needs;
		if (nf_money_suffix(sc->text + p + 3, sc->n - p - 3, &code, &needs, NULL) > 0) {
			nm->v = nf_decimal_scale(nm->v, 12);
			nm->pow10 = 12;
			nm->end = p + 3;
			nm->scaled = true;
		}
		return;
	}
	/* "250m" in Chinese text is metres, not millions */
	if (sc->opts->chinese && !nm->money_prefix && p < sc->n && (sc->text[p] == 'm' ||
	    sc->text[p] == 'M') && (p + 1 >= sc->n || !is_alnum((unsigned char)sc->text[p + 1])))
		return;

	if (starts(sc->text + p, sc->n - p, "多") || starts(sc->text + p, sc->n - p, "余")) {
		nm->more = true;
		nm->end = p += 3;
	}
	if (unit_first(sc, p))
		return;
	if (nm->form == NF_NUM_WORDS && !nm->vague) {
		/* "two million" is read by the word parser; "1.5 million" here */
		return;
	}
	if (nm->vague && nm->form != NF_NUM_CJK)
		return;
	/* "a 1.5-billion-yuan fund", "a $2-million grant": the scale word of
	 * an adjective, between hyphens or before a space */
	if (p + 8 < sc->n && sc->text[p] == '-' && nm->form == NF_NUM_DIGITS &&
	    nf_scale_parse(sc->text + p + 1, sc->n - p - 1, &p10, &l) && l >= 7 &&
	    is_alpha((unsigned char)sc->text[p + l]) &&
	    (p + 1 + l == sc->n || sc->text[p + 1 + l] == '-' || sc->text[p + 1 + l] == ' ')) {
		nm->v = nf_decimal_scale(nm->v, p10);
		nm->pow10 = p10;
		nm->end = p + 1 + l;
		nm->scaled = true;
		return;
	}
	if (!nf_scale_parse(sc->text + p, sc->n - p, &p10, &l))
		return;
	if (nm->vague) {
		/* 几十亿, 三四百万: the scale multiplies both ends */
		if ((unsigned char)sc->text[p] < 0x80)
			return;
		nm->v = nf_decimal_scale(nm->v, p10);
		nm->vmax = nf_decimal_scale(nm->vmax, p10);
		nm->end = p + l;
		nm->scaled = true;
		return;
	}
	/* a Chinese scale needs no space; an ASCII one is a whole word */
	if ((unsigned char)sc->text[p + l - 1] >= 0x80 && sc->text[p] == ' ')
		return;
	if (nm->form == NF_NUM_CJK && (unsigned char)sc->text[p] < 0x80)
		return;
	nm->weak_scale = l <= 3 && p < sc->n && sc->text[p] != ' ' &&
	    (sc->text[p + l - 1] == 'k' || sc->text[p + l - 1] == 'K' ||
	     sc->text[p + l - 1] == 'm' || sc->text[p + l - 1] == 'M' ||
	     sc->text[p + l - 1] == 'b' || sc->text[p + l - 1] == 'B' ||
	     strncasecmp(sc->text + p, "mil", 3) == 0) && l != 2;
	if (l == 2 && (strncasecmp(sc->text + p, "bn", 2) != 0 && strncasecmp(sc->text + p, "mn", 2) != 0 &&
	    strncasecmp(sc->text + p, "tn", 2) != 0))
		nm->weak_scale = true;
	nm->v = nf_decimal_scale(nm->v, p10);
	nm->pow10 = p10;
	nm->end = p + l;
	nm->scaled = true;
	nm->bare_unit = false;
	if (starts(sc->text + nm->end, sc->n - nm->end, "多") ||
	    starts(sc->text + nm->end, sc->n - nm->end, "余")) {
		nm->more = true;
		nm->end += 3;
	}
}

/* ---- units -------------------------------------------------------------- */

struct unit {
	int kind;             /* nf_figure_kind, or -1 */
	size_t end;           /* where the unit text ends */
	size_t text_start;    /* where the unit as written begins (< end), or 0 */
	const char *unit;     /* see nf_figure */
	size_t unit_len;
	const char *suffix;
	const char *code;     /* money: the currency (maybe a placeholder) */
	int pow10;            /* money: a subunit's power of ten ("cents": -2) */
	bool needs_scale;
	bool attached;        /* glued to the digits */
	bool tenths;          /* 三成: the number counts tenths */
	bool hundredfold;     /* 2.63倍: a multiple, as a percentage */
};

/* Fill u with a unit of no suffix; true, for "return unit_found(...)". */
static bool
unit_found(struct unit *u, int kind, size_t end, const char *unit, size_t unit_len)
{
	u->kind = kind;
	u->end = end;
	u->unit = unit;
	u->unit_len = unit_len;
	u->suffix = "";
	return true;
}

/* Whether a percentage is written in the text before p ("%", "per cent",
 * "percent"). */
static bool
percent_before(const struct scan *sc, size_t p)
{
	return memchr(sc->text, '%', p) != NULL || memmem(sc->text, p, "per cent", 8) != NULL ||
	    memmem(sc->text, p, "percent", 7) != NULL;
}

static bool
percent_at(const struct scan *sc, size_t p, bool spaced, struct unit *u)
{
	char c0 = p < sc->n ? sc->text[p] : 0;

	/* every percent word starts with p, b, % or a three-byte character */
	if ((c0 | 0x20) != 'p' && (c0 | 0x20) != 'b' && c0 != '%' && (unsigned char)c0 < 0xE0)
		return false;
	for (size_t i = 0; i < COUNT(percent_words); i++) {
		const struct percent_word *w = &percent_words[i];
		if (spaced && !w->space)
			continue;
		if ((w->text[0] | 0x20) != (c0 | 0x20))
			continue;
		if (w->word ? word_is(sc->text + p, sc->n - p, w->text) == 0
		            : !starts(sc->text + p, sc->n - p, w->text))
			continue;
		/* "100%25", "5%2D": percent-encoding in a URL, no percentage */
		if (c0 == '%' && p + 2 < sc->n && is_hex((unsigned char)sc->text[p + 1]) &&
		    is_hex((unsigned char)sc->text[p + 2]))
			return false;
		return unit_found(u, NF_FIG_PERCENT, p + strlen(w->text), w->unit, strlen(w->unit));
	}
	/* "+1.8 pts" beside percentages ("64.1%\t62.3%\t+1.8 pts"): points
	 * of a percentage; elsewhere "pts" are points of a score */
	if ((c0 | 0x20) == 'p' && (word_is(sc->text + p, sc->n - p, "pts") > 0 ||
	    word_is(sc->text + p, sc->n - p, "pt") > 0) && percent_before(sc, p))
		return unit_found(u, NF_FIG_PERCENT, p + (sc->text[p + 2] == 's' ? 3 : 2),
		    "percentage points", 17);
	return false;
}

/* Whether a character of s (at most 4 bytes) is in the set. */
static bool
zh_char_in(const char *set, const char *s, size_t l)
{
	char ch[5] = { 0 };

	memcpy(ch, s, l < 4 ? l : 4);
	return strstr(set, ch) != NULL;
}

static bool
zh_stop_char(const char *s, size_t l)
{
	return zh_char_in(zh_noun_stops, s, l);
}

/* Whether a stop word of zh_noun_stop_words starts at s[0..n). */
static bool
zh_stop_word(const char *s, size_t n)
{
	for (size_t i = 0; i < COUNT(zh_noun_stop_words); i++)
		if (memcmp(s, zh_noun_stop_words[i], 3) == 0 && starts(s, n, zh_noun_stop_words[i]))
			return true;
	return false;
}

/*
 * The noun after a Chinese measure word.  The Han run after it is read up
 * to a stop (a function character, a verb or adverb of the stop lists),
 * reading the head nouns of lib/cjk_nouns.h whole, so 方向 or 发展中国家
 * are not cut at 向 or 中.  The noun is the run up to the end of its first
 * head noun, and on through later head nouns at most one character apart
 * (股票型基金, 银行系基金, 基金公司): "120所院校云集广州" counts 院校,
 * "8家高性能数字影院" 高性能数字影院.  A run of one or two characters with
 * no head noun stands as it is (3只怪); a longer one names no noun we
 * know ("8张连怕性能"): returns p, and the caller reports the measure word.
 */
#define ZH_NOUN_MAX_CHARS 10

/* Whether a head noun starts within the four characters at q, before
 * a function character or a stop word. */
static bool
zh_head_ahead(const struct scan *sc, size_t q)
{
	for (int k = 0; k < 4 && q < sc->n; k++) {
		size_t l;
		uint32_t c = cp_at(sc->text + q, sc->n - q, &l);
		if (!nf_is_han(c))
			return false;
		if (nf_zh_head_noun_at(sc->text + q, sc->n - q) > 0)
			return true;
		if (zh_stop_char(sc->text + q, l) || zh_stop_word(sc->text + q, sc->n - q))
			return false;
		q += l;
	}
	return false;
}
static size_t
zh_noun(const struct scan *sc, size_t p, size_t *noun_start)
{
	size_t q = p, l, chars = 0, head_end = 0, head_chars = 0, tentative = 0, latin_end = 0;
	uint32_t c;

	for (size_t i = 0; i < COUNT(zh_noun_modifiers); i++)
		if (starts(sc->text + p, sc->n - p, zh_noun_modifiers[i]) &&
		    p + strlen(zh_noun_modifiers[i]) < sc->n) {
			size_t m = p + strlen(zh_noun_modifiers[i]);
			c = cp_at(sc->text + m, sc->n - m, &l);
			if (nf_is_han(c)) {
				p = q = m;
				break;
			}
		}
	*noun_start = p;
	while (q < sc->n && chars < ZH_NOUN_MAX_CHARS) {
		size_t h;
		c = cp_at(sc->text + q, sc->n - q, &l);
		if (c == 0)
			break;
		if (!nf_is_han(c)) {
			/* Latin nouns: "块GPU", "百万tokens"; a Latin word that
			 * starts a Han noun is part of it: "52家A股上市公司" */
			if (chars == 0 && c < 0x80 && is_alpha((unsigned char)c)) {
				size_t wl = word_len(sc->text + q, sc->n - q);
				if (q + wl >= sc->n || !nf_is_han(cp_at(sc->text + q + wl, sc->n - q - wl, NULL)))
					return q + wl;
				q = latin_end = q + wl;
				chars++;
				continue;
			}
			break;
		}
		/* a numeral right after the measure word ends the noun (三位一体),
		 * but 零件, 零售 are words */
		if (cjk_numeral_value(c) >= 0 && chars == 0 && !(c == 0x96F6 &&
		    cjk_numeral_value(cp_at(sc->text + q + l, sc->n - q - l, NULL)) < 0))
			break;
		h = nf_zh_head_noun_at(sc->text + q, sc->n - q);
		/* a one-character head noun inside a run may be part of a
		 * word (数字影像处理器): it heads the noun (无人车, 便利店)
		 * only when no longer head noun follows */
		if (h == 3 && chars > 0 && head_end == 0) {
			tentative = q + h;   /* the last one: 无人车 */
			h = 0;
		}
		if (h > 0) {
			/* after a head noun, a head noun continues the noun
			 * right after it (城市房屋) or one character on when
			 * it is a word (股票型基金); else it starts another
			 * phrase (院校汇聚省城, 企业积极建设项目) */
			if (head_end > 0 && (chars - head_chars > 1 ||
			    (chars > head_chars && h <= 3)))
				break;
			q += h;
			chars += h / 3;
			head_end = q;
			head_chars = chars;
			continue;
		}
		if (zh_stop_char(sc->text + q, l) || zh_stop_word(sc->text + q, sc->n - q))
			break;
		if (zh_char_in(zh_noun_soft_stops, sc->text + q, l) &&
		    (head_end > 0 || !zh_head_ahead(sc, q + l)))
			break;
		q += l;
		chars++;
	}
	if (head_end > 0)
		return head_end;
	if (tentative > 0)
		return tentative;
	/* a short run before 的 is an attribute (100个独立的摊位) */
	if (chars <= 2 && !starts(sc->text + q, sc->n - q, "的"))
		return q;   /* 3只怪, 5个QQ群 */
	/* "两个MM热情高涨": the Latin word alone */
	return latin_end > 0 ? latin_end : p;
}

/* Whether word (a string of three-byte characters) ends at text[pos],
 * comparing its last character first. */
static bool
zh_ends_with(const char *text, size_t pos, const char *word)
{
	size_t l = strlen(word);

	return pos >= l && text[pos - 1] == word[l - 1] && text[pos - 2] == word[l - 2] &&
	    memcmp(text + pos - l, word, l - 2) == 0;
}

/* The noun written just before a number ("5G基站1.2万个", "企业186家",
 * "项目共45个", "入驻企业数量超过了120家"): a head noun of
 * lib/cjk_nouns.h ending there, after the link words and bounds between
 * it and the number (共, 约, 达到, 超过了 ...) and a word that names its
 * number (数量, 总数, 规模: "企业数量" counts 企业).  So "成交113套",
 * "共计有32只" name no noun; 0 when none. */
static size_t
zh_noun_before(const struct scan *sc, size_t pos, size_t *start)
{
	static const char *const links[] = {
		"共有", "共计", "合计", "累计", "总计", "已达", "达到", "增至", "增加到",
		"增长到", "降至", "减少到", "已经", "共", "达", "为", "有", "已", "仅",
		"只", "将", "是",
	};
	static const char *const numbers_of[] = {
		"总数量", "数量", "总数", "总量", "规模", "数",
	};
	size_t l;

	for (int k = 0; k < 3; k++) {
		size_t before = pos;
		for (size_t i = 0; i < COUNT(qual_before_zh) && before == pos; i++)
			if (zh_ends_with(sc->text, pos, qual_before_zh[i].text))
				pos -= strlen(qual_before_zh[i].text);
		for (size_t i = 0; i < COUNT(links) && before == pos; i++)
			if (zh_ends_with(sc->text, pos, links[i]))
				pos -= strlen(links[i]);
		if (before == pos)
			break;
	}
	for (size_t i = 0; i < COUNT(numbers_of); i++) {
		size_t ql = strlen(numbers_of[i]);
		if (zh_ends_with(sc->text, pos, numbers_of[i]) &&
		    nf_zh_head_noun_before(sc->text, pos - ql) > 0) {
			pos -= ql;
			break;
		}
	}
	if ((l = nf_zh_head_noun_before(sc->text, pos)) == 0)
		return 0;
	/* 眼镜出货量约20万副, 处理器累计出货量: how many were shipped of
	 * the noun before (through a link word) */
	if (l >= 6 && zh_ends_with(sc->text, pos, "量")) {
		size_t b = pos - l, l2;
		for (size_t i = 0; i < COUNT(links); i++)
			if (zh_ends_with(sc->text, b, links[i])) {
				b -= strlen(links[i]);
				break;
			}
		if ((l2 = nf_zh_head_noun_before(sc->text, b)) > 0) {
			pos = b;
			l = l2;
		}
	}
	/* head nouns that are verbs before a number: 上海报告9例 */
	for (size_t i = 0; i < COUNT(zh_verb_nouns); i++) {
		size_t vl = strlen(zh_verb_nouns[i]);
		if (pos >= vl && memcmp(sc->text + pos - vl, zh_verb_nouns[i], vl) == 0)
			return 0;
	}
	for (size_t i = 0; i < COUNT(zh_not_context); i++)
		if (zh_ends_with(sc->text, pos, zh_not_context[i]))
			return 0;
	*start = pos - l;
	return l;
}

/* Whether the noun s[0..l) names people (员工, 居民, 游客, 学生): its
 * last character is one a word for people ends in. */
static bool
zh_people_noun(const char *s, size_t l)
{
	return l >= 6 && zh_char_in("人员者生民工客士师众友手户", s + l - 3, 3);
}

/*
 * Whether the number nm and the measure word text[p..p+l) number the term
 * or session of a standing body rather than count: N届 before a body
 * (全国人大, 政协, 中央, 董事会 ...) or before a session number within
 * the same words (十一届二次会议, 二十届三中全会), and N次会议 right
 * after 届 or the body (全国人大三次会议, 政协十四届三次会议).  "举办了
 * 三届论坛", "召开了三次会议" still count.
 */
static bool
session_ordinal(const struct scan *sc, size_t p, size_t l, const struct num *nm)
{
	static const char *const bodies[] = {
		"全国人大", "人大", "政协", "中央", "党代会", "常委会", "董事会", "监事会",
		"立法会", "全会",
	};
	const char *t = sc->text;
	size_t q = p + l, k;

	if (starts(t + p, sc->n - p, "次"))
		return starts(t + q, sc->n - q, "会议") && nm->start >= 6 &&
		    (zh_ends_with(t, nm->start, "届") || zh_ends_with(t, nm->start, "人大") ||
		     zh_ends_with(t, nm->start, "政协"));
	if (!starts(t + p, sc->n - p, "届"))
		return false;
	for (size_t i = 0; i < COUNT(bodies); i++)
		if (starts(t + q, sc->n - q, bodies[i]))
			return true;
	/* a session number within the next ten characters of Han text */
	for (k = 0; k < 10 && q < sc->n; k++) {
		size_t cl;
		uint32_t c = cp_at(t + q, sc->n - q, &cl);
		if (!nf_is_han(c) || zh_stop_char(t + q, cl))
			return false;
		if (cjk_numeral_value(c) >= 1 && cjk_numeral_value(c) <= 10)
			return starts(t + q + cl, sc->n - q - cl, "次会议") ||
			    starts(t + q + cl, sc->n - q - cl, "中全会") ||
			    starts(t + q + cl, sc->n - q - cl, "次全体会议");
		q += cl;
	}
	return false;
}

/* The Chinese measure word and noun of a count at p. */
static bool
measure_at(const struct scan *sc, size_t p, const struct num *nm, struct unit *u)
{
	const char *noun;
	size_t l = nf_measure_word_match(sc->text + p, sc->n - p, &noun), ns, ne, q;
	bool needs_noun;

	if (l == 0)
		return false;
	q = p + l;
	/* 千台级: the order of the measure word (vague_zh_after) */
	if (nm->vague && starts(sc->text + q, sc->n - q, "级")) {
		unit_found(u, NF_FIG_COUNT, q + 3, sc->text + p, l);
		return true;
	}
	/* durations and non-counts: 个月 个小时 个季度; 两位数; 个多月 */
	if (starts(sc->text + q, sc->n - q, "多") && (starts(sc->text + q + 3, sc->n - q - 3, "月") ||
	    starts(sc->text + q + 3, sc->n - q - 3, "小时") || starts(sc->text + q + 3, sc->n - q - 3, "星期")))
		return false;
	if (starts(sc->text + q, sc->n - q, "月") || starts(sc->text + q, sc->n - q, "小时") ||
	    starts(sc->text + q, sc->n - q, "季度") || starts(sc->text + q, sc->n - q, "工作日") ||
	    starts(sc->text + q, sc->n - q, "数") || starts(sc->text + q, sc->n - q, "星期") ||
	    starts(sc->text + q, sc->n - q, "年") || starts(sc->text + q, sc->n - q, "周"))
		return false;
	if (nm->bare_unit || nm->one_word)
		return false;
	/* 三位一体, 3位1体: one and a character after the measure word,
	 * ending the phrase (not 两人一起, 25人一班之) */
	if (q + 4 <= sc->n && (sc->text[q] == '1' || starts(sc->text + q, sc->n - q, "一"))) {
		size_t r = q + (sc->text[q] == '1' ? 1 : 3), l2;
		uint32_t c2 = cp_at(sc->text + r, sc->n - r, &l2);
		if (nf_is_han(c2) && !zh_char_in("起些直定样般共同切致个种家名位次", sc->text + r, l2) &&
		    (r + l2 >= sc->n || !nf_is_han(cp_at(sc->text + r + l2, sc->n - r - l2, NULL))))
			return false;
	}
	/* 费城76人, 76人队: a team (not 76人队伍) */
	if (starts(sc->text + p, sc->n - p, "人") &&
	    ((starts(sc->text + q, sc->n - q, "队") && !starts(sc->text + q + 3, sc->n - q - 3, "伍") &&
	      !starts(sc->text + q + 3, sc->n - q - 3, "员")) ||
	     (nm->start >= 6 && memcmp(sc->text + nm->start - 6, "费城", 6) == 0)))
		return false;
	/* 排名146位, 位列第3名, 前10名: a rank */
	if ((starts(sc->text + p, sc->n - p, "位") || starts(sc->text + p, sc->n - p, "名")) &&
	    nm->start >= 3 && (zh_char_in("排列居前", sc->text + nm->start - 3, 3) ||
	    (nm->start >= 6 && (memcmp(sc->text + nm->start - 6, "排名", 6) == 0 ||
	     memcmp(sc->text + nm->start - 6, "排在", 6) == 0 ||
	     memcmp(sc->text + nm->start - 6, "位列", 6) == 0 ||
	     memcmp(sc->text + nm->start - 6, "名列", 6) == 0))))
		return false;
	/* 十四届全国人大三次会议, 二十届三中全会, 政协十四届三次会议: the term
	 * and session of a standing body are ordinals, no counts */
	if (session_ordinal(sc, p, l, nm))
		return false;
	/* 每10股: the denominator of a rate, no count */
	if (nm->start >= 3 && memcmp(sc->text + nm->start - 3, "每", 3) == 0)
		return false;
	/* "写字楼的19层", "在3层": a floor, not a count of floors */
	if (starts(sc->text + p, sc->n - p, "层") && nm->start >= 3 &&
	    zh_char_in("的在于至到", sc->text + nm->start - 3, 3))
		return false;
	/* 二 alone before a measure word is an ordinal: 二套房, 二类 (a count
	 * of two says 两) */
	if (nm->form == NF_NUM_CJK && nm->end - nm->start == 3 &&
	    starts(sc->text + nm->start, 3, "二"))
		return false;
	/* 三部分, 三部门: the measure word begins the noun */
	{
		size_t h = nf_zh_head_noun_at(sc->text + p, sc->n - p), s2, e2;
		if (h > l && (e2 = zh_noun(sc, q, &s2)) > s2 && e2 <= p + h) {
			unit_found(u, NF_FIG_COUNT, p + h, sc->text + p, h);
			return true;
		}
	}
	u->kind = NF_FIG_COUNT;
	needs_noun = noun != NULL && noun[0] == '\0';
	if (needs_noun)
		noun = NULL;
	ne = noun != NULL ? q : zh_noun(sc, q, &ns);   /* 人 is its own noun */
	/* "员工约1200人": a noun for people before the number names them */
	if (noun != NULL && strcmp(noun, "人") == 0 &&
	    (q >= sc->n || !nf_is_han(cp_at(sc->text + q, sc->n - q, NULL)))) {
		size_t cs, cl = zh_noun_before(sc, nm->start, &cs);
		if (cl > 0 && zh_people_noun(sc->text + cs, cl)) {
			noun = NULL;
			ne = q;
			ns = cs;   /* the unit is the noun; the match stays */
			u->end = q;
			u->unit = sc->text + cs;
			u->unit_len = cl;
			u->suffix = "";
			return true;
		}
	}
	if (noun == NULL && ne > ns) {
		u->end = ne;
		u->unit = sc->text + ns;
		u->unit_len = ne - ns;
	} else {
		/* a bound between measure word and noun: "1000家以上工业企业"
		 * counts 企业, the match ends at 家 */
		static const char *const between[] = { "以上", "以下", "左右", "以内" };
		size_t q2 = q, cs = 0, cl = 0;
		for (size_t i = 0; i < COUNT(between); i++)
			if (starts(sc->text + q, sc->n - q, between[i]))
				q2 = q + strlen(between[i]);
		if (q2 > q && (ne = zh_noun(sc, q2, &ns)) > ns) {
			cs = ns;
			cl = ne - ns;
		} else if (q2 >= sc->n || !nf_is_han(cp_at(sc->text + q2, sc->n - q2, NULL))) {
			/* the noun before the number, when the count ends the
			 * clause: "5G基站1.2万个。" */
			cl = zh_noun_before(sc, nm->start, &cs);
		}
		if (needs_noun && cl == 0) {
			u->kind = -1;
			return false;
		}
		u->end = q;
		u->unit = noun != NULL ? noun : cl > 0 ? sc->text + cs : sc->text + p;
		u->unit_len = noun != NULL ? strlen(noun) : cl > 0 ? cl : l;
	}
	u->suffix = "";
	return true;
}

static bool
has_letter(const char *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (is_alpha((unsigned char)w[i]))
			return true;
	return false;
}

/* Whether w[0..wl) is a verb in -s with its particle after it ("5.3
 * million translates into", "accounts for"): no counted noun. */
static bool
verb_before_particle(const struct scan *sc, const char *w, size_t wl)
{
	static const char *const verbs[] = {
		"translates", "equates", "amounts", "accounts", "compares",
		"represents", "corresponds", "equals", "totals", "reflects",
		"works", "climbs", "jumps", "drops", "slips", "grows", "shrinks",
	};
	static const char *const particles[] = {
		"into", "for", "to", "with", "up", "out", "from", "about",
	};
	size_t e = (size_t)(w - sc->text) + wl;

	if (!in_list(w, wl, verbs, COUNT(verbs)) || e + 1 >= sc->n || sc->text[e] != ' ')
		return false;
	for (size_t i = 0; i < COUNT(particles); i++)
		if (word_is(sc->text + e + 1, sc->n - e - 1, particles[i]) > 0)
			return true;
	return false;
}

/* "80,000 Arcs", "440 Britons": a capitalised plural ending the noun
 * phrase after a number in digits of 100 or more counts a product or a
 * people.  Smaller numbers and numbers in words before a capital are
 * names more often than counts (Six Nations, Nine Elms, 60 Minutes). */
static bool
capital_plural_at(const struct scan *sc, size_t p, size_t wl, const struct num *nm,
    struct unit *u)
{
	const char *w = sc->text + p;
	char low[32];
	nf_singular_form sf;
	size_t e = p + wl;

	if (nm->form != NF_NUM_DIGITS || nm->v.exp < 0 || !is_upper((unsigned char)w[0]) ||
	    wl < 4 || wl >= sizeof low || w[wl - 1] != 's' || !is_alpha((unsigned char)w[wl - 2]) ||
	    is_upper((unsigned char)w[wl - 2]) || strchr("siu", w[wl - 2]) != NULL ||
	    nf_decimal_cmp(nm->v, (nf_decimal){ 100, 0 }) < 0)
		return false;
	/* the phrase ends here: no capitalised word or digit goes on */
	if (e + 1 < sc->n && sc->text[e] == ' ' && (is_upper((unsigned char)sc->text[e + 1]) ||
	    is_digit((unsigned char)sc->text[e + 1])))
		return false;
	for (size_t i = 0; i < wl; i++)
		low[i] = (char)(w[i] | (is_upper((unsigned char)w[i]) ? 0x20 : 0));
	if (!nf_singular(low, wl, &sf) || sf.stem != low)
		return false;   /* "100 Days": time is no counted thing */
	u->kind = NF_FIG_COUNT;
	u->end = e;
	u->unit = w;
	u->unit_len = sf.stem_len;
	u->suffix = sf.suffix;
	return true;
}

/* The English count noun after the number at p (p at the space); *cap
 * (when not NULL) is set to where a capitalised plural stands that may
 * be the noun when no other follows (capital_plural_at() fills u). */
static bool
count_noun_scan(const struct scan *sc, size_t p, const struct num *nm, struct unit *u,
    size_t *cap)
{
	nf_singular_form sf;
	const char *prev = NULL;
	size_t prev_len = 0;

	if (nm->one_word)
		return false;
	for (int k = 0; k < 4; k++) {
		size_t wl;
		const char *w;
		if (p >= sc->n || sc->text[p] != ' ')
			return false;
		p++;
		w = sc->text + p;
		wl = word_len(w, sc->n - p);
		/* another number ends the search ("24 UK top 250 companies")
		 * unless it is a ranking: "three top 10 albums" */
		if (wl > 0 && is_digit((unsigned char)w[0]) && !has_letter(w, wl) &&
		    !(prev != NULL && prev_len == 3 && strncasecmp(prev, "top", 3) == 0))
			return false;
		if (wl == 0)
			return false;
		/* "3,500 head of cattle": livestock counted by the head */
		if (k == 0 && wl == 4 && strncasecmp(w, "head", 4) == 0 && p + 8 < sc->n &&
		    strncmp(sc->text + p + 4, " of ", 4) == 0) {
			p += 7;
			continue;
		}
		if (in_list(w, wl, count_stops, COUNT(count_stops))) {
			/* "two more cuts", "three fewer stores": the noun after */
			if (k == 0 && ((wl == 4 && strncasecmp(w, "more", 4) == 0) ||
			    (wl == 5 && strncasecmp(w, "fewer", 5) == 0))) {
				p += wl;
				continue;
			}
			if (wl == 5 && strncasecmp(w, "times", 5) == 0 && k == 0) {
				/* "300 million times", not "three times as large" */
				size_t q = p + wl;
				if (q < sc->n && sc->text[q] == ' ' &&
				    (word_is(sc->text + q + 1, sc->n - q - 1, "as") ||
				     word_is(sc->text + q + 1, sc->n - q - 1, "more") ||
				     word_is(sc->text + q + 1, sc->n - q - 1, "the") ||
				     word_is(sc->text + q + 1, sc->n - q - 1, "that") ||
				     word_is(sc->text + q + 1, sc->n - q - 1, "higher") ||
				     word_is(sc->text + q + 1, sc->n - q - 1, "larger") ||
				     word_is(sc->text + q + 1, sc->n - q - 1, "bigger")))
					return false;
				if (!nm->scaled)
					return false;
				return unit_found(u, NF_FIG_COUNT, q, "time", 4);
			}
			return false;
		}
		if (is_alpha((unsigned char)w[0]) && !is_upper((unsigned char)w[0]) &&
		    nf_singular(w, wl, &sf) && !verb_before_particle(sc, w, wl)) {
			bool compound = prev != NULL && sf.stem == w &&
			    in_list(prev, prev_len, compound_heads, COUNT(compound_heads));
			/* "two people familiar with": sources, not a figure */
			size_t e = p + wl;
			/* "30 police officers", "140 staff members": a plural
			 * without -s before a plural noun modifies it */
			if (sf.stem != w && sf.stem_len == wl && strncasecmp(sf.stem, w, wl) == 0 &&
			    e + 1 < sc->n && sc->text[e] == ' ') {
				nf_singular_form sf2;
				const char *w2 = sc->text + e + 1;
				size_t wl2 = word_len(w2, sc->n - e - 1);
				if (wl2 > 0 && !is_upper((unsigned char)w2[0]) &&
				    nf_singular(w2, wl2, &sf2) && sf2.stem == w2) {
					prev = w;
					prev_len = wl;
					p = e;
					continue;
				}
			}
			if (e + 9 <= sc->n && (strncmp(sc->text + e, " familiar", 9) == 0 ||
			    strncmp(sc->text + e, " briefed", 8) == 0 ||
			    strncmp(sc->text + e, " with knowledge", 15 < sc->n - e ? 15 : sc->n - e) == 0))
				return false;
			u->kind = NF_FIG_COUNT;
			u->end = p + wl;
			u->unit = compound ? prev : sf.stem;
			u->unit_len = compound ? (size_t)(w - prev) + sf.stem_len : sf.stem_len;
			u->suffix = sf.suffix;
			/* "22 degrees of freedom": one noun */
			if (wl == 7 && strncasecmp(w, "degrees", 7) == 0 &&
			    word_is(sc->text + e, sc->n - e, " of freedom")) {
				u->end = e + 11;
				u->suffix = " of freedom";
			}
			return true;
		}
		/* "187 days", "various": plural-looking words that are not
		 * counted nouns end the search; "robotics" only modifies one */
		if (!nf_mass_noun(w, wl) && is_alpha((unsigned char)w[0]) && !is_upper((unsigned char)w[0]) &&
		    wl > 3 && w[wl - 1] == 's' && w[wl - 2] != 's' && w[wl - 2] != 'u' &&
		    w[wl - 2] != 'i' && w[wl - 2] != '\'')
			return false;
		/* acronyms in the plural: "GPUs" */
		if (wl >= 3 && w[wl - 1] == 's' && is_upper((unsigned char)w[0]) &&
		    is_upper((unsigned char)w[wl - 2])) {
			return unit_found(u, NF_FIG_COUNT, p + wl, w, wl - 1);
		}
		if (cap != NULL && *cap == 0 && capital_plural_at(sc, p, wl, nm, u))
			*cap = p;   /* unless a noun follows: "10,000 Hearts fans" */
		prev = w;
		prev_len = wl;
		p += wl;
		if (p < sc->n && sc->text[p] == ',')
			return false;
	}
	return false;
}

static bool
count_noun_at(const struct scan *sc, size_t p, const struct num *nm, struct unit *u)
{
	size_t cap = 0;
	struct unit cu;

	if (count_noun_scan(sc, p, nm, u, &cap))
		return true;
	if (cap == 0)
		return false;
	memset(&cu, 0, sizeof cu);
	capital_plural_at(sc, cap, word_len(sc->text + cap, sc->n - cap), nm, &cu);
	*u = cu;
	return true;
}

/* Words after a number and a hyphen that make an adjective but count
 * nothing: times and ages ("a 20-year-old", "a two-time winner"), ways
 * and sizes ("a three-way race", "a six-figure sum", "a five-star
 * hotel"), scores ("a 2-nil win"). */
static const char *const hyphen_not_counts[] = {
	"year", "month", "week", "day", "hour", "minute", "second", "season",
	"night", "decade", "century", "term", "time", "way", "fold", "off", "odd",
	"figure", "digit", "star", "tier", "horse", "strong", "point", "nil",
	"all", "love", "old", "long", "high", "wide", "deep", "tall", "wheel",
	"speed", "stage", "step", "something", "member's", "dimensional", "sided",
	"storey", "story", "bit", "one", "and", "for", "per", "cent",
	"percent", "million", "billion", "thousand", "hundred", "trillion",
	"first", "third", "degree", "carat",
};

/* "a 52,888-seat stadium", "its 14-speaker sound system", "a five-match
 * ban": a number, a hyphen and a singular noun before another noun
 * count that noun (units, "a 900-acre site", are read before). */
static bool
hyphen_count_at(const struct scan *sc, size_t q, const struct num *nm, struct unit *u)
{
	size_t b = q + 1, e = b;

	if (q >= sc->n || sc->text[q] != '-' || nm->one_word || nm->scaled || nm->vague ||
	    nm->v.exp != 0 || nm->v.mant < 2)
		return false;
	while (e < sc->n && sc->text[e] >= 'a' && sc->text[e] <= 'z')
		e++;
	/* a lower-case word of three letters or more, then a space and
	 * another lower-case word: the noun it modifies */
	if (e - b < 3 || e + 2 > sc->n || sc->text[e] != ' ' ||
	    !(sc->text[e + 1] >= 'a' && sc->text[e + 1] <= 'z'))
		return false;
	if (sc->text[e - 1] == 's' && sc->text[e - 2] != 's')
		return false;   /* a plural: "a two-thirds majority" */
	/* an ordinal ("twenty-first", "25-fifth") or a score ("Five-four") */
	if (strncmp(sc->text + e - 2, "th", 2) == 0 ||
	    nf_number_parse(sc->text + b, e - b, NF_NUM_WORDS, &(nf_number){ 0 }))
		return false;
	if ((e - b > 4 && (strncmp(sc->text + e - 2, "ed", 2) == 0 ||
	     strncmp(sc->text + e - 3, "ing", 3) == 0 || strncmp(sc->text + e - 2, "ly", 2) == 0 ||
	     strncmp(sc->text + e - 2, "al", 2) == 0 || strncmp(sc->text + e - 3, "ful", 3) == 0)) ||
	    in_list(sc->text + b, e - b, hyphen_not_counts, COUNT(hyphen_not_counts)))
		return false;
	return unit_found(u, NF_FIG_COUNT, e, sc->text + b, e - b);
}

/* A unit of two or three words written with hyphens at p, as an adjective
 * writes it ("square-metre", "cubic-metre", "square-kilometre"): matched as
 * the table writes it, with spaces; its length, or 0. */
static size_t
hyphenated_unit(const struct scan *sc, size_t p, const char **canon)
{
	char buf[32];
	size_t n = 0, l;
	bool att, hyphen = false;

	while (p + n < sc->n && n < sizeof buf && (is_alpha((unsigned char)sc->text[p + n]) ||
	    (sc->text[p + n] == '-' && n > 0 && p + n + 1 < sc->n &&
	     is_alpha((unsigned char)sc->text[p + n + 1])))) {
		buf[n] = sc->text[p + n] == '-' ? ' ' : sc->text[p + n];
		hyphen = hyphen || buf[n] == ' ';
		n++;
	}
	if (!hyphen || (l = nf_unit_match(buf, n, &att, canon)) == 0 || memchr(buf, ' ', l) == NULL ||
	    (l == n && p + n < sc->n && is_alpha((unsigned char)sc->text[p + n])))
		return 0;
	return l;
}

/* A quantity: the unit text[q..q+l) as written, canon its symbol. */
static bool
quantity_found(struct unit *u, size_t q, size_t l, const char *canon)
{
	unit_found(u, NF_FIG_QUANTITY, q + l, canon, strlen(canon));
	u->text_start = q;
	return true;
}

/* "报5412.36点", "跌破3000点", "下跌109.58点": index points, a quantity
 * with the unit 点, for digits with decimals or from 100 up (a time of
 * day "3点", "10点半" is smaller), not 点钟, 点半, 点数 ... */
static bool
index_points_at(const struct scan *sc, size_t q, const struct num *nm, struct unit *u)
{
	if (nm->form != NF_NUM_DIGITS || nm->scaled || !starts(sc->text + q, sc->n - q, "点"))
		return false;
	if (nm->v.exp >= 0 && nf_decimal_cmp(nm->v, (nf_decimal){ 100, 0 }) < 0)
		return false;
	if (q + 6 <= sc->n && zh_char_in("钟半整多前后左数击赞评名头餐菜位", sc->text + q + 3, 3))
		return false;
	unit_found(u, NF_FIG_QUANTITY, q + 3, "点", 3);
	u->text_start = q;
	return true;
}

static bool average_before(const struct scan *sc, size_t pos);

/*
 * "16分9篮板3助攻", "本赛季已打进18球": a box score's nouns glued to
 * digits with no measure word count themselves; 球 only as goals scored
 * (进, 入 before the number: 打进18球, 攻入3球).
 */
static bool
box_score_at(const struct scan *sc, size_t q, const struct num *nm, struct unit *u)
{
	static const char *const nouns[] = { "篮板", "助攻", "抢断", "盖帽", "失误" };

	if (nm->form != NF_NUM_DIGITS || nm->scaled || nm->v.exp != 0)
		return false;
	for (size_t i = 0; i < COUNT(nouns); i++)
		if (starts(sc->text + q, sc->n - q, nouns[i]))
			return unit_found(u, NF_FIG_COUNT, q + 6, sc->text + q, 6);
	/* "31胜13负", "5胜2平": a season's record, wins after digits and the
	 * losses or draws glued to the next digits */
	if ((starts(sc->text + q, sc->n - q, "胜") || starts(sc->text + q, sc->n - q, "负") ||
	    starts(sc->text + q, sc->n - q, "平")) && (
	    (q + 3 < sc->n && is_digit((unsigned char)sc->text[q + 3]) &&
	    starts(sc->text + q, sc->n - q, "胜")) ||
	    (nm->start >= 3 && (zh_ends_with(sc->text, nm->start, "胜") ||
	    zh_ends_with(sc->text, nm->start, "平")))) &&
	    !nf_is_han(cp_at(sc->text + q + 3, sc->n - q - 3, NULL)))
		return unit_found(u, NF_FIG_COUNT, q + 3, sc->text + q, 3);
	if (starts(sc->text + q, sc->n - q, "球") && nm->start >= 3 &&
	    (zh_ends_with(sc->text, nm->start, "进") || zh_ends_with(sc->text, nm->start, "入") ||
	     zh_ends_with(sc->text, nm->start, "进了")) &&
	    !nf_is_han(cp_at(sc->text + q + 3, sc->n - q - 3, NULL)))
		return unit_found(u, NF_FIG_COUNT, q + 3, sc->text + q, 3);
	return false;
}

/*
 * "最低录取分数为618分", "高出控制线约96分", "全场砍下28分": 分 after digits is
 * a score in points where the sentence speaks of scores (分数, 成绩, 高考,
 * 录取, 得分, 砍下, 场均 ...), a count of points like "39 points" (with
 * decimals a quantity, "98.5分", unless an average: 场均21.5分); never a
 * minute (8点30分, 5分钟, 7分05秒), a fen (8分钱) or a fraction (三分之一).
 */
static bool
score_points_at(const struct scan *sc, size_t q, const struct num *nm, struct unit *u)
{
	static const char *const cues[] = {
		"分数", "成绩", "高考", "中考", "考生", "录取", "考试", "总分", "满分", "得分",
		"砍下", "砍得", "拿下", "轰下", "评分", "打分", "场均", "比分", "分差",
		"控制线", "投篮", "篮板", "助攻", "全场", "得到", "贡献", "单节", "领先",
		"落后",
	};
	size_t l;
	uint32_t c;
	bool cue = false;

	if (nm->form != NF_NUM_DIGITS || nm->scaled || !starts(sc->text + q, sc->n - q, "分"))
		return false;
	c = cp_at(sc->text + q + 3, sc->n - q - 3, &l);
	if (nf_is_han(c) && !zh_char_in("的左以上", sc->text + q + 3, l))
		return false;   /* 分钟, 分钱, 分之, 分别 ... */
	if (c != 0 && c < 0x80 && is_digit((unsigned char)c)) {
		size_t e = q + 3;   /* 7分05秒 is a time, 28分12个篮板 two counts */
		while (e < sc->n && is_digit((unsigned char)sc->text[e]))
			e++;
		if (starts(sc->text + e, sc->n - e, "秒"))
			return false;
	}
	if (nm->start >= 3 && zh_char_in("点时：:", sc->text + nm->start - 3, 3))
		return false;   /* 8点30分 */
	for (size_t i = 0; i < COUNT(cues) && !cue; i++)
		cue = memmem(sc->text, sc->n, cues[i], strlen(cues[i])) != NULL;
	if (!cue)
		return false;
	if (nm->v.exp < 0 && nm->v.mant % (nm->v.exp == -1 ? 10 : 100) != 0 &&
	    !average_before(sc, nm->start))
		unit_found(u, NF_FIG_QUANTITY, q + 3, "point", 5);
	else
		unit_found(u, NF_FIG_COUNT, q + 3, "point", 5);
	u->text_start = q;
	return true;
}

/* "规划算力5000P", "5000P算力", "算力规模已达1.8万P，计划再新增8000P":
 * P for PFLOPS in Chinese compute news, only where the sentence speaks
 * of computing power (算力, 智算, 超算) before the number or right after
 * it; never a video resolution (1080P). */
static bool
compute_p_at(const struct scan *sc, size_t q, const struct num *nm, struct unit *u)
{
	size_t from = 0;

	if (nm->form != NF_NUM_DIGITS || q >= sc->n || sc->text[q] != 'P' ||
	    (q + 1 < sc->n && (is_alnum((unsigned char)sc->text[q + 1]) || sc->text[q + 1] == '-')))
		return false;
	if (nm->v.exp == 0 && !nm->scaled && (nm->v.mant == 480 || nm->v.mant == 720 ||
	    nm->v.mant == 1080 || nm->v.mant == 1440 || nm->v.mant == 2160))
		return false;
	if (!starts(sc->text + q + 1, sc->n - q - 1, "算力") &&
	    !starts(sc->text + q + 1, sc->n - q - 1, "的算力") &&
	    memmem(sc->text + from, nm->start - from, "算力", 6) == NULL &&
	    memmem(sc->text + from, nm->start - from, "智算", 6) == NULL &&
	    memmem(sc->text + from, nm->start - from, "超算", 6) == NULL &&
	    memmem(sc->text + from, nm->start - from, "计算能力", 12) == NULL)
		return false;
	return quantity_found(u, q, 1, "PFLOPS");
}

/* Whether the sentence speaks of weight ("weighs", "weight", "heavier",
 * "lbs"): then "pounds" after a number is a weight, not money. */
static bool
weight_context(const struct scan *sc)
{
	static const char *const words[] = {
		"weigh", "Weigh", "weight", "heavy", "heavier", "lighter", "lbs",
		"stone", "ounces", "obese", "kilos",
	};

	for (size_t i = 0; i < COUNT(words); i++)
		if (memmem(sc->text, sc->n, words[i], strlen(words[i])) != NULL)
			return true;
	return false;
}

/* Whether the currency word text[q..q+l) after the number nm stands as
 * money: "p" for pence only glued to a small number in English text
 * ("50p", not "1080p" or "5 p"). */
static bool
money_suffix_ok(const struct scan *sc, size_t l, bool spaced,
    const struct num *nm, int pow10)
{
	if (l == 1 && pow10 == -2) {
		static const int64_t video[] = { 144, 240, 360, 480, 576, 720 };
		if (spaced || sc->opts->chinese || nm->form != NF_NUM_DIGITS ||
		    nm->scaled || nm->v.exp != 0 || nm->v.mant >= 1000)
			return false;
		for (size_t i = 0; i < COUNT(video); i++)
			if (nm->v.mant == video[i])
				return false;
	}
	return true;
}

/* Whether 成 or 折 at q makes the number nm a count of tenths: 三成
 * (30 percent), 2成, 9.5成 (digits up to 10, one decimal); 8折 only as a
 * price cut (打8折, 八折优惠, 8.5折, 低至5折: the price paid is 80
 * percent), not 折合 or 折旧.  Not 成为, 成立, 成本 ... */
static bool
tenths_at(const struct scan *sc, size_t q, const struct num *nm)
{
	bool cut;
	size_t l;
	uint32_t c;

	if (nm->scaled || nm->one_word || nm->v.mant <= 0 || nm->v.exp < -1 ||
	    nf_decimal_cmp(nm->v, (nf_decimal){ 10, 0 }) > 0)
		return false;
	if (nm->form == NF_NUM_CJK ? nm->v.exp != 0 || nm->v.mant > 9 : nm->form != NF_NUM_DIGITS)
		return false;
	cut = starts(sc->text + q, sc->n - q, "折");
	if (!cut && !starts(sc->text + q, sc->n - q, "成"))
		return false;
	c = cp_at(sc->text + q + 3, sc->n - q - 3, &l);
	if (!cut)
		return c != 0x4E3A && c != 0x7ACB && c != 0x672C && c != 0x529F && c != 0x679C &&
		    c != 0x4EA4 && c != 0x5458 && c != 0x957F && c != 0x719F && c != 0x5C31 &&
		    c != 0x578B && c != 0x54C1 && c != 0x90FD;
	if (l == 3 && zh_char_in("合算旧叠射腾返线价扣", sc->text + q + 3, 3))
		return false;
	if (nm->start >= 3 && zh_char_in("打享", sc->text + nm->start - 3, 3))
		return true;
	if (nm->start >= 6 && (memcmp(sc->text + nm->start - 6, "低至", 6) == 0 ||
	    memcmp(sc->text + nm->start - 6, "全场", 6) == 0))
		return true;
	{
		static const char *const after[] = {
			"优惠", "促销", "起", "销售", "出售", "特惠", "左右", "以下", "购",
		};
		for (size_t i = 0; i < COUNT(after); i++)
			if (starts(sc->text + q + 3, sc->n - q - 3, after[i]))
				return true;
	}
	return nm->v.exp < 0;   /* 8.5折 */
}

static const char *metric_before(const struct scan *sc, size_t pos);

/* The unit after the number ending at p; u->kind -1 when none. */
static void
unit_at(const struct scan *sc, size_t p, const struct num *nm, struct unit *u)
{
	size_t q = p, l;
	bool spaced = false, att, needs;
	const char *code, *canon;

	memset(u, 0, sizeof *u);
	u->kind = -1;
	if (q < sc->n && sc->text[q] == ' ') {
		q++;
		spaced = true;
	}
	if (percent_at(sc, q, spaced, u))
		return;
	/* 5角, 3毛 after digits: tenths of a yuan (角钱, 毛钱 are in the table) */
	if (!spaced && nm->form == NF_NUM_DIGITS && !nm->scaled &&
	    (starts(sc->text + q, sc->n - q, "角") || starts(sc->text + q, sc->n - q, "毛")) &&
	    (q + 3 >= sc->n || !nf_is_han(cp_at(sc->text + q + 3, sc->n - q - 3, NULL)))) {
		u->kind = NF_FIG_MONEY;
		u->end = q + 3;
		u->text_start = q;
		u->code = "CNY";
		u->pow10 = -1;
		return;
	}
	if ((l = nf_money_suffix(sc->text + q, sc->n - q, &code, &needs, &u->pow10)) > 0 &&
	    (!needs || nm->scaled) &&
	    (!spaced || (unsigned char)sc->text[q] < 0x80 || memcmp(sc->text + q, "\xE2\x82\xAC", 3) == 0) &&
	    money_suffix_ok(sc, l, spaced, nm, u->pow10)) {
		u->kind = NF_FIG_MONEY;
		u->end = q + l;
		u->text_start = q;
		u->code = code;
		return;
	}
	/* "a 1.5-billion-yuan fund", "a 10-dollar bill", "a 500-euro fine": a
	 * currency word after a hyphen (in the singular, as adjectives are) */
	if (!spaced && q + 2 < sc->n && sc->text[q] == '-' && is_alpha((unsigned char)sc->text[q + 1])) {
		static const struct { const char *w; const char *code; } singular[] = {
			{ "dollar", NF_MONEY_DOLLAR }, { "pound", "GBP" }, { "euro", "EUR" },
		};
		l = nf_money_suffix(sc->text + q + 1, sc->n - q - 1, &code, &needs, &u->pow10);
		for (size_t i = 0; l == 0 && i < COUNT(singular); i++)
			if ((l = word_is(sc->text + q + 1, sc->n - q - 1, singular[i].w)) > 0) {
				code = singular[i].code;
				needs = false;
				u->pow10 = 0;
			}
		if (l > 0 && (!needs || nm->scaled) && is_alpha((unsigned char)sc->text[q + l]) &&
		    (q + 1 + l == sc->n || !is_alnum((unsigned char)sc->text[q + 1 + l]))) {
			u->kind = NF_FIG_MONEY;
			u->end = q + 1 + l;
			u->text_start = q + 1;
			u->code = code;
			return;
		}
		u->pow10 = 0;
	}
	/* "he weighs 180 pounds": a weight where the sentence speaks of one */
	if (spaced && nm->form != NF_NUM_CJK && (l = word_is(sc->text + q, sc->n - q, "pounds")) > 0 &&
	    !nm->scaled && weight_context(sc))
		return (void)quantity_found(u, q, l, "lb");
	if ((l = nf_unit_match(sc->text + q, sc->n - q, &att, &canon)) > 0 && (spaced || att ||
	    (unsigned char)sc->text[q] >= 0x80)) {
		quantity_found(u, q, l, canon);
		u->attached = !spaced;
		return;
	}
	/* "250m" glued to digits in Chinese text: metres; 2两 (liang, a
	 * weight) after digits */
	if (!spaced && sc->opts->chinese && nm->form == NF_NUM_DIGITS && !nm->scaled &&
	    q < sc->n && sc->text[q] == 'm' && (q + 1 >= sc->n || !is_alnum((unsigned char)sc->text[q + 1])))
		return (void)quantity_found(u, q, 1, "m");
	/* "65W" glued to digits: watts ("5 W" spaced may be a street, "5W-30"
	 * an oil grade) */
	if (!spaced && nm->form == NF_NUM_DIGITS && !nm->scaled && q < sc->n && sc->text[q] == 'W' &&
	    (q + 1 >= sc->n || (!is_alnum((unsigned char)sc->text[q + 1]) && sc->text[q + 1] != '-')))
		return (void)quantity_found(u, q, 1, "W");
	if (!spaced && nm->form == NF_NUM_DIGITS && (starts(sc->text + q, sc->n - q, "两") ||
	    starts(sc->text + q, sc->n - q, "兩")) &&
	    cjk_numeral_value(cp_at(sc->text + q + 3, sc->n - q - 3, NULL)) < 0 &&
	    !nf_measure_word_match(sc->text + q + 3, sc->n - q - 3, &canon))
		return (void)quantity_found(u, q, 3, "liang");
	/* "300-petaflop", "105-qubit", "a 900-acre site", "a 40,000-square-metre
	 * campus" (the hyphens of an adjective stand for a unit's spaces) */
	if (!spaced && q + 1 < sc->n && sc->text[q] == '-' && is_alpha((unsigned char)sc->text[q + 1]) &&
	    ((l = nf_unit_match(sc->text + q + 1, sc->n - q - 1, &att, &canon)) > 0 ||
	     (l = hyphenated_unit(sc, q + 1, &canon)) > 0)) {
		quantity_found(u, q + 1, l, canon);
		return;
	}
	if (!spaced && index_points_at(sc, q, nm, u))
		return;
	if (!spaced && compute_p_at(sc, q, nm, u))
		return;
	if (!spaced && (unsigned char)sc->text[q] == 0xE5 && score_points_at(sc, q, nm, u))
		return;
	if (!spaced && (unsigned char)sc->text[q] >= 0xE0 && box_score_at(sc, q, nm, u))
		return;
	if (!spaced && measure_at(sc, q, nm, u))
		return;
	/* "是上年同期的2.63倍", "达到了20多倍": a multiple is a percentage,
	 * 263 (a change by a multiple, 增长3倍, is read before: times_zh_at) */
	if (!spaced && starts(sc->text + q, sc->n - q, "倍") && nm->form != NF_NUM_WORDS &&
	    !nm->scaled && !nm->one_word && metric_before(sc, nm->start) == NULL) {
		unit_found(u, NF_FIG_PERCENT, q + 3, "percent", 7);
		u->hundredfold = true;
		return;
	}
	/* 三成, 2成, 9.5成: tenths; 8折, 打七折: a price cut to tenths */
	if (!spaced && tenths_at(sc, q, nm)) {
		unit_found(u, NF_FIG_PERCENT, q + 3, "percent", 7);
		u->tenths = true;
		return;
	}
	/* "the 17-million population": a body of people, counted */
	if (spaced && nm->scaled && memchr(sc->text + nm->start, '-', nm->end - nm->start) != NULL) {
		size_t wl = word_len(sc->text + q, sc->n - q);
		if (in_list(sc->text + q, wl, people_bodies, COUNT(people_bodies)))
			return (void)unit_found(u, NF_FIG_COUNT, q + wl, "person", 6);
	}
	if (spaced && count_noun_at(sc, p, nm, u))
		return;
	/* "2,000-plus enterprises", "the 40-odd delegates" */
	if (!spaced && q + 5 <= sc->n && strncmp(sc->text + q, "-plus", 5) == 0 &&
	    count_noun_at(sc, q + 5, nm, u))
		return;
	if (!spaced && q + 4 <= sc->n && strncmp(sc->text + q, "-odd", 4) == 0 &&
	    count_noun_at(sc, q + 4, nm, u))
		return;
	/* "a 3,000-strong workforce", "a 40-strong delegation": the body
	 * counts people (or what it is made of: "a 12-strong fleet" ships) */
	if (!spaced && q + 8 <= sc->n && strncmp(sc->text + q, "-strong ", 8) == 0 &&
	    nm->form != NF_NUM_WORDS) {
		static const char *const bodies[] = {
			"workforce", "team", "delegation", "force", "army", "squad", "staff",
			"crew", "group", "community", "membership", "crowd", "contingent",
			"union", "party", "board", "committee", "panel", "cast", "choir",
			"cabinet", "council", "jury", "side",
		};
		size_t w = q + 8, wl = word_len(sc->text + w, sc->n - w);
		if (wl > 0 && in_list(sc->text + w, wl, bodies, COUNT(bodies)))
			return (void)unit_found(u, NF_FIG_COUNT, q + 7, "person", 6);
	}
	if (!spaced && hyphen_count_at(sc, q, nm, u))
		return;
}

/* ---- qualifiers --------------------------------------------------------- */

static size_t en_lens[COUNT(qual_before_en)];
static nf_firstset zh_last;   /* the last characters of qual_before_zh */
static bool en_lens_ready;

/* Where "每千瓦时", "每股" (每 and a unit or measure word) before pos
 * begins, so a bound before it applies to the number; else pos. */
static size_t
per_unit_before(const struct scan *sc, size_t pos)
{
	for (size_t k = 2; k <= 6 && k * 3 <= pos; k++) {
		size_t m = pos - k * 3, l;
		bool att;
		const char *noun;
		if (memcmp(sc->text + m, "每", 3) != 0)
			continue;
		l = pos - m - 3;
		if (nf_unit_match(sc->text + m + 3, l, &att, NULL) == l ||
		    (l == 3 && nf_measure_word_match(sc->text + m + 3, l, &noun) == 3) ||
		    (l == 3 && memcmp(sc->text + m + 3, "股", 3) == 0))
			return m;
	}
	return pos;
}

/* The qualifier written before pos; *qstart is where it begins. */
static nf_qualifier
qualifier_before(const struct scan *sc, size_t pos, size_t *qstart)
{
	static size_t zh_lens[COUNT(qual_before_zh)];
	size_t p = pos, i;

	*qstart = pos;
	if (pos == 0 || (unsigned char)sc->text[pos - 1] < 0x80)
		goto english;
	if (!zh_last.ready) {
		for (i = 0; i < COUNT(qual_before_zh); i++) {
			zh_lens[i] = strlen(qual_before_zh[i].text);
			nf_firstset_add(&zh_last, qual_before_zh[i].text + zh_lens[i] - 3, false);
		}
		zh_last.ready = true;
	}
	p = per_unit_before(sc, pos);   /* 低至每千瓦时0.35元 */
	/* the character before the number ends no qualifier: most of them */
	if (p < 3 || !nf_firstset_may(&zh_last, sc->text + p - 3, 3))
		goto bounds;
	for (i = 0; i < COUNT(qual_before_zh); i++) {
		size_t l = zh_lens[i];
		const char *t = qual_before_zh[i].text;
		/* the last character first: one compare rejects most */
		if (p < l || t[l - 1] != sc->text[p - 1] || t[l - 2] != sc->text[p - 2] ||
		    memcmp(sc->text + p - l, t, l - 2) != 0)
			continue;
		if (l == 3 && memcmp(t, "上", 3) == 0 &&
		    !starts(sc->text + pos, sc->n - pos, "百") &&
		    !starts(sc->text + pos, sc->n - pos, "千") &&
		    !starts(sc->text + pos, sc->n - pos, "万"))
			continue;
		/* 降低至, 压低至: a change to the number, not a floor */
		if (l == 6 && memcmp(t, "低至", 6) == 0 && p >= l + 3 &&
		    zh_char_in("降减压拉调", sc->text + p - l - 3, 3))
			continue;
		*qstart = p - l;
		return qual_before_zh[i].q;
	}
bounds:
	/* "最高补助3000万元", "至少获得3亿元": a bound, a verb, the number;
	 * not a measured top or bottom (最高成交量, 最低气温) */
	{
		static const struct qual_phrase bounds[] = {
			{ "最高", NF_QUAL_LE }, { "最多", NF_QUAL_LE }, { "至少", NF_QUAL_GE },
			{ "最少", NF_QUAL_GE }, { "最低", NF_QUAL_GE }, { "不超过", NF_QUAL_LE },
		};
		static const char *const observed[] = {
			"成交", "价", "气温", "温度", "点位", "涨", "跌", "收盘", "时速",
			"速度", "水位", "纪录", "记录", "分", "法院", "检察",
		};
		size_t b = p;
		for (int k = 0; k < 5; k++) {
			size_t a;
			uint32_t c = cp_before(sc->text, b, &a);
			if (!nf_is_han(c) || cjk_numeral_value(c) >= 0)
				break;
			b = a;
			/* every bound is 最 or 至 and one character, or 不超过 */
			if (!(b >= 6 && zh_char_in("最至", sc->text + b - 6, 3)) &&
			    !(b >= 9 && memcmp(sc->text + b - 9, "不", 3) == 0))
				continue;
			for (i = 0; i < COUNT(bounds); i++) {
				size_t l = strlen(bounds[i].text);
				if (b < l || memcmp(sc->text + b - l, bounds[i].text, l) != 0)
					continue;
				for (size_t j = 0; j < COUNT(observed); j++)
					if (memmem(sc->text + b, p - b, observed[j], strlen(observed[j])))
						goto english;
				*qstart = pos;
				return bounds[i].q;
			}
		}
	}
english:
	while (p > 0 && sc->text[p - 1] == ' ')
		p--;
	if (p == pos)
		return NF_QUAL_NONE;
	if (!is_alpha((unsigned char)sc->text[p - 1]))
		return NF_QUAL_NONE;
	if (!en_lens_ready) {
		for (i = 0; i < COUNT(qual_before_en); i++)
			en_lens[i] = strlen(qual_before_en[i].text);
		en_lens_ready = true;
	}
	for (i = 0; i < COUNT(qual_before_en); i++) {
		const char *t = qual_before_en[i].text;
		size_t l = en_lens[i];
		if ((sc->text[p - 1] | 0x20) != t[l - 1])
			continue;
		if (p >= l && eq_fold(sc->text + p - l, qual_before_en[i].text, l) &&
		    (p == l || !is_alnum((unsigned char)sc->text[p - l - 1]))) {
			*qstart = p - l;
			return qual_before_en[i].q;
		}
	}
	/* "no more than a 15% stake": an article between a phrase of two or
	 * more words and the number ("took over a 15% stake" is no bound,
	 * nor is "sign up to a $1bn deal") */
	{
		size_t a = p;
		if (a >= 2 && (sc->text[a - 1] | 0x20) == 'a' && sc->text[a - 2] == ' ')
			a -= 2;
		else if (a >= 3 && (sc->text[a - 1] | 0x20) == 'n' &&
		    (sc->text[a - 2] | 0x20) == 'a' && sc->text[a - 3] == ' ')
			a -= 3;
		else
			return NF_QUAL_NONE;
		for (i = 0; i < COUNT(qual_before_en); i++) {
			const char *t = qual_before_en[i].text;
			size_t l = en_lens[i];
			/* not "up to": "sign up to a $1bn package" */
			if (strchr(t, ' ') == NULL || t[0] == 'a' || t[0] == 'u' || a < l ||
			    !eq_fold(sc->text + a - l, t, l) ||
			    (a > l && is_alnum((unsigned char)sc->text[a - l - 1])))
				continue;
			*qstart = a - l;
			return qual_before_en[i].q;
		}
	}
	return NF_QUAL_NONE;
}

static nf_qualifier
qualifier_after(const struct scan *sc, size_t pos)
{
	static unsigned char lens[COUNT(qual_after)];

	if (lens[0] == 0)
		for (size_t i = 0; i < COUNT(qual_after); i++)
			lens[i] = (unsigned char)strlen(qual_after[i].text);
	if (pos + 2 > sc->n)
		return NF_QUAL_NONE;
	for (size_t i = 0; i < COUNT(qual_after); i++) {
		size_t l = lens[i];
		const char *t = qual_after[i].text;
		if (t[0] != sc->text[pos] || t[1] != sc->text[pos + 1] || sc->n - pos < l ||
		    memcmp(sc->text + pos, t, l) != 0)
			continue;
		/* an English word ends at a word boundary ("or more"); 以上
		 * may touch the next number (2万元以上10万元以下) */
		if (pos + l == sc->n || (unsigned char)t[l - 1] >= 0x80 ||
		    !is_alnum((unsigned char)sc->text[pos + l]))
			return qual_after[i].q;
	}
	return NF_QUAL_NONE;
}

/* ---- one figure --------------------------------------------------------- */

/* A range connector at p and the position after it, for a second number. */
static size_t
range_connector(const struct scan *sc, size_t p, bool first_has_unit, bool between,
    bool to_repeats_unit)
{
	const char *s = sc->text + p;
	size_t n = sc->n - p, sp = 0;

	if (starts(s, n, "-") || starts(s, n, "~") || starts(s, n, "\xEF\xBD\x9E"))
		return p + (s[0] == '-' || s[0] == '~' ? 1 : 3);
	if (starts(s, n, "–") || starts(s, n, "—") || starts(s, n, "至") || starts(s, n, "到"))
		return p + 3;
	while (sp < n && s[sp] == ' ')
		sp++;
	if (sp > 0 && (starts(s + sp, n - sp, "–") || starts(s + sp, n - sp, "—")) &&
	    sp + 3 < n && s[sp + 3] == ' ')
		return p + sp + 4;
	if (sp == 1 && word_is(s + 1, n - 1, "to") && n > 4 && s[3] == ' ' &&
	    (!first_has_unit || to_repeats_unit))
		return p + 4;
	if (sp == 1 && between && word_is(s + 1, n - 1, "and") && n > 5 && s[4] == ' ')
		return p + 5;
	/* "one or two matches": neighbouring small numbers (try_range checks) */
	if (sp == 1 && !first_has_unit && word_is(s + 1, n - 1, "or") && n > 4 && s[3] == ' ')
		return p + 4;
	return 0;
}

/*
 * Whether a scale glued to digits ("1.5m", "250k") is one before the unit
 * u: k before a count ("250k downloads"), m before a count that is no
 * race ("1.5m units", "2m people"; not "60m hurdles", "4K TVs") or before
 * a unit that is no length ("5m tonnes", "3m barrels": not "5m metres").
 */
static bool
weak_scale_ok(const struct scan *sc, const struct num *nm, const struct unit *u)
{
	static const char *const races[] = {
		"hurdles", "finals", "heats", "events", "races", "sprints", "runs", "swims",
		"relays", "records", "times", "titles", "medals", "indoors", "outdoors",
		"laps", "lengths", "lanes",
	};
	static const char *const lengths[] = {
		"m", "km", "cm", "mm", "mi", "ft", "in", "yd", "nm",
	};
	char g = sc->text[nm->end - 1];

	if (u->kind == NF_FIG_COUNT && g == 'k')
		return true;
	if (g != 'm' || sc->opts->chinese)
		return false;
	if (u->kind == NF_FIG_COUNT) {
		size_t b = u->end;   /* the noun as written: the last word */
		while (b > nm->end && is_alpha((unsigned char)sc->text[b - 1]))
			b--;
		/* "1500m champion Kelly Holmes": a name, no count */
		return !is_upper((unsigned char)sc->text[b]) &&
		    !in_list(sc->text + b, u->end - b, races, COUNT(races));
	}
	if (u->kind == NF_FIG_QUANTITY)
		return !in_list(u->unit, u->unit_len, lengths, COUNT(lengths));
	return false;
}

/* A complete figure (or bare number) at pos. */
struct cand {
	nf_figure f;
	bool bare;
	bool plain_yuan;   /* money in 元 with no currency word before */
};

/* "top 10 albums" is a ranking, not a count. */
static const char *const top_words[] = { "top" };

static bool word_before_is(const struct scan *sc, size_t pos, const char *const *list,
    size_t count);

/* Capitalised words that may stand before a count. */
static const char *const name_ok[] = {
	"The", "About", "Around", "Over", "Nearly", "Some", "Almost", "More",
	"Roughly", "Only", "Just", "Another", "All", "And", "But", "In", "At",
	"By", "For", "With", "From", "To", "Of", "On", "Up", "Its", "Their",
	"Our", "Than", "Under", "Fewer", "Less", "Least", "Most", "Top",
	"Approximately", "Exactly", "Those", "These", "Between", "Since",
	"After", "Before", "During", "Until", "When", "While", "If", "As",
	"Although", "Though", "Because", "Every", "Each", "Down", "Nearly",
	"Some", "Last", "This", "That", "Today", "Now", "Yet", "So", "Then",
	"Where", "With", "Without", "Within", "Across", "Among", "Including",
	"Of", "Over", "Below", "Above", "Beyond", "Like", "Unlike",
};

/* Whether the word before pos is a name ("Fortune 500", "Section 301",
 * "Windows 11", "Model 3"): a capitalised word, not a possessive. */
static bool
name_before(const struct scan *sc, size_t pos)
{
	size_t e = pos, b;

	if (e == 0 || sc->text[e - 1] != ' ')
		return false;
	e--;
	b = e;
	while (b > 0 && is_alpha((unsigned char)sc->text[b - 1]))
		b--;
	if (b == e || (b > 0 && (is_alnum((unsigned char)sc->text[b - 1]) || sc->text[b - 1] == '\'')))
		return false;
	if (!is_upper((unsigned char)sc->text[b])) {
		/* camel case is a name too: "iPhone 16", "eBay" */
		for (size_t i = b + 1; i < e; i++)
			if (is_upper((unsigned char)sc->text[i]))
				return true;
		return false;
	}
	return !in_list(sc->text + b, e - b, name_ok, COUNT(name_ok));
}

/* Words before "15% to 16%" that make it a change and its result ("rose
 * 5% to 7%", "cut by $2 to $30", "from 5% to 7%"), not a range (but a
 * forecast, "will grow 8% to 9%", "expected to rise 5% to 7%", is): "from"
 * (unless after "range", "vary"), "by", change verbs (1), any word in
 * -ed or -ing (2: a range still when a share of something follows,
 * "swallowed 30% to 35% of their spending"); else 0. */
static int
change_before(const struct scan *sc, size_t pos)
{
	static const char *const change[] = {
		"by", "rose", "fell", "grew", "rise", "rises", "fall", "falls",
		"grow", "grows", "increase", "decline", "climb", "drop", "up", "down", "cut", "cuts", "sank", "slid",
		"shed", "lost", "won", "hit", "set", "at", "than", "to", "and", "or",
		"vs", "versus",
	};
	static const char *const span[] = {
		"range", "ranges", "ranged", "ranging", "vary", "varies", "varied",
		"varying",
	};
	size_t e = pos, b;

	while (e > 0 && sc->text[e - 1] == ' ')
		e--;
	b = e;
	while (b > 0 && is_alpha((unsigned char)sc->text[b - 1]))
		b--;
	if (b == e)
		return 0;
	if (e - b == 4 && strncasecmp(sc->text + b, "from", 4) == 0)
		return !word_before_is(sc, b, span, COUNT(span));
	if (in_list(sc->text + b, e - b, change, COUNT(change))) {
		/* a forecast gives a range: "will grow 8% to 9%", "is expected
		 * to rise 5% to 7%" (the verb's bare form after a modal or "to") */
		static const char *const modal[] = {
			"will", "would", "could", "may", "might", "should", "to",
		};
		static const char *const bare_verb[] = {
			"rise", "fall", "grow", "increase", "decline", "climb", "drop",
		};
		if (in_list(sc->text + b, e - b, bare_verb, COUNT(bare_verb)) &&
		    word_before_is(sc, b, modal, COUNT(modal)))
			return 0;
		return 1;
	}
	return ((e - b > 3 && strncasecmp(sc->text + e - 2, "ed", 2) == 0) ||
	    (e - b > 4 && strncasecmp(sc->text + e - 3, "ing", 3) == 0)) ? 2 : 0;
}

/* Try to extend the number nm (unit u) at pos into a range. */
static void
try_range(const struct scan *sc, size_t pos, struct num *nm, struct unit *u,
    const char **code, bool between, nf_figure *f)
{
	const char *code2 = NULL;
	struct num nm2;
	struct unit u2;
	size_t q, l;
	nf_decimal a;

	bool has_unit = u->kind >= 0 || *code != NULL, to_unit = false, share = false;
	size_t from = u->kind >= 0 ? u->end : nm->end;

	if (nm->vague || nm->more)
		return;
	/* "15% to 16%", "RMB 6.3 billion to RMB 6.8 billion": the unit
	 * written on both ends, and no change verb before */
	if (has_unit && !between) {
		int ch = change_before(sc, pos);
		to_unit = ch != 1;
		share = ch == 2;
	}
	q = range_connector(sc, from, has_unit, between, to_unit);
	if (q == 0)
		return;
	to_unit = to_unit && has_unit && q == from + 4 && sc->text[from + 1] == 't';
	if ((l = nf_money_prefix(sc->text + q, sc->n - q, &code2)) > 0) {
		if (*code == NULL || strcmp(code2, *code) != 0)
			return;
		q += l;
	} else if (to_unit && *code != NULL) {
		return;   /* "RMB 6.3 billion to 6.8": no range written so */
	}
	if (!parse_number(sc, q, &nm2) || nm2.form != nm->form || nm2.vague)
		return;
	parse_scale(sc, &nm2);
	if (nm2.more)
		return;
	unit_at(sc, nm2.end, &nm2, &u2);
	if (to_unit && *code == NULL && u2.kind < 0)
		return;
	if (u2.kind < 0) {
		/* "3000元至5000" and "10% to 15" are not ranges; "$2-3 billion" is,
		 * and so is "between 12.6 million and 12.8 million" with no unit
		 * on either end (a bare range: its unit comes from the sentence) */
		if (u->kind >= 0 || (*code == NULL && !(between && sc->text[q - 2] == 'd')))
			return;
		u2.end = nm2.end;
	} else if (u->kind >= 0 && (u->kind != u2.kind ||
	    (u->kind == NF_FIG_MONEY && strcmp(u->code, u2.code) != 0) ||
	    (u->kind != NF_FIG_MONEY && (u->unit_len != u2.unit_len ||
	     memcmp(u->unit, u2.unit, u->unit_len) != 0)))) {
		return;
	} else if (*code != NULL && u2.kind != NF_FIG_MONEY) {
		return;
	}
	/* after a verb in -ed or -ing, "30% to 35%" is a range only as a
	 * share of something: "swallowed 30% to 35% of their spending" */
	if (share && to_unit && !(u2.end + 4 <= sc->n && memcmp(sc->text + u2.end, " of ", 4) == 0))
		return;
	a = nm->v;
	if (!nm->scaled && nm2.scaled && u->kind < 0)
		a.exp += nm2.pow10;    /* "10-20亿元": the scale is shared */
	if (nf_decimal_cmp(a, nm2.v) >= 0)
		return;
	/* " or " joins only small neighbours: "one or two", "five or six" */
	if (sc->text[q - 2] == 'r' && sc->text[q - 3] == 'o' && sc->text[q - 4] == ' ' &&
	    (nm->scaled || nm2.scaled || nm->v.exp != 0 || nm2.v.exp != 0 ||
	     nm2.v.mant > 2 * nm->v.mant || nm2.v.mant > 100 ||
	     (u2.kind != NF_FIG_COUNT && u2.kind != NF_FIG_QUANTITY)))
		return;
	nm->v = a;
	f->value_max = nm2.v;
	f->qualifier = NF_QUAL_RANGE;
	if (u2.kind >= 0)
		*u = u2;
	else
		u->end = nm2.end;
	nm->end = nm2.end;
	nm->scaled = nm->scaled || nm2.scaled;
	nm->weak_scale = nm->weak_scale || nm2.weak_scale;
}

static void
set_unit(nf_figure *f, const char *unit, size_t len, const char *suffix)
{
	f->unit = unit;
	f->unit_len = len;
	f->unit_suffix = suffix;
}

/* The bytes of a minus sign standing alone before pos ("-", "−", "－"
 * after a space, a bracket, a colon, a Han character or the start), or 0. */
static size_t
minus_before(const struct scan *sc, size_t pos)
{
	size_t m = 0;
	uint32_t c;

	if (pos >= 1 && sc->text[pos - 1] == '-')
		m = 1;
	else if (pos >= 3 && (memcmp(sc->text + pos - 3, "\xE2\x88\x92", 3) == 0 ||
	    memcmp(sc->text + pos - 3, "\xEF\xBC\x8D", 3) == 0))
		m = 3;
	else if (pos >= 3 && memcmp(sc->text + pos - 3, "负", 3) == 0) {
		/* 负3.9%, 为负0.5%: not 胜负, 抱负, 欠负 */
		c = cp_before(sc->text, pos - 3, NULL);
		return c == 0 || !nf_is_han(c) || zh_char_in("为至是达到降", sc->text + pos - 6, 3) ? 3 : 0;
	} else if (pos >= 6 && (sc->text[pos - 1] == ' ') &&
	    (word_before_is(sc, pos, (const char *const[]){ "minus", "negative" }, 2))) {
		/* "minus 5 percent", "negative 0.3%" */
		size_t b = pos - 1;
		while (b > 0 && is_alpha((unsigned char)sc->text[b - 1]))
			b--;
		return pos - b;
	}
	if (m == 0)
		return 0;
	return sign_alone(sc, pos - m) ? m : 0;
}

/* "a percentage point", "half a percentage point" */
static bool
percentage_point(const struct scan *sc, size_t pos, nf_figure *f)
{
	static const struct {
		const char *text;
		nf_decimal v;
	} forms[] = {
		{ "half a percentage point", { 5, -1 } },
		{ "a percentage point", { 1, 0 } },
		{ "a quarter of a percentage point", { 25, -2 } },
		{ "a quarter percentage point", { 25, -2 } },
		{ "a half percentage point", { 5, -1 } },
	};

	if ((sc->text[pos] | 0x20) != 'a' && (sc->text[pos] | 0x20) != 'h')
		return false;
	for (size_t i = 0; i < COUNT(forms); i++) {
		size_t l = word_is(sc->text + pos, sc->n - pos, forms[i].text);
		if (l == 0)
			continue;
		f->kind = NF_FIG_PERCENT;
		set_unit(f, "percentage points", 17, "");
		f->value = forms[i].v;
		f->start = f->qual_start = pos;
		f->end = pos + l;
		f->qualifier = qualifier_before(sc, pos, &f->qual_start);
		return true;
	}
	return false;
}

/* a + b, exactly when the mantissas allow (both are small here). */
static nf_decimal
decimal_add(nf_decimal a, nf_decimal b)
{
	while (a.exp > b.exp && a.mant < INT64_MAX / 100) {
		a.mant *= 10;
		a.exp--;
	}
	while (b.exp > a.exp && b.mant < INT64_MAX / 100) {
		b.mant *= 10;
		b.exp--;
	}
	return (nf_decimal){ a.mant + b.mant, a.exp };
}

/* "5 feet 2 inches", "6ft 2in", "7lb 4oz": one quantity in the smaller
 * unit (62 in, 116 oz), so it sums with the others. */
static void
imperial_pair(const struct scan *sc, nf_figure *f)
{
	static const struct {
		const char *big, *small;
		int ratio;
	} pairs[] = { { "ft", "in", 12 }, { "lb", "oz", 16 } };
	size_t p = f->end, l;
	nf_number b;
	bool att;
	const char *canon;
	nf_decimal v = f->value;

	for (size_t i = 0; i < COUNT(pairs); i++) {
		if (f->unit_len != strlen(pairs[i].big) || memcmp(f->unit, pairs[i].big, f->unit_len) != 0)
			continue;
		if (p + 2 >= sc->n || sc->text[p] != ' ' ||
		    !nf_number_parse_digits_prefix(sc->text + p + 1, sc->n - p - 1, &b) || b.grouped)
			return;
		p += 1 + b.len;
		/* "6ft 2in": "in" glued to the digits, never alone */
		if (i == 0 && p + 2 <= sc->n && sc->text[p] == 'i' && sc->text[p + 1] == 'n' &&
		    (p + 2 == sc->n || !is_alnum((unsigned char)sc->text[p + 2]))) {
			l = 2;
			canon = "in";
		} else {
			if (p < sc->n && sc->text[p] == ' ')
				p++;
			l = nf_unit_match(sc->text + p, sc->n - p, &att, &canon);
		}
		if (l == 0 ||
		    strcmp(canon, pairs[i].small) != 0 || nf_decimal_cmp(b.value, (nf_decimal){ pairs[i].ratio, 0 }) >= 0 ||
		    !nf_decimal_mul_int(&v, pairs[i].ratio))
			return;
		f->value = decimal_add(v, b.value);
		set_unit(f, pairs[i].small, strlen(pairs[i].small), "");
		f->end = p + l;
		if (f->unit_text != NULL)
			f->unit_text_len = f->end - (size_t)(f->unit_text - sc->text);
		return;
	}
}

/* ---- fractions and multipliers ------------------------------------------ */

/* n/d as a percentage rounded half up to two places: 1/3 is 33.33. */
static nf_decimal
ratio_percent(int64_t n, int64_t d)
{
	return (nf_decimal){ (n * 20000 + d) / (2 * d), -2 };
}

/* Fill f as a percentage text[start..end) with the qualifier before it. */
static bool
percent_found(const struct scan *sc, size_t start, size_t end, nf_figure *f)
{
	nf_qualifier a = qualifier_after(sc, end);

	f->kind = NF_FIG_PERCENT;
	set_unit(f, "percent", 7, "");
	f->start = start;
	f->end = end;
	f->qualifier = qualifier_before(sc, start, &f->qual_start);
	if (a != NF_QUAL_NONE && (f->qualifier == NF_QUAL_NONE || a == NF_QUAL_APPROX))
		f->qualifier = a;
	return true;
}

static const struct fraction_word {
	const char *one, *many;   /* "a third", "two thirds" */
	int den;
} fraction_words[] = {
	{ "half", "halves", 2 }, { "third", "thirds", 3 }, { "quarter", "quarters", 4 },
	{ "fifth", "fifths", 5 }, { "sixth", "sixths", 6 }, { "seventh", "sevenths", 7 },
	{ "eighth", "eighths", 8 }, { "ninth", "ninths", 9 }, { "tenth", "tenths", 10 },
};

/* Words before a fraction that make it a part of time or of a game, not a
 * share: "the first half", "the other half", "in half". */
static const char *const fraction_not_after[] = {
	"the", "first", "second", "third", "fourth", "last", "other", "latter",
	"former", "in", "each", "every", "better", "final", "opening", "closing",
	"early", "late", "this", "that", "next", "second-half", "first-half",
	"top", "bottom", "upper", "lower", "back", "front", "western", "eastern",
	"northern", "southern",
};

/* What a fraction of a time or distance is ("half an hour", "a quarter of
 * a century"): no share. */
static const char *const fraction_of_time[] = {
	"hour", "century", "decade", "year", "mile", "second", "minute", "day",
	"week", "month", "season", "point", "percentage", "inch", "metre", "mile",
};

/* Whether the words at p are "of a(n) <time>" or "a(n) <time>". */
static bool
of_time_at(const struct scan *sc, size_t p)
{
	size_t l;

	if (p < sc->n && sc->text[p] == ' ')
		p++;
	if ((l = word_is(sc->text + p, sc->n - p, "of")) > 0 && p + l < sc->n)
		p += l + 1;
	if ((l = word_is(sc->text + p, sc->n - p, "a")) == 0 &&
	    (l = word_is(sc->text + p, sc->n - p, "an")) == 0)
		return false;
	p += l + 1;
	for (size_t i = 0; i < COUNT(fraction_of_time); i++)
		if (p <= sc->n && word_is(sc->text + p, sc->n - p, fraction_of_time[i]) > 0)
			return true;
	return false;
}

/* Whether the words at p are "(of) a(n) million": a number ("a quarter of a
 * million", "half a billion"), read by parse_vague(). */
static bool
of_scale_at(const struct scan *sc, size_t p)
{
	size_t l;
	int p10;

	if (p < sc->n && sc->text[p] == ' ')
		p++;
	if ((l = word_is(sc->text + p, sc->n - p, "of")) > 0 && p + l < sc->n)
		p += l + 1;
	if ((l = word_is(sc->text + p, sc->n - p, "a")) == 0)
		return false;
	return nf_scale_parse(sc->text + p + l, sc->n - p - l, &p10, &l) && p10 >= 3;
}

/* Is the word before pos "that" as a conjunction, after a verb that
 * reports ("noted that half of", "found that a third of"), not the
 * determiner of "that half of the pitch"? */
static bool
reported_that_before(const struct scan *sc, size_t pos)
{
	static const char *const reports[] = {
		"said", "says", "say", "noted", "notes", "found", "finds", "showed",
		"shows", "estimated", "estimates", "believes", "believed", "thinks",
		"reported", "reports", "means", "warned", "added", "argued", "claimed",
	};
	size_t e = pos;

	while (e > 0 && sc->text[e - 1] == ' ')
		e--;
	if (e < 5 || strncasecmp(sc->text + e - 4, "that", 4) != 0 || sc->text[e - 5] != ' ')
		return false;
	return word_before_is(sc, e - 4, reports, COUNT(reports));
}

/* "a third of", "two-thirds", "half the", "more than half", "fell by a
 * quarter": an English fraction as a percentage. */
/*
 * "Almost two-thirds of the claims are for homes, a quarter for motor
 * vehicles": a fraction after a comma (or "and") continues a list of
 * shares when a share of something ("two-thirds of", "40% of") stands
 * before it in the sentence and a preposition follows it (e is its end).
 */
static bool
share_list_before(const struct scan *sc, size_t pos, size_t e)
{
	static const char *const preps[] = { "for", "in", "to", "from", "on", "at", "with" };
	static const char *const shares[] = {
		"half of", "thirds of", "third of", "quarter of", "quarters of", "fifth of",
		"fifths of", "% of", "per cent of", "percent of",
	};
	size_t b = pos;

	while (b > 0 && sc->text[b - 1] == ' ')
		b--;
	if (b >= 4 && strncmp(sc->text + b - 4, " and", 4) == 0)
		b -= 4;
	while (b > 0 && sc->text[b - 1] == ' ')
		b--;
	if (b == 0 || sc->text[b - 1] != ',' || e + 1 >= sc->n || sc->text[e] != ' ')
		return false;
	{
		size_t w = e + 1, wl = word_len(sc->text + w, sc->n - w);
		if (!in_list(sc->text + w, wl, preps, COUNT(preps)))
			return false;
	}
	for (size_t i = 0; i < COUNT(shares); i++)
		if (memmem(sc->text, b, shares[i], strlen(shares[i])) != NULL)
			return true;
	return false;
}

/* "Of the 500 firms polled, a fifth expect to cut jobs": a fraction
 * right after an "Of the ..." clause that opens the sentence. */
static bool
of_clause_share(const struct scan *sc, size_t pos)
{
	size_t b = pos;

	while (b > 0 && sc->text[b - 1] == ' ')
		b--;
	return b > 4 && sc->text[b - 1] == ',' && strncasecmp(sc->text, "of ", 3) == 0 &&
	    memchr(sc->text, ',', b - 1) == NULL;
}

static bool
fraction_en_at(const struct scan *sc, size_t pos, nf_figure *f)
{
	const char *s = sc->text + pos;
	size_t n = sc->n - pos, p = 0, l;
	int64_t num = 0;
	nf_number nb;
	bool of = false;

	if ((l = word_is(s, n, "a")) > 0 || (l = word_is(s, n, "an")) > 0 ||
	    (l = word_is(s, n, "one")) > 0) {
		num = 1;
		p = l;
	} else if (nf_number_parse(s, n, NF_NUM_WORDS | NF_NUM_DIGITS, &nb) &&
	    nb.value.exp == 0 && nb.value.mant >= 2 && nb.value.mant <= 9) {
		num = nb.value.mant;
		p = nb.len;
	}
	if (num > 0) {
		if (p >= n || (s[p] != ' ' && s[p] != '-'))
			return false;
		p++;
	}
	for (size_t i = 0; i < COUNT(fraction_words); i++) {
		const struct fraction_word *w = &fraction_words[i];
		size_t e;
		if ((l = word_is(s + p, n - p, num > 1 ? w->many : w->one)) == 0)
			continue;
		if (num == 0 && w->den != 2)
			return false;   /* "third" alone is an ordinal */
		if (num == 1 && w->den == 2 && (s[0] | 0x20) == 'a')
			return false;   /* "a half": of "one and a half" */
		if (num == 0)
			num = 1;
		if (num >= w->den)
			return false;
		e = pos + p + l;
		/* "half-hearted", "a quarter-final", "half past", "half an hour" */
		if (e < sc->n && (sc->text[e] == '-' || is_alnum((unsigned char)sc->text[e])))
			return false;
		if (word_is(sc->text + e + 1, e + 1 < sc->n ? sc->n - e - 1 : 0, "past") ||
		    of_time_at(sc, e) || of_scale_at(sc, e))
			return false;
		if (word_before_is(sc, pos, fraction_not_after, COUNT(fraction_not_after)) &&
		    !reported_that_before(sc, pos))
			return false;
		of = e + 4 <= sc->n && memcmp(sc->text + e, " of ", 4) == 0;
		if (!of && w->den == 2 && e + 1 < sc->n && sc->text[e] == ' ') {
			static const char *const dets[] = {
				"the", "its", "their", "our", "his", "her", "all", "those", "these",
			};
			for (size_t k = 0; k < COUNT(dets) && !of; k++)
				of = word_is(sc->text + e + 1, sc->n - e - 1, dets[k]) > 0;
		}
		f->value = ratio_percent(num, w->den);
		percent_found(sc, pos, e, f);
		/* a share of something, a change by it, or a bounded share
		 * ("more than half", "nearly a third") */
		if (!of && f->qualifier == NF_QUAL_NONE && !word_before_is(sc, pos,
		    (const char *const[]){ "by" }, 1) && !share_list_before(sc, pos, e) &&
		    !of_clause_share(sc, pos))
			return false;
		return true;
	}
	return false;
}

/* "one in five", "3 in 10", "eight out of 10", "one in every four": a
 * ratio as a percentage (the 10 is no count of voters). */
static bool
ratio_en_at(const struct scan *sc, size_t pos, const struct num *a, nf_figure *f)
{
	static const char *const time_words[] = {
		"seconds", "minutes", "hours", "days", "weeks", "months", "years",
		"decades", "centuries",
	};
	const char *s = sc->text;
	size_t n = sc->n, p = a->end, l;
	nf_number b;

	if (a->form == NF_NUM_CJK || a->v.exp != 0 || a->v.mant <= 0 || a->scaled)
		return false;
	if (p + 4 <= n && memcmp(s + p, " in ", 4) == 0)
		p += 4;
	else if (p + 8 <= n && strncasecmp(s + p, " out of ", 8) == 0)
		p += 8;
	else
		return false;
	if ((l = word_is(s + p, n - p, "every")) > 0 && p + l < n && s[p + l] == ' ')
		p += l + 1;
	if (!nf_number_parse(s + p, n - p, NF_NUM_WORDS | NF_NUM_DIGITS, &b) ||
	    b.value.exp != 0 || b.value.mant <= a->v.mant || b.value.mant > 1000 || b.grouped)
		return false;
	p += b.len;
	/* "5 in 10%", "2 in 10 years": no ratio */
	if (p < n && (s[p] == '%' || s[p] == '-'))
		return false;
	if (p + 1 < n && s[p] == ' ') {
		size_t e = p + 1;
		while (e < n && is_alpha((unsigned char)s[e]))
			e++;
		if (in_list(s + p + 1, e - p - 1, time_words, COUNT(time_words)))
			return false;
	}
	f->value = ratio_percent(a->v.mant, b.value.mant);
	return percent_found(sc, pos, p, f);
}

/* "doubled", "tripled", "will double": a change stated as a multiple, as
 * a percentage change (+100, +200, +300). */
static bool
multiple_en_at(const struct scan *sc, size_t pos, nf_figure *f)
{
	static const struct {
		const char *w;
		int pct;
		bool base;   /* the bare verb: only after to, will ... */
	} verbs[] = {
		{ "doubled", 100, false }, { "doubling", 100, false }, { "tripled", 200, false },
		{ "trebled", 200, false }, { "tripling", 200, false }, { "quadrupled", 300, false },
		{ "double", 100, true }, { "triple", 200, true }, { "treble", 200, true },
		{ "quadruple", 300, true },
	};
	static const char *const modals[] = {
		"to", "will", "would", "could", "can", "may", "might", "should", "must",
	};
	static const char *const not_after[] = { "a", "an", "the", "its", "their" };
	size_t l, e;

	for (size_t i = 0; i < COUNT(verbs); i++) {
		if ((l = word_is(sc->text + pos, sc->n - pos, verbs[i].w)) == 0)
			continue;
		e = pos + l;
		if (e < sc->n && sc->text[e] == '-')
			return false;          /* "double-digit" */
		if (e + 5 <= sc->n && (memcmp(sc->text + e, " down", 5) == 0 ||
		    memcmp(sc->text + e, " up", 3) == 0))
			return false;          /* "doubled down" */
		if (verbs[i].base ? !word_before_is(sc, pos, modals, COUNT(modals))
		                  : word_before_is(sc, pos, not_after, COUNT(not_after)))
			return false;
		f->value = (nf_decimal){ verbs[i].pct, 0 };
		return percent_found(sc, pos, e, f);
	}
	return false;
}

/*
 * "2.5 times that of a year earlier", "three times as large as", "four
 * times the size of": a multiple that is a level, as a percentage (250,
 * 300, 400), as 是去年同期的2.5倍 is; "300 million times" counts times,
 * "three times this year" is no figure.
 */
static bool
times_en_at(const struct scan *sc, size_t pos, const struct num *nm, nf_figure *f)
{
	static const char *const after[] = {
		"that of", "those of", "as", "the size of", "the level of", "the number of",
		"the amount of", "the value of", "the rate of", "larger than", "bigger than",
		"higher than", "greater than", "more than", "average", "the average",
		"the national average", "the price of", "the cost of",
	};
	size_t p = nm->end, l;

	if (nm->scaled || nm->vague || nm->v.mant <= 0 || p + 7 > sc->n ||
	    memcmp(sc->text + p, " times ", 7) != 0)
		return false;
	p += 7;
	for (size_t i = 0; i < COUNT(after); i++)
		if ((l = word_is(sc->text + p, sc->n - p, after[i])) > 0) {
			if (i == 2) {   /* "as large as", "as many as" (not "as well") */
				size_t w = p + l + 1, wl = w < sc->n ? word_len(sc->text + w, sc->n - w) : 0;
				if (wl == 0 || w + wl + 4 > sc->n || memcmp(sc->text + w + wl, " as ", 4) != 0)
					return false;
			}
			f->value = nf_decimal_scale(nm->v, 2);
			return percent_found(sc, pos, nm->end + 6, f);
		}
	return false;
}

/* Chinese shares and multiples at pos: 一半, 半数, 过半, 翻番, 翻了一番,
 * 翻两番.  The match starts at 过 in 过半 (pos is at 半). */
static bool
fraction_zh_at(const struct scan *sc, size_t pos, nf_figure *f)
{
	const char *s = sc->text + pos;
	size_t n = sc->n - pos, b;
	uint32_t c = cp_before(sc->text, pos, &b);

	if (starts(s, n, "一半")) {
		/* 另一半 (a spouse), 前一半; 一半是…一半是… (an idiom) */
		if (c != 0 && zh_char_in("另这那前后上下每一", sc->text + b, 3))
			return false;
		if (starts(s + 6, n - 6, "是") && (memmem(s + 6, n - 6, "一半是", 9) != NULL ||
		    memmem(sc->text, pos, "一半是", 9) != NULL))
			return false;
		f->value = (nf_decimal){ 50, 0 };
		return percent_found(sc, pos, pos + 6, f);
	}
	if (starts(s, n, "半")) {
		/* 过 of 过半, not of 超过 */
		bool guo = c == 0x8FC7 && !(b >= 3 && memcmp(sc->text + b - 3, "超", 3) == 0);
		if (starts(s + 3, n - 3, "数") && !guo) {                      /* 半数 */
			f->value = (nf_decimal){ 50, 0 };
			return percent_found(sc, pos, pos + 6, f);
		}
		if (guo && !zh_char_in("年月天日场个小周", s + 3, n > 3 ? 3 : 0)) {
			/* 过半, 过半数: more than half */
			size_t e = pos + (starts(s + 3, n - 3, "数") ? 6 : 3);
			f->value = (nf_decimal){ 50, 0 };
			percent_found(sc, b, e, f);
			f->qualifier = NF_QUAL_GT;
			return true;
		}
		return false;
	}
	if (starts(s, n, "翻")) {
		/* 翻番, 翻一番, 翻了一番 (x2: +100), 翻两番 (x4: +300) */
		static const struct { const char *t; int pct; } times[] = {
			{ "翻番", 100 }, { "翻一番", 100 }, { "翻了一番", 100 },
			{ "翻两番", 300 }, { "翻了两番", 300 }, { "翻三番", 700 },
			{ "翻了三番", 700 },
		};
		for (size_t i = 0; i < COUNT(times); i++)
			if (starts(s, n, times[i].t)) {
				f->value = (nf_decimal){ times[i].pct, 0 };
				return percent_found(sc, pos, pos + strlen(times[i].t), f);
			}
	}
	return false;
}

/* "已售出近2/3", "占1/4": a fraction in digits in Chinese text (where a
 * date is written with 月 and 日) is a share, as a percentage. */
static bool
slash_fraction_at(const struct scan *sc, size_t pos, nf_figure *f)
{
	const char *t = sc->text + pos;
	size_t n = sc->n - pos;

	if (n < 3 || !is_digit((unsigned char)t[0]) || t[1] != '/' || !is_digit((unsigned char)t[2]) ||
	    (n > 3 && (is_digit((unsigned char)t[3]) || t[3] == '/' || t[3] == '.')) ||
	    t[0] == '0' || t[0] >= t[2])
		return false;
	f->value = ratio_percent(t[0] - '0', t[2] - '0');
	return percent_found(sc, pos, pos + 3, f);
}

/* "增长一倍", "增加了3倍", "提高1.5倍": a change by N times is +N*100
 * percent (the number nm ends before 倍). */
/* Whether a verb of change stands before pos, through a bound: 增长近,
 * 增加了约, 翻 (增长3倍 is a change by a multiple, 是3倍 a level). */
static bool
change_verb_zh(const struct scan *sc, size_t pos)
{
	static const char *const verbs[] = {
		"增长", "增加", "提高", "扩大", "上涨", "提升", "高出", "多出", "超出",
		"增", "涨", "翻",
	};
	size_t p = pos;

	/* 增长近两倍, 增长了约3倍: the bound between verb and number */
	for (int k = 0; k < 2 && p >= 3; k++)
		if (zh_char_in("了近约逾超达", sc->text + p - 3, 3))
			p -= 3;
	for (size_t i = 0; i < COUNT(verbs); i++) {
		size_t l = strlen(verbs[i]);
		if (p >= l && memcmp(sc->text + p - l, verbs[i], l) == 0)
			return true;
	}
	return false;
}

static bool
times_zh_at(const struct scan *sc, size_t pos, const struct num *nm, nf_figure *f)
{
	if (!starts(sc->text + nm->end, sc->n - nm->end, "倍") || nm->scaled ||
	    !change_verb_zh(sc, pos))
		return false;
	f->value = nf_decimal_scale(nm->v, 2);
	percent_found(sc, pos, nm->end + 3, f);
	if (starts(sc->text + f->end, sc->n - f->end, "多"))
		f->qualifier = NF_QUAL_GT;   /* 翻了一倍多 */
	return true;
}


/* ---- rates ------------------------------------------------------------ */

/* Denominators of a rate, as written after "a"/"per" or after 每 and "/",
 * and the per key they give. */
static const struct per_word {
	const char *text;
	const char *per;
} per_en[] = {
	{ "year", "year" }, { "annum", "year" }, { "quarter", "quarter" },
	{ "month", "month" }, { "week", "week" }, { "day", "day" }, { "night", "night" },
	{ "hour", "hour" }, { "minute", "minute" }, { "second", "second" },
	{ "share", "share" }, { "head", "person" }, { "person", "person" },
	{ "capita", "person" }, { "household", "household" }, { "pupil", "pupil" },
	{ "passenger", "passenger" }, { "employee", "employee" }, { "worker", "worker" },
	{ "unit", "unit" }, { "vehicle", "vehicle" }, { "car", "car" }, { "litre", "L" },
	{ "gallon", "gal" }, { "kilo", "kg" },
}, per_zh[] = {
	{ "季度", "quarter" }, { "小时", "hour" }, { "分钟", "minute" },
	{ "年", "year" }, { "月", "month" }, { "周", "week" }, { "天", "day" },
	{ "日", "day" }, { "秒", "second" }, { "人", "person" }, { "户", "household" },
	{ "股", "share" }, { "度", "kWh" }, { "桶", "bbl" },
}, per_zh_before[] = {
	/* words that are a rate by themselves: 人均 (per person), 年薪 */
	{ "人均", "person" }, { "日均", "day" }, { "年均", "year" }, { "月均", "month" },
	{ "年薪", "year" }, { "月薪", "month" }, { "日薪", "day" }, { "时薪", "hour" },
	{ "月租", "month" }, { "日租", "day" },
};

/* The per key of the denominator word w[0..wl): a word of list, a unit
 * (canonical), or with any_noun a plural-able noun in the singular
 * written as is.  Sets *per, *per_len; false when none. */
static bool
per_word(const char *w, size_t wl, const struct per_word *list, size_t count,
    bool any_noun, const char **per, size_t *per_len)
{
	const char *canon;
	bool att;

	for (size_t i = 0; i < count; i++)
		if (strlen(list[i].text) == wl && (w[0] & 0x80 ? memcmp(w, list[i].text, wl) == 0
		                                               : eq_fold(w, list[i].text, wl))) {
			*per = list[i].per;
			*per_len = strlen(list[i].per);
			return true;
		}
	if (nf_unit_match(w, wl, &att, &canon) == wl) {
		*per = canon;
		*per_len = strlen(canon);
		return true;
	}
	if (any_noun && wl > 1 && !is_upper((unsigned char)w[0]) &&
	    !(wl == 4 && eq_fold(w, "cent", 4))) {
		*per = w;
		*per_len = wl;
		return true;
	}
	return false;
}

/* The rate written after a figure ending at p: " a year", " per share",
 * " every week", "-a-year", " annually", "/year"; "元/平方米", "/吨", "/年"
 * (glued: *glued_end is where it ends, to take into the match). */
static bool
per_after(const struct scan *sc, size_t p, const char **per, size_t *per_len,
    size_t *glued_end)
{
	static const char *const arts[] = { "a", "an", "per", "each", "every" };
	/* "2.7bn a year earlier" is a time, not a rate */
	static const char *const when[] = {
		"earlier", "ago", "before", "later", "after", "from", "since",
	};
	const char *t = sc->text;
	size_t n = sc->n, q, l = 0, wl;

	*glued_end = 0;
	if (p >= n)
		return false;
	if (t[p] == '/') {
		q = p + 1;
		if (q < n && (unsigned char)t[q] >= 0x80) {
			/* 4651元/平方米, 3元/股, 200元/年, 5元/台 */
			const char *noun;
			for (wl = 12; wl >= 3; wl -= 3)
				if (q + wl <= n && per_word(t + q, wl, per_zh, COUNT(per_zh), false, per, per_len))
					break;
			if (wl < 3 && (wl = nf_measure_word_match(t + q, n - q, &noun)) > 0) {
				*per = t + q;
				*per_len = wl;
			}
			if (wl < 3 || wl > 12)
				return false;
			*glued_end = q + wl;
			return true;
		}
		wl = word_len(t + q, n - q);
		if (wl == 0 || !per_word(t + q, wl, per_en, COUNT(per_en), false, per, per_len))
			return false;
		*glued_end = q + wl;
		return true;
	}
	if (t[p] == '-' && p + 3 < n && (t[p + 1] | 0x20) == 'a' && t[p + 2] == '-') {
		/* "a £30,000-a-year job" */
		q = p + 3;
		wl = word_len(t + q, n - q);
		return wl > 0 && per_word(t + q, wl, per_en, 10, false, per, per_len);
	}
	if (starts(t + p, n - p, "每")) {
		/* 18502元每平米: 每 and a unit or time word after the figure */
		q = p + 3;
		for (wl = 12; wl >= 3; wl -= 3)
			if (q + wl <= n && per_word(t + q, wl, per_zh, COUNT(per_zh), false, per, per_len))
				return true;
		return false;
	}
	if (t[p] != ' ')
		return false;
	q = p + 1;
	/* "3,000 tonnes of steel a week": the stuff named between */
	if ((l = word_is(t + q, n - q, "of")) > 0 && q + l + 1 < n && t[q + l] == ' ') {
		size_t r = q + l + 1;
		for (int k = 0; k < 2 && r < n && is_alpha((unsigned char)t[r]); k++) {
			r += word_len(t + r, n - r);
			if (per_after(sc, r, per, per_len, glued_end) && *glued_end == 0)
				return true;
			if (r >= n || t[r] != ' ')
				break;
			r++;
		}
		return false;
	}
	l = 0;
	if (word_is(t + q, n - q, "annually") || word_is(t + q, n - q, "yearly")) {
		*per = "year";
		*per_len = 4;
		return true;
	}
	for (size_t i = 0; i < COUNT(arts) && l == 0; i++)
		l = word_is(t + q, n - q, arts[i]);
	if (l == 0 || q + l >= n || t[q + l] != ' ')
		return false;
	q += l + 1;
	if (l == 3 && is_digit((unsigned char)t[q])) {
		/* "470 robots per 10,000 workers": per the words as written */
		size_t e = q;
		while (e < n && (is_digit((unsigned char)t[e]) || ((t[e] == ',' || t[e] == '.') &&
		    e + 1 < n && is_digit((unsigned char)t[e + 1]))))
			e++;
		if (e < n && t[e] == ' ' && (wl = word_len(t + e + 1, n - e - 1)) > 0)
			e += 1 + wl;
		*per = t + q;
		*per_len = e - q;
		return true;
	}
	{
		/* "per square metre", "a kilowatt-hour": a unit of several words */
		bool att;
		const char *canon;
		size_t ul = nf_unit_match(t + q, n - q, &att, &canon);
		if (ul > 0 && (memchr(t + q, ' ', ul) != NULL || memchr(t + q, '-', ul) != NULL)) {
			*per = canon;
			*per_len = strlen(canon);
			return true;
		}
	}
	wl = word_len(t + q, n - q);
	if (wl == 0 || !per_word(t + q, wl, per_en, COUNT(per_en), l == 3 && (t[q - 4] | 0x20) == 'p',
	    per, per_len))
		return false;
	if (q + wl < n && t[q + wl] == ' ') {
		size_t w = q + wl + 1;
		for (size_t j = 0; j < COUNT(when); j++)
			if (word_is(t + w, n - w, when[j]) > 0)
				return false;
		/* "a year on, ..." (but "a week on wages") */
		if (word_is(t + w, n - w, "on") > 0 &&
		    !(w + 3 < n && t[w + 2] == ' ' && is_alpha((unsigned char)t[w + 3])))
			return false;
	}
	/* "per cent" is no rate (the percent word came first); "a second
	 * time", "a day earlier" */
	return true;
}

/* A Chinese rate written before the figure, in its clause: 每股0.5元,
 * 每平方米3万元, 每年投入超过100亿元, 每家企业最多300万元, 人均3万元. */
static bool
per_before_zh(const struct scan *sc, size_t pos, const char **per, size_t *per_len)
{
	const char *t = sc->text;
	size_t b = pos;

	for (int k = 0; k < 12 && b >= 3; k++) {
		size_t a, q, l;
		uint32_t c = cp_before(t, b, &a);
		const char *noun;
		if (c < 0x80 && is_digit((unsigned char)c) && b >= 3 && starts(t + b, pos - b, "股")) {
			/* 每10股派3元: per 10 shares, as written */
			size_t e = b;
			while (a > 0 && is_digit((unsigned char)t[a - 1]))
				a--;
			if (a < 3 || memcmp(t + a - 3, "每", 3) != 0)
				return false;
			*per = t + a;
			*per_len = e + 3 - a;
			return true;
		}
		if (!nf_is_han(c))
			return false;
		b = a;
		for (size_t i = 0; i < COUNT(per_zh_before); i++)
			if (starts(t + b, pos - b, per_zh_before[i].text)) {
				*per = per_zh_before[i].per;
				*per_len = strlen(*per);
				return true;
			}
		if (c != 0x6BCF)   /* 每 */
			continue;
		q = b + 3;
		for (l = 12; l >= 3; l -= 3)
			if (q + l <= pos && per_word(t + q, l, per_zh, COUNT(per_zh), false, per, per_len))
				return true;
		if ((l = nf_zh_head_noun_at(t + q, pos - q)) > 3) {
			*per = t + q;   /* 每批次, 每场比赛 */
			*per_len = l;
			return true;
		}
		if ((l = nf_measure_word_match(t + q, pos - q, &noun)) > 0) {
			/* 每家企业, 每个项目: per the noun, or the measure word */
			size_t h = nf_zh_head_noun_at(t + q + l, pos - q - l);
			*per = h > 0 ? t + q + l : t + q;
			*per_len = h > 0 ? h : l;
			return true;
		}
		return false;
	}
	return false;
}

/* "income per capita of $5,000", "GDP per head rose to £30,000": "per
 * capita" or "per head" within the four words before pos. */
static bool
per_capita_before(const struct scan *sc, size_t pos)
{
	size_t from = pos > 40 ? pos - 40 : 0;

	for (size_t i = from; i + 10 <= pos; i++)
		if ((sc->text[i] | 0x20) == 'p' && (i == 0 || sc->text[i - 1] == ' ') &&
		    (strncasecmp(sc->text + i, "per capita", 10) == 0 ||
		     strncasecmp(sc->text + i, "per head ", 9) == 0)) {
			for (size_t j = i; j < pos; j++)
				if (sc->text[j] == ',' || sc->text[j] == ';')
					return false;
			return true;
		}
	return false;
}

/* A length per hour or second is a speed, one unit: "7.2 kilometers an
 * hour" and 每小时6公里 are 7.2 km/h and 6 km/h, "2 meters per second"
 * 2 m/s (no rate to leave out of a sum). */
static void
speed_unit(nf_figure *f)
{
	static const struct { const char *len, *per, *speed; } speeds[] = {
		{ "km", "hour", "km/h" }, { "m", "second", "m/s" }, { "km", "second", "km/s" },
		{ "mi", "hour", "mph" }, { "mile", "hour", "mph" },
	};

	if (f->per == NULL || f->unit == NULL || f->kind != NF_FIG_QUANTITY ||
	    (f->unit_suffix != NULL && f->unit_suffix[0] != '\0'))
		return;
	for (size_t k = 0; k < sizeof speeds / sizeof speeds[0]; k++) {
		if (f->unit_len == strlen(speeds[k].len) && memcmp(f->unit, speeds[k].len,
		    f->unit_len) == 0 && f->per_len == strlen(speeds[k].per) &&
		    memcmp(f->per, speeds[k].per, f->per_len) == 0) {
			f->unit = speeds[k].speed;
			f->unit_len = strlen(speeds[k].speed);
			f->per = NULL;
			f->per_len = 0;
			return;
		}
	}
}

/* Set f->per for a figure that is a rate; a glued "/平方米" joins the
 * match.  English "per capita" before the number is a rate too. */
static void
find_rate(const struct scan *sc, nf_figure *f)
{
	const char *per = NULL;
	size_t per_len = 0, glued;

	if (starts(sc->text + f->end - 3, 3, "倍"))
		return;   /* "人均收入的20倍": a multiple of a rate is none */

	if (per_after(sc, f->end, &per, &per_len, &glued)) {
		if (glued > f->end) {
			/* 元/平方米: the unit as written takes the denominator */
			if (f->unit_text != NULL && f->unit_text + f->unit_text_len == sc->text + f->end)
				f->unit_text_len = glued - (size_t)(f->unit_text - sc->text);
			f->end = glued;
		}
	} else if (f->qual_start >= 3 && (unsigned char)sc->text[f->qual_start - 1] >= 0x80) {
		if (!per_before_zh(sc, f->qual_start, &per, &per_len))
			per = NULL;
	} else if (per_capita_before(sc, f->qual_start)) {
		per = "person";
		per_len = 6;
	} else {
		per = NULL;
	}
	f->per = per;
	f->per_len = per != NULL ? per_len : 0;
	speed_unit(f);
}

static bool year_like(const nf_figure *f);

/* "十分之一", "四分之三", "千分之五", "三分之一": a Chinese fraction is a
 * percentage, exact when it can be (a tenth is 10), else rounded to two
 * places (三分之一 is 33.33). */
static bool
fraction_at(const struct scan *sc, size_t pos, const struct num *den, nf_figure *f)
{
	struct num num;
	int64_t n, d;

	if (den->form != NF_NUM_CJK || den->v.exp != 0 || den->v.mant < 2 ||
	    den->v.mant > 100000 || !parse_number(sc, den->end + 6, &num) ||
	    num.form != NF_NUM_CJK || num.v.exp != 0 || num.v.mant <= 0 ||
	    num.v.mant >= den->v.mant)
		return false;
	cjk_point_fraction(sc, &num);   /* 千分之一点五: 0.15 */
	if (num.v.exp < -6)
		return false;
	n = num.v.mant * 100;
	d = den->v.mant;
	for (int k = num.v.exp; k < 0; k++)
		d *= 10;
	f->value = (nf_decimal){ 0, 0 };
	for (int k = 0; k <= 6; k++, n *= 10) {
		if (n % d == 0) {
			f->value = (nf_decimal){ n / d, -k };
			break;
		}
	}
	if (f->value.mant == 0)
		f->value = ratio_percent(num.v.mant, d);   /* 三分之一: 33.33 */
	return percent_found(sc, pos, num.end, f);
}

/* Whether an average is spoken of in the clause before pos (场均, 平均,
 * 人均, 每场, "an average of", "averaged"): a count may have decimals. */
static bool
average_before(const struct scan *sc, size_t pos)
{
	static const char *const words[] = {
		"场均", "平均", "人均", "户均", "每场", "average", "Average", "per game",
	};
	size_t from = pos > 60 ? pos - 60 : 0;

	for (size_t i = from; i < pos; i++)
		if (sc->text[i] == ',' || sc->text[i] == ';' || (i + 3 <= pos &&
		    (memcmp(sc->text + i, "，", 3) == 0 || memcmp(sc->text + i, "。", 3) == 0)))
			from = i + 1;
	for (size_t i = 0; i < COUNT(words); i++)
		if (memmem(sc->text + from, pos - from, words[i], strlen(words[i])) != NULL)
			return true;
	return false;
}

/* Whether a name or idiom of zh_numeral_names starts at p (the names are
 * chained by a hash of their first character, built on first use). */
static bool
zh_numeral_name(const struct scan *sc, size_t p)
{
	static signed char head[64], next[COUNT(zh_numeral_names)];
	static unsigned char lens[COUNT(zh_numeral_names)];
	static bool ready;
	const unsigned char *t = (const unsigned char *)sc->text + p;

	if (!ready) {
		memset(head, -1, sizeof head);
		for (size_t i = COUNT(zh_numeral_names); i-- > 0;) {
			const unsigned char *w = (const unsigned char *)zh_numeral_names[i];
			unsigned h = (w[1] ^ w[2] * 3u) & 63;
			lens[i] = (unsigned char)strlen(zh_numeral_names[i]);
			next[i] = head[h];
			head[h] = (signed char)i;
		}
		ready = true;
	}
	if (p + 6 > sc->n)
		return false;
	for (int i = head[(t[1] ^ t[2] * 3u) & 63]; i >= 0; i = next[i])
		if (lens[i] <= sc->n - p && memcmp(t, zh_numeral_names[i], lens[i]) == 0)
			return true;
	return false;
}

/* Ratios that are named metrics, as written and as reported. */
static const struct metric {
	const char *text, *unit;
} metrics[] = {
	{ "PUE", "PUE" }, { "WUE", "WUE" }, { "P/E", "P/E" }, { "P/B", "P/B" },
	{ "price-to-earnings", "P/E" }, { "price/earnings", "P/E" },
	{ "price-earnings", "P/E" }, { "price-to-book", "P/B" },
	{ "市盈率", "P/E" }, { "市净率", "P/B" }, { "电能利用效率", "PUE" },
};

/* The named metric a bare number at pos measures: its name within the
 * clause before it, with no other number between ("PUE of 1.15", "a P/E
 * of 12", "PUE值降至1.15", 市盈率约12倍), or NULL. */
static const char *
metric_before(const struct scan *sc, size_t pos)
{
	size_t from = pos > 48 ? pos - 48 : 0, i;
	const unsigned char *t = (const unsigned char *)sc->text;

	bool may = false;

	for (i = pos; i > from; i--) {
		unsigned char c = t[i - 1];
		/* digits, , ; . ( and ，(EF BC 8C) ；(EF BC 9B) 。(E3 80 82) */
		if (is_digit(c) || c == ',' || c == ';' || c == '.' || c == '(' ||
		    (i >= 3 && ((c == 0x8C || c == 0x9B) && t[i - 2] == 0xBC && t[i - 3] == 0xEF)) ||
		    (i >= 3 && c == 0x82 && t[i - 2] == 0x80 && t[i - 3] == 0xE3))
			break;
		/* every metric holds P, p, W or 率 (E7 8E 87): most clauses none */
		if (c == 'P' || c == 'p' || c == 'W' ||
		    (c == 0x87 && i >= 3 && t[i - 2] == 0x8E && t[i - 3] == 0xE7))
			may = true;
	}
	if (!may || pos - i < 3)
		return NULL;
	for (size_t k = 0; k < COUNT(metrics); k++)
		if (memmem(sc->text + i, pos - i, metrics[k].text, strlen(metrics[k].text)) != NULL)
			return metrics[k].unit;
	return NULL;
}

/* ---- table cells --------------------------------------------------------- */

/* A scale of a table's unit at s (after spaces): nf_scale_parse()'s words,
 * their plurals ("millions") and "'000"; its power of ten and bytes. */
static bool
table_scale(const char *s, size_t n, int *pow10, size_t *len)
{
	static const struct { const char *w; int pow10; } plurals[] = {
		{ "'000", 3 }, { "\xE2\x80\x99" "000", 3 }, { "thousands", 3 },
		{ "millions", 6 }, { "billions", 9 },
	};
	size_t sp = 0;

	while (sp < n && s[sp] == ' ')
		sp++;
	for (size_t i = 0; i < COUNT(plurals); i++) {
		size_t l = strlen(plurals[i].w);
		if (n - sp >= l && strncasecmp(s + sp, plurals[i].w, l) == 0 &&
		    (sp + l == n || !is_alnum((unsigned char)s[sp + l]))) {
			*pow10 = plurals[i].pow10;
			*len = sp + l;
			return true;
		}
	}
	return nf_scale_parse(s, n, pow10, len);
}

/* The first unit t[0..n) declares (a caption, or a header's cell); false
 * when none.  A scale right after a numeral is a figure's ("100亿元"),
 * no declaration. */
static bool
table_unit_in(const char *t, size_t n, nf_table_unit *u)
{
	size_t p = 0, l, q, sl;
	int k;
	const char *code;
	bool needs;

	while (p < n) {
		uint32_t c = cp_before(t, p, NULL);
		bool start = p == 0 || c >= 0x80 || !is_alnum((unsigned char)c);
		if (start && !is_digit((unsigned char)c) && cjk_numeral_value(c) < 0) {
			/* "(%)", "Change %": a column of percentages */
			if (t[p] == '%' || starts(t + p, n - p, "\xEF\xBC\x85")) {
				u->code = "percent";
				u->pow10 = 0;
				return true;
			}
			/* "US$ million", "RMB bn", "HK$'000", "(US$)", 人民币万元 */
			if ((l = nf_money_prefix(t + p, n - p, &code)) > 0) {
				q = p + l;
				u->code = code;
				if (table_scale(t + q, n - q, &u->pow10, &sl))
					return true;
				while (q < n && t[q] == ' ')
					q++;
				u->pow10 = 0;
				if (q == n || t[q] == ')' || t[q] == ',' || t[q] == '\t' ||
				    starts(t + q, n - q, "\xEF\xBC\x89"))   /* ） */
					return true;
			}
			/* "million yuan", "in millions of US dollars", 亿元, 万元 */
			if (table_scale(t + p, n - p, &k, &sl) && t[p] != ' ') {
				q = p + sl;
				while (q < n && t[q] == ' ')
					q++;
				if ((l = word_is(t + q, n - q, "of")) > 0)
					q += l + 1;
				if (q < n && nf_money_suffix(t + q, n - q, &code, &needs, NULL) > 0) {
					u->code = code;
					u->pow10 = k;
					return true;
				}
			}
			/* 单位：元, 单位: 美元 */
			if (starts(t + p, n - p, "单位")) {
				q = p + 6;
				if (starts(t + q, n - q, "\xEF\xBC\x9A"))   /* ： */
					q += 3;
				else if (q < n && t[q] == ':')
					q++;
				while (q < n && t[q] == ' ')
					q++;
				if (q < n && nf_money_suffix(t + q, n - q, &code, &needs, NULL) > 0) {
					u->code = code;
					u->pow10 = 0;
					return true;
				}
			}
		}
		l = nf_utf8_decode(t + p, n - p, &(uint32_t){ 0 }, NULL);
		p += l ? l : 1;
	}
	u->code = NULL;
	return false;
}

int
nf_table_units_read(nf_table_units *t, const char *caption, size_t caption_len,
    const char *header, size_t header_len)
{
	size_t col = 0, b = 0;

	t->all.code = NULL;
	t->ncols = 0;
	if (caption != NULL)
		table_unit_in(caption, caption_len, &t->all);
	for (size_t e = 0; header != NULL && e <= header_len; e++) {
		nf_table_unit u;
		if (e < header_len && header[e] != '\t')
			continue;
		if (table_unit_in(header + b, e - b, &u)) {
			if (col >= t->cap) {
				size_t cap = col + 8;
				nf_table_unit *cols = realloc(t->cols, cap * sizeof *cols);
				if (cols == NULL)
					return -1;
				t->cols = cols;
				t->cap = cap;
			}
			for (size_t i = t->ncols; i < col; i++)
				t->cols[i].code = NULL;
			t->cols[col] = u;
			t->ncols = col + 1;
		}
		col++;
		b = e + 1;
	}
	return 0;
}

void
nf_table_units_free(nf_table_units *t)
{
	free(t->cols);
	memset(t, 0, sizeof *t);
}

/* Whether the number text[pos..end) fills a cell of a table's row: a TAB
 * before it (past a sign or an opening bracket) and a TAB or the end of
 * the text after it.  *bracket: it stands in brackets, "(78)". */
static bool
table_cell(const struct scan *sc, size_t pos, size_t end, bool *bracket)
{
	const char *t = sc->text;
	size_t b = pos, e = end;

	*bracket = false;
	if (b > 0 && (t[b - 1] == '-' || t[b - 1] == '+'))
		b--;
	else if (b >= 3 && memcmp(t + b - 3, "\xE2\x88\x92", 3) == 0)   /* − */
		b -= 3;
	else if (b > 0 && t[b - 1] == '(' && e < sc->n && t[e] == ')') {
		b--;
		e++;
		*bracket = true;
	}
	while (b > 0 && t[b - 1] == ' ')
		b--;
	while (e < sc->n && t[e] == ' ')
		e++;
	return b > 0 && t[b - 1] == '\t' && (e == sc->n || t[e] == '\t');
}

/* The unit the table declares for the cell at pos (its column's, else
 * the caption's), or NULL. */
static const nf_table_unit *
table_unit_at(const struct scan *sc, size_t pos)
{
	const nf_table_units *t = sc->opts->table;
	size_t col = 0;

	for (const char *c = sc->text; (c = memchr(c, '\t', pos - (size_t)(c - sc->text))) != NULL; c++)
		col++;
	if (col < t->ncols && t->cols[col].code != NULL)
		return &t->cols[col];
	return t->all.code != NULL ? &t->all : NULL;
}

/* "2025 earnings", "2023 notes", "its 2002 series": four digits from 1900
 * to 2100 without a separator before an English noun are a year that
 * modifies it, not a count ("2,000 jobs" and "more than 2000 people" are
 * counts; so is anything counting people). */
static bool
year_modifier(const struct scan *sc, const struct num *nm, const nf_figure *f)
{
	if (f->kind != NF_FIG_COUNT || nm->form != NF_NUM_DIGITS || !year_like(f) ||
	    nm->end - nm->start != 4 || f->qualifier != NF_QUAL_NONE ||
	    nm->end >= sc->n || sc->text[nm->end] != ' ')
		return false;
	return f->unit != NULL && !(f->unit_len == 6 && strncmp(f->unit, "person", 6) == 0);
}

static bool
figure_at(const struct scan *sc, size_t pos, struct cand *cd)
{
	const char *code = NULL;
	size_t p = pos, l, qs;
	struct num nm;
	struct unit u;
	nf_figure *f = &cd->f;
	bool between, bracket = false;
	const char *metric;
	const nf_table_unit *cell;

	memset(cd, 0, sizeof *cd);
	f->equiv_of = -1;
	if ((l = nf_money_prefix(sc->text + p, sc->n - p, &code)) > 0) {
		if (!digit_at(sc->text + p + l, sc->n - p - l) &&
		    cjk_numeral_value(cp_at(sc->text + p + l, sc->n - p - l, NULL)) < 0)
			return false;
		p += l;
	} else if (pos >= 6 && (unsigned char)sc->text[pos - 3] == 0xE5 &&
	    (zh_ends_with(sc->text, pos, "币") || zh_ends_with(sc->text, pos, "幣"))) {
		/* 港币100元, 台幣500元: a currency word the scan passed over
		 * (港 and 台 start too many words to start a figure) */
		static const struct { const char *w, *code; } zh_before[] = {
			{ "港币", "HKD" }, { "港幣", "HKD" }, { "台币", "TWD" }, { "台幣", "TWD" },
		};
		for (size_t i = 0; i < COUNT(zh_before); i++)
			if (zh_ends_with(sc->text, pos, zh_before[i].w)) {
				code = zh_before[i].code;
				pos -= 6;
				break;
			}
	}
	if (code == NULL && starts(sc->text + p, sc->n - p, "万分之") &&
	    parse_number(sc, p + 9, &nm) && nm.v.exp == 0) {
		if (nm.form == NF_NUM_CJK)
			cjk_point_fraction(sc, &nm);   /* 万分之一点七五: 0.0175 */
		f->value = nf_decimal_scale(nm.v, -2);   /* 万分之三: 0.03 percent */
		return percent_found(sc, pos, nm.end, f);
	}
	if (code == NULL && starts(sc->text + p, sc->n - p, "百分之")) {
		if (starts(sc->text + p + 9, sc->n - p - 9, "零点")) {
			memset(&nm, 0, sizeof nm);
			nm.form = NF_NUM_CJK;
			nm.end = p + 12;
		} else if (!parse_number(sc, p + 9, &nm))
			return false;
		if (nm.form == NF_NUM_CJK)
			cjk_point_fraction(sc, &nm);
		f->kind = NF_FIG_PERCENT;
		set_unit(f, "percent", 7, "");
		f->value = nm.v;
		f->start = pos;
		f->end = nm.end;
		f->qualifier = qualifier_before(sc, pos, &f->qual_start);
		if (qualifier_after(sc, f->end) != NF_QUAL_NONE)
			f->qualifier = qualifier_after(sc, f->end);
		return true;
	}
	if (code == NULL && percentage_point(sc, pos, f))
		return true;
	if (code == NULL && is_alpha((unsigned char)sc->text[pos]) &&
	    (fraction_en_at(sc, pos, f) || multiple_en_at(sc, pos, f)))
		return true;
	if (code == NULL && (unsigned char)sc->text[pos] >= 0x80 && fraction_zh_at(sc, pos, f))
		return true;
	if ((unsigned char)sc->text[p] >= 0xE0 && zh_numeral_name(sc, p))
		return false;
	if (code == NULL && sc->opts->chinese && slash_fraction_at(sc, pos, f))
		return true;
	if (!parse_vague_zh(sc, p, &nm)) {
		if (!parse_number(sc, p, &nm))
			return false;
		nm.money_prefix = code != NULL;
		if (code == NULL && (ratio_en_at(sc, pos, &nm, f) || times_zh_at(sc, pos, &nm, f) ||
		    times_en_at(sc, pos, &nm, f)))
			return true;
		vague_zh_after(sc, &nm);
	}
	/* "per 10,000 workers": the denominator of a rate, no figure */
	if (pos >= 4 && sc->text[pos - 1] == ' ' &&
	    word_before_is(sc, pos, (const char *const[]){ "per" }, 1))
		return false;
	if (code == NULL && starts(sc->text + nm.end, sc->n - nm.end, "分之"))
		return fraction_at(sc, pos, &nm, f);
	/* 每千瓦时: 千 starts a unit here, no number */
	if (nm.bare_unit && unit_first(sc, nm.start))
		return false;
	parse_scale(sc, &nm);
	unit_at(sc, nm.end, &nm, &u);
	between = pos >= 8 && strncasecmp(sc->text + pos - 8, "between ", 8) == 0;
	try_range(sc, pos, &nm, &u, &code, between, f);
	f->value = nm.v;
	f->start = pos;
	if (nm.vague) {
		f->value_max = nm.vmax;
		f->qualifier = NF_QUAL_RANGE;
	}
	if (code != NULL || u.kind == NF_FIG_MONEY) {
		const char *c = code != NULL ? code : u.code;
		f->kind = NF_FIG_MONEY;
		f->end = u.kind == NF_FIG_MONEY ? u.end : nm.end;
		f->unit = nf_money_resolve(c, &sc->money);
		set_unit(f, f->unit, strlen(f->unit), "");
		/* the currency as written: the word after, else the sign before */
		if (u.kind == NF_FIG_MONEY) {
			f->unit_text = sc->text + u.text_start;
			f->unit_text_len = u.end - u.text_start;
			cd->plain_yuan = code == NULL && f->unit_text_len == 3 &&
			    memcmp(f->unit_text, "元", 3) == 0;
		} else {
			f->unit_text = sc->text + pos;
			f->unit_text_len = p - pos;
			while (f->unit_text_len > 0 && f->unit_text[f->unit_text_len - 1] == ' ')
				f->unit_text_len--;
		}
		if (u.kind == NF_FIG_MONEY && u.pow10 != 0) {   /* "11 cents" */
			f->value.exp += u.pow10;
			f->value_max.exp += u.pow10;
		}
	} else if (u.kind >= 0) {
		/* a glued k, m or b is a scale in money; k also in counts */
		if (nm.weak_scale && !weak_scale_ok(sc, &nm, &u))
			return false;   /* "4K TVs" is a resolution, "60m hurdles" a race */
		f->kind = (nf_figure_kind)u.kind;
		f->end = u.end;
		set_unit(f, u.unit, u.unit_len, u.suffix);
		if (u.kind == NF_FIG_QUANTITY && u.text_start > 0) {
			f->unit_text = sc->text + u.text_start;
			f->unit_text_len = u.end - u.text_start;
		}
		if (u.tenths || u.hundredfold) {   /* 三成: tenths; 2.63倍: 263 */
			f->value.exp += u.tenths ? 1 : 2;
			if (f->qualifier == NF_QUAL_RANGE)
				f->value_max.exp += u.tenths ? 1 : 2;
		}
	} else if (!nm.scaled && !nm.vague && !nm.one_word && !nm.bare_unit &&
	    (metric = metric_before(sc, pos)) != NULL) {
		/* "PUE of 1.15", "a P/E of 12", 市盈率12倍: the metric is the unit */
		f->kind = NF_FIG_QUANTITY;
		f->end = nm.end;
		if (starts(sc->text + f->end, sc->n - f->end, "倍"))
			f->end += 3;
		set_unit(f, metric, strlen(metric), "");
	} else if (sc->opts->table != NULL && nm.form == NF_NUM_DIGITS && !nm.scaled &&
	    !nm.vague && table_cell(sc, pos, nm.end, &bracket) &&
	    (cell = table_unit_at(sc, pos)) != NULL) {
		/* "Revenue\t1,234\t(56)" under "US$ million": money, scaled */
		f->end = nm.end;
		if (strcmp(cell->code, "percent") == 0) {
			f->kind = NF_FIG_PERCENT;
			set_unit(f, "percent", 7, "");
		} else {
			f->kind = NF_FIG_MONEY;
			f->unit = nf_money_resolve(cell->code, &sc->money);
			set_unit(f, f->unit, strlen(f->unit), "");
			f->value = nf_decimal_scale(f->value, cell->pow10);
		}
	} else {
		if (nm.weak_scale || nm.bare_unit || nm.one_word || nm.vague || nm.long_digits)
			return false;
		cd->bare = true;
		f->kind = NF_FIG_COUNT;
		f->end = nm.end;
	}
	/* one alone is an article more often than a figure: 一米阳光,
	 * 一元化, "one dollar" (percentages keep it: "one per cent", and a
	 * range: 一到五个, "one or two matches") */
	if (nm.one_word && f->kind != NF_FIG_PERCENT && f->qualifier != NF_QUAL_RANGE)
		return false;
	if (f->kind == NF_FIG_COUNT && nm.form == NF_NUM_DIGITS &&
	    (name_before(sc, pos) || word_before_is(sc, pos, top_words, COUNT(top_words))))
		return false;
	/* a count is whole: "1.90 News Corp shares", "21.72 secs" are not;
	 * but an average may have decimals (场均10.9个篮板, 人均2.5套), and a
	 * bare number may be a metric's ("down from the 1.3": resolve_bare) */
	if (f->kind == NF_FIG_COUNT && f->value.exp < 0 && !(cd->bare && !sc->opts->chinese) &&
	    f->value.mant % (f->value.exp == -1 ? 10 : f->value.exp == -2 ? 100 : 1000) != 0 &&
	    !average_before(sc, pos)) {
		/* "closed at 5,512.8 points", "fell 35.6 points": a level on
		 * a scale (an index), a quantity in points */
		if (f->unit_len != 5 || strncmp(f->unit, "point", 5) != 0 || f->end - 6 !=
		    (size_t)(f->unit - sc->text) || sc->text[f->end - 1] != 's')
			return false;
		f->kind = NF_FIG_QUANTITY;
		f->unit_text = f->unit;
		f->unit_text_len = 6;
		set_unit(f, "point", 5, "");
	}
	if (f->end < sc->n && is_alnum((unsigned char)sc->text[f->end]) &&
	    is_alnum((unsigned char)sc->text[f->end - 1]))
		return false;
	/* a minus sign makes the value negative: "-3.6%", "−1.2 billion
	 * yuan", a range's low end of a quantity ("-10℃至45℃"); a count, a
	 * sum of money or a share's range never is */
	if (f->kind != NF_FIG_COUNT && (f->qualifier != NF_QUAL_RANGE ||
	    f->kind == NF_FIG_QUANTITY)) {
		size_t m = minus_before(sc, pos);
		if (m > 0) {
			pos -= m;
			f->start = pos;
			f->value.mant = -f->value.mant;
		} else if ((m = plus_before(sc, pos)) > 0) {
			pos -= m;   /* "+9.0%": a rise, the sign is part of the match */
			f->start = pos;
		}
	}
	if (bracket) {   /* "(56)" in a table's cell: a loss, as accounts write it */
		f->start = --pos;
		f->end++;
		f->value.mant = -f->value.mant;
	}
	f->qual_start = pos;
	if (f->qualifier == NF_QUAL_RANGE) {
		if (between)
			f->qual_start = pos - 8;
		return true;
	}
	{
		nf_qualifier a = qualifier_after(sc, f->end);
		f->qualifier = qualifier_before(sc, pos, &qs);
		f->qual_start = qs;
		if (nm.more)
			f->qualifier = NF_QUAL_GT;
		else if (a != NF_QUAL_NONE && (f->qualifier == NF_QUAL_NONE || a == NF_QUAL_APPROX))
			f->qualifier = a;
		if (f->qualifier == NF_QUAL_NONE && nm.end + 5 <= sc->n &&
		    strncmp(sc->text + nm.end, "-plus", 5) == 0)
			f->qualifier = NF_QUAL_GT;
		if (nm.end + 4 <= sc->n && strncmp(sc->text + nm.end, "-odd", 4) == 0)
			f->qualifier = NF_QUAL_APPROX;   /* "the 40-odd delegates" */
	}
	if (year_modifier(sc, &nm, f))
		return false;
	if (f->kind == NF_FIG_QUANTITY)
		imperial_pair(sc, f);
	return true;
}

/* ---- bare numbers: counts by reference ---------------------------------- */

static bool word_back(const struct scan *sc, size_t pos, size_t *b, size_t *e);

/* Whether the word before pos is one of list. */
static bool
word_before_is(const struct scan *sc, size_t pos, const char *const *list, size_t count)
{
	size_t e = pos, b;

	while (e > 0 && sc->text[e - 1] == ' ')
		e--;
	b = e;
	while (b > 0 && is_alpha((unsigned char)sc->text[b - 1]))
		b--;
	if (b == e || (b > 0 && is_alnum((unsigned char)sc->text[b - 1])))
		return false;
	return in_list(sc->text + b, e - b, list, count);
}

static bool
year_like(const nf_figure *f)
{
	return f->value.exp == 0 && f->value.mant >= 1900 && f->value.mant <= 2100;
}

/* Whether the words before pos are "average of", "a total of" ... */
static bool
aggregate_of_before(const struct scan *sc, size_t pos)
{
	size_t e = pos;

	while (e > 0 && sc->text[e - 1] == ' ')
		e--;
	if (e < 3 || strncmp(sc->text + e - 3, " of", 3) != 0)
		return false;
	return word_before_is(sc, e - 3, aggregate_words, COUNT(aggregate_words));
}

static void copy_unit(nf_figure *f, const nf_figure *g);

/* "11 fabs and four more", "two banks and 3 others", "owns 412 aircraft
 * and manages 96 more", "had 26,100 employees, about 1,400 fewer than a
 * year before": after a count, "N more" or "N fewer" counts the same
 * things.
 * Returns true and copies the unit. */
static bool
and_more(const struct scan *sc, nf_figure *items, const bool *bare, size_t k)
{
	nf_figure *f = &items[k];
	size_t p = f->end, l;

	if (p >= sc->n || sc->text[p] != ' ')
		return false;
	l = word_is(sc->text + p + 1, sc->n - p - 1, "more");
	if (l == 0)
		l = word_is(sc->text + p + 1, sc->n - p - 1, "fewer");
	if (l == 0)
		l = word_is(sc->text + p + 1, sc->n - p - 1, "others");
	if (l == 0)
		return false;
	/* then the clause goes on without naming other things: "four more
	 * under construction", "two others.", not "20 more facilities" */
	p += 1 + l;
	if (p < sc->n && sc->text[p] == ' ') {
		static const char *const go_on[] = {
			"under", "in", "on", "at", "by", "from", "for", "to", "are",
			"were", "is", "was", "will", "would", "could", "may", "have",
			"had", "being", "planned", "expected", "due", "set", "this",
			"next", "last", "later", "each", "so", "soon", "since",
			"than",
		};
		size_t b = p + 1, e = b;
		while (e < sc->n && is_alpha((unsigned char)sc->text[e]))
			e++;
		if (e > b && !in_list(sc->text + b, e - b, go_on, COUNT(go_on)))
			return false;
	}
	for (size_t i = k; i > 0; i--)
		if (!bare[i - 1] && items[i - 1].kind == NF_FIG_COUNT) {
			copy_unit(f, &items[i - 1]);
			return true;
		}
	return false;
}

static bool noun_unit(nf_figure *f, const char *w, size_t wl);

/* Whether w[0..wl) is a fraction in the plural ("two-thirds", "three
 * quarters"): a share, never the counted noun. */
static bool
fraction_plural(const char *w, size_t wl)
{
	for (size_t i = 0; i < COUNT(fraction_words); i++)
		if (strlen(fraction_words[i].many) == wl &&
		    strncasecmp(w, fraction_words[i].many, wl) == 0)
			return true;
	return false;
}

/* "9 of them": the last plural noun before f in the sentence is the unit. */
static bool
plural_before(const struct scan *sc, nf_figure *f)
{
	/* "makes scooters and expects sales of 30,000 a month": an event
	 * noun gives way to the thing it counts, said earlier */
	static const char *const events[] = {
		"sales", "deliveries", "orders", "shipments", "registrations", "bookings",
	};
	nf_singular_form sf;
	size_t e = f->qual_start, eb = 0, ee = 0, b0, e0;

	/* the word right before the number is its verb, not its noun:
	 * "sells 20,000 a week", "employs 300" */
	if (word_back(sc, e, &b0, &e0) && e0 < e && !is_upper((unsigned char)sc->text[b0]))
		e = b0;
	while (e > 0) {
		size_t b;
		while (e > 0 && !is_alpha((unsigned char)sc->text[e - 1]))
			e--;
		b = e;
		while (b > 0 && is_alpha((unsigned char)sc->text[b - 1]))
			b--;
		if (b < e && !is_upper((unsigned char)sc->text[b]) &&
		    !in_list(sc->text + b, e - b, count_stops, COUNT(count_stops)) &&
		    !in_list(sc->text + b, e - b, not_counted_subjects, COUNT(not_counted_subjects)) &&
		    nf_singular(sc->text + b, e - b, &sf) &&
		    !fraction_plural(sc->text + b, e - b) &&
		    !verb_before_particle(sc, sc->text + b, e - b)) {
			if (!in_list(sc->text + b, e - b, events, COUNT(events)))
				return noun_unit(f, sc->text + b, e - b);
			if (ee == 0) {
				eb = b;
				ee = e;
			}
		}
		e = b;
	}
	return ee > 0 && noun_unit(f, sc->text + eb, ee - eb);
}

/* Make f a count of the noun sf (inferred from the sentence); true. */
static bool
count_unit(nf_figure *f, const nf_singular_form *sf)
{
	f->kind = NF_FIG_COUNT;
	f->unit = sf->stem;
	f->unit_len = sf->stem_len;
	f->unit_suffix = sf->suffix;
	f->inferred = true;
	return true;
}

/* Set f's unit to the singular of the plural noun w[0..wl); false when w
 * is none. */
static bool
noun_unit(nf_figure *f, const char *w, size_t wl)
{
	nf_singular_form sf;

	if (wl == 0 || is_upper((unsigned char)w[0]) || !is_alpha((unsigned char)w[0]) ||
	    !nf_singular(w, wl, &sf))
		return false;
	return count_unit(f, &sf);
}

/* After "of" at q: a determiner or a possessive ("the district's", "its",
 * "China's"), at most two modifiers, and a plural noun, which f counts:
 * "two of the district's start-ups", "three of its biggest plants". */
static bool
noun_of_after(const struct scan *sc, size_t q, nf_figure *f)
{
	static const char *const dets[] = {
		"the", "its", "their", "these", "those", "our", "his", "her", "my", "your",
	};
	bool det = false;
	nf_singular_form sf;

	for (int k = 0; k < 4 && q < sc->n; k++) {
		const char *w = sc->text + q;
		size_t wl = word_len(w, sc->n - q);
		if (wl == 0)
			return false;
		if (!det && in_list(w, wl, dets, COUNT(dets))) {
			det = true;
		} else if (wl > 2 && w[wl - 2] == '\'' && (w[wl - 1] | 0x20) == 's') {
			det = true;   /* "the district's" */
		} else if (!det) {
			return false;
		} else if (in_list(w, wl, count_stops, COUNT(count_stops))) {
			return false;
		} else if (nf_singular(w, wl, &sf)) {
			return noun_unit(f, w, wl);
		}
		q += wl;
		if (q >= sc->n || sc->text[q] != ' ')
			return false;
		q++;
	}
	return false;
}

/* "Of the nine members, six voted": g counts the clause's things when "of"
 * (and a determiner) stands before it and only a comma between it and f. */
static bool
of_clause_count(const struct scan *sc, const nf_figure *g, const nf_figure *f)
{
	static const char *const dets[] = { "the", "its", "their", "these", "those" };
	size_t p = g->end, b = g->qual_start;

	while (p < f->qual_start && (sc->text[p] == ' ' || sc->text[p] == ','))
		p++;
	if (p != f->qual_start || g->end == p || memchr(sc->text + g->end, ',', p - g->end) == NULL)
		return false;
	if (word_before_is(sc, b, dets, COUNT(dets))) {
		while (b > 0 && sc->text[b - 1] == ' ')
			b--;
		while (b > 0 && is_alpha((unsigned char)sc->text[b - 1]))
			b--;
	}
	return word_before_is(sc, b, (const char *const[]){ "of" }, 1);
}

/* The plural noun of a header ending in a colon before pos, in the same
 * sentence ("New stores by city: Beijing 1,240"), within six words of the
 * colon: f counts it.  The colon must be the first of the sentence. */
static bool
header_noun(const struct scan *sc, size_t pos, nf_figure *f)
{
	const char *c = memchr(sc->text, ':', pos);
	size_t e;

	if (c == NULL || (size_t)(c - sc->text) + 1 >= pos)
		return false;
	e = (size_t)(c - sc->text);
	for (int k = 0; k < 6 && e > 0; k++) {
		size_t b;
		while (e > 0 && sc->text[e - 1] == ' ')
			e--;
		b = e;
		while (b > 0 && is_alpha((unsigned char)sc->text[b - 1]))
			b--;
		if (b == e)
			return false;
		if (!in_list(sc->text + b, e - b, not_counted_subjects, COUNT(not_counted_subjects))) {
			nf_singular_form sf;
			if (noun_unit(f, sc->text + b, e - b))
				return true;
			/* the header's first word is capitalised: "Votes by party:" */
			if (b == 0 && nf_singular(sc->text, e, &sf) && sf.stem == sc->text) {
				return count_unit(f, &sf);
			}
		}
		e = b;
	}
	return false;
}

/* "Seats: 340", "Deliveries: 41,039": a plural noun and a colon right
 * before the number name what it counts. */
static bool
label_before(const struct scan *sc, nf_figure *f)
{
	size_t e = f->qual_start, b;

	while (e > 0 && sc->text[e - 1] == ' ')
		e--;
	if (e == 0 || sc->text[e - 1] != ':')
		return false;
	e--;
	b = e;
	while (b > 0 && is_alpha((unsigned char)sc->text[b - 1]))
		b--;
	if (b == e)
		return false;
	/* "New stores by city: Beijing 1,240; Shanghai: 980": a label under
	 * a header that names the counted noun */
	if (header_noun(sc, b, f))
		return true;
	/* a label is often capitalised ("Seats: 340"): the noun as written */
	if (is_upper((unsigned char)sc->text[b])) {
		nf_singular_form sf;
		if (!nf_singular(sc->text + b, e - b, &sf) || sf.stem != sc->text + b)
			return false;
		return count_unit(f, &sf);
	}
	return noun_unit(f, sc->text + b, e - b);
}

/* The word before pos (ASCII letters) into [*b, *e); false when none. */
static bool
word_back(const struct scan *sc, size_t pos, size_t *b, size_t *e)
{
	size_t x = pos;

	while (x > 0 && sc->text[x - 1] == ' ')
		x--;
	*e = x;
	while (x > 0 && is_alpha((unsigned char)sc->text[x - 1]))
		x--;
	*b = x;
	return *b < *e && (x == 0 || !is_alnum((unsigned char)sc->text[x - 1]));
}

/* A plural noun, a modal or "to", a verb of change and "to" (or "at",
 * "by") right before pos: "completions to fall to", "orders will climb
 * to".  Sets f's unit to the noun. */
static bool
verb_subject_before(const struct scan *sc, size_t pos, const char *const *verbs,
    size_t nverbs, nf_figure *f)
{
	static const char *const preps[] = { "to", "at", "by" };
	static const char *const modals[] = {
		"to", "will", "would", "could", "may", "might", "should", "must", "can",
	};
	size_t b, e;

	if (!word_back(sc, pos, &b, &e) || !in_list(sc->text + b, e - b, preps, COUNT(preps)) ||
	    !word_back(sc, b, &b, &e) || !in_list(sc->text + b, e - b, verbs, nverbs) ||
	    !word_back(sc, b, &b, &e))
		return false;
	if (in_list(sc->text + b, e - b, modals, COUNT(modals)) && !word_back(sc, b, &b, &e))
		return false;
	if (in_list(sc->text + b, e - b, not_counted_subjects, COUNT(not_counted_subjects)) ||
	    nf_mass_noun(sc->text + b, e - b) || fraction_plural(sc->text + b, e - b))
		return false;
	return noun_unit(f, sc->text + b, e - b);
}

/* What the sentence says it counts, before f: "the number of stores"
 * anywhere before it, or a plural noun subject at the start of the
 * sentence before a verb of change ("Deliveries rose to 41,039 from
 * 30,000").  Sets f's unit; false when neither is written. */
/* Verbs between a plural subject and the number it counts: "Deliveries
 * rose to 41,039", "Daily active users averaged 408 million". */
static const char *const subject_verbs[] = {
	"rose", "fell", "increased", "decreased", "grew", "jumped", "climbed",
	"dropped", "declined", "reached", "totalled", "totaled", "hit", "slipped",
	"surged", "soared", "rise", "fall", "grow", "reach", "were", "was",
	"stood", "stand", "will", "are", "averaged", "numbered", "topped",
	"exceeded", "surpassed", "passed", "doubled", "tripled", "halved",
	"quadrupled", "exceeds", "tops", "hits", "reaches", "stands", "totals",
	"averages", "grown", "risen", "fallen", "climbed",
};

static bool amount_before(const struct scan *sc, size_t pos);

/*
 * What a subject that names a body or a measure of things counts, when
 * it opens the sentence before its verb: "Visitor numbers hit 2 million"
 * (visitors), "Its subscriber base grew ... to 28 million" (subscribers),
 * "The death toll rose to 45" (deaths), "Job losses totalled 1,200"
 * (jobs), "Attendance was 45,000", "Enrolment stood at 3,400",
 * "Unemployment rose by 30,000" (people).  Sets f's unit; false when the
 * sentence opens otherwise.
 */
static bool
subject_head(const struct scan *sc, nf_figure *f)
{
	static const char *const skip[] = { "the", "its", "their", "our", "this", "last" };
	static const char *const aux[] = { "has", "have", "had", "is", "are", "now", "also" };
	static const char *const people[] = {
		"attendance", "membership", "workforce", "headcount", "enrolment", "enrollment",
		"turnout", "unemployment", "ridership", "population", "crowd", "audience",
	};
	static const nf_singular_form person = { "person", 6, "" };
	const char *t = sc->text;
	size_t e = f->qual_start, q = 0, hb = 0, he = 0, mb = 0, me = 0;
	nf_singular_form sf;

	for (int k = 0; k < 6 && q < e; k++) {
		size_t wl = word_len(t + q, e - q);
		if (wl == 0)
			return false;
		if (in_list(t + q, wl, subject_verbs, COUNT(subject_verbs)) ||
		    (k > 0 && in_list(t + q, wl, aux, COUNT(aux))))
			break;
		if (k == 0 && in_list(t + q, wl, skip, COUNT(skip)))
			;   /* a determiner */
		else if (wl > 2 && t[q + wl - 2] == '\'' && t[q + wl - 1] == 's')
			;   /* "The firm's" */
		else {
			mb = hb, me = he;
			hb = q, he = q + wl;
		}
		q += wl;
		if (q >= e || t[q] != ' ')
			return false;
		q++;
	}
	if (he == 0 || q >= e)
		return false;
	if (in_list(t + hb, he - hb, people, COUNT(people)))
		return count_unit(f, &person);
	if (me == 0)
		return false;
	if ((word_is(t + hb, he - hb, "numbers") || word_is(t + hb, he - hb, "base")) &&
	    !amount_before(sc, me)) {
		/* "Visitor numbers", "passenger numbers", "its user base"
		 * (not "Profit numbers", "the asset base") */
		if (!nf_singular(t + mb, me - mb, &sf) || sf.stem != t + mb) {
			sf.stem = t + mb;
			sf.stem_len = me - mb;
			sf.suffix = "";
		}
		return count_unit(f, &sf);
	}
	if (word_is(t + hb, he - hb, "toll") && word_is(t + mb, me - mb, "death"))
		return count_unit(f, &(nf_singular_form){ "death", 5, "" });
	if ((word_is(t + hb, he - hb, "losses") || word_is(t + hb, he - hb, "cuts")) &&
	    word_is(t + mb, me - mb, "job"))
		return count_unit(f, &(nf_singular_form){ "job", 3, "" });
	return false;
}

static bool
subject_noun(const struct scan *sc, nf_figure *f)
{
	static const char *const *const verbs = subject_verbs;
	static const char *const skip[] = {
		"the", "its", "their", "our", "annual", "monthly", "weekly", "daily",
		"total", "new", "overall", "global", "domestic",
	};
	const char *t = sc->text;
	size_t e = f->qual_start, q = 0;

	for (size_t i = 0; i + 10 <= e; i++) {
		if ((t[i] | 0x20) != 'n' || (i > 0 && is_alpha((unsigned char)t[i - 1])) ||
		    strncasecmp(t + i, "number of ", 10) != 0)
			continue;
		q = i + 10;
		for (int k = 0; k < 3 && q < e; k++) {
			size_t wl = word_len(t + q, e - q);
			if (wl == 0)
				break;
			if (noun_unit(f, t + q, wl))
				return true;
			q += wl + 1;
		}
		return false;
	}
	if (subject_head(sc, f))
		return true;
	/* the subject right before: "expects completions to fall to about
	 * 14,000", "deliveries will reach 500,000" */
	if (verb_subject_before(sc, e, verbs, COUNT(subject_verbs), f))
		return true;
	/* "Calls to the SES more than doubled overnight, to 3,100": a plural
	 * noun opening the sentence and a verb of change later in its clause */
	{
		size_t wl = word_len(t, e);
		nf_singular_form sf;
		if (wl > 2 && is_upper((unsigned char)t[0]) && nf_singular(t, wl, &sf) &&
		    sf.stem == t && !nf_mass_noun(t, wl) &&
		    !in_list(t, wl, not_counted_subjects, COUNT(not_counted_subjects))) {
			for (q = wl; q < e && t[q] != ';';) {
				size_t vl;
				while (q < e && !is_alpha((unsigned char)t[q]))
					q++;
				vl = word_len(t + q, e - q);
				if (vl == 0)
					break;
				if (in_list(t + q, vl, verbs, COUNT(subject_verbs)) &&
				    !in_list(t + q, vl, (const char *const[]){ "will", "are", "were", "was" }, 4))
					return count_unit(f, &sf);
				q += vl;
			}
		}
	}
	/* the subject: at most three words, the last a plural noun, then a verb */
	q = 0;
	for (int k = 0; k < 4 && q < e; k++) {
		size_t wl = word_len(t + q, e - q);
		nf_singular_form sf;
		if (wl == 0)
			return false;
		if (k < 3 && q + wl + 1 < e && t[q + wl] == ' ' &&
		    nf_singular(t + q, wl, &sf) && !nf_mass_noun(t + q, wl) &&
		    !in_list(t + q, wl, not_counted_subjects, COUNT(not_counted_subjects))) {
			size_t v = q + wl + 1, vl = word_len(t + v, e - v);
			if (in_list(t + v, vl, verbs, COUNT(subject_verbs))) {
				if (is_upper((unsigned char)t[q]) && q == 0 && sf.stem == t + q) {
					return count_unit(f, &sf);
				}
				return noun_unit(f, t + q, wl);
			}
		}
		if (k > 0 && !in_list(t + q, wl, skip, COUNT(skip)) && !is_alpha((unsigned char)t[q]))
			return false;
		q += wl;
		if (q >= e || t[q] != ' ')
			return false;
		q++;
	}
	return false;
}

/* Skip a determiner after "of" ("the", "its", "his", "these") and a
 * word that picks a run of them ("first", "last", "past", "next"):
 * "two of his first seven league matches". */
static bool
l_the(const struct scan *sc, size_t *p)
{
	static const char *const dets[] = {
		"the", "its", "their", "these", "those", "our", "his", "her", "my", "your",
	};
	static const char *const runs[] = {
		"first", "last", "past", "next", "previous", "final", "opening", "latest",
	};

	for (size_t i = 0; i < COUNT(dets); i++) {
		size_t l = word_is(sc->text + *p, sc->n - *p, dets[i]);
		if (l > 0 && *p + l < sc->n && sc->text[*p + l] == ' ') {
			*p += l + 1;
			break;
		}
	}
	for (size_t i = 0; i < COUNT(runs); i++) {
		size_t l = word_is(sc->text + *p, sc->n - *p, runs[i]);
		if (l > 0 && *p + l < sc->n && sc->text[*p + l] == ' ') {
			*p += l + 1;
			break;
		}
	}
	return true;
}

static void
copy_unit(nf_figure *f, const nf_figure *g)
{
	f->inferred = true;
	f->kind = g->kind;
	f->unit = g->unit;
	f->unit_len = g->unit_len;
	f->unit_suffix = g->unit_suffix;
}

/* ---- antecedents across sentences (see figures.h, "Per document") ------ */

/* The scale word written in the match of f: 3 thousand, 6 million ("m"),
 * 9 billion ("bn"), 12 trillion, 4 万, 8 亿; 0 when none. */
static int
scale_written(const struct scan *sc, const nf_figure *f)
{
	static const struct { const char *w; int pow10; } words[] = {
		{ "thousand", 3 }, { "million", 6 }, { "billion", 9 }, { "trillion", 12 },
		{ "bn", 9 }, { "tn", 12 }, { "m", 6 }, { "万", 4 }, { "萬", 4 }, { "亿", 8 },
		{ "億", 8 },
	};
	const char *m = sc->text + f->start;
	size_t l = f->end - f->start;

	/* one pass over the (short) match: a scale word starts with one of
	 * t m b or a Han character */
	for (size_t i = 0; i < l; i++) {
		unsigned char c = (unsigned char)m[i];
		if (c != 't' && c != 'm' && c != 'b' && c < 0xE4)
			continue;
		if (c < 0x80 && i > 0 && is_alpha((unsigned char)m[i - 1]))
			continue;   /* inside a word */
		for (size_t k = 0; k < COUNT(words); k++) {
			size_t wl = strlen(words[k].w);
			if (wl > l - i || memcmp(m + i, words[k].w, wl) != 0)
				continue;
			/* "408m" glued to digits, not the m of a word */
			if (wl == 1 && !(i > 0 && is_digit((unsigned char)m[i - 1]) &&
			    (i + 1 == l || !is_alpha((unsigned char)m[i + 1]))))
				continue;
			return words[k].pow10;
		}
	}
	return 0;
}

/* Whether unit[0..len) is a named metric's ("PUE", "P/E"). */
static bool
metric_unit(const char *unit, size_t len)
{
	for (size_t i = 0; i < COUNT(metrics); i++)
		if (strlen(metrics[i].unit) == len && memcmp(metrics[i].unit, unit, len) == 0)
			return true;
	return false;
}

/* Whether value a is near b: within a factor of 3, or of 50 when both
 * are written with the same scale word. */
static bool
near_in_size(double a, double b, int scale_a, int scale_b)
{
	double r;

	if (a <= 0 || b <= 0)
		return false;
	r = a > b ? a / b : b / a;
	return r <= 3 || (scale_a != 0 && scale_a == scale_b && r <= 50);
}

/* "scored twice to take his league tally to 15": a sports tally before
 * the number counts what the sentence says was scored (goals, tries,
 * wickets, medals, points); false when it does not say. */
static bool
tally_noun(const struct scan *sc, nf_figure *f)
{
	static const struct { const char *cue; nf_singular_form unit; } kinds[] = {
		{ "goal", { "goal", 4, "" } }, { "scored", { "goal", 4, "" } },
		{ "netted", { "goal", 4, "" } }, { "striker", { "goal", 4, "" } },
		{ "tries", { "try", 3, "" } },
		{ "wicket", { "wicket", 6, "" } }, { "medal", { "medal", 5, "" } },
		{ "point", { "point", 5, "" } },
	};

	if (memmem(sc->text, f->qual_start, "tally", 5) == NULL)
		return false;
	for (size_t i = 0; i < COUNT(kinds); i++)
		if (memmem(sc->text, sc->n, kinds[i].cue, strlen(kinds[i].cue)) != NULL)
			return count_unit(f, &kinds[i].unit);
	return false;
}

/* Whether a word before pos names an amount, not a counted thing
 * ("Profits rose to 1,200", "the index hit 4,000"). */
static bool
amount_before(const struct scan *sc, size_t pos)
{
	static const char *const amounts[] = {
		"profit", "revenue", "income", "turnover", "price", "cost", "value",
		"index", "rate", "score", "GDP", "output", "spending", "budget", "debt",
	};
	size_t e = pos;

	while (e > 0) {
		size_t b;
		while (e > 0 && !is_alpha((unsigned char)sc->text[e - 1]))
			e--;
		b = e;
		while (b > 0 && is_alpha((unsigned char)sc->text[b - 1]))
			b--;
		if (b < e && (in_list(sc->text + b, e - b, not_counted_subjects, COUNT(not_counted_subjects)) ||
		    in_list(sc->text + b, e - b, amounts, COUNT(amounts))))
			return true;
		e = b;
	}
	return false;
}

/* Give f the unit of the antecedent x of an earlier sentence. */
static void
carry_unit(nf_figure *f, const nf_figure_antecedent *x)
{
	f->inferred = true;
	f->kind = x->kind;
	f->unit = x->unit;
	f->unit_len = strlen(x->unit);
	f->unit_suffix = "";
}

/* Learn where the sentence is (once per sentence): a new paragraph
 * clears the carry; prev is the carry as the sentence found it. */
static nf_figure_doc *
carry_sync(const struct scan *sc)
{
	nf_figure_doc *doc = sc->opts->doc;

	if (doc == NULL || doc->synced)
		return doc;
	doc->synced = true;
	if (doc->where != NULL)
		doc->where(doc->where_ctx, &doc->article, &doc->para);
	if (doc->article != doc->carry_article || doc->para != doc->carry_para) {
		doc->ncarry = 0;
		doc->carry_article = doc->article;
		doc->carry_para = doc->para;
	}
	doc->nprev = doc->ncarry;
	memcpy(doc->prev, doc->carry, doc->ncarry * sizeof *doc->carry);
	return doc;
}

/* Of the paragraph's earlier sentences, the antecedent of kind nearest
 * in size to f (metric: quantities in a named metric; else counts); NULL
 * when none is near.  first: the most recent count no smaller than f,
 * whatever its size ("six voted for the cut. Two wanted to hold"). */
static const nf_figure_antecedent *
carry_find(const struct scan *sc, const nf_figure *f, nf_figure_kind kind, bool first)
{
	const nf_figure_doc *doc = carry_sync(sc);
	const nf_figure_antecedent *best = NULL;
	double v = nf_decimal_to_double(f->value), best_r = 0;
	int scale;

	if (doc == NULL || doc->nprev == 0)
		return NULL;
	scale = scale_written(sc, f);
	for (size_t i = doc->nprev; i-- > 0;) {
		const nf_figure_antecedent *x = &doc->prev[i];
		double r;
		if (x->kind != kind || x->value <= 0)
			continue;
		/* the count of the sentence just before, no smaller and not
		 * twenty times larger ("Five admitted ..." after "55,000
		 * packs" names a channel) */
		if (first)
			return x->value >= v && x->value <= 20 * v && x->sent == doc->sentno - 1 &&
			    strcmp(x->unit, "thousand") != 0 && strcmp(x->unit, "million") != 0 ? x : NULL;
		/* a small count across sentences is more often a rank or a
		 * score ("slipped to six", "a total of 16 training days") */
		if (kind == NF_FIG_COUNT && v < 100 && scale == 0)
			return NULL;
		if (!near_in_size(v, x->value, scale, x->scale))
			continue;
		r = v > x->value ? v / x->value : x->value / v;
		if (best == NULL || r < best_r) {
			best = x;
			best_r = r;
		}
	}
	return best;
}

/*
 * "a PUE of 1.25 or lower, down from the 1.3 required", "a P/E of 14,
 * below the sector's 18", "P/E ratios of 28, 21 and 17", and in the next
 * sentence "must get below 1.4": a bare number (decimals too) after a
 * bound, a word of comparison or a list's comma takes the named metric of
 * a figure before it, in the sentence or the paragraph, near in size.
 */
static bool
metric_anaphora(const struct scan *sc, nf_figure *items, const bool *bare, size_t k)
{
	static const char *const cues[] = {
		"from", "to", "below", "above", "under", "over", "against", "than", "of",
		"at", "and", "or", "vs", "versus", "the", "average", "an", "a",
	};
	nf_figure *f = &items[k];
	const nf_figure *best = NULL;
	const nf_figure_antecedent *x;
	double v = nf_decimal_to_double(f->value), best_r = 0;
	size_t b, e, p = f->end;

	if (v <= 0 || f->qualifier == NF_QUAL_RANGE)
		return false;
	/* a bound ("below 1.4"), a cue word, a possessive or a comma before */
	if (f->qual_start == f->start) {
		size_t c = f->start;
		while (c > 0 && sc->text[c - 1] == ' ')
			c--;
		if (!(c > 0 && sc->text[c - 1] == ',') &&
		    !(c > 2 && sc->text[c - 2] == '\'' && sc->text[c - 1] == 's') &&
		    !word_before_is(sc, f->start, cues, COUNT(cues)))
			return false;
	}
	/* and no noun of its own after it */
	if (p + 1 < sc->n && sc->text[p] == ' ' && is_alpha((unsigned char)sc->text[p + 1])) {
		b = p + 1;
		for (e = b; e < sc->n && is_alpha((unsigned char)sc->text[e]);)
			e++;
		if (!in_list(sc->text + b, e - b, function_words, COUNT(function_words)) &&
		    !(e - b > 3 && strncmp(sc->text + e - 2, "ed", 2) == 0))
			return false;
	}
	for (size_t i = 0; i < k; i++) {
		const nf_figure *g = &items[i];
		double r, w;
		if (bare[i] || g->kind != NF_FIG_QUANTITY || !metric_unit(g->unit, g->unit_len))
			continue;
		w = nf_decimal_to_double(g->value);
		if (!near_in_size(v, w, 0, 0))
			continue;
		r = v > w ? v / w : w / v;
		if (best == NULL || r < best_r) {
			best = g;
			best_r = r;
		}
	}
	if (best != NULL) {
		copy_unit(f, best);
		return true;
	}
	/* from a sentence before, only after a bound or a word of comparison
	 * ("must get below 1.4"; not "took his tally to 18") */
	if (f->qual_start == f->start && !word_before_is(sc, f->start, (const char *const[]){
	    "than", "against", "below", "above", "under", "over", "versus", "vs" }, 8))
		return false;
	if (amount_before(sc, f->qual_start) ||
	    (x = carry_find(sc, f, NF_FIG_QUANTITY, false)) == NULL)
		return false;
	carry_unit(f, x);
	return true;
}

/* Keep the counts and metrics of the sentence (items[0..len)) as the
 * antecedents of the next sentences of its paragraph. */
static void
carry_keep(const struct scan *sc, const nf_figure *items, size_t len)
{
	nf_figure_doc *doc = NULL;

	for (size_t i = 0; i < len; i++) {
		const nf_figure *f = &items[i];
		nf_figure_antecedent *x;
		size_t ul = f->unit_len + strlen(f->unit_suffix);
		if (!(f->kind == NF_FIG_COUNT || (f->kind == NF_FIG_QUANTITY &&
		    metric_unit(f->unit, f->unit_len))) || ul >= sizeof x->unit ||
		    f->qualifier == NF_QUAL_RANGE)
			continue;
		if (doc == NULL)
			doc = carry_sync(sc);
		if (doc->ncarry == NF_FIGURE_CARRY) {
			memmove(doc->carry, doc->carry + 1, (NF_FIGURE_CARRY - 1) * sizeof *doc->carry);
			doc->ncarry--;
		}
		x = &doc->carry[doc->ncarry++];
		x->kind = f->kind;
		x->sent = doc->sentno;
		x->value = nf_decimal_to_double(f->value);
		x->scale = scale_written(sc, f);
		memcpy(x->unit, f->unit, f->unit_len);
		memcpy(x->unit + f->unit_len, f->unit_suffix, ul - f->unit_len);
		x->unit[ul] = '\0';
		x->measure[0] = '\0';
		/* 156起: the measure word that ends a Chinese count's match */
		if (f->end - f->start > 3 && (unsigned char)sc->text[f->end - 3] >= 0xE0 &&
		    nf_measure_word_match(sc->text + f->end - 3, 3, &(const char *){ NULL }) == 3)
			memcpy(x->measure, sc->text + f->end - 3, 3), x->measure[3] = '\0';
	}
}

/*
 * "对应市盈率分别为28倍、21倍和17倍", "市盈率25倍，低于行业平均的32倍": a
 * multiple (N倍, no verb of change) after a named metric's multiple of the
 * sentence, near it in size, is that metric too, not a percentage.
 * Changes items[k] in place.
 */
static void
metric_times_zh(const struct scan *sc, nf_figure *items, size_t k)
{
	nf_figure *f = &items[k];
	double v;

	if (f->kind != NF_FIG_PERCENT || f->end - f->start < 4 || f->qualifier == NF_QUAL_RANGE ||
	    !zh_ends_with(sc->text, f->end, "倍") || change_verb_zh(sc, f->start))
		return;
	v = nf_decimal_to_double(f->value) / 100;
	for (size_t i = k; i > 0; i--) {
		const nf_figure *g = &items[i - 1];
		double w;
		if (g->kind != NF_FIG_QUANTITY || !metric_unit(g->unit, g->unit_len) ||
		    !zh_ends_with(sc->text, g->end, "倍"))
			continue;
		w = nf_decimal_to_double(g->value);
		if (!near_in_size(v, w, 0, 0))
			return;
		f->kind = NF_FIG_QUANTITY;
		f->value = nf_decimal_scale(f->value, -2);
		set_unit(f, g->unit, g->unit_len, g->unit_suffix);
		return;
	}
}

/* Nouns a number with 万 or 亿 counts with no measure word (besides the
 * nouns for people): 参数规模超过1万亿, 500万像素. */
static const char *const zh_counted_bare[] = {
	"参数", "像素", "像素点", "畫素", "人口", "下载量", "访问量", "播放量", "阅读量", "销量",
	"订单量", "人次", "网民", "粉丝", "用户", "月活", "日活", "观影人次", "客流",
	"客流量", "旅客",
};

static bool
in_zh_list(const char *w, size_t l, const char *const *list, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (strlen(list[i]) == l && memcmp(w, list[i], l) == 0)
			return true;
	return false;
}

/* Words that make a number after them an amount of money in Chinese
 * text, where 元 is often left out: 营收超过100亿, 估值达50亿. */
static const char *const zh_money_nouns[] = {
	"营收", "收入", "利润", "净利", "亏损", "市值", "估值", "融资", "投资", "理财",
	"资金", "金额", "成交额", "销售额", "交易额", "营业额", "产值", "生产总值",
	"GDP", "总额", "预算", "税收", "资产", "负债", "贷款", "存款", "费用",
	"成本", "补贴", "奖金", "票房", "身价", "年薪", "薪水", "工资", "收益",
	"盈利", "市场规模", "产业规模", "总价", "售价", "房价", "罚款", "赔偿",
	"募资", "募集", "拨款", "支出", "开支", "花费", "耗资", "造价", "总投资",
};

/*
 * A Chinese number with 万 or 亿 and no unit: money when a money word
 * stands before it in its clause (营收超过100亿, 票房破10亿: CNY, or USD
 * where 美元 is the clause's currency), a count when a noun stands right
 * before it (参数规模超过1万亿, 用户数达到1.2亿, 人口1400万).  A number
 * without 万 or 亿 stays unreported (it needs a measure word).
 */
/* The measure word after the bare number f joins its match, and its
 * qualifier is read again (起 was taken for "from"); true. */
static bool
measure_taken(const struct scan *sc, nf_figure *f)
{
	nf_qualifier a;
	size_t qs;

	f->end += 3;
	f->qualifier = qualifier_before(sc, f->start, &qs);
	f->qual_start = qs;
	a = qualifier_after(sc, f->end);
	if (a != NF_QUAL_NONE && (f->qualifier == NF_QUAL_NONE || a == NF_QUAL_APPROX))
		f->qualifier = a;
	return true;
}

static bool
resolve_bare_zh(const struct scan *sc, nf_figure *items, const bool *bare, size_t k)
{
	nf_figure *f = &items[k];
	const char *t = sc->text;
	size_t b, cs, cl, l;
	uint32_t last = cp_before(t, f->end, NULL);
	const char *noun;

	/* 融资事件156起，其中杭州企业获投27起: 起 or 宗 (of events, cases)
	 * with no noun borrows the noun of the count before it with the same
	 * measure word (in the sentence, else in the paragraph; not 层 and the
	 * like: 五层是家装公司 names a floor) */
	if (f->end + 3 <= sc->n && (starts(t + f->end, sc->n - f->end, "起") ||
	    starts(t + f->end, sc->n - f->end, "宗")) &&
	    (l = nf_measure_word_match(t + f->end, sc->n - f->end, &noun)) == 3 &&
	    noun != NULL && noun[0] == '\0') {
		for (size_t i = k; i > 0; i--) {
			const nf_figure *g = &items[i - 1];
			if (!bare[i - 1] && g->kind == NF_FIG_COUNT && g->end - g->start > 3 &&
			    memcmp(t + g->end - 3, t + f->end, 3) == 0) {
				copy_unit(f, g);
				return measure_taken(sc, f);
			}
		}
		if (carry_sync(sc) != NULL)
			for (size_t i = sc->opts->doc->nprev; i-- > 0;) {
				const nf_figure_antecedent *x = &sc->opts->doc->prev[i];
				if (x->kind == NF_FIG_COUNT && memcmp(x->measure, t + f->end, 3) == 0) {
					carry_unit(f, x);
					return measure_taken(sc, f);
				}
			}
		return false;
	}

	if (last != 0x4E07 && last != 0x4EBF && last != 0x842C && last != 0x5104)
		return false;   /* not 万 亿 萬 億 */
	if (f->end < sc->n && is_alpha((unsigned char)t[f->end]))
		return false;   /* "100亿tokens": a noun we do not know */
	/* "500万像素", "1000万用户", "18万金币": the noun right after (not
	 * a size class, 百亿基金: the number begins with a digit) */
	if ((l = nf_zh_head_noun_at(t + f->end, sc->n - f->end)) > 3 &&
	    (digit_at(t + f->start, sc->n - f->start) ||
	     (unsigned)(cjk_numeral_value(cp_at(t + f->start, sc->n - f->start, NULL)) - 1) < 9)) {
		f->kind = NF_FIG_COUNT;
		set_unit(f, t + f->end, l, "");
		f->end += l;
		return true;
	}
	/* "超过1500万的注册用户", "逾百亿的投资": the noun after 的 */
	if (starts(t + f->end, sc->n - f->end, "的") && !(f->start >= 3 &&
	    zh_char_in("几数上", t + f->start - 3, 3))) {   /* 几十万的资金: vague */
		size_t ns = f->end + 3, ne = zh_noun(sc, ns, &ns), q = f->end + 3, h;
		/* past a modifier of up to three characters: 的注册用户 */
		for (int c = 0; ne <= ns && c < 4 && q + 6 <= sc->n && nf_is_han(cp_at(t + q, sc->n - q, NULL)); c++) {
			if ((h = nf_zh_head_noun_at(t + q, sc->n - q)) >= 6) {
				ns = q;
				ne = q + h;
				break;
			}
			q += 3;
		}
		if (ne > ns && ne - ns <= 18) {
			if (zh_people_noun(t + ns, ne - ns) || in_zh_list(t + ne - 6, 6, zh_counted_bare,
			    COUNT(zh_counted_bare))) {
				f->kind = NF_FIG_COUNT;
				set_unit(f, t + ns, ne - ns, "");
				f->inferred = true;
				return true;
			}
			for (size_t i = 0; i < COUNT(zh_money_nouns); i++)
				if (strlen(zh_money_nouns[i]) == ne - ns && memcmp(t + ns, zh_money_nouns[i], ne - ns) == 0) {
					f->kind = NF_FIG_MONEY;
					set_unit(f, "CNY", 3, "");
					f->inferred = true;
					return true;
				}
		}
	}
	/* the clause before: back to a comma, a full stop or a digit */
	for (b = f->qual_start; b > 0 && f->qual_start - b < 60;) {
		size_t a;
		uint32_t c = cp_before(t, b, &a);
		if (c == 0xFF0C || c == 0x3002 || c == 0xFF1B || c == 0xFF1A || c == ',' ||
		    c == ';' || c == 0x3001 || (c < 0x80 && is_digit((unsigned char)c)))
			break;
		b = a;
	}
	/* "44亿澳门元": a currency word we do not know follows */
	if (f->end + 12 <= sc->n && (memmem(t + f->end, 12, "元", 3) != NULL ||
	    memmem(t + f->end, 12, "币", 3) != NULL))
		return false;
	for (size_t i = 0; i < COUNT(zh_money_nouns); i++) {
		l = strlen(zh_money_nouns[i]);
		if (memmem(t + b, f->qual_start - b, zh_money_nouns[i], l) != NULL) {
			bool usd = memmem(t + b, f->end - b, "美元", 6) != NULL;
			f->kind = NF_FIG_MONEY;
			set_unit(f, usd ? "USD" : "CNY", 3, "");
			f->inferred = true;
			return true;
		}
	}
	/* a count: "居民1400万。", "参数规模超过1万亿，" (the number ends its
	 * clause, and the noun names people or a measured quantity) */
	if (f->end < sc->n && nf_is_han(cp_at(t + f->end, sc->n - f->end, NULL)))
		return false;
	/* 接种人数超过1000万, 参保人数达1.2亿: a number of people */
	{
		static const char *const links[] = { "达到", "已达", "达", "为", "是", "有", "约" };
		size_t q = f->qual_start;
		for (size_t i = 0; i < COUNT(links); i++)
			if (zh_ends_with(t, q, links[i])) {
				q -= strlen(links[i]);
				break;
			}
		if (zh_ends_with(t, q, "人数")) {
			f->kind = NF_FIG_COUNT;
			set_unit(f, "人", 3, "");
			f->inferred = true;
			return true;
		}
	}
	if ((cl = zh_noun_before(sc, f->qual_start, &cs)) > 0 && cs >= b &&
	    (zh_people_noun(t + cs, cl) || in_zh_list(t + cs, cl, zh_counted_bare,
	    COUNT(zh_counted_bare)) || zh_ends_with(t, cs + cl, "量"))) {
		f->kind = NF_FIG_COUNT;
		set_unit(f, t + cs, cl, "");
		f->inferred = true;
		return true;
	}
	return false;
}

/* The unit of the sentence's count nearest to items[k] (a figure with
 * its own noun, not another bare number); false when it has none. */
static bool
borrow_count(nf_figure *items, const bool *bare, size_t len, size_t k)
{
	for (size_t d = 1; d < len; d++) {
		if (d <= k && !bare[k - d] && items[k - d].kind == NF_FIG_COUNT &&
		    !items[k - d].inferred) {
			copy_unit(&items[k], &items[k - d]);
			return true;
		}
		if (k + d < len && !bare[k + d] && items[k + d].kind == NF_FIG_COUNT &&
		    !items[k + d].inferred) {
			copy_unit(&items[k], &items[k + d]);
			return true;
		}
	}
	return false;
}


/*
 * Give the bare number items[k] a kind from its neighbours; false to drop
 * it.  bare[] marks the other bare numbers (not antecedents).
 */
static bool resolve_bare_zh(const struct scan *sc, nf_figure *items, const bool *bare,
    size_t k);
static bool
resolve_bare(const struct scan *sc, nf_figure *items, const bool *bare, size_t len, size_t k)
{
	nf_figure *f = &items[k];
	size_t p = f->end;

	if (f->qual_start >= 3 && (unsigned char)sc->text[f->qual_start - 1] >= 0x80 &&
	    nf_is_han(cp_before(sc->text, f->qual_start, NULL)))
		return resolve_bare_zh(sc, items, bare, k);
	if (!year_like(f) && metric_anaphora(sc, items, bare, k))
		return true;
	/* "closed down 1.2%, or 45.6 points, at 3,712.4": after a move in
	 * points, the level after "at" or "to" is in points too */
	if (word_before_is(sc, f->qual_start, (const char *const[]){ "at", "to" }, 2))
		for (size_t i = 0; i < k; i++)
			if (!bare[i] && items[i].kind == NF_FIG_QUANTITY && items[i].unit_len == 5 &&
			    memcmp(items[i].unit, "point", 5) == 0) {
				copy_unit(f, &items[i]);
				f->unit_text = NULL;
				f->unit_text_len = 0;
				return true;
			}
	if (year_like(f) || f->value.exp < 0 || f->value.mant == 0)
		return false;
	/* "from 6 to 9 January": the start of a range of something else
	 * (but "fell by 12,000 to 219,000" is a change and its result) */
	if ((p + 4 < sc->n && strncmp(sc->text + p, " to ", 4) == 0 &&
	     !word_before_is(sc, f->qual_start, (const char *const[]){ "by" }, 1)) ||
	    (p + 1 < sc->n && (sc->text[p] == '-' || starts(sc->text + p, sc->n - p, "–")) ))
		return false;
	/* "one in 13 of the cards", "3 per 100": ratios, not counts ("won
	 * convictions in 31 of them" is no ratio: no number before "in") */
	{
		static const char *const ratio[] = { "per", "every" };
		size_t b, e;
		if (word_before_is(sc, f->start, ratio, COUNT(ratio)))
			return false;
		if (word_back(sc, f->start, &b, &e) && e - b == 2 &&
		    strncasecmp(sc->text + b, "in", 2) == 0) {
			size_t b2 = b;
			while (b2 > 0 && sc->text[b2 - 1] == ' ')
				b2--;
			if (b2 > 0 && (is_digit((unsigned char)sc->text[b2 - 1]) ||
			    (word_back(sc, b, &b2, &e) && nf_number_parse(sc->text + b2, e - b2,
			    NF_NUM_WORDS, &(nf_number){ 0 }))))
				return false;
		}
	}
	/* "25 of the 27 projects", "9 of them" */
	if (p + 4 <= sc->n && strncmp(sc->text + p, " of ", 4) == 0) {
		size_t q = p + 4;
		if (word_is(sc->text + q, sc->n - q, "them") || word_is(sc->text + q, sc->n - q, "those") ||
		    word_is(sc->text + q, sc->n - q, "whom") || word_is(sc->text + q, sc->n - q, "which")) {
			for (size_t i = k; i > 0; i--)
				if (!bare[i - 1] && items[i - 1].kind == NF_FIG_COUNT) {
					copy_unit(f, &items[i - 1]);
					return true;
				}
			return plural_before(sc, f);
		}
		if (k + 1 < len && !bare[k + 1] && items[k + 1].kind == NF_FIG_COUNT) {
			size_t w = q;
			if ((l_the(sc, &w)) && items[k + 1].qual_start == w) {
				copy_unit(f, &items[k + 1]);
				return true;
			}
		}
		/* "repaired 140 of about 600 kilometres": a part of the
		 * quantity right after, in its unit */
		if (k + 1 < len && !bare[k + 1] && items[k + 1].kind == NF_FIG_QUANTITY &&
		    items[k + 1].qual_start == q) {
			copy_unit(f, &items[k + 1]);
			f->unit_text = items[k + 1].unit_text;
			f->unit_text_len = items[k + 1].unit_text_len;
			return true;
		}
		/* "two of the district's start-ups", "three of its plants" */
		return noun_of_after(sc, q, f);
	}
	if (and_more(sc, items, bare, k))
		return true;
	/* "a crowd of 60,408", "a population of about 44 million" */
	{
		size_t e = f->qual_start;
		while (e > 0 && sc->text[e - 1] == ' ')
			e--;
		if (e >= 3 && strncmp(sc->text + e - 3, " of", 3) == 0 &&
		    word_before_is(sc, e - 3, people_bodies, COUNT(people_bodies))) {
			static const nf_singular_form person = { "person", 6, "" };
			return count_unit(f, &person);
		}
	}
	/* "has 1.2tn parameters, of which 78bn are active", "1,200 staff, of
	 * whom 300 ...": a part of the plural noun before the comma ("8,000
	 * interviews with businesses, of which 2,700 were UK businesses"
	 * counts businesses), else of the count before */
	{
		size_t b, e;
		if (k > 0 && word_back(sc, f->qual_start, &b, &e) &&
		    ((e - b == 5 && strncasecmp(sc->text + b, "which", 5) == 0) ||
		     (e - b == 4 && strncasecmp(sc->text + b, "whom", 4) == 0)) &&
		    word_back(sc, b, &b, &e) && e - b == 2 && strncasecmp(sc->text + b, "of", 2) == 0) {
			const nf_figure *g = &items[k - 1];
			if (b >= 2 && sc->text[b - 1] == ' ' && sc->text[b - 2] == ',' &&
			    word_back(sc, b - 2, &b, &e) && noun_unit(f, sc->text + b, e - b))
				return true;
			if (g->kind != NF_FIG_COUNT || bare[k - 1])
				return false;
			copy_unit(f, g);
			return true;
		}
	}
	/* "Of the nine members, six voted": the count of the clause before */
	if (k > 0 && !bare[k - 1] && items[k - 1].kind == NF_FIG_COUNT &&
	    of_clause_count(sc, &items[k - 1], f)) {
		copy_unit(f, &items[k - 1]);
		return true;
	}
	/* "Seats: 340": a plural noun as the label */
	if (label_before(sc, f))
		return true;
	/* "sell 30,000 a month": a rate of what the sentence counts */
	{
		const char *per;
		size_t per_len, glued;
		static const char *const make[] = {
			"sell", "sells", "sold", "selling", "deliver", "delivers", "delivered",
			"ship", "ships", "shipped", "produce", "produces", "produced", "make",
			"makes", "build", "builds", "built",
		};
		static const nf_singular_form unit = { "unit", 4, "" };
		if (per_after(sc, p, &per, &per_len, &glued) && (borrow_count(items, bare, len, k) ||
		    subject_noun(sc, f) || plural_before(sc, f) ||
		    /* "we think it can sell 30,000 a month": units of what it makes */
		    (word_before_is(sc, f->qual_start, make, COUNT(make)) && count_unit(f, &unit)))) {
			f->per = per;
			f->per_len = per_len;
			return true;
		}
	}
	/* "against 6.3bn zlotys": a word of its own after the number is a
	 * unit we do not know, so no unit is borrowed */
	if (p + 1 < sc->n && sc->text[p] == ' ' && is_alpha((unsigned char)sc->text[p + 1])) {
		size_t b = p + 1, e = b;
		while (e < sc->n && is_alpha((unsigned char)sc->text[e]))
			e++;
		/* a verb goes on: "with 29 cutting back", "14 joined" */
		bool verb = (e - b > 4 && strncmp(sc->text + e - 3, "ing", 3) == 0) ||
		    (e - b > 3 && strncmp(sc->text + e - 2, "ed", 2) == 0);
		if (!verb && !in_list(sc->text + b, e - b, function_words, COUNT(function_words)))
			return false;
	}
	/* "Of the nine members, six voted for the cut. Two wanted to hold";
	 * "five of the seven voted to hold; two favoured a cut": a number
	 * that opens its sentence or clause before a verb counts what the
	 * count before it counts (one no smaller) */
	if (f->qual_start == 0 || (f->qual_start >= 2 && sc->text[f->qual_start - 1] == ' ' &&
	    sc->text[f->qual_start - 2] == ';')) {
		static const char *const verbs[] = {
			"were", "are", "had", "have", "will", "would", "said", "say", "voted",
		};
		size_t b = p + 1, e = b;
		double v = nf_decimal_to_double(f->value);
		while (e < sc->n && is_alpha((unsigned char)sc->text[e]))
			e++;
		if (p < sc->n && sc->text[p] == ' ' && e > b &&
		    ((e - b > 3 && strncmp(sc->text + e - 2, "ed", 2) == 0) ||
		     in_list(sc->text + b, e - b, verbs, COUNT(verbs)))) {
			const nf_figure_antecedent *x;
			for (size_t i = k; i > 0; i--)
				if (!bare[i - 1] && items[i - 1].kind == NF_FIG_COUNT) {
					if (nf_decimal_to_double(items[i - 1].value) < v)
						break;
					copy_unit(f, &items[i - 1]);
					return true;
				}
			if (f->qual_start == 0 && (x = carry_find(sc, f, NF_FIG_COUNT, true)) != NULL) {
				carry_unit(f, x);
				return true;
			}
		}
	}
	/* "of which 214 were uninhabitable and 38 destroyed": a number after
	 * "and" before a participle counts what the count before it counts */
	if (k > 0 && !bare[k - 1] && items[k - 1].kind == NF_FIG_COUNT &&
	    word_before_is(sc, f->qual_start, (const char *const[]){ "and", "or" }, 2) &&
	    p + 1 < sc->n && sc->text[p] == ' ') {
		size_t b = p + 1, e = b;
		while (e < sc->n && is_alpha((unsigned char)sc->text[e]))
			e++;
		if ((e - b > 3 && strncmp(sc->text + e - 2, "ed", 2) == 0) ||
		    (e - b == 4 && strncmp(sc->text + b, "were", 4) == 0)) {
			copy_unit(f, &items[k - 1]);
			return true;
		}
	}
	/* "won its last five matches and drew two.": a number that ends the
	 * clause after "and" and a verb counts what the count before it in
	 * the sentence counts */
	if (k > 0 && (p >= sc->n || sc->text[p] == '.' || sc->text[p] == ',' || sc->text[p] == ';')) {
		size_t b, e;
		if (word_back(sc, f->qual_start, &b, &e) && !is_upper((unsigned char)sc->text[b]) &&
		    !in_list(sc->text + b, e - b, function_words, COUNT(function_words)) &&
		    !in_list(sc->text + b, e - b, anaphora_cues, COUNT(anaphora_cues)) &&
		    (word_before_is(sc, b, (const char *const[]){ "and", "but" }, 2) ||
		     /* "unbeaten in 12 matches, winning nine" */
		     (e - b > 4 && strncmp(sc->text + e - 3, "ing", 3) == 0 && b >= 2 &&
		      sc->text[b - 1] == ' ' && sc->text[b - 2] == ','))) {
			for (size_t i = k; i > 0; i--)
				if (!bare[i - 1] && items[i - 1].kind == NF_FIG_COUNT) {
					copy_unit(f, &items[i - 1]);
					return true;
				}
		}
	}
	/* "Daily active users averaged 408 million": the plural subject of
	 * the verb right before the number */
	if (word_before_is(sc, f->start, subject_verbs, COUNT(subject_verbs))) {
		size_t qs = f->qual_start;
		bool ok;
		f->qual_start = f->start;
		ok = subject_noun(sc, f);
		f->qual_start = qs;
		if (ok)
			return true;
	}
	/* "double its workforce to 500", "the crowd swelled to 40,000": a
	 * body of people changed to (from, by) the number counts people */
	{
		size_t b, e;
		static const char *const to[] = { "to", "from", "by" };
		if (word_back(sc, f->qual_start, &b, &e) && in_list(sc->text + b, e - b, to, COUNT(to)) &&
		    word_back(sc, b, &b, &e) &&
		    (in_list(sc->text + b, e - b, people_bodies, COUNT(people_bodies)) ||
		     (!is_upper((unsigned char)sc->text[b]) &&
		      word_before_is(sc, b, people_bodies, COUNT(people_bodies))))) {
			static const nf_singular_form person = { "person", 6, "" };
			return count_unit(f, &person);
		}
	}
	/* after from/to/reach/had, "an average of": the unit of the
	 * sentence's figure nearest in size */
	if (word_before_is(sc, f->qual_start, anaphora_cues, COUNT(anaphora_cues)) ||
	    aggregate_of_before(sc, f->qual_start)) {
		static const char *const ranks[] = { "point", "place", "position", "spot", "rank" };
		const nf_figure *best = NULL;
		double v = nf_decimal_to_double(f->value), best_d = 0;
		/* of the figures before it, the one nearest in size: "1,200
		 * delegates from 60 countries, up from 900" counts delegates */
		for (size_t i = k; i > 0; i--) {
			const nf_figure *g = &items[i - 1];
			double d;
			if (bare[i - 1] || g->kind == NF_FIG_PERCENT)
				continue;
			d = fabs(nf_decimal_to_double(g->value));
			if (d == 0)
				continue;
			d = d > v ? d / v : v / d;
			if (best == NULL || d < best_d) {
				best = g;
				best_d = d;
			}
		}
		/* "15 points higher at 4,751", "nine places to 15": a level or a
		 * rank, not a count; a percentage is no antecedent either, nor a
		 * figure fifty times larger or smaller ("£500m ... from 350 to
		 * 400") */
		/* money only for amounts that read as money: "up from 8.2
		 * billion", "to 1.73", not "from 53" days after a price */
		if (best == NULL) {
			const nf_figure_antecedent *x;
			if (subject_noun(sc, f))   /* "The number of stores rose to 1,200" */
				return true;
			if (tally_noun(sc, f))   /* "took his league tally to 15" (goals) */
				return true;
			/* "Traffic reached 10.8 million passengers. ... on course
			 * to pass 13 million": a count of the paragraph before
			 * (not when the sentence speaks of an amount: "Profits
			 * rose to 1,200") */
			if (amount_before(sc, f->qual_start) ||
			    (x = carry_find(sc, f, NF_FIG_COUNT, false)) == NULL)
				return false;
			carry_unit(f, x);
			return true;
		}
		if (best->kind == NF_FIG_MONEY && v < 1000 && f->value.exp >= 0)
			return false;
		if (best->kind == NF_FIG_COUNT && in_list(best->unit, best->unit_len, ranks, COUNT(ranks)))
			return false;
		/* too far in size: what the sentence counts, if it says
		 * ("the number of people in work increased by 296,000 to
		 * 28.52 million") */
		if (best_d > 50)
			return best->kind == NF_FIG_COUNT && subject_noun(sc, f);
		copy_unit(f, best);
		return true;
	}
	return false;
}

/* ---- conversions -------------------------------------------------------- */

/* Whether b restates a: money right after money, in parentheses
 * ("10 billion yuan ($1.47 billion)", "（约合US$5.58 million）"), or after
 * ", or" or "，约合" in another currency ("HK$118.60, or US$15.20"). */
static bool
is_conversion(const struct scan *sc, const nf_figure *a, const nf_figure *b)
{
	static const char *const words[] = {
		"or ", "equivalent to ", "equal to ", "合", "即", "相当于", "折",
	};
	size_t p = a->end, e = b->qual_start;
	bool open = false, other = a->unit_len != b->unit_len ||
	    memcmp(a->unit, b->unit, a->unit_len) != 0;

	if (a->kind != NF_FIG_MONEY || b->kind != NF_FIG_MONEY || e < p)
		return false;
	while (p < e && sc->text[p] == ' ')
		p++;
	if (p < e && sc->text[p] == '(')
		p++, open = true;
	else if (starts(sc->text + p, e - p, "（"))
		p += 3, open = true;
	else if (other && e - p >= 4 && strncmp(sc->text + p, ", or", 4) == 0)
		p += 4, open = true;
	else if (other && starts(sc->text + p, e - p, "，或"))
		p += 6, open = true;
	else if (other && (starts(sc->text + p, e - p, "，") || sc->text[p] == ',') &&
	    (starts(sc->text + e, sc->n - e, "约合") || starts(sc->text + e, sc->n - e, "折合") ||
	     starts(sc->text + e, sc->n - e, "合")))
		p += sc->text[p] == ',' ? 1 : 3, open = true;   /* "3.5亿元，约合＄5000万" */
	if (!open)
		return false;
	while (p < e && sc->text[p] == ' ')
		p++;
	for (size_t i = 0; i < COUNT(words) && p < e; i++)
		if (starts(sc->text + p, e - p, words[i]))
			p += strlen(words[i]);
	while (p < e && sc->text[p] == ' ')
		p++;
	return p == e;
}

/* "新台幣24,990元、28,990元", "港币10元和20元": an amount in 元 with no
 * currency word, listed right after one whose currency word stands before
 * its number, is in that currency. */
static void
list_currency(const struct scan *sc, const nf_figure *prev, nf_figure *f)
{
	static const char *const seps[] = { "、", "，", ",", " ", "和", "与", "與", "及", "或" };
	size_t p = prev->end;

	if (prev->kind != NF_FIG_MONEY || prev->unit_text_len != 3 ||
	    memcmp(prev->unit_text, "元", 3) != 0 || prev->unit_text == sc->text + prev->start ||
	    (prev->unit_len == 3 && memcmp(prev->unit, "CNY", 3) == 0))
		return;
	while (p < f->qual_start) {
		size_t i;
		for (i = 0; i < COUNT(seps); i++)
			if (starts(sc->text + p, f->qual_start - p, seps[i]))
				break;
		if (i == COUNT(seps))
			return;
		p += strlen(seps[i]);
	}
	if (p != f->qual_start || p == prev->end)
		return;
	f->unit = prev->unit;
	f->unit_len = prev->unit_len;
	f->unit_suffix = prev->unit_suffix;
}

/* "从每平方米3万元涨到了5万元", "rose from $50 a share to $55": the
 * figure a rate changed to is a rate of the same denominator (prev is
 * the figure before f, in the same unit, with no comma between). */
static void
rate_to(const struct scan *sc, const nf_figure *prev, nf_figure *f)
{
	static const char *const to[] = { "到", "至", " to " };
	size_t a = prev->end, b = f->qual_start;

	if (prev->per == NULL || prev->kind != f->kind || prev->unit_len != f->unit_len ||
	    memcmp(prev->unit, f->unit, f->unit_len) != 0 || b <= a || b - a > 20 ||
	    memchr(sc->text + a, ',', b - a) != NULL || memmem(sc->text + a, b - a, "，", 3) != NULL)
		return;
	for (size_t i = 0; i < COUNT(to); i++)
		if (memmem(sc->text + a, b - a, to[i], strlen(to[i])) != NULL) {
			f->per = prev->per;
			f->per_len = prev->per_len;
			return;
		}
}

/* ---- the scan ----------------------------------------------------------- */

static int
push(nf_figure_list *out, const nf_figure *f)
{
	if (out->len == out->cap) {
		size_t cap = out->cap ? out->cap * 2 : 16;
		nf_figure *items = realloc(out->items, cap * sizeof *items);
		if (items == NULL)
			return -1;
		out->items = items;
		out->cap = cap;
	}
	out->items[out->len++] = *f;
	return 0;
}

/* Whether a number word starts with the letters a, b (either case). */
static bool
number_pair(unsigned char a, unsigned char b)
{
	static const char pairs[] = "zeontwthfofisiseeielnitehuhamibidotrqu";
	static uint32_t second[26];   /* bit y - 'a' of second[x - 'a'] */
	static bool ready;
	unsigned x = (unsigned)((a | 0x20) - 'a'), y = (unsigned)((b | 0x20) - 'a');

	if (!ready) {
		for (const char *p = pairs; *p != '\0'; p += 2)
			second[p[0] - 'a'] |= 1u << (p[1] - 'a');
		ready = true;
	}
	return x < 26 && y < 26 && (second[x] >> y & 1u);
}

/* Whether w[0..wl) is one of number_starts (indexed by first letter and
 * length on first use: this runs for most words of English text). */
static bool
number_start_word(const char *w, size_t wl)
{
	static bool ready;
	static unsigned char first[26][24], count[26];
	unsigned c = (unsigned)((w[0] | 0x20) - 'a');

	if (!ready) {
		for (size_t i = 0; i < COUNT(number_starts); i++) {
			unsigned k = (unsigned)(number_starts[i].w[0] - 'a');
			first[k][count[k]++] = (unsigned char)i;
		}
		ready = true;
	}
	if (c >= 26 || wl > 10)
		return false;
	for (unsigned i = 0; i < count[c]; i++) {
		const struct sized_word *sw = &number_starts[first[c][i]];
		if (sw->len == wl && eq_fold(w, sw->w, wl))
			return true;
	}
	return false;
}

/* Whether a figure may start at pos (cheap test on the first bytes). */
static bool
may_start(const char *s, size_t n)
{
	unsigned char c = (unsigned char)s[0];

	if (is_digit(c) || c == '$')
		return true;
	if (is_alpha(c)) {
		/* number words, "a dozen", "half a million", codes (USD, US$) */
		size_t wl = 1;
		if (n > 9 && (c | 0x20) == 'a' && s[1] == 'n' && s[2] == ' ' &&
		    strncasecmp(s + 3, "eighth", 6) == 0)
			return true;   /* "an eighth" */
		if (n > 2 && is_alpha((unsigned char)s[1]) && !is_upper((unsigned char)s[1]) &&
		    !number_pair(c, (unsigned char)s[1]))
			return false;   /* "the", "Hangzhou": no number word starts so */
		while (wl < n && is_alnum((unsigned char)s[wl]))
			wl++;
		if (wl == 1) {
			if (n > 1 && s[1] == '$')
				return true;
			if ((c | 0x20) != 'a' || n <= 2 || s[1] != ' ')
				return false;
			/* "a dozen", "a half", "a third", "a million", "a quarter",
			 * "a percentage point"; "a fifth", "a sixth", "a ninth" */
			switch (s[2] | 0x20) {
			case 'd': case 'h': case 't': case 'm': case 'b': case 'q': case 'p':
				return true;
			case 'f':
				return n >= 7 && strncasecmp(s + 2, "fifth", 5) == 0;
			case 'n':
				return n >= 7 && strncasecmp(s + 2, "ninth", 5) == 0;
			case 's':
				return (n >= 7 && strncasecmp(s + 2, "sixth", 5) == 0) ||
				    (n >= 9 && strncasecmp(s + 2, "seventh", 7) == 0);
			}
			return false;
		}
		if (is_upper(c) && is_upper((unsigned char)s[1]) &&
		    (wl <= 3 || (is_upper((unsigned char)s[2]) && is_digit((unsigned char)s[3]))))
			return true;
		if (wl > 4 && (s[wl - 1] | 0x20) == 's')
			wl--;   /* "hundreds", "thousands" */
		return number_start_word(s, wl);
	}
	if (c >= 0x80) {
		uint32_t cp = cp_at(s, n, NULL);
		return cjk_numeral_value(cp) >= 0 || (cp >= 0xFF10 && cp <= 0xFF19) ||
		    cp == 0x20AC || cp == 0xA3 || cp == 0xA5 || cp == 0xFFE5 || cp == 0xFFE1 ||
		    cp == 0xFF04 || cp == 0x20B9 || cp == 0x20A9 ||
		    cp == 0x4EBA || cp == 0x65B0 ||   /* 人民币 新台币 */
		    cp == 0x534A || cp == 0x7FFB ||   /* 半数 过半, 翻番 */
		    ((cp == 0x6570 || cp == 0x51E0 || cp == 0x4E0A) &&   /* 数十 几百 上千 */
		     n >= 6 && cjk_numeral_value(cp_at(s + 3, n - 3, NULL)) >= 10);
	}
	return false;
}

/* Whether the text has a ¥ (C2 A5) or ￥ (EF BF A5). */
static bool
has_yen_sign(const char *s, size_t n)
{
	const char *p = s, *end = s + n;

	while ((p = memchr(p, 0xA5, (size_t)(end - p))) != NULL) {
		if ((p - s >= 1 && (unsigned char)p[-1] == 0xC2) ||
		    (p - s >= 2 && (unsigned char)p[-1] == 0xBF && (unsigned char)p[-2] == 0xEF))
			return true;
		p++;
	}
	return false;
}

/* Words in the text that say which currency "¥" is. */
static void
money_context(struct scan *sc)
{
	static const char *const yuan[] = { "yuan", "RMB", "元", "人民币", "renminbi" };
	static const char *const yen[] = { "yen", "日元", "Japan", "日本" };

	sc->money.dollar = sc->opts->dollar;
	sc->money.chinese = sc->opts->chinese;
	if (!has_yen_sign(sc->text, sc->n))
		return;
	for (size_t i = 0; i < COUNT(yuan); i++)
		if (memmem(sc->text, sc->n, yuan[i], strlen(yuan[i])) != NULL)
			sc->money.yuan = true;
	for (size_t i = 0; i < COUNT(yen); i++)
		if (memmem(sc->text, sc->n, yen[i], strlen(yen[i])) != NULL)
			sc->money.yen = true;
}

static int scan(const struct scan *scp, nf_figure_list *out);

/* Whether pos is inside a URL: the run of text without spaces around it
 * holds "://" or starts with "www." (numbers in a URL are no figures). */
static bool
in_url(const struct scan *sc, size_t pos)
{
	size_t b = pos;

	while (b > 0 && pos - b < 300 && sc->text[b - 1] != ' ' && sc->text[b - 1] != '\n' &&
	    (unsigned char)sc->text[b - 1] < 0x80)
		b--;
	if (pos - b < 4)
		return false;
	for (const char *c = sc->text + b; (c = memchr(c, ':', pos - (size_t)(c - sc->text))) != NULL; c++)
		if ((size_t)(c - sc->text) + 3 <= pos && c[1] == '/' && c[2] == '/')
			return true;
	return strncasecmp(sc->text + b, "www.", 4) == 0;
}

/* Whether a figure found without the dates may be part of one: a count or
 * quantity whose value could be a day (1-31) or a year (1000-2999).  Money
 * and percentages never are ("$2,025", "5%"). */
static bool
date_risk(const nf_figure_list *out, size_t first)
{
	for (size_t i = first; i < out->len; i++) {
		const nf_figure *f = &out->items[i];
		double v = nf_decimal_to_double(f->value);
		if (f->inferred)
			return true;
		if (f->kind == NF_FIG_MONEY || f->kind == NF_FIG_PERCENT)
			continue;
		if (v < 32 || (v >= 1000 && v < 3000) || f->qualifier == NF_QUAL_RANGE)
			return true;
	}
	return false;
}

int
nf_figures_find(const char *text, size_t n, const nf_figure_opts *opts,
    nf_figure_list *out)
{
	static const nf_figure_opts no_opts = { 0 };
	nf_date_opts dopts = { 0 };
	struct scan sc = { .text = text, .n = n, .opts = opts ? opts : &no_opts };
	size_t first = out->len;
	int rc;

	money_context(&sc);
	if (sc.opts->doc != NULL) {
		sc.opts->doc->synced = false;
		sc.opts->doc->sentno++;
	}
	/* the dates are found only for text that has a figure without them */
	nf_date_list_clear(&out->dates);
	sc.dates = &out->dates;
	rc = scan(&sc, out);
	if (rc == 0 && date_risk(out, first)) {
		if (nf_dates_find(text, n, &dopts, &out->dates) != 0)
			return -1;
		/* scan again, skipping the dates, only when a figure touched one */
		for (size_t i = first; i < out->len; i++)
			if (figure_on_date(&sc, &out->items[i])) {
				out->len = first;
				rc = scan(&sc, out);
				break;
			}
	}
	if (rc == 0 && sc.opts->doc != NULL)
		carry_keep(&sc, out->items + first, out->len - first);
	return rc;
}

/* What an ASCII byte means to the scan. */
enum { ASCII_SKIP, ASCII_WORD, ASCII_START };
static const unsigned char ascii_class[128] = {
	['0'] = ASCII_START, ['1'] = ASCII_START, ['2'] = ASCII_START,
	['3'] = ASCII_START, ['4'] = ASCII_START, ['5'] = ASCII_START,
	['6'] = ASCII_START, ['7'] = ASCII_START, ['8'] = ASCII_START,
	['9'] = ASCII_START, ['$'] = ASCII_START,
	['A'] = ASCII_START, ['B'] = ASCII_START, ['C'] = ASCII_START,
	['D'] = ASCII_START, ['E'] = ASCII_START, ['F'] = ASCII_START,
	['G'] = ASCII_START, ['H'] = ASCII_START, ['I'] = ASCII_START,
	['J'] = ASCII_START, ['K'] = ASCII_START, ['L'] = ASCII_START,
	['M'] = ASCII_START, ['N'] = ASCII_START, ['O'] = ASCII_START,
	['P'] = ASCII_START, ['Q'] = ASCII_START, ['R'] = ASCII_START,
	['S'] = ASCII_START, ['T'] = ASCII_START, ['U'] = ASCII_START,
	['V'] = ASCII_START, ['W'] = ASCII_START, ['X'] = ASCII_START,
	['Y'] = ASCII_START, ['Z'] = ASCII_START,
	/* lower case: the first letters of number words and "a" */
	['a'] = ASCII_START, ['b'] = ASCII_START, ['d'] = ASCII_START,
	['e'] = ASCII_START, ['f'] = ASCII_START, ['h'] = ASCII_START,
	['m'] = ASCII_START, ['n'] = ASCII_START, ['o'] = ASCII_START,
	['s'] = ASCII_START, ['t'] = ASCII_START, ['z'] = ASCII_START,
	['c'] = ASCII_WORD, ['g'] = ASCII_WORD, ['i'] = ASCII_WORD,
	['j'] = ASCII_WORD, ['k'] = ASCII_WORD, ['l'] = ASCII_WORD,
	['p'] = ASCII_WORD, ['q'] = ASCII_START, ['r'] = ASCII_WORD,
	['u'] = ASCII_WORD, ['v'] = ASCII_WORD, ['w'] = ASCII_WORD,
	['x'] = ASCII_WORD, ['y'] = ASCII_WORD,
};

/* One pass over the text, skipping the date spans of sc->dates. */
static int
scan(const struct scan *scp, nf_figure_list *out)
{
	const struct scan sc = *scp;
	const char *text = sc.text;
	size_t n = sc.n, first = out->len, d = 0, pos = 0, k, w;
	bool *bare = NULL;

	while (pos < n) {
		struct cand cd;
		size_t clen;
		unsigned char c = (unsigned char)text[pos];

		while (d < sc.dates->len && sc.dates->items[d].end <= pos)
			d++;
		if (d < sc.dates->len && sc.dates->items[d].start <= pos) {
			pos = sc.dates->items[d].end;
			continue;
		}
		if (c < 0x80 && ascii_class[c] != ASCII_START) {
			if (ascii_class[c] == ASCII_SKIP) {
				pos++;
				continue;
			}
			/* a word that cannot start a figure: skip it whole */
			while (pos < n && is_alnum((unsigned char)text[pos]))
				pos++;
			continue;
		}
		/* a Han character that is no numeral and no currency: skip it */
		if (c >= 0xE4 && c <= 0xE9 && pos + 2 < n) {
			uint32_t cp = ((uint32_t)(c & 0x0F) << 12) |
			    ((uint32_t)((unsigned char)text[pos + 1] & 0x3F) << 6) |
			    ((unsigned char)text[pos + 2] & 0x3F);
			if (cjk_numeral_value(cp) < 0 && cp != 0x4EBA && cp != 0x65B0 &&
			    cp != 0x534A && cp != 0x7FFB &&   /* 半 翻 */
			    !((cp == 0x6570 || cp == 0x51E0 || cp == 0x4E0A) &&   /* 数十 几百 上千 */
			      pos + 5 < n && cjk_numeral_value(((uint32_t)((unsigned char)text[pos + 3] & 0x0F) << 12) |
			      ((uint32_t)((unsigned char)text[pos + 4] & 0x3F) << 6) |
			      ((unsigned char)text[pos + 5] & 0x3F)) >= 10) &&
			    nf_utf8_is_cont((unsigned char)text[pos + 1]) &&
			    nf_utf8_is_cont((unsigned char)text[pos + 2])) {
				pos += 3;
				continue;
			}
		}
		if (may_start(text + pos, n - pos) && boundary_before(&sc, pos) &&
		    figure_at(&sc, pos, &cd) && !figure_on_date(&sc, &cd.f) &&
		    !in_url(&sc, cd.f.start)) {
			if (!cd.bare)
				find_rate(&sc, &cd.f);
			if (!cd.bare && cd.f.per == NULL && out->len > first)
				rate_to(&sc, &out->items[out->len - 1], &cd.f);
			if (cd.plain_yuan && out->len > first)
				list_currency(&sc, &out->items[out->len - 1], &cd.f);
			cd.f.equiv_of = cd.bare ? -2 : -1;   /* -2 marks bare for now */
			if (push(out, &cd.f) != 0)
				return -1;
			pos = cd.f.end > pos ? cd.f.end : pos + 1;
			continue;
		}
		/* skip the rest of an ASCII word, or one character */
		if (is_alnum(c)) {
			while (pos < n && is_alnum((unsigned char)text[pos]))
				pos++;
		} else {
			clen = nf_utf8_decode(text + pos, n - pos, &(uint32_t){ 0 }, NULL);
			pos += clen ? clen : 1;
		}
	}
	/* bare numbers: keep those the sentence gives a unit */
	if (out->len > first) {
		size_t m = out->len - first;
		bare = calloc(m, sizeof *bare);
		if (bare == NULL)
			return -1;
		for (k = 0; k < m; k++)
			bare[k] = out->items[first + k].equiv_of == -2;
		/* a bare number given a count's unit is an antecedent for
		 * the next: "sales of 30,000 a month, down from 45,000" */
		for (k = 0; k < m; k++)
			if (bare[k] && !resolve_bare(&sc, out->items + first, bare, m, k))
				out->items[first + k].equiv_of = -3;   /* drop */
			else if (bare[k] && out->items[first + k].kind == NF_FIG_COUNT)
				bare[k] = false;
		for (k = first, w = first; k < out->len; k++) {
			if (out->items[k].equiv_of == -3)
				continue;
			out->items[k].equiv_of = -1;
			out->items[w++] = out->items[k];
		}
		out->len = w;
		free(bare);
	}
	if (sc.opts->chinese)
		for (k = first + 1; k < out->len; k++)
			metric_times_zh(&sc, out->items + first, k - first);
	for (k = first + 1; k < out->len; k++)
		if (is_conversion(&sc, &out->items[k - 1], &out->items[k]))
			out->items[k].equiv_of = (long)(k - 1 - first);
	return 0;
}

void
nf_figure_list_clear(nf_figure_list *list)
{
	list->len = 0;
}

void
nf_figure_list_free(nf_figure_list *list)
{
	free(list->items);
	nf_date_list_free(&list->dates);
	memset(list, 0, sizeof *list);
}

static const char *const kind_names[] = { "money", "percent", "quantity", "count" };

const char *
nf_figure_kind_name(nf_figure_kind kind)
{
	return kind_names[kind];
}

const char *
nf_qualifier_name(nf_qualifier q)
{
	static const char *const names[] = { NULL, "approx", "gt", "ge", "lt", "le", "range" };

	return names[q];
}

size_t
nf_decimal_format(nf_decimal d, char *buf)
{
	char digits[24];
	int64_t m = d.mant;
	int e = d.exp, nd, len = 0;
	bool neg = m < 0;

	if (m == 0)
		return (size_t)snprintf(buf, NF_DECIMAL_BUF, "0");
	while (e < 0 && m % 10 == 0) {
		m /= 10;
		e++;
	}
	nd = snprintf(digits, sizeof digits, "%llu",
	    neg ? 0ULL - (unsigned long long)m : (unsigned long long)m);
	if (neg)
		buf[len++] = '-';
	if (e >= 0) {
		if (nd + e > 40)
			return (size_t)(len + snprintf(buf + len, NF_DECIMAL_BUF - len, "%se%d", digits, e));
		memcpy(buf + len, digits, nd);
		len += nd;
		memset(buf + len, '0', e);
		len += e;
	} else if (-e < nd) {
		memcpy(buf + len, digits, nd + e);
		len += nd + e;
		buf[len++] = '.';
		memcpy(buf + len, digits + nd + e, -e);
		len += -e;
	} else {
		if (-e - nd > 30)
			return (size_t)(len + snprintf(buf + len, NF_DECIMAL_BUF - len, "%se%d", digits, e));
		buf[len++] = '0';
		buf[len++] = '.';
		memset(buf + len, '0', -e - nd);
		len += -e - nd;
		memcpy(buf + len, digits, nd);
		len += nd;
	}
	buf[len] = '\0';
	return (size_t)len;
}

/* ---- per document: what a bare "$" means (see figures.h) ---------------- */

enum {
	DOLLAR_SEEN_AUD = 1,   /* the document writes "A$", "AUD", "Australian dollars" */
	DOLLAR_SEEN_NZD = 2,
	DOLLAR_SEEN_CAD = 4,
	DOLLAR_SEEN_SGD = 8,
	DOLLAR_SEEN_HKD = 16,
};

/* The dollars a bare "$" may mean, with their own signs and names. */
static const struct local_dollar {
	const char *code;
	unsigned seen;
	const char *tld;                /* the country's domain */
	const char *const *signs;      /* written before a number */
	const char *name;              /* "Australian dollars" */
} local_dollars[] = {
	{ "AUD", DOLLAR_SEEN_AUD, "au", (const char *const[]){ "A$", "AU$", "AUD", NULL },
	  "Australian dollar" },
	{ "NZD", DOLLAR_SEEN_NZD, "nz", (const char *const[]){ "NZ$", "NZD", NULL },
	  "New Zealand dollar" },
	{ "CAD", DOLLAR_SEEN_CAD, "ca", (const char *const[]){ "C$", "CA$", "CAD", NULL },
	  "Canadian dollar" },
	{ "SGD", DOLLAR_SEEN_SGD, "sg", (const char *const[]){ "S$", "SGD", NULL },
	  "Singapore dollar" },
	{ "HKD", DOLLAR_SEEN_HKD, "hk", (const char *const[]){ "HK$", "HKD", NULL },
	  "Hong Kong dollar" },
};

/* Places that say where a page is published: a dateline city (upper
 * case, opening a sentence) or a state, province or city in the title or
 * the dek.  (Hong Kong and Singapore are wire hubs: no dateline cue.) */
static const struct dollar_place {
	const char *name;
	const char *code;
	bool dateline;   /* as a dateline, upper case */
} dollar_places[] = {
	{ "SYDNEY", "AUD", true }, { "MELBOURNE", "AUD", true }, { "BRISBANE", "AUD", true },
	{ "PERTH", "AUD", true }, { "ADELAIDE", "AUD", true }, { "CANBERRA", "AUD", true },
	{ "HOBART", "AUD", true }, { "DARWIN", "AUD", true },
	{ "AUCKLAND", "NZD", true }, { "WELLINGTON", "NZD", true },
	{ "CHRISTCHURCH", "NZD", true },
	{ "TORONTO", "CAD", true }, { "OTTAWA", "CAD", true }, { "MONTREAL", "CAD", true },
	{ "VANCOUVER", "CAD", true }, { "CALGARY", "CAD", true }, { "EDMONTON", "CAD", true },
	{ "WINNIPEG", "CAD", true },
	{ "New South Wales", "AUD", false }, { "NSW", "AUD", false },
	{ "Queensland", "AUD", false }, { "Tasmania", "AUD", false },
	{ "South Australia", "AUD", false }, { "Western Australia", "AUD", false },
	{ "Northern Territory", "AUD", false }, { "Sydney", "AUD", false },
	{ "Melbourne", "AUD", false }, { "Brisbane", "AUD", false },
	{ "Adelaide", "AUD", false }, { "Canberra", "AUD", false }, { "Hobart", "AUD", false },
	{ "Auckland", "NZD", false }, { "Christchurch", "NZD", false },
	{ "Ontario", "CAD", false }, { "Quebec", "CAD", false },
	{ "British Columbia", "CAD", false }, { "Alberta", "CAD", false },
	{ "Manitoba", "CAD", false }, { "Saskatchewan", "CAD", false },
	{ "Nova Scotia", "CAD", false },
};

enum {
	CUE_STRONG = 1,   /* doc->strong is set */
	CUE_WEAK = 2,     /* doc->weak is set */
};

static const struct local_dollar *
local_dollar(const char *code)
{
	for (size_t i = 0; i < COUNT(local_dollars); i++)
		if (strcmp(local_dollars[i].code, code) == 0)
			return &local_dollars[i];
	return NULL;
}

static void
strong_cue(nf_figure_doc *doc, const char *code)
{
	if (!(doc->cues & CUE_STRONG)) {
		doc->cues |= CUE_STRONG;
		doc->strong = code;
	}
}

/* The country of a domain in s[0..n): ".au" (".com.au") as the end of a
 * host name; NULL when none. */
static const char *
domain_dollar(const char *s, size_t n)
{
	for (size_t i = 0; i + 3 <= n; i++) {
		if (s[i] != '.' || (i + 3 < n && s[i + 3] != '/' && s[i + 3] != ':' &&
		    s[i + 3] != '#' && s[i + 3] != '?'))
			continue;
		if (i == 0 || !is_alnum((unsigned char)s[i - 1]))
			continue;
		for (size_t k = 0; k < COUNT(local_dollars); k++)
			if (s[i + 1] == local_dollars[k].tld[0] && s[i + 2] == local_dollars[k].tld[1])
				return local_dollars[k].code;
	}
	return NULL;
}

void
nf_figure_doc_start(nf_figure_doc *doc, const char *name, size_t n)
{
	const char *code;

	memset(doc, 0, sizeof *doc);
	doc->article = doc->para = doc->carry_article = doc->carry_para = -1;
	if (name != NULL && (code = domain_dollar(name, n)) != NULL)
		strong_cue(doc, code);
}

bool
nf_figure_bare_dollar(const char *text, size_t n)
{
	const char *p = text, *end = text + n;

	while ((p = memchr(p, '$', (size_t)(end - p))) != NULL) {
		if (p == text || !is_alpha((unsigned char)p[-1]))
			return true;
		p++;
	}
	/* ＄ (EF BC 84) */
	return memmem(text, n, "\xEF\xBC\x84", 3) != NULL;
}

/* The local dollars the text writes with their own sign or name. */
static unsigned
dollars_written(const char *text, size_t n)
{
	unsigned seen = 0;
	const char *p = text, *end = text + n;

	while ((p = memchr(p, '$', (size_t)(end - p))) != NULL) {
		size_t b = (size_t)(p - text);
		while (b > 0 && is_upper((unsigned char)text[b - 1]) && (size_t)(p - text) - b < 3)
			b--;
		for (size_t k = 0; k < COUNT(local_dollars) && b < (size_t)(p - text); k++)
			for (const char *const *sg = local_dollars[k].signs; *sg != NULL; sg++)
				if (strlen(*sg) == (size_t)(p - text) - b + 1 &&
				    memcmp(*sg, text + b, strlen(*sg)) == 0)
					seen |= local_dollars[k].seen;
		p++;
	}
	for (p = text; (p = memmem(p, (size_t)(end - p), " dollar", 7)) != NULL; p += 7)
		for (size_t k = 0; k < COUNT(local_dollars); k++) {
			size_t l = strlen(local_dollars[k].name) - 7;   /* "Australian" */
			if ((size_t)(p - text) >= l && memcmp(p - l, local_dollars[k].name, l) == 0)
				seen |= local_dollars[k].seen;
		}
	return seen;
}

/* Whether a wire's tag is in the text: "(Reuters)", "(Bloomberg)", "(AP)". */
static bool
wire_tag(const char *text, size_t n)
{
	static const char *const tags[] = { "(Reuters)", "(Bloomberg)", "(AP)", "(AFP)" };
	const char *p = text, *end = text + n;

	while ((p = memchr(p, '(', (size_t)(end - p))) != NULL) {
		for (size_t i = 0; i < COUNT(tags); i++)
			if ((size_t)(end - p) >= strlen(tags[i]) && memcmp(p, tags[i], strlen(tags[i])) == 0)
				return true;
		p++;
	}
	return false;
}

/* Whether the text holds an amount in pounds or euros ("£600m", "€40m"):
 * a British or European page, whose "$" is the US dollar. */
static bool
pound_or_euro(const char *text, size_t n)
{
	const char *p, *end = text + n;

	for (p = text; (p = memchr(p, 0xC2, (size_t)(end - p))) != NULL; p++)
		if (p + 1 < end && (unsigned char)p[1] == 0xA3)
			return true;
	for (p = text; (p = memchr(p, 0xE2, (size_t)(end - p))) != NULL; p++)
		if (p + 2 < end && (unsigned char)p[1] == 0x82 && (unsigned char)p[2] == 0xAC)
			return true;
	return false;
}

/* The page's own address or company form in a line of its chrome:
 * "news@chronicle.com.au", "Coastal Media Pty Ltd", "ABN 12 345 678 901". */
static const char *
publisher_dollar(const char *text, size_t n)
{
	static const struct { const char *w; const char *code; } domains[] = {
		{ ".com.au", "AUD" }, { ".net.au", "AUD" }, { ".org.au", "AUD" },
		{ ".gov.au", "AUD" }, { ".co.nz", "NZD" }, { ".govt.nz", "NZD" },
		{ ".com.sg", "SGD" }, { ".com.hk", "HKD" },
	};
	const char *p, *end = text + n;

	for (p = text; (p = memchr(p, '.', (size_t)(end - p))) != NULL; p++) {
		if (p + 3 >= end || p[1] < 'a' || p[1] > 'z')
			continue;
		for (size_t i = 0; i < COUNT(domains); i++) {
			size_t l = strlen(domains[i].w);
			if ((size_t)(end - p) >= l && memcmp(p, domains[i].w, l) == 0 &&
			    ((size_t)(end - p) == l || !is_alnum((unsigned char)p[l])))
				return domains[i].code;
		}
	}
	if (memmem(text, n, "Pty Ltd", 7) != NULL || memmem(text, n, "Pty. Ltd", 8) != NULL ||
	    memmem(text, n, "Pty Limited", 11) != NULL)
		return "AUD";
	p = memmem(text, n, "ABN ", 4);
	if (p != NULL && p + 4 < end && is_digit((unsigned char)p[4]))
		return "AUD";
	return NULL;
}

/* "All figures are in Australian dollars", "(amounts in Canadian dollars
 * unless stated)": a statement about the text's amounts, not "shares
 * denominated in Hong Kong dollars". */
static const char *
statement_dollar(const char *text, size_t n)
{
	static const char *const statement[] = { "figures", "amounts", "unless" };

	if (memmem(text, n, " dollars", 8) == NULL)
		return NULL;
	for (size_t k = 0; k < COUNT(local_dollars); k++) {
		char w[40];
		size_t wl = (size_t)snprintf(w, sizeof w, "in %ss", local_dollars[k].name);
		if (memmem(text, n, w, wl) == NULL)
			continue;
		for (size_t i = 0; i < COUNT(statement); i++)
			if (memmem(text, n, statement[i], strlen(statement[i])) != NULL)
				return local_dollars[k].code;
	}
	return NULL;
}

void
nf_figure_doc_scan(nf_figure_doc *doc, const char *text, size_t n, enum nf_figure_place place)
{
	const char *code;

	if (doc->cues & CUE_STRONG)
		return;
	if (memchr(text, '$', n) != NULL)
		doc->seen |= dollars_written(text, n);
	/* the publisher's address or company form (chrome lines: a footer, a
	 * contact line), a statement of the currency (not in long body text) */
	if ((place == NF_PLACE_CHROME && (code = publisher_dollar(text, n)) != NULL) ||
	    ((place != NF_PLACE_BODY || n < 100) && (code = statement_dollar(text, n)) != NULL)) {
		strong_cue(doc, code);
		return;
	}
	/* a page that quotes pounds or euros, or a wire's copy, writes "$"
	 * for the US dollar (the chrome's "€5 off" aside) */
	if (place != NF_PLACE_CHROME && !(doc->cues & CUE_WEAK) && pound_or_euro(text, n)) {
		strong_cue(doc, "USD");
		return;
	}
	/* a dateline: "SYDNEY, May 3 -", "MELBOURNE (AAP) -" (not a wire's:
	 * "SYDNEY, May 3 (Reuters) -" decides the US dollar) */
	if (n > 6 && is_upper((unsigned char)text[0]) && is_upper((unsigned char)text[1])) {
		if (wire_tag(text, n < 80 ? n : 80)) {
			if (!(doc->cues & CUE_WEAK))
				strong_cue(doc, "USD");
			return;
		}
		for (size_t i = 0; i < COUNT(dollar_places) && !(doc->cues & CUE_WEAK); i++) {
			size_t l = strlen(dollar_places[i].name);
			if (dollar_places[i].dateline && l + 2 < n &&
			    memcmp(text, dollar_places[i].name, l) == 0 &&
			    (text[l] == ',' || (text[l] == ' ' && (text[l + 1] == '(' ||
			     text[l + 1] == '-' || (unsigned char)text[l + 1] == 0xE2)))) {
				doc->cues |= CUE_WEAK;
				doc->weak = dollar_places[i].code;
				return;
			}
		}
	}
	/* once a weak cue is seen: the country's dollar written out in words
	 * ("1.33bn Australian dollars") makes the page keep "$" for USD */
	if ((doc->cues & CUE_WEAK) && memmem(text, n, " dollar", 7) != NULL)
		doc->seen |= dollars_written(text, n);
	/* a state, province or city in the title or the dek, not the start
	 * of a longer name ("Sydney Sweeney", "Toronto Raptors") */
	if (place == NF_PLACE_HEAD && !(doc->cues & CUE_WEAK)) {
		for (size_t i = 0; i < COUNT(dollar_places); i++) {
			size_t l = strlen(dollar_places[i].name);
			const char *m;
			if (dollar_places[i].dateline)
				continue;
			for (m = text; (m = memmem(m, n - (size_t)(m - text), dollar_places[i].name, l)) != NULL; m += l) {
				size_t e = (size_t)(m - text) + l;
				if ((m > text && is_alnum((unsigned char)m[-1])) ||
				    (e < n && is_alnum((unsigned char)text[e])) ||
				    (e + 1 < n && text[e] == ' ' && is_upper((unsigned char)text[e + 1])))
					continue;
				doc->cues |= CUE_WEAK;
				doc->weak = dollar_places[i].code;
				return;
			}
		}
	}
}

const char *
nf_figure_doc_dollar(const nf_figure_doc *doc, bool final)
{
	const struct local_dollar *ld;

	if (doc->cues & CUE_STRONG)
		return doc->strong;
	if (!final)
		return NULL;
	/* a weak cue yields to the country's own dollar written out: the page
	 * then keeps "$" for the US dollar */
	if ((doc->cues & CUE_WEAK) && (ld = local_dollar(doc->weak)) != NULL &&
	    !(doc->seen & ld->seen))
		return doc->weak;
	return "USD";
}
