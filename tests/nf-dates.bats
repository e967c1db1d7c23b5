#!/usr/bin/env bats
# nf-dates: sentence records to date records.  The case tables in
# fixtures/dates/ (run by tests/tap/dates-cases) cover the recogniser; this
# file covers the filter: keys, roles, anchors, options, bad input.

load common
setup() { common_setup; }

@test "nf-dates: keeps the sentence keys, adds kind, match, value, from, to, anchor, offsets" {
	run -0 nf-dates <<'IN'
{"doc":"a.txt","article":1,"para":3,"sent":1,"role":"body","title":"T","published":"2025-01-28T08:00:00Z","lang":"en","start":200,"end":260,"text":"As of September, capacity stood at 246 Eflops, up from 2019."}
IN
	assert_output "$(printf '%s\n' \
	  '{"doc":"a.txt","article":1,"para":3,"sent":1,"role":"body","title":"T","published":"2025-01-28T08:00:00Z","lang":"en","start":200,"end":260,"text":"As of September, capacity stood at 246 Eflops, up from 2019.","kind":"date","match":"September","value":"2024-09","from":"2024-09-01","to":"2024-09-30","anchor":"2025-01-28","match_start":206,"match_end":215}' \
	  '{"doc":"a.txt","article":1,"para":3,"sent":1,"role":"body","title":"T","published":"2025-01-28T08:00:00Z","lang":"en","start":200,"end":260,"text":"As of September, capacity stood at 246 Eflops, up from 2019.","kind":"date","match":"2019","value":"2019","from":"2019-01-01","to":"2019-12-31","anchor":null,"match_start":255,"match_end":259}')"
}

@test "nf-dates: ranges, durations and relative dates; Chinese offsets are bytes" {
	run -0 nf-dates <<'IN'
{"published":"2025-03-15","start":10,"text":"“十五五”时期（2026—2030年），力争两年内实现；上周五发布。"}
IN
	assert_output "$(printf '%s\n' \
	  '{"published":"2025-03-15","start":10,"text":"“十五五”时期（2026—2030年），力争两年内实现；上周五发布。","kind":"range","match":"十五五”时期（2026—2030年）","value":"2026/2030","from":"2026-01-01","to":"2030-12-31","anchor":null,"match_start":13,"match_end":51}' \
	  '{"published":"2025-03-15","start":10,"text":"“十五五”时期（2026—2030年），力争两年内实现；上周五发布。","kind":"duration","match":"两年内","value":"P2Y","from":null,"to":null,"anchor":null,"match_start":60,"match_end":69}' \
	  '{"published":"2025-03-15","start":10,"text":"“十五五”时期（2026—2030年），力争两年内实现；上周五发布。","kind":"relative","match":"上周五","value":"2025-03-07","from":"2025-03-07","to":"2025-03-07","anchor":"2025-03-15","match_start":78,"match_end":87}')"
}

@test "nf-dates: anchor is published, else --ref, else fetched" {
	run -0 nf-dates --ref 2024-12-20 <<'IN'
{"published":"2025-01-28","fetched":"2023-06-01","text":"Friday"}
{"published":null,"fetched":"2023-06-01","text":"Friday"}
{"published":"2025-01","text":"Friday"}
IN
	assert_output "$(printf '%s\n' \
	  '{"published":"2025-01-28","fetched":"2023-06-01","text":"Friday","kind":"relative","match":"Friday","value":"2025-01-24","from":"2025-01-24","to":"2025-01-24","anchor":"2025-01-28","match_start":0,"match_end":6}' \
	  '{"published":null,"fetched":"2023-06-01","text":"Friday","kind":"relative","match":"Friday","value":"2024-12-20","from":"2024-12-20","to":"2024-12-20","anchor":"2024-12-20","match_start":0,"match_end":6}' \
	  '{"published":"2025-01","text":"Friday","kind":"relative","match":"Friday","value":"2024-12-20","from":"2024-12-20","to":"2024-12-20","anchor":"2024-12-20","match_start":0,"match_end":6}')"
	run -0 nf-dates <<'IN'
{"published":null,"fetched":"2023-06-01T10:00:00Z","text":"Friday"}
IN
	assert_output '{"published":null,"fetched":"2023-06-01T10:00:00Z","text":"Friday","kind":"relative","match":"Friday","value":"2023-05-26","from":"2023-05-26","to":"2023-05-26","anchor":"2023-06-01","match_start":0,"match_end":6}'
}

