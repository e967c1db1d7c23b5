#!/usr/bin/env bats
# nf-segment on HTML pages: the roles a page's markup decides - the
# author's line, a data table in the article, the visible headline, an
# image's caption, what stands above the headline, a notice's closing
# lines, an end mark.  Every page here is a small snippet written for the
# test, on the templates of the fixture pages p01-p16.

load common
setup() { common_setup; }

# roles PAGE: "ROLE<TAB>TEXT" per paragraph of the page given on stdin
roles() { nf-normalize | nf-segment --paragraphs | jq -r '.role + "\t" + .text'; }

# the first record's KEY
first() { nf-normalize | nf-segment | jq -r ".$1" | head -1; }

# an article's body, for the snippets below
BODY='<p>The city will sell 5 billion yuan of special bonds in June to pay for three public computing centres, according to a document seen by reporters.</p>
<p>The bonds, with a tenor of 15 years, will fund data centres in two districts with a combined 40,000 square metres of floor space, the document said.</p>
<p>Demand for computing power in the city has surged this year, and about 1,800 firms are on a waiting list for graphics processors, officials said.</p>'

@test "html roles: the author's line under the headline is the byline by its class or its rel=author links, whatever its words" {
	run -0 roles <<-EOF
	<html><head><title>Bonds for computing centres | The Meridian</title></head><body>
	<article><h1>City to sell bonds for computing centres</h1>
	<address class="byline"><a rel="author" href="/profile/eleanor-hart">Eleanor Hart</a> in Hangzhou</address>
	<div class="dateline">Tue 6 May 2025 07.00 BST</div>
	$BODY
	</article></body></html>
	EOF
	assert_line --index 2 $'byline\tEleanor Hart in Hangzhou'
	run -0 roles <<-EOF
	<html><head><title>Bonds for computing centres | Wire</title></head><body>
	<article><header><h1>City to sell bonds for computing centres</h1>
	<div class="info">By <a rel="author" href="/a/sophie-lin">Sophie Lin</a> and <a rel="author" href="/a/kevin-huang">Kevin Huang</a> | 3 min read</div>
	<div class="date-line">May 7, 2025 7:41 AM GMT+8</div></header>
	$BODY
	</article></body></html>
	EOF
	assert_line --index 2 $'byline\tBy Sophie Lin and Kevin Huang | 3 min read'
	# among the first lines of the main content, after a standfirst it holds
	run -0 roles <<-EOF
	<html><head><title>Bonds for computing centres | HZ Life</title></head><body>
	<article><h1>City to sell bonds for computing centres</h1>
	<p class="story-dek">Three public computing centres will be built with the money raised from the sale of special bonds this summer</p>
	<p class="story-byline">By Chen Jia, Staff Reporter</p>
	<div class="story-body">$BODY</div>
	</article></body></html>
	EOF
	assert_line --index 3 $'byline\tBy Chen Jia, Staff Reporter'
	# a line of class byline in a share bar is no byline
	run -0 roles <<-EOF
	<html><head><title>Bonds for computing centres | HZ Life</title></head><body>
	<article><h1>City to sell bonds for computing centres</h1>
	<div class="byline share"><a href="#x">Share on X</a> <a href="#fb">Facebook</a></div>
	$BODY
	</article></body></html>
	EOF
	assert_line --index 2 $'boilerplate\tShare on X Facebook'
}

