"""Targets against outcomes over a whole corpus: one row per region × metric_key × kind × year.

A year's target comes from the report that plans that year (of two, the later-dated); its outcome
is the first figure for that year that any later report gives (by report_date), judged exactly as
`track` judges one pair of reports (compare.pair / verdict_side); a later report's different
figure for the year is kept beside it as a revision. Reports of one region, kind and year (a draft
and its final) leave only the later-dated one. Years between reported ones are rows with empty
sides. Inputs are report text files, folders of them, or extraction output folders, mixed."""
from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional

import pyarrow.parquet as pq

from schemas.compare import PanelRow

from .compare import (Rules, as_reported, headline_rank, is_outcome, outcome_side, period_class, rules,
                      target_side, validate_rows, verdict_side, written, write_rows)
from .lexicon import load
from .metrics import annotate, is_canonical, metric_lexicon

if TYPE_CHECKING:
    import pandas as pd


class PanelInputError(Exception):
    """Inputs that cannot make a panel; the message names every bad file (and row)."""


@dataclass
class Report:
    doc: dict  # its documents row (identity: region, report_kind, report_date, *_year)
    indicators: list[dict]  # with metric_key and ref_year
    order: int  # position in the inputs: the last tie-break

    @property
    def doc_id(self) -> str:
        return self.doc["doc_id"]

    def year(self, name: str, status: Iterable[str]) -> Optional[int]:
        """plan_year / reviewed_year from the document's identity; when the text gave none, the
        year most of its targets (outcomes) are about."""
        if self.doc.get(name) is not None:
            return int(self.doc[name])
        years = [i["ref_year"] for i in self.indicators if i["status"] in status and i.get("ref_year") is not None]
        return Counter(years).most_common(1)[0][0] if years else None

    @property
    def plan_year(self) -> Optional[int]:
        return self.year("plan_year", ("target",))

    @property
    def reviewed_year(self) -> Optional[int]:
        return self.year("reviewed_year", ("actual", "expected"))

    @property
    def when(self) -> tuple:
        """Chronological order: report_date, else the year it was delivered, else input order."""
        d = self.doc
        year = d.get("report_year") or d.get("plan_year") or (d["reviewed_year"] + 1 if d.get("reviewed_year") else None)
        if year is None:
            year = self.plan_year or ((self.reviewed_year or 0) + 1 if self.reviewed_year else None)
        date = d.get("report_date") or (str(year) if year else "")
        return (date, self.order)


@dataclass(frozen=True)
class Headline:
    metric: str
    kind: str


@lru_cache(maxsize=None)
def panel_config() -> tuple[tuple[Headline, ...], dict[str, tuple[str, float]]]:
    d = load("metrics")["panel"]
    return (tuple(Headline(h["metric"], h["kind"]) for h in d["headline"]),
            {u: (c["to"], float(c["factor"])) for u, c in d["units"].items()})


# -- inputs ---------------------------------------------------------------------------------------

def _from_text(paths: list[Path], workers: int, meta: dict, source: str) -> tuple[list[tuple], list[str]]:
    from .run import outcomes

    got, errors = [], []
    tasks = [(str(p), None, False, workers <= 1, meta.get(p.stem), source) for p in paths]
    for oc in outcomes(tasks, max(1, min(workers, len(tasks)))):
        if oc.error:
            errors.append(f"{oc.error['file']}: {oc.error['message']}")
            continue
        t = oc.tables
        if not t["indicators"]:
            errors.append(f"{oc.path}: holds no figures (is it a report?)")
            continue
        got.append((oc.path, t["documents"][0], t["indicators"]))
    return got, errors


_DERIVED = ("metric_key", "metric_label", "ref_year", "ref_start", "ref_end")


