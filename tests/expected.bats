#!/usr/bin/env bats
# Each fixture article with the CSV news2csv must produce for it, checked in
# as fixtures/expected/NAME.figures.csv and NAME.dates.csv (written by
# tools/update-expected after a deliberate change, and read as a diff).

load common
setup() { common_setup; }

@test "news2csv: every fixture article gives exactly its expected figures.csv and dates.csv" {
	cd "$ROOT"
	local n=0
	for a in fixtures/articles/*.txt fixtures/articles/*.html; do
		case $a in *.lines.txt) continue ;; esac   # an article's text line by line, for nf-score
		name=$(basename "$a"); name=${name%.*}
		out=$BATS_TEST_TMPDIR/$name
		run -0 news2csv -q -o "$out" "$a"
		for t in figures dates; do
			[ -f "fixtures/expected/$name.$t.csv" ] || fail "fixtures/expected/$name.$t.csv is missing"
			run diff -u "fixtures/expected/$name.$t.csv" "$out/$t.csv"
			[ "$status" -eq 0 ] || fail "$name.$t.csv differs from the expected output
(a deliberate change? run tools/update-expected and review git diff fixtures/expected):
$output"
		done
		n=$((n + 1))
	done
	[ "$n" -ge 8 ]
}

@test "news2csv: the expected CSV files are real CSV with rows for every article" {
	cd "$ROOT"
	for a in fixtures/articles/*.txt fixtures/articles/*.html; do
		case $a in *.lines.txt) continue ;; esac   # an article's text line by line, for nf-score
		name=$(basename "$a"); name=${name%.*}
		run -0 head -1 "fixtures/expected/$name.dates.csv"
		assert_output $'doc,article,title,published,para,sent,role,lang,kind,match,value,mod,from,to,anchor,match_start,match_end,note,text\r'
		[ "$(wc -l <"fixtures/expected/$name.dates.csv")" -gt 1 ] || fail "$name has no dates"
		[ "$(wc -l <"fixtures/expected/$name.figures.csv")" -gt 1 ] || fail "$name has no figures"
	done
}
