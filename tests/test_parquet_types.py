"""The Parquet files read well: in pandas, columns of few values are `category` and integers that can
be missing are nullable `Int64`; pyarrow readers (score.py, review, compare) still get plain str and
int values, and the CSV is what it was."""
import csv
import re

import pandas as pd
import pyarrow.parquet as pq
import pytest

from conftest import NATIONAL, ROOT, SEED

PROVINCIAL = ROOT / "tests" / "data" / "provincial_work_report.txt"


# five-year figures of the 2018 national report: about no one year, so ref_year is missing
FIVE_YEARS = ("政府工作报告\n一、过去五年工作回顾\n过去五年，我国经济实力跃上新台阶。国内生产总值从54万亿元增加到82.7万亿元，"
              "年均增长7.1%，占世界经济比重从11.4%提高到15%左右，对世界经济增长贡献率超过30%。\n")


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    """The seed, a provincial report and a five-year review, one document per row group: each row
    group has its own dictionaries, which pandas must still read as one categorical column."""
    from pipeline.run import run

    tmp = tmp_path_factory.mktemp("types")
    (tmp / "five_years.txt").write_text(FIVE_YEARS, encoding="utf-8")
    out = tmp / "out"
    res = run([str(SEED), str(PROVINCIAL), str(tmp / "five_years.txt")], out, batch_docs=1)
    assert not res.errors
    return out


DTYPES = [
    ("indicators", "kind", "category"),
    ("indicators", "direction", "category"),
    ("indicators", "status", "category"),
    ("indicators", "numeral", "category"),
    ("indicators", "unit", "category"),
    ("indicators", "unit_base", "category"),
    ("indicators", "metric_key", "category"),
    ("indicators", "qualifier", "category"),
    ("indicators", "ref_year", "Int64"),
    ("indicators", "ref_start", "Int64"),
    ("indicators", "ref_end", "Int64"),
    ("indicators", "start", "int64"),
    ("indicators", "value", "float64"),
    ("documents", "report_kind", "category"),
    ("documents", "admin_level", "category"),
    ("documents", "encoding", "category"),
    ("documents", "report_year", "Int64"),
    ("documents", "reviewed_year", "Int64"),
    ("documents", "plan_year", "Int64"),
    ("documents", "n_chars", "int64"),
    ("tables", "table_no", "Int64"),
    ("tables", "table_kind", "category"),
    ("sections", "kind", "category"),
    ("items", "kind", "category"),
    ("errors", "stage", "category"),
]


@pytest.mark.parametrize("table,column,dtype", DTYPES)
def test_pandas_dtype(out, table, column, dtype):
    assert str(pd.read_parquet(out / f"{table}.parquet")[column].dtype) == dtype


@pytest.mark.parametrize("table,column", [("indicators", "metric"), ("indicators", "surface"), ("indicators", "doc_id"),
                                          ("items", "text"), ("documents", "title")])
def test_free_text_and_ids_stay_strings(out, table, column):
    assert str(pd.read_parquet(out / f"{table}.parquet")[column].dtype) in ("str", "string", "object")


def test_ref_year_is_a_year_not_a_float(out):
    ind = pd.read_parquet(out / "indicators.parquet")
    # 区级一般公共预算收入135亿元 is about the year the seed reviews
    years = ind[(ind.doc_id == SEED.stem) & (ind.surface == "135亿元")].ref_year.tolist()
    assert years == [2022] and type(years[0]) is int
    assert ind.ref_year.dropna().astype(str).str.fullmatch(r"\d{4}").all()  # 2025, never 2025.0
    five = ind[ind.doc_id == "five_years"]
    assert five.surface.tolist()[:3] == ["54万亿元", "82.7万亿元", "7.1%"]
    assert five.ref_year.isna().all() and five.ref_year.tolist()[0] is pd.NA  # <NA> in Int64, not NaN in float64


@pytest.mark.parametrize("table", ["documents", "sections", "tables", "items", "sentences", "indicators", "errors"])
def test_pyarrow_readers_get_plain_values(out, table):
    """pq.read_table(...).to_pylist(), as score.py, review and compare read the files: str for the
    dictionary columns, int (or None) for the Int64 ones, the same values pandas shows."""
    rows = pq.read_table(out / f"{table}.parquet").to_pylist()
    df = pd.read_parquet(out / f"{table}.parquet")
    assert len(rows) == len(df)
    for column in df.columns:
        dtype = str(df[column].dtype)
        if dtype not in ("category", "Int64"):
            continue
        kinds = {type(r[column]) for r in rows} - {type(None)}
        assert kinds <= ({str} if dtype == "category" else {int}), (column, kinds)
        as_pandas = [None if pd.isna(v) else v for v in df[column].tolist()]
        assert as_pandas == [r[column] for r in rows], column


