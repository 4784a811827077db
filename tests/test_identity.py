"""Report identity in `documents`: region, admin level, kind, date and the report / reviewed / plan
years, each with the cue that decided it. The real national work reports (../shared, skipped when
absent), the seed, and short texts in the shape of provincial, city and county reports and bulletins."""
from __future__ import annotations

import pytest

from conftest import national_text
from pipeline import extract_document
from pipeline.identity import cn_number, identify
from pipeline.normalise import normalise
from pipeline.segment import segment

NATIONAL_YEARS = [2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019,
                  2021, 2022]
# reports that open with a title line and a date line; the others start at 各位代表： (title null)
TITLED = {2017: "2017-03-05", 2021: "2021-03-05", 2022: "2022-03-05"}


def ident(text: str) -> dict:
    norm = normalise(text)
    return identify(norm, segment("t", norm).sections, text)


@pytest.mark.parametrize("year", NATIONAL_YEARS)
def test_national_report_identity(year):
    doc = ident(national_text(year))
    got = {k: doc[k] for k in ("region", "admin_level", "report_kind", "report_year", "reviewed_year", "plan_year")}
    assert got == {"region": "全国", "admin_level": "national", "report_kind": "work_report",
                   "report_year": year, "reviewed_year": year - 1, "plan_year": year}
    # a salutation (各位代表：) or the opening sentence is never the title; no title line → null
    assert doc["title"] == ("政府工作报告" if year in TITLED else None)
    assert doc["report_date"] == TITLED.get(year)
    for f in ("region", "report_kind", "report_year", "reviewed_year", "plan_year"):
        cue = doc[f"{f}_cue"]
        assert cue and (cue.startswith("derived:") or "@" in cue), (f, cue)
        assert str(year) + ".txt" not in cue


@pytest.mark.parametrize("year,field,cue", [
    # the date line decides the year of a titled report; the cue is the line as written and its offset
    (2022, "report_year", "——2022年3月5日在第十三届全国人民代表大会第五次会议上@13"),
    (2017, "title", None),
    # no title, no date: the first sentence of each chapter (2005年，… / 2006年是…)
    (2006, "reviewed_year", "2005年@60"),
    (2006, "plan_year", "2006年是@3937"),
    # a work report's year is its plan year; the opening sentence names the kind
    (2013, "report_year", "derived:plan_year"),
    (2013, "reviewed_year", "derived:report_year-1"),
    (2012, "report_kind", "向大会报告政府工作@19"),
    (2019, "reviewed_year", "2018年工作回顾@51"),
    (2005, "region", "国务院@13"),
])
def test_national_cues(year, field, cue):
    doc = ident(national_text(year))
    if cue is not None:
        assert doc[f"{field}_cue"] == cue
    else:  # 政府工作报 / 告 broken across two lines reads as one title
        assert doc["title"] == "政府工作报告"


def test_seed_identity(seed_tables):
    (doc,) = seed_tables["documents"]
    assert (doc["region"], doc["admin_level"], doc["report_kind"], doc["report_year"], doc["reviewed_year"],
            doc["plan_year"]) == ("长宁区", "county", "plan_execution", 2022, 2022, 2023)
    assert doc["title"].startswith("关于长宁区2022年")
    assert doc["region_cue"] == "长宁区@3"  # after 《关于
    assert doc["reviewed_year_cue"] == "2022年@6" and doc["plan_year_cue"] == "2023年@27"
    assert doc["report_year_cue"] == "derived:reviewed_year"
    assert doc["meta_conflicts"] == []


PROVINCE_2026 = (
    "政府工作报告\n"
    "——2026年1月22日在江苏省第十四届人民代表大会第五次会议上\n"
    "江苏省省长  某某\n"
    "各位代表：\n"
    "现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。\n"
    "一、2025年工作回顾和“十四五”时期发展成就\n"
    "过去一年，全省地区生产总值增长5.5%，城镇新增就业130万人，实际利用外资增长6.1%。\n"
    "二、2026年工作任务\n"
    "今年全省经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n")
