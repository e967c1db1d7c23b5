/*
 * html_meta.c - what a page declares about itself (see html_meta.h).
 *
 * Candidates are kept as the walk meets them, each in a slot ranked by
 * its source; nf_hmeta_finish() takes the best of each and, for the title,
 * weighs the visible h1 against the declared titles.  JSON-LD is read with
 * jansson; a script that is not valid JSON (raw line breaks in strings are
 * common) is searched for its "headline" and "datePublished" instead.
 */
#include "html_meta.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "utf8.h"

/* Candidate slots, best first within each field. */
enum slot {
	S_TITLE_OG, S_TITLE_LD, S_TITLE_TW, S_TITLE_ITEMPROP, S_TITLE_TAG,
	S_PUB_LD, S_PUB_LD_CREATED, S_PUB_PROPERTY, S_PUB_META, S_PUB_ITEMPROP, S_PUB_TIME,
	S_PUB_GUESS,
	S_BY_LD, S_BY_META, S_BY_TEXT,
	S_URL_CANONICAL, S_URL_OG,
	S_SITE_OG, S_SITE_APP, S_SITE_LD,
	S_LANG,
	S_COUNT,
};

struct nf_hmeta {
	nf_buf v[S_COUNT];
	bool set[S_COUNT];
	bool failed;
	nf_buf out[6];      /* the decided title, published, byline, url, site, lang */
	nf_buf tmp;
};

nf_hmeta *
nf_hmeta_new(void)
{
	return calloc(1, sizeof(nf_hmeta));
}

void
nf_hmeta_free(nf_hmeta *m)
{
	if (m == NULL)
		return;
	for (int i = 0; i < S_COUNT; i++)
		nf_buf_free(&m->v[i]);
	for (int i = 0; i < 6; i++)
		nf_buf_free(&m->out[i]);
	nf_buf_free(&m->tmp);
	free(m);
}

void
nf_hmeta_reset(nf_hmeta *m)
{
	for (int i = 0; i < S_COUNT; i++) {
		m->v[i].len = 0;
		m->set[i] = false;
	}
	m->failed = false;
}

/* ---- small string helpers ---- */

static bool
ieq(const char *s, size_t n, const char *lit)
{
	return strlen(lit) == n && strncasecmp(s, lit, n) == 0;
}

