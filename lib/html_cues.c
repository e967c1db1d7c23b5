/*
 * html_cues.c - an HTML doc's blocks as nf-segment's paragraphs and cues
 * (see html_cues.h).
 */
#include "html_cues.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "html.h"
#include "html_meta.h"

/* ---- reading the blocks back ---- */

/* The bits whose names are the words of s ("nav list"). */
static unsigned
word_bits(const char *s, const char *(*name)(unsigned))
{
	unsigned bits = 0;

	while (s != NULL && *s != '\0') {
		while (*s == ' ')
			s++;
		size_t k = strcspn(s, " ");
		if (k == 0)
			break;
		for (unsigned bit = 1; bit != 0; bit <<= 1) {
			const char *w = name(bit);
			if (w[0] == '\0')
				break;
			if (strlen(w) == k && memcmp(w, s, k) == 0) {
				bits |= bit;
				break;
			}
		}
		s += k;
	}
	return bits;
}

int
nf_hcues_load(nf_hcues *c, const json_t *doc, size_t text_len)
{
	const json_t *blocks = json_object_get(doc, "blocks"), *title = json_object_get(doc, "title");
	size_t i;
	json_t *b;

	c->n = 0;
	c->title = NULL;
	c->title_len = 0;
	if (json_is_string(title)) {
		c->title = json_string_value(title);
		c->title_len = json_string_length(title);
	}
	if (!json_is_array(blocks))
		return 0;
	if (json_array_size(blocks) > c->cap) {
		nf_hcue_block *p = realloc(c->b, json_array_size(blocks) * sizeof *p);
		if (p == NULL)
			return -1;
		c->b = p;
		c->cap = json_array_size(blocks);
	}
	json_array_foreach(blocks, i, b) {
		json_t *s = json_array_get(b, 0), *e = json_array_get(b, 1), *tag = json_array_get(b, 2);
		if (!json_is_integer(s) || !json_is_integer(e) || json_integer_value(s) < 0 ||
		    json_integer_value(e) < json_integer_value(s) ||
		    (size_t)json_integer_value(e) > text_len)
			continue;
		nf_hcue_block *h = &c->b[c->n];
		memset(h, 0, sizeof *h);
		h->start = (size_t)json_integer_value(s);
		h->end = (size_t)json_integer_value(e);
		if (json_is_string(tag) && json_string_length(tag) < sizeof h->tag)
			memcpy(h->tag, json_string_value(tag), json_string_length(tag) + 1);
		h->in = word_bits(json_string_value(json_array_get(b, 3)), nf_html_in_name);
		h->links = (float)json_number_value(json_array_get(b, 4));
		h->tokens = word_bits(json_string_value(json_array_get(b, 5)), nf_html_token_name);
		h->main = json_integer_value(json_array_get(b, 6)) != 0;
		c->n++;
	}
	return c->n > 0 ? 1 : 0;
}

void
nf_hcues_free(nf_hcues *c)
{
	free(c->b);
	c->b = NULL;
	c->n = c->cap = 0;
}

/* ---- roles ---- */

static bool
is_tag(const nf_hcue_block *b, const char *tag)
{
	return strcmp(b->tag, tag) == 0;
}

/* Is text[s..e) the declared title (white space aside)? */
static bool
holds_title(const nf_hcues *c, const char *text, size_t s, size_t e)
{
	const char *t = c->title;
	size_t i = s, j = 0;

	if (t == NULL)
		return false;
	while (i < e && j < c->title_len) {
		if ((text[i] == ' ' || text[i] == '\t') && (t[j] == ' ' || t[j] == '\t')) {
			while (i < e && (text[i] == ' ' || text[i] == '\t'))
				i++;
			while (j < c->title_len && (t[j] == ' ' || t[j] == '\t'))
				j++;
			continue;
		}
		if (text[i] != t[j])
			return false;
		i++;
		j++;
	}
	return i == e && j == c->title_len;
}

