"""rjieba against python jieba (with its dictionary cache) on the national reports: load time, and
cut and part-of-speech tagging throughput. Why pipeline/words.py uses rjieba. Not a test.
Usage: python benchmarks/segmenters.py [corpus folder]"""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus" / "national"

LOAD = {  # each in a fresh interpreter: import + dictionary, as a worker process pays it
    "rjieba": "import rjieba; j = rjieba.Jieba(); j.tag('资本充足率')",
    "jieba": "import jieba, jieba.posseg as p; jieba.setLogLevel(60); jieba.initialize(); list(p.cut('资本充足率'))",
}


def load_time(code: str) -> float:
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        best = min(best, time.perf_counter() - t)
    base = min(_bare() for _ in range(3))
    return best - base


def _bare() -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.perf_counter() - t


def main():
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    lines = [ln for ln in text.splitlines() if ln.strip()]
    mb = len(text.encode("utf-8")) / 1e6
    import jieba
    import jieba.posseg as pseg
    import rjieba
    jieba.setLogLevel(60)
    jieba.initialize()
    rj = rjieba.Jieba()
    runs = {
        "rjieba cut": lambda: [rj.cut(ln) for ln in lines],
        "rjieba tag": lambda: [rj.tag(ln) for ln in lines],
        "jieba cut": lambda: [list(jieba.cut(ln)) for ln in lines],
        "jieba tag": lambda: [list(pseg.cut(ln)) for ln in lines],
    }
    print(f"{CORPUS}: {mb:.2f} MB, {len(lines)} lines")
    for name, code in LOAD.items():
        print(f"  {name:7s} load (import + dictionary, fresh process): {load_time(code):.2f} s")
    for name, fn in runs.items():
        t = time.process_time()
        fn()
        secs = time.process_time() - t
        print(f"  {name:11s}: {secs:.2f} s CPU = {mb / secs:.1f} MB/s")


if __name__ == "__main__":
    main()