@test "nf-dates: without an anchor relative and partial dates have value null and a note" {
	run -0 nf-dates <<'IN'
{"text":"Last week, on May 21, not on 9 July 2017."}
IN
	assert_output "$(printf '%s\n' \
	  '{"text":"Last week, on May 21, not on 9 July 2017.","kind":"relative","match":"Last week","value":null,"from":null,"to":null,"anchor":null,"match_start":0,"match_end":9,"note":"no anchor"}' \
	  '{"text":"Last week, on May 21, not on 9 July 2017.","kind":"date","match":"May 21","value":null,"from":null,"to":null,"anchor":null,"match_start":14,"match_end":20,"note":"no anchor"}' \
	  '{"text":"Last week, on May 21, not on 9 July 2017.","kind":"date","match":"9 July 2017","value":"2017-07-09","from":"2017-07-09","to":"2017-07-09","anchor":null,"match_start":29,"match_end":40}')"
}

@test "nf-dates: byline, dateline, caption and boilerplate are skipped unless --all" {
	cat >"$BATS_TEST_TMPDIR/in.jsonl" <<'IN'
{"role":"dateline","text":"May 10, 2025"}
{"role":"boilerplate","text":"Copyright 2025, since 2019"}
{"role":"caption","text":"Photo taken in 2019"}
{"role":"title","text":"Plans for 2027"}
{"role":"dek","text":"Since 2015"}
IN
	run -0 nf-dates "$BATS_TEST_TMPDIR/in.jsonl"
	assert_output "$(printf '%s\n' \
	  '{"role":"title","text":"Plans for 2027","kind":"date","match":"2027","value":"2027","from":"2027-01-01","to":"2027-12-31","anchor":null,"match_start":10,"match_end":14}' \
	  '{"role":"dek","text":"Since 2015","kind":"date","match":"2015","value":"2015","from":"2015-01-01","to":"2015-12-31","anchor":null,"match_start":6,"match_end":10}')"
	run -0 nf-dates --all "$BATS_TEST_TMPDIR/in.jsonl"
	assert_line --index 0 '{"role":"dateline","text":"May 10, 2025","kind":"date","match":"May 10, 2025","value":"2025-05-10","from":"2025-05-10","to":"2025-05-10","anchor":null,"match_start":0,"match_end":12}'
	assert_line --index 1 --partial '"match":"2019"'
	assert_line --index 2 --partial '"text":"Photo taken in 2019"'
	[ "${#lines[@]}" -eq 5 ]
}

@test "nf-dates: --kinds keeps only the kinds asked for" {
	run -0 nf-dates --kinds duration,range --ref 2025-01-28 <<'IN'
{"text":"Eleven days after 9 July 2017, from 2017 to 2018, last week."}
IN
	assert_output "$(printf '%s\n' \
	  '{"text":"Eleven days after 9 July 2017, from 2017 to 2018, last week.","kind":"duration","match":"Eleven days","value":"P11D","from":null,"to":null,"anchor":null,"match_start":0,"match_end":11}' \
	  '{"text":"Eleven days after 9 July 2017, from 2017 to 2018, last week.","kind":"range","match":"from 2017 to 2018","value":"2017/2018","from":"2017-01-01","to":"2018-12-31","anchor":null,"match_start":31,"match_end":48}')"
}

