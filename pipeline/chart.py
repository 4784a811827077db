"""The panel as pictures: one small chart per headline metric and region, each target drawn as what
it is (a band for 左右 and ranges, a floor for 以上, a cap for 以内), the outcome as a line, each
year's marker coloured by its verdict. matplotlib draws them (SVG backend, text as paths, so a
chart needs no font where it is viewed); DIR/charts/<region>_<metric>.svg for papers and
DIR/panel.html, one offline page with every chart inline."""
from __future__ import annotations

import html
import io
import math
import re
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .compare import written
from .panel import Headline, headline_rows, panel_config

VERDICT_COLOURS = {"met": "#2e7d32", "exceeded": "#1565c0", "missed": "#c62828", "no_target": "#757575",
                   "no_outcome": "#757575", "no_report": "#757575"}
TARGET_COLOUR = "#f9a825"
_HAN = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")
_SAFE = re.compile(r"[^\w\u4e00-\u9fff-]+")
_METADATA = re.compile(r"<metadata>.*?</metadata>\n?", re.S)


@lru_cache(maxsize=None)
def cjk_font() -> Optional[str]:
    """A font family with Chinese glyphs that matplotlib can use (fontconfig's `:lang=zh`), or None:
    then labels keep only their English part rather than render as empty boxes."""
    from matplotlib import font_manager

    if shutil.which("fc-list") is None:
        return None
    try:
        listed = subprocess.run(["fc-list", ":lang=zh", "file", "family"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    for line in sorted(listed.splitlines()):
        path, _, families = line.partition(":")
        if not families.strip() or not path.lower().endswith((".ttf", ".ttc", ".otf")):
            continue
        try:
            font_manager.fontManager.addfont(path.strip())  # fonts installed after matplotlib's cache was built
            return font_manager.FontProperties(fname=path.strip()).get_name()
        except (OSError, RuntimeError, ValueError):
            continue
    return None


def english(label: str) -> str:
    """The English part of a bilingual label (居民消费价格 CPI → CPI), or '' when there is none."""
    return " ".join(w for w in label.split() if not _HAN.search(w))


def _text(s: str, cjk: bool) -> str:
    return s if cjk or not _HAN.search(s) else english(s)


def _display_unit(rows: list[dict]) -> tuple[str, float, str]:
    """(unit as written, base per unit, base unit) that most of a series' figures are written in."""
    units = {}
    for row in rows:
        for side in ("target", "outcome"):
            u, v, vb = row.get(f"{side}_unit"), row.get(f"{side}_value"), row.get(f"{side}_value_base")
            if u is not None and v:
                units.setdefault(u, [0, vb / v if vb is not None else 1.0, row.get(f"{side}_unit_base") or u])[0] += 1
    if not units:
        return "", 1.0, ""
    u, (_, mult, base) = max(units.items(), key=lambda kv: kv[1][0])
    return u, mult, base


def _scale(row: dict, side: str, unit: tuple[str, float, str]) -> Optional[float]:
    """A side's value in the display unit; None when its unit does not convert."""
    _, mult, base = unit
    vb, ub = row.get(f"{side}_value_base"), row.get(f"{side}_unit_base")
    if vb is None:
        return None
    if ub != base:
        conv = panel_config()[1]
        if ub in conv and conv[ub][0] == base:
            vb = vb * conv[ub][1]
        elif base in conv and conv[base][0] == ub:
            vb = vb / conv[base][1]
        else:
            return None
    return vb / mult


def _rc(region: Optional[str], head: Headline) -> dict:
    font = cjk_font()
    return {"svg.fonttype": "path", "svg.hashsalt": f"{region}-{head.metric}", "font.size": 8,
            "font.family": ["sans-serif"], "font.sans-serif": ([font] if font else []) + ["DejaVu Sans"],
            "axes.unicode_minus": False}


def chart_figure(region: Optional[str], head: Headline, years: dict[int, dict], label: str):
    """One chart as a matplotlib Figure (no pyplot, so no global figure state or GUI backend)."""
    from matplotlib import rc_context
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.ticker import MaxNLocator

    cjk = cjk_font() is not None
    rows = [years[y] for y in sorted(years)]
    unit = _display_unit(rows)
    with rc_context(_rc(region, head)):
        fig = Figure(figsize=(4.2, 2.6))
        ax = fig.add_subplot()
        xs = sorted(years)
        for y in xs:
            if years[y].get("target_value") is not None:
                _draw_target(ax, y, years[y], unit)
        oy = [(y, _scale(years[y], "outcome", unit)) for y in xs]
        ax.plot([y for y, _ in oy], [v if v is not None else math.nan for _, v in oy], color="#37474f", lw=1.2, zorder=3)
        for y, v in oy:
            if v is not None:
                ax.scatter([y], [v], s=26, color=VERDICT_COLOURS.get(years[y]["verdict"], "#757575"),
                           edgecolors="white", linewidths=0.6, zorder=4, label=f"outcome {y}")
        ax.set_xlim(min(xs) - 0.6, max(xs) + 0.6)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=8))
        ax.set_title(f"{_text(region or '', cjk)} {_text(label, cjk)}".strip(), fontsize=9, loc="left")
        if unit[0] and _text(unit[0], cjk):
            ax.set_ylabel(_text(unit[0], cjk))
        ax.grid(axis="y", color="#e0e0e0", lw=0.5)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        handles = [Patch(color=TARGET_COLOUR, alpha=0.35, label="target"),
                   Line2D([], [], color="#37474f", lw=1.2, label="outcome")]
        handles += [Line2D([], [], ls="", marker="o", color=VERDICT_COLOURS[v], label=v)
                    for v in ("met", "exceeded", "missed") if any(r["verdict"] == v for r in rows)]
        ax.legend(handles=handles, fontsize=6, frameon=False, loc="best", ncol=2)
        fig.subplots_adjust(left=0.15, right=0.98, top=0.88, bottom=0.11)  # fixed: tight_layout doubles the cost
    return fig


