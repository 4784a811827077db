"""Review: one self-contained HTML page per document that shows the source text with its structure
(headings, key-work and list tables as real tables), every indicator marked in place with its record,
the numbers that were not extracted underlined faintly, and, given diff/track output, the changed
metrics and plan-versus-actual verdicts linked to their marks.

The page's document container holds the source text and nothing else: every character of the
source appears exactly once, in order, in its text nodes (structure is only wrapping elements;
badges come from CSS, not text). Whitespace between block elements sits in `.ws` spans that
collapse it visually without removing it, so the text still equals the source."""
from __future__ import annotations

import base64
import bisect
import hashlib
import html
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import regex

from .extract import find_periods, grammar
from .lexicon import DATA
from .normalise import normalise
from .numbers import parse_chinese, split_group_multiplier
from .segment import Line, cells_of_line, patterns, split_lines

KINDS = ("level", "change", "pp_change", "share")
STATUSES = ("actual", "expected", "target")
KIND_LABEL = {"level": "level", "change": "change %", "pp_change": "pp change", "share": "share / rate"}
STATUS_LABEL = {"actual": "A actual", "expected": "E expected (预计)", "target": "T target"}

# Dates and times that are not periods in periods.json (those are matched separately): a calendar
# year, a day, a month on its own, a year range, a clock time.
_DATE = regex.compile(
    r"(?:19|20)\d\d(?:年|-|/|\.)?(?:\d{1,2}(?:月|-|/|\.))?(?:\d{1,2}日?)?"
    r"|\d{1,2}月(?:\d{1,2}日)?(?:份|底|末|初|中旬|上旬|下旬)?|\d{1,2}日|\d{1,2}[:：]\d\d")
# a number followed by these is a version label, an address or an anniversary (5.0版, 599号, 680弄, 20路公交, 70周年)
_NOT_QUANTITY_AFTER = ("版", "号", "弄", "路", "街坊", "地块", "丘", "周年")
_WS = " \t\n\r\f\v\xa0\u3000\u2002\u2003\u2009\u202f\u200b\ufeff"
_ID_SAFE = re.compile(r"[^A-Za-z0-9_-]+")
_TABLE_NO = regex.compile(r"表\s*\d{1,3}")


# -- escaping -------------------------------------------------------------------------------------

def esc(s: str) -> str:
    """Text for an HTML text node. A CR would be folded into LF by the parser; &#13; keeps it."""
    return html.escape(s, quote=False).replace("\r", "&#13;")


def attr(s) -> str:
    return html.escape("" if s is None else str(s), quote=True).replace("\r", "&#13;").replace("\n", "&#10;")


