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
    workers: int = typer.Option(0, "--workers", "-j", help="Worker processes (default 0: all cores); output is the same for any number"),
    resume: bool = typer.Option(False, "--resume", help="Keep OUT's rows and extract only files whose doc_id and sha256 are not in OUT yet"),
    meta: Optional[Path] = typer.Option(None, "--meta", help="CSV of report identity (doc_id, region, admin_level, report_kind, report_date, report_year, reviewed_year, plan_year, title) that supplies or overrides the text's"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress and no summary line; errors are still printed"),
):
    """Extract structure and indicators from reports into OUT/*.parquet and *.csv."""
    from pipeline.load import InputError
    from pipeline.meta import MetaError
    from pipeline.progress import reporter
    from pipeline.run import cores, run
    from pipeline.write import OutputError

    try:
        with reporter(quiet) as progress:  # a bar on a terminal, one line per file otherwise
            res = run([str(p) for p in (paths or [ROOT / "raw"])], out, strict=strict, progress=progress,
                      workers=workers or cores(), resume=resume, meta=meta)
    except InputError as e:  # --strict: the first file that failed
        typer.echo(f"error: {e.path}: {e.message} [{e.stage}]; stopped (--strict), {out} left as it was", err=True)
        raise typer.Exit(1)
    except OutputError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2)
    except MetaError as e:  # checked before anything is written
        typer.echo(f"error: {e}; {out} left as it was", err=True)
        raise typer.Exit(2)
    except KeyboardInterrupt:
        typer.echo(f"interrupted: {out} left as it was", err=True)
        raise typer.Exit(130)
    for e in res.errors:
        typer.echo(f"error: {e['file']}: {e['message']} [{e['stage']}]", err=True)
    if not quiet:
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
    typer.echo(f"extracted {res.counts['indicators']} indicators from the seed in {secs:.2f}s")
    typer.echo("targets: " + " ".join(f"{k}>={v}" for k, v in TARGETS.items()))
    typer.echo(done.stdout.rstrip())
    if done.stderr:
        typer.echo(done.stderr.rstrip(), err=True)
    raise typer.Exit(done.returncode)


@app.command()
def review(
    out: Path = typer.Argument(Path("out"), help="Folder written by extract"),
    html: Path = typer.Option(..., "--html", help="Page to write (FILE.html, one document) or a folder (one page per document)"),
    doc: Optional[List[str]] = typer.Option(None, "--doc", help="Only this document id (repeatable)"),
    diff: Optional[Path] = typer.Option(None, "--diff", help="Folder with diff.parquet and/or track.parquet to show and link"),
):
    """Write self-contained HTML review pages: the source text with every indicator marked."""
    from pipeline.review import review as write_review

    try:
        pages = write_review(out, html, doc or None, diff)
    except (FileNotFoundError, KeyError, ValueError) as e:
        typer.echo(f"error: {e.args[0] if e.args else e}", err=True)
        raise typer.Exit(2)
    for p in pages:
        typer.echo(str(p))


def _compare_inputs(args: List[str], frm: Optional[Path]):
    from pipeline.compare import CompareInputError, records, resolve

    try:
        return [records(resolve(a, frm)[1]) for a in args]
    except (CompareInputError, ValueError) as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2)


@app.command("diff")
def diff_cmd(
    old: str = typer.Argument(..., help="Old report: a .txt file, an extraction output folder, or a doc_id with --from"),
    new: str = typer.Argument(..., help="New report, likewise"),
    out: Path = typer.Option(..., "--out", "-o", help="Folder for diff.parquet, diff.csv and diff.md"),
    frm: Optional[Path] = typer.Option(None, "--from", help="Extraction output that holds the doc_ids named"),
    top: int = typer.Option(20, "--top", help="Rows per table in the terminal summary"),
):
    """What changed between two reports: one row per metric, kind, period class and outcome/target."""
    from pipeline.compare import diff_markdown, diff_records, diff_summary, write_rows
    from schemas.compare import DiffRow

    o, n = _compare_inputs([old, new], frm)
    rows = diff_records(o, n)
    write_rows(out, "diff", DiffRow, rows)
    (out / "diff.md").write_text(diff_markdown(rows), encoding="utf-8")
    typer.echo(diff_summary(rows, top))
    typer.echo(f"→ {out}/diff.parquet, diff.csv, diff.md", err=True)


@app.command("track")
def track_cmd(
    plan: str = typer.Argument(..., help="Plan report (its targets): a .txt file, an extraction output folder, or a doc_id with --from"),
    outcome: str = typer.Argument(..., help="Report that reviews the target year (its outcomes), likewise"),
    out: Path = typer.Option(..., "--out", "-o", help="Folder for track.parquet, track.csv and track.md"),
    frm: Optional[Path] = typer.Option(None, "--from", help="Extraction output that holds the doc_ids named"),
):
    """Plan versus actual: each target of PLAN judged met / missed / exceeded on OUTCOME's figure for the same year."""
    from pipeline.compare import track_markdown, track_records, track_summary, write_rows
    from schemas.compare import TrackRow

    p, o = _compare_inputs([plan, outcome], frm)
    rows = track_records(p, o)
    write_rows(out, "track", TrackRow, rows)
    (out / "track.md").write_text(track_markdown(rows), encoding="utf-8")
    typer.echo(track_summary(rows))
    typer.echo(f"→ {out}/track.parquet, track.csv, track.md", err=True)


@app.command("panel")
def panel_cmd(
    paths: List[str] = typer.Argument(..., help="Reports: .txt files, folders of them, or extraction output folders (mixable)"),
    out: Path = typer.Option(..., "--out", "-o", help="Folder for panel.parquet, panel.csv, panel_wide.csv, panel.html and charts/"),
    meta: Optional[Path] = typer.Option(None, "--meta", help="CSV with a doc_id column and report identity columns (region, report_kind, report_date, report_year, reviewed_year, plan_year)"),
    workers: int = typer.Option(0, "--workers", "-j", help="Processes extracting text inputs (default 0: all cores)"),
    charts: bool = typer.Option(True, "--charts/--no-charts", help="Write panel.html and charts/*.svg"),
):
    """Targets against outcomes over many reports: one row per region, metric, kind and year."""
    from pipeline.panel import PanelInputError, panel_records, panel_summary, read_reports, write_panel
    from pipeline.run import cores

    try:
        reports = read_reports(paths, meta, workers or cores())
    except PanelInputError as e:
        for line in str(e).splitlines():
            typer.echo(f"error: {line}", err=True)
        typer.echo(f"nothing written to {out}", err=True)
        raise typer.Exit(2)
    rows = panel_records(reports)
    write_panel(out, rows, charts)
    typer.echo(panel_summary(rows))
    typer.echo(f"→ {out}/panel.parquet, panel.csv, panel_wide.csv" + (", panel.html, charts/" if charts else ""), err=True)


def main():
    app()


if __name__ == "__main__":
    main()
