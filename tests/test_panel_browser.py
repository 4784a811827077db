"""The panel's picture: each target drawn as what it is (band, range, floor, cap), labels readable
with or without a Chinese font, and panel.html in headless Chromium (tests/browser.py): it loads
offline, has one chart per headline metric and region, and logs no errors."""
from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from browser import browser, rect  # noqa: E402,F401  (browser: the fixture)
from conftest import NATIONAL  # noqa: E402
from pipeline import chart  # noqa: E402
from pipeline.panel import Headline, headline_rows, panel_records, read_reports, write_panel  # noqa: E402


@lru_cache(maxsize=None)
def four_years() -> tuple:
    paths = [NATIONAL / f"{y}.txt" for y in (2016, 2017, 2018, 2019)]
    if not all(p.exists() for p in paths):
        pytest.skip(f"{NATIONAL} is absent (../shared is not beside the project)")
    return tuple(panel_records(read_reports(paths)))


def series(metric: str, kind: str) -> tuple[str, Headline, dict, str]:
    by = headline_rows(list(four_years()))
    head = Headline(metric, kind)
    (region,) = [r for r, h in by if h == head]
    years = by[(region, head)]
    return region, head, years, next(iter(years.values()))["label"]


def drawn(fig) -> dict[str, object]:
    """The chart's target artists by label (band 2017, floor 2018 …)."""
    labels = ((a.get_label(), a) for a in fig.axes[0].get_children())
    return {lab: a for lab, a in labels if isinstance(lab, str) and lab[:1] not in ("", "_")}


def y_extent(collection) -> tuple[float, float]:
    ys = collection.get_paths()[0].vertices[:, 1]
    return round(float(ys.min()), 6), round(float(ys.max()), 6)


# (metric, kind, year, what the target is drawn as, y extent of its shaded zone or None), read off the reports
TARGETS = [
    ("gdp", "change", 2016, "range", (6.5, 7.0)),  # 6.5%－7%
    ("gdp", "change", 2017, "band", (6.2, 6.8)),  # 6.5%左右 ± 0.3
    ("gdp", "change", 2019, "range", (6.0, 6.5)),  # 6%－6.5%
    ("new_urban_jobs", "level", 2018, "floor", None),  # 1100万人以上
    ("unemployment_registered", "share", 2017, "cap", None),  # 4.5%以内
    ("unemployment_surveyed", "share", 2018, "cap", None),  # 5.5%以内
    ("cpi", "change", 2018, "cap", None),  # 3%左右 on a lower-is-better metric: a cap with tolerance
]


@pytest.mark.parametrize("metric,kind,year,shape,extent", TARGETS)
def test_a_target_is_drawn_as_what_it_is(metric, kind, year, shape, extent):
    fig = chart.chart_figure(*series(metric, kind))
    artists = drawn(fig)
    assert f"{shape} {year}" in artists, sorted(artists)
    if extent is not None:
        assert y_extent(artists[f"{shape} {year}"]) == pytest.approx(extent)
    # the outcome of the year before the last is a point coloured by its verdict
    outcomes = [k for k in artists if k.startswith("outcome ")]
    assert outcomes


@pytest.mark.parametrize("label,english", [("地区生产总值 GDP", "GDP"), ("居民消费价格 CPI", "CPI"),
                                           ("城镇新增就业 new urban jobs", "new urban jobs"), ("全国", ""), ("%", "%")])
def test_the_english_part_of_a_label(label, english):
    assert chart.english(label) == english


def test_without_a_chinese_font_labels_keep_their_english(monkeypatch):
    monkeypatch.setattr(chart, "cjk_font", lambda: None)
    fig = chart.chart_figure(*series("new_urban_jobs", "level"))
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "new urban jobs" and ax.get_ylabel() == ""


def test_with_a_chinese_font_labels_are_chinese():
    if chart.cjk_font() is None:
        pytest.skip("no font with Chinese glyphs (fc-list :lang=zh is empty)")
    fig = chart.chart_figure(*series("gdp", "change"))
    assert fig.axes[0].get_title(loc="left") == "全国 地区生产总值 GDP"


def test_charts_are_the_same_bytes_every_time(tmp_path):
    rows = list(four_years())
    write_panel(tmp_path / "a", rows)
    write_panel(tmp_path / "b", rows)
    for name in ("panel.html", "charts/全国_gdp.svg", "panel_wide.csv", "panel.csv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_panel_page_in_chromium(browser, tmp_path):
    rows = list(four_years())
    write_panel(tmp_path, rows)
    expected = {(region or "", h.metric) for region, h in headline_rows(rows)}
    svgs = sorted((tmp_path / "charts").glob("*.svg"))
    assert len(svgs) == len(expected) >= 6
    page = tmp_path / "panel.html"
    start = len(browser.events)
    browser.open(page.as_uri())
    figures = browser.js("[...document.querySelectorAll('figure.chart')].map(f => [f.dataset.region, f.dataset.metric])")
    assert sorted(map(tuple, figures)) == sorted(expected)
    # every chart is drawn: an inline svg of real size with the matplotlib paths in it
    sizes = browser.js("[...document.querySelectorAll('figure.chart svg')].map(s => { const r = s.getBoundingClientRect();"
                       " return [r.width, r.height, s.querySelectorAll('path').length]; })")
    assert len(sizes) == len(expected) and all(w > 200 and h > 100 and n > 20 for w, h, n in sizes), sizes
    gdp = rect(browser, 'figure[data-metric="gdp"] svg')
    assert gdp["top"] >= 0 and gdp["left"] >= 0
    assert "6.5%左右" in browser.js("document.querySelector('figure[data-metric=\"gdp\"] figcaption').textContent")
    events = browser.events[start:]
    browser.events[:] = events
    assert browser.errors() == []
    assert all(u == page.as_uri() or u.startswith("data:") for u in browser.requests()), browser.requests()
