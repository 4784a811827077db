"""Compare reports: `diff` (what changed between two reports, metric by metric) and `track` (were a
plan's targets met, judged on the report that reviews the target year). Plain functions over
indicator DataFrames (one document each, with metric_key and ref_year); the reading rules and
tolerances are data (data/metrics.json "compare", "period_classes"). Rendering (terminal,
Markdown) and I/O (text file, output folder or doc_id in, Parquet + CSV out) are at the end."""
from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Optional

import pyarrow.parquet as pq
import regex
from pydantic import TypeAdapter

from schemas.compare import COMPARE_TABLES, DiffRow, TrackRow
from schemas.models import Row

from .lexicon import load
from .metrics import annotate, is_canonical, metric_lexicon

if TYPE_CHECKING:  # pandas is imported where a DataFrame is built: `import pipeline` stays light
    import pandas as pd

_CHANGE_KINDS = ("change", "pp_change")
_CHANGE_ORDER = {"changed": 0, "added": 1, "removed": 2, "unchanged": 3}


@dataclass(frozen=True)
class Rules:
    floor: frozenset[str]
    ceiling: frozenset[str]
    band: frozenset[str]
    abs_tolerance: dict[str, float]
    rel_tolerance: float
    outcome_statuses: tuple[str, ...]
    periods: tuple[tuple[str, regex.Pattern], ...]
    after_qualifiers: frozenset[str]  # written after the number (左右): for display only


@lru_cache(maxsize=None)
def rules() -> Rules:
    d = load("metrics")
    c, pc = d["compare"], d["period_classes"]
    return Rules(
        floor=frozenset(c["floor"]), ceiling=frozenset(c["ceiling"]), band=frozenset(c["band"]),
        abs_tolerance=dict(c["tolerance"]["absolute"]), rel_tolerance=float(c["tolerance"]["relative"]),
        outcome_statuses=tuple(c["outcome_statuses"]),
        periods=tuple((cls, regex.compile("|".join(f"(?:{p})" for p in pats)))
                      for cls, pats in pc.items() if not cls.startswith("_")),
        after_qualifiers=frozenset(load("qualifiers")["after"]),
    )


# -- small pure helpers ---------------------------------------------------------------------------

def _none(v: Any) -> Any:
    """pandas/numpy scalars → plain Python, NaN → None."""
    if v is None:
        return None
    if hasattr(v, "item") and not isinstance(v, (list, tuple, str)):
        v = v.item()
    if isinstance(v, float) and math.isnan(v):
        return None
    return v


def _frame(rows: list[dict], columns: list[str] | None = None) -> "pd.DataFrame":
    import pandas as pd

    return pd.DataFrame(rows, columns=columns)


_INT_FIELDS = ("ref_year", "start", "end")


def records(df: pd.DataFrame) -> list[dict]:
    """Rows as plain dicts; integer columns that pandas widened to float (NaN for null) are ints again."""
    out = []
    for r in df.to_dict("records"):
        rec = {k: _none(v) for k, v in r.items()}
        for k in _INT_FIELDS:
            if isinstance(rec.get(k), float):
                rec[k] = int(rec[k])
        out.append(rec)
    return out


def _one_doc(df: pd.DataFrame, role: str) -> list[dict]:
    missing = {"metric_key", "ref_year"} - set(df.columns)
    if missing:
        raise ValueError(f"{role}: indicators lack {sorted(missing)}; extract again with this version "
                         "(or pass the output folder to the CLI, which derives them)")
    docs = sorted(set(df["doc_id"])) if len(df) else []
    if len(docs) > 1:
        raise ValueError(f"{role}: expected the indicators of one document, got {len(docs)}: {docs[:5]}")
    return records(df)


def period_class(period: Optional[str], ref_year: Optional[int], r: Rules | None = None) -> str:
    r = r or rules()
    if period:
        for cls, pat in r.periods:
            if pat.search(period):
                return cls
    return "year" if ref_year is not None else "multi_year"


def status_class(status: str) -> str:
    return "target" if status == "target" else "outcome"


def signed(value: Optional[float], kind: str, direction: Optional[str]) -> Optional[float]:
    """A decline is negative: 下降3.1% → -3.1, so changes compare on one scale."""
    if value is None:
        return None
    return -value if kind in _CHANGE_KINDS and direction == "down" else value


