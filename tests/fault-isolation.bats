#!/usr/bin/env bats
# Issue 11: a filter that meets a bad input file says so, naming the file,
# and goes on with the next one; the exit status still says it (1).

load common
setup() {
	common_setup
	T=$BATS_TEST_TMPDIR
	printf 'Title here\n\nThe fund raised 10 billion yuan in 2019.\n' >"$T/page.txt"
	nf-normalize "$T/page.txt" >"$T/doc.jsonl"
	nf-segment "$T/doc.jsonl" >"$T/sent.jsonl"
}

@test "every record filter: a malformed line ends its file with FILE:LINE; the next file is still read; exit 1" {
	for f in nf-segment nf-figures nf-dates nf-csv; do
		good=$T/sent.jsonl
		[ "$f" = nf-segment ] && good=$T/doc.jsonl
		{ head -n 1 "$good"; echo 'not json'; head -n 1 "$good"; } >"$T/bad.jsonl"
		run -1 --separate-stderr "$f" "$T/bad.jsonl" "$good"
		[ "$stderr" = "$f: $T/bad.jsonl:2: invalid JSON: '[' or '{' expected near 'not'" ] || fail "$f: $stderr"
		# what came before the bad line, then the whole next file
		head -n 1 "$good" >"$T/first.jsonl"
		run -0 "$f" "$T/first.jsonl" "$good"
		want=$output
		run -1 --separate-stderr "$f" "$T/bad.jsonl" "$good"
		[ "$output" = "$want" ] || fail "$f: the next file was not read whole: $output"
	done
}

@test "nf-normalize: a truncated .warc.gz and an unreadable file are named; the next file is still read; exit 1" {
	head -c 900 "$FIX/encodings/in/small.warc.gz" >"$T/cut.warc.gz"
	run -1 --separate-stderr nf-normalize "$T/cut.warc.gz" "$T/nope.txt" "$T/page.txt"
	[ "$stderr" = "$(printf '%s\n' "nf-normalize: $T/cut.warc.gz: WARC record 3 (https://news.example.cn/binjiang) at offset 554: truncated gzip stream" \
	    "nf-normalize: $T/nope.txt: No such file or directory")" ] || fail "$stderr"
	[ "${lines[-1]}" = "$(cat "$T/doc.jsonl")" ]
}
