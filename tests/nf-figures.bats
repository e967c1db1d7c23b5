#!/usr/bin/env bats
# nf-figures: sentence records to figure records.  The case tables in
# fixtures/figures/ (run by tests/tap/figures-cases) cover the recogniser;
# this file covers the filter: keys, offsets, roles, options, bad input.

load common
setup() { common_setup; }

@test "nf-figures: keeps the sentence keys, adds kind, match, value, unit, qualifier, value_max, offsets, equiv_of" {
	run -0 nf-figures <<'IN'
{"doc":"a.txt","article":1,"para":3,"sent":1,"role":"body","title":"T","published":"2025-01-28","lang":"en","start":200,"end":290,"text":"The initiative aims to drive more than 10 billion yuan ($1.47 billion) in activity by 2027."}
IN
	assert_output "$(printf '%s\n' \
	  '{"doc":"a.txt","article":1,"para":3,"sent":1,"role":"body","title":"T","published":"2025-01-28","lang":"en","start":200,"end":290,"text":"The initiative aims to drive more than 10 billion yuan ($1.47 billion) in activity by 2027.","kind":"money","match":"10 billion yuan","value":10000000000,"unit":"CNY","unit_text":"yuan","per":null,"qualifier":"gt","value_max":null,"match_start":239,"match_end":254,"equiv_of":null}' \
	  '{"doc":"a.txt","article":1,"para":3,"sent":1,"role":"body","title":"T","published":"2025-01-28","lang":"en","start":200,"end":290,"text":"The initiative aims to drive more than 10 billion yuan ($1.47 billion) in activity by 2027.","kind":"money","match":"$1.47 billion","value":1470000000,"unit":"USD","unit_text":"$","per":null,"qualifier":null,"value_max":null,"match_start":256,"match_end":269,"equiv_of":239}')"
}

@test "nf-figures: Chinese offsets are bytes into the doc; plan names are not figures" {
	run -0 nf-figures <<'IN'
{"lang":"zh","start":10,"text":"“十五五”期间，逾200家企业获得约1.47亿元，增长百分之三十。"}
IN
	assert_output "$(printf '%s\n' \
	  '{"lang":"zh","start":10,"text":"“十五五”期间，逾200家企业获得约1.47亿元，增长百分之三十。","kind":"count","match":"200家企业","value":200,"unit":"企业","unit_text":null,"per":null,"qualifier":"gt","value_max":null,"match_start":37,"match_end":49,"equiv_of":null}' \
	  '{"lang":"zh","start":10,"text":"“十五五”期间，逾200家企业获得约1.47亿元，增长百分之三十。","kind":"money","match":"1.47亿元","value":147000000,"unit":"CNY","unit_text":"元","per":null,"qualifier":"approx","value_max":null,"match_start":58,"match_end":68,"equiv_of":null}' \
	  '{"lang":"zh","start":10,"text":"“十五五”期间，逾200家企业获得约1.47亿元，增长百分之三十。","kind":"percent","match":"百分之三十","value":30,"unit":"percent","unit_text":null,"per":null,"qualifier":null,"value_max":null,"match_start":77,"match_end":92,"equiv_of":null}')"
}

@test "nf-figures: ranges have value_max" {
	run -0 nf-figures <<'IN'
{"text":"It will cost $2-3 billion, 10-20亿元."}
IN
	assert_output "$(printf '%s\n' \
	  '{"text":"It will cost $2-3 billion, 10-20亿元.","kind":"money","match":"$2-3 billion","value":2000000000,"unit":"USD","unit_text":"$","per":null,"qualifier":"range","value_max":3000000000,"match_start":13,"match_end":25,"equiv_of":null}' \
	  '{"text":"It will cost $2-3 billion, 10-20亿元.","kind":"money","match":"10-20亿元","value":1000000000,"unit":"CNY","unit_text":"元","per":null,"qualifier":"range","value_max":2000000000,"match_start":27,"match_end":38,"equiv_of":null}')"
}

