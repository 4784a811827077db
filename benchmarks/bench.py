"""`make bench`: how fast the pipeline runs, measured against the floor of a bare regex scan for
numbers over the same text in the same run, so the headline ratio holds on any machine.

  (a) the seed, in this process: end to end, per stage, and the bare scan;
  (b) a synthetic corpus (raw/ and ../shared/corpus/ texts repeated to --mb MB), each run in its own
      subprocess so peak memory is that run's alone: serial at 1/10 size and full size (flat memory),
      and with --workers (parallel speed-up);
  (c) start-up: `cli.py extract` on one small file;
  (d) the profile: where the time of extract_document goes;
  (e) panel over the whole shared corpus: its own cost after extraction, next to extraction's.

Not a test: numbers depend on the machine. Usage: python benchmarks/bench.py [--mb 50] [--workers N]"""
from __future__ import annotations

import argparse
import cProfile
import importlib
import json
import os
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import regex  # noqa: E402

from pipeline.run import cores, run  # noqa: E402

# the modules themselves (pipeline.run the module is shadowed by pipeline.run the function)
document, run_mod, write_mod = (importlib.import_module(f"pipeline.{m}") for m in ("document", "run", "write"))

SEED = ROOT / "raw" / "changning_2022_plan_report.txt"
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
BARE = regex.compile(r"\d+(?:\.\d+)?")
STAGES = ["load", "normalise", "segment", "extract", "validate", "write"]
TARGETS = {"ratio": 50.0, "mb_per_core": 2.0, "rss_growth": 1.5, "startup": 1.0}


# -- measuring -------------------------------------------------------------------------------------

@contextmanager
def stage_clock(clock=time.process_time):
    """CPU time of each stage (not disturbed by other work on the machine), by wrapping the
    functions the pipeline calls in this process. extract covers numbers, their attributes, metric
    annotation and the document's description; write covers encoding to Arrow and CSV and the
    Parquet/CSV writers; other is the rest (extract_document's own glue, the run loop, start-up)."""
    spent = dict.fromkeys(STAGES, 0.0)
    patches = [(run_mod, "load", "load"), (document, "normalise", "normalise"), (document, "segment", "segment"),
               (document, "extract", "extract"), (document, "describe", "extract"), (document, "annotate", "extract"),
               (document, "validate", "validate"), (run_mod, "encode", "write"), (write_mod, "encode", "write")]
    patches += [(write_mod.TableWriter, m, "write") for m in ("add", "add_rows", "flush", "close")]
    saved = []

    depth = dict.fromkeys(STAGES, 0)

    def timed(fn, stage):
        def wrapper(*a, **k):
            if depth[stage]:  # nested in the same stage (close → flush): counted once, outside
                return fn(*a, **k)
            depth[stage] += 1
            t0 = clock()
            try:
                return fn(*a, **k)
            finally:
                spent[stage] += clock() - t0
                depth[stage] -= 1
        return wrapper

    for owner, name, stage in patches:
        if not hasattr(owner, name):
            continue  # a stage function renamed or gone: its time shows under "other"
        saved.append((owner, name, getattr(owner, name)))
        setattr(owner, name, timed(getattr(owner, name), stage))
    try:
        yield spent
    finally:
        for owner, name, fn in reversed(saved):
            setattr(owner, name, fn)


def bare_scan_seconds(texts: list[str], reps: int = 20) -> float:
    """Median CPU time of one regex pass for numbers over all the texts."""
    times = []
    for _ in range(reps):
        t0 = time.process_time()
        for t in texts:
            BARE.findall(t)
        times.append(time.process_time() - t0)
    return statistics.median(times)


def peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest child (Linux: KiB)."""
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / 2**20
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale)


def child(corpus: str, out: str, workers: int) -> None:
    """One corpus run in a fresh process: its figures as JSON on stdout."""
    with tempfile.TemporaryDirectory() as tmp, stage_clock() as spent:
        t0 = time.perf_counter()
        res = run([corpus], Path(tmp) / "out", workers=workers)
        secs = time.perf_counter() - t0
    size = sum(p.stat().st_size for p in Path(corpus).glob("*.txt"))
    rss, rss_child = peak_rss_mb()
    cpu = sum(getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
              for f in ("ru_utime", "ru_stime"))
    print(json.dumps({"seconds": secs, "cpu": cpu, "docs": res.counts["documents"], "errors": len(res.errors), "bytes": size,
                      "rss_mb": rss, "rss_child_mb": rss_child, "stages": spent if workers == 1 else None,
                      "indicators": res.counts["indicators"]}))


def run_child(corpus: Path, workers: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        p = subprocess.run([sys.executable, __file__, "--child", str(corpus), str(Path(tmp) / "out"), str(workers)],
                           capture_output=True, text=True, check=True)
    return json.loads(p.stdout)


# -- inputs ----------------------------------------------------------------------------------------

def source_files() -> list[Path]:
    files = sorted((ROOT / "raw").glob("*.txt"))
    if SHARED_CORPUS.is_dir():  # read in place, never copied into the repository
        files += sorted(SHARED_CORPUS.rglob("*.txt"))
    return files


def synthetic_corpus(folder: Path, sources: list[Path], mb: float) -> Path:
    """The sources repeated, one file per copy, until the corpus holds `mb` MB."""
    folder.mkdir(parents=True)
    data = [(p.stem, p.read_bytes()) for p in sources]
    total, i = 0, 0
    while total < mb * 1e6:
        stem, b = data[i % len(data)]
        (folder / f"{i:06d}_{stem}.txt").write_bytes(b)
        total += len(b)
        i += 1
    return folder


# -- report ----------------------------------------------------------------------------------------

def verdict(ok: bool) -> str:
    return "meets target" if ok else "SHORT of target"


def stage_line(spent: dict, total: float) -> str:
    spent = {**spent, "other": max(0.0, total - sum(spent.values()))}
    fmt = (lambda v: f"{v * 1000:.1f}ms") if total < 1 else (lambda v: f"{v:.2f}s")
    return "  ".join(f"{s} {fmt(v)} ({v / total:.0%})" for s, v in spent.items())


def bench_seed(tmp: Path) -> dict:
    text = SEED.read_text(encoding="utf-8")
    mb = SEED.stat().st_size / 1e6
    t0 = time.perf_counter()
    run([SEED], tmp / "cold")  # first run pays for compiling the lexicon patterns and validators
    cold = time.perf_counter() - t0
    warm, cpu, spent_all = [], [], dict.fromkeys(STAGES, 0.0)
    for k in range(7):
        with stage_clock() as spent:
            t0, c0 = time.perf_counter(), time.process_time()
            run([SEED], tmp / f"warm{k}")
            warm.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        for s in STAGES:
            spent_all[s] += spent[s] / 7
    secs, cpu_secs = statistics.median(warm), statistics.mean(cpu)  # CPU: the mean, like the stage times
    bare = bare_scan_seconds([text])
    n_numbers = len(BARE.findall(text))
    print(f"(a) seed: {SEED.name}, {mb:.3f} MB, {len(text)} characters")
    print(f"    end to end (run(): load → write, median of 7 warm runs): {secs * 1000:.1f} ms wall = {1 / secs:.1f} documents/s, "
          f"{mb / secs:.2f} MB/s; {cpu_secs * 1000:.1f} ms CPU; cold first run {cold * 1000:.0f} ms wall")
    print(f"    per stage (CPU): {stage_line(spent_all, cpu_secs)}")
    print(f"    bare scan `\\d+(?:\\.\\d+)?` over the same text: {bare * 1000:.3f} ms CPU ({n_numbers} matches)")
    ratio = cpu_secs / bare
    print(f"    → pipeline / bare scan = {ratio:.0f}×   (target ≤ {TARGETS['ratio']:.0f}×: {verdict(ratio <= TARGETS['ratio'])})")
    return {"ratio": ratio, "seconds": secs}


def bench_corpus(tmp: Path, mb: float, workers: int) -> dict:
    sources = source_files()
    small = synthetic_corpus(tmp / "small", sources, mb / 10)
    big = synthetic_corpus(tmp / "big", sources, mb)
    print(f"\n(b) synthetic corpus: {len(sources)} source texts repeated; {mb / 10:.0f} MB = {len(list(small.iterdir()))} files, "
          f"{mb:.0f} MB = {len(list(big.iterdir()))} files (each run in its own process)")
    texts = [p.read_text(encoding="utf-8") for p in big.iterdir()]
    bare = bare_scan_seconds(texts, reps=3)
    del texts
    figs = {}
    for label, corpus, w in [("small, 1 worker", small, 1), ("full, 1 worker", big, 1), (f"full, {workers} workers", big, workers)]:
        r = run_child(corpus, w)
        figs[label] = r
        mbs = r["bytes"] / 1e6 / r["seconds"]
        mem = f"peak RSS {r['rss_mb']:.0f} MB" + (f" (+ largest worker {r['rss_child_mb']:.0f} MB)" if w > 1 else "")
        print(f"    {label:>16}: {r['docs']} documents in {r['seconds']:.1f}s = {r['docs'] / r['seconds']:.0f} documents/s, "
              f"{mbs:.2f} MB/s ({mbs / w:.2f} MB/s per core; {r['bytes'] / 1e6 / r['cpu']:.2f} MB per CPU-second), {mem}")
    full = figs["full, 1 worker"]
    print(f"    per stage (full, 1 worker, CPU): {stage_line(full['stages'], full['cpu'])}")
    print(f"    bare scan over the same {mb:.0f} MB: {bare:.2f}s CPU → pipeline / bare scan = {full['cpu'] / bare:.0f}× (CPU)")
    serial_mbs = full["bytes"] / 1e6 / full["seconds"]
    par = figs[f"full, {workers} workers"]
    par_mbs = par["bytes"] / 1e6 / par["seconds"] / workers
    cpu_mbs = min(r["bytes"] / 1e6 / r["cpu"] for r in (full, par))
    print(f"    → MB/s per core, wall clock: serial {serial_mbs:.2f}, with {workers} workers {par_mbs:.2f}; "
          f"MB per CPU-second (what a core does when it is not shared): {cpu_mbs:.2f}  "
          f"(target ≥ {TARGETS['mb_per_core']:.0f}: {verdict(cpu_mbs >= TARGETS['mb_per_core'])})")
    growth = full["rss_mb"] / figs["small, 1 worker"]["rss_mb"]
    print(f"    → peak RSS {mb:.0f} MB / {mb / 10:.0f} MB corpus = {growth:.2f}×  "
          f"(target ≤ {TARGETS['rss_growth']}×: {verdict(growth <= TARGETS['rss_growth'])})")
    return {"mb_per_core": cpu_mbs, "rss_growth": growth}


def bench_startup(tmp: Path) -> dict:
    small = tmp / "small.txt"
    small.write_text("".join(SEED.read_text(encoding="utf-8").splitlines(keepends=True)[:15]), encoding="utf-8")
    cmd = [sys.executable, str(ROOT / "cli.py"), "extract", str(small), "--out", str(tmp / "startup")]
    base, full = [], []
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        base.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        full.append(time.perf_counter() - t0)
    secs = min(full)
    print(f"\n(c) start-up: `cli.py extract` on a {small.stat().st_size} byte file: {secs:.2f}s wall, best of 3 "
          f"(bare interpreter {min(base):.2f}s)  (target < {TARGETS['startup']:.0f}s: {verdict(secs < TARGETS['startup'])})")
    return {"startup": secs}


def bench_profile(top: int = 15) -> None:
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in source_files()]
    document.extract_document(*texts[0][::-1])  # compile the lexicon outside the profile
    prof = cProfile.Profile()
    prof.enable()
    for doc_id, text in texts * 2:
        document.extract_document(text, doc_id)
    prof.disable()
    stats = pstats.Stats(prof)
    total = stats.total_tt
    print(f"\n(d) profile of extract_document over {len(texts)} texts ×2 (cProfile, {total:.2f}s with its overhead); "
          f"top {top} by own time:")
    print(f"    {'own':>6} {'share':>6} {'with callees':>12}  {'calls':>7}  function")
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)[:top]
    for (file, line, fn), (cc, nc, tt, ct, _) in rows:
        where = f"{Path(file).relative_to(ROOT)}:{line}" if file.startswith(str(ROOT)) else Path(file).name
        print(f"    {tt:6.3f} {tt / total:6.1%} {ct:12.3f}  {nc:7d}  {where} {fn}")


def bench_panel(tmp: Path) -> dict:
    """Extraction of raw/ and ../shared/corpus/ into an output folder, then `panel` over that folder:
    reading it back (its stored metric keys and years), pairing, writing the tables, drawing."""
    from pipeline.chart import write_charts
    from pipeline.compare import write_rows
    from pipeline.panel import panel_records, read_reports, write_wide
    from schemas.compare import PanelRow

    sources = source_files()
    corpus = tmp / "panel-corpus"
    corpus.mkdir()
    for p in sources:  # one folder, as a user would point panel at it
        (corpus / f"{p.parent.name}_{p.name}").write_bytes(p.read_bytes())
    clock = time.process_time
    t0 = clock()
    run([corpus], tmp / "panel-out")
    extract = clock() - t0
    t0 = clock()
    reports = read_reports([tmp / "panel-out"])
    t1 = clock()
    rows = panel_records(reports)
    t2 = clock()
    write_rows(tmp / "panel", "panel", PanelRow, rows)
    write_wide(tmp / "panel", rows)
    t3 = clock()
    write_charts(tmp / "panel", rows)
    t4 = clock()
    own = t3 - t0
    print(f"\n(e) panel over {len(sources)} reports (raw/ and ../shared/corpus/), CPU: extraction {extract:.2f}s; "
          f"panel {own:.2f}s = {own / extract:.0%} of it (read the output back {t1 - t0:.2f}s, pair and judge "
          f"{(t2 - t1) * 1000:.0f} ms for {len(rows)} rows, write tables {(t3 - t2) * 1000:.0f} ms); "
          f"charts {t4 - t3:.2f}s ({len(list((tmp / 'panel' / 'charts').glob('*.svg')))} SVGs and panel.html)")
    return {"panel_share": own / extract}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=50.0, help="size of the synthetic corpus (default 50)")
    ap.add_argument("--workers", type=int, default=cores(), help="workers for the parallel run (default: all cores)")
    ap.add_argument("--child", nargs=3, metavar=("CORPUS", "OUT", "WORKERS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], args.child[1], int(args.child[2]))
        return
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"benchmark on {cores()} cores, Python {sys.version.split()[0]}, load average {load:.1f} at start "
          f"(other work on the machine slows the wall-clock figures; the ratios to the bare scan less)\n")
    with tempfile.TemporaryDirectory(prefix="govreport-bench-") as tmp:
        tmp = Path(tmp)
        figs = bench_seed(tmp)
        figs |= bench_corpus(tmp, args.mb, args.workers)
        figs |= bench_startup(tmp)
        figs |= bench_panel(tmp)
    bench_profile()
    print("\nsummary: " + ", ".join([
        f"pipeline/bare scan {figs['ratio']:.0f}× (≤{TARGETS['ratio']:.0f}×)",
        f"{figs['mb_per_core']:.2f} MB per CPU-second (≥{TARGETS['mb_per_core']:.0f})",
        f"RSS growth {figs['rss_growth']:.2f}× (≤{TARGETS['rss_growth']})",
        f"start-up {figs['startup']:.2f}s (<{TARGETS['startup']:.0f}s)",
        f"panel {figs['panel_share']:.0%} of extraction"]))


if __name__ == "__main__":
    main()
