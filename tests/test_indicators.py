"""Table-driven: real sentences with the records they must give. DEV rows come from the seed the
rules were developed on; EVAL rows come from reports the rules were not tuned on (national work
reports) and from the notations of ANNOTATION.md."""
import pytest

from pipeline import extract_document


def indicators(text: str) -> list[dict]:
    return extract_document(text, "t")["indicators"]


# (text, [(surface, value, unit, metric, kind, direction, period, qualifier, status), ...])
DEV = [
    ("前三季度,GDP同比增长0.4%,实现由负转正。",
     [("0.4%", 0.4, "%", "GDP", "change", "up", "前三季度", None, "actual")]),
    ("1-10月,区级一般公共预算收入完成135亿元,同比增长0.9%。",
     [("135亿元", 135, "亿元", "区级一般公共预算收入", "level", None, "1-10月", None, "actual"),
      ("0.9%", 0.9, "%", "区级一般公共预算收入", "change", "up", "1-10月", None, "actual")]),
    ("数字基础设施建设不断推进,新建5G基站276个,累计建成5G基站1849个,实现了全区5G信号的基本覆盖。",
     [("276个", 276, "个", "5G基站", "level", None, None, None, "actual"),
      ("1849个", 1849, "个", "5G基站", "level", None, None, None, "actual")]),
    # 合计/共计 tally, like 共: not part of what is measured
    ("制定《长宁区鼓励社会资本参与城市更新专项资金管理办法》,2022年城市更新项目补贴约800万元,合计撬动社会资本总投入约1.7亿元。",
     [("800万元", 800, "万元", "城市更新项目补贴", "level", None, "2022年", "约", "actual"),
      ("1.7亿元", 1.7, "亿元", "撬动社会资本总投入", "level", None, "2022年", "约", "actual")]),
    ("“一网通办”实际办件网办率93%左右,全程网办率近90%,“一件事”办件量约23万件,位居中心城区第一。",
     [("93%", 93, "%", "“一网通办”实际办件网办率", "share", None, None, "左右", "actual"),
      ("90%", 90, "%", "全程网办率", "share", None, None, "近", "actual"),
      ("23万件", 23, "万件", "“一件事”办件量", "level", None, None, "约", "actual")]),
    ("4月1日至5月31日,全区共开展五十四轮核酸筛查、五十五轮抗原筛查,累计筛查1634.5万人次。",
     [("五十四轮", 54, "轮", "核酸筛查", "level", None, "4月1日至5月31日", None, "actual"),
      ("五十五轮", 55, "轮", "抗原筛查", "level", None, "4月1日至5月31日", None, "actual"),
      ("1634.5万人次", 1634.5, "万人次", "筛查", "level", None, "4月1日至5月31日", None, "actual")]),
    ("1-10月,排查来沪数据37.1万余条,安置入境旅客10350人。",
     [("37.1万余条", 37.1, "万条", "排查来沪数据", "level", None, "1-10月", "余", "actual"),
      ("10350人", 10350, "人", "安置入境旅客", "level", None, "1-10月", None, "actual")]),
    ("社会消费品零售总额完成430亿元,同比下降12.2%,较前三季度收窄1个百分点,降幅持续收窄;"
     "固定资产投资总额预计同比下降10%左右,较前三季度收窄近3个百分点;预计全年完成170亿元左右,实现正增长。",
     [("430亿元", 430, "亿元", "社会消费品零售总额", "level", None, None, None, "actual"),
      ("12.2%", 12.2, "%", "社会消费品零售总额", "change", "down", None, None, "actual"),
      ("1个百分点", 1, "个百分点", "社会消费品零售总额", "pp_change", "down", None, None, "actual"),
      ("10%", 10, "%", "固定资产投资总额", "change", "down", None, "左右", "expected"),
      ("3个百分点", 3, "个百分点", "固定资产投资总额", "pp_change", "down", None, "近", "expected"),
      ("170亿元", 170, "亿元", "固定资产投资总额", "level", None, "全年", "左右", "expected")]),
    ("先后发布三批978个“无疫小区”。",
     [("三批", 3, "批", "“无疫小区”", "level", None, None, None, "actual"),
      ("978个", 978, "个", "“无疫小区”", "level", None, None, None, "actual")]),
    ("截至9月底,各类纾困支持资金超161亿。其中,大规模增值税留抵退税近79亿元;受理困难行业稳岗补贴超2500万元,惠及企业500多家,稳定就业岗位4.2万余个。",
     [("161亿", 161, "亿", "纾困支持资金", "level", None, "截至9月底", "超", "actual"),
      ("79亿元", 79, "亿元", "增值税留抵退税", "level", None, "截至9月底", "近", "actual"),
      ("2500万元", 2500, "万元", "困难行业稳岗补贴", "level", None, "截至9月底", "超", "actual"),  # (gold: 稳岗补贴)
      ("500多家", 500, "家", "困难行业稳岗补贴惠及企业", "level", None, "截至9月底", "多", "actual"),  # (gold: 惠及企业)
      ("4.2万余个", 4.2, "万个", "稳定就业岗位", "level", None, "截至9月底", "余", "actual")]),
    ("规划布局常态化核酸采样点580个,6月以来,日均采样量30万人次左右,采送检平均时长小于7小时。",
     [("580个", 580, "个", "规划布局常态化核酸采样点", "level", None, None, None, "actual"),
      ("30万人次", 30, "万人次", "日均采样量", "level", None, "6月以来", "左右", "actual"),
      ("7小时", 7, "小时", "采送检平均时长", "level", None, "6月以来", "小于", "actual")]),
    # a count of generic things is a count of what they were designated as; an award is not that
    ("携程、神州数码等16家企业被认定为虹桥国际中央商务区首批贸易型总部。",
     [("16家", 16, "家", "虹桥国际中央商务区首批贸易型总部", "level", None, None, None, "actual")]),
    # 为老服务 and 日间照料中心 are terms jieba would cut at a preposition and a time word (a spot check)
    ("建成3家综合为老服务中心、3家日间照料中心、16家助餐点;新增200张养老床位。",
     [("3家", 3, "家", "综合为老服务中心", "level", None, None, None, "actual"),
      ("3家", 3, "家", "日间照料中心", "level", None, None, None, "actual"),
      ("16家", 16, "家", "助餐点", "level", None, None, None, "actual"),
      ("200张", 200, "张", "养老床位", "level", None, None, None, "actual")]),
    ("向市金融局报送3家企业纳入自由贸易账户体系。尚嘉中心等13家单位荣获2021年“时尚100+”称号。",
     [("3家", 3, "家", "企业", "level", None, None, None, "actual"),
      ("13家", 13, "家", "单位", "level", None, None, None, "actual")]),
    # a bare head (点位) takes the words before it; 5人入选X counts X; 8.2米段 is a name
    ("推进专用箱清运模式123个点位、固定箱房清运模式244个点位。5人入选上海市学术技术带头人计划。",
     [("123个", 123, "个", "专用箱清运模式点位", "level", None, None, None, "actual"),
      ("244个", 244, "个", "固定箱房清运模式点位", "level", None, None, None, "actual"),
      ("5人", 5, "人", "上海市学术技术带头人计划", "level", None, None, None, "actual")]),
    # a target cue right before an actual one (力争累计完成) aims at it (Foshan 2020); 截至今年11月28日 is a
    # period, never the metric (Lanzhou 2017)
    ("实施“优化布局”工程，严格落实产业发展保护区划定规定，力争累计完成村级工业园土地整理12万亩。",
     [("12万亩", 12, "万亩", "村级工业园土地整理", "level", None, None, None, "target")]),
    ("中川机场旅客吞吐量连年大幅增长，截至今年11月28日突破1000万人次。",
     [("1000万人次", 1000, "万人次", "中川机场旅客吞吐量", "level", None, "截至今年11月28日", "突破", "actual")]),
    # 年底前 is a period; 元/人/月 a unit (Zhengzhou 2017, Dongguan 2015)
    ("力争年底前全市50%以上的政务服务事项实现网上办理。",
     [("50%", 50, "%", "实现网上办理的政务服务事项", "share", None, "年底前", "以上", "target")]),
    ("提高全市最低生活保障标准，从510元/人/月提高至610元/人/月。",
     [("510元/人/月", 510, "元/人/月", "最低生活保障标准", "level", None, None, None, "actual"),
      ("610元/人/月", 610, "元/人/月", "最低生活保障标准", "level", None, None, None, "actual")]),
    # the same count written again in words (the seed's 3家三家, a typing slip) is one figure
    ("3家三家社区卫生服务站成为首批上海市示范性中医药特色示范社区卫生服务站。",
     [("3家", 3, "家", "社区卫生服务站", "level", None, None, None, "actual")]),
]

