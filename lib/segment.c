/*
 * segment.c - paragraphs, repeated lines, article metadata and the
 * sentence records of one document.
 *
 * Records are written with a small JSON writer of our own rather than by
 * building a jansson object per sentence: the doc's own keys are dumped
 * once per doc (by jansson), each article's title, byline and date once
 * per article, and a sentence record is those pieces, a few integers and
 * the escaped sentence.  That keeps nf-segment near the speed of reading
 * its input.
 */
#include "segment.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "html_cues.h"
#include "html_meta.h"
#include "lang.h"
#include "sentences.h"
#include "jsonesc.h"
#include "utf8.h"

/* Repeated-line memory: hashes of (site, paragraph), bounded. */
#define MEMORY_SLOTS (1u << 16)
#define MEMORY_MAX (MEMORY_SLOTS / 4 * 3)

/* A growing byte buffer. */
struct buf {
	char *p;
	size_t len, cap;
};

/* What an article's sentences carry, as JSON text. */
struct article_meta {
	struct buf title, byline, published;
	bool pub_weak;     /* published is a day of update or a relative one
	                      ("2 hours ago"), to be replaced by a day of
	                      publication written out later in the article,
	                      never one after it (a page is updated after it
	                      is published, and a key-dates box lists days
	                      ahead) */
	long pub_day;      /* published as days since the epoch */
};

struct nf_segmenter {
	nf_seg_opts opts;
	nf_para *paras;
	size_t npara, cap;
	nf_span_list sents;
	struct buf prefix;          /* '{' and the doc's own keys */
	struct buf line;            /* the record being written */
	struct article_meta *meta;
	size_t nmeta;
	uint64_t *memory;           /* 0 is an empty slot */
	size_t memory_used;
	uint64_t *doc_hashes;       /* this doc's paragraph hashes */
	bool page_title;            /* this doc came from a WARC (WET) record */
	bool declared;              /* this HTML doc declares its publication day */
	nf_hcues cues;              /* an HTML doc's blocks (html_cues.h) */
};

/* ---- buffers ------------------------------------------------------------ */

static int
buf_reserve(struct buf *b, size_t more)
{
	if (b->cap - b->len >= more)
		return 0;
	size_t cap = b->cap ? b->cap : 256;
	while (cap - b->len < more) {
		if (cap > SIZE_MAX / 2)
			return -1;
		cap *= 2;
	}
	char *p = realloc(b->p, cap);
	if (p == NULL)
		return -1;
	b->p = p;
	b->cap = cap;
	return 0;
}

static int
buf_put(struct buf *b, const char *s, size_t n)
{
	if (buf_reserve(b, n) != 0)
		return -1;
	memcpy(b->p + b->len, s, n);
	b->len += n;
	return 0;
}

static int
buf_puts(struct buf *b, const char *s)
{
	return buf_put(b, s, strlen(s));
}

