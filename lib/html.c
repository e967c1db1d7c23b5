/*
 * html.c - an HTML page to its visible text, blocks, main content and
 * declared metadata (see html.h).
 *
 * myhtml builds the tree (single-threaded mode); a callback before each
 * token caps the depth of the stack of open elements.  The walk keeps a
 * compact copy of the elements it enters (parent, tag, landmarks, class
 * and id words, and after the walk the text under each), so the
 * Readability-style scoring that follows is a few passes over an array
 * in document order: a parent always comes before its children.
 */
#include "html.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <myhtml/myhtml.h>
#include <myhtml/tree.h>
#include <myhtml/token.h>

#include "acmatch.h"
#include "html_meta.h"
#include "utf8.h"

/* ---- what each element is ---- */

enum {
	P_SKIP = 1 << 0,     /* nothing under it is text */
	P_BLOCK = 1 << 1,    /* starts and ends a block */
	P_CELL = 1 << 2,     /* td, th */
	P_ROW = 1 << 3,      /* tr */
	P_PRE = 1 << 4,      /* keeps its white space */
	P_RAWTEXT = 1 << 5,  /* its text is raw (never capped: see depth_cap) */
	P_HEADING = 1 << 6,  /* h1-h6 */
};

#define NTAGS (MyHTML_TAG_LAST_ENTRY + 1)

static uint8_t props[NTAGS];
static uint16_t landmark[NTAGS];
static int8_t tag_base[NTAGS];
static bool tables_ready;

static void
init_tables(void)
{
	static const int skip[] = {
		MyHTML_TAG_SCRIPT, MyHTML_TAG_STYLE, MyHTML_TAG_NOSCRIPT, MyHTML_TAG_TEMPLATE,
		MyHTML_TAG_IFRAME, MyHTML_TAG_OBJECT, MyHTML_TAG_EMBED, MyHTML_TAG_APPLET,
		MyHTML_TAG_SELECT, MyHTML_TAG_TEXTAREA, MyHTML_TAG_SVG, MyHTML_TAG_MATH,
		MyHTML_TAG_CANVAS, MyHTML_TAG_VIDEO, MyHTML_TAG_AUDIO, MyHTML_TAG_HEAD,
		MyHTML_TAG_FRAMESET, MyHTML_TAG_FRAME, MyHTML_TAG_NOEMBED, MyHTML_TAG_NOFRAMES,
		MyHTML_TAG_DATALIST, MyHTML_TAG_MAP, MyHTML_TAG_TITLE, MyHTML_TAG_PARAM,
		MyHTML_TAG_SOURCE, MyHTML_TAG_TRACK, MyHTML_TAG_BUTTON,
	};
	static const int block[] = {
		MyHTML_TAG_ADDRESS, MyHTML_TAG_ARTICLE, MyHTML_TAG_ASIDE, MyHTML_TAG_BLOCKQUOTE,
		MyHTML_TAG_BODY, MyHTML_TAG_CENTER, MyHTML_TAG_DD, MyHTML_TAG_DETAILS,
		MyHTML_TAG_DIALOG, MyHTML_TAG_DIR, MyHTML_TAG_DIV, MyHTML_TAG_DL, MyHTML_TAG_DT,
		MyHTML_TAG_FIELDSET, MyHTML_TAG_FIGCAPTION, MyHTML_TAG_FIGURE, MyHTML_TAG_FOOTER,
		MyHTML_TAG_FORM, MyHTML_TAG_H1, MyHTML_TAG_H2, MyHTML_TAG_H3, MyHTML_TAG_H4,
		MyHTML_TAG_H5, MyHTML_TAG_H6, MyHTML_TAG_HEADER, MyHTML_TAG_HGROUP, MyHTML_TAG_HR,
		MyHTML_TAG_HTML, MyHTML_TAG_LEGEND, MyHTML_TAG_LI, MyHTML_TAG_LISTING,
		MyHTML_TAG_MAIN, MyHTML_TAG_MENU, MyHTML_TAG_NAV, MyHTML_TAG_OL, MyHTML_TAG_P,
		MyHTML_TAG_PLAINTEXT, MyHTML_TAG_PRE, MyHTML_TAG_SECTION, MyHTML_TAG_SUMMARY,
		MyHTML_TAG_TABLE, MyHTML_TAG_CAPTION, MyHTML_TAG_TBODY, MyHTML_TAG_THEAD,
		MyHTML_TAG_TFOOT, MyHTML_TAG_TR, MyHTML_TAG_UL, MyHTML_TAG_XMP, MyHTML_TAG_OPTION,
		MyHTML_TAG_OPTGROUP, MyHTML_TAG_FRAMESET,
	};
	static const int raw[] = {
		MyHTML_TAG_SCRIPT, MyHTML_TAG_STYLE, MyHTML_TAG_TEXTAREA, MyHTML_TAG_TITLE,
		MyHTML_TAG_XMP, MyHTML_TAG_IFRAME, MyHTML_TAG_NOEMBED, MyHTML_TAG_NOFRAMES,
		MyHTML_TAG_NOSCRIPT, MyHTML_TAG_PLAINTEXT,
	};
	static const struct { int tag; int8_t base; } bases[] = {
		{ MyHTML_TAG_DIV, 5 }, { MyHTML_TAG_PRE, 3 }, { MyHTML_TAG_TD, 3 },
		{ MyHTML_TAG_BLOCKQUOTE, 3 }, { MyHTML_TAG_ADDRESS, -3 }, { MyHTML_TAG_OL, -3 },
		{ MyHTML_TAG_UL, -3 }, { MyHTML_TAG_DL, -3 }, { MyHTML_TAG_DD, -3 },
		{ MyHTML_TAG_DT, -3 }, { MyHTML_TAG_LI, -3 }, { MyHTML_TAG_FORM, -3 },
		{ MyHTML_TAG_H1, -5 }, { MyHTML_TAG_H2, -5 }, { MyHTML_TAG_H3, -5 },
		{ MyHTML_TAG_H4, -5 }, { MyHTML_TAG_H5, -5 }, { MyHTML_TAG_H6, -5 },
		{ MyHTML_TAG_TH, -5 },
	};
	for (size_t i = 0; i < sizeof skip / sizeof skip[0]; i++)
		props[skip[i]] |= P_SKIP;
	for (size_t i = 0; i < sizeof block / sizeof block[0]; i++)
		props[block[i]] |= P_BLOCK;
	for (size_t i = 0; i < sizeof raw / sizeof raw[0]; i++)
		props[raw[i]] |= P_RAWTEXT;
	for (size_t i = 0; i < sizeof bases / sizeof bases[0]; i++)
		tag_base[bases[i].tag] = bases[i].base;
	props[MyHTML_TAG_TD] |= P_CELL;
	props[MyHTML_TAG_TH] |= P_CELL;
	props[MyHTML_TAG_TR] |= P_ROW;
	props[MyHTML_TAG_PRE] |= P_PRE;
	props[MyHTML_TAG_LISTING] |= P_PRE;
	props[MyHTML_TAG_XMP] |= P_PRE;
	props[MyHTML_TAG_PLAINTEXT] |= P_PRE;
	for (int t = MyHTML_TAG_H1; t <= MyHTML_TAG_H6; t++)
		props[t] |= P_HEADING;
	landmark[MyHTML_TAG_NAV] = NF_HIN_NAV;
	landmark[MyHTML_TAG_HEADER] = NF_HIN_HEADER;
	landmark[MyHTML_TAG_FOOTER] = NF_HIN_FOOTER;
	landmark[MyHTML_TAG_ASIDE] = NF_HIN_ASIDE;
	landmark[MyHTML_TAG_FORM] = NF_HIN_FORM;
	landmark[MyHTML_TAG_ARTICLE] = NF_HIN_ARTICLE;
	landmark[MyHTML_TAG_MAIN] = NF_HIN_MAIN;
	landmark[MyHTML_TAG_FIGURE] = NF_HIN_FIGURE;
	landmark[MyHTML_TAG_TABLE] = NF_HIN_TABLE;
	landmark[MyHTML_TAG_UL] = NF_HIN_LIST;
	landmark[MyHTML_TAG_OL] = NF_HIN_LIST;
	landmark[MyHTML_TAG_DL] = NF_HIN_LIST;
	landmark[MyHTML_TAG_MENU] = NF_HIN_LIST;
	landmark[MyHTML_TAG_BLOCKQUOTE] = NF_HIN_QUOTE;
	tables_ready = true;
}

static unsigned
tag_props(myhtml_tag_id_t t)
{
	return t < NTAGS ? props[t] : 0;
}

static const char *const in_names[NF_HIN_COUNT] = {
	"nav", "header", "footer", "aside", "form", "article", "main", "figure", "table",
	"list", "quote",
};

static const char *const token_names[NF_HTOK_COUNT] = {
	"nav", "menu", "breadcrumb", "share", "social", "related", "recommend", "comment",
	"footer", "copyright", "byline", "author", "caption", "ad", "sidebar", "widget",
	"promo", "newsletter", "cookie", "tags", "date", "title", "logo", "dek",
};

static const char *
bit_name(const char *const *names, unsigned count, unsigned bit)
{
	for (unsigned i = 0; i < count; i++)
		if (bit == 1u << i)
			return names[i];
	return "";
}

const char *
nf_html_in_name(unsigned bit)
{
	return bit_name(in_names, NF_HIN_COUNT, bit);
}

const char *
nf_html_token_name(unsigned bit)
{
	return bit_name(token_names, NF_HTOK_COUNT, bit);
}