/* The headline's block: the declared title's (an h1 first), else the first h1 near the main content. */
static size_t
headline(const nf_hcues *c, const char *text, size_t first_main)
{
	size_t found = SIZE_MAX;

	for (size_t i = 0; i < c->n; i++) {
		const nf_hcue_block *b = &c->b[i];
		if (is_tag(b, "title") || !holds_title(c, text, b->start, b->end))
			continue;
		if (found == SIZE_MAX || (is_tag(b, "h1") && !is_tag(&c->b[found], "h1")))
			found = i;
	}
	if (found != SIZE_MAX || c->title != NULL)
		return found;
	for (size_t i = 0; i < c->n; i++) {
		const nf_hcue_block *b = &c->b[i];
		if (is_tag(b, "h1") && !(b->tokens & NF_HTOK_LOGO) && !(b->in & NF_HIN_NAV) &&
		    (b->main || i + 8 >= first_main))
			return i;
	}
	return SIZE_MAX;
}

/* Is a block sure chrome by its markup, whatever its words? */
static bool
markup_chrome(const nf_hcue_block *b)
{
	return (b->in & NF_HIN_NAV) || (b->links >= 0.9f && (b->in & NF_HIN_LIST)) ||
	    is_tag(b, "title");
}

/* Is a short block of class byline or author, or holding a rel=author link (html.h)? */
static bool
byline_words(const nf_hcue_block *b)
{
	return (b->tokens & (NF_HTOK_BYLINE | NF_HTOK_AUTHOR)) && b->end - b->start < 120;
}

/* Class words of page chrome: a block under them is no byline by its markup alone. */
#define CHROME_WORDS (NF_HTOK_NAV | NF_HTOK_MENU | NF_HTOK_SHARE | NF_HTOK_SOCIAL | \
	NF_HTOK_RELATED | NF_HTOK_RECOMMEND | NF_HTOK_COMMENT | NF_HTOK_AD | NF_HTOK_PROMO | \
	NF_HTOK_NEWSLETTER | NF_HTOK_COOKIE | NF_HTOK_FOOTER | NF_HTOK_SIDEBAR | NF_HTOK_WIDGET)

/*
 * Is a block the author's line by its markup alone, whatever the text cues
 * say of its words ("Eleanor Hart in Hangzhou"): byline_words() outside
 * chrome landmarks, chrome class words and lists of links?
 */
static bool
byline_block(const nf_hcue_block *b)
{
	return byline_words(b) && !(b->tokens & CHROME_WORDS) &&
	    !(b->in & (NF_HIN_NAV | NF_HIN_ASIDE | NF_HIN_FOOTER | NF_HIN_FORM)) && !markup_chrome(b);
}

/* Where a paragraph of the article sits. */
enum place {
	P_ABOVE,    /* above the headline: a kicker, a disclosure, a breadcrumb */
	P_HEAD,     /* from the headline to the last paragraph the text cues took
	               for body */
	P_TAIL,     /* after it: an author's box there is the text cues' to judge */
};

/*
 * After the text cues, what the markup of a paragraph of the article says:
 * is_head when it is the page's headline, known when the page has one.
 */