static int
buf_uint(struct buf *b, size_t v)
{
	char tmp[24];
	size_t i = sizeof tmp;

	do {
		tmp[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v > 0);
	return buf_put(b, tmp + i, sizeof tmp - i);
}

/* Append s[0..n) as a JSON string (quotes included).  s is valid UTF-8. */
static int
buf_json_string(struct buf *b, const char *s, size_t n)
{
	size_t i = 0;

	if (buf_reserve(b, n + 2) != 0)
		return -1;
	b->p[b->len++] = '"';
	while (i < n) {
		size_t run = nf_json_plain_run(s + i, n - i);
		char esc[6];
		if (run > 0 && buf_put(b, s + i, run) != 0)
			return -1;
		i += run;
		if (i < n) {
			if (buf_put(b, esc, nf_json_escape_byte((unsigned char)s[i], esc)) != 0)
				return -1;
			i++;
		}
	}
	return buf_put(b, "\"", 1);
}

/* ---- lifetime ----------------------------------------------------------- */

nf_segmenter *
nf_seg_new(const nf_seg_opts *opts)
{
	nf_segmenter *seg = calloc(1, sizeof *seg);

	if (seg == NULL)
		return NULL;
	seg->opts = *opts;
	seg->memory = calloc(MEMORY_SLOTS, sizeof *seg->memory);
	if (seg->memory == NULL) {
		free(seg);
		return NULL;
	}
	return seg;
}

static void
free_meta(nf_segmenter *seg)
{
	for (size_t i = 0; i < seg->nmeta; i++) {
		free(seg->meta[i].title.p);
		free(seg->meta[i].byline.p);
		free(seg->meta[i].published.p);
	}
	free(seg->meta);
	seg->meta = NULL;
	seg->nmeta = 0;
}

void
nf_seg_free(nf_segmenter *seg)
{
	if (seg == NULL)
		return;
	free(seg->paras);
	nf_span_list_free(&seg->sents);
	free(seg->prefix.p);
	free(seg->line.p);
	free_meta(seg);
	free(seg->memory);
	free(seg->doc_hashes);
	nf_hcues_free(&seg->cues);
	free(seg);
}

/* ---- paragraphs --------------------------------------------------------- */

static int
push_para(nf_segmenter *seg, size_t start, size_t end, unsigned flags)
{
	if (seg->npara == seg->cap) {
		size_t cap = seg->cap ? seg->cap * 2 : 64;
		nf_para *p = realloc(seg->paras, cap * sizeof *p);
		if (p == NULL)
			return -1;
		seg->paras = p;
		seg->cap = cap;
	}
	memset(&seg->paras[seg->npara], 0, sizeof seg->paras[0]);
	seg->paras[seg->npara].start = start;
	seg->paras[seg->npara].end = end;
	seg->paras[seg->npara].flags = flags;
	seg->npara++;
	return 0;
}

/*
 * The start of the character before pos, not before lo: with invalid UTF-8
 * (stray continuation bytes) nf_utf8_prev() may step back past lo.
 */
static size_t
prev_from(const char *t, size_t lo, size_t pos)
{
	size_t p = nf_utf8_prev(t, pos);

	return p < lo ? pos - 1 : p;
}

/* Trim white space (Unicode spaces too) from both ends of [*s, *e). */
static void
trim(const char *t, size_t *s, size_t *e)
{
	uint32_t cp;

	while (*s < *e) {
		size_t k = (unsigned char)t[*s] < 0x80 ? 1 : nf_utf8_decode(t + *s, *e - *s, &cp, NULL);
		if ((unsigned char)t[*s] < 0x80)
			cp = (unsigned char)t[*s];
		if (!nf_is_space(cp))
			break;
		*s += k;
	}
	while (*e > *s) {
		size_t p = prev_from(t, *s, *e);
		nf_utf8_decode(t + p, *e - p, &cp, NULL);
		if (!nf_is_space(cp))
			break;
		*e = p;
	}
}

/* A rule line: ----, ****, ====, * * * (three or more marks, nothing else). */
static bool
is_rule(const char *s, size_t n)
{
	size_t marks = 0;

	for (size_t i = 0; i < n; i++) {
		if (strchr("-=*_~#", s[i]) != NULL && s[i] != '\0')
			marks++;
		else if (s[i] != ' ')
			return false;
	}
	return marks >= 3;
}

static uint32_t
last_cp(const char *s, size_t start, size_t end)
{
	uint32_t cp = 0;

	if (end > start) {
		size_t p = prev_from(s, start, end);
		nf_utf8_decode(s + p, end - p, &cp, NULL);
	}
	return cp;
}

/*
 * Does [s, e) hold a gap or a separator that prose wrapped at a width
 * has not: a full-width space, two spaces, a tab, " | ", " > " - the
 * fields of a publication line, a menu, a bar of buttons?
 */
static bool
has_gap(const char *t, size_t s, size_t e)
{
	static const char *const gaps[] = { "\xe3\x80\x80", "  ", "\t", " | ", " > ", "\xef\xbd\x9c" };

	for (size_t k = 0; k < sizeof gaps / sizeof gaps[0]; k++)
		if (memmem(t + s, e - s, gaps[k], strlen(gaps[k])) != NULL)
			return true;
	return false;
}

/* Does a hard-wrapped line [ls, le) continue on the next line [ns, ne)? */
static bool
continues(const char *s, size_t ls, size_t le, size_t ns, size_t ne)
{
	uint32_t last = last_cp(s, ls, le), first;
	unsigned char c = (unsigned char)s[ns];

	nf_utf8_decode(s + ns, ne - ns, &first, NULL);
	if (c == '-' || c == '*' || first == 0x2022 || (c >= '0' && c <= '9'))
		return false;  /* a list item */
	if (nf_is_han(first) && (nf_is_han(last) || last == 0xFF0C || last == 0x3001))
		return le - ls >= 60 && !has_gap(s, ls, le) && !has_gap(s, ns, ne);
	if (le - ls < 40)
		return false;
	if (last == ',' || (last == '-' && le - ls >= 2 && s[le - 2] >= 'a' && s[le - 2] <= 'z'))
		return c >= 'a' && c <= 'z';
	return c >= 'a' && c <= 'z' && strchr(".!?:;\"", (int)last) == NULL &&
	    last != 0x201D && last != 0x2026;
}

/* Is [s, e) a section's number alone: "一", "十二", "3", "01"? */
static bool
section_number(const char *t, size_t s, size_t e)
{
	static const char numerals[] = "一二三四五六七八九十";
	size_t count = 0;
	uint32_t cp;

	for (size_t i = s; i < e; count++) {
		size_t k = nf_utf8_decode(t + i, e - i, &cp, NULL);
		if (!(cp >= '0' && cp <= '9') &&
		    !(k == 3 && cp > 0x7f && memmem(numerals, sizeof numerals - 1, t + i, 3) != NULL))
			return false;
		i += k;
	}
	return count >= 1 && count <= 2;
}

/*
 * Is the line [ns, ne) the heading under a section's number alone on the
 * line before, [ls, le): "01" over "价格战来得比预想的快", "二" over "大模型
 * 越来越便宜"?  The number and the heading are one paragraph, the heading
 * of what follows: words, short, not a sentence.
 */
static bool
numbered_heading(const char *s, size_t ls, size_t le, size_t ns, size_t ne)
{
	uint32_t last = last_cp(s, ns, ne);
	size_t i;

	if (!section_number(s, ls, le) || ne - ns > 90)
		return false;
	i = ns + nf_utf8_lead(s + ns, ne - ns);  /* an opening quote or bracket may come first */
	return i < ne && !(s[i] >= '0' && s[i] <= '9') && !section_number(s, ns, ne) &&
	    last != '.' && last != 0x3002;  /* 。 */
}

/* Split text into paragraphs: lines, hard-wrapped lines joined. */
static int
split_paragraphs(nf_segmenter *seg, const char *s, size_t n)
{
	size_t i = 0, last_ls = 0, last_le = 0;
	bool open = false, section = false;

	seg->npara = 0;
	while (i < n) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t le = nl ? (size_t)(nl - s) : n;
		const char *ff = memchr(s + i, '\f', le - i);
		if (ff != NULL)
			le = (size_t)(ff - s);
		size_t ts = i, te = le;
		trim(s, &ts, &te);
		if (ts == te) {
			open = false;
		} else if (open && (continues(s, last_ls, last_le, ts, te) ||
		    (seg->paras[seg->npara - 1].start == last_ls &&
		    numbered_heading(s, last_ls, last_le, ts, te)))) {
			seg->paras[seg->npara - 1].end = te;
			last_ls = ts;
			last_le = te;
		} else {
			unsigned flags = section ? NF_PARA_SECTION : 0;
			if (is_rule(s + ts, te - ts))
				flags |= NF_PARA_SEPARATOR;
			if (push_para(seg, ts, te, flags) != 0)
				return -1;
			section = false;
			open = true;
			last_ls = ts;
			last_le = te;
		}
		if (le < n && s[le] == '\f') {
			section = seg->npara > 0;
			open = false;
		}
		i = le + 1;
	}
	return 0;
}

