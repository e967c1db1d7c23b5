/*
 * figures.h - finding the figures in a sentence: money, percentages,
 * quantities and counts, with exact values, units, qualifiers and ranges.
 *
 * nf_figures_find() scans UTF-8 text once and appends one nf_figure per
 * figure, in text order, spans not overlapping.  It builds on
 * lib/number.h (exact numbers in digits, English words and Chinese
 * numerals), lib/money.h (currencies), lib/units.h (quantity units and
 * Chinese measure words) and lib/singular.h (count nouns), and it skips
 * the date spans lib/dates.h finds, so a year is never a figure.
 *
 * What is a figure (the rules, so unseen text is read the same way):
 *
 *   money     a number with a currency sign, code or word on either side:
 *             "$1.47bn", "US$142", "€40m", "10 billion yuan", "人民币5亿元",
 *             and as an adjective ("a 1.5-billion-yuan fund", "a $2-million
 *             grant", "a 10-dollar bill"),
 *             "1.47亿元", "3000万美元", "10 €", "100 Chinese yuan",
 *             "900亿元台币" (TWD: the currency word after 元 decides),
 *             港币80元.  An amount in 元 with no currency word, listed
 *             right after one whose currency word stands before it, is in
 *             that currency: "新台幣24,990元、28,990元" (both TWD).
 *             unit_text is the currency as written (the word after the
 *             number, else the sign or code before it).  A subunit is
 *             worth its fraction: "11 cents" is 0.11 USD, "50p" 0.5 GBP,
 *             "5角" 0.5 CNY, "8分钱" 0.08 CNY.  A bare "$" is opts->dollar (USD);
 *             "¥" is CNY beside yuan words, JPY beside yen words, else CNY
 *             in Chinese text and JPY elsewhere.  "k", "m", "b" glued to
 *             digits are scales in money ("€40m"; "5m" alone is not),
 *             "k" before a count ("250k downloads"), "m" before a count that
 *             is no race ("1.5m units", "2m people"; not "60m hurdles") or a
 *             unit that is no length ("3m barrels", "110m tons").
 *   percent   "%", "per cent", "percent", "pct", 百分之N, N成 (tenths:
 *             "三成" is 30); "percentage points", "ppts", "pct pts" and
 *             个百分点 keep the unit "percentage points", and so does "pts"
 *             where a percentage stands before it in the text ("64.1%\t
 *             62.3%\t+1.8 pts"; elsewhere "pts" are a score's points);
 *             "basis points" and "bps" the unit
 *             "basis points" (the value as written: 35), and so do 个基点
 *             and 基点.
 *   fractions and multiples are percentages, by one convention: a share
 *             is its fraction times 100, exact or rounded half up to two
 *             places ("a third of" 33.33, "two-thirds" 66.67, "a quarter"
 *             25, "half the" 50, "one in five" 20, "three out of four" 75,
 *             "Eight out of 10 voters" 80 (no count of voters), 三分之一
 *             33.33, 十分之一 10, 千分之五 0.5, 万分之三 0.03, 万分之一点
 *             七五 0.0175 (a numerator may have 点 decimals), 一半 and
 *             半数 50, 过半 50 gt, 四成 40, 2成 20, 9.5成 95); a multiple
 *             stated as a change is the change ("doubled", "will double",
 *             翻番, 翻了一番, 增长一倍: +100; "tripled" +200; 翻两番, x4:
 *             +300; 增长3倍, 增长近两倍 +300, +200); a multiple that is a
 *             level, not a change, is the ratio as a percentage ("2.5 times
 *             that of a year earlier" 250, "three times as large as" 300,
 *             "1.8 times higher than" 180, not "three times this year"; 是去年同期
 *             的1.8倍 180, 提升至2022年的10倍 1000; 市盈率12倍 is a metric,
 *             P/E 12, and so is a multiple after it near in size:
 *             市盈率分别为28倍、21倍和17倍, 低于行业平均的32倍); a price cut 8折 (打8折, 八折优惠, 8.5折)
 *             is the price paid, 80 (折合 is a conversion).  The qualifier
 *             comes from the words around: "nearly half" approx, "more
 *             than half" gt, 一半以上 ge, 翻了一倍多 gt.  An English
 *             fraction is a share only before "of" or a determiner ("half
 *             the staff"), after "by" ("fell by a third") or with a bound
 *             ("more than half"); never in idioms or times ("half-hearted",
 *             "a quarter-final", "half past", "half an hour", "the first
 *             half", "the bottom half", 另一半, 一半是…一半是…, 过半年).
 *   quantity  a number and a unit of the table in lib/units.c: "246 Eflops",
 *             "1.2 million tonnes", "300-petaflop", "a 900-acre site", "a
 *             40,000-square-metre site" (an adjective's hyphens stand for
 *             the spaces of a unit of several words: unit_text
 *             "square-metre"),
 *             "2.1万平方米", "168cm", "250m" (metres in Chinese text), 2两.
 *             unit is the canonical symbol (SI/UCUM style, one per quantity,
 *             so a spreadsheet can sum a column: "square metres", "sq m",
 *             "㎡" and 平方米 are all m2; petaflops and P are PFLOPS; tonnes
 *             and 吨 t; 亩 mu; 斤 jin; mAh, 毫安时 and 毫安時 mAh; megapixels
 *             MP; "65W" glued to digits W; an AI chip's TOPS; a length per
 *             hour or second a speed, km/h, m/s or mph, with no per:
 *             "7.2 kilometers an hour", 每小时6公里) and unit_text the unit
 *             as written.  A range of a quantity may start below zero
 *             ("-10℃至45℃": -10 to 45 °C).
 *             "5 feet 2 inches" and "7lb 4oz" are one quantity in the smaller
 *             unit (62 in, 116 oz); "pounds" is a weight (lb) only where the
 *             sentence speaks of weight.  An index level or move in points
 *             with decimals is a quantity ("closed at 5,512.8 points", "fell
 *             35.6 points": unit point; whole points stay a count, "39
 *             points", and an average may have decimals, "averaged 25.3
 *             points").  Index points "报5412.36点" (unit 点:
 *             digits with decimals or from 100 up, so "3点" is a time; not
 *             点钟 点半 点数); "5000P" (PFLOPS) only where the sentence
 *             speaks of 算力, 智算 or 超算 before it or right after it (never
 *             1080P).  A ratio that is a named metric takes it as its unit:
 *             "PUE of 1.15" (PUE), "a P/E of 12", 市盈率12倍 (P/E).  A score
 *             in 分 where the sentence speaks of scores (分数, 成绩, 高考,
 *             录取, 得分, 砍下, 场均 ...) is in points as in English: 618分
 *             and 全场砍下28分 count point, 98.5分 is a quantity in point
 *             (场均21.5分 an average, a count); never a minute (8点30分,
 *             120分钟, 7分05秒), a fen (8分钱) or a fraction (三分之一).
 *             A box score's nouns glued to digits count themselves
 *             (9篮板3助攻), and so does a season's record (31胜13负, 5胜2平).
 *             The prefix of a unit is the writer's: "1 gigawatt" is 1 GW
 *             and "1.1 GW" 1.1 GW, "350 kW" 350 kW, "17 GWh" 17 GWh (only
 *             names and symbols of one unit fold together: gigawatts, GW
 *             and 吉瓦 are GW); convert GW to MW in the spreadsheet, where
 *             the factor is plain, rather than here.
 *   count     a number and what it counts.  English: the first plural noun
 *             after the number, skipping at most three modifiers (adjectives,
 *             proper names, model names: "2,048 Nvidia H800 chips" -> chip,
 *             "123 accepted project proposals" -> proposal, past "more" or
 *             "fewer" ("two more cuts") and a frequency word ("four quarterly
 *             instalments")); the unit is the head noun in the singular;
 *             plurals of nouns in -i end in -is ("11,000 taxis", "skis";
 *             "basis", "analysis" are no plurals);
 *             plurals without -s are their own singular ("140 staff", "20
 *             aircraft", "5,000 cattle"; but "30 police officers" counts
 *             officers); a verb with its particle is no noun ("5.3 million
 *             translates into").  A number, a hyphen and a singular noun
 *             before another noun count that noun ("a 52,888-seat stadium",
 *             "a three-match ban"; not times, ordinals, ways and sizes: "a
 *             20-year-old", "a two-time winner", "a three-way race", "a
 *             six-figure sum"; pages count: "a 46-page report"); a body
 *             "N-strong" counts people ("a 3,000-strong workforce"), so does
 *             "the 17-million population".  A
 *             capitalised plural ends the phrase after
 *             digits of 100 or more ("80,000 Arcs", "440 Britons"; a
 *             lower-case noun after it wins: "10,000 Hearts fans"; smaller
 *             numbers and numbers in words before a capital are names: Six
 *             Nations, 60 Minutes).  Chinese: number, measure word (家 个 条
 *             台 名 例 起 ...) and the noun after it ("200家企业" -> 企业;
 *             三部分 -> 部分, 两名得分手 -> 得分手; a Latin word starts
 *             it: 52家A股上市公司, 5个QQ群, 300块GPU); with no noun after it,
 *             the noun before the number through link words and bounds
 *             (融资事件312起, 项目共45个, 企业数量超过了120家, 员工约1200人
 *             -> 员工; a word for how many were done, X量, gives the noun
 *             before it: 眼镜出货量约20万副 -> 眼镜), else the measure word
 *             (卖出20万副 -> 副).  A number after "per" or 每 is
 *             a denominator, no count.
 *   a vague magnitude is a range by one rule: the plural is at least two
 *             of the unit and less than the next order ("hundreds of"
 *             200-999, "dozens of" 24-99, "tens of millions of" 20,000,000
 *             to 99,999,999; 数十 and 几十 20-99, 数亿 2亿-999,999,999, 几十
 *             亿 20亿-99.99亿); 上 before a unit reaches its order (上千
 *             1000-9999); 十几 is 11-19, 二十几 21-29; neighbouring digits
 *             are both ends (一两个 1-2, 三四百 300-400, "one or two
 *             matches" 1-2); N级 after a unit of 万 or more is its order
 *             (千亿级 10^11 to 10^12 - 1), and so is a unit numeral with a
 *             measure word or unit and 级 (千台级订单 1000-9999 台).
 *             "the 40-odd delegates" is approx 40; 千余人, 百余家媒体 (a unit
 *             numeral, 余 or 多 and a measure word) are 1000 and 100, gt.  Four ungrouped digits 1900-2100
 *             before an English noun with no bound are a year modifying it
 *             ("2025 earnings", "2023 notes"), unless the noun is people
 *             ("2000 people").
 *   a bare number (no unit) is a figure only where the sentence says what
 *             it counts: "25 of the 27 projects", "9 of them" ("won in 31 of
 *             them": "in" makes a ratio only after a number, "one in 13"),
 *             "two of his first seven matches", "two of the district's
 *             start-ups", "Of the nine members, six voted", "Seats: 340", a
 *             list under a header ("New stores by city: Beijing: 1,240"),
 *             "The number of stores rose to 1,200 from 900", a subject
 *             that names a body or a measure of things ("Visitor numbers hit
 *             2 million", "Its subscriber base grew to 28 million", "The
 *             death toll rose to 45", "Job losses totalled 1,200",
 *             "Attendance was 45,000", "Unemployment rose by 30,000":
 *             people; not "Profit numbers"), "expects
 *             completions to fall to about 14,000" (a plural noun, a verb of
 *             change and "to" right before it), a body of people ("a crowd of
 *             60,408", "a population of 70,000", "double its workforce to
 *             500", "the crowd swelled to 40,000", "cut its headcount by
 *             350": person), a part after "of which" or "of whom" (the
 *             plural noun before the comma, else the count before: "1.2tn
 *             parameters, of which 78bn are active" counts parameters;
 *             "interviews with businesses, of which 2,700 ..." businesses),
 *             "N more" after a
 *             count ("owns 412 aircraft and manages 96 more"), "12 million of
 *             whom", a number that ends a clause after "and" and a verb
 *             ("won its last five matches and drew two", "killed 250 people
 *             and wounded 1,000"), the level an index closed at after a move
 *             in points ("fell 215.3 points to 17,651.2": point), or after
 *             from/to/reach/had/with when an earlier figure of the sentence
 *             gives the unit ("310 researchers, up from roughly 160", "220
 *             aircraft on order, with 38 due"; a bare number that got a
 *             count's unit so is an antecedent for the next: "sales of 30,000
 *             a month, down from 45,000"), or as a rate ("40 a day", "30,000
 *             a month") the unit of the sentence's nearest count, else the
 *             thing the sentence names ("makes scooters and expects sales of
 *             30,000 a month" counts scooters; never the verb right before
 *             the number, "sells 20,000", nor a fraction, "two-thirds").
 *             Amounts are never the counted noun ("Profits rose to 1,200").
 *             In Chinese a number with 万 or 亿 and no unit is money after a
 *             money word (营收超过100亿, 票房破10亿: CNY, USD where 美元 is
 *             the clause's currency) and a count of people or of a measured
 *             quantity (参数规模超过1万亿, 用户数达到1.2亿, 500万像素, a word
 *             for how many were done: 预约量突破3.6万 -> 预约量).
 *   rates     a figure per something keeps its value and names the
 *             denominator in per: "£30,000 a year" (year), "$2 per share"
 *             (share), "$70 a barrel" (bbl), "GDP per capita of $5,000"
 *             (person), "4651元/平方米" (m2, and the /平方米 joins the
 *             match), 每股0.5元 (share), 每10股派3元 ("10股"), 每家企业最多
 *             300万元 (企业), 人均, 年薪, 日均; "470 units per 10,000
 *             workers" ("10,000 workers").  A spreadsheet user filters rates
 *             out before summing.  "a year earlier", "a year ago" are no
 *             rates.

 * Never figures: dates and years (lib/dates.h spans), times of day
 * ("10:30"), numbers glued to letters or to a letter and a hyphen ("GPT-5",
 * "R1", "H20", "Qwen2.5", "15th", "7B"), numbers after 第, plan names
 * ("十五五"), the term and session of a standing body (十四届全国人大三次
 * 会议, 二十届三中全会, 政协十四届三次会议; "举办了三届论坛" counts),
 * versions ("v1.2.3", "1.2.3"), identifiers with a leading zero or seven
 * or more ungrouped digits (phones, postcodes, codes), Chinese
 * numerals written digit by digit (二〇二五), a count of one ("one company",
 * 一家), 千家万户-style idioms (a bare 十/百/千/万 as a count), numbers in
 * a URL or after a percent-encoding ("%2D", "100%25"), names and idioms
 * made of numerals (五台山, 九寨沟, 三亚, 三只松鼠, 三个代表, 三位一体,
 * 3位1体), a team (费城76人, 76人队), a rank (排名146位), a length in
 * digits (五位靓号), a floor (写字楼的19层), sources ("two people familiar
 * with the matter", "three people briefed on": who said it, not a fact of
 * the story; the held-out gold is split, optional in en09, absent in en02,
 * listed in en30), and any number with no unit
 * and no antecedent ("Model 3", list numbering, scores "3-1", "the figure
 * rose to 300" with nothing counted before).
 *
 * A minus sign standing before a money, percent or quantity figure makes
 * the value negative and is part of the match ("-3.6%", "为－2.5亿元",
 * "minus 5 percent", "负3.9%"); a plus sign standing alone is part of the
 * match and the value stays ("+9.0%"; "A+B", 英语+12套 join two things).
 * A sign at the start of a table's cell stands alone: a row arrives with
 * its cells between TABs ("Cloud Music\t1.9bn yuan\t2.0bn yuan\t-5.0%":
 * -5.0, a fall).
 *
 * Qualifiers come from the words before ("more than", "nearly", "up to",
 * 超过, 逾, 约, 不低于 ...) or after (左右, 以上, 以内, 起, "or more",
 * "-plus") and are not part of the match.  以上 and 以下 include the number
 * itself, as Chinese law defines them (Civil Code art. 1259): 以上 is ge,
 * 以下 and 以内 le; 超过, 超过了 and 逾 are gt; 不得低于, 不低于, 至少
 * ge; 不得超过, 不超过, 不会超过, 不高于, 最多 le; a cap or a floor
 * named, 上限为 le and 下限为 ge; a price that starts somewhere ("start at",
 * "starting at £25") ge; 约需, 约有, 大约有, 约为, 左右,
 * 上下 approx; 高达, 多达, 达到 state the value (no qualifier).  A bound
 * may stand before a verb (最高补助3000万元, 至少获得3亿元; not a measured
 * top, 最高成交量5000手, 最低气温) or before a
 * 每 unit (低至每千瓦时0.35元).  "as low as", "as little as" and 低至 are
 * ge (降低至 is a change); 破 and 突破 gt, 跌破 lt.  A bound of two or
 * more words may have an article before the number ("no more than a 15%
 * stake"; not "up to a", nor one-word bounds: "took over a 15% stake").
 * A range
 * ("$2-3 billion", "10-20亿元", "between 10% and 15%", "3000元至5万元")
 * has qualifier range and value_max; so has "15% to 16%", "RMB 6.3
 * billion to RMB 6.8 billion" (the unit on both ends) unless a change
 * stands before it: "rose 5% to 7%", "by $2 to $30", "from 5% to 7%"
 * (but "range from 5% to 7%") are two figures; after a verb in -ed or -ing
 * that is no change word it is a range when a share of something follows
 * ("swallowed 30% to 35% of their spending"; "climbed 5% to 7%" is two
 * figures).  A money figure right after another,
 * in parentheses, or in another currency after ", or" or "，约合"
 * ("10 billion yuan ($1.47 billion)", "HK$118.60, or US$15.20") is its
 * conversion: equiv_of is the index of the first.
 */