/* ---- class and id words ---- */

/*
 * Every word newsfacts and Readability read in class and id values, in
 * one table: what a match means, and where it must stand in a word (the
 * runs of letters and digits of the lower-cased value).
 */
enum at { A_ANY, A_WORD, A_START, A_END };

enum {
	E_NEG = 1 << 24,       /* Readability's negative class weight (-25) */
	E_POS = 1 << 25,       /* positive (+25) */
	E_UNLIKELY = 1 << 26,  /* an unlikely candidate ... */
	E_MAYBE = 1 << 27,     /* ... unless this says otherwise */
	E_HIDDEN = 1 << 28,    /* a screen-reader-only element */
};

static const struct kword {
	const char *text;
	unsigned char at;
	unsigned effect;       /* nf_html_token bits and E_* bits */
} kwords[] = {
	/* what a block is (nf_html_token) */
	{ "nav", A_START, NF_HTOK_NAV }, { "nav", A_END, NF_HTOK_NAV },
	{ "menu", A_ANY, NF_HTOK_MENU | E_UNLIKELY },
	{ "breadcrumb", A_ANY, NF_HTOK_BREADCRUMB }, { "breadcrumbs", A_ANY, E_UNLIKELY },
	{ "crumbs", A_ANY, NF_HTOK_BREADCRUMB },
	{ "share", A_ANY, NF_HTOK_SHARE | E_NEG }, { "sharing", A_ANY, NF_HTOK_SHARE },
	{ "social", A_ANY, NF_HTOK_SOCIAL | E_UNLIKELY }, { "follow", A_ANY, NF_HTOK_SOCIAL },
	{ "related", A_ANY, NF_HTOK_RELATED | E_NEG | E_UNLIKELY },
	{ "recommend", A_ANY, NF_HTOK_RECOMMEND }, { "outbrain", A_ANY, NF_HTOK_RECOMMEND | E_NEG },
	{ "taboola", A_ANY, NF_HTOK_RECOMMEND }, { "recirc", A_ANY, NF_HTOK_RECOMMEND },
	{ "morestories", A_ANY, NF_HTOK_RECOMMEND }, { "trending", A_ANY, NF_HTOK_RECOMMEND },
	{ "popular", A_ANY, NF_HTOK_RECOMMEND },
	{ "comment", A_ANY, NF_HTOK_COMMENT | E_NEG | E_UNLIKELY },
	{ "disqus", A_ANY, NF_HTOK_COMMENT | E_UNLIKELY },
	{ "replies", A_ANY, NF_HTOK_COMMENT | E_UNLIKELY },
	{ "footer", A_ANY, NF_HTOK_FOOTER | E_UNLIKELY }, { "foot", A_WORD, NF_HTOK_FOOTER },
	{ "foot", A_ANY, E_NEG },
	{ "copyright", A_ANY, NF_HTOK_COPYRIGHT }, { "legal", A_WORD, NF_HTOK_COPYRIGHT },
	{ "byline", A_ANY, NF_HTOK_BYLINE }, { "author", A_ANY, NF_HTOK_AUTHOR },
	{ "caption", A_ANY, NF_HTOK_CAPTION }, { "credit", A_WORD, NF_HTOK_CAPTION },
	{ "credits", A_WORD, NF_HTOK_CAPTION },
	{ "ad", A_WORD, NF_HTOK_AD }, { "ads", A_WORD, NF_HTOK_AD },
	{ "advert", A_START, NF_HTOK_AD }, { "adslot", A_START, NF_HTOK_AD },
	{ "adunit", A_START, NF_HTOK_AD }, { "adsby", A_START, NF_HTOK_AD },
	{ "dfp", A_WORD, NF_HTOK_AD },
	{ "sponsor", A_ANY, NF_HTOK_AD | E_NEG | E_UNLIKELY },
	{ "sidebar", A_ANY, NF_HTOK_SIDEBAR | E_NEG | E_UNLIKELY }, { "rail", A_WORD, NF_HTOK_SIDEBAR },
	{ "siderail", A_ANY, NF_HTOK_SIDEBAR }, { "rightrail", A_ANY, NF_HTOK_SIDEBAR },
	{ "leftrail", A_ANY, NF_HTOK_SIDEBAR },
	{ "widget", A_ANY, NF_HTOK_WIDGET | E_NEG },
	{ "promo", A_ANY, NF_HTOK_PROMO | E_NEG },
	{ "banner", A_ANY, NF_HTOK_PROMO | E_NEG | E_UNLIKELY },
	{ "newsletter", A_ANY, NF_HTOK_NEWSLETTER }, { "subscri", A_ANY, NF_HTOK_NEWSLETTER },
	{ "signup", A_ANY, NF_HTOK_NEWSLETTER },
	{ "cookie", A_ANY, NF_HTOK_COOKIE }, { "consent", A_ANY, NF_HTOK_COOKIE },
	{ "gdpr", A_ANY, NF_HTOK_COOKIE | E_UNLIKELY },
	{ "tags", A_WORD, NF_HTOK_TAGS }, { "tags", A_ANY, E_NEG },
	{ "tagcloud", A_ANY, NF_HTOK_TAGS }, { "taglist", A_ANY, NF_HTOK_TAGS },
	{ "keywords", A_ANY, NF_HTOK_TAGS }, { "topics", A_WORD, NF_HTOK_TAGS },
	{ "date", A_START, NF_HTOK_DATE }, { "pubdate", A_ANY, NF_HTOK_DATE },
	{ "timestamp", A_ANY, NF_HTOK_DATE }, { "published", A_WORD, NF_HTOK_DATE },
	{ "title", A_END, NF_HTOK_TITLE }, { "headline", A_ANY, NF_HTOK_TITLE },
	{ "logo", A_ANY, NF_HTOK_LOGO }, { "brand", A_ANY, NF_HTOK_LOGO },
	{ "masthead", A_ANY, NF_HTOK_LOGO | E_NEG }, { "sitename", A_WORD, NF_HTOK_LOGO },
	{ "site-title", A_ANY, NF_HTOK_LOGO }, { "site-name", A_ANY, NF_HTOK_LOGO },
	{ "site-branding", A_ANY, NF_HTOK_LOGO },
	{ "standfirst", A_ANY, NF_HTOK_DEK }, { "dek", A_WORD, NF_HTOK_DEK },
	{ "subtitle", A_ANY, NF_HTOK_DEK }, { "subhead", A_ANY, NF_HTOK_DEK },
	{ "summary", A_WORD, NF_HTOK_DEK }, { "excerpt", A_ANY, NF_HTOK_DEK },
	{ "lede", A_WORD, NF_HTOK_DEK }, { "sapo", A_WORD, NF_HTOK_DEK },
	/* Readability's other class weights and unlikely candidates */
	{ "-ad-", A_ANY, E_NEG | E_UNLIKELY }, { "hidden", A_ANY, E_NEG }, { "hid", A_WORD, E_NEG },
	{ "combx", A_ANY, E_NEG | E_UNLIKELY }, { "com-", A_ANY, E_NEG },
	{ "contact", A_ANY, E_NEG }, { "media", A_ANY, E_NEG }, { "meta", A_ANY, E_NEG },
	{ "scroll", A_ANY, E_NEG }, { "shoutbox", A_ANY, E_NEG | E_UNLIKELY },
	{ "skyscraper", A_ANY, E_NEG | E_UNLIKELY }, { "shopping", A_ANY, E_NEG },
	{ "tool", A_ANY, E_NEG },
	{ "article", A_ANY, E_POS | E_MAYBE }, { "body", A_ANY, E_POS | E_MAYBE },
	{ "content", A_ANY, E_POS | E_MAYBE }, { "entry", A_ANY, E_POS },
	{ "hentry", A_ANY, E_POS }, { "h-entry", A_ANY, E_POS }, { "main", A_ANY, E_POS | E_MAYBE },
	{ "page", A_ANY, E_POS }, { "pagination", A_ANY, E_POS | E_UNLIKELY },
	{ "post", A_ANY, E_POS }, { "text", A_ANY, E_POS }, { "blog", A_ANY, E_POS },
	{ "story", A_ANY, E_POS },
	{ "ai2html", A_ANY, E_UNLIKELY }, { "community", A_ANY, E_UNLIKELY },
	{ "cover-wrap", A_ANY, E_UNLIKELY }, { "extra", A_ANY, E_UNLIKELY },
	{ "header", A_ANY, E_UNLIKELY }, { "legends", A_ANY, E_UNLIKELY },
	{ "remark", A_ANY, E_UNLIKELY }, { "rss", A_ANY, E_UNLIKELY },
	{ "supplemental", A_ANY, E_UNLIKELY }, { "ad-break", A_ANY, E_UNLIKELY },
	{ "agegate", A_ANY, E_UNLIKELY }, { "pager", A_ANY, E_UNLIKELY },
	{ "popup", A_ANY, E_UNLIKELY }, { "yom-remote", A_ANY, E_UNLIKELY },
	{ "and", A_ANY, E_MAYBE }, { "column", A_ANY, E_MAYBE }, { "shadow", A_ANY, E_MAYBE },
	/* screen-reader-only text: not what a reader sees */
	{ "sr-only", A_ANY, E_HIDDEN }, { "screen-reader-text", A_ANY, E_HIDDEN },
	{ "visually-hidden", A_ANY, E_HIDDEN }, { "visuallyhidden", A_ANY, E_HIDDEN },
	{ "screenreader", A_ANY, E_HIDDEN }, { "element-invisible", A_ANY, E_HIDDEN },
	{ "a11y-hidden", A_ANY, E_HIDDEN }, { "u-hidden-visually", A_ANY, E_HIDDEN },
};