def script_json(obj) -> str:
    """JSON that is safe inside <script>: no '<', '>' or '&' can close the element or open a comment."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def slug(s: str) -> str:
    return _ID_SAFE.sub("-", s).strip("-") or "doc"


# -- formatting -----------------------------------------------------------------------------------

def missing(v) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or v == ""


def fmt_num(v) -> str:
    if missing(v):
        return "—"
    v = float(v)
    if v.is_integer() and abs(v) < 1e16:
        return f"{int(v):,}"
    return f"{v:,.6g}" if abs(v) >= 1e6 else repr(v)


def fmt(v) -> str:
    if missing(v):
        return "—"
    if isinstance(v, float):
        return fmt_num(v)
    return str(v)


def value_text(q: dict) -> str:
    s = fmt_num(q.get("value")).replace(",", "")
    if not missing(q.get("value_high")):
        s += "–" + fmt_num(q["value_high"]).replace(",", "")
    return s + (q.get("unit") or "")


def base_text(q: dict) -> str:
    s = fmt_num(q.get("value_base"))
    if not missing(q.get("value_high_base")):
        s += " – " + fmt_num(q["value_high_base"])
    return f"{s} {q.get('unit_base') or ''}".strip()


def tip_record(q: dict) -> dict:
    """What the hover card shows; columns another stage may not have yet (ref_year, metric_key) read as —."""
    return {
        "id": q.get("indicator_id"), "surface": q.get("surface"),
        "metric": fmt(q.get("metric")), "value": value_text(q), "base": base_text(q),
        "kind": fmt(q.get("kind")), "direction": fmt(q.get("direction")), "period": fmt(q.get("period")),
        "qualifier": fmt(q.get("qualifier")), "status": fmt(q.get("status")),
        "ref_year": fmt(q.get("ref_year")), "metric_key": fmt(q.get("metric_key")),
    }


# -- unextracted numbers ----------------------------------------------------------------------------

class Union:
    """A union of possibly overlapping spans, merged so that overlap is one bisect."""

    def __init__(self, spans):
        self.starts, self.ends = [], []
        for a, b in sorted(spans):
            if self.ends and a <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], b)
            else:
                self.starts.append(a)
                self.ends.append(b)

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.starts, e) - 1
        return i >= 0 and self.ends[i] > s


_ROW_NO = regex.compile(r"\d{1,4}(?!\d)")


def _numbering_spans(norm: str, lines: list[Line], sections: list[dict], rows: list[dict]) -> list[tuple[int, int]]:
    """Heading numbers (一、, (三), 1.), table numbers (表3) and list-table numbering (序号 1)."""
    pat = patterns()
    out = []
    for sec in sections:
        if sec["level"] >= 1:
            for _, level, rx in pat.levels:
                m = rx.match(norm, sec["start"], sec["heading_end"])
                if m and level == sec["level"]:
                    out.append((m.start(), m.end()))
                    break
    starts = [ln.start for ln in lines]
    seen = set()
    for r in rows:
        t0 = r["table_start"]
        if r["table_id"] not in seen:
            seen.add(r["table_id"])
            m = _TABLE_NO.match(norm, t0)
            if m:
                out.append(m.span())
        if r["table_kind"] == "list" and r["header"] and r["header"][0] in pat.list_first:
            m = _ROW_NO.match(norm, r["start"])  # 序号 1: the row's number, on its own line or first in it
            if m:
                out.append(m.span())
    return out


def unextracted_numbers(norm: str, indicators: list[dict], protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Digit runs and Chinese-numeral counts (with their unit) that no indicator covers and that are
    not dates, periods, ordinals, ranks, numbering, codes or quoted names: what a reviewer should
    check for misses. Uses the extractor's own number, period and shielding patterns."""
    gm = grammar()
    covered = Union((q["start"], q["end"]) for q in indicators)
    excluded = Union([m.span() for m in find_periods(norm, gm)] + [m.span() for m in _DATE.finditer(norm)]
                     + [m.span() for m in gm.shielded.finditer(norm)] + list(protected))
    out = []
    for m in gm.number.finditer(norm):
        s, e = m.span()
        raw = m.group("num")
        unit = m.group("unit") or ""
        if not raw[0].isdigit():
            # a Chinese numeral is a count only with a counter (五十四轮) or as a percentage
            body, mult = split_group_multiplier(raw)
            if raw in ("一", "十", "百", "千", "万", "亿") or raw[0] in "零〇" or parse_chinese(body) is None:
                continue  # 一批, 千家万户, 零部件: words, not counts
            if not (unit in gm.counters or raw.startswith(gm.percent_prefix) or (mult and unit)):
                continue
        before = norm[:s].rstrip(" \n")[-1:] or " "  # PM\n2.5 wraps a code across a line
        after = norm[e] if e < len(norm) else " "
        label = norm[max(0, s - 5):s].rstrip(":： ")
        if (label.endswith(gm.not_before) or label.endswith("前") and unit in ("名", "位")  # ordinals, codes, ranks
                or (before.isascii() and before.isalnum()) or (after.isascii() and after.isalpha())  # 5G, T1, e-mail
                or before in "+.@/_" or after in "+@/_" or norm.startswith(_NOT_QUANTITY_AFTER, e)):
            continue
        if covered.overlaps(s, e) or excluded.overlaps(s, e):
            continue
        out.append((s, e))
    return out


# -- the document container -----------------------------------------------------------------------

@dataclass(order=True)
class Inline:
    start: int
    end: int
    rank: int  # which of two spans at one offset opens first
    open: str = field(compare=False)
    close: str = field(compare=False)
    mark: int | None = field(default=None, compare=False)