def test_csv_cells_match_the_parquet(out):
    with open(out / "indicators.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    df = pd.read_parquet(out / "indicators.parquet")
    for column in ("kind", "unit", "metric_key", "qualifier"):
        assert [r[column] for r in rows] == ["" if pd.isna(v) else v for v in df[column]]
    assert [r["ref_year"] for r in rows] == ["" if pd.isna(v) else str(v) for v in df.ref_year]  # 2022, not 2022.0


def test_compare_tables_read_the_same_way(tmp_path):
    """diff and track go through the same writer: their years are Int64, their classes category."""
    if not NATIONAL.exists():
        pytest.skip("../shared is absent")
    from pipeline.compare import diff_records, from_text, records, track_records, write_rows
    from schemas.compare import DiffRow, TrackRow

    old, new = (records(from_text(NATIONAL / f"{y}.txt")) for y in (2021, 2022))
    write_rows(tmp_path, "diff", DiffRow, diff_records(old, new))
    write_rows(tmp_path, "track", TrackRow, track_records(old, new))
    d = pd.read_parquet(tmp_path / "diff.parquet")
    assert (d.kind.dtype, d.change.dtype, d.old_ref_year.dtype) == ("category", "category", "Int64")
    t = pd.read_parquet(tmp_path / "track.parquet")
    assert (t.verdict.dtype, t.ref_year.dtype, t.target_unit.dtype) == ("category", "Int64", "category")
    gdp = t[(t.metric_key == "gdp") & (t.kind == "change")].iloc[0]
    assert (gdp.ref_year, gdp.verdict, gdp.target_surface) == (2021, "exceeded", "6%")


def test_pandas_frames_still_compare(out):
    """pipeline.diff over frames read by pd.read_parquet (category, Int64) gives what it gives over
    plain records."""
    import pipeline
    from pipeline.compare import diff_records

    ind = pd.read_parquet(out / "indicators.parquet")
    seed = ind[ind.doc_id == SEED.stem]
    frame = pipeline.diff(seed, seed)
    plain = diff_records(*[[r for r in pq.read_table(out / "indicators.parquet").to_pylist() if r["doc_id"] == SEED.stem]] * 2)
    assert len(frame) == len(plain) and set(frame.change) == {"unchanged"}
    assert frame.metric_key.tolist() == [r["metric_key"] for r in plain]


def _columns_doc():
    import importlib.util

    spec = importlib.util.spec_from_file_location("columns_doc", ROOT / "tools" / "columns_doc.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _columns(page: str) -> list[tuple]:
    """(table, column, type, pandas dtype) of each row of the page; descriptions left out, so that
    rewording a field's description does not fail the suite (regenerating picks it up)."""
    rows, table = [], None
    for line in page.splitlines():
        if line.startswith("## "):
            table = line[3:]
        elif m := re.match(r"^\| `(\w+)` \| ([^|]*) \| (\w+) \|", line):
            rows.append((table, m[1], m[2], m[3]))
    return rows


def test_column_dictionary_is_current():
    doc = _columns((ROOT / "docs" / "columns.md").read_text(encoding="utf-8"))
    assert len(doc) > 150 and doc == _columns(_columns_doc().page()), \
        "docs/columns.md is out of date: run python tools/columns_doc.py"


@pytest.mark.parametrize("table", ["documents", "sections", "tables", "items", "sentences", "indicators", "errors"])
def test_column_dictionary_says_what_pandas_reads(out, table):
    """The dtype docs/columns.md gives each column is the one pd.read_parquet returns."""
    text = (ROOT / "docs" / "columns.md").read_text(encoding="utf-8").split(f"\n## {table}\n")[1].split("\n## ")[0]
    stated = {m[1]: m[2] for m in re.finditer(r"^\| `(\w+)` \| [^|]* \| (\w+) \|", text, re.M)}
    df = pd.read_parquet(out / f"{table}.parquet")
    assert list(stated) == list(df.columns)
    actual = {c: "str" if str(t) in ("str", "string") else str(t) for c, t in df.dtypes.items()}
    assert stated == actual