@test "nf-figures: byline, dateline, caption and boilerplate are skipped unless --all" {
	cat >"$BATS_TEST_TMPDIR/in.jsonl" <<'IN'
{"role":"boilerplate","text":"Save 50% today"}
{"role":"caption","text":"Some 300 robots on show"}
{"role":"byline","text":"By 2 reporters"}
{"role":"title","text":"Alibaba sells 3,000 robots"}
{"role":"dek","text":"Up 12% on the year"}
IN
	run -0 nf-figures "$BATS_TEST_TMPDIR/in.jsonl"
	assert_output "$(printf '%s\n' \
	  '{"role":"title","text":"Alibaba sells 3,000 robots","kind":"count","match":"3,000 robots","value":3000,"unit":"robot","unit_text":null,"per":null,"qualifier":null,"value_max":null,"match_start":14,"match_end":26,"equiv_of":null}' \
	  '{"role":"dek","text":"Up 12% on the year","kind":"percent","match":"12%","value":12,"unit":"percent","unit_text":null,"per":null,"qualifier":null,"value_max":null,"match_start":3,"match_end":6,"equiv_of":null}')"
	run -0 nf-figures --all "$BATS_TEST_TMPDIR/in.jsonl"
	assert_line --index 0 '{"role":"boilerplate","text":"Save 50% today","kind":"percent","match":"50%","value":50,"unit":"percent","unit_text":null,"per":null,"qualifier":null,"value_max":null,"match_start":5,"match_end":8,"equiv_of":null}'
	assert_line --index 1 '{"role":"caption","text":"Some 300 robots on show","kind":"count","match":"300 robots","value":300,"unit":"robot","unit_text":null,"per":null,"qualifier":"approx","value_max":null,"match_start":5,"match_end":15,"equiv_of":null}'
	assert_line --index 2 --partial '"match":"2 reporters"'
	[ "${#lines[@]}" -eq 5 ]
}

@test "nf-figures: --kinds keeps only the kinds asked for" {
	run -0 nf-figures --kinds percent,money <<<'{"text":"It hired 300 engineers, paid $5m and grew 12%; 20 GW."}'
	assert_output "$(printf '%s\n' \
	  '{"text":"It hired 300 engineers, paid $5m and grew 12%; 20 GW.","kind":"money","match":"$5m","value":5000000,"unit":"USD","unit_text":"$","per":null,"qualifier":null,"value_max":null,"match_start":29,"match_end":32,"equiv_of":null}' \
	  '{"text":"It hired 300 engineers, paid $5m and grew 12%; 20 GW.","kind":"percent","match":"12%","value":12,"unit":"percent","unit_text":null,"per":null,"qualifier":null,"value_max":null,"match_start":42,"match_end":45,"equiv_of":null}')"
	run -0 sh -c 'nf-figures --kinds quantity,count | jq -r .match' <<<'{"text":"It hired 300 engineers, paid $5m and grew 12%; 20 GW."}'
	assert_output "$(printf '%s\n' '300 engineers' '20 GW')"
}

@test "nf-figures: --currency-default says what a bare \$ is; a conversion after \", or\" is linked" {
	run -0 nf-figures --currency-default HKD <<<'{"text":"Shares rose to $118.60, or US$15.20."}'
	assert_output "$(printf '%s\n' \
	  '{"text":"Shares rose to $118.60, or US$15.20.","kind":"money","match":"$118.60","value":118.6,"unit":"HKD","unit_text":"$","per":null,"qualifier":null,"value_max":null,"match_start":15,"match_end":22,"equiv_of":null}' \
	  '{"text":"Shares rose to $118.60, or US$15.20.","kind":"money","match":"US$15.20","value":15.2,"unit":"USD","unit_text":"US$","per":null,"qualifier":null,"value_max":null,"match_start":27,"match_end":35,"equiv_of":15}')"
}

@test "nf-figures: minus signs, bounds before 千, conversions after 约合, a bare number's unit from the sentence" {
	run -0 sh -c 'nf-figures | jq -c "[.match, .value, .unit, .qualifier, .equiv_of]"' <<'IN'
{"lang":"zh","text":"净利润为－2.5亿元，约合US$3450万；员工近千人。"}
{"text":"Sales fell -3.6% and 1,200 delegates came, up from 900."}
IN
	assert_output "$(printf '%s\n' \
	  '["－2.5亿元",-250000000,"CNY",null,null]' \
	  '["US$3450万",34500000,"USD","approx",12]' \
	  '["千人",1000,"员工","approx",null]' \
	  '["-3.6%",-3.6,"percent",null,null]' \
	  '["1,200 delegates",1200,"delegate",null,null]' \
	  '["900",900,"delegate",null,null]')"
}

@test "nf-figures: a record that already has figure keys is written through jansson, same keys" {
	run -0 nf-figures <<<'{"kind":"old","text":"up 5%"}'
	assert_output '{"kind":"percent","text":"up 5%","match":"5%","value":5,"unit":"percent","unit_text":null,"per":null,"qualifier":null,"value_max":null,"match_start":3,"match_end":5,"equiv_of":null}'
}

