#!/usr/bin/env bats
# nf-normalize on HTML pages (and nf-segment on what it makes of them):
# detection, the visible text, blocks, declared metadata, encodings, WARC
# responses, bad input.  Every page here is a small snippet written for the
# test.

load common
setup() { common_setup; }

# the doc record's text, blocks or chosen keys: nfj 'JQ' < page
nfj() { nf-normalize | jq -c "$1"; }

@test "html: detected by its first bytes (WHATWG patterns, after white space and a BOM); text stays text" {
	run -0 sh -c "printf '\\n\\t <!DOCTYPE html><p>One</p><p>Two</p>' | nf-normalize | jq -c '[.text, .blocks]'"
	assert_output '["One\n\nTwo",[[0,3,"p","",0,"",1],[5,8,"p","",0,"",1]]]'
	run -0 sh -c "printf '\\357\\273\\277<!-- a comment --><div>Hi</div>' | nf-normalize | jq -c '[.text, .encoding, .detected_by]'"
	assert_output '["Hi","UTF-8","bom"]'
	run -0 sh -c "printf 'Hello <p>x</p>' | nf-normalize | jq -c '[.text, .blocks]'"
	assert_output '["Hello <p>x</p>",null]'
	run -0 sh -c "printf '<pizza>x</pizza>' | nf-normalize | jq -c '[.text, .blocks]'"
	assert_output '["<pizza>x</pizza>",null]'
}

@test "html: --format text reads a page as text, --format html reads text as a page; another word is a usage error" {
	run -0 sh -c "printf '<p>a &amp; b</p>' | nf-normalize --format text | jq -c '[.text, .blocks]'"
	assert_output '["<p>a & b</p>",null]'
	run -0 sh -c "printf 'plain\\n\\ntext' | nf-normalize -F html | jq -c '[.text, .blocks]'"
	assert_output '["plain text",[[0,10,"body","",0,"",1]]]'
	run -2 --separate-stderr nf-normalize --format xml /dev/null
	[ "$stderr" = "$(printf "nf-normalize: --format is text, html or auto, not 'xml'\nTry 'nf-normalize --help' for more information.")" ]
}

@test "html: the text is what a reader sees - scripts, styles, comments, hidden elements left out; white space collapsed" {
	cat >"$BATS_TEST_TMPDIR/v.html" <<-'EOF'
	<html><head><title>T</title><style>p{color:red}</style><script>var a = "12 million";</script></head>
	<body><!-- 5 comments -->
	<p>One <span>two</span>   three
	four</p>
	<noscript>Enable 77 scripts</noscript><template><p>88 templates</p></template>
	<svg><text>99 svg</text></svg><iframe>frame</iframe>
	<p hidden>hidden 1</p><p aria-hidden="true">hidden 2</p><p style="color:red; display: none">hidden 3</p>
	<p style="visibility:hidden">hidden 4</p><span class="sr-only">hidden 5</span><input type="hidden" value="6">
	<p>杭州
	滨江 and
	Hangzhou</p>
	<pre>  keep   this
	  layout</pre>
	<p>line one<br>line two</p>
	<ul><li>first</li><li>second <a href="/x">link</a></li></ul>
	<p>AT&amp;T &lt;b&gt; &copy; 2025 &#x676D;&nbsp;!</p>
	</body></html>
	EOF
	run -0 sh -c "nf-normalize '$BATS_TEST_TMPDIR/v.html' | jq -r .text"
	assert_output "$(printf '%s\n' 'T' '' 'One two three four' '' '杭州滨江 and Hangzhou' '' '  keep   this' '  layout' '' \
	    'line one' '' 'line two' '' 'first' '' 'second link' '' 'AT&T <b> © 2025 杭 !')"
}

