#!/usr/bin/env bats
# nf-normalize: bytes in any encoding to doc records.  The per-encoding
# fixtures run in tests/tap/encodings; these cover the command line.

load common
setup() { common_setup; }

@test "nf-normalize: UTF-8 text becomes one doc record, keys in order" {
	printf 'Caf\xc3\xa9 r\xc3\xa9sum\xc3\xa9 na\xc3\xafve Z\xc3\xbcrich\r\n' >"$BATS_TEST_TMPDIR/a.txt"
	run -0 nf-normalize "$BATS_TEST_TMPDIR/a.txt"
	assert_output "{\"doc\":\"$BATS_TEST_TMPDIR/a.txt\",\"text\":\"Café résumé naïve Zürich\\n\",\"encoding\":\"UTF-8\",\"confidence\":0.98,\"detected_by\":\"utf8\",\"replaced\":0,\"repairs\":0}"
}

@test "nf-normalize: an empty file is one empty document" {
	: >"$BATS_TEST_TMPDIR/empty.txt"
	run -0 nf-normalize "$BATS_TEST_TMPDIR/empty.txt"
	assert_output "{\"doc\":\"$BATS_TEST_TMPDIR/empty.txt\",\"text\":\"\",\"encoding\":\"UTF-8\",\"confidence\":1,\"detected_by\":\"ascii\",\"replaced\":0,\"repairs\":0}"
}

@test "nf-normalize: a missing file is reported, the others still processed, exit 1" {
	printf 'ok\n' >"$BATS_TEST_TMPDIR/b.txt"
	run -1 --separate-stderr nf-normalize --text "$BATS_TEST_TMPDIR/nope" "$BATS_TEST_TMPDIR/b.txt"
	assert_output "ok"
	[ "$stderr" = "nf-normalize: $BATS_TEST_TMPDIR/nope: No such file or directory" ]
}

@test "nf-normalize: stdin as - and no argument; form feeds split documents" {
	run -0 nf-normalize - <<<"hello"
	assert_output '{"doc":"-","text":"hello\n","encoding":"UTF-8","confidence":1,"detected_by":"ascii","replaced":0,"repairs":0}'
	run -0 sh -c 'printf "a\fb\f\fc\f" | nf-normalize | jq -c "[.doc,.text]"'
	assert_output "$(printf '%s\n' '["-#1","a"]' '["-#2","b"]' '["-#4","c"]')"
}

@test "nf-normalize: --text prints the text alone, documents separated by form feeds" {
	run -0 sh -c 'printf "one\r\ntwo\fthree" | nf-normalize --text | od -An -c | tr -s " "'
	assert_output " o n e \n t w o \f t h r e e"
}

@test "nf-normalize: --from decodes without detection; an unknown name is a usage error" {
	printf '\xba\xbc\xd6\xdd' >"$BATS_TEST_TMPDIR/gb.txt"
	run -0 sh -c "nf-normalize --from gbk '$BATS_TEST_TMPDIR/gb.txt' | jq -c '[.text,.encoding,.detected_by]'"
	assert_output '["杭州","GB18030","option"]'
	run -2 --separate-stderr nf-normalize --from klingon "$BATS_TEST_TMPDIR/gb.txt"
	[ "$stderr" = "$(printf "nf-normalize: unknown encoding 'klingon' for --from\nTry 'nf-normalize --help' for more information.")" ]
}

@test "nf-normalize: undecodable bytes become U+FFFD, counted, with a warning" {
	printf 'ok \xe6\x9d' >"$BATS_TEST_TMPDIR/t.txt"
	run -0 --separate-stderr nf-normalize --from utf-8 "$BATS_TEST_TMPDIR/t.txt"
	assert_output "{\"doc\":\"$BATS_TEST_TMPDIR/t.txt\",\"text\":\"ok �\",\"encoding\":\"UTF-8\",\"confidence\":1,\"detected_by\":\"option\",\"replaced\":1,\"repairs\":0}"
	[ "$stderr" = "nf-normalize: $BATS_TEST_TMPDIR/t.txt: replaced 1 undecodable byte sequence with U+FFFD (first at byte 3, read as UTF-8)" ]
}

@test "nf-normalize: --strict makes undecodable bytes an error and skips the document" {
	printf 'ok \xff bad' >"$BATS_TEST_TMPDIR/s.txt"
	printf 'fine\n' >"$BATS_TEST_TMPDIR/f.txt"
	run -1 --separate-stderr nf-normalize --strict --text --from utf-8 "$BATS_TEST_TMPDIR/s.txt" "$BATS_TEST_TMPDIR/f.txt"
	assert_output "fine"
	[ "$stderr" = "nf-normalize: $BATS_TEST_TMPDIR/s.txt: 1 undecodable byte sequence (first at byte 3, read as UTF-8): document not written (--strict)" ]
}