@test "nf-dates: 01/02/2025 is read as its document decides; else --date-order or month first, noted" {
	run -0 nf-dates <<<'{"text":"on 01/02/2025"}'
	assert_output '{"text":"on 01/02/2025","kind":"date","match":"01/02/2025","value":"2025-01-02","from":"2025-01-02","to":"2025-01-02","anchor":null,"match_start":3,"match_end":13,"note":"day/month order guessed"}'
	run -0 nf-dates --date-order dmy <<<'{"text":"on 01/02/2025"}'
	assert_output '{"text":"on 01/02/2025","kind":"date","match":"01/02/2025","value":"2025-02-01","from":"2025-02-01","to":"2025-02-01","anchor":null,"match_start":3,"match_end":13,"note":"day/month order guessed"}'
	# a later sentence of the same document decides: the first is held
	# back until then, and the output keeps the input's order
	run -0 sh -c 'nf-dates | jq -c "[.doc, .match, .value, .note]"' <<'IN'
{"doc":"a","para":1,"text":"Filed on 01/02/2025."}
{"doc":"a","para":2,"text":"No date here."}
{"doc":"a","para":3,"text":"Heard on 25/12/2024."}
{"doc":"b","para":1,"text":"Filed on 01/02/2025."}
{"doc":"c","para":1,"text":"Filed on 01/02/2025."}
{"doc":"c","para":2,"text":"Fees rose 5 per cent."}
{"doc":"https://www.example.co.uk/news/1","para":1,"text":"Filed on 01/02/2025."}
{"doc":"d","para":1,"text":"Filed on 12/25/2024 and 01/02/2025."}
IN
	assert_output "$(printf '%s\n' \
	  '["a","01/02/2025","2025-02-01",null]' \
	  '["a","25/12/2024","2024-12-25",null]' \
	  '["b","01/02/2025","2025-01-02","day/month order guessed"]' \
	  '["c","01/02/2025","2025-02-01",null]' \
	  '["https://www.example.co.uk/news/1","01/02/2025","2025-02-01",null]' \
	  '["d","12/25/2024","2024-12-25",null]' \
	  '["d","01/02/2025","2025-01-02",null]')"
}

@test "nf-dates: kind set, key mod (after value), a weekday that does not fit the date" {
	run -0 nf-dates --ref 2025-03-15 <<'IN'
{"text":"Dividends are paid each quarter; work starts mid-2027."}
{"text":"It opened on Friday 9 July 2022."}
IN
	assert_output "$(printf '%s\n' \
	  '{"text":"Dividends are paid each quarter; work starts mid-2027.","kind":"set","match":"each quarter","value":"P3M","from":null,"to":null,"anchor":null,"match_start":19,"match_end":31}' \
	  '{"text":"Dividends are paid each quarter; work starts mid-2027.","kind":"date","match":"mid-2027","value":"2027","mod":"MID","from":"2027-05-01","to":"2027-08-31","anchor":null,"match_start":45,"match_end":53}' \
	  '{"text":"It opened on Friday 9 July 2022.","kind":"date","match":"Friday 9 July 2022","value":"2022-07-09","from":"2022-07-09","to":"2022-07-09","anchor":null,"match_start":13,"match_end":31,"note":"weekday does not fit the date"}')"
	run -0 sh -c 'nf-dates --kinds set | jq -r .match' <<<'{"text":"每年举办一次，2025年开幕。"}'
	assert_output "每年"
}

