"""The review page in a real browser: headless Chromium (Debian's `chromium`), driven over the Chrome
DevTools Protocol with websocket-client. It renders with no console errors and no requests beyond
the file itself, its text is the source, clicking a table row scrolls to the mark, hovering a mark
shows its record, and a hostile report stays text.

Regenerate the README screenshot with: .venv/bin/python tests/test_review_browser.py docs/review.png"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from browser import Browser, browser, find_chromium, rect  # noqa: E402,F401  (browser: the fixture)
from pipeline import extract_document  # noqa: E402
from pipeline.review import build_page  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "raw" / "changning_2022_plan_report.txt"


def seed_page(folder: Path) -> tuple[Path, str, dict]:
    text = SEED.read_text(encoding="utf-8")
    tables = extract_document(text, SEED.stem)
    path = folder / f"{SEED.stem}.html"
    path.write_text(build_page(text, tables), encoding="utf-8")
    return path, text, tables


def test_seed_page_in_chromium(browser, tmp_path):
    path, text, tables = seed_page(tmp_path)
    start = len(browser.events)
    browser.open(path.as_uri())
    b = browser
    assert b.js("document.getElementById('doc').textContent") == text
    assert b.js("document.querySelectorAll('#doc mark.q').length") == len(tables["indicators"])
    png = b.screenshot(tmp_path / "review.png")
    assert png.startswith(b"\x89PNG") and len(png) > 20_000

    # a row far down the table: its mark starts off screen, and a click on the row brings it into view
    last = max(tables["indicators"], key=lambda q: q["start"])
    mid = b.js("document.querySelector('#qtable tbody tr:last-child').dataset.q")
    assert b.js(f"document.getElementById('{mid}').textContent") == last["surface"]
    assert rect(b, f"#{mid}")["top"] > 900
    b.js(f"document.querySelector('tr[data-q=\"{mid}\"]').scrollIntoView({{block: 'center'}})")
    row = rect(b, f'tr[data-q="{mid}"]')
    b.click(row["x"], row["y"])
    m = rect(b, f"#{mid}")
    assert 0 <= m["top"] and m["bottom"] <= m["vh"], m
    assert b.js("document.activeElement.id") == mid
    assert b.js("!document.getElementById('tip').hidden")
    assert last["surface"] in b.js("document.getElementById('tip').textContent")

    # hovering another mark shows its record
    b.js("document.getElementById('q00001').scrollIntoView({block: 'center'})")
    first = min(tables["indicators"], key=lambda q: q["start"])
    r = rect(b, "#q00001")
    b.hover(r["x"], r["y"])
    tip = b.js("document.getElementById('tip').textContent")
    assert first["surface"] in tip and (first["metric"] or "—") in tip and "metric_key" in tip

    # focusing a mark in the text (Tab) selects its row and scrolls the table, not the page, to it
    mid = b.js("document.querySelectorAll('#doc mark.q')[150].id")
    b.js(f"document.getElementById('{mid}').scrollIntoView({{block: 'center'}}); document.getElementById('{mid}').focus()")
    assert b.js(f"document.querySelector('tr[data-q=\"{mid}\"]').classList.contains('current')")
    row, box, m = rect(b, f'tr[data-q="{mid}"]'), rect(b, ".qwrap"), rect(b, f"#{mid}")
    assert box["top"] <= row["top"] and row["bottom"] <= box["bottom"]
    assert 0 <= m["top"] and m["bottom"] <= m["vh"]

    # sorting by value and filtering keep working
    b.js("document.querySelector('#qtable th[data-sort=value]').click()")
    vals = b.js("[...document.querySelectorAll('#qtable tbody tr')].map(r => parseFloat(r.cells[2].dataset.v))")
    assert vals == sorted(vals)
    b.js("const f = document.getElementById('filter'); f.value = 'GDP'; f.dispatchEvent(new Event('input'))")
    shown = b.js("document.querySelectorAll('#qtable tbody tr:not([hidden])').length")
    assert 0 < shown < len(tables["indicators"])

    events = b.events[start:]
    b.events[:] = events
    assert b.errors() == []
    assert all(u == path.as_uri() or u.startswith("data:") for u in b.requests()), b.requests()


def test_hostile_report_stays_text(browser, tmp_path):
    text = ("关于某区2022年计划执行情况的报告\n\n一、<script>alert(1)</script>执行情况\n\n"
            "全区完成投资\"><img src=x onerror=alert(1)>135亿元,同比增长0.9%。\n\n"
            "</div><b onmouseover=alert(1)>新增5G基站276个</b>&amp;\r\n结束。\n")
    tables = extract_document(text, "hostile")
    path = tmp_path / "hostile.html"
    path.write_text(build_page(text, tables), encoding="utf-8")
    start = len(browser.events)
    browser.open(path.as_uri())
    assert browser.js("document.getElementById('doc').textContent") == text
    assert browser.js("document.querySelectorAll('#doc *:not(mark):not(span):not(h2):not(h3):not(h4)').length") == 0
    assert browser.js("document.querySelectorAll('img, script').length") == 2  # the page's own two scripts
    events = browser.events[start:]
    assert not [e for e in events if e.get("method") == "Page.javascriptDialogOpening"]
    browser.events[:] = events
    assert browser.errors() == []


def write_screenshot(png_path: Path) -> None:
    """The README's picture: the seed's page, scrolled to a key-work table, with a mark's card open."""
    binary = find_chromium()
    if binary is None:
        sys.exit("chromium is not installed")
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as profile:
        path, _, tables = seed_page(Path(tmp))
        b = Browser(binary, Path(profile))
        try:
            b.send("Emulation.setDeviceMetricsOverride", width=1440, height=900, deviceScaleFactor=1, mobile=False)
            b.open(path.as_uri())
            b.js("window.scrollTo(0, document.getElementById('t-3').getBoundingClientRect().top + scrollY - 150)")
            mid = b.js("document.querySelector('#t-3 mark.q').id")
            b.js(f"const row = document.querySelector('tr[data-q=\"{mid}\"]'); row.classList.add('current');"
                 "const box = document.querySelector('.qwrap'); box.scrollTop = row.offsetTop - box.clientHeight / 2")
            r = rect(b, f"#{mid}")
            b.hover(r["x"], r["y"])
            time.sleep(0.2)
            b.screenshot(png_path)
            assert b.errors() == [], b.errors()
        finally:
            b.close()


if __name__ == "__main__":
    write_screenshot(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/review.png"))