/* An HTML doc: a paragraph per block (html_cues.h). */
static int
block_paragraphs(nf_segmenter *seg, const char *s)
{
	seg->npara = 0;
	for (size_t i = 0; i < seg->cues.n; i++) {
		size_t ts = seg->cues.b[i].start, te = seg->cues.b[i].end;
		trim(s, &ts, &te);
		if (push_para(seg, ts, te, 0) != 0)
			return -1;
	}
	return 0;
}

/* ---- repeated lines ----------------------------------------------------- */

static uint64_t
hash_bytes(uint64_t h, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211u;
	return h;
}

static bool
memory_has(const nf_segmenter *seg, uint64_t h)
{
	size_t i = h & (MEMORY_SLOTS - 1);

	while (seg->memory[i] != 0) {
		if (seg->memory[i] == h)
			return true;
		i = (i + 1) & (MEMORY_SLOTS - 1);
	}
	return false;
}

static void
memory_add(nf_segmenter *seg, uint64_t h)
{
	size_t i = h & (MEMORY_SLOTS - 1);

	if (seg->memory_used >= MEMORY_MAX) {  /* full: forget, stay bounded */
		memset(seg->memory, 0, MEMORY_SLOTS * sizeof *seg->memory);
		seg->memory_used = 0;
	}
	while (seg->memory[i] != 0) {
		if (seg->memory[i] == h)
			return;
		i = (i + 1) & (MEMORY_SLOTS - 1);
	}
	seg->memory[i] = h;
	seg->memory_used++;
}