@test "nf-normalize: mojibake is repaired, --no-repair leaves it; correct text is untouched" {
	run -0 sh -c "printf 'It\\342\\200\\231s caf\\303\\251 \\303\\242\\342\\202\\254\\342\\204\\242 Ã©\\n' | nf-normalize | jq -c '[.text,.repairs]'"
	assert_output '["It’s café ’ é\n",2]'
	run -0 sh -c "printf 'caf\\303\\203\\302\\251\\n' | nf-normalize --no-repair --text"
	assert_output "cafÃ©"
}

@test "nf-normalize: each normalization can be turned off" {
	in='A&amp;B\302\240C\342\200\213D\357\274\225\r\nE\001e\314\201'
	run -0 sh -c "printf '$in' | nf-normalize --text | od -An -c | tr -s ' '"
	assert_output " A & B C D 5 \n E 303 251"
	run -0 sh -c "printf '$in' | nf-normalize --text --no-entities --no-spaces --no-zero-width --no-fullwidth --no-newlines --no-controls --no-nfc | od -An -tx1 | tr -d ' \n'"
	assert_output "4126616d703b42c2a043e2808b44efbc950d0a450165cc81"
}

@test "nf-normalize: a WARC file gives one record per conversion/response record" {
	need_shared
	run -0 --separate-stderr sh -c "nf-normalize '$SHARED/wet/whirlwind.warc.wet.gz' | jq -c '[.doc,.fetched,.encoding]'"
	assert_output '["https://an.wikipedia.org/wiki/Escopete","2024-05-18T01:58:10Z","UTF-8"]'
	[ "$stderr" = "nf-normalize: $SHARED/wet/whirlwind.warc.wet.gz: skipped 1 of 2 WARC records: 1 warcinfo" ]
	run -0 --separate-stderr sh -c "nf-normalize -q '$SHARED/wet/whirlwind.warc.wet.gz' | jq -r .doc"
	assert_output 'https://an.wikipedia.org/wiki/Escopete'
	[ "$stderr" = "" ]
}

@test "nf-normalize: a lying Content-Length and a truncated gzip are errors after the good records" {
	cp "$FIX/encodings/in/small.warc" "$BATS_TEST_TMPDIR/bad.warc"
	sed -i 's/Content-Length: 825/Content-Length: 700/' "$BATS_TEST_TMPDIR/bad.warc"
	run -1 --separate-stderr bash -c "set -o pipefail; nf-normalize '$BATS_TEST_TMPDIR/bad.warc' | jq -r .doc"
	assert_output "https://news.example.cn/binjiang"
	[ "$stderr" = "nf-normalize: $BATS_TEST_TMPDIR/bad.warc: WARC record 5 (https://harbour.example.com/cafe) at offset 1738: no WARC record follows the block (wrong Content-Length?)" ]
	head -c 900 "$FIX/encodings/in/small.warc.gz" >"$BATS_TEST_TMPDIR/t.warc.gz"
	run -1 --separate-stderr nf-normalize "$BATS_TEST_TMPDIR/t.warc.gz"
	assert_output ""
	[ "${stderr%%: WARC record*}" = "nf-normalize: $BATS_TEST_TMPDIR/t.warc.gz" ]
	[ "${stderr##*: }" = "truncated gzip stream" ]
}

