"""The years each figure is about: ref_year for one year, ref_start/ref_end for the span. Real
sentences of the national work reports, read in their reports (../shared, skipped when absent) and
under their own headings; expectations written by reading them. A span figure has ref_year null."""
from __future__ import annotations

from functools import lru_cache

import pytest

from conftest import national_text
from pipeline import extract_document


@lru_cache(maxsize=None)
def national(year: int) -> tuple:
    return tuple(extract_document(national_text(year), str(year))["indicators"])


# (report, surface, words of its sentence, (ref_year, ref_start, ref_end))
NATIONAL = [
    # 2008 reviews 2007 in a 过去五年 chapter: 比2002年 makes a five-year change; 年均 the five years
    (2008, "24.66万亿元", "2007年，国内生产总值达到24.66万亿元", (2007, 2007, 2007)),
    (2008, "65.5%", "比2002年增长65.5%", (None, 2003, 2007)),
    (2008, "10.6%", "年均增长10.6%", (None, 2003, 2007)),
    # 由2002年A增加到2007年B; the second pair of the sentence starts from the same year
    (2008, "7703元", "由2002年7703元增加到2007年13786元", (2002, 2002, 2002)),
    (2008, "13786元", "由2002年7703元增加到2007年13786元", (2007, 2007, 2007)),
    (2008, "2476元", "农村居民人均纯收入由2476元增加到4140元", (2002, 2002, 2002)),
    (2008, "4140元", "农村居民人均纯收入由2476元增加到4140元", (2007, 2007, 2007)),
    # 2013: 第十一届…第一次会议以来的五年 = 2008–2012; 从A增加到B: A the year before, B the last
    (2013, "26.6万亿元", "国内生产总值从26.6万亿元增加到51.9万亿元", (2007, 2007, 2007)),
    (2013, "51.9万亿元", "国内生产总值从26.6万亿元增加到51.9万亿元", (2012, 2012, 2012)),
    (2013, "8.4%", "资本充足率从2007年底的8.4%提升到去年底的13.3%", (2007, 2007, 2007)),
    (2013, "13.3%", "资本充足率从2007年底的8.4%提升到去年底的13.3%", (2012, 2012, 2012)),
    (2013, "2.8平方米", "分别比2007年增加2.8平方米", (None, 2008, 2012)),
    (2013, "21.5辆", "城镇居民每百户拥有家用汽车21.5辆", (2012, 2012, 2012)),
    # 2013 has no year in its plan headings (今年经济社会发展的…主要预期目标): 今年 is 2013
    (2013, "7.5%", "今年经济社会发展的主要预期目标是：国内生产总值增长7.5%左右", (2013, 2013, 2013)),
    (2013, "900万人", "城镇新增就业900万人以上", (2013, 2013, 2013)),
    # 2018: 五年来 = 2013–2017, also for the next sentences of the paragraph
    (2018, "54万亿元", "国内生产总值从54万亿元增加到82.7万亿元", (2012, 2012, 2012)),
    (2018, "82.7万亿元", "国内生产总值从54万亿元增加到82.7万亿元", (2017, 2017, 2017)),
    (2018, "7.1%", "年均增长7.1%", (None, 2013, 2017)),
    (2018, "6600万人", "城镇新增就业6600万人以上", (None, 2013, 2017)),
    (2018, "6.9%", "国内生产总值增长6.9%，居民收入增长7.3%", (2017, 2017, 2017)),  # 刚刚过去的2017年，… opens the paragraph
    # 2006: 去年工作回顾 / 今年主要任务, dated by 2005年，… and 2006年是…; 今后五年 = 2006–2010
    (2006, "1.42万亿美元", "进出口贸易总额达到1.42万亿美元", (2005, 2005, 2005)),
    (2006, "7.5%", "今后五年国内生产总值年均增长7.5%", (None, 2006, 2010)),
    (2006, "105亿元", "近三年，中央和地方投入105亿元", (None, 2003, 2005)),
    # 2005年与2000年相比: the change since 2000, and 年均 over the same years
    (2006, "57.3%", "2005年与2000年相比，国内生产总值增长57.3%", (None, 2001, 2005)),
    (2006, "9.5%", "2005年与2000年相比，国内生产总值增长57.3%，年均增长9.5%", (None, 2001, 2005)),
    # 赤字率从去年的2.1%提高到2.3%: A is last year's, B this year's target
    (2015, "2.1%", "赤字率从去年的2.1%提高到2.3%", (2014, 2014, 2014)),
    (2015, "2.3%", "赤字率从去年的2.1%提高到2.3%", (2015, 2015, 2015)),
    # 五年, 五年内 and 平均每年: the last five years in a review, the plan's five in a plan (the 十一五 the
    # sentence names: 2006–2010), 平均每年 a span like 年均
    (2008, "152.6万公顷", "五年整理复垦开发补充耕地152.6万公顷", (None, 2003, 2007)),
    (2006, "200多亿元", "五年内国家财政将投入200多亿元", (None, 2006, 2010)),
    (2007, "1亿吨", "五年淘汰落后炼铁产能1亿吨", (None, 2006, 2010)),
    # 2021: a chapter on the 十三五 achievements and the 十四五 targets: a target is about 2021–2025
    (2021, "5.5%", "城镇调查失业率控制在5.5%以内，物价", (None, 2021, 2025)),
    (2021, "70万亿元", "国内生产总值从不到70万亿元增加到超过100万亿元", (2015, 2015, 2015)),
    (2021, "100万亿元", "国内生产总值从不到70万亿元增加到超过100万亿元", (2020, 2020, 2020)),
    # 2011 reviews the 十一五 period (2006–2010)
    (2011, "11.2%", "年均增长11.2%", (None, 2006, 2010)),
    (2011, "3.16万亿元", "财政收入从3.16万亿元增加到8.31万亿元", (2005, 2005, 2005)),
    (2011, "8.31万亿元", "财政收入从3.16万亿元增加到8.31万亿元", (2010, 2010, 2010)),
    # a level reached (达到, 提高到) in a paragraph about a past period is the level it ended at; a sum
    # over years its own sentence names (五年中…投入) stays a span
    (2018, "1.2万亿斤", "粮食生产能力达到1.2万亿斤", (2017, 2017, 2017)),
    (2011, "39.8万亿元", "国内生产总值达到39.8 万亿元", (2010, 2010, 2010)),
    (2008, "3406亿元", "五年中央财政用于科技的投入达到3406亿元", (None, 2003, 2007)),
    # an outcome cannot be about years not yet reviewed: 十一五前四年累计 in 2010, a 十二五 chapter in 2012
    (2010, "14.38%", "“十一五”前四年累计单位国内生产总值能耗下降14.38%", (None, 2006, 2009)),
    (2012, "2.9亿千瓦", "清洁能源发电装机达到2.9亿千瓦，比上年增加3356万千瓦", (2011, 2011, 2011)),
    # 年均浓度 is an annual mean, not several years
    (2017, "9.1%", "年均浓度下降9.1%", (2016, 2016, 2016)),
    # a base year (比2002年) holds for the changes of the clauses after it that name no base of their own
    (2008, "2.23倍", "实现利润增长2.23倍", (None, 2003, 2006)),
    # 用三年时间 in a plan: the next three years; its 提高到 level is the last year's
    (2009, "750万户", "争取用三年时间，解决750万户城市低收入住房困难家庭", (None, 2009, 2011)),
    (2008, "100元", "用两年时间将筹资标准由每人每年50元提高到100元", (2009, 2009, 2009)),
    # a year the figure is compared with (增速为1985年以来最高) in an earlier clause is none of its own
    (2012, "1680元", "全年人均增加1680元", (2011, 2011, 2011)),
    (2016, "2.5%", "全社会研发经费投入强度达到2.5%", (2020, 2020, 2020)),
    (2019, "6.6%", "国内生产总值增长6.6%", (2018, 2018, 2018)),
    # in a paragraph about a past period a level reached or a share is the end year's; a flow
    # (新增, 压减), a state held (持续超过) and a change keep the span
    (2016, "12万公里", "高速公路通车里程超过12万公里", (2015, 2015, 2015)),
    (2016, "80%", "基本养老保险参保率超过80%", (2015, 2015, 2015)),
    (2013, "13亿人", "各项医疗保险参保超过13亿人", (2012, 2012, 2012)),
    (2016, "60万亿元", "我国经济总量超过60万亿元的高基数上", (2015, 2015, 2015)),
    (2021, "6000万人", "城镇新增就业超过6000万人", (None, 2016, 2020)),
    (2018, "30%", "压减政府性基金项目30%", (None, 2013, 2017)),
    (2018, "4%", "财政性教育经费占国内生产总值比例持续超过4%", (None, 2013, 2017)),
    # 从2006年的A: A's own year even where the pairing with B is not found
    (2011, "18亿元", "财政投入从2006年的18亿元增加到 2010年的306亿元", (2006, 2006, 2006)),
    (2011, "306亿元", "财政投入从2006年的18亿元增加到 2010年的306亿元", (2010, 2010, 2010)),
    # streaks: 连续N年 is the N years ending in the reviewed year, for the streak itself and a figure
    # of its clause; not for a figure of another clause
    (2010, "6年", "实现连续6年增产", (None, 2004, 2009)),
    (2012, "5年", "连续5年超万亿斤", (None, 2007, 2011)),
    (2007, "90亿元", "中央财政连续三年累计投入 90亿元", (None, 2004, 2006)),
    (2010, "1102万人", "实现连续6年增产；城镇新增就业1102万人", (2009, 2009, 2009)),
    # N年前 counts back from the report year
    (2016, "1.5个百分点", "相当于5年前1.5个百分点", (2011, 2011, 2011)),
    (2016, "2.5个百分点", "10年前2.5个百分点的增量", (2006, 2006, 2006)),
    # a period that is a whole opening clause (“十二五”时期，…) dates the later paragraphs of its
    # section; a paragraph's own year (——经济跨上新台阶。2007年，…) and a cue opening a longer
    # clause (近三年淘汰落后…, 今明两年继续提高…) carry to no other paragraph
    (2016, "6400万人", "城镇新增就业人数超过6400万人", (None, 2011, 2015)),
    (2016, "7.8%", "国内生产总值年均增长7.8%，经济总量稳居世界第二位", (None, 2011, 2015)),
    (2008, "5100万人", "五年全国新增城镇就业5100万人", (None, 2003, 2007)),
    (2016, "772万套", "城镇保障性安居工程住房基本建成772万套", (2015, 2015, 2015)),
    (2009, "2930亿元", "中央财政拟投入社会保障资金2930亿元", (2009, 2009, 2009)),
    # coverage reached (覆盖, 惠及) in a past period is the end year's; people who 实现就业/脱贫 a flow
    (2008, "36万所", "远程教育已覆盖36万所农村中小学", (2007, 2007, 2007)),
    (2018, "9亿多人", "社会养老保险覆盖9亿多人", (2017, 2017, 2017)),
    (2013, "2800万人", "实现高校毕业生就业2800万人", (None, 2008, 2012)),
    (2021, "5575万", "5575万农村贫困人口实现脱贫", (None, 2016, 2020)),
    (2011, "4.45亿千瓦", "新增发电装机容量4.45亿千瓦", (None, 2006, 2010)),
    # a five-year plan's change is about the plan's span; a level to reach is the level at its end,
    # as a level reached in a review of five years is (so the plan's level and the outcome the next
    # plan's review reports pair up; blind annotations split 2:2 on 城镇化率达到71%以上, then 2:0 for the end)
    (2021, "65%", "常住人口城镇化率提高到65%", (2025, 2025, 2025)),
    (2011, "2.2%", "研究与试验发展经费支出占国内生产总值比重达到2.2%", (2015, 2015, 2015)),
    (2021, "13.5%", "单位国内生产总值能耗和二氧化碳排放分别降低13.5%", (None, 2021, 2025)),
    # a 2016 outcome in the 2017 review, not the 2030 of a sentence before it
    (2017, "2.08%", "之比达到2.08%", (2016, 2016, 2016)),
    # a stock grown over years (累计达到) over a span its sentence names stays that span
    (2006, "2740.8亿美元", "实际利用外商直接投资累计达到2740.8亿美元", (None, 2001, 2005)),
    # 五年累计 names the five years, for its sentence and, as a paragraph's opening clause, the paragraph
    (2013, "1.17亿吨", "五年累计，共淘汰落后炼铁产能1.17亿吨", (None, 2008, 2012)),
    (2013, "17.2%", "单位国内生产总值能耗下降17.2%", (None, 2008, 2012)),
    (2013, "8463万人", "五年转移农村人口8463万人", (None, 2008, 2012)),
    (2013, "45.9%", "城镇化率由45.9%提高到52.6%", (2007, 2007, 2007)),
    (2008, "3460万公顷", "五年累计退耕还林、植树造林 3191万公顷，退牧还草3460万公顷", (None, 2003, 2007)),
    # a year range written with a space (2003年到 2007年) is a range
    (2008, "4.25万亿元", "中央财政对地方的转移支付累计4.25万亿元", (None, 2003, 2007)),
    # a list's later member shares the first one's doing: a flow, not a bare stock
    (2008, "1.12万处", "关停小火电 2157万千瓦、小煤矿1.12万处", (None, 2006, 2007)),
    (2018, "8亿吨", "退出钢铁产能1.7亿吨以上、煤炭产能8亿吨", (None, 2013, 2017)),
    # the sentence's 五年来 before a ； is the context, not a sum named for the figure: a level reached
    # after the ； is the period's end; the flows next to it keep the span
    (2013, "9.56万公里", "新增公路60.9万公里，其中高速公路4.2万公里，高速公路总里程达9.56万公里", (2012, 2012, 2012)),
    (2013, "60.9万公里", "新增公路60.9万公里，其中高速公路4.2万公里，高速公路总里程达9.56万公里", (None, 2008, 2012)),
    (2013, "4.2万公里", "新增公路60.9万公里，其中高速公路4.2万公里，高速公路总里程达9.56万公里", (None, 2008, 2012)),
    (2013, "1.97万公里", "新增铁路里程1.97万公里", (None, 2008, 2012)),
]


