"""The review page, read back with an HTML parser: the document container's text is the source, every
indicator has exactly one mark whose text is its surface, in order and at its offset; tables are real
tables; numbers nobody extracted are underlined (dates, ordinals and numbering are not); a hostile
report stays text; the page loads nothing from outside; diff and track rows link to both marks."""
import subprocess
import sys
import time
from collections import Counter
from html.parser import HTMLParser

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT, SEED
from test_properties import report as generated_report
from pipeline import extract_document
from pipeline.review import build_page

VOID = {"meta", "link", "input", "br", "img", "hr", "wbr", "col", "area", "base", "source", "track", "embed"}


class Page(HTMLParser):
    """Text and elements of the #doc container, with the source offset at which each element opens."""

    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.in_doc = 0  # stack depth of #doc, 0 when outside
        self.buf: list[str] = []
        self.pos = 0
        self.elements: list[tuple[str, dict, int]] = []  # inside #doc
        self.marks: list[dict] = []
        self.tags: Counter = Counter()
        self.attrs_all: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self.stray: list[str] = []
        self.feed(page)
        self.close()
        self.text = "".join(self.buf)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags[tag] += 1
        self.attrs_all.append((tag, a))
        if tag in VOID:
            return
        self.stack.append((tag, a))
        if self.in_doc:
            self.elements.append((tag, a, self.pos))
            if tag == "mark":
                self.marks.append({"id": a.get("id"), "class": a.get("class", ""), "start": self.pos, "text": ""})
        elif a.get("id") == "doc":
            self.in_doc = len(self.stack)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes <{self.stack[-1][0] if self.stack else None}>"
        if self.in_doc and len(self.stack) == self.in_doc:
            self.in_doc = 0
        self.stack.pop()

    def handle_data(self, data):
        if self.stack and self.stack[-1][0] in ("table", "thead", "tbody", "tr"):
            self.stray.append(data)
        if self.stack and self.stack[-1][0] == "script":
            self.scripts.append(data)
        if not self.in_doc:
            return
        self.buf.append(data)
        self.pos += len(data)
        if any(t == "mark" for t, _ in self.stack[self.in_doc:]):
            self.marks[-1]["text"] += data

    def text_of(self, cls: str) -> list[int]:
        """Source offset of each element of the class inside #doc."""
        return [start for _, a, start in self.elements if cls in a.get("class", "").split()]


@pytest.fixture(scope="module")
def seed(seed_text):
    tables = extract_document(seed_text, SEED.stem)
    t0 = time.perf_counter()
    page = build_page(seed_text, tables)
    return seed_text, tables, page, time.perf_counter() - t0


def test_page_text_is_the_source(seed):
    text, _, page, _ = seed
    assert Page(page).text == text


def test_every_indicator_has_one_mark_at_its_surface_in_order(seed):
    text, tables, page, _ = seed
    p = Page(page)
    inds = sorted(tables["indicators"], key=lambda q: q["start"])
    assert len(p.marks) == len(inds) > 250
    assert len({m["id"] for m in p.marks}) == len(p.marks)
    for m, q in zip(p.marks, inds):
        assert m["text"] == q["surface"]
        assert m["start"] == q["start"]
        assert f"k-{q['kind']}" in m["class"] and f"s-{q['status']}" in m["class"]
    assert [m["start"] for m in p.marks] == sorted(m["start"] for m in p.marks)


