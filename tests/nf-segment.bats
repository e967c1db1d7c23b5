#!/usr/bin/env bats
# nf-segment: doc records to sentence records.  The sentence-splitting case
# table (fixtures/segment/sentences.tsv, run by tests/tap/sentence-cases)
# covers the splitter and the C unit test test_segment the start/end
# property over every fixture; this file covers the filter: keys, every
# role in English and Chinese, articles, publication lines, options, bad
# input.

load common
setup() { common_setup; }

# one line per record: "para sent role text" (sent "-" for paragraphs)
brief() { jq -r '"\(.para) \(.sent // "-") \(.role) \(.text)"'; }
# the metadata every record of each article carries, one line per article
meta() { jq -c '[.article, .title, .byline, .published]' | uniq; }

EN_DOC='{"doc":"a.txt","encoding":"UTF-8","text":"Home | News | Tech\n\nHangzhou opens a new computing centre\n\nThe city will spend $1.2 billion on chips and servers by 2027.\n\nBy Jane Doe\n\nMay 10, 2025\n\nThe centre, in Yuhang district, will house 10,000 servers. Mr. Chen, its director, said it would open in June. \"We are ready,\" he said.\n\nEngineers test a rack at the centre. Photo: Li Wei\n\nOfficials expect the centre to cut costs for start-ups by a third. Demand for computing power has doubled in two years.\n\nCopyright 2025 Example News. All rights reserved."}'

ZH_DOC='{"doc":"z.txt","text":"首页 > 新闻 > 科技\n\n杭州新建算力中心投入使用\n\n——总投资12亿元，可容纳1万台服务器\n\n2025年3月12日 09:30 来源：杭州日报\n\n记者 张伟 王芳\n\n3月12日，位于余杭区的算力中心正式投入使用。该中心总投资12亿元，可容纳1万台服务器。负责人说：“我们已经准备好了。”\n\n图为算力中心机房。（记者 李明 摄）\n\n据介绍，中心将为初创企业降低三分之一的算力成本！明年还将扩建。\n\n责任编辑：赵六\n\n版权所有 © 2025 杭州日报"}'

@test "nf-segment: the doc's keys but text, then article, para, sent, role, title, byline, published, lang, start, end, text" {
	run -0 nf-segment <<<"$EN_DOC"
	assert_output "$(printf '%s\n' \
	  '{"doc":"a.txt","encoding":"UTF-8","article":1,"para":1,"sent":1,"role":"boilerplate","title":"Hangzhou opens a new computing centre","byline":"Jane Doe","published":"2025-05-10","lang":"en","start":0,"end":18,"text":"Home | News | Tech"}' \
	  '{"doc":"a.txt","encoding":"UTF-8","article":1,"para":2,"sent":1,"role":"title","title":"Hangzhou opens a new computing centre","byline":"Jane Doe","published":"2025-05-10","lang":"en","start":20,"end":57,"text":"Hangzhou opens a new computing centre"}' \
	  '{"doc":"a.txt","encoding":"UTF-8","article":1,"para":3,"sent":1,"role":"dek","title":"Hangzhou opens a new computing centre","byline":"Jane Doe","published":"2025-05-10","lang":"en","start":59,"end":121,"text":"The city will spend $1.2 billion on chips and servers by 2027."}' \
	  '{"doc":"a.txt","encoding":"UTF-8","article":1,"para":4,"sent":1,"role":"byline","title":"Hangzhou opens a new computing centre","byline":"Jane Doe","published":"2025-05-10","lang":"en","start":123,"end":134,"text":"By Jane Doe"}' \
	  '{"doc":"a.txt","encoding":"UTF-8","article":1,"para":5,"sent":1,"role":"dateline","title":"Hangzhou opens a new computing centre","byline":"Jane Doe","published":"2025-05-10","lang":"en","start":136,"end":148,"text":"May 10, 2025"}' \
	  '{"doc":"a.txt","encoding":"UTF-8","article":1,"para":6,"sent":1,"role":"body","title":"Hangzhou opens a new computing centre","byline":"Jane Doe","published":"2025-05-10","lang":"en","start":150,"end":208,"text":"The centre, in Yuhang district, will house 10,000 servers."}' \
	  '{"doc":"a.txt","encoding":"UTF-8","article":1,"para":6,"sent":2,"role":"body","title":"Hangzhou opens a new computing centre","byline":"Jane Doe","published":"2025-05-10","lang":"en","start":209,"end":260,"text":"Mr. Chen, its director, said it would open in June."}' \
	  '{"doc":"a.txt","encoding":"UTF-8","article":1,"para":6,"sent":3,"role":"body","title":"Hangzhou opens a new computing centre","byline":"Jane Doe","published":"2025-05-10","lang":"en","start":261,"end":285,"text":"\"We are ready,\" he said."}' \
	  '{"doc":"a.txt","encoding":"UTF-8","article":1,"para":7,"sent":1,"role":"caption","title":"Hangzhou opens a new computing centre","byline":"Jane Doe","published":"2025-05-10","lang":"en","start":287,"end":323,"text":"Engineers test a rack at the centre."}' \
	  '{"doc":"a.txt","encoding":"UTF-8","article":1,"para":7,"sent":2,"role":"caption","title":"Hangzhou opens a new computing centre","byline":"Jane Doe","published":"2025-05-10","lang":"en","start":324,"end":337,"text":"Photo: Li Wei"}' \
	  '{"doc":"a.txt","encoding":"UTF-8","article":1,"para":8,"sent":1,"role":"body","title":"Hangzhou opens a new computing centre","byline":"Jane Doe","published":"2025-05-10","lang":"en","start":339,"end":405,"text":"Officials expect the centre to cut costs for start-ups by a third."}' \
	  '{"doc":"a.txt","encoding":"UTF-8","article":1,"para":8,"sent":2,"role":"body","title":"Hangzhou opens a new computing centre","byline":"Jane Doe","published":"2025-05-10","lang":"en","start":406,"end":458,"text":"Demand for computing power has doubled in two years."}' \
	  '{"doc":"a.txt","encoding":"UTF-8","article":1,"para":9,"sent":1,"role":"boilerplate","title":"Hangzhou opens a new computing centre","byline":"Jane Doe","published":"2025-05-10","lang":"en","start":460,"end":488,"text":"Copyright 2025 Example News."}' \
	  '{"doc":"a.txt","encoding":"UTF-8","article":1,"para":9,"sent":2,"role":"boilerplate","title":"Hangzhou opens a new computing centre","byline":"Jane Doe","published":"2025-05-10","lang":"en","start":489,"end":509,"text":"All rights reserved."}')"
}

