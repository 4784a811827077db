"""Chapter headings whose number a web copy dropped (“十四五”时期工作回顾 alone on its line): a short
line without sentence or clause punctuation, holding a heading word, alone between paragraphs. Text
in the layout of a 2026 provincial report saved from a web page; numbered reports are unchanged."""
from __future__ import annotations

import pytest

from conftest import national_text
from pipeline import extract_document
from pipeline.segment import segment

OPEN = "各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n"
BODY = "全省地区生产总值增长5.5%，城镇新增就业30万人。\n"

# (text, titles of the level-1 sections)
CASES = [
    # alone between paragraphs, heading words 工作回顾 / 目标任务 / 重点工作
    (OPEN + "“十四五”时期工作回顾\n" + BODY + "“十五五”时期的主要目标任务\n" + BODY + "2026年重点工作\n" + BODY,
     ["“十四五”时期工作回顾", "“十五五”时期的主要目标任务", "2026年重点工作"]),
    (OPEN + "2026年经济社会发展的总体要求\n" + BODY, ["2026年经济社会发展的总体要求"]),
    (OPEN + "2025年工作回顾\n" + BODY + "2026年工作任务\n" + BODY, ["2025年工作回顾", "2026年工作任务"]),  # (Wuxi 2011, 2015)
    # a sentence, or a lead-in closed by a colon, is text, not a heading
    (OPEN + "五年来主要做了以下工作。\n" + BODY, []),
    (OPEN + "重点抓好八个方面工作：\n" + BODY, []),
    # no heading word: a short line of its own is not a chapter
    (OPEN + "经济实力持续提升\n" + BODY, []),
    # a run of short lines is a list or table, not a heading
    (OPEN + "重点工作\n推进情况\n完成情况\n" + BODY, []),
    # the line before does not end a sentence: a web page broke a sentence there
    ("今年要扎实做好\n“十五五”重点任务\n开局起步的各项工作，确保实现良好开局。\n", []),
    # too long to be a heading
    (OPEN + "全面总结“十四五”时期经济社会发展取得的重大成就和宝贵经验的工作回顾\n" + BODY, []),
]


@pytest.mark.parametrize("text,titles", CASES, ids=[str(n) for n in range(len(CASES))])
def test_bare_chapter_headings(text, titles):
    assert [s["title"] for s in segment("t", text).sections if s["level"] == 1] == titles


def test_numbered_sections_nest_under_a_bare_chapter():
    text = OPEN + "2026年重点工作\n今年重点抓好两个方面工作：\n（一）放大促消费扩投资政策效应\n新增省级创新平台100个。\n"
    secs = segment("t", text).sections
    assert [(s["level"], s["title"]) for s in secs] == [(1, "2026年重点工作"), (2, "放大促消费扩投资政策效应")]
    assert secs[1]["parent_id"] == secs[0]["section_id"]
    ind = extract_document(text, "t")["indicators"]
    assert [(i["surface"], i["section_id"]) for i in ind] == [("100个", secs[1]["section_id"])]


@pytest.mark.parametrize("year", [2008, 2013, 2016, 2021])
def test_numbered_national_reports_keep_their_chapters(year):
    """Every level-1 section of a numbered national report still carries its chapter number."""
    secs = segment(str(year), national_text(year)).sections
    assert [s for s in secs if s["level"] == 1 and s["number"] is None] == []