CITY = (
    "政府工作报告\n"
    "——2024年1月16日在宁波市第十六届人民代表大会第五次会议上\n"
    "各位代表：\n"
    "现在，我代表市人民政府，向大会报告工作，请予审议。\n"
    "一、2023年工作回顾\n"
    "全市地区生产总值增长5.5%。\n"
    "二、2024年工作安排\n"
    "地区生产总值增长5.5%左右。\n")
CITY_UNNAMED = CITY.replace("在宁波市第十六届", "在市第十六届")
COUNTY = (
    "政府工作报告\n"
    "——二〇二四年一月十日在德清县第十八届人民代表大会第四次会议上\n"
    "各位代表：\n"
    "现在，我代表县人民政府，向大会作政府工作报告，请予审议。\n"
    "一、2023年工作回顾\n"
    "全县地区生产总值增长6.2%。\n")
BULLETIN = (
    "关于徐汇区2023年重点工作1-9月进展情况的通报\n"
    "一、主要经济指标\n"
    "1-9月，全区生产总值增长4.1%。\n")
CITY_PLAN = (
    "关于杭州市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n"
    "各位代表：\n"
    "受市人民政府委托，现将2023年计划执行情况和2024年计划草案提请大会审议。\n"
    "一、2023年国民经济和社会发展计划执行情况\n"
    "全市地区生产总值增长5.6%。\n")
MUNICIPALITY = "关于上海市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n"
NATIONAL_SESSION = (
    "政府工作报告\n"
    "——在第十届全国人民代表大会第三次会议上\n"
    "各位代表：\n")
PAST_SESSION = (
    "各位代表：\n"
    "现在，我代表国务院，向大会报告过去五年的政府工作，请各位代表审议。\n"
    "一、过去五年工作回顾\n"
    "第十一届全国人民代表大会第一次会议以来的五年，是我国发展进程中极不平凡的五年。\n")
SALUTATION_ONLY = "各位代表：\n现在，我代表市人民政府，向大会报告工作。\n"
# years in Chinese numerals (reports before the late 1990s): the title of the 1993 national plan report
CN_YEARS = ("关于一九九二年国民经济和社会发展计划执行情况与一九九三年计划草案的报告\n各位代表：\n"
            "我受国务院委托，向大会报告一九九二年国民经济和社会发展计划执行情况与一九九三年计划草案，请予审议。\n"
            "一、一九九二年计划执行情况\n一九九二年国民生产总值比上年增长百分之十二点八。\n"
            "二、一九九三年计划草案\n国民生产总值计划增长百分之八至九。\n")

# the Gansu 2026 layout: the year opens the title, the date line's congress has no 第
YEAR_FIRST = ("2026年甘肃省政府工作报告\n——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上\n"
              "甘肃省省长 任振鹤\n各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n")

# a city's date line broken over two lines (Dongguan 2024); a report with no title whose opening says 作工作报告 (Tangshan 2016)
BROKEN_DATE_LINE = ("市十七届人大四次会议文件（三）\n\n政府工作报告\n\n——2024年1月31日在东莞市第十七届人民代表大会\n\n"
                    "第四次会议上\n\n东莞市人民政府市长 吕成蹊\n\n各位代表：\n\n现在，我代表市人民政府，向大会报告政府工作，请各位代表予以审议。\n")
NO_TITLE = ("——2016年1月26日在唐山市第十四届人民代表大会第五次会议上\n\n唐山市人民政府市长 丁绣峰\n\n各位代表：\n\n"
            "现在，我代表唐山市人民政府向大会作工作报告，请予审议。\n")

