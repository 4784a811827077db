"""An experiment, not part of the pipeline: can a model learn the blind readers' boundary conventions that rules
could not? A logistic model chooses among word-bounded edits of the extracted metric (drop or add one or two words
at its start, drop or add one at its end), trained on the first readers of some rounds and judged on others.

    python tools/edit_ranker.py --texts TEXTS/ --train-out OUT_A/ --train 253-256,257-260 \\
        --test-out OUT_B/ --test 281-284

TEXTS holds the rounds' reports under their doc names (docs/blind/*.texts.jsonl say where each comes from);
OUT_A and OUT_B are extractions of them (the test one should be the output the round was scored blind on).
It prints, for each threshold, metric and whole (character F1 >= 0.8) of the rule's metric and of the chosen edit,
over the figures whose metric can be found on word boundaries in its sentence."""
from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from pipeline.extract import _tagged, grammar  # noqa: E402

_BREAKS = "。；\n"
_NOT_WORDS = set("，。；、：,;:（）()“”《》 \n")
_COLUMNS = ["doc_id", "start", "metric", "unit_base", "kind"]


def _edits(text: str, fig: dict, rec: dict, gm) -> list[tuple[str, str, list[str]]]:
    """The rule's metric and its edits, each with its features; [] when the metric is not on word boundaries."""
    p = rec["metric"]
    lo = max(text.rfind(c, 0, fig["start"]) for c in _BREAKS) + 1
    hi = min([h for h in (text.find(c, fig["end"]) for c in _BREAKS) if h >= 0] or [len(text)])
    sent = text[lo:hi]
    i = sent.rfind(p, 0, fig["start"] - lo + len(p) + 40) if p else -1
    if i < 0:
        return []
    words, pos = [], 0
    for w, tag in _tagged(sent):
        words.append((pos, pos + len(w), w, tag))
        pos += len(w)
    starts = {s: k for k, (s, _, _, _) in enumerate(words)}
    ends = {e: k for k, (_, e, _, _) in enumerate(words)}
    if i not in starts or i + len(p) not in ends:
        return []
    a0, a1 = starts[i], ends[i + len(p)]
    side = "L" if i + len(p) <= fig["start"] - lo else "R"
    unit = rec["unit_base"] or ""
    ucls = ("pct" if unit in ("%", "个百分点") else "money" if "元" in unit
            else "count" if unit in gm.counters else "other")
    base = [f"side={side}", f"ucls={ucls}", f"kind={rec['kind']}", f"plen={min(len(p), 12) // 3}"]

    def word(k):  # a word that may join the phrase: no punctuation, no figure
        return words[k] if 0 <= k < len(words) and words[k][2] not in _NOT_WORDS and not any(
            c.isdigit() for c in words[k][2]) else None

    def span(k0, k1):
        return sent[words[k0][0]:words[k1][1]]

    out = [("keep", p, [])]
    if a1 > a0:
        w = words[a0]
        out.append(("drop1", span(a0 + 1, a1), [f"w={w[2]}", f"tag={w[3]}"]))
        w = words[a1]
        out.append(("dropz", span(a0, a1 - 1), [f"w={w[2]}", f"tag={w[3]}"]))
    if a1 > a0 + 1:
        w, w2 = words[a0], words[a0 + 1]
        out.append(("drop2", span(a0 + 2, a1), [f"w={w[2]}", f"tag={w[3]}", f"w2={w2[2]}", f"tag2={w2[3]}"]))
    if (w := word(a0 - 1)):
        out.append(("add1", span(a0 - 1, a1), [f"w={w[2]}", f"tag={w[3]}", f"first={words[a0][3]}"]))
        if (w2 := word(a0 - 2)):
            out.append(("add2", span(a0 - 2, a1), [f"w={w[2]}", f"tag={w[3]}", f"w2={w2[2]}", f"tag2={w2[3]}"]))
    if side == "R" and (w := word(a1 + 1)):
        out.append(("addz", span(a0, a1 + 1), [f"w={w[2]}", f"tag={w[3]}"]))
    return [(kind, v, [f"T={kind}"] + [f"T={kind}|{x}" for x in fs + base]
             + [f"T={kind}|{x}|{y}" for x in fs for y in base[:2]]) for kind, v, fs in out]


