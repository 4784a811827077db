"""The command line as a user runs it: files in, tables out, errors named."""
import json
import subprocess
import sys

import pyarrow.parquet as pq

from conftest import ROOT, SEED

TABLES = ["documents", "sections", "tables", "items", "sentences", "indicators", "errors"]


def cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *map(str, args)], capture_output=True, text=True, cwd=cwd)


def test_extract_writes_every_table(tmp_path):
    out = tmp_path / "out"
    r = cli("extract", SEED, "--out", out)
    assert r.returncode == 0, r.stderr
    for name in TABLES:
        assert (out / f"{name}.parquet").exists() and (out / f"{name}.csv").exists()
        assert (out / "schema" / f"{name}.json").exists()
    assert (out / "indicators.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    t = pq.read_table(out / "indicators.parquet")
    assert t.schema.field("value_base").metadata[b"description"].startswith(b"value with the multiplier")
    rows = t.to_pylist()
    assert len(rows) > 250 and {r["doc_id"] for r in rows} == {SEED.stem}
    schema = json.loads((out / "schema" / "indicators.json").read_text(encoding="utf-8"))
    assert "surface" in schema["properties"]
    assert "1 documents" in r.stderr


def test_extract_never_imports_pandas(tmp_path):
    """pandas is a third of start-up and extract has no use for it: a run with pandas made
    unimportable writes the same bytes as a normal one."""
    blocked = "import sys, runpy; sys.modules['pandas'] = None; sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')"
    r = subprocess.run([sys.executable, "-c", blocked, str(ROOT / "cli.py"), "extract", str(SEED), "--out",
                        str(tmp_path / "blocked")], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    assert cli("extract", SEED, "--out", tmp_path / "normal").returncode == 0
    for name in TABLES:
        for ext in ("parquet", "csv"):
            assert (tmp_path / "blocked" / f"{name}.{ext}").read_bytes() == (tmp_path / "normal" / f"{name}.{ext}").read_bytes()


def test_bad_file_is_named_and_others_survive(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("  \n", encoding="utf-8")
    out = tmp_path / "out"
    r = cli("extract", SEED, bad, tmp_path / "missing.txt", "--out", out)
    assert r.returncode == 1
    assert "empty.txt: is empty or holds only whitespace" in r.stderr
    assert "missing.txt: no such file" in r.stderr
    errors = pq.read_table(out / "errors.parquet").to_pylist()
    assert {e["file"].split("/")[-1] for e in errors} == {"empty.txt", "missing.txt"}
    docs = pq.read_table(out / "documents.parquet").to_pylist()
    assert [d["doc_id"] for d in docs] == [SEED.stem]


def test_same_input_same_bytes(tmp_path):
    for n in (1, 2):
        assert cli("extract", SEED, "--out", tmp_path / f"o{n}").returncode == 0
    for name in TABLES:
        for ext in ("parquet", "csv"):
            assert (tmp_path / "o1" / f"{name}.{ext}").read_bytes() == (tmp_path / "o2" / f"{name}.{ext}").read_bytes()