#ifndef NF_FIGURES_H
#define NF_FIGURES_H

#include <stdbool.h>
#include <stddef.h>

#include "dates.h"
#include "number.h"

typedef enum nf_figure_kind {
	NF_FIG_MONEY,
	NF_FIG_PERCENT,
	NF_FIG_QUANTITY,
	NF_FIG_COUNT,
} nf_figure_kind;

typedef enum nf_qualifier {
	NF_QUAL_NONE,
	NF_QUAL_APPROX,
	NF_QUAL_GT,
	NF_QUAL_GE,
	NF_QUAL_LT,
	NF_QUAL_LE,
	NF_QUAL_RANGE,
} nf_qualifier;

typedef struct nf_figure {
	nf_figure_kind kind;
	size_t start, end;        /* the match: number with its unit or currency */
	size_t qual_start;        /* where the qualifier words begin (<= start) */
	nf_decimal value;
	nf_decimal value_max;     /* set when qualifier is NF_QUAL_RANGE */
	nf_qualifier qualifier;
	/* the unit is unit[0..unit_len) followed by unit_suffix: an ISO code,
	 * "percent", a unit as written, or a count noun made singular */
	const char *unit;
	size_t unit_len;
	const char *unit_suffix;
	const char *unit_text;    /* the unit as written in the text, or NULL */
	size_t unit_text_len;
	const char *per;          /* a rate's denominator ("year", "m2"), or NULL */
	size_t per_len;
	long equiv_of;            /* index of the figure this converts, or -1 */
	bool inferred;            /* a bare number: kind and unit from context */
} nf_figure;

