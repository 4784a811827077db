"""Faults (issue 4): a run killed mid-write (SIGKILL), interrupted (Ctrl-C) or failing to write (a
read-only or full destination) leaves the previous output exactly as it was, never a mix; the next
run tidies what a killed run left; and the same input gives the same bytes on every run."""
import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, SEED
from pipeline.write import OutputError, commit, recover, staging, write_all

CLI = [sys.executable, str(ROOT / "cli.py"), "extract"]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}."))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """96 copies of the seed under different names: seconds of extraction left to interrupt once the
    first rows are on disk (with 8, and once with 48 after the pipeline got faster, a loaded machine
    finished the run before the signal came; the run is cut short, so more copies cost nothing)."""
    d = tmp_path_factory.mktemp("corpus")
    text = SEED.read_bytes()
    for k in range(96):
        (d / f"r{k}.txt").write_bytes(text)
    return sorted(d.iterdir())


def cli(*args, **kw):
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, cwd=ROOT, **kw)


def wait_for_staging(out: Path, proc, min_bytes: int = 4096, timeout: float = 60) -> Path:
    """The staging folder of a running extract, once rows are on disk in it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for tmp in out.parent.glob(f".{out.name}.tmp-*"):
            try:
                if any(f.stat().st_size >= min_bytes for f in tmp.iterdir()):
                    return tmp
            except FileNotFoundError:
                pass
        if proc.poll() is not None:
            pytest.fail(f"the run ended before it was interrupted: {proc.communicate()}")
        time.sleep(0.005)
    proc.kill()
    pytest.fail("no staging folder with rows appeared")


def _ctrl_c_heard():
    """A shell that starts tests in the background (`make test &`) ignores Ctrl-C in them, and Python then
    never turns it into KeyboardInterrupt: the child hears it as a terminal's foreground job would."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["sigkill", "ctrl-c"])
def test_killed_mid_write_leaves_previous_output_intact(tmp_path, corpus, sig):
    out = tmp_path / "out"
    assert cli(corpus[0], "--out", out, "--workers", "1").returncode == 0
    before = snapshot(out)
    whole = None
    for _ in range(3):
        proc = subprocess.Popen([*CLI, *map(str, corpus), "--out", str(out), "--workers", "1"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                                preexec_fn=_ctrl_c_heard)
        tmp = wait_for_staging(out, proc)
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=60)  # reaped: a zombie would still count as a live writer
        if proc.returncode != 0:
            break
        # on a loaded machine the signal can come as the finished output is swapped in (Ctrl-C is held
        # off then) or after the run: the new output is then whole, never a mix; the next try starts over
        if whole is None:
            assert cli(*corpus, "--out", tmp_path / "whole", "--workers", "1").returncode == 0
            whole = snapshot(tmp_path / "whole")
        assert snapshot(out) == whole
        assert cli(corpus[0], "--out", out, "--workers", "1").returncode == 0 and snapshot(out) == before
    else:
        pytest.fail("three runs ended before the signal stopped them")
    assert snapshot(out) == before  # the previous output, byte for byte, never a mix
    if sig == signal.SIGKILL:
        assert proc.returncode == -signal.SIGKILL
        assert leftovers(out) == [tmp.name]  # a killed process cannot tidy up …
    else:
        assert proc.returncode == 130 and f"interrupted: {out} left as it was" in err
        assert leftovers(out) == []
    r = cli(corpus[0], "--out", out, "--workers", "1")  # … the next run does
    assert r.returncode == 0, r.stderr
    assert leftovers(out) == [] and snapshot(out) == before


def _dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def test_killed_between_the_two_renames_of_commit(tmp_path):
    """The only moment `out` is absent: its old folder is aside, the new one not yet in place.
    The next run puts the previous output back first."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "documents.parquet").write_bytes(b"previous")
    pid = _dead_pid()
    os.replace(out, tmp_path / f".out.old-{pid}")
    (tmp_path / f".out.tmp-{pid}-x1y2").mkdir()  # the new output, unfinished or finished: dropped
    recover(out)
    assert (out / "documents.parquet").read_bytes() == b"previous" and leftovers(out) == []


def test_a_live_writers_folders_are_left_alone(tmp_path):
    out = tmp_path / "out"
    live = tmp_path / f".out.tmp-{os.getppid()}-abc"  # our parent is alive
    live.mkdir()
    (tmp_path / ".out.tmp-unrelated").mkdir()  # not a name this program writes
    recover(out)
    assert set(leftovers(out)) == {".out.tmp-unrelated", live.name}


