"""Every regular expression runs in linear time (issue 4). The patterns are collected from the
pipeline's modules and builders (benchmarks/regex_timing.py), so a new pattern is covered without
touching this file, and each is run over pathological 100,000-character inputs (10^5 digits, 10^5 万,
long runs of separators, quotes, brackets …) and over their first quarter: four times the text may take
about four times as long, never the sixteen times of a quadratic pattern. Growth, not a time limit: the
number patterns take half a second over 10^5 digits on a slow machine, and a limit that close to the
measured time failed where nothing had changed. The timings themselves are the benchmark's
(`python benchmarks/regex_timing.py`). A whole document made of each input (25,000 characters)
must extract in seconds, too."""
import gc
import sys
import time

import pytest
import regex

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import regex_timing  # noqa: E402

GROWTH = 8  # at most this much longer on four times the text (linear: 4, quadratic: 16; the number pattern's
# backtracking, quadratic, read 9 to 13 here, and failed CI at 9). At 6, a linear one-character class read 6.7 in
# a fresh clone: the garbage collector's passes, which grow with the heap, were timed with it (now switched off)
FLOOR = 0.02  # seconds: a scan quicker than this is too quick to time, and reads as this
RUNAWAY = 10.0  # seconds of wall clock after which a scan is stopped and counts as never ending
N = 100_000

PATTERNS = regex_timing.collect()
INPUTS = regex_timing.inputs(N)


def _seconds(rx, text: str) -> float:
    """CPU seconds of one scan: a busy machine (tests beside a benchmark) stretches the wall clock of a
    linear pattern past the limit, and failed this test where nothing had changed. The timeout, on the
    wall clock, only stops a runaway pattern."""
    subject = text.encode("utf-8") if isinstance(rx.pattern, bytes) else text
    kw = {"timeout": RUNAWAY} if isinstance(rx, regex.Pattern) else {}  # the stdlib's re has no timeout
    gc.disable()
    t0 = time.process_time()
    try:
        for _ in rx.finditer(subject, **kw):
            pass
    except TimeoutError:
        return float("inf")
    finally:
        gc.enable()
    return time.process_time() - t0


def test_the_collection_sees_every_stage():
    names = " ".join(PATTERNS)
    for expected in ("extract.grammar().number", "extract.grammar().periods", "segment.patterns().title",
                     "segment.patterns().levels", "segment.junk_patterns()", "segment._SENTENCE_END",
                     "identity.identity_lexicon().date_line", "load._UNREADABLE"):
        assert expected in names
    assert len(PATTERNS) >= 40


@pytest.mark.parametrize("name", list(PATTERNS))
def test_pattern_is_linear_on_pathological_input(name):
    slow = {}
    for iname, text in INPUTS.items():
        quarter, whole = _seconds(PATTERNS[name], text[:N // 4]), _seconds(PATTERNS[name], text)
        if whole != float("inf") and whole > GROWTH * max(quarter, FLOOR):  # timed again: the least of three
            quarter = min(quarter, *(_seconds(PATTERNS[name], text[:N // 4]) for _ in range(2)))
            whole = min(whole, *(_seconds(PATTERNS[name], text) for _ in range(2)))
        if whole == float("inf") or whole > GROWTH * max(quarter, FLOOR):
            slow[iname] = (round(quarter, 3), round(whole, 3))
    assert not slow, f"{name} ({PATTERNS[name].pattern[:120]!r}) grows faster than its text on {slow} (seconds: a quarter, the whole)"


DOC_INPUTS = {k: v[: N // 4] for k, v in INPUTS.items()}


def test_whole_documents_of_pathological_text_extract_in_seconds():
    from pipeline import extract_document

    slow, failed = {}, {}
    for iname, text in DOC_INPUTS.items():
        t0 = time.perf_counter()
        try:
            extract_document(text, "d")
        except Exception as e:  # noqa: BLE001 - every failure is listed
            failed[iname] = f"{type(e).__name__}: {e}"
        dt = time.perf_counter() - t0
        if dt > 5:
            slow[iname] = round(dt, 1)
    assert not failed and not slow, f"failed: {failed}; seconds per 25,000 characters: {slow}"