@test "nf-figures: a value beyond what a double holds is null with a note; the JSON stays valid" {
	z=$(printf '%0309d' 0)   # "1" and 309 zeros: past 1.8e308
	run -0 nf-figures <<<"{\"text\":\"owes \$1$z\"}"
	assert_output "{\"text\":\"owes \$1$z\",\"kind\":\"money\",\"match\":\"\$1$z\",\"value\":null,\"unit\":\"USD\",\"unit_text\":\"\$\",\"per\":null,\"qualifier\":null,\"value_max\":null,\"match_start\":5,\"match_end\":316,\"equiv_of\":null,\"note\":\"value beyond the range of a double\"}"
	printf 'Debt soars\n\nThe fund owes $1%s and grew 5%%.\n' "$z" >"$BATS_TEST_TMPDIR/page.txt"
	run -0 sh -c 'nf-normalize "$1" | nf-segment | nf-figures | nf-csv -f kind,value,unit,note --lf' _ "$BATS_TEST_TMPDIR/page.txt"
	assert_output "$(printf '%s\n' 'kind,value,unit,note' 'money,,USD,value beyond the range of a double' 'percent,5,percent,')"
}

@test "nf-figures: traps are not figures" {
	run -0 nf-figures <<'IN'
{"text":"GPT-5, R1, H20, Model 3 and Qwen2.5 ran v1.2.3 at 09:30 on 15 March 2025; the 15th Five-Year Plan; call 0571-8888 8888; won 3-1."}
{"lang":"zh","text":"“十五五”规划和第十五个五年规划；2025年3月，3:1获胜。"}
IN
	assert_output ""
}

@test "nf-figures: empty input prints nothing" {
	run -0 nf-figures </dev/null
	assert_output ""
}

@test "nf-figures: a malformed line stops the run with FILE:LINE, records before it stay" {
	printf '%s\n' '{"text":"grew 5%"}' '{"text":' '{"text":"grew 6%"}' >"$BATS_TEST_TMPDIR/bad.jsonl"
	run -1 --separate-stderr nf-figures "$BATS_TEST_TMPDIR/bad.jsonl"
	assert_output '{"text":"grew 5%","kind":"percent","match":"5%","value":5,"unit":"percent","unit_text":null,"per":null,"qualifier":null,"value_max":null,"match_start":5,"match_end":7,"equiv_of":null}'
	[ "$stderr" = "nf-figures: $BATS_TEST_TMPDIR/bad.jsonl:2: invalid JSON: unexpected token near end of file" ]
}

@test "nf-figures: --skip-bad skips and counts; a record without text is bad input" {
	run -0 --separate-stderr nf-figures --skip-bad <<'IN'
{"text":"grew 5%"}
{"text":3}
[1]
IN
	assert_output --partial '"match":"5%"'
	[ "$stderr" = "nf-figures: skipped 2 bad lines" ]
	run -1 --separate-stderr nf-figures <<<'{"title":"x"}'
	[ "$stderr" = 'nf-figures: <stdin>:1: record has no "text" string' ]
}

@test "nf-figures: a table's row takes the currency and scale its caption (table_caption) or its header's cell (table_header) declares" {
	cat >"$BATS_TEST_TMPDIR/in.jsonl" <<'IN'
{"table_caption":"Key results (US$ million)","text":"Revenue\t1,234\t1,100\t+12.2%"}
{"table_caption":"Key results (US$ million)","text":"Net loss\t(56)\t-12\t3 stores"}
{"table_header":"Item\tQ1 2025 (RMB mn)\tQ1 2024 (RMB mn)\tChange (%)","text":"Revenue\t30,100\t25,600\t17.6"}
{"table_caption":"单位：亿元","lang":"zh","text":"营业收入\t301.1\t260.2"}
{"table_caption":"NetEase results (unaudited)","text":"Revenue\t30.1bn yuan\t25.6bn yuan\t-5.0%"}
{"text":"Revenue\t1,234\t1,100"}
IN
	run -0 bash -c 'nf-figures "$1" | jq -c "[.match, .value, .kind, .unit]"' _ "$BATS_TEST_TMPDIR/in.jsonl"
	assert_output "$(printf '%s\n' \
	  '["1,234",1234000000,"money","USD"]' '["1,100",1100000000,"money","USD"]' '["+12.2%",12.2,"percent","percent"]' \
	  '["(56)",-56000000,"money","USD"]' '["-12",-12000000,"money","USD"]' '["3 stores",3,"count","store"]' \
	  '["30,100",30100000000,"money","CNY"]' '["25,600",25600000000,"money","CNY"]' '["17.6",17.6,"percent","percent"]' \
	  '["301.1",30110000000,"money","CNY"]' '["260.2",26020000000,"money","CNY"]' \
	  '["30.1bn yuan",30100000000,"money","CNY"]' '["25.6bn yuan",25600000000,"money","CNY"]' '["-5.0%",-5,"percent","percent"]')"
}

