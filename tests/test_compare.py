"""diff and track: the verdict rules on their own, then real consecutive national work reports (a
year's targets against the next report's outcomes), then the commands as a user runs them."""
import subprocess
import sys
from functools import lru_cache

import pandas as pd
import pyarrow.parquet as pq
import pytest

from conftest import NATIONAL, ROOT, national_text
from pipeline import diff, extract_document, track
from pipeline.compare import CompareInputError, judge, period_class, resolve


def ind(value, unit="%", kind="change", direction="up", qualifier=None, value_high=None, status="target", **kw):
    base = {"%": "%", "万人": "人", "万亿斤": "斤"}[unit]
    mult = {"万人": 1e4, "万亿斤": 1e12}.get(unit, 1.0)
    return {"value": value, "value_high": value_high, "unit": unit, "unit_base": base, "value_base": value * mult,
            "value_high_base": None if value_high is None else value_high * mult, "kind": kind,
            "direction": direction if kind in ("change", "pp_change") else None, "qualifier": qualifier,
            "status": status, **kw}


GDP, CPI, ENERGY = {"better": "higher"}, {"better": "lower", "band_as": "ceiling"}, {"better": "lower"}

# (target, outcome, lexicon entry, verdict, rule)
RULES = [
    (ind(6.5, qualifier="左右"), ind(6.6), GDP, "met", "band"),
    (ind(6.5, qualifier="左右"), ind(6.9), GDP, "exceeded", "band"),  # beyond ±0.3 pp, on the good side
    (ind(6.5, qualifier="左右"), ind(6.1), GDP, "missed", "band"),
    (ind(6, value_high=6.5), ind(6.1), GDP, "met", "range"),
    (ind(6, value_high=6.5), ind(7.0), GDP, "exceeded", "range"),
    (ind(6, value_high=6.5), ind(5.9), GDP, "missed", "range"),
    (ind(6, qualifier="以上"), ind(8.1), GDP, "exceeded", "floor"),
    (ind(6, qualifier="以上"), ind(6.2), GDP, "met", "floor"),
    (ind(6, qualifier="以上"), ind(5.9), GDP, "missed", "floor"),
    (ind(1100, "万人", "level", qualifier="以上"), ind(1361, "万人", "level"), {}, "exceeded", "floor"),  # +24%: beyond 5%
    (ind(1100, "万人", "level", qualifier="以上"), ind(1120, "万人", "level"), {}, "met", "floor"),
    (ind(3, qualifier="左右"), ind(2.1), CPI, "met", "ceiling_band"),  # a price target is a cap
    (ind(3, qualifier="左右"), ind(0.9), CPI, "met", "ceiling_band"),
    (ind(3, qualifier="左右"), ind(3.4), CPI, "missed", "ceiling_band"),
    (ind(4.5, "%", "share", qualifier="以内"), ind(4.02, "%", "share"), {}, "met", "ceiling"),
    (ind(4.5, "%", "share", qualifier="以内"), ind(4.6, "%", "share"), {}, "missed", "ceiling"),
    (ind(3, direction="down", qualifier="以上"), ind(3.1, direction="down"), ENERGY, "met", "floor"),  # decline vs decline
    (ind(3.4, direction="down", qualifier="以上"), ind(5, direction="down"), ENERGY, "exceeded", "floor"),
    (ind(3, direction="down", qualifier="以上"), ind(1, direction="up"), ENERGY, "missed", "floor"),
    (ind(3, direction="down", qualifier="左右"), ind(4, direction="down"), ENERGY, "exceeded", "band"),
]


@pytest.mark.parametrize("target,outcome,entry,verdict,rule", RULES)
def test_verdict_rules(target, outcome, entry, verdict, rule):
    v, r, _, _ = judge(target, outcome, entry)
    assert (v, r) == (verdict, rule)


def test_period_classes():
    assert period_class(None, 2018) == "year" and period_class("全年", 2018) == "year"
    assert period_class(None, None) == "multi_year" and period_class("五年来", None) == "multi_year"
    assert period_class("前三季度", 2022) == "to_date" and period_class("1-10月", 2022) == "to_date"
    assert period_class("截至9月底", 2022) == "point"


def frame(doc, rows):
    return pd.DataFrame([{"doc_id": doc, "metric": r[0], "metric_key": r[0], "metric_label": r[0], "kind": r[1],
                          "status": r[2], "value": r[3], "value_base": r[3], "value_high": None, "value_high_base": None,
                          "unit": "%", "unit_base": "%", "direction": r[4], "period": None, "qualifier": None,
                          "ref_year": r[5], "start": n * 10, "surface": f"{r[3]}%"} for n, r in enumerate(rows)])


