#!/usr/bin/env bats
# pipelines/news2csv: whole jobs, their files and their failures (news-ingest
# is in ingest.bats).

load common
setup() {
	common_setup
	pages_setup
}

# a folder of fake filters: the real ones, except NAME, which fails
fake_bin_failing() {
	local name=$1
	fake_bin
	rm -f "$FAKE/$name"
	printf '#!/bin/sh\necho "%s: simulated failure" >&2\nexit 1\n' "$name" >"$FAKE/$name"
	chmod +x "$FAKE/$name"
}

@test "news2csv: a folder becomes figures.csv and dates.csv; hidden files are skipped" {
	run -0 --separate-stderr news2csv -o "$OUT" "$IN"
	[ "$stderr" = "news2csv: read 2 file(s): 0 figures in $OUT/figures.csv, 2 dates in $OUT/dates.csv" ]
	run -0 head -n 1 "$OUT/figures.csv"
	assert_output "$(printf 'doc,article,title,published,para,sent,role,lang,kind,match,value,value_max,unit,unit_text,per,qualifier,equiv_of,match_start,match_end,note,text\r')"
	run -0 sh -c 'cut -d, -f1,10,11 "$1" | tr -d "\r"' _ "$OUT/dates.csv"
	assert_output "$(printf '%s\n' doc,match,value "$IN/a.txt,2025-03-04,2025-03-04" "$IN/sub/b.txt,2025-03-05,2025-03-05")"
}

@test "news2csv: a page that makes a filter fail is listed in failed.tsv; the others are written; exit 3" {
	fake_bin_failing nf-dates
	run -3 --separate-stderr env NF_BIN="$FAKE" news2csv -o "$OUT" "$IN"
	[ "$stderr" = "$(printf '%s\n' "news2csv: $IN/a.txt: nf-dates: simulated failure" \
	    "news2csv: $IN/sub/b.txt: nf-dates: simulated failure" \
	    "news2csv: read 2 file(s): 0 figures in $OUT/figures.csv, 0 dates in $OUT/dates.csv; 2 failed, listed in $OUT/failed.tsv")" ] || fail "$stderr"
	run -0 cat "$OUT/failed.tsv"
	assert_output "$(printf '%s\tnf-dates\tsimulated failure\n' "$IN/a.txt" "$IN/sub/b.txt")"
	run -0 ls -A "$OUT"
	assert_output "$(printf 'dates.csv\nfailed.tsv\nfigures.csv')"
}