@test "nf-dates: without a publication date, an article's dateline is its today" {
	run -0 sh -c 'nf-dates --ref 2011-12-31 | jq -c "[.para, .match, .value, .anchor]"' <<'IN'
{"doc":"t","article":1,"para":1,"text":"中新网7月24日电 审判长24日宣布，法院将在9月11日宣判。"}
{"doc":"t","article":1,"para":2,"text":"吴淑珍已于20日进行了最后一次提示证据；明天休庭。"}
{"doc":"t","article":2,"para":1,"text":"明天休庭。"}
IN
	assert_output "$(printf '%s\n' \
	  '[1,"7月24日","2011-07-24","2011-12-31"]' \
	  '[1,"24日","2011-07-24","2011-07-24"]' \
	  '[1,"9月11日","2011-09-11","2011-07-24"]' \
	  '[2,"20日","2011-07-20","2011-07-24"]' \
	  '[2,"明天","2011-07-25","2011-07-24"]' \
	  '[1,"明天","2012-01-01","2011-12-31"]')"
}

@test "nf-dates: a date stated with its year sets the paragraph's story, not the next paragraph's" {
	run -0 sh -c 'nf-dates --ref 2012-01-01 | jq -c "[.para, .match, .value]"' <<'IN'
{"doc":"t","article":1,"para":1,"text":"2009年11月5日，双方签约。"}
{"doc":"t","article":1,"para":1,"text":"12月31日完成交割。"}
{"doc":"t","article":1,"para":2,"text":"12月31日完成交割。"}
IN
	assert_output "$(printf '%s\n' \
	  '[1,"2009年11月5日","2009-11-05"]' \
	  '[1,"12月31日","2009-12-31"]' \
	  '[2,"12月31日","2011-12-31"]')"
}

@test "nf-dates: traps are not dates" {
	run -0 nf-dates --ref 2025-01-28 <<'IN'
{"text":"GPT-5 and Model 3 beat Windows 11; Theresa May said prices may increase."}
{"text":"They will march at 09:30; 2025 yuan, $2,019 and 2019 companies; v2.1; a 3-1 win."}
{"text":"五月天演唱会；走到今天这一步；2025元；九五之尊。"}
{"text":"He told Radio 4's Today programme at 2010 GMT, said Mike Friday."}
IN
	assert_output ""
}

@test "nf-dates: empty input prints nothing" {
	run -0 nf-dates </dev/null
	assert_output ""
}

@test "nf-dates: a malformed line stops the run with FILE:LINE, records before it stay" {
	printf '%s\n' '{"text":"in 2019"}' '{"text":' '{"text":"in 2020"}' >"$BATS_TEST_TMPDIR/bad.jsonl"
	run -1 --separate-stderr nf-dates "$BATS_TEST_TMPDIR/bad.jsonl"
	assert_output '{"text":"in 2019","kind":"date","match":"2019","value":"2019","from":"2019-01-01","to":"2019-12-31","anchor":null,"match_start":3,"match_end":7}'
	[ "$stderr" = "nf-dates: $BATS_TEST_TMPDIR/bad.jsonl:2: invalid JSON: unexpected token near end of file" ]
}

@test "nf-dates: --skip-bad skips and counts; a record without text is bad input" {
	run -0 --separate-stderr nf-dates --skip-bad <<'IN'
{"text":"in 2019"}
{"text":3}
[1]
IN
	assert_output --partial '"value":"2019"'
	[ "$stderr" = "nf-dates: skipped 2 bad lines" ]
	run -1 --separate-stderr nf-dates <<<'{"title":"x"}'
	[ "$stderr" = 'nf-dates: <stdin>:1: record has no "text" string' ]
}

@test "nf-dates: invalid UTF-8 is bad input, never a crash" {
	printf '{"text":"in 2019 \xff"}\n' >"$BATS_TEST_TMPDIR/bad.jsonl"
	run -1 --separate-stderr nf-dates "$BATS_TEST_TMPDIR/bad.jsonl"
	assert_output ""
	[ "$stderr" = "nf-dates: $BATS_TEST_TMPDIR/bad.jsonl:1: invalid JSON: unable to decode byte 0xff near '\"in 2019 '" ]
}

@test "nf-dates: --help, --version" {
	run -0 nf-dates --help
	assert_line --index 0 "usage: nf-dates [--ref YYYY-MM-DD] [--date-order dmy|mdy|ymd] [--kinds KIND,...]"
	run -0 nf-dates --version
	assert_output "nf-dates (newsfacts) 0.1.0"
}

