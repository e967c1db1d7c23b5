/*
 * html_meta.h - what an HTML page declares about itself, gathered while
 * html.c walks its tree and decided once the walk is done.
 *
 * Sources, best first:
 *
 *   title      the visible headline: the h1 (an h1 inside the main content,
 *              else the first h1 outside nav, header-logo and footer) when
 *              the declared titles (og:title, twitter:title, JSON-LD
 *              headline, <title> without its " | Site" or " - 网站名"
 *              part) confirm it or none is declared; an h1 that is the
 *              site's name or sits in a logo is never the title.  Without
 *              an h1, an h2 or h3 of class title or headline in the
 *              article (WordPress's entry-title under a logo h1), on the
 *              same terms.  Else the declared title a block shows whole
 *              (an old layout's headline cell showing the <title>'s full
 *              headline that og:title shortens), else og:title, JSON-LD
 *              headline, twitter:title, the <title> without the site.
 *   published  JSON-LD datePublished (dateCreated after it), the
 *              article:published_time property, a <meta name> date,
 *              pubdate, publishdate, publish-date, DC.date.issued,
 *              DC.date, sailthru.date, parsely-pub-date, an
 *              itemprop="datePublished" (content, datetime or text), then
 *              a <time datetime> in the article's header.  Never
 *              dateModified, article:modified_time or og:updated_time.
 *              Written as "YYYY-MM-DD", with the time and the offset when
 *              the page gives them ("2025-05-10T08:30:00+08:00",
 *              "2025-05-10T00:30:00Z"); a value that is no date is left out.
 *   byline     JSON-LD author (names joined by ", "), <meta name=author>,
 *              a rel="author" link, an element of class byline or author
 *              ("By " taken off).
 *   url        <link rel=canonical> (made absolute against the page's own
 *              URL when relative), else og:url.
 *   site       og:site_name, else application-name, else the JSON-LD
 *              publisher's name.
 *   lang       the html element's lang.
 */
#ifndef NF_HTML_META_H
#define NF_HTML_META_H

#include <stdbool.h>
#include <stddef.h>

#include "calendar.h"
#include "html.h"
#include "strbuf.h"

typedef struct nf_hmeta nf_hmeta;

/* A collector, reused from page to page; NULL when memory ran out. */
nf_hmeta *nf_hmeta_new(void);
void nf_hmeta_free(nf_hmeta *m);

/* Forget the last page (keeps the memory). */
void nf_hmeta_reset(nf_hmeta *m);

/* Candidates, as the walk meets them (strings need not be NUL-terminated). */

/* <meta> with name, property or itemprop key[0..kn) and content value[0..vn). */
void nf_hmeta_meta(nf_hmeta *m, const char *key, size_t kn, const char *value, size_t vn);

/* <link rel=rel href=href>. */
void nf_hmeta_link(nf_hmeta *m, const char *rel, size_t rn, const char *href, size_t hn);

/* The text of a <script type="application/ld+json">. */
void nf_hmeta_jsonld(nf_hmeta *m, const char *json, size_t n);

/* The text of the <title>. */
void nf_hmeta_title_tag(nf_hmeta *m, const char *s, size_t n);

/* <html lang>. */
void nf_hmeta_lang(nf_hmeta *m, const char *s, size_t n);

/* An element with itemprop="datePublished": its datetime or content, else text. */
void nf_hmeta_itemprop_date(nf_hmeta *m, const char *s, size_t n);

/* A <time datetime> in a header of the page's article (in_header), or anywhere. */
void nf_hmeta_time(nf_hmeta *m, const char *s, size_t n, bool in_header);

/* The text of a rel=author link or of an element of class byline/author. */
void nf_hmeta_author_text(nf_hmeta *m, const char *s, size_t n);

/*
 * Decide, once the page's blocks are known and marked main or not:
 * h1 blocks among blocks[0..nb) of text are the visible headlines.
 * base (may be NULL) resolves a relative canonical link.  Strings in *out
 * are owned by the collector (valid until the next reset).  Returns 0, or
 * -1 when memory ran out.
 */
int nf_hmeta_finish(nf_hmeta *m, const char *text, const nf_html_block *blocks, size_t nb,
    const char *base, nf_html_meta *out);

/*
 * A declared date s[0..n) as the doc record writes it: "YYYY-MM-DD", or
 * with the time "YYYY-MM-DDTHH:MM[:SS]" and the offset ("Z", "+08:00")
 * when given; ISO 8601 (also with a space or no separators: "20250510"),
 * RFC 2822 ("Sat, 10 May 2025 08:30:00 GMT") and "May 10, 2025" forms.
 * Returns the length written to out (at most 31 bytes and a NUL), 0 when
 * s is no date.
 */
size_t nf_hmeta_date(const char *s, size_t n, char out[32]);

/*
 * A date in a URL's path: /2025/05/10/, /2025-05-10/, /20250510/ (a year
 * 1990-2099, a valid month and day).  Returns true with *day set.
 */
bool nf_hmeta_url_date(const char *url, size_t n, nf_ymd *day);

#endif