@test "nf-segment: every role in Chinese; offsets are bytes; lang zh" {
	nf-segment <<<"$ZH_DOC" >"$BATS_TEST_TMPDIR/out"
	run -0 brief <"$BATS_TEST_TMPDIR/out"
	assert_output "$(printf '%s\n' \
	  '1 1 boilerplate 首页 > 新闻 > 科技' \
	  '2 1 title 杭州新建算力中心投入使用' \
	  '3 1 dek ——总投资12亿元，可容纳1万台服务器' \
	  '4 1 dateline 2025年3月12日 09:30 来源：杭州日报' \
	  '5 1 byline 记者 张伟 王芳' \
	  '6 1 body 3月12日，位于余杭区的算力中心正式投入使用。' \
	  '6 2 body 该中心总投资12亿元，可容纳1万台服务器。' \
	  '6 3 body 负责人说：“我们已经准备好了。”' \
	  '7 1 caption 图为算力中心机房。' \
	  '7 2 caption （记者 李明 摄）' \
	  '8 1 body 据介绍，中心将为初创企业降低三分之一的算力成本！' \
	  '8 2 body 明年还将扩建。' \
	  '9 1 boilerplate 责任编辑：赵六' \
	  '10 1 boilerplate 版权所有 © 2025 杭州日报')"
	run -0 meta <"$BATS_TEST_TMPDIR/out"
	assert_output '[1,"杭州新建算力中心投入使用","张伟 王芳","2025-03-12"]'
	run -0 jq -c 'select(.para == 2 or (.para == 6 and .sent == 2)) | [.lang, .start, .end]' "$BATS_TEST_TMPDIR/out"
	assert_output "$(printf '%s\n' '["zh",26,62]' '["zh",248,305]')"
}

@test "nf-segment: English fixture en01 - masthead, nav, bullet dek, byline, dateline, caption, teasers, cookies" {
	nf-normalize "$FIX/articles/en01_compute_vouchers.txt" | nf-segment --paragraphs >"$BATS_TEST_TMPDIR/out"
	run -0 jq -r '"\(.para) \(.role) \(.text[0:32])"' "$BATS_TEST_TMPDIR/out"
	assert_output "$(printf '%s\n' \
	  '1 boilerplate Zhejiang Business Review' \
	  '2 boilerplate Home | Policy | Technology | Mar' \
	  '3 boilerplate Sign in' \
	  '4 boilerplate Subscribe' \
	  '5 boilerplate POLICY' \
	  '6 title Hangzhou hands out computing vou' \
	  '7 dek • City sets aside 250 million yu' \
	  '8 dek • Smaller firms can claim back u' \
	  '9 byline By Laura Whitfield' \
	  '10 dateline Published: 12 March 2025' \
	  '11 body Hangzhou will give artificial in' \
	  '12 body The scheme, first floated in a d' \
	  '13 body Officials said more than 1,100 c' \
	  '14 body The subsidy comes on top of a 1 ' \
	  '15 body Hangzhou'"'"'s core AI industry took' \
	  '16 body "Computing power is the rent eve' \
	  '17 body The city'"'"'s data centres in Yuhan' \
	  '18 caption Workers check server racks at a ' \
	  '19 body Firms can apply through the city' \
	  '20 body The programme is part of the cit' \
	  '21 body Analysts were cautiously positiv' \
	  '22 boilerplate Share this article' \
	  '23 boilerplate Facebook  Twitter  LinkedIn  Ema' \
	  '24 boilerplate Related Posts' \
	  '25 boilerplate Zhejiang to build 10 new AI data' \
	  '26 boilerplate The province will spend up to 20' \
	  '27 boilerplate Read more' \
	  '28 boilerplate Alibaba Cloud cuts model prices ' \
	  '29 boilerplate The company lowered the price of' \
	  '30 boilerplate Read more' \
	  '31 boilerplate We use cookies to give you the b' \
	  '32 boilerplate Accept' \
	  '33 boilerplate © 2025 Zhejiang Business Review.')"
	run -0 meta <"$BATS_TEST_TMPDIR/out"
	assert_output '[1,"Hangzhou hands out computing vouchers as it courts AI start-ups","Laura Whitfield","2025-03-12"]'
}

@test "nf-segment: English fixtures - name-and-role byline, bottom byline, no date line" {
	nf-normalize "$FIX/articles/en03_alibaba_cloud_results.txt" | nf-segment --paragraphs --ref 2025-05-19 >"$BATS_TEST_TMPDIR/out"
	run -0 jq -r 'select(.para <= 8 or .para >= 20) | "\(.para) \(.role) \(.text[0:32])"' "$BATS_TEST_TMPDIR/out"
	assert_output "$(printf '%s\n' \
	  '1 boilerplate MARKETS  |  COMPANIES  |  TECH  ' \
	  '2 boilerplate Sign In' \
	  '3 boilerplate Newsletter' \
	  '4 title Alibaba'"'"'s cloud unit grows faste' \
	  '5 byline Priya Raman' \
	  '6 byline Senior Markets Correspondent' \
	  '7 dateline Published 3 days ago' \
	  '8 body Alibaba Group said on Thursday t' \
	  '20 boilerplate Reporting by Priya Raman in Hong' \
	  '21 boilerplate Source: company filings, LSEG da' \
	  '22 boilerplate Read more: Tencent to lift AI sp' \
	  '23 boilerplate Read more: JD.com'"'"'s food deliver' \
	  '24 boilerplate Sign up for our daily China tech' \
	  '25 boilerplate Enter your email' \
	  '26 boilerplate Subscribe' \
	  '27 boilerplate Terms of Use | Privacy Policy | ')"
	run -0 meta <"$BATS_TEST_TMPDIR/out"
	assert_output '[1,"Alibaba'"'"'s cloud unit grows fastest in three years as AI demand climbs","Priya Raman","2025-05-16"]'
	nf-normalize "$FIX/articles/en05_guidance_funds_essay.txt" | nf-segment --paragraphs --ref 2025-02-03 >"$BATS_TEST_TMPDIR/out"
	run -0 jq -r '"\(.para) \(.role) \(.text[0:32])"' "$BATS_TEST_TMPDIR/out"
	assert_line --index 0 '1 boilerplate Download the full report (PDF, 2'
	assert_line --index 1 '2 body When Hangzhou'"'"'s municipal govern'
	assert_line --index 8 '9 byline Zhou Lan'
	assert_line --index 9 '10 byline Visiting fellow, Asia Technology'
	assert_line --index 10 '11 boilerplate This essay originally appeared i'
	run -0 meta <"$BATS_TEST_TMPDIR/out"
	assert_output '[1,null,"Zhou Lan",null]'
}

