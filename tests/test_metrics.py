"""Metric identity (metric_key from the alias lexicon, else the normalised phrase) and the year a
figure is about (ref_year), on phrases and sentences from real reports."""
from functools import lru_cache

import pytest

from conftest import national_text
from pipeline import extract_document
from pipeline.lexicon import load
from pipeline.metrics import metric_identity, normalise_phrase

# (metric as extracted, kind, metric_key)
IDENTITY = [
    ("GDP", "change", "gdp"),
    ("地区生产总值", "level", "gdp"),
    ("全区生产总值", "level", "gdp"),
    ("国内生产总值", "change", "gdp"),
    ("生产总值", "level", "gdp"),
    ("全年国内生产总值", "change", "gdp"),
    ("经济年均增长", "change", "gdp"),  # 2016: “十三五”时期经济年均增长保持在6.5%以上
    ("国内生产总值年均增长", "change", "gdp"),
    ("我国经济总量", "level", "gdp"),
    ("区级一般公共预算收入", "level", "fiscal_revenue"),
    ("一般公共预算收入", "change", "fiscal_revenue"),
    ("财政收入", "change", "fiscal_revenue"),
    ("城镇新增就业", "level", "new_urban_jobs"),
    ("新增就业岗位", "level", "new_urban_jobs"),
    ("城镇新增就业人数", "level", "new_urban_jobs"),
    ("城镇调查失业率全年控制在", "share", "unemployment_surveyed"),
    ("年末全国城镇调查失业率", "share", "unemployment_surveyed"),
    ("调查失业率", "share", "unemployment_surveyed"),
    ("年末城镇登记失业率", "share", "unemployment_registered"),
    ("居民消费价格", "change", "cpi"),
    ("单位国内生产总值能耗", "change", "energy_intensity"),
    ("居民人均可支配收入实际", "change", "disposable_income"),
    ("居民收入", "change", "disposable_income"),
    ("固定资产投资总额", "change", "fixed_asset_investment"),
    ("社会消费品零售总额", "level", "retail_sales"),
    ("粮食总产量", "level", "grain_output"),
    ("全社会研究与实验发展经费占国内生产总值比重", "share", "rd_intensity"),  # 2008
    ("全社会研发经费投入强度", "share", "rd_intensity"),
    ("货物进出口总额", "level", "trade"),
    ("进出口", "change", "trade"),
    ("实际使用外资", "level", "fdi"),
    # a longer alias or a blocked prefix keeps GDP from swallowing what merely mentions it
    ("服务业增加值占国内生产总值比重", "share", "services_share"),
    ("人均国内生产总值", "level", "gdp_per_capita"),
    ("农村居民人均可支配收入", "change", "disposable_income_rural"),
    ("城市常住居民人均可支配收入", "level", "disposable_income_urban"),
    ("研究与试验发展经费支出占地区生产总值比重", "share", "rd_intensity"),
    ("出口", "change", "exports"),
    # not in the lexicon, or excluded: the normalised phrase is the key
    ("户籍人口城镇化率", "share", "户籍人口城镇化率"),
    ("高新技术产品出口", "level", "高新技术产品出口"),
    ("数字经济增长", "change", "数字经济"),
    ("经济增长", "change", "gdp"),
    ("地区生产总值增长", "change", "gdp"),
    ("地区生产总值(GDP)", "level", "gdp"),
    ("居民消费价格", "share", "居民消费价格"),  # CPI is a change; a share of that name is something else
    ("“一网通办”实际办件网办率", "share", "一网通办实际办件网办率"),
    ("5G基站", "level", "5G基站"),
]


@pytest.mark.parametrize("metric,kind,key", IDENTITY)
def test_metric_identity(metric, kind, key):
    assert metric_identity(metric, kind)[0] == key


def test_label_and_missing_metric():
    assert metric_identity("国内生产总值", "change") == ("gdp", "地区生产总值 GDP")
    assert metric_identity(None, "level") == (None, None)
    assert normalise_phrase("全年ＧＤＰ") == "GDP"
    assert normalise_phrase("全年") == "全年"  # never emptied