static void
markup_role(const nf_hcue_block *b, nf_para *p, bool is_head, bool known, enum place at)
{
	if (known && is_head != (p->role == NF_ROLE_TITLE)) {
		/* the headline is the title; another line the text cues took for
		   one is a heading of the article */
		p->role = is_head ? NF_ROLE_TITLE : b->main && at != P_ABOVE ? NF_ROLE_BODY :
		    NF_ROLE_BOILERPLATE;
		p->meta = is_head;
	}
	if (is_head)
		return;
	if (b->main && p->role == NF_ROLE_BOILERPLATE && at != P_ABOVE &&
	    ((is_tag(b, "tr") && !p->info.tail_mark && !(p->info.cues & NF_CUE_CAPTION)) ||
	    (p->info.cls != NF_PC_BAD &&
	    !(p->in_block && (b->links > 0.3f || p->info.cls == NF_PC_SHORT)))))
		/* main content the text cues took for chrome by its place alone
		   (not by its own words) under the headline, or a row of a
		   table for a menu (not a table's "Source: ..." note); above
		   the headline, the place is the markup's word too */
		p->role = NF_ROLE_BODY;
	else if (!b->main && p->role == NF_ROLE_BOILERPLATE && p->info.cls != NF_PC_BAD &&
	    ((b->tokens & NF_HTOK_DEK) || p->info.cls == NF_PC_GOOD))
		/* under the headline, a standfirst */
		p->role = NF_ROLE_DEK;
	if ((is_tag(b, "figcaption") || (b->tokens & NF_HTOK_CAPTION)) && p->role == NF_ROLE_BODY)
		p->role = NF_ROLE_CAPTION;
	else if ((byline_words(b) && (p->role == NF_ROLE_BODY || p->role == NF_ROLE_DEK)) ||
	    (byline_block(b) && p->role == NF_ROLE_BOILERPLATE && p->info.cls != NF_PC_BAD &&
	    at == P_HEAD))
		/* the author's line: by its class among the article's lines, and
		   under the headline also where the text cues said chrome */
		p->role = NF_ROLE_BYLINE;
	else if (markup_chrome(b) && p->role != NF_ROLE_TITLE)
		p->role = NF_ROLE_BOILERPLATE;
}

int
nf_hcues_roles(const nf_hcues *c, const char *text, nf_para *paras, size_t n,
    const nf_bp_opts *opts)
{
	size_t first_main = SIZE_MAX, last_main = 0, body_from, last_body = 0, head, m = 0, *idx;
	nf_para *sub;
	int articles;

	for (size_t i = 0; i < n && i < c->n; i++) {
		if (!c->b[i].main)
			continue;
		if (first_main == SIZE_MAX)
			first_main = i;
		last_main = i;
	}
	if (first_main == SIZE_MAX || n != c->n)
		return nf_bp_roles(text, paras, n, opts);
	head = headline(c, text, first_main);
	/* the main content that follows the headline */
	body_from = first_main;
	if (head != SIZE_MAX)
		for (body_from = head + 1; body_from < n && !c->b[body_from].main; body_from++)
			;
	sub = malloc(n * sizeof *sub);
	idx = malloc(n * sizeof *idx);
	if (sub == NULL || idx == NULL) {
		free(sub);
		free(idx);
		return -1;
	}
	/* the article as a reader reads it: headline, the lines under it (and
	   its author's line among the first of the main content), the main content */
	for (size_t i = 0; i < n; i++) {
		const nf_hcue_block *b = &c->b[i];
		bool under = head != SIZE_MAX && i > head;
		bool take = b->main || i == head ||
		    (under && i < body_from && b->end - b->start < 300 && !markup_chrome(b)) ||
		    (under && i < last_main && byline_block(b));
		if (take) {
			idx[m] = i;
			sub[m] = paras[i];
			sub[m].flags &= ~NF_PARA_SECTION;
			if (i == head)
				sub[m].flags |= NF_PARA_HEADLINE;
			m++;
		}
	}
	articles = nf_bp_roles(text, sub, m, opts);
	if (articles < 0) {
		free(sub);
		free(idx);
		return -1;
	}
	for (size_t k = 0; k < m; k++)
		if (sub[k].role == NF_ROLE_BODY)
			last_body = idx[k];
	unsigned article = articles > 0 ? 1 : 0;
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (k < m && idx[k] == i) {
			paras[i] = sub[k++];
			article = paras[i].article;
			markup_role(&c->b[i], &paras[i], i == head, head != SIZE_MAX,
			    head != SIZE_MAX && i < head ? P_ABOVE : i > last_body ? P_TAIL : P_HEAD);
			continue;
		}
		/* not the article: chrome */
		paras[i].role = NF_ROLE_BOILERPLATE;
		paras[i].article = article ? article : 1;
		paras[i].in_block = paras[i].meta = paras[i].has_pub = false;
		paras[i].name_start = paras[i].name_end = 0;
		paras[i].title_start = paras[i].title_end = 0;
	}
	free(sub);
	free(idx);
	return articles > 0 ? articles : 1;
}