@test "html: a block hidden by its style but holding most of the page is shown (a script shows it: WeChat's js_content); a hidden menu is not" {
	run -0 sh -c "printf '<html><body><div class=\"rich_media_content\" id=\"js_content\" style=\"visibility: hidden;\"><p>微信文章的正文。杭州发布了新政。</p><p>第二段正文。</p></div><p style=\"display:none\">隐藏</p><p>阅读 1.2万</p></body></html>' | nf-normalize | jq -c .text"
	assert_output '"微信文章的正文。杭州发布了新政。\n\n第二段正文。\n\n阅读 1.2万"'
	run -0 sh -c "printf '<html><body><ul style=\"display:none\"><li><a href=\"/a\">A long hidden menu of links, one after another</a></li><li><a href=\"/b\">and another link in it</a></li></ul><p>The story.</p></body></html>' | nf-normalize | jq -c .text"
	assert_output '"The story."'
}

@test "html: blocks give each paragraph's element, landmarks, link density, class words and main content" {
	cat >"$BATS_TEST_TMPDIR/b.html" <<-'EOF'
	<html><head><title>Story | Site</title></head><body>
	<header><nav class="top-nav"><a href="/">Home</a> <a href="/world">World</a></nav></header>
	<main><article><h1>The headline of the story</h1>
	<p>The first paragraph of the story says what happened, where, and when, at length.</p>
	<div class="share-bar"><a href="#">Share</a></div>
	<p>The second paragraph goes on with more, adding detail, quotes, and figures, at length.</p>
	<figure><img src="a.jpg"><figcaption>A photo of it</figcaption></figure>
	<aside class="related-posts"><h2>Related</h2><ul><li><a href="/o">Other story</a></li></ul></aside>
	</article></main>
	<footer><p>© 2025 Site. All rights reserved.</p></footer>
	</body></html>
	EOF
	run -0 sh -c "nf-normalize '$BATS_TEST_TMPDIR/b.html' | jq -c '.blocks[]'"
	assert_output "$(printf '%s\n' \
	    '[0,12,"title","",0,"",0]' \
	    '[14,24,"nav","nav header",1,"nav",0]' \
	    '[26,51,"h1","article main",0,"",1]' \
	    '[53,133,"p","article main",0,"",1]' \
	    '[135,140,"div","article main",1,"share",0]' \
	    '[142,228,"p","article main",0,"",1]' \
	    '[230,243,"figcaption","article main figure",0,"",1]' \
	    '[245,252,"h2","aside article main",0,"related",0]' \
	    '[254,265,"li","aside article main list",1,"related",0]' \
	    '[267,301,"p","footer",0,"",0]')"
}

@test "html: a table row is a line, its cells separated by TABs; a layout table's cells are blocks of their own" {
	cat >"$BATS_TEST_TMPDIR/t.html" <<-'EOF'
	<table><tr><th></th><th>2024</th><th>2025</th></tr>
	<tr><td>Revenue</td><td>1.2</td><td></td></tr>
	<tr><td>Profit</td><td></td><td>0.4</td></tr></table>
	<table><tr><td><p>Layout cell paragraph.</p><p>Another.</p></td><td>Side</td></tr></table>
	EOF
	run -0 sh -c "nf-normalize '$BATS_TEST_TMPDIR/t.html' | jq -c '[.text, [.blocks[] | .[2]]]'"
	assert_output '["\t2024\t2025\n\nRevenue\t1.2\n\nProfit\t\t0.4\n\nLayout cell paragraph.\n\nAnother.\n\nSide",["tr","tr","tr","p","p","td"]]'
}

