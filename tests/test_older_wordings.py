"""Older wordings map to today's metric keys, and percentages written in Chinese numerals (reports
before the late 1990s) are figures like any other: sentences in the style of the national work
reports of the 1990s and 2000s, each with the figure, its value and unit, and the key it takes."""
import pytest

from pipeline import extract_document


def figures(sentence: str) -> list[dict]:
    return extract_document(sentence, "older")["indicators"]


# (sentence, surface, value, value_high, unit, numeral, metric_key, kind)
ROWS = [
    # Chinese-numeral percentages
    ("一九九二年国民生产总值比上年增长百分之十二点八。", "百分之十二点八", 12.8, None, "%", "chinese", "gdp", "change"),
    ("今年国民生产总值计划增长百分之八至九。", "百分之八至九", 8, 9, "%", "chinese", "gdp", "change"),
    ("国民生产总值增长百分之九左右，商品零售价格涨幅控制在百分之十以内。", "百分之九", 9, None, "%", "chinese", "gdp", "change"),
    ("国民生产总值增长百分之九左右，商品零售价格涨幅控制在百分之十以内。", "百分之十", 10, None, "%", "chinese", "rpi", "change"),
    ("全国商品零售价格上涨百分之二十一点七。", "百分之二十一点七", 21.7, None, "%", "chinese", "rpi", "change"),
    ("居民消费价格总水平上涨百分之零点八。", "百分之零点八", 0.8, None, "%", "chinese", "cpi", "change"),
    ("城镇登记失业率控制在百分之三左右。", "百分之三", 3, None, "%", "chinese", "unemployment_registered", "share"),
    ("城镇登记失业率为百分之三点一。", "百分之三点一", 3.1, None, "%", "chinese", "unemployment_registered", "share"),
    ("经济增长速度为百分之八至九。", "百分之八至九", 8, 9, "%", "chinese", "gdp", "change"),
    ("今年国内生产总值计划增长百分之七到百分之八。", "百分之七到百分之八", 7, 8, "%", "chinese", "gdp", "change"),
    # older names of today's metrics, Arabic numerals
    ("今年经济社会发展的主要预期目标是：国内生产总值增长8%左右；城镇新增就业900万人，城镇登记失业率控制在4.6%。",
     "4.6%", 4.6, None, "%", "arabic", "unemployment_registered", "share"),
    ("全年粮食总产量达到46947万吨，增产3877万吨。", "46947万吨", 46947, None, "万吨", "arabic", "grain_output", "level"),
    ("粮食总产量达到四千六百五十亿公斤。", "四千六百五十亿公斤", 4650, None, "亿公斤", "chinese", "grain_output", "level"),
    ("把价格总水平涨幅控制在百分之六左右。", "百分之六", 6, None, "%", "chinese", "cpi", "change"),
    ("居民消费价格总水平涨幅控制在4%；国际收支保持基本平衡。", "4%", 4, None, "%", "arabic", "cpi", "change"),
    ("全年国民生产总值达到31380亿元，比上年增长百分之九点六。", "百分之九点六", 9.6, None, "%", "chinese", "gdp", "change"),
    ("城镇新增就业人口970万人。", "970万人", 970, None, "万人", "arabic", "new_urban_jobs", "level"),
    # rate nouns (grammar.json) make the percentage after them a change
    ("全国商品零售价格总水平上涨幅度控制在百分之十五左右。", "百分之十五", 15, None, "%", "chinese", "rpi", "change"),
    ("中央提出今年经济增长预期目标为8%左右。", "8%", 8, None, "%", "arabic", "gdp", "change"),
]


def _check(sentence, surface, value, high, unit, numeral, key, kind):
    found = [q for q in figures(sentence) if q["surface"] == surface]
    assert len(found) == 1, [q["surface"] for q in figures(sentence)]
    q = found[0]
    assert (q["value"], q["value_high"], q["unit"], q["numeral"]) == (value, high, unit, numeral)
    assert (q["metric_key"], q["kind"]) == (key, kind), q["metric"]


@pytest.mark.parametrize("sentence,surface,value,high,unit,numeral,key,kind", ROWS)
def test_older_wordings(sentence, surface, value, high, unit, numeral, key, kind):
    _check(sentence, surface, value, high, unit, numeral, key, kind)




def test_retail_prices_are_not_consumer_prices():
    """商品零售价格 (RPI, goods at retail) and 居民消费价格 (CPI, goods and services) are different
    indices: a target of one is never judged on the other."""
    rpi, cpi = figures("全国商品零售价格上涨百分之六，居民消费价格上涨百分之八点三。")
    assert (rpi["metric_key"], cpi["metric_key"]) == ("rpi", "cpi")