@test "nf-figures: invalid UTF-8 is bad input, never a crash" {
	printf '{"text":"paid $5m \xff"}\n' >"$BATS_TEST_TMPDIR/bad.jsonl"
	run -1 --separate-stderr nf-figures "$BATS_TEST_TMPDIR/bad.jsonl"
	assert_output ""
	[ "$stderr" = "nf-figures: $BATS_TEST_TMPDIR/bad.jsonl:1: invalid JSON: unable to decode byte 0xff near '\"paid \$5m '" ]
}

@test "nf-figures: --help, --version" {
	run -0 nf-figures --help
	assert_line --index 0 "usage: nf-figures [--kinds KIND,...] [--currency-default CODE] [--all]"
	run -0 nf-figures --version
	assert_output "nf-figures (newsfacts) 0.1.0"
}

@test "nf-figures: bad usage exits 2 with an exact message" {
	run -2 --separate-stderr nf-figures --frobnicate
	[ "$stderr" = "$(printf "nf-figures: unrecognized option '--frobnicate'\nTry 'nf-figures --help' for more information.")" ]
	run -2 --separate-stderr nf-figures --kinds money,dates
	[ "$stderr" = "$(printf "nf-figures: --kinds wants a comma-separated list of money, percent, quantity, count, not 'money,dates'\nTry 'nf-figures --help' for more information.")" ]
	run -2 --separate-stderr nf-figures --currency-default usd
	[ "$stderr" = "$(printf "nf-figures: --currency-default wants an ISO 4217 code like USD, not 'usd'\nTry 'nf-figures --help' for more information.")" ]
}

@test "nf-figures: a full disk is an error, not silent success" {
	[ -w /dev/full ] || skip "no /dev/full"
	run -1 --separate-stderr sh -c 'echo "{\"text\":\"grew 5%\"}" | nf-figures >/dev/full'
	[ "$stderr" = "nf-figures: write error: No space left on device" ]
}

@test "nf-figures: the seeds' figures (needs ../shared)" {
	need_shared
	run -0 sh -c 'nf-normalize "$1" | nf-segment --ref 2020-03-01 | nf-figures | jq -r "[.match, .value, .unit] | @tsv"' _ "$SHARED/seeds/004_8dcd1960043e3988.txt"
	assert_output "$(printf '%s\t%s\t%s\n' '43 million RMB' 43000000 CNY 'three categories' 3 category '123 accepted project proposals' 123 proposal 25 25 project '27 projects' 27 project '3 million RMB' 3000000 CNY '15 million RMB' 15000000 CNY)"
}

@test "nf-figures: a bare \$ is the dollar of the country the document says it is published in" {
	cat >"$BATS_TEST_TMPDIR/in.jsonl" <<'IN'
{"doc":"local.txt","article":1,"para":1,"role":"title","text":"Flood bill tops $320 million"}
{"doc":"local.txt","article":1,"para":2,"role":"body","text":"Insured losses are $185 million to $210 million."}
{"doc":"local.txt","article":1,"para":9,"role":"boilerplate","text":"© 2025 Coastal Regional Media Pty Ltd. ABN 12 345 678 901"}
{"doc":"bbc.txt","article":1,"para":1,"role":"title","text":"Queensland miner doubles profit"}
{"doc":"bbc.txt","article":1,"para":2,"role":"body","text":"It made 1.33bn Australian dollars ($1bn; £550m) in 2004."}
{"doc":"wire.txt","article":1,"para":1,"role":"body","text":"SYDNEY, May 3 (Reuters) - BHP posted a profit of $13.7 billion."}
{"doc":"aap.txt","article":1,"para":1,"role":"body","text":"MELBOURNE, May 3 (AAP) - The council will spend $52 million on roads."}
{"doc":"https://news.example.ca/2025/budget","article":1,"para":1,"role":"body","text":"The province will borrow $4 billion."}
{"doc":"us.txt","article":1,"para":1,"role":"title","text":"Sydney Sweeney signs $10 million deal"}
IN
	run -0 nf-figures "$BATS_TEST_TMPDIR/in.jsonl"
	run -0 jq -r '[.doc, .match, .unit] | join(" ")' <<<"$output"
	assert_output "$(printf '%s\n' \
	  'local.txt $320 million AUD' \
	  'local.txt $185 million to $210 million AUD' \
	  'bbc.txt 1.33bn Australian dollars AUD' \
	  'bbc.txt $1bn USD' \
	  'bbc.txt £550m GBP' \
	  'wire.txt $13.7 billion USD' \
	  'aap.txt $52 million AUD' \
	  'https://news.example.ca/2025/budget $4 billion CAD' \
	  'us.txt $10 million USD')"
	run -0 nf-figures --currency-default USD "$BATS_TEST_TMPDIR/in.jsonl"
	run -0 jq -r 'select(.doc == "local.txt") | .unit' <<<"$output"
	assert_output "$(printf 'USD\nUSD\n')"
}
