/*
 * boilerplate.c - paragraph features, cue phrases, and the roles of a
 * document's paragraphs in context.
 *
 * The cue phrases are one table (cues[] below): each names what it is
 * evidence of, where in a paragraph it counts (anywhere, at the start, as
 * the whole paragraph, at the end) and up to what paragraph length.  The
 * phrases are general wording of page chrome in English and Chinese, not
 * any page's exact lines.
 */
#include "boilerplate.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "acmatch.h"
#include "lang.h"
#include "meta.h"
#include "stopwords.h"
#include "utf8.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

enum where {
	W_ANY,    /* anywhere in the paragraph */
	W_START,  /* at its start (bullets and quotes before it allowed) */
	W_WHOLE,  /* the whole paragraph (digits and punctuation around allowed) */
	W_END,    /* at its end */
};

struct cue {
	const char *text;   /* lower case */
	unsigned short kind; /* enum nf_cue_kind */
	unsigned char where;
	unsigned short maxlen;  /* applies to paragraphs up to this many bytes; 0: any */
};

/* Page chrome, in one table. */
static const struct cue cues[] = {
	/* navigation, accounts, sharing, loading: chrome when a short line is
	 * mostly made of these */
	{ "log in", NF_CUE_NAV, W_ANY, 0 }, { "login", NF_CUE_NAV, W_ANY, 0 },
	{ "log out", NF_CUE_NAV, W_ANY, 0 }, { "logout", NF_CUE_NAV, W_ANY, 0 },
	{ "sign in", NF_CUE_NAV, W_ANY, 0 }, { "sign up", NF_CUE_NAV, W_ANY, 0 },
	{ "sign out", NF_CUE_NAV, W_ANY, 0 }, { "register", NF_CUE_NAV, W_ANY, 0 },
	{ "subscribe", NF_CUE_NAV, W_ANY, 0 }, { "subscribe now", NF_CUE_NAV, W_ANY, 0 },
	{ "subscription", NF_CUE_NAV, W_ANY, 0 }, { "my account", NF_CUE_NAV, W_ANY, 0 },
	{ "account", NF_CUE_NAV, W_ANY, 0 }, { "menu", NF_CUE_NAV, W_ANY, 0 },
	{ "main menu", NF_CUE_NAV, W_ANY, 0 }, { "search", NF_CUE_NAV, W_ANY, 0 },
	{ "home", NF_CUE_NAV, W_ANY, 0 }, { "homepage", NF_CUE_NAV, W_ANY, 0 },
	{ "skip to content", NF_CUE_NAV, W_ANY, 0 }, { "skip to main content", NF_CUE_NAV, W_ANY, 0 },
	{ "navigation", NF_CUE_NAV, W_ANY, 0 }, { "close", NF_CUE_NAV, W_ANY, 0 },
	{ "back to top", NF_CUE_NAV, W_ANY, 0 }, { "share", NF_CUE_NAV, W_ANY, 0 },
	{ "share this", NF_CUE_NAV, W_ANY, 0 }, { "share this article", NF_CUE_NAV, W_ANY, 0 },
	{ "share on", NF_CUE_NAV, W_ANY, 0 }, { "tweet", NF_CUE_NAV, W_ANY, 0 },
	{ "facebook", NF_CUE_NAV, W_ANY, 0 }, { "twitter", NF_CUE_NAV, W_ANY, 0 },
	{ "linkedin", NF_CUE_NAV, W_ANY, 0 }, { "whatsapp", NF_CUE_NAV, W_ANY, 0 },
	{ "telegram", NF_CUE_NAV, W_ANY, 0 }, { "reddit", NF_CUE_NAV, W_ANY, 0 },
	{ "pinterest", NF_CUE_NAV, W_ANY, 0 }, { "instagram", NF_CUE_NAV, W_ANY, 0 },
	{ "youtube", NF_CUE_NAV, W_ANY, 0 }, { "email", NF_CUE_NAV, W_ANY, 0 },
	{ "e-mail", NF_CUE_NAV, W_ANY, 0 }, { "print", NF_CUE_NAV, W_ANY, 0 },
	{ "copy link", NF_CUE_NAV, W_ANY, 0 }, { "link copied", NF_CUE_NAV, W_ANY, 0 },
	{ "loading", NF_CUE_NAV, W_ANY, 0 }, { "please wait", NF_CUE_NAV, W_ANY, 0 },
	{ "advertisement", NF_CUE_NAV, W_ANY, 0 }, { "advertising", NF_CUE_NAV, W_ANY, 0 },
	{ "sponsored", NF_CUE_NAV, W_ANY, 0 }, { "sponsored content", NF_CUE_NAV, W_ANY, 0 },
	{ "cookie", NF_CUE_NAV, W_ANY, 0 }, { "cookies", NF_CUE_NAV, W_ANY, 0 },
	{ "accept", NF_CUE_NAV, W_ANY, 0 }, { "accept all", NF_CUE_NAV, W_ANY, 0 },
	{ "reject all", NF_CUE_NAV, W_ANY, 0 }, { "privacy policy", NF_CUE_NAV, W_ANY, 0 },
	{ "privacy", NF_CUE_NAV, W_ANY, 0 }, { "terms of use", NF_CUE_NAV, W_ANY, 0 },
	{ "terms of service", NF_CUE_NAV, W_ANY, 0 }, { "terms and conditions", NF_CUE_NAV, W_ANY, 0 },
	{ "contact us", NF_CUE_NAV, W_ANY, 0 }, { "about us", NF_CUE_NAV, W_ANY, 0 },
	{ "careers", NF_CUE_NAV, W_ANY, 0 }, { "sitemap", NF_CUE_NAV, W_ANY, 0 },
	{ "rss", NF_CUE_NAV, W_ANY, 0 }, { "newsletter", NF_CUE_NAV, W_ANY, 0 },
	{ "newsletters", NF_CUE_NAV, W_ANY, 0 }, { "follow us", NF_CUE_NAV, W_ANY, 0 },
	{ "download the app", NF_CUE_NAV, W_ANY, 0 }, { "get the app", NF_CUE_NAV, W_ANY, 0 },
	{ "read more", NF_CUE_NAV, W_ANY, 0 }, { "continue reading", NF_CUE_NAV, W_ANY, 0 },
	{ "read full article", NF_CUE_NAV, W_ANY, 0 }, { "full story", NF_CUE_NAV, W_ANY, 0 },
	{ "click here", NF_CUE_NAV, W_ANY, 0 }, { "view all", NF_CUE_NAV, W_ANY, 0 },
	{ "see all", NF_CUE_NAV, W_ANY, 0 }, { "show more", NF_CUE_NAV, W_ANY, 0 },
	{ "load more", NF_CUE_NAV, W_ANY, 0 }, { "more", NF_CUE_NAV, W_ANY, 0 },
	{ "next", NF_CUE_NAV, W_ANY, 0 }, { "previous", NF_CUE_NAV, W_ANY, 0 },
	{ "next article", NF_CUE_NAV, W_ANY, 0 }, { "previous article", NF_CUE_NAV, W_ANY, 0 },
	{ "next post", NF_CUE_NAV, W_ANY, 0 }, { "previous post", NF_CUE_NAV, W_ANY, 0 },
	{ "older posts", NF_CUE_NAV, W_ANY, 0 }, { "newer posts", NF_CUE_NAV, W_ANY, 0 },
	{ "tags", NF_CUE_NAV, W_ANY, 0 }, { "topics", NF_CUE_NAV, W_ANY, 0 },
	{ "filed under", NF_CUE_NAV, W_ANY, 0 }, { "categories", NF_CUE_NAV, W_ANY, 0 },
	{ "category", NF_CUE_NAV, W_ANY, 0 }, { "posted in", NF_CUE_NAV, W_ANY, 0 },
	{ "min read", NF_CUE_NAV, W_ANY, 0 }, { "minute read", NF_CUE_NAV, W_ANY, 0 },
	{ "minutes read", NF_CUE_NAV, W_ANY, 0 }, { "listen to this article", NF_CUE_NAV, W_ANY, 0 },
	{ "listen", NF_CUE_NAV, W_ANY, 0 }, { "watch", NF_CUE_NAV, W_ANY, 0 },
	{ "video", NF_CUE_NAV, W_ANY, 0 }, { "gallery", NF_CUE_NAV, W_ANY, 0 },
	{ "bookmark", NF_CUE_NAV, W_ANY, 0 }, { "save", NF_CUE_NAV, W_ANY, 0 },
	{ "saved", NF_CUE_NAV, W_ANY, 0 }, { "like", NF_CUE_NAV, W_ANY, 0 },
	{ "follow", NF_CUE_NAV, W_ANY, 0 }, { "notifications", NF_CUE_NAV, W_ANY, 0 },
	{ "breaking news", NF_CUE_NAV, W_ANY, 0 }, { "live", NF_CUE_NAV, W_ANY, 0 },
	{ "edition", NF_CUE_NAV, W_ANY, 0 }, { "advertise", NF_CUE_NAV, W_ANY, 0 },
	{ "donate", NF_CUE_NAV, W_ANY, 0 }, { "support us", NF_CUE_NAV, W_ANY, 0 },
	{ "feedback", NF_CUE_NAV, W_ANY, 0 }, { "help", NF_CUE_NAV, W_ANY, 0 },
	{ "font size", NF_CUE_NAV, W_ANY, 0 }, { "text size", NF_CUE_NAV, W_ANY, 0 },
	{ "toggle", NF_CUE_NAV, W_ANY, 0 }, { "open in app", NF_CUE_NAV, W_ANY, 0 },
	/* an article's end mark alone on its line: END, - END -, THE END, （完） */
	{ "end", NF_CUE_NAV, W_WHOLE, 24 }, { "ends", NF_CUE_NAV, W_WHOLE, 24 },
	{ "the end", NF_CUE_NAV, W_WHOLE, 24 }, { "完", NF_CUE_NAV, W_WHOLE, 24 },
	{ "登录", NF_CUE_NAV, W_ANY, 0 }, { "注册", NF_CUE_NAV, W_ANY, 0 },
	{ "退出", NF_CUE_NAV, W_ANY, 0 }, { "首页", NF_CUE_NAV, W_ANY, 0 },
	{ "返回首页", NF_CUE_NAV, W_ANY, 0 }, { "搜索", NF_CUE_NAV, W_ANY, 0 },
	{ "菜单", NF_CUE_NAV, W_ANY, 0 }, { "分享", NF_CUE_NAV, W_ANY, 0 },
	{ "分享到", NF_CUE_NAV, W_ANY, 0 }, { "微信", NF_CUE_NAV, W_ANY, 0 },
	{ "微博", NF_CUE_NAV, W_ANY, 0 }, { "朋友圈", NF_CUE_NAV, W_ANY, 0 },
	{ "qq空间", NF_CUE_NAV, W_ANY, 0 }, { "打印", NF_CUE_NAV, W_ANY, 0 },
	{ "关闭", NF_CUE_NAV, W_ANY, 0 }, { "关闭窗口", NF_CUE_NAV, W_ANY, 0 },
	{ "打印本页", NF_CUE_NAV, W_ANY, 0 }, { "返回顶部", NF_CUE_NAV, W_ANY, 0 },
	{ "收藏", NF_CUE_NAV, W_ANY, 0 }, { "点赞", NF_CUE_NAV, W_ANY, 0 },
	{ "上一篇", NF_CUE_NAV, W_ANY, 0 }, { "下一篇", NF_CUE_NAV, W_ANY, 0 },
	{ "上一页", NF_CUE_NAV, W_ANY, 0 }, { "下一页", NF_CUE_NAV, W_ANY, 0 },
	{ "查看更多", NF_CUE_NAV, W_ANY, 0 }, { "加载中", NF_CUE_NAV, W_ANY, 0 },
	{ "正在加载", NF_CUE_NAV, W_ANY, 0 }, { "字号", NF_CUE_NAV, W_ANY, 0 },
	{ "扫一扫", NF_CUE_NAV, W_ANY, 0 }, { "扫码", NF_CUE_NAV, W_ANY, 0 },
	{ "二维码", NF_CUE_NAV, W_ANY, 0 }, { "客户端", NF_CUE_NAV, W_ANY, 0 },
	{ "下载", NF_CUE_NAV, W_ANY, 0 }, { "关注", NF_CUE_NAV, W_ANY, 0 },
	{ "关注我们", NF_CUE_NAV, W_ANY, 0 }, { "订阅", NF_CUE_NAV, W_ANY, 0 },
	{ "广告", NF_CUE_NAV, W_ANY, 0 }, { "举报", NF_CUE_NAV, W_ANY, 0 },
	{ "联系我们", NF_CUE_NAV, W_ANY, 0 }, { "关于我们", NF_CUE_NAV, W_ANY, 0 },
	{ "网站地图", NF_CUE_NAV, W_ANY, 0 }, { "帮助", NF_CUE_NAV, W_ANY, 0 },
	{ "正文", NF_CUE_NAV, W_ANY, 0 }, { "设为首页", NF_CUE_NAV, W_ANY, 0 },
	{ "加入收藏", NF_CUE_NAV, W_ANY, 0 }, { "手机版", NF_CUE_NAV, W_ANY, 0 },
	{ "更多", NF_CUE_NAV, W_ANY, 0 }, { "频道", NF_CUE_NAV, W_ANY, 0 },
	{ "导航", NF_CUE_NAV, W_ANY, 0 }, { "当前位置", NF_CUE_NAV, W_ANY, 0 },
	{ "您的位置", NF_CUE_NAV, W_ANY, 0 }, { "你的位置", NF_CUE_NAV, W_ANY, 0 },
	{ "所在位置", NF_CUE_NAV, W_ANY, 0 }, { "you are here", NF_CUE_NAV, W_ANY, 0 },
	{ "breadcrumb", NF_CUE_NAV, W_ANY, 0 },

	/* a call to action, chrome when it offers something ("the full report") */
	{ "download", NF_CUE_CTA, W_START, 120 }, { "subscribe", NF_CUE_CTA, W_START, 120 },
	{ "sign up", NF_CUE_CTA, W_START, 120 }, { "sign in", NF_CUE_CTA, W_START, 120 },
	{ "log in", NF_CUE_CTA, W_START, 120 }, { "register", NF_CUE_CTA, W_START, 120 },
	{ "click", NF_CUE_CTA, W_START, 120 }, { "tap", NF_CUE_CTA, W_START, 120 },
	{ "read the full", NF_CUE_CTA, W_START, 120 }, { "view the full", NF_CUE_CTA, W_START, 120 },
	{ "see the full", NF_CUE_CTA, W_START, 120 }, { "get the full", NF_CUE_CTA, W_START, 120 },
	{ "get the", NF_CUE_CTA, W_START, 120 }, { "join", NF_CUE_CTA, W_START, 120 },
	{ "follow", NF_CUE_CTA, W_START, 120 }, { "try", NF_CUE_CTA, W_START, 120 },
	{ "listen to", NF_CUE_CTA, W_START, 120 }, { "watch the", NF_CUE_CTA, W_START, 120 },
	{ "点击", NF_CUE_CTA, W_START, 120 }, { "下载", NF_CUE_CTA, W_START, 120 },
	{ "扫描", NF_CUE_CTA, W_START, 120 }, { "长按", NF_CUE_CTA, W_START, 120 },
	{ "the full", NF_CUE_CTA_OBJ, W_ANY, 120 }, { "(pdf", NF_CUE_CTA_OBJ, W_ANY, 120 },
	{ "pdf", NF_CUE_CTA_OBJ, W_ANY, 120 }, { "now", NF_CUE_CTA_OBJ, W_ANY, 120 },
	{ "here", NF_CUE_CTA_OBJ, W_ANY, 120 }, { "free", NF_CUE_CTA_OBJ, W_ANY, 120 },
	{ "our", NF_CUE_CTA_OBJ, W_ANY, 120 }, { "your", NF_CUE_CTA_OBJ, W_ANY, 120 },
	{ "app", NF_CUE_CTA_OBJ, W_ANY, 120 }, { "today", NF_CUE_CTA_OBJ, W_ANY, 120 },
	{ "newsletter", NF_CUE_CTA_OBJ, W_ANY, 120 }, { "briefing", NF_CUE_CTA_OBJ, W_ANY, 120 },
	{ "updates", NF_CUE_CTA_OBJ, W_ANY, 120 }, { "podcast", NF_CUE_CTA_OBJ, W_ANY, 120 },
	{ "客户端", NF_CUE_CTA_OBJ, W_ANY, 120 }, { "二维码", NF_CUE_CTA_OBJ, W_ANY, 120 },
	{ "查看", NF_CUE_CTA_OBJ, W_ANY, 120 }, { "关注", NF_CUE_CTA_OBJ, W_ANY, 120 },

	/* image alt text left in the page */
	{ "logo", NF_CUE_ALT, W_END, 40 }, { "icon", NF_CUE_ALT, W_END, 40 },
	{ "avatar", NF_CUE_ALT, W_END, 40 }, { "thumbnail", NF_CUE_ALT, W_END, 40 },
	{ "banner", NF_CUE_ALT, W_END, 40 }, { "placeholder", NF_CUE_ALT, W_END, 40 },

	/* headings of a block of other stories' teasers */
	{ "related", NF_CUE_TEASERS, W_WHOLE, 60 }, { "related posts", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "related post", NF_CUE_TEASERS, W_WHOLE, 60 }, { "related articles", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "related article", NF_CUE_TEASERS, W_WHOLE, 60 }, { "related stories", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "related story", NF_CUE_TEASERS, W_WHOLE, 60 }, { "related news", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "related content", NF_CUE_TEASERS, W_WHOLE, 60 }, { "related coverage", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "related reading", NF_CUE_TEASERS, W_WHOLE, 60 }, { "related topics", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "related links", NF_CUE_TEASERS, W_WHOLE, 60 }, { "you missed", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "you may have missed", NF_CUE_TEASERS, W_WHOLE, 60 }, { "you might have missed", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "you may also like", NF_CUE_TEASERS, W_WHOLE, 60 }, { "you might also like", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "you might like", NF_CUE_TEASERS, W_WHOLE, 60 }, { "you may like", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "also read", NF_CUE_TEASERS, W_WHOLE, 60 }, { "read also", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "read more", NF_CUE_TEASERS, W_WHOLE, 60 }, { "read next", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "up next", NF_CUE_TEASERS, W_WHOLE, 60 }, { "what to read next", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "more stories", NF_CUE_TEASERS, W_WHOLE, 60 }, { "more news", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "more from", NF_CUE_TEASERS, W_START, 60 }, { "more on this story", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "more on this", NF_CUE_TEASERS, W_WHOLE, 60 }, { "more like this", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "more headlines", NF_CUE_TEASERS, W_WHOLE, 60 }, { "top stories", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "latest news", NF_CUE_TEASERS, W_WHOLE, 60 }, { "latest stories", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "latest posts", NF_CUE_TEASERS, W_WHOLE, 60 }, { "latest articles", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "recent posts", NF_CUE_TEASERS, W_WHOLE, 60 }, { "recent articles", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "recent news", NF_CUE_TEASERS, W_WHOLE, 60 }, { "popular posts", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "popular", NF_CUE_TEASERS, W_WHOLE, 60 }, { "most popular", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "most read", NF_CUE_TEASERS, W_WHOLE, 60 }, { "most viewed", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "most shared", NF_CUE_TEASERS, W_WHOLE, 60 }, { "trending", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "trending now", NF_CUE_TEASERS, W_WHOLE, 60 }, { "trending stories", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "recommended", NF_CUE_TEASERS, W_WHOLE, 60 }, { "recommended for you", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "recommended stories", NF_CUE_TEASERS, W_WHOLE, 60 }, { "editor's picks", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "editors' picks", NF_CUE_TEASERS, W_WHOLE, 60 }, { "editor’s picks", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "don't miss", NF_CUE_TEASERS, W_WHOLE, 60 }, { "don’t miss", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "must read", NF_CUE_TEASERS, W_WHOLE, 60 }, { "further reading", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "see also", NF_CUE_TEASERS, W_WHOLE, 60 }, { "in other news", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "around the web", NF_CUE_TEASERS, W_WHOLE, 60 }, { "from the web", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "sponsored stories", NF_CUE_TEASERS, W_WHOLE, 60 }, { "promoted stories", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "keep reading", NF_CUE_TEASERS, W_WHOLE, 60 }, { "other news", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "explore more", NF_CUE_TEASERS, W_WHOLE, 60 }, { "headlines", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "相关阅读", NF_CUE_TEASERS, W_WHOLE, 60 }, { "推荐阅读", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "相关新闻", NF_CUE_TEASERS, W_WHOLE, 60 }, { "相关文章", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "相关报道", NF_CUE_TEASERS, W_WHOLE, 60 }, { "相关链接", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "延伸阅读", NF_CUE_TEASERS, W_WHOLE, 60 }, { "扩展阅读", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "热门推荐", NF_CUE_TEASERS, W_WHOLE, 60 }, { "热点推荐", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "猜你喜欢", NF_CUE_TEASERS, W_WHOLE, 60 }, { "为你推荐", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "为您推荐", NF_CUE_TEASERS, W_WHOLE, 60 }, { "精彩推荐", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "精彩阅读", NF_CUE_TEASERS, W_WHOLE, 60 }, { "更多新闻", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "更多阅读", NF_CUE_TEASERS, W_WHOLE, 60 }, { "更多精彩", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "热门文章", NF_CUE_TEASERS, W_WHOLE, 60 }, { "热门新闻", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "热门阅读", NF_CUE_TEASERS, W_WHOLE, 60 }, { "最新文章", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "最新新闻", NF_CUE_TEASERS, W_WHOLE, 60 }, { "最新资讯", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "阅读排行", NF_CUE_TEASERS, W_WHOLE, 60 }, { "点击排行", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "排行榜", NF_CUE_TEASERS, W_WHOLE, 60 }, { "今日推荐", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "编辑推荐", NF_CUE_TEASERS, W_WHOLE, 60 }, { "相关推荐", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "往期回顾", NF_CUE_TEASERS, W_WHOLE, 60 }, { "往期推荐", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "推荐", NF_CUE_TEASERS, W_WHOLE, 60 }, { "热读", NF_CUE_TEASERS, W_WHOLE, 60 },
	{ "相关专题", NF_CUE_TEASERS, W_WHOLE, 60 }, { "热点新闻", NF_CUE_TEASERS, W_WHOLE, 60 },

	/* comment forms: a heading, and the form's own words */
	{ "leave a reply", NF_CUE_COMMENTS, W_WHOLE, 60 }, { "leave a comment", NF_CUE_COMMENTS, W_WHOLE, 60 },
	{ "post a comment", NF_CUE_COMMENTS, W_WHOLE, 60 }, { "add a comment", NF_CUE_COMMENTS, W_WHOLE, 60 },
	{ "write a comment", NF_CUE_COMMENTS, W_WHOLE, 60 }, { "comments", NF_CUE_COMMENTS, W_WHOLE, 60 },
	{ "comment", NF_CUE_COMMENTS, W_WHOLE, 60 }, { "join the conversation", NF_CUE_COMMENTS, W_WHOLE, 60 },
	{ "join the discussion", NF_CUE_COMMENTS, W_WHOLE, 60 }, { "reader comments", NF_CUE_COMMENTS, W_WHOLE, 60 },
	{ "show comments", NF_CUE_COMMENTS, W_WHOLE, 60 }, { "view comments", NF_CUE_COMMENTS, W_WHOLE, 60 },
	{ "cancel reply", NF_CUE_COMMENTS, W_WHOLE, 60 }, { "网友评论", NF_CUE_COMMENTS, W_WHOLE, 60 },
	{ "发表评论", NF_CUE_COMMENTS, W_WHOLE, 60 }, { "评论区", NF_CUE_COMMENTS, W_WHOLE, 60 },
	{ "我要评论", NF_CUE_COMMENTS, W_WHOLE, 60 }, { "全部评论", NF_CUE_COMMENTS, W_WHOLE, 60 },
	{ "热门评论", NF_CUE_COMMENTS, W_WHOLE, 60 }, { "最新评论", NF_CUE_COMMENTS, W_WHOLE, 60 },
	{ "评论", NF_CUE_COMMENTS, W_WHOLE, 60 }, { "留言", NF_CUE_COMMENTS, W_WHOLE, 60 },
	{ "your email address will not be published", NF_CUE_COMMENTS, W_ANY, 0 },
	{ "required fields are marked", NF_CUE_COMMENTS, W_ANY, 0 },
	{ "save my name, email", NF_CUE_COMMENTS, W_ANY, 0 },
	{ "notify me of", NF_CUE_COMMENTS, W_START, 200 },
	{ "logged in to post a comment", NF_CUE_COMMENTS, W_ANY, 0 },
	{ "comments are closed", NF_CUE_COMMENTS, W_ANY, 200 },

	/* copyright */
	{ "copyright", NF_CUE_COPYRIGHT, W_START, 300 }, { "©", NF_CUE_COPYRIGHT, W_ANY, 400 },
	{ "(c) 19", NF_CUE_COPYRIGHT, W_ANY, 300 }, { "(c) 20", NF_CUE_COPYRIGHT, W_ANY, 300 },
	{ "all rights reserved", NF_CUE_COPYRIGHT, W_ANY, 0 }, { "all right reserved", NF_CUE_COPYRIGHT, W_ANY, 0 },
	{ "may not be reproduced", NF_CUE_COPYRIGHT, W_ANY, 400 },
	{ "may not be published, broadcast", NF_CUE_COPYRIGHT, W_ANY, 0 },
	{ "版权所有", NF_CUE_COPYRIGHT, W_ANY, 0 }, { "未经授权", NF_CUE_COPYRIGHT, W_ANY, 300 },
	{ "禁止转载", NF_CUE_COPYRIGHT, W_ANY, 0 }, { "不得转载", NF_CUE_COPYRIGHT, W_ANY, 0 },
	{ "转载请注明", NF_CUE_COPYRIGHT, W_ANY, 0 }, { "版权声明", NF_CUE_COPYRIGHT, W_ANY, 0 },
	{ "免责声明", NF_CUE_COPYRIGHT, W_START, 0 }, { "版权归", NF_CUE_COPYRIGHT, W_ANY, 300 },

	/* disclaimers: the page's words about itself, not the story's */
	{ "may not be 100% accurate", NF_CUE_COPYRIGHT, W_ANY, 300 },
	{ "not be 100% accurate", NF_CUE_COPYRIGHT, W_ANY, 300 },
	{ "may contain errors", NF_CUE_COPYRIGHT, W_ANY, 300 },
	{ "for informational purposes only", NF_CUE_COPYRIGHT, W_ANY, 300 },
	{ "for information purposes only", NF_CUE_COPYRIGHT, W_ANY, 300 },
	{ "does not constitute investment advice", NF_CUE_COPYRIGHT, W_ANY, 300 },
	{ "not constitute investment advice", NF_CUE_COPYRIGHT, W_ANY, 300 },
	{ "不构成投资建议", NF_CUE_COPYRIGHT, W_ANY, 300 },
	{ "投资需谨慎", NF_CUE_COPYRIGHT, W_ANY, 300 },
	{ "风险提示", NF_CUE_COPYRIGHT, W_START, 300 },
	{ "作者简介", NF_CUE_SOURCE, W_START, 400 },

	/* headings of a press release's closing sections: the company
	   profile, the legal notices, the contacts - chrome to the end */
	{ "forward-looking statements", NF_CUE_TAIL_HEAD, W_WHOLE, 100 },
	{ "forward-looking statement", NF_CUE_TAIL_HEAD, W_WHOLE, 100 },
	{ "forward looking statements", NF_CUE_TAIL_HEAD, W_WHOLE, 100 },
	{ "cautionary statement regarding forward-looking statements", NF_CUE_TAIL_HEAD, W_WHOLE, 100 },
	{ "cautionary note regarding forward-looking statements", NF_CUE_TAIL_HEAD, W_WHOLE, 100 },
	{ "cautionary statement", NF_CUE_TAIL_HEAD, W_WHOLE, 100 },
	{ "safe harbor statement", NF_CUE_TAIL_HEAD, W_WHOLE, 100 },
	{ "safe harbour statement", NF_CUE_TAIL_HEAD, W_WHOLE, 100 },
	{ "safe harbor", NF_CUE_TAIL_HEAD, W_WHOLE, 100 },
	{ "media contact", NF_CUE_TAIL_HEAD, W_WHOLE, 100 },
	{ "media contacts", NF_CUE_TAIL_HEAD, W_WHOLE, 100 },
	{ "media enquiries", NF_CUE_TAIL_HEAD, W_WHOLE, 100 },
	{ "media inquiries", NF_CUE_TAIL_HEAD, W_WHOLE, 100 },
	{ "press contact", NF_CUE_TAIL_HEAD, W_WHOLE, 100 },
	{ "press contacts", NF_CUE_TAIL_HEAD, W_WHOLE, 100 },
	{ "investor relations", NF_CUE_TAIL_HEAD, W_WHOLE, 100 },
	{ "investor relations contact", NF_CUE_TAIL_HEAD, W_WHOLE, 100 },
	{ "investor contact", NF_CUE_TAIL_HEAD, W_WHOLE, 100 },
	{ "investor contacts", NF_CUE_TAIL_HEAD, W_WHOLE, 100 },
	{ "about the company", NF_CUE_TAIL_HEAD, W_WHOLE, 100 },
	{ "前瞻性陈述", NF_CUE_TAIL_HEAD, W_WHOLE, 100 },
	{ "前瞻性声明", NF_CUE_TAIL_HEAD, W_WHOLE, 100 },
	{ "投资者关系", NF_CUE_TAIL_HEAD, W_WHOLE, 100 },
	{ "媒体联系", NF_CUE_TAIL_HEAD, W_WHOLE, 100 },
	{ "媒体联系人", NF_CUE_TAIL_HEAD, W_WHOLE, 100 },
	{ "媒体垂询", NF_CUE_TAIL_HEAD, W_WHOLE, 100 },
	{ "关于本公司", NF_CUE_TAIL_HEAD, W_WHOLE, 100 },

	/* where the text came from, who edited it */
	{ "source:", NF_CUE_SOURCE, W_START, 300 }, { "sources:", NF_CUE_SOURCE, W_START, 300 },
	{ "source :", NF_CUE_SOURCE, W_START, 300 }, { "origin:", NF_CUE_SOURCE, W_START, 60 },
	{ "via:", NF_CUE_SOURCE, W_START, 60 }, { "originally appeared", NF_CUE_SOURCE, W_ANY, 0 },
	{ "article was originally published", NF_CUE_SOURCE, W_ANY, 0 },
	{ "story was originally published", NF_CUE_SOURCE, W_ANY, 0 },
	{ "this article first appeared", NF_CUE_SOURCE, W_ANY, 0 },
	{ "this story first appeared", NF_CUE_SOURCE, W_ANY, 0 },
	{ "first appeared on", NF_CUE_SOURCE, W_ANY, 300 },
	{ "republished with permission", NF_CUE_SOURCE, W_ANY, 0 },
	{ "reprinted with permission", NF_CUE_SOURCE, W_ANY, 0 },
	{ "republished from", NF_CUE_SOURCE, W_ANY, 300 },
	{ "courtesy of the original publisher", NF_CUE_SOURCE, W_ANY, 0 },
	{ "reporting by", NF_CUE_SOURCE, W_START, 300 }, { "editing by", NF_CUE_SOURCE, W_ANY, 300 },
	{ "edited by", NF_CUE_SOURCE, W_ANY, 300 }, { "additional reporting", NF_CUE_SOURCE, W_ANY, 300 },
	{ "compiled by", NF_CUE_SOURCE, W_START, 300 },
	{ "来源：", NF_CUE_SOURCE, W_START, 150 }, { "来源:", NF_CUE_SOURCE, W_START, 150 },
	{ "稿件来源", NF_CUE_SOURCE, W_ANY, 200 }, { "本文来源", NF_CUE_SOURCE, W_ANY, 200 },
	{ "本文转载自", NF_CUE_SOURCE, W_ANY, 200 }, { "文章来源", NF_CUE_SOURCE, W_ANY, 200 },
	{ "信息来源", NF_CUE_SOURCE, W_START, 150 }, { "转自", NF_CUE_SOURCE, W_START, 150 },
	{ "原标题", NF_CUE_SOURCE, W_START, 300 }, { "原文链接", NF_CUE_SOURCE, W_START, 300 },
	{ "责任编辑", NF_CUE_SOURCE, W_ANY, 150 }, { "值班编辑", NF_CUE_SOURCE, W_ANY, 150 },
	{ "editor:", NF_CUE_SOURCE, W_START, 90 }, { "editors:", NF_CUE_SOURCE, W_START, 90 },
	{ "此件公开发布", NF_CUE_SOURCE, W_WHOLE, 40 }, { "此件主动公开", NF_CUE_SOURCE, W_WHOLE, 40 },
	{ "此件依申请公开", NF_CUE_SOURCE, W_WHOLE, 40 }, { "此件不予公开", NF_CUE_SOURCE, W_WHOLE, 40 },
	{ "编辑：", NF_CUE_SOURCE, W_START, 90 }, { "编辑:", NF_CUE_SOURCE, W_START, 90 },
	{ "校对", NF_CUE_SOURCE, W_START, 90 }, { "审核", NF_CUE_SOURCE, W_START, 90 },
	{ "主编", NF_CUE_SOURCE, W_START, 90 }, { "监制", NF_CUE_SOURCE, W_START, 90 },

	/* captions and photo credits */
	{ "photo:", NF_CUE_CAPTION, W_ANY, 320 }, { "photos:", NF_CUE_CAPTION, W_ANY, 320 },
	{ "photo by", NF_CUE_CAPTION, W_ANY, 320 }, { "photograph:", NF_CUE_CAPTION, W_ANY, 320 },
	{ "photograph by", NF_CUE_CAPTION, W_ANY, 320 }, { "photography by", NF_CUE_CAPTION, W_ANY, 320 },
	{ "image:", NF_CUE_CAPTION, W_ANY, 320 }, { "images:", NF_CUE_CAPTION, W_ANY, 320 },
	{ "image by", NF_CUE_CAPTION, W_ANY, 320 }, { "image credit", NF_CUE_CAPTION, W_ANY, 320 },
	{ "picture:", NF_CUE_CAPTION, W_ANY, 320 }, { "pictured:", NF_CUE_CAPTION, W_START, 320 },
	{ "credit:", NF_CUE_CAPTION, W_ANY, 200 }, { "photo credit", NF_CUE_CAPTION, W_ANY, 320 },
	{ "courtesy of", NF_CUE_CAPTION, W_ANY, 160 }, { "(photo/", NF_CUE_CAPTION, W_ANY, 0 },
	{ "(photo:", NF_CUE_CAPTION, W_ANY, 0 }, { "/photo)", NF_CUE_CAPTION, W_ANY, 0 },
	{ "getty images", NF_CUE_CAPTION, W_ANY, 320 }, { "via getty", NF_CUE_CAPTION, W_ANY, 320 },
	{ "afp photo", NF_CUE_CAPTION, W_ANY, 320 }, { "ap photo", NF_CUE_CAPTION, W_ANY, 320 },
	{ "reuters/", NF_CUE_CAPTION, W_ANY, 320 }, { "file photo", NF_CUE_CAPTION, W_ANY, 320 },
	{ "alt=", NF_CUE_CAPTION, W_ANY, 0 }, { "unsplash", NF_CUE_CAPTION, W_ANY, 200 },
	{ "shutterstock", NF_CUE_CAPTION, W_ANY, 200 }, { "istock", NF_CUE_CAPTION, W_ANY, 200 },
	{ "(xinhua/", NF_CUE_CAPTION, W_ANY, 0 }, { "xinhua/", NF_CUE_CAPTION, W_ANY, 320 },
	{ "click to enlarge", NF_CUE_CAPTION, W_ANY, 320 },
	{ "图片来源", NF_CUE_CAPTION, W_ANY, 200 }, { "图片由", NF_CUE_CAPTION, W_START, 200 },
	{ "图为", NF_CUE_CAPTION, W_START, 320 }, { "（图/", NF_CUE_CAPTION, W_ANY, 0 },
	{ "(图/", NF_CUE_CAPTION, W_ANY, 0 }, { "图/", NF_CUE_CAPTION, W_START, 200 },
	{ "摄）", NF_CUE_CAPTION, W_END, 320 }, { "摄)", NF_CUE_CAPTION, W_END, 320 },
	{ "供图", NF_CUE_CAPTION, W_ANY, 200 }, { "资料图", NF_CUE_CAPTION, W_ANY, 200 },
	{ "视觉中国", NF_CUE_CAPTION, W_ANY, 200 }, { "配图", NF_CUE_CAPTION, W_ANY, 200 },
	{ "摄影：", NF_CUE_CAPTION, W_ANY, 200 }, { "摄影:", NF_CUE_CAPTION, W_ANY, 200 },
	{ "图：", NF_CUE_CAPTION, W_START, 200 }, { "网络图片", NF_CUE_CAPTION, W_ANY, 200 },
	{ "新华社发", NF_CUE_CAPTION, W_ANY, 200 }, { "图注", NF_CUE_CAPTION, W_START, 320 },
	{ "摄影/", NF_CUE_CAPTION, W_ANY, 320 }, { "摄影／", NF_CUE_CAPTION, W_ANY, 320 },
	/* a caption's or credit's label that a page prints before it:
	   "Image caption, The pier at dusk", "Image source, Getty Images" */
	{ "image caption", NF_CUE_CAPTION, W_START, 400 }, { "image source", NF_CUE_CAPTION, W_START, 320 },
	{ "image copyright", NF_CUE_CAPTION, W_START, 320 }, { "media caption", NF_CUE_CAPTION, W_START, 400 },
	{ "video caption", NF_CUE_CAPTION, W_START, 400 }, { "caption:", NF_CUE_CAPTION, W_START, 400 },
	{ "图片说明", NF_CUE_CAPTION, W_START, 320 }, { "圖說", NF_CUE_CAPTION, W_START, 320 },
	{ "圖／", NF_CUE_CAPTION, W_START, 200 }, { "圖/", NF_CUE_CAPTION, W_START, 200 },
	{ "圖片來源", NF_CUE_CAPTION, W_ANY, 200 },

	/* promotion addressed to the reader */
	{ "our new platform", NF_CUE_PROMO, W_ANY, 0 }, { "brought to you by", NF_CUE_PROMO, W_ANY, 0 },
	{ "award-winning team", NF_CUE_PROMO, W_ANY, 0 }, { "get the answers", NF_CUE_PROMO, W_ANY, 0 },
	{ "sign up for", NF_CUE_PROMO, W_ANY, 0 }, { "subscribe to", NF_CUE_PROMO, W_ANY, 0 },
	{ "subscribe now", NF_CUE_PROMO, W_ANY, 0 }, { "subscribe today", NF_CUE_PROMO, W_ANY, 0 },
	{ "our newsletter", NF_CUE_PROMO, W_ANY, 0 }, { "free newsletter", NF_CUE_PROMO, W_ANY, 0 },
	{ "download our app", NF_CUE_PROMO, W_ANY, 0 }, { "download the app", NF_CUE_PROMO, W_ANY, 0 },
	{ "please explore", NF_CUE_PROMO, W_ANY, 0 }, { "visit our", NF_CUE_PROMO, W_ANY, 0 },
	{ "follow us on", NF_CUE_PROMO, W_ANY, 0 }, { "like us on", NF_CUE_PROMO, W_ANY, 0 },
	{ "join our", NF_CUE_PROMO, W_ANY, 0 }, { "become a member", NF_CUE_PROMO, W_ANY, 0 },
	{ "become a subscriber", NF_CUE_PROMO, W_ANY, 0 }, { "support our journalism", NF_CUE_PROMO, W_ANY, 0 },
	{ "support independent journalism", NF_CUE_PROMO, W_ANY, 0 },
	{ "unlimited access", NF_CUE_PROMO, W_ANY, 0 }, { "free trial", NF_CUE_PROMO, W_ANY, 0 },
	{ "click here", NF_CUE_PROMO, W_ANY, 0 }, { "learn more", NF_CUE_PROMO, W_ANY, 0 },
	{ "find out more", NF_CUE_PROMO, W_ANY, 0 }, { "in your inbox", NF_CUE_PROMO, W_ANY, 0 },
	{ "delivered to your", NF_CUE_PROMO, W_ANY, 0 }, { "we use cookies", NF_CUE_PROMO, W_ANY, 0 },
	{ "uses cookies", NF_CUE_PROMO, W_ANY, 0 }, { "by continuing to use", NF_CUE_PROMO, W_ANY, 0 },
	{ "sponsored by", NF_CUE_PROMO, W_ANY, 0 }, { "partner content", NF_CUE_PROMO, W_ANY, 0 },
	{ "paid content", NF_CUE_PROMO, W_ANY, 0 }, { "for more stories", NF_CUE_PROMO, W_ANY, 0 },
	{ "stories, please", NF_CUE_PROMO, W_ANY, 0 }, { "explore the", NF_CUE_PROMO, W_ANY, 0 },
	{ "our app", NF_CUE_PROMO, W_ANY, 0 }, { "don't miss", NF_CUE_PROMO, W_ANY, 0 },
	{ "to order a copy", NF_CUE_PROMO, W_ANY, 0 }, { "order your copy", NF_CUE_PROMO, W_ANY, 0 },
	{ "buy a copy", NF_CUE_PROMO, W_ANY, 0 }, { "is published by", NF_CUE_PROMO, W_ANY, 0 },
	{ "are published by", NF_CUE_PROMO, W_ANY, 0 }, { "available to pre-order", NF_CUE_PROMO, W_ANY, 0 },
	{ "购买本书", NF_CUE_PROMO, W_ANY, 0 }, { "购书", NF_CUE_PROMO, W_ANY, 0 },
	{ "全年订阅", NF_CUE_PROMO, W_ANY, 0 }, { "订阅全年", NF_CUE_PROMO, W_ANY, 0 },
		{ "欢迎关注", NF_CUE_PROMO, W_ANY, 0 }, { "扫码关注", NF_CUE_PROMO, W_ANY, 0 },
	{ "点击阅读原文", NF_CUE_PROMO, W_ANY, 0 }, { "阅读原文", NF_CUE_PROMO, W_ANY, 0 },
	{ "下载客户端", NF_CUE_PROMO, W_ANY, 0 }, { "公众号", NF_CUE_PROMO, W_ANY, 0 },
	{ "长按识别", NF_CUE_PROMO, W_ANY, 0 }, { "点击下方", NF_CUE_PROMO, W_ANY, 0 },
	{ "欢迎订阅", NF_CUE_PROMO, W_ANY, 0 }, { "欢迎投稿", NF_CUE_PROMO, W_ANY, 0 },
	{ "投稿邮箱", NF_CUE_PROMO, W_ANY, 0 }, { "商务合作", NF_CUE_PROMO, W_ANY, 0 },
	{ "广告合作", NF_CUE_PROMO, W_ANY, 0 }, { "订阅号", NF_CUE_PROMO, W_ANY, 0 },
};

