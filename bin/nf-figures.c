/*
 * nf-figures - sentence records to figure records: every money amount,
 * percentage, quantity and count in the text, with its exact value.
 *
 * The recogniser is lib/figures.c; this file is options, the file loop
 * and the record keys.
 */
#include <ctype.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "append.h"
#include "cli.h"
#include "figures.h"
#include "held.h"

static const char usage_text[] =
	"usage: nf-figures [--kinds KIND,...] [--currency-default CODE] [--all]\n"
	"                  [--skip-bad] [FILE ...]\n"
	"\n"
	"Read sentence records (JSON Lines) and print one figure record per money\n"
	"amount, percentage, quantity and count in the text: the sentence's keys\n"
	"plus kind, match, value (exact, fully scaled: \"1.47 billion\" is\n"
	"1470000000), unit (ISO 4217 for money; percent or percentage points; a\n"
	"quantity's canonical symbol, m2 for square metres and 平方米; a count's\n"
	"noun in the singular), unit_text (the unit as written), per (a rate's\n"
	"denominator: year, share, m2), qualifier (approx, gt, ge, lt, le, range\n"
	"or null), value_max (ranges), match_start, match_end (byte offsets into\n"
	"the doc text), equiv_of (the match_start of the figure this one\n"
	"converts, as in \"10 billion yuan ($1.47 billion)\") and note (a value\n"
	"too large for a double is null, with a note).\n"
	"Dates, years, model names, versions and other numbers that are not\n"
	"figures are left out.  A table's row (cells between TABs) takes the\n"
	"currency and scale its record's table_caption or table_header declares\n"
	"(\"US$ million\", \"单位：亿元\").  A bare \"$\" is the dollar of the\n"
	"country the document says it is published in (its domain, \"Pty Ltd\", a\n"
	"dateline, a state in the title), else the US dollar.  Records are read in\n"
	"order, a document's sentences together.  With no FILE, or FILE -, read\n"
	"standard input.\n"
	"\n"
	"      --kinds KIND,...         only these kinds: money, percent, quantity,\n"
	"                               count\n"
	"      --currency-default CODE  what a bare \"$\" means, whatever the document\n"
	"                               says (default: USD unless the document\n"
	"                               says otherwise)\n"
	"      --all                    also read byline, dateline, caption,\n"
	"                               boilerplate sentences (default: title, dek\n"
	"                               and body only)\n"
	"      --skip-bad               skip and count malformed lines instead of\n"
	"                               stopping\n"
	"  -h, --help                   show this help\n"
	"  -V, --version                show the version\n"
	"\n"
	"Exit status: 0 ok, 1 bad input or write error, 2 bad usage.\n";

/* The keys nf-figures adds, in output order. */
#define ADDED_KEYS "kind", "match", "value", "unit", "unit_text", "per", \
	"qualifier", "value_max", "match_start", "match_end", "equiv_of", "note"
static const char *const added_keys[] = { ADDED_KEYS, NULL };

/* The keys it reads, and those it adds (to see that a record holds none):
 * only these are built from each input line, which is written back raw. */
static const char *const read_keys[] = { "text", "lang", "start", "role", ADDED_KEYS, NULL };

struct figures_job {
	nf_figure_opts opts;
	bool all;
	unsigned kinds;        /* bit per nf_figure_kind */
	nf_figure_list list;
	nf_table_units table;  /* the units of the table a row belongs to */
	char dollar[4];
	bool user_dollar;      /* --currency-default: no document decides */
	nf_figure_doc doc;     /* what the document's sentences pass on */
	const char *cur_raw;   /* the line of the record being read */
	size_t cur_raw_len;
	char *doc_name;        /* the document's doc key */
	bool started;          /* a document has begun */
	bool settled;          /* the document's "$" is decided */
	nf_held_list held;     /* records kept back until the document
	                          decides what "$" means (lib/figures.h) */
};