@pytest.mark.parametrize("year,surface,words,expected", NATIONAL, ids=[f"{r[0]}-{r[1]}" for r in NATIONAL])
def test_national_figure_years(year, surface, words, expected):
    hits = [i for i in national(year) if i["surface"].replace(" ", "") == surface
            and words in i["sentence"].replace("\n", "").replace("\u200b", "")]
    assert hits, f"{surface} in 「{words}」 not found in {year}"
    assert (hits[0]["ref_year"], hits[0]["ref_start"], hits[0]["ref_end"]) == expected


# (report, surface, words of its sentence, status, ref years): an outcome of the reviewed period
# inside or after a plan chapter is an outcome; what a plan's growth would bring is a projection
STATUS = [
    # “十五”期间…主要情况 after the plan chapter: what happened in 2001–2005
    (2006, "57.3%", "2005年与2000年相比，国内生产总值增长57.3%", "actual", (None, 2001, 2005)),
    (2006, "4200万人", "城镇新增就业4200万人", "actual", (None, 2001, 2005)),
    # 过去一年，… opens a paragraph of outcomes in the 2011 chapter on the 十二五 period
    (2011, "10.3%", "国内生产总值增长10.3%，居民消费价格涨幅", "actual", (2010, 2010, 2010)),
    (2011, "1168万人", "城镇新增就业1168万人", "actual", (2010, 2010, 2010)),
    # 过去五年… in the 2021 chapter on the 十三五 achievements and the 十四五 targets
    (2021, "100万亿元", "国内生产总值从不到70万亿元增加到超过100万亿元", "actual", (2020, 2020, 2020)),
    # 将超过 / 届时: the level a five-year plan's growth would reach, not a target
    (2011, "55万亿元", "2015年国内生产总值将超过55万亿元", "expected", (2015, 2015, 2015)),
    (2016, "90万亿元", "届时，我国经济总量超过90万亿元", "expected", (2020, 2020, 2020)),
    # the plan chapter's own targets stay targets (基础上年均增长: no 上年 in it)
    (2011, "7%", "我国经济增长预期目标是在明显提高质量和效益的基础上年均增长7%", "target", (None, 2011, 2015)),
]


