/*
 * cjk_nouns.c - the table of Chinese head nouns (see cjk_nouns.h).
 *
 * Data first.  The lookups hash the first (or the last) character of an
 * entry into a small chained table built on first use, so a lookup reads
 * only the few entries that share that character.
 */
#include "cjk_nouns.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "utf8.h"

static const char *const heads[] = {
	/* organisations and businesses */
	"企业", "公司", "集团", "机构", "银行", "单位", "部门", "组织", "协会",
	"工厂", "厂家", "厂商", "商家", "门店", "店铺", "商铺", "网点", "分店",
	"分行", "支行", "分公司", "子公司", "开发商", "经销商", "供应商", "运营商",
	"券商", "房企", "车企", "药企", "品牌", "媒体", "网站", "平台", "频道",
	"电视台", "报社", "政党", "团体", "团队", "小组", "工作组", "委员会",
	"实验室", "研究院", "研究所", "中心", "基地", "园区", "市场", "超市",
	"商场", "酒店", "宾馆", "饭店", "餐厅", "食堂", "医院", "诊所", "药店",
	"法院", "检察院", "政府", "部委", "国务院", "事务所", "律所",
	"上市公司", "中小企业", "独角兽", "公会", "工会", "商会", "学会", "主体", "市场主体",
	/* schools */
	"学校", "大学", "高校", "院校", "学院", "中学", "小学", "幼儿园",
	"名校", "校区", "专业", "学科", "课程", "学位", "班级",
	/* places */
	"城市", "国家", "地区", "省份", "省市", "省区", "区县", "县市", "乡镇",
	"村镇", "村庄", "社区", "街道", "小区", "地方", "区域", "地块", "地段",
	"项目", "工地", "口岸", "港口", "机场", "车站", "站点", "线路", "路线",
	"航线", "景区", "景点", "场馆", "体育馆", "博物馆", "展馆", "保护区",
	"自然保护区", "湖泊", "河流", "山峰", "岛屿", "发展中国家", "发达国家",
	"成员国", "国家和地区", "大中城市", "城镇", "房间", "楼层", "大楼",
	/* people */
	"人员", "员工", "职工", "工人", "农民", "居民", "市民", "村民", "群众",
	"学生", "大学生", "留学生", "毕业生", "本科生", "研究生", "新生", "考生",
	"儿童", "孩子", "老人", "家庭", "家长", "父母", "儿子", "女儿", "兄弟",
	"男子", "女子", "男性", "女性", "妇女", "患者", "病人", "病例", "死者",
	"伤者", "乘客", "游客", "旅客", "观众", "球迷", "粉丝", "网友", "读者",
	"用户", "客户", "会员", "玩家", "选手", "球员", "队员", "运动员", "教练",
	"裁判", "冠军", "明星", "演员", "导演", "歌手", "女星", "男星", "艺人",
	"嘉宾", "代表", "委员", "官员", "军官", "士兵", "警察", "民警", "干部",
	"领导", "专家", "学者", "教授", "老师", "教师", "院士", "博士", "医生",
	"护士", "记者", "编辑", "作者", "律师", "法官", "工程师", "设计师",
	"人才", "人士", "人物", "成员", "股东", "投资者", "投资人", "基金经理",
	"经理", "高管", "董事", "嫌疑人", "罪犯", "犯人", "歹徒", "当事人",
	"候选人", "志愿者", "消费者", "买家", "卖家", "业主", "租客", "房东",
	"购房者", "求购者", "竞买人", "申请人", "责任人", "主角", "主演",
	"伙伴", "合作伙伴", "得分手", "射手", "投手", "对手", "高手", "新手", "助手", "车手", "棋手",
	"骑手", "枪手", "鼓手", "旗手", "舵手", "写手", "操盘手", "外援", "后卫",
	"前锋", "中锋", "门将",
	/* housing and land */
	"楼盘", "房源", "住房", "住宅", "房屋", "房子", "房产", "户型", "套房",
	"公寓", "别墅", "豪宅", "商品房", "二手房", "经适房", "廉租房", "限价房",
	"样板间", "土地", "宅地", "地王", "车位", "床位",
	/* finance */
	"基金", "股票", "个股", "新股", "债券", "账户", "产品", "理财产品",
	"合约", "期货", "份额", "红利", "订单", "合同", "协议", "资产",
	"指数", "板块", "行业", "领域", "基点", "信托", "保单", "贷款",
	/* products and goods */
	"商品", "单品", "货物", "物资", "物品", "礼品", "奖品", "设备", "装备", "零件",
	"零部件", "部件", "元器件", "配件",
	"仪器", "机器", "机器人", "芯片", "晶圆", "服务器", "处理器", "传感器", "电脑", "手机",
	"相机", "镜头", "眼镜", "电池", "汽车", "车辆", "车型", "新车", "私家车", "卡车",
	"客车", "公交车", "救护车", "飞机", "航班", "导弹", "武器", "枪支",
	"船舶", "舰艇", "集装箱", "标准箱", "基站", "机架", "机柜", "终端", "软件", "系统",
	"模型", "大模型", "算法", "网页", "网站", "账号", "号码", "电话",
	"衣服", "服装", "衬衫", "外套", "裤子", "裙子", "鞋", "包包", "配饰",
	"家具", "家电", "食品", "药品", "疫苗", "样品", "样本", "材料",
	"颜色", "色系", "色彩", "款式", "风格", "版本", "型号", "尺寸",
	"鸡蛋", "猪肉", "蔬菜", "水果", "烟花", "爆竹", "灯笼", "礼物",
	/* culture, sport and games */
	"电影", "影片", "大片", "影院", "影厅", "剧集", "电视剧", "节目",
	"作品", "图书", "书籍", "文章", "论文", "小说", "歌曲", "专辑", "照片",
	"图片", "视频", "海报", "奖项", "大奖", "奖杯", "奖牌", "金牌", "银牌",
	"铜牌", "比赛", "赛事", "场次", "球队", "队伍", "强队", "篮板",
	"篮板球", "助攻", "抢断", "盖帽", "三分球", "进球", "比分", "胜场",
	"赛季", "联赛", "系列赛", "批次", "回合", "部分", "系列", "游戏", "网游", "副本", "任务", "道具", "地图", "场景",
	"角色", "技能", "关卡", "宝石", "碎片", "金币", "元宝",
	/* documents, rules and ideas */
	"意见", "政策", "措施", "举措", "办法", "规定", "条款", "条例", "法规",
	"法律", "法案", "文件", "标准", "方案", "计划", "规划", "建议", "提案",
	"议案", "议题", "话题", "问题", "难题", "案件", "案例", "事件", "事故",
	"火灾", "火情", "警情", "险情", "灾情", "纠纷", "投诉", "诉讼",
	"原因", "因素", "理由", "方面", "方向", "方法", "方式", "途径", "渠道",
	"步骤", "阶段", "环节", "指标", "原则", "条件", "要求", "目标", "任务",
	"模式", "特点", "优势", "功能", "技术", "专利", "成果", "岗位",
	"职位", "名额", "席位", "证书", "签证", "执照", "牌照", "许可证",
	"活动", "会议", "展会", "论坛", "讲座", "课题", "工程", "样板",
	"情况", "现象", "趋势", "信息", "消息", "数据", "资料", "报告", "评论",
	"参数", "像素", "像素点", "畫素", "人口",
	/* how many were done (the thing before names what: 眼镜出货量) */
	"下载量", "访问量", "播放量", "阅读量", "销量", "订单量", "销售量", "出货量",
	"发货量", "交付量", "预约量", "装机量", "浏览量", "点击量", "注册量", "保有量",
	"调用量", "安装量", "激活量", "月活", "日活", "人次", "观影人次", "客流",
	"回复", "帖子", "短信", "邮件", "字", "词", "句话", "版面",
	/* one-character heads common after a measure word */
	"人", "店", "厂", "车", "房", "票", "球", "卡", "书", "树", "狗", "猫", "马",
	"鱼", "鸟", "牛", "羊", "猪", "怪", "楼", "门", "窗", "床", "桌",
	"省", "市", "区", "县", "镇", "村",
};

