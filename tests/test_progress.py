"""Progress of a multi-file run: a bar on a terminal (files done of total, MB/s, time left), one line
per file when stderr is not a terminal, nothing with --quiet; errors are printed in every case."""
import io
import os
import re
import subprocess
import sys

import pytest

from conftest import ROOT, SEED

PROVINCIAL = ROOT / "tests" / "data" / "provincial_work_report.txt"


def cli(*args):
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *map(str, args)], capture_output=True, text=True, cwd=ROOT)


def test_plain_lines_when_stderr_is_not_a_terminal(tmp_path):
    r = cli("extract", SEED, PROVINCIAL, "--out", tmp_path / "out", "-j", "1")
    assert r.returncode == 0, r.stderr
    lines = r.stderr.splitlines()
    assert lines[:2] == [f"[1/2] {SEED}", f"[2/2] {PROVINCIAL}"]
    assert re.fullmatch(r"2 documents, .* 0 errors in [\d.]+s → .*out", lines[2])
    assert "\x1b[" not in r.stderr  # no terminal codes in a log


def test_one_file_prints_only_the_summary(tmp_path):
    r = cli("extract", SEED, "--out", tmp_path / "out")
    assert r.returncode == 0 and r.stderr.startswith("1 documents") and len(r.stderr.splitlines()) == 1


def test_quiet_prints_nothing_but_errors(tmp_path):
    r = cli("extract", SEED, PROVINCIAL, "--out", tmp_path / "a", "--quiet")
    assert (r.returncode, r.stderr, r.stdout) == (0, "", "")
    assert (tmp_path / "a" / "indicators.parquet").exists()
    bad = tmp_path / "empty.txt"
    bad.write_text("\n", encoding="utf-8")
    r = cli("extract", SEED, bad, "--out", tmp_path / "b", "-q")
    assert r.returncode == 1
    assert r.stderr.splitlines() == [f"error: {bad}: is empty or holds only whitespace [load]"]


def _bar_run(tmp_path, files):
    from rich.console import Console

    from pipeline.progress import Bar, reporter
    from pipeline.run import run

    buf = io.StringIO()
    with reporter(console=Console(file=buf, force_terminal=True, width=160)) as progress:
        assert isinstance(progress, Bar)
        res = run([str(f) for f in files], tmp_path / "out", progress=progress)
    return res, buf.getvalue()


def test_bar_on_a_terminal(tmp_path):
    res, shown = _bar_run(tmp_path, [SEED, PROVINCIAL])
    assert res.counts["documents"] == 2
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown)  # terminal codes off
    assert "0/2 files" in text and "2/2 files" in text  # files done of total, from the start to the end
    assert re.search(r"\d+(\.\d+)? [kMG]?B/s", text)  # MB/s
    assert re.search(r"\d+:\d\d:\d\d left", text)  # time left
    assert PROVINCIAL.name in text  # the file being taken back


def test_bar_counts_a_failed_file(tmp_path):
    missing_bytes = tmp_path / "empty.txt"
    missing_bytes.write_text("", encoding="utf-8")
    res, shown = _bar_run(tmp_path, [SEED, missing_bytes, PROVINCIAL])
    assert len(res.errors) == 1 and res.counts["documents"] == 2
    assert "3/3 files" in re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown)


def test_quiet_and_pipe_choose_no_bar():
    from pipeline.progress import plain, reporter

    with reporter(quiet=True) as p:
        assert p is None
    if not sys.stderr.isatty():  # pytest captures stderr: not a terminal
        with reporter() as p:
            assert p is plain


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_cli_draws_a_bar_on_a_terminal_and_still_names_errors(tmp_path):
    """The command itself, with stderr on a pseudo-terminal: the bar, then the error and summary."""
    import pty  # noqa: F401  (POSIX only; os.openpty is what is used)

    bad = tmp_path / "empty.txt"
    bad.write_text(" ", encoding="utf-8")
    master, slave = os.openpty()
    env = {**os.environ, "COLUMNS": "160", "TERM": "xterm"}
    proc = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "extract", str(SEED), str(bad), str(PROVINCIAL),
                             "--out", str(tmp_path / "out"), "-j", "1"],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave, cwd=ROOT, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 1 << 16)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    assert proc.wait(timeout=120) == 1
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", b"".join(chunks).decode("utf-8", "replace"))
    assert "3/3 files" in text and "[1/3]" not in text
    assert f"error: {bad}: is empty or holds only whitespace [load]" in text
    assert "2 documents" in text and "1 errors" in text
