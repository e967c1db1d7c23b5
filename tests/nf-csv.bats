#!/usr/bin/env bats
# nf-csv: records to RFC 4180 CSV.

load common
setup() { common_setup; }

@test "nf-csv: figure records get the figure columns, plain decimals, CRLF" {
	printf '%s\n' \
	  '{"doc":"a.txt","article":1,"title":"T","published":null,"para":2,"sent":1,"kind":"money","match":"10 billion yuan","value":10000000000,"value_max":null,"unit":"CNY","qualifier":"gt","match_start":5,"match_end":20,"text":"More than 10 billion yuan, said \"they\"."}' \
	  '{"doc":"a.txt","article":1,"title":"T","published":null,"para":2,"sent":1,"kind":"money","match":"$1.47 billion","value":1.47e9,"value_max":null,"unit":"USD","qualifier":null,"equiv_of":5,"match_start":22,"match_end":35,"text":"x"}' \
	  >"$BATS_TEST_TMPDIR/in.jsonl"
	run -0 nf-csv "$BATS_TEST_TMPDIR/in.jsonl"
	assert_output "$(printf '%s\r\n' \
	  'doc,article,title,published,para,sent,kind,match,value,value_max,unit,qualifier,equiv_of,match_start,match_end,text' \
	  'a.txt,1,T,,2,1,money,10 billion yuan,10000000000,,CNY,gt,,5,20,"More than 10 billion yuan, said ""they""."' \
	  'a.txt,1,T,,2,1,money,$1.47 billion,1470000000,,USD,,5,22,35,x')"
}

@test "nf-csv: -f picks and orders columns; --lf; reals print without exponent" {
	run -0 nf-csv --lf -f value,doc <<'IN'
{"doc":"b","value":128.99}
{"doc":"c","value":1e-6}
{"doc":"d","value":1e20}
{"value":-0.5,"doc":" lead"}
IN
	assert_output "$(printf '%s\n' 'value,doc' '128.99,b' '0.000001,c' '100000000000000000000,d' '-0.5," lead"')"
}

@test "nf-csv: unknown records get all their keys; -n drops the header; tab delimiter" {
	run -0 nf-csv -n -d tab --lf <<'IN'
{"x":"a\tb","y":[1,2],"z":true}
IN
	assert_output "$(printf '"a\tb"\t[1,2]\ttrue')"
}

@test "nf-csv: multi-line text stays in one quoted cell; Chinese passes through" {
	run -0 nf-csv --lf -f text <<'IN'
{"text":"杭州\n第二行"}
IN
	assert_output "$(printf 'text\n"杭州\n第二行"')"
}

@test "nf-csv: empty input prints nothing, with -f prints the header" {
	run -0 nf-csv </dev/null
	assert_output ""
	run -0 nf-csv --lf -f a,b </dev/null
	assert_output "a,b"
}

@test "nf-csv: --bom starts the output with a UTF-8 byte order mark" {
	run -0 nf-csv --bom --lf -f a <<<'{"a":1}'
	assert_output "$(printf '\xef\xbb\xbfa\n1')"
}

@test "nf-csv: a malformed line stops the run with FILE:LINE, rows before it stay" {
	printf '{"a":1}\n{"a":2,}\n{"a":3}\n' >"$BATS_TEST_TMPDIR/bad.jsonl"
	run -1 --separate-stderr nf-csv --lf "$BATS_TEST_TMPDIR/bad.jsonl"
	assert_output "$(printf 'a\n1')"
	[ "$stderr" = "nf-csv: $BATS_TEST_TMPDIR/bad.jsonl:2: invalid JSON: string or '}' expected near '}'" ]
}

@test "nf-csv: --skip-bad skips and counts malformed lines" {
	run -0 --separate-stderr nf-csv --lf --skip-bad <<'IN'
{"a":1}
[1,2]
{"a":3}
IN
	assert_output "$(printf 'a\n1\n3')"
	[ "$stderr" = "nf-csv: skipped 1 bad line" ]
}

@test "nf-csv: invalid UTF-8 inside a record is bad input" {
	printf '{"a":"\xff"}\n' >"$BATS_TEST_TMPDIR/bad.jsonl"
	run -1 --separate-stderr nf-csv "$BATS_TEST_TMPDIR/bad.jsonl"
	[ "$stderr" = "nf-csv: $BATS_TEST_TMPDIR/bad.jsonl:1: invalid JSON: unable to decode byte 0xff near '\"'" ]
}

@test "nf-csv: a missing file is reported, the others still read" {
	run -1 --separate-stderr nf-csv --lf - "$BATS_TEST_TMPDIR/nope" <<<'{"a":1}'
	assert_output "$(printf 'a\n1')"
	[ "$stderr" = "nf-csv: $BATS_TEST_TMPDIR/nope: No such file or directory" ]
}

@test "nf-csv: --help, --version, bad usage" {
	run -0 nf-csv --help
	assert_line --index 0 --partial "usage: nf-csv"
	run -0 nf-csv --version
	assert_output "nf-csv (newsfacts) 0.1.0"
	run -2 --separate-stderr nf-csv --frobnicate
	[ "$stderr" = "$(printf "nf-csv: unrecognized option '--frobnicate'\nTry 'nf-csv --help' for more information.")" ]
	run -2 --separate-stderr nf-csv -d ab
	[ "$stderr" = "$(printf "nf-csv: -d wants one byte other than a quote or newline, not 'ab'\nTry 'nf-csv --help' for more information.")" ]
}

@test "nf-csv: a full disk is an error, not silent success" {
	[ -w /dev/full ] || skip "no /dev/full"
	run -1 --separate-stderr sh -c 'nf-csv -f a >/dev/full <<EOF
{"a":1}
EOF'
	[ "$stderr" = "nf-csv: write error: No space left on device" ]
}