@pytest.mark.parametrize("year,surface,words,status,expected", STATUS, ids=[f"{r[0]}-{r[1]}" for r in STATUS])
def test_national_figure_status(year, surface, words, status, expected):
    hits = [i for i in national(year) if i["surface"].replace(" ", "") == surface
            and words in i["sentence"].replace("\n", "").replace("\u200b", "")]
    assert hits, f"{surface} in 「{words}」 not found in {year}"
    assert (hits[0]["status"], (hits[0]["ref_year"], hits[0]["ref_start"], hits[0]["ref_end"])) == (status, expected)


def years(text: str) -> list[tuple]:
    return [(i["surface"], i["ref_year"], i["ref_start"], i["ref_end"]) for i in extract_document(text, "t")["indicators"]]


R2018 = "——2018年3月5日在第十三届全国人民代表大会第一次会议上\n"
R2026 = "——2026年1月22日在江苏省第十四届人民代表大会第五次会议上\n"
# (text, [(surface, ref_year, ref_start, ref_end)]): real sentences under their headings; the
# provincial 2026 layout of a review chapter on the last year and the 十四五 period
TEXTS = [
    (R2018 + "一、过去五年工作回顾\n五年来，经济实力跃上新台阶。国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%，"
             "占世界经济比重从11.4%提高到15%左右。居民消费价格年均上涨1.9%，保持较低水平。\n"
             "二、2018年经济社会发展总体要求和政策取向\n今年发展的主要预期目标是：国内生产总值增长6.5%左右。\n",
     [("54万亿元", 2012, 2012, 2012), ("82.7万亿元", 2017, 2017, 2017), ("7.1%", None, 2013, 2017),
      ("11.4%", 2012, 2012, 2012), ("15%", 2017, 2017, 2017), ("1.9%", None, 2013, 2017), ("6.5%", 2018, 2018, 2018)]),
    (R2026 + "一、2025年工作回顾和“十四五”时期发展成就\n"
             "全省地区生产总值增长5.5%，城镇新增就业130万人，实际利用外资增长6.1%。\n"
             "五年来，全省地区生产总值年均增长5.8%，累计新增城镇就业650万人。\n"
             "全省一般公共预算收入比2020年增长35%，累计完成固定资产投资25万亿元。\n"
             "二、2026年工作任务\n今年全省经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n"
             "“十五五”时期，全省地区生产总值年均增长5%左右；到2030年，研发经费投入强度达到3.5%。\n",
     [("5.5%", 2025, 2025, 2025), ("130万人", 2025, 2025, 2025), ("6.1%", 2025, 2025, 2025),
      ("5.8%", None, 2021, 2025), ("650万人", None, 2021, 2025),
      ("35%", None, 2021, 2025), ("25万亿元", None, 2021, 2025),
      ("5%", 2026, 2026, 2026), ("5%", None, 2026, 2030), ("3.5%", 2030, 2030, 2030)]),
    (R2026 + "一、过去一年和五年来工作回顾\n城镇新增就业130万人。五年来，城镇新增就业650万人。\n",
     [("130万人", 2025, 2025, 2025), ("650万人", None, 2021, 2025)]),
    # a chapter heading whose number a web page dropped (“十四五”时期工作回顾 alone on its line)
    # still dates its figures: flows over the period keep the span, levels reached its end; a
    # 十五五 target is the plan's span, a level to reach its end; the 2026 chapter's targets are 2026's
    ("2026年甘肃省政府工作报告\n" + R2026 + "各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n"
     "“十四五”时期工作回顾\n“十四五”时期是极不平凡的五年。新增百亿县区26个，累计达到46个。水土保持率61.4%。\n"
     "“十五五”时期的主要目标任务\n省属企业工业总产值突破1万亿元。\n"
     "2026年重点工作\n今年是“十五五”开局之年。新增省级创新平台100个。\n",
     [("26个", None, 2021, 2025), ("46个", 2025, 2025, 2025), ("61.4%", 2025, 2025, 2025),
      ("1万亿元", 2030, 2030, 2030), ("100个", 2026, 2026, 2026)]),
    # 五年来，… opens a period the paragraphs after it keep; 从A提高到B there: A is 2020's
    (R2026 + "一、2025年和“十四五”时期工作回顾\n全省地区生产总值增长5.5%。\n"
             "各位代表！经过五年接续奋斗，我省“十四五”顺利收官。五年来，我们有效应对世纪疫情。\n"
             "这是经济实力持续提升的五年。\n"
             "地区生产总值从11.37万亿元提高到14.58万亿元，先进制造业增加值占规模以上工业增加值比重达56.2%。"
             "开工改造城镇老旧小区1.1万个，300项政务事项实现“跨省通办”。"
             "高速公路和高铁营业里程分别增至1.2万公里和3000公里。\n",
     [("5.5%", 2025, 2025, 2025), ("11.37万亿元", 2020, 2020, 2020), ("14.58万亿元", 2025, 2025, 2025),
      ("56.2%", 2025, 2025, 2025), ("1.1万个", None, 2021, 2025), ("300项", 2025, 2025, 2025),
      ("1.2万公里", 2025, 2025, 2025), ("3000公里", 2025, 2025, 2025)]),
    # a chapter on the last year and five years (the 2023 report's heading) with 2018's paragraphs:
    # 五年来，…主要做了以下工作。 before the subsections dates their figures to the five years
    (R2018 + "一、过去一年和五年工作回顾\n刚刚过去的2017年，经济社会发展主要目标任务全面完成并好于预期。"
             "国内生产总值增长6.9%，居民收入增长7.3%。\n"
             "五年来，我们认真贯彻以习近平同志为核心的党中央决策部署，主要做了以下工作。\n"
             "（一）坚持稳中求进工作总基调，着力创新和完善宏观调控，经济运行保持在合理区间、实现稳中向好。\n"
             "坚持实施积极的财政政策和稳健的货币政策。分步骤全面推开营改增，累计减税超过2万亿元。"
             "种植业适度规模经营比重从30%提升到40%以上。\n",
     [("6.9%", 2017, 2017, 2017), ("7.3%", 2017, 2017, 2017), ("2万亿元", None, 2013, 2017),
      ("30%", 2012, 2012, 2012), ("40%", 2017, 2017, 2017)]),
    # a lead sentence with no figure (2011's “十一五”时期是…极不平凡的五年。) opens the period for the
    # paragraphs after it; 各位代表，刚刚过去的2017年，… opens that year (the salutation is no clause);
    # a level reached (提升到, 迈上, 压缩至) is the period's end; 较“十三五”末 is a base: the span
    ("——2011年3月5日在第十一届全国人民代表大会第四次会议上\n一、过去一年和五年工作回顾\n"
     "“十一五”时期是我国发展进程中极不平凡的五年。\n推进林业重点生态工程建设，完成造林2529万公顷。\n",
     [("2529万公顷", None, 2006, 2010)]),
    (R2026 + "一、“十四五”时期和2025年工作回顾\n“十四五”时期是江苏发展历程中极不平凡的五年。\n"
             "工业增加值提升到1.6万亿元。"
             "地区生产总值迈上5万亿台阶。企业出口退税办理时间压缩至6个工作日以内。"
             "PM2.5年均浓度较“十三五”末改善16.5%。\n"
             "各位代表，刚刚过去的2025年，全省地区生产总值增长5.5%。\n——“向新”的动能持续增强。跨境电商平台进出口增长27.4%。\n",
     [("1.6万亿元", 2025, 2025, 2025), ("5万亿", 2025, 2025, 2025),
      ("6个工作日", 2025, 2025, 2025), ("16.5%", None, 2021, 2025), ("5.5%", 2025, 2025, 2025),
      ("27.4%", 2025, 2025, 2025)]),
    # 过去一年和五年 (the 2023 heading): 年均 (2016's sentence) spans the five years the heading names
    ("——2016年3月5日在第十二届全国人民代表大会第四次会议上\n一、过去一年和五年工作回顾\n"
     "国内生产总值年均增长7.8%，经济总量稳居世界第二位。\n", [("7.8%", None, 2011, 2015)]),
    # 过去的一年，… (2012's opening, as 2009 and 2010 write it too) is the reviewed year, in a chapter on five
    ("——2012年3月5日在第十一届全国人民代表大会第五次会议上\n一、过去五年工作回顾\n"
     "过去的一年，面对复杂多变的国际政治经济环境和艰巨繁重的国内改革发展任务，全国各族人民在中国共产党领导下，"
     "同心同德，团结奋进，改革开放和社会主义现代化建设取得新的重大成就。国内生产总值47.2万亿元，比上年增长9.2％。\n",
     [("47.2万亿元", 2011, 2011, 2011), ("9.2％", 2011, 2011, 2011)]),
    # a chapter's lead sentence dates its subsections ((二)… is a subsection): a flow keeps the span,
    # a share reached (投入强度达: a 强度 noun is a share, not an 投入 flow) is the end year's
    (R2026 + "一、“十四五”时期和2025年工作回顾\n“十四五”时期是江苏发展历程中极不平凡的五年。\n"
             "（一）坚持创新驱动发展，重点产业持续做大做优做强。牵头建设44家全国重点实验室。"
             "区域创新能力升至全国第二，全社会研发投入强度达3.38%左右。\n"
             "（二）在发展中增进民生福祉，全体人民共同富裕扎实推进。开工改造城镇老旧小区6470个。\n",
     [("44家", None, 2021, 2025), ("3.38%", 2025, 2025, 2025), ("6470个", None, 2021, 2025)]),
    # 2035年远景目标 names a vision, not the year of a 十五五 target after it
    (R2026 + "二、“十五五”时期主要目标任务\n综合考虑实现2035年远景目标以及我省现实支撑条件，提出地区生产总值年均增长5%—5.5%。\n",
     [("5%—5.5%", None, 2026, 2030)]),  # (an em dash joins a range: one target, 5 to 5.5)
    # 当年 is the year the text speaks of, not the report's: an outcome of the reviewed year
    ("——一九九二年三月二十日在第七届全国人民代表大会第五次会议上\n一、一九九一年的工作回顾\n"
     "当年新增加的主要生产能力有煤炭２７１４万吨。\n",
     [("２７１４万吨", 1991, 1991, 1991)]),
    # 过去的五年 opens the five years as 过去五年 does; in them a bare noun and its figure (经营主体1160.5万户,
    # 绿氢产能近3万吨) is a stock, the end year's; a doing's object (改造农村危房, 开挖疏浚沟渠) a flow
    (R2026 + "一、“十四五”时期和2025年工作回顾\n过去的五年极不寻常。\n"
             "综合实力稳步提升。生产总值6.66万亿元。经营主体1160.5万户。\n"
             "乡村振兴扎实有效。开挖疏浚沟渠11.76万公里。改造农村危房5.2万户，农村自来水普及率97%。\n"
             "能源转型成效明显。新型储能超过760万千瓦，绿氢产能近3万吨。办理人大代表建议3623件、政协提案3862件。\n",
     [("6.66万亿元", 2025, 2025, 2025), ("1160.5万户", 2025, 2025, 2025), ("11.76万公里", None, 2021, 2025),
      ("5.2万户", None, 2021, 2025), ("97%", 2025, 2025, 2025), ("760万千瓦", 2025, 2025, 2025),
      ("3万吨", 2025, 2025, 2025), ("3623件", None, 2021, 2025), ("3862件", None, 2021, 2025)]),
    # in the one year's part of a chapter on the year and the 十四五 period, a level after 累计 is the
    # total to that year (累计建设…175个, as three of four blind annotations); a change after 累计 is the period's
    (R2026 + "一、2025年工作总结和“十四五”发展成就\n过去一年，全区上下取得了一系列标志性成果。\n"
             "文体事业蓬勃发展。累计建设新型公共文化空间175个。全区能耗强度累计下降17.3%。\n",
     [("175个", 2025, 2025, 2025), ("17.3%", None, 2021, 2025)]),
    # a paragraph opening with the reviewed year (刚刚过去的2025年，…) opens it for the paragraphs after
    # it, in a chapter on the 十四五 period; a range from the year before the period names the period
    # with its base year; a level the trade reaches (扩大至) is the period's end
    (R2026 + "一、“十四五”时期工作回顾\n五年来，开放型经济加快发展。对外贸易扩大至228个国家和地区，累计新增就业250万人。\n"
             "2020年到2025年，工业投资占比从17.9%提升到35.5%。旅游总花费年均增长10%。\n"
             "刚刚过去的2025年，全省上下深受鼓舞。\n深化改革攻坚。净增涉税主体24.8万户。\n",
     [("228个", 2025, 2025, 2025), ("250万人", None, 2021, 2025), ("17.9%", 2020, 2020, 2020),
      ("35.5%", 2025, 2025, 2025), ("10%", None, 2021, 2025), ("24.8万户", 2025, 2025, 2025)]),
    # a plan chapter whose title names no plan (福建 2026) is one by its opening or the start of a plan period
    (R2026 + "一、一年接着一年干，新福建建设持续取得新进展新成效\n过去一年，城镇新增就业60万人。\n"
             "三、一鼓作气勇争先，全力推动“十五五”开好局、起好步\n2026年是“十五五”开局之年。\n"
             "（一）壮大实体经济，推动高质量发展。实施好200项以上工业战略性新兴产业重点项目。\n"
             "四、一以贯之转作风，努力建设人民满意的服务型政府\n今年政府工作的总体要求是坚持稳中求进。扎实推进30项为民办实事项目。\n",
     [("60万人", 2025, 2025, 2025), ("200项", 2026, 2026, 2026), ("30项", 2026, 2026, 2026)]),
    # 从1997年的A增加到2002年的B，平均每年增加C: C is the years between (a 2003 report reviewing 1998–2002)
    ("——2003年3月5日在第十届全国人民代表大会第一次会议上\n一、过去五年政府工作回顾\n"
     "全国财政收入从1997年的8651亿元增加到2002年的18914亿元，平均每年增加2053亿元。\n",
     [("8651亿元", 1997, 1997, 1997), ("18914亿元", 2002, 2002, 2002), ("2053亿元", None, 1998, 2002)]),
    # the plans before the 十一五 are named too: “九五” 1996–2000, “十五” 2001–2005 (2001 report)
    ("——2001年3月5日在第九届全国人民代表大会第四次会议上\n一、“九五”时期经济和社会发展的回顾\n"
     "国内生产总值2000年达89404亿元，平均每年增长8.3%。\n"
     "二、关于“十五”计划纲要\n综合考虑各方面因素，“十五”期间年均经济增长速度预期目标为7%左右。\n",
     [("89404亿元", 2000, 2000, 2000), ("8.3%", None, 1996, 2000), ("7%", None, 2001, 2005)]),
    # a chapter headed on a year reviewed and a year planned (1999 report) is the review until a
    # paragraph opens the plan (各位代表！1999年，…), then the plan
    ("——1999年3月5日在第九届全国人民代表大会第二次会议上\n一、1998年工作回顾和1999年工作的总体要求\n"
     "过去一年，全国各族人民团结奋斗。\n国民经济保持较快增长。国内生产总值比上年增长7.8％，虽然略低于8％的预定目标。\n"
     "各位代表！1999年，我们将庆祝新中国成立五十周年。\n今年经济增长速度的预期目标定为7％左右。\n",
     [("7.8％", 1998, 1998, 1998), ("8％", 1998, 1998, 1998), ("7％", 1999, 1999, 1999)]),
    # 累计 within one year stays that year
    ("一、2022年工作回顾\n全年累计新增就业岗位5万个。\n", [("5万个", 2022, 2022, 2022)]),
    ("2018年至2022年，全区生产总值年均增长6.1%。", [("6.1%", None, 2018, 2022)]),
    # a figure the text does not date keeps no year
    ("全区生产总值增长6.1%。", [("6.1%", None, None, None)]),
    # 1992年同1987年相比 opens a paragraph: its changes are over 1988–1992, in the later sentences too,
    # and a level reached (达到) is 1992's
    ("1993年政府工作报告\n——1993年3月15日在第八届全国人民代表大会第一次会议上\n各位代表：\n"
     "一、改革开放和现代化建设取得伟大成就的五年\n"
     "1992年同1987年相比，钢产量增长百分之四十二，达到8000万吨。铁路货运周转量增长百分之二十三，达到11620亿吨公里。\n",
     [("百分之四十二", None, 1988, 1992), ("8000万吨", 1992, 1992, 1992), ("百分之二十三", None, 1988, 1992),
      ("11620亿吨公里", 1992, 1992, 1992)]),
    # 这里要特别指出，刚刚过去的1992年，…: a discourse marker before the year that opens the paragraph;
    # a change against the year before (比上年) in a five-year review is the last year's
    ("1993年政府工作报告\n——1993年3月15日在第八届全国人民代表大会第一次会议上\n各位代表：\n"
     "一、改革开放和现代化建设取得伟大成就的五年\n五年来，农业总产值平均每年增长百分之四点九。\n"
     "这里要特别指出，刚刚过去的1992年，我国改革开放进入了新阶段。新开放了5个沿江城市。\n"
     "五年来，经济发展很快。国民生产总值比上年增长百分之十二点八。\n",
     [("百分之四点九", None, 1988, 1992), ("5个", 1992, 1992, 1992), ("百分之十二点八", 1992, 1992, 1992)]),
    # an amount of change against a base year (比2020年增加超7400亿元) stays the span since the base
    (R2026 + "一、2025年和“十四五”时期工作回顾\n经济实力实现新跨越，地区生产总值年均增长4.8%，2025年总量比2020年增加超7400亿元。\n",
     [("4.8%", None, 2021, 2025), ("7400亿元", None, 2021, 2025)]),
    # 由上年的A提高到B in a review: A is the year before B's (上年 is relative to the figure, 去年 to the
    # speech); a present state in the plan year's chapter (已达到) is the reviewed year's
    ("关于1990年国民经济和社会发展计划执行情况与1991年计划草案的报告\n——1991年3月26日在第七届全国人民代表大会第四次会议上\n"
     "各位代表：\n一、1990年计划的执行情况\n全民所有制单位中农林水利投资比重由上年的3.3%提高到3.9%。\n",
     [("3.3%", 1989, 1989, 1989), ("3.9%", 1990, 1990, 1990)]),
    ("1990年政府工作报告\n——1990年3月20日在第七届全国人民代表大会第三次会议上\n各位代表：\n"
     "一、一九八九年的回顾\n粮食产量4075亿公斤。\n二、一九九○年的国内工作\n我国外债余额已达到400多亿美元。\n",
     [("4075亿公斤", 1989, 1989, 1989), ("400多亿美元", 1989, 1989, 1989)]),
    # a first clause naming the base a year builds on (在1992年…的基础上) is no topic
    ("1994年政府工作报告\n——1994年3月10日在第八届全国人民代表大会第二次会议上\n各位代表：\n"
     "一、1993年国内工作的回顾和1994年工作的基本方针\n"
     "国民经济快速增长。在1992年快速增长的基础上，1993年我国经济继续蓬勃发展。国内生产总值比上年增长百分之十三点四。\n",
     [("百分之十三点四", 1993, 1993, 1993)]),
    # a chapter headed …的五年 is about the last five years: 平均每年 spans them (1993 report)
    ("1993年政府工作报告\n——1993年3月15日在第八届全国人民代表大会第一次会议上\n各位代表：\n"
     "一、改革开放和现代化建设取得伟大成就的五年\n"
     "国民经济持续发展。农业总产值平均每年增长百分之四点九，粮食生产摆脱了一度徘徊局面。\n",
     [("百分之四点九", None, 1988, 1992)]),
    # a review opened by 五年来 in a paragraph of its own, under a heading the text does not number:
    # 平均每年 in the paragraphs after it spans the five years (1988 report)
    ("1988年国务院政府工作报告\n\n1988年政府工作报告——１９８８年３月２５日在第七届全国人民代表大会第一次会议上\n各位代表！\n"
     "我代表国务院，向大会作政府工作报告，请予审议。\n过去五年国内工作的基本总结\n"
     "五年来，在改革开放的推动下，我国国民经济持续发展，总的形势是很好的。\n"
     "——国家经济实力继续得到显著增强。国民生产总值１９８７年达到１０９２０亿元，按可比价格计算平均每年增长１１．１％。\n",
     [("１０９２０亿元", 1987, 1987, 1987), ("１１．１％", None, 1983, 1987)]),
    # 这里还要着重指出的是，在刚刚过去的1987年，…: after a five-year review, a paragraph opening on the
    # last year dates the sentences after it (1988 report)
    ("1988年国务院政府工作报告\n\n1988年政府工作报告——１９８８年３月２５日在第七届全国人民代表大会第一次会议上\n各位代表！\n"
     "过去五年国内工作的基本总结\n五年来，我国国民经济持续发展，总的形势是很好的。\n"
     "这里还要着重指出的是，在刚刚过去的１９８７年，我国国民经济的发展继续保持了良好势头。"
     "全国工业总产值增长１４．６％（不包括村办工业），企业经济效益进一步提高。\n",
     [("１４．６％", 1987, 1987, 1987)]),
    # a measure taking effect 从今年4月1日起 is this year's; 在1988年水平的基础上 is a base (1989 report)
    ("1989年国务院政府工作报告\n\n1989年政府工作报告——１９８９年３月２０日在第七届全国人民代表大会第二次会议上\n各位代表：\n"
     "国务院决定：从今年４月１日起，将合同定购粮食的收购价格平均提高１８％。"
     "今年的全国社会集团购买力，要在１９８８年水平的基础上压缩２０％。\n",
     [("１８％", 1989, 1989, 1989), ("２０％", 1989, 1989, 1989)]),
    # a ratio to a base year (为1982年的3.4倍) is a change since it, as 比1982年增长 is (1988 report)
    ("1988年国务院政府工作报告\n\n1988年政府工作报告——１９８８年３月２５日在第七届全国人民代表大会第一次会议上\n各位代表！\n"
     "一、过去五年的回顾\n１９８７年来华旅游入境总人数达到２６９０万人次，为１９８２年的３．４倍。\n",
     [("２６９０万人次", 1987, 1987, 1987), ("３．４倍", None, 1983, 1987)]),
    # years in Chinese numerals are periods and bases like digits; a count of years after a range restates
    # it; the plans before the 六五 in quotes (“五五”时期 = 1976–1980) (the 1986 report)
    ("1986年国务院政府工作报告\n\n1986年政府工作报告——一九八六年三月二十五日在第六届全国人民代表大会第四次会议上\n各位代表：\n"
     "我国农业总产值从一九五三年至一九八○年的二十八年间平均每年增长百分之三点五，"
     "“五五”时期平均每年增长百分之五点一。\n",
     [("百分之三点五", None, 1953, 1980), ("百分之五点一", None, 1976, 1980)]),
    # 本世纪末 in a report of the 1980s is 2000: a level to reach then, and 平均每年 from the plan year on
    ("1988年国务院政府工作报告\n\n1988年政府工作报告——１９８８年３月２５日在第七届全国人民代表大会第一次会议上\n各位代表！\n"
     "农业特别是粮食生产的稳定增长是整个国民经济长期稳定发展的基础。"
     "到本世纪末，我国粮食生产必须争取达到５０００亿公斤，平均每年增产８０亿公斤。\n",
     [("５０００亿公斤", 2000, 2000, 2000), ("８０亿公斤", None, 1988, 2000)]),
    # a target's change since a base year spans the years since, as an outcome's does (1988, 1996)
    ("1988年国务院政府工作报告\n\n1988年政府工作报告——１９８８年３月２５日在第七届全国人民代表大会第一次会议上\n各位代表！\n"
     "到１９９２年，力争使国民生产总值达到１５５００亿元左右。实现了这个目标，我国国民生产总值将比１９８０年增长１．７倍。\n",
     [("１５５００亿元", 1992, 1992, 1992), ("１．７倍", None, 1981, 1992)]),
    # a paragraph opened by 1992年同1987年相比 compares with 1987: later sentences' flows (新建) span the
    # years since, as their changes do; a level reached (达到) is 1992's
    ("1993年政府工作报告\n——1993年3月15日在第八届全国人民代表大会第一次会议上\n各位代表：\n"
     "一、改革开放和现代化建设取得伟大成就的五年\n"
     "１９９２年同１９８７年相比，城镇居民人均生活费收入增加９１０元，达到１８２６元。城镇新建居民住宅９．２亿平方米，"
     "农村新建住房３６亿平方米，居住条件逐步改善。\n",
     [("９１０元", None, 1988, 1992), ("１８２６元", 1992, 1992, 1992), ("９．２亿平方米", None, 1988, 1992),
      ("３６亿平方米", None, 1988, 1992)]),
    # 五年共 sums over the five years, and so does a list's later member that names no verb of its own (1993)
    ("1993年政府工作报告\n——1993年3月15日在第八届全国人民代表大会第一次会议上\n各位代表：\n"
     "一、改革开放和现代化建设取得伟大成就的五年\n"
     "高等教育有新的发展，五年共培养本科和专科毕业生５８４万人，研究生１７．２万人。\n",
     [("５８４万人", None, 1988, 1992), ("１７．２万人", None, 1988, 1992)]),
    # foreign capital used (利用, 使用, 吸收) over a plan period is a flow: the period's sum (1986, 1996)
    ("1986年政府工作报告\n——1986年3月25日在第六届全国人民代表大会第四次会议上\n各位代表：\n"
     "一、“六五”计划的完成情况\n"
     "全国通过各种形式使用国外贷款一百零三亿美元，吸收外商直接投资五十三亿美元。\n",
     [("一百零三亿美元", None, 1981, 1985), ("五十三亿美元", None, 1981, 1985)]),
    # 由原定A调高到B revises a plan's target: A and B are both about the plan's years (1993)
    ("1993年政府工作报告\n——1993年3月15日在第八届全国人民代表大会第一次会议上\n各位代表：\n"
     "二、今后五年的主要任务\n"
     "按调整后的“八五”计划，国民经济增长速度由原定平均每年百分之六调高到百分之八至九。\n",
     [("百分之六", None, 1991, 1995), ("百分之八至九", None, 1991, 1995)]),
    # an as-of date after the reviewed year (截至今年2月底) dates its own sentence, not the paragraph's later ones (1990)
    ("1990年政府工作报告\n——1990年3月20日在第七届全国人民代表大会第三次会议上\n各位代表：\n"
     "一、一九八九年的回顾\n"
     "——清理整顿公司有了进展。截至今年２月底，全国已撤并公司７万多个。在清理整顿公司中，查处违法违纪案件９万多件。\n",
     [("７万多个", 1990, 1990, 1990), ("９万多件", 1989, 1989, 1989)]),
    # 两年平均 is an average over the two years ending in the reviewed year; PM2.5年平均浓度 names no years (Shenzhen 2022)
    ("2022年深圳市政府工作报告\n——2022年4月11日在深圳市第七届人民代表大会第二次会议上\n各位代表：\n一、2021年以来工作回顾\n"
     "全市地区生产总值3.07万亿元、增长6.7%，两年平均增长4.9%。PM2.5年平均浓度18微克/立方米。\n",
     [("3.07万亿元", 2021, 2021, 2021), ("6.7%", 2021, 2021, 2021), ("4.9%", None, 2020, 2021),
      ("18微克/立方米", 2021, 2021, 2021)]),
    # a ratio to a base year written in Chinese numerals (达到2010年的三倍) is no figure of 2010, nor is the next one (Chengdu 2016)
    ("2016年成都市政府工作报告\n——2016年1月12日在成都市第十六届人民代表大会第五次会议上\n各位代表：\n二、“十三五”时期的奋斗目标\n"
     "到2020年，地区生产总值达到2010年的三倍以上，人均地区生产总值达到10万元。\n",
     [("三倍", None, 2011, 2020), ("10万元", 2020, 2020, 2020)]),
    # a ratio to 五年前 spans the five years to the reviewed year (Shenzhen 2015, a May report on 2010–2014)
    ("深圳市政府工作报告\n——2015年5月30日在深圳市第五届人民代表大会第六次会议上\n各位代表：\n一、过去五年的工作回顾\n"
     "全社会研发投入是五年前的2.3倍。\n",
     [("2.3倍", None, 2010, 2014)]),
    # a ratio to a plan period's end (是“十一五”末的1.8倍) spans the years since (Xining 2016)
    ("2016年西宁市政府工作报告\n——2016年2月25日在西宁市第十五届人民代表大会第八次会议上\n各位代表：\n一、“十二五”圆满收官\n"
     "深入推进商事制度改革，五年新增市场主体6.5万户，是“十一五”末的1.8倍。\n",
     [("6.5万户", None, 2011, 2015), ("1.8倍", None, 2011, 2015)]),
    # a span since a year opening a paragraph's later sentence is that paragraph's, not the next one's (Dongguan 2012)
    ("东莞市政府工作报告\n——2012年2月在东莞市第十五届人民代表大会第一次会议上\n各位代表：\n过去五年工作回顾\n"
     "五年来，全市上下深入落实科学发展观。\n"
     "——积极应对挑战，经济实力迈上了新的台阶。2008年以来，我市经受了国际金融危机的冲击，市财政投入专项资金10亿元帮扶企业。\n"
     "——深入调整结构，转型升级取得了突出成效。全市新增各类创新平台105个。\n",
     [("10亿元", None, 2008, 2011), ("105个", None, 2007, 2011)]),
    # a chapter whose title says neither opens on the plan year as 收官之年: its figures are targets (Xiamen 2025)
    ("政府工作报告\n——2025年1月20日在厦门市第十六届人民代表大会第五次会议上\n各位代表：\n"
     "一、保持定力、勇毅前行，努力率先实现社会主义现代化取得新进展新成效\n全市地区生产总值增长5.5%。\n"
     "二、牢记嘱托、感恩奋进，在中国式现代化建设中奋勇争先\n2025年是“十四五”规划收官之年，也是厦门努力率先实现社会主义现代化的关键之年。\n"
     "健全养老服务体系，新增养老床位2420张。\n",
     [("5.5%", 2024, 2024, 2024), ("2420张", 2025, 2025, 2025)]),
    # a date things came before (2005年底前注册营运的) opens no topic for the sentences after it (Nanjing 2016)
    ("南京市政府工作报告\n——2016年1月17日在南京市第十五届人民代表大会第四次会议上\n各位代表：\n一、过去一年工作回顾\n"
     "全面实施烟花爆竹禁放。2005年底前注册营运的黄标车全部淘汰。全年空气质量优良天数235天，较上年增加45天。\n",
     [("235天", 2015, 2015, 2015), ("45天", 2015, 2015, 2015)]),
    # a plan's level to reach is the level at the plan's end; a threshold saying which things is not (Nanjing 2016, Gansu 2026)
    ("南京市政府工作报告\n——2016年1月17日在南京市第十五届人民代表大会第四次会议上\n各位代表：\n二、“十三五”时期的主要目标任务\n"
     "绿色南京建设持续推进，林木覆盖率达到30%。培育一批产值过千亿元的产业。\n",
     [("30%", 2020, 2020, 2020), ("千亿元", None, 2016, 2020)]),
    # 五年前进了5位 is 五年 | 前进 (advanced in five years), no “five years ago” (Changsha 2013)
    ("长沙市人民政府工作报告\n2012年12月30日在长沙市第十四届人民代表大会第一次会议上\n各位代表：\n一、过去五年的工作回顾\n"
     "2012年，全市地区生产总值达6510亿元，经济总量居省会城市第7位，五年前进了5位；完成固定资产投资4120亿元，年均增长25.8%。\n",
     [("6510亿元", 2012, 2012, 2012), ("5位", 2012, 2012, 2012), ("4120亿元", 2012, 2012, 2012), ("25.8%", None, 2008, 2012)]),
    # a span opened by a sentence with figures inside a paragraph ends at the next lead sentence (Zhengzhou 2023);
    # one opened by a sentence without figures holds for its paragraph (the national 2016 report)
    ("郑州市政府工作报告\n——2023年1月4日在郑州市第十六届人民代表大会第一次会议上\n各位代表：\n一、2022年工作回顾\n"
     "高效统筹疫情防控。三年来，我们优化医疗资源布局，疫苗接种覆盖1217.1万人。有效化解各类风险隐患。"
     "开展欠薪攻坚治理，追讨薪资3.48亿元。\n"
     "2015年是收官之年。过去五年，我国发展成就举世瞩目。消费成为支撑经济增长的主要力量。单位国内生产总值能耗下降18.2%。\n",
     [("1217.1万人", None, 2020, 2022), ("3.48亿元", 2022, 2022, 2022), ("18.2%", None, 2018, 2022)]),
    # a salutation that is a sentence of its own (各位代表！) does not keep the span after it from its
    # paragraph's opening, which carries to the paragraphs after (Zhengzhou 2023)
    ("郑州市政府工作报告\n——2023年1月4日在郑州市第十六届人民代表大会第一次会议上\n各位代表：\n一、2022年及本届政府工作回顾\n"
     "（八）保障民生增福祉。新增城镇就业13.3万人。\n各位代表！2018年以来，我们经历了历史性时刻。\n"
     "——创新高地建设取得重大进展。建立院士工作站27个。\n",
     [("13.3万人", 2022, 2022, 2022), ("27个", None, 2018, 2022)]),
    # a year opened inside a five-year review's paragraph ends at the next lead sentence too; the flows
    # after it are the five years' (Zhengzhou 2014)
    ("郑州市政府工作报告\n——2014年2月在郑州市第十四届人民代表大会第四次会议上\n各位代表：\n一、过去五年工作回顾\n"
     "加快自主创新体系建设。2013年，市级以上研发中心1705家；专利授权量1.2万件。加大节能减排力度，淘汰落后产能。"
     "关闭煤矿51家，淘汰落后煤炭产能729万吨。\n",
     [("1705家", 2013, 2013, 2013), ("1.2万件", 2013, 2013, 2013), ("51家", None, 2009, 2013), ("729万吨", None, 2009, 2013)]),
    # a figure compared with a whole plan period (是“十二五”时期的1.6倍) is the sum over the next one (Xi'an 2021)
    ("西安市政府工作报告\n——2021年2月在西安市第十六届人民代表大会第五次会议上\n各位代表：\n一、“十三五”发展成就\n"
     "用于民生领域的财政支出超过4500亿元，是“十二五”时期的1.6倍。\n",
     [("4500亿元", None, 2016, 2020), ("1.6倍", None, 2016, 2020)]),
    # a ratio's base year with several ratios (是2010年的1.8和2.0倍) dates nothing after it; a year that
    # begins a record (为2013年执行…新标准以来最好水平) neither (Xi'an 2016, Zhengzhou 2019)
    ("西安市政府工作报告\n——2016年2月1日在西安市第十五届人民代表大会第五次会议上\n各位代表：\n一、“十二五”发展成就\n"
     "城乡常住居民人均可支配收入分别达到33188元和14072元，是2010年的1.8和2.0倍；完成86个城中村征收搬迁，回迁群众26万人。\n",
     [("33188元", 2015, 2015, 2015), ("14072元", 2015, 2015, 2015), ("1.8", None, 2011, 2015), ("2.0倍", None, 2011, 2015),
      ("86个", None, 2011, 2015), ("26万人", None, 2011, 2015)]),
    ("郑州市政府工作报告\n——2019年2月21日在郑州市第十五届人民代表大会第二次会议上\n各位代表：\n一、2018年工作回顾\n"
     "空气质量为2013年执行国家空气质量新标准以来最好水平；PM10、PM2.5年均浓度同比分别下降10.2%、4.5%。\n",
     [("10.2%", 2018, 2018, 2018), ("4.5%", 2018, 2018, 2018)]),
    # 从A精简为B: A is the year before the year reviewed, as 从A降到B (Guangzhou 2010)
    ("广州市政府工作报告\n——2010年4月12日在广州市第十三届人民代表大会第五次会议上\n各位代表：\n一、2009年工作回顾\n"
     "市政府工作部门和办事机构从49个精简为40个，行政审批事项减少559项。\n",
     [("49个", 2008, 2008, 2008), ("40个", 2009, 2009, 2009), ("559项", 2009, 2009, 2009)]),
    # in a chapter on a plan period and its last year, a paragraph opening on that year (2015年是…收官之年。)
    # makes the later paragraphs that year's (Foshan 2016)
    ("政府工作报告\n——2016年4月27日在佛山市第十四届人民代表大会第五次会议上\n各位代表：\n一、“十二五”时期和2015年工作回顾\n"
     "——这五年，是综合实力显著增强的五年。新增就业50万人。\n"
     "2015年是全面完成“十二五”规划的收官之年。市政府努力实现经济社会平稳较快发展，为“十二五”划上圆满句号。\n"
     "稳定经济增长措施有力。下调堤围防护费，减负5.2亿元。\n",
     [("50万人", None, 2011, 2015), ("5.2亿元", 2015, 2015, 2015)]),
    # 全力以赴做好“十三五”开局工作: a chapter of the plan year's work (Shanghai 2016)
    ("上海市政府工作报告\n——2016年1月24日在上海市第十四届人民代表大会第四次会议上\n各位代表：\n一、2015年工作回顾\n"
     "全市生产总值增长6.9%。\n三、全力以赴做好“十三五”开局工作\n完成1000项淘汰落后产能项目。\n",
     [("6.9%", 2015, 2015, 2015), ("1000项", 2016, 2016, 2016)]),
    # 五年新增 inside a phrase names the five years (Foshan 2016); a target's 5年内 after its figure names its
    # years (Dongguan 2018)
    ("政府工作报告\n——2016年4月27日在佛山市第十四届人民代表大会第五次会议上\n各位代表：\n一、“十二五”时期和2015年工作回顾\n"
     "2015年是收官之年。\n“三旧”改造五年新增改造项目925个，用地面积7.07万亩。\n",
     [("925个", None, 2011, 2015), ("7.07万亩", 2015, 2015, 2015)]),
    ("政府工作报告\n——2018年1月18日在东莞市第十六届人民代表大会第三次会议上\n各位代表：\n二、2018年工作安排\n"
     "实施能效倍增行动，推动500家用能单位5年内实现能效倍增。\n",
     [("500家", None, 2018, 2022)]),
    # a level reached in a sentence that a span opens is the span's last year's (Nanjing 2020, the national
    # 2016 plan); those the span reached (覆盖, 惠及) stay the span's
    ("南京市政府工作报告\n——2020年1月9日在南京市第十六届人民代表大会第三次会议上\n各位代表：\n一、过去五年工作回顾\n"
     "这五年，我们聚力建设创新名城，地区生产总值连跨5个千亿台阶，人均GDP达2.4万美元。\n",
     [("5个", None, 2015, 2019), ("2.4万美元", 2019, 2019, 2019)]),
    # a report delivered in May with a chapter on this year so far: its outcomes are this year's (Qingdao 2020)
    ("青岛市政府工作报告\n——2020年5月在青岛市第十六届人民代表大会第四次会议上\n各位代表：\n一、2019年工作回顾\n"
     "全市生产总值增长6.5%。\n二、今年以来全市统筹推进新冠肺炎疫情防控和经济社会发展工作情况\n"
     "全力构筑外防输入牢固防线。自2月24日以来，累计查验入境航班251架次。设置发热门诊36个。\n"
     "三、2020年经济社会发展主要目标和重点工作\n全市生产总值增长5%左右。\n",
     [("6.5%", 2019, 2019, 2019), ("251架次", 2020, 2020, 2020), ("36个", 2020, 2020, 2020), ("5%", 2020, 2020, 2020)]),
    # a report read in December for the next year's session says 今年 of the year it is read in
    # (Lanzhou 2017, read on 2016-12-15): 今年 2016 and a ratio to 2011 over 2012–2016; 明年 2017
    ("兰州市政府工作报告\n——2016年12月15日在兰州市第十六届人民代表大会第一次会议上\n各位代表：\n"
     "一、过去五年工作回顾\n全市生产总值年均增长10.73%，预计今年达到2220亿元以上，是2011年的1.6倍。\n"
     "二、2017年的重点工作\n明年全市生产总值增长7.5%左右。\n",
     [("10.73%", None, 2012, 2016), ("2220亿元", 2016, 2016, 2016), ("1.6倍", None, 2012, 2016), ("7.5%", 2017, 2017, 2017)]),
    # a change written bare after a level shares the base year of the sentence's first change, across ；
    # too; 三年增长 is the last three years' (Dongguan 2007, a report on 2004–2006)
    ("东莞市政府工作报告\n——2007年1月23日在东莞市第十四届人民代表大会第一次会议上\n各位代表：\n本届政府工作回顾\n"
     "2006年全市生产总值达到2624亿元，比2003年增长72.1%，年均增长19.8%；工业总产值5512亿元，增长88.8%。"
     "2006年11个欠发达镇生产总值合计379.1亿元，三年增长93.3%。\n",
     [("2624亿元", 2006, 2006, 2006), ("72.1%", None, 2004, 2006), ("19.8%", None, 2004, 2006), ("5512亿元", 2006, 2006, 2006),
      ("88.8%", None, 2004, 2006), ("11个", 2006, 2006, 2006), ("379.1亿元", 2006, 2006, 2006), ("93.3%", None, 2004, 2006)]),
    # a part heading a web page left without a number heads the numbered chapters after it, and a
    # chapter on targets exceeded is a review (Chengdu 2013, read on 2013-02-27)
    ("政府工作报告\n——在成都市第十六届人民代表大会第一次会议上\n（2013年2月27日）\n各位代表：\n\n过去五年的政府工作\n\n"
     "过去五年，全市经济持续健康快速发展。\n\n一、经济发展目标超额实现\n\n新开工建设重大项目642个。\n\n"
     "今后五年政府工作的总体要求及2013年的主要任务\n\n今后五年，我们要加快发展。\n\n一、确保经济健康快速发展\n\n"
     "全市生产总值增长12%。\n",
     [("642个", None, 2008, 2012), ("12%", 2013, 2013, 2013)]),
    # a span inside the object of 将 says which things, not the years of the figures (Nanjing 2012)
    ("南京市政府工作报告\n——2012年1月12日在南京市第十四届人民代表大会第五次会议上\n各位代表：\n一、2011年工作回顾\n"
     "市区两级筹集资金，将1983年以来被征地人员纳入城保体系，已有30多万人拿到了社保卡、医疗卡。\n",
     [("30多万人", 2011, 2011, 2011)]),
    # the next such heading ends the part: the year's work after the plan period's targets (Urumqi 2021)
    ("乌鲁木齐市政府工作报告\n——2021年1月12日在乌鲁木齐市第十七届人民代表大会第五次会议上\n各位代表：\n\n"
     "“十四五”时期目标任务\n\n到2025年，全市地区生产总值年均增长7%。\n\n2021年主要工作\n\n"
     "2021年是“十四五”的开局之年。\n\n一、着力加强生态环境保护\n\n建成区绿化覆盖率达到42%。\n",
     [("7%", None, 2021, 2025), ("42%", 2021, 2021, 2021)]),
    # 一年来，我们主要做了以下工作 opens the reviewed year for the paragraphs after it, in a chapter on the
    # 十二五 period (Hefei 2016)
    ("合肥市政府工作报告\n——2016年1月18日在合肥市第十五届人民代表大会第六次会议上\n各位代表：\n一、跨越赶超的“十二五”\n"
     "五年来，全市累计新增城镇就业岗位83万个。\n\n一年来，我们主要做了以下工作：\n\n"
     "**一是千方百计稳定增长。**新认定国家级高新技术企业363家，参股设立子基金10余支。\n",
     [("83万个", None, 2011, 2015), ("363家", 2015, 2015, 2015), ("10余支", 2015, 2015, 2015)]),
    # a clause opening a list with a colon (2011年十件实事全面完成：一是…) names the year of the items after it, in
    # a chapter on five years and the last one (Guangzhou 2012)
    ("广州市政府工作报告\n——2012年1月6日在广州市第十四届人民代表大会第一次会议上\n各位代表：\n一、过去五年和2011年工作回顾\n"
     "五年来，全市新增就业岗位120万个。\n\n**民生实事全面兑现。**认真办好十件民生实事，2011年十件实事全面完成：一是全面开展对口帮扶工作。"
     "二是市财政安排4600万元，全面落实补贴。七是新建人行过街设施27座。\n",
     [("120万个", None, 2007, 2011), ("4600万元", 2011, 2011, 2011), ("27座", 2011, 2011, 2011)]),
    # a ratio to 上个五年 compares sums over five years: the figure and the ratio are the five years' (Shanghai 2018)
    ("上海市政府工作报告\n——2018年1月23日在上海市第十五届人民代表大会第一次会议上\n各位代表：\n一、过去五年工作回顾\n"
     "实施商事制度改革，新设企业121.9万家，是上个五年的2.1倍。\n",
     [("121.9万家", None, 2013, 2017), ("2.1倍", None, 2013, 2017)]),
    # a web copy that dropped the review's heading: the period its first paragraph opens carries over the
    # paragraphs above the first heading; 2011年的政府工作 heads the plan (Lanzhou 2011)
    ("——2011年1月4日在兰州市第十四届人民代表大会第六次会议上\n\n各位代表：\n\n“十一五”时期，是改革开放以来兰州经济社会发展"
     "最好最快的时期。五年来，全市各族人民深入贯彻落实科学发展观，“十一五”发展的各项目标任务顺利完成。\n\n"
     "综合经济实力显著增强。人均生产总值达到32900元，年均增长11%。非公有制经济增加值由171.57亿元提高到430亿元。\n\n"
     "**2011年的政府工作**\n\n2011年是“十二五”发展的开局之年。\n\n（一）加快构建板块经济体系。新增设施农业面积6000亩。\n",
     [("32900元", 2010, 2010, 2010), ("11%", None, 2006, 2010), ("171.57亿元", 2005, 2005, 2005), ("430亿元", 2010, 2010, 2010),
      ("6000亩", 2011, 2011, 2011)]),
]