static bool
space_byte(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Trim ASCII white space. */
static void
trim(const char **s, size_t *n)
{
	while (*n > 0 && space_byte((unsigned char)**s)) {
		(*s)++;
		(*n)--;
	}
	while (*n > 0 && space_byte((unsigned char)(*s)[*n - 1]))
		(*n)--;
}

/* Store s[0..n) in slot (trimmed, white space collapsed) unless it is set or empty. */
static void
keep(nf_hmeta *m, enum slot slot, const char *s, size_t n)
{
	nf_buf *b = &m->v[slot];
	bool sp = false;

	if (m->set[slot] || s == NULL)
		return;
	trim(&s, &n);
	if (n == 0 || n > 4096)
		return;
	b->len = 0;
	if (nf_buf_reserve(b, n + 1) != 0) {
		m->failed = true;
		return;
	}
	for (size_t i = 0; i < n; i++) {
		if (space_byte((unsigned char)s[i])) {
			sp = true;
			continue;
		}
		if (sp && b->len > 0)
			b->p[b->len++] = ' ';
		sp = false;
		b->p[b->len++] = s[i];
	}
	b->p[b->len] = '\0';
	m->set[slot] = true;
}

/* ---- candidates ---- */

/* Does the lower-case-insensitive key k[0..kn) hold sub? */
static bool
key_has(const char *k, size_t kn, const char *sub)
{
	size_t n = strlen(sub);

	for (size_t i = 0; i + n <= kn; i++)
		if (strncasecmp(k + i, sub, n) == 0)
			return true;
	return false;
}

static void meta_key(nf_hmeta *m, const char *k, size_t kn, const char *v, size_t vn);

void
nf_hmeta_meta(nf_hmeta *m, const char *k, size_t kn, const char *v, size_t vn)
{
	/* itemprop="datePublished dateCreated": a list of names */
	for (size_t i = 0; i < kn;) {
		while (i < kn && space_byte((unsigned char)k[i]))
			i++;
		size_t j = i;
		while (j < kn && !space_byte((unsigned char)k[j]))
			j++;
		if (j > i)
			meta_key(m, k + i, j - i, v, vn);
		i = j;
	}
}

static void
meta_key(nf_hmeta *m, const char *k, size_t kn, const char *v, size_t vn)
{
	static const char *const pub_meta[] = {
		"date", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
		"dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
		"sailthru.date", "parsely-pub-date", "article.published", "og:pubdate",
		"og:published_time", "pub_date", "originalpublicationdate", "cxenseparse:recs:publishtime",
	};
	static const char *const by_meta[] = {
		"author", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author",
		"byl", "article:author_name",
	};

	if (ieq(k, kn, "og:title"))
		keep(m, S_TITLE_OG, v, vn);
	else if (ieq(k, kn, "twitter:title"))
		keep(m, S_TITLE_TW, v, vn);
	else if (ieq(k, kn, "headline"))
		keep(m, S_TITLE_ITEMPROP, v, vn);
	else if (ieq(k, kn, "og:site_name"))
		keep(m, S_SITE_OG, v, vn);
	else if (ieq(k, kn, "application-name"))
		keep(m, S_SITE_APP, v, vn);
	else if (ieq(k, kn, "og:url"))
		keep(m, S_URL_OG, v, vn);
	else if (ieq(k, kn, "article:published_time") || ieq(k, kn, "og:article:published_time") ||
	    ieq(k, kn, "article:published"))
		keep(m, S_PUB_PROPERTY, v, vn);
	/* a site's own name for the publication date: "sn-post-date", "ptime" */
	else if ((key_has(k, kn, "publish") || key_has(k, kn, "pubdate") || key_has(k, kn, "post-date") ||
	    key_has(k, kn, "postdate") || key_has(k, kn, "post_date") || ieq(k, kn, "pdate") ||
	    ieq(k, kn, "ptime") || key_has(k, kn, "created")) && !key_has(k, kn, "modif") &&
	    !key_has(k, kn, "updat") && !key_has(k, kn, "expir") && !key_has(k, kn, "edit") &&
	    !key_has(k, kn, "publisher"))
		keep(m, S_PUB_GUESS, v, vn);
	else if (ieq(k, kn, "datePublished"))
		keep(m, S_PUB_ITEMPROP, v, vn);
	for (size_t i = 0; i < sizeof pub_meta / sizeof pub_meta[0]; i++)
		if (ieq(k, kn, pub_meta[i]))
			keep(m, S_PUB_META, v, vn);
	for (size_t i = 0; i < sizeof by_meta / sizeof by_meta[0]; i++)
		if (ieq(k, kn, by_meta[i]) && !(vn >= 4 && strncasecmp(v, "http", 4) == 0))
			keep(m, S_BY_META, v, vn);
}

/* Does the space-separated list r[0..n) hold word? */
static bool
rel_has(const char *r, size_t n, const char *word)
{
	size_t k = strlen(word);

	for (size_t i = 0; i + k <= n; i++)
		if (strncasecmp(r + i, word, k) == 0 && (i == 0 || space_byte((unsigned char)r[i - 1])) &&
		    (i + k == n || space_byte((unsigned char)r[i + k])))
			return true;
	return false;
}

void
nf_hmeta_link(nf_hmeta *m, const char *rel, size_t rn, const char *href, size_t hn)
{
	if (rel_has(rel, rn, "canonical"))
		keep(m, S_URL_CANONICAL, href, hn);
}

void
nf_hmeta_title_tag(nf_hmeta *m, const char *s, size_t n)
{
	keep(m, S_TITLE_TAG, s, n);
}

void
nf_hmeta_lang(nf_hmeta *m, const char *s, size_t n)
{
	keep(m, S_LANG, s, n);
}

void
nf_hmeta_itemprop_date(nf_hmeta *m, const char *s, size_t n)
{
	keep(m, S_PUB_ITEMPROP, s, n);
}

void
nf_hmeta_time(nf_hmeta *m, const char *s, size_t n, bool in_header)
{
	if (in_header)
		keep(m, S_PUB_TIME, s, n);
}

void
nf_hmeta_author_text(nf_hmeta *m, const char *s, size_t n)
{
	if (n < 120)
		keep(m, S_BY_TEXT, s, n);
}

/* ---- JSON-LD ---- */

static bool
is_article_type(const json_t *t)
{
	static const char *const types[] = {
		"NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle",
		"AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
		"LiveBlogPosting", "Report", "TechArticle", "ScholarlyArticle",
		"SocialMediaPosting", "WebPage", "ReviewNewsArticle", "Blog", "Review",
	};
	if (json_is_array(t)) {
		size_t i;
		json_t *x;
		json_array_foreach(t, i, x)
			if (is_article_type(x))
				return true;
		return false;
	}
	if (!json_is_string(t))
		return false;
	const char *s = json_string_value(t);
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
		if (strcmp(s, types[i]) == 0)
			return true;
	return false;
}

static void
keep_string(nf_hmeta *m, enum slot slot, const json_t *v)
{
	if (json_is_string(v))
		keep(m, slot, json_string_value(v), json_string_length(v));
}

/* Author names: a string, an object with "name", or an array of them. */
static void
ld_authors(nf_hmeta *m, const json_t *a)
{
	nf_buf *b = &m->tmp;
	size_t i;
	json_t *x;

	if (m->set[S_BY_LD] || a == NULL)
		return;
	b->len = 0;
	for (i = 0; i < (json_is_array(a) ? json_array_size(a) : 1) && i < 8; i++) {
		x = json_is_array(a) ? json_array_get(a, i) : (json_t *)a;
		if (json_is_object(x))
			x = json_object_get(x, "name");
		if (!json_is_string(x) || json_string_length(x) == 0 || json_string_length(x) > 100 ||
		    strncmp(json_string_value(x), "http", 4) == 0)
			continue;
		if ((b->len > 0 && nf_buf_append(b, ", ", 2) != 0) ||
		    nf_buf_append(b, json_string_value(x), json_string_length(x)) != 0) {
			m->failed = true;
			return;
		}
	}
	if (b->len > 0)
		keep(m, S_BY_LD, b->p, b->len);
}

/* One JSON-LD object: article types give their fields; @graph and arrays are searched. */
static void
ld_object(nf_hmeta *m, const json_t *o, int depth)
{
	size_t i;
	json_t *x;

	if (depth > 4)
		return;
	if (json_is_array(o)) {
		json_array_foreach(o, i, x)
			ld_object(m, x, depth + 1);
		return;
	}
	if (!json_is_object(o))
		return;
	if ((x = json_object_get(o, "@graph")) != NULL)
		ld_object(m, x, depth + 1);
	if (!is_article_type(json_object_get(o, "@type")))
		return;
	keep_string(m, S_TITLE_LD, json_object_get(o, "headline"));
	keep_string(m, S_PUB_LD, json_object_get(o, "datePublished"));
	keep_string(m, S_PUB_LD_CREATED, json_object_get(o, "dateCreated"));
	ld_authors(m, json_object_get(o, "author"));
	x = json_object_get(o, "publisher");
	if (json_is_object(x))
		keep_string(m, S_SITE_LD, json_object_get(x, "name"));
}

/* In JSON that did not parse: the string value of "key". */
static void
ld_search(nf_hmeta *m, enum slot slot, const char *s, size_t n, const char *key)
{
	size_t k = strlen(key);
	const char *p = s, *end = s + n;

	while ((p = memmem(p, (size_t)(end - p), key, k)) != NULL) {
		const char *q = p + k;
		p = q;
		while (q < end && space_byte((unsigned char)*q))
			q++;
		if (q >= end || *q != ':')
			continue;
		q++;
		while (q < end && space_byte((unsigned char)*q))
			q++;
		if (q >= end || *q != '"')
			continue;
		const char *v = ++q;
		while (q < end && *q != '"' && *q != '\\')
			q++;
		if (q < end && *q == '"')
			keep(m, slot, v, (size_t)(q - v));
		return;
	}
}

void
nf_hmeta_jsonld(nf_hmeta *m, const char *s, size_t n)
{
	json_error_t jerr;
	json_t *v = json_loadb(s, n, JSON_DECODE_ANY, &jerr);

	if (v != NULL) {
		ld_object(m, v, 0);
		json_decref(v);
		return;
	}
	ld_search(m, S_TITLE_LD, s, n, "\"headline\"");
	ld_search(m, S_PUB_LD, s, n, "\"datePublished\"");
}

/* ---- dates ---- */

static bool
digits(const char *s, size_t n, size_t at, size_t k, int *v)
{
	*v = 0;
	if (at + k > n)
		return false;
	for (size_t i = 0; i < k; i++) {
		if (s[at + i] < '0' || s[at + i] > '9')
			return false;
		*v = *v * 10 + (s[at + i] - '0');
	}
	return true;
}

/* 1 to 2 digits at s[*i]; advances. */
static bool
small_number(const char *s, size_t n, size_t *i, int *v)
{
	size_t k = 0;

	*v = 0;
	while (*i + k < n && k < 2 && s[*i + k] >= '0' && s[*i + k] <= '9') {
		*v = *v * 10 + (s[*i + k] - '0');
		k++;
	}
	*i += k;
	return k > 0 && !(*i < n && s[*i] >= '0' && s[*i] <= '9');
}

static int
month_named(const char *s, size_t n)
{
	static const char *const months[] = {
		"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
	};
	if (n < 3)
		return 0;
	for (int i = 0; i < 12; i++)
		if (strncasecmp(s, months[i], 3) == 0)
			return i + 1;
	return 0;
}


/* A time at s[*i]: "08:30", "08:30:00", "08:30:00.123"; then an offset. */
static size_t
read_time(const char *s, size_t n, size_t i, char *out, size_t at)
{
	int hh, mi, ss = 0, oh, om;
	size_t j = i;

	if (!small_number(s, n, &j, &hh) || j >= n || s[j] != ':' || !digits(s, n, j + 1, 2, &mi))
		return at;
	j += 3;
	if (j < n && s[j] == ':' && digits(s, n, j + 1, 2, &ss))
		j += 3;
	while (j < n && (s[j] == '.' || s[j] == ',') && j + 1 < n && isdigit((unsigned char)s[j + 1])) {
		j++;
		while (j < n && isdigit((unsigned char)s[j]))
			j++;
	}
	while (j < n && s[j] == ' ')
		j++;
	/* 07:47 PM */
	if (j + 1 < n && (s[j] | 0x20) == 'p' && (s[j + 1] | 0x20) == 'm' && hh >= 1 && hh <= 12) {
		hh = hh == 12 ? 12 : hh + 12;
		j += 2;
	} else if (j + 1 < n && (s[j] | 0x20) == 'a' && (s[j + 1] | 0x20) == 'm' && hh >= 1 && hh <= 12) {
		hh = hh == 12 ? 0 : hh;
		j += 2;
	}
	if (hh > 23 || mi > 59 || ss > 60)
		return at;
	at += (size_t)sprintf(out + at, "T%02d:%02d:%02d", hh, mi, ss > 59 ? 59 : ss);
	while (j < n && s[j] == ' ')
		j++;
	/* a zone's name: EST, CEST, HKT ... */
	static const struct { const char *name; const char *off; } zones[] = {
		{ "EST", "-05:00" }, { "EDT", "-04:00" }, { "CST", "-06:00" }, { "CDT", "-05:00" },
		{ "MST", "-07:00" }, { "MDT", "-06:00" }, { "PST", "-08:00" }, { "PDT", "-07:00" },
		{ "BST", "+01:00" }, { "CET", "+01:00" }, { "CEST", "+02:00" }, { "EET", "+02:00" },
		{ "EEST", "+03:00" }, { "MSK", "+03:00" }, { "JST", "+09:00" }, { "KST", "+09:00" },
		{ "HKT", "+08:00" }, { "SGT", "+08:00" }, { "AEST", "+10:00" }, { "AEDT", "+11:00" },
	};
	for (size_t z = 0; z < sizeof zones / sizeof zones[0]; z++) {
		size_t zl = strlen(zones[z].name);
		if (n - j >= zl && strncmp(s + j, zones[z].name, zl) == 0 &&
		    (j + zl == n || !isalpha((unsigned char)s[j + zl]))) {
			at += (size_t)sprintf(out + at, "%s", zones[z].off);
			return at;
		}
	}
	if (j < n && (s[j] == 'Z' || s[j] == 'z') && (j + 1 == n || !isalpha((unsigned char)s[j + 1]))) {
		out[at++] = 'Z';
	} else if (j + 3 <= n && (strncasecmp(s + j, "GMT", 3) == 0 || strncasecmp(s + j, "UTC", 3) == 0) &&
	    (j + 3 == n || !(s[j + 3] == '+' || s[j + 3] == '-'))) {
		out[at++] = 'Z';
	} else {
		if (j + 3 <= n && (strncasecmp(s + j, "GMT", 3) == 0 || strncasecmp(s + j, "UTC", 3) == 0))
			j += 3;
		if (j < n && (s[j] == '+' || s[j] == '-') && digits(s, n, j + 1, 2, &oh)) {
			char sign = s[j];
			size_t k = j + 3;
			om = 0;
			if (k < n && s[k] == ':')
				k++;
			if (!digits(s, n, k, 2, &om))
				om = 0;
			if (oh <= 14 && om <= 59)
				at += (size_t)sprintf(out + at, "%c%02d:%02d", sign, oh, om);
		}
	}
	out[at] = '\0';
	return at;
}

size_t
nf_hmeta_date(const char *s, size_t n, char out[32])
{
	int y, mo, d;
	size_t i = 0, at;

	trim(&s, &n);
	out[0] = '\0';
	if (n < 6)
		return 0;
	if (digits(s, n, 0, 4, &y) && n >= 8 && (s[4] == '-' || s[4] == '/' || s[4] == '.')) {
		/* 2025-05-10, 2025/5/10 */
		char sep = s[4];
		i = 5;
		if (!small_number(s, n, &i, &mo) || i >= n || s[i] != sep)
			return 0;
		i++;
		if (!small_number(s, n, &i, &d))
			return 0;
	} else if (digits(s, n, 0, 8, &y) && !(n > 8 && isdigit((unsigned char)s[8]) && n < 12)) {
		/* 20250510, 20250510T083000 */
		mo = y / 100 % 100;
		d = y % 100;
		y /= 10000;
		i = 8;
	} else if (digits(s, n, 0, 4, &y) && n >= 10 && memcmp(s + 4, "年", 3) == 0) {
		/* 2025年5月10日 */
		i = 7;
		if (!small_number(s, n, &i, &mo) || n - i < 3 || memcmp(s + i, "月", 3) != 0)
			return 0;
		i += 3;
		if (!small_number(s, n, &i, &d))
			return 0;
		if (n - i >= 3 && (memcmp(s + i, "日", 3) == 0 || memcmp(s + i, "号", 3) == 0))
			i += 3;
	} else {
		/* "Sat, 10 May 2025 08:30:00 GMT", "May 10, 2025", "10 May 2025" */
		size_t j = 0;
		int m = 0, day = 0, year = 0;
		while (j < n && !isdigit((unsigned char)s[j]) && !m) {
			if (isalpha((unsigned char)s[j]) && (j == 0 || !isalpha((unsigned char)s[j - 1])))
				m = month_named(s + j, n - j);
			if (!m)
				j++;
		}
		if (m) {  /* May 10, 2025 */
			while (j < n && isalpha((unsigned char)s[j]))
				j++;
			while (j < n && (s[j] == ' ' || s[j] == '.'))
				j++;
			if (!small_number(s, n, &j, &day))
				return 0;
			while (j < n && (s[j] == ',' || s[j] == ' ' || isalpha((unsigned char)s[j])))
				j++;
			if (!digits(s, n, j, 4, &year))
				return 0;
			j += 4;
		} else {  /* 10 May 2025 */
			if (!small_number(s, n, &j, &day))
				return 0;
			while (j < n && (s[j] == ' ' || s[j] == '-'))
				j++;
			if (!(m = month_named(s + j, n - j)))
				return 0;
			while (j < n && isalpha((unsigned char)s[j]))
				j++;
			while (j < n && (s[j] == ' ' || s[j] == ',' || s[j] == '-'))
				j++;
			if (!digits(s, n, j, 4, &year))
				return 0;
			j += 4;
		}
		y = year;
		mo = m;
		d = day;
		i = j;
	}
	if (y < 1900 || y > 2200 || !nf_ymd_valid(y, mo, d))
		return 0;
	at = (size_t)sprintf(out, "%04d-%02d-%02d", y, mo, d);
	/* the time: after T, a space or a comma */
	size_t j = i;
	if (j < n && (s[j] == 'T' || s[j] == 't' || s[j] == ' ' || s[j] == ','))
		j++;
	while (j < n && s[j] == ' ')
		j++;
	if (j + 4 <= n && n - i >= 6 && isdigit((unsigned char)s[j]) && i == 8 && s[j - 1] == 'T' &&
	    digits(s, n, j, 6, &(int){ 0 })) {
		/* 20250510T083000 */
		char t[16];
		snprintf(t, sizeof t, "%.2s:%.2s:%.2s", s + j, s + j + 2, s + j + 4);
		size_t k = read_time(t, strlen(t), 0, out, at);
		return k;
	}
	return read_time(s, n, j, out, at);
}

/* ---- deciding ---- */

static int
set_out(nf_hmeta *m, int field, const char *s, size_t n, char **dst)
{
	nf_buf *b = &m->out[field];

	b->len = 0;
	if (nf_buf_reserve(b, n + 1) != 0)
		return -1;
	memcpy(b->p, s, n);
	b->p[n] = '\0';
	b->len = n;
	*dst = b->p;
	return 0;
}

/* Fold for comparing titles: letters and digits, lower case (ASCII), others kept. */
static size_t
fold(const char *s, size_t n, char *out, size_t cap)
{
	size_t k = 0;

	for (size_t i = 0; i < n && k + 1 < cap; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80 && !isalnum(c))
			continue;
		out[k++] = (char)(c < 0x80 ? tolower(c) : c);
	}
	out[k] = '\0';
	return k;
}