typedef struct nf_figure_list {
	nf_figure *items;
	size_t len, cap;
	nf_date_list dates;       /* scratch: the date spans of the text */
} nf_figure_list;

/*
 * The currency and scale a table declares for its cells: in its caption
 * ("Results (US$ million)", "单位：亿元"), for every cell, or in a cell of
 * its header row ("Q1 2025 (RMB mn)"), for that column.  A row of the
 * table arrives as one sentence, its cells between TABs; a bare number
 * that fills a cell ("\t1,234\t", "\t-56\t", "\t(78)\t": a number in
 * brackets is negative, as accounts write it) is then money in that
 * currency, scaled: 1,234 under "US$ million" is 1234000000 USD.  A cell
 * with a unit of its own keeps it ("30.1bn yuan", "+17.6%").
 */
typedef struct nf_table_unit {
	const char *code;         /* a currency (lib/money.h code), or NULL */
	int pow10;                /* its scale: "million" 6, "'000" 3, 亿 8 */
} nf_table_unit;

typedef struct nf_table_units {
	nf_table_unit all;        /* the caption's, for every column */
	nf_table_unit *cols;      /* the header's cells', by column (0 first) */
	size_t ncols, cap;
} nf_table_units;

/*
 * Per document.  A caller that reads a document's sentences in order keeps
 * one nf_figure_doc (nf_figure_doc_start() at each new document) and
 * passes it in opts->doc.  It serves two things:
 *
 * Antecedents across sentences.  The counts and named metrics of the
 * sentences before, in the same paragraph (doc->article and doc->para,
 * set by the caller before each call), stand for the sentence's own
 * figures where the sentence has none: "Traffic reached 10.8 million
 * passengers. ... on course to pass 13 million in 2026" (passengers),
 * "a PUE of 1.25 or lower. Existing facilities must get below 1.4" (PUE),
 * "Of the nine members, six voted for the cut. Two wanted to hold"
 * (members: a number opening its sentence before a verb), 融资事件156起。
 * 其中杭州企业获投27起 (起 or 宗 with no noun borrows the noun counted
 * before with the same measure word).  Within a sentence and
 * across: a cross-sentence antecedent must be a count or a metric, near
 * in size (within a factor of 3, or of 50 when both are written with the
 * same scale word, "million"), never money or a percentage.
 *
 * What a bare "$" means.  "$" is the US dollar unless the document says
 * it is published where another dollar is the currency:
 *   strong cues (decide at once): the doc key's or URL's domain (.au AUD,
 *     .nz NZD, .ca CAD, .sg SGD, .hk HKD); a page's own address or company
 *     form in its text (".com.au", ".co.nz", ".com.sg", ".com.hk", "Pty
 *     Ltd", "ABN 12 ..." on an Australian publisher's copyright line); a
 *     statement about the text's amounts ("All figures are in Australian
 *     dollars", "amounts in Canadian dollars unless stated"; not "shares
 *     denominated in Hong Kong dollars"); and for the US dollar, amounts
 *     in pounds or euros ("$1.13bn (£600m)": a British or European page)
 *     or a wire's dateline ("SYDNEY, May 3 (Reuters) -": wires write "$"
 *     for the US dollar), when no weak cue came first;
 *   weak cues (decide at the end of the document): a dateline city opening
 *     a sentence (SYDNEY, MELBOURNE ... AUD; AUCKLAND, WELLINGTON NZD;
 *     TORONTO, OTTAWA ... CAD) that is not a wire's; a state, province or city in the
 *     title or the dek (New South Wales, NSW, Queensland, Melbourne ...;
 *     Ontario, Quebec ...; not as the start of a longer name, "Sydney
 *     Sweeney", "Toronto Raptors").  A weak cue yields when the document
 *     writes that country's dollar with its own sign or name anywhere
 *     ("A$8.4bn", "1.33bn Australian dollars ($1bn; £550m)"): such a page
 *     keeps "$" for the US dollar, as the BBC and the wires do.
 * An explicit opts->dollar (--currency-default) is never overridden.  The
 * caller holds the output of sentences with a bare "$" until the document
 * decides (nf_figure_doc_dollar()); nf-figures holds 1000 records at most.
 */