@test "html: the declared title - the visible h1 confirmed or alone, never a logo h1; else og:title, else <title> without its site" {
	t() { printf '%s' "$1" | nf-normalize | jq -c '[.title, .site]'; }
	run -0 t '<html><head><title>Mayor opens bridge - City Times</title></head><body><p>No headline element here, just a paragraph of text.</p></body></html>'
	assert_output '["Mayor opens bridge",null]'
	run -0 t '<html><head><title>杭州发布算力券新政_新浪财经_新浪网</title><meta property="og:site_name" content="新浪网"></head><body><header><a href="/"><h1>新浪网</h1></a></header><article><h1>杭州发布算力券新政</h1><p>正文。</p></article></body></html>'
	assert_output '["杭州发布算力券新政","新浪网"]'
	run -0 t '<html><head><title>市长为大桥剪彩 - 城市日报</title><meta property="og:site_name" content="城市日报"></head><body><h1>城市日报</h1><p>正文。</p></body></html>'
	assert_output '["市长为大桥剪彩","城市日报"]'
	run -0 t '<html><head><meta property="og:title" content="Best SEO title for search engines"></head><body><article><h1>Mayor opens the new harbour bridge</h1><p>Text of the story, long enough to be a paragraph of the article itself.</p></article></body></html>'
	assert_output '["Mayor opens the new harbour bridge",null]'
}

@test "html: published - JSON-LD datePublished before dateModified, meta dates, itemprop, a <time> in the header; time and offset kept; no modified date" {
	p() { printf '%s' "$1" | nf-normalize | jq -c .published; }
	run -0 p '<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","dateModified":"2025-05-12T10:00:00+08:00","datePublished":"2025-05-10T08:30:00+08:00"}]}</script></head><body><p>x</p></body></html>'
	assert_output '"2025-05-10T08:30:00+08:00"'
	run -0 p '<html><head><meta property="article:modified_time" content="2025-05-12"><meta name="pubdate" content="2025/05/10 08:30"></head><body><p>x</p></body></html>'
	assert_output '"2025-05-10T08:30:00"'
	run -0 p '<html><head><meta name="date" content="Sat, 10 May 2025 08:30:00 GMT"></head><body><p>x</p></body></html>'
	assert_output '"2025-05-10T08:30:00Z"'
	run -0 p '<html><head><meta name="DC.date.issued" content="May 10, 2025"></head><body><p>x</p></body></html>'
	assert_output '"2025-05-10"'
	run -0 p '<html><body><p>Posted <span itemprop="datePublished">2025年5月10日</span></p></body></html>'
	assert_output '"2025-05-10"'
	run -0 p '<html><body><article><header><h1>Headline</h1><time datetime="2025-05-10T08:30+0800">May 10</time></header><p>Body text that is long enough to count, with commas, and more, and more.</p><p>A comment <time datetime="2025-06-01">June 1</time></p></article></body></html>'
	assert_output '"2025-05-10T08:30:00+08:00"'
	run -0 p '<html><head><meta property="article:published" itemprop="datePublished dateCreated" content="2019-11-19T11:00:09.000Z"></head><body><p>x</p></body></html>'
	assert_output '"2019-11-19T11:00:09Z"'
	run -0 p '<html><head><meta property="article:published_time" content="November 19, 2019, 07:47 PM EST"></head><body><p>x</p></body></html>'
	assert_output '"2019-11-19T19:47:00-05:00"'
	run -0 p '<html><head><meta name="og:updated_time" content="2025-05-12"><meta name="site-post-date" content="2025/05/10"></head><body><p>x</p></body></html>'
	assert_output '"2025-05-10"'
	run -0 p '<html><head><meta property="article:modified_time" content="2025-05-12"><script type="application/ld+json">{"@type":"Article","dateModified":"2025-05-12"}</script></head><body><p>x</p></body></html>'
	assert_output 'null'
	run -0 p '<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Broken
	JSON","datePublished":"2025-05-10"}</script></head><body><p>x</p></body></html>'
	assert_output '"2025-05-10"'
}