#define NKWORDS (sizeof kwords / sizeof kwords[0])

static nf_ac *kword_ac;

static int
build_kwords(void)
{
	const char *pats[NKWORDS];

	for (size_t i = 0; i < NKWORDS; i++)
		pats[i] = kwords[i].text;
	kword_ac = nf_ac_new(pats, NKWORDS);
	return kword_ac ? 0 : -1;
}

static bool
word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

struct kscan {
	const char *v;
	size_t n;
	unsigned effect;
};

/* A table word found in a value: does it stand where it must? */
static int
kword_hit(size_t pat, size_t start, size_t end, void *ctx)
{
	struct kscan *k = ctx;
	const struct kword *w = &kwords[pat];
	bool at_start = start == 0 || !word_byte((unsigned char)k->v[start - 1]);
	bool at_end = end == k->n || !word_byte((unsigned char)k->v[end]);

	if ((w->at == A_WORD && !(at_start && at_end)) || (w->at == A_START && !at_start) ||
	    (w->at == A_END && !at_end))
		return 0;
	/* "subtitle" is no title */
	if (w->at == A_END && strcmp(w->text, "title") == 0 && start >= 3 &&
	    strncasecmp(k->v + start - 3, "sub", 3) == 0)
		return 0;
	k->effect |= w->effect;
	return 0;
}

/* What a class or id value says, as classify() works it out. */
struct klass_says {
	unsigned tokens;
	int weight;
	bool unlikely;
	bool hidden;
};

/* What one class or id value says: its words, Readability's weight and unlikeliness. */
static void
classify_value(const char *v, size_t n, struct klass_says *says)
{
	struct kscan k = { v, n, 0 };

	nf_ac_scan(kword_ac, v, n, kword_hit, &k);
	says->tokens = k.effect & ((1u << NF_HTOK_COUNT) - 1);
	says->weight = ((k.effect & E_NEG) ? -25 : 0) + ((k.effect & E_POS) ? 25 : 0);
	says->unlikely = (k.effect & E_UNLIKELY) && !(k.effect & E_MAYBE);
	says->hidden = (k.effect & E_HIDDEN) != 0;
}

/* ---- the compact tree ---- */

enum {
	N_UNLIKELY = 1 << 0,    /* Readability would have removed it before scoring */
	N_SCORED = 1 << 1,      /* a candidate: has a content score */
	N_MAIN = 1 << 2,        /* chosen as (part of) the main content */
	N_FRESH = 1 << 3,       /* a cell no block has been cut in yet */
	N_LOGO = 1 << 4,        /* a link to the site's front page or a logo */
	N_LAYOUT = 1 << 5,      /* a table row whose cells hold blocks */
	N_SHOWN = 1 << 6,       /* hidden by an inline style, yet most of the page */
	N_CENTERED = 1 << 7,    /* center, align=center, style text-align:center */
};

struct hnode {
	uint32_t parent;        /* UINT32_MAX for the first */
	uint32_t first_child, next_sibling, last_child;
	uint16_t tag;
	uint16_t in;            /* nf_html_in bits, its ancestors' included */
	uint32_t tokens;        /* its own class and id words */
	uint32_t klass;         /* a hash of its class attribute (0: none) */
	int16_t weight;         /* class and id weight */
	uint16_t flags;
	uint32_t chars, links, commas;  /* text under it (filled after the walk) */
	uint32_t own_chars, own_commas; /* of the blocks it makes itself */
	uint32_t first_block, end_block; /* its blocks: [first, end) */
	uint32_t cells, col;    /* a row: cells entered, the column its open block is at */
	float score;
};

#define NONE UINT32_MAX

/* What the walk knows of a block, beside what nf_html_block says. */
struct binfo {
	uint32_t owner;         /* the element whose text it is */
	uint32_t chars, links, commas;
	uint32_t files;         /* of its link characters, those of links to documents */
	uint32_t hidden_by;     /* the outermost element hiding it by an inline style, or NONE */
};

/* One element being walked. */
struct frame {
	myhtml_tree_node_t *node;
	uint32_t hn;            /* its compact node */
	uint32_t owner;         /* the compact node that owns text met here */
	unsigned in;
	bool link, pre;
	bool file;              /* inside a link to a document (a PDF, a spreadsheet) */
	bool author;            /* inside a rel=author link */
	uint32_t hidden_by;     /* the outermost element hiding it by an inline style, or NONE */
	size_t text_at;         /* page text length when it was entered (for metadata) */
	uint8_t want;           /* its text is wanted for metadata (W_*) */
};

enum { W_AUTHOR = 1, W_DATE = 2 };

/* The class and id values of a page already worked out. */
#define KLASS_SLOTS 4096
struct klass_slot {
	uint64_t hash;
	size_t at, len;         /* the value in kstore (len 0: an empty slot) */
	struct klass_says says;
};

struct nf_html {
	myhtml_t *mh;
	myhtml_tree_t *tree;
	nf_html_page page;
	size_t bcap;
	struct binfo *binfo;    /* what the walk knows of each block */
	struct hnode *nodes;
	size_t nn, ncap;
	struct frame *frames;
	size_t nf, fcap;
	nf_hmeta *meta;
	/* the open block */
	bool open;
	size_t bstart;
	uint32_t bowner;
	uint32_t bchars, blinks, bcommas, blogo, bfiles, bauthor;
	bool space, space_nl;   /* white space pending, and whether it held a line break */
	bool last_wide;         /* the last character written is East Asian wide */
	bool body_started;      /* a long paragraph has been met */
	uint32_t img_owner;     /* the element an image was last met in (NONE: none since) */
	size_t img_blocks;      /* blocks there were then */
	bool img_br;            /* a line break came after it */
	bool failed;            /* memory ran out */
	nf_buf scratch;
	nf_buf clean;           /* a page without its NUL bytes */
	struct klass_slot *klass;  /* KLASS_SLOTS of them */
	size_t nklass;
	nf_buf kstore;
};

/* ---- the depth cap ---- */

static void *
depth_cap(myhtml_tree_t *tree, myhtml_token_node_t *tok, void *ctx)
{
	if (tree->open_elements != NULL && tree->open_elements->length > NF_HTML_DEPTH_MAX &&
	    (tok->type & (MyHTML_TOKEN_TYPE_CLOSE | MyHTML_TOKEN_TYPE_CLOSE_SELF)) == 0 &&
	    tok->tag_id > MyHTML_TAG__DOCTYPE && (tag_props(tok->tag_id) & P_RAWTEXT) == 0)
		tok->tag_id = MyHTML_TAG_WBR;  /* a void element: nothing nests in it */
	return ctx;
}

nf_html *
nf_html_new(void)
{
	nf_html *h = calloc(1, sizeof *h);

	if (h == NULL)
		return NULL;
	if (!tables_ready && (init_tables(), build_kwords()) != 0) {
		free(h);
		return NULL;
	}
	h->mh = myhtml_create();
	if (h->mh == NULL || myhtml_init(h->mh, MyHTML_OPTIONS_PARSE_MODE_SINGLE, 1, 0) != 0)
		goto fail;
	h->tree = myhtml_tree_create();
	if (h->tree == NULL || myhtml_tree_init(h->tree, h->mh) != 0)
		goto fail;
	myhtml_callback_before_token_done_set(h->tree, depth_cap, NULL);
	if ((h->meta = nf_hmeta_new()) == NULL ||
	    (h->klass = calloc(KLASS_SLOTS, sizeof *h->klass)) == NULL)
		goto fail;
	return h;
fail:
	nf_html_free(h);
	return NULL;
}

void
nf_html_free(nf_html *h)
{
	if (h == NULL)
		return;
	if (h->tree != NULL)
		myhtml_tree_destroy(h->tree);
	if (h->mh != NULL)
		myhtml_destroy(h->mh);
	nf_hmeta_free(h->meta);
	nf_buf_free(&h->page.text);
	nf_buf_free(&h->scratch);
	nf_buf_free(&h->clean);
	nf_buf_free(&h->kstore);
	free(h->klass);
	free(h->page.blocks);
	free(h->binfo);
	free(h->nodes);
	free(h->frames);
	free(h);
}

/* ---- attributes ---- */

/* What the walk wants of an element's attributes. */
struct attrs {
	const char *klass, *id, *href, *rel, *itemprop, *content, *datetime, *name,
	    *property, *type, *lang, *role;
	size_t klass_n, id_n, href_n, rel_n, itemprop_n, content_n, datetime_n, name_n,
	    property_n, type_n, lang_n, role_n;
	bool hidden;            /* hidden, aria-hidden="true", type="hidden" */
	bool styled_hidden;     /* an inline style display:none or visibility:hidden */
	bool centered;          /* align=center, an inline style text-align:center */
};

static bool
ieq(const char *s, size_t n, const char *lit)
{
	return strlen(lit) == n && strncasecmp(s, lit, n) == 0;
}

static bool
ascii_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Does the space-separated list s[0..n) hold word (any case)? */
static bool
list_has(const char *s, size_t n, const char *word)
{
	size_t k = strlen(word);

	for (size_t i = 0; i + k <= n; i++)
		if ((i == 0 || ascii_space((unsigned char)s[i - 1])) && strncasecmp(s + i, word, k) == 0 &&
		    (i + k == n || ascii_space((unsigned char)s[i + k])))
			return true;
	return false;
}