EVAL = [
    # a clause opening with 占…比重 after a clause of an amount: the share of that amount's subject (reports 2009, 2008)
    ("全国财政赤字合计9500亿元，占国内生产总值比重在3%以内，虽然当年赤字增加较多，但由于前几年连续减少赤字，发债空间较大，"
     "累计国债余额占国内生产总值比重20%左右，这是我国综合国力可以承受的，总体上也是安全的。",
     [("9500亿元", 9500, "亿元", "财政赤字", "level", None, None, None, "actual"),
      ("3%", 3, "%", "财政赤字占国内生产总值比重", "share", None, None, "以内", "actual"),
      ("20%", 20, "%", "国债余额占国内生产总值比重", "share", None, None, "左右", "actual")]),
    ("全社会研究与实验发展经费，从2002年1288亿元增加到2007年的3664亿元，占国内生产总值比重从1.07%提高到1.49%。",
     [("1288亿元", 1288, "亿元", "全社会研究与实验发展经费", "level", None, None, None, "actual"),
      ("3664亿元", 3664, "亿元", "全社会研究与实验发展经费", "level", None, None, None, "actual"),
      ("1.07%", 1.07, "%", "全社会研究与实验发展经费占国内生产总值比重", "share", None, None, None, "actual"),
      ("1.49%", 1.49, "%", "全社会研究与实验发展经费占国内生产总值比重", "share", None, None, None, "actual")]),
    # a rate noun then a verb moving it to a level (涨幅回落到): the rate itself, a rise of 2.6% (report 2013)
    ("2012年，全面实现年初确定的主要目标，国内生产总值增长7.8%，城镇新增就业1266万人，居民消费价格涨幅回落到2.6%，为今年经济发展打下好的基础。",
     [("7.8%", 7.8, "%", "国内生产总值", "change", "up", "2012年", None, "actual"),
      ("1266万人", 1266, "万人", "城镇新增就业", "level", None, "2012年", None, "actual"),
      ("2.6%", 2.6, "%", "居民消费价格", "change", "up", "2012年", None, "actual")]),
    ("国内生产总值增长6.6%，总量突破90万亿元。居民消费价格上涨2.1%。",
     [("6.6%", 6.6, "%", "国内生产总值", "change", "up", None, None, "actual"),
      ("90万亿元", 90, "万亿元", "国内生产总值", "level", None, None, "突破", "actual"),  # implied by 总量
      ("2.1%", 2.1, "%", "居民消费价格", "change", "up", None, None, "actual")]),
    ("城镇新增就业1361万人、调查失业率稳定在5%左右的较低水平。单位国内生产总值能耗下降3.1%。",
     [("1361万人", 1361, "万人", "城镇新增就业", "level", None, None, None, "actual"),
      ("5%", 5, "%", "调查失业率", "share", None, None, "左右", "actual"),
      ("3.1%", 3.1, "%", "单位国内生产总值能耗", "change", "down", None, None, "actual")]),
    ("日均新设企业超过1.8万户，市场主体总量超过1亿户。",
     [("1.8万户", 1.8, "万户", "日均新设企业", "level", None, None, "超过", "actual"),
      ("1亿户", 1, "亿户", "市场主体总量", "level", None, None, "超过", "actual")]),
    ("二、2019年经济社会发展总体要求和政策取向\n今年发展的主要预期目标是：国内生产总值增长6%－6.5%；城镇新增就业1100万人以上，"
     "城镇调查失业率5.5%左右，城镇登记失业率4.5%以内；居民消费价格涨幅3%左右。",
     [("6%－6.5%", 6, "%", "国内生产总值", "change", "up", "今年", None, "target"),
      ("1100万人", 1100, "万人", "城镇新增就业", "level", None, "今年", "以上", "target"),
      ("5.5%", 5.5, "%", "城镇调查失业率", "share", None, "今年", "左右", "target"),
      ("4.5%", 4.5, "%", "城镇登记失业率", "share", None, "今年", "以内", "target"),
      ("3%", 3, "%", "居民消费价格", "change", "up", "今年", "左右", "target")]),
    ("全年粮食产量保持在1.3万亿斤以上。", [("1.3万亿斤", 1.3, "万亿斤", "粮食产量", "level", None, "全年", "以上", "actual")]),
    ("城镇新增就业一千三百六十一万人，研发投入强度达到百分之二点四，区内企业增长四点二倍。",
     [("一千三百六十一万人", 1361, "万人", "城镇新增就业", "level", None, None, None, "actual"),
      ("百分之二点四", 2.4, "%", "研发投入强度", "share", None, None, None, "actual"),
      ("四点二倍", 4.2, "倍", "区内企业", "change", "up", None, None, "actual")]),
    ("累计建成5G基站１８４９个，网办率９３％。",
     [("１８４９个", 1849, "个", "5G基站", "level", None, None, None, "actual"),
      ("９３％", 93, "%", "网办率", "share", None, None, None, "actual")]),
    ("国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%，占世界经济比重从11.4%提高到15%左右，对世界经济增长贡献率超过30%。",
     [("54万亿元", 54, "万亿元", "国内生产总值", "level", None, None, None, "actual"),
      ("82.7万亿元", 82.7, "万亿元", "国内生产总值", "level", None, None, None, "actual"),
      ("7.1%", 7.1, "%", "国内生产总值", "change", "up", None, None, "actual"),
      ("11.4%", 11.4, "%", "国内生产总值占世界经济比重", "share", None, None, None, "actual"),
      ("15%", 15, "%", "国内生产总值占世界经济比重", "share", None, None, "左右", "actual"),
      ("30%", 30, "%", "国内生产总值对世界经济增长贡献率", "share", None, None, "超过", "actual")]),
    ("单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%，森林覆盖率达到23.04%。",
     [("23%", 23, "%", "单位国内生产总值用水量", "change", "down", None, None, "actual"),
      ("15%", 15, "%", "单位国内生产总值能耗", "change", "down", None, None, "actual"),
      ("18%", 18, "%", "单位国内生产总值二氧化碳排放量", "change", "down", None, None, "actual"),
      ("23.04%", 23.04, "%", "森林覆盖率", "share", None, None, None, "actual")]),
    ("城乡居民基础养老金最低标准从每月70元提高到88元。共减轻市场主体负担3万多亿元。",
     [("70元", 70, "元", "城乡居民基础养老金最低标准", "level", None, None, None, "actual"),
      ("88元", 88, "元", "城乡居民基础养老金最低标准", "level", None, None, None, "actual"),
      ("3万多亿元", 3, "万亿元", "减轻市场主体负担", "level", None, None, "多", "actual")]),
    ("2022年，一般公共预算收入1350亿元，同比增长10.5%，高于全国2.1个百分点。",
     [("1350亿元", 1350, "亿元", "一般公共预算收入", "level", None, "2022年", None, "actual"),
      ("10.5%", 10.5, "%", "一般公共预算收入", "change", "up", "2022年", None, "actual"),
      ("2.1个百分点", 2.1, "个百分点", "一般公共预算收入", "pp_change", "up", "2022年", None, "actual")]),
    ("预计全年既有多层住宅加装电梯全区完工301台、签约510台。",
     [("301台", 301, "台", "既有多层住宅加装电梯完工", "level", None, "全年", None, "expected"),
      # (the elevators signed for: the subject of the list's first doing, not the bare doing)
      ("510台", 510, "台", "既有多层住宅加装电梯签约", "level", None, "全年", None, "expected")]),
    # text saved from a web page, broken at links and zero-width characters
    ("国内生产总值达到74.4\n\u200b\n万亿元，增长6.7%。新建改建\n高速公路\n6700多公里，广义货币M\n2\n增长11.3%。",
     [("74.4\n\u200b\n万亿元", 74.4, "万亿元", "国内生产总值", "level", None, None, None, "actual"),
      ("6.7%", 6.7, "%", "国内生产总值", "change", "up", None, None, "actual"),
      ("6700多公里", 6700, "公里", "高速公路", "level", None, None, "多", "actual"),
      ("11.3%", 11.3, "%", "广义货币M2", "change", "up", None, None, "actual")]),
    # X的N倍: X is the comparison base, its period is not the number's; the metric is the subject
    ("截至目前,共办理人才类落户4601人。其中,留学生落户1630人(去年全年办理总量的4倍)。全年粮食产量是2010年的1.5倍。",
     [("4601人", 4601, "人", "人才类落户", "level", None, "截至目前", None, "actual"),
      ("1630人", 1630, "人", "留学生落户", "level", None, "截至目前", None, "actual"),
      ("4倍", 4, "倍", "留学生落户", "share", None, "截至目前", None, "actual"),
      ("1.5倍", 1.5, "倍", "粮食产量", "share", None, "全年", None, "actual")]),
    ("我国有近14亿人口。", [("14亿", 14, "亿", "人口", "level", None, None, "近", "actual")]),
    ("財政收入達到兩萬億元，新增項目３６個。",
     [("兩萬億元", 2, "万亿元", "财政收入", "level", None, None, None, "actual"),
      ("３６個", 36, "个", "项目", "level", None, None, None, "actual")]),
    # 分别: one metric per number, from a listed or coordinated subject or the levels just before
    ("强化大气污染治理，二氧化硫、氮氧化物排放量分别下降5.6%和4%。",
     [("5.6%", 5.6, "%", "二氧化硫排放量", "change", "down", None, None, "actual"),
      ("4%", 4, "%", "氮氧化物排放量", "change", "down", None, None, "actual")]),
    ("单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%。",
     [("13.5%", 13.5, "%", "单位国内生产总值能耗", "change", "down", None, None, "actual"),
      ("18%", 18, "%", "单位国内生产总值二氧化碳排放", "change", "down", None, None, "actual")]),
    ("城乡低保人均补助标准分别提高5%和8%。",
     [("5%", 5, "%", "城镇低保人均补助标准", "change", "up", None, None, "actual"),
      ("8%", 8, "%", "农村低保人均补助标准", "change", "up", None, None, "actual")]),
    ("全年接待游客1200万人次，实现旅游总收入150亿元，分别增长45%和52%。",
     [("1200万人次", 1200, "万人次", "接待游客", "level", None, "全年", None, "actual"),
      ("150亿元", 150, "亿元", "旅游总收入", "level", None, "全年", None, "actual"),
      ("45%", 45, "%", "接待游客", "change", "up", "全年", None, "actual"),
      ("52%", 52, "%", "旅游总收入", "change", "up", "全年", None, "actual")]),
    # notations of provincial and municipal reports: a signed change, a year range, 万标箱
    ("全市规上工业增加值增长-2.3%，港口集装箱吞吐量达到1200万标箱。",
     [("-2.3%", -2.3, "%", "规上工业增加值", "change", "up", None, None, "actual"),
      ("1200万标箱", 1200, "万标箱", "港口集装箱吞吐量", "level", None, None, None, "actual")]),
    # computing power in petaflops, PF or P (Henan 2025, Hunan 2026, Anhui 2026): a unit, so the growth after it is
    # the power's, not 总算力突破7000PF's
    ("数字基础设施“四算一体”稳步推进，总算力突破7000PF、增长34.6%，智能算力达2000PF。",
     [("7000PF", 7000, "PF", "总算力", "level", None, None, "突破", "actual"),
      ("34.6%", 34.6, "%", "总算力", "change", "up", None, None, "actual"),
      ("2000PF", 2000, "PF", "智能算力", "level", None, None, None, "actual")]),
    ("2018年至2022年，全区生产总值年均增长6.1%。",
     [("6.1%", 6.1, "%", "生产总值", "change", "up", "2018年至2022年", None, "actual")]),
    # a cue that opens a list (目标是：… ；… ；…) scopes all of it; 上涨控制在 is still a change
    ("主要预期目标是：全市生产总值增长5.5%左右；城镇新增就业10万人以上；居民消费价格上涨控制在3%左右。",
     [("5.5%", 5.5, "%", "生产总值", "change", "up", None, "左右", "target"),
      ("10万人", 10, "万人", "城镇新增就业", "level", None, None, "以上", "target"),
      ("3%", 3, "%", "居民消费价格", "change", "up", None, "左右", "target")]),
    ("报告提出了今年的主要预期目标——地区生产总值增长7%，城乡居民人均可支配收入分别增长7%、8%。",
     [("7%", 7, "%", "地区生产总值", "change", "up", "今年", None, "target"),
      ("7%", 7, "%", "城镇居民人均可支配收入", "change", "up", "今年", None, "target"),
      ("8%", 8, "%", "农村居民人均可支配收入", "change", "up", "今年", None, "target")]),
    # a bare number takes the unit of the number it is joined to; a share of the plan (完成年初预算的)
    # does not become the subject of the growth after it
    ("财政收入超过1500亿元、税收收入超过1000亿元，同比分别增长9.4%和9.3%，较上半年分别提高2和3.3个百分点。",
     [("1500亿元", 1500, "亿元", "财政收入", "level", None, None, "超过", "actual"),
      ("1000亿元", 1000, "亿元", "税收收入", "level", None, None, "超过", "actual"),
      ("9.4%", 9.4, "%", "财政收入", "change", "up", None, None, "actual"),
      ("9.3%", 9.3, "%", "税收收入", "change", "up", None, None, "actual"),
      ("2", 2, "个百分点", "财政收入", "pp_change", "up", None, None, "actual"),
      ("3.3个百分点", 3.3, "个百分点", "税收收入", "pp_change", "up", None, None, "actual")]),
    # 个 before a list's last 个百分点 is its points too (Suzhou 2017)
    ("产业结构实现“三二一”战略性转变，新兴产业、高新技术产业产值占规模以上工业总产值比重分别提高11.7个和9.6个百分点，形成新材料产业集群。",
     [("11.7个", 11.7, "个百分点", "新兴产业产值占规模以上工业总产值比重", "pp_change", "up", None, None, "actual"),
      ("9.6个百分点", 9.6, "个百分点", "高新技术产业产值占规模以上工业总产值比重", "pp_change", "up", None, None, "actual")]),
    ("1-5月，地方一般公共预算收入完成4.92亿元，完成年初预算的47.5%，同比增长25.0%，降幅较一季度(-19.3%)收窄。",
     [("4.92亿元", 4.92, "亿元", "地方一般公共预算收入", "level", None, "1-5月", None, "actual"),
      ("47.5%", 47.5, "%", "地方一般公共预算收入完成年初预算", "share", None, "1-5月", None, "actual"),
      ("25.0%", 25.0, "%", "地方一般公共预算收入", "change", "up", "1-5月", None, "actual"),
      ("-19.3%", -19.3, "%", "地方一般公共预算收入", "change", None, "1-5月", None, "actual")]),
    ("外商投资结构优化，高技术产业占比提高一倍。", [("一倍", 1, "倍", "高技术产业占比", "change", "up", None, None, "actual")]),
    ("全省森林覆盖率提高到62.97%，高出全国平均水平近40个百分点。新增减税降费1.2万亿元人民币。",
     [("62.97%", 62.97, "%", "森林覆盖率", "share", None, None, None, "actual"),
      ("40个百分点", 40, "个百分点", "森林覆盖率", "pp_change", "up", None, "近", "actual"),
      ("1.2万亿元人民币", 1.2, "万亿元人民币", "新增减税降费", "level", None, None, None, "actual")]),
    # 预计 opening a sentence scopes all its ;-clauses; 自然增幅 is the subject's growth
    ("预计全年完成地区生产总值164亿元,增长4.5%;地方一般公共预算收入3.5亿元,自然增幅2%;固定资产投资增长19%,其中已完成80亿元。",
     [("164亿元", 164, "亿元", "地区生产总值", "level", None, "全年", None, "expected"),
      ("4.5%", 4.5, "%", "地区生产总值", "change", "up", "全年", None, "expected"),
      ("3.5亿元", 3.5, "亿元", "地方一般公共预算收入", "level", None, "全年", None, "expected"),
      ("2%", 2, "%", "地方一般公共预算收入", "change", "up", "全年", None, "expected"),
      ("19%", 19, "%", "固定资产投资", "change", "up", "全年", None, "expected"),
      ("80亿元", 80, "亿元", "固定资产投资", "level", None, "全年", None, "actual")]),
    # a short note in brackets belongs to its noun
    ("重拳整治大气污染，重点地区细颗粒物（PM2.5）平均浓度下降30%以上。",
     [("30%", 30, "%", "重点地区细颗粒物(PM2.5)平均浓度", "change", "down", None, "以上", "actual")]),
    # 均: one figure for every member of a list measures the list (readers of rounds 177-232 wrote the whole list
    # six times to the first member's two)
    ("单位国内生产总值能耗、水耗均下降3%。",
     [("3%", 3, "%", "单位国内生产总值能耗、水耗", "change", "down", None, None, "actual")]),
    ("城镇居民、农村居民人均可支配收入分别增长5.2%左右、7.6%左右。与上海的差距从5000多亿元缩小至2021年255亿元。",
     [("5.2%", 5.2, "%", "城镇居民人均可支配收入", "change", "up", None, "左右", "actual"),
      ("7.6%", 7.6, "%", "农村居民人均可支配收入", "change", "up", None, "左右", "actual"),
      ("5000多亿元", 5000, "亿元", "与上海的差距", "level", None, None, "多", "actual"),
      ("255亿元", 255, "亿元", "与上海的差距", "level", None, None, None, "actual")]),
    ("到2020年，国内生产总值和城乡居民人均收入比2010年翻一番。高新技术企业数量翻了一番，达到120家。",
     [("一番", 1, "番", "国内生产总值和城乡居民人均收入", "change", "up", "到2020年", None, "actual"),
      ("一番", 1, "番", "高新技术企业数量", "change", "up", None, None, "actual"),
      ("120家", 120, "家", "高新技术企业数量", "level", None, None, None, "actual")]),
    ("今年前11个月，出口增长5%。", [("5%", 5, "%", "出口", "change", "up", "今年前11个月", None, "actual")]),
    ("近万家企业受益，带动千余人就业。",
     [("万家", 1, "万家", "企业", "level", None, None, "近", "actual"),
      ("千余人", 1000, "人", "就业", "level", None, None, "余", "actual")]),
    # older national reports: a Chinese numeral with 亿 inside and 万 after counts in 万 (一亿三千八百万吨 =
    # 13800万吨); a single-character product names itself (钢); an em dash joins a range; ○ is a zero
    ("原油一亿三千八百万吨，钢六千六百零四万吨。",
     [("一亿三千八百万吨", 13800, "万吨", "原油", "level", None, None, None, "actual"),
      ("六千六百零四万吨", 6604, "万吨", "钢", "level", None, None, None, "actual")]),
    ("全民所有制工业增长３—４％。", [("３—４％", 3, "%", "全民所有制工业", "change", "up", None, None, "actual")]),
    ("一九九○年末居民储蓄存款余额达到七千零三十四亿元。",
     [("七千零三十四亿元", 7034, "亿元", "居民储蓄存款余额", "level", None, None, None, "actual")]),
    ("对小微企业年应纳税所得额不到100万元的部分，减半征收。",
     [("100万元", 100, "万元", "小微企业年应纳税所得额", "level", None, None, "不到", "actual")]),
    ("今明两年要提高6000万农村人口供水保障水平，新建3所高等院校。",
     [("6000万", 6000, "万", "农村人口", "level", None, "今明两年", None, "actual"),
      ("3所", 3, "所", "高等院校", "level", None, "今明两年", None, "actual")]),
    ("地方一般公共预算收入1854.7亿元，同口径增长1.3%。",
     [("1854.7亿元", 1854.7, "亿元", "地方一般公共预算收入", "level", None, None, None, "actual"),
      ("1.3%", 1.3, "%", "地方一般公共预算收入", "change", "up", None, None, "actual")]),
    # a rate after 的 is the subject's: the subject and the rate name it (report 2019)
    ("深化增值税改革，将制造业等行业现行16%的税率降至13%，将交通运输业、建筑业等行业现行10%的税率降至9%。",
     [("16%", 16, "%", "制造业等行业现行税率", "share", None, None, None, "actual"),
      ("13%", 13, "%", "税率", "share", None, None, None, "actual"),
      ("10%", 10, "%", "交通运输业、建筑业等行业现行税率", "share", None, None, None, "actual"),
      ("9%", 9, "%", "税率", "share", None, None, None, "actual")]),
]

