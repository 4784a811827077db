"""A run over many files: load each, extract it, collect errors per file (a bad file never costs
the others their results), and stream the rows out in batches of documents, so a run of any size
holds one batch at a time. With workers > 1 the files are extracted in worker processes and taken
back in input order: the output is the same bytes for any number of workers."""
from __future__ import annotations

import hashlib
import os
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import ValidationError

from .document import extract_document
from .load import InputError, discover, load
from .meta import MetaError, read_meta
from .write import ALL_TABLES, OutputError, empty_table, encode, streaming, table_schema

BATCH_DOCS = 32  # documents per Parquet row group: fixed, so row groups never depend on timing
IN_FLIGHT = 4  # documents queued per worker: enough to keep it busy, few enough for flat memory
# rows each documents row counts in the other tables: how a resumed run re-batches the old rows
ROW_COUNTS = {"sections": "n_sections", "tables": "n_rows", "items": "n_items", "sentences": "n_sentences",
              "indicators": "n_indicators"}


@dataclass
class RunResult:
    counts: dict[str, int] = field(default_factory=lambda: {n: 0 for n in ALL_TABLES})
    errors: list[dict] = field(default_factory=list)
    tables: dict[str, list[dict]] | None = None  # the rows themselves: extract_files only
    kept: int = 0  # documents carried over from the previous output (--resume)
    seconds: float = 0.0

    def summary(self) -> str:
        c = self.counts
        kept = f" ({self.kept} documents kept from the previous output)" if self.kept else ""
        return (f"{c['documents']} documents, {c['sections']} sections, {c['tables']} table rows, "
                f"{c['items']} items, {c['indicators']} indicators, {len(self.errors)} errors{kept} "
                f"in {self.seconds:.2f}s")


def _error(path: str, stage: str, exc: BaseException, message: str | None = None) -> dict:
    msg = message or str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return {"file": str(path), "stage": stage, "error_class": type(exc).__name__, "message": msg}


@dataclass
class Outcome:
    """What one file came to: its tables, or the error row that names it."""
    path: str
    doc_id: str | None = None  # None when the file could not be loaded
    tables: dict | None = None  # table name → rows, or → write.Encoded when encoded
    error: dict | None = None
    exc: BaseException | None = None  # the exception itself, only in-process (for --strict)


def process(path: str, doc_id: str | None = None, encoded: bool = False, keep_exc: bool = False,
            meta: dict | None = None, meta_source: str = "meta") -> Outcome:
    """Load, extract and (for streaming) encode one file. Runs in a worker process (or on a cluster),
    so it returns errors as rows rather than raising; keep_exc keeps the exception too, for --strict
    in-process (exceptions do not always survive pickling)."""
    try:
        src = load(path, doc_id)
    except InputError as e:
        return Outcome(str(path), error=_error(e.path, e.stage, e, e.message), exc=e if keep_exc else None)
    try:
        try:
            out = extract_document(src.text, src.doc_id, src.path, src.encoding, src.sha256, meta, meta_source)
        except ValidationError as e:
            raise InputError(str(path), f"a record failed validation: {e.errors()[0]['loc']} {e.errors()[0]['msg']}", "validate") from e
        if encoded:
            out = {name: encode(name, rows) for name, rows in out.items()}
    except InputError as e:
        return Outcome(str(path), src.doc_id, error=_error(e.path, e.stage, e, e.message), exc=e if keep_exc else None)
    except Exception as e:  # an extractor bug on one file must not cost the others
        return Outcome(str(path), src.doc_id, error=_error(str(path), "extract", e, f"{type(e).__name__}: {e}"),
                       exc=e if keep_exc else None)
    return Outcome(str(path), src.doc_id, out)


def outcomes(tasks: list[tuple], workers: int) -> Iterator[Outcome]:
    """process(*task) for every task, in task order. In parallel a bounded window of documents is in
    flight (no barrier between batches, no pile-up of finished results)."""
    if workers <= 1:
        for t in tasks:
            yield process(*t)
        return
    with ProcessPoolExecutor(workers) as pool:
        window: deque = deque()
        try:
            for t in tasks:
                window.append(pool.submit(process, *t))
                if len(window) >= IN_FLIGHT * workers:
                    yield window.popleft().result()
            while window:
                yield window.popleft().result()
        finally:
            pool.shutdown(cancel_futures=True)  # --strict or Ctrl-C: do not finish the queue