/* Does an inline style hide the element (display:none, visibility:hidden)? */
static bool
style_hides(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const char *prop = NULL;
		if (n - i >= 7 && strncasecmp(s + i, "display", 7) == 0)
			prop = "none";
		else if (n - i >= 10 && strncasecmp(s + i, "visibility", 10) == 0)
			prop = "hidden";
		if (prop == NULL)
			continue;
		size_t j = i + (prop[0] == 'n' ? 7 : 10);
		while (j < n && (s[j] == ' ' || s[j] == '\t'))
			j++;
		if (j >= n || s[j] != ':')
			continue;
		j++;
		while (j < n && (s[j] == ' ' || s[j] == '\t'))
			j++;
		if (n - j >= strlen(prop) && strncasecmp(s + j, prop, strlen(prop)) == 0)
			return true;
	}
	return false;
}

/* Does an inline style center the element's text (text-align:center)? */
static bool
style_centers(const char *s, size_t n)
{
	const char *p = memmem(s, n, "text-align", 10);
	size_t j;

	if (p == NULL)
		return false;
	for (j = (size_t)(p - s) + 10; j < n && (s[j] == ' ' || s[j] == ':'); j++)
		;
	return n - j >= 6 && strncasecmp(s + j, "center", 6) == 0;
}

static void
read_attrs(myhtml_tree_node_t *node, struct attrs *a)
{
	memset(a, 0, sizeof *a);
	for (myhtml_tree_attr_t *at = myhtml_node_attribute_first(node); at != NULL;
	    at = myhtml_attribute_next(at)) {
		size_t kn, vn;
		const char *k = myhtml_attribute_key(at, &kn), *v = myhtml_attribute_value(at, &vn);
		if (k == NULL)
			continue;
		if (v == NULL)
			v = "", vn = 0;
#define TAKE(lit, f) else if (ieq(k, kn, lit)) { a->f = v; a->f##_n = vn; }
		if (0) {}
		TAKE("class", klass) TAKE("id", id) TAKE("href", href) TAKE("rel", rel)
		TAKE("itemprop", itemprop) TAKE("content", content) TAKE("datetime", datetime)
		TAKE("name", name) TAKE("property", property) TAKE("type", type)
		TAKE("lang", lang) TAKE("role", role)
		else if (ieq(k, kn, "hidden"))
			a->hidden = true;
		else if (ieq(k, kn, "aria-hidden"))
			a->hidden |= ieq(v, vn, "true");
		else if (ieq(k, kn, "style")) {
			a->styled_hidden = style_hides(v, vn);
			a->centered |= style_centers(v, vn);
		}
		else if (ieq(k, kn, "align"))
			a->centered |= ieq(v, vn, "center") || ieq(v, vn, "middle");
#undef TAKE
	}
	if (a->type != NULL && ieq(a->type, a->type_n, "hidden"))
		a->hidden = true;
}

/* Landmark bits of an ARIA role. */
static unsigned
role_landmark(const char *r, size_t n)
{
	if (r == NULL)
		return 0;
	return ieq(r, n, "navigation") || ieq(r, n, "menu") || ieq(r, n, "menubar") ? NF_HIN_NAV :
	    ieq(r, n, "banner") ? NF_HIN_HEADER : ieq(r, n, "contentinfo") ? NF_HIN_FOOTER :
	    ieq(r, n, "complementary") ? NF_HIN_ASIDE : ieq(r, n, "search") ? NF_HIN_FORM :
	    ieq(r, n, "main") ? NF_HIN_MAIN : ieq(r, n, "article") ? NF_HIN_ARTICLE : 0;
}

/* A page repeats its class values: each is worked out once (a cache per page). */
static void
classify(nf_html *h, const char *v, size_t n, unsigned *tokens, int *weight, bool *unlikely,
    bool *hidden)
{
	struct klass_slot *slot;
	uint64_t hsh = 1469598103934665603u;
	size_t i;

	if (v == NULL || n == 0)
		return;
	if (n > 512)
		n = 512;
	for (i = 0; i < n; i++)
		hsh = (hsh ^ (unsigned char)v[i]) * 1099511628211u;
	for (i = hsh & (KLASS_SLOTS - 1);; i = (i + 1) & (KLASS_SLOTS - 1)) {
		slot = &h->klass[i];
		if (slot->len == 0)
			break;
		if (slot->hash == hsh && slot->len == n && memcmp(h->kstore.p + slot->at, v, n) == 0)
			goto found;
	}
	if (h->nklass >= KLASS_SLOTS / 2 || nf_buf_append(&h->kstore, v, n) != 0) {
		/* full (or no memory for the key): worked out, not kept */
		struct klass_says k;
		classify_value(v, n, &k);
		*tokens |= k.tokens;
		*weight += k.weight;
		*unlikely |= k.unlikely;
		*hidden |= k.hidden;
		return;
	}
	slot->hash = hsh;
	slot->len = n;
	slot->at = h->kstore.len - n;
	classify_value(v, n, &slot->says);
	h->nklass++;
found:
	*tokens |= slot->says.tokens;
	*weight += slot->says.weight;
	*unlikely |= slot->says.unlikely;
	*hidden |= slot->says.hidden;
}


static uint32_t
hash_class(const char *v, size_t n)
{
	uint32_t hsh = 2166136261u;

	for (size_t i = 0; i < n; i++)
		hsh = (hsh ^ (unsigned char)v[i]) * 16777619u;
	return hsh | 1;
}

/* ---- text ---- */

static bool
wide_cp(uint32_t c)
{
	return nf_is_han(c) || (c >= 0x3000 && c <= 0x30FF) || (c >= 0xFF01 && c <= 0xFF60) ||
	    (c >= 0xAC00 && c <= 0xD7A3);
}

static int
put(nf_html *h, const char *s, size_t n)
{
	if (nf_buf_append(&h->page.text, s, n) != 0) {
		h->failed = true;
		return -1;
	}
	return 0;
}

static struct frame *
top(nf_html *h)
{
	return h->nf ? &h->frames[h->nf - 1] : NULL;
}

/* Open a block owned by the text's frame, with the tabs of the cells before. */
static void
open_block(nf_html *h)
{
	struct frame *f = top(h);
	uint32_t owner = f ? f->owner : NONE;

	h->open = true;
	h->bstart = h->page.text.len;
	h->bchars = h->blinks = h->bcommas = h->blogo = h->bfiles = h->bauthor = 0;
	h->space = h->space_nl = h->last_wide = false;
	if (owner != NONE && (h->nodes[owner].flags & N_FRESH)) {
		/* text at the start of a cell: the row's block, at that cell's column */
		struct hnode *cell = &h->nodes[owner];
		uint32_t row = cell->parent;
		if (row != NONE && h->nodes[row].tag == MyHTML_TAG_TR &&
		    !(h->nodes[row].flags & N_LAYOUT)) {
			struct hnode *r = &h->nodes[row];
			r->col = r->cells ? r->cells - 1 : 0;
			for (uint32_t i = 0; i < r->col; i++)
				put(h, "\t", 1);
			owner = row;
		}
	}
	h->bowner = owner;
}

/*
 * Is the open block the caption of the image right above it: the first
 * text after the image and a line break, short, centered, in the image's
 * own element (<center><img><br>caption</center>)?  (Not the centered
 * paragraph after an image's paragraph: blogs center their text too.)
 */
static bool
image_caption(const nf_html *h)
{
	uint32_t o = h->bowner;

	return o != NONE && o == h->img_owner && h->img_br && h->page.nblocks == h->img_blocks &&
	    h->bchars <= 200 && (h->nodes[o].flags & N_CENTERED);
}

/* Close the open block: a block when it holds more than white space. */
static void
flush(nf_html *h)
{
	nf_html_page *pg = &h->page;
	size_t end = pg->text.len;

	if (!h->open)
		return;
	h->open = false;
	h->space = false;
	while (end > h->bstart && (pg->text.p[end - 1] == '\t' || pg->text.p[end - 1] == ' ' ||
	    pg->text.p[end - 1] == '\n'))
		end--;
	if (h->bchars == 0 || h->bowner == NONE) {
		pg->text.len = h->bstart;
		return;
	}
	pg->text.len = end;
	if (pg->nblocks == h->bcap) {
		size_t cap = h->bcap ? h->bcap * 2 : 256;
		nf_html_block *b = realloc(pg->blocks, cap * sizeof *b);
		struct binfo *bi = b ? realloc(h->binfo, cap * sizeof *bi) : NULL;
		if (b != NULL)
			pg->blocks = b;
		if (bi == NULL) {
			h->failed = true;
			return;
		}
		h->binfo = bi;
		h->bcap = cap;
	}
	struct frame *f = top(h);
	struct binfo *bi = &h->binfo[pg->nblocks];
	bi->owner = h->bowner;
	bi->chars = h->bchars;
	bi->links = h->blinks;
	bi->files = h->bfiles;
	bi->commas = h->bcommas;
	bi->hidden_by = f ? f->hidden_by : NONE;
	nf_html_block *b = &pg->blocks[pg->nblocks];
	b->start = h->bstart;
	b->end = end;
	b->tag = NULL;
	b->in = h->nodes[h->bowner].in;
	b->tokens = 0;
	b->links = (float)h->blinks / (float)h->bchars;
	b->main = false;
	if (h->bchars >= 100 && bi->hidden_by == NONE)
		h->body_started = true;
	if (h->blogo * 2 > h->bchars)
		b->tokens |= NF_HTOK_LOGO;
	if (h->bauthor > 0)
		b->tokens |= NF_HTOK_AUTHOR;  /* it names the author by a rel=author link */
	if (image_caption(h))
		b->tokens |= NF_HTOK_CAPTION;
	pg->nblocks++;
}