def test_diff_classes_signs_and_order():
    old = frame("a", [("gdp", "change", "actual", 6.9, "up", 2017), ("cpi", "change", "actual", 1.6, "up", 2017),
                      ("jobs", "change", "actual", 2.0, "up", 2017), ("energy", "change", "actual", 3.7, "down", 2017)])
    new = frame("b", [("gdp", "change", "actual", 6.6, "up", 2018), ("cpi", "change", "actual", 2.1, "up", 2018),
                      ("energy", "change", "actual", 3.1, "down", 2018), ("grain", "change", "actual", 1.0, "up", 2018),
                      ("gdp", "change", "target", 6.0, "up", 2019)])
    d = diff(old, new).set_index(["metric_key", "status"])
    assert d.loc[("gdp", "outcome"), "change"] == "changed"
    assert d.loc[("gdp", "outcome"), "abs_change"] == pytest.approx(-0.3)
    assert (d.loc[("energy", "outcome"), "old_value"], d.loc[("energy", "outcome"), "new_value"]) == (-3.7, -3.1)
    assert d.loc[("energy", "outcome"), "abs_change"] == pytest.approx(0.6)  # a smaller decline
    assert d.loc[("jobs", "outcome"), "change"] == "removed"
    assert d.loc[("grain", "outcome"), "change"] == "added" and d.loc[("gdp", "target"), "change"] == "added"
    order = list(diff(old, new)["metric_key"][:3])
    assert order == ["cpi", "energy", "gdp"]  # changed first, largest relative change first (+31%, -16%, -4%)


def test_diff_wants_one_document_with_metric_keys():
    two = pd.concat([frame("a", [("gdp", "change", "actual", 1, "up", 2017)]), frame("b", [("gdp", "change", "actual", 1, "up", 2017)])])
    with pytest.raises(ValueError, match="one document"):
        diff(two, two)
    with pytest.raises(ValueError, match="metric_key"):
        diff(two.drop(columns=["metric_key"]), two)


@lru_cache(maxsize=None)
def national(year: int) -> pd.DataFrame:
    return pd.DataFrame(extract_document(national_text(year), str(year))["indicators"])


@lru_cache(maxsize=None)
def tracked(plan: int, outcome: int) -> pd.DataFrame:
    return track(national(plan), national(outcome))


# (plan report, outcome report, metric_key, kind, target value, outcome value, verdict), read off the reports
PAIRS = [
    (2016, 2017, "gdp", "change", 6.5, 6.7, "met"),  # 6.5%－7% vs 6.7%
    (2016, 2017, "cpi", "change", 3, 2, "met"),  # 3%左右 vs 2%
    (2016, 2017, "new_urban_jobs", "level", 1000, 1314, "exceeded"),  # 1000万人以上 vs 1314万人
    (2016, 2017, "unemployment_registered", "share", 4.5, 4.02, "met"),  # 4.5%以内 vs 4.02%
    (2016, 2017, "energy_intensity", "change", 3.4, 5, "exceeded"),  # 下降3.4%以上 vs 下降5%
    (2017, 2018, "gdp", "change", 6.5, 6.9, "exceeded"),  # 6.5%左右 vs 6.9%
    (2017, 2018, "new_urban_jobs", "level", 1100, 1351, "exceeded"),
    (2017, 2018, "cpi", "change", 3, None, "no_outcome"),  # the 2018 report gives only the five-year average
    (2018, 2019, "gdp", "change", 6.5, 6.6, "met"),  # 6.5%左右 vs 6.6%
    (2018, 2019, "cpi", "change", 3, 2.1, "met"),  # 3%左右 vs 2.1%
    (2018, 2019, "new_urban_jobs", "level", 1100, 1361, "exceeded"),  # 1100万人以上 vs 1361万人
    (2018, 2019, "unemployment_surveyed", "share", 5.5, 5, "met"),  # 5.5%以内 vs 5%左右
    (2018, 2019, "energy_intensity", "change", 3, 3.1, "met"),  # 下降3%以上 vs 下降3.1%
    (2018, 2019, "rural_poverty", "level", 1000, 1386, "exceeded"),  # 减少1000万以上 vs 1386万
    (2021, 2022, "gdp", "change", 6, 8.1, "exceeded"),  # 6%以上 vs 8.1%
    (2021, 2022, "new_urban_jobs", "level", 1100, 1269, "exceeded"),
    (2021, 2022, "unemployment_surveyed", "share", 5.5, 5.1, "met"),  # 5.5%左右 vs 5.1%
    (2021, 2022, "cpi", "change", 3, 0.9, "met"),  # 3%左右 vs 0.9%
    (2021, 2022, "grain_output", "level", 1.3, 1.37, "exceeded"),  # 1.3万亿斤以上 vs 1.37万亿斤
]