def _rank(ind: dict) -> tuple:
    """Which of several indicators with one row key stands for the document: actual before
    expected, then text order (headline figures come first)."""
    return (ind["status"] == "expected", ind["start"])


def _close(a: Optional[float], b: Optional[float]) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


# -- diff -----------------------------------------------------------------------------------------

def _keyed(inds: list[dict], r: Rules) -> dict[tuple, list[dict]]:
    groups: dict[tuple, list[dict]] = {}
    for ind in inds:
        if ind.get("metric_key") is None:
            continue
        key = (ind["metric_key"], ind["kind"], period_class(ind.get("period"), ind.get("ref_year"), r),
               status_class(ind["status"]))
        groups.setdefault(key, []).append(ind)
    return {k: sorted(v, key=_rank) for k, v in groups.items()}


def _diff_row(key: tuple, olds: list[dict], news: list[dict], old_doc: str, new_doc: str) -> dict:
    metric_key, kind, pclass, status = key
    o, n = (olds[0] if olds else None), (news[0] if news else None)
    sv = lambda ind, f: None if ind is None else signed(ind[f], kind, ind.get("direction"))  # noqa: E731
    ov, nv, oh, nh = sv(o, "value_base"), sv(n, "value_base"), sv(o, "value_high_base"), sv(n, "value_high_base")
    if kind in _CHANGE_KINDS:  # a signed range keeps low ≤ high
        if ov is not None and oh is not None and oh < ov:
            ov, oh = oh, ov
        if nv is not None and nh is not None and nh < nv:
            nv, nh = nh, nv
    ou, nu = (o or {}).get("unit_base"), (n or {}).get("unit_base")
    abs_change = rel_change = None
    if o is None:
        change = "added"
    elif n is None:
        change = "removed"
    elif ou != nu:
        change = "changed"
    else:
        abs_change = nv - ov
        rel_change = abs_change / abs(ov) if ov else None
        change = "unchanged" if _close(ov, nv) and _close(oh, nh) else "changed"
    ref = o or n
    g = lambda ind, f: None if ind is None else ind.get(f)  # noqa: E731
    return {
        "metric_key": metric_key, "label": ref.get("metric_label") or metric_key,
        "canonical": is_canonical(metric_key), "kind": kind, "period_class": pclass, "status": status,
        "change": change, "old_doc": old_doc, "new_doc": new_doc,
        "old_ref_year": g(o, "ref_year"), "new_ref_year": g(n, "ref_year"),
        "old_value": ov, "old_value_high": oh, "new_value": nv, "new_value_high": nh,
        "old_unit": ou, "new_unit": nu, "abs_change": abs_change, "rel_change": rel_change,
        "old_surface": g(o, "surface"), "new_surface": g(n, "surface"),
        "old_qualifier": g(o, "qualifier"), "new_qualifier": g(n, "qualifier"),
        "old_metric": g(o, "metric"), "new_metric": g(n, "metric"),
        "old_start": g(o, "start"), "new_start": g(n, "start"), "old_n": len(olds), "new_n": len(news),
    }


def _diff_order(row: dict) -> tuple:
    mag = abs(row["rel_change"]) if row["rel_change"] is not None else (
        abs(row["abs_change"]) if row["abs_change"] is not None else 0.0)
    return (_CHANGE_ORDER[row["change"]], -mag if row["change"] == "changed" else 0,
            not row["canonical"], row["metric_key"], row["kind"], row["period_class"], row["status"])


def diff_records(old: list[dict], new: list[dict]) -> list[dict]:
    r = rules()
    og, ng = _keyed(old, r), _keyed(new, r)
    old_doc = old[0]["doc_id"] if old else ""
    new_doc = new[0]["doc_id"] if new else ""
    rows = [_diff_row(k, og.get(k, []), ng.get(k, []), old_doc, new_doc) for k in set(og) | set(ng)]
    return validate_rows("diff", sorted(rows, key=_diff_order))