/* A block or a line break inside a cell: the cell no longer starts its row's block. */
static void
unfresh(nf_html *h)
{
	for (size_t i = h->nf; i > 0; i--) {
		struct hnode *n = &h->nodes[h->frames[i - 1].hn];
		if (tag_props(n->tag) & P_CELL) {
			n->flags &= ~N_FRESH;
			/* a row with blocks in its cells lays out a page: no cell separators */
			if (n->parent != NONE && h->nodes[n->parent].tag == MyHTML_TAG_TR)
				h->nodes[n->parent].flags |= N_LAYOUT;
			return;
		}
		if ((tag_props(n->tag) & (P_BLOCK | P_ROW)) || n->tag == MyHTML_TAG_TABLE)
			return;
	}
}

/* Text about to be written in a later cell of the open row block: TABs to its column. */
static void
cell_tabs(nf_html *h)
{
	struct frame *f = top(h);
	struct hnode *row, *cell;

	if (f == NULL || f->owner == NONE || h->bowner == NONE)
		return;
	cell = &h->nodes[f->owner];
	if (!(cell->flags & N_FRESH) || cell->parent != h->bowner)
		return;
	row = &h->nodes[h->bowner];
	while (row->col + 1 < row->cells) {
		put(h, "\t", 1);
		row->col++;
		h->space = false;
	}
}

/* Characters to count for s[0..n): CJK twice (a word's worth each); f: where they are. */
static void
count(nf_html *h, const char *s, size_t n, const struct frame *f, bool logo)
{
	bool link = f && f->link;

	uint32_t c = 0, commas = 0;

	for (size_t i = 0; i < n; i++) {
		unsigned char u = (unsigned char)s[i];
		if ((u & 0xC0) != 0x80)
			c += u >= 0xE3 && u <= 0xE9 ? 2 : 1;
		if (u == ',')
			commas++;
		else if (u == 0xEF && i + 2 < n && (unsigned char)s[i + 1] == 0xBC &&
		    (unsigned char)s[i + 2] == 0x8C)
			commas++;  /* ， */
	}
	h->bchars += c;
	h->bcommas += commas;
	if (link)
		h->blinks += c;
	if (link && f->file)
		h->bfiles += c;
	if (f && f->author)
		h->bauthor += c;
	if (logo)
		h->blogo += c;
}


/* Text of a text node, with white space collapsed (or kept in pre). */
static void
add_text(nf_html *h, const char *s, size_t n)
{
	struct frame *f = top(h);
	bool logo = f && (h->nodes[f->hn].flags & N_LOGO);
	size_t i = 0;

	if (f && f->pre) {
		if (n == 0)
			return;
		if (!h->open)
			open_block(h);
		put(h, s, n);
		count(h, s, n, f, logo);
		return;
	}
	while (i < n) {
		if (ascii_space((unsigned char)s[i])) {
			h->space = true;
			for (; i < n && ascii_space((unsigned char)s[i]); i++)
				if (s[i] == '\n' || s[i] == '\r')
					h->space_nl = true;
			continue;
		}
		size_t j = i;
		while (j < n && !ascii_space((unsigned char)s[j]))
			j++;
		uint32_t first, last;
		nf_utf8_decode(s + i, j - i, &first, NULL);
		if (!h->open)
			open_block(h);
		else
			cell_tabs(h);
		if (h->space && h->page.text.len > h->bstart &&
		    h->page.text.p[h->page.text.len - 1] != '\t') {
			/* a line break between two wide characters is no space (CSS Text) */
			if (!(h->space_nl && h->last_wide && wide_cp(first)))
				put(h, " ", 1);
		}
		h->space = h->space_nl = false;
		put(h, s + i, j - i);
		count(h, s + i, j - i, f, logo);
		size_t p = nf_utf8_prev(s + i, j - i);
		nf_utf8_decode(s + i + p, j - i - p, &last, NULL);
		h->last_wide = wide_cp(last);
		i = j;
	}
}

/* ---- the walk ---- */

static int
push_node(nf_html *h, myhtml_tag_id_t tag, unsigned in, uint32_t parent)
{
	if (h->nn == h->ncap) {
		size_t cap = h->ncap ? h->ncap * 2 : 1024;
		struct hnode *p = realloc(h->nodes, cap * sizeof *p);
		if (p == NULL)
			return -1;
		h->nodes = p;
		h->ncap = cap;
	}
	struct hnode *n = &h->nodes[h->nn];
	memset(n, 0, sizeof *n);
	n->parent = parent;
	n->first_child = n->next_sibling = n->last_child = NONE;
	n->first_block = n->end_block = NONE;
	n->tag = tag < 0xFFFF ? (uint16_t)tag : 0xFFFF;
	n->in = (uint16_t)in;
	if (parent != NONE) {
		struct hnode *pa = &h->nodes[parent];
		if (pa->last_child == NONE)
			pa->first_child = (uint32_t)h->nn;
		else
			h->nodes[pa->last_child].next_sibling = (uint32_t)h->nn;
		pa->last_child = (uint32_t)h->nn;
	}
	h->nn++;
	return 0;
}

static int
push_frame(nf_html *h, const struct frame *f)
{
	if (h->nf == h->fcap) {
		size_t cap = h->fcap ? h->fcap * 2 : 64;
		struct frame *p = realloc(h->frames, cap * sizeof *p);
		if (p == NULL)
			return -1;
		h->frames = p;
		h->fcap = cap;
	}
	h->frames[h->nf++] = *f;
	return 0;
}

/* The text of an element's children (a script's JSON, a title), as myhtml holds it. */
static const char *
child_text(myhtml_tree_node_t *node, size_t *n)
{
	myhtml_tree_node_t *c = myhtml_node_child(node);

	*n = 0;
	if (c == NULL || myhtml_node_tag_id(c) != MyHTML_TAG__TEXT)
		return NULL;
	return myhtml_node_text(c, n);
}

/*
 * Does an href point at a document to download: a path or a query value
 * ending in .pdf, .doc, .xlsx, .zip ... ("/files/a.pdf",
 * "downfile.jsp?filename=250612.pdf")?  A notice's attachments are such
 * links, no teasers of other pages.
 */
static bool
document_link(const char *s, size_t n)
{
	static const char *const ext[] = {
		"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "wps", "et",
		"zip", "rar", "7z", "csv", "txt", "ofd",
	};

	for (size_t e = 0; s != NULL && e <= n; e++) {
		if (e < n && s[e] != '?' && s[e] != '&' && s[e] != '#')
			continue;
		size_t dot = e;
		while (dot > 0 && dot + 5 > e && s[dot - 1] != '.')
			dot--;
		if (dot > 0 && s[dot - 1] == '.')
			for (size_t k = 0; k < sizeof ext / sizeof ext[0]; k++)
				if (ieq(s + dot, e - dot, ext[k]))
					return true;
		if (e < n && s[e] == '#')
			break;
	}
	return false;
}

/* Does an href point at the site's own front page ("/", "./", "/index.html")? */
static bool
front_page_link(const char *s, size_t n)
{
	return s != NULL && ((n == 1 && s[0] == '/') || (n == 2 && memcmp(s, "./", 2) == 0) ||
	    (n == 11 && memcmp(s, "/index.html", 11) == 0));
}

/* Metadata elements (meta, link, script, title): noted, never text. */
static void
note_meta(nf_html *h, myhtml_tag_id_t tag, myhtml_tree_node_t *node, const struct attrs *a)
{
	const char *t;
	size_t n;

	if (tag == MyHTML_TAG_META) {
		if (a->content == NULL)
			return;
		if (a->name != NULL)
			nf_hmeta_meta(h->meta, a->name, a->name_n, a->content, a->content_n);
		if (a->property != NULL)
			nf_hmeta_meta(h->meta, a->property, a->property_n, a->content, a->content_n);
		if (a->itemprop != NULL)
			nf_hmeta_meta(h->meta, a->itemprop, a->itemprop_n, a->content, a->content_n);
	} else if (tag == MyHTML_TAG_LINK) {
		if (a->rel != NULL && a->href != NULL)
			nf_hmeta_link(h->meta, a->rel, a->rel_n, a->href, a->href_n);
	} else if (tag == MyHTML_TAG_SCRIPT) {
		if (a->type != NULL && ieq(a->type, a->type_n, "application/ld+json") &&
		    (t = child_text(node, &n)) != NULL)
			nf_hmeta_jsonld(h->meta, t, n);
	} else if (tag == MyHTML_TAG_TITLE && h->page.nblocks == 0 && !h->open) {
		if ((t = child_text(node, &n)) != NULL) {
			nf_hmeta_title_tag(h->meta, t, n);
			/* the page's title is its first block */
			struct frame *f = top(h);
			uint32_t saved = f ? f->owner : NONE;
			if (f != NULL)
				f->owner = f->hn;
			add_text(h, t, n);
			if (h->open) {
				h->bowner = 0;  /* the html element: tagged "title" below */
				flush(h);
				if (h->page.nblocks == 1)
					h->page.blocks[0].tag = "title";
			}
			if (f != NULL)
				f->owner = saved;
		}
	}
}