def _accepted(files: list[Path], res: RunResult, seen: dict[str, str], *, strict: bool, progress, workers: int,
              encoded: bool, doc_ids: dict, meta: tuple[dict, str] = ({}, "meta")) -> Iterator[Outcome]:
    """The extracted documents in input order; every failure becomes a row of res.errors."""
    workers = max(1, min(workers, len(files)))
    if hasattr(progress, "start"):
        progress.start(files)  # a bar sizes itself by the files to come
    tasks = [(str(p), doc_ids.get(str(p)), encoded, workers == 1, meta[0].get(doc_ids.get(str(p)) or p.stem), meta[1])
             for p in files]
    for n, oc in enumerate(outcomes(tasks, workers), 1):
        if progress:
            progress(n, len(files), oc.path)
        err, exc = oc.error, oc.exc
        if oc.doc_id is not None and oc.doc_id in seen:
            exc = InputError(oc.path, f"doc_id {oc.doc_id!r} is already used by {seen[oc.doc_id]}", "load")
            err = _error(exc.path, exc.stage, exc, exc.message)
        if err:
            res.errors.append(err)
            if strict:
                if isinstance(exc, InputError):
                    raise exc
                # an extractor bug: still named by its file, with the original as the cause
                raise InputError(err["file"], err["message"], err["stage"]) from exc
            continue
        seen[oc.doc_id] = oc.path
        yield oc


def _discover(paths: list[str], res: RunResult, strict: bool) -> list[Path]:
    files, missing = discover(paths)
    for e in missing:
        res.errors.append(_error(e.path, e.stage, e, e.message))
        if strict:
            raise e
    return files


def extract_files(paths: list[str], strict: bool = False, progress=None, doc_ids: dict | None = None,
                  workers: int = 1, meta: str | Path | None = None) -> RunResult:
    """Every table's rows in memory (small runs, notebooks); run() streams them to disk instead."""
    start = time.perf_counter()
    res = RunResult(tables={n: [] for n in ALL_TABLES})
    files = _discover(paths, res, strict)
    rows = meta_rows(meta, files, doc_ids or {})
    for oc in _accepted(files, res, {}, strict=strict, progress=progress, workers=workers, encoded=False,
                        doc_ids=doc_ids or {}, meta=rows):
        for name, rows in oc.tables.items():
            res.tables[name].extend(rows)
            res.counts[name] += len(rows)
    res.tables["errors"] = res.errors
    res.counts["errors"] = len(res.errors)
    res.seconds = time.perf_counter() - start
    return res


def meta_rows(meta: str | Path | None, files: list[Path], doc_ids: dict, kept=()) -> tuple[dict, str]:
    """(doc_id → row, file name) of a --meta CSV, checked before anything is extracted or written:
    a row whose doc_id names no input file (nor a kept document) is a MetaError naming the row."""
    if meta is None:
        return {}, "meta"
    rows = read_meta(meta)
    known = {doc_ids.get(str(p)) or p.stem for p in files} | set(kept)
    for doc_id, row in rows.items():
        if doc_id not in known:
            raise MetaError(meta, f"doc_id {doc_id!r} matches no input document", row.get("_row"))
    return rows, Path(meta).name


# --resume ---------------------------------------------------------------------------------------

def previous_documents(out: Path) -> list[dict]:
    """The documents rows of an earlier run's output, in its order; [] when there is none."""
    path = Path(out) / "documents.parquet"
    if not Path(out).exists():
        return []
    if not path.exists():
        raise OutputError(f"cannot resume: {path} not found (run without --resume to replace {out})")
    try:
        return pq.read_table(path, columns=["doc_id", "sha256", "source_path", *ROW_COUNTS.values()]).to_pylist()
    except (pa.ArrowException, OSError) as e:
        raise OutputError(f"cannot resume from {path}: {e}") from e


def unchanged(files: list[Path], prev: list[dict], doc_ids: dict) -> set[Path]:
    """Files whose doc_id and source sha256 are already in the previous output."""
    done = {(d["doc_id"], d["sha256"]) for d in prev}
    ids = {d for d, _ in done}
    keep = set()
    for p in files:
        doc_id = doc_ids.get(str(p)) or p.stem  # as load() names it
        if doc_id not in ids:
            continue  # only files that may match are hashed
        try:
            with open(p, "rb") as f:
                sha = hashlib.file_digest(f, "sha256").hexdigest()
        except OSError:
            continue  # extraction will report it
        if (doc_id, sha) in done:
            keep.add(p)
    return keep