/*
 * Flag the paragraphs seen in an earlier doc of the same site, unless most
 * of this doc was seen (the same page fetched twice is no evidence), then
 * remember this doc's paragraphs.  Returns 0 or -1.
 */
static int
mark_repeated(nf_segmenter *seg, const char *text, const char *site, size_t site_len)
{
	uint64_t base = hash_bytes(14695981039346656037u, site, site_len);
	size_t seen = 0, seen_bytes = 0, all_bytes = 0;
	uint64_t *h = realloc(seg->doc_hashes, (seg->npara ? seg->npara : 1) * sizeof *h);

	if (h == NULL)
		return -1;
	seg->doc_hashes = h;
	for (size_t i = 0; i < seg->npara; i++) {
		const nf_para *p = &seg->paras[i];
		size_t len = p->end - p->start;
		/* the start and the length are enough to know a paragraph again */
		h[i] = hash_bytes(base ^ (0x9E3779B97F4A7C15u * len), text + p->start,
		    len < 256 ? len : 256) | 1;
		all_bytes += p->end - p->start;
		if (memory_has(seg, h[i])) {
			seen++;
			seen_bytes += p->end - p->start;
		}
	}
	if (seen > 0 && seen_bytes * 2 < all_bytes)
		for (size_t i = 0; i < seg->npara; i++)
			if (memory_has(seg, h[i]))
				seg->paras[i].flags |= NF_PARA_REPEATED;
	for (size_t i = 0; i < seg->npara; i++)
		memory_add(seg, h[i]);
	return 0;
}

/* The site of a doc: the host of a URL, else the folder of a path. */
static void
site_of(const char *doc, size_t n, const char **site, size_t *len)
{
	const char *scheme = doc ? strstr(doc, "://") : NULL;

	*site = "";
	*len = 0;
	if (doc == NULL)
		return;
	if (scheme != NULL) {
		const char *h = scheme + 3, *end = h;
		while (end < doc + n && *end != '/' && *end != '?' && *end != '#')
			end++;
		*site = h;
		*len = (size_t)(end - h);
		return;
	}
	for (size_t i = n; i > 0; i--) {
		if (doc[i - 1] == '/') {
			*site = doc;
			*len = i - 1;
			return;
		}
	}
}

/* ---- analysis ----------------------------------------------------------- */