/* Enter an element: false when its children are not to be walked. */
static bool
enter(nf_html *h, myhtml_tree_node_t *node)
{
	myhtml_tag_id_t tag = myhtml_node_tag_id(node);
	struct frame *pf = top(h), f;
	struct attrs a;
	unsigned pr, tokens = 0;
	int weight = 0;
	bool unlikely = false, hidden = false;

	if (tag == MyHTML_TAG__TEXT) {
		size_t n;
		const char *s = myhtml_node_text(node, &n);
		if (s != NULL && n > 0 && pf != NULL)
			add_text(h, s, n);
		return false;
	}
	if (tag <= MyHTML_TAG__DOCTYPE)
		return false;  /* comments, doctype */
	if (myhtml_node_namespace(node) != MyHTML_NAMESPACE_HTML)
		return false;  /* svg, math */
	read_attrs(node, &a);
	pr = tag_props(tag);
	if (tag == MyHTML_TAG_HTML && a.lang != NULL)
		nf_hmeta_lang(h->meta, a.lang, a.lang_n);
	if (tag == MyHTML_TAG_META || tag == MyHTML_TAG_LINK || tag == MyHTML_TAG_SCRIPT ||
	    tag == MyHTML_TAG_TITLE) {
		note_meta(h, tag, node, &a);
		return false;
	}
	if (tag == MyHTML_TAG_HEAD)
		return true;  /* for its title, meta and link; it holds no text */
	/* hidden by an inline style: an inline element is no text; a block is
	   walked, and decided once the page is read (attach_blocks) */
	if ((pr & P_SKIP) || a.hidden || (a.styled_hidden && !(pr & (P_BLOCK | P_CELL | P_ROW))))
		return false;
	if (tag == MyHTML_TAG_BR || tag == MyHTML_TAG_HR) {
		flush(h);
		h->img_br = true;
		unfresh(h);
		return false;
	}
	if (pr & P_CELL) {
		/* a cell after another in the same row goes on in the row's block */
		bool in_row = pf != NULL && h->nodes[pf->hn].tag == MyHTML_TAG_TR;
		if (in_row)
			h->nodes[pf->hn].cells++;
		if (!in_row || !h->open || h->bowner != pf->hn)
			flush(h);
	} else if (pr & (P_BLOCK | P_ROW)) {
		flush(h);
		if (pr & P_BLOCK)
			unfresh(h);
	}
	classify(h, a.klass, a.klass_n, &tokens, &weight, &unlikely, &hidden);
	classify(h, a.id, a.id_n, &tokens, &weight, &unlikely, &hidden);
	if (hidden)
		return false;
	if (a.role != NULL && (ieq(a.role, a.role_n, "menu") || ieq(a.role, a.role_n, "menubar") ||
	    ieq(a.role, a.role_n, "complementary") || ieq(a.role, a.role_n, "navigation") ||
	    ieq(a.role, a.role_n, "alert") || ieq(a.role, a.role_n, "alertdialog") ||
	    ieq(a.role, a.role_n, "dialog")))
		unlikely = true;
	f.node = node;
	f.in = (pf ? pf->in : 0) | (tag < NTAGS ? landmark[tag] : 0) | role_landmark(a.role, a.role_n);
	f.link = (pf && pf->link) || (tag == MyHTML_TAG_A && a.href != NULL);
	f.file = (pf && pf->file) || (tag == MyHTML_TAG_A && document_link(a.href, a.href_n));
	f.author = (pf && pf->author) ||
	    (tag == MyHTML_TAG_A && a.rel != NULL && list_has(a.rel, a.rel_n, "author"));
	f.pre = (pf && pf->pre) || (pr & P_PRE);
	f.hidden_by = pf ? pf->hidden_by : NONE;
	f.text_at = h->page.text.len;
	f.want = 0;
	if (push_node(h, tag, f.in, pf ? pf->hn : NONE) != 0)
		return h->failed = true, false;
	f.hn = (uint32_t)(h->nn - 1);
	if (a.styled_hidden && f.hidden_by == NONE)
		f.hidden_by = f.hn;
	struct hnode *hn = &h->nodes[f.hn];
	hn->tokens = tokens;
	hn->weight = (int16_t)weight;
	if (unlikely)
		hn->flags |= N_UNLIKELY;
	if (pf && (h->nodes[pf->hn].flags & N_UNLIKELY))
		hn->flags |= N_UNLIKELY;
	if (a.klass != NULL && a.klass_n > 0)
		hn->klass = hash_class(a.klass, a.klass_n);
	if ((tokens & NF_HTOK_LOGO) || (tag == MyHTML_TAG_A && front_page_link(a.href, a.href_n)) ||
	    (pf && (h->nodes[pf->hn].flags & N_LOGO)))
		hn->flags |= N_LOGO;
	if (pr & P_CELL)
		hn->flags |= N_FRESH;
	/* centered text (align on a table places the table, not its text) */
	if ((a.centered && tag != MyHTML_TAG_TABLE) || tag == MyHTML_TAG_CENTER ||
	    (pf && (h->nodes[pf->hn].flags & N_CENTERED)))
		hn->flags |= N_CENTERED;
	if (tag == MyHTML_TAG_IMG) {
		/* text right under it may be its caption (image_caption) */
		h->img_owner = pf ? pf->owner : NONE;
		h->img_blocks = h->page.nblocks + (h->open && h->bchars > 0);
		h->img_br = false;
	}
	f.owner = (pr & (P_BLOCK | P_CELL | P_ROW)) ? f.hn : pf ? pf->owner : f.hn;
	/* metadata in the body */
	if (a.itemprop != NULL && list_has(a.itemprop, a.itemprop_n, "datePublished")) {
		if (a.datetime != NULL || a.content != NULL)
			nf_hmeta_itemprop_date(h->meta, a.datetime ? a.datetime : a.content,
			    a.datetime ? a.datetime_n : a.content_n);
		else
			f.want |= W_DATE;
	}
	if (tag == MyHTML_TAG_TIME && a.datetime != NULL)
		nf_hmeta_time(h->meta, a.datetime, a.datetime_n,
		    (f.in & NF_HIN_HEADER) || (tokens & (NF_HTOK_DATE | NF_HTOK_BYLINE)) ||
		    ((f.in & (NF_HIN_ARTICLE | NF_HIN_MAIN)) && !h->body_started) ||
		    (pf && (h->nodes[pf->hn].tokens & (NF_HTOK_DATE | NF_HTOK_BYLINE))));
	if ((tag == MyHTML_TAG_A && a.rel != NULL && ieq(a.rel, a.rel_n, "author")) ||
	    (tokens & (NF_HTOK_BYLINE | NF_HTOK_AUTHOR)))
		f.want |= W_AUTHOR;
	if (push_frame(h, &f) != 0)
		return h->failed = true, false;
	return true;
}

/* Leave an element entered with a frame. */
static void
leave(nf_html *h, myhtml_tree_node_t *node)
{
	struct frame *f = top(h);

	if (f == NULL || f->node != node)
		return;
	unsigned pr = tag_props(h->nodes[f->hn].tag);
	if (f->want) {
		/* the element's own text: from where it started (blocks run together) */
		size_t from = f->text_at, to = h->page.text.len;
		if (to > from) {
			if (f->want & W_AUTHOR)
				nf_hmeta_author_text(h->meta, h->page.text.p + from, to - from);
			if (f->want & W_DATE)
				nf_hmeta_itemprop_date(h->meta, h->page.text.p + from, to - from);
		}
	}
	if (pr & (P_BLOCK | P_ROW)) {
		flush(h);
	} else if (pr & P_CELL) {
		/* a row's block stays open for the row's next cell */
		if (h->open && h->bowner != NONE && h->nodes[h->bowner].tag == MyHTML_TAG_TR)
			h->space = false;
		else
			flush(h);
	}
	h->nf--;
}

/* Walk the tree from root without recursion. */
static void
walk(nf_html *h, myhtml_tree_node_t *root)
{
	myhtml_tree_node_t *n = root;

	for (;;) {
		bool down = enter(h, n);
		myhtml_tree_node_t *c = down ? myhtml_node_child(n) : NULL;
		if (h->failed)
			return;
		if (c != NULL) {
			n = c;
			continue;
		}
		for (;;) {
			leave(h, n);
			if (n == root)
				return;
			myhtml_tree_node_t *next = myhtml_node_next(n);
			if (next != NULL) {
				n = next;
				break;
			}
			n = myhtml_node_parent(n);
			if (n == NULL)
				return;
		}
	}
}

/* ---- after the walk: text under each element, the main content ---- */

/*
 * Blocks hidden by an inline style (display:none, visibility:hidden) are no
 * text, unless what hides them holds most of the page: then a script shows
 * it (a WeChat article's js_content is visibility:hidden until its script
 * runs), and a reader sees it.  Those left are taken out of the block list;
 * the others give their text to the elements that own them.
 */