#define NHEADS (sizeof heads / sizeof heads[0])
#define NBUCKETS 512

static short first_head[NBUCKETS], last_head[NBUCKETS];
static short first_next[NHEADS], last_next[NHEADS];
static unsigned char head_len[NHEADS];
static bool ready;

/* A hash of the (multi-byte) character at s: the low bits of its bytes. */
static unsigned
char_hash(const unsigned char *s, size_t l)
{
	unsigned h = 0;

	for (size_t i = 0; i < l; i++)
		h = h * 31 + s[i];
	return h % NBUCKETS;
}

static void
init(void)
{
	memset(first_head, -1, sizeof first_head);
	memset(last_head, -1, sizeof last_head);
	uint32_t cp;

	for (size_t i = NHEADS; i-- > 0;) {
		const unsigned char *s = (const unsigned char *)heads[i];
		size_t l = strlen(heads[i]), fl = nf_utf8_decode(heads[i], l, &cp, NULL),
		    ll = nf_utf8_prev(heads[i], l);   /* start of the last character */
		unsigned fh, lh;

		fh = char_hash(s, fl);
		lh = char_hash(s + ll, l - ll);
		head_len[i] = (unsigned char)l;
		first_next[i] = first_head[fh];
		first_head[fh] = (short)i;
		last_next[i] = last_head[lh];
		last_head[lh] = (short)i;
	}
	ready = true;
}

size_t
nf_zh_head_noun_at(const char *s, size_t n)
{
	size_t l, best = 0;
	uint32_t cp;

	if (n == 0 || (unsigned char)s[0] < 0x80)
		return 0;
	if (!ready)
		init();
	l = nf_utf8_decode(s, n, &cp, NULL);
	for (int i = first_head[char_hash((const unsigned char *)s, l)]; i >= 0; i = first_next[i])
		if (head_len[i] <= n && head_len[i] > best && memcmp(s, heads[i], head_len[i]) == 0)
			best = head_len[i];
	return best;
}

size_t
nf_zh_head_noun_before(const char *text, size_t pos)
{
	size_t p, best = 0;

	if (pos == 0)
		return 0;
	if (!ready)
		init();
	p = nf_utf8_prev(text, pos);          /* start of the last character */
	for (int i = last_head[char_hash((const unsigned char *)text + p, pos - p)]; i >= 0; i = last_next[i])
		if (head_len[i] <= pos && head_len[i] > best &&
		    memcmp(text + pos - head_len[i], heads[i], head_len[i]) == 0)
			best = head_len[i];
	return best;
}
