/*
 * html.h - an HTML page as a reader sees it: the visible text in reading
 * order, cut into blocks that say what the markup around them is, which
 * blocks are the page's main content, and what the page declares about
 * itself (title, publication date, author, canonical URL, site, language).
 *
 * The page is parsed by modest's myhtml, the WHATWG tree construction
 * algorithm (chosen over gumbo and libxml2 by measurement: tools/parsers.sh).
 * The tree is then walked once, without recursion:
 *
 *  - Text: what is not shown is left out: script, style, noscript,
 *    template, svg and math, iframe, object, select, textarea, the head
 *    (but its title: see below), comments, and every element that is
 *    hidden (the hidden attribute, aria-hidden="true", an inline style
 *    display:none or visibility:hidden, type="hidden", a screen-reader-only
 *    class: sr-only, screen-reader-text, visually-hidden).  White space
 *    collapses as a browser collapses it (a line break between two Chinese
 *    characters disappears, as CSS Text says); pre and textarea keep theirs.
 *    Character references were decoded by the parser.
 *  - Blocks: every block-level element (p, h1-h6, li, dt, dd, blockquote,
 *    figcaption, pre, address, caption, legend, summary, and a div,
 *    section, article, header ... holding text directly) starts and ends
 *    a block; br ends one too.  A table row whose cells hold only inline
 *    content is one block, its cells separated by a TAB, so a figure keeps
 *    its row label (the first cell) on its line and its column header on
 *    the header row's line; a cell holding blocks gives those blocks.  The
 *    page's <title> is the first block (tag "title"), as a WET conversion
 *    record starts with it.
 *  - Main content: containers are scored as Mozilla Readability scores
 *    them (paragraphs of 25 characters or more give their parent and
 *    grandparents points for length and commas; class and id words weigh
 *    +-25; link density discounts), the best container and its siblings
 *    that score well are the main content, and the blocks in it that sit in
 *    a nav, aside, form or footer, or under a class such as share, related
 *    or comment, or short lines of links (teasers; links to documents, a
 *    notice's attachments, are no teasers), are taken out again.  Nothing
 *    is dropped: the flag is a hint for nf-segment.
 *
 * Depth: elements nested deeper than NF_HTML_DEPTH_MAX are not nested
 * further (their contents go to the deepest element kept), as browsers
 * cap depth, so 100,000 nested divs parse in linear time.
 *
 * Memory is the parsed tree of one page (about 25 times the page on dense
 * markup, 2-3 times on typical pages), reused from page to page.
 */
#ifndef NF_HTML_H
#define NF_HTML_H

#include <stdbool.h>
#include <stddef.h>

#include "record.h"
#include "strbuf.h"

/* Depth beyond which elements are no longer nested (Blink's cap). */
#define NF_HTML_DEPTH_MAX 512

/* Where a block sits: the landmarks among its ancestors (and itself). */
enum nf_html_in {
	NF_HIN_NAV = 1 << 0,      /* nav, role=navigation */
	NF_HIN_HEADER = 1 << 1,   /* header, role=banner */
	NF_HIN_FOOTER = 1 << 2,   /* footer, role=contentinfo */
	NF_HIN_ASIDE = 1 << 3,    /* aside, role=complementary */
	NF_HIN_FORM = 1 << 4,     /* form, role=search */
	NF_HIN_ARTICLE = 1 << 5,  /* article, role=article */
	NF_HIN_MAIN = 1 << 6,     /* main, role=main */
	NF_HIN_FIGURE = 1 << 7,   /* figure */
	NF_HIN_TABLE = 1 << 8,    /* table */
	NF_HIN_LIST = 1 << 9,     /* ul, ol, dl, menu */
	NF_HIN_QUOTE = 1 << 10,   /* blockquote */
	NF_HIN_COUNT = 11,
};

/*
 * Words of class and id attributes that say what a block is (the block's
 * own element and its ancestors, except containers holding most of the
 * page, whose classes say nothing about one block).
 */