def test_lexicon_is_unambiguous_and_covers_the_headline_indicators():
    metrics = load("metrics")["metrics"]
    seen = {}
    for key, entry in metrics.items():
        assert entry["label"] and entry["aliases"], key
        for a in entry["aliases"]:
            assert seen.setdefault(a, key) == key, f"alias {a} under {seen[a]} and {key}"
    assert {"gdp", "fiscal_revenue", "fixed_asset_investment", "retail_sales", "cpi", "unemployment_surveyed",
            "new_urban_jobs", "disposable_income", "energy_intensity", "grain_output", "rd_intensity",
            "trade"} <= set(metrics)


def test_anaphoric_metric_takes_the_previous_key():
    inds = extract_document("国内生产总值增长6.6%，总量突破90万亿元。", "t")["indicators"]
    assert [(i["metric_key"], i["kind"]) for i in inds] == [("gdp", "change"), ("gdp", "level")]


def years_of(text: str) -> list[tuple[str, int | None]]:
    return [(i["surface"], i["ref_year"]) for i in extract_document(text, "t")["indicators"]]


# (text, [(surface, ref_year)]): headings, topic clauses and in-sentence cues
REF_YEAR = [
    ("一、2018年工作回顾\n国内生产总值增长6.6%。\n二、2019年经济社会发展总体要求和政策取向\n"
     "今年发展的主要预期目标是：国内生产总值增长6%－6.5%。\n今年赤字率拟按2.8%安排，比去年预算提高0.2个百分点。\n",
     [("6.6%", 2018), ("6%－6.5%", 2019), ("2.8%", 2019), ("0.2个百分点", 2019)]),
    ("一、过去五年工作回顾\n五年来，国内生产总值年均增长7.1%。城镇新增就业6600万人以上。\n"
     "刚刚过去的2017年，经济社会发展主要目标任务全面完成。国内生产总值增长6.9%，去年利润增长21%。\n"
     "二、对2018年政府工作的建议\n城镇新增就业1100万人以上。到2020年，研发投入强度达到2.5%。\n",
     [("7.1%", None), ("6600万人", None), ("6.9%", 2017), ("21%", 2017), ("1100万人", 2018), ("2.5%", 2020)]),
    # a progress bulletin is written in the year it reports on, even with its title broken by pinyin
    ("关于某区2023年重点工作1-9月进展情况的通报\n一、主要经济指标\n1-9月，全区生产总值增长4.1%。\n",
     [("4.1%", 2023)]),
    ("關(guān)于某區(qū)2023年重點(diǎn)工作1-9月進(jìn)展情況的通報(bào)\n一、主要經(jīng)濟(jì)指標(biāo)\n1-9月，全區(qū)生產(chǎn)總值增長4.1%。\n",
     [("4.1%", 2023)]),
    ("2018年至2022年，全区生产总值年均增长6.1%。", [("6.1%", None)]),
]


@pytest.mark.parametrize("text,expected", REF_YEAR)
def test_ref_year_from_headings_and_wording(text, expected):
    assert years_of(text) == expected


# (text, [(surface, status, ref_year, ref_start, ref_end)]): chapters that are the plan or the review, in the
# layouts of blind sets 85-96 (Wuxi 2015 and 2011: bare year headings; Guiyang 2011: 展望; Changsha 2013 and
# 2021: 未来五年的发展建议, 目标和任务; Haikou 2012: a review section titled by a sentence holding 重点工作)
CHAPTERS = [
    ("各位代表：\n现在，我代表市人民政府向大会报告工作。\n2014年工作回顾\n全市实现地区生产总值8205亿元，增长8.2%。\n"
     "2015年工作任务\n突出企业创新主体地位，全社会研发投入占地区生产总值比重达2.8%。\n",
     [("8205亿元", "actual", 2014, 2014, 2014), ("8.2%", "actual", 2014, 2014, 2014), ("2.8%", "target", 2015, 2015, 2015)]),
    ("一、2010年工作回顾\n地区生产总值增长14%。\n二、“十二五”时期国民经济和社会发展的展望\n人均受教育年限达11年；清洁能源使用率提高到60%。\n",
     [("14%", "actual", 2010, 2010, 2010), ("11年", "target", 2015, 2015, 2015), ("60%", "target", 2015, 2015, 2015)]),
    ("一、2012年工作回顾\n地区生产总值增长13%。\n二、未来五年的发展建议\n城镇化率达到75%，地区生产总值年均增长10%。\n",
     [("13%", "actual", 2012, 2012, 2012), ("75%", "target", 2017, 2017, 2017), ("10%", "target", None, 2013, 2017)]),
    ("一、2011年和本届政府工作回顾\n地区生产总值增长12%。\n（二）谋大局、抓大事，扎实推进重大项目和重点工作，为“十二五”规划的"
     "全面实施奠定基础\n创建休闲农业示范点15个。\n二、2012年工作安排\n新增就业5万人。\n",
     [("12%", "actual", 2011, 2011, 2011), ("15个", "actual", 2011, 2011, 2011), ("5万人", "target", 2012, 2012, 2012)]),
    ("一、2020年工作回顾\n地区生产总值增长4%。\n二、“十四五”时期目标和任务\n（一）在推动先进制造业高质量发展上走在前列\n培育2个千亿级产业集群。\n",
     [("4%", "actual", 2020, 2020, 2020), ("2个", "target", None, 2021, 2025)]),
]


