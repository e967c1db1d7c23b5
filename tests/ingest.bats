#!/usr/bin/env bats
# pipelines/news-ingest: each page's rows exactly once, whatever happens to
# the files between runs and however the folder is spelled.

load common
setup() {
	common_setup
	pages_setup
}
teardown() {
	# a slow filter left behind by a killed run (our own, by its pid)
	if [ -s "$BATS_TEST_TMPDIR/slow.pid" ]; then
		kill "$(cat "$BATS_TEST_TMPDIR/slow.pid")" 2>/dev/null || true
	fi
}

# values OUTDIR: the value column of dates.csv, sorted
values() {
	cut -d, -f11 "$1/dates.csv" | tr -d '\r' | sort
}

# slow_segment: nf-segment that first says it started (its pid in
# slow.pid) and sleeps 30 s
slow_segment() {
	fake_bin
	rm -f "$FAKE/nf-segment"
	cat >"$FAKE/nf-segment" <<-EOF
	#!/bin/sh
	echo \$\$ >"$BATS_TEST_TMPDIR/slow.pid"
	sleep 30
	exec "$NF_BIN/nf-segment" "\$@"
	EOF
	chmod +x "$FAKE/nf-segment"
}
wait_for_slow() {
	for _ in $(seq 100); do
		[ -s "$BATS_TEST_TMPDIR/slow.pid" ] && return
		sleep 0.1
	done
	fail "the slow filter never started"
}

@test "news-ingest: reads each file once, adds new rows under one header" {
	run -0 --separate-stderr news-ingest -o "$OUT" "$IN"
	[ "$stderr" = "news-ingest: 2 new file(s) added to $OUT/figures.csv and $OUT/dates.csv" ] || fail "$stderr"
	run -0 --separate-stderr news-ingest -o "$OUT" "$IN"
	[ "$stderr" = "news-ingest: nothing new" ]
	printf 'News\n\nSales grew on 2025-03-06.\n' >"$IN/e.txt"
	run -0 --separate-stderr news-ingest -o "$OUT" "$IN"
	[ "$stderr" = "news-ingest: 1 new file(s) added to $OUT/figures.csv and $OUT/dates.csv" ]
	run -0 values "$OUT"
	assert_output "$(printf '%s\n' 2025-03-04 2025-03-05 2025-03-06 value)"
	run -0 sh -c 'cut -d, -f1 "$1" | tr -d "\r"' _ "$OUT/dates.csv"
	assert_output "$(printf '%s\n' doc "$IN/a.txt" "$IN/sub/b.txt" "$IN/e.txt")"
	run -0 ls -A "$OUT" "$OUT/.news-ingest"
	assert_output "$(printf '%s\n' "$OUT:" .news-ingest .news-ingest.lock dates.csv figures.csv '' "$OUT/.news-ingest:" state.db)"
}

@test "news-ingest: touching or renaming a file adds nothing; a changed file's rows replace its old ones" {
	run -0 news-ingest -q -o "$OUT" "$IN"
	before=$(cat "$OUT/dates.csv" "$OUT/figures.csv")
	touch "$IN/a.txt"
	run -0 --separate-stderr news-ingest -o "$OUT" "$IN"
	[ "$stderr" = "news-ingest: nothing new" ]
	mv "$IN/sub/b.txt" "$IN/b-moved.txt"
	run -0 --separate-stderr news-ingest -o "$OUT" "$IN"
	[ "$stderr" = "news-ingest: 1 renamed file(s) added to $OUT/figures.csv and $OUT/dates.csv" ]
	[ "$(cat "$OUT/dates.csv" "$OUT/figures.csv")" = "$before" ]
	run -0 --separate-stderr news-ingest -o "$OUT" "$IN"
	[ "$stderr" = "news-ingest: nothing new" ]
	printf 'Markets\n\nThe index rose on 2025-04-01 and 2025-04-02.\n' >"$IN/a.txt"
	run -0 --separate-stderr news-ingest -o "$OUT" "$IN"
	[ "$stderr" = "news-ingest: 1 changed file(s) added to $OUT/figures.csv and $OUT/dates.csv" ]
	run -0 values "$OUT"
	assert_output "$(printf '%s\n' 2025-03-05 2025-04-01 2025-04-02 value)"
}