@test "html roles: a data table in the article is body, row by row; its Source note is chrome" {
	run -0 roles <<-EOF
	<html><head><title>Profit jumps 35% | Markets Daily</title></head><body>
	<article><h1>Games group profit jumps 35% on new titles</h1>
	<div class="body">$BODY
	<table><caption>First-quarter results</caption>
	<thead><tr><th></th><th>Q1 2025</th><th>Q1 2024</th></tr></thead>
	<tbody><tr><td>Revenue</td><td>30.1bn yuan</td><td>25.6bn yuan</td></tr>
	<tr><td>Net income</td><td>10.3bn yuan</td><td>7.6bn yuan</td></tr></tbody>
	<tfoot><tr><td colspan="3">Source: company filing. Figures rounded.</td></tr></tfoot></table>
	<p>The board declared a quarterly dividend of 57 cents per share, payable in June to holders of record at the end of May.</p>
	</div></article></body></html>
	EOF
	assert_output - <<-'EOF'
	boilerplate	Profit jumps 35% | Markets Daily
	title	Games group profit jumps 35% on new titles
	body	The city will sell 5 billion yuan of special bonds in June to pay for three public computing centres, according to a document seen by reporters.
	body	The bonds, with a tenor of 15 years, will fund data centres in two districts with a combined 40,000 square metres of floor space, the document said.
	body	Demand for computing power in the city has surged this year, and about 1,800 firms are on a waiting list for graphics processors, officials said.
	body	First-quarter results
	body	Q1 2025	Q1 2024
	body	Revenue	30.1bn yuan	25.6bn yuan
	body	Net income	10.3bn yuan	7.6bn yuan
	boilerplate	Source: company filing. Figures rounded.
	body	The board declared a quarterly dividend of 57 cents per share, payable in June to holders of record at the end of May.
	EOF
}

@test "html roles: the visible headline - an h2 of class title in the article under a logo h1, over differing SEO titles; above it, chrome" {
	page='<html><head><title>AI Engineer Salary 2025: Pay &amp; Hiring Trends (Updated) | TechPulse</title>
	<meta property="og:title" content="AI Engineer Salary Guide 2025 – Everything You Need to Know"></head><body>
	<header><h1 class="site-title"><a href="/" rel="home">TechPulse</a></h1></header>
	<main><article><p class="disclosure">This post may contain affiliate links. We may earn a commission at no extra cost to you.</p>
	<header class="entry-header"><h2 class="entry-title">AI engineers now earn 38% more than the national average, survey finds</h2></header>
	<div class="entry-content">'"$BODY"'</div></article></main></body></html>'
	run -0 first title <<<"$page"
	assert_output 'AI engineers now earn 38% more than the national average, survey finds'
	run -0 roles <<<"$page"
	assert_line --index 2 $'boilerplate\tThis post may contain affiliate links. We may earn a commission at no extra cost to you.'
	assert_line --index 3 $'title\tAI engineers now earn 38% more than the national average, survey finds'
}

@test "html roles: no h1 - the block showing a declared title whole is the headline (the <title>'s full one over a shorter og:title), its date row dates the page" {
	page='<HTML><HEAD><TITLE>机器人小镇上半年产值突破85亿元 同比增长23.6%_萧山新闻_萧山网</TITLE>
	<META property=og:title content="机器人小镇上半年产值突破85亿元"><META property=og:site_name content=萧山网></HEAD><BODY>
	<TABLE width=980 align=center><TR><TD>首页</TD><TD>萧山新闻</TD></TR></TABLE>
	<TABLE width=980 align=center><TR><TD vAlign=top><TABLE width="100%">
	<TR><TD align=center class=title><B>机器人小镇上半年产值突破85亿元 同比增长23.6%</B></TD></TR>
	<TR><TD align=center>发布时间：2025-07-03 10:30:25&nbsp;&nbsp;来源：萧山日报</TD></TR>
	<TR><TD class=content><CENTER><IMG src="/p/1.jpg" width=500><BR>小镇一家企业的自动化产线　记者 周敏 摄</CENTER>
	<P>　　本报讯（记者 周敏）今年上半年，萧山机器人小镇实现规上工业产值85.3亿元，同比增长23.6%；实现税收4.1亿元，增长17.2%，小镇目前集聚机器人企业312家。</P>
	　　在位于小镇核心区的一家工业机器人企业，两条新投产的自动化产线正在满负荷运转，今年1至6月公司共交付工业机器人3600余台，订单已经排到了10月份。<BR><BR>
	　　为支持产业发展，萧山区去年出台了机器人产业专项政策，对企业新购置的关键设备按投资额的15%给予补助，单个项目最高补助800万元。
	</TD></TR></TABLE></TD></TR></TABLE></BODY></HTML>'
	run -0 sh -c "printf '%s' '$page' | nf-normalize | nf-segment | jq -r '[.title, .published] | @tsv' | head -1"
	assert_output $'机器人小镇上半年产值突破85亿元 同比增长23.6%\t2025-07-03'
	run -0 roles <<<"$page"
	assert_line --index 2 $'title\t机器人小镇上半年产值突破85亿元 同比增长23.6%'
	assert_line --index 3 $'dateline\t发布时间：2025-07-03 10:30:25  来源：萧山日报'
	# the text under an image and a line break in one centered element: its caption
	assert_line --index 4 $'caption\t小镇一家企业的自动化产线 记者 周敏 摄'
}