int
nf_seg_analyze(nf_segmenter *seg, const char *text, size_t n, const char *site,
    size_t site_len, const nf_ymd *anchor, nf_para **paras, size_t *npara)
{
	nf_date_opts dopts = { .order = NF_ORDER_AUTO };
	nf_bp_opts bopts = { &dopts, seg->page_title, seg->declared };
	int articles;

	if (anchor != NULL) {
		dopts.has_anchor = true;
		dopts.anchor = *anchor;
	}
	if (seg->cues.n > 0 ? block_paragraphs(seg, text) != 0 : split_paragraphs(seg, text, n) != 0)
		return -1;
	for (size_t i = 0; i < seg->npara; i++) {
		nf_para *p = &seg->paras[i];
		if (nf_bp_features(text + p->start, p->end - p->start, &p->info) != 0)
			return -1;
	}
	if (mark_repeated(seg, text, site, site_len) != 0)
		return -1;
	articles = seg->cues.n > 0 ? nf_hcues_roles(&seg->cues, text, seg->paras, seg->npara, &bopts) :
	    nf_bp_roles(text, seg->paras, seg->npara, &bopts);
	if (articles < 0)
		return -1;
	*paras = seg->paras;
	*npara = seg->npara;
	return articles;
}

/* ---- records ------------------------------------------------------------ */

/* Keys nf-segment writes itself; a doc's own values for them are dropped. */
static const char *const own_keys[] = {
	"text", "article", "para", "sent", "role", "title", "byline",
	"published", "lang", "start", "end", "blocks",
};

static bool
is_own_key(const char *key)
{
	for (size_t i = 0; i < sizeof own_keys / sizeof own_keys[0]; i++)
		if (strcmp(key, own_keys[i]) == 0)
			return true;
	return false;
}

/* '{' and the doc's keys (but ours) with their values, each with a comma. */
static int
build_prefix(nf_segmenter *seg, const json_t *doc)
{
	const char *key;
	json_t *value;

	seg->prefix.len = 0;
	if (buf_put(&seg->prefix, "{", 1) != 0)
		return -1;
	json_object_foreach((json_t *)doc, key, value) {
		char *dumped;
		int rc;
		if (is_own_key(key))
			continue;
		dumped = json_dumps(value, JSON_COMPACT | JSON_ENCODE_ANY | JSON_REAL_PRECISION(15));
		if (dumped == NULL)
			return -1;
		rc = buf_json_string(&seg->prefix, key, strlen(key)) ||
		    buf_put(&seg->prefix, ":", 1) || buf_puts(&seg->prefix, dumped) ||
		    buf_put(&seg->prefix, ",", 1);
		free(dumped);
		if (rc != 0)
			return -1;
	}
	return 0;
}

/* The day in the address of a doc ("url", else "doc"): .../2025/6/12/... */
static bool
url_day(const json_t *doc, nf_ymd *day)
{
	const char *url;
	size_t len;

	return ((url = nf_record_string(doc, "url", &len)) != NULL ||
	    (url = nf_record_string(doc, "doc", &len)) != NULL) && nf_hmeta_url_date(url, len, day);
}

/* Does an HTML doc declare its day of publication, in its markup or address? */
static bool
declares_day(const nf_segmenter *seg, const json_t *doc)
{
	size_t len;
	nf_ymd day;

	if (seg->cues.n == 0)
		return false;
	return (nf_record_string(doc, "published", &len) != NULL && len > 0) || url_day(doc, &day);
}

/*
 * What an HTML page declares (html_meta.h) is the first article's title,
 * byline and publication date; the date of the page's URL when neither
 * the page nor its date line gives one.
 */
static int
declared_meta(nf_segmenter *seg, const json_t *doc, int articles)
{
	const char *keys[] = { "title", "byline", "published" };
	size_t len;
	nf_ymd day;
	char ymd[11];

	if (articles < 1 || seg->cues.n == 0)
		return 0;
	struct article_meta *m = &seg->meta[1];
	struct buf *dst[] = { &m->title, &m->byline, &m->published };
	for (int k = 0; k < 3; k++) {
		const char *v = nf_record_string(doc, keys[k], &len);
		if (v == NULL || len == 0)
			continue;
		dst[k]->len = 0;
		if (buf_json_string(dst[k], v, len) != 0)
			return -1;
	}
	if (m->published.len == 0 && url_day(doc, &day)) {
		nf_format_ymd(day, ymd);
		if (buf_put(&m->published, "\"", 1) || buf_puts(&m->published, ymd) ||
		    buf_put(&m->published, "\"", 1))
			return -1;
	}
	return 0;
}