@test "news-ingest: /abs/pages, pages and ./pages/ are one folder, read once" {
	cd "$BATS_TEST_TMPDIR"
	run -0 news-ingest -q -o out "$IN"
	run -0 --separate-stderr news-ingest -o out in
	[ "$stderr" = "news-ingest: nothing new" ]
	run -0 --separate-stderr news-ingest -o "$OUT/" ./in/ in/sub/b.txt
	[ "$stderr" = "news-ingest: nothing new" ]
	ln -s in linked
	run -0 --separate-stderr news-ingest -o out linked/
	[ "$stderr" = "news-ingest: nothing new" ]
	run -0 values out
	assert_output "$(printf '%s\n' 2025-03-04 2025-03-05 value)"
}

@test "news-ingest: an output folder inside the input folder is never read back; the input folder itself is refused" {
	for i in 1 2 3 4; do
		run -0 news-ingest -q -o "$IN/results" "$IN"
	done
	run -0 values "$IN/results"
	assert_output "$(printf '%s\n' 2025-03-04 2025-03-05 value)"
	run -2 --separate-stderr news-ingest -o "$IN" "$IN/"
	[ "$stderr" = "$(printf '%s\n' "news-ingest: $IN/ is OUTDIR itself: keep the output apart from the pages" "Try 'news-ingest --help' for more information.")" ]
}