static int figure_records(json_t *rec, void *ctx, nf_error *err);
static int release(struct figures_job *job, bool final, nf_error *err);

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "kinds", required_argument, NULL, 'k' },
		{ "currency-default", required_argument, NULL, 'c' },
		{ "all", no_argument, NULL, 'a' },
		{ "skip-bad", no_argument, NULL, 'S' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	struct figures_job job = { .kinds = 0xF, .opts.doc = &job.doc };
	nf_error err;
	const char *kind_names[NF_FIG_COUNT + 2];
	bool skip_bad = false;
	int c, status;

	for (int k = 0; k <= NF_FIG_COUNT; k++)
		kind_names[k] = nf_figure_kind_name((nf_figure_kind)k);
	kind_names[NF_FIG_COUNT + 1] = NULL;

	nf_cli_init(argv);
	while ((c = getopt_long(argc, argv, "hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'k':
			if (!nf_cli_parse_kinds(optarg, kind_names, &job.kinds))
				nf_cli_usage_error("--kinds wants a comma-separated list of money, percent, quantity, count, not '%s'", optarg);
			break;
		case 'c':
			if (strlen(optarg) != 3 || !isupper((unsigned char)optarg[0]) ||
			    !isupper((unsigned char)optarg[1]) || !isupper((unsigned char)optarg[2]))
				nf_cli_usage_error("--currency-default wants an ISO 4217 code like USD, not '%s'", optarg);
			memcpy(job.dollar, optarg, 4);
			job.opts.dollar = job.dollar;
			job.user_dollar = true;
			break;
		case 'a': job.all = true; break;
		case 'S': skip_bad = true; break;
		case 'h': nf_cli_help(usage_text);
		case 'V': nf_cli_version();
		default: nf_cli_try_help();
		}
	}
	nf_cli_want_keys(read_keys);
	status = nf_cli_each_record(argv + optind, argc - optind, skip_bad, figure_records, &job);
	switch (release(&job, true, &err)) {
	case 0: break;
	case -2: nf_cli_write_failed();
	default: nf_cli_warn("%s", err.msg); status = 1; break;
	}
	nf_figure_list_free(&job.list);
	free(job.doc_name);
	nf_held_free(&job.held);
	nf_table_units_free(&job.table);
	return nf_cli_finish(status);
}



/* Append key: d as a JSON number, or null when a double cannot hold it
 * (then *overflow is set, for the note). */
static void
number_key(nf_keybuf *b, const char *key, nf_decimal d, bool *overflow)
{
	char num[NF_DECIMAL_BUF];

	if (!nf_decimal_in_range(d)) {
		*overflow = true;
		nf_keybuf_json(b, key, "null");
		return;
	}
	nf_decimal_format(d, num);
	nf_keybuf_json(b, key, num);
}

/* The keys of figure m, in output order. */
static void
figure_keys(nf_keybuf *b, const char *text, long long start,
    const nf_figure_list *list, const nf_figure *m)
{
	char num[NF_DECIMAL_BUF];
	bool overflow = false;

	nf_keybuf_string(b, "kind", nf_figure_kind_name(m->kind),
	    strlen(nf_figure_kind_name(m->kind)));
	nf_keybuf_string(b, "match", text + m->start, m->end - m->start);
	number_key(b, "value", m->value, &overflow);
	nf_keybuf_string2(b, "unit", m->unit, m->unit_len, m->unit_suffix,
	    strlen(m->unit_suffix));
	nf_keybuf_string(b, "unit_text", m->unit_text, m->unit_text_len);
	nf_keybuf_string(b, "per", m->per, m->per_len);
	{
		const char *q = nf_qualifier_name(m->qualifier);
		nf_keybuf_string(b, "qualifier", q, q != NULL ? strlen(q) : 0);
	}
	if (m->qualifier == NF_QUAL_RANGE)
		number_key(b, "value_max", m->value_max, &overflow);
	else
		nf_keybuf_json(b, "value_max", "null");
	snprintf(num, sizeof num, "%lld", start + (long long)m->start);
	nf_keybuf_json(b, "match_start", num);
	snprintf(num, sizeof num, "%lld", start + (long long)m->end);
	nf_keybuf_json(b, "match_end", num);
	if (m->equiv_of >= 0) {
		snprintf(num, sizeof num, "%lld",
		    start + (long long)list->items[m->equiv_of].start);
		nf_keybuf_json(b, "equiv_of", num);
	} else {
		nf_keybuf_json(b, "equiv_of", "null");
	}
	if (overflow)
		nf_keybuf_string(b, "note", NF_FIGURE_NOTE_RANGE, strlen(NF_FIGURE_NOTE_RANGE));
}

/*
 * A table's row (cells between TABs): the units its record's table_caption
 * and table_header declare, into job->opts.table.  Only such rows read
 * the whole line again for those keys (the others are not built: most
 * sentences are no rows).  Returns 0, or -1 when memory ran out.
 */
static int
table_units(struct figures_job *job, const char *text, size_t len, const char *raw,
    size_t raw_len)
{
	const char *caption, *header;
	size_t caption_len = 0, header_len = 0;
	json_t *full;
	int rc = 0;

	job->opts.table = NULL;
	if (memchr(text, '\t', len) == NULL)
		return 0;
	if (raw == NULL || memmem(raw, raw_len, "\"table_", 7) == NULL ||
	    (full = json_loadb(raw, raw_len, 0, NULL)) == NULL)
		return 0;
	caption = nf_record_string(full, "table_caption", &caption_len);
	header = nf_record_string(full, "table_header", &header_len);
	if (caption != NULL || header != NULL) {
		rc = nf_table_units_read(&job->table, caption, caption_len, header, header_len);
		if (rc == 0)
			job->opts.table = &job->table;
	}
	json_decref(full);
	return rc;
}

static int one_record(struct figures_job *job, json_t *rec, const char *raw, size_t raw_len,
    nf_error *err);

/* nf_held_replay's view of one_record. */
static int
replay_record(void *ctx, json_t *rec, const char *raw, size_t raw_len, nf_error *err)
{
	return one_record(ctx, rec, raw, raw_len, err);
}

/* The document has decided what "$" means (or, final, has ended, or has
 * held enough): settle it and write the held records.  Returns 0, -1
 * (err), -2 (write failed). */
static int
release(struct figures_job *job, bool final, nf_error *err)
{
	const char *code;

	if (job->user_dollar || job->settled)
		return 0;
	if ((code = nf_figure_doc_dollar(&job->doc, final)) == NULL)
		return 0;
	memcpy(job->dollar, code, 4);
	job->opts.dollar = job->dollar;
	job->settled = true;
	return nf_held_replay(&job->held, replay_record, job, err);
}

/*
 * The value of the string key "key" in a record's line, as written (its
 * escapes kept), or NULL.  Records are flat, and a quote inside a string
 * is escaped, so "key":" is found only as a key.  (The doc, url, article
 * and para keys are read so from the line, not built as JSON values:
 * that cost a sixth of the filter's time.)
 */
static const char *
raw_string(const char *raw, size_t raw_len, const char *pat, size_t *len)
{
	size_t pl = strlen(pat);
	const char *p, *e;

	if (raw == NULL)
		return NULL;
	/* nf-segment writes the doc key first */
	if (raw_len > pl + 1 && raw[0] == '{' && memcmp(raw + 1, pat, pl) == 0)
		p = raw + 1;
	else
		p = memmem(raw, raw_len, pat, pl);

	if (p == NULL)
		return NULL;
	p += pl;
	while (p < raw + raw_len && *p == ' ')
		p++;
	if (p >= raw + raw_len || *p != '"')
		return NULL;
	for (e = ++p; e < raw + raw_len && *e != '"'; e++)
		if (*e == '\\')
			e++;
	if (e >= raw + raw_len)
		return NULL;
	*len = (size_t)(e - p);
	return p;
}

/* The value of the integer key pat ("\"para\":") in a record's line, or 0. */
static long
raw_int(const char *raw, size_t raw_len, const char *pat)
{
	size_t pl = strlen(pat);
	const char *p = raw != NULL ? memmem(raw, raw_len, pat, pl) : NULL;
	long v = 0;

	if (p == NULL)
		return 0;
	for (p += pl; p < raw + raw_len && *p == ' '; p++)
		;
	for (; p < raw + raw_len && *p >= '0' && *p <= '9'; p++)
		v = v * 10 + (*p - '0');
	return v;
}

/* Where the record being read is (its article and para keys), for
 * lib/figures.c when it needs them: "article":N,"para":M as nf-segment
 * writes them, one search. */
static void
where(void *ctx, long *article, long *para)
{
	struct figures_job *job = ctx;
	const char *raw = job->cur_raw;
	size_t raw_len = job->cur_raw_len;
	const char *a = raw != NULL ? memmem(raw, raw_len, "\"article\":", 10) : NULL;
	size_t off = a != NULL ? (size_t)(a - raw) : 0;

	*article = raw_int(raw + off, raw_len - off, "\"article\":");
	*para = raw_int(raw + off, raw_len - off, "\"para\":");
}

/* A new document starts when the doc key changes. */
static int
next_doc(struct figures_job *job, const char *raw, size_t raw_len, nf_error *err)
{
	size_t len = 0, ulen = 0;
	const char *doc = raw_string(raw, raw_len, "\"doc\":", &len);
	const char *url;
	int rc;

	if (job->started && (doc == NULL ? job->doc_name == NULL :
	    job->doc_name != NULL && strlen(job->doc_name) == len &&
	    memcmp(doc, job->doc_name, len) == 0))
		return 0;   /* the same document (records without a doc key: one) */
	job->started = true;
	if ((rc = release(job, true, err)) != 0)
		return rc;
	free(job->doc_name);
	job->doc_name = doc != NULL ? strndup(doc, len) : NULL;
	if (doc != NULL && job->doc_name == NULL)
		return nf_fail(err, "out of memory");
	url = raw_string(raw, raw_len, "\"url\":", &ulen);
	nf_figure_doc_start(&job->doc, url != NULL ? url : doc, url != NULL ? ulen : len);
	job->doc.where = where;
	job->doc.where_ctx = job;
	if (!job->user_dollar) {
		job->opts.dollar = NULL;
		job->settled = false;
	}
	return 0;
}

static int
figure_records(json_t *rec, void *ctx, nf_error *err)
{
	struct figures_job *job = ctx;
	const char *text, *raw, *role, *lang, *code;
	size_t len, raw_len;
	int rc;

	text = nf_record_string(rec, "text", &len);
	if (text == NULL)
		return nf_fail(err, "record has no \"text\" string");
	raw = nf_cli_current_raw(&raw_len);
	if ((rc = next_doc(job, raw, raw_len, err)) != 0)
		return rc;
	/* a Chinese sentence's "$" is what the domain says, or USD (Chinese
	 * pages name 澳元, 加元): it needs no holding */
	lang = nf_record_string(rec, "lang", NULL);
	if (lang != NULL && strcmp(lang, "zh") == 0 && !job->user_dollar && !job->settled &&
	    job->held.len == 0) {
		if (!job->all && !nf_cli_article_role(rec))
			return 0;
		code = nf_figure_doc_dollar(&job->doc, false);
		job->opts.dollar = code;
		rc = one_record(job, rec, raw, raw_len, err);
		job->opts.dollar = NULL;
		return rc;
	}
	if (!job->user_dollar && !job->settled) {
		role = nf_record_string(rec, "role", NULL);
		nf_figure_doc_scan(&job->doc, text, len, role == NULL || strcmp(role, "body") == 0 ?
		    NF_PLACE_BODY : strcmp(role, "title") == 0 || strcmp(role, "dek") == 0 ?
		    NF_PLACE_HEAD : NF_PLACE_CHROME);
		if (job->held.len > 0 && (nf_figure_doc_dollar(&job->doc, false) != NULL ||
		    job->held.len >= NF_HOLD_MAX) && (rc = release(job, true, err)) != 0)
			return rc;
	}
	if (!job->all && !nf_cli_article_role(rec))
		return 0;
	/* a bare "$" before the document has said which dollar it means */
	if (!job->user_dollar && !job->settled &&
	    (job->held.len > 0 || nf_figure_bare_dollar(text, len)))
		return nf_held_push(&job->held, rec, raw, raw_len) == 0 ? 0 : nf_fail(err, "out of memory");
	return one_record(job, rec, raw, raw_len, err);
}

/* Find and write the figures of one sentence record. */
static int
one_record(struct figures_job *job, json_t *rec, const char *raw, size_t raw_len,
    nf_error *err)
{
	const char *text, *lang;
	size_t len;
	long long start;
	bool fast = false;

	text = nf_record_string(rec, "text", &len);
	lang = nf_record_string(rec, "lang", NULL);
	job->opts.chinese = lang != NULL && strcmp(lang, "zh") == 0;
	job->cur_raw = raw;
	job->cur_raw_len = raw_len;
	if (table_units(job, text, len, raw, raw_len) != 0)
		return nf_fail(err, "out of memory");
	nf_figure_list_clear(&job->list);
	if (nf_figures_find(text, len, &job->opts, &job->list) != 0)
		return nf_fail(err, "out of memory");
	if (job->list.len == 0)
		return 0;
	start = nf_record_int(rec, "start", 0);
	fast = nf_append_ready(rec, raw, &raw_len, added_keys);
	for (size_t i = 0; i < job->list.len; i++) {
		const nf_figure *m = &job->list.items[i];
		nf_keybuf b;
		int rc;
		if (!(job->kinds & (1u << m->kind)))
			continue;
		nf_keybuf_init(&b);
		figure_keys(&b, text, start, &job->list, m);
		rc = fast ? nf_append_write(stdout, raw, raw_len, &b)
		          : nf_append_write_copy(stdout, rec, raw, raw_len, &b);
		nf_keybuf_free(&b);
		if (rc == -2)
			return nf_fail(err, "out of memory");
		if (rc != 0)
			return -2;
	}
	return 0;
}