def _from_output(folder: Path, meta: dict, source: str) -> list[tuple]:
    """Every document of an extraction output folder. Its stored metric keys and years stand when the
    folder was written with them (ref_start is this version's) and no --meta row changes the
    document's identity; else they are derived again from its sections and sentences."""
    from .meta import apply_meta

    paths = {name: folder / f"{name}.parquet" for name in ("documents", "indicators", "sections", "sentences")}
    missing = [name for name, path in paths.items() if not path.exists()]
    if missing:
        raise PanelInputError(f"{folder}: not an extraction output (no {missing[0]}.parquet)")
    current = set(_DERIVED) <= set(pq.read_schema(paths["indicators"]).names)
    docs = pq.read_table(paths["documents"]).to_pylist()
    again = {d["doc_id"] for d in docs if not current or d["doc_id"] in meta}
    by_doc: dict[str, dict[str, list]] = {}
    for name in ("indicators", "sections", "sentences") if again else ("indicators",):
        for rec in pq.read_table(paths[name]).to_pylist():
            by_doc.setdefault(rec["doc_id"], {}).setdefault(name, []).append(rec)
    out = []
    for doc in docs:
        parts = by_doc.get(doc["doc_id"], {})
        inds = parts.get("indicators", [])
        if doc["doc_id"] in again:
            if doc["doc_id"] in meta:
                doc = apply_meta(doc, meta[doc["doc_id"]], source)
            base = [{k: v for k, v in i.items() if k not in _DERIVED} for i in inds]
            inds = annotate(base, doc, parts.get("sections", []), parts.get("sentences", []))
        out.append((f"{folder}:{doc['doc_id']}", doc, inds))
    return out


def read_reports(inputs: Iterable[str | Path], meta: str | Path | None = None, workers: int = 1) -> list[Report]:
    """The reports of every input, in input order. Every bad input is named in one PanelInputError,
    raised before anything is built."""
    from .load import discover
    from .meta import MetaError, read_meta

    rows, source = {}, "meta"
    if meta is not None:
        try:
            rows, source = read_meta(meta), Path(meta).name
        except MetaError as e:
            raise PanelInputError(str(e)) from None
    errors: list[str] = []
    found: list[tuple] = []
    for raw in inputs:
        p = Path(raw)
        if p.is_dir() and (p / "documents.parquet").exists():
            try:
                found.extend(_from_output(p, rows, source))
            except PanelInputError as e:
                errors.append(str(e))
            continue
        files, missing = discover([p])
        errors += [f"{e.path}: {e.message}" for e in missing]
        got, bad = _from_text(files, workers, rows, source)
        found += got
        errors += bad
    seen: dict[str, tuple[str, str]] = {}
    unique = []
    for item in found:
        where, doc = item[0], item[1]
        if doc["doc_id"] not in seen:
            seen[doc["doc_id"]] = (where, doc["sha256"])
            unique.append(item)
        elif seen[doc["doc_id"]][1] != doc["sha256"]:  # the same text given twice is one report
            errors.append(f"{where}: doc_id {doc['doc_id']!r} is already given by {seen[doc['doc_id']][0]} (a different text)")
    reports = [Report(doc, inds, n) for n, (_, doc, inds) in enumerate(unique)]
    errors += [f"{meta}, row {row.get('_row')}: doc_id {d!r} matches no input report" for d, row in rows.items() if d not in seen]
    if errors:
        raise PanelInputError("\n".join(errors))
    if not reports:
        raise PanelInputError("no reports among the inputs")
    return reports


# -- the panel ------------------------------------------------------------------------------------

def _slot(r: Report) -> Optional[tuple]:
    d = r.doc
    year = d.get("report_year") or d.get("plan_year") or d.get("reviewed_year")
    return None if year is None else (d.get("region"), d.get("report_kind"), year)


def supersede(reports: list[Report]) -> tuple[list[Report], dict[str, list[str]]]:
    """Of reports for one region, kind and year (a draft and its final), the later report_date
    stands (the later input when the dates do not tell). → (standing reports, doc_id → set aside)."""
    groups: dict[tuple, list[Report]] = {}
    for r in reports:
        s = _slot(r)
        if s is not None:
            groups.setdefault(s, []).append(r)
    gone: set[str] = set()
    aside: dict[str, list[str]] = {}
    for rs in groups.values():
        if len(rs) > 1:
            rs = sorted(rs, key=lambda r: ((r.doc.get("report_date") or ""), r.order))
            aside[rs[-1].doc_id] = [r.doc_id for r in rs[:-1]]
            gone.update(r.doc_id for r in rs[:-1])
    return [r for r in reports if r.doc_id not in gone], aside