@test "nf-segment: Chinese fixture zh03 - app bar, date line, 记者 byline, caption and credit, comment form" {
	nf-normalize "$FIX/articles/zh03_hangzhou_robot_orders.txt" | nf-segment --paragraphs --ref 2025-05-23 >"$BATS_TEST_TMPDIR/out"
	run -0 jq -r '"\(.para) \(.role) \(.text[0:16])"' "$BATS_TEST_TMPDIR/out"
	assert_output "$(printf '%s\n' \
	  '1 boilerplate 潮涌新闻  APP下载  登录' \
	  '2 boilerplate 首页 | 要闻 | 科技 | 财' \
	  '3 title 杭州机器人产业加速“出圈”：人形' \
	  '4 dateline 2025/05/22 14:05' \
	  '5 byline 记者 李明远' \
	  '6 body 昨日下午，在杭州滨江区一家机器人' \
	  '7 body 这只是杭州机器人产业快速发展的一' \
	  '8 body 5月18日，宇树科技在杭州发布新' \
	  '9 caption 图为宇树科技展厅内展示的人形机器' \
	  '10 caption 图片来源：受访者供图' \
	  '11 body 产业链上游，一家为特斯拉Mode' \
	  '12 body 在赛场上，杭州机器人也屡有斩获。' \
	  '13 body 政策层面，杭州今年3月发布《具身' \
	  '14 boilerplate 编辑：赵晨  审核：孙立' \
	  '15 boilerplate 版权声明：本文为潮涌新闻原创，未' \
	  '16 boilerplate 分享到：微信  朋友圈  微博' \
	  '17 boilerplate 相关阅读' \
	  '18 boilerplate 杭州发布具身智能行动计划 到20' \
	  '19 boilerplate 推荐阅读' \
	  '20 boilerplate · 阿里巴巴上季度营收增长7%' \
	  '21 boilerplate · 深度求索发布R1升级版' \
	  '22 boilerplate 发表评论' \
	  '23 boilerplate 请先登录后发表评论' \
	  '24 boilerplate 加载中...')"
	run -0 meta <"$BATS_TEST_TMPDIR/out"
	assert_output '[1,"杭州机器人产业加速“出圈”：人形机器人订单排到明年","李明远","2025-05-22"]'
}

@test "nf-segment: Chinese fixtures - 来源 date line, footer, no date line gives published null" {
	nf-normalize "$FIX/articles/zh01_hangzhou_ai_policy.txt" | nf-segment --paragraphs --ref 2025-04-17 >"$BATS_TEST_TMPDIR/out"
	run -0 jq -r 'select(.role == "dateline" or .role == "title" or .role == "caption") | "\(.para) \(.role) \(.text)"' "$BATS_TEST_TMPDIR/out"
	assert_output --partial 'dateline 2025年4月16日 09:30 来源：新华网'
	run -0 meta <"$BATS_TEST_TMPDIR/out"
	assert_output --regexp '^\[1,"[^"]+",(null|"[^"]+"),"2025-04-16"\]$'
	nf-normalize "$FIX/articles/zh05_zhejiang_chip_industry.txt" | nf-segment --paragraphs --ref 2025-10-15 >"$BATS_TEST_TMPDIR/out"
	run -0 meta <"$BATS_TEST_TMPDIR/out"
	assert_output '[1,"浙江集成电路产业链加速补链 杭州芯片设计企业营收同比增逾两成",null,null]'
	run -0 jq -r 'select(.para >= 13) | "\(.para) \(.role) \(.text[0:12])"' "$BATS_TEST_TMPDIR/out"
	assert_output "$(printf '%s\n' \
	  '13 boilerplate 来源：浙江日报' \
	  '14 boilerplate 责任编辑：郑佳' \
	  '15 boilerplate 免责声明：本网转载稿件仅' \
	  '16 boilerplate 相关阅读' \
	  '17 boilerplate · 杭州今年已新增集成电' \
	  '18 boilerplate · 长三角芯片联盟成立 ' \
	  '19 boilerplate 加载中...' \
	  '20 boilerplate 地址：杭州市上城区钱江路' \
	  '21 boilerplate Copyright © ')"
}

# a doc of a headline, DATELINE and two body sentences, with KEYS (a JSON
# fragment: "" or ,"fetched":"...") added
dated_doc() {
	jq -nc --arg d "$1" --argjson extra "{${2:-}}" '{doc: "d.txt"} + $extra + {text: ("Plan to cut costs for start-ups\n\n" + $d + "\n\nOfficials said the plan would cut costs for start-ups by a third. Demand has doubled in two years.")}'
}

@test "nf-segment: publication lines in English - absolute, labelled, relative against fetched or --ref" {
	out=$BATS_TEST_TMPDIR/out
	{
		dated_doc 'May 10, 2025'
		dated_doc 'Published: May 10, 2025'
		dated_doc '2025-03-12 09:30'
		dated_doc 'Updated: 2025-03-12 09:30 GMT+8'
		dated_doc 'May 10, 2025 | 5 min read'
		dated_doc 'Published 1 month ago' '"fetched":"2025-06-10"'
		dated_doc 'Updated 3 hours ago' '"fetched":"2025-06-10T08:00:00Z"'
		dated_doc 'Published 1 month ago'
	} >"$BATS_TEST_TMPDIR/in.jsonl"
	nf-segment --paragraphs "$BATS_TEST_TMPDIR/in.jsonl" >"$out"
	run -0 jq -r 'select(.para == 2) | "\(.role) \(.published) \(.text)"' "$out"
	assert_output "$(printf '%s\n' \
	  'dateline 2025-05-10 May 10, 2025' \
	  'dateline 2025-05-10 Published: May 10, 2025' \
	  'dateline 2025-03-12 2025-03-12 09:30' \
	  'dateline 2025-03-12 Updated: 2025-03-12 09:30 GMT+8' \
	  'dateline 2025-05-10 May 10, 2025 | 5 min read' \
	  'dateline 2025-05-10 Published 1 month ago' \
	  'dateline 2025-06-10 Updated 3 hours ago' \
	  'dateline null Published 1 month ago')"
	# --ref anchors docs without "fetched"; a doc's own "fetched" wins
	nf-segment --paragraphs --ref 2025-03-31 "$BATS_TEST_TMPDIR/in.jsonl" >"$out"
	run -0 jq -r 'select(.para == 2) | .published' "$out"
	assert_output "$(printf '%s\n' 2025-05-10 2025-05-10 2025-03-12 2025-03-12 2025-05-10 2025-05-10 2025-06-10 2025-02-28)"
}