class DocRenderer:
    """Renders text[0:len] as nested elements. Blocks (headings, tables) are laid out in order;
    inline spans (marks, misses, bullet markers, heading numbers) inside each text run."""

    def __init__(self, text: str, norm: str, lines: list[Line], inlines: list[Inline]):
        self.text, self.norm = text, norm
        self.lines = lines
        self.line_starts = [ln.start for ln in self.lines]
        keep: list[Inline] = []
        for sp in sorted(inlines):
            if keep and sp.start < keep[-1].end:
                continue  # spans never overlap in practice; keep the first if they ever do
            keep.append(sp)
        self.inlines = keep
        self.inline_starts = [sp.start for sp in keep]
        self.rendered_marks: set[int] = set()

    # text runs ------------------------------------------------------------------------------------
    def inline(self, a: int, b: int) -> str:
        out, pos = [], a
        i = bisect.bisect_left(self.inline_starts, a)
        while i < len(self.inlines) and self.inlines[i].start < b:
            sp = self.inlines[i]
            i += 1
            if sp.end > b:
                continue
            out.append(esc(self.text[pos:sp.start]))
            out.append(sp.open + esc(self.text[sp.start:sp.end]) + sp.close)
            if sp.mark is not None:
                self.rendered_marks.add(sp.mark)
            pos = sp.end
        out.append(esc(self.text[pos:b]))
        return "".join(out)

    def flow(self, a: int, b: int, lead_ws: bool, trail_ws: bool) -> str:
        """Text between blocks; the whitespace touching a block goes into a collapsing .ws span."""
        if a >= b:
            return ""
        s, e = a, b
        if lead_ws:
            while s < e and self.text[s] in _WS:
                s += 1
        if trail_ws:
            while e > s and self.text[e - 1] in _WS:
                e -= 1
        return self.ws(a, s) + self.inline(s, e) + self.ws(e, b)

    def ws(self, a: int, b: int) -> str:
        return f'<span class="ws">{esc(self.text[a:b])}</span>' if b > a else ""

    def lines_in(self, a: int, b: int, blank: bool = False) -> list[Line]:
        """Lines inside text[a:b]; whitespace-only ones (empty list-table cells) only when asked."""
        i = bisect.bisect_left(self.line_starts, a)
        out = []
        while i < len(self.lines) and self.lines[i].start < b:
            ln = self.lines[i]
            if (blank or not ln.raw_blank) and ln.end <= b:
                out.append(ln)
            i += 1
        return out

    def cell(self, tag: str, a: int, b: int, attrs: str = "") -> str:
        """A table cell holding text[a:b]: each line a block, the whitespace between them collapsed."""
        parts, pos = [], a
        for ln in self.lines_in(a, b):
            parts.append(self.ws(pos, ln.start))
            parts.append(f'<span class="ln">{self.inline(ln.start, ln.end)}</span>')
            pos = ln.end
        parts.append(self.ws(pos, b))
        return f"<{tag}{attrs}>{''.join(parts)}</{tag}>"

    def part(self, tag: str, a: int, b: int, attrs: str = "") -> str:
        """A table cell holding part of a line: its text, the separators around it collapsed."""
        return f"<{tag}{attrs}>{self.flow(a, b, True, True)}</{tag}>"

    # blocks ---------------------------------------------------------------------------------------
    def heading(self, sec: dict, n: int) -> str:
        tag = f"h{min(6, sec['level'] + 2)}"
        return (f'<{tag} class="h lv{sec["level"]}" id="h-{n}" data-section="{attr(sec["section_id"])}">'
                f'{self.inline(sec["start"], sec["heading_end"])}</{tag}>')

    def table(self, rows: list[dict], items_by_row: dict, n: int) -> str:
        """A table spanning text[table_start : last row end]: caption (表N line), header cells, rows."""
        first = rows[0]
        kind = first["table_kind"]
        t0 = first["table_start"]
        pre = self.lines_in(t0, rows[0]["start"])
        caption = None
        if first.get("table_no") is not None and pre and _TABLE_NO.match(self.norm, pre[0].start):
            caption, pre = pre[0], pre[1:]
        # header cells: one per header line, or the cells of a one-line header (重点工作 主要推进情况,
        # 指标 单位 2022年预计 2023年目标: split at its spaces, tabs or |)
        bounds = [ln.start for ln in pre]
        if len(pre) == 1:
            bounds = [a for a, _ in cells_of_line(Line(pre[0].start, pre[0].end, self.norm[pre[0].start:pre[0].end]))]
        ncol = max(2 if kind == "key_work" else len(first["header"]), len(bounds), 1)
        out = [f'<table class="tbl {kind}" id="t-{n}" data-table="{attr(first["table_id"])}">']
        head_start = bounds[0] if bounds else rows[0]["start"]
        if caption is not None:
            out.append(self.cell("caption", t0, head_start))
        if bounds:
            cells = []
            for k, a in enumerate(bounds):
                b = bounds[k + 1] if k + 1 < len(bounds) else rows[0]["start"]
                span = f' colspan="{ncol - len(bounds) + 1}"' if k == len(bounds) - 1 and len(bounds) < ncol else ""
                cells.append((self.part if len(pre) == 1 and len(bounds) > 1 else self.cell)("th", a, b, span))
            out.append("<thead><tr>" + "".join(cells) + "</tr></thead>")
        out.append("<tbody>")
        for k, r in enumerate(rows):
            r_end = rows[k + 1]["start"] if k + 1 < len(rows) else r["end"]
            tr = f'<tr id="r-{n}-{r["row_no"]}" data-row="{attr(r["row_id"])}">'
            if kind == "key_work":
                bullets = [i for i in items_by_row.get(r["row_id"], ()) if i["kind"] == "bullet"]
                split = self.line_of(bullets[0]["start"]).start if bullets else r_end
                if not r["key_work"]:
                    split = r["start"]
                out.append(tr + self.cell("th", r["start"], split, ' class="kw" scope="row"')
                           + self.cell("td", split, r_end) + "</tr>")
            else:
                lns = self.lines_in(r["start"], r_end, blank=True)
                in_line = sorted(i["start"] for i in items_by_row.get(r["row_id"], ()) if i["kind"] == "cell")
                if len(lns) == 1 and len(in_line) > 1:  # a row on one line: a cell from each cell's start
                    starts = [r["start"]] + in_line[1:]
                    cells = [self.part("td", a, starts[j + 1] if j + 1 < len(starts) else r_end)
                             for j, a in enumerate(starts)]
                    out.append(tr + "".join(cells) + "</tr>")
                    continue
                if not lns:
                    out.append(tr + self.cell("td", r["start"], r_end, f' colspan="{ncol}"') + "</tr>")
                    continue
                cells = []
                for j, ln in enumerate(lns):
                    b = lns[j + 1].start if j + 1 < len(lns) else r_end
                    a = r["start"] if j == 0 else ln.start
                    cells.append(self.cell("td", a, b))
                out.append(tr + "".join(cells) + "</tr>")
        out.append("</tbody></table>")
        return "".join(out)

    def line_of(self, pos: int) -> Line:
        return self.lines[bisect.bisect_right(self.line_starts, pos) - 1]

    def render(self, sections: list[dict], rows: list[dict], items: list[dict]) -> str:
        by_table: dict[str, list[dict]] = {}
        for r in rows:
            by_table.setdefault(r["table_id"], []).append(r)
        items_by_row: dict[str, list[dict]] = {}
        for it in items:
            if it.get("row_id"):
                items_by_row.setdefault(it["row_id"], []).append(it)
        # blocks in text order, each rendered only once accepted so that a skipped one leaves no trace
        blocks = [(trs[0]["table_start"], max(r["end"] for r in trs), 0, n, trs)
                  for n, trs in enumerate(by_table.values(), 1)]
        blocks += [(sec["start"], sec["heading_end"], 1, n, sec) for n, sec in enumerate(sections, 1)]
        blocks.sort(key=lambda x: (x[0], -x[1], x[2]))
        out, pos, after_block = [], 0, False
        for a, b, is_heading, n, payload in blocks:
            if a < pos:
                continue  # overlaps the block before (never seen): its text is in that block
            out.append(self.flow(pos, a, after_block, True))
            if is_heading:
                out.append(self.heading(payload, n))
            else:
                payload.sort(key=lambda r: r["row_no"])
                out.append(self.table(payload, items_by_row, n))
            pos, after_block = b, True
        out.append(self.flow(pos, len(self.text), after_block, False))
        return "".join(out)