/* Title, byline and published of every article, as JSON values. */
static int
build_meta(nf_segmenter *seg, const json_t *doc, const char *text, int articles)
{
	free_meta(seg);
	seg->meta = calloc((size_t)articles + 1, sizeof *seg->meta);
	if (seg->meta == NULL)
		return -1;
	seg->nmeta = (size_t)articles + 1;
	for (size_t i = 0; i < seg->npara; i++) {
		const nf_para *p = &seg->paras[i];
		struct article_meta *m;
		if (p->article == 0 || p->article > (unsigned)articles || !p->meta)
			continue;
		m = &seg->meta[p->article];
		if (p->role == NF_ROLE_TITLE && m->title.len == 0) {
			size_t s = p->start, e = p->end;
			if (p->title_end > p->title_start) {
				s = p->title_start;
				e = p->title_end;
			}
			if (buf_json_string(&m->title, text + s, e - s) != 0)
				return -1;
		} else if (m->byline.len == 0 && (p->role == NF_ROLE_BYLINE ||
		    (p->role == NF_ROLE_DATELINE && p->name_end > p->name_start))) {
			size_t s = p->start, e = p->end;
			if (p->name_end > p->name_start) {
				s = p->name_start;
				e = p->name_end;
			}
			if (buf_json_string(&m->byline, text + s, e - s) != 0)
				return -1;
		}
		bool weak = p->pub_updated || p->pub_relative;
		long pday = nf_days_from_ymd(p->pub.y, p->pub.m, p->pub.d);
		if (p->has_pub && (m->published.len == 0 || (m->pub_weak && !weak &&
		    pday <= m->pub_day)) &&
		    (p->role == NF_ROLE_DATELINE || p->role == NF_ROLE_BYLINE ||
		    p->role == NF_ROLE_BODY)) {  /* a body: dated by its wire dateline */
			char day[11];
			nf_format_ymd(p->pub, day);
			m->published.len = 0;
			m->pub_weak = weak;
			m->pub_day = pday;
			if (buf_put(&m->published, "\"", 1) || buf_puts(&m->published, day) ||
			    buf_put(&m->published, "\"", 1))
				return -1;
		}
	}
	if (declared_meta(seg, doc, articles) != 0)
		return -1;
	for (size_t a = 0; a < seg->nmeta; a++) {
		struct article_meta *m = &seg->meta[a];
		if ((m->title.len == 0 && buf_puts(&m->title, "null") != 0) ||
		    (m->byline.len == 0 && buf_puts(&m->byline, "null") != 0) ||
		    (m->published.len == 0 && buf_puts(&m->published, "null") != 0))
			return -1;
	}
	return 0;
}

/* Records are gathered and written in chunks of about this size. */
#define CHUNK (256 * 1024)

/* Write what is gathered; 0, or -2 when writing failed. */
static int
flush_records(nf_segmenter *seg, FILE *out)
{
	struct buf *b = &seg->line;
	size_t len = b->len;

	b->len = 0;
	return len == 0 || fwrite(b->p, 1, len, out) == len ? 0 : -2;
}

/*
 * Add one sentence (sent > 0) or paragraph (sent == 0) record to the
 * output; returns 0, -1 (out of memory) or -2 (write failed).
 */
