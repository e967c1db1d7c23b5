#!/usr/bin/env bats
# The contract every filter keeps, checked the same way for all five: a full
# disk is an error, a closed pipe is a quiet stop with the output so far, a
# missing file is named while the others are still read, and a big input
# passes through whole.

load common
setup() {
	common_setup
	T=$BATS_TEST_TMPDIR
	printf 'Title here\n\nThe fund raised 10 billion yuan in 2019.\n' >"$T/page.txt"
	nf-normalize "$T/page.txt" >"$T/doc.jsonl"
	nf-segment "$T/doc.jsonl" >"$T/sent.jsonl"
}

# repeat N FILE: the lines of FILE, N times over
repeat() {
	awk -v n="$1" '{ l[NR] = $0 } END { for (i = 0; i < n; i++) for (j = 1; j <= NR; j++) print l[j] }' "$2"
}

# the input each filter reads
input_of() {
	case $1 in
	nf-normalize) echo "$T/page.txt" ;;
	nf-segment) echo "$T/doc.jsonl" ;;
	*) echo "$T/sent.jsonl" ;;
	esac
}

@test "every filter: a full disk is exit 1 with 'write error', never silent success" {
	[ -w /dev/full ] || skip "no /dev/full"
	for f in nf-normalize nf-segment nf-figures nf-dates nf-csv; do
		run -1 --separate-stderr sh -c '"$1" "$2" >/dev/full' _ "$f" "$(input_of "$f")"
		[ "$stderr" = "$f: write error: No space left on device" ] || fail "$f: $stderr"
	done
}

@test "every filter: a missing file is named, the other files are still read, exit 1" {
	for f in nf-normalize nf-segment nf-figures nf-dates nf-csv; do
		in=$(input_of "$f")
		run -1 --separate-stderr "$f" "$T/nope" "$in"
		[[ $stderr == *"$f: $T/nope: No such file or directory"* ]] || fail "$f: $stderr"
		[ -n "$output" ] || fail "$f wrote nothing for $in"
	done
}

@test "every filter: a closed pipe stops it quietly; the records before are whole" {
	# 20000 copies of each input: far more than a pipe buffer
	repeat 20000 "$T/sent.jsonl" >"$T/big.sent.jsonl"
	repeat 20000 "$T/doc.jsonl" >"$T/big.doc.jsonl"
	for f in nf-segment nf-figures nf-dates nf-csv; do
		in=$T/big.sent.jsonl
		[ "$f" = nf-segment ] && in=$T/big.doc.jsonl
		run -0 --separate-stderr bash -c '"$1" "$2" | head -1' _ "$f" "$in"
		[ -z "$stderr" ] || fail "$f said: $stderr"
		[ "${#lines[@]}" -eq 1 ] || fail "$f: ${#lines[@]} lines"
		[ "$f" = nf-csv ] || jq -e . <<<"$output" >/dev/null || fail "$f: half a record: $output"
	done
}

@test "every filter: a big input passes through whole (one record out per record in)" {
	repeat 5000 "$T/doc.jsonl" >"$T/big.doc.jsonl"
	run -0 sh -c 'nf-segment "$1" | nf-dates | wc -l' _ "$T/big.doc.jsonl"
	assert_output 5000
	run -0 sh -c 'nf-segment "$1" | nf-figures | nf-csv -n | wc -l' _ "$T/big.doc.jsonl"
	assert_output 5000
}

@test "nf-figures, nf-dates: a record already holding their keys keeps every other key too" {
	# they build only the keys they read; the copy path must still see all
	rec='{"doc":"d","x":[1,{"y":"z"}],"title":"T\u00e9","article":2,"start":0,"text":"It cost $5 million in 2019.","kind":"old","match_end":1}'
	run -0 nf-figures <<<"$rec"
	assert_output '{"doc":"d","x":[1,{"y":"z"}],"title":"Té","article":2,"start":0,"text":"It cost $5 million in 2019.","kind":"money","match_end":18,"match":"$5 million","value":5000000,"unit":"USD","unit_text":"$","per":null,"qualifier":null,"value_max":null,"match_start":8,"equiv_of":null}'
	run -0 nf-dates <<<"$rec"
	assert_output '{"doc":"d","x":[1,{"y":"z"}],"title":"Té","article":2,"start":0,"text":"It cost $5 million in 2019.","kind":"date","match_end":26,"match":"2019","value":"2019","from":"2019-01-01","to":"2019-12-31","anchor":null,"match_start":22}'
}
