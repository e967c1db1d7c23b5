/*
 * sentences.c - sentence boundaries in English and Chinese paragraphs.
 *
 * One pass over the paragraph.  At each terminal mark (. ! ? … 。 ！ ？ ；)
 * the run of terminals and closing quotes/brackets after it is taken whole,
 * then should_split() decides from what comes before and after it; book
 * titles (《》) are looked ahead for their end, and numbered items on one
 * line for the next number.  The word lists (abbreviations, words that
 * start sentences, verbs of saying) are data at the top of this file.
 */
#include "sentences.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "utf8.h"

/* Abbreviations that never end a sentence: titles before names, "e.g.". */
static const char *const never_end[] = {
	"mr", "mrs", "ms", "dr", "prof", "messrs", "mme", "mlle", "gen", "lt",
	"col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt", "gov", "sen",
	"rep", "rev", "hon", "pres", "supt", "det", "insp", "fr", "e.g", "i.e",
	"cf", "vs", "viz", "approx", "ca", "fig", "figs", "eq", "vol", "vols",
	"pp", "ed", "eds", "op", "ref", "para", "art", "sec", "ch", "tel",
};

/*
 * Abbreviations that may end a sentence ("... Apple Inc. The company"):
 * they end one only when a word that typically starts a sentence follows.
 * Single capital letters (initials) and dotted acronyms (U.S., a.m.,
 * Ph.D.) are treated the same way without being listed.
 */
static const char *const may_end[] = {
	"inc", "ltd", "corp", "co", "llc", "plc", "bros", "jr", "sr", "st", "mt",
	"ave", "blvd", "rd", "dept", "univ", "assn", "est", "etc", "al", "jan",
	"feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
	"dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
	"sun", "no", "nos", "govt", "intl", "natl", "mln", "bln", "pty", "ft",
	"oz", "lb", "lbs", "min", "max", "yr", "yrs", "mo", "hr", "hrs", "p",
};

/* Lower-case words inside a name: "Ludwig van B." keeps its initial. */
static const char *const name_particles[] = {
	"de", "da", "di", "du", "van", "von", "der", "den", "le", "la", "bin", "al",
};

/*
 * Chinese verbs of saying that close an attribution after a quotation:
 * 「今天先这样。」他说。 is one sentence, the quote being what he said.
 */
static const char *const speech_verbs[] = {
	"说", "說", "道", "问", "問", "答", "表示", "称", "稱", "指出", "强调",
	"強調", "介绍", "介紹", "透露", "坦言", "补充", "補充", "解释", "解釋",
	"回应", "回應", "感叹", "感嘆", "提到", "告诉记者", "告訴記者",
};

/* Characters that, right after a closing quote, continue its sentence:
 * “好！”的一声, “快跑！”，大家 ... */
static const char quote_continuers[] = "的，、：,";

/* Capitalised words that commonly start a sentence. */
static const char *const starters[] = {
	"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This",
	"That", "These", "Those", "There", "Their", "His", "Her", "Its", "Our",
	"My", "Your", "But", "And", "Or", "So", "Yet", "In", "On", "At", "For",
	"From", "With", "As", "By", "After", "Before", "When", "While", "If",
	"Although", "Though", "However", "Meanwhile", "Also", "Then", "Now",
	"Still", "Some", "Many", "Most", "All", "One", "Two", "Three", "Last",
	"Next", "Other", "Such", "What", "Why", "How", "Who", "Where", "Which",
	"Here", "Since", "Because", "Despite", "During", "Under", "Over", "Both",
	"Each", "Every", "Not", "Only", "Even", "Instead", "Yesterday", "Today",
	"Earlier", "Later", "According", "Officials", "Analysts", "Shares",
	"Mr", "Mrs", "Ms", "Dr", "Prof", "Sales", "Prices", "Profits", "Its",
};