@test "html: byline, url, site and lang - JSON-LD authors, meta author, rel=author; a relative canonical made absolute in a WARC" {
	b() { printf '%s' "$1" | nf-normalize | jq -c '[.byline, .url, .lang]'; }
	run -0 b '<html lang="zh-CN"><head><script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"王晓明"},{"name":"李华"}]}</script></head><body><p>x</p></body></html>'
	assert_output '["王晓明, 李华",null,"zh-CN"]'
	run -0 b '<html><head><meta name="author" content="Jane Doe"><link rel="canonical" href="https://ex.com/2025/05/10/story"></head><body><p>x</p></body></html>'
	assert_output '["Jane Doe","https://ex.com/2025/05/10/story",null]'
	run -0 b '<html><head><meta property="og:url" content="https://ex.com/s"></head><body><p class="byline">By <a rel="author" href="/jane">Jane Doe</a></p></body></html>'
	assert_output '["Jane Doe","https://ex.com/s",null]'
	page='<html><head><link rel="canonical" href="/2025/05/10/story.html"></head><body><p>x</p></body></html>'
	http=$(printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n%s' "$page")
	printf 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.ex.com/a/b\r\nWARC-Date: 2025-05-11T00:00:00Z\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n' \
	    "${#http}" "$http" >"$BATS_TEST_TMPDIR/c.warc"
	run -0 sh -c "nf-normalize '$BATS_TEST_TMPDIR/c.warc' | jq -c '[.doc, .fetched, .url]'"
	assert_output '["https://news.ex.com/a/b","2025-05-11T00:00:00Z","https://news.ex.com/2025/05/10/story.html"]'
}

@test "html: the encoding as the HTML standard reads it - http-equiv, a meta after a comment, a pragma needed for content=, UTF-16" {
	printf '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head><body><p>杭州滨江</p></body></html>' |
	    iconv -f utf-8 -t gbk >"$BATS_TEST_TMPDIR/g.html"
	run -0 sh -c "nf-normalize '$BATS_TEST_TMPDIR/g.html' | jq -c '[.text, .encoding, .detected_by]'"
	assert_output '["杭州滨江","GB18030","declaration"]'
	printf '<html><head><!-- <meta charset="big5"> --><meta content="text/html; charset=big5"><meta charset="gbk"></head><body><p>杭州滨江区发布人工智能产业新政</p></body></html>' |
	    iconv -f utf-8 -t gbk >"$BATS_TEST_TMPDIR/g2.html"
	run -0 sh -c "nf-normalize '$BATS_TEST_TMPDIR/g2.html' | jq -c '[.text, .encoding, .detected_by]'"
	assert_output '["杭州滨江区发布人工智能产业新政","GB18030","declaration"]'
	printf '<html><body><p>UTF-16 page \xe6\x9d\xad\xe5\xb7\x9e</p></body></html>' | iconv -f utf-8 -t utf-16 >"$BATS_TEST_TMPDIR/u.html"
	run -0 sh -c "nf-normalize '$BATS_TEST_TMPDIR/u.html' | jq -c '[.text, .encoding, .detected_by]'"
	assert_output '["UTF-16 page 杭州","UTF-16LE","bom"]'
	printf '<html><body><p>UTF-16 page without BOM</p></body></html>' | iconv -f utf-8 -t utf-16le >"$BATS_TEST_TMPDIR/u2.html"
	run -0 sh -c "nf-normalize '$BATS_TEST_TMPDIR/u2.html' | jq -c '[.text, .encoding, .detected_by]'"
	assert_output '["UTF-16 page without BOM","UTF-16LE","utf16-pattern"]'
}

# resp URI CONTENT-TYPE BODY: a WARC response record; other TYPE BLOCK: any other record
resp() {
	local http
	http=$(printf 'HTTP/1.1 200 OK\r\nContent-Type: %s\r\n\r\n%s' "$2" "$3")
	printf 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Date: 2025-05-11T00:00:00Z\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n' "$1" "${#http}" "$http"
}
other() {
	printf 'WARC/1.0\r\nWARC-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n' "$1" "${#2}" "$2"
}

@test "html: WARC responses - pages parsed, text kept as text, the rest skipped and counted on stderr" {
	{
		other warcinfo 'software: test'
		other request 'GET / HTTP/1.1'
		resp https://ex.com/a 'text/html; charset=utf-8' '<html><head><title>A page</title></head><body><p>The page text.</p></body></html>'
		other metadata 'via: x'
		resp https://ex.com/logo.png image/png 'PNGDATA'
		resp https://ex.com/r.pdf application/pdf '%PDF-1.4'
		resp https://ex.com/b.txt text/plain 'plain <p> text'
		resp https://ex.com/c '' '<!DOCTYPE html><p>sniffed page</p>'
		resp https://ex.com/d.js application/javascript 'var x = 1;'
	} >"$BATS_TEST_TMPDIR/w.warc"
	run -0 --separate-stderr sh -c "nf-normalize '$BATS_TEST_TMPDIR/w.warc' | jq -c '[.doc, .fetched, .text, (.blocks | length)]'"
	assert_output "$(printf '%s\n' \
	    '["https://ex.com/a","2025-05-11T00:00:00Z","A page\n\nThe page text.",2]' \
	    '["https://ex.com/b.txt","2025-05-11T00:00:00Z","plain <p> text",0]' \
	    '["https://ex.com/c","2025-05-11T00:00:00Z","sniffed page",1]')"
	[ "$stderr" = "nf-normalize: $BATS_TEST_TMPDIR/w.warc: skipped 6 of 9 WARC records: 1 warcinfo, 1 request, 1 metadata, 3 responses (image/png, application/pdf, application/javascript)" ]
}