# saved from a web page as Markdown (Changsha 2013, Guangzhou 2004): the page's front matter is no title,
# **bold** wraps the title and date lines; a session opened in December is the next year's; an opening
# without 现在 (我代表广州市人民政府向大会作政府工作报告)
MARKDOWN_DECEMBER = ("---\nsource: http://www.changsha.gov.cn/szf/zfgzbg/201301/t20130108_5685904.html\n"
                     "title: 2013年政府工作报告\n---\n\n**长沙市人民政府工作报告**\n\n"
                     "**2012年12月30日在长沙市第十四届人民代表大会第一次会议上**\n\n**市长 张剑飞**\n\n各位代表：\n\n"
                     "现在，我代表市人民政府向大会报告工作，请予审议。\n\n一、过去五年的工作回顾\n\n")
MARKDOWN_NO_TITLE = ("---\nsource: https://www.gz.gov.cn/zwgk/zjgb/zfgzbg/content/post_2840374.html\n"
                     "title: 2004年广州市政府工作报告2004年广州市政府工作报告\n---\n\n"
                     "**――2004年3月24日在广州市第十二届人民代表大会第二次会议上**\n\n**市长张广宁**\n\n各位代表：\n\n"
                     "我代表广州市人民政府向大会作政府工作报告，请予审议。\n\n一、2003年工作回顾\n\n")

# 四川 2016.md as saved: the page's title names 2016, but the date line, after the session in brackets,
# and both chapter headings say the report was read in January 2017
DATE_AFTER_SESSION = ("---\nsource: https://scsqw.cn/scdqs/scsq/sclhbg/scszfgzbg/content_19333\n"
                      "title: 2016年四川省人民政府工作报告\n---\n\n**政府工作报告**\n"
                      "在四川省第十二届人民代表大会第五次会议上（2017年1月16日）\n\n四川省人民政府省长尹力 \n\n各位代表：\n\n"
                      "我代表省人民政府，向大会报告工作，请予审查。\n\n**一、2016年工作回顾**\n\n过去一年，全省地区生产总值增长7.7%。\n\n"
                      "**二、2017年主要目标任务**\n\n今年经济社会发展的主要预期目标是：地区生产总值增长7.5%左右。\n")
# 贵州 2011: the date line in brackets (and bold), the page's title 2011年《政府工作报告》
DATE_IN_BRACKETS = ("---\nsource: https://www.guizhou.gov.cn/zwgk/zfgzbg/gzsgzbg/202109/t20210913_70131411.html\n"
                    "title: 2011年《政府工作报告》\n---\n\n**（2011年1月18日在贵州省第十一届人民代表大会第五次会议上）**\n\n"
                    "**省长 赵克志**\n\n各位代表：\n\n现在，我代表省人民政府向大会作工作报告。\n\n**一、“十一五”时期工作回顾**\n\n"
                    "过去五年，地区生产总值年均增长12.6%。\n")
# 济南 2012: 2008年以来的工作回顾 heads the years since 2008, not one reviewed year; three dashes open the date line
YEARS_SINCE = ("---\nsource: https://www.jinan.gov.cn/col33/art/2012/art_33_247565.html\ntitle: 2012年政府工作报告\n---\n\n"
               "———2012年2月27日在济南市第十五届人民代表大会第一次会议上\n\n**济南市代市长**\n\n**各位代表：**\n\n"
               "现在，我代表市人民政府向大会报告工作，请予审议。\n\n**一、2008年以来的工作回顾**\n\n过去的四年，是很不平凡的四年。\n")

# 云南 2012 as saved: no title or date line in the text; the page's title ends in a bracket with the date
PAGE_TITLE_DATED = "---\ntitle: 云南省政府工作报告（2012年2月11日 李纪恒）\n---\n\n<!-- 云南省委副书记、代省长李纪恒作政府工作报告 -->\n\n各位代表：\n\n现在，我代表省人民政府，向大会报告政府工作，请予审议，并请省政协各位委员提出意见。\n\n一、攻坚克难，“十二五”经济社会发展开局良好\n"
# 河北 2006 as saved: the date alone in brackets with the governor's name, and no session line; 成都 2014:
# the same bracketed date after the session's line and the mayor's
DATE_ALONE = ("---\nsource:\n- https://www.hebei.gov.cn/columns/ab0652d2-7dc4-49e7-89f1-1901d3eb723b/202308/14/"
              "dbbbe8d5-887e-4987-ad80-4d3744eaf8ca.html\ntitle: 政府工作报告\n---\n\n（2006年2月16日 季允石）\n\n各位代表：\n\n"
              "从今年开始，我省将实施第十一个五年规划。现在，我代表河北省人民政府向大会作报告，请各位代表连同《纲要（草案）》一并审议，"
              "请省政协委员提出意见。\n\n一、“十五”时期国民经济和社会发展回顾\n")
