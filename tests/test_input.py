"""Real-world input (issue 4): every encoding, notation and kind of junk reads correctly with offsets
into the decoded text; every kind of bad file is named with a one-line reason while the other files'
results stay complete."""
import os
import subprocess
import sys
import time

import pyarrow.parquet as pq
import pytest

from conftest import ROOT
from pipeline import extract_document, extract_files
from pipeline.load import InputError, load
from pipeline.normalise import normalise

REPORT = """关于某市2022年国民经济和社会发展计划执行情况的报告
一、2022年计划执行情况
（一）经济运行总体平稳
前三季度,地区生产总值同比增长4.2%,总量达到1.35万亿元。
全年城镇新增就业12.5万人,城镇调查失业率5.5%左右。
（二）重点工作
表1 重点工作推进情况
重点工作
主要推进情况
推进数字化转型
● 新建5G基站276个,累计建成5G基站1849个。
● 完成旧住房改造5000户。
二、2023年主要任务
力争地区生产总值增长6%-6.5%,新增就业岗位3万个以上。
"""


def indicator_view(tables):
    """What an indicator says, without ids: comparable across encodings and notations."""
    return [(q["surface"], q["value"], q["unit"], q["value_base"], q["kind"], q["status"], q["start"], q["end"])
            for q in tables["indicators"]]


def write(path, data: bytes):
    path.write_bytes(data)
    return path


# -- encodings --------------------------------------------------------------------------------------

ENCODINGS = [  # (how the file is written, what documents.encoding records)
    (lambda t: t.encode("utf-8"), "utf-8"),
    (lambda t: t.encode("utf-8-sig"), "utf-8-sig"),
    (lambda t: t.encode("gb18030"), "gb18030"),
    (lambda t: t.encode("gbk"), "gb18030"),
    (lambda t: t.encode("utf-16"), "utf-16-le"),  # Python writes a BOM, little-endian here
    (lambda t: b"\xfe\xff" + t.encode("utf-16-be"), "utf-16-be"),
    (lambda t: t.encode("utf-32"), "utf-32-le"),
    (lambda t: t.encode("utf-16-le"), "utf-16-le"),  # no byte-order mark: told by where its NUL bytes sit
    (lambda t: t.encode("utf-16-be"), "utf-16-be"),
]


@pytest.mark.parametrize("encode,name", ENCODINGS, ids=[e[1] + f"-{i}" for i, e in enumerate(ENCODINGS)])
def test_every_encoding_gives_the_same_extraction(tmp_path, encode, name):
    path = write(tmp_path / "r.txt", encode(REPORT))
    src = load(path)
    assert src.text == REPORT and src.encoding == name
    res = extract_files([path])
    assert res.errors == []
    (doc,) = res.tables["documents"]
    assert doc["encoding"] == name and doc["n_chars"] == len(REPORT)
    assert indicator_view(res.tables) == indicator_view(extract_document(REPORT, "r"))
    for q in res.tables["indicators"]:  # offsets index the decoded text, never the bytes
        assert REPORT[q["start"]:q["end"]] == q["surface"]


def test_a_corpus_file_in_gbk(tmp_path, seed_text):
    path = write(tmp_path / "seed.txt", seed_text.encode("gb18030"))
    res = extract_files([path])
    assert res.tables["documents"][0]["encoding"] == "gb18030"
    assert indicator_view(res.tables) == indicator_view(extract_document(seed_text, "seed"))


# -- bad input: named, one line, and the others complete --------------------------------------------

def _fifo(path):
    os.mkfifo(path)
    return path