static void
attach_blocks(nf_html *h)
{
	nf_html_page *pg = &h->page;
	uint64_t total = 0;
	size_t k = 0;

	/* the text each hiding element holds (own_chars is free until the blocks are attached) */
	for (size_t b = 0; b < pg->nblocks; b++) {
		uint32_t hb = h->binfo[b].hidden_by;
		total += h->binfo[b].chars;
		if (hb != NONE) {
			h->nodes[hb].own_chars += h->binfo[b].chars;
			h->nodes[hb].links += h->binfo[b].links;
		}
	}
	/* (most of the page, and prose: a hidden mega-menu is links) */
	for (size_t b = 0; b < pg->nblocks; b++) {
		struct hnode *n = h->binfo[b].hidden_by == NONE ? NULL : &h->nodes[h->binfo[b].hidden_by];
		if (n != NULL && (uint64_t)n->own_chars * 2 >= total && n->links * 2 < n->own_chars)
			n->flags |= N_SHOWN;
	}
	for (size_t b = 0; b < pg->nblocks; b++)
		if (h->binfo[b].hidden_by != NONE)
			h->nodes[h->binfo[b].hidden_by].own_chars = h->nodes[h->binfo[b].hidden_by].links = 0;
	for (size_t b = 0; b < pg->nblocks; b++) {
		uint32_t hb = h->binfo[b].hidden_by;
		if (hb != NONE && !(h->nodes[hb].flags & N_SHOWN))
			continue;
		pg->blocks[k] = pg->blocks[b];
		h->binfo[k] = h->binfo[b];
		struct binfo *bi = &h->binfo[k];
		struct hnode *o = &h->nodes[bi->owner];
		o->own_chars += bi->chars;
		o->own_commas += bi->commas;
		o->links += bi->links;
		if (o->first_block == NONE)
			o->first_block = (uint32_t)k;
		o->end_block = (uint32_t)k + 1;
		k++;
	}
	pg->nblocks = k;
}

/* Children come after their parent: sum the text up in one backward pass. */
static void
sum_up(nf_html *h)
{
	for (size_t i = 0; i < h->nn; i++) {
		h->nodes[i].chars = h->nodes[i].own_chars;
		h->nodes[i].commas = h->nodes[i].own_commas;
	}
	for (size_t i = h->nn; i-- > 1;) {
		struct hnode *n = &h->nodes[i];
		if (n->parent == NONE)
			continue;
		struct hnode *p = &h->nodes[n->parent];
		p->chars += n->chars;
		p->links += n->links;
		p->commas += n->commas;
		if (n->first_block != NONE) {
			if (p->first_block == NONE || n->first_block < p->first_block)
				p->first_block = n->first_block;
			if (p->end_block == NONE || n->end_block > p->end_block)
				p->end_block = n->end_block;
		}
	}
}

static float
link_density(const struct hnode *n)
{
	return n->chars ? (float)n->links / (float)n->chars : 0;
}

static bool
is_root(const nf_html *h, uint32_t i)
{
	myhtml_tag_id_t t = h->nodes[i].tag;
	return t == MyHTML_TAG_HTML || t == MyHTML_TAG_BODY;
}

/* How hard the scoring looks: Readability's retries when too little text is found. */
enum { F_STRIP_UNLIKELY = 1, F_WEIGHT_CLASSES = 2 };

static void
init_candidate(struct hnode *n, unsigned how)
{
	if (n->flags & N_SCORED)
		return;
	n->flags |= N_SCORED;
	n->score = (float)((n->tag < NTAGS ? tag_base[n->tag] : 0) +
	    ((how & F_WEIGHT_CLASSES) ? n->weight : 0));
}

/* Readability's scoring: paragraphs give points to their ancestors. */
static void
score_paragraphs(nf_html *h, unsigned how)
{
	for (size_t i = 0; i < h->nn; i++) {
		h->nodes[i].flags &= ~(N_SCORED | N_MAIN);
		h->nodes[i].score = 0;
	}
	for (size_t i = 0; i < h->nn; i++) {
		struct hnode *n = &h->nodes[i];
		if (n->own_chars < 25 || ((how & F_STRIP_UNLIKELY) && (n->flags & N_UNLIKELY)) ||
		    is_root(h, (uint32_t)i) ||
		    n->tag == MyHTML_TAG_LI || n->tag == MyHTML_TAG_H1 ||
		    (tag_props(n->tag) & P_CELL && n->tag == MyHTML_TAG_TH))
			continue;
		float chars = (float)n->own_chars / 100;
		float score = 1 + (float)n->own_commas + (chars < 3 ? chars : 3);
		/* a p, pre, td, section or h2-h6 scores its parent; text right in a div
		   is, as Readability wraps it, a paragraph of that div's own */
		myhtml_tag_id_t t = n->tag;
		bool para = t == MyHTML_TAG_P || t == MyHTML_TAG_PRE || t == MyHTML_TAG_TD ||
		    t == MyHTML_TAG_SECTION || (t >= MyHTML_TAG_H2 && t <= MyHTML_TAG_H6);
		uint32_t a = para ? n->parent : (uint32_t)i;
		for (int level = 0; level < 5 && a != NONE; level++, a = h->nodes[a].parent) {
			struct hnode *an = &h->nodes[a];
			if (an->tag == MyHTML_TAG_HTML)
				break;
			init_candidate(an, how);
			an->score += score / (level == 0 ? 1 : level == 1 ? 2 : (float)level * 3);
		}
	}
	for (size_t i = 0; i < h->nn; i++)
		if (h->nodes[i].flags & N_SCORED)
			h->nodes[i].score *= 1 - link_density(&h->nodes[i]);
}

static bool
is_ancestor(const nf_html *h, uint32_t a, uint32_t n)
{
	for (; n != NONE; n = h->nodes[n].parent)
		if (n == a)
			return true;
	return false;
}

/* The element that holds the article, as Readability picks it; NONE when none scored. */
static uint32_t
top_candidate(nf_html *h, unsigned how)
{
	uint32_t best[5] = { NONE, NONE, NONE, NONE, NONE }, top;

	for (size_t i = 0; i < h->nn; i++) {
		if (!(h->nodes[i].flags & N_SCORED) || is_root(h, (uint32_t)i))
			continue;
		float s = h->nodes[i].score;
		for (int k = 0; k < 5; k++) {
			if (best[k] == NONE || s > h->nodes[best[k]].score) {
				memmove(best + k + 1, best + k, (size_t)(4 - k) * sizeof best[0]);
				best[k] = (uint32_t)i;
				break;
			}
		}
	}
	if ((top = best[0]) == NONE)
		return NONE;

	/* several near-best candidates under one ancestor: that ancestor */
	uint32_t alt[4];
	int nalt = 0;
	for (int k = 1; k < 5; k++)
		if (best[k] != NONE && h->nodes[best[k]].score >= 0.75f * h->nodes[top].score)
			alt[nalt++] = best[k];
	if (nalt >= 3) {
		for (uint32_t p = h->nodes[top].parent; p != NONE && !is_root(h, p);
		    p = h->nodes[p].parent) {
			int inside = 0;
			for (int k = 0; k < nalt; k++)
				inside += is_ancestor(h, p, alt[k]);
			if (inside >= 3) {
				top = p;
				init_candidate(&h->nodes[top], how);
				break;
			}
		}
	}
	/* a parent that scores better than its child */
	float last = h->nodes[top].score, threshold = last / 3;
	for (uint32_t p = h->nodes[top].parent; p != NONE && !is_root(h, p); p = h->nodes[p].parent) {
		if (!(h->nodes[p].flags & N_SCORED))
			continue;
		if (h->nodes[p].score < threshold)
			break;
		if (h->nodes[p].score > last) {
			top = p;
			break;
		}
		last = h->nodes[p].score;
	}
	/* an only child stands for its parent */
	for (uint32_t p = h->nodes[top].parent; p != NONE && !is_root(h, p); p = h->nodes[p].parent) {
		if (h->nodes[p].first_child != top || h->nodes[top].next_sibling != NONE)
			break;
		top = p;
	}
	return top;
}

/* Does s[0..n) end as a sentence ends: . ! ? 。 ！ ？ (a closing quote after)? */
static bool
ends_sentence(const char *s, size_t n)
{
	while (n > 0 && (s[n - 1] == '"' || s[n - 1] == '\'' || s[n - 1] == ')' || s[n - 1] == ' '))
		n--;
	if (n >= 3 && (memcmp(s + n - 3, "\xE2\x80\x9D", 3) == 0 || memcmp(s + n - 3, "\xE2\x80\x99", 3) == 0))
		n -= 3;  /* ” ’ */
	if (n == 0)
		return false;
	if (s[n - 1] == '.' || s[n - 1] == '!' || s[n - 1] == '?')
		return true;
	return n >= 3 && (memcmp(s + n - 3, "\xE3\x80\x82", 3) == 0 || memcmp(s + n - 3, "\xEF\xBC\x81", 3) == 0 ||
	    memcmp(s + n - 3, "\xEF\xBC\x9F", 3) == 0);
}

/* Does a paragraph end a sentence: ". " or "." at its end? */
static bool
has_sentence_end(const nf_html *h, const struct hnode *n)
{
	if (n->first_block == NONE)
		return false;
	for (uint32_t b = n->first_block; b < n->end_block; b++) {
		const nf_html_block *bl = &h->page.blocks[b];
		const char *t = h->page.text.p;
		for (size_t i = bl->start; i < bl->end; i++)
			if (t[i] == '.' && (i + 1 == bl->end || t[i + 1] == ' '))
				return true;
	}
	return false;
}