@test "nf-segment: publication lines in Chinese; no date at all gives published null" {
	{
		dated_doc '2025年3月12日 09:30 来源：新华网'
		dated_doc '发布时间：2025-03-12 09:30'
		dated_doc '更新于 3小时前' '"fetched":"2025-06-10"'
		dated_doc '1个月前' '"fetched":"2025-06-10"'
		dated_doc '1个月前'
		jq -nc '{doc: "n.txt", text: "Plan to cut costs for start-ups\n\nOfficials said the plan would cut costs for start-ups by a third. Demand has doubled in two years."}'
		jq -nc '{doc: "n.txt", text: "杭州出台新政\n\n近日，杭州市出台新政，支持人工智能企业发展。政策从资金、人才、场景三个方面给予支持。"}'
	} >"$BATS_TEST_TMPDIR/in.jsonl"
	run -0 nf-segment --paragraphs "$BATS_TEST_TMPDIR/in.jsonl"
	run -0 jq -r '"\(.para) \(.role) \(.published) \(if .role == "dateline" then .text else .text[0:12] end)"' <<<"$output"
	assert_output "$(printf '%s\n' \
	  '1 title 2025-03-12 Plan to cut ' \
	  '2 dateline 2025-03-12 2025年3月12日 09:30 来源：新华网' \
	  '3 body 2025-03-12 Officials sa' \
	  '1 title 2025-03-12 Plan to cut ' \
	  '2 dateline 2025-03-12 发布时间：2025-03-12 09:30' \
	  '3 body 2025-03-12 Officials sa' \
	  '1 title 2025-06-10 Plan to cut ' \
	  '2 dateline 2025-06-10 更新于 3小时前' \
	  '3 body 2025-06-10 Officials sa' \
	  '1 title 2025-05-10 Plan to cut ' \
	  '2 dateline 2025-05-10 1个月前' \
	  '3 body 2025-05-10 Officials sa' \
	  '1 title null Plan to cut ' \
	  '2 dateline null 1个月前' \
	  '3 body null Officials sa' \
	  '1 title null Plan to cut ' \
	  '2 body null Officials sa' \
	  '1 title null 杭州出台新政' \
	  '2 body null 近日，杭州市出台新政，支')"
}

@test "nf-segment: bylines - By, a name with its role, a name alone, the author part of a date line" {
	{
		dated_doc 'By Jane Doe, Reuters'
		dated_doc 'By JANE DOE and JOHN ROE'
		dated_doc 'Jane Doe'
		dated_doc 'Jane Doe | May 10, 2025'
		dated_doc 'By Jane Doe • 5 min read • May 10, 2025'
		dated_doc 'Hangzhou Daily | May 10, 2025'
		dated_doc '发布时间：2025年03月12日 09:30  来源：人民网  作者：张三'
		dated_doc '2025-03-12 09:30　来源：新华网　记者 李明'
		dated_doc '记者 张伟 王芳'
	} >"$BATS_TEST_TMPDIR/in.jsonl"
	run -0 nf-segment --paragraphs "$BATS_TEST_TMPDIR/in.jsonl"
	run -0 jq -r 'select(.para == 2) | "\(.role) \(.byline) \(.published)"' <<<"$output"
	assert_output "$(printf '%s\n' \
	  'byline Jane Doe null' \
	  'byline JANE DOE and JOHN ROE null' \
	  'byline Jane Doe null' \
	  'dateline Jane Doe 2025-05-10' \
	  'dateline Jane Doe 2025-05-10' \
	  'dateline null 2025-05-10' \
	  'dateline 张三 2025-03-12' \
	  'dateline 李明 2025-03-12' \
	  'byline 张伟 王芳 null')"
}

# a doc of the given paragraphs (one argument each)
para_doc() {
	jq -nc '{doc: "p.txt", text: ($ARGS.positional | join("\n\n"))}' --args "$@"
}

@test "nf-segment: engagement counters are chrome and never the title, wherever they stand" {
	{
		para_doc '杭州芯片公司完成15亿元融资 估值逾百亿' '芯潮观察 · 发布于 2025年11月14日' '阅读 2.3万 · 点赞 486' \
		  '11月14日，杭州一家芯片公司宣布完成15亿元C轮融资，本轮融资后公司估值超过100亿元。' \
		  '公司目前员工约650人，其中研发人员占比超过七成，今年出货量达到42万片。' '评论（23） 收藏 转发'
		para_doc 'Hangzhou start-up unveils a cheaper reasoning model' 'May 10, 2025' '1.2K views | 12 Comments' \
		  'The company said on Wednesday that the model cost less than $6 million to train.' '5 min read' \
		  'Shares in its rivals fell after the announcement, while analysts said demand would rise.' '486 likes' 'Shares'
		para_doc '2.4K views · 31 shares' \
		  'The city will spend $1.2 billion on chips and servers by 2027, officials said on Monday.' \
		  'The centre will house 10,000 servers and open in June, its director said.'
	} >"$BATS_TEST_TMPDIR/in.jsonl"
	nf-segment --paragraphs "$BATS_TEST_TMPDIR/in.jsonl" >"$BATS_TEST_TMPDIR/out"
	run -0 jq -r '"\(.para) \(.role) \(.title) | \(.text[0:12])"' "$BATS_TEST_TMPDIR/out"
	assert_output "$(printf '%s\n' \
	  '1 title 杭州芯片公司完成15亿元融资 估值逾百亿 | 杭州芯片公司完成15亿元' \
	  '2 dateline 杭州芯片公司完成15亿元融资 估值逾百亿 | 芯潮观察 · 发布于 2' \
	  '3 boilerplate 杭州芯片公司完成15亿元融资 估值逾百亿 | 阅读 2.3万 · 点赞' \
	  '4 body 杭州芯片公司完成15亿元融资 估值逾百亿 | 11月14日，杭州一家芯' \
	  '5 body 杭州芯片公司完成15亿元融资 估值逾百亿 | 公司目前员工约650人，' \
	  '6 boilerplate 杭州芯片公司完成15亿元融资 估值逾百亿 | 评论（23） 收藏 转发' \
	  '1 title Hangzhou start-up unveils a cheaper reasoning model | Hangzhou sta' \
	  '2 dateline Hangzhou start-up unveils a cheaper reasoning model | May 10, 2025' \
	  '3 boilerplate Hangzhou start-up unveils a cheaper reasoning model | 1.2K views |' \
	  '4 body Hangzhou start-up unveils a cheaper reasoning model | The company ' \
	  '5 boilerplate Hangzhou start-up unveils a cheaper reasoning model | 5 min read' \
	  '6 body Hangzhou start-up unveils a cheaper reasoning model | Shares in it' \
	  '7 boilerplate Hangzhou start-up unveils a cheaper reasoning model | 486 likes' \
	  '8 boilerplate Hangzhou start-up unveils a cheaper reasoning model | Shares' \
	  '1 boilerplate null | 2.4K views ·' \
	  '2 body null | The city wil' \
	  '3 body null | The centre w')"
}