def _load(texts: Path, out: Path, rounds: list[str], blind: Path, gm) -> list:
    recs = {(r["doc_id"], r["start"]): r for r in pq.read_table(out / "indicators.parquet", columns=_COLUMNS).to_pylist()}
    cache, data = {}, []
    for name in rounds:
        for line in open(blind / f"sets{name}.jsonl", encoding="utf-8"):
            fig = json.loads(line)
            rec = recs.get((fig["doc"], fig["start"]))
            if fig["not_indicator"] or not fig.get("metric") or not rec or not rec["metric"]:
                continue
            if fig["doc"] not in cache:
                cache[fig["doc"]] = (texts / f"{fig['doc']}.txt").read_text(encoding="utf-8")
            if edits := _edits(cache[fig["doc"]], fig, rec, gm):
                data.append((fig["metric"], edits))
    return data


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", type=Path, required=True)
    ap.add_argument("--train-out", type=Path, required=True)
    ap.add_argument("--test-out", type=Path, required=True)
    ap.add_argument("--train", required=True, help="rounds, e.g. 253-256,257-260")
    ap.add_argument("--test", required=True)
    ap.add_argument("--blind", type=Path, default=Path(__file__).resolve().parent.parent / "docs" / "blind")
    ap.add_argument("--gold", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared" / "gold")
    a = ap.parse_args()
    sys.path.insert(0, str(a.gold))
    from score import metric_ok, norm  # the reference scorer's own test

    def f1(g, p):
        g, p = norm(g), norm(p)
        common = sum((Counter(g) & Counter(p)).values())
        return 2 * common / (len(g) + len(p)) if g and p else 0.0

    gm = grammar()
    train = _load(a.texts, a.train_out, a.train.split(","), a.blind, gm)
    test = _load(a.texts, a.test_out, a.test.split(","), a.blind, gm)
    # pointwise: is the edit better than the rule's metric (higher F1, same head)?
    vocab: dict[str, int] = {}
    xs, ys = [], []
    for gold, edits in train:
        keep = f1(gold, edits[0][1])
        for _, v, feats in edits[1:]:
            xs.append([vocab.setdefault(f, len(vocab)) for f in feats])
            ys.append(1 if f1(gold, v) > keep + 1e-9 and metric_ok(gold, v) else 0)
    weights = [0.0] * (len(vocab) + 1)

    def z(ix):
        return weights[-1] + sum(weights[j] for j in ix)
    order = list(range(len(xs)))
    for epoch in range(30):  # plain SGD with a little L2; deterministic
        random.Random(epoch).shuffle(order)
        for n in order:
            g = 1 / (1 + math.exp(-z(xs[n]))) - ys[n]
            for j in xs[n]:
                weights[j] -= 0.1 * (g + 1e-3 * weights[j])
            weights[-1] -= 0.1 * g
    print(f"train: {len(train)} figures, {len(xs)} edits, {sum(ys)} better; test: {len(test)} figures")

    def judge(data, thr):
        rule_m = rule_w = edit_m = edit_w = changed = 0
        for gold, edits in data:
            keep = edits[0][1]
            prob, best = max(((1 / (1 + math.exp(-z([vocab[f] for f in feats if f in vocab]))), v)
                              for _, v, feats in edits[1:]), default=(0.0, keep))
            choice = best if prob > thr else keep
            changed += choice != keep
            rule_m += metric_ok(gold, keep)
            rule_w += metric_ok(gold, keep) and f1(gold, keep) >= 0.8
            edit_m += metric_ok(gold, choice)
            edit_w += metric_ok(gold, choice) and f1(gold, choice) >= 0.8
        n = len(data) or 1
        return (f"rule {rule_m / n:.3f} / {rule_w / n:.3f}   edited {edit_m / n:.3f} / {edit_w / n:.3f}"
                f"   ({changed} edited)")
    for thr in (0.5, 0.6, 0.7):
        print(f"threshold {thr}: train {judge(train, thr)}")
        print(f"               test  {judge(test, thr)}")


if __name__ == "__main__":
    main()
