"""--meta FILE.csv: identity supplied from outside the text. Reading (bad files named with their row),
overriding (conflicts with the text kept, derived years following), and the figures' years
following the override; a doc_id that names no input is refused before the output is touched."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import extract_document
from pipeline.meta import MetaError, apply_meta, read_meta
from pipeline.run import run

ROOT = Path(__file__).resolve().parents[1]
# a work report with no title, no date line and no year in its headings
UNDATED = ("各位代表：\n现在，我代表市人民政府，向大会报告工作。\n一、去年工作回顾\n全市地区生产总值增长5.2%。\n"
           "二、今年主要任务\n今年全市地区生产总值增长5%左右。\n")
DATED = ("政府工作报告\n——2023年1月15日在浙江省第十四届人民代表大会第一次会议上\n各位代表：\n"
         "现在，我代表省人民政府向大会报告工作。\n一、2022年工作回顾\n全省生产总值增长3.1%。\n")


def write(tmp_path: Path, text: str, name: str = "meta.csv") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_read_meta_types_and_empty_cells(tmp_path):
    p = write(tmp_path, "\ufeffdoc_id,region,admin_level,report_kind,report_date,report_year,plan_year\n"
                        "a,宁波市,prefectural,work_report,2024-01-16,2024,\n b ,,,,,2023,2023\n\n")
    rows = read_meta(p)
    assert {k: {f: v for f, v in r.items() if f != "_row"} for k, r in rows.items()} == {
        "a": {"region": "宁波市", "admin_level": "prefectural", "report_kind": "work_report",
              "report_date": "2024-01-16", "report_year": 2024},
        "b": {"report_year": 2023, "plan_year": 2023},
    }


# csv text, the words the error must hold (file name, row)
BAD = [
    ("id,report_year\na,2023\n", ["meta.csv, row 1", "no doc_id column"]),
    ("doc_id,report_year\na,2023\na,2024\n", ["meta.csv, row 3", "given twice", "row 2"]),
    ("doc_id,report_year\na,2023\nb,二〇二三\n", ["meta.csv, row 3", "not a year"]),
    ("doc_id,plan_year\na,23\n", ["meta.csv, row 2", "not a year"]),
    ("doc_id,reviewed_year\na,2023.0\n", ["row 2", "not a year"]),
    ("doc_id,admin_level\na,city\n", ["row 2", "admin_level 'city'", "prefectural"]),
    ("doc_id,report_kind\na,budget\n", ["row 2", "report_kind 'budget'", "work_report"]),
    ("doc_id,report_date\na,15/01/2023\n", ["row 2", "report_date"]),
    ("doc_id,year\na,2023\n", ["row 1", "unknown column 'year'"]),
    ("doc_id,region\n,浙江省\n", ["row 2", "empty doc_id"]),
]


@pytest.mark.parametrize("text,words", BAD, ids=[w[-1] for _, w in BAD])
def test_bad_meta_files_are_named_with_their_row(tmp_path, text, words):
    with pytest.raises(MetaError) as e:
        read_meta(write(tmp_path, text))
    for w in words:
        assert w in str(e.value)
    assert str(tmp_path / "meta.csv") in str(e.value)


def test_missing_meta_file(tmp_path):
    with pytest.raises(MetaError, match="nowhere.csv: file not found"):
        read_meta(tmp_path / "nowhere.csv")


def test_override_records_conflicts_and_rederives_years():
    doc = extract_document(DATED, "zj")["documents"][0]
    assert (doc["report_year"], doc["reviewed_year"], doc["plan_year"]) == (2023, 2022, 2023)
    out = apply_meta(doc, {"region": "浙江省", "report_year": 2024, "admin_level": "provincial"}, "ids.csv")
    # the same region is no conflict; a different year is, with what the text said and where
    assert out["meta_conflicts"] == [
        "report_year: meta 2024, text 2023 (——2023年1月15日在浙江省第十四届人民代表大会第一次会议上@7)"]
    assert (out["report_year"], out["report_year_cue"], out["region_cue"]) == (2024, "meta:ids.csv", "meta:ids.csv")
    # the plan year was derived from the report year, so it follows; the reviewed year was read off a heading
    assert (out["plan_year"], out["plan_year_cue"]) == (2024, "derived:report_year")
    assert (out["reviewed_year"], out["reviewed_year_cue"][:10]) == (2022, "2022年工作回顾@")
    assert apply_meta(doc, None, "ids.csv") == doc


def test_meta_fills_what_the_text_lacks_and_the_figures_follow():
    plain = extract_document(UNDATED, "nb")
    assert plain["documents"][0]["report_year"] is None
    assert [i["ref_year"] for i in plain["indicators"]] == [None, None]
    out = extract_document(UNDATED, "nb", meta={"report_year": 2024, "region": "宁波市"}, meta_source="m.csv")
    (doc,) = out["documents"]
    assert (doc["region"], doc["admin_level"], doc["admin_level_cue"]) == ("宁波市", "prefectural", "derived:region")
    assert (doc["reviewed_year"], doc["plan_year"], doc["meta_conflicts"]) == (2023, 2024, [])
    assert [(i["surface"], i["ref_year"]) for i in out["indicators"]] == [("5.2%", 2023), ("5%", 2024)]


def test_run_with_meta(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "nb.txt").write_text(UNDATED, encoding="utf-8")
    meta = write(tmp_path, "doc_id,report_year,report_kind\nnb,2024,work_report\n")
    res = run([str(src)], tmp_path / "out", meta=meta)
    assert not res.errors
    import pyarrow.parquet as pq
    (doc,) = pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()
    assert (doc["report_year"], doc["report_year_cue"], doc["plan_year"]) == (2024, "meta:meta.csv", 2024)


def test_unknown_doc_id_is_refused_before_the_output_is_touched(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "nb.txt").write_text(UNDATED, encoding="utf-8")
    meta = write(tmp_path, "doc_id,report_year\nnb,2024\nnb2,2023\n")
    out = tmp_path / "out"
    with pytest.raises(MetaError, match=r"meta.csv, row 3: doc_id 'nb2' matches no input document"):
        run([str(src)], out, meta=meta)
    assert not out.exists()
    done = subprocess.run([sys.executable, str(ROOT / "cli.py"), "extract", str(src), "--out", str(out),
                           "--meta", str(meta), "-j", "1"], capture_output=True, text=True)
    assert done.returncode == 2
    assert "row 3" in done.stderr and "nb2" in done.stderr and not out.exists()