/* Does one of a and b hold the other, folded (and not trivially short)? */
static bool
same_title(const char *a, size_t an, const char *b, size_t bn)
{
	char fa[512], fb[512];
	size_t ka = fold(a, an, fa, sizeof fa), kb = fold(b, bn, fb, sizeof fb);

	if (ka < 4 || kb < 4)
		return ka == kb && ka > 0 && memcmp(fa, fb, ka) == 0;
	return strstr(fa, fb) != NULL || strstr(fb, fa) != NULL;
}

/* Separators between a title and the site's name. */
static const char *const title_seps[] = {
	" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ", "_", "｜", "－", " -- ", "|",
	" — ", " » ",
};

/*
 * The <title> without the site's name: the part before the last
 * separator, when what follows it is the site (site, when known) or shorter
 * than what comes before.  Sets *n.
 */
static void
strip_site(const char *s, size_t *n, const char *site)
{
	for (size_t k = 0; k < sizeof title_seps / sizeof title_seps[0]; k++) {
		size_t sl = strlen(title_seps[k]);
		const char *last = NULL;
		for (const char *p = s; (p = memmem(p, (size_t)(s + *n - p), title_seps[k], sl)) != NULL;
		    p += sl)
			last = p;
		if (last == NULL || last == s)
			continue;
		size_t head = (size_t)(last - s), tail = *n - head - sl;
		bool is_site = site != NULL && same_title(last + sl, tail, site, strlen(site));
		if (is_site || (tail < head && tail <= 40)) {
			*n = head;
			/* "Title - Section - Site": once more for the section */
			if (is_site)
				strip_site(s, n, NULL);
			return;
		}
	}
}