/*
 * Paragraphs longer than this are scanned only for the cues without a
 * length limit (none of navigation, teasers or alt text): a second, much
 * smaller automaton.  It is the largest maxlen in the table.
 */
#define LONG_PARA 400
/* Longer than this, navigation words and alt text no longer count. */
#define NAV_PARA 100
/* A paragraph this long with five sentences or more is prose whatever it holds. */
#define LONG_PROSE 800

/* The automata, by paragraph length: up to NAV_PARA, LONG_PARA, longer. */
enum { TIER_SHORT, TIER_MID, TIER_LONG, TIERS };

static struct {
	nf_ac *ac[TIERS];
	const char **pats[TIERS];
	size_t *map[TIERS];        /* the automaton's phrase -> index in cues[] */
} tables;

/* Build the automata; 0 or -1. */
static int
tables_init(void)
{
	if (tables.ac[TIER_LONG] != NULL)
		return 0;
	for (int t = 0; t < TIERS; t++) {
		size_t np = 0;
		tables.pats[t] = malloc(COUNT(cues) * sizeof *tables.pats[t]);
		tables.map[t] = malloc(COUNT(cues) * sizeof *tables.map[t]);
		if (tables.pats[t] == NULL || tables.map[t] == NULL)
			goto fail;
		for (size_t i = 0; i < COUNT(cues); i++) {
			const struct cue *q = &cues[i];
			if (t >= TIER_MID && (q->kind == NF_CUE_NAV || q->kind == NF_CUE_ALT ||
			    (q->maxlen != 0 && q->maxlen <= NAV_PARA)))
				continue;
			if (t == TIER_LONG && (q->maxlen != 0 || q->kind == NF_CUE_TEASERS))
				continue;
			tables.map[t][np] = i;
			tables.pats[t][np++] = q->text;
		}
		tables.ac[t] = nf_ac_new(tables.pats[t], np);
		if (tables.ac[t] == NULL)
			goto fail;
	}
	return 0;
fail:
	nf_bp_cleanup();
	return -1;
}