def diff(old: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    """One row per (metric_key, kind, period class, outcome/target) present in either report, with
    old and new values in base units, their absolute and relative change and a change class;
    changed rows first, largest relative change first."""
    rows = diff_records(_one_doc(old, "old"), _one_doc(new, "new"))
    return _frame(rows, list(DiffRow.model_fields))


# -- track ----------------------------------------------------------------------------------------

def target_rule(target: dict, entry: dict, r: Rules) -> str:
    if target.get("value_high") is not None:
        return "range"
    q = target.get("qualifier")
    if q in r.floor:
        return "floor"
    if q in r.ceiling:
        return "ceiling"
    return "ceiling_band" if entry.get("band_as") == "ceiling" else "band"


def tolerance(target: dict, r: Rules) -> float:
    """Band half-width in base units: absolute for rates (±0.3 for %), else relative to the target."""
    unit = target["unit_base"]
    if unit in r.abs_tolerance:
        return r.abs_tolerance[unit]
    return r.rel_tolerance * abs(target["value_base"])


def judge(target: dict, outcome: dict, entry: dict, r: Rules | None = None) -> tuple[str, str, float, float]:
    """(verdict, rule, gap, tolerance), gap and tolerance in base units. A decline target
    (能耗下降3%以上) is read in its own sense: the outcome's decline against the target's."""
    r = r or rules()
    rule = target_rule(target, entry, r)
    sense = -1.0 if target["kind"] in _CHANGE_KINDS and target.get("direction") == "down" else 1.0
    m = sense * signed(outcome["value_base"], outcome["kind"], outcome.get("direction"))
    lo, hi = target["value_base"], target.get("value_high_base")
    better = entry.get("better") or ("lower" if rule in ("ceiling", "ceiling_band") else "higher")
    if sense < 0 and entry.get("better"):
        better = "lower" if better == "higher" else "higher"  # a lower signed value is a larger decline
    tol = tolerance(target, r)
    eps = 1e-9 * max(1.0, abs(lo))
    if rule == "floor":
        verdict = "missed" if m < lo - eps else ("met" if m <= lo + tol + eps else "exceeded")
    elif rule == "ceiling":
        verdict = "met" if m <= lo + eps else "missed"
    elif rule == "ceiling_band":
        verdict = "met" if m <= lo + tol + eps else "missed"
    elif rule == "range":
        if lo - eps <= m <= hi + eps:
            verdict = "met"
        else:
            verdict = "exceeded" if (m > hi) == (better == "higher") else "missed"
    elif abs(m - lo) <= tol + eps:
        verdict = "met"
    else:
        verdict = "exceeded" if (m > lo) == (better == "higher") else "missed"
    return verdict, rule, m - lo, tol


def _in_target_unit(x: Optional[float], target: dict) -> Optional[float]:
    if x is None or not target["value_base"]:
        return x
    return round(x * target["value"] / target["value_base"], 10)


def _no_outcome_note(target: dict, same_metric: list[dict], reviewed: Optional[int], outcome_doc: str) -> str:
    if target.get("ref_year") is None:
        return "target year unknown (multi-year or undated): not paired"
    if not same_metric:
        return f"{outcome_doc} reports no outcome of this metric and kind"
    years = sorted({o["ref_year"] for o in same_metric if o.get("ref_year") is not None})
    if target["ref_year"] not in years:
        has = "only for " + ", ".join(map(str, years)) if years else "only as a multi-year figure"
        about = f" (it reviews {reviewed})" if reviewed is not None else ""
        return f"{outcome_doc} has this metric {has}{about}, not for {target['ref_year']}"
    units = sorted({o["unit_base"] for o in same_metric if o.get("ref_year") == target["ref_year"]})
    return f"outcome unit {'/'.join(units)} is not the target's {target['unit_base']}"


def headline_rank(ind: dict, r: Rules) -> tuple:
    """Which of several figures of one metric, kind and year stands for it: a full-year one before a
    partial or multi-year one (前三季度, 五年来), actual before 预计, then text order."""
    status = ind["status"]
    return (period_class(ind.get("period"), ind.get("ref_year"), r) != "year",
            r.outcome_statuses.index(status) if status in r.outcome_statuses else 0, ind["start"])


def is_outcome(ind: dict, r: Rules) -> bool:
    return ind["status"] in r.outcome_statuses and ind.get("metric_key") is not None


def plan_year_of(inds: list[dict]) -> Optional[int]:
    """The year most of a report's targets are for (its plan year, when its identity is unknown)."""
    years = [i["ref_year"] for i in inds if i["status"] == "target" and i.get("ref_year") is not None]
    return max(set(years), key=lambda y: (years.count(y), y)) if years else None


def as_reported(inds: list[dict], plan_year: Optional[int]) -> list[dict]:
    """A target is for a year to come: a figure marked target but about a year before its report's
    plan year is what the report says happened (a plan chapter that opens 过去一年…国内生产总值增长10.3%),
    read as actual; unless its sentence sets the plan year's target of the same metric, when it is
    that target's baseline (赤字率从去年的2.1%提高到2.3%)."""
    if plan_year is None:
        return inds
    planned = {(i.get("sentence_id"), i.get("metric_key"), i["kind"]) for i in inds
               if i["status"] == "target" and i.get("ref_year") == plan_year}
    return [{**i, "status": "actual"} if i["status"] == "target" and i.get("ref_year") is not None
            and i["ref_year"] < plan_year and (i.get("sentence_id"), i.get("metric_key"), i["kind"]) not in planned
            else i for i in inds]


def pairs_with(target: dict, outcome: dict) -> bool:
    """An outcome answers a target when it is about the same metric, kind, base unit and year."""
    return (target.get("ref_year") is not None and outcome.get("ref_year") == target["ref_year"]
            and outcome.get("metric_key") == target.get("metric_key") and outcome["kind"] == target["kind"]
            and outcome["unit_base"] == target["unit_base"])


def target_side(t: dict, r: Rules, lex=None) -> dict:
    """The row key and target columns shared by track and panel."""
    lex = lex or metric_lexicon()
    entry = lex.entries.get(t.get("metric_key") or "", {})
    return {
        "metric_key": t.get("metric_key"), "label": t.get("metric_label"),
        "canonical": is_canonical(t.get("metric_key"), lex), "kind": t["kind"], "ref_year": t.get("ref_year"),
        "target_doc": t["doc_id"], "target_start": t["start"], "target_surface": t["surface"],
        "target_metric": t.get("metric"), "target_value": t["value"], "target_value_high": t.get("value_high"),
        "target_unit": t["unit"], "target_direction": t.get("direction"), "target_qualifier": t.get("qualifier"),
        "rule": target_rule(t, entry, r), "tolerance": _in_target_unit(tolerance(t, r), t),
    }


def outcome_side(o: dict) -> dict:
    return {
        "outcome_start": o["start"], "outcome_surface": o["surface"], "outcome_metric": o.get("metric"),
        "outcome_value": o["value"], "outcome_unit": o["unit"], "outcome_direction": o.get("direction"),
        "outcome_qualifier": o.get("qualifier"), "outcome_status": o["status"], "outcome_period": o.get("period"),
    }


def verdict_side(t: dict, o: dict, r: Rules, lex=None) -> dict:
    """gap, verdict and note of a target against its outcome: the one judgement of track and panel."""
    lex = lex or metric_lexicon()
    verdict, _, gap, _ = judge(t, o, lex.entries.get(t.get("metric_key") or "", {}), r)
    notes = []
    if o["status"] != "actual":
        notes.append(f"outcome is {o['status']} (预计)")
    pclass = period_class(o.get("period"), o.get("ref_year"), r)
    if pclass != "year":
        notes.append(f"outcome covers {o.get('period')} ({pclass}), not the full year")
    return {"gap": _in_target_unit(gap, t), "verdict": verdict, "note": "; ".join(notes) or None}


def pair(t: dict, outcomes: list[dict], r: Rules, lex=None) -> Optional[dict]:
    """The outcome among `outcomes` (one report's) that answers target t, or None."""
    cands = [o for o in outcomes if pairs_with(t, o)]
    return min(cands, key=lambda o: headline_rank(o, r)) if cands else None


def track_records(plan: list[dict], outcome: list[dict], outcome_doc: str | None = None) -> list[dict]:
    r = rules()
    lex = metric_lexicon()
    outcome_doc = outcome_doc or (outcome[0]["doc_id"] if outcome else "")
    outcomes = [o for o in as_reported(outcome, plan_year_of(outcome)) if is_outcome(o, r)]
    by_metric: dict[tuple, list[dict]] = {}
    for o in outcomes:
        by_metric.setdefault((o["metric_key"], o["kind"]), []).append(o)
    years = [o["ref_year"] for o in outcomes if o.get("ref_year") is not None]
    reviewed = max(set(years), key=years.count) if years else None  # the year most outcomes are about
    rows = []
    for t in sorted((t for t in plan if t["status"] == "target"), key=lambda t: t["start"]):
        same = by_metric.get((t.get("metric_key"), t["kind"]), [])
        row = {**target_side(t, r, lex), "outcome_doc": outcome_doc, "verdict": "no_outcome", "note": None}
        o = pair(t, same, r, lex)
        if o is None:
            row["note"] = _no_outcome_note(t, same, reviewed, outcome_doc)
        else:
            row.update({**outcome_side(o), **verdict_side(t, o, r, lex)})
        rows.append(row)
    return validate_rows("track", rows)


def track(plan: pd.DataFrame, outcome: pd.DataFrame) -> pd.DataFrame:
    """One row per target of `plan`, paired with the outcome of the same metric, kind, unit and
    year in `outcome` (a target is for a year, an outcome about a year) and judged met / missed /
    exceeded, or no_outcome."""
    out = _one_doc(outcome, "outcome")
    doc = out[0]["doc_id"] if out else ""
    rows = track_records(_one_doc(plan, "plan"), out, doc)
    return _frame(rows, list(TrackRow.model_fields))


# -- validation and output ------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _adapter(name: str) -> TypeAdapter:
    return TypeAdapter(list[COMPARE_TABLES[name]])


def validate_rows(name: str, rows: list[dict]) -> list[dict]:
    return [m.model_dump() for m in _adapter(name).validate_python(rows)]


def write_rows(folder: Path, name: str, model: type[Row], rows: list[dict]) -> None:
    """DIR/<name>.parquet and .csv (UTF-8 with BOM) and DIR/schema/<name>.json, as write.py writes
    the extraction tables."""
    from .write import write_schema, write_table

    folder.mkdir(parents=True, exist_ok=True)
    write_table(folder, name, rows, model)
    write_schema(folder, name, model)


# -- inputs: a report text file, an extraction output folder, or a doc_id in one ------------------

class CompareInputError(Exception):
    pass


def _read(folder: Path, name: str, doc_id: str | None) -> list[dict]:
    path = folder / f"{name}.parquet"
    if not path.exists():
        raise CompareInputError(f"{folder} is not an extraction output (no {name}.parquet)")
    t = pq.read_table(path, filters=[("doc_id", "=", doc_id)] if doc_id is not None else None)
    return t.to_pylist()


def from_output(folder: Path, doc_id: str | None = None) -> pd.DataFrame:
    """Indicators of one document of an extraction output folder. metric_key and ref_year are
    derived again from its sections and sentences, so a lexicon edit applies to old outputs too."""
    folder = Path(folder)
    docs = _read(folder, "documents", doc_id)
    if doc_id is None and len(docs) != 1:
        ids = [d["doc_id"] for d in docs]
        raise CompareInputError(f"{folder} holds {len(ids)} documents ({', '.join(ids[:8])}{' …' if len(ids) > 8 else ''}): "
                                f"name one, e.g. `{ids[0] if ids else 'DOC_ID'} --from {folder}`")
    if not docs:
        raise CompareInputError(f"no document {doc_id!r} in {folder}")
    doc = docs[0]
    inds = _read(folder, "indicators", doc["doc_id"])
    base = [{k: v for k, v in i.items() if k not in ("metric_key", "metric_label", "ref_year")} for i in inds]
    rows = annotate(base, doc, _read(folder, "sections", doc["doc_id"]), _read(folder, "sentences", doc["doc_id"]))
    return _frame(rows)


def from_text(path: Path) -> pd.DataFrame:
    """Extract a report text file on the fly (doc_id = file stem)."""
    from .document import extract_document
    from .load import InputError, load

    try:
        src = load(path)
    except InputError as e:
        raise CompareInputError(str(e)) from e
    recs = extract_document(src.text, src.doc_id, src.path, src.encoding, src.sha256)["indicators"]
    return _frame(recs) if recs else _frame([], ["doc_id", "metric_key", "ref_year"])


def resolve(arg: str, from_out: Path | None = None) -> tuple[str, pd.DataFrame]:
    """(doc_id, indicators) of a command-line argument: a report file, an output folder of one
    document, or a doc_id inside `from_out`."""
    p = Path(arg)
    if from_out is not None and not p.exists():
        df = from_output(from_out, arg)
        return arg, df
    if p.is_file():
        return p.stem, from_text(p)
    if p.is_dir():
        df = from_output(p)
        return (str(df["doc_id"].iloc[0]) if len(df) else p.name), df
    hint = "" if from_out is not None else " (a doc_id needs --from OUT)"
    raise CompareInputError(f"{arg}: no such file or folder{hint}")


# -- rendering ------------------------------------------------------------------------------------

def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, n: int) -> str:
    return s + " " * (n - _width(s))