NOT_INDICATORS = [
    "在全国市场占有一席之地。",  # 席 counts seats only after digits (呼叫中心坐席规模达到10万席)
    "推进临空核心四街坊地下勾连工程通道四8.2米段建设。",
    "目前城镇还有几千万人居住在棚户区，建成数十个公园，新增上百家企业。",
    "费了一番功夫。",
    "付出一倍的努力。",
    "深入推进“3320”数字战略,聚焦“十百千万亿”发展目标。",
    "对标虹桥国际中央商务区“四高五新”发展导向,研究提出“4+6+N”产业导向。",
    "长宁优化营商环境5.0版方案正式发布,进一步完善城运平台3.0版建设。",
    "在虹桥机场T1航站楼,实施“落地检”管理举措。",
    "本次征求意见时间为2022年11月18日至2022年11月25日。",
    "第五届进博会成功举办,拼多多、携程进入《中国互联网公司百强榜单》前20名。",
    "来信地址:上海市长宁路599号,邮编:200050。",
    "紧抓虹桥国际开放枢纽建设和城市数字化转型两大战略机遇,持续打响四大文化品牌。",
    "全面推进生态环境保护“十四五”规划,制定《行动方案(2023-2025年)》。",
    "细颗粒物（PM\n2.5\n）浓度继续下降。",
    "严格落实中央八项规定精神，更好利用国际国内两个市场、两种资源。",
    "持续推进15分钟政务服务圈建设，今年重点做好八个方面工作。",
    "隆重庆祝改革开放40周年。",
    "加强原材料、关键零部件供给。",
    # named political sets of the 1990s reports (national 1990, 1993, 1996)
    "坚持四项基本原则，坚持改革开放，这两个基本点缺一不可。",
    "一手抓物质文明，一手抓精神文明，两只手都要硬。",
    "在和平共处五项原则的基础上建立和发展同世界各国的友好关系，认真实行两个转变。",
    # a session's ordinal; a count that points back at things already named (national 1995, 2010, 1991)
    "我们基本上完成了八届全国人大二次会议确定的１９９４年的工作任务。",
    "这两个指标虽然都低于去年实际执行结果，但仍然是一个适当的目标。",
    "这两项改革，涉及广大群众的切身利益，要在试点的基础上稳步推进。",
    "只要严格遵循中美三个联合公报确立的各项原则，两国关系就能继续得到改善。",
]