void
nf_bp_cleanup(void)
{
	for (int t = 0; t < TIERS; t++) {
		nf_ac_free(tables.ac[t]);
		free(tables.pats[t]);
		free(tables.map[t]);
	}
	memset(&tables, 0, sizeof tables);
}

static const char *const role_names[] = {
	"body", "title", "dek", "byline", "dateline", "caption", "boilerplate",
};

const char *
nf_role_name(enum nf_role role)
{
	return role <= NF_ROLE_BOILERPLATE ? role_names[role] : "body";
}

bool
nf_role_parse(const char *name, enum nf_role *role)
{
	for (int r = NF_ROLE_BODY; r <= NF_ROLE_BOILERPLATE; r++)
		if (strcmp(name, role_names[r]) == 0) {
			*role = (enum nf_role)r;
			return true;
		}
	return false;
}

/* ---- one paragraph ------------------------------------------------------ */

static bool
is_ascii_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
is_bullet_cp(uint32_t cp)
{
	switch (cp) {
	case 0x2022: case 0x25AA: case 0x25CF: case 0x25A0: case 0x25C6:
	case 0x25BA: case 0x25B6: case 0x2023: case 0x2043: case 0x25E6:
	case 0x2219: case 0x27A2: case 0x2713: case 0x2714: case 0x00B7:
		return true;
	}
	return false;
}