@test "html: a gzip-encoded page in a WARC response, its charset from the HTTP header" {
	printf '<html><body><p>杭州滨江区</p></body></html>' | iconv -f utf-8 -t gbk | gzip -n >"$BATS_TEST_TMPDIR/body.gz"
	{
		printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=GBK\r\nContent-Encoding: gzip\r\n\r\n'
		cat "$BATS_TEST_TMPDIR/body.gz"
	} >"$BATS_TEST_TMPDIR/block"
	{
		printf 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://ex.cn/g\r\nContent-Length: %d\r\n\r\n' "$(wc -c <"$BATS_TEST_TMPDIR/block")"
		cat "$BATS_TEST_TMPDIR/block"
		printf '\r\n\r\n'
	} >"$BATS_TEST_TMPDIR/g.warc"
	run -0 sh -c "nf-normalize '$BATS_TEST_TMPDIR/g.warc' | jq -c '[.doc, .text, .encoding, .detected_by]'"
	assert_output '["https://ex.cn/g","杭州滨江区","GB18030","header"]'
}

@test "html: bad markup - unclosed and stray tags, 100,000 nested divs, NULs, a cut page, a page that is 99% script" {
	run -0 sh -c "printf '<html><body><div><p>Unclosed <b>bold <i>italic<p>Next para</div></span></em></p></p>Tail</body>' | nf-normalize | jq -c '[.text, [.blocks[] | .[2]]]'"
	assert_output '["Unclosed bold italic\n\nNext para\n\nTail",["p","p","body"]]'
	awk 'BEGIN { printf "<html><body>"; for (i = 0; i < 100000; i++) printf "<div>"; printf "deep text";
	    for (i = 0; i < 100000; i++) printf "</div>"; printf "</body></html>" }' >"$BATS_TEST_TMPDIR/nested.html"
	run -0 sh -c "nf-normalize '$BATS_TEST_TMPDIR/nested.html' | jq -c '[.text, .blocks]'"
	assert_output '["deep text",[[0,9,"div","",0,"",1]]]'
	run -0 sh -c "printf '<p>before\\000after</p><p>\\000\\000<b>x\\000y</b></p>' | nf-normalize | jq -c '[.text, .replaced]'"
	assert_output '["beforeafter\n\nxy",0]'
	run -0 sh -c "printf '<html><body><p>A whole paragraph.</p><p>Cut in the mid' | nf-normalize | jq -c .text"
	assert_output '"A whole paragraph.\n\nCut in the mid"'
	run -0 sh -c "printf '<html><body><p>A whole paragraph.</p><p cla' | nf-normalize | jq -c .text"
	assert_output '"A whole paragraph."'
	{ printf '<html><head><script>'; head -c 3000000 /dev/zero | tr '\0' 'x'; printf '</script></head><body><p>Only this.</p></body></html>'; } >"$BATS_TEST_TMPDIR/s.html"
	run -0 sh -c "nf-normalize '$BATS_TEST_TMPDIR/s.html' | jq -c .text"
	assert_output '"Only this."'
}

