"""find_cues skips a text holding none of the characters every year cue needs (needed_chars, read
off the cue patterns of metrics.json): the skip must never drop a cue."""
from __future__ import annotations

import pytest
import regex

from conftest import national_text
from pipeline.identity import digit_years
from pipeline.lexicon import load
from pipeline.metrics import find_cues, needed_chars, needed_sets, year_cues
from pipeline.normalise import normalise


def test_cue_chars_are_read_off_the_patterns():
    # without them (a Python whose stdlib parser moved) every text takes the slow scan
    assert year_cues().cue_chars is not None


def test_needed_chars_reads_only_what_every_match_holds():
    assert needed_chars("今年|本年") == {"年"}
    assert needed_chars("累计|共") == {"计", "共"}
    assert needed_chars("(?:过去)?五年") == {"年"}
    assert needed_chars("(?<=年)共") == {"共"}  # a lookbehind's text is in the text too
    assert needed_chars("(?<!年)") is None and needed_chars("年?") is None and needed_chars("年*") is None
    assert needed_chars("(?i)a") is None and needed_chars("(?i:a)") is None  # other cases match
    assert needed_chars(r"\p{Han}年") == {"年"} and needed_chars(r"[\p{Han}a]") is None
    assert needed_chars("(?P<n>一)年|(?P<n>二)年") == {"年"}  # one name for two groups, as regex allows
    assert needed_chars(r"\\p{Han}") == {"}"}  # an escaped backslash, then the letters
    assert needed_chars("19年", unreliable="0123456789") == {"年"}
    assert needed_chars("19", unreliable="0123456789") is None


def test_needed_sets_reads_every_part_a_match_needs():
    # a cue is scanned for only when the text holds one character of each set
    assert set(needed_sets(r"(?P<a>\d{4})年?\s?[-—至到]\s?(?P<b>\d{4})年", unreliable="0123456789 ")) == {
        frozenset("年"), frozenset("-—至到")}
    assert needed_sets("今年|本年") == (frozenset("年"), frozenset("今本"))
    assert needed_sets("年?") == ()


@pytest.mark.parametrize("year", [2005, 2013, 2021])
def test_no_cue_pattern_is_skipped_where_it_matches(year):
    for pat, kind, _, needed in year_cues().cues:
        for clause in regex.split(r"[,，;；:：。\n]", digit_years(normalise(national_text(year)))):
            if pat.search(clause):
                assert all(set(clause) & s for s in needed), (kind, clause)


def test_every_cue_pattern_needs_some():
    d = load("metrics")["ref_year"]
    for p in [d["explicit"]] + [c["pattern"] for c in d["cues"]]:
        assert needed_chars(p, unreliable="0123456789 "), p


@pytest.mark.parametrize("year", [2005, 2013, 2021])
def test_no_cue_in_a_report_is_dropped(year):
    yc = year_cues()
    for clause in regex.split(r"[,，;；:：。\n]", digit_years(normalise(national_text(year)))):
        assert yc.cue_chars.search(clause) or not yc.any_cue.search(clause), clause


def test_no_cue_is_dropped():
    yc = year_cues()
    texts = ["2025年，全市生产总值增长5%", "“十四五”时期，累计新增就业", "十八大以来，我们", "本世纪末达到",
             "过去五年", "共建成", "一九九二年全年", "《2025年规划》", "比上年增长", "没有年份的句子"]
    for t in texts:
        assert yc.cue_chars.search(t) or not yc.any_cue.search(t), t
    assert [c.kind for c in find_cues("2025年，全市", yc)] == ["explicit"]
    assert find_cues("全市生产总值增长5%", yc) == []