DATE_ALONE_AFTER_SESSION = ("---\nsource: https://www.chengdu.gov.cn/gkml/zfgzbg/1656193351726157827.shtml\n"
                            "title: 2014年政府工作报告\n---\n\n政府工作报告\n\n——在成都市第十六届人民代表大会第二次会议上\n\n"
                            "市长 葛红林\n\n（2014年1月10日）\n\n各位代表：\n\n我代表市人民政府，向大会报告工作，请予审议，"
                            "并请市政协委员提出意见。\n\n2013年工作回顾\n")
# 四川 2021: 2035年远景目标 in a chapter heading names the long-range goals, not the year planned
LONG_RANGE_GOALS = ("---\nsource: https://scsqw.cn/scdqs/scsq/sclhbg/scszfgzbg/content_52606\ntitle: 2021年四川省政府工作报告\n---\n\n"
                    "**政府工作报告**\n\n2021年1月30日在四川省第十三届人民代表大会第四次会议上\n\n四川省人民政府代省长 黄 强\n\n"
                    "各位代表：\n\n现在，我代表省人民政府，向大会报告工作，请予审议。\n\n**一、2020年工作回顾和“十三五”发展主要成就**\n\n"
                    "过去一年，全省地区生产总值增长3.8%。\n\n**二、“十四五”规划和2035年远景目标的总体考虑**\n\n"
                    "到2035年，基本实现社会主义现代化。\n")