enum nf_html_token {
	NF_HTOK_NAV = 1 << 0,         /* nav, navbar, topnav */
	NF_HTOK_MENU = 1 << 1,        /* menu, megamenu */
	NF_HTOK_BREADCRUMB = 1 << 2,  /* breadcrumb, crumbs */
	NF_HTOK_SHARE = 1 << 3,       /* share, sharing */
	NF_HTOK_SOCIAL = 1 << 4,      /* social, follow-us */
	NF_HTOK_RELATED = 1 << 5,     /* related */
	NF_HTOK_RECOMMEND = 1 << 6,   /* recommend, outbrain, taboola, more-stories */
	NF_HTOK_COMMENT = 1 << 7,     /* comment, disqus, replies */
	NF_HTOK_FOOTER = 1 << 8,      /* footer, foot */
	NF_HTOK_COPYRIGHT = 1 << 9,   /* copyright, legal */
	NF_HTOK_BYLINE = 1 << 10,     /* byline */
	NF_HTOK_AUTHOR = 1 << 11,     /* author; a block holding a rel=author link */
	NF_HTOK_CAPTION = 1 << 12,    /* caption, credit; the text under an image
	                                 and a line break in a centered box
	                                 (<center><img><br>caption</center>) */
	NF_HTOK_AD = 1 << 13,         /* ad, ads, advert, sponsor */
	NF_HTOK_SIDEBAR = 1 << 14,    /* sidebar, rail */
	NF_HTOK_WIDGET = 1 << 15,     /* widget */
	NF_HTOK_PROMO = 1 << 16,      /* promo, banner */
	NF_HTOK_NEWSLETTER = 1 << 17, /* newsletter, subscribe, signup */
	NF_HTOK_COOKIE = 1 << 18,     /* cookie, consent, gdpr */
	NF_HTOK_TAGS = 1 << 19,       /* tags, keywords, topics */
	NF_HTOK_DATE = 1 << 20,       /* date, dateline, timestamp, pubdate */
	NF_HTOK_TITLE = 1 << 21,      /* title, headline (not subtitle) */
	NF_HTOK_LOGO = 1 << 22,       /* logo, brand, site-title, masthead */
	NF_HTOK_DEK = 1 << 23,        /* standfirst, dek, subtitle, summary, excerpt */
	NF_HTOK_COUNT = 24,
};

/* One block of the page's text. */
typedef struct nf_html_block {
	size_t start, end;      /* bytes of nf_html_page.text */
	const char *tag;        /* the element that makes it: "p", "h2", "tr", "title" */
	unsigned in;            /* nf_html_in bits */
	unsigned tokens;        /* nf_html_token bits */
	float links;            /* share of its characters inside links, 0..1 */
	bool main;              /* in the page's main content */
} nf_html_block;

/* What the page declares; each NULL when it declares nothing. */
typedef struct nf_html_meta {
	char *title;      /* the headline a reader sees (see html_meta.c) */
	char *published;  /* "2025-05-10" or "2025-05-10T08:30:00+08:00" */
	char *byline;     /* the author(s), "Jane Doe, John Roe" */
	char *url;        /* canonical URL (else og:url) */
	char *site;       /* og:site_name, else the JSON-LD publisher */
	char *lang;       /* <html lang> */
} nf_html_meta;

/* A parsed page: valid until the next nf_html_parse() on the same parser. */
typedef struct nf_html_page {
	nf_buf text;            /* the blocks' text one after another, no separators */
	nf_html_block *blocks;
	size_t nblocks;
	nf_html_meta meta;
} nf_html_page;

typedef struct nf_html nf_html;

/* A parser, reused from page to page; NULL when memory ran out. */
nf_html *nf_html_new(void);

/*
 * Parse s[0..n) (UTF-8; NUL bytes are what HTML says they are) and
 * extract its page.  base (may be NULL) is the URL the page came from, for
 * a relative canonical link.  Returns 0 with *page set, or -1 with err set
 * (out of memory, or the parser failed).
 */
int nf_html_parse(nf_html *h, const char *s, size_t n, const char *base,
    const nf_html_page **page, nf_error *err);

void nf_html_free(nf_html *h);

/*
 * Does s[0..n) start like an HTML page, by the WHATWG MIME sniffing
 * patterns: after white space (and a UTF-8 byte order mark) "<!DOCTYPE
 * HTML", "<HTML", "<HEAD", "<SCRIPT", "<IFRAME", "<H1", "<DIV", "<FONT",
 * "<TABLE", "<A", "<STYLE", "<TITLE", "<B", "<BODY", "<BR", "<P" (any case,
 * then a space or ">"), or "<!--"; also an XML declaration followed by one
 * of those (XHTML)?
 */
bool nf_html_sniff(const char *s, size_t n);

/* The word a bit of nf_html_in or nf_html_token is written as ("nav", "share"). */
const char *nf_html_in_name(unsigned bit);
const char *nf_html_token_name(unsigned bit);

#endif