@test "html: a page larger than 64 MiB is said and left out, exit 1; --format text reads it" {
	{ printf '<html><body><p>'; head -c 67108864 /dev/zero | tr '\0' 'a'; printf '</p></body></html>'; } >"$BATS_TEST_TMPDIR/huge.html"
	printf '<p>small</p>' >"$BATS_TEST_TMPDIR/small.html"
	run -1 --separate-stderr bash -c "set -o pipefail; nf-normalize '$BATS_TEST_TMPDIR/huge.html' '$BATS_TEST_TMPDIR/small.html' | jq -c .text"
	assert_output '"small"'
	[ "$stderr" = "nf-normalize: $BATS_TEST_TMPDIR/huge.html: HTML page larger than 64 MiB (--format text reads it as text): document not written" ]
	run -0 sh -c "nf-normalize --format text '$BATS_TEST_TMPDIR/huge.html' | jq '.text | length'"
	assert_output 67108897
}

@test "html: nf-segment - chrome outside the main content, the headline, a caption; blocks not passed on" {
	cat >"$BATS_TEST_TMPDIR/s.html" <<-'EOF'
	<html><head><title>Harbour bridge opens | City Times</title>
	<meta property="article:published_time" content="2025-05-10T08:30:00+08:00"></head><body>
	<nav><a href="/">Home</a> <a href="/city">City</a></nav>
	<p>Sign up for our newsletter to get the best stories of the day in your inbox every morning.</p>
	<article><h1>Harbour bridge opens</h1>
	<p>By Jane Doe</p>
	<p>The bridge cost 1.2 billion dollars and took four years to build, the mayor said on Friday.</p>
	<figure><figcaption>The bridge at dawn.</figcaption></figure>
	<p>It carries 40,000 cars a day, and a bus lane, and a path for bicycles, officials said.</p>
	</article>
	<footer>© 2025 City Times</footer></body></html>
	EOF
	run -0 sh -c "nf-normalize '$BATS_TEST_TMPDIR/s.html' | nf-segment --paragraphs | jq -r '[.role, .title, .byline, .published, .text] | @tsv'"
	assert_output "$(printf '%s\n' \
	    'boilerplate	Harbour bridge opens	Jane Doe	2025-05-10T08:30:00+08:00	Harbour bridge opens | City Times' \
	    'boilerplate	Harbour bridge opens	Jane Doe	2025-05-10T08:30:00+08:00	Home City' \
	    'boilerplate	Harbour bridge opens	Jane Doe	2025-05-10T08:30:00+08:00	Sign up for our newsletter to get the best stories of the day in your inbox every morning.' \
	    'title	Harbour bridge opens	Jane Doe	2025-05-10T08:30:00+08:00	Harbour bridge opens' \
	    'byline	Harbour bridge opens	Jane Doe	2025-05-10T08:30:00+08:00	By Jane Doe' \
	    'body	Harbour bridge opens	Jane Doe	2025-05-10T08:30:00+08:00	The bridge cost 1.2 billion dollars and took four years to build, the mayor said on Friday.' \
	    'caption	Harbour bridge opens	Jane Doe	2025-05-10T08:30:00+08:00	The bridge at dawn.' \
	    'body	Harbour bridge opens	Jane Doe	2025-05-10T08:30:00+08:00	It carries 40,000 cars a day, and a bus lane, and a path for bicycles, officials said.' \
	    'boilerplate	Harbour bridge opens	Jane Doe	2025-05-10T08:30:00+08:00	© 2025 City Times')"
	run -0 sh -c "nf-normalize '$BATS_TEST_TMPDIR/s.html' | nf-segment | jq -c 'has(\"blocks\")' | sort -u"
	assert_output 'false'
}