#define NF_FIGURE_CARRY 12

typedef struct nf_figure_antecedent {
	nf_figure_kind kind;      /* NF_FIG_COUNT or NF_FIG_QUANTITY (a metric) */
	double value;
	int scale;                /* the scale word written: 6 million, 4 万 ... */
	char measure[4];          /* a Chinese count's measure word (起), or "" */
	long sent;                /* the sentence it was read in (doc->sentno) */
	char unit[64];            /* the counted noun or the metric */
} nf_figure_antecedent;

typedef struct nf_figure_doc {
	long article, para;       /* in: where the next sentence is, or ... */
	void (*where)(void *ctx, long *article, long *para);
	void *where_ctx;          /* ... (where not NULL) where() sets them, called
	                             only when the sentence keeps or borrows an
	                             antecedent (finding them may cost the
	                             caller a scan of the record) */
	bool synced;              /* internal: the sentence's place is known */
	long sentno;              /* internal: sentences read so far */
	long carry_article, carry_para;   /* where the carry was read */
	size_t ncarry;
	nf_figure_antecedent carry[NF_FIGURE_CARRY];   /* oldest first */
	size_t nprev;             /* internal: the carry as the sentence now
	                             read found it (its figures' units may
	                             point into it) */
	nf_figure_antecedent prev[NF_FIGURE_CARRY];
	unsigned cues;            /* internal: the dollar cues seen */
	unsigned seen;            /* internal: the local dollars written out */
	const char *strong, *weak;   /* internal: the dollar they name */
} nf_figure_doc;