/* Is the block an h1 that may be the headline (not a logo, nav or footer)? */
static bool
headline_block(const nf_html_block *b, const char *text, const char *site)
{
	if (strcmp(b->tag, "h1") != 0 || (b->tokens & NF_HTOK_LOGO) ||
	    (b->in & (NF_HIN_NAV | NF_HIN_FOOTER | NF_HIN_ASIDE)) || b->links > 0.5f)
		return false;
	if (site != NULL && same_title(text + b->start, b->end - b->start, site, strlen(site)) &&
	    b->end - b->start <= strlen(site) + 4)
		return false;
	return b->end - b->start >= 2;
}

/* Words (or CJK characters / 2) in s[0..n): is it long enough to be a headline? */
static bool
headline_long(const char *s, size_t n)
{
	size_t words = 0, cjk = 0;
	bool in = false;

	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0xE3 && c <= 0xE9)
			cjk++;
		bool w = c >= 0x80 || isalnum(c);
		if (w && !in)
			words++;
		in = w;
	}
	return words >= 3 || cjk >= 6;
}

/*
 * Without an h1 to show: a heading of class title or headline in the
 * article (WordPress's h2.entry-title under a logo h1), not a link to
 * another story.
 */
static bool
titled_heading(const nf_html_block *b)
{
	return b->tag[0] == 'h' && b->tag[1] >= '2' && b->tag[1] <= '3' && b->tag[2] == '\0' &&
	    (b->tokens & NF_HTOK_TITLE) && !(b->tokens & NF_HTOK_LOGO) &&
	    (b->in & (NF_HIN_ARTICLE | NF_HIN_MAIN)) &&
	    !(b->in & (NF_HIN_NAV | NF_HIN_FOOTER | NF_HIN_ASIDE)) && b->links <= 0.5f;
}