@test "nf-segment: a reporting credit at the end is chrome, a sentence about reporting is not" {
	{
		para_doc 'Hangzhou start-up unveils a cheaper reasoning model' 'By Daniel Okafor and Wei Jing' \
		  'The company said on Wednesday that the model cost less than $6 million to train.' \
		  'Analysts said the cheaper pricing could lift demand for computing power in the third quarter.' \
		  'Wei Jing reported from Hangzhou.' 'Have a tip? Contact our newsroom.'
		para_doc 'Hangzhou start-up unveils a cheaper reasoning model' \
		  'The company said on Wednesday that the model cost less than $6 million to train.' \
		  'Analysts said the cheaper pricing could lift demand for computing power in the third quarter.' \
		  'Mary K. O'"'"'Neil in London and Li Ming contributed reporting.'
		para_doc 'Hangzhou start-up unveils a cheaper reasoning model' \
		  'The company said on Wednesday that the model cost less than $6 million to train.' \
		  'Analysts said the cheaper pricing could lift demand for computing power in the third quarter.' \
		  'Xinhua reported from Beijing.' 'The Wall Street Journal reported from Beijing that prices fell by a third last month.'
	} >"$BATS_TEST_TMPDIR/in.jsonl"
	run -0 nf-segment --paragraphs "$BATS_TEST_TMPDIR/in.jsonl"
	run -0 jq -r 'select(.para > 3) | "\(.para) \(.role) \(.text)"' <<<"$output"
	assert_output "$(printf '%s\n' \
	  '4 body Analysts said the cheaper pricing could lift demand for computing power in the third quarter.' \
	  '5 boilerplate Wei Jing reported from Hangzhou.' \
	  '6 boilerplate Have a tip? Contact our newsroom.' \
	  "4 boilerplate Mary K. O'Neil in London and Li Ming contributed reporting." \
	  '4 body Xinhua reported from Beijing.' \
	  '5 body The Wall Street Journal reported from Beijing that prices fell by a third last month.')"
}

@test "nf-segment: a masthead and a section label above the headline are chrome, not the title" {
	{
		para_doc '新华财经' '首页 > 科技 > 正文' '阿里云宣布追加AI基础设施投入 模型下载量超6亿次' '2025年09月25日 10:08  来源：新华财经' \
		  '新华财经杭州9月24日电 24日，2025云栖大会在杭州开幕，阿里云宣布将追加投入超过500亿元。' \
		  '会上，阿里云发布新一代旗舰模型，参数规模超过1万亿，在多项评测中位列全球前三。'
		para_doc 'The Harbour Ledger' 'Technology' 'Hangzhou bets 3bn yuan on humanoid robots as factories race to automate' \
		  'Mon 14 Apr 2025 09.17 BST' \
		  'Hangzhou will spend 3bn yuan over the next three years to help local companies build humanoid robots.' \
		  'Factories in the province installed 41,200 industrial robots last year, the statistics bureau said.'
	} >"$BATS_TEST_TMPDIR/in.jsonl"
	run -0 nf-segment --paragraphs "$BATS_TEST_TMPDIR/in.jsonl"
	run -0 jq -r 'select(.para <= 4) | "\(.para) \(.role) \(.text)"' <<<"$output"
	assert_output "$(printf '%s\n' \
	  '1 boilerplate 新华财经' \
	  '2 boilerplate 首页 > 科技 > 正文' \
	  '3 title 阿里云宣布追加AI基础设施投入 模型下载量超6亿次' \
	  '4 dateline 2025年09月25日 10:08  来源：新华财经' \
	  '1 boilerplate The Harbour Ledger' \
	  '2 boilerplate Technology' \
	  '3 title Hangzhou bets 3bn yuan on humanoid robots as factories race to automate' \
	  '4 dateline Mon 14 Apr 2025 09.17 BST')"
}

@test "nf-segment: a WARC doc's first line is its page <title>: the title without the site, preferred to a print link" {
	wet() { jq -nc --arg f "$1" '{doc: "https://example.com/a"} + (if $f == "" then {} else {fetched: $f} end) + {text: ($ARGS.positional | join("\n"))}' --args "${@:2}"; }
	body='Hangzhou will spend 3bn yuan over the next three years to help local companies build humanoid robots, officials said.'
	more='Factories in the province installed 41,200 industrial robots last year, the statistics bureau said on Monday.'
	{
		wet 2024-05-18T01:58:10Z 'Hangzhou bets 3bn yuan on humanoid robots - The Harbour Ledger' 'Main menu' 'Printable version' '' "$body" "$more"
		wet 2024-05-18T01:58:10Z 'Home | News | Tech' 'Hangzhou bets 3bn yuan on humanoid robots' '' "$body" "$more"
		wet '' 'Hangzhou bets 3bn yuan on humanoid robots - The Harbour Ledger' 'Main menu' 'Printable version' '' "$body" "$more"
	} >"$BATS_TEST_TMPDIR/in.jsonl"
	run -0 nf-segment --paragraphs "$BATS_TEST_TMPDIR/in.jsonl"
	# without "fetched" (not a WARC doc) the first line keeps its site's name
	run -0 jq -r 'select(.para <= 3) | "\(.para) \(.role) \(.title) | \(.text)"' <<<"$output"
	assert_output "$(printf '%s\n' \
	  '1 title Hangzhou bets 3bn yuan on humanoid robots | Hangzhou bets 3bn yuan on humanoid robots - The Harbour Ledger' \
	  '2 boilerplate Hangzhou bets 3bn yuan on humanoid robots | Main menu' \
	  '3 boilerplate Hangzhou bets 3bn yuan on humanoid robots | Printable version' \
	  '1 boilerplate Hangzhou bets 3bn yuan on humanoid robots | Home | News | Tech' \
	  '2 title Hangzhou bets 3bn yuan on humanoid robots | Hangzhou bets 3bn yuan on humanoid robots' \
	  '3 body Hangzhou bets 3bn yuan on humanoid robots | Hangzhou will spend 3bn yuan over the next three years to help local companies build humanoid robots, officials said.' \
	  '1 title Hangzhou bets 3bn yuan on humanoid robots - The Harbour Ledger | Hangzhou bets 3bn yuan on humanoid robots - The Harbour Ledger' \
	  '2 boilerplate Hangzhou bets 3bn yuan on humanoid robots - The Harbour Ledger | Main menu' \
	  '3 boilerplate Hangzhou bets 3bn yuan on humanoid robots - The Harbour Ledger | Printable version')"
}

@test "nf-segment: a digest is split into articles, each with its own title and published" {
	nf-normalize "$FIX/articles/en07_daily_brief_digest.txt" | nf-segment --ref 2025-04-02 >"$BATS_TEST_TMPDIR/out"
	run -0 meta <"$BATS_TEST_TMPDIR/out"
	assert_output "$(printf '%s\n' \
	  '[1,"Hangzhou chip designer raises 1.5 billion yuan ahead of listing",null,"2025-03-03"]' \
	  '[2,"Zhejiang University lab unveils 72-qubit processor",null,"2025-03-04"]' \
	  '[3,"DeepSeek rival cuts API prices by as much as 75%",null,"2025-03-05"]')"
	# para counts restart with each article; titles and datelines are roles
	run -0 jq -r 'select(.role == "title" or .role == "dateline") | "\(.article) \(.para) \(.role) \(.text)"' "$BATS_TEST_TMPDIR/out"
	assert_output "$(printf '%s\n' \
	  '1 5 title Hangzhou chip designer raises 1.5 billion yuan ahead of listing' \
	  '1 6 dateline March 3, 2025' \
	  '2 1 title Zhejiang University lab unveils 72-qubit processor' \
	  '2 2 dateline March 4, 2025' \
	  '3 1 title DeepSeek rival cuts API prices by as much as 75%' \
	  '3 2 dateline March 5, 2025')"
}