def test_commit_puts_the_previous_output_back_when_the_swap_fails(tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    (out / "documents.parquet").write_bytes(b"previous")
    tmp = staging(out)
    real = os.replace

    def replace(src, dst):
        if Path(src) == tmp:
            raise OSError(errno.EIO, "Input/output error")
        return real(src, dst)
    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OSError):
        commit(tmp, out)
    assert (out / "documents.parquet").read_bytes() == b"previous"


def test_ctrl_c_during_the_swap_is_held_off(tmp_path, monkeypatch):
    """A Ctrl-C while the finished output is swapped in neither stops the swap half-way nor is raised
    after it (the run would then report the previous output kept while the new one is in place)."""
    out = tmp_path / "out"
    write_all(out, {})
    (out / "stale").write_text("the previous output's")
    real, renames = os.replace, []

    def replace(src, dst):
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C at each rename of the swap
        renames.append(dst)
        return real(src, dst)
    monkeypatch.setattr(os, "replace", replace)
    heard = signal.signal(signal.SIGINT, signal.default_int_handler)  # (see _ctrl_c_heard)
    try:
        write_all(out, {})
        assert len(renames) == 2 and not (out / "stale").exists() and leftovers(out) == []  # swapped, whole
        with pytest.raises(KeyboardInterrupt):  # outside the swap, Ctrl-C stops the run as before
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(1)
    finally:
        signal.signal(signal.SIGINT, heard)


def test_destination_under_a_file_fails_clearly(tmp_path):
    blocker = tmp_path / "report.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    r = cli(SEED, "--out", blocker / "out", "--workers", "1")
    assert r.returncode == 2
    assert f"error: cannot write to {blocker / 'out'}: {blocker} is a file, not a folder" in r.stderr
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_read_only_destination_fails_clearly(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("running as root: chmod does not stop root from writing (see the test above for CI)")
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        r = cli(SEED, "--out", ro / "out", "--workers", "1")
    finally:
        ro.chmod(0o755)
    assert r.returncode == 2 and f"error: cannot write to {ro}: Permission denied" in r.stderr


def test_full_disk_fails_clearly_and_keeps_previous_output(tmp_path, monkeypatch):
    from pipeline import run
    import pipeline.write as write_mod

    out = tmp_path / "out"
    run([SEED], out)
    before = snapshot(out)

    def full(folder):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(write_mod, "write_schemas", full)
    with pytest.raises(OutputError, match=f"cannot write {out}: No space left on device"):
        run([SEED], out)
    assert snapshot(out) == before and leftovers(out) == []


def test_a_folder_of_other_files_is_never_replaced(tmp_path):
    mine = tmp_path / "thesis"
    mine.mkdir()
    (mine / "chapter1.docx").write_bytes(b"years of work")
    r = cli(SEED, "--out", mine, "--workers", "1")
    assert r.returncode == 2
    assert "is not empty and holds no extraction output (no documents.parquet): refusing to replace it" in r.stderr
    assert snapshot(mine) == {"chapter1.docx": b"years of work"} and leftovers(mine) == []
    empty = tmp_path / "empty"
    empty.mkdir()
    assert cli(SEED, "--out", empty, "--workers", "1").returncode == 0  # an empty folder is fine


def test_same_input_same_bytes_on_every_run(tmp_path):
    """Different hash seeds, worker counts and working directories; several encodings and an error."""
    src = tmp_path / "in"
    src.mkdir()
    text = SEED.read_text(encoding="utf-8")
    (src / "a.txt").write_bytes(text[:20000].encode("gb18030"))
    (src / "b.txt").write_bytes(text[20000:].encode("utf-16"))
    (src / "c.txt").write_bytes(b"")
    outs = []
    for n, (seed, workers) in enumerate([("0", "1"), ("12345", "2")]):
        out = tmp_path / f"o{n}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        r = subprocess.run([*CLI, "in", "--out", str(out), "--workers", workers], capture_output=True, text=True,
                           cwd=tmp_path, env=env)
        assert r.returncode == 1, r.stderr  # c.txt is empty
        outs.append(snapshot(out))
    assert outs[0] == outs[1]
    assert {"documents.parquet", "errors.csv", "schema/indicators.json"} <= set(outs[0])
