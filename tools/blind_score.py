"""Score an extraction against a blind annotation round (docs/blind/): metric by the reference scorer's test
(../shared/gold/score.py metric_ok), whole (character F1 >= 0.8: the phrase names the whole thing measured) and
year (the exact year, or the exact span of a figure about several years). Figures annotated as no indicator are
left out; predictions are matched by (doc_id, start, end), so extract the round's texts under their doc names.

    python tools/blind_score.py OUT/ docs/blind/sets157-160.jsonl [--docs a,b] [--primary] [--show metric|whole|year]
    python tools/blind_score.py docs/blind/sets161-164.second.jsonl docs/blind/sets161-164.jsonl --primary  # two readers

--primary scores against the annotation alone, as the reference scorer does; by default an alternative the
annotator gave (alt_metric) counts too. --second takes a second reader's annotation of the same figures: where
the two readers split, both readings count, as the reference scorer accepts the gold's `alt` (readings two
annotators split on); the figures are still the first reader's.

    python tools/blind_score.py OUT/ docs/blind/sets209-212.jsonl --primary --second docs/blind/sets209-212.second.jsonl"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pred", type=Path, help="an extraction's output folder (indicators.parquet), or a second reader's "
                    "annotations of the same figures (.jsonl): their agreement, on the figures both call indicators")
    ap.add_argument("annotations", type=Path)
    ap.add_argument("--gold", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "gold")
    ap.add_argument("--docs", default="", help="comma-separated doc names to score alone")
    ap.add_argument("--primary", action="store_true")
    ap.add_argument("--show", choices=("metric", "whole", "year"))
    ap.add_argument("--second", type=Path, help="a second reader's annotation of the same figures: its readings count too")
    a = ap.parse_args()
    sys.path.insert(0, str(a.gold))
    from score import metric_ok, norm  # the reference scorer's own test

    def f1(g: str, p: str) -> float:
        g, p = norm(g), norm(p)
        common = sum((Counter(g) & Counter(p)).values())
        return 2 * common / (len(g) + len(p)) if g and p else 0.0

    def span(r: dict) -> tuple:
        return (r.get("ref_start"), r.get("ref_end")) if r.get("ref_start") is not None else (r.get("ref_year"),) * 2

    if a.pred.suffix == ".jsonl":  # another reading of the same figures: how far two readers agree
        pred = {(r["doc"], r["start"], r["end"]): dict(r, sentence="") for r in map(json.loads, a.pred.open(encoding="utf-8"))
                if not r.get("not_indicator")}
    else:
        pred = {(r["doc_id"], r["start"], r["end"]): r for r in pq.read_table(a.pred / "indicators.parquet").to_pylist()}
    second = {(r["doc"], r["start"], r["end"]): r for r in map(json.loads, a.second.open(encoding="utf-8"))
              if not r.get("not_indicator")} if a.second else {}
    by_doc: dict = {}
    for key, r in pred.items():
        by_doc.setdefault(key[0], []).append((key, r))
    docs = set(filter(None, a.docs.split(",")))
    n, ok, misses = 0, Counter(), []
    for line in a.annotations.open(encoding="utf-8"):
        g = json.loads(line)
        if g.get("not_indicator") or docs and g["doc"] not in docs:
            continue
        if a.pred.suffix == ".jsonl" and (g["doc"], g["start"], g["end"]) not in pred:
            continue  # (the second reader called it no indicator)
        n += 1
        # the figure at the same offsets, else one overlapping them, as the reference scorer matches (a unit read
        # longer later, 2000万吨 → 2000万吨/年, is still the same figure)
        p = pred.get((g["doc"], g["start"], g["end"])) or next(
            (r for (d, s, e), r in by_doc.get(g["doc"], []) if s < g["end"] and e > g["start"]), None)
        if p is None:
            misses.append((g["id"], g["surface"], "not found"))
            continue
        readings = [g] + ([second[key]] if (key := (g["doc"], g["start"], g["end"])) in second else [])
        golds = [m for r in readings for m in [r.get("metric")] + ([] if a.primary else list(r.get("alt_metric") or [])) if m]
        # (an annotation's single year is a span of one year, as the prediction's ref_start/ref_end give it)
        right = {"metric": any(metric_ok(m, p["metric"]) for m in golds),
                 "whole": any(f1(m, p["metric"]) >= 0.8 for m in golds),
                 "year": any(span(r) == span(p) for r in readings)}
        ok.update(k for k, v in right.items() if v)
        if a.show and not right[a.show]:
            misses.append((g["id"], g["surface"], golds[:2], p["metric"], span(g), span(p), p["sentence"][:80]))
    print(f"{n} figures: metric {ok['metric'] / n:.3f}  whole {ok['whole'] / n:.3f}  year {ok['year'] / n:.3f}")
    for m in misses:
        print(*m, sep=" | ")


if __name__ == "__main__":
    main()