def _check(text, expected):
    got = indicators(text)
    assert [g["surface"] for g in got] == [e[0] for e in expected], got
    for g, (surface, value, unit, metric, kind, direction, period, qualifier, status) in zip(got, expected):
        assert text[g["start"]:g["end"]] == surface
        assert (g["value"], g["unit"], g["metric"], g["kind"], g["direction"], g["period"], g["qualifier"], g["status"]) == \
               (value, unit, metric, kind, direction, period, qualifier, status), surface


@pytest.mark.parametrize("text,expected", DEV, ids=[d[0][:16] for d in DEV])
def test_dev_sentences(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text,expected", EVAL, ids=[d[0][:16] for d in EVAL])
def test_eval_sentences(text, expected):
    _check(text, expected)


@pytest.mark.parametrize("text", NOT_INDICATORS, ids=[t[:16] for t in NOT_INDICATORS])
def test_not_indicators(text):
    assert indicators(text) == []


def test_range_has_high_end_and_base_values():
    (r,) = indicators("国内生产总值增长6%-6.5%。")
    assert (r["value"], r["value_high"], r["unit"]) == (6, 6.5, "%")
    (r,) = indicators("新增3-5个示范点。")
    assert (r["value"], r["value_high"], r["unit"]) == (3, 5, "个")
    (r,) = indicators("区级一般公共预算收入完成135亿元。")
    assert (r["value_base"], r["unit_base"]) == (1.35e10, "元")
    (r,) = indicators("累计筛查1634.5万人次。")
    assert r["value_base"] == pytest.approx(16345000) and r["unit_base"] == "人次"


def test_base_values_are_the_decimals_written():
    """4.1亿 is 410000000 in the table, not the float product 409999999.99999994 (61 figures of the check
    corpus read so, and the CSV wrote them so)."""
    got = indicators("1-10月,共发放各类社会救助救助金额1.93亿元,惠及26.01万人次。全年粮食产量4.1亿吨、增长5%-6.5%。")
    assert [(r["surface"], r["value_base"]) for r in got] == [
        ("1.93亿元", 193000000.0), ("26.01万人次", 260100.0), ("4.1亿吨", 410000000.0), ("5%-6.5%", 5.0)]
    assert got[-1]["value_high_base"] == 6.5
    # (a range with its multiplier at both ends and its unit at the second only was dropped whole)
    got = indicators("投资规模达到4.1亿-4.94亿元，带动就业3万-5万人。")
    assert [(r["surface"], r["value_base"], r["value_high_base"]) for r in got] == [
        ("4.1亿-4.94亿元", 410000000.0, 494000000.0), ("3万-5万人", 30000.0, 50000.0)]


def test_other_sentence_inherits_period_only_after_qizhong():
    got = indicators("截至9月底,各类纾困支持资金超161亿。其中,增值税留抵退税近79亿元。另有补贴超2500万元。")
    assert [g["period"] for g in got] == ["截至9月底", "截至9月底", None]


def test_flattened_indicator_table():
    """指标 / 单位 / 2022年预计 / 2023年目标, one cell a line: unit, metric, year and status come from
    the row and the column."""
    text = ("附表\n\n指标\n\n单位\n\n2022年预计\n\n2023年目标\n\n地区生产总值增速\n\n%\n\n3左右\n\n5.5左右\n\n"
            "一般公共预算收入\n\n亿元\n\n135\n\n140\n\n城镇新增就业岗位\n\n万个\n\n2.5\n\n3以上\n\n以上指标均为预期性指标。\n")
    tables = extract_document(text, "t")
    assert [r["cells"][0] for r in tables["tables"]] == ["地区生产总值增速", "一般公共预算收入", "城镇新增就业岗位"]
    got = [(q["surface"], q["unit"], q["value_base"], q["metric"], q["kind"], q["period"], q["qualifier"], q["status"])
           for q in tables["indicators"]]
    assert got == [
        ("3", "%", 3, "地区生产总值增速", "change", "2022年", "左右", "expected"),
        ("5.5", "%", 5.5, "地区生产总值增速", "change", "2023年", "左右", "target"),
        ("135", "亿元", 1.35e10, "一般公共预算收入", "level", "2022年", None, "expected"),
        ("140", "亿元", 1.4e10, "一般公共预算收入", "level", "2023年", None, "target"),
        ("2.5", "万个", 25000, "城镇新增就业岗位", "level", "2022年", None, "expected"),
        ("3", "万个", 30000, "城镇新增就业岗位", "level", "2023年", "以上", "target"),
    ]


def test_work_report_layout():
    """A provincial 政府工作报告 layout (title, subtitle naming the congress, 回顾 and 工作安排
    chapters, numbered points): region, statuses by chapter, periods, heading numbers kept out of
    metrics. Written for these tests in the shape of such reports, not taken from the seed."""
    from pathlib import Path

    text = (Path(__file__).parent / "data" / "provincial_work_report.txt").read_text(encoding="utf-8")
    out = extract_document(text, "p")
    assert out["documents"][0]["region"] == "浙江省"
    assert [s["title"] for s in out["sections"] if s["level"] == 1] == ["过去五年工作回顾", "2023年工作安排"]
    got = [(q["surface"], q["metric"], q["kind"], q["period"], q["qualifier"], q["status"]) for q in out["indicators"]]
    assert got[0] == ("5.2万亿元", "生产总值", "level", "过去五年", None, "actual")
    assert got[4] == ("3.1%", "生产总值", "change", "2022年", "左右", "actual")
    assert got[7] == ("5%", "生产总值", "change", "今年", "以上", "target")
    assert got[-2] == ("1000个", "重大项目", "level", None, "以上", "target")
    assert {q["status"] for q in out["indicators"][:7]} == {"actual"}
    assert {q["status"] for q in out["indicators"][7:]} == {"target"}


@pytest.mark.parametrize("sep", ["\t", "  ", " | ", "\u3000"])
def test_one_line_per_row_indicator_table(sep):
    """Word and PDF exports keep a table's row on one line, cells split by tabs, spaces or |."""
    rows = [["指标名称", "单位", "2022年预计", "2023年目标"], ["地区生产总值增长", "%", "3左右", "5.5左右"],
            ["城镇调查失业率", "%", "5以内", "5.5以内"], ["城镇新增就业岗位", "万个", "2.5", "3以上"]]
    text = "2023年主要指标\n" + "\n".join(sep.join(r) for r in rows) + "\n以上指标均为预期性指标。\n"
    tables = extract_document(text, "t")
    assert [r["cells"] for r in tables["tables"]] == rows[1:]
    got = [(q["surface"], q["value_base"], q["metric_key"], q["kind"], q["qualifier"], q["status"], q["ref_year"])
           for q in tables["indicators"]]
    assert got == [
        ("3", 3, "gdp", "change", "左右", "expected", 2022),
        ("5.5", 5.5, "gdp", "change", "左右", "target", 2023),
        ("5", 5, "unemployment_surveyed", "share", "以内", "expected", 2022),
        ("5.5", 5.5, "unemployment_surveyed", "share", "以内", "target", 2023),
        ("2.5", 25000, "new_urban_jobs", "level", None, "expected", 2022),
        ("3", 30000, "new_urban_jobs", "level", "以上", "target", 2023),
    ]
    assert tables["items"][-1]["text"] == "以上指标均为预期性指标。"


def test_one_line_per_row_list_table():
    text = ("附件\n序号\t标题\t制定机关\t发文文号\n1\t关于促进经济发展的若干意见\t区政府\t长府发〔2022〕1号\n"
            "2\t关于加快发展数字经济的实施方案\t区发改委\t长发改〔2022〕5号\n以上文件均已公开。\n")
    tables = extract_document(text, "t")
    assert [(r["row_no"], r["key_work"], r["cells"][3]) for r in tables["tables"]] == [
        (1, "关于促进经济发展的若干意见", "长府发〔2022〕1号"), (2, "关于加快发展数字经济的实施方案", "长发改〔2022〕5号")]
    assert tables["indicators"] == []


def test_completion_table_with_a_change_column_and_empty_last_cells():
    """指标名称 / 单位 / 2022年目标 / 完成情况 / 增幅: the 增幅 column is the metric's % change whatever the
    row's unit; a row whose last cells are empty leaves no separator for them; two cells may read alike."""
    text = ("附表：2022年主要指标完成情况\n指标名称\t单位\t2022年目标\t完成情况\t增幅\n地区生产总值\t亿元\t1500\t1480\t3.2\n"
            "一般公共预算收入\t亿元\t135\t140\t-5.1\n城镇调查失业率\t%\t5.5以内\t5.5以内\t\n二、下一步工作\n")
    tables = extract_document(text, "t")
    assert [r["cells"] for r in tables["tables"]][-1] == ["城镇调查失业率", "%", "5.5以内", "5.5以内", ""]
    got = [(q["surface"], q["unit"], q["value_base"], q["metric_key"], q["kind"], q["status"], q["period"])
           for q in tables["indicators"]]
    assert got == [
        ("1500", "亿元", 1.5e11, "gdp", "level", "target", "2022年"), ("1480", "亿元", 1.48e11, "gdp", "level", "actual", None),
        ("3.2", "%", 3.2, "gdp", "change", "actual", None),
        ("135", "亿元", 1.35e10, "fiscal_revenue", "level", "target", "2022年"),
        ("140", "亿元", 1.4e10, "fiscal_revenue", "level", "actual", None),
        ("-5.1", "%", -5.1, "fiscal_revenue", "change", "actual", None),
        ("5.5", "%", 5.5, "unemployment_surveyed", "share", "target", "2022年"),
        ("5.5", "%", 5.5, "unemployment_surveyed", "share", "actual", None),
    ]


def test_chapters_after_the_plan_are_about_the_plan():
    """三、保障措施 after 二、2024年计划草案 says neither plan nor outcome: it is still the plan. A new
    report in the same file (its title) starts afresh."""
    text = ("关于某市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2023年计划执行情况\n全市地区生产总值增长5.2%。\n"
            "二、2024年计划草案\n地区生产总值增长5.5%左右。\n三、保障措施\n新建学校3所。\n"
            "关于某市计划草案的起草说明\n一、起草过程\n向32个部门征求意见。\n")
    got = [(q["surface"], q["status"], q["ref_year"]) for q in indicators(text)]
    assert got == [("5.2%", "actual", 2023), ("5.5%", "target", 2024), ("3所", "target", 2024), ("32个", "actual", 2023)]


def test_freight_turnover_in_ton_kilometres():
    # national 1993: a turnover is measured in 吨公里, one unit, not 吨 followed by a noun 公里
    got = indicators("铁路货运周转量增长百分之二十三，达到１１６２０亿吨公里；沿海港口货物吞吐量达到５．９亿吨。")
    turnover = next(g for g in got if g["surface"] == "１１６２０亿吨公里")
    assert (turnover["unit"], turnover["unit_base"], turnover["metric"]) == ("亿吨公里", "吨公里", "铁路货运周转量")
    assert turnover["value_base"] == 1.162e12


def test_points_per_mille():
    # national 1993: a birth rate falls by 千分点, points of a rate per mille, as 个百分点 are of a percentage
    got = indicators("计划生育成绩明显，出生率下降５个千分点。")
    assert [(g["surface"], g["unit_base"], g["kind"], g["direction"], g["metric"]) for g in got] == \
        [("５个千分点", "个千分点", "pp_change", "down", "出生率")]


def test_cheng_ending_a_word_is_no_vague_numeral():
    # the 1991 plan-execution report: 成 of 完成 before a Chinese numeral is no 成千上万
    got = indicators("其中，全民所有制单位基本建设投资完成一千六百四十二亿元，比上年增长９．８％；"
                     "技术改造投资完成八百二十八亿元，增长５．８％。")
    assert [(g["surface"], g["metric"]) for g in got] == [
        ("一千六百四十二亿元", "全民所有制单位基本建设投资"), ("９．８％", "全民所有制单位基本建设投资"),
        ("八百二十八亿元", "技术改造投资"), ("５．８％", "技术改造投资")]
    assert indicators("成千上万的群众参与其中。") == []


def test_chinese_numerals_in_measure_units():
    # the 1991 plan-execution report writes every figure in Chinese numerals: the 千 of 千瓦 is the
    # unit's, and a numeral of several characters is a figure in kilometres as in any unit
    got = indicators("发电装机容量新增九百一十二万千瓦；铁路交付运营里程一百二十七公里、复线里程新增三百四十九公里。")
    assert [(g["surface"], g["unit"], g["value"]) for g in got] == [
        ("九百一十二万千瓦", "万千瓦", 912.0), ("一百二十七公里", "公里", 127.0), ("三百四十九公里", "公里", 349.0)]
    assert indicators("三公里范围内实现全覆盖。") == []


def test_capacities_per_day_and_sets_are_one_unit():
    # Shenyang 2014 and 2016: 万吨/日 is a capacity, 台套 one counter; neither ends before a noun's first character
    got = indicators("实施西部25万吨/日污水处理、祝家1000吨/日污泥处置。开展9家火电企业和240台套燃煤锅炉脱硫改造。")
    assert [(g["surface"], g["unit"], g["unit_base"], g["value_base"]) for g in got] == [
        ("25万吨/日", "万吨/日", "吨/日", 250000.0), ("1000吨/日", "吨/日", "吨/日", 1000.0),
        ("9家", "家", "家", 9.0), ("240台套", "台套", "台套", 240.0)]


def test_capacities_per_year_are_one_unit_and_name_the_product_after_them():
    # Dalian 2019 (round 213-216), Foshan 2022: 万吨/年 is a capacity; the product after it is what it measures,
    # not the company before it
    got = indicators("石化行业加快向全产业链发展，恒力2000万吨/年炼化一体化项目全面投产，150万吨/年乙烯项目开工建设。")
    assert [(g["surface"], g["unit"], g["unit_base"], g["value_base"]) for g in got] == [
        ("2000万吨/年", "万吨/年", "吨/年", 20000000.0), ("150万吨/年", "万吨/年", "吨/年", 1500000.0)]
    assert [g["metric"] for g in got][1] == "乙烯项目"


def test_a_size_class_is_no_figure():
    # 30万吨级进港航道 (Guangxi 2026), 百万千瓦级核电机组 (national 2007): a class of size names the thing
    assert indicators("防城港30万吨级进港航道一期顺利开工。") == []
    assert indicators("开展百万千瓦级核电机组的自主化建设。") == []


def test_item_number_run_into_a_count():
    """Guangzhou 2019's glossary: 18.6个 is item 18 and 6个; a decimal opening a line with no list
    around it stays a decimal."""
    text = ("名词解释\n\n17.地铁线路：13号线二期、22号线。\n\n18.6个综合交通枢纽项目：广州铁路集装箱中心站等。\n\n"
            "19.9个高速公路项目：机场第二高速南段等。\n")
    out = extract_document(text, "g")["indicators"]
    assert [(i["surface"], i["value"], i["metric"]) for i in out] == [("6个", 6, "综合交通枢纽项目"), ("9个", 9, "高速公路项目")]
    alone = extract_document("一、经济运行\n\n2.5万家企业完成改造。\n", "d")["indicators"]
    assert [(i["surface"], i["value"]) for i in alone] == [("2.5万家", 2.5)]


def test_numbers_broken_by_unfilled_placeholders_are_no_figures():
    """Haikou 2012 as saved: a page's unfilled $1.$2 replaced each decimal point, so 71x.x5亿元 reads
    ７１$1.$2５亿元. No digit run beside a placeholder is the figure; the intact figures stay."""
    text = "实现地区生产总值７１$1.$2５亿元，增长１$1.$2％；城镇居民人均可支配收入１９７３０元、增长１８％。"
    assert [(i["surface"], i["value"]) for i in indicators(text)] == [("１９７３０元", 19730), ("１８％", 18)]


def test_won_in_a_review_aimed_at_in_a_plan():
    """争取 in a review is a verb of obtaining: the 118.5亿元 of Fujian 2025's review were won. In the plan
    (national 2009) it is still an aim."""
    text = ("2025年福建省人民政府工作报告\n一、2024年工作回顾\n"
            "扩大有效益的投资，争取中央预算内投资118.5亿元，发行地方政府专项债券1603亿元，支持“两重”等项目建设。\n"
            "二、2025年主要任务\n加快落实和完善促进保障性住房建设的政策措施，争取用三年时间，解决750万户城市低收入住房困难家庭的住房问题。\n")
    got = [(q["surface"], q["status"]) for q in indicators(text)]
    assert got == [("118.5亿元", "actual"), ("1603亿元", "actual"), ("750万户", "target")]


def test_a_chapter_saying_neither_is_the_plan_from_the_paragraph_opening_the_planned_year():
    """Fujian 2025: 二、牢记历史使命，在中国式现代化建设中奋勇争先 says neither review nor plan in its title or
    opening, after a review (一、…取得新成效) that names no year; from its paragraph opening the planned year
    (2025年是…) on it is the plan, and so is 三、, which says neither either."""
    text = ("2025年福建省人民政府工作报告\n——2025年1月13日在福建省第十四届人民代表大会第三次会议上\n"
            "一、牢记殷殷嘱托，在接续奋斗中新福建建设取得新成效\n"
            "初步统计，2024年全省地区生产总值57761亿元、增长5.5%。\n"
            "二、牢记历史使命，在中国式现代化建设中奋勇争先\n"
            "福建是习近平新时代中国特色社会主义思想的重要孕育地和实践地，这是我们的荣光，也是我们的动力源泉。\n"
            "2025年是“十四五”规划收官、“十五五”规划谋划之年，也是进一步全面深化改革的重要一年。\n"
            "（一）坚持自立自强，跑出科技创新加速度、塑造发展新动能。\n"
            "促进学前教育优质普惠发展，普惠性幼儿园覆盖率95%以上。\n"
            "三、牢记人民至上，在建设服务型政府中践行初心使命\n"
            "保质保量完成30项为民办实事项目，让孩子们有好的教育。\n")
    got = [(q["surface"], q["status"], q["ref_year"]) for q in indicators(text)]
    assert got == [("57761亿元", "actual", 2024), ("5.5%", "actual", 2024), ("95%", "target", 2025),
                   ("30项", "target", 2025)]


def test_markdown_tables():
    """Web copies of reports keep tables as Markdown (Guangzhou 2020's annexes): a header row, a rule of
    dashes, a row a line, cells split on | alone (a cell's text holds spaces). An indicator table reads its
    figures by row and column, as a flattened one does; a list table's figures keep their row."""
    text = ("附表：2020年主要指标\n\n| 指标名称 | 单位 | 2019年完成 | 2020年目标 |\n| --- | --- | --- | --- |\n"
            "| 地区生产总值 | 亿元 | 23628.6 | 25000 |\n| 城镇调查失业率 | % | 4.6 | 5.5以内 |\n\n以上指标均为预期性指标。\n")
    doc = extract_document(text, "t")
    assert [(r["row_no"], r["cells"]) for r in doc["tables"]] == [
        (1, ["地区生产总值", "亿元", "23628.6", "25000"]), (2, ["城镇调查失业率", "%", "4.6", "5.5以内"])]
    assert [(q["surface"], q["metric"], q["unit"], q["status"], q["ref_year"]) for q in doc["indicators"]] == [
        ("23628.6", "地区生产总值", "亿元", "actual", 2019), ("25000", "地区生产总值", "亿元", "target", 2020),
        ("4.6", "城镇调查失业率", "%", "actual", 2019), ("5.5", "城镇调查失业率", "%", "target", 2020)]
    listed = ("**附件1**\n\n**2020年十件民生实事安排建议**\n\n| **序号** | **民生领域** | **事项名称** | **具体内容** |\n"
              "| ------ | -------- | ------ | ------ |\n"
              "| 1      | 交通领域     | 持续推进交通拥堵点改造      | （1）对金沙洲路—增槎路放射线合流段等15个交通拥堵点实施微改造。   "
              "（2）新开或优化公交线路30条。 |\n"
              "| 2      | 社会保障     | 健全基本养老服务体系       | （1）依托养老服务机构设立400张家庭养老试点床位。 |\n")
    doc = extract_document(listed, "gz")
    assert [(r["row_no"], r["key_work"], len(r["cells"])) for r in doc["tables"]] == [(1, "交通领域", 4), (2, "社会保障", 4)]
    assert [(q["surface"], q["row_id"]) for q in doc["indicators"]] == [
        ("15个", "gz:t01:r01"), ("30条", "gz:t01:r01"), ("400张", "gz:t01:r02")]


def test_tenths_written_after_cheng():
    """超七成五财力 is 7.5成 (75%), 六成半 6.5成: the digit after 成 is its tenths, not a count of its own
    (Wenzhou 2022, Quanzhou 2025); 七成五个区 is 七成 and a count of districts."""
    got = indicators("坚持超七成五财力投入民生，约六成半的企业实现盈利。")
    assert [(g["surface"], g["value"], g["unit"]) for g in got] == [("七成五", 7.5, "成"), ("六成半", 6.5, "成")]
    got = indicators("全市七成五个区实现增长。")
    assert [(g["surface"], g["value"]) for g in got] == [("七成", 7.0), ("五个", 5.0)]


def test_a_team_size_in_a_game_name_is_no_count():
    """三人制篮球, 五人制足球: the number of players that names a game (Shijiazhuang 2024)."""
    got = indicators("成功举办全国三人制篮球邀请赛、国际五人制足球争霸赛等20余项高水平赛事。")
    assert [g["surface"] for g in got] == ["20余项"]