def test_structure_headings_and_real_tables(seed):
    text, tables, page, _ = seed
    p = Page(page)
    heads = [(t, a, s) for t, a, s in p.elements if t in ("h2", "h3", "h4", "h5", "h6")]
    assert [s for _, _, s in heads] == sorted(s["start"] for s in tables["sections"])
    tbls = [(a, s) for t, a, s in p.elements if t == "table"]
    rows = tables["tables"]
    assert len(tbls) == len({r["table_id"] for r in rows}) == 21
    assert [s for _, s in tbls] == sorted({r["table_start"] for r in rows})
    trs = [a["data-row"] for t, a, _ in p.elements if t == "tr" and "data-row" in a]
    assert trs == [r["row_id"] for r in sorted(rows, key=lambda r: r["start"])]
    # a key-work row: the key work in its own cell, then one line per bullet in the next cell
    key_rows = [r for r in rows if r["table_kind"] == "key_work" and r["key_work"]]
    kw_cells = [s for t, a, s in p.elements if t == "th" and a.get("class") == "kw"]
    assert sorted(kw_cells) == sorted(r["start"] for r in rows if r["table_kind"] == "key_work")
    r0 = key_rows[0]
    assert text[r0["start"]:].startswith(r0["key_work"])
    # no text sits in table structure outside cells: a browser would move it out of the table
    assert p.stray == []


def test_one_line_rows_become_table_cells():
    """A Word/PDF table with a row a line: every cell its own <td>, the header its own <th>s, the marks
    inside their cells, the 表N line the caption, and the page's text still the source."""
    text = ("表1 主要指标\n指标名称\t单位\t2022年预计\t2023年目标\n地区生产总值增长\t%\t3左右\t5.5左右\n"
            "一般公共预算收入 | 亿元 | 135 | 140\n\n序号\t重点工作\t主要任务\n1\t推进数字化转型\t新建5G基站500个，数据中心2个\n")
    tables = extract_document(text, "t")
    p = Page(build_page(text, tables))
    assert p.text == text and p.stray == []
    assert [m["text"] for m in p.marks] == ["3", "5.5", "135", "140", "500个", "2个"]
    cells = [(t, s) for t, a, s in p.elements if t in ("caption", "th", "td")]
    starts = {t: [s for tag, s in cells if tag == t] for t in ("caption", "th", "td")}
    assert starts["caption"] == [0]
    assert [text[s:].split("\t")[0].split(" |")[0].split("\n")[0] for s in starts["th"]] == [
        "指标名称", "单位", "2022年预计", "2023年目标", "序号", "重点工作", "主要任务"]
    assert len(starts["td"]) == 4 + 4 + 3
    assert [text[s:s + 4] for s in starts["td"]][:4] == ["地区生产", "%\t3左", "3左右\t", "5.5左"]


def test_unextracted_numbers_are_underlined_dates_ordinals_and_numbering_are_not():
    text = ("关于某区2022年计划执行情况的报告\n\n一、2022年工作回顾\n\n(三)重点工作\n\n"
            "1.第五届进博会于11月5日至11月10日举办,新建5G基站276个。\n\n"
            "全年清运医废垃圾66941盒。1-10月,区级收入135亿元。\n")
    tables = extract_document(text, "t")
    p = Page(build_page(text, tables))
    assert p.text == text
    starts = p.text_of("miss")
    assert starts == [text.index("66941")]
    for not_a_miss in ("2022年工作", "五届", "11月5日", "1-10月", "1.第"):
        assert text.index(not_a_miss) not in starts
    assert sorted(m["text"] for m in p.marks) == sorted(q["surface"] for q in tables["indicators"])


HOSTILE = ("关于某区2022年计划执行情况的报告\n\n一、<script>alert(1)</script>执行情况\n\n"
           "全区完成投资\"><img src=x onerror=alert(1)>135亿元,同比增长0.9%。</script><!--\n\n"
           "l 新增5G基站276个</b>&amp;&#60;\r\n结束 ]]> \u2028 ' \" `。\n")


def test_hostile_report_renders_as_text():
    tables = extract_document(HOSTILE, "x\"><img src=x onerror=alert(1)>")
    tables["indicators"][0]["metric"] = "</script><script>alert(1)</script>"
    page = build_page(HOSTILE, tables)
    p = Page(page)
    assert p.text == HOSTILE
    assert p.tags["img"] == 0 and p.tags["script"] == 2
    assert {t for t, _, _ in p.elements} <= {"h2", "h3", "mark", "span"}
    assert all(not k.startswith("on") for _, a in p.attrs_all for k in a)
    assert "</script><script>" not in p.scripts[0] and "\\u003c/script\\u003e" in p.scripts[0]
    assert len(p.marks) == len(tables["indicators"]) >= 3