static bool
is_stop_mark(uint32_t cp)
{
	return cp == '.' || cp == '!' || cp == '?' || cp == 0x3002 || cp == 0xFF01 ||
	    cp == 0xFF1F || cp == 0x2026 || cp == 0xFF0E;
}

static bool
is_close_mark(uint32_t cp)
{
	return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D ||
	    cp == 0x2019 || cp == 0x300D || cp == 0x300F || cp == 0xFF09 ||
	    cp == 0x300B || cp == 0x3011 || cp == 0x00BB || cp == '*';
}

/* State of the cue scan over one paragraph. */
struct cue_scan {
	const char *s;
	size_t n;
	size_t first_letter, last_letter;  /* bounds of the letters (not digits) */
	size_t nav_end;                    /* end of the last NAV match counted */
	size_t nav_bytes;                  /* bytes of the paragraph NAV cues cover */
	nf_para_info *info;
	const size_t *map;                 /* phrase -> cue, for the long automaton */
	bool teaser_prefix;                /* "Read more: ..." */
};

/* Is the match at [start, end) a whole word (for ASCII edges)? */
static bool
word_bounded(const char *s, size_t n, size_t start, size_t end)
{
	unsigned char first = (unsigned char)s[start], last = (unsigned char)s[end - 1];

	if (is_ascii_alnum(first) && start > 0 && is_ascii_alnum((unsigned char)s[start - 1]))
		return false;
	if (is_ascii_alnum(last) && end < n && is_ascii_alnum((unsigned char)s[end]))
		return false;
	return true;
}

static int
on_cue(size_t pat, size_t start, size_t end, void *ctx)
{
	struct cue_scan *c = ctx;
	const struct cue *q = &cues[c->map[pat]];
	nf_para_info *info = c->info;

	if (q->maxlen != 0 && c->n > q->maxlen)
		return 0;
	if (!word_bounded(c->s, c->n, start, end))
		return 0;
	if (q->kind == NF_CUE_TEASERS) {
		/* a heading of other stories, or "Read more: another story" */
		if (start > c->first_letter)
			return 0;
		if (end >= c->last_letter || q->where == W_START) {
			info->teaser_head = true;
			info->cues |= q->kind;
		} else {
			size_t j = end;
			while (j < c->n && c->s[j] == ' ')
				j++;
			if (j < c->n && (c->s[j] == ':' || c->s[j] == '|' ||
			    (j + 3 <= c->n && memcmp(c->s + j, "\xef\xbc\x9a", 3) == 0)))
				c->teaser_prefix = true;
		}
		return 0;
	}
	switch (q->where) {
	case W_START:
		if (start > c->first_letter)
			return 0;
		break;
	case W_WHOLE:
		if (start > c->first_letter || end < c->last_letter)
			return 0;
		break;
	case W_END:
		if (end < c->last_letter)
			return 0;
		break;
	}
	if (q->kind == NF_CUE_NAV) {
		size_t from = start > c->nav_end ? start : c->nav_end;
		if (end > from)
			c->nav_bytes += end - from;
		if (end > c->nav_end)
			c->nav_end = end;
	}
	if (q->kind == NF_CUE_PROMO)
		info->promo++;
	if (q->kind == NF_CUE_COMMENTS && q->where == W_WHOLE)
		info->comments_head = true;
	if (q->kind == NF_CUE_COPYRIGHT || q->kind == NF_CUE_SOURCE)
		info->tail_mark = true;
	if (q->kind == NF_CUE_TAIL_HEAD)
		info->tail_head = true;
	info->cues |= q->kind;
	return 0;
}

/* Words of a paragraph whose stop words are counted. */
#define STOP_SAMPLE 96

/*
 * A web address at s[i] ("https://...", "www.example.com/..."), not inside
 * the one that ends at url_end: add its bytes to info->url_bytes and
 * return its end; url_end when there is none.
 */
static size_t
web_address(const char *s, size_t n, size_t i, size_t url_end, nf_para_info *info)
{
	size_t j = i;

	if (i < url_end || n - i < 5)
		return url_end;
	if ((s[i + 1] | 0x20) == 't' && n - i > 8 && strncasecmp(s + i, "https://", 8) == 0)
		j = i + 8;
	else if ((s[i + 1] | 0x20) == 't' && strncasecmp(s + i, "http://", 7) == 0)
		j = i + 7;
	else if ((s[i + 1] | 0x20) == 'w' && strncasecmp(s + i, "www.", 4) == 0)
		j = i + 4;
	else
		return url_end;
	while (j < n && s[j] != ' ' && (unsigned char)s[j] < 0x80)
		j++;
	info->url_bytes += j - i;
	return j;
}

/* Count words, stop words, marks; set the shape flags. */
static void
count_text(const char *s, size_t n, nf_para_info *info, size_t *first_letter,
    size_t *last_letter)
{
	size_t i = 0;
	uint32_t cp, prev = 0;
	size_t url_end = 0;

	*first_letter = n;
	*last_letter = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (c == ' ' || c == '\t') {
			size_t j = i + 1;
			while (j < n && (s[j] == ' ' || s[j] == '\t'))
				j++;
			if ((j - i >= 2 || c == '\t') && i > 0 && j < n)
				info->seps++;  /* a wide gap between menu items */
			else if (i > 0 && j < n && nf_is_cjk(prev) && (unsigned char)s[j] >= 0x80)
				info->cjk_gaps++;
			prev = ' ';
			i = j;
			continue;
		}
		if (is_ascii_alnum(c)) {
			size_t j = i;
			bool letter = false;
			if ((c | 0x20) == 'h' || (c | 0x20) == 'w')
				url_end = web_address(s, n, i, url_end, info);
			while (j < n && (is_ascii_alnum((unsigned char)s[j]) ||
			    (s[j] == '\'' && j + 1 < n && is_ascii_alnum((unsigned char)s[j + 1])))) {
				if (!(s[j] >= '0' && s[j] <= '9') && s[j] != '\'')
					letter = true;
				else if (s[j] != '\'')
					info->digits = true;
				j++;
			}
			info->words++;
			if (letter) {
				if (*first_letter == n)
					*first_letter = i;
				*last_letter = j;
				if (c >= 'A' && c <= 'Z')
					info->caps++;
				/* densities are read from the first words: enough to judge */
				if (info->sampled < STOP_SAMPLE) {
					enum nf_stop sc = nf_stop_word(s + i, j - i);
					info->sampled++;
					info->stop += sc != NF_STOP_NONE;
					info->you += sc == NF_STOP_YOU;
				}
			}
			prev = (uint32_t)s[j - 1];
			i = j;
			continue;
		}
		size_t k = c < 0x80 ? 1 : nf_utf8_decode(s + i, n - i, &cp, NULL);
		if (c < 0x80)
			cp = c;
		if (nf_is_cjk(cp)) {
			info->cjk++;
			if (nf_is_zh_stop(cp))
				info->cjk_stop++;
			if (*first_letter == n)
				*first_letter = i;
			*last_letter = i + k;
		} else if (nf_is_word_char(cp) && cp >= 0x80) {
			if (*first_letter == n)
				*first_letter = i;
			*last_letter = i + k;
		} else if (is_stop_mark(cp)) {
			if (cp != '.' || i + k >= n || s[i + k] == ' ' || cp >= 0x80)
				info->stops++;
		} else if (cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x300C) {
			info->quotes++;
		} else if ((cp == '|' || cp == '>' || cp == 0xBB || cp == 0x203A ||
		    cp == '/' || cp == 0xFF5C || cp == 0x2192 || cp == 0xFF1E) &&
		    prev == ' ' && i + k < n && s[i + k] == ' ') {
			info->seps++;
			info->arrows += cp != '|' && cp != '/' && cp != 0xFF5C;
		}
		prev = cp;
		i += k;
	}
}