# -- the page ---------------------------------------------------------------------------------------

def _asset(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def _csp_hash(s: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"


def mark_ids(indicators: list[dict]) -> dict[int, str]:
    """Indicator start offset → element id of its mark (q00001 … in text order)."""
    return {q["start"]: f"q{n:05d}" for n, q in enumerate(sorted(indicators, key=lambda q: q["start"]), 1)}


def _counts_html(indicators: list[dict], n_miss: int) -> str:
    kinds = {k: 0 for k in KINDS}
    stats = {s: 0 for s in STATUSES}
    for q in indicators:
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
        stats[q["status"]] = stats.get(q["status"], 0) + 1
    chips = [f'<button type="button" class="chip k-{attr(k)}" data-kind="{attr(k)}" aria-pressed="false">'
             f'<i class="sw"></i>{esc(KIND_LABEL.get(k, k))} <b>{v}</b></button>' for k, v in kinds.items()]
    chips2 = [f'<button type="button" class="chip s-{attr(s)}" data-status="{attr(s)}" aria-pressed="false">'
              f'<i class="badge"></i>{esc(STATUS_LABEL.get(s, s))} <b>{v}</b></button>' for s, v in stats.items()]
    miss = (f'<button type="button" class="chip misschip" id="nextmiss" title="Jump to the next number that was not extracted">'
            f'<span class="missw">not extracted</span> <b>{n_miss}</b></button>')
    return (f'<div class="counts"><div class="row"><span class="lab">kind</span>{"".join(chips)}</div>'
            f'<div class="row"><span class="lab">status</span>{"".join(chips2)}</div>'
            f'<div class="row"><span class="lab">misses</span>{miss}</div></div>')


def _indicator_table(indicators: list[dict], ids: dict[int, str]) -> str:
    head = ("<thead><tr>" + "".join(
        f'<th scope="col" data-sort="{k}" data-type="{t}" tabindex="0">{esc(lbl)}</th>'
        for k, t, lbl in (("n", "num", "#"), ("metric", "text", "metric"), ("value", "num", "value"),
                          ("kind", "text", "kind"), ("status", "text", "status"), ("period", "text", "period")))
            + "</tr></thead>")
    body = []
    for n, q in enumerate(sorted(indicators, key=lambda q: q["start"]), 1):
        vb = q.get("value_base")
        body.append(
            f'<tr data-q="{ids[q["start"]]}" data-kind="{attr(q["kind"])}" data-status="{attr(q["status"])}" tabindex="0">'
            f'<td data-v="{n}">{n}</td><td>{esc(fmt(q.get("metric")))}</td>'
            f'<td data-v="{attr("" if missing(vb) else repr(float(vb)))}">{esc(value_text(q))}</td>'
            f'<td><i class="sw k-{attr(q["kind"])}"></i>{esc(q["kind"])}</td>'
            f'<td><span class="st s-{attr(q["status"])}">{esc(q["status"])}</span></td>'
            f'<td>{esc(fmt(q.get("period")))}</td></tr>')
    return f'<table id="qtable" class="qtable">{head}<tbody>{"".join(body)}</tbody></table>'


def _outline(sections: list[dict]) -> str:
    items = [f'<li class="lv{s["level"]}"><a href="#h-{n}">{esc((s.get("number") or "") + " " + s["title"]).strip()}</a></li>'
             for n, s in enumerate(sections, 1) if s["level"] <= 2]
    return f'<details class="outline"><summary>Outline ({len(items)})</summary><ol>{"".join(items)}</ol></details>' if items else ""


def _pairs(columns) -> list[tuple[str, str, str]]:
    """(label, doc column, start column) for every X_doc/X_start (or doc_X/start_X) pair."""
    out = []
    for c in columns:
        m = re.fullmatch(r"(.+)_doc(?:_id)?", c) or re.fullmatch(r"doc(?:_id)?_(.+)", c)
        if not m:
            continue
        p = m.group(1)
        for sc in (f"{p}_start", f"start_{p}"):
            if sc in columns:
                out.append((p, c, sc))
                break
    return out


_DIFF_HIDE = re.compile(r"(?:^|_)(?:doc|doc_id|start|end|id|sentence)$|^(?:doc|start|end)_")
# what a reader scans first in diff and track rows: the verdict, the metric, the figures as written
_DIFF_FIRST = ("verdict", "change", "target_surface", "outcome_surface", "old_surface", "new_surface", "rel_change",
               "label", "ref_year", "metric_key", "period_class", "note")


def _changes(name: str, recs: list[dict], columns: list[str], doc_id: str, marks: dict[str, dict[int, str]],
             starts: dict[str, list[int]]) -> str:
    """Rows of a diff or track table that touch this document, with links to the marks in both documents."""
    pairs = _pairs(columns)
    shown = [c for c in _DIFF_FIRST if c in columns]
    if len(shown) < 4:  # an unfamiliar table: its own columns, in order
        shown += [c for c in columns if c not in shown and not _DIFF_HIDE.search(c) and c not in {p[1] for p in pairs}]
    shown = shown[:8]
    body = []
    for r in recs:
        docs = [r.get(dc) for _, dc, _ in pairs]
        if pairs and doc_id not in docs or r.get("change") == "unchanged":
            continue  # the page shows what changed, and only what touches this document
        tds = []
        for c in shown:
            v = r.get(c)
            cls = f' class="verdict v-{attr(slug(str(v)))}"' if c in ("verdict", "change") and not missing(v) else ""
            shown_v = f"{v:+.1%}" if c == "rel_change" and isinstance(v, float) and not missing(v) else fmt(v)
            tds.append(f"<td{cls}>{esc(shown_v)}</td>")
        links = []
        for label, dc, sc in pairs:
            d, s = r.get(dc), r.get(sc)
            if missing(d) or missing(s):
                links.append(f'<span class="nolink">{esc(label)} —</span>')
                continue
            mid = _mark_at(marks.get(str(d), {}), starts.get(str(d), []), int(s))
            href = ("" if str(d) == doc_id else f"{slug(str(d))}.html") + (f"#{mid}" if mid else "")
            here = " here" if str(d) == doc_id else ""
            links.append(f'<a class="jump{here}" href="{attr(href or "#")}" title="{attr(f"{d} @ {s}")}">'
                         f'{esc(label)}: {"here" if here else esc(str(d)) + " ↗"}</a>')
        body.append(f'<tr><td class="links">{"".join(links)}</td>' + "".join(tds) + "</tr>")
    if not body:
        return f'<p class="note">{esc(name)}: no rows for this document.</p>'
    head = "<th>marks</th>" + "".join(f"<th>{esc(c)}</th>" for c in shown)
    return (f'<h3>{esc(name)} <small>({len(body)})</small></h3>'
            f'<div class="scroll"><table class="ctable"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table></div>')


def _mark_at(ids: dict[int, str], starts: list[int], pos: int) -> str | None:
    if pos in ids:
        return ids[pos]
    i = bisect.bisect_right(starts, pos) - 1  # an offset inside a surface (after a qualifier, say)
    return ids[starts[i]] if i >= 0 and pos - starts[i] < 40 else None


def build_page(text: str, tables: dict[str, list[dict]], changes: dict | None = None,
               marks_by_doc: dict[str, dict[int, str]] | None = None) -> str:
    """The review page of one document. `tables` holds that document's rows of documents, sections,
    tables, items and indicators (as written by extract); `changes` maps a name (diff, track) to
    (records, columns) read from --diff; `marks_by_doc` gives mark ids in the other documents."""
    doc = tables["documents"][0]
    doc_id = doc["doc_id"]
    norm = normalise(text)
    sections = sorted(tables.get("sections", []), key=lambda s: s["start"])
    rows = tables.get("tables", [])
    items = tables.get("items", [])
    indicators = sorted(tables.get("indicators", []), key=lambda q: q["start"])
    ids = mark_ids(indicators)

    lines = split_lines(norm)
    numbering = _numbering_spans(norm, lines, sections, rows)
    misses = unextracted_numbers(norm, indicators, numbering)
    inlines = [Inline(q["start"], q["end"], 0,
                      f'<mark class="q k-{attr(q["kind"])} s-{attr(q["status"])}" id="{ids[q["start"]]}" tabindex="0">',
                      "</mark>", n) for n, q in enumerate(indicators)]
    inlines += [Inline(s, e, 1, '<span class="miss" title="number not extracted">', "</span>") for s, e in misses]
    line_starts = [ln.start for ln in lines]
    for it in items:  # bullet markers (l, ●, ——) sit between the line start and the item text
        if it["kind"] == "bullet":
            i = bisect.bisect_right(line_starts, it["start"]) - 1
            if 0 <= i and lines[i].start < it["start"]:
                inlines.append(Inline(lines[i].start, it["start"], 2, '<span class="mk">', "</span>"))
    inlines += [Inline(a, b, 3, '<span class="hn">', "</span>") for a, b in numbering]
    r = DocRenderer(text, norm, lines, inlines)
    body = r.render(sections, rows, items)
    lost = [q["indicator_id"] for n, q in enumerate(indicators) if n not in r.rendered_marks]
    if lost:
        raise ValueError(f"{doc_id}: indicators could not be placed in the page: {lost[:5]}")

    data = [dict(tip_record(q), mid=ids[q["start"]]) for q in indicators]
    change_html = ""
    if changes:
        marks = dict(marks_by_doc or {})
        marks[doc_id] = ids
        starts = {d: sorted(m) for d, m in marks.items()}
        parts = [_changes(name, recs, cols, doc_id, marks, starts) for name, (recs, cols) in changes.items()]
        change_html = f'<details class="changes" open><summary>Changes</summary>{"".join(parts)}</details>'

    css, js = _asset("review.css"), _asset("review.js")
    csp = (f"default-src 'none'; style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    title = doc.get("title") or doc_id
    meta = (f'{esc(doc_id)} · {len(text):,} characters · {len(indicators)} indicators · '
            f'{len(misses)} numbers not extracted · {len(sections)} headings · {len({x["table_id"] for x in rows})} tables')
    legend = ('<div class="legend"><span><mark class="q k-level s-actual">12亿元</mark> an indicator (hover or focus it)</span>'
              '<span><span class="miss">34个</span> a number not extracted</span>'
              '<span><span class="hn">一、</span> numbering</span></div>')
    return f"""<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{attr(csp)}">
<meta name="generator" content="govreport-extract review">
<title>Review · {esc(title)}</title>
<link rel="icon" href="data:,">
<style>{css}</style>
</head>
<body>
<header class="top"><h1>{esc(title)}</h1><p class="meta">{meta}</p></header>
<div class="layout">
<main><div id="doc" class="doc" lang="zh-CN" data-doc="{attr(doc_id)}">{body}</div></main>
<aside id="panel" aria-label="Indicators">
{_counts_html(indicators, len(misses))}
{legend}
<input id="filter" type="search" placeholder="Filter indicators (metric, value, period …)" aria-label="Filter indicators">
<p class="shown" id="shown">{len(indicators)} shown</p>
<div class="scroll qwrap">{_indicator_table(indicators, ids)}</div>
{change_html}
{_outline(sections)}
</aside>
</div>
<div id="tip" role="tooltip" hidden></div>
<script type="application/json" id="qdata">{script_json(data)}</script>
<script>{js}</script>
</body>
</html>
"""


# -- reading an extraction and writing pages --------------------------------------------------------

def _read(path: Path, doc_ids: list[str] | None = None) -> list[dict]:
    import pyarrow.parquet as pq

    if not path.exists():
        return []
    filters = [("doc_id", "in", doc_ids)] if doc_ids else None
    return pq.read_table(path, filters=filters).to_pylist()


def read_changes(diff_dir: Path) -> dict[str, tuple[list[dict], list[str]]]:
    """DIR/diff.parquet and DIR/track.parquet, whichever exist."""
    import pyarrow.parquet as pq

    out = {}
    for name in ("diff", "track"):
        p = Path(diff_dir) / f"{name}.parquet"
        if p.exists():
            t = pq.read_table(p)
            out[name] = (t.to_pylist(), t.column_names)
    return out


def _source_text(doc: dict, out_dir: Path) -> str:
    from .load import load

    src = Path(doc["source_path"])
    for p in (src, Path(out_dir).parent / src, Path(out_dir) / src.name):
        if p.is_file():
            s = load(p, doc["doc_id"])
            if s.sha256 != doc["sha256"]:
                raise ValueError(f"{p}: the source changed since it was extracted (sha256 differs); extract again")
            return s.text
    raise FileNotFoundError(f"{doc['doc_id']}: source {doc['source_path']} not found")


def _index_page(entries: list[tuple[dict, str]]) -> str:
    css = _asset("review.css")
    csp = f"default-src 'none'; style-src {_csp_hash(css)}; img-src data:"
    rows = "".join(f'<tr><td><a href="{attr(href)}">{esc(d["doc_id"])}</a></td><td>{esc(d.get("title") or "")}</td>'
                   f'<td>{d.get("n_indicators", 0)}</td></tr>' for d, href in entries)
    return (f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{attr(csp)}"><title>Review</title><link rel="icon" href="data:,">'
            f'<style>{css}</style></head><body class="index"><h1>Review pages</h1><table class="qtable">'
            f'<thead><tr><th>document</th><th>title</th><th>indicators</th></tr></thead><tbody>{rows}</tbody></table></body></html>\n')


def review(out_dir: Path, html_path: Path, doc_ids: list[str] | None = None, diff_dir: Path | None = None) -> list[Path]:
    """Write the review page of each document in OUT. HTML_PATH ending in .html is one file (one
    document); otherwise a folder with <doc_id>.html per document and an index.html."""
    out_dir, html_path = Path(out_dir), Path(html_path)
    docs = _read(out_dir / "documents.parquet", doc_ids)
    if not (out_dir / "documents.parquet").exists():
        raise FileNotFoundError(f"{out_dir}/documents.parquet not found: run extract first")
    if doc_ids:
        unknown = set(doc_ids) - {d["doc_id"] for d in docs}
        if unknown:
            raise KeyError(f"no such document in {out_dir}: {', '.join(sorted(unknown))}")
    if not docs:
        raise ValueError(f"{out_dir} holds no documents")
    single = html_path.suffix.lower() in (".html", ".htm")
    if single and len(docs) > 1:
        raise ValueError(f"{len(docs)} documents but one output file: give --doc or a folder for --html")
    wanted = [d["doc_id"] for d in docs]
    names = ("sections", "tables", "items", "indicators")
    data = {n: _read(out_dir / f"{n}.parquet", wanted) for n in names}
    changes = read_changes(diff_dir) if diff_dir else {}
    all_ind = _read(out_dir / "indicators.parquet") if changes else data["indicators"]
    by_doc: dict[str, list[dict]] = {}
    for q in all_ind:
        by_doc.setdefault(q["doc_id"], []).append(q)
    marks_by_doc = {d: mark_ids(qs) for d, qs in by_doc.items()}
    written, entries = [], []
    if not single:
        html_path.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        did = doc["doc_id"]
        tables = {"documents": [doc], **{n: [r for r in data[n] if r["doc_id"] == did] for n in names}}
        page = build_page(_source_text(doc, out_dir), tables, changes, marks_by_doc)
        target = html_path if single else html_path / f"{slug(did)}.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page, encoding="utf-8")
        written.append(target)
        entries.append((doc, target.name))
    if not single:
        idx = html_path / "index.html"
        idx.write_text(_index_page(entries), encoding="utf-8")
        written.append(idx)
    return written