# pieces of reports: headings, table layouts, bullets, numbers, markup, odd whitespace and line ends
PIECES = ["关于某区2022年计划执行情况的报告", "一、", "(三)", "1.", "表1 重点工作推进情况", "重点工作", "主要推进情况",
          "重点工作 主要推进情况", "l\xa0 ", "●", "序号", "标  题", "制定机关", "1", "2", "GDP同比增长0.4%",
          "新建5G基站276个", "完成135亿元", "五十四轮核酸筛查", "清运66941桶", "2022年11月18日", "第五届", "推进",
          "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "&amp;", "'", "。", ",", "\n", "\n\n",
          " ", "\u3000", "\r\n", "\r", "\t", "\ufeff", "\u2028",
          "指标\t单位\t2022年预计\t2023年目标", "地区生产总值 | % | 3左右 | 5.5左右", "序号\t重点工作\t主要任务", "1\t推进\t新建5G基站276个"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40))
def test_any_report_keeps_its_text_and_marks(pieces):
    text = "".join(pieces)
    if not text.strip():
        return
    tables = extract_document(text, "h")
    p = Page(build_page(text, tables))
    assert p.text == text
    inds = sorted(tables["indicators"], key=lambda q: q["start"])
    assert [(m["start"], m["text"]) for m in p.marks] == [(q["start"], q["surface"]) for q in inds]
    assert p.stray == [] and p.tags["img"] == 0 and p.tags["script"] == 2


@settings(max_examples=80, deadline=None, derandomize=True, database=None)
@given(generated_report())
def test_generated_reports_render_whole(text):
    """The property tests' report-like text (every heading, table layout, notation and junk) renders
    with its text intact, every indicator marked, nothing stray in table structure."""
    tables = extract_document(text, "g")
    p = Page(build_page(text, tables))
    assert p.text == text and p.stray == []
    inds = sorted(tables["indicators"], key=lambda q: q["start"])
    assert [(m["start"], m["text"]) for m in p.marks] == [(q["start"], q["surface"]) for q in inds]


def test_page_is_self_contained(seed):
    _, _, page, _ = seed
    p = Page(page)
    for tag, a in p.attrs_all:
        assert "src" not in a, (tag, a)
        if tag == "link":
            assert a["href"].startswith("data:"), a
        if tag == "a":
            assert a["href"].startswith("#"), a
    csp = next(a["content"] for t, a in p.attrs_all if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp
    assert "@import" not in page and "url(" not in page


def test_seed_page_is_fast(seed):
    assert seed[3] < 1.0


def test_missing_new_columns_show_a_dash(seed_text):
    tables = extract_document(seed_text, "seed")
    for q in tables["indicators"]:
        q.pop("ref_year", None)
        q.pop("metric_key", None)
    p = Page(build_page(seed_text, tables))
    assert '"ref_year":"—","metric_key":"—"' in p.scripts[0]


def cli(*args):
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *map(str, args)], capture_output=True, text=True, cwd=ROOT)


REPORT_A = ("关于某区2022年计划执行情况的报告\n\n一、2022年计划执行情况\n\n"
            "前三季度,GDP同比增长0.4%。全年新建5G基站276个。\n\n二、2023年主要任务\n\n力争GDP增长6%左右。\n")
REPORT_B = ("关于某区2023年计划执行情况的报告\n\n一、2023年计划执行情况\n\n"
            "全年GDP同比增长5.1%。全年新建5G基站300个。\n")


@pytest.fixture(scope="module")
def two_docs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("review")
    raw = tmp / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(REPORT_A, encoding="utf-8")
    (raw / "b.txt").write_text(REPORT_B, encoding="utf-8")
    out = tmp / "out"
    r = cli("extract", raw, "--out", out)
    assert r.returncode == 0, r.stderr
    return tmp, out