/* Sentence-final marks. */
static bool
is_terminal(uint32_t cp)
{
	switch (cp) {
	case '.': case '!': case '?':
	case 0x2026:  /* … */
	case 0x203C: case 0x2047: case 0x2048: case 0x2049:  /* ‼ ⁇ ⁈ ⁉ */
	case 0x3002:  /* 。 */
	case 0xFF01: case 0xFF1F: case 0xFF1B:  /* ！ ？ ； */
	case 0xFF0E: case 0xFF61:  /* ． ｡ */
		return true;
	}
	return false;
}

/* Marks that are Chinese (or fullwidth) stops: the sentence ends there. */
static bool
is_cjk_terminal(uint32_t cp)
{
	return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF1B ||
	    cp == 0xFF0E || cp == 0xFF61;
}

/* Closing quotes and brackets that stay with the sentence before them. */
static bool
is_closer(uint32_t cp)
{
	switch (cp) {
	case '"': case '\'': case ')': case ']': case '}':
	case 0x201D: case 0x2019: case 0x00BB: case 0x203A:  /* ” ’ » › */
	case 0x300D: case 0x300F: case 0x3009: case 0x300B:  /* 」 』 〉 》 */
	case 0x3011: case 0x3015: case 0x3017:               /* 】 〕 〗 */
	case 0xFF09: case 0xFF3D: case 0xFF5D: case 0xFF02: case 0xFF07:
		return true;
	}
	return false;
}

/* Opening quotes and brackets that may come before a sentence's first word. */
static bool
is_opener(uint32_t cp)
{
	switch (cp) {
	case '"': case '\'': case '(': case '[': case '{':
	case 0x201C: case 0x2018: case 0x00AB: case 0x2039:  /* “ ‘ « ‹ */
	case 0x300C: case 0x300E: case 0x3008: case 0x300A:  /* 「 『 〈 《 */
	case 0x3010: case 0x3014: case 0x3016: case 0xFF08:  /* 【 〔 〖 （ */
		return true;
	}
	return false;
}

/* Bullets that start a list item (and, inline after a space, a sentence). */
static bool
is_bullet(uint32_t cp)
{
	switch (cp) {
	case 0x2022: case 0x25AA: case 0x25CF: case 0x25A0: case 0x25C6:
	case 0x25BA: case 0x25B6: case 0x2023: case 0x2043: case 0x25E6:
	case 0x2219: case 0x27A2: case 0x2713: case 0x2714:
		return true;
	}
	return false;
}

/* 一 to 十: Chinese list numbers. */
static bool
is_cjk_numeral(uint32_t cp)
{
	static const uint32_t digits[] = {
		0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B,
		0x4E5D, 0x5341,
	};

	for (size_t i = 0; i < sizeof digits / sizeof digits[0]; i++)
		if (cp == digits[i])
			return true;
	return false;
}

/* ASCII or fullwidth digit. */
static bool
is_any_digit(uint32_t cp)
{
	return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19);
}

static bool
is_lower_ascii(uint32_t cp)
{
	return cp >= 'a' && cp <= 'z';
}