def text_table(headers: list[str], rows: Iterable[list[str]]) -> str:
    rows = [headers] + [[str(c) for c in r] for r in rows]
    widths = [max(_width(r[i]) for r in rows) for i in range(len(headers))]
    lines = ["  ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def md_table(headers: list[str], rows: Iterable[list[str]]) -> str:
    esc = lambda s: str(s).replace("|", "\\|")  # noqa: E731
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(esc(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def written(surface: Optional[str], qualifier: Optional[str], direction: Optional[str] = None,
            r: Rules | None = None) -> str:
    """A figure as a reader expects it: 下降3.1%, 1100万人以上, 约23万件."""
    if not surface:
        return ""
    r = r or rules()
    s = surface
    if qualifier and qualifier not in surface:
        s = s + qualifier if qualifier in r.after_qualifiers else qualifier + s
    return ("下降" if direction == "down" else "") + s


_SCALES = ((1e12, "万亿"), (1e8, "亿"), (1e4, "万"))


def human(x: float, unit: str) -> str:
    """A base-unit amount the way the reports write it: 8e11 元 → 8000亿元."""
    for scale, word in _SCALES:
        if abs(x) >= scale:
            return f"{x / scale:+.4g}{word}{unit}"
    return f"{x:+.4g}{unit}"


def _delta(row: dict) -> str:
    if row["abs_change"] is None:
        return ""
    if row["new_unit"] in ("%", "个百分点", "‰"):
        return f"{row['abs_change']:+.4g} pp" if row["new_unit"] != "‰" else f"{row['abs_change']:+.4g}‰"
    rel = f" ({row['rel_change']:+.1%})" if row["rel_change"] is not None else ""
    return human(row["abs_change"], row["new_unit"] or "") + rel


def _diff_cells(row: dict) -> list[str]:
    old = written(row["old_surface"], row["old_qualifier"], "down" if (row["old_value"] or 0) < 0 and row["kind"] in _CHANGE_KINDS else None)
    new = written(row["new_surface"], row["new_qualifier"], "down" if (row["new_value"] or 0) < 0 and row["kind"] in _CHANGE_KINDS else None)
    return [row["label"], row["kind"], row["status"], row["period_class"], old, new, row["change"], _delta(row)]


_DIFF_HEAD = ["metric", "kind", "status", "period", "old", "new", "change", "Δ"]


def diff_summary(rows: list[dict], top: int = 20) -> str:
    """Terminal summary: counts, then the headline (lexicon) metrics and the largest other changes."""
    if not rows:
        return "no comparable indicators"
    counts = {c: sum(r["change"] == c for r in rows) for c in _CHANGE_ORDER}
    head = (f"{rows[0]['old_doc']} → {rows[0]['new_doc']}: {len(rows)} metric rows, "
            + ", ".join(f"{n} {c}" for c, n in counts.items()))
    canon = [r for r in rows if r["canonical"]]
    other = [r for r in rows if not r["canonical"] and r["change"] == "changed"][:top]
    parts = [head]
    if canon:
        parts += ["", "Headline indicators (largest changes first):", text_table(_DIFF_HEAD, [_diff_cells(r) for r in canon[:top]])]
    if other:
        parts += ["", "Other changed metrics:", text_table(_DIFF_HEAD, [_diff_cells(r) for r in other])]
    return "\n".join(parts)


def diff_markdown(rows: list[dict], top: int = 30) -> str:
    if not rows:
        return "# Diff\n\nNo comparable indicators.\n"
    o, n = rows[0]["old_doc"], rows[0]["new_doc"]
    counts = {c: sum(r["change"] == c for r in rows) for c in _CHANGE_ORDER}
    canon = [r for r in rows if r["canonical"]]
    other = [r for r in rows if not r["canonical"] and r["change"] == "changed"][:top]
    added = [r for r in rows if not r["canonical"] and r["change"] == "added"]
    removed = [r for r in rows if not r["canonical"] and r["change"] == "removed"]
    out = [f"# {o} → {n}: what changed", "",
           f"{len(rows)} rows (metric × kind × period × outcome/target): "
           + ", ".join(f"**{v}** {k}" for k, v in counts.items()) + ".",
           "Values in base units; a decline is negative; Δ in percentage points (pp) for rates.", "",
           "## Headline indicators", "", md_table(_DIFF_HEAD, [_diff_cells(r) for r in canon]), ""]
    if other:
        out += [f"## Other changed metrics (largest {len(other)})", "", md_table(_DIFF_HEAD, [_diff_cells(r) for r in other]), ""]
    out += [f"Other metrics only in {o}: {len(removed)}; only in {n}: {len(added)} (see diff.csv).", ""]
    return "\n".join(out)


def _track_cells(row: dict) -> list[str]:
    year = "" if row["ref_year"] is None else str(row["ref_year"])
    target = written(row["target_surface"], row["target_qualifier"], row["target_direction"])
    outcome = written(row["outcome_surface"], row["outcome_qualifier"], row["outcome_direction"])
    return [row["label"] or "", row["kind"], year, target, outcome, row["verdict"], row["note"] or ""]


_TRACK_HEAD = ["metric", "kind", "year", "target", "outcome", "verdict", "note"]


def _track_sections(rows: list[dict]) -> tuple[list[dict], list[dict], int]:
    matched = [r for r in rows if r["verdict"] != "no_outcome"]
    headline_missing = [r for r in rows if r["verdict"] == "no_outcome" and r["canonical"]]
    return matched, headline_missing, len(rows) - len(matched) - len(headline_missing)


def track_summary(rows: list[dict]) -> str:
    if not rows:
        return "no targets in the plan report"
    counts = {v: sum(r["verdict"] == v for r in rows) for v in ("met", "exceeded", "missed", "no_outcome")}
    matched, missing, rest = _track_sections(rows)
    head = (f"{rows[0]['target_doc']} targets vs {rows[0]['outcome_doc']} outcomes: {len(rows)} targets, "
            + ", ".join(f"{n} {v}" for v, n in counts.items()))
    parts = [head]
    if matched or missing:
        parts += ["", text_table(_TRACK_HEAD, [_track_cells(r) for r in matched + missing])]
    if rest:
        parts.append(f"(+ {rest} other targets without an outcome: see track.csv)")
    return "\n".join(parts)


def track_markdown(rows: list[dict]) -> str:
    if not rows:
        return "# Plan versus actual\n\nNo targets in the plan report.\n"
    t, o = rows[0]["target_doc"], rows[0]["outcome_doc"]
    counts = {v: sum(r["verdict"] == v for r in rows) for v in ("met", "exceeded", "missed", "no_outcome")}
    matched, missing, rest = _track_sections(rows)
    out = [f"# Targets of {t} against outcomes in {o}", "",
           f"{len(rows)} targets: " + ", ".join(f"**{n}** {v}" for v, n in counts.items()) + ".",
           "A target pairs with an outcome of the same metric, kind, unit and year. Floors (以上) are met up to "
           "the tolerance above them and exceeded beyond; ceilings (以内) are met at or under; bands (左右) are "
           "met within the tolerance (±0.3 pp for rates, ±5% otherwise); ranges are met inside.", "",
           md_table(_TRACK_HEAD, [_track_cells(r) for r in matched + missing]), ""]
    if rest:
        out += [f"{rest} other targets have no outcome in {o} (see track.csv).", ""]
    return "\n".join(out)