/* The top candidate and its siblings that score well or read as prose. */
static void
mark_main(nf_html *h, uint32_t top)
{
	struct hnode *t = &h->nodes[top];
	uint32_t parent = t->parent;
	float threshold = t->score * 0.2f > 10 ? t->score * 0.2f : 10;

	if (parent == NONE || is_root(h, top)) {
		t->flags |= N_MAIN;
		return;
	}
	for (uint32_t s = h->nodes[parent].first_child; s != NONE; s = h->nodes[s].next_sibling) {
		struct hnode *sn = &h->nodes[s];
		bool take = s == top;
		if (!take && (sn->flags & N_SCORED)) {
			float bonus = t->klass && sn->klass == t->klass ? t->score * 0.2f : 0;
			take = sn->score + bonus >= threshold;
		}
		if (!take && sn->tag == MyHTML_TAG_P) {
			float ld = link_density(sn);
			take = (sn->chars > 80 && ld < 0.25f) ||
			    (sn->chars <= 80 && sn->chars > 0 && ld == 0 && has_sentence_end(h, sn));
		}
		if (take)
			sn->flags |= N_MAIN;
	}
}

/* Words that take a block inside the main content out of it. */
#define CHROME_TOKENS (NF_HTOK_NAV | NF_HTOK_MENU | NF_HTOK_BREADCRUMB | NF_HTOK_SHARE | \
	NF_HTOK_SOCIAL | NF_HTOK_RELATED | NF_HTOK_RECOMMEND | NF_HTOK_COMMENT | NF_HTOK_AD | \
	NF_HTOK_SIDEBAR | NF_HTOK_WIDGET | NF_HTOK_PROMO | NF_HTOK_NEWSLETTER | NF_HTOK_COOKIE | \
	NF_HTOK_TAGS | NF_HTOK_FOOTER)
#define CHROME_IN (NF_HIN_NAV | NF_HIN_ASIDE | NF_HIN_FORM | NF_HIN_FOOTER)

/* Tag names, tokens and the main flag of every block. */
static void
finish_blocks(nf_html *h, uint32_t top)
{
	const struct binfo *bi = h->binfo;
	uint32_t page_chars = h->nn ? h->nodes[0].chars : 0;

	for (size_t b = 0; b < h->page.nblocks; b++) {
		nf_html_block *bl = &h->page.blocks[b];
		uint32_t o = bi[b].owner, main_at = NONE;
		unsigned tokens = bl->tokens, inner = 0;
		bool unlikely = false;
		if (o == NONE)
			continue;
		if (bl->tag == NULL) {
			size_t len;
			myhtml_tag_id_t t = h->nodes[o].tag;
			bl->tag = t == 0xFFFF ? "" : myhtml_tag_name_by_id(h->tree, t, &len);
			if (bl->tag == NULL)
				bl->tag = "";
		}
		for (uint32_t a = o; a != NONE; a = h->nodes[a].parent) {
			if (is_root(h, a))
				break;
			if (h->nodes[a].flags & N_MAIN) {
				main_at = a;
				break;
			}
		}
		/* what lies between the block and the main content: chrome words
		   count but on a wrapper holding most of the article (its class
		   says nothing about one block: WordPress writes tag-x on the
		   article element); landmarks and lists of links always */
		for (uint32_t a = o; main_at != NONE && a != main_at; a = h->nodes[a].parent) {
			const struct hnode *an = &h->nodes[a];
			float ld = link_density(an);
			if (an->chars * 2 <= h->nodes[main_at].chars)
				inner |= an->tokens;
			/* a list of links with little text of its own: teasers */
			if ((an->tag == MyHTML_TAG_UL || an->tag == MyHTML_TAG_OL) && ld > 0.4f &&
			    an->chars < 100 * (an->end_block - an->first_block))
				unlikely = true;
		}
		for (uint32_t a = o; a != NONE; a = h->nodes[a].parent) {
			const struct hnode *an = &h->nodes[a];
			if (is_root(h, a) || an->chars * 2 > page_chars)
				break;
			tokens |= an->tokens;
		}
		bl->tokens = tokens;
		if (top == NONE) {
			bl->main = strcmp(bl->tag, "title") != 0;
		} else if (main_at != NONE) {
			unsigned extra = bl->in & ~h->nodes[main_at].in;
			/* a post quoted in the article (an embedded tweet) is no share widget */
			if (extra & NF_HIN_QUOTE)
				inner &= ~(NF_HTOK_SOCIAL | NF_HTOK_SHARE);
			/* a short line made of links is a teaser, unless it is a
			   sentence (links to documents are a notice's attachments) */
			bool teaser = bi[b].links - bi[b].files > bi[b].chars / 2 &&
			    bl->end - bl->start < 200 &&
			    !ends_sentence(h->page.text.p + bl->start, bl->end - bl->start);
			bl->main = !(extra & CHROME_IN) && !(inner & CHROME_TOKENS) && !unlikely && !teaser;
		}
	}
}

/* ---- the page ---- */

int
nf_html_parse(nf_html *h, const char *s, size_t n, const char *base,
    const nf_html_page **page, nf_error *err)
{
	myhtml_tree_node_t *root;
	uint32_t top;

	h->page.text.len = 0;
	h->page.nblocks = 0;
	memset(&h->page.meta, 0, sizeof h->page.meta);
	h->nn = h->nf = 0;
	h->open = h->body_started = h->failed = false;
	h->img_owner = NONE;
	nf_hmeta_reset(h->meta);
	if (h->nklass > 0) {
		memset(h->klass, 0, KLASS_SLOTS * sizeof *h->klass);
		h->nklass = 0;
		h->kstore.len = 0;
	}
	myhtml_tree_clean(h->tree);
	/* NUL bytes: no text in HTML (the tree construction drops them), and
	   myhtml's own dropping of several garbles the bytes around them */
	if (memchr(s, 0, n) != NULL) {
		h->clean.len = 0;
		if (nf_buf_reserve(&h->clean, n) != 0)
			return nf_fail(err, "out of memory");
		for (const char *p = s, *end = s + n, *z; p < end; p = z + 1) {
			if ((z = memchr(p, 0, (size_t)(end - p))) == NULL)
				z = end;
			nf_buf_putn(&h->clean, p, (size_t)(z - p));
		}
		s = h->clean.p;
		n = h->clean.len;
	}
	if (myhtml_parse(h->tree, MyENCODING_UTF_8, s, n) != 0)
		return nf_fail(err, "the HTML parser failed");
	if ((root = myhtml_tree_get_node_html(h->tree)) != NULL)
		walk(h, root);
	flush(h);
	if (h->failed)
		return nf_fail(err, "out of memory");
	attach_blocks(h);
	sum_up(h);
	/* as Readability: when too little is found, again without dropping
	   unlikely containers, then without class weights; the most text wins */
	static const unsigned tries[] = { F_STRIP_UNLIKELY | F_WEIGHT_CLASSES, F_WEIGHT_CLASSES, 0 };
	unsigned best_how = tries[0];
	uint32_t best_chars = 0;
	for (size_t t = 0; t < sizeof tries / sizeof tries[0]; t++) {
		score_paragraphs(h, tries[t]);
		top = top_candidate(h, tries[t]);
		uint32_t chars = top == NONE ? 0 : h->nodes[top].chars;
		if (top != NONE && (t == 0 || chars > best_chars)) {
			best_chars = chars;
			best_how = tries[t];
		}
		if (chars >= 500)
			break;
	}
	score_paragraphs(h, best_how);
	top = top_candidate(h, best_how);
	if (top != NONE)
		mark_main(h, top);

	for (size_t i = 0; i < h->nn; i++)
		if (h->nodes[i].flags & N_MAIN)
			for (uint32_t b = h->nodes[i].first_block; b != NONE && b < h->nodes[i].end_block; b++)
				h->page.blocks[b].main = true;
	finish_blocks(h, top);
	if (nf_hmeta_finish(h->meta, h->page.text.p ? h->page.text.p : "", h->page.blocks,
	    h->page.nblocks, base, &h->page.meta) != 0)
		return nf_fail(err, "out of memory");
	*page = &h->page;
	return 0;
}

/* ---- sniffing ---- */

bool
nf_html_sniff(const char *s, size_t n)
{
	static const char *const tags[] = {
		"!DOCTYPE HTML", "HTML", "HEAD", "SCRIPT", "IFRAME", "H1", "DIV", "FONT", "TABLE",
		"A", "STYLE", "TITLE", "B", "BODY", "BR", "P",
		/* not in the standard's table, but pages saved from the web start so */
		"META", "LINK", "ARTICLE", "SECTION", "MAIN", "HEADER", "NAV", "SPAN", "UL",
		"H2", "H3", "CENTER", "FORM",
	};
	size_t i = 0;
	bool xml = false;

	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	for (;;) {
		while (i < n && ascii_space((unsigned char)s[i]))
			i++;
		if (i + 4 <= n && memcmp(s + i, "<!--", 4) == 0) {
			if (!xml)
				return true;
			const char *e = memmem(s + i + 4, n - i - 4, "-->", 3);
			if (e == NULL)
				return false;
			i = (size_t)(e - s) + 3;
			continue;
		}
		/* XHTML: an XML declaration, then the page */
		if (!xml && i + 5 <= n && memcmp(s + i, "<?xml", 5) == 0) {
			const char *e = memmem(s + i, n - i, "?>", 2);
			if (e == NULL)
				return false;
			i = (size_t)(e - s) + 2;
			xml = true;
			continue;
		}
		break;
	}
	if (i >= n || s[i] != '<')
		return false;
	i++;
	for (size_t k = 0; k < sizeof tags / sizeof tags[0]; k++) {
		size_t len = strlen(tags[k]);
		if (n - i > len && strncasecmp(s + i, tags[k], len) == 0 &&
		    (s[i + len] == '>' || ascii_space((unsigned char)s[i + len])))
			return !xml || k < 2;
	}
	return false;
}