def chart_svg(region: Optional[str], head: Headline, years: dict[int, dict], label: str) -> str:
    """One chart as SVG text: deterministic (no date; ids salted by the chart's name, so charts
    inlined in one page do not share clip-path ids), text drawn as paths."""
    from matplotlib import rc_context

    fig = chart_figure(region, head, years, label)
    buf = io.StringIO()
    with rc_context(_rc(region, head)):
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    svg = _METADATA.sub("", buf.getvalue())  # RDF boilerplate naming purl.org: not needed offline
    return svg[svg.index("<svg"):]


def _draw_target(ax, year: int, row: dict, unit) -> None:
    """A target as what it is: a band (左右, bare: ± the tolerance; a range: low to high), a floor
    (以上: a line with ▲ and a light zone above) or a cap (以内, and 左右 on a lower-is-better metric:
    a line with ▼ and a light zone below)."""
    lo = _scale(row, "target", unit)
    if lo is None:
        return
    hi = (_scale(dict(row, target_value_base=row.get("target_value_high_base")), "target", unit)
          if row.get("target_value_high") is not None else None)
    tol = (row.get("tolerance") or 0.0) * (lo / row["target_value"] if row.get("target_value") else 1.0)
    sign = -1 if row.get("kind") in ("change", "pp_change") and row.get("target_direction") == "down" else 1
    lo, hi = sign * lo, (sign * hi if hi is not None else None)
    xs = [year - 0.38, year + 0.38]
    rule = row.get("rule")
    if rule == "range" and hi is not None:
        ax.fill_between(xs, min(lo, hi), max(lo, hi), color=TARGET_COLOUR, alpha=0.35, lw=0, zorder=1, label=f"range {year}")
    elif rule in ("floor", "ceiling", "ceiling_band"):
        up = (rule == "floor") == (sign > 0)
        zone = max(abs(lo) * 0.06, tol)
        ax.fill_between(xs, lo, lo + (zone if up else -zone), color=TARGET_COLOUR, alpha=0.18, lw=0, zorder=1)
        ax.plot(xs, [lo, lo], color=TARGET_COLOUR, lw=2, zorder=2)
        ax.plot([year], [lo], marker="^" if up else "v", color=TARGET_COLOUR, ms=5, zorder=2,
                label=f"{'floor' if up else 'cap'} {year}")
    else:
        ax.fill_between(xs, lo - tol, lo + tol, color=TARGET_COLOUR, alpha=0.35, lw=0, zorder=1, label=f"band {year}")
        ax.plot(xs, [lo, lo], color=TARGET_COLOUR, lw=1.4, zorder=2)


