/*
 * boilerplate.h - what each paragraph of a scraped page is: the article's
 * title, dek, byline, dateline, body, a caption, or page chrome.
 *
 * Text copied from a web page keeps its chrome: "Log In", share prompts, a
 * "Related Posts" block of other stories' teasers, comment forms, copyright
 * and "Source:" lines, photo credits.  A figure in a teaser belongs to
 * another article, and a figure in a caption or copyright line is no fact,
 * so every paragraph gets a role.  Nothing is deleted: chrome is labelled.
 *
 * Two steps, in the spirit of jusText and trafilatura's text heuristics:
 *
 *  1. nf_bp_features() looks at one paragraph alone: its length, sentence
 *     punctuation, stop-word density (English words, Chinese characters),
 *     and the cue phrases it holds (one table, boilerplate.c), and gives it
 *     a local class: chrome by itself, good prose, near-good prose, short
 *     (a heading, a navigation item), or empty (a bullet, a rule).  Chrome
 *     by itself includes a caption's label ("Image caption, ...", "Image
 *     source, ..."), a bar of the page's buttons in either script
 *     (字号：大 中 小, 【打印】【关闭】, 字級：小 中 大 ｜ 分享：Facebook LINE)
 *     and a line that is mostly a web address ("Share: https://...").
 *  2. nf_bp_roles() decides in context: sections (form feeds), blocks of
 *     teasers or comments that a heading starts and that run until the
 *     article resumes, where each article starts, its head (top chrome,
 *     title, dek, byline, dateline), middle (body, with short paragraphs
 *     judged by their neighbours) and tail (byline, chrome after the last
 *     body paragraph).  A summary under the headline ("Key points" and its
 *     items, 核心提示：...) is the dek; the closing lines of a notice
 *     (contacts, attachments, issuers) are its content, its disclosure note
 *     （此件公开发布） chrome that ends nothing, contact lines of other
 *     articles chrome; an end mark alone on its line (END, （完）) chrome; a box of results or figures after the body
 *     ("Saturday: Leeds 2-0 Hull; Derby 1-1 Stoke", under a short heading)
 *     is the article's, and so is a day alone after the body (a notice's
 *     signing date under its issuer, a letter's date, "Dated: 3 June
 *     2025") when a publication line above the body or the page's
 *     declared date dates the article - without either it is the
 *     publication line; an article without a publication line is
 *     dated by the wire dateline opening its body (nf_meta_wire_dateline).
 *
 * The tests on a single metadata line (a publication line, a byline, a
 * name, an author's note) are meta.h's: boilerplate.c uses meta.c, never
 * the other way round, and both count stop words with stopwords.h.
 */
#ifndef NF_BOILERPLATE_H
#define NF_BOILERPLATE_H

#include <stdbool.h>
#include <stddef.h>

#include "dates.h"
#include "lang.h"

enum nf_role {
	NF_ROLE_BODY,
	NF_ROLE_TITLE,
	NF_ROLE_DEK,
	NF_ROLE_BYLINE,
	NF_ROLE_DATELINE,
	NF_ROLE_CAPTION,
	NF_ROLE_BOILERPLATE,
};

/* The role as records spell it: "body", "title", ... */
const char *nf_role_name(enum nf_role role);

/* The role spelled name; false when name is no role. */
bool nf_role_parse(const char *name, enum nf_role *role);

/* What a paragraph is, judged alone. */
enum nf_para_class {
	NF_PC_EMPTY,     /* no letters: a bullet, a dash, a rule line */
	NF_PC_SHORT,     /* a heading, a label, a navigation item */
	NF_PC_NEARGOOD,  /* a sentence, but short or thin */
	NF_PC_GOOD,      /* prose: long, punctuated, dense in stop words */
	NF_PC_BAD,       /* chrome by its own cues; bad_role says which */
};

/* Cue kinds found in a paragraph (bits of nf_para_info.cues). */
enum nf_cue_kind {
	NF_CUE_NAV = 1 << 0,        /* navigation, login, share, loading */
	NF_CUE_TEASERS = 1 << 1,    /* "Related Posts": other stories follow */
	NF_CUE_COMMENTS = 1 << 2,   /* "Leave a Reply": a comment form */
	NF_CUE_COPYRIGHT = 1 << 3,  /* "All rights reserved", "版权所有" */
	NF_CUE_SOURCE = 1 << 4,     /* "Source:", "originally appeared", "责任编辑" */
	NF_CUE_CAPTION = 1 << 5,    /* "Photo: X", "(Photo/Xinhua)", "图片来源" */
	NF_CUE_PROMO = 1 << 6,      /* "our new platform", "sign up for" */
	NF_CUE_ALT = 1 << 7,        /* image alt text: "publisher logo" */
	NF_CUE_CTA = 1 << 8,        /* a call to action: "Download", "Sign up" */
	NF_CUE_CTA_OBJ = 1 << 9,    /* what it offers: "the full", "(PDF", "now" */
	NF_CUE_TAIL_HEAD = 1 << 10, /* "Forward-Looking Statements", "Media contact" */
};

