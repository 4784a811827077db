"""A run over many files: load each, extract it, collect errors per file (a bad file never costs
the others their results), write everything at the end."""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from .document import extract_document
from .load import InputError, discover, load
from .write import ALL_TABLES, write_all


@dataclass
class RunResult:
    tables: dict[str, list[dict]] = field(default_factory=lambda: {n: [] for n in ALL_TABLES})
    seconds: float = 0.0

    @property
    def errors(self) -> list[dict]:
        return self.tables["errors"]

    def summary(self) -> str:
        t = self.tables
        return (f"{len(t['documents'])} documents, {len(t['sections'])} sections, {len(t['tables'])} table rows, "
                f"{len(t['items'])} items, {len(t['indicators'])} indicators, {len(self.errors)} errors "
                f"in {self.seconds:.2f}s")


def _error(path: str, stage: str, exc: BaseException, message: str | None = None) -> dict:
    msg = message or str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return {"file": str(path), "stage": stage, "error_class": type(exc).__name__, "message": msg}


def extract_files(paths: list[str], strict: bool = False, progress=None, doc_ids: dict | None = None) -> RunResult:
    start = time.perf_counter()
    res = RunResult()
    files, missing = discover(paths)
    for e in missing:
        res.errors.append(_error(e.path, e.stage, e, e.message))
        if strict:
            raise e
    seen: dict[str, str] = {}
    for n, path in enumerate(files, 1):
        if progress:
            progress(n, len(files), path)
        try:
            src = load(path, (doc_ids or {}).get(str(path)))
            if src.doc_id in seen:
                raise InputError(str(path), f"doc_id {src.doc_id!r} is already used by {seen[src.doc_id]}", "load")
            try:
                out = extract_document(src.text, src.doc_id, src.path, src.encoding, src.sha256)
            except ValidationError as e:
                raise InputError(str(path), f"a record failed validation: {e.errors()[0]['loc']} {e.errors()[0]['msg']}", "validate") from e
            seen[src.doc_id] = str(path)
        except InputError as e:
            res.errors.append(_error(e.path, e.stage, e, e.message))
            if strict:
                raise
            continue
        except Exception as e:  # an extractor bug on one file must not cost the others
            res.errors.append(_error(str(path), "extract", e, f"{type(e).__name__}: {e}"))
            if strict:
                raise
            continue
        for name, rows in out.items():
            res.tables[name].extend(rows)
    res.seconds = time.perf_counter() - start
    return res


def run(paths: list[str], out: Path, strict: bool = False, progress=None) -> RunResult:
    res = extract_files(paths, strict=strict, progress=progress)
    write_all(Path(out), res.tables)
    return res


def stderr_progress(n: int, total: int, path) -> None:
    if total > 1:
        print(f"[{n}/{total}] {path}", file=sys.stderr)
