/*
 * html-parsers - measure the candidate HTML parsers on the same pages:
 * gumbo (the WHATWG tree construction), libxml2's HTML parser (what lxml
 * uses) and modest's myhtml.  For each page it parses the bytes, walks the
 * tree without recursion and counts elements, text bytes (outside script
 * and style) and the deepest nesting, so every parser does the work
 * nf-normalize would ask of it.
 *
 *   html-parsers gumbo|libxml2|myhtml [-r ROUNDS] FILE...
 *
 * Prints "PARSER bytes elements text_bytes max_depth seconds MB/s"; run it
 * under /usr/bin/time -f %M for the peak memory.  Built by tools/parsers.sh,
 * not by make: it is the record of how the parser was chosen.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <gumbo.h>
#include <libxml/HTMLparser.h>
#include <myhtml/api.h>

struct tally {
	unsigned long elements, text, depth;
};

static char *
slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	char *p = NULL;
	size_t cap = 0, got;

	*n = 0;
	if (f == NULL) {
		perror(path);
		exit(1);
	}
	for (;;) {
		if (cap - *n < 65536) {
			cap = cap ? cap * 2 : 1 << 20;
			if ((p = realloc(p, cap + 1)) == NULL)
				exit(1);
		}
		if ((got = fread(p + *n, 1, cap - *n, f)) == 0)
			break;
		*n += got;
	}
	fclose(f);
	p[*n] = '\0';
	return p;
}

/* ---- gumbo ---- */

static void
walk_gumbo(GumboNode *root, struct tally *t)
{
	size_t cap = 1024, top = 0;
	struct { GumboNode *n; unsigned depth; } *st = malloc(cap * sizeof *st);

	st[top].n = root;
	st[top++].depth = 0;
	while (top > 0) {
		GumboNode *n = st[--top].n;
		unsigned d = st[top].depth;
		if (d > t->depth)
			t->depth = d;
		if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
			t->text += strlen(n->v.text.text);
			continue;
		}
		if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT)
			continue;
		if (n->type == GUMBO_NODE_ELEMENT) {
			t->elements++;
			if (n->v.element.tag == GUMBO_TAG_SCRIPT || n->v.element.tag == GUMBO_TAG_STYLE)
				continue;
		}
		GumboVector *c = n->type == GUMBO_NODE_ELEMENT ? &n->v.element.children :
		    &n->v.document.children;
		for (unsigned i = c->length; i > 0; i--) {
			if (top == cap)
				st = realloc(st, (cap *= 2) * sizeof *st);
			st[top].n = c->data[i - 1];
			st[top++].depth = d + 1;
		}
	}
	free(st);
}

static void
run_gumbo(const char *buf, size_t n, struct tally *t)
{
	GumboOptions o = kGumboDefaultOptions;
	o.max_errors = 0;
	GumboOutput *out = gumbo_parse_with_options(&o, buf, n);
	walk_gumbo(out->document, t);
	gumbo_destroy_output(&o, out);
}

/* ---- libxml2 ---- */

static void
walk_xml(xmlNode *root, struct tally *t)
{
	xmlNode *n = root;
	unsigned long d = 0;

	while (n != NULL) {
		if (d > t->depth)
			t->depth = d;
		if (n->type == XML_TEXT_NODE && n->content)
			t->text += strlen((const char *)n->content);
		bool skip = false;
		if (n->type == XML_ELEMENT_NODE) {
			t->elements++;
			skip = strcmp((const char *)n->name, "script") == 0 ||
			    strcmp((const char *)n->name, "style") == 0;
		}
		if (!skip && n->children != NULL && n->type != XML_ENTITY_REF_NODE) {
			n = n->children;
			d++;
			continue;
		}
		while (n != NULL && n->next == NULL) {
			n = n->parent;
			if (n == NULL || d == 0)
				return;
			d--;
			if (n == root)
				return;
		}
		if (n != NULL)
			n = n->next;
	}
}

static void
run_libxml2(const char *buf, size_t n, struct tally *t)
{
	htmlDocPtr doc = htmlReadMemory(buf, (int)n, NULL, "UTF-8",
	    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
	    HTML_PARSE_COMPACT | HTML_PARSE_NOIMPLIED);
	if (doc != NULL) {
		if (doc->children)
			walk_xml(doc->children, t);
		xmlFreeDoc(doc);
	}
}

/* ---- myhtml ---- */

static myhtml_t *mh;

static void
walk_myhtml(myhtml_tree_node_t *root, struct tally *t)
{
	myhtml_tree_node_t *n = root;
	unsigned long d = 0;

	while (n != NULL) {
		if (d > t->depth)
			t->depth = d;
		myhtml_tag_id_t id = myhtml_node_tag_id(n);
		bool skip = false;
		if (id == MyHTML_TAG__TEXT) {
			size_t len = 0;
			myhtml_node_text(n, &len);
			t->text += len;
		} else if (id != MyHTML_TAG__COMMENT) {
			t->elements++;
			skip = id == MyHTML_TAG_SCRIPT || id == MyHTML_TAG_STYLE;
		}
		if (!skip && myhtml_node_child(n) != NULL) {
			n = myhtml_node_child(n);
			d++;
			continue;
		}
		while (n != NULL && myhtml_node_next(n) == NULL) {
			n = myhtml_node_parent(n);
			if (n == NULL || d == 0 || n == root)
				return;
			d--;
		}
		if (n != NULL)
			n = myhtml_node_next(n);
	}
}

static void
run_myhtml(const char *buf, size_t n, struct tally *t)
{
	myhtml_tree_t *tree = myhtml_tree_create();
	myhtml_tree_init(tree, mh);
	myhtml_parse(tree, MyENCODING_UTF_8, buf, n);
	myhtml_tree_node_t *html = myhtml_tree_get_node_html(tree);
	if (html)
		walk_myhtml(html, t);
	myhtml_tree_destroy(tree);
}

int
main(int argc, char **argv)
{
	void (*run)(const char *, size_t, struct tally *);
	int rounds = 1, first = 2;
	struct tally t = { 0 };
	unsigned long long bytes = 0;
	struct timespec a, b;

	if (argc < 3) {
		fprintf(stderr, "usage: html-parsers gumbo|libxml2|myhtml [-r ROUNDS] FILE...\n");
		return 2;
	}
	if (strcmp(argv[1], "gumbo") == 0) {
		run = run_gumbo;
	} else if (strcmp(argv[1], "libxml2") == 0) {
		run = run_libxml2;
	} else if (strcmp(argv[1], "myhtml") == 0) {
		mh = myhtml_create();
		myhtml_init(mh, MyHTML_OPTIONS_PARSE_MODE_SINGLE, 1, 0);
		run = run_myhtml;
	} else {
		fprintf(stderr, "html-parsers: unknown parser %s\n", argv[1]);
		return 2;
	}
	if (strcmp(argv[2], "-r") == 0 && argc > 4) {
		rounds = atoi(argv[3]);
		first = 4;
	}
	clock_gettime(CLOCK_MONOTONIC, &a);
	for (int r = 0; r < rounds; r++) {
		for (int i = first; i < argc; i++) {
			size_t n;
			char *buf = slurp(argv[i], &n);
			run(buf, n, &t);
			bytes += n;
			free(buf);
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &b);
	double s = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
	printf("%-8s bytes %llu elements %lu text %lu depth %lu seconds %.3f MB/s %.1f\n", argv[1],
	    bytes, t.elements / rounds, t.text / rounds, t.depth, s, bytes / s / 1e6);
	if (mh)
		myhtml_destroy(mh);
	return 0;
}