@test "news2csv: bad pages in a large batch are found by halving it; every other page's rows are those of a run without them" {
	rm -r "$IN"
	mkdir -p "$IN" "$BATS_TEST_TMPDIR/clean"
	for i in $(seq -w 1 30); do
		printf 'Page %s\n\nSales rose %d%% on 2025-03-%s, to 1,%s0 units.\n' "$i" "$((10#$i))" "$i" "$i" >"$IN/p$i.txt"
	done
	cp "$IN"/*.txt "$BATS_TEST_TMPDIR/clean/"
	rm "$BATS_TEST_TMPDIR/clean/p08.txt" "$BATS_TEST_TMPDIR/clean/p23.txt"
	printf 'POISON\n' >>"$IN/p08.txt"
	printf 'POISON\n' >>"$IN/p23.txt"
	# an nf-segment that fails on a poisoned page and counts its runs
	fake_bin
	rm "$FAKE/nf-segment"
	printf '#!/bin/bash\necho run >>"%s/segment.runs"\nin=$(cat)\n[[ $in == *POISON* ]] && { echo "nf-segment: poisoned" >&2; exit 1; }\nprintf "%%s\\n" "$in" | exec "%s/nf-segment" "$@"\n' \
	    "$BATS_TEST_TMPDIR" "$NF_BIN" >"$FAKE/nf-segment"
	chmod +x "$FAKE/nf-segment"
	run -3 --separate-stderr env NF_BIN="$FAKE" news2csv -j 1 -o "$OUT" "$IN"
	run -0 cat "$OUT/failed.tsv"
	assert_output "$(printf '%s\tnf-segment\tpoisoned\n' "$IN/p08.txt" "$IN/p23.txt")"
	run -0 news2csv -j 1 -q -o "$BATS_TEST_TMPDIR/ref" "$BATS_TEST_TMPDIR/clean"
	[ "$(sed "s|$IN/|X/|" "$OUT/figures.csv")" = "$(sed "s|$BATS_TEST_TMPDIR/clean/|X/|" "$BATS_TEST_TMPDIR/ref/figures.csv")" ]
	[ "$(sed "s|$IN/|X/|" "$OUT/dates.csv")" = "$(sed "s|$BATS_TEST_TMPDIR/clean/|X/|" "$BATS_TEST_TMPDIR/ref/dates.csv")" ]
	# one batch of 30, then each half (a bad page in each) in 9 chains:
	# 19 (file by file it had been 1 + 30)
	run -0 wc -l <"$BATS_TEST_TMPDIR/segment.runs"
	assert_output 19
}

@test "news2csv: a failing job keeps the previous CSV files intact; a good run clears failed.tsv" {
	run -0 news2csv -q -o "$OUT" "$IN"
	before=$(cat "$OUT/dates.csv")
	fake_bin_failing nf-segment
	run -3 env NF_BIN="$FAKE" news2csv -q -o "$OUT" "$IN"
	[ -s "$OUT/failed.tsv" ]
	run -0 news2csv -q -o "$OUT" "$IN"
	[ "$(cat "$OUT/dates.csv")" = "$before" ]
	run -0 ls -A "$OUT"
	assert_output "$(printf 'dates.csv\nfigures.csv')"
}

@test "news2csv: a write that fails is the job's failure: exit 1, nothing written" {
	fake_bin_failing nf-csv
	printf '#!/bin/sh\necho "nf-csv: write error: No space left on device" >&2\nexit 1\n' >"$FAKE/nf-csv"
	rm "$IN/sub/b.txt"
	run -1 --separate-stderr env NF_BIN="$FAKE" news2csv -j 1 -o "$OUT" "$IN"
	[ "$stderr" = "$(printf '%s\n' "nf-csv: write error: No space left on device" "news2csv: nothing written to $OUT")" ] || fail "$stderr"
	run -0 ls -A "$OUT"
	assert_output ""
}

# warc_rec TYPE URI TEXT [LENGTH]: a WARC record, its Content-Length
# LENGTH when given (a lie)
warc_rec() {
	printf 'WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n' "$1" "$2" "${4:-${#3}}" "$3"
}
# lying_warc FILE: three pages, the second with a Content-Length that lies
lying_warc() {
	{
		warc_rec warcinfo '' 'software: x'
		warc_rec conversion https://ex.com/one 'Sales rose 5% on 2025-03-04.'
		warc_rec conversion https://ex.com/two 'Lost page of 2025-03-05.' 60
		warc_rec conversion https://ex.com/three 'It cost $3 million on 2025-03-06.'
	} >"$1"
}
LIE_MSG='WARC record 3 (https://ex.com/two) at offset 211: no WARC record follows the block (wrong Content-Length?): record skipped, reading on at offset 331'

# the pages of issue 11: each made the whole job fail on 0.1.0
bad_pages() {
	printf 'Good\n\nSales rose 5%% on 2025-03-04.\n' >"$IN/sub/good.txt"
	head -c 900 "$FIX/encodings/in/small.warc.gz" >"$IN/cut.warc.gz"
}

@test "news2csv: a truncated .warc.gz is listed with the reader's message; every other page is written" {
	bad_pages
	run -3 --separate-stderr news2csv -o "$OUT" "$IN"
	[ "$stderr" = "$(printf '%s\n' "news2csv: $IN/cut.warc.gz: nf-normalize: WARC record 3 (https://news.example.cn/binjiang) at offset 554: truncated gzip stream" \
	    "news2csv: read 4 file(s): 1 figures in $OUT/figures.csv, 3 dates in $OUT/dates.csv; 1 failed, listed in $OUT/failed.tsv")" ] || fail "$stderr"
	run -0 cat "$OUT/failed.tsv"
	assert_output "$(printf '%s\tnf-normalize\tWARC record 3 (https://news.example.cn/binjiang) at offset 554: truncated gzip stream' "$IN/cut.warc.gz")"
	run -0 sh -c 'cut -d, -f1,10 "$1" | tr -d "\r"' _ "$OUT/dates.csv"
	assert_output "$(printf '%s\n' doc,match "$IN/a.txt,2025-03-04" "$IN/sub/b.txt,2025-03-05" "$IN/sub/good.txt,2025-03-04")"
}

@test "news2csv: an unreadable file is listed; the others are written" {
	bad_pages
	printf 'Secret\n\nIt rose on 2025-03-09.\n' >"$IN/secret.txt"
	chmod 000 "$IN/secret.txt"
	if [ "$(id -u)" = 0 ]; then
		# root reads anything: run the job as nobody, in a folder nobody can use
		command -v setpriv >/dev/null || skip "running as root without setpriv"
		shared=$(mktemp -d /tmp/nf-unreadable.XXXXXX)
		cp -R "$IN" "$shared/in" && chmod 000 "$shared/in/secret.txt" && chmod -R a+rwX "$shared" &&
			chmod 000 "$shared/in/secret.txt"
		run -3 --separate-stderr setpriv --reuid=65534 --regid=65534 --clear-groups \
		    env NF_BIN="$NF_BIN" TMPDIR="$shared" "$ROOT/pipelines/news2csv" -j 1 -o "$shared/out" "$shared/in"
		got=$(cat "$shared/out/failed.tsv"; cut -d, -f1 "$shared/out/dates.csv" | tr -d '\r' | sed "s|^$shared/in/||")
		rm -rf "$shared"
		IN=$shared/in
	else
		run -3 --separate-stderr news2csv -o "$OUT" "$IN"
		got=$(cat "$OUT/failed.tsv"; cut -d, -f1 "$OUT/dates.csv" | tr -d '\r' | sed "s|^$IN/||")
	fi
	[ "$got" = "$(printf '%s\tnf-normalize\tWARC record 3 (https://news.example.cn/binjiang) at offset 554: truncated gzip stream\n' "$IN/cut.warc.gz"
		printf '%s\tnf-normalize\tPermission denied\n' "$IN/secret.txt"
		printf '%s\n' doc a.txt sub/b.txt sub/good.txt)" ] || fail "$got"
}

@test "news2csv: --files0-from takes names with a newline or a leading '-'; the error names the page" {
	cd "$IN"
	printf 'Dash\n\nIt rose on 2025-03-06.\n' >-dash.txt
	printf 'Line\n\nIt rose on 2025-03-07.\n' >"$(printf 'new\nline.txt')"
	printf 'Plain\n\nIt rose on 2025-03-08.\n' >-
	printf '%s\0' -dash.txt "$(printf 'new\nline.txt')" - a.txt missing.txt >list
	run -3 --separate-stderr news2csv -o "$OUT" --files0-from list
	[ "$stderr" = "$(printf '%s\n' "news2csv: missing.txt: nf-normalize: No such file or directory" \
	    "news2csv: read 5 file(s): 0 figures in $OUT/figures.csv, 4 dates in $OUT/dates.csv; 1 failed, listed in $OUT/failed.tsv")" ] || fail "$stderr"
	run -0 sh -c 'cut -d, -f1,10 "$1" | tr -d "\r"' _ "$OUT/dates.csv"
	assert_output "$(printf '%s\n' doc,match \'-dash.txt,2025-03-06 '"new' 'line.txt",2025-03-07' ./-,2025-03-08 a.txt,2025-03-04)"
}

@test "news2csv: a record a filter rejects costs its page only, and the message names the page, not a temporary file" {
	bad_pages
	fake_bin_failing nf-figures
	# the real nf-figures, except that a figure of 7777 comes out as a number
	# no double holds (what 0.1.0 wrote for 1e309)
	cat >"$FAKE/nf-figures" <<-EOF
	#!/bin/sh
	"$NF_BIN/nf-figures" "\$@" | sed 's/"value":7777,/"value":1e999,/'
	EOF
	printf 'Odd\n\nIt made 7777 cars on 2025-03-10.\n' >"$IN/odd.txt"
	printf 'Even\n\nIt made 8888 cars on 2025-03-11.\n' >"$IN/sub/even.txt"
	run -3 --separate-stderr env NF_BIN="$FAKE" news2csv -o "$OUT" "$IN"
	[ "$stderr" = "$(printf '%s\n' "news2csv: $IN/cut.warc.gz: nf-normalize: WARC record 3 (https://news.example.cn/binjiang) at offset 554: truncated gzip stream" \
	    "news2csv: $IN/odd.txt: nf-csv: record 1: invalid JSON: real number overflow near '1e999'" \
	    "news2csv: read 6 file(s): 2 figures in $OUT/figures.csv, 4 dates in $OUT/dates.csv; 2 failed, listed in $OUT/failed.tsv")" ] || fail "$stderr"
	run -0 sh -c 'cut -d, -f1,10 "$1" | tr -d "\r"' _ "$OUT/figures.csv"
	assert_output "$(printf '%s\n' doc,match "$IN/sub/even.txt,8888 cars" "$IN/sub/good.txt,5%")"
}

@test "news2csv: a page with a number beyond a double is written whole (value null and a note from nf-figures)" {
	printf 'Big\n\nThe bill came to 1%s yuan on 2025-03-12.\n' "$(printf '0%.0s' $(seq 400))" >"$IN/big.txt"
	nf-normalize "$IN/big.txt" | nf-segment | nf-figures | nf-csv >/dev/null 2>&1 ||
		skip "waiting for nf-figures to write value null + note beyond a double (the figs branch)"
	run -0 news2csv -q -o "$OUT" "$IN"
	[ ! -e "$OUT/failed.tsv" ]
	run -0 sh -c 'grep -c "^$1/big.txt," "$2"' _ "$IN" "$OUT/figures.csv"
	assert_output 1
}

@test "news2csv: every kind of saved page is read: .html .htm .shtml .xhtml, no extension, .warc, .warc.gz" {
	rm -rf "$IN"; mkdir -p "$IN/s"
	for f in a.html b.htm c.shtml d.xhtml s/page s/e.txt .hidden.html; do
		printf '<html><head><title>T</title></head><body><p>It rose 4%% on 2025-03-04.</p></body></html>\n' >"$IN/$f"
	done
	cp "$FIX/encodings/in/small.warc" "$IN/f.warc"
	cp "$FIX/encodings/in/small.warc.gz" "$IN/g.warc.gz"
	run -0 --separate-stderr news2csv -k -o "$OUT" "$IN"
	run -0 sh -c 'jq -r .doc "$1" | uniq | sed "s|^$2/||"' _ "$OUT/sentences.jsonl" "$IN"
	assert_output "$(printf '%s\n' a.html b.htm c.shtml d.xhtml \
	    https://news.example.cn/binjiang https://harbour.example.com/cafe \
	    https://news.example.cn/binjiang https://harbour.example.com/cafe s/e.txt s/page)"
}

@test "news2csv: -j N gives the same bytes as -j 1, in batches (not a process per page)" {
	bad_pages
	# 24 articles, whatever else fixtures/articles holds
	cp "$FIX"/articles/en0*.txt "$FIX"/articles/en1[0-3]*.txt "$FIX"/articles/zh0*.txt \
	    "$FIX"/articles/zh1[01]*.txt "$IN/sub/"
	cp "$FIX/encodings/in/small.warc.gz" "$IN/w.warc.gz"
	run -3 news2csv -q -k -j 1 -o "$OUT/1" "$IN"
	run -3 news2csv -q -k -j 3 -o "$OUT/3" "$IN"
	run -0 diff -r "$OUT/1" "$OUT/3"
	# 27 pages and 2 WARCs, 3 jobs: batches of 9 pages (one a job), and
	# each WARC alone (a.txt | cut.warc.gz | 26 in sub/ as 9, 9, 8 |
	# w.warc.gz): 6 batches, and the one with the truncated WARC runs it
	# once more alone
	fake_bin_failing nf-normalize
	printf '#!/bin/sh\necho x >>"%s"\nexec "%s/nf-normalize" "$@"\n' "$BATS_TEST_TMPDIR/calls" "$NF_BIN" >"$FAKE/nf-normalize"
	run -3 env NF_BIN="$FAKE" news2csv -q -j 3 -o "$OUT/f" "$IN"
	run -0 diff "$OUT/1/figures.csv" "$OUT/f/figures.csv"
	run -0 wc -l <"$BATS_TEST_TMPDIR/calls"
	assert_output 7
}

@test "news2csv: -q prints nothing on success and the failures otherwise" {
	run -0 --separate-stderr news2csv -q -o "$OUT" "$IN"
	[ -z "$stderr" ]
	bad_pages
	run -3 --separate-stderr news2csv -q -o "$OUT" "$IN"
	[ "$stderr" = "$(printf '%s\n' "news2csv: $IN/cut.warc.gz: nf-normalize: WARC record 3 (https://news.example.cn/binjiang) at offset 554: truncated gzip stream" \
	    "news2csv: read 4 file(s): 1 figures in $OUT/figures.csv, 3 dates in $OUT/dates.csv; 1 failed, listed in $OUT/failed.tsv")" ] || fail "$stderr"
}

@test "news2csv -k: the files of the current folder are left alone" {
	mkdir "$BATS_TEST_TMPDIR/cwd" && cd "$BATS_TEST_TMPDIR/cwd"
	printf 'mine\n' | tee 1 k keep sentences.jsonl >/dev/null
	run -0 news2csv -q -k --xlsx -o "$OUT" "$IN"
	run -0 cat 1 k keep sentences.jsonl
	assert_output "$(printf 'mine\n%.0s' 1 2 3 4)"
}

@test "news2csv: its own output inside the input folder is not read back" {
	run -0 news2csv -q -k -o "$IN/results" "$IN"
	run -0 --separate-stderr news2csv -o "$IN/results" "$IN"
	[ "$stderr" = "news2csv: read 2 file(s): 0 figures in $IN/results/figures.csv, 2 dates in $IN/results/dates.csv" ]
}

@test "news2csv: --files0-from reads a NUL-separated list" {
	printf '%s\0' "$IN/sub/b.txt" >"$BATS_TEST_TMPDIR/list"
	run -0 --separate-stderr news2csv -o "$OUT" --files0-from "$BATS_TEST_TMPDIR/list"
	[ "$stderr" = "news2csv: read 1 file(s): 0 figures in $OUT/figures.csv, 1 dates in $OUT/dates.csv" ]
}

@test "news2csv: bad usage and missing input" {
	run -2 --separate-stderr news2csv --frobnicate
	[ "$stderr" = "$(printf "news2csv: unknown option '--frobnicate'\nTry 'news2csv --help' for more information.")" ] || fail "$stderr"
	run -2 --separate-stderr news2csv --ref 2025-3-4 "$IN"
	[ "$stderr" = "$(printf "news2csv: --ref wants a date YYYY-MM-DD, not '2025-3-4'\nTry 'news2csv --help' for more information.")" ] || fail "$stderr"
	run -1 --separate-stderr news2csv -o "$OUT" "$IN/nope"
	[ "$stderr" = "news2csv: $IN/nope: No such file or directory" ]
	run -2 --separate-stderr news2csv -j 0 "$IN"
	[ "$stderr" = "$(printf "news2csv: --jobs wants a number of jobs, not '0'\nTry 'news2csv --help' for more information.")" ] || fail "$stderr"
	run -0 news2csv --help
	assert_line --index 0 "usage: news2csv [-q] [-k] [-j N] [-o OUTDIR] [--ref YYYY-MM-DD] [--all]"
	assert_line --index 1 "                [--xlsx] [--bom | --excel] [FILE|DIR ...]"
}

@test "man pages: man -l reads news2csv.1 and news-ingest.1 from the source tree" {
	command -v man >/dev/null || skip "man is not installed"
	run -0 env MANPAGER=cat MANWIDTH=80 man -l "$ROOT/man/news-ingest.1"
	assert_line --regexp '^ +news-ingest .* add the figures and dates of new pages, exactly once$'
	run -0 env MANPAGER=cat MANWIDTH=80 man -l "$ROOT/man/news2csv.1"
	assert_line --regexp "^ +Read NUL-separated file names from list \(.-. for standard input\)\.$"
}

need_openpyxl() {
	/usr/bin/python3 -c 'import openpyxl' 2>/dev/null ||
		skip "python3-openpyxl is not installed (apt-get install python3-openpyxl)"
}

@test "news2csv --xlsx: facts.xlsx holds the CSV files' rows in typed cells, also those of a batch that went file by file; a failed page still gives it, exit 3" {
	need_openpyxl
	bad_pages
	lying_warc "$IN/lie.warc"
	printf '滨江新政\n\n杭州市滨江区今年投入10亿元，比去年增长12%%，新政于2025年3月9日发布。\n' >"$IN/sub/zh.txt"
	printf 'Odd\n\nIt made 7777 cars on 2025-03-10.\n' >"$IN/sub/odd.txt"
	# nf-figures as in the test above: 7777 becomes a number nf-csv rejects,
	# so the batch of sub/ goes file by file
	fake_bin_failing nf-figures
	cat >"$FAKE/nf-figures" <<-EOF
	#!/bin/sh
	"$NF_BIN/nf-figures" "\$@" | sed 's/"value":7777,/"value":1e999,/'
	EOF
	run -3 --separate-stderr env NF_BIN="$FAKE" news2csv --xlsx -j 1 -o "$OUT" "$IN"
	[ "$stderr" = "$(printf '%s\n' "news2csv: $IN/cut.warc.gz: nf-normalize: WARC record 3 (https://news.example.cn/binjiang) at offset 554: truncated gzip stream" \
	    "news2csv: $IN/lie.warc: nf-normalize: $LIE_MSG; skipped 1 of 3 WARC records: 1 warcinfo" \
	    "news2csv: $IN/sub/odd.txt: nf-csv: record 1: invalid JSON: real number overflow near '1e999'" \
	    "news2csv: read 7 file(s): 5 figures in $OUT/figures.csv, 8 dates in $OUT/dates.csv (and $OUT/facts.xlsx); 3 failed, listed in $OUT/failed.tsv")" ] || fail "$stderr"
	run -0 ls -A "$OUT"
	assert_output "$(printf '%s\n' dates.csv facts.xlsx failed.tsv figures.csv)"
	"$ROOT/tests/sheet-dump" "$OUT/facts.xlsx" >"$BATS_TEST_TMPDIR/dump"
	run -0 "$ROOT/tests/csv-vs-sheet" "$BATS_TEST_TMPDIR/dump" figures="$OUT/figures.csv" dates="$OUT/dates.csv"
	assert_line --index 2 'bad 0'
	assert_line --index 0 --regexp '^figures: 5 rows, [0-9]+ numbers, 0 dates, [0-9]+ texts, [1-9][0-9]* Han$'
	assert_line --index 1 --regexp '^dates: 8 rows, [0-9]+ numbers, [1-9][0-9]* dates, [0-9]+ texts, [1-9][0-9]* Han$'
	# the rows of the WARC's good records and of the batch that went file by file
	run -0 sh -c 'cut -d, -f1,10 "$1" | tr -d "\r"' _ "$OUT/figures.csv"
	assert_output "$(printf '%s\n' doc,match https://ex.com/one,5% 'https://ex.com/three,$3 million' \
	    "$IN/sub/good.txt,5%" "$IN/sub/zh.txt,10亿元" "$IN/sub/zh.txt,12%")"
}

@test "news2csv --bom and --excel: one byte order mark at the start of each CSV file, whatever the batches; the rows are the same bytes" {
	cp "$FIX"/articles/en0[1-9]*.txt "$FIX"/articles/zh0[1-9]*.txt "$IN/sub/"
	run -0 news2csv -q -j 1 -o "$OUT/plain" "$IN"
	for opt in --bom --excel; do
		run -0 news2csv -q -j 3 "$opt" -o "$OUT/$opt" "$IN"
		for k in figures dates; do
			run -0 sh -c 'head -c 3 "$1" | od -An -tx1' _ "$OUT/$opt/$k.csv"
			assert_output ' ef bb bf'
			run -0 grep -c $'\xef\xbb\xbf' "$OUT/$opt/$k.csv"
			assert_output 1
			run -0 cmp <(tail -c +4 "$OUT/$opt/$k.csv") "$OUT/plain/$k.csv"
		done
	done
	run -0 head -c 3 "$OUT/plain/figures.csv"
	assert_output doc
}

@test "news2csv: a folder's scripts, styles, data, images and a saved page's NAME_files folder are not read as pages; files named on the command line are" {
	rm -rf "$IN"; mkdir -p "$IN/Page_files" "$IN/notes_files"
	page='<html><title>T</title><p>It rose 4%% on 2025-03-04.</p></html>\n'
	printf "$page" >"$IN/Page.html"
	printf "$page" >"$IN/Page_files/frame.html"
	printf 'var d = "2025-03-05"; // 5%%\n' >"$IN/Page_files/app.js"
	printf 'var d = "2025-03-05";\n' >"$IN/app.JS"
	printf 'p { width: 50%%; } /* 2025-03-05 */\n' >"$IN/site.css"
	printf '{"date": "2025-03-05", "share": "5%%"}\n' >"$IN/data.json"
	printf '<svg><text>2025-03-05</text></svg>\n' >"$IN/logo.svg"
	printf '\211PNG\r\n' >"$IN/pic.png"
	# a folder that only looks like a saved page's: no notes.html beside it
	printf 'Notes\n\nIt fell on 2025-03-06.\n' >"$IN/notes_files/n.txt"
	printf 'Plain\n\nIt fell on 2025-03-07.\n' >"$IN/story"
	run -0 news2csv -q -k -o "$OUT" "$IN"
	run -0 sh -c 'jq -r .doc "$1" | uniq | sed "s|^$2/||"' _ "$OUT/sentences.jsonl" "$IN"
	assert_output "$(printf '%s\n' Page.html notes_files/n.txt story)"
	run -0 news2csv -q -k -o "$OUT" "$IN/data.json"
	run -0 jq -r .doc "$OUT/sentences.jsonl"
	assert_output "$IN/data.json"
}

