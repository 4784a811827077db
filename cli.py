"""Command line: `extract` reports into tables, `eval` against the gold annotations."""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import List, Optional

import typer

ROOT = Path(__file__).resolve().parent
app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)

SEED = ROOT / "raw" / "changning_2022_plan_report.txt"
GOLD_REGION = "0:7783"  # the span of the seed that seed_dev.jsonl annotates completely
TARGETS = {"recall": 0.95, "precision": 0.95, "metric": 0.85, "kind": 0.9, "direction": 0.9,
           "qualifier": 0.9, "status": 0.9, "period": 0.85}


@app.command()
def extract(
    paths: Optional[List[Path]] = typer.Argument(None, help="Report .txt files or folders (default: raw/)"),
    out: Path = typer.Option(Path("out"), "--out", "-o", help="Output folder"),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first file that fails"),
):
    """Extract structure and indicators from reports into OUT/*.parquet and *.csv."""
    from pipeline.load import InputError
    from pipeline.run import run, stderr_progress
    from pipeline.write import OutputError

    try:
        res = run([str(p) for p in (paths or [ROOT / "raw"])], out, strict=strict, progress=stderr_progress)
    except (InputError, OutputError) as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2)
    for e in res.errors:
        typer.echo(f"error: {e['file']}: {e['message']} [{e['stage']}]", err=True)
    typer.echo(res.summary() + f" → {out}", err=True)
    if res.errors:
        raise typer.Exit(1)


@app.command("eval")
def evaluate(
    gold: Path = typer.Option(ROOT.parent / "shared" / "gold", help="Folder with seed_dev.jsonl and score.py"),
    show: int = typer.Option(0, help="Print up to N misses and spurious predictions"),
):
    """Extract the seed and score it with the reference scorer against the gold annotations."""
    from pipeline.run import run

    scorer, gold_file = gold / "score.py", gold / "seed_dev.jsonl"
    for f in (scorer, gold_file):
        if not f.exists():
            typer.echo(f"error: {f} not found (the gold annotations live in ../shared/gold)", err=True)
            raise typer.Exit(2)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        res = run([str(SEED)], Path(tmp) / "out")
        secs = time.perf_counter() - t0
        cmd = [sys.executable, str(scorer), str(Path(tmp) / "out" / "indicators.parquet"), str(gold_file),
               "--doc-map", f"={SEED.stem}", "--precision", "--region", GOLD_REGION,
               "--min-recall", str(TARGETS["recall"]), "--min-precision", str(TARGETS["precision"]),
               "--show-misses", str(show), "--label", "seed",
               "--min-attr", *[f"{k}={v}" for k, v in TARGETS.items() if k not in ("recall", "precision")]]
        done = subprocess.run(cmd, capture_output=True, text=True)
    typer.echo(f"extracted {len(res.tables['indicators'])} indicators from the seed in {secs:.2f}s")
    typer.echo("targets: " + " ".join(f"{k}>={v}" for k, v in TARGETS.items()))
    typer.echo(done.stdout.rstrip())
    if done.stderr:
        typer.echo(done.stderr.rstrip(), err=True)
    raise typer.Exit(done.returncode)


def main():
    app()


if __name__ == "__main__":
    main()