/* Features of one paragraph. */
typedef struct nf_para_info {
	size_t bytes;          /* length of the trimmed paragraph */
	unsigned words;        /* Latin words */
	unsigned cjk;          /* CJK characters */
	unsigned sampled;      /* Latin words looked up as stop words (the first) */
	unsigned stop;         /* stop words among them */
	unsigned cjk_stop;     /* Chinese function characters */
	unsigned caps;         /* words starting with a capital */
	unsigned stops;        /* sentence-final marks inside */
	unsigned you;          /* "you", "your": the reader addressed */
	unsigned quotes;       /* quotation marks */
	unsigned seps;         /* separators of a menu or breadcrumb: | > » /,
	                          and gaps of two or more spaces */
	unsigned arrows;       /* breadcrumb arrows among them: > › » → ＞ */
	bool digits;           /* holds an ASCII digit */
	size_t url_bytes;      /* bytes of web addresses (https://..., www....) */
	unsigned cjk_gaps;     /* single spaces between Chinese words */
	bool ends_stop;        /* ends with . ! ? 。 (quotes allowed after) */
	bool ends_ellipsis;    /* ends with ... or … (a cut-off teaser) */
	bool ends_colon;       /* ends with : (a label, a list lead-in) */
	bool bullet;           /* starts with a bullet or dash */
	bool numbered;         /* starts with "1." or "2)" */
	nf_lang lang;
	unsigned cues;         /* nf_cue_kind bits that apply here */
	bool teaser_head;      /* the whole paragraph is a "Related Posts" heading */
	bool comments_head;    /* the whole paragraph is a "Comments" heading */
	bool tail_mark;        /* copyright or source line: the article has ended */
	bool tail_head;        /* "About Acme", "Safe Harbor Statement", "关于XX":
	                          a press release's closing sections start */
	unsigned promo;        /* promotional cue hits */
	unsigned char summary; /* a summary's label starts it ("Key points",
	                          核心提示): 1 the label alone, 2 with the
	                          summary after it (nf_meta_summary_label) */
	enum nf_para_class cls;
	enum nf_role bad_role; /* for NF_PC_BAD: boilerplate or caption */
} nf_para_info;

/* Paragraph flags. */
enum {
	NF_PARA_SECTION = 1 << 0,    /* first after a form feed: a new section */
	NF_PARA_SEPARATOR = 1 << 1,  /* a rule line: ----, ****, ==== */
	NF_PARA_REPEATED = 1 << 2,   /* seen in an earlier doc of the same site */
	NF_PARA_HEADLINE = 1 << 3,   /* the page's markup says it is the headline
	                                (html_cues.h): a notice's title is the
	                                article's title, and makes it a notice */
};

/* One paragraph of a document, with what nf_bp_roles() decided. */
typedef struct nf_para {
	size_t start, end;     /* trimmed byte range in the doc text */
	unsigned flags;
	nf_para_info info;
	enum nf_role role;
	unsigned article;      /* 1-based */
	bool in_block;         /* inside a teaser, comment or tail block */
	bool meta;             /* a source of the article's title, byline or date */
	bool has_pub;          /* a dateline that gives the publication day */
	nf_ymd pub;            /* that day */
	bool pub_updated;      /* ... labelled as an update ("Updated: ..."): a
	                          day of publication elsewhere comes first */
	bool pub_relative;     /* ... read from a relative expression ("2 hours
	                          ago"): a day written out elsewhere comes first */
	size_t name_start, name_end;  /* a byline's name, as doc offsets (0, 0: none) */
	size_t title_start, title_end; /* a page title without its site (0, 0: none) */
} nf_para;

/*
 * Features and local class of text[0..n), one trimmed paragraph.
 * Returns 0, or -1 when memory ran out (the cue table is built on first
 * use).
 */
int nf_bp_features(const char *text, size_t n, nf_para_info *info);

/* Options for nf_bp_roles(). */
typedef struct nf_bp_opts {
	const nf_date_opts *dates;  /* anchor for relative publication lines */
	bool page_title;            /* the first line may be the page's <title>
	                               (a WET conversion record starts with it) */
	bool dated;                 /* the page declares its day of publication
	                               (its markup, its address): a day alone
	                               on a line after the body of its first
	                               article is then the text's own, not its
	                               publication line */
} nf_bp_opts;

/*
 * Decide role and article of every paragraph of a doc (paras in text
 * order, features filled in).  Returns the number of articles (0 when
 * there are no paragraphs), or -1 when memory ran out.
 */
int nf_bp_roles(const char *text, nf_para *paras, size_t n, const nf_bp_opts *opts);

/* Free the cue automaton (for leak checkers; it is rebuilt on demand). */
void nf_bp_cleanup(void);

#endif
