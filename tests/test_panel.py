"""panel: targets against first-reported outcomes over many reports. First the acceptance table
(tests/data/national_panel_expected.csv, read off the 17 national reports by a helper who had not
seen the code), then the cases a corpus brings: years without a report, a draft and its final,
revisions, mixed and bad inputs, the same verdicts as track, and the files and charts written."""
from __future__ import annotations

import csv
import math
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from conftest import NATIONAL, ROOT, SEED
from pipeline import panel, track
from pipeline.panel import PanelInputError, panel_records, read_reports, wide_records

EXPECTED = ROOT / "tests" / "data" / "national_panel_expected.csv"


def national_path(year: int) -> Path:
    path = NATIONAL / f"{year}.txt"
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not beside the project)")
    return path


@lru_cache(maxsize=None)
def national_panel() -> pd.DataFrame:
    return panel([NATIONAL], workers=2)


def expected_rows() -> list[dict]:
    with open(EXPECTED, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _num(s: str):
    return float(s) if s not in ("", None) else None


def _none(v):
    return None if v is None or (isinstance(v, float) and math.isnan(v)) or v == "" else v


@pytest.mark.parametrize("exp", expected_rows(), ids=lambda e: f"{e['ref_year']}-{e['metric_key']}-{e['kind']}")
def test_national_panel_matches_the_reports(exp):
    if not NATIONAL.exists():
        pytest.skip(f"{NATIONAL} is absent (../shared is not beside the project)")
    key = (int(exp["ref_year"]), exp["metric_key"], exp["kind"])
    p = national_panel()
    rows = p[(p.ref_year == key[0]) & (p.metric_key == key[1]) & (p.kind == key[2])]
    assert len(rows) == 1, f"{len(rows)} panel rows for {key}"
    got = {k: _none(v) for k, v in rows.iloc[0].to_dict().items()}
    want_target = {"target_doc": exp["target_doc"] or None, "target_surface": exp["target_surface"] or None,
                   "target_value": _num(exp["target_value"]), "target_value_high": _num(exp["target_value_high"]),
                   "target_qualifier": exp["target_qualifier"] or None}
    assert {k: got[k] for k in want_target} == want_target, got
    want_outcome = {"outcome_surface": exp["outcome_surface"] or None, "outcome_value": _num(exp["outcome_value"])}
    if exp["outcome_surface"]:
        want_outcome["outcome_doc"] = exp["outcome_doc"]
    assert {k: got[k] for k in want_outcome} == want_outcome, got
    assert got["verdict"] == exp["verdict"], got
    if exp["outcome_surface"]:
        # the first report to give the outcome: the next year's review, or a later one (2013 for 2009's deficit ratio)
        nxt = int(exp["outcome_doc"]) == key[0] + 1
        assert got["outcome_source"] == ("next_year_review" if nxt else "other")


def test_every_row_keeps_its_provenance():
    """Offsets index each side's own text: source[start:end] == surface."""
    national_path(2018)
    p = national_panel()
    texts = {f.stem: f.read_text(encoding="utf-8") for f in NATIONAL.glob("*.txt")}
    for side in ("target", "outcome"):
        part = p[p[f"{side}_doc"].notna()]
        assert len(part) > 50
        for r in part.itertuples():
            doc, s, e = getattr(r, f"{side}_doc"), int(getattr(r, f"{side}_start")), int(getattr(r, f"{side}_end"))
            assert texts[doc][s:e] == getattr(r, f"{side}_surface")
            assert getattr(r, f"{side}_surface") in getattr(r, f"{side}_sentence")


# -- a corpus with gaps -------------------------------------------------------------------------

def test_years_without_a_report_are_rows_with_an_empty_side():
    rows = panel_records(read_reports([national_path(2016), national_path(2017), national_path(2019)]))
    gdp = {r["ref_year"]: r for r in rows if r["metric_key"] == "gdp" and r["kind"] == "change"}
    # 2017's target (2017 report) has no review: the 2018 report is not among the inputs
    assert gdp[2017]["target_surface"] == "6.5%" and gdp[2017]["outcome_surface"] is None
    assert gdp[2017]["verdict"] == "no_outcome" and "no report among the inputs reviews 2017" in gdp[2017]["note"]
    # 2018's outcome (2019 report) has no target: the 2018 report is not among the inputs
    assert gdp[2018]["target_surface"] is None and gdp[2018]["outcome_surface"] == "6.6%"
    assert gdp[2018]["verdict"] == "no_target" and "no report among the inputs plans 2018" in gdp[2018]["note"]
    assert gdp[2016]["verdict"] == "met"  # 6.5%－7% vs 6.7%, both reports present


def test_a_year_between_reports_gets_an_empty_row():
    rows = panel_records(read_reports([national_path(2005), national_path(2009)]))
    gdp = {r["ref_year"]: r for r in rows if r["metric_key"] == "gdp" and r["kind"] == "change"}
    assert sorted(gdp) == list(range(min(gdp), max(gdp) + 1))
    for year in (2006, 2007):
        assert gdp[year]["verdict"] == "no_report"
        assert gdp[year]["target_doc"] is None and gdp[year]["outcome_doc"] is None
    assert (gdp[2005]["target_surface"], gdp[2005]["verdict"]) == ("8%", "no_outcome")
    assert (gdp[2008]["outcome_surface"], gdp[2008]["verdict"]) == ("9%", "no_target")
    wide = {w["ref_year"]: w for w in wide_records(rows)}
    assert wide[2006]["gdp_target"] == "" and wide[2006]["gdp_verdict"] == "no_report"
    assert wide[2009]["gdp_target"] == "8%左右"


def _write_meta(path: Path, rows: list[dict]) -> Path:
    cols = ["doc_id"] + sorted({k for r in rows for k in r} - {"doc_id"})
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        w.writerows(rows)
    return path


def test_a_draft_and_its_final_the_later_report_date_wins(tmp_path):
    text = national_path(2018).read_text(encoding="utf-8")
    assert "国内生产总值增长6.5%左右" in text
    (tmp_path / "final.txt").write_text(text, encoding="utf-8")
    (tmp_path / "draft.txt").write_text(text.replace("国内生产总值增长6.5%左右", "国内生产总值增长7%左右"), encoding="utf-8")
    meta = _write_meta(tmp_path / "meta.csv", [{"doc_id": "final", "report_date": "2018-03-05"},
                                               {"doc_id": "draft", "report_date": "2018-01-20"}])
    nxt = national_path(2019)
    for order in ([tmp_path / "final.txt", tmp_path / "draft.txt"], [tmp_path / "draft.txt", tmp_path / "final.txt"]):
        p = panel([*order, nxt], meta=meta)
        row = p[(p.metric_key == "gdp") & (p.kind == "change") & (p.ref_year == 2018)].iloc[0]
        assert (row.target_doc, row.target_surface, row.target_qualifier) == ("final", "6.5%", "左右")
        assert row.superseded_doc == "draft" and "draft" in row.note
        assert (row.outcome_doc, row.outcome_surface, row.verdict) == ("2019", "6.6%", "met")
        assert not (p.target_doc == "draft").any() and not (p.outcome_doc == "draft").any()


REVIEW_2021 = """2022年政府工作报告
——2022年1月10日在某市第十六届人民代表大会第一次会议上
一、2021年工作回顾
2021年，全市地区生产总值增长8.1%，城镇调查失业率5.1%，居民消费价格上涨0.9%。
二、2022年主要预期目标
全市地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内，居民消费价格涨幅3%左右。
"""
REVIEW_2021_REVISED = """2023年政府工作报告
——2023年1月12日在某市第十六届人民代表大会第二次会议上
一、2022年工作回顾
2022年，全市地区生产总值增长3.2%，城镇调查失业率5.6%。经最终核实，2021年全市地区生产总值增长8.4%。
二、2023年主要预期目标
全市地区生产总值增长5.5%左右。
"""


def test_the_first_reported_outcome_stands_and_a_revision_is_kept(tmp_path):
    (tmp_path / "a.txt").write_text(REVIEW_2021, encoding="utf-8")
    (tmp_path / "b.txt").write_text(REVIEW_2021_REVISED, encoding="utf-8")
    rows = panel_records(read_reports([tmp_path / "b.txt", tmp_path / "a.txt"]))
    gdp = {r["ref_year"]: r for r in rows if r["metric_key"] == "gdp" and r["kind"] == "change"}
    assert gdp[2021]["region"] == "某市"
    assert (gdp[2021]["outcome_doc"], gdp[2021]["outcome_surface"]) == ("a", "8.1%")
    assert (gdp[2021]["revised_doc"], gdp[2021]["revised_surface"], gdp[2021]["revised_value"]) == ("b", "8.4%", 8.4)
    assert (gdp[2022]["target_surface"], gdp[2022]["outcome_surface"], gdp[2022]["verdict"]) == ("6%", "3.2%", "missed")
    assert gdp[2022]["revised_doc"] is None
    unemp = {r["ref_year"]: r for r in rows if r["metric_key"] == "unemployment_surveyed"}
    assert (unemp[2022]["target_qualifier"], unemp[2022]["outcome_surface"], unemp[2022]["verdict"]) == ("以内", "5.6%", "missed")


def test_a_plan_execution_report_gives_the_same_years_outcome():
    rows = panel_records(read_reports([SEED]))
    with_outcome = [r for r in rows if r["outcome_doc"] is not None and r["ref_year"] == 2022]
    assert with_outcome and {r["outcome_source"] for r in with_outcome} == {"same_year_plan_execution"}


# -- the same judgement as track ----------------------------------------------------------------

@pytest.mark.parametrize("plan,outcome", [(2016, 2017), (2018, 2019), (2021, 2022)])
def test_panel_judges_a_pair_as_track_does(plan, outcome):
    from pipeline.compare import from_text

    t = track(from_text(national_path(plan)), from_text(national_path(outcome)))
    p = panel([national_path(plan), national_path(outcome)])
    judged = t[t.canonical & (t.verdict != "no_outcome") & (t.ref_year == plan)]
    assert len(judged) >= 4
    for r in judged.itertuples():
        row = p[(p.metric_key == r.metric_key) & (p.kind == r.kind) & (p.ref_year == r.ref_year)].iloc[0]
        if row.target_start != r.target_start:
            continue  # track judges every target; the panel the year's headline one
        assert (row.outcome_start, row.verdict, row.rule) == (r.outcome_start, r.verdict, r.rule)
        assert row.gap == pytest.approx(r.gap)


# -- inputs ---------------------------------------------------------------------------------------

def test_text_files_and_output_folders_mix(tmp_path):
    from pipeline import run

    run([str(national_path(2016))], tmp_path / "out")
    mixed = panel([tmp_path / "out", national_path(2017)])
    texts = panel([national_path(2016), national_path(2017)])
    pd.testing.assert_frame_equal(mixed, texts)
    # the same report given twice (as text and inside an output folder) counts once
    assert len(panel([tmp_path / "out", national_path(2016), national_path(2017)])) == len(texts)


def test_bad_inputs_are_named_and_nothing_is_written(tmp_path):
    (tmp_path / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    (tmp_path / "minutes.txt").write_text("会议纪要\n今天上午召开工作例会，研究部署下一步工作。\n", encoding="utf-8")
    with pytest.raises(PanelInputError) as e:
        read_reports([tmp_path / "nope.txt", tmp_path / "picture.txt", tmp_path / "minutes.txt", national_path(2018)])
    msg = str(e.value)
    assert f"{tmp_path / 'nope.txt'}: no such file or directory" in msg
    assert f"{tmp_path / 'picture.txt'}: " in msg and "binary" in msg
    assert f"{tmp_path / 'minutes.txt'}: holds no figures" in msg
    assert "2018" not in msg
    out = tmp_path / "panel"
    done = subprocess.run([sys.executable, str(ROOT / "cli.py"), "panel", str(tmp_path / "nope.txt"),
                           str(national_path(2018)), "--out", str(out)], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 2 and "nope.txt: no such file or directory" in done.stderr and not out.exists()


@pytest.mark.parametrize("rows,message", [
    ([{"doc_id": "2099", "region": "全国"}], "row 2: doc_id '2099' matches no input report"),
    ([{"doc_id": "2018", "plan_year": "二〇一八"}], "row 2: plan_year '二〇一八' is not a year"),
])
def test_a_bad_meta_file_is_named_with_its_row(tmp_path, rows, message):
    meta = _write_meta(tmp_path / "meta.csv", rows)
    with pytest.raises(PanelInputError, match=message) as e:
        read_reports([national_path(2018)], meta=meta)
    assert str(meta) in str(e.value)


def test_meta_sets_what_the_text_does_not_say(tmp_path):
    meta = _write_meta(tmp_path / "meta.csv", [{"doc_id": "2018", "region": "中华人民共和国"}])
    p = panel([national_path(2018)], meta=meta)
    assert set(p.region) == {"中华人民共和国"}


# -- files ----------------------------------------------------------------------------------------

def test_cli_writes_the_panel_its_wide_view_and_charts(tmp_path):
    out = tmp_path / "panel"
    done = subprocess.run([sys.executable, str(ROOT / "cli.py"), "panel", str(national_path(2018)),
                           str(national_path(2019)), "--out", str(out)], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "6.5%左右 → 6.6% met" in done.stdout
    table = pq.read_table(out / "panel.parquet").to_pandas()
    assert len(table) == len(pd.read_csv(out / "panel.csv")) > 10
    assert (out / "schema" / "panel.json").exists()
    wide = pd.read_csv(out / "panel_wide.csv", dtype=str, keep_default_na=False).set_index("ref_year")
    assert (wide.loc["2018", "gdp_target"], wide.loc["2018", "gdp_outcome"], wide.loc["2018", "gdp_verdict"]) == ("6.5%左右", "6.6%", "met")
    assert wide.loc["2018", "new_urban_jobs_target"] == "1100万人以上"
    svgs = sorted(p.name for p in (out / "charts").glob("*.svg"))
    assert "全国_gdp.svg" in svgs and "全国_cpi.svg" in svgs
    html = (out / "panel.html").read_text(encoding="utf-8")
    assert html.count('<figure class="chart"') == len(svgs) and "http" not in html.replace("http://www.w3.org", "")