typedef struct nf_figure_opts {
	const char *dollar;       /* what a bare "$" means; NULL: USD */
	bool chinese;             /* the text is Chinese (the record's lang) */
	const nf_table_units *table;   /* the text is a row of this table */
	nf_figure_doc *doc;       /* per-document state, or NULL: each text
	                             stands alone; not owned */
} nf_figure_opts;

/* Start a new document: name is its doc key or URL (NULL if none). */
void nf_figure_doc_start(nf_figure_doc *doc, const char *name, size_t n);

/* Where a sentence stands, for nf_figure_doc_scan(). */
enum nf_figure_place {
	NF_PLACE_HEAD,            /* the title or the dek */
	NF_PLACE_BODY,            /* the article's text */
	NF_PLACE_CHROME,          /* anything else: bylines, captions, page
	                             chrome (a copyright line names the
	                             publisher) */
};

/* Read a sentence of the document (any role: a copyright line names the
 * publisher) for what it says about "$"; English text only (a Chinese
 * page names 澳元, 加元: its "$" is the domain's dollar, else USD). */
void nf_figure_doc_scan(nf_figure_doc *doc, const char *text, size_t n,
    enum nf_figure_place place);

/* The code a bare "$" means in the document so far: a strong cue's, else
 * (final: the whole document has been read) a weak cue's or "USD"; NULL
 * while not final and no strong cue has decided. */
