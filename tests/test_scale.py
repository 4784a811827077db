"""Corpus scale: parallel workers give the serial bytes, output streams in row groups, --resume
extracts only what is new and ends with what one full run writes."""
import os
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from conftest import ROOT, SEED
from pipeline.load import InputError
from pipeline.run import run

NAMES = ["documents", "sections", "tables", "items", "sentences", "indicators", "errors"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Five small distinct reports cut from the seed at line ends, and one file that fails."""
    d = tmp_path_factory.mktemp("corpus")
    lines = SEED.read_text(encoding="utf-8").splitlines(keepends=True)
    step = len(lines) // 5
    files = []
    for k in range(5):
        p = d / f"r{k}.txt"
        p.write_text("".join(lines[k * step:(k + 1) * step]), encoding="utf-8")
        files.append(p)
    bad = d / "r2_empty.txt"  # sorts between r2 and r3: an error in mid-stream
    bad.write_text(" \n", encoding="utf-8")
    return sorted(files + [bad])


def output_bytes(out):
    return {f.name: f.read_bytes() for f in sorted(out.iterdir()) if f.is_file()}


def test_workers_equal_serial_bytes(tmp_path, corpus):
    serial = run(corpus, tmp_path / "serial", workers=1, batch_docs=2)
    parallel = run(corpus, tmp_path / "parallel", workers=2, batch_docs=2)
    assert serial.counts == parallel.counts and serial.errors == parallel.errors
    assert output_bytes(tmp_path / "serial") == output_bytes(tmp_path / "parallel")
    docs = pq.read_table(tmp_path / "parallel" / "documents.parquet").column("doc_id").to_pylist()
    assert docs == ["r0", "r1", "r2", "r3", "r4"]  # input order
    # streamed: a row group per two documents, not one table built at the end
    assert pq.ParquetFile(tmp_path / "parallel" / "sentences.parquet").num_row_groups == 3
    assert [e["file"].rsplit("/", 1)[-1] for e in parallel.errors] == ["r2_empty.txt"]


def test_cli_workers_2_equals_serial(tmp_path, corpus):
    r = subprocess.run([sys.executable, str(ROOT / "cli.py"), "extract", *map(str, corpus), "--out",
                        str(tmp_path / "cli"), "--workers", "2"], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 1 and "r2_empty.txt: is empty" in r.stderr  # the bad file, named; others done
    run(corpus, tmp_path / "serial", workers=1)
    assert output_bytes(tmp_path / "cli") == output_bytes(tmp_path / "serial")


def test_resume_extracts_only_new_and_equals_full_run(tmp_path, corpus):
    out = tmp_path / "out"
    first = run(corpus[:4], out, batch_docs=2)  # r0, r1, r2, the bad file
    assert first.counts["documents"] == 3
    seen = []
    res = run(corpus, out, resume=True, batch_docs=2, progress=lambda n, total, path: seen.append(path))
    # finished documents are skipped; the file that failed is tried again
    assert sorted(p.rsplit("/", 1)[-1] for p in seen) == ["r2_empty.txt", "r3.txt", "r4.txt"]
    assert res.kept == 3 and res.counts["documents"] == 2
    run(corpus, tmp_path / "full", batch_docs=2)
    assert output_bytes(out) == output_bytes(tmp_path / "full")
    again = run(corpus, out, resume=True, batch_docs=2)  # nothing new: the same output again
    assert again.counts["documents"] == 0 and output_bytes(out) == output_bytes(tmp_path / "full")


def test_resume_refuses_changed_content_under_same_doc_id(tmp_path, corpus):
    out = tmp_path / "out"
    run(corpus[:2], out)
    changed = tmp_path / "r1.txt"
    changed.write_text(corpus[1].read_text(encoding="utf-8") + "\n新增一行。\n", encoding="utf-8")
    res = run([corpus[0], changed, corpus[2]], out, resume=True)
    assert [e["message"] for e in res.errors] == [f"doc_id 'r1' is already used by {corpus[1]}"]
    docs = pq.read_table(out / "documents.parquet").column("doc_id").to_pylist()
    assert docs == ["r0", "r1", "r2"]


def test_failed_strict_run_leaves_previous_output(tmp_path, corpus):
    out = tmp_path / "out"
    run(corpus[:2], out)
    before = output_bytes(out)
    with pytest.raises(InputError):
        run(corpus, out, strict=True, workers=2, batch_docs=1)
    assert output_bytes(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no staging folder left behind


def test_readme_dask_example_runs(tmp_path, corpus):
    """The README's cluster example, as written, on the local Dask scheduler."""
    pytest.importorskip("dask.bag")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = next(b for b in readme.split("```python\n")[1:] if b.startswith("# Dask:")).split("```")[0]
    (tmp_path / "raw").mkdir()
    for p in corpus:  # the example reads raw/*.txt from where it runs
        (tmp_path / "raw" / p.name).write_bytes(p.read_bytes())
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("2 parts,")
    errors = pq.read_table(tmp_path / "out-parts" / "00000" / "errors.parquet").to_pylist()
    assert [e["file"] for e in errors] == ["raw/r2_empty.txt"]