static int
write_record(nf_segmenter *seg, FILE *out, const char *text, const nf_para *p,
    size_t para_no, size_t sent_no, size_t start, size_t end)
{
	struct buf *b = &seg->line;
	const struct article_meta *m = &seg->meta[p->article < seg->nmeta ? p->article : 0];
	int rc;

	rc = buf_put(b, seg->prefix.p, seg->prefix.len) ||
	    buf_puts(b, "\"article\":") || buf_uint(b, p->article) ||
	    buf_puts(b, ",\"para\":") || buf_uint(b, para_no);
	if (rc == 0 && sent_no > 0)
		rc = buf_puts(b, ",\"sent\":") || buf_uint(b, sent_no);
	rc = rc || buf_puts(b, ",\"role\":\"") || buf_puts(b, nf_role_name(p->role)) ||
	    buf_puts(b, "\",\"title\":") || buf_put(b, m->title.p, m->title.len) ||
	    buf_puts(b, ",\"byline\":") || buf_put(b, m->byline.p, m->byline.len) ||
	    buf_puts(b, ",\"published\":") || buf_put(b, m->published.p, m->published.len) ||
	    buf_puts(b, ",\"lang\":\"") ||
	    buf_puts(b, p->info.cjk == 0 ? "en" :
	    nf_lang_name(nf_lang_guess(text + start, end - start))) ||
	    buf_puts(b, "\",\"start\":") || buf_uint(b, start) ||
	    buf_puts(b, ",\"end\":") || buf_uint(b, end) ||
	    buf_puts(b, ",\"text\":") || buf_json_string(b, text + start, end - start) ||
	    buf_put(b, "}\n", 2);
	if (rc != 0) {
		errno = ENOMEM;
		return -1;
	}
	return b->len >= CHUNK ? flush_records(seg, out) : 0;
}

/* The anchor of a doc: its "fetched" day, else --ref, else none. */
static const nf_ymd *
doc_anchor(const nf_segmenter *seg, const json_t *doc, nf_ymd *day)
{
	size_t len;
	const char *fetched = nf_record_string(doc, "fetched", &len);
	char buf[11];

	if (fetched != NULL && len >= 10) {
		memcpy(buf, fetched, 10);
		buf[10] = '\0';
		if (nf_parse_iso_date(buf, day))
			return day;
	}
	if (seg->opts.has_ref) {
		*day = seg->opts.ref;
		return day;
	}
	return NULL;
}

int
nf_seg_record(nf_segmenter *seg, const json_t *doc, FILE *out, nf_error *err)
{
	const char *text, *name, *site;
	size_t len, len_unused, name_len = 0, site_len, npara;
	nf_para *paras;
	nf_ymd day;
	int articles, rc;

	seg->line.len = 0;
	text = nf_record_string(doc, "text", &len);
	if (text == NULL)
		return nf_fail(err, "record has no \"text\" string");
	name = nf_record_string(doc, "doc", &name_len);
	site_of(name, name_len, &site, &site_len);
	if (nf_hcues_load(&seg->cues, doc, len) < 0)
		return nf_fail(err, "out of memory");
	/* a doc from a WARC has "fetched"; a WET conversion starts with the <title> */
	seg->page_title = seg->cues.n == 0 && nf_record_string(doc, "fetched", &len_unused) != NULL;
	seg->declared = declares_day(seg, doc);
	articles = nf_seg_analyze(seg, text, len, site, site_len,
	    doc_anchor(seg, doc, &day), &paras, &npara);
	seg->page_title = seg->declared = false;
	rc = articles < 0 || build_prefix(seg, doc) != 0 || build_meta(seg, doc, text, articles) != 0;
	seg->cues.n = 0;
	if (rc != 0)
		return nf_fail(err, "out of memory");
	unsigned article = 0;
	size_t para_no = 0;
	for (size_t i = 0; i < npara; i++) {
		const nf_para *p = &paras[i];
		if (p->article != article) {
			article = p->article;
			para_no = 0;
		}
		para_no++;
		if (seg->opts.paragraphs) {
			rc = write_record(seg, out, text, p, para_no, 0, p->start, p->end);
			if (rc != 0)
				return rc == -1 ? nf_fail(err, "out of memory") : -2;
			continue;
		}
		seg->sents.len = 0;
		if (nf_sent_split(text + p->start, p->end - p->start, &seg->sents) != 0)
			return nf_fail(err, "out of memory");
		for (size_t k = 0; k < seg->sents.len; k++) {
			const nf_span *sp = &seg->sents.items[k];
			rc = write_record(seg, out, text, p, para_no, k + 1,
			    p->start + sp->start, p->start + sp->end);
			if (rc != 0)
				return rc == -1 ? nf_fail(err, "out of memory") : -2;
		}
	}
	return flush_records(seg, out);
}