@test "nf-segment: --paragraphs writes one record per paragraph, without sent" {
	run -0 nf-segment --paragraphs <<<"$EN_DOC"
	assert_line --index 5 '{"doc":"a.txt","encoding":"UTF-8","article":1,"para":6,"role":"body","title":"Hangzhou opens a new computing centre","byline":"Jane Doe","published":"2025-05-10","lang":"en","start":150,"end":285,"text":"The centre, in Yuhang district, will house 10,000 servers. Mr. Chen, its director, said it would open in June. \"We are ready,\" he said."}'
	[ "${#lines[@]}" -eq 9 ]
	run -0 jq -r '"\(.para) \(.role)"' <<<"$output"
	assert_output "$(printf '%s\n' '1 boilerplate' '2 title' '3 dek' '4 byline' '5 dateline' '6 body' '7 caption' '8 body' '9 boilerplate')"
}

@test "nf-segment: --ref must be a date" {
	run -2 nf-segment --ref 2025-13-01 </dev/null
	assert_output "$(printf '%s\n' "nf-segment: --ref wants a date as YYYY-MM-DD, not '2025-13-01'" "Try 'nf-segment --help' for more information.")"
	run -2 nf-segment --ref yesterday </dev/null
}

@test "nf-segment: empty input, empty and blank text write nothing" {
	run -0 nf-segment </dev/null
	assert_output ''
	run -0 nf-segment <<<'{"doc":"e","text":""}
{"doc":"b","text":"  \n\n \t\n"}'
	assert_output ''
}

@test "nf-segment: a malformed line stops the run with FILE:LINE; records already written stay" {
	printf '%s\n' '{"doc":"a","text":"One sentence here."}' '{bad' '{"doc":"c","text":"Never reached."}' >"$BATS_TEST_TMPDIR/in.jsonl"
	run -1 --separate-stderr nf-segment "$BATS_TEST_TMPDIR/in.jsonl"
	assert_output '{"doc":"a","article":1,"para":1,"sent":1,"role":"body","title":null,"byline":null,"published":null,"lang":"en","start":0,"end":18,"text":"One sentence here."}'
	[ "$stderr" = "nf-segment: $BATS_TEST_TMPDIR/in.jsonl:2: invalid JSON: string or '}' expected near 'bad'" ]
	run -1 --separate-stderr nf-segment <<<'{"doc":"x"}'
	[ "$stderr" = 'nf-segment: <stdin>:1: record has no "text" string' ]
	run -1 --separate-stderr nf-segment <<<'[1,2]'
	[ "$stderr" = 'nf-segment: <stdin>:1: not a JSON object' ]
}

@test "nf-segment: --skip-bad skips and counts malformed lines" {
	printf '%s\n' '{"doc":"a","text":"One."}' '{bad' '{"doc":"c"}' '{"doc":"d","text":"Two."}' >"$BATS_TEST_TMPDIR/in.jsonl"
	run -0 --separate-stderr nf-segment --skip-bad "$BATS_TEST_TMPDIR/in.jsonl"
	run -0 jq -r '"\(.doc) \(.text)"' <<<"$output"
	assert_output "$(printf '%s\n' 'a One.' 'd Two.')"
	[[ $stderr == *"skipped 2 bad lines"* ]]
}

@test "nf-segment: invalid UTF-8 inside a text string is bad input" {
	printf '{"doc":"x","text":"Caf\\u00e9 \xff\xfe ok. Next one."}\n' >"$BATS_TEST_TMPDIR/in.jsonl"
	run -1 --separate-stderr nf-segment "$BATS_TEST_TMPDIR/in.jsonl"
	assert_output ''
	[[ $stderr == "nf-segment: $BATS_TEST_TMPDIR/in.jsonl:1: invalid JSON: unable to decode byte 0xff"* ]]
	run -0 --separate-stderr nf-segment --skip-bad "$BATS_TEST_TMPDIR/in.jsonl"
	assert_output ''
}

@test "nf-segment: several files and - for stdin, in order" {
	printf '%s\n' '{"doc":"f","text":"From a file."}' >"$BATS_TEST_TMPDIR/f.jsonl"
	run -0 nf-segment "$BATS_TEST_TMPDIR/f.jsonl" - <<<'{"doc":"s","text":"From stdin."}'
	run -0 jq -r .doc <<<"$output"
	assert_output "$(printf '%s\n' f s)"
}

@test "nf-segment: --help, --version, unknown option" {
	run -0 nf-segment --help
	assert_line --index 0 'usage: nf-segment [--ref YYYY-MM-DD] [--paragraphs] [--skip-bad] [FILE ...]'
	assert_output --partial '--paragraphs'
	assert_output --partial 'Exit status: 0 ok, 1 bad input or write error, 2 bad usage.'
	run -0 nf-segment --version
	assert_output --regexp '^nf-segment \(newsfacts\) [0-9]'
	run -2 --separate-stderr nf-segment --bogus
	assert_output ''
	[[ $stderr == *"unrecognized option '--bogus'"* ]]
	[[ $stderr == *"Try 'nf-segment --help' for more information."* ]]
}

@test "nf-segment: a missing file is reported and the others are still read" {
	printf '%s\n' '{"doc":"f","text":"From a file."}' >"$BATS_TEST_TMPDIR/f.jsonl"
	run -1 --separate-stderr nf-segment "$BATS_TEST_TMPDIR/nope.jsonl" "$BATS_TEST_TMPDIR/f.jsonl"
	assert_output --partial '"text":"From a file."'
	[[ $stderr == "nf-segment: $BATS_TEST_TMPDIR/nope.jsonl: "* ]]
}

