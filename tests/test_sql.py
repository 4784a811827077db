"""SQL over the output: duckdb reads OUT/*.parquet directly. The README's queries, run on a real
extraction, return what the reports say."""
import re

import pytest

from conftest import NATIONAL, SEED

duckdb = pytest.importorskip("duckdb")  # the optional extra `sql`

# The README's queries, with {out} for the output folder.
LARGEST_AMOUNTS = """
SELECT doc_id, metric, surface, value_base / 1e8 AS yi_yuan, status, ref_year, start
FROM '{out}/indicators.parquet'
WHERE unit_base = '元' AND kind = 'level'
ORDER BY value_base DESC, doc_id, start
LIMIT 10
"""

GDP_TARGETS = """
SELECT d.plan_year AS year, i.surface, i.qualifier, i.value, i.value_high, i.doc_id
FROM '{out}/indicators.parquet' i JOIN '{out}/documents.parquet' d USING (doc_id)
WHERE i.metric_key = 'gdp' AND i.kind = 'change' AND i.status = 'target' AND i.ref_year = d.plan_year
QUALIFY row_number() OVER (PARTITION BY d.plan_year ORDER BY i.start) = 1
ORDER BY year
"""


def sql(query: str, out) -> list[dict]:
    rel = duckdb.sql(query.format(out=out))
    return [dict(zip(rel.columns, row)) for row in rel.fetchall()]  # None for NULL, as SQL has it


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory):
    from pipeline.run import run

    out = tmp_path_factory.mktemp("sql") / "seed"
    assert not run([str(SEED)], out).errors
    return out


@pytest.fixture(scope="module")
def national_out(tmp_path_factory):
    if not NATIONAL.exists():
        pytest.skip("../shared is absent")
    from pipeline.run import cores, run

    out = tmp_path_factory.mktemp("sql") / "national"
    assert not run([str(NATIONAL)], out, workers=cores()).errors
    return out


def amounts_in_text(paths) -> list[tuple[float, str]]:
    """Every amount written as a number of 亿元 or 万亿元 in the texts, by a plain scan: what the
    query's answer must be, found without the extractor."""
    found = []
    for p in paths:
        text = re.sub(r"[\s\u200b]", "", p.read_text(encoding="utf-8").translate({0xFF0E: "."}))
        for m in re.finditer(r"(\d+(?:\.\d+)?)(万亿|亿)元", text):
            found.append((round(float(m[1]) * (1e4 if m[2] == "万亿" else 1), 6), p.stem))
    return sorted(found, reverse=True)


SEED_LARGEST = [  # as the seed writes them, largest first
    ("10156亿元", "限额以上商品销售总额"),
    ("430亿元", "社会消费品零售总额"),
    ("230亿元", "“3+3”重点产业综合税收"),
    ("170亿元", "固定资产投资总额"),
    ("135亿元", "区级一般公共预算收入"),
    ("79亿元", "增值税留抵退税"),
    ("45.87亿元", "投资规模"),
    ("21亿元", "融资支持"),
    ("19.25亿元", "上当年引进重点项目产税"),
    ("16亿元", "“长宁企业贷”政府担保贷款余额"),
]


def test_ten_largest_amounts_in_the_seed(seed_out):
    rows = sql(LARGEST_AMOUNTS, seed_out)
    assert [(r["surface"], r["metric"]) for r in rows] == SEED_LARGEST
    text = SEED.read_text(encoding="utf-8")
    for r in rows:
        assert text[r["start"]:r["start"] + len(r["surface"])] == r["surface"]
        assert r["yi_yuan"] == pytest.approx(float(r["surface"].removesuffix("亿元")))
    assert rows[3]["status"] == "expected"  # 预计全年完成固定资产投资总额170亿元
    assert [(round(r["yi_yuan"], 6), r["doc_id"]) for r in rows] == amounts_in_text([SEED])[:10]


def test_ten_largest_amounts_in_the_national_reports(national_out):
    rows = sql(LARGEST_AMOUNTS, national_out)
    assert sorted(((round(r["yi_yuan"], 6), r["doc_id"]) for r in rows), reverse=True) == \
        amounts_in_text(sorted(NATIONAL.glob("*.txt")))[:10]
    assert (rows[0]["doc_id"], rows[0]["surface"], rows[0]["metric"]) == ("2022", "114万亿元", "国内生产总值")


# The growth target each report sets for its own year (报告 YYYY: 国内生产总值增长 …), as written.
GDP_TARGETS_IN_TEXT = {
    2005: ("8%", "左右"), 2006: ("8%", "左右"), 2007: ("8%", "左右"), 2008: ("8%", "左右"),
    2009: ("8%", "左右"), 2010: ("8％", "左右"), 2011: ("8%", "左右"), 2012: ("7.5％", None),
    2013: ("7.5%", "左右"), 2014: ("7.5%", "左右"), 2015: ("7%", "左右"), 2016: ("6.5%－7%", None), 2017: ("6.5%", "左右"),
    2018: ("6.5%", "左右"), 2019: ("6%－6.5%", None), 2021: ("6%", "以上"), 2022: ("5.5%", "左右"),
}


@pytest.fixture(scope="module")
def gdp_targets(national_out):
    return {r["year"]: r for r in sql(GDP_TARGETS, national_out)}


@pytest.mark.parametrize("year,written", sorted(GDP_TARGETS_IN_TEXT.items()))
def test_every_gdp_target_by_year(gdp_targets, year, written):
    r = gdp_targets[year]
    assert (r["surface"], r["qualifier"]) == written
    assert r["doc_id"] == str(year)
    text = (NATIONAL / f"{year}.txt").read_text(encoding="utf-8")
    assert re.search("(国内生产总值|经济)增长(预期目标定为)?" + re.escape(r["surface"]), text)


def test_years_without_a_report_have_no_row(gdp_targets):
    assert 2020 not in gdp_targets  # the corpus has no 2020 report
    assert set(gdp_targets) == set(GDP_TARGETS_IN_TEXT)