@test "html: nf-segment - a date line when the page declares none, else the date in its URL" {
	page='<html><head><link rel="canonical" href="https://ex.com/news/2025/05/09/bridge.html"></head><body><article><h1>Harbour bridge opens</h1>%s<p>The bridge cost 1.2 billion dollars and took four years to build, the mayor said on Friday.</p></article></body></html>'
	run -0 sh -c "printf '$page' '<p>May 10, 2025</p>' | nf-normalize | nf-segment | jq -r .published | sort -u"
	assert_output '2025-05-10'
	run -0 sh -c "printf '$page' '' | nf-normalize | nf-segment | jq -r .published | sort -u"
	assert_output '2025-05-09'
}

@test "html: news2csv takes .html, .htm, .shtml, .xhtml, extension-less saved pages and .warc.gz beside text" {
	mkdir -p "$BATS_TEST_TMPDIR/pages"
	page() { printf '<!DOCTYPE html><html><head><title>%s</title></head><body><nav><a href="/">Home 99</a></nav><article><h1>%s</h1><p>The city will spend %s on the project over three years, officials said on Friday.</p></article></body></html>' "$1" "$1" "$2"; }
	page 'One' '1 billion yuan' >"$BATS_TEST_TMPDIR/pages/a.html"
	page 'Two' '2 billion yuan' >"$BATS_TEST_TMPDIR/pages/b.htm"
	page 'Three' '3 billion yuan' >"$BATS_TEST_TMPDIR/pages/c.shtml"
	page 'Four' '4 billion yuan' >"$BATS_TEST_TMPDIR/pages/d.xhtml"
	page 'Five' '5 billion yuan' >"$BATS_TEST_TMPDIR/pages/saved-page"
	printf 'City plans new parks\n\nThe city will spend 6 billion yuan on the parks, officials said on Friday.\n' >"$BATS_TEST_TMPDIR/pages/f.txt"
	resp https://ex.com/7 text/html "$(page 'Seven' '7 billion yuan')" | gzip -n >"$BATS_TEST_TMPDIR/pages/g.warc.gz"
	run -0 news2csv -q -o "$BATS_TEST_TMPDIR/out" "$BATS_TEST_TMPDIR/pages"
	run -0 sh -c "awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[\$i] = i; next } { print \$c[\"title\"] \",\" \$c[\"match\"] }' '$BATS_TEST_TMPDIR/out/figures.csv' | sort"
	assert_output "$(printf '%s\n' 'City plans new parks,6 billion yuan' 'Five,5 billion yuan' 'Four,4 billion yuan' \
	    'One,1 billion yuan' 'Seven,7 billion yuan' 'Three,3 billion yuan' 'Two,2 billion yuan')"
}

@test "html: an image, a PDF or a font beside the pages is said and skipped, exit 0 (-q: nothing said)" {
	printf '\211PNG\r\n\032\n\000\000\000\rIHDR' >"$BATS_TEST_TMPDIR/logo.png"
	printf '%%PDF-1.4\n%%\342\343\n' >"$BATS_TEST_TMPDIR/r.pdf"
	printf '<p>page</p>' >"$BATS_TEST_TMPDIR/p.html"
	run -0 --separate-stderr sh -c "nf-normalize '$BATS_TEST_TMPDIR/logo.png' '$BATS_TEST_TMPDIR/r.pdf' '$BATS_TEST_TMPDIR/p.html' | jq -c .text"
	assert_output '"page"'
	[ "$stderr" = "$(printf '%s\n' "nf-normalize: $BATS_TEST_TMPDIR/logo.png: skipped: no text but image/png" \
	    "nf-normalize: $BATS_TEST_TMPDIR/r.pdf: skipped: no text but application/pdf")" ]
	run -0 --separate-stderr nf-normalize -q "$BATS_TEST_TMPDIR/logo.png"
	assert_output ''
	[ "$stderr" = '' ]
}