const char *nf_figure_doc_dollar(const nf_figure_doc *doc, bool final);

/* Whether text has a "$" that no letter stands before (a bare dollar). */
bool nf_figure_bare_dollar(const char *text, size_t n);

/*
 * Read the units a table declares from its caption and its header row
 * (either may be NULL) into t (zeroed first, or filled before: it is
 * reset).  The forms: a currency and a scale ("US$ million", "US$m",
 * "RMB bn", "HK$'000", "(US$)"), a scale and a currency ("million yuan",
 * "in millions of US dollars", 亿元, 万元), 单位：元.  Returns 0, or -1
 * when memory ran out.
 */
int nf_table_units_read(nf_table_units *t, const char *caption, size_t caption_len,
    const char *header, size_t header_len);
void nf_table_units_free(nf_table_units *t);

/*
 * Find the figures of text[0..n) and append them to out (which the caller
 * clears).  text need not be NUL-terminated; invalid UTF-8 is skipped.
 * Returns 0, or -1 when memory ran out.
 */
int nf_figures_find(const char *text, size_t n, const nf_figure_opts *opts,
    nf_figure_list *out);

void nf_figure_list_clear(nf_figure_list *list);
void nf_figure_list_free(nf_figure_list *list);

/* "money", "percent", "quantity", "count". */
const char *nf_figure_kind_name(nf_figure_kind kind);

/* NULL for NF_QUAL_NONE, else "approx", "gt", "ge", "lt", "le", "range". */
const char *nf_qualifier_name(nf_qualifier q);

/*
 * Write d as a JSON number, exactly ("1470000000", "128.99", "0.5") into
 * buf (at least NF_DECIMAL_BUF bytes); returns its length.
 */
#define NF_DECIMAL_BUF 64
size_t nf_decimal_format(nf_decimal d, char *buf);

/*
 * A value a double cannot hold ("1" and 400 zeros: nf_decimal_in_range()
 * is false) is written as null, never as a number a JSON reader rejects;
 * the figure is still reported, with this note.
 */
#define NF_FIGURE_NOTE_RANGE "value beyond the range of a double"


#endif