@test "nf-normalize: the seeds pass through unchanged" {
	need_shared
	for f in "$SHARED"/seeds/*.txt; do
		run -0 nf-normalize --text "$f"
		[ "$output" = "$(cat "$f")" ]
		run -0 sh -c "nf-normalize '$f' | jq -c '[.replaced,.repairs]'"
		assert_output '[0,0]'
	done
}

@test "nf-normalize: --help, --version, unknown option" {
	run -0 nf-normalize --help
	assert_line --index 0 "usage: nf-normalize [--text] [--format text|html|auto] [--from ENC] [--strict]"
	run -0 nf-normalize --version
	assert_output "nf-normalize (newsfacts) 0.1.0"
	run -2 --separate-stderr nf-normalize --frobnicate
	[ "$stderr" = "$(printf "nf-normalize: unrecognized option '--frobnicate'\nTry 'nf-normalize --help' for more information.")" ]
}

@test "nf-normalize: a full disk is an error; a closed pipe just stops" {
	[ -w /dev/full ] || skip "no /dev/full"
	run -1 --separate-stderr sh -c 'echo hi | nf-normalize >/dev/full'
	[ "$stderr" = "nf-normalize: write error: No space left on device" ]
	run -0 sh -c "yes 'a line of news text' | head -c 3000000 | nf-normalize | head -c1"
	assert_output "{"
}

@test "nf-normalize: no false repair - --no-repair output equals the default on fixture articles and sources" {
	for f in "$FIX"/articles/*.txt "$FIX"/encodings/src/*.txt "$FIX"/encodings/in/*.utf8.txt; do
		run -0 sh -c "nf-normalize '$f' | jq -r .repairs"
		[ "$output" = 0 ] || { echo "$f: repairs $output"; false; }
		cmp <(nf-normalize --text "$f") <(nf-normalize --text --no-repair "$f")
	done
}

@test "nf-normalize: no false repair - --no-repair output equals the default on the seeds" {
	need_shared
	for f in "$SHARED"/seeds/*.txt; do
		cmp <(nf-normalize --text "$f") <(nf-normalize --text --no-repair "$f")
	done
}

@test "nf-normalize: response records - a body coding we cannot undo, broken gzip, broken chunks: said, exit 1, the others written" {
	run -1 --separate-stderr bash -c "set -o pipefail; nf-normalize '$FIX/encodings/in/bad-bodies.warc' | jq -c '[.doc,.encoding,.replaced]'"
	assert_output "$(printf '%s\n' '["https://news.example.cn/gbk-header","GB18030",0]' '["https://harbour.example.com/chunked","UTF-8",0]')"
	[ "$stderr" = "$(printf '%s\n' \
		"nf-normalize: $FIX/encodings/in/bad-bodies.warc: https://harbour.example.com/brotli: Content-Encoding 'br' is not supported: document not written" \
		"nf-normalize: $FIX/encodings/in/bad-bodies.warc: https://harbour.example.com/broken-gzip: compressed body: incorrect data check: document not written" \
		"nf-normalize: $FIX/encodings/in/bad-bodies.warc: https://harbour.example.com/broken-chunks: chunked body: bad chunk size: document not written")" ]
}

@test "nf-normalize: random bytes - whole records, a guess said to be weak, never a crash; --strict writes no half record" {
	# bytes from inside a gzip stream: random-looking, but the same every run
	tail -c +40 "$FIX/encodings/in/small.warc.gz" | head -c 3000 >"$BATS_TEST_TMPDIR/rand.bin"
	run -0 --separate-stderr sh -c "nf-normalize '$BATS_TEST_TMPDIR/rand.bin' | jq -r .detected_by | sort | uniq -c"
	assert_output "      9 statistical"
	[[ "$stderr" == *"rand.bin#2: encoding guessed as windows-1252 with low confidence 0.04 (--from names it)"* ]]
	[[ "$stderr" == *"rand.bin#3: replaced 43 undecodable byte sequences with U+FFFD (first at byte 0, read as ISO-2022-CN)"* ]]
	run -1 --separate-stderr bash -c "set -o pipefail; nf-normalize --strict '$BATS_TEST_TMPDIR/rand.bin' | jq -c '[.doc,.replaced]' | sed 's,.*#,,'"
	assert_output "$(printf '%s\n' '2",0]' '4",0]' '5",0]' '6",0]' '7",0]' '8",0]')"
	[[ "$stderr" == *"rand.bin#3: 43 undecodable byte sequences (first at byte 0, read as ISO-2022-CN): document not written (--strict)"* ]]
}

@test "nf-normalize: a multi-byte sequence cut by the end of the file is one U+FFFD, counted; --strict exit 1, nothing written" {
	for enc in GB18030 Big5 Shift_JIS EUC-KR UTF-16LE UTF-16BE UTF-8; do
		{ printf 'ab' | iconv -t "$enc"; printf '\xe6\x9d\xad' | iconv -f UTF-8 -t "$enc" | head -c 1; } >"$BATS_TEST_TMPDIR/t"
		run -0 --separate-stderr sh -c "nf-normalize --from $enc '$BATS_TEST_TMPDIR/t' | jq -c '[.text,.replaced]'"
		assert_output '["ab�",1]'
		[[ "$stderr" == *": replaced 1 undecodable byte sequence with U+FFFD (first at byte "*", read as $enc)" ]]
		run -1 --separate-stderr nf-normalize --strict --from "$enc" "$BATS_TEST_TMPDIR/t"
		assert_output ""
	done
	# the 4-byte GB18030 form of U+20AC's neighbours, cut after 3 bytes, with detection
	printf '\xd6\xd0\xce\xc4\xb5\xc4\xce\xc4\xd7\xd6\x81\x30\x81' >"$BATS_TEST_TMPDIR/g"
	run -0 sh -c "nf-normalize --from gb18030 '$BATS_TEST_TMPDIR/g' 2>/dev/null | jq -c '[.text,.replaced]'"
	assert_output '["中文的文字�",1]'
}

@test "nf-normalize: a WARC block cut short by the end of the file - said, exit 1, no half record (also --strict)" {
	head -c 2100 "$FIX/encodings/in/small.warc" >"$BATS_TEST_TMPDIR/cut.warc"
	for opt in "" --strict; do
		run -1 --separate-stderr bash -c "set -o pipefail; nf-normalize $opt '$BATS_TEST_TMPDIR/cut.warc' | jq -r .doc"
		assert_output "https://news.example.cn/binjiang"
		[ "$stderr" = "nf-normalize: $BATS_TEST_TMPDIR/cut.warc: WARC record 5 (https://harbour.example.com/cafe) at offset 1738: input ends 690 bytes before the end of the WARC block" ]
	done
	sed 's/Content-Length: 825/Content-Length: 700/' "$FIX/encodings/in/small.warc" >"$BATS_TEST_TMPDIR/lie.warc"
	run -1 --separate-stderr bash -c "set -o pipefail; nf-normalize --strict '$BATS_TEST_TMPDIR/lie.warc' | jq -r .doc"
	assert_output "https://news.example.cn/binjiang"
}

@test "nf-normalize: --strict in a WARC - the record with undecodable bytes is left out whole, the next one written" {
	rec() { printf 'WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: %s\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n' "$1" "${#2}" "$2"; }
	{ rec u1 "$(printf 'good one')"; LC_ALL=C rec u2 "$(printf 'bad \xff byte')"; rec u3 "$(printf 'good two')"; } >"$BATS_TEST_TMPDIR/s.warc"
	run -1 --separate-stderr bash -c "set -o pipefail; nf-normalize --strict --from utf-8 '$BATS_TEST_TMPDIR/s.warc' | jq -c '[.doc,.text]'"
	assert_output "$(printf '%s\n' '["u1","good one"]' '["u3","good two"]')"
	[ "$stderr" = "nf-normalize: $BATS_TEST_TMPDIR/s.warc: u2: 1 undecodable byte sequence (first at byte 4, read as UTF-8): document not written (--strict)" ]
}

@test "nf-normalize: NBSPs, quotes and Latin-1 signs beside correct Chinese are no GBK mojibake" {
	# from real news: "潘清    尽管", "。”   对此", "Ø  领取" (the spaces are NBSPs)
	in='潘清\302\240\302\240\302\240\302\240尽管 。”\302\240\302\240对此 Ø\302\240\302\240领取 价格\302\240 [联系'
	run -0 sh -c "printf '$in' | nf-normalize --no-spaces | jq -c '[.text,.repairs]'"
	assert_output "[\"$(printf "$in")\",0]"
}

@test "nf-normalize: short Chinese without a BOM - GBK, Big5, not UTF-16BE; a weak guess says so in the record and on stderr" {
	# 60 GB2312 hanzi read as UTF-16BE are Hangul; 4 read by ICU alone are Shift_JIS
	run -0 --separate-stderr sh -c "nf-normalize '$FIX/encodings/in/zh-short4.gbk.txt' '$FIX/encodings/in/zh-hant-short4.big5.txt' '$FIX/encodings/in/zh-short60.gb18030.txt' | jq -c '[.encoding,.detected_by,.confidence < 0.5]'"
	assert_output "$(printf '%s\n' '["GB18030","statistical",true]' '["Big5","statistical",true]' '["GB18030","statistical",false]')"
	[ "$stderr" = "$(printf '%s\n' \
		"nf-normalize: $FIX/encodings/in/zh-short4.gbk.txt: encoding guessed as GB18030 with low confidence 0.16 (--from names it)" \
		"nf-normalize: $FIX/encodings/in/zh-hant-short4.big5.txt: encoding guessed as Big5 with low confidence 0.25 (--from names it)")" ]
}

@test "nf-normalize: Big5 decodes the Windows rows Taiwanese pages use (A1FE, 記者X／台北報導), with no U+FFFD" {
	printf '\xa1\x65\xb0\x4f\xaa\xcc\xb3\xaf\xa9\x79\xae\x78\xa1\xfe\xa5\x78\xa5\x5f\xb3\xf8\xbe\xc9\xa1\x66\n' >"$BATS_TEST_TMPDIR/b5.txt"
	run -0 --separate-stderr nf-normalize --from big5 --no-fullwidth --text "$BATS_TEST_TMPDIR/b5.txt"
	assert_output "〔記者陳宜庭／台北報導〕"
	[ -z "$stderr" ]
}

# WARC records for the resynchronisation tests: rec URI TEXT [LENGTH]
warc_rec() {
	printf 'WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n' "$1" "${3:-${#2}}" "$2"
}

@test "nf-normalize: a record whose Content-Length is too long or too short is lost alone - plain and gzip WARC" {
	for lie in 40 5; do
		{ warc_rec u1 'first page'; warc_rec u2 'second page' $lie; warc_rec u3 'third page'; } >"$BATS_TEST_TMPDIR/r.warc"
		{ warc_rec u1 'first page' | gzip -n; warc_rec u2 'second page' $lie | gzip -n; warc_rec u3 'third page' | gzip -n; } >"$BATS_TEST_TMPDIR/r.warc.gz"
		next=$((lie == 40 ? 181 : 180))
		for f in r.warc r.warc.gz; do
			run -1 --separate-stderr bash -c "set -o pipefail; nf-normalize '$BATS_TEST_TMPDIR/$f' | jq -c '[.doc,.text]'"
			assert_output "$(printf '%s\n' '["u1","first page"]' '["u3","third page"]')"
			[ "$stderr" = "nf-normalize: $BATS_TEST_TMPDIR/$f: WARC record 2 (u2) at offset 90: no WARC record follows the block (wrong Content-Length?): record skipped, reading on at offset $next" ]
		done
	done
}

@test "nf-normalize: a gzip member with corrupt data loses its record alone; the next member is read" {
	warc_rec u1 'first page' | gzip -n >"$BATS_TEST_TMPDIR/m1"
	# two bytes of the second member's deflate data flipped
	warc_rec u2 'second page' | gzip -n | perl -0777 -pe 'substr($_, 20, 1) ^= "\xff"; substr($_, 25, 1) ^= "\x55"' >"$BATS_TEST_TMPDIR/m2"
	warc_rec u3 'third page' | gzip -n >"$BATS_TEST_TMPDIR/m3"
	cat "$BATS_TEST_TMPDIR"/m[123] >"$BATS_TEST_TMPDIR/c.warc.gz"
	at=$(( $(wc -c <"$BATS_TEST_TMPDIR/m1") + $(wc -c <"$BATS_TEST_TMPDIR/m2") ))
	run -1 --separate-stderr bash -c "set -o pipefail; nf-normalize '$BATS_TEST_TMPDIR/c.warc.gz' | jq -c '[.doc,.text]'"
	assert_output "$(printf '%s\n' '["u1","first page"]' '["u3","third page"]')"
	[ "$stderr" = "nf-normalize: $BATS_TEST_TMPDIR/c.warc.gz: WARC record 2 at offset 90: gzip: invalid distance too far back: record skipped, reading on at the gzip member at byte $at of the file" ]
}

@test "nf-normalize: a record header without Content-Length is stepped over to the next WARC/1.0 line; a lie in the last record stays an error" {
	{ warc_rec u1 'first page'; printf 'WARC/1.0\r\nWARC-Type: conversion\r\n\r\nsecond page\r\n\r\n'; warc_rec u3 'third page'; } >"$BATS_TEST_TMPDIR/g.warc"
	run -1 --separate-stderr bash -c "set -o pipefail; nf-normalize '$BATS_TEST_TMPDIR/g.warc' | jq -c '[.doc,.text]'"
	assert_output "$(printf '%s\n' '["u1","first page"]' '["u3","third page"]')"
	[ "$stderr" = "nf-normalize: $BATS_TEST_TMPDIR/g.warc: WARC record 2 at offset 90: WARC record without Content-Length: record skipped, reading on at offset 140" ]
	{ warc_rec u1 'first page'; warc_rec u2 'second page' 40; } >"$BATS_TEST_TMPDIR/l.warc"
	run -1 --separate-stderr bash -c "set -o pipefail; nf-normalize '$BATS_TEST_TMPDIR/l.warc' | jq -c '[.doc,.text]'"
	assert_output '["u1","first page"]'
	[ "$stderr" = "nf-normalize: $BATS_TEST_TMPDIR/l.warc: WARC record 2 (u2) at offset 90: input ends 25 bytes before the end of the WARC block" ]
}