/* Set ends_stop, ends_ellipsis, ends_colon from the paragraph's last marks. */
static void
shape_end(const char *s, size_t n, nf_para_info *info)
{
	size_t i = n;
	uint32_t cp = 0;

	while (i > 0) {  /* step back over closing quotes and brackets */
		size_t p = nf_utf8_prev(s, i);
		nf_utf8_decode(s + p, i - p, &cp, NULL);
		if (!is_close_mark(cp) && !nf_is_space(cp))
			break;
		i = p;
	}
	if (cp == 0x2026 || (i >= 3 && memcmp(s + i - 3, "...", 3) == 0)) {
		info->ends_ellipsis = true;
		info->ends_stop = true;
	} else if (is_stop_mark(cp)) {
		info->ends_stop = true;
	} else if (cp == ':' || cp == 0xFF1A) {
		info->ends_colon = true;
	}
}

/* Set bullet and numbered from the paragraph's first marks. */
static void
shape_start(const char *s, size_t n, nf_para_info *info)
{
	uint32_t cp;
	size_t k = nf_utf8_decode(s, n, &cp, NULL), j = 0;

	if (is_bullet_cp(cp) || ((cp == '-' || cp == '*' || cp == 0x2013 || cp == 0x2014 ||
	    cp == '>') && (k == n || s[k] == ' ')))
		info->bullet = true;
	while (j < n && j < 3 && s[j] >= '0' && s[j] <= '9')
		j++;
	if (j > 0 && j + 1 < n && (s[j] == '.' || s[j] == ')') && s[j + 1] == ' ')
		info->numbered = true;
	if (n > 2 && s[0] == '(' && s[1] >= '0' && s[1] <= '9')
		info->numbered = true;
}

/* Tokens: Latin words plus Chinese characters at two to a word. */
static unsigned
tokens(const nf_para_info *info)
{
	return info->words + (info->cjk + 1) / 2;
}

/* The local class, from the features and cues. */
static void
classify_local(nf_para_info *info, size_t letter_bytes, size_t nav_bytes,
    bool teaser_prefix)
{
	unsigned tok = tokens(info);

	info->bad_role = NF_ROLE_BOILERPLATE;
	if (info->words == 0 && info->cjk == 0 && letter_bytes == 0) {
		info->cls = NF_PC_EMPTY;
		return;
	}
	info->cls = NF_PC_BAD;
	if ((info->cues & NF_CUE_ALT) && tok <= 4)
		return;
	if (info->cues & NF_CUE_TAIL_HEAD)
		return;
	if (info->cues & (NF_CUE_COPYRIGHT | NF_CUE_SOURCE | NF_CUE_COMMENTS)) {
		/* a whole article on one line with "转载请注明出处" at its end is
		   the article: only prose of many sentences outweighs the cue */
		if (info->bytes < LONG_PROSE || info->stops < 5)
			return;
		info->tail_mark = false;
	}
	if (info->cues & NF_CUE_CAPTION) {
		info->bad_role = NF_ROLE_CAPTION;
		return;
	}
	if (info->teaser_head || teaser_prefix)
		return;
	if ((info->cues & NF_CUE_CTA) && (info->cues & NF_CUE_CTA_OBJ) && tok <= 15)
		return;
	if (info->promo >= 2 || (info->promo >= 1 && info->you >= 1 && info->quotes == 0 &&
	    info->bytes <= 600))
		return;
	if (info->bytes <= 100 && letter_bytes > 0 && nav_bytes * 10 >= letter_bytes * 6)
		return;
	if (info->seps >= 2 && info->bytes <= 160 && info->stops == 0 &&
	    tok <= 4 * (info->seps + 1))
		return;
	/* "Tech › Data centres": a breadcrumb of short parts, no figures */
	if (info->arrows >= 1 && info->bytes <= 120 && info->stops == 0 && !info->digits &&
	    tok <= 4 * (info->arrows + 1))
		return;
	/* "首页 新闻 科技 财经": short Chinese words in a row */
	if (info->cjk_gaps >= 3 && info->stops == 0 && info->bytes <= 160 &&
	    info->cjk <= 4 * (info->cjk_gaps + 1) && info->words <= info->cjk_gaps)
		return;
	if (info->lang == NF_LANG_ZH) {
		if (info->ends_stop && !info->ends_ellipsis && info->bytes >= 90 &&
		    info->cjk_stop * 100 >= info->cjk * 3)
			info->cls = NF_PC_GOOD;
		else if ((info->ends_stop && info->cjk >= 6) ||
		    (info->bytes >= 200 && info->cjk_stop * 100 >= info->cjk * 3))
			info->cls = NF_PC_NEARGOOD;
		else
			info->cls = NF_PC_SHORT;
		return;
	}
	if (info->ends_stop && !info->ends_ellipsis && info->bytes >= 100 &&
	    info->words >= 10 && info->stop * 5 >= info->sampled)
		info->cls = NF_PC_GOOD;
	else if ((info->ends_stop && info->words >= 3 && info->stop >= 1) ||
	    (info->bytes >= 200 && info->stop * 4 >= info->sampled))
		info->cls = NF_PC_NEARGOOD;
	else
		info->cls = NF_PC_SHORT;
}

/*
 * Two kinds of short line that read like text but are chrome wherever
 * they stand: an engagement counter ("阅读 2.3万 · 点赞 486", "1.2K
 * views"), never a headline; and a reporting credit ("Wei Jing reported
 * from Hangzhou."), which ends the article as "Reporting by ..." does.
 */
static void
mark_counter_credit(const char *s, size_t n, nf_para_info *info)
{
	if (info->cls == NF_PC_EMPTY || info->cls == NF_PC_BAD || n > 160)
		return;
	if (nf_meta_counter_line(s, n)) {
		info->cls = NF_PC_BAD;
		info->bad_role = NF_ROLE_BOILERPLATE;
	} else if (info->lang == NF_LANG_EN && info->stops <= 2 && nf_meta_credit_line(s, n)) {
		info->cls = NF_PC_BAD;
		info->bad_role = NF_ROLE_BOILERPLATE;
		info->cues |= NF_CUE_SOURCE;
		info->tail_mark = true;
	}
}

/* The label of a page's text-size buttons, and the buttons. */
static const char *const size_labels[] = {
	"text size", "font size", "text", "font", "字号", "字体大小", "字体",
	"文字大小", "文章字号", "字級", "字级", "字體大小", "字體", "字型",
	"字型大小",
};
static const char *const size_words[] = {
	"a", "aa", "t", "a+", "a-", "+", "-", "small", "medium", "large",
	"larger", "smaller", "big", "bigger", "default", "reset", "大", "中",
	"小", "特大", "超大", "较大", "較大", "标准", "標準", "默认", "預設",
	"放大", "缩小", "縮小",
};

/* The page's tools beside them: print, close, share, and where to. */
static const char *const tool_labels[] = {
	"print", "email", "e-mail", "share", "share on", "share this", "close",
	"save", "comment", "comments", "copy link", "打印", "列印", "列印本頁",
	"打印本页", "关闭", "關閉", "关闭窗口", "關閉視窗", "关闭本页", "分享",
	"分享到", "分享至", "收藏", "纠错", "糾錯", "我要纠错", "举报", "檢舉",
	"评论", "評論", "复制链接", "複製連結", "返回顶部", "回到頂部",
};
static const char *const share_targets[] = {
	"facebook", "twitter", "x", "line", "linkedin", "whatsapp", "telegram",
	"reddit", "email", "e-mail", "weibo", "wechat", "qq", "qzone", "plurk",
	"微博", "新浪微博", "腾讯微博", "微信", "朋友圈", "qq空间", "豆瓣", "噗浪",
	"複製連結", "复制链接",
};

/* Is w[0..len) one of the list's words (ASCII compared without case)? */
static bool
one_of(const char *const *list, size_t count, const char *w, size_t len)
{
	for (size_t k = 0; k < count; k++)
		if (len > 0 && (list[k][0] | 0x20) == (w[0] | 0x20) &&
		    strlen(list[k]) == len && strncasecmp(list[k], w, len) == 0)
			return true;
	return false;
}

/* Length of the longest entry of list that s[0..n) starts with; 0: none. */
static size_t
label_len(const char *const *list, size_t count, const char *s, size_t n)
{
	size_t best = 0;

	if (n == 0)
		return 0;
	for (size_t k = 0; k < count; k++) {
		if ((list[k][0] | 0x20) != (s[0] | 0x20))
			continue;  /* cheap first test; UTF-8 lead bytes compare whole */
		size_t len = strlen(list[k]);
		if (len > best && len <= n && strncasecmp(s, list[k], len) == 0 &&
		    (len == n || !is_ascii_alnum((unsigned char)s[len])))
			best = len;
	}
	return best;
}

/* Length of a separator between buttons at s[0..n): space, | / 、 , ： */
static size_t
button_sep(const char *s, size_t n)
{
	static const char *const wide[] = { "：", "　", "｜", "、", "，" };

	if (n == 0)
		return 0;
	if (s[0] == ' ' || s[0] == ':' || s[0] == '|' || s[0] == '/' || s[0] == ',')
		return 1;
	for (size_t k = 0; k < COUNT(wide); k++)
		if (n >= 3 && memcmp(s, wide[k], 3) == 0)
			return 3;
	return 0;
}

/*
 * One group of a control bar, s[0..n): a label of the text-size buttons
 * and only the buttons after it ("字号：大 中 小", "Text size: A A A"), or
 * a tool ("打印", "Print") with only the places it shares to after it
 * ("分享到：", "Share: Facebook LINE").  0 when it is none, 1 a group
 * without a label (share targets alone), 2 a labelled group.
 */
static int
control_group(const char *s, size_t n)
{
	size_t i, label, words = 0;
	bool size = false;

	label = label_len(size_labels, COUNT(size_labels), s, n);
	if (label > 0)
		size = true;
	else
		label = label_len(tool_labels, COUNT(tool_labels), s, n);
	for (i = label; i < n; ) {
		size_t sep = button_sep(s + i, n - i), w = i;
		if (sep > 0) {
			i += sep;
			continue;
		}
		while (w < n && button_sep(s + w, n - w) == 0)
			w++;
		if (size ? !one_of(size_words, COUNT(size_words), s + i, w - i) :
		    !one_of(share_targets, COUNT(share_targets), s + i, w - i))
			return 0;
		words++;
		i = w;
	}
	if (size)
		return words >= 2 ? 2 : 0;
	return label > 0 ? 2 : words > 0;
}

/* Length of a separator between the groups of a control bar at s[0..n). */
static size_t
group_sep(const char *s, size_t n)
{
	static const char *const marks[] = { "【", "】", "［", "］", "｜", "　" };

	if (s[0] == '[' || s[0] == ']' || s[0] == '|' || s[0] == '\t' ||
	    (s[0] == ' ' && n >= 2 && s[1] == ' '))
		return 1;
	for (size_t k = 0; k < COUNT(marks); k++)
		if (n >= 3 && memcmp(s, marks[k], 3) == 0)
			return 3;
	return 0;
}

/*
 * A bar of the page's own buttons above or below an article: groups of
 * controls in brackets or between bars and gaps, every one of them a
 * control_group() and one at least labelled - "字号：大 中 小",
 * "【字体：大 中 小】【打印】【关闭】", "字級：小 中 大　｜　分享：Facebook
 * LINE", "Text size A A A | Print | Share".
 */
static bool
control_bar(const char *s, size_t n)
{
	size_t i = 0, from = 0;
	bool labelled = false;

	if (n > 160)
		return false;
	for (size_t sep; i < n && (sep = group_sep(s + i, n - i)) > 0; )
		i += sep;
	/* most lines fail at their first word: no label, no share target */
	if (label_len(size_labels, COUNT(size_labels), s + i, n - i) == 0 &&
	    label_len(tool_labels, COUNT(tool_labels), s + i, n - i) == 0 &&
	    label_len(share_targets, COUNT(share_targets), s + i, n - i) == 0)
		return false;
	i = 0;
	for (;;) {
		size_t sep = i < n ? group_sep(s + i, n - i) : 0;
		if (i == n || sep > 0) {
			size_t a = from, b = i;
			while (a < b && s[a] == ' ')
				a++;
			while (b > a && s[b - 1] == ' ')
				b--;
			if (b > a) {
				int g = control_group(s + a, b - a);
				if (g == 0)
					return false;
				labelled |= g == 2;
			}
			if (i == n)
				break;
			i += sep;
			from = i;
			continue;
		}
		i++;
	}
	return labelled;
}

/* Labels of a tag list. */
static const char *const tag_labels[] = {
	"tags", "tag", "topics", "related topics", "keywords", "filed under",
	"标签", "关键词", "关键字", "相关标签", "热门标签", "相关阅读标签",
};

/*
 * "Tags: Transport, Cardiff", "标签：公交 新能源", "关键词：人工智能": a
 * tag list's label and a colon, then short items without a sentence.
 */