def run_in_process(*args):
    """The CLI without a new interpreter, for the cheap cases."""
    from typer.testing import CliRunner

    import cli as cli_module

    return CliRunner().invoke(cli_module.app, list(map(str, args)))


def test_cli_writes_one_page_per_document_and_an_index(two_docs):
    tmp, out = two_docs
    r = cli("review", out, "--html", tmp / "pages")
    assert r.returncode == 0, r.stderr
    for name in ("a.html", "b.html", "index.html"):
        assert (tmp / "pages" / name).exists()
    assert Page((tmp / "pages" / "a.html").read_text(encoding="utf-8")).text == REPORT_A
    r = run_in_process("review", out, "--doc", "b", "--html", tmp / "one" / "b.html")
    assert r.exit_code == 0, r.output
    assert Page((tmp / "one" / "b.html").read_text(encoding="utf-8")).text == REPORT_B


@pytest.mark.parametrize("args, message", [
    (["--html", "{tmp}/both.html"], "give --doc"),
    (["--doc", "nope", "--html", "{tmp}/x"], "no such document"),
])
def test_cli_review_errors(two_docs, args, message):
    tmp, out = two_docs
    r = run_in_process("review", out, *[a.format(tmp=tmp) for a in args])
    assert r.exit_code == 2 and message in r.output


def test_cli_review_without_extract(tmp_path):
    r = run_in_process("review", tmp_path / "missing", "--html", tmp_path / "x")
    assert r.exit_code == 2 and "run extract first" in r.output


def test_diff_and_track_link_to_marks_in_both_documents(two_docs):
    tmp, out = two_docs
    ind = pq.read_table(out / "indicators.parquet").to_pylist()
    a_target = next(q for q in ind if q["doc_id"] == "a" and q["status"] == "target")
    b_gdp = next(q for q in ind if q["doc_id"] == "b" and q["kind"] == "change")
    a_5g = next(q for q in ind if q["doc_id"] == "a" and q["surface"] == "276个")
    b_5g = next(q for q in ind if q["doc_id"] == "b" and q["surface"] == "300个")
    ddir = tmp / "changes"
    ddir.mkdir()
    pq.write_table(pa.Table.from_pylist([{
        "metric_key": "GDP", "label": "GDP增速", "target_value": 6.0, "actual_value": 5.1, "verdict": "missed",
        "target_doc": "a", "target_start": a_target["start"], "outcome_doc": "b", "outcome_start": b_gdp["start"]}]),
        ddir / "track.parquet")
    pq.write_table(pa.Table.from_pylist([{
        "metric_key": "5G基站", "label": "新建5G基站<b>", "old_value": 276.0, "new_value": 300.0, "change": "up",
        "old_doc": "a", "old_start": a_5g["start"], "new_doc": "b", "new_start": b_5g["start"]}]), ddir / "diff.parquet")
    r = run_in_process("review", out, "--html", tmp / "linked", "--diff", ddir)
    assert r.exit_code == 0, r.output
    pages = {d: Page((tmp / "linked" / f"{d}.html").read_text(encoding="utf-8")) for d in ("a", "b")}
    mark_at = {d: {m["start"]: m["id"] for m in p.marks} for d, p in pages.items()}
    hrefs = {d: [a["href"] for t, a in p.attrs_all if t == "a" and "jump" in a.get("class", "")] for d, p in pages.items()}
    assert f"#{mark_at['a'][a_target['start']]}" in hrefs["a"]
    assert f"b.html#{mark_at['b'][b_gdp['start']]}" in hrefs["a"]
    assert f"a.html#{mark_at['a'][a_5g['start']]}" in hrefs["b"]
    assert f"#{mark_at['b'][b_5g['start']]}" in hrefs["b"]
    page_a = (tmp / "linked" / "a.html").read_text(encoding="utf-8")
    assert "missed" in page_a and "新建5G基站&lt;b&gt;" in page_a