/*
 * The first block, not the <title>'s, that shows one of the declared
 * titles decl[0..nd) whole: of several declared titles, the one a reader
 * sees (the <title>'s full headline where og:title shortens it).
 */
static const nf_html_block *
shown_title(const char *text, const nf_html_block *blocks, size_t nb, const char *const *decl,
    const size_t *decl_n, size_t nd)
{
	char fb[512], fd[512];

	for (size_t i = 0; i < nb; i++) {
		const nf_html_block *b = &blocks[i];
		if (strcmp(b->tag, "title") == 0 || b->links > 0.5f || b->end - b->start >= sizeof fb ||
		    (b->in & (NF_HIN_NAV | NF_HIN_FOOTER | NF_HIN_ASIDE)))
			continue;
		size_t kb = fold(text + b->start, b->end - b->start, fb, sizeof fb);
		for (size_t k = 0; k < nd && kb > 0; k++)
			if (fold(decl[k], decl_n[k], fd, sizeof fd) == kb && memcmp(fb, fd, kb) == 0)
				return b;
	}
	return NULL;
}

static int
decide_title(nf_hmeta *m, const char *text, const nf_html_block *blocks, size_t nb,
    const char *site, nf_html_meta *out)
{
	const char *decl[5];
	size_t decl_n[5], nd = 0;
	const nf_html_block *h1 = NULL, *h = NULL;

	for (int s = S_TITLE_OG; s <= S_TITLE_TAG; s++) {
		if (!m->set[s])
			continue;
		size_t n = m->v[s].len;
		if (s == S_TITLE_TAG || s == S_TITLE_OG)
			strip_site(m->v[s].p, &n, site);
		if (n == 0)
			continue;
		decl[nd] = m->v[s].p;
		decl_n[nd++] = n;
	}
	/* the h1 in the main content, else the first that may be a headline;
	   without one, a heading of class title in the article */
	for (size_t i = 0; i < nb; i++)
		if (headline_block(&blocks[i], text, site) && (h1 == NULL || (!h1->main && blocks[i].main)))
			h1 = &blocks[i];
	for (size_t i = 0; i < nb && h1 == NULL && h == NULL; i++)
		if (titled_heading(&blocks[i]))
			h = &blocks[i];
	if (h1 != NULL)
		h = h1;
	if (h != NULL) {
		const char *ht = text + h->start;
		size_t hn = h->end - h->start;
		bool confirmed = nd == 0;
		for (size_t k = 0; k < nd && !confirmed; k++)
			confirmed = same_title(ht, hn, decl[k], decl_n[k]);
		/* a visible headline wins over a differing SEO title */
		if (confirmed || ((h->main || (h->in & (NF_HIN_ARTICLE | NF_HIN_MAIN))) &&
		    headline_long(ht, hn)))
			return set_out(m, 0, ht, hn, &out->title);
	}
	if ((h = shown_title(text, blocks, nb, decl, decl_n, nd)) != NULL)
		return set_out(m, 0, text + h->start, h->end - h->start, &out->title);
	if (nd > 0)
		return set_out(m, 0, decl[0], decl_n[0], &out->title);
	return 0;
}