def outcome_source(r: Report, year: int) -> str:
    kind = r.doc.get("report_kind")
    reviewed = r.reviewed_year
    if kind == "plan_execution" and reviewed == year:
        return "same_year_plan_execution"
    if reviewed == year and kind in ("work_report", "other", None) and r.plan_year != year:
        return "next_year_review"
    return "other"


def _signed(ind: dict) -> float:
    v = ind["value_base"]
    return -v if ind["kind"] in ("change", "pp_change") and ind.get("direction") == "down" else v


def _prov(prefix: str, ind: dict) -> dict:
    return {f"{prefix}_end": ind["end"], f"{prefix}_sentence": ind.get("sentence")}


Key = tuple  # (region, metric_key, kind, year)


def _collect(reports: list[Report], r: Rules) -> tuple[dict[Key, list], dict[Key, list], dict]:
    targets: dict[Key, list] = {}
    outcomes: dict[Key, list] = {}
    labels: dict[tuple, str] = {}
    for rep in reports:
        region = rep.doc.get("region")
        for i in as_reported(rep.indicators, rep.plan_year):
            if i.get("metric_key") is None or i.get("ref_year") is None:
                continue
            key = (region, i["metric_key"], i["kind"], int(i["ref_year"]))
            if i["status"] == "target":
                targets.setdefault(key, []).append((rep, i))
            elif is_outcome(i, r):
                outcomes.setdefault(key, []).append((rep, i))
            else:
                continue
            labels.setdefault(key[:3], i.get("metric_label") or i["metric_key"])
    return targets, outcomes, labels


def _pick_target(cands: list, year: int, r: Rules):
    """The year's own plan first (the report whose plan year it is; of two, the later-dated), then a
    full-year figure, then text order."""
    own = [c for c in cands if c[0].plan_year == year]
    pool = own or cands
    latest = max(rep.when for rep, _ in pool)
    pool = [c for c in pool if c[0].when == latest] if own else pool
    return min(pool, key=lambda c: (headline_rank(c[1], r), c[0].when))


def _first_reported(cands: list, unit_base: Optional[str], r: Rules) -> tuple[Optional[tuple], Optional[tuple], list]:
    """(first-reported outcome, latest later revision, candidates of other units), each (report,
    indicator). Full-year figures first; among reports, the earliest-dated."""
    same = [c for c in cands if unit_base is None or c[1]["unit_base"] == unit_base]
    if not same:
        return None, None, cands
    by_report: dict[str, list] = {}
    for c in same:
        by_report.setdefault(c[0].doc_id, []).append(c)
    best = [min(cs, key=lambda c: headline_rank(c[1], r)) for cs in by_report.values()]
    full = [c for c in best if period_class(c[1].get("period"), c[1].get("ref_year"), r) == "year"]
    pool = sorted(full or best, key=lambda c: c[0].when)
    first = pool[0]
    later = [c for c in pool[1:] if c[1]["unit_base"] == first[1]["unit_base"]
             and abs(_signed(c[1]) - _signed(first[1])) > 1e-9 * max(1.0, abs(_signed(first[1])))]
    return first, (later[-1] if later else None), []


def _note_missing(side: str, region, year: int, reports: list[Report]) -> str:
    if side == "outcome":
        who = [rep.doc_id for rep in reports if rep.doc.get("region") == region and rep.reviewed_year == year]
        return (f"{', '.join(who)} reviews {year} but gives no figure of this metric, kind and unit" if who
                else f"no report among the inputs reviews {year}")
    who = [rep.doc_id for rep in reports if rep.doc.get("region") == region and rep.plan_year == year]
    return (f"{', '.join(who)} plans {year} but sets no target of this metric and kind" if who
            else f"no report among the inputs plans {year}")


