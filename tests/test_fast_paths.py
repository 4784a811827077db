"""The cheap tests some helpers run before a regex call must never skip a change the call would make."""
import regex

from pipeline.extract import _SPACE, _without_space


def test_whitespace_but_space_is_unprintable():
    # _without_space skips _SPACE.sub for a printable phrase without " ": no other character \s matches is printable
    space = regex.compile(r"\s")
    printable = [hex(c) for c in range(0x110000)
                 if chr(c) != " " and chr(c).isprintable() and space.match(chr(c))]
    assert printable == []


def test_without_space():
    for phrase in ["地区生产总值", "地区 生产总值", "地区\u3000生产总值", "生产\n总值", "总值\xa0", ""]:
        assert _without_space(phrase) == _SPACE.sub("", phrase)


def test_start_chars():
    from pipeline.metrics import start_chars
    assert start_chars(r"^(?:据初步统计|其中)") == frozenset("据其")
    assert start_chars(r"(?:其)?[一二]是(?=\p{Han})") == frozenset("其一二")
    assert start_chars(r"(?<=\d)(?:以上|左右)") == frozenset("以左")
    for unknown in (r"\d+", r"a?", r"\p{Han}x", r"[^a]b", r"(?i)ab", r"(?:x|\s)y"):
        assert start_chars(unknown) is None, unknown


def test_starts_of_is_sound():
    # at every position of real reports, a pattern that matches starts on one of its start characters
    from pathlib import Path

    from conftest import ROOT
    from pipeline.extract import _LEADING_YEAR, _LEADING_YEAR_STARTS, grammar
    from pipeline.metrics import year_cues
    from pipeline.normalise import normalise
    from pipeline.segment import junk_patterns, patterns
    gm, pat, jp = grammar(), patterns(), junk_patterns()
    pairs = [(gm.leading, gm.leading_starts), (gm.qual_after, gm.qual_after_starts),
             (gm.change_start, gm.change_start_starts), (_LEADING_YEAR, _LEADING_YEAR_STARTS),
             (pat.table_title, pat.table_title_starts), (pat.annex, pat.annex_starts),
             (pat.bullet, pat.bullet_starts), (jp.label, jp.label_starts),
             (year_cues().salutation, year_cues().salutation_starts)]
    texts = [normalise(p.read_text(encoding="utf-8")) for p in sorted(Path(ROOT, "raw").glob("*.txt"))[:3]]
    assert texts
    for text in texts:
        for line in text.split("\n")[:400]:
            for i in range(len(line)):
                for rx, starts in pairs:
                    if rx.match(line, i):
                        assert line[i] in starts, (rx.pattern[:40], line[i:i + 20])


def test_needed_scan_is_sound():
    # in every span of real sentences where a pattern matches, its needed_scan finds a character
    from pathlib import Path

    from conftest import ROOT
    from pipeline.extract import grammar
    from pipeline.metrics import _ANYWHERE, needed_scan, year_cues
    from pipeline.normalise import normalise
    assert needed_scan(r"(?<=年)增长") is _ANYWHERE and needed_scan(r"\d+") is _ANYWHERE
    gm, yc = grammar(), year_cues()
    pairs = [(gm.qual_before, gm.qual_before_needs), (gm.comparison, gm.comparison_needs),
             (gm.gap_base, gm.gap_base_needs), (gm.ratio_base, gm.ratio_base_needs),
             (yc.flow, yc.flow_needs), (yc.sustain, yc.sustain_needs), (gm.any_status, gm.any_status_needs),
             (gm.list_status, gm.list_status_needs), (gm.status_cue, gm.status_cue_needs),
             (gm.condition_frame, gm.condition_frame_needs), (gm.from_marker, gm.from_marker_needs)]
    text = normalise(sorted(Path(ROOT, "raw").glob("*.txt"))[0].read_text(encoding="utf-8"))
    for sentence in text.replace("\n", "。").split("。")[:300]:
        for a in range(0, len(sentence), 3):
            for b in range(a, min(len(sentence), a + 40) + 1, 2):
                for rx, needs in pairs:
                    if rx.search(sentence, a, b):
                        assert needs.search(sentence, a, b), (rx.pattern[:40], sentence[a:b])


def test_footer_needs_is_sound():
    from pipeline.segment import junk_patterns
    jp = junk_patterns()
    import json
    from conftest import ROOT
    for w in json.loads((ROOT / "pipeline" / "data" / "junk.json").read_text(encoding="utf-8"))["footer_words"]:
        assert jp.footer_needs.search("页脚" + w + "。"), w


def test_spans_touches():
    from pipeline.extract import Spans
    spans = Spans([2, 10, 11], [6, 14, 12])  # (overlapping spans too: covering() reads the last one started)
    for lo in range(0, 16):
        for hi in range(lo, 17):
            if not spans.touches(lo, hi):
                assert all(spans.covering(p) is None for p in range(lo, hi)), (lo, hi)


def test_scaled_whole_numbers():
    # the shortcut for whole numbers gives what formatting to 15 digits gives
    import random

    from pipeline.numbers import scaled
    rng = random.Random(7)
    for _ in range(20000):
        value = rng.choice([float(rng.randrange(10 ** rng.randrange(1, 17))), round(rng.uniform(0, 1e6), rng.randrange(4)), -0.0])
        mult = rng.choice([1.0, 10.0, 100.0, 1e3, 1e4, 1e8, 1e12, 0.1])
        assert scaled(value, mult) == float(f"{value * mult:.15g}"), (value, mult)
