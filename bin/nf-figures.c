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
	"(\"US$ million\", \"单位：亿元\").  With no FILE, or FILE -, read standard\n"
	"input.\n"
	"\n"
	"      --kinds KIND,...         only these kinds: money, percent, quantity,\n"
	"                               count\n"
	"      --currency-default CODE  what a bare \"$\" means (default USD)\n"
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
};

static int figure_records(json_t *rec, void *ctx, nf_error *err);

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
	struct figures_job job = { .kinds = 0xF };
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
	nf_figure_list_free(&job.list);
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
table_units(struct figures_job *job, const char *text, size_t len)
{
	const char *raw, *caption, *header;
	size_t raw_len, caption_len = 0, header_len = 0;
	json_t *full;
	int rc = 0;

	job->opts.table = NULL;
	if (memchr(text, '\t', len) == NULL)
		return 0;
	raw = nf_cli_current_raw(&raw_len);
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

static int
figure_records(json_t *rec, void *ctx, nf_error *err)
{
	struct figures_job *job = ctx;
	const char *text, *raw, *lang;
	size_t len, raw_len;
	long long start;
	bool fast = false;

	text = nf_record_string(rec, "text", &len);
	if (text == NULL)
		return nf_fail(err, "record has no \"text\" string");
	if (!job->all && !nf_cli_article_role(rec))
		return 0;
	lang = nf_record_string(rec, "lang", NULL);
	job->opts.chinese = lang != NULL && strcmp(lang, "zh") == 0;
	if (table_units(job, text, len) != 0)
		return nf_fail(err, "out of memory");
	nf_figure_list_clear(&job->list);
	if (nf_figures_find(text, len, &job->opts, &job->list) != 0)
		return nf_fail(err, "out of memory");
	if (job->list.len == 0)
		return 0;
	start = nf_record_int(rec, "start", 0);
	raw = nf_cli_current_raw(&raw_len);
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