def panel_records(reports: list[Report]) -> list[dict]:
    r = rules()
    lex = metric_lexicon()
    reports, aside = supersede(reports)
    targets, outcomes, labels = _collect(reports, r)
    # a metric is in the panel when the lexicon knows it or some report sets a target of it
    series: dict[tuple, set[int]] = {}
    for key in set(targets) | set(outcomes):
        if key in targets or is_canonical(key[1], lex):
            series.setdefault(key[:3], set()).add(key[3])
    targeted = {k[:3] for k in targets}
    rows = []
    for skey, years in series.items():
        if not (is_canonical(skey[1], lex) or skey in targeted):
            continue
        region, metric_key, kind = skey
        for year in range(min(years), max(years) + 1):
            key = (*skey, year)
            row = {"region": region, "metric_key": metric_key, "label": labels[skey],
                   "canonical": is_canonical(metric_key, lex), "kind": kind, "ref_year": year}
            used: list[str] = []
            t = _pick_target(targets[key], year, r) if key in targets else None
            if t is not None:
                trep, ti = t
                side = target_side(ti, r, lex)
                row.update({k: v for k, v in side.items() if k.startswith("target_") or k in ("rule", "tolerance")})
                row.update({**_prov("target", ti), "target_period": ti.get("period"), "target_value_base": ti["value_base"],
                            "target_value_high_base": ti.get("value_high_base"), "target_unit_base": ti["unit_base"]})
                used.append(trep.doc_id)
            first, revised, other_units = _first_reported(outcomes.get(key, []), t[1]["unit_base"] if t else None, r)
            notes = []
            if first is not None:
                orep, oi = first
                row.update({**outcome_side(oi), **_prov("outcome", oi), "outcome_doc": orep.doc_id,
                            "outcome_value_base": oi["value_base"], "outcome_unit_base": oi["unit_base"],
                            "outcome_source": outcome_source(orep, year)})
                used.append(orep.doc_id)
                if t is not None:
                    judged = verdict_side(t[1], oi, r, lex)
                    row.update({"gap": judged["gap"], "verdict": judged["verdict"]})
                    if judged["note"]:
                        notes.append(judged["note"])
                else:
                    row["verdict"] = "no_target"
                    notes.append(_note_missing("target", region, year, reports))
                if revised is not None:
                    vrep, vi = revised
                    row.update({"revised_doc": vrep.doc_id, "revised_start": vi["start"], "revised_end": vi["end"],
                                "revised_surface": vi["surface"], "revised_sentence": vi.get("sentence"),
                                "revised_value": vi["value"], "revised_unit": vi["unit"],
                                "revised_direction": vi.get("direction")})
                    notes.append(f"{vrep.doc_id} gives {written(vi['surface'], vi.get('qualifier'), vi.get('direction'), r)}"
                                 f" for {year}")
            elif t is not None:
                row["verdict"] = "no_outcome"
                if other_units:
                    units = sorted({c[1]["unit_base"] for c in other_units})
                    notes.append(f"outcome unit {'/'.join(units)} is not the target's {t[1]['unit_base']}")
                else:
                    notes.append(_note_missing("outcome", region, year, reports))
            else:
                row["verdict"] = "no_report"
                notes.append(f"no report among the inputs gives {year}'s target or outcome")
            sup = [d for u in dict.fromkeys(used) for d in aside.get(u, [])]
            if sup:
                row["superseded_doc"] = ", ".join(sup)
                notes.append(f"{', '.join(sup)} set aside for the later-dated {', '.join(u for u in dict.fromkeys(used) if u in aside)}")
            row["note"] = "; ".join(notes) or None
            rows.append(row)
    rows.sort(key=lambda x: (x["region"] or "", not x["canonical"], x["metric_key"], x["kind"], x["ref_year"]))
    return validate_rows("panel", rows)