@pytest.mark.parametrize("text,expected", CHAPTERS, ids=[str(n) for n in range(len(CHAPTERS))])
def test_plan_and_review_chapters(text, expected):
    got = [(i["surface"], i["status"], i["ref_year"], i["ref_start"], i["ref_end"]) for i in extract_document(text, "t")["indicators"]]
    assert got == expected


def test_seed_ref_years(seed_tables):
    by_id = {s["section_id"]: s for s in seed_tables["sections"]}

    def chapter(sid):
        while by_id[sid]["level"] > 1:
            sid = by_id[sid]["parent_id"]
        return by_id[sid]["title"]

    chapters = {"2022年国民经济和社会发展计划执行情况": 2022, "2023年国民经济和社会发展的主要任务和措施": 2023}
    inds = [(i, chapters.get(chapter(i["section_id"]))) for i in seed_tables["indicators"] if i["section_id"]]
    inds = [(i, y) for i, y in inds if y is not None]
    wrong = [i["sentence"] for i, y in inds if i["ref_year"] != y]
    # known: a year inside a comparison or a cohort name (去年全年办理总量的4倍, 完成2021年秋冬季231名…)
    assert len(inds) > 300 and len(wrong) <= 3, wrong
    assert all(i["ref_year"] == 2023 for i, y in inds if y == 2023)
    gdp = next(i for i in seed_tables["indicators"] if i["metric_key"] == "gdp")
    assert (gdp["surface"], gdp["ref_year"], gdp["period"]) == ("0.4%", 2022, "前三季度")
    rev = [i for i in seed_tables["indicators"] if i["metric"] == "区级一般公共预算收入"]
    assert rev and {i["metric_key"] for i in rev} == {"fiscal_revenue"}


@lru_cache(maxsize=None)
def national(year: int) -> tuple:
    return tuple(extract_document(national_text(year), str(year))["indicators"])


# (report, metric_key, kind, status, value, ref_year): real headline figures
NATIONAL = [
    (2019, "gdp", "change", "actual", 6.6, 2018),
    (2019, "gdp", "level", "actual", 90, 2018),  # 总量突破90万亿元
    (2019, "gdp", "change", "target", 6, 2019),  # 6%－6.5%
    (2018, "gdp", "change", "actual", 7.1, None),  # 五年来 … 年均增长
    (2018, "gdp", "change", "actual", 6.9, 2017),  # 刚刚过去的2017年
    (2018, "unemployment_surveyed", "share", "target", 5.5, 2018),
    (2016, "rd_intensity", "share", "target", 2.5, 2020),  # 十三五: 到2020年
    (2016, "gdp", "change", "actual", 7.8, None),  # 十二五 年均
    (2022, "grain_output", "level", "actual", 1.37, 2021),
    (2021, "unemployment_surveyed", "share", "actual", 5.2, 2020),
]


@pytest.mark.parametrize("year,key,kind,status,value,ref_year", NATIONAL)
def test_national_ref_years(year, key, kind, status, value, ref_year):
    hits = [i for i in national(year) if (i["metric_key"], i["kind"], i["status"], i["value"]) == (key, kind, status, value)]
    assert hits, f"{value} {key} not found in {year}"
    assert hits[0]["ref_year"] == ref_year