def chart_name(region: Optional[str], head: Headline) -> str:
    return f"{_SAFE.sub('_', region or 'region')}_{head.metric}"


_CSS = """body{font:14px/1.45 system-ui,sans-serif;margin:1.5rem;color:#212121}
h1{font-size:1.3rem}h2{font-size:1.1rem;margin-top:2rem}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));gap:1rem}
figure.chart{margin:0;border:1px solid #e0e0e0;border-radius:6px;padding:.4rem}
figure.chart svg{width:100%;height:auto}
figcaption{font-size:12px;color:#424242}
table{border-collapse:collapse;font-size:12px;margin-top:.3rem}td,th{padding:1px 6px;border-bottom:1px solid #eee;text-align:left}
.met{color:#2e7d32}.exceeded{color:#1565c0}.missed{color:#c62828}"""


def _caption(label: str, years: dict[int, dict]) -> str:
    cells = []
    for y in sorted(years):
        row = years[y]
        if row["verdict"] == "no_report":
            continue
        t = written(row.get("target_surface"), row.get("target_qualifier"), row.get("target_direction")) or "—"
        o = written(row.get("outcome_surface"), row.get("outcome_qualifier"), row.get("outcome_direction")) or "—"
        cells.append(f"<tr><td>{y}</td><td>{html.escape(t)}</td><td>{html.escape(o)}</td>"
                     f"<td class=\"{row['verdict']}\">{row['verdict']}</td></tr>")
    return (f"<figcaption>{html.escape(label)}<table><tr><th>year</th><th>target</th><th>outcome</th><th>verdict</th></tr>"
            + "".join(cells) + "</table></figcaption>")


def write_charts(folder: Path, rows: list[dict]) -> list[Path]:
    """DIR/charts/<region>_<metric>.svg per headline series and region, and DIR/panel.html."""
    folder = Path(folder)
    charts = folder / "charts"
    charts.mkdir(parents=True, exist_ok=True)
    by = headline_rows(rows)
    order = {h: n for n, h in enumerate(panel_config()[0])}
    paths, sections = [], {}
    for (region, head) in sorted(by, key=lambda k: (k[0] or "", order[k[1]])):
        years = by[(region, head)]
        label = next(iter(years.values()))["label"]
        svg = chart_svg(region, head, years, label)
        path = charts / f"{chart_name(region, head)}.svg"
        path.write_text(svg, encoding="utf-8")
        paths.append(path)
        sections.setdefault(region, []).append(
            f'<figure class="chart" id="{html.escape(chart_name(region, head))}" data-region="{html.escape(region or "")}" '
            f'data-metric="{head.metric}">{svg}{_caption(label, years)}</figure>')
    body = "".join(f"<h2>{html.escape(region or '(region not named)')}</h2><div class=\"grid\">{''.join(figs)}</div>"
                   for region, figs in sections.items())
    page = ("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>Targets and outcomes</title>"
            f"<style>{_CSS}</style></head><body><h1>Targets and outcomes</h1>"
            "<p>Each chart: the year's target (shaded: a band for 左右 and ranges; a floor ▲ for 以上; a cap ▼ for 以内), "
            "the outcome as a line, each year's point coloured by its verdict: "
            "<span class=\"met\">met</span>, <span class=\"exceeded\">exceeded</span>, <span class=\"missed\">missed</span>, "
            "grey without a target. Numbers and sources: panel.csv.</p>"
            f"{body or '<p>No headline metric in these reports.</p>'}</body></html>\n")
    out = folder / "panel.html"
    out.write_text(page, encoding="utf-8")
    return paths + [out]