static bool
tag_list(const char *s, size_t n, const nf_para_info *info)
{
	size_t label = 0, i;

	if (n > 200 || info->stops > 0)
		return false;
	for (size_t k = 0; k < COUNT(tag_labels); k++) {
		size_t len = strlen(tag_labels[k]);
		if (len > label && len < n && strncasecmp(s, tag_labels[k], len) == 0)
			label = len;
	}
	if (label == 0)
		return false;
	for (i = label; i < n && s[i] == ' '; i++)
		;
	return (i < n && s[i] == ':') || (n - i >= 3 && memcmp(s + i, "：", 3) == 0);
}

/*
 * "About Acme", "About ZhiCompute Technology", "关于蓝海科技": the heading
 * of a press release's company profile.  Not chrome by itself (a headline
 * may read "About Time"): nf_bp_roles() starts a tail block at it only
 * after the body.  Chinese document titles ("关于印发...的通知") hold 的 or
 * end in a document kind, and are no headings of this kind.
 */
static bool
about_heading(const char *s, size_t n, const nf_para_info *info)
{
	if (n > 60 || info->stops > 0 || info->bullet || info->numbered)
		return false;
	if (n > 6 && memcmp(s, "About ", 6) == 0) {
		unsigned caps = 0;
		if (info->words < 2 || info->words > 6 || info->cjk > 0)
			return false;
		for (size_t i = 6; i < n; i++) {
			if (s[i - 1] != ' ')
				continue;
			if (s[i] >= 'A' && s[i] <= 'Z')
				caps++;
			else if (s[i] >= 'a' && s[i] <= 'z' && !nf_is_stopword(s + i, strcspn(s + i, " ")))
				return false;  /* "About half of them": a sentence */
		}
		return caps >= 1;
	}
	if (n > 6 && memcmp(s, "关于", 6) == 0) {
		if (info->cjk < 4 || info->cjk > 14 || info->words > 2 ||
		    memmem(s, n, "的", 3) != NULL || memmem(s, n, "，", 3) != NULL ||
		    memmem(s, n, "：", 3) != NULL)
			return false;
		return !nf_meta_notice_title(s, n);
	}
	return false;
}

int
nf_bp_features(const char *s, size_t n, nf_para_info *info)
{
	struct cue_scan scan;
	size_t first_letter, last_letter, letter_bytes;

	memset(info, 0, sizeof *info);
	if (tables_init() != 0)
		return -1;
	info->bytes = n;
	count_text(s, n, info, &first_letter, &last_letter);
	letter_bytes = last_letter > first_letter ? last_letter - first_letter : 0;
	info->lang = info->cjk > 0 && info->cjk >= info->words ? NF_LANG_ZH : NF_LANG_EN;
	shape_end(s, n, info);
	shape_start(s, n, info);
	memset(&scan, 0, sizeof scan);
	scan.s = s;
	scan.n = n;
	scan.first_letter = first_letter;
	scan.last_letter = last_letter;
	scan.info = info;
	int tier = n > LONG_PARA ? TIER_LONG : n > NAV_PARA ? TIER_MID : TIER_SHORT;
	scan.map = tables.map[tier];
	nf_ac_scan(tables.ac[tier], s, n, on_cue, &scan);
	classify_local(info, letter_bytes, scan.nav_bytes, scan.teaser_prefix);
	mark_counter_credit(s, n, info);
	/* a line that is mostly a web address ("Share: https://twitter.com/
	   intent/tweet?url=...") shares or links the page, and says nothing */
	if (info->cls != NF_PC_EMPTY && (control_bar(s, n) || tag_list(s, n, info) ||
	    info->url_bytes * 2 >= n)) {
		info->cls = NF_PC_BAD;
		info->bad_role = NF_ROLE_BOILERPLATE;
	}
	info->summary = (unsigned char)nf_meta_summary_label(s, n);
	if (!info->tail_head && info->cls != NF_PC_BAD && about_heading(s, n, info))
		info->tail_head = true;
	return 0;
}

/* ---- in context --------------------------------------------------------- */

/* What a paragraph is for the decisions in context. */
enum kind { K_EMPTY, K_SHORT, K_NEAR, K_GOOD, K_BAD, K_DATE, K_BYLINE };

#define NONE ((size_t)-1)

struct roles {
	const char *text;
	nf_para *p;
	size_t n;
	const nf_bp_opts *opts;
	unsigned char *kind;
	bool *headline;
	bool *summary;   /* a summary above the body ("Key points" and its items) */
	bool *day;       /* a date line that is a day alone (nf_dateline.plain) */
	bool notice;     /* the article being classified is a notice (its title) */
	bool dated;      /* ... has its day of publication from above its body
	                    or, the first, from the page (nf_bp_opts.dated) */
};

static const char *
ptext(const struct roles *r, size_t i)
{
	return r->text + r->p[i].start;
}

static size_t
plen(const struct roles *r, size_t i)
{
	return r->p[i].end - r->p[i].start;
}

static bool
name_line(const struct roles *r, size_t i)
{
	return (r->kind[i] == K_SHORT || r->kind[i] == K_NEAR) &&
	    nf_meta_name_line(ptext(r, i), plen(r, i));
}

static bool
bio_line(const struct roles *r, size_t i)
{
	return r->kind[i] != K_GOOD && r->kind[i] != K_BAD &&
	    nf_meta_bio_line(ptext(r, i), plen(r, i));
}

/* The next paragraph after i (before limit) that is not empty; limit if none. */
static size_t
next_full(const struct roles *r, size_t i, size_t limit)
{
	for (size_t j = i + 1; j < limit; j++)
		if (r->kind[j] != K_EMPTY)
			return j;
	return limit;
}

/* Does s start with a word like "iTunes", "eBay": lower case, then a capital? */
static bool
camel_word(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && s[i] >= 'a' && s[i] <= 'z')
		i++;
	return i > 0 && i <= 2 && i < n && s[i] >= 'A' && s[i] <= 'Z';
}

/*
 * Could s[0..n), with its features, be a headline: a short line, not a
 * bullet or a list item, without a full stop, a colon or an ellipsis at
 * its end, of 5 to 60 Chinese characters or 3 to 30 words starting with a
 * capital or a digit?
 */
static bool
headline_shape(const char *s, size_t n, const nf_para_info *info)
{
	size_t i = nf_utf8_lead(s, n);
	unsigned char last, c;

	if (info->cls == NF_PC_BAD || info->cls == NF_PC_EMPTY || info->cls == NF_PC_GOOD)
		return false;
	if (info->bullet || info->numbered || n > 250 || i >= n)
		return false;
	if (info->ends_colon || info->ends_ellipsis)
		return false;
	last = (unsigned char)s[n - 1];
	if (last == '.' || last == ',' || last == ';')
		return false;
	if (n >= 3 && memcmp(s + n - 3, "\xe3\x80\x82", 3) == 0)  /* 。 */
		return false;
	if (info->lang == NF_LANG_ZH)
		return info->cjk >= 5 && info->cjk <= 60;
	c = (unsigned char)s[i];
	if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c < 0x80 &&
	    !camel_word(s + i, n - i))
		return false;
	return info->words >= 3 && info->words <= 30;
}

/* Kinds, dates, bylines and headlines of every paragraph; 0 or -1. */
static int
prepare(struct roles *r)
{
	for (size_t i = 0; i < r->n; i++) {
		nf_para *p = &r->p[i];
		const nf_para_info *in = &p->info;
		static const unsigned char of_class[] = {
			[NF_PC_EMPTY] = K_EMPTY, [NF_PC_SHORT] = K_SHORT,
			[NF_PC_NEARGOOD] = K_NEAR, [NF_PC_GOOD] = K_GOOD, [NF_PC_BAD] = K_BAD,
		};
		nf_dateline dl;
		nf_span name;
		int rc;

		r->kind[i] = of_class[in->cls];
		r->headline[i] = r->day[i] = false;
		if (in->cls == NF_PC_GOOD || in->cls == NF_PC_EMPTY || in->bytes > 200 ||
		    (in->cues & (NF_CUE_CAPTION | NF_CUE_COPYRIGHT | NF_CUE_COMMENTS)) ||
		    in->teaser_head)
			continue;
		rc = nf_meta_dateline(ptext(r, i), plen(r, i), r->opts->dates, &dl);
		if (rc < 0)
			return -1;
		if (nf_meta_byline(ptext(r, i), plen(r, i), &name) ||
		    (rc == 0 && nf_meta_name_role(ptext(r, i), plen(r, i), &name))) {
			p->name_start = p->start + name.start;
			p->name_end = p->start + name.end;
			if (rc == 0)
				r->kind[i] = K_BYLINE;
		}
		if (rc == 1) {
			if (p->name_end == 0 && nf_meta_line_author(ptext(r, i), plen(r, i), &name)) {
				p->name_start = p->start + name.start;
				p->name_end = p->start + name.end;
			}
			r->kind[i] = K_DATE;
			r->day[i] = dl.plain;
			p->has_pub = dl.has_point;
			p->pub = dl.point;
			p->pub_updated = dl.updated;
			p->pub_relative = dl.relative;
		}
		if (r->kind[i] == K_SHORT || r->kind[i] == K_NEAR)
			r->headline[i] = headline_shape(ptext(r, i), plen(r, i), in);
	}
	return 0;
}

/* Does the article resume at i: good prose, and good prose after it? */
static bool
resumes(const struct roles *r, size_t i, size_t e)
{
	size_t j;

	if (r->kind[i] != K_GOOD)
		return false;
	j = next_full(r, i, e);
	return j < e && r->kind[j] == K_GOOD;
}

/* Is there an article's body from j on: two good paragraphs, or a long one? */
static bool
body_follows(const struct roles *r, size_t j, size_t e)
{
	unsigned good = 0;

	for (size_t k = j; k < e && k < j + 8; k++) {
		if (r->kind[k] != K_GOOD || r->p[k].info.ends_ellipsis)
			continue;
		if (++good >= 2 || r->p[k].info.bytes >= 400)
			return true;
	}
	return false;
}

/*
 * Does a new article start at i, inside a section that already had one:
 * a headline, then a dateline or byline (or a rule line before it), then
 * a body?
 */
static bool
starts_article(const struct roles *r, size_t i, size_t e, bool rule_before)
{
	bool meta = false;
	size_t j;

	if (!r->headline[i])
		return false;
	for (j = i + 1; j < e && j <= i + 4; j++) {
		unsigned char k = r->kind[j];
		if (k == K_DATE || k == K_BYLINE)
			meta = true;
		else if (k == K_GOOD || (k == K_BAD && r->p[j].info.bad_role != NF_ROLE_CAPTION))
			break;
	}
	if ((!meta && !rule_before) || j >= e || r->kind[j] != K_GOOD)
		return false;
	return body_follows(r, j, e);
}

/* Is i a line describing the author named just before it? */
static bool
author_bio(const struct roles *r, size_t a, size_t i)
{
	size_t pv = i;

	while (pv > a && r->kind[pv - 1] == K_EMPTY)
		pv--;
	return pv > a && (name_line(r, pv - 1) || r->kind[pv - 1] == K_BYLINE) &&
	    bio_line(r, i);
}

/*
 * A short label above a headline: "POLICY", "Technology News", "World
 * news", "科技" - one or two words, or up to four all capitalised; "Prime
 * minister's questions" is a headline.
 */
static bool
is_label(const char *s, size_t n, const nf_para_info *in)
{
	if (in->lang == NF_LANG_ZH)
		return in->cjk <= 6;
	if (in->words <= 2)
		return true;
	if (in->words > 4)
		return false;
	for (size_t i = 0; i < n; i++)
		if (s[i] >= 'a' && s[i] <= 'z' && (i == 0 || s[i - 1] == ' '))
			return false;
	return true;
}

/*
 * A headline right under the date or byline lines, with another headline
 * right above them ("Acme Q1 Earnings Call Transcript / May 16, 2025 /
 * Transcript prepared by X staff / Prepared remarks and Q&A"): the one
 * above is the title, the one below a section label.
 */
static size_t
above_meta(const struct roles *r, size_t a, size_t t)
{
	size_t j = t, metas = 0;

	while (j > a) {
		j--;
		if (r->kind[j] == K_EMPTY)
			continue;
		if (r->kind[j] == K_DATE || r->kind[j] == K_BYLINE) {
			metas++;
			continue;
		}
		break;
	}
	if (metas == 0 || r->p[j].in_block || !r->headline[j] || author_bio(r, a, j) ||
	    r->p[t].info.ends_stop)
		return t;
	return j;
}

/* Is i a name above a date line, a byline or the author's role ("Ben
 * Jiang in Beijing" over "Published: 25 Nov 2025"): a byline, no headline. */
static bool
name_above_meta(const struct roles *r, size_t i, size_t b1)
{
	size_t nx = next_full(r, i, b1);

	return name_line(r, i) && nx < b1 &&
	    (r->kind[nx] == K_DATE || r->kind[nx] == K_BYLINE || bio_line(r, nx));
}

/*
 * The title of an article whose body starts at b1: the last headline among
 * the few paragraphs before the body, unless the one before it, right
 * above, is the headline (the later one a dek) and not a short label.
 */
/*
 * Is the Chinese line k a kicker (引题) over the headline h: shorter by a
 * third, or a run of facts ("55公斤、续航4小时、售价9.9万元起")?  The
 * headline under it is the title.
 */