@test "nf-dates: bad usage exits 2 with an exact message" {
	run -2 --separate-stderr nf-dates --frobnicate
	[ "$stderr" = "$(printf "nf-dates: unrecognized option '--frobnicate'\nTry 'nf-dates --help' for more information.")" ]
	run -2 --separate-stderr nf-dates --ref 2025-02-29
	[ "$stderr" = "$(printf "nf-dates: --ref wants a date YYYY-MM-DD, not '2025-02-29'\nTry 'nf-dates --help' for more information.")" ]
	run -2 --separate-stderr nf-dates --ref 2025-1-5
	[ "$stderr" = "$(printf "nf-dates: --ref wants a date YYYY-MM-DD, not '2025-1-5'\nTry 'nf-dates --help' for more information.")" ]
	run -2 --separate-stderr nf-dates --kinds date,years
	[ "$stderr" = "$(printf "nf-dates: --kinds wants a comma-separated list of date, range, duration, relative, set, not 'date,years'\nTry 'nf-dates --help' for more information.")" ]
	run -2 --separate-stderr nf-dates --date-order dym
	[ "$stderr" = "$(printf "nf-dates: --date-order wants dmy, mdy or ymd, not 'dym'\nTry 'nf-dates --help' for more information.")" ]
}

@test "nf-dates: a missing file is reported, the others still read" {
	run -1 --separate-stderr nf-dates - "$BATS_TEST_TMPDIR/nope" <<<'{"text":"in 2019"}'
	assert_output --partial '"value":"2019"'
	[ "$stderr" = "nf-dates: $BATS_TEST_TMPDIR/nope: No such file or directory" ]
}

@test "nf-dates: a full disk is an error, not silent success" {
	[ -w /dev/full ] || skip "no /dev/full"
	run -1 --separate-stderr sh -c 'echo "{\"text\":\"in 2019\"}" | nf-dates >/dev/full'
	[ "$stderr" = "nf-dates: write error: No space left on device" ]
}

@test "nf-dates: the seeds' dates (needs ../shared)" {
	need_shared
	run -0 sh -c 'nf-normalize "$1" | nf-segment --ref 2020-03-01 | nf-dates --ref 2020-03-01 | jq -r "[.match, .value] | @tsv"' _ "$SHARED/seeds/004_8dcd1960043e3988.txt"
	assert_output "$(printf '%s\t%s\n' 'Eleven days' P11D '9 July 2017' 2017-07-09 2019 2019 2019 2019 'July 2017' 2017-07 'from 2017 to 2018' 2017/2018)"
}

@test "nf-dates: 去年同期 refers to the last date of the paragraph, even in the sentence before, else to the article's period, else to the anchor" {
	run -0 sh -c 'nf-dates | jq -c "[.match, .value, .from, .to]"' <<'IN'
{"doc":"z","para":4,"published":"2025-10-15","text":"今年前三季度，营收约1860亿元。"}
{"doc":"z","para":4,"published":"2025-10-15","text":"增速比去年同期高出6.5个百分点。"}
{"doc":"z","para":5,"published":"2025-10-15","text":"10月8日，增速比去年同期高出6.5个百分点。"}
{"doc":"z","para":6,"published":"2025-10-15","text":"增速比去年同期高出6.5个百分点。"}
{"doc":"w","para":1,"published":"2025-10-15","text":"增速比去年同期高出6.5个百分点。"}
IN
	assert_output "$(printf '%s\n' \
	  '["今年前三季度","2025-Q1/2025-Q3","2025-01-01","2025-09-30"]' \
	  '["去年同期","2024-Q1/2024-Q3","2024-01-01","2024-09-30"]' \
	  '["10月8日","2025-10-08","2025-10-08","2025-10-08"]' \
	  '["去年同期","2024-10-08","2024-10-08","2024-10-08"]' \
	  '["去年同期","2024-Q1/2024-Q3","2024-01-01","2024-09-30"]' \
	  '["去年同期","2024-10-15","2024-10-15","2024-10-15"]')"
}