@test "news-ingest: a bad page is listed and read again on later runs; the good ones are added once; exit 3" {
	head -c 900 "$FIX/encodings/in/small.warc.gz" >"$IN/cut.warc.gz"
	fake_bin
	rm "$FAKE/nf-dates"
	cat >"$FAKE/nf-dates" <<-EOF
	#!/bin/sh
	# the real nf-dates, except on a page dated 2025-03-05
	tmp=\$(mktemp) && trap 'rm -f "\$tmp"' EXIT && cat "\$@" >"\$tmp" || exit 1
	if grep -q 2025-03-05 "\$tmp"; then echo "nf-dates: simulated failure" >&2; exit 1; fi
	"$NF_BIN/nf-dates" "\$tmp"
	EOF
	chmod +x "$FAKE/nf-dates"
	run -3 --separate-stderr env NF_BIN="$FAKE" news-ingest -q -o "$OUT" "$IN"
	[ "$stderr" = "$(printf '%s\n' "news-ingest: $IN/cut.warc.gz: nf-normalize: WARC record 3 (https://news.example.cn/binjiang) at offset 554: truncated gzip stream" \
	    "news-ingest: $IN/sub/b.txt: nf-dates: simulated failure" \
	    "news-ingest: 2 file(s) failed, listed in $OUT/failed.tsv")" ] || fail "$stderr"
	run -3 --separate-stderr env NF_BIN="$FAKE" news-ingest -q -o "$OUT" "$IN"
	[ "$stderr" = "$(printf '%s\n' "news-ingest: $IN/sub/b.txt: nf-dates: simulated failure" \
	    "news-ingest: 1 file(s) failed, listed in $OUT/failed.tsv")" ] || fail "$stderr"
	run -0 cat "$OUT/failed.tsv"
	assert_output "$(printf '%s\tnf-dates\tsimulated failure' "$IN/sub/b.txt")"
	run -0 values "$OUT"
	assert_output "$(printf '%s\n' 2025-03-04 value)"
	# the truncated WARC's complete records counted: it is not read again
	# until it changes; the failed page is, and now succeeds
	run -0 --separate-stderr news-ingest -o "$OUT" "$IN"
	[ "$stderr" = "news-ingest: 1 new file(s) added to $OUT/figures.csv and $OUT/dates.csv" ] || fail "$stderr"
	[ ! -e "$OUT/failed.tsv" ]
	run -0 values "$OUT"
	assert_output "$(printf '%s\n' 2025-03-04 2025-03-05 value)"
}

@test "news-ingest: -q is silent unless something failed" {
	run -0 --separate-stderr news-ingest -q -o "$OUT" "$IN"
	[ -z "$stderr" ]
	run -0 --separate-stderr news-ingest -q -o "$OUT" "$IN"
	[ -z "$stderr" ]
	head -c 900 "$FIX/encodings/in/small.warc.gz" >"$IN/cut.warc.gz"
	run -3 --separate-stderr news-ingest -q -o "$OUT" "$IN"
	[ "$stderr" = "$(printf '%s\n' "news-ingest: $IN/cut.warc.gz: nf-normalize: WARC record 3 (https://news.example.cn/binjiang) at offset 554: truncated gzip stream" \
	    "news-ingest: 1 file(s) failed, listed in $OUT/failed.tsv")" ] || fail "$stderr"
}

@test "news-ingest -q: a WARC with a Content-Length that lies is partial - exit 3, its failure alone on stderr, its other records' rows once; not read again until it changes" {
	warc_rec() {
		printf 'WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n' "$1" "$2" "${4:-${#3}}" "$3"
	}
	{
		warc_rec warcinfo '' 'software: x'
		warc_rec conversion https://ex.com/one 'Sales rose 5% on 2025-03-14.'
		warc_rec conversion https://ex.com/two 'Lost page of 2025-03-15.' 60
		warc_rec conversion https://ex.com/three 'It cost $3 million on 2025-03-16.'
	} >"$IN/lie.warc"
	msg='WARC record 3 (https://ex.com/two) at offset 211: no WARC record follows the block (wrong Content-Length?): record skipped, reading on at offset 331'
	# -q reaches nf-normalize: its note of the skipped warcinfo record is
	# neither on stderr nor in failed.tsv
	run -3 --separate-stderr news-ingest -q -o "$OUT" "$IN"
	[ "$stderr" = "$(printf '%s\n' "news-ingest: $IN/lie.warc: nf-normalize: $msg" \
	    "news-ingest: 1 file(s) failed, listed in $OUT/failed.tsv")" ] || fail "$stderr"
	run -0 cat "$OUT/failed.tsv"
	assert_output "$(printf '%s\tnf-normalize\t%s' "$IN/lie.warc" "$msg")"
	run -0 values "$OUT"
	assert_output "$(printf '%s\n' 2025-03-04 2025-03-05 2025-03-14 2025-03-16 value)"
	run -0 --separate-stderr news-ingest -q -o "$OUT" "$IN"
	[ -z "$stderr" ]
	run -0 values "$OUT"
	assert_output "$(printf '%s\n' 2025-03-04 2025-03-05 2025-03-14 2025-03-16 value)"
}

@test "news-ingest: a folder's scripts, styles, data and a saved page's NAME_files folder are not read as pages" {
	mkdir "$IN/Page_files"
	printf '<html><title>T</title><p>It rose 4%% on 2025-03-06.</p></html>\n' >"$IN/Page.html"
	printf 'var d = "2025-03-07";\n' | tee "$IN/Page_files/app.js" >"$IN/app.js"
	printf '<p>On 2025-03-07.</p>\n' >"$IN/Page_files/ad.html"
	printf '{"date": "2025-03-07"}\n' >"$IN/data.json"
	printf 'p { margin: 0 } /* 2025-03-07 */\n' >"$IN/site.css"
	run -0 --separate-stderr news-ingest -o "$OUT" "$IN"
	[ "$stderr" = "news-ingest: 3 new file(s) added to $OUT/figures.csv and $OUT/dates.csv" ] || fail "$stderr"
	run -0 values "$OUT"
	assert_output "$(printf '%s\n' 2025-03-04 2025-03-05 2025-03-06 value)"
}

@test "news-ingest --xlsx: facts.xlsx holds the CSV files' rows in typed cells; while it is there, later runs keep it up to date" {
	/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || skip "python3-openpyxl is not installed"
	check_xlsx() {
		"$ROOT/tests/sheet-dump" "$OUT/facts.xlsx" >"$BATS_TEST_TMPDIR/dump"
		run -0 "$ROOT/tests/csv-vs-sheet" "$BATS_TEST_TMPDIR/dump" figures="$OUT/figures.csv" dates="$OUT/dates.csv"
		assert_line --index 0 --regexp "^figures: $1 rows, "
		assert_line --index 1 --regexp "^dates: $2 rows, [0-9]+ numbers, [1-9][0-9]* dates, "
		assert_line --index 2 'bad 0'
	}
	printf '滨江\n\n杭州市滨江区今年投入10亿元，新政于2025年3月9日发布。\n' >"$IN/zh.txt"
	run -0 news-ingest -q --xlsx -o "$OUT" "$IN"
	check_xlsx 1 4
	# a later run without --xlsx still keeps it up to date, a run that
	# adds nothing leaves it as it is
	printf 'News\n\nSales grew 7%% on 2025-03-08.\n' >"$IN/e.txt"
	run -0 news-ingest -q -o "$OUT" "$IN"
	check_xlsx 2 5
	before=$(stat -c %Y.%i "$OUT/facts.xlsx")
	run -0 news-ingest -q --xlsx -o "$OUT" "$IN"
	[ "$(stat -c %Y.%i "$OUT/facts.xlsx")" = "$before" ]
	# removed, and no --xlsx: no workbook
	rm "$OUT/facts.xlsx"
	printf 'More\n\nSales fell 2%% on 2025-03-09.\n' >"$IN/f.txt"
	run -0 news-ingest -q -o "$OUT" "$IN"
	run -0 ls -A "$OUT"
	assert_output "$(printf '%s\n' .news-ingest .news-ingest.lock dates.csv figures.csv)"
}

@test "news-ingest: a failed run adds nothing and records nothing" {
	run -0 news-ingest -q -o "$OUT" "$IN"
	before=$(cat "$OUT/dates.csv"; sqlite3 "$OUT/.news-ingest/state.db" 'SELECT path, hash FROM files')
	printf 'News\n\nSales grew on 2025-03-06.\n' >"$IN/e.txt"
	fake_bin
	rm "$FAKE/nf-csv"
	# fails on rows, not on the header news-ingest asks for
	printf '#!/bin/sh\ncase "$*" in *-n*) echo "nf-csv: write error: No space left on device" >&2; exit 1 ;; esac\nexec "%s/nf-csv" "$@"\n' "$NF_BIN" >"$FAKE/nf-csv"
	chmod +x "$FAKE/nf-csv"
	run -1 --separate-stderr env NF_BIN="$FAKE" news-ingest -q -o "$OUT" "$IN"
	[ "$stderr" = "$(printf '%s\n' "nf-csv: write error: No space left on device" "news-ingest: nothing added to $OUT")" ] || fail "$stderr"
	[ "$(cat "$OUT/dates.csv"; sqlite3 "$OUT/.news-ingest/state.db" 'SELECT path, hash FROM files')" = "$before" ]
	run -0 ls -A "$OUT/.news-ingest"
	assert_output state.db
}

@test "news-ingest: the state keeps records: CSV files of other columns are written anew from them, reading no page again" {
	run -0 news-ingest -q -o "$OUT" "$IN"
	want=$(cat "$OUT/figures.csv" "$OUT/dates.csv")
	# as if the CSV files had been written by a newsfacts of other columns
	sqlite3 "$OUT/.news-ingest/state.db" "UPDATE meta SET figures_header = replace(figures_header, 'unit,unit_text,per,', 'unit,')"
	printf 'old\r\n' >"$OUT/figures.csv"
	run -0 --separate-stderr news-ingest -o "$OUT" "$IN"
	[ "$stderr" = "news-ingest: nothing new" ] || fail "$stderr"
	[ "$(cat "$OUT/figures.csv" "$OUT/dates.csv")" = "$want" ]
}

@test "news-ingest: an OUTDIR of an older newsfacts (rows kept as CSV text) is refused, saying which columns and what to do" {
	run -0 news-ingest -q -o "$OUT" "$IN"
	# as the state of the version before records, unit_text, per and mod
	sqlite3 "$OUT/.news-ingest/state.db" "UPDATE meta SET figures_header = replace(figures_header, 'unit,unit_text,per,', 'unit,'),
	    dates_header = replace(dates_header, 'value,mod,', 'value,'); PRAGMA user_version = 0"
	printf 'News\n\nSales grew on 2025-03-06.\n' >"$IN/e.txt"
	before=$(cat "$OUT"/*.csv; sqlite3 "$OUT/.news-ingest/state.db" .dump)
	run -1 --separate-stderr news-ingest -q -o "$OUT" "$IN"
	[ "$stderr" = "$(printf '%s\n' "news-ingest: $OUT holds rows of an older newsfacts, kept as CSV text in the columns of their day; figures.csv: new columns per, unit_text; dates.csv: new columns mod" \
	    "news-ingest: to read every page again with the new columns, move the folder aside (mv $OUT $OUT.old, which keeps the rows of pages since deleted) and run again, or give -o a new folder")" ] || fail "$stderr"
	[ "$(cat "$OUT"/*.csv; sqlite3 "$OUT/.news-ingest/state.db" .dump)" = "$before" ]
	# and doing what it says works
	mv "$OUT" "$OUT.old"
	run -0 news-ingest -q -o "$OUT" "$IN"
	run -0 values "$OUT"
	assert_output "$(printf '%s\n' 2025-03-04 2025-03-05 2025-03-06 value)"
}

@test "news-ingest: a second run while one holds the lock exits 4 and changes nothing" {
	slow_segment
	env NF_BIN="$FAKE" news-ingest -q -o "$OUT" "$IN" 3>&- &
	first=$!
	wait_for_slow
	run -4 --separate-stderr news-ingest -o "$OUT" "$IN"
	[ "$stderr" = "news-ingest: another run holds $OUT/.news-ingest.lock" ]
	kill "$(cat "$BATS_TEST_TMPDIR/slow.pid")"
	wait "$first" || true
	run -0 news-ingest -q -o "$OUT" "$IN"
	run -0 values "$OUT"
	assert_output "$(printf '%s\n' 2025-03-04 2025-03-05 value)"
}

@test "news-ingest: killed with SIGKILL, its orphaned children do not keep the lock; the next run cleans up and adds each row once" {
	slow_segment
	env NF_BIN="$FAKE" news-ingest -q -o "$OUT" "$IN" 3>&- &
	first=$!
	wait_for_slow
	kill -KILL "$first"
	wait "$first" || true
	kill -0 "$(cat "$BATS_TEST_TMPDIR/slow.pid")"    # the orphan still runs
	run -0 ls "$OUT/.news-ingest"
	assert_line --regexp '^run\.'
	run -0 --separate-stderr news-ingest -o "$OUT" "$IN"
	[ "$stderr" = "news-ingest: 2 new file(s) added to $OUT/figures.csv and $OUT/dates.csv" ]
	run -0 ls -A "$OUT/.news-ingest"
	assert_output state.db
	run -0 values "$OUT"
	assert_output "$(printf '%s\n' 2025-03-04 2025-03-05 value)"
}

@test "news-ingest: SIGTERM, SIGINT and SIGHUP end a run with its temporary folders removed and nothing added" {
	for sig in TERM INT HUP; do
		rm -f "$BATS_TEST_TMPDIR/slow.pid"
		slow_segment
		# (an async command ignores SIGINT, nohup SIGHUP, unless told otherwise)
		env --default-signal=HUP,INT,TERM NF_BIN="$FAKE" TMPDIR="$BATS_TEST_TMPDIR/tmp" news-ingest -q -o "$OUT" "$IN" 3>&- &
		first=$!
		wait_for_slow
		kill -"$sig" "$first"
		status=0
		wait "$first" || status=$?
		[ $status -gt 128 ] || fail "$sig: exit $status"
		run -0 ls -A "$OUT/.news-ingest"
		assert_output state.db
		[ ! -e "$OUT/figures.csv" ]
		kill "$(cat "$BATS_TEST_TMPDIR/slow.pid")" 2>/dev/null || true
	done
	[ ! -e "$BATS_TEST_TMPDIR/tmp" ] || [ -z "$(ls -A "$BATS_TEST_TMPDIR/tmp")" ]
}

@test "news-ingest: bad usage" {
	run -2 --separate-stderr news-ingest "$IN"
	[ "$stderr" = "$(printf '%s\n' "news-ingest: -o OUTDIR is required" "Try 'news-ingest --help' for more information.")" ]
	run -2 --separate-stderr news-ingest -o "$OUT"
	[ "$stderr" = "$(printf '%s\n' "news-ingest: no DIR or FILE to watch" "Try 'news-ingest --help' for more information.")" ]
	run -2 --separate-stderr news-ingest -o "$OUT" --ref 2025-3-4 "$IN"
	[ "$stderr" = "$(printf '%s\n' "news-ingest: --ref wants a date YYYY-MM-DD, not '2025-3-4'" "Try 'news-ingest --help' for more information.")" ]
	run -1 --separate-stderr news-ingest -o "$OUT" "$IN/nope"
	[ "$stderr" = "news-ingest: $IN/nope: No such file or directory" ]
	run -0 news-ingest --help
	assert_line --index 0 "usage: news-ingest [-q] [-j N] -o OUTDIR [--ref YYYY-MM-DD] [--all] [--xlsx] DIR|FILE ..."
}