# text, expected (region, admin_level, report_kind, report_date, report_year, reviewed_year, plan_year)
CASES = [
    # read in November for the next year's session (Lanzhou 2012): that year's report, reviewing 2011
    ("——2011年11月15日在兰州市第十五届人民代表大会第一次会议上\n\n兰州市市长  袁占亭\n\n各位代表：\n\n"
     "现在，我代表市人民政府向大会作工作报告，请予审议。\n\n一、五年政府工作回顾\n\n",
     ("兰州市", "prefectural", "work_report", "2011-11-15", 2012, 2011, 2012)),
    (MARKDOWN_DECEMBER, ("长沙市", "prefectural", "work_report", "2012-12-30", 2013, 2012, 2013)),
    (MARKDOWN_NO_TITLE, ("广州市", "prefectural", "work_report", "2004-03-24", 2004, 2003, 2004)),
    (BROKEN_DATE_LINE, ("东莞市", "prefectural", "work_report", "2024-01-31", 2024, 2023, 2024)),
    (NO_TITLE, ("唐山市", "prefectural", "work_report", "2016-01-26", 2016, 2015, 2016)),
    # the 1988 report: the date line follows the title on its line
    ("1988年国务院政府工作报告\n\n1988年政府工作报告——１９８８年３月２５日在第七届全国人民代表大会第一次会议上\n各位代表！\n",
     ("全国", "national", "work_report", "1988-03-25", 1988, 1987, 1988)),
    # and after spaces (Hainan 2019)
    ("政府工作报告  ——2019年1月27日在海南省第六届  人民代表大会第二次会议上\n\n海南省省长 沈晓明\n\n各位代表：\n\n"
     "现在，我代表省人民政府向大会作工作报告，请予审议，并请省政协委员和其他列席人员提出意见。\n\n一、关于过去一年的工作\n\n",
     ("海南省", "provincial", "work_report", "2019-01-27", 2019, 2018, 2019)),
    # a date line opened by four dashes (Xining 2013)
    ("**政府工作报告**\n\n————2013年1月15日在西宁市第十五届人民代表大会第四次会议上\n\n各位代表：\n\n"
     "现在，我代表市人民政府向大会报告工作，请予审议。\n\n一、2012年工作回顾\n\n",
     ("西宁市", "prefectural", "work_report", "2013-01-15", 2013, 2012, 2013)),
    (YEAR_FIRST, ("甘肃省", "provincial", "work_report", "2026-01-27", 2026, 2025, 2026)),
    (YEAR_FIRST.replace("在甘肃省十四届", "在十四届"), ("甘肃省", "provincial", "work_report", "2026-01-27", 2026, 2025, 2026)),
    (PROVINCE_2026, ("江苏省", "provincial", "work_report", "2026-01-22", 2026, 2025, 2026)),
    (CITY, ("宁波市", "prefectural", "work_report", "2024-01-16", 2024, 2023, 2024)),
    (CITY_UNNAMED, (None, "prefectural", "work_report", "2024-01-16", 2024, 2023, 2024)),
    (DATE_AFTER_SESSION, ("四川省", "provincial", "work_report", "2017-01-16", 2017, 2016, 2017)),
    (DATE_AFTER_SESSION.replace("（2017年1月16日）", ""), ("四川省", "provincial", "work_report", None, 2017, 2016, 2017)),
    (DATE_IN_BRACKETS, ("贵州省", "provincial", "work_report", "2011-01-18", 2011, 2010, 2011)),
    (YEARS_SINCE, ("济南市", "prefectural", "work_report", "2012-02-27", 2012, 2011, 2012)),
    (PAGE_TITLE_DATED, ("云南省", "provincial", "work_report", None, 2012, 2011, 2012)),
    (DATE_ALONE, ("河北省", "provincial", "work_report", "2006-02-16", 2006, 2005, 2006)),
    (LONG_RANGE_GOALS, ("四川省", "provincial", "work_report", "2021-01-30", 2021, 2020, 2021)),
    (DATE_ALONE_AFTER_SESSION, ("成都市", "prefectural", "work_report", "2014-01-10", 2014, 2013, 2014)),
    (COUNTY, ("德清县", "county", "work_report", "2024-01-10", 2024, 2023, 2024)),
    (BULLETIN, ("徐汇区", "county", "progress_bulletin", None, 2023, 2023, 2023)),
    (CITY_PLAN, ("杭州市", "prefectural", "plan_execution", None, 2023, 2023, 2024)),
    (MUNICIPALITY, ("上海市", "provincial", "plan_execution", None, 2023, 2023, 2024)),
    (NATIONAL_SESSION, ("全国", "national", "work_report", None, 2005, 2004, 2005)),
    # 第十一届…第一次会议以来的五年 names a past session: it does not date the report
    (PAST_SESSION, ("全国", "national", "work_report", None, None, None, None)),
    (SALUTATION_ONLY, (None, "prefectural", "work_report", None, None, None, None)),
    (CN_YEARS, ("全国", "national", "plan_execution", None, 1992, 1992, 1993)),
    (CN_YEARS.replace("一九九二", "１９９２").replace("一九九三", "１９９３"),
     ("全国", "national", "plan_execution", None, 1992, 1992, 1993)),
]


def test_chinese_numeral_years_date_the_figures_and_keep_the_title():
    out = extract_document(CN_YEARS, "cn")
    (doc,) = out["documents"]
    assert doc["title"].startswith("关于一九九二年") and doc["years"] == [1992, 1993]
    assert [(i["surface"], i["ref_year"]) for i in out["indicators"]] == [("百分之十二点八", 1992), ("百分之八至九", 1993)]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:12].replace("\n", " ") for c in CASES])