@pytest.mark.parametrize("text,expected", TEXTS, ids=[str(n) for n in range(len(TEXTS))])
def test_figure_years_in_context(text, expected):
    assert years(text) == expected


def test_bold_markdown_chapters_are_chapters():
    """Zhengzhou 2023 saved as Markdown: **二、…** opens the plan chapter, so its figures are targets."""
    text = ("——二〇二三年一月四日在郑州市第十六届人民代表大会第一次会议上\n\n各位代表：\n\n"
            "现在，我代表市人民政府向大会报告工作，请予审议。\n\n**一、2022年及本届政府工作回顾**\n\n"
            "全市地区生产总值增长1%。\n\n**二、2023年重点工作安排**\n\n"
            "新增上市挂牌公司10家以上。\n")
    out = extract_document(text, "md")["indicators"]
    assert [(i["surface"], i["status"], i["ref_year"]) for i in out] == [("1%", "actual", 2022), ("10家", "target", 2023)]


def test_chapter_named_on_one_year_is_plan_or_review_by_that_year():
    """A chapter whose words say neither plan nor review (主要工作 heads both) is the plan when its one
    year is the plan year (Shenzhen 2017's 二、2017年主要工作), the review when it is the reviewed year."""
    plan = ("——2017年1月13日在深圳市第六届人民代表大会第三次会议上\n\n各位代表：\n\n**一、2016年工作回顾**\n\n"
            "全市生产总值增长9%。\n\n**二、2017年主要工作**\n\n2017年是率先全面建成小康社会的攻坚年。\n\n"
            "新建、改建公园55个，推进航天公园、人才公园等特色主题公园建设。\n")
    out = extract_document(plan, "sz")["indicators"]
    assert [(i["surface"], i["status"], i["ref_year"]) for i in out] == [("9%", "actual", 2016), ("55个", "target", 2017)]
    review = ("——2010年1月20日在某市第十三届人民代表大会第五次会议上\n\n各位代表：\n\n一、2009年的主要工作\n\n"
              "新建、改建公园55个。\n\n二、2010年工作安排\n\n全市生产总值增长9%。\n")
    out = extract_document(review, "r")["indicators"]
    assert [(i["surface"], i["status"], i["ref_year"]) for i in out] == [("55个", "actual", 2009), ("9%", "target", 2010)]