@test "news2csv: a WARC with a Content-Length that lies is partial: exit 3, listed, the rows of its other records kept; -q leaves nf-normalize's notes out of failed.tsv" {
	lying_warc "$IN/lie.warc"
	run -3 --separate-stderr news2csv -q -o "$OUT" "$IN"
	[ "$stderr" = "$(printf '%s\n' "news2csv: $IN/lie.warc: nf-normalize: $LIE_MSG" \
	    "news2csv: read 3 file(s): 2 figures in $OUT/figures.csv, 4 dates in $OUT/dates.csv; 1 failed, listed in $OUT/failed.tsv")" ] || fail "$stderr"
	run -0 cat "$OUT/failed.tsv"
	assert_output "$(printf '%s\tnf-normalize\t%s' "$IN/lie.warc" "$LIE_MSG")"
	run -0 sh -c 'cut -d, -f1,10 "$1" | tr -d "\r"' _ "$OUT/dates.csv"
	assert_output "$(printf '%s\n' doc,match "$IN/a.txt,2025-03-04" https://ex.com/one,2025-03-04 https://ex.com/three,2025-03-06 "$IN/sub/b.txt,2025-03-05")"
	# without -q the notes of the partly read file are part of its message
	run -3 news2csv -o "$OUT" "$IN"
	run -0 cut -f3 "$OUT/failed.tsv"
	assert_output "$LIE_MSG; skipped 1 of 3 WARC records: 1 warcinfo"
}