@pytest.mark.parametrize("plan,outcome,key,kind,target,actual,verdict", PAIRS)
def test_track_real_pairs(plan, outcome, key, kind, target, actual, verdict):
    t = tracked(plan, outcome)
    rows = t[(t.metric_key == key) & (t.kind == kind) & (t.ref_year == plan) & (t.target_value == target)]
    assert len(rows) >= 1, t[t.metric_key == key]
    row = rows.iloc[0]
    assert row.verdict == verdict, row.to_dict()
    assert (row.target_doc, row.outcome_doc) == (str(plan), str(outcome))
    if actual is None:
        assert pd.isna(row.outcome_value) and row.note
    else:
        assert row.outcome_value == actual and row.outcome_start > 0 and row.target_start > 0


def test_track_pairs_only_when_years_agree():
    t = track(national(2019), national(2021))  # 2021 reviews 2020: nothing about 2019
    headline = t[t.canonical & (t.ref_year == 2019)]
    assert len(headline) > 5 and set(headline.verdict) == {"no_outcome"}
    assert headline.note.str.contains("2020").any()


def test_diff_real_reports():
    d = diff(national(2018), national(2019))
    row = lambda key, kind, status: d[(d.metric_key == key) & (d.kind == kind) & (d.status == status) & (d.period_class == "year")].iloc[0]  # noqa: E731
    gdp = row("gdp", "change", "outcome")
    assert (gdp.old_value, gdp.new_value, gdp.change, gdp.old_ref_year, gdp.new_ref_year) == (6.9, 6.6, "changed", 2017, 2018)
    assert gdp.abs_change == pytest.approx(-0.3)
    target = row("gdp", "change", "target")
    assert (target.old_value, target.new_value, target.new_value_high) == (6.5, 6.0, 6.5)
    assert row("cpi", "change", "target").change == "unchanged"
    assert row("new_urban_jobs", "level", "outcome").new_value == 13_610_000
    assert len(d) == len(d.drop_duplicates(["metric_key", "kind", "period_class", "status"]))


def cli(*args):
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *map(str, args)], capture_output=True, text=True, cwd=ROOT)


def test_track_and_diff_commands(tmp_path):
    national_text(2018)  # skips when ../shared is absent
    r = cli("track", NATIONAL / "2018.txt", NATIONAL / "2019.txt", "--out", tmp_path / "t")
    assert r.returncode == 0, r.stderr
    assert "地区生产总值 GDP" in r.stdout and "6.5%左右" in r.stdout and "met" in r.stdout
    rows = pq.read_table(tmp_path / "t" / "track.parquet").to_pylist()
    gdp = next(x for x in rows if x["metric_key"] == "gdp" and x["kind"] == "change")
    assert (gdp["target_value"], gdp["outcome_value"], gdp["verdict"]) == (6.5, 6.6, "met")
    assert (tmp_path / "t" / "track.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert "| 地区生产总值 GDP | change | 2018 | 6.5%左右 | 6.6% | met |" in (tmp_path / "t" / "track.md").read_text(encoding="utf-8")

    out = tmp_path / "out"
    assert cli("extract", NATIONAL / "2021.txt", NATIONAL / "2022.txt", "--out", out).returncode == 0
    r = cli("diff", "2021", "2022", "--from", out, "--out", tmp_path / "d")
    assert r.returncode == 0, r.stderr
    assert "2021 → 2022" in r.stdout and "+5.8 pp" in r.stdout  # GDP 2.3% → 8.1%
    d = pq.read_table(tmp_path / "d" / "diff.parquet")
    assert d.schema.field("abs_change").metadata[b"description"].startswith(b"new_value - old_value")
    assert (tmp_path / "d" / "diff.md").read_text(encoding="utf-8").startswith("# 2021 → 2022")
    with pytest.raises(CompareInputError, match="holds 2 documents"):
        resolve(str(out))  # a folder of several documents needs a doc_id and --from
    assert resolve("2022", out)[1]["metric_key"].eq("gdp").any()
    with pytest.raises(CompareInputError, match="needs --from"):
        resolve("2022")
