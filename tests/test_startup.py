"""What start-up skips must not change a result: patterns rebuilt from their kept codes match as
compiled ones do, a damaged or unwritable cache is no error, patterns read the same in every run,
small columns are dictionary-encoded as pyarrow.compute encodes them, and `cli.py extract` leaves
the comparison modules unloaded."""
import dataclasses
import os
import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import regex

from conftest import ROOT
from pipeline import compiled, write
from pipeline.extract import grammar


def _grammar_patterns() -> list[regex.Pattern]:
    gm = grammar()
    out = []
    for f in dataclasses.fields(gm):
        v = getattr(gm, f.name)
        out += [v] if isinstance(v, regex.Pattern) else [p for p in v if isinstance(p, regex.Pattern)] \
            if isinstance(v, tuple) else []
    return out


def _matches(p: regex.Pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in p.finditer(text)]


def test_rebuilt_patterns_match_as_compiled(tmp_path, seed_text):
    pats = _grammar_patterns()
    assert len(pats) > 40
    first = compiled.Compiler("grammar", tmp_path)
    fresh = [first(p.pattern, p.flags) for p in pats]
    first.save()
    again = compiled.Compiler("grammar", tmp_path)
    assert len(again.stored) == len({(p.pattern, p.flags) for p in pats})
    rebuilt = [again(p.pattern, p.flags) for p in pats]
    assert not again.fresh  # every one from the file
    for a, b in zip(fresh, rebuilt):
        assert (a.pattern, a.flags, a.groupindex) == (b.pattern, b.flags, b.groupindex)
        assert _matches(a, seed_text) == _matches(b, seed_text)


def test_damaged_or_unwritable_cache_is_compiled_anew(tmp_path):
    c = compiled.Compiler("x", tmp_path)
    c(r"\d+万元")
    c.save()
    c.path.write_bytes(b"\x00not marshal")
    again = compiled.Compiler("x", tmp_path)
    assert again(r"\d+万元").findall("投资12万元") == ["12万元"] and again.fresh
    again.save()
    assert compiled.Compiler("x", tmp_path).stored  # rewritten whole
    blocked = tmp_path / "file"
    blocked.write_text("")
    c = compiled.Compiler("x", blocked / "sub")  # a folder that cannot be made
    assert c(r"\d+个").findall("3个") == ["3个"]
    c.save()
    assert not list(tmp_path.glob("*.tmp*"))


def test_patterns_read_the_same_in_every_run():
    # words of one length came out of a set in hash order: the patterns differed between runs and
    # none would be found in the file of compiled codes
    code = ("import hashlib, sys; sys.path.insert(0, 'tests'); from test_startup import _grammar_patterns; "
            "print(hashlib.sha256('|'.join(p.pattern for p in _grammar_patterns()).encode()).hexdigest())")
    seen = {subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(seen) == 1


def test_small_columns_encode_as_pyarrow_compute_does(tmp_path, seed_tables, monkeypatch):
    enc = write.encode("indicators", seed_tables["indicators"])
    files = []
    for limit in (10 ** 9, 0):  # here, then by pyarrow.compute
        monkeypatch.setattr(write, "_ENCODE_HERE", limit)
        path = tmp_path / f"{limit}.parquet"
        pq.write_table(write.for_file("indicators", enc.table), path, compression="zstd")
        files.append(path.read_bytes())
    assert files[0] == files[1]
    table = pq.read_table(tmp_path / "0.parquet")
    assert pa.types.is_dictionary(table.schema.field("unit").type)


def test_extract_leaves_comparison_unloaded(tmp_path):
    code = ("import sys, runpy; sys.argv = ['cli.py', 'extract', 'raw/', '--out', sys.argv[1], '-q', '-j', '1']\n"
            "try:\n    runpy.run_path('cli.py', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('pipeline.compare', 'pipeline.panel', 'schemas.compare', 'pyarrow.compute') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert (tmp_path / "indicators.parquet").exists()


def test_package_names_stay_functions():
    import pipeline
    import pipeline.panel  # noqa: F401  (the module made an attribute of the package by its import)
    from pipeline import diff, panel, track

    assert callable(panel) and panel is pipeline.panel and panel.__module__ == "pipeline.panel"
    assert diff.__module__ == track.__module__ == "pipeline.compare"