/* A canonical URL made absolute against base when it is relative. */
static int
decide_url(nf_hmeta *m, const char *base, nf_html_meta *out)
{
	const nf_buf *c = m->set[S_URL_CANONICAL] ? &m->v[S_URL_CANONICAL] :
	    m->set[S_URL_OG] ? &m->v[S_URL_OG] : NULL;
	const char *host, *path;
	size_t keep_n;
	nf_buf *b = &m->out[3];

	if (c == NULL)
		return base ? set_out(m, 3, base, strlen(base), &out->url) : 0;
	if (memmem(c->p, c->len, "://", 3) != NULL || base == NULL ||
	    (host = strstr(base, "://")) == NULL)
		return set_out(m, 3, c->p, c->len, &out->url);
	host += 3;
	path = strchr(host, '/');
	if (c->len >= 2 && c->p[0] == '/' && c->p[1] == '/')
		keep_n = (size_t)(host - 2 - base);          /* "https:" + "//host/..." */
	else if (c->p[0] == '/')
		keep_n = path ? (size_t)(path - base) : strlen(base);  /* "https://host" */
	else
		keep_n = path ? (size_t)(strrchr(path, '/') - base) + 1 : strlen(base);
	b->len = 0;
	if (nf_buf_reserve(b, keep_n + c->len + 2) != 0)
		return -1;
	memcpy(b->p, base, keep_n);
	b->len = keep_n;
	if (c->p[0] != '/' && b->p[b->len - 1] != '/')
		b->p[b->len++] = '/';
	memcpy(b->p + b->len, c->p, c->len);
	b->len += c->len;
	b->p[b->len] = '\0';
	out->url = b->p;
	return 0;
}