static bool
kicker(const struct roles *r, size_t k, size_t h)
{
	const char *s = ptext(r, k);
	size_t n = plen(r, k);

	if (nf_lang_guess(s, n) != NF_LANG_ZH || nf_lang_guess(ptext(r, h), plen(r, h)) != NF_LANG_ZH)
		return false;
	return memmem(s, n, "\u3001", 3) != NULL || 3 * n < 2 * plen(r, h);
}

static size_t
find_title(const struct roles *r, size_t a, size_t b1)
{
	size_t t = NONE, prev = NONE, seen = 0;

	for (size_t j = b1; j > a && seen < 10; ) {
		j--;
		if (r->p[j].in_block)
			break;
		if (r->kind[j] == K_EMPTY)
			continue;
		seen++;
		if (!r->headline[j] || author_bio(r, a, j) || name_above_meta(r, j, b1))
			continue;
		if (t == NONE) {
			t = j;
		} else {
			prev = j;
			break;
		}
	}
	if (t != NONE && above_meta(r, a, t) != t)
		return above_meta(r, a, t);
	if (t == NONE || prev == NONE || next_full(r, prev, b1) != t)
		return t;
	if (kicker(r, prev, t))
		return t;
	return is_label(ptext(r, prev), plen(r, prev), &r->p[prev].info) ? t : prev;
}

static void
set_role(struct roles *r, size_t i, enum nf_role role, bool meta)
{
	r->p[i].role = role;
	r->p[i].meta = meta;
}

/* Is there a date or byline line between t and i? */
static bool
after_meta(const struct roles *r, size_t t, size_t i)
{
	for (size_t j = t + 1; j < i; j++)
		if (r->kind[j] == K_DATE || r->kind[j] == K_BYLINE)
			return true;
	return false;
}

/* A paragraph before the body: top chrome, title, dek, byline, dateline. */
static void
assign_head(struct roles *r, size_t i, size_t t, size_t b1)
{
	const nf_para_info *in = &r->p[i].info;
	unsigned char k = r->kind[i];
	size_t nx;

	if (r->p[i].in_block) {
		set_role(r, i, NF_ROLE_BOILERPLATE, false);
		return;
	}
	if (i == t) {
		set_role(r, i, NF_ROLE_TITLE, true);
		return;
	}
	if (r->summary[i] || (t != NONE && i < t && next_full(r, i, b1) == t && r->headline[i] &&
	    kicker(r, i, t))) {
		set_role(r, i, NF_ROLE_DEK, false);  /* a summary, or a kicker (引题) */
		return;
	}
	switch (k) {
	case K_DATE: set_role(r, i, NF_ROLE_DATELINE, true); return;
	case K_BYLINE: set_role(r, i, NF_ROLE_BYLINE, true); return;
	case K_BAD: set_role(r, i, in->bad_role, false); return;
	case K_EMPTY: return;
	}
	nx = next_full(r, i, b1);
	/* a name above a date line, a byline or the author's role; or alone
	   between the headline and the body */
	if (name_line(r, i) && ((nx < b1 && (r->kind[nx] == K_DATE ||
	    r->kind[nx] == K_BYLINE || bio_line(r, nx))) ||
	    (nx == b1 && t != NONE && i > t))) {
		set_role(r, i, NF_ROLE_BYLINE, true);
		return;
	}
	if (i > 0 && r->p[i - 1].role == NF_ROLE_BYLINE && bio_line(r, i)) {
		set_role(r, i, NF_ROLE_BYLINE, false);
		return;
	}
	if (t != NONE && i > t) {
		/* a label under the date and byline lines */
		if (k == K_SHORT && r->headline[i] && !in->ends_stop && after_meta(r, t, i))
			set_role(r, i, NF_ROLE_BOILERPLATE, false);
		else if (tokens(in) >= 4 || (in->bullet && tokens(in) >= 3))
			set_role(r, i, NF_ROLE_DEK, false);
		else
			set_role(r, i, NF_ROLE_BOILERPLATE, false);
		return;
	}
	/* above the title: page chrome; without a title, a sentence is body */
	if (t == NONE && k == K_NEAR)
		set_role(r, i, NF_ROLE_BODY, false);
	else
		set_role(r, i, NF_ROLE_BOILERPLATE, false);
}

/* Is i (short or thin) between chrome on both sides, within [lo, hi]? */
static bool
between_chrome(const struct roles *r, size_t i, size_t lo, size_t hi)
{
	size_t pv = NONE, nx = NONE;

	for (size_t j = i; j > lo; ) {
		j--;
		if (r->kind[j] != K_EMPTY && r->kind[j] != K_SHORT) {
			pv = j;
			break;
		}
	}
	for (size_t j = i + 1; j <= hi && j < r->n; j++) {
		if (r->kind[j] != K_EMPTY && r->kind[j] != K_SHORT) {
			nx = j;
			break;
		}
	}
	return pv != NONE && nx != NONE &&
	    (r->kind[pv] == K_BAD || r->p[pv].in_block) &&
	    (r->kind[nx] == K_BAD || r->p[nx].in_block);
}

/*
 * Is i a line that closes a notice: a contact line (咨询电话：...), an
 * attachment (附件：...) or an item of its list, or the issuing bodies?
 * Content when the notice is the article, chrome after other articles.
 */
static bool
notice_line(const struct roles *r, size_t i)
{
	const char *s = ptext(r, i);
	size_t n = plen(r, i);

	return nf_meta_contact_line(s, n) || nf_meta_issuer_line(s, n) ||
	    (n > 6 && memcmp(s, "附件", 6) == 0);
}

/*
 * Is i a notice's disclosure note: （此件公开发布）, （此件主动公开）?  It is
 * chrome, but the notice's contacts may follow it: it starts no block and
 * ends no notice.
 */
static bool
disclosure_line(const struct roles *r, size_t i)
{
	const char *s = ptext(r, i);
	size_t n = plen(r, i);

	if (n >= 3 && memcmp(s, "\xef\xbc\x88", 3) == 0) {  /* （ */
		s += 3;
		n -= 3;
	} else if (n >= 1 && s[0] == '(') {
		s++;
		n--;
	}
	return n > 6 && memcmp(s, "此件", 6) == 0 && memmem(s, n, "公开", 6) != NULL;
}

/* A paragraph between the first and the last good one. */
static void
assign_middle(struct roles *r, size_t i, size_t b1, size_t b2)
{
	const nf_para *p = &r->p[i];
	unsigned char k = r->kind[i];

	if (p->in_block) {
		set_role(r, i, NF_ROLE_BOILERPLATE, false);
		return;
	}
	switch (k) {
	case K_GOOD: set_role(r, i, NF_ROLE_BODY, false); return;
	case K_BAD: set_role(r, i, p->info.bad_role, false); return;
	case K_DATE: set_role(r, i, NF_ROLE_DATELINE, false); return;
	case K_BYLINE: set_role(r, i, NF_ROLE_BYLINE, true); return;
	case K_EMPTY: return;
	}
	if (between_chrome(r, i, b1, b2) || ((p->flags & NF_PARA_REPEATED) && k == K_SHORT) ||
	    (!r->notice && nf_meta_contact_line(ptext(r, i), plen(r, i))))
		set_role(r, i, NF_ROLE_BOILERPLATE, false);
	else
		set_role(r, i, NF_ROLE_BODY, false);
}

/*
 * Is i a line of a box of data at the article's end: a short label, a
 * colon, then two or more items with figures between semicolons -
 * "Saturday: Leeds 2-0 Hull; Derby 1-1 Stoke", "Q1: 4.1m units; Q2: 3.8m
 * units", "周六：广厦108比96辽宁；北京89比92上海"?  Teasers, menus and tag
 * lists have no such items.
 */
static bool
data_line(const struct roles *r, size_t i)
{
	const char *s = ptext(r, i);
	size_t n = plen(r, i), c, items = 0, with_digit = 0;
	bool digit = false;

	if (r->kind[i] != K_SHORT && r->kind[i] != K_NEAR)
		return false;
	for (c = 0; c < n && c < 40; c++)
		if (s[c] == ':' || (n - c >= 3 && memcmp(s + c, "：", 3) == 0))
			break;
	if (c == 0 || c >= n || c >= 40)
		return false;
	for (size_t j = c; j <= n; j++) {
		bool end = j == n || s[j] == ';' || (n - j >= 3 && memcmp(s + j, "；", 3) == 0);
		if (j < n && s[j] >= '0' && s[j] <= '9')
			digit = true;
		if (end) {
			items++;
			with_digit += digit;
			digit = false;
		}
	}
	return items >= 2 && with_digit >= 2;
}

/*
 * Is i a line of a schedule: a day, a colon, what happens on it ("Tuesday
 * 4 November: Severnside v Farnworth (7.45pm)"), or what, a colon, its
 * day ("Next RBA decision: 04/11/2025", "申报截止：6月30日")?
 */
static bool
schedule_line(const struct roles *r, size_t i)
{
	const char *s = ptext(r, i);
	size_t n = plen(r, i), c;
	nf_date_list dl = { 0 };
	bool yes = false;

	if ((r->kind[i] != K_SHORT && r->kind[i] != K_NEAR && r->kind[i] != K_DATE) || n > 160)
		return false;
	static const char *const stamps[] = { "updated", "published", "posted", "modified",
		"last", "first", "\u66f4\u65b0", "\u53d1\u5e03", "\u53d1\u8868",
		"\u767c\u5e03", NULL };  /* 更新 发布 发表 發布 */

	for (c = 0; c < n && c < 80; c++)
		if ((s[c] == ':' && !(c > 0 && c + 1 < n && s[c - 1] >= '0' && s[c - 1] <= '9' &&
		    s[c + 1] >= '0' && s[c + 1] <= '9')) ||
		    (n - c >= 3 && memcmp(s + c, "\uff1a", 3) == 0) ||
		    (c > 0 && s[c - 1] == ' ' && c + 1 < n && (s[c] == '-' ||
		    (n - c >= 3 && (memcmp(s + c, "\u2013", 3) == 0 ||
		    memcmp(s + c, "\u2014", 3) == 0))) && s[c + (s[c] == '-' ? 1 : 3)] == ' '))
			break;  /* a colon, not a clock's, or a spaced dash */
	for (size_t k = 0; stamps[k] != NULL && c < n; k++)
		if (strncasecmp(s, stamps[k], strlen(stamps[k])) == 0)
			return false;  /* "Updated: 4 June 2025": the page's own stamp */
	if (c == 0 || c + 1 >= n || c >= 80 || nf_dates_find(s, n, r->opts->dates, &dl) != 0) {
		nf_date_list_free(&dl);
		return false;
	}
	for (size_t k = 0; k < dl.len && !yes; k++) {
		const nf_date_match *m = &dl.items[k];
		/* a day, perhaps one only the anchor can give a year */
		bool day = m->kind != NF_DATE_DURATION && m->kind != NF_DATE_SET &&
		    (m->value[0] == '\0' || m->has_point || strlen(m->value) >= 10 ||
		    m->kind == NF_DATE_RANGE);
		yes = day && ((m->start <= 4 && m->end <= c + 12) ||  /* "Wed 13/08/2025 - " */
		    (m->start > c && m->start <= c + 4 && m->end + 2 >= n));
	}
	nf_date_list_free(&dl);
	return yes;
}

/* Is i one of two or more schedule lines in a row (a "Key dates" box)? */
static bool
schedule_box(const struct roles *r, size_t i, size_t b)
{
	size_t nx = next_full(r, i, b);

	if (!schedule_line(r, i))
		return false;
	if (nx < b && !r->p[nx].in_block && schedule_line(r, nx))
		return true;
	for (size_t k = i; k > 0;) {
		if (r->kind[--k] == K_EMPTY)
			continue;
		return r->p[k].role == NF_ROLE_BODY && schedule_line(r, k);
	}
	return false;
}

/* Is i the heading of a box of data lines ("Weekend results")? */
static bool
data_heading(const struct roles *r, size_t i, size_t b)
{
	size_t nx = next_full(r, i, b);

	return r->kind[i] == K_SHORT && !r->p[i].info.ends_stop && tokens(&r->p[i].info) <= 8 &&
	    nx < b && !r->p[nx].in_block && data_line(r, nx);
}

/* The paragraphs after the last good one: bylines, the last words, chrome. */
static void
assign_tail(struct roles *r, size_t from, size_t b)
{
	bool ended = false;
	enum nf_role last = NF_ROLE_BODY;
	const nf_para_info *last_in = NULL;

	for (size_t i = from; i < b; i++) {
		const nf_para *p = &r->p[i];
		const nf_para_info *in = &p->info;
		unsigned char k = r->kind[i];
		size_t nx;

		if (k == K_EMPTY)
			continue;
		if (p->in_block) {
			set_role(r, i, NF_ROLE_BOILERPLATE, false);
			ended = true;
		} else if (k == K_BYLINE) {
			set_role(r, i, NF_ROLE_BYLINE, true);
		} else if (name_line(r, i) && (nx = next_full(r, i, b)) < b && bio_line(r, nx)) {
			set_role(r, i, NF_ROLE_BYLINE, true);
			set_role(r, nx, NF_ROLE_BYLINE, false);
			i = nx;
		} else if (!ended && !p->in_block && schedule_box(r, i, b)) {
			set_role(r, i, NF_ROLE_BODY, false);  /* a box of key dates */
			r->p[i].has_pub = false;  /* days to come, no day of publication */
		} else if (k == K_DATE && !ended && r->day[i] && r->dated) {
			set_role(r, i, NF_ROLE_BODY, false);  /* a notice's or a letter's own date */
		} else if (k == K_DATE) {
			set_role(r, i, NF_ROLE_DATELINE, !ended);
		} else if (k == K_BAD) {
			set_role(r, i, in->bad_role, false);
			if ((in->tail_mark && !(r->notice && disclosure_line(r, i))) ||
			    (in->cues & NF_CUE_COMMENTS))
				ended = true;
		} else if (r->notice && !ended && (notice_line(r, i) ||
		    ((in->bullet || in->numbered) && last == NF_ROLE_BODY))) {
			set_role(r, i, NF_ROLE_BODY, false);  /* the notice's contacts, attachments */
		} else if (ended || (p->flags & NF_PARA_REPEATED) ||
		    (k == K_NEAR && nf_meta_author_note(ptext(r, i), plen(r, i))) ||
		    nf_meta_contact_line(ptext(r, i), plen(r, i))) {
			set_role(r, i, NF_ROLE_BOILERPLATE, false);
		} else if (k == K_NEAR || data_line(r, i) || data_heading(r, i, b)) {
			set_role(r, i, NF_ROLE_BODY, false);  /* a box of results or figures */
		} else if ((in->bullet || in->numbered) && last == NF_ROLE_BODY && last_in &&
		    (last_in->ends_colon || last_in->bullet || last_in->numbered)) {
			set_role(r, i, NF_ROLE_BODY, false);  /* a list the body announced */
		} else {
			set_role(r, i, NF_ROLE_BOILERPLATE, false);
		}
		last = r->p[i].role;
		last_in = &r->p[i].info;
	}
}