def test_identity_of_report_layouts(text, expected):
    doc = ident(text)
    fields = ("region", "admin_level", "report_kind", "report_date", "report_year", "reviewed_year", "plan_year")
    assert tuple(doc[f] for f in fields) == expected
    assert doc["title"] is None or not doc["title"].startswith("各位")


def test_cues_name_the_words_and_where():
    doc = ident(PROVINCE_2026)
    assert doc["report_date_cue"] == "——2026年1月22日在江苏省第十四届人民代表大会第五次会议上@7"
    assert doc["region_cue"] == "江苏省@20"
    assert doc["reviewed_year_cue"].startswith("2025年工作回顾和“十四五”时期发展成就@")
    assert doc["plan_year_cue"].startswith("2026年工作任务@")
    assert ident(CITY_UNNAMED)["admin_level_cue"].startswith("市人民政府@")
    assert ident(BULLETIN)["plan_year_cue"] == "derived:report_year"


def test_markdown_page_metadata_is_no_title():
    assert ident(MARKDOWN_DECEMBER)["title"] == "长沙市人民政府工作报告"
    assert ident(MARKDOWN_DECEMBER)["report_date_cue"] == "2012年12月30日在长沙市第十四届人民代表大会第一次会议上@123"
    assert ident(MARKDOWN_NO_TITLE)["title"] is None


def test_a_saved_pages_title_names_the_report_when_its_text_does_not():
    """Hefei 2017 as saved from its web page: the text opens at 各位代表 with no title or date line, and
    its chapter numbers are lost. The page's front matter title names the report: the last cue, never
    the report's title."""
    text = ("---\nsource: https://www.hefei.gov.cn/public/1741/65077331.html\ntitle: 合肥市2017年政府工作报告\n---\n\n"
            "各位代表：\n\n在，我代表市人民政府向大会报告工作，请予审议。\n\n、2016年工作回顾\n\n"
            "去一年，全市地区生产总值增长9.8%。\n")
    doc = ident(text)
    assert doc["title"] is None
    assert (doc["region"], doc["report_year"], doc["reviewed_year"], doc["plan_year"]) == ("合肥市", 2017, 2016, 2017)
    assert doc["report_year_cue"] == "2017年@73"
    # the text's own cues come first: the date line dates Guangzhou 2004, not its page title
    assert ident(MARKDOWN_NO_TITLE)["report_year_cue"].startswith("――2004年3月24日")


def test_a_saved_pages_title_dates_a_report_whose_own_title_names_no_year():
    """Taiyuan 2019 as saved: its text's title is a bare 政府工作报告, its date line writes the year in two
    digits and its first chapter heading runs into the opening paragraph. The page's title, the last cue,
    still dates it."""
    text = ("---\nsource: https://www.taiyuan.gov.cn/zfgzbg/20190304/1058058.html\ntitle: 2019年政府工作报告\n---\n\n"
            "- 政府工作报告\n- ——19年2月24日在太原市第十四届人民代表大会第四次会议上\n\n"
            "代市长 李晓波各位代表：现在，我代表市人民政府向大会报告工作，请予审议。 **一、2018年工作回顾** "
            "2018年是全面贯彻党的十九大精神的开局之年。\n")
    doc = ident(text)
    assert (doc["report_year"], doc["reviewed_year"], doc["plan_year"]) == (2019, 2018, 2019)


def test_never_the_file_name():
    """A doc_id that looks like a year dates nothing."""
    out = extract_document("各位代表：\n全市地区生产总值增长5%。\n", "2019")
    (doc,) = out["documents"]
    assert (doc["report_year"], doc["reviewed_year"], doc["plan_year"]) == (None, None, None)
    assert out["indicators"][0]["ref_year"] is None


@pytest.mark.parametrize("s,n", [("2023", 2023), ("二〇二三", 2023), ("二零二四", 2024), ("三", 3), ("十二", 12),
                                 ("二十五", 25), ("十", 10)])
def test_chinese_numerals_of_dates(s, n):
    assert cn_number(s) == n