@test "nf-dates: 'a year earlier' and 同比 in a paragraph with no date count from the period the article reports on" {
	run -0 sh -c 'nf-dates | jq -r "[.doc, .match, .value] | @tsv"' <<'IN'
{"doc":"r","article":1,"para":1,"published":"2025-11-20","text":"Revenue rose 14% in the three months ended Sept. 30, the company said on Thursday."}
{"doc":"r","article":1,"para":2,"published":"2025-11-20","text":"The margin widened to 16.8% from 13.2% a year earlier."}
{"doc":"r","article":1,"para":3,"published":"2025-11-20","text":"It expects sales of 41 billion yuan in 2026, up 9% from a year earlier."}
{"doc":"z","article":1,"para":1,"published":"2025-08-22","text":"今年上半年，公司营收38.67亿元。"}
{"doc":"z","article":1,"para":2,"published":"2025-08-22","text":"报告期内，毛利率较上年同期提升2.3个百分点，费用率同比下降。"}
{"doc":"y","article":1,"para":1,"published":"2025-08-22","text":"毛利率同比下降。"}
IN
	assert_output "$(printf '%s\t%s\t%s\n' \
	  r 'the three months ended Sept. 30' 2025-Q3 \
	  r Thursday 2025-11-20 \
	  r 'a year earlier' 2024-Q3 \
	  r 2026 2026 \
	  r 'a year earlier' 2025 \
	  z 今年上半年 2025-H1 \
	  z 上年同期 2024-H1 \
	  z 同比 2024-H1)"
}

@test "nf-dates: 'the same quarter of 2023' and 2019年同期 are the period the article talks about, in that year" {
	run -0 sh -c 'nf-dates | jq -r "[.match, .value] | @tsv"' <<'IN'
{"doc":"a","para":1,"published":"2025-11-12","text":"Passenger numbers rose 8% in the third quarter."}
{"doc":"a","para":2,"published":"2025-11-12","text":"Traffic was up 4% on the same quarter of 2023, and on the same period of 2021."}
{"doc":"z","para":1,"published":"2025-05-06","text":"5月1日至5日“五一”假期，全市共接待游客1286.5万人次。"}
{"doc":"z","para":2,"published":"2025-05-06","text":"游客人数比2019年同期增长12%。"}
{"doc":"y","para":1,"published":"2025-05-06","text":"游客人数比2019年同期增长12%。"}
IN
	assert_output "$(printf '%s\t%s\n' \
	  'the third quarter' 2025-Q3 \
	  'the same quarter of 2023' 2023-Q3 \
	  2021 2021 \
	  5月1日至5日 2025-05-01/2025-05-05 \
	  2019年同期 2019-05-01/2019-05-05 \
	  2019年 2019)"
}

@test "nf-dates: 'per cent' says a page is British, an American '0.3 cent per kWh' does not" {
	run -0 sh -c 'nf-dates | jq -r "[.doc, .value, .note // \"-\"] | @tsv"' <<'IN'
{"doc":"x","para":1,"published":"2025-09-04","text":"The next adjustment is expected to add 0.3 cent per kWh."}
{"doc":"x","para":2,"published":"2025-09-04","text":"New rates apply to bills dated 10/01/2025 or later."}
{"doc":"y","para":1,"published":"2025-09-04","text":"Prices rose 3 per cent."}
{"doc":"y","para":2,"published":"2025-09-04","text":"New rates apply to bills dated 10/01/2025 or later."}
IN
	assert_output "$(printf '%s\t%s\t%s\n' x 2025-10-01 'day/month order guessed' y 2025-01-10 -)"
}