@test "html roles: a centered paragraph after an image's paragraph stays body (blogs center their text)" {
	run -0 roles <<-EOF
	<html><head><title>Reviews from visitors | Theatre blog</title></head><body>
	<article><h1>More reviews from our visitors</h1>$BODY
	<p style="text-align: center;"><img src="/r1.jpg" width="580"></p>
	<p style="text-align: center;">“The show was really great, and the seats were good too.”</p>
	<p>We thank every visitor who wrote to us after the show, and we hope to see all of them again next season.</p>
	</article></body></html>
	EOF
	assert_line --index 5 $'body\t“The show was really great, and the seats were good too.”'
}

@test "html roles: a government notice - its document number, attachments (links to files) and contact line are its content; the disclosure note and the site's footer are chrome" {
	run -0 roles <<-'EOF'
	<html><head><meta charset="utf-8"><title>关于加快推进机器人产业发展的通知_政府文件_杭州市人民政府门户网站</title></head><body>
	<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>
	<div class="article"><h1>杭州市人民政府办公厅关于加快推进机器人产业发展的通知</h1>
	<p class="wh" style="text-align:center">杭政办函〔2025〕12号</p>
	<div class="zw">
	<p>各区、县（市）人民政府，市政府各部门、各直属单位：</p>
	<p>为抢抓产业发展机遇，加快建设具有全球影响力的机器人产业高地，经市政府同意，现就有关事项通知如下：</p>
	<p>一、发展目标</p>
	<p>到2027年，全市机器人产业规模突破500亿元，培育年营收超10亿元的整机企业5家以上，建成开放应用场景不少于200个，人形机器人年产能达到5万台。</p>
	<p>二、加大研发支持</p>
	<p>对企业承担的关键核心技术攻关项目，按项目研发投入的30%给予资助，单个项目最高2000万元；对首次通过国家级创新中心认定的，给予一次性奖励1000万元。</p>
	<p>附件：<a href="/module/download/downfile.jsp?classid=0&amp;filename=250612.pdf">1.重点应用场景清单（2025年版）</a><br><a href="/files/250612-2.docx">2.项目申报指南</a></p>
	<p>杭州市人民政府办公厅</p>
	<p>2025年6月11日</p>
	<p>（此件公开发布）</p>
	<p>联系人：市经信局装备处 刘工　联系电话：0571-85252012</p>
	</div></div>
	<div class="foot"><p>主办：杭州市人民政府办公厅　承办：杭州市数据资源管理局</p></div>
	</body></html>
	EOF
	assert_output - <<-'EOF'
	boilerplate	关于加快推进机器人产业发展的通知_政府文件_杭州市人民政府门户网站
	boilerplate	当前位置：首页 > 政务公开
	title	杭州市人民政府办公厅关于加快推进机器人产业发展的通知
	dek	杭政办函〔2025〕12号
	dek	各区、县（市）人民政府，市政府各部门、各直属单位：
	dek	为抢抓产业发展机遇，加快建设具有全球影响力的机器人产业高地，经市政府同意，现就有关事项通知如下：
	body	一、发展目标
	body	到2027年，全市机器人产业规模突破500亿元，培育年营收超10亿元的整机企业5家以上，建成开放应用场景不少于200个，人形机器人年产能达到5万台。
	body	二、加大研发支持
	body	对企业承担的关键核心技术攻关项目，按项目研发投入的30%给予资助，单个项目最高2000万元；对首次通过国家级创新中心认定的，给予一次性奖励1000万元。
	body	附件：1.重点应用场景清单（2025年版）
	body	2.项目申报指南
	body	杭州市人民政府办公厅
	dateline	2025年6月11日
	boilerplate	（此件公开发布）
	body	联系人：市经信局装备处 刘工 联系电话：0571-85252012
	boilerplate	主办：杭州市人民政府办公厅 承办：杭州市数据资源管理局
	EOF
}

