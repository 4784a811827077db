"""Compiled patterns kept between runs.

`regex` parses a pattern in Python: compiling the grammar, the year cues and the heading patterns
took a quarter of `cli.py extract`'s start-up. A compiled pattern reduces (as for pickle) to its
compiled code, from which `regex` rebuilds it in C in a hundredth of the time. Each builder of
patterns keeps the codes of its patterns in one file beside the modules' bytecode, keyed by pattern
and flags, in a file named by the versions of `regex` and Python, so that no stale or foreign code
is used. A file that cannot be read or written is no error: the patterns are compiled as before."""
from __future__ import annotations

import copyreg
import marshal
import os
import sys
import tempfile
from pathlib import Path

import regex

_FOLDER = Path(__file__).parent / "__pycache__"
_TAG = f"regex-{regex.__version__}.{sys.implementation.cache_tag}"
_REDUCE = copyreg.dispatch_table[type(regex.compile(""))]  # Pattern → (rebuild, code)
_REBUILD = _REDUCE(regex.compile(""))[0]


class Compiler:
    """regex.compile for one builder of patterns, through its file of compiled codes, saved when the
    builder is done."""

    def __init__(self, name: str, folder: Path = _FOLDER):
        self.folder, self.path = folder, folder / f"{name}.{_TAG}.marshal"
        try:
            stored = marshal.loads(self.path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            stored = {}
        self.stored = stored if isinstance(stored, dict) else {}
        self.used: dict = {}
        self.fresh = False  # a pattern compiled anew

    def __call__(self, pattern: str, flags: int = 0) -> regex.Pattern:
        key = (pattern, int(flags))  # (a RegexFlag does not marshal)
        code = self.stored.get(key)
        if code is not None:
            try:
                compiled = _REBUILD(*code)
            except Exception:  # (whatever a damaged entry makes `regex` raise: it is compiled anew)
                compiled = None
            if compiled is not None and compiled.pattern == pattern:
                self.used[key] = code
                return compiled
        compiled = regex.compile(pattern, flags)
        self.used[key], self.fresh = _REDUCE(compiled)[1], True
        return compiled

    def saved(self, built):
        """built, once save() is done: a builder ends `return rc.saved(Built(…))`."""
        self.save()
        return built

    def save(self) -> None:
        """Write the codes of the patterns built when the file lacks one or holds one no longer built.
        Written whole and then renamed: workers may build at the same time."""
        if not self.fresh and self.used.keys() == self.stored.keys():
            return
        tmp = None
        try:
            self.folder.mkdir(exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=self.path.name, suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                f.write(marshal.dumps(self.used))
            os.replace(tmp, self.path)
        except OSError:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