static bool
is_alpha_ascii(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
is_digit_ascii(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* Decode at i; returns the length (1 at the very least, for i < n). */
static size_t
cp_at(const char *s, size_t n, size_t i, uint32_t *cp)
{
	if ((unsigned char)s[i] < 0x80) {
		*cp = (unsigned char)s[i];
		return 1;
	}
	return nf_utf8_decode(s + i, n - i, cp, NULL);
}

/* The code point before position i (0 at the start). */
static uint32_t
cp_before(const char *s, size_t i)
{
	uint32_t cp;
	size_t p;

	if (i == 0)
		return 0;
	p = nf_utf8_prev(s, i);
	nf_utf8_decode(s + p, i - p, &cp, NULL);
	return cp;
}

static size_t
skip_space(const char *s, size_t n, size_t i)
{
	uint32_t cp;

	while (i < n) {
		size_t k = cp_at(s, n, i, &cp);
		if (!nf_is_space(cp))
			break;
		i += k;
	}
	return i;
}

/* Skip spaces and tabs only (not line breaks). */
static size_t
skip_blank(const char *s, size_t n, size_t i)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i;
}

static bool
in_list(const char *const *list, size_t count, const char *w, size_t len)
{
	unsigned char first = (unsigned char)(w[0] | 0x20);

	for (size_t i = 0; i < count; i++)
		if ((unsigned char)list[i][0] == first && strlen(list[i]) == len &&
		    strncasecmp(list[i], w, len) == 0)
			return true;
	return false;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Is s[i..) a capitalised word that typically starts a sentence? */
static bool
starts_with_starter(const char *s, size_t n, size_t i)
{
	uint32_t cp;
	size_t j;

	while (i < n) {  /* opening quotes before the word */
		size_t k = cp_at(s, n, i, &cp);
		if (!is_opener(cp))
			break;
		i += k;
	}
	for (j = i; j < n && is_alpha_ascii((unsigned char)s[j]); j++)
		;
	if (j == i || (j < n && is_digit_ascii((unsigned char)s[j])))
		return false;
	for (size_t k = 0; k < COUNT(starters); k++)
		if (starters[k][0] == s[i] && strlen(starters[k]) == j - i &&
		    memcmp(starters[k], s + i, j - i) == 0)
			return true;
	return false;
}

/*
 * Is s[start..end) a list marker such as "1", "12", "a", "iv" or "(3"?
 * Then the period after it does not end a sentence.
 */
static bool
is_list_marker(const char *s, size_t start, size_t end)
{
	size_t i = start, digits = 0, letters = 0;
	bool roman = true;

	if (i < end && s[i] == '(')
		i++;
	for (; i < end; i++) {
		unsigned char c = (unsigned char)s[i];
		if (is_digit_ascii(c))
			digits++;
		else if (is_alpha_ascii(c)) {
			letters++;
			if (!strchr("ivxIVX", c))
				roman = false;
		} else
			return false;
	}
	if (digits > 0)
		return letters == 0 && digits <= 3;
	return letters == 1 || (roman && letters > 0 && letters <= 4);
}

/*
 * Does a list item start at s[i..)?  A bullet, a dash or asterisk and a
 * space, "12." or "3)" and a space, "(4)", or Chinese "一、" / "（一）".
 */
static bool
starts_list_item(const char *s, size_t n, size_t i)
{
	uint32_t cp, next = 0;
	size_t k = cp_at(s, n, i, &cp), j;

	if (i + k < n)
		cp_at(s, n, i + k, &next);
	if (is_bullet(cp))
		return true;
	if ((cp == '-' || cp == '*' || cp == 0x2013 || cp == 0x2014) && next == ' ')
		return true;
	for (j = i; j < n && j - i < 3 && is_digit_ascii((unsigned char)s[j]); j++)
		;
	if (j > i && j + 1 < n && (s[j] == '.' || s[j] == ')') && s[j + 1] == ' ')
		return true;
	if (j > i && j < n && cp_at(s, n, j, &next) > 0 && next == 0x3001)
		return true;  /* 1、 */
	if (cp == '(' || cp == 0xFF08) {
		if (i + k >= n)
			return false;
		cp_at(s, n, i + k, &next);
		return is_digit_ascii((unsigned char)s[i + k]) || is_cjk_numeral(next);
	}
	return is_cjk_numeral(cp) && next == 0x3001;  /* 一、 */
}

/* What the run of terminals and closers at a candidate boundary holds. */
struct stop_run {
	size_t end;         /* first byte after the run */
	int periods;        /* ASCII '.' */
	bool ellipsis;      /* "..." or "…" */
	bool question;      /* ? or ! */
	bool cjk;           /* a Chinese/fullwidth stop */
	bool closer;        /* a closing quote or bracket */
	bool quote;         /* a closing quote: ” 」 』 */
	bool single_fw_dot; /* the run is one fullwidth '．' */
};

/* Length of a footnote mark "[1]" .. "[999]" at s[i], or 0. */
static size_t
citation_mark(const char *s, size_t n, size_t i)
{
	size_t j = i + 1;

	while (j < n && j - i <= 3 && is_digit_ascii((unsigned char)s[j]))
		j++;
	return j > i + 1 && j < n && s[j] == ']' ? j + 1 - i : 0;
}

static struct stop_run
take_stop_run(const char *s, size_t n, size_t i)
{
	struct stop_run r = { 0 };
	size_t start = i;
	uint32_t cp;

	while (i < n) {
		size_t k = cp_at(s, n, i, &cp);
		if (cp == '.' && i + 2 < n && s[i + 1] == ' ' && s[i + 2] == '.'
		    && (r.periods > 0 || (i + 4 < n && s[i + 3] == ' ' && s[i + 4] == '.')))
			k = 2, r.periods++;  /* ". . .": a spaced ellipsis */
		else if (cp == '.')
			r.periods++;
		else if (cp == 0x2026)
			r.ellipsis = true;
		else if (cp == '!' || cp == '?' || (cp >= 0x203C && cp <= 0x2049))
			r.question = true;
		else if (is_cjk_terminal(cp))
			r.cjk = true;
		else if (is_closer(cp)) {
			r.closer = true;
			r.quote |= cp == 0x201D || cp == 0x300D || cp == 0x300F;
		}
		else if (cp == '[' && i > start && (k = citation_mark(s, n, i)) > 0)
			;  /* "2024.[1] Prices": a footnote mark stays */
		else
			break;
		i += k;
	}
	if (r.periods >= 2)
		r.ellipsis = true;
	r.single_fw_dot = i - start == 3 && cp_at(s, n, start, &cp) == 3 && cp == 0xFF0E;
	r.end = i;
	return r;
}

/*
 * The word before position i: letters, with inner dots ("U.S", "e.g").
 * Sets *ws to its start; returns its length (0 when a non-letter is there).
 */
static size_t
word_before(const char *s, size_t start, size_t i, size_t *ws)
{
	size_t j = i;

	while (j > start && (is_alpha_ascii((unsigned char)s[j - 1]) || s[j - 1] == '.'))
		j--;
	while (j < i && s[j] == '.')
		j++;
	*ws = j;
	return i - j;
}

/* "U.S", "a.m", "Ph.D": dot-separated pieces of one or two letters. */
static bool
is_dotted_acronym(const char *w, size_t len)
{
	size_t piece = 0;
	bool dot = false;

	for (size_t i = 0; i < len; i++) {
		if (w[i] == '.') {
			if (piece == 0)
				return false;
			dot = true;
			piece = 0;
		} else if (++piece > 2) {
			return false;
		}
	}
	return dot && piece > 0;
}

/* Does s[start..end) hold a letter, digit or CJK character? */
static bool
has_word(const char *s, size_t start, size_t end)
{
	return nf_utf8_lead(s + start, end - start) < end - start;
}

/*
 * Is the capital letter at s[ws] (a one-letter word before a period) an
 * initial?  "I" after a lower-case word is the pronoun ("you and I.") and
 * ends a sentence like any word; other letters are initials even after a
 * lower-case word ("spokesman R. Patel").
 */
static bool
is_initial(const char *s, size_t start, size_t ws)
{
	size_t j = ws, e;

	if (s[ws] != 'I')
		return true;
	while (j > start && s[j - 1] == ' ')
		j--;
	e = j;
	while (j > start && is_alpha_ascii((unsigned char)s[j - 1]))
		j--;
	return e == j || !is_lower_ascii((unsigned char)s[j]) ||
	    in_list(name_particles, COUNT(name_particles), s + j, e - j);
}

/* Is the word before the period at s[i] an abbreviation or an initial? */
static bool
abbreviation_before(const char *s, size_t start, size_t i)
{
	size_t ws, wlen = word_before(s, start, i, &ws);

	return wlen > 0 && (in_list(never_end, COUNT(never_end), s + ws, wlen) ||
	    in_list(may_end, COUNT(may_end), s + ws, wlen) ||
	    (wlen == 1 && s[ws] >= 'A' && s[ws] <= 'Z') ||
	    is_dotted_acronym(s + ws, wlen));
}

/* Does "N°" or "Nº" (number) end at i? */
static bool
numero_before(const char *s, size_t start, size_t i)
{
	size_t p = nf_utf8_prev(s, i);
	uint32_t cp = cp_before(s, i);

	return p > start && (cp == 0x00B0 || cp == 0x00BA) &&
	    (s[p - 1] == 'N' || s[p - 1] == 'n') &&
	    (p - 1 == start || !is_alpha_ascii((unsigned char)s[p - 2]));
}

/* Number of white-space separated words in s[start..end). */
static size_t
count_words(const char *s, size_t start, size_t end)
{
	size_t words = 0;

	for (size_t i = start; i < end; i++)
		if (s[i] != ' ' && (i == start || s[i - 1] == ' '))
			words++;
	return words;
}

/* Start of the sentence's text after bullets and spaces. */
static size_t
skip_bullets(const char *s, size_t n, size_t i)
{
	uint32_t cp;

	while (i < n) {
		size_t k = cp_at(s, n, i, &cp);
		if (!is_bullet(cp) && !nf_is_space(cp))
			break;
		i += k;
	}
	return i;
}

/*
 * Does the text at s[i] (a closing quote just behind it) continue the
 * sentence the quote stands in?  A comma or a particle after the quote
 * (“快跑！”，大家 / “好！”的一声), or an attribution that closes it: a short
 * clause of Han characters ending in a verb of saying, then the end of the
 * sentence (「今天先这样。」他说。) or a comma and the quotation resumed
 * (「先别急！」她笑着说，「还有时间。」).  An attribution that goes on with
 * words of its own (“……。”他表示，现行的法律……) starts a sentence.
 */
static bool
quote_continues(const char *s, size_t n, size_t i)
{
	size_t j = i, hans = 0, k;
	uint32_t cp = 0, next = 0;
	bool verb = false;

	if (i >= n)
		return false;
	cp_at(s, n, i, &cp);
	for (const char *c = quote_continuers; *c; ) {
		uint32_t q;
		c += nf_utf8_decode(c, strlen(c), &q, NULL);
		if (q == cp)
			return true;
	}
	while (j < n && hans <= 10) {
		k = cp_at(s, n, j, &cp);
		if (!nf_is_han(cp))
			break;
		j += k;
		hans++;
	}
	if (hans == 0 || hans > 10)
		return false;
	for (size_t v = 0; v < COUNT(speech_verbs) && !verb; v++) {
		size_t len = strlen(speech_verbs[v]);
		verb = len <= j - i && memcmp(s + j - len, speech_verbs[v], len) == 0;
	}
	if (!verb || j >= n || is_terminal(cp))
		return verb;
	if (cp != 0xFF0C && cp != ',')
		return false;
	k = skip_space(s, n, j + cp_at(s, n, j, &cp));
	if (k < n)
		cp_at(s, n, k, &next);
	return next == 0x201C || next == 0x300C || next == 0x300E || next == '"';
}

/* Is the dotted acronym s[ws..ws+wlen) "a.m" or "p.m" (any case)? */
static bool
clock_suffix(const char *s, size_t ws, size_t wlen)
{
	return wlen == 3 && s[ws + 1] == '.' && (s[ws + 2] | 0x20) == 'm' &&
	    ((s[ws] | 0x20) == 'a' || (s[ws] | 0x20) == 'p');
}

/*
 * Does the stop run r, found at s[i] inside the sentence that began at
 * start, end the sentence?
 */
static bool
should_split(const char *s, size_t n, size_t start, size_t i, const struct stop_run *r)
{
	uint32_t first, after = 0, before = cp_before(s, i);
	size_t t, wlen, ws, lead = skip_bullets(s, n, start);

	if (r->end >= n)
		return true;
	if (before == '[' && r->ellipsis)
		return false;  /* "[...]": words left out of a quotation */
	cp_at(s, n, r->end, &after);
	if (r->quote && (r->cjk || r->question || r->ellipsis || nf_is_han(after)) &&
	    quote_continues(s, n, r->end))
		return false;
	if (r->cjk)  /* but not the decimal point of "１．５" */
		return !(r->single_fw_dot && is_any_digit(before) && is_any_digit(after));
	if (r->ellipsis && !r->question && (nf_is_cjk(before) || nf_is_cjk(after)))
		return true;
	if (nf_is_cjk(after) || after == 0x201C || after == 0x300C || after == 0x300A)
		/* "发布R1.随后", but not "美国(U.S.)市场" */
		return r->question || r->ellipsis || !abbreviation_before(s, start, i);
	if (!nf_is_space(after))
		return false; /* 1.47, example.com, U.S.-China */
	t = skip_space(s, n, r->end);
	if (t >= n)
		return true;
	cp_at(s, n, t, &first);
	if (is_lower_ascii(first))
		return false;
	/* "1.) The first item", "• 4. Cut fees": the period of a list number */
	if (!r->question && !r->ellipsis && r->periods == 1 && is_list_marker(s, lead, i))
		return false;
	if (r->question || r->ellipsis || r->closer)
		return !(first == ',' || first == ';' || first == ':');
	/* a single period */
	if (!has_word(s, start, i))
		return false;
	wlen = word_before(s, start, i, &ws);
	if (wlen == 0)
		return numero_before(s, start, i) ? starts_with_starter(s, n, t) : true;
	if (in_list(never_end, COUNT(never_end), s + ws, wlen))
		return false;
	/* "At 5 a.m. Mr. Smith went": the time opens the sentence */
	if (clock_suffix(s, ws, wlen) && count_words(s, start, ws) <= 2)
		return false;
	if (in_list(may_end, COUNT(may_end), s + ws, wlen) ||
	    (wlen == 1 && s[ws] >= 'A' && s[ws] <= 'Z' && is_initial(s, start, ws)) ||
	    is_dotted_acronym(s + ws, wlen))
		return starts_with_starter(s, n, t);
	return true;
}

int
nf_span_push(nf_span_list *list, size_t start, size_t end)
{
	if (list->len == list->cap) {
		size_t cap = list->cap ? list->cap * 2 : 16;
		nf_span *p = realloc(list->items, cap * sizeof *p);
		if (p == NULL)
			return -1;
		list->items = p;
		list->cap = cap;
	}
	list->items[list->len].start = start;
	list->items[list->len].end = end;
	list->len++;
	return 0;
}

void
nf_span_list_free(nf_span_list *list)
{
	free(list->items);
	list->items = NULL;
	list->len = list->cap = 0;
}

/* Append s[start..end) without its trailing white space, when not empty. */
static int
emit(const char *s, nf_span_list *out, size_t start, size_t end)
{
	while (end > start) {
		size_t p = nf_utf8_prev(s, end);
		if (p < start)  /* stray continuation bytes */
			p = end - 1;
		uint32_t cp;
		nf_utf8_decode(s + p, end - p, &cp, NULL);
		if (!nf_is_space(cp))
			break;
		end = p;
	}
	if (end <= start)
		return 0;
	return nf_span_push(out, start, end);
}

/*
 * A list marker at s[i]: "1.)", "2)", "3." or "b." (lower case: "J. K."
 * are initials) followed by a space.
 * Sets *value (the number, or the letter) and *suffix (the marker's
 * ending, without the space); returns the marker's length, 0 when there is
 * none.
 */
static size_t
list_marker_at(const char *s, size_t n, size_t i, unsigned *value, const char **suffix)
{
	static const char *const suffixes[] = { ".)", ")", "." };
	size_t j = i;
	unsigned v = 0;

	while (j < n && j - i < 3 && is_digit_ascii((unsigned char)s[j]))
		v = v * 10 + (unsigned)(s[j++] - '0');
	if (j == i && j < n && s[j] >= 'a' && s[j] <= 'z' &&
	    (j + 1 >= n || !is_alpha_ascii((unsigned char)s[j + 1])))
		v = (unsigned char)s[j++];
	if (j == i || (j < n && is_digit_ascii((unsigned char)s[j])))
		return 0;
	for (size_t k = 0; k < COUNT(suffixes); k++) {
		size_t len = strlen(suffixes[k]);
		if (len < n - j && memcmp(s + j, suffixes[k], len) == 0 && s[j + len] == ' ') {
			*value = v;
			*suffix = suffixes[k];
			return j + len - i;
		}
	}
	return 0;
}

/* How far an item on one line is looked for after the one before it. */
#define ITEM_SPAN 400

/*
 * Where the list item after the one starting at s[i] begins: the next
 * number or letter with the same ending after a space ("1) Cut fees 2)
 * Raise wages"), on the same line and within ITEM_SPAN bytes (so a long
 * paragraph of markers stays linear).  Returns its offset, or n.
 */
static size_t
next_list_item(const char *s, size_t n, size_t i)
{
	unsigned v, w;
	const char *suffix, *suffix2;
	size_t len = list_marker_at(s, n, i, &v, &suffix);

	if (len == 0)
		return n;
	for (size_t j = i + len; j < n && j < i + ITEM_SPAN && s[j] != '\n'; j++) {
		if (s[j] != ' ' || j + 1 >= n)
			continue;
		if (list_marker_at(s, n, j + 1, &w, &suffix2) > 0 && w == v + 1 &&
		    suffix2 == suffix)
			return j + 1;
	}
	return n;
}

/*
 * Where the book title 《 or 〈 opened at s[i] closes, within a short
 * distance on the same line: the 。！？ inside a title (《摔跤吧！爸爸》)
 * end no sentence.  Returns the offset of the closing mark, or i when
 * there is none.
 */
static size_t
title_end(const char *s, size_t n, size_t i, uint32_t open)
{
	uint32_t close = open == 0x300A ? 0x300B : 0x3009, cp;
	size_t limit = n - i > 150 ? i + 150 : n;

	for (size_t j = i + 3; j < limit; ) {
		size_t k = cp_at(s, n, j, &cp);
		if (cp == close)
			return j;
		if (cp == open || cp == '\n')
			return i;
		j += k;
	}
	return i;
}

/* ASCII bytes the splitter looks at; every byte >= 0x80 is looked at too. */
static const unsigned char ascii_marks[128] = {
	['\n'] = 1, ['.'] = 1, ['!'] = 1, ['?'] = 1,
};

int
nf_sent_split(const char *s, size_t n, nf_span_list *out)
{
	size_t start = skip_space(s, n, 0), i = start, title = 0;
	size_t item = next_list_item(s, n, skip_bullets(s, n, start));
	uint32_t cp;

	while (i < n) {
		unsigned char b = (unsigned char)s[i];
		if (i == item && i > start) {  /* "1) Cut fees 2) Raise wages" */
			if (emit(s, out, start, i) != 0)
				return -1;
			start = i;
			item = next_list_item(s, n, i);
		}
		if (b < 0x80 && !ascii_marks[b]) {
			i++;
			continue;
		}
		size_t k = cp_at(s, n, i, &cp);

		if (cp == '\n') {
			size_t j = skip_blank(s, n, i + 1);
			if (j < n && starts_list_item(s, n, j)) {
				if (emit(s, out, start, i) != 0)
					return -1;
				start = i = j;
				item = next_list_item(s, n, skip_bullets(s, n, start));
				continue;
			}
		} else if (is_bullet(cp) && i > start && nf_is_space(cp_before(s, i))) {
			if (emit(s, out, start, i) != 0)
				return -1;
			start = i;
			item = next_list_item(s, n, skip_bullets(s, n, start));
		} else if ((cp == 0x300A || cp == 0x3008) && i >= title) {
			title = title_end(s, n, i, cp);
		} else if (is_terminal(cp) && i < title) {
			;  /* inside a book title */
		} else if (is_terminal(cp)) {
			struct stop_run r = take_stop_run(s, n, i);
			if (should_split(s, n, start, i, &r)) {
				if (emit(s, out, start, r.end) != 0)
					return -1;
				start = i = skip_space(s, n, r.end);
				if (item <= start || item == n)
					item = next_list_item(s, n, skip_bullets(s, n, start));
				continue;
			}
			i = r.end;
			continue;
		}
		i += k;
	}
	return emit(s, out, start, n);
}