@test "html roles: a notice page that declares its day (PubDate) - the signing date under the issuer is the notice's own text, read by nf-dates; without a declared day it dates the page" {
	notice=$BATS_TEST_TMPDIR/notice.html
	cat >"$notice" <<-'EOF'
	<html><head><meta charset="utf-8"><meta name="PubDate" content="2025-06-12 16:40"><title>关于加快推进机器人产业发展的通知</title></head><body>
	<div class="article"><h1>杭州市人民政府办公厅关于加快推进机器人产业发展的通知</h1>
	<div class="zw">
	<p>各区、县（市）人民政府，市政府各部门：为抢抓产业发展机遇，加快建设机器人产业高地，经市政府同意，现就有关事项通知如下。</p>
	<p>对企业承担的关键核心技术攻关项目，按项目研发投入的30%给予资助，单个项目最高2000万元。</p>
	<p>杭州市人民政府办公厅</p>
	<p>2025年6月11日</p>
	<p>（此件公开发布）</p>
	</div></div></body></html>
	EOF
	run -0 roles <"$notice"
	assert_output - <<-'EOF'
	boilerplate	关于加快推进机器人产业发展的通知
	title	杭州市人民政府办公厅关于加快推进机器人产业发展的通知
	body	各区、县（市）人民政府，市政府各部门：为抢抓产业发展机遇，加快建设机器人产业高地，经市政府同意，现就有关事项通知如下。
	body	对企业承担的关键核心技术攻关项目，按项目研发投入的30%给予资助，单个项目最高2000万元。
	body	杭州市人民政府办公厅
	body	2025年6月11日
	boilerplate	（此件公开发布）
	EOF
	run -0 bash -c "nf-normalize <'$notice' | nf-segment | nf-dates | jq -r '[.published, .match] | join(\" \")'"
	assert_output '2025-06-12T16:40:00 2025年6月11日'
	sed -i 's/<meta name="PubDate"[^>]*>//' "$notice"
	run -0 bash -c "nf-normalize <'$notice' | nf-segment --paragraphs | jq -r '[.role, .published, .text] | join(\" \")' | tail -2"
	assert_output - <<-'EOF'
	dateline 2025-06-11 2025年6月11日
	boilerplate 2025-06-11 （此件公开发布）
	EOF
}

@test "html roles: an end mark alone on its line in the article is chrome (END under a WeChat article)" {
	run -0 roles <<-'EOF'
	<html><head><title>杭州AI眼镜企业一季度出货9.8万副</title></head><body>
	<div id="js_content"><h1>杭州AI眼镜企业一季度出货9.8万副</h1>
	<p>今年一季度，杭州AI眼镜企业合计出货9.8万副，同比增长近3倍；其中，单价低于2000元的产品占比达到72%，价格战来得比预想的快。</p>
	<p>不过，也有投资人提醒，AI眼镜的用户留存仍是难题，他预计未来18个月内行业将迎来一轮洗牌，最终能活下来的品牌不会超过5家。</p>
	<p style="text-align: center;"><span style="color: rgb(178, 178, 178);">END</span></p>
	</div></body></html>
	EOF
	assert_line --index 4 $'boilerplate\tEND'
}