/* An article without a body paragraph: judge each line alone. */
static void
assign_no_body(struct roles *r, size_t a, size_t b, bool soft)
{
	for (size_t i = a; i < b; i++) {
		const nf_para *p = &r->p[i];
		unsigned char k = r->kind[i];
		size_t run = 0;

		if (p->in_block) {
			set_role(r, i, NF_ROLE_BOILERPLATE, false);
			continue;
		}
		switch (k) {
		case K_EMPTY: continue;
		case K_BAD: set_role(r, i, p->info.bad_role, false); continue;
		case K_DATE: set_role(r, i, NF_ROLE_DATELINE, true); continue;
		case K_BYLINE: set_role(r, i, NF_ROLE_BYLINE, true); continue;
		}
		if (soft && i == a) {
			set_role(r, i, NF_ROLE_TITLE, true);
			continue;
		}
		/* a run of three or more short lines is a menu */
		for (size_t j = i; j > a && r->kind[j - 1] == K_SHORT; j--)
			run++;
		for (size_t j = i; j < b && r->kind[j] == K_SHORT; j++)
			run++;
		if (k == K_SHORT && run >= 4)  /* i counted twice */
			set_role(r, i, NF_ROLE_BOILERPLATE, false);
		else
			set_role(r, i, NF_ROLE_BODY, false);
	}
}

/* Empty paragraphs (a lone bullet) take the role of what follows them. */
static void
resolve_empty(struct roles *r, size_t a, size_t b)
{
	for (size_t i = b; i > a; ) {
		i--;
		if (r->kind[i] != K_EMPTY)
			continue;
		enum nf_role role = NF_ROLE_BOILERPLATE;
		if (i + 1 < b) {
			role = r->p[i + 1].role;
			if (role == NF_ROLE_TITLE || role == NF_ROLE_DATELINE || role == NF_ROLE_BYLINE)
				role = NF_ROLE_BOILERPLATE;
		}
		set_role(r, i, r->p[i].in_block ? NF_ROLE_BOILERPLATE : role, false);
	}
}

/*
 * A summary above the body, among the first paragraphs of the article
 * [a, b): a line that starts with its label ("核心提示：...", "Key
 * takeaways: ..."), or a label alone ("Key points") and the list items
 * under it.  Its figures are the article's: the summary is the dek.
 */
static void
mark_summary(struct roles *r, size_t a, size_t b)
{
	size_t seen = 0;

	for (size_t i = a; i < b && seen < 8; i++) {
		const nf_para_info *in = &r->p[i].info;
		if (r->kind[i] == K_EMPTY || r->p[i].in_block)
			continue;
		seen++;
		if (in->summary == 2 && r->kind[i] != K_BAD) {
			r->summary[i] = true;
		} else if (in->summary == 1) {
			size_t j = i + 1;
			while (j < b && (r->kind[j] == K_EMPTY || (!r->p[j].in_block &&
			    r->kind[j] != K_BAD && (r->p[j].info.bullet || r->p[j].info.numbered)))) {
				r->summary[j] = r->kind[j] != K_EMPTY;
				j++;
			}
			i = j - 1;
		}
	}
}

/* Roles of the paragraphs of one article, [a, b). */
static void
classify_article(struct roles *r, size_t a, size_t b, bool soft)
{
	size_t b1 = NONE, b2 = NONE, t;

	mark_summary(r, a, b);
	for (size_t i = a; i < b; i++) {
		if (!r->p[i].in_block && r->kind[i] == K_GOOD && (b1 != NONE || !r->summary[i])) {
			if (b1 == NONE)
				b1 = i;
			b2 = i;
		}
	}
	if (b1 == NONE) {  /* no body under the summary: the summary is the body */
		memset(r->summary + a, 0, (b - a) * sizeof *r->summary);
		for (size_t i = a; i < b; i++) {
			if (!r->p[i].in_block && r->kind[i] == K_GOOD) {
				if (b1 == NONE)
					b1 = i;
				b2 = i;
			}
		}
	}
	if (b1 == NONE) {
		for (size_t i = a; i < b; i++) {
			if (!r->p[i].in_block && r->kind[i] == K_NEAR && tokens(&r->p[i].info) >= 8 &&
			    !r->summary[i]) {
				if (b1 == NONE)
					b1 = i;
				b2 = i;
			}
		}
	}
	if (b1 == NONE) {
		assign_no_body(r, a, b, soft);
		resolve_empty(r, a, b);
		return;
	}
	/* a short lede or standfirst sentence right before is body too */
	while (b1 > a && r->kind[b1 - 1] == K_NEAR && !r->headline[b1 - 1] && !r->summary[b1 - 1] &&
	    !r->p[b1 - 1].in_block && !r->p[b1 - 1].info.bullet &&
	    !r->p[b1 - 1].info.ends_ellipsis && tokens(&r->p[b1 - 1].info) >= 6)
		b1--;
	t = soft ? a : find_title(r, a, b1);
	r->notice = t != NONE && nf_meta_notice_title(ptext(r, t), plen(r, t));
	/* the headline the markup knows, when it is a notice's title: its
	   document number and salutation are under it, and a clause heading
	   ("一、发展目标") right above the body is no title */
	for (size_t i = a; i < b1 && !r->notice; i++)
		if ((r->p[i].flags & NF_PARA_HEADLINE) && !r->p[i].in_block &&
		    nf_meta_notice_title(ptext(r, i), plen(r, i))) {
			t = i;
			r->notice = true;
		}
	r->dated = r->opts->dated && r->p[a].article == 1;  /* the page's article */
	for (size_t i = a; i < b1; i++) {
		assign_head(r, i, t, b1);
		r->dated |= r->p[i].has_pub && r->p[i].meta;
	}
	for (size_t i = b1; i <= b2; i++)
		assign_middle(r, i, b1, b2);
	assign_tail(r, b2 + 1, b);
	resolve_empty(r, a, b);
}

/* Blocks, articles and roles of one section [s, e); returns articles so far. */
static unsigned
classify_section(struct roles *r, size_t s, size_t e, unsigned article)
{
	enum { M_NONE, M_BLOCK, M_TAIL } mode = M_NONE;
	size_t a = s;
	bool had_good = false, soft = false;

	article++;
	for (size_t i = s; i < e; i++) {
		nf_para *p = &r->p[i];
		bool rule = i > s && (r->p[i - 1].flags & NF_PARA_SEPARATOR);

		if (had_good && i > a && starts_article(r, i, e, rule)) {
			classify_article(r, a, i, soft);
			a = i;
			soft = true;
			article++;
			mode = M_NONE;
			had_good = false;
		}
		p->article = article;
		if (mode == M_TAIL) {  /* a press release's closing sections */
			p->in_block = true;
			continue;
		}
		if (mode == M_BLOCK) {
			if (resumes(r, i, e)) {
				mode = M_NONE;
			} else {
				p->in_block = true;
				continue;
			}
		}
		if (p->info.teaser_head || p->info.comments_head) {
			p->in_block = true;
			mode = M_BLOCK;
			continue;
		}
		if (p->info.tail_head && had_good) {
			p->in_block = true;
			mode = M_TAIL;
			continue;
		}
		if (p->info.tail_mark && had_good && r->kind[i] == K_BAD && !disclosure_line(r, i)) {
			mode = M_BLOCK;
			continue;
		}
		if (r->kind[i] == K_GOOD)
			had_good = true;
	}
	classify_article(r, a, e, soft);
	return article;
}

/*
 * End of a page title's own words before its site's name: "Escopete -
 * Biquipedia, a enciclopedia libre", "Title | Site", "标题_新浪财经".  The
 * last separator counts when the site's part is short and starts with a
 * capital or a Chinese character; n when there is none.
 */
static size_t
title_without_site(const char *s, size_t n)
{
	static const char *const seps[] = { " - ", " | ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", "_", " \xc2\xb7 " };
	size_t best = n;

	for (size_t k = 0; k < COUNT(seps); k++) {
		size_t len = strlen(seps[k]);
		for (size_t i = n; i > 0; i--) {
			if (i - 1 + len > n || memcmp(s + i - 1, seps[k], len) != 0)
				continue;
			size_t at = i - 1, site = at + len;
			unsigned char c = (unsigned char)s[site < n ? site : n - 1];
			if (at > 0 && site < n && n - site <= 60 && (c >= 0x80 || (c >= 'A' && c <= 'Z')) &&
			    (best == n || at > best))
				best = at;
			break;
		}
	}
	return best;
}

/*
 * A WET page's first line is its <title>: when it reads like a headline
 * it is the article's title (without the site's name), and a title found
 * in the page that the <title> does not hold ("Printable version") is
 * chrome.
 */
static void
prefer_page_title(struct roles *r)
{
	nf_para *p0 = &r->p[0];
	size_t cut;

	if (r->n < 2 || p0->article != 1 || p0->in_block || !r->headline[0])
		return;
	cut = title_without_site(ptext(r, 0), plen(r, 0));
	for (size_t i = 1; i < r->n && r->p[i].article == 1; i++) {
		nf_para *p = &r->p[i];
		if (p->role == NF_ROLE_TITLE &&
		    memmem(ptext(r, 0), plen(r, 0), ptext(r, i), plen(r, i)) == NULL)
			set_role(r, i, NF_ROLE_BOILERPLATE, false);
	}
	set_role(r, 0, NF_ROLE_TITLE, true);
	p0->title_start = p0->start;
	p0->title_end = p0->start + cut;
}

/*
 * An article without a publication line is dated by the wire dateline
 * that opens its body ("新华社北京3月5日电", "LONDON, March 3 (Reuters) -"):
 * the first body paragraph becomes a source of `published`.  0 or -1.
 */
static int
wire_datelines(struct roles *r)
{
	for (size_t a = 0; a < r->n; ) {
		size_t e = a, body = NONE;
		bool dated = false;
		nf_dateline dl;
		int rc;

		while (e < r->n && r->p[e].article == r->p[a].article)
			e++;
		for (size_t i = a; i < e; i++) {
			const nf_para *p = &r->p[i];
			dated |= p->has_pub && p->meta &&
			    (p->role == NF_ROLE_DATELINE || p->role == NF_ROLE_BYLINE);
			if (body == NONE && p->role == NF_ROLE_BODY && r->kind[i] != K_EMPTY)
				body = i;
		}
		if (!dated && body != NONE) {
			rc = nf_meta_wire_dateline(ptext(r, body), plen(r, body), r->opts->dates, &dl);
			if (rc < 0)
				return -1;
			if (rc == 1) {
				r->p[body].has_pub = r->p[body].meta = true;
				r->p[body].pub = dl.point;
			}
		}
		a = e;
	}
	return 0;
}

int
nf_bp_roles(const char *text, nf_para *paras, size_t n, const nf_bp_opts *opts)
{
	struct roles r = { text, paras, n, opts, NULL, NULL, NULL, NULL, false, false };
	unsigned article = 0;
	size_t s = 0;
	int rc = -1;

	if (n == 0)
		return 0;
	r.kind = malloc(n);
	r.headline = malloc(n * sizeof *r.headline);
	r.summary = calloc(n, sizeof *r.summary);
	r.day = malloc(n * sizeof *r.day);
	if (r.kind == NULL || r.headline == NULL || r.summary == NULL || r.day == NULL)
		goto out;
	for (size_t i = 0; i < n; i++) {
		paras[i].role = NF_ROLE_BODY;
		paras[i].in_block = paras[i].meta = paras[i].has_pub = false;
		paras[i].pub_updated = paras[i].pub_relative = false;
		paras[i].name_start = paras[i].name_end = 0;
		paras[i].title_start = paras[i].title_end = 0;
	}
	if (prepare(&r) != 0)
		goto out;
	for (size_t i = 1; i <= n; i++) {
		if (i == n || (paras[i].flags & NF_PARA_SECTION)) {
			article = classify_section(&r, s, i, article);
			s = i;
		}
	}
	if (opts->page_title)
		prefer_page_title(&r);
	if (wire_datelines(&r) != 0)
		goto out;
	rc = (int)article;
out:
	free(r.kind);
	free(r.headline);
	free(r.summary);
	free(r.day);
	return rc;
}