/* The byline without "By " or "作者：" and trailing separators. */
static int
decide_byline(nf_hmeta *m, nf_html_meta *out)
{
	for (int s = S_BY_LD; s <= S_BY_TEXT; s++) {
		if (!m->set[s])
			continue;
		const char *p = m->v[s].p;
		size_t n = m->v[s].len;
		if (n >= 3 && strncasecmp(p, "by ", 3) == 0) {
			p += 3;
			n -= 3;
		} else if (n >= 9 && (memcmp(p, "作者：", 9) == 0 || memcmp(p, "记者：", 9) == 0)) {
			p += 9;
			n -= 9;
		}
		trim(&p, &n);
		while (n > 0 && (p[n - 1] == '|' || p[n - 1] == ',' || p[n - 1] == ' '))
			n--;
		if (n == 0 || n > 100)
			continue;
		return set_out(m, 2, p, n, &out->byline);
	}
	return 0;
}

int
nf_hmeta_finish(nf_hmeta *m, const char *text, const nf_html_block *blocks, size_t nb,
    const char *base, nf_html_meta *out)
{
	const char *site = NULL;
	char day[32];

	memset(out, 0, sizeof *out);
	if (m->failed)
		return -1;
	for (int s = S_SITE_OG; s <= S_SITE_LD && site == NULL; s++)
		if (m->set[s] && set_out(m, 4, m->v[s].p, m->v[s].len, &out->site) == 0)
			site = out->site;
	if (decide_title(m, text, blocks, nb, site, out) != 0)
		return -1;
	for (int s = S_PUB_LD; s <= S_PUB_GUESS; s++) {
		size_t k;
		if (m->set[s] && (k = nf_hmeta_date(m->v[s].p, m->v[s].len, day)) > 0) {
			if (set_out(m, 1, day, k, &out->published) != 0)
				return -1;
			break;
		}
	}
	if (decide_byline(m, out) != 0 || decide_url(m, base, out) != 0)
		return -1;
	if (m->set[S_LANG] && set_out(m, 5, m->v[S_LANG].p, m->v[S_LANG].len, &out->lang) != 0)
		return -1;
	return 0;
}