@test "nf-segment: the seeds keep their titles and dates (skips without ../shared)" {
	need_shared
	local f base gold ref got
	for f in "$SHARED"/seeds/*.txt; do
		base=$(basename "$f" .txt)
		gold=$SHARED/gold/$base.gold.jsonl
		[ -f "$gold" ] || continue
		ref=$(jq -r 'select(.type == "meta" and .field == "ref") | .value' "$gold")
		got=$(nf-normalize "$f" | nf-segment ${ref:+--ref "$ref"} \
			| jq -cs 'map(select(.role != "boilerplate"))[0] | {title, published}')
		# as nf-score: the title exactly, the date up to the gold's precision
		jq -e --argjson got "$got" -s '
			(map(select(.field == "title"))[0] | .value // .text) == $got.title
			and (map(select(.field == "published"))[0].value as $w
				| if $w == null then $got.published == null
				  else ($got.published // "" | startswith($w)) end)' "$gold" >/dev/null \
			|| { echo "$base: got $got"; return 1; }
	done
}

@test "nf-segment: a press release's closing sections (About X, Safe Harbor, Media contact) are boilerplate to the end" {
	local doc='{"doc":"pr.txt","text":"Acme Robotics wins a 500 million yuan order from a Ningbo carmaker\n\nNINGBO, China, May 6, 2025 -- Acme Robotics said on Tuesday it had won an order worth 500 million yuan to supply 2,000 welding robots to a Ningbo carmaker over three years.\n\nDeliveries will start in the third quarter, and the company expects the order to add about 8% to its revenue next year, its chief executive said.\n\nAbout Acme Robotics\n\nFounded in 2015, Acme Robotics makes industrial robots in Hangzhou and employs 1,200 people in four countries.\n\nSafe Harbor Statement\n\nThis release contains forward-looking statements. Actual results may differ materially from those we expect today.\n\nMedia contact: Ann Lee, press@acme.example"}'
	nf-segment <<<"$doc" >"$BATS_TEST_TMPDIR/out"
	run -0 brief <"$BATS_TEST_TMPDIR/out"
	assert_output "$(printf '%s\n' \
	  '1 1 title Acme Robotics wins a 500 million yuan order from a Ningbo carmaker' \
	  '2 1 body NINGBO, China, May 6, 2025 -- Acme Robotics said on Tuesday it had won an order worth 500 million yuan to supply 2,000 welding robots to a Ningbo carmaker over three years.' \
	  '3 1 body Deliveries will start in the third quarter, and the company expects the order to add about 8% to its revenue next year, its chief executive said.' \
	  '4 1 boilerplate About Acme Robotics' \
	  '5 1 boilerplate Founded in 2015, Acme Robotics makes industrial robots in Hangzhou and employs 1,200 people in four countries.' \
	  '6 1 boilerplate Safe Harbor Statement' \
	  '7 1 boilerplate This release contains forward-looking statements.' \
	  '7 2 boilerplate Actual results may differ materially from those we expect today.' \
	  '8 1 boilerplate Media contact: Ann Lee, press@acme.example')"
}

@test "nf-segment: 关于<公司> ends a Chinese release; a 风险提示 line is boilerplate" {
	local doc='{"doc":"z.txt","text":"蓝海科技获5亿元订单\n\n2025年5月6日 来源：某某网\n\n蓝海科技5月6日晚公告称，公司与宁波一家车企签订5亿元焊接机器人采购合同，将在三年内交付2000台机器人。\n\n公司表示，订单预计将使明年营收增加约8%，交付将于三季度开始。\n\n关于蓝海科技\n\n蓝海科技成立于2015年，总部位于杭州，在四个国家拥有1200名员工。\n\n风险提示：市场有风险，投资需谨慎。"}'
	nf-segment <<<"$doc" >"$BATS_TEST_TMPDIR/out"
	run -0 brief <"$BATS_TEST_TMPDIR/out"
	assert_output "$(printf '%s\n' \
	  '1 1 title 蓝海科技获5亿元订单' \
	  '2 1 dateline 2025年5月6日 来源：某某网' \
	  '3 1 body 蓝海科技5月6日晚公告称，公司与宁波一家车企签订5亿元焊接机器人采购合同，将在三年内交付2000台机器人。' \
	  '4 1 body 公司表示，订单预计将使明年营收增加约8%，交付将于三季度开始。' \
	  '5 1 boilerplate 关于蓝海科技' \
	  '6 1 boilerplate 蓝海科技成立于2015年，总部位于杭州，在四个国家拥有1200名员工。' \
	  '7 1 boilerplate 风险提示：市场有风险，投资需谨慎。')"
}

@test "nf-segment: 'About half of them ...' is a sentence, not a closing heading; a transcript's disclaimer is boilerplate" {
	local doc='{"doc":"n.txt","text":"Robot makers hire again\n\nHangzhou robot makers are hiring again after a slow winter, and wages for engineers have risen by a tenth this year, recruiters said.\n\nAbout half of them plan to add staff before the summer, according to a survey of 120 firms by a local industry group.\n\nThe survey found that most of the new jobs are in software and testing, rather than in assembly work on the factory floor.\n\nThis transcript may not be 100% accurate and may contain errors."}'
	nf-segment <<<"$doc" >"$BATS_TEST_TMPDIR/out"
	run -0 brief <"$BATS_TEST_TMPDIR/out"
	assert_output "$(printf '%s\n' \
	  '1 1 title Robot makers hire again' \
	  '2 1 body Hangzhou robot makers are hiring again after a slow winter, and wages for engineers have risen by a tenth this year, recruiters said.' \
	  '3 1 body About half of them plan to add staff before the summer, according to a survey of 120 firms by a local industry group.' \
	  '4 1 body The survey found that most of the new jobs are in software and testing, rather than in assembly work on the factory floor.' \
	  '5 1 boilerplate This transcript may not be 100% accurate and may contain errors.')"
}

@test "nf-segment: the headline above the date and byline is the title; a 'prepared by ... staff' line is a byline, the label under it chrome" {
	local doc='{"doc":"t.txt","text":"CallNotes\n\nAcme Robotics Q1 2025 Earnings Call Transcript\n\nMay 16th, 2025\n\nTranscript prepared by CallNotes staff\n\nPrepared remarks (excerpt)\n\nOperator: Good evening and welcome to the first quarter earnings call of Acme Robotics, which will last about an hour today.\n\nCEO: Thank you. Revenue rose 20% in the quarter and we delivered more robots than in any quarter before, despite the holiday."}'
	nf-segment <<<"$doc" >"$BATS_TEST_TMPDIR/out"
	run -0 brief <"$BATS_TEST_TMPDIR/out"
	assert_output "$(printf '%s\n' \
	  '1 1 boilerplate CallNotes' \
	  '2 1 title Acme Robotics Q1 2025 Earnings Call Transcript' \
	  '3 1 dateline May 16th, 2025' \
	  '4 1 byline Transcript prepared by CallNotes staff' \
	  '5 1 boilerplate Prepared remarks (excerpt)' \
	  '6 1 body Operator: Good evening and welcome to the first quarter earnings call of Acme Robotics, which will last about an hour today.' \
	  '7 1 body CEO: Thank you.' \
	  '7 2 body Revenue rose 20% in the quarter and we delivered more robots than in any quarter before, despite the holiday.')"
	run -0 meta <"$BATS_TEST_TMPDIR/out"
	assert_output '[1,"Acme Robotics Q1 2025 Earnings Call Transcript","CallNotes staff","2025-05-16"]'
}

@test "nf-segment: a yearless stamp '06-03 14:22' is the dateline, its year the nearest past one from fetched or --ref" {
	local doc='{"doc":"k.txt","text":"某某快讯\n\n港股科技股午后走强 恒生科技指数涨超2%\n\n06-03 14:22\n\n某某社6月3日电，港股科技股午后走强，恒生科技指数涨2.31%，报5412.36点，成交额较上一交易日明显放大。"}'
	nf-segment --ref 2025-06-03 <<<"$doc" >"$BATS_TEST_TMPDIR/out"
	run -0 brief <"$BATS_TEST_TMPDIR/out"
	assert_output "$(printf '%s\n' \
	  '1 1 boilerplate 某某快讯' \
	  '2 1 title 港股科技股午后走强 恒生科技指数涨超2%' \
	  '3 1 dateline 06-03 14:22' \
	  '4 1 body 某某社6月3日电，港股科技股午后走强，恒生科技指数涨2.31%，报5412.36点，成交额较上一交易日明显放大。')"
	run -0 meta <"$BATS_TEST_TMPDIR/out"
	assert_output '[1,"港股科技股午后走强 恒生科技指数涨超2%",null,"2025-06-03"]'
	run -0 bash -c 'nf-segment --ref 2025-01-10 | jq -r .published | uniq' <<<"$doc"
	assert_output '2024-06-03'
	run -0 bash -c 'nf-segment | jq -r .published | uniq' <<<"$doc"
	assert_output 'null'
}

@test "nf-segment: a note on the writer after the last body paragraph is boilerplate; the same shape inside the body is not" {
	local doc='{"doc":"w.txt","text":"Robot makers hire again\n\nHangzhou robot makers are hiring again after a slow winter, and wages for engineers have risen by a tenth this year, recruiters said.\n\nWang Hao is a founder.\n\nHis firm plans to add 40 staff before the summer, according to a survey of 120 firms by a local industry group in the city.\n\nMei Lin is a contributing writer based in Shanghai."}'
	nf-segment <<<"$doc" >"$BATS_TEST_TMPDIR/out"
	run -0 brief <"$BATS_TEST_TMPDIR/out"
	assert_output "$(printf '%s\n' \
	  '1 1 title Robot makers hire again' \
	  '2 1 body Hangzhou robot makers are hiring again after a slow winter, and wages for engineers have risen by a tenth this year, recruiters said.' \
	  '3 1 body Wang Hao is a founder.' \
	  '4 1 body His firm plans to add 40 staff before the summer, according to a survey of 120 firms by a local industry group in the city.' \
	  '5 1 boilerplate Mei Lin is a contributing writer based in Shanghai.')"
}

@test "nf-segment: Chinese lines are joined as wrapped prose only when neither holds a gap or a menu's separator" {
	# a date line with full-width gaps, then a bar of buttons; a menu over a
	# breadcrumb; then prose wrapped at a width, which is one paragraph
	jq -nc '{doc: "w.txt", text: ($ARGS.positional | join("\n"))}' --args \
	  '首页 | 要闻 | 财经 | 科技 | 体育 | 房产 | 汽车 | 教育' '当前位置：首页 > 财经 > 正文' '' \
	  '杭州两家物流企业签约落户临港产业园' '' \
	  '2025年06月10日 09:00　来源：区商务局　作者：周岚' '字号：大 中 小' '' \
	  '6月9日，两家物流企业与临港产业园签约，计划总投资8亿元建设智能仓储基地' \
	  '预计明年投产，项目建成后每年可处理包裹约2亿件，带动就业1500人左右。' >"$BATS_TEST_TMPDIR/in.jsonl"
	run -0 nf-segment --paragraphs "$BATS_TEST_TMPDIR/in.jsonl"
	run -0 jq -r '"\(.para) \(.role) | \(.text)"' <<<"$output"
	assert_output "$(printf '%s\n' \
	  '1 boilerplate | 首页 | 要闻 | 财经 | 科技 | 体育 | 房产 | 汽车 | 教育' \
	  '2 boilerplate | 当前位置：首页 > 财经 > 正文' \
	  '3 title | 杭州两家物流企业签约落户临港产业园' \
	  '4 dateline | 2025年06月10日 09:00　来源：区商务局　作者：周岚' \
	  '5 boilerplate | 字号：大 中 小' \
	  '6 body | 6月9日，两家物流企业与临港产业园签约，计划总投资8亿元建设智能仓储基地
预计明年投产，项目建成后每年可处理包裹约2亿件，带动就业1500人左右。')"
}

@test "nf-segment: a section's number alone on its line and the heading under it are one body paragraph (WeChat's 01 / 一 over a heading)" {
	jq -nc '{doc: "w.txt", text: ($ARGS.positional | join("\n"))}' --args \
	  '杭州AI创业第二波' '' '2025-06-01' '' '今年以来，杭州新增AI企业300家，比去年同期多出一倍。' '' \
	  '01' '价格战来得比预想的快' '' '五月，多家公司宣布降价，最低降幅达到90%。' '' \
	  '二' '大模型越来越便宜' '' '三月起，调用价格每百万tokens不到1元。' '' \
	  '2' '2026年' >"$BATS_TEST_TMPDIR/in.jsonl"
	run -0 nf-segment --paragraphs "$BATS_TEST_TMPDIR/in.jsonl"
	run -0 jq -r '"\(.para) \(.role) | \(.text)"' <<<"$output"
	assert_output "$(printf '%s\n' \
	  '1 title | 杭州AI创业第二波' \
	  '2 dateline | 2025-06-01' \
	  '3 body | 今年以来，杭州新增AI企业300家，比去年同期多出一倍。' \
	  '4 body | 01
价格战来得比预想的快' \
	  '5 body | 五月，多家公司宣布降价，最低降幅达到90%。' \
	  '6 body | 二
大模型越来越便宜' \
	  '7 body | 三月起，调用价格每百万tokens不到1元。' \
	  '8 boilerplate | 2' \
	  '9 boilerplate | 2026年')"
}

@test "nf-segment: a day of update is replaced by a day of publication written later, never by a day after it" {
	jq -nc '{doc: "u.txt", text: "Bank holds rate at 3.6 per cent\n\nUpdated 4.41pm AEST, 30 September 2025, first published at 2.54pm\n\nThe bank kept its rate on hold on Tuesday. Markets expect a cut.\n\nKey dates\n\nNext decision: 04/11/2025\n\nPublished: 29 September 2025"}' >"$BATS_TEST_TMPDIR/in.jsonl"
	run -0 sh -c 'nf-segment "$1" | jq -r "select(.role == \"title\") | .published"' _ "$BATS_TEST_TMPDIR/in.jsonl"
	assert_output 2025-09-29
	jq -nc '{doc: "u.txt", text: "Bank holds rate at 3.6 per cent\n\nUpdated 4.41pm AEST, 30 September 2025, first published at 2.54pm\n\nThe bank kept its rate on hold on Tuesday. Markets expect a cut.\n\nKey dates\n\nSeptember quarter CPI: 29/10/2025"}' >"$BATS_TEST_TMPDIR/in.jsonl"
	run -0 sh -c 'nf-segment "$1" | jq -r "select(.role == \"title\") | .published"' _ "$BATS_TEST_TMPDIR/in.jsonl"
	assert_output 2025-09-30
}