def panel(inputs: Iterable[str | Path] | str | Path, meta: str | Path | None = None, workers: int = 1) -> "pd.DataFrame":
    """One row per region × metric_key × kind × year over the reports of `inputs` (text files,
    folders of them, extraction output folders): the year's target, its first-reported outcome and
    the verdict as `track` judges it. `meta`: a CSV of report identity (see `cli.py panel --meta`)."""
    import pandas as pd

    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    rows = panel_records(read_reports(inputs, meta, workers))
    return pd.DataFrame(rows, columns=list(PanelRow.model_fields))


# -- wide view and files --------------------------------------------------------------------------

def headline_rows(rows: list[dict]) -> dict[tuple, dict[int, dict]]:
    """(region, Headline) → year → panel row, for the headline series present."""
    heads = {(h.metric, h.kind): h for h in panel_config()[0]}
    out: dict[tuple, dict[int, dict]] = {}
    for row in rows:
        h = heads.get((row["metric_key"], row["kind"]))
        if h is not None:
            out.setdefault((row["region"], h), {})[row["ref_year"]] = row
    return out


def wide_records(rows: list[dict]) -> list[dict]:
    """One row per region × year: `<metric>_target`, `<metric>_outcome` (as written) and
    `<metric>_verdict` for every headline metric."""
    heads = panel_config()[0]
    by = headline_rows(rows)
    years: dict = {}
    for row in rows:
        years.setdefault(row["region"], set()).add(row["ref_year"])
    out = []
    for region in sorted(years, key=lambda x: x or ""):
        for year in sorted(years[region]):
            rec = {"region": region, "ref_year": year}
            for h in heads:
                row = by.get((region, h), {}).get(year, {})
                rec[f"{h.metric}_target"] = written(row.get("target_surface"), row.get("target_qualifier"), row.get("target_direction"))
                rec[f"{h.metric}_outcome"] = written(row.get("outcome_surface"), row.get("outcome_qualifier"), row.get("outcome_direction"))
                rec[f"{h.metric}_verdict"] = row.get("verdict") or ""
            out.append(rec)
    return out


def write_wide(folder: Path, rows: list[dict]) -> Path:
    wide = wide_records(rows)
    path = folder / "panel_wide.csv"
    cols = ["region", "ref_year"] + [f"{h.metric}_{s}" for h in panel_config()[0] for s in ("target", "outcome", "verdict")]
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        w.writerows(wide)
    return path


def write_panel(folder: Path, rows: list[dict], charts: bool = True) -> list[Path]:
    """DIR/panel.parquet, panel.csv, schema/panel.json, panel_wide.csv and (charts) panel.html with
    DIR/charts/<region>_<metric>.svg."""
    folder = Path(folder)
    write_rows(folder, "panel", PanelRow, rows)
    paths = [folder / "panel.parquet", folder / "panel.csv", write_wide(folder, rows)]
    if charts:
        from .chart import write_charts

        paths += write_charts(folder, rows)
    return paths


def panel_summary(rows: list[dict]) -> str:
    """The headline panel on the terminal: per region and year, each headline target → outcome."""
    from .compare import text_table

    heads = panel_config()[0]
    by = headline_rows(rows)
    parts = []
    for region in sorted({k[0] for k in by}, key=lambda x: x or ""):
        present = [h for h in heads if (region, h) in by]
        years = sorted({y for h in present for y in by[(region, h)]})
        table = []
        for y in years:
            cells = [str(y)]
            for h in present:
                row = by[(region, h)].get(y)
                if row is None or row["verdict"] == "no_report":
                    cells.append("")
                    continue
                t = written(row["target_surface"], row["target_qualifier"], row["target_direction"]) or "—"
                o = written(row["outcome_surface"], row["outcome_qualifier"], row["outcome_direction"]) or "—"
                cells.append(f"{t} → {o} {row['verdict'] if row['verdict'] in ('met', 'missed', 'exceeded') else ''}".rstrip())
            table.append(cells)
        parts += [f"{region or '(region not named)'}:", text_table(["year"] + [h.metric for h in present], table), ""]
    counts = Counter(r["verdict"] for r in rows)
    parts.append(f"{len(rows)} rows: " + ", ".join(f"{n} {v}" for v, n in counts.most_common()))
    return "\n".join(parts)
