"""Progress of a multi-file run, on stderr: a bar on a terminal (files done of total, MB/s, time
left), one line per file when stderr is a log or a pipe, nothing when asked to be quiet. A progress
is any callable progress(n, total, path) called once per file as it is taken back, in input order;
one with a start(files) method is told the files first (the bar uses their sizes)."""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def plain(n: int, total: int, path, file=None) -> None:
    """One line per file, as a log reads it: [3/17] corpus/2007.txt."""
    if total > 1:
        print(f"[{n}/{total}] {path}", file=file or sys.stderr, flush=True)


def _size(path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # a file that failed to load: reported as an error, it adds no bytes


class Bar:
    """A rich progress bar. Its unit is bytes, so the speed is MB/s and the time left weighs a
    large file more than a small one; the files done are shown beside it."""

    def __init__(self, console=None):
        from rich.console import Console
        from rich.progress import (BarColumn, Progress, TextColumn, TimeRemainingColumn,
                                   TransferSpeedColumn)

        self.progress = Progress(TextColumn("extract"), BarColumn(), TextColumn("{task.fields[files]} files"),
                                 TransferSpeedColumn(), TimeRemainingColumn(), TextColumn("left"),
                                 TextColumn("{task.fields[name]}"),
                                 console=console or Console(stderr=True))
        self.task = None
        self.sizes: dict[str, int] = {}

    def start(self, files: list) -> None:
        if len(files) < 2:
            return  # a bar for one file says nothing the summary line does not
        self.sizes = {str(p): _size(p) for p in files}
        self.progress.start()
        self.task = self.progress.add_task("extract", total=sum(self.sizes.values()) or None,
                                           files=f"0/{len(files)}", name="")

    def __call__(self, n: int, total: int, path) -> None:
        if total < 2:
            return
        if self.task is None:  # not told the files first: count them as they come
            self.progress.start()
            self.task = self.progress.add_task("extract", total=None, files=f"0/{total}", name="")
        size = self.sizes.get(str(path))
        self.progress.update(self.task, advance=_size(path) if size is None else size,
                             files=f"{n}/{total}", name=Path(path).name)

    def stop(self) -> None:
        self.progress.stop()


@contextmanager
def reporter(quiet: bool = False, console=None) -> Iterator:
    """The progress for this stderr: None when quiet, a Bar on a terminal (or on `console`, a rich
    Console, as the tests give it), else plain lines. The bar is taken down however the run ends
    (an error, --strict, Ctrl-C), so the terminal is left clean for the messages that follow."""
    if quiet:
        yield None
        return
    if console is None and not sys.stderr.isatty():
        yield plain
        return
    bar = Bar(console)
    try:
        yield bar
    finally:
        bar.stop()