/* ---- a date in the URL ---- */

bool
nf_hmeta_url_date(const char *url, size_t n, nf_ymd *day)
{
	const char *p = url ? memmem(url, n, "://", 3) : NULL;
	size_t i;

	if (p == NULL)
		return false;
	i = (size_t)(p - url) + 3;
	while (i < n && url[i] != '/')
		i++;
	for (; i < n; i++) {
		int y, m, d;
		if (url[i] != '/' || !digits(url, n, i + 1, 4, &y) || y < 1990 || y > 2099)
			continue;
		size_t j = i + 5;
		if (j < n && (url[j] == '/' || url[j] == '-') && digits(url, n, j + 1, 2, &m) &&
		    j + 3 < n && url[j + 3] == url[j] && digits(url, n, j + 4, 2, &d) &&
		    (j + 6 == n || url[j + 6] == '/' || url[j + 6] == '-' || url[j + 6] == '.')) {
			/* /2025/05/10/ or /2025-05-10 */
		} else if (digits(url, n, i + 5, 2, &m) && digits(url, n, i + 7, 2, &d) &&
		    (i + 9 == n || url[i + 9] == '/' || url[i + 9] == '-' || url[i + 9] == '.')) {
			/* /20250510/ */
		} else {
			continue;
		}
		if (nf_ymd_valid(y, m, d)) {
			day->y = y;
			day->m = m;
			day->d = d;
			return true;
		}
	}
	return false;
}