class RowReader:
    """A Parquet file's rows taken n at a time, one record batch read ahead at most."""

    def __init__(self, path: Path, name: str):
        self.schema = table_schema(name)
        self.batches = pq.ParquetFile(path).iter_batches(batch_size=1 << 16)
        self.buf = empty_table(self.schema)

    def take(self, n: int) -> pa.Table:
        parts = []
        while n > 0:
            if not self.buf.num_rows:
                batch = next(self.batches, None)
                if batch is None:
                    raise OutputError("cannot resume: the previous output's tables do not match its documents")
                # cast: the file's own list field names differ from the schema's; the values do not
                self.buf = pa.Table.from_batches([batch]).cast(self.schema)
            part = self.buf.slice(0, n)
            parts.append(part)
            self.buf = self.buf.slice(part.num_rows)
            n -= part.num_rows
        return pa.concat_tables(parts) if parts else empty_table(self.schema)

    def exhausted(self) -> bool:
        return not self.buf.num_rows and next(self.batches, None) is None


def carry_over(out: Path, prev: list[dict], writers: dict, batch_docs: int) -> None:
    """The previous output's rows into the new one, re-batched as if this run had extracted them:
    a resumed run writes the same bytes as one full run over the same inputs."""
    if not prev:
        return
    readers = {}
    try:
        for name in ("documents", *ROW_COUNTS):
            writers[name].copy_csv_rows(Path(out) / f"{name}.csv")
            readers[name] = RowReader(Path(out) / f"{name}.parquet", name)
        for i in range(0, len(prev), batch_docs):
            chunk = prev[i:i + batch_docs]
            writers["documents"].add_rows(readers["documents"].take(len(chunk)))
            for name, col in ROW_COUNTS.items():
                writers[name].add_rows(readers[name].take(sum(d[col] for d in chunk)))
            if len(chunk) == batch_docs:
                _flush(writers)
        if not all(r.exhausted() for r in readers.values()):
            raise OutputError("cannot resume: the previous output's tables do not match its documents")
    except (pa.ArrowException, ValueError, KeyError) as e:  # a schema this version did not write
        raise OutputError(f"cannot resume from {out}: {e} (run without --resume)") from e


# a run ------------------------------------------------------------------------------------------

def _flush(writers: dict) -> None:
    for name, w in writers.items():
        if name != "errors":  # errors are few: one row group at the end, after every file was tried
            w.flush()


def run(paths: list[str], out: Path, strict: bool = False, progress=None, workers: int = 1,
        resume: bool = False, doc_ids: dict | None = None, batch_docs: int = BATCH_DOCS,
        meta: str | Path | None = None) -> RunResult:
    """Extract files into OUT, streaming every BATCH_DOCS documents to disk as a row group.

    resume: documents whose doc_id and source sha256 are already in OUT are not extracted again;
    OUT's rows are kept first, in their order, then the new documents follow in input order. A file
    whose doc_id is in OUT with different content is an error (doc_id already used): run without
    --resume to replace it. errors lists only this run's failures (failed files are retried).
    meta: a CSV of report identity (meta.read_meta) applied to the documents extracted now; a bad
    file or a doc_id that names no input raises MetaError before OUT is touched."""
    start = time.perf_counter()
    out, doc_ids = Path(out), doc_ids or {}
    res = RunResult()
    files = _discover(paths, res, strict)
    prev = previous_documents(out) if resume else []
    if prev:
        skip = unchanged(files, prev, doc_ids)
        files = [p for p in files if p not in skip]
    res.kept = len(prev)
    seen = {d["doc_id"]: d["source_path"] for d in prev}
    rows = meta_rows(meta, files, doc_ids, seen)
    with streaming(out) as writers:
        carry_over(out, prev, writers, batch_docs)
        in_batch = len(prev) % batch_docs
        for oc in _accepted(files, res, seen, strict=strict, progress=progress, workers=workers, encoded=True,
                            doc_ids=doc_ids, meta=rows):
            for name, enc in oc.tables.items():
                writers[name].add(enc)
                res.counts[name] += enc.table.num_rows
            in_batch += 1
            if in_batch == batch_docs:
                _flush(writers)
                in_batch = 0
        writers["errors"].add(encode("errors", res.errors))
        res.counts["errors"] = len(res.errors)
    res.seconds = time.perf_counter() - start
    return res


def cores() -> int:
    """The default --workers: the cores this process may use, not the machine's."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def stderr_progress(n: int, total: int, path) -> None:
    """One line per file on stderr; the command line chooses a bar on a terminal (progress.reporter)."""
    from .progress import plain

    plain(n, total, path)
