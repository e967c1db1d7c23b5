#!/usr/bin/env bats
# pipelines/news2csv and pipelines/news-ingest: whole jobs, their files and
# their failures.

load common
setup() {
	common_setup
	IN=$BATS_TEST_TMPDIR/in
	OUT=$BATS_TEST_TMPDIR/out
	mkdir -p "$IN/sub" "$IN/.hidden"
	printf 'Markets\n\nThe index rose on 2025-03-04.\n' >"$IN/a.txt"
	printf 'Later\n\nIt fell on 2025-03-05.\n' >"$IN/sub/b.txt"
	printf 'ignored 2025-01-01\n' >"$IN/.hidden/c.txt"
	printf 'ignored 2025-01-02\n' >"$IN/.d.txt"
}

# a folder of fake filters: the real ones, except NAME, which fails
fake_bin_failing() {
	local name=$1
	FAKE=$BATS_TEST_TMPDIR/fakebin
	mkdir -p "$FAKE"
	for f in nf-normalize nf-segment nf-figures nf-dates nf-csv; do
		ln -sf "$NF_BIN/$f" "$FAKE/$f"
	done
	rm -f "$FAKE/$name"
	printf '#!/bin/sh\necho "%s: simulated failure" >&2\nexit 1\n' "$name" >"$FAKE/$name"
	chmod +x "$FAKE/$name"
}

@test "news2csv: a folder becomes figures.csv and dates.csv; hidden files are skipped" {
	run -0 --separate-stderr news2csv -o "$OUT" "$IN"
	[ "$stderr" = "news2csv: read 2 file(s): 0 figures in $OUT/figures.csv, 2 dates in $OUT/dates.csv" ]
	run -0 head -n 1 "$OUT/figures.csv"
	assert_output "$(printf 'doc,article,title,published,para,sent,role,lang,kind,match,value,value_max,unit,qualifier,equiv_of,match_start,match_end,note,text\r')"
	run -0 sh -c 'cut -d, -f1,10,11 "$1" | tr -d "\r"' _ "$OUT/dates.csv"
	assert_output "$(printf '%s\n' doc,match,value "$IN/a.txt,2025-03-04,2025-03-04" "$IN/sub/b.txt,2025-03-05,2025-03-05")"
}

@test "news2csv: a failing filter fails the job and leaves no CSV behind" {
	fake_bin_failing nf-dates
	run -1 --separate-stderr env NF_BIN="$FAKE" news2csv -o "$OUT" "$IN"
	[ "$stderr" = "nf-dates: simulated failure" ]
	run -0 ls -A "$OUT"
	assert_output ""
}

@test "news2csv: a failing job keeps the previous CSV files intact" {
	run -0 news2csv -q -o "$OUT" "$IN"
	before=$(cat "$OUT/dates.csv")
	fake_bin_failing nf-segment
	run -1 env NF_BIN="$FAKE" news2csv -q -o "$OUT" "$IN"
	[ "$(cat "$OUT/dates.csv")" = "$before" ]
	run -0 ls -A "$OUT"
	assert_output "$(printf 'dates.csv\nfigures.csv')"
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
	[ "$stderr" = "$(printf "news2csv: unknown option '--frobnicate'\nTry 'news2csv --help' for more information.")" ]
	run -2 --separate-stderr news2csv --ref 2025-3-4 "$IN"
	[ "$stderr" = "$(printf "news2csv: --ref wants a date YYYY-MM-DD, not '2025-3-4'\nTry 'news2csv --help' for more information.")" ]
	run -1 --separate-stderr news2csv -o "$OUT" "$IN/nope"
	[ "$stderr" = "news2csv: $IN/nope: No such file or directory" ]
	run -0 news2csv --help
	assert_line --index 0 "usage: news2csv [-q] [-k] [-o OUTDIR] [--ref YYYY-MM-DD] [--all] [FILE|DIR ...]"
}

@test "news-ingest: reads each file once, appends new rows under one header" {
	run -0 --separate-stderr news-ingest -o "$OUT" "$IN"
	[ "$stderr" = "news-ingest: 2 new file(s) added to $OUT/figures.csv and $OUT/dates.csv" ]
	run -0 --separate-stderr news-ingest -o "$OUT" "$IN"
	[ "$stderr" = "news-ingest: nothing new" ]
	printf 'News\n\nSales grew on 2025-03-06.\n' >"$IN/e.txt"
	run -0 --separate-stderr news-ingest -o "$OUT" "$IN"
	[ "$stderr" = "news-ingest: 1 new file(s) added to $OUT/figures.csv and $OUT/dates.csv" ]
	run -0 sh -c 'cut -d, -f11 "$1" | tr -d "\r"' _ "$OUT/dates.csv"
	assert_output "$(printf '%s\n' value 2025-03-04 2025-03-05 2025-03-06)"
}

@test "news-ingest: a failed run appends nothing and records nothing" {
	run -0 news-ingest -q -o "$OUT" "$IN"
	before=$(cat "$OUT/dates.csv" "$OUT/.news-ingest.seen")
	printf 'News\n\nSales grew on 2025-03-06.\n' >"$IN/e.txt"
	fake_bin_failing nf-figures
	run -1 env NF_BIN="$FAKE" news-ingest -q -o "$OUT" "$IN"
	[ "$(cat "$OUT/dates.csv" "$OUT/.news-ingest.seen")" = "$before" ]
}

@test "news-ingest: a second run while one holds the lock exits 2" {
	mkdir -p "$OUT"
	exec 8>"$OUT/.news-ingest.lock"
	flock 8
	run -2 --separate-stderr news-ingest -o "$OUT" "$IN"
	[ "$stderr" = "news-ingest: another run holds $OUT/.news-ingest.lock" ]
	exec 8>&-
}