BAD = [  # (file name, how to make it, what the message must say)
    ("empty.txt", lambda p: write(p, b""), "is empty (0 bytes)"),
    ("blank.txt", lambda p: write(p, " \n\u3000\r\n\t".encode("utf-8")), "is empty or holds only whitespace"),
    ("bom_only.txt", lambda p: write(p, b"\xef\xbb\xbf"), "is empty or holds only whitespace"),
    ("binary.txt", lambda p: write(p, bytes(range(256)) * 8), "looks binary (contains NUL bytes)"),
    ("utf16_no_bom_noise.txt", lambda p: write(p, bytes(range(1, 256)) * 8 + "\n".encode("utf-16-le") * 400),
     "looks binary (contains NUL bytes)"),
    ("scan.txt", lambda p: write(p, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n"), "is a PDF"),
    ("report.txt", lambda p: write(p, b"PK\x03\x04\x14\x00\x06\x00word/document.xml"), "is a ZIP archive"),
    ("page.txt", lambda p: write(p, b"<!DOCTYPE html>\n<html><body>GDP</body></html>"), "is an HTML page"),
    ("latin1.txt", lambda p: write(p, "Bericht über das Wachstum: 5 % - café".encode("latin-1")),
     "is not text in UTF-8, UTF-16/32 (with BOM) or GB18030/GBK: byte 0xe9 at offset 36 (line 1) cannot be decoded"),
    ("cut.txt", lambda p: write(p, REPORT.encode("utf-8")[:-2]), "is UTF-8 with invalid bytes"),
    ("damaged.txt", lambda p: write(p, REPORT.encode("utf-8").replace(b"\n", b"\n\xff", 2)),
     f"is UTF-8 with invalid bytes: byte 0xff at offset {len(REPORT.splitlines()[0].encode()) + 1} (line 2)"),
    ("bad_bom.txt", lambda p: write(p, b"\xff\xfe" + b"\x00\xd8"), "starts with a utf-16-le byte-order mark but is not valid"),
    ("noise.txt", lambda p: write(p, bytes(b for b in range(1, 32) if b not in (9, 10, 13)) * 200), "does not look like text"),
    ("missing.txt", None, "no such file or directory"),
    ("no_txt_dir", lambda p: (p.mkdir(), write(p / "notes.md", b"# x"))[0], "is a directory with no .txt files"),
    ("fifo.txt", _fifo, "is not a regular file"),
]


@pytest.mark.parametrize("name,make,message", BAD, ids=[b[0] for b in BAD])
def test_bad_file_is_named_and_the_good_file_is_complete(tmp_path, name, make, message):
    good = write(tmp_path / "good.txt", REPORT.encode("utf-8"))
    bad = tmp_path / name
    if make:
        make(bad)
    res = extract_files([good, bad])
    (err,) = res.errors
    assert err["file"] == str(bad) and err["stage"] == "load" and err["error_class"] == "InputError"
    assert message in err["message"] and "\n" not in err["message"]
    alone = extract_files([good])
    assert {k: v for k, v in res.tables.items() if k != "errors"} == {k: v for k, v in alone.tables.items() if k != "errors"}


def test_unreadable_file(tmp_path, monkeypatch):
    """Permission denied. chmod cannot deny root (CI runs tests as root), so the read itself fails."""
    good = write(tmp_path / "good.txt", REPORT.encode("utf-8"))
    locked = write(tmp_path / "locked.txt", REPORT.encode("utf-8"))
    if os.geteuid() != 0:
        locked.chmod(0)
    else:
        real = type(locked).read_bytes

        def read_bytes(self):
            if self.name == "locked.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)
        monkeypatch.setattr(type(locked), "read_bytes", read_bytes)
    res = extract_files([good, locked])
    assert [e["message"] for e in res.errors] == ["cannot be read (Permission denied)"]
    assert [d["doc_id"] for d in res.tables["documents"]] == ["good"]


def test_folder_discovery_is_sorted_case_insensitive_and_skips_hidden(tmp_path):
    for rel in ["b.txt", "A.TXT", "sub/c.txt", ".hidden.txt", ".git/x.txt", "notes.md"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(REPORT, encoding="utf-8")
    res = extract_files([tmp_path])
    assert [d["doc_id"] for d in res.tables["documents"]] == ["A", "b", "c"]


def test_cli_reports_every_bad_file_and_writes_errors_table(tmp_path):
    good = write(tmp_path / "good.txt", REPORT.encode("utf-8"))
    empty = write(tmp_path / "empty.txt", b"")
    pdf = write(tmp_path / "scan.txt", b"%PDF-1.4\n")
    out = tmp_path / "out"
    r = subprocess.run([sys.executable, str(ROOT / "cli.py"), "extract", str(good), str(empty), str(pdf),
                        str(tmp_path / "gone.txt"), "--out", str(out), "--workers", "1"],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 1
    lines = [ln for ln in r.stderr.splitlines() if ln.startswith("error:")]
    assert lines == [f"error: {tmp_path / 'gone.txt'}: no such file or directory [load]",
                     f"error: {empty}: is empty (0 bytes) [load]",
                     f"error: {pdf}: is a PDF, not text: convert it to text first (e.g. pdftotext) [load]"]
    for fmt in ("parquet", "csv"):
        assert (out / f"errors.{fmt}").exists()
    errors = pq.read_table(out / "errors.parquet").to_pylist()
    assert [list(e) for e in errors][0] == ["file", "stage", "error_class", "message"]
    assert [e["file"] for e in errors] == [str(tmp_path / "gone.txt"), str(empty), str(pdf)]
    assert pq.read_table(out / "documents.parquet").column("doc_id").to_pylist() == ["good"]


def test_cli_strict_stops_at_first_failure_and_keeps_previous_output(tmp_path):
    good = write(tmp_path / "good.txt", REPORT.encode("utf-8"))
    empty = write(tmp_path / "empty.txt", b"")
    out = tmp_path / "out"
    cmd = [sys.executable, str(ROOT / "cli.py"), "extract", "--out", str(out), "--workers", "1"]
    assert subprocess.run(cmd + [str(good)], capture_output=True, cwd=ROOT).returncode == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    r = subprocess.run(cmd + ["--strict", str(good), str(empty), str(good)], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 1
    assert f"error: {empty}: is empty (0 bytes) [load]; stopped (--strict)" in r.stderr
    assert "Traceback" not in r.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_strict_names_the_file_of_an_extractor_bug(tmp_path, monkeypatch):
    run_mod = sys.modules["pipeline.run"]  # pipeline.run is also the name of a function

    def broken(text, doc_id, *a, **k):
        raise ZeroDivisionError("division by zero")
    monkeypatch.setattr(run_mod, "extract_document", broken)
    good = write(tmp_path / "good.txt", REPORT.encode("utf-8"))
    with pytest.raises(InputError) as e:
        extract_files([good], strict=True)
    assert e.value.path == str(good) and e.value.stage == "extract"
    assert e.value.message == "ZeroDivisionError: division by zero"
    assert isinstance(e.value.__cause__, ZeroDivisionError)
    res = extract_files([good])  # not strict: an error row
    assert [(x["stage"], x["error_class"]) for x in res.errors] == [("extract", "ZeroDivisionError")]


# -- notations: full-width, traditional, Chinese numerals -------------------------------------------

SAME_VALUE = [  # (variant, plain): the same indicators, values and units
    ("新建5G基站１８４９个。", "新建5G基站1849个。"),
    ("网办率９３％。", "网办率93%。"),
    ("力争增长６%－６.５%。", "力争增长6%-6.5%。"),
    ("力争增长６％～６．５％。", "力争增长6%~6.5%。"),
    ("财政收入135億元。", "财政收入135亿元。"),
    ("常住人口1361萬人。", "常住人口1361万人。"),
    ("新建3個學校,完成12項工程。", "新建3个学校,完成12项工程。"),
    ("地區生產總值增長4.2%,總量5萬億元。", "地区生产总值增长4.2%,总量5万亿元。"),
    ("城镇化率达到百分之三十六點九。", "城镇化率达到36.9%。"),
    ("城镇化率达到百分之三十六点九。", "城镇化率达到36.9%。"),
    ("城镇新增就业一千三百六十一万人。", "城镇新增就业1361万人。"),
    ("财政收入两万亿元。", "财政收入2万亿元。"),
    ("財政收入兩萬億元。", "财政收入2万亿元。"),
    ("出口增长四点二倍。", "出口增长4.2倍。"),
    ("出口增長四點二倍。", "出口增长4.2倍。"),
    ("开展⼆⼗轮核酸筛查。", "开展二十轮核酸筛查。"),  # Kangxi radical ⼗ (U+2F17) from a PDF conversion
    # pinyin a news site prints after characters: 財(cái)政 is 财政
    ("全省財(cái)政收入達(dá)到3996.1億元,增長(zhǎng)5%。", "全省财政收入达到3996.1亿元,增长5%。"),
]


def _values(text):
    return [(q["value"], q["value_high"], q["unit"], q["value_base"], q["kind"], q["direction"], q["metric"])
            for q in extract_document(text, "t")["indicators"]]


@pytest.mark.parametrize("variant,plain", SAME_VALUE, ids=[s[0] for s in SAME_VALUE])
def test_notation_variants_parse_to_the_same_values(variant, plain):
    got = extract_document(variant, "t")["indicators"]
    assert got and _values(variant) == _values(plain)
    for q in got:
        assert variant[q["start"]:q["end"]] == q["surface"]


def test_normalise_is_one_character_for_one():
    text = "⼀、增長６％－６．５％,兩萬億元\u200b\r\n\r人口\u00a0 1361萬人\u3000\t\ufeff\u2028End"
    norm = normalise(text)
    assert len(norm) == len(text)
    assert norm == "一、增长6%-6.5%,两万亿元  \n\n人口  1361万人   \nEnd"


# -- whitespace, line endings, long lines -----------------------------------------------------------

@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_line_endings_give_the_same_structure(newline):
    text = REPORT.replace("\n", newline)
    got, ref = extract_document(text, "r"), extract_document(REPORT, "r")
    assert [(s["level"], s["title"]) for s in got["sections"]] == [(s["level"], s["title"]) for s in ref["sections"]]
    assert [(r["key_work"], r["n_items"]) for r in got["tables"]] == [(r["key_work"], r["n_items"]) for r in ref["tables"]]
    assert [q[:6] for q in indicator_view(got)] == [q[:6] for q in indicator_view(ref)]
    spans = [(r["start"], r["end"], r["text"]) for r in got["items"] + got["sentences"]]
    for start, end, surface in spans + [(q["start"], q["end"], q["surface"]) for q in got["indicators"]]:
        assert text[start:end] == surface and "\r" not in surface


def test_odd_spaces_and_zero_width_characters():
    text = ("\ufeff一、\u3000经济运行\n"
            "\t全年地区生产总值\u00a0增长\u20094.2%,新建\u200b学校\u00a03所。\n")
    t = extract_document(text, "t")
    assert [(s["kind"], s["title"]) for s in t["sections"]] == [("chapter", "经济运行")]
    assert [(q["surface"], q["kind"]) for q in t["indicators"]] == [("4.2%", "change"), ("3所", "level")]
    for q in t["indicators"]:
        assert text[q["start"]:q["end"]] == q["surface"]


# the 1998 national report as a web copy keeps it: a space after every digit
SPACED = ("五年来，我国年进出口总额由1 6 5 5 亿美元增加到3 2 5 1 亿美元。去年经济增长8 ．8 ％，商品零售价格涨幅为0 ．8 ％。"
          "五年铁路正线铺轨总里程1 1 3 4 4 公里，高速公路增加4 0 8 3 公里，电话交换机总容量达到1 ．1 亿门。")


def test_spaced_out_digits_are_read_whole_in_a_text_that_spaces_them():
    got = extract_document(SPACED, "t")["indicators"]
    assert [(q["surface"], q["value"], q["unit"]) for q in got] == [
        ("1 6 5 5 亿美元", 1655, "亿美元"), ("3 2 5 1 亿美元", 3251, "亿美元"), ("8 ．8 ％", 8.8, "%"),
        ("0 ．8 ％", 0.8, "%"), ("1 1 3 4 4 公里", 11344, "公里"), ("4 0 8 3 公里", 4083, "公里"),
        ("1 ．1 亿门", 1.1, "亿门")]
    for q in got:
        assert SPACED[q["start"]:q["end"]] == q["surface"]


def test_one_spaced_pair_in_an_ordinary_text_is_no_spaced_copy():
    # (a text is read as spaced out only where such runs recur: here 2020 2021 stay two years)
    got = extract_document("全区生产总值增长6.1%，新增就业3 万人，2020 2021年度新建学校12所。", "t")["indicators"]
    assert [(q["surface"], q["value"]) for q in got] == [("6.1%", 6.1), ("3 万人", 3), ("12所", 12)]


def test_a_middle_dot_between_digits_is_a_decimal_point_before_a_unit():
    # the 1999 national report's typesetting; “8·22” in a name stays two numbers' worth of name
    got = extract_document("国内生产总值比上年增长7·8％，全社会固定资产投资增长14·1％。“8·22”重大垮塌事故应急救援处置。", "t")
    assert [(q["surface"], q["value"]) for q in got["indicators"]] == [("7·8％", 7.8), ("14·1％", 14.1)]


def test_a_200k_character_line_is_linear():
    sentence = "新建学校3所,增长4.2%,投资1.5亿元,"
    line = (sentence * (200_000 // len(sentence) + 1))[:200_000]
    t0 = time.perf_counter()
    t = extract_document(line + "\n", "t")
    secs = time.perf_counter() - t0
    assert len(t["indicators"]) > 10_000
    assert max(len(s["text"]) for s in t["sentences"]) <= 1000
    assert secs < 20, f"{secs:.1f}s for one 200,000-character line"


# -- web pages and conversions ----------------------------------------------------------------------

WEB_PAGE = """首页 > 政务公开 > 规划计划
关于某市2022年计划执行情况的报告
来源：市发展改革委　　发布时间：2023-01-05 10:30
【字号：加大 还原 减小】
下载 打印 全屏 收藏
【打印本页】【关闭窗口】
浏览次数：1234次
扫一扫在手机打开当前页
一、总体情况
全年地区生产总值增长5%。
— 2 —
第 3 页 共 10 页
Page 4 of 10
关于某市2022年计划执行情况的报告
二、社会事业
新建学校3所。
关于某市2022年计划执行情况的报告
上一篇：关于2021年计划执行情况的报告
版权所有：某市人民政府　ICP备12345678号
"""


def test_web_page_junk_is_neither_heading_item_nor_indicator():
    t = extract_document(WEB_PAGE, "t")
    assert [(s["kind"], s["title"]) for s in t["sections"]] == [
        ("title", "关于某市2022年计划执行情况的报告"), ("chapter", "总体情况"), ("chapter", "社会事业")]
    assert [i["text"] for i in t["items"]] == [
        "关于某市2022年计划执行情况的报告", "总体情况", "全年地区生产总值增长5%。", "社会事业", "新建学校3所。"]
    assert [q["surface"] for q in t["indicators"]] == ["5%", "3所"]


def test_a_title_repeated_once_is_kept():
    """A notice that quotes the report's title, then the report: not a running header."""
    text = "关于某市2022年计划执行情况的报告\n一、说明\n见下文。\n关于某市2022年计划执行情况的报告\n一、总体情况\n增长5%。\n"
    assert [s["kind"] for s in extract_document(text, "t")["sections"]] == ["title", "chapter", "title", "chapter"]


BULLETS = ["l ", "l\t", "●", "•", "·", "◆", "\uf06c", "\uf0b7", "\uf0a7", "\uf0d8", "Ø", "■", "——"]


@pytest.mark.parametrize("marker", BULLETS, ids=[hex(ord(m[0])) for m in BULLETS])
def test_bullet_variants(marker):
    text = f"表1 重点工作推进情况\n重点工作\n主要推进情况\n推进数字化转型\n{marker}新建5G基站276个。\n{marker} 完成改造5000户。\n"
    t = extract_document(text, "t")
    (row,) = t["tables"]
    assert row["key_work"] == "推进数字化转型" and row["n_items"] == 2
    assert row["cells"][1:] == ["新建5G基站276个。", "完成改造5000户。"]
    assert [i["kind"] for i in t["items"]] == ["heading", "key_work", "bullet", "bullet"]


@pytest.mark.parametrize("heading", ["（一）经济运行", "(一)经济运行", "（一） 经济运行", "一）经济运行", "一)经济运行"])
def test_section_headings_with_and_without_full_width_parentheses(heading):
    t = extract_document(f"一、总体情况\n{heading}\n增长5%。\n", "t")
    assert [(s["kind"], s["number"], s["title"]) for s in t["sections"]] == [
        ("chapter", "一", "总体情况"), ("section", "一", "经济运行")]
    assert t["indicators"][0]["section_id"] == t["sections"][1]["section_id"]


@pytest.mark.parametrize("header", [
    "重点工作\n主要推进情况", "重点工作 主要推进情况", "重点工作主要推进情况", "重点\n工作\n主要推进\n情况",
    "重点工作\n主要推进\n情况", "重点工作 主要推进\n情况"])
def test_table_header_split_over_lines(header):
    text = f"表2 民生保障\n{header}\n办好民生实事\n● 新增养老床位200张。\n● 新建学校3所。\n"
    t = extract_document(text, "t")
    (row,) = t["tables"]
    assert row["header"] == ["重点工作", "主要推进情况"] and row["key_work"] == "办好民生实事" and row["n_items"] == 2


def test_untitled_table_with_header_split_over_lines():
    t = extract_document("一、回顾\n重点\n工作\n主要推进情况\n办好民生实事\n● 新建学校3所。\n", "t")
    assert [(r["header"], r["key_work"]) for r in t["tables"]] == [(["重点工作", "主要推进情况"], "办好民生实事")]


def test_header_repeated_at_a_page_break_continues_the_table():
    text = ("表1 重点工作推进情况\n重点工作\n主要推进情况\n推进数字化转型\n● 新建5G基站276个。\n"
            "— 7 —\n重点工作\n主要推进情况\n● 完成改造5000户。\n加快城市更新\n● 完成旧改300户。\n")
    t = extract_document(text, "t")
    assert [(r["table_id"], r["key_work"], r["n_items"]) for r in t["tables"]] == [
        ("t:t01", "推进数字化转型", 2), ("t:t01", "加快城市更新", 1)]
