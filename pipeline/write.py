"""Write: validated rows → DIR/<table>.parquet and .csv (UTF-8 with BOM, for Excel), the JSON
Schema of each model in DIR/schema/, and errors.parquet/.csv. A run writes into a fresh folder
beside DIR and swaps it in at the end, so a crash never leaves a mix of old and new tables. Output
bytes depend only on the input: stable row order, no timestamps."""
from __future__ import annotations

import csv
import glob
import io
import json
import operator
import os
import re
import shutil
import signal
import tempfile
import threading
import types
import typing
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from pyarrow.lib import StringBuilder

from schemas import TABLES, ExtractionError, Row

from .lexicon import load

ALL_TABLES = {**TABLES, "errors": ExtractionError}


def _arrow_type(annotation) -> pa.DataType:
    origin = typing.get_origin(annotation)
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if origin in (typing.Union, types.UnionType):
        return _arrow_type(args[0])
    if origin is list:
        return pa.list_(_arrow_type(args[0]))
    if origin is typing.Literal:
        return pa.string()
    return {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}[annotation]


def arrow_schema(model: type[Row]) -> pa.Schema:
    fields = []
    for name, f in model.model_fields.items():
        nullable = type(None) in typing.get_args(f.annotation)
        fields.append(pa.field(name, _arrow_type(f.annotation), nullable=True,
                               metadata={"description": f.description or "", "nullable": str(nullable).lower()}))
    return pa.schema(fields, metadata={"model": model.__name__})


# -- how the Parquet files read in pandas ----------------------------------------------------------
# The rows are built and validated as plain Arrow (strings, int64); only the files carry two more
# things, decided per column from the model: a column of few distinct values (a Literal, or one
# named in data/columns.json) is dictionary-encoded, so pandas reads it as `category`; an Optional
# int gets pandas metadata asking for `Int64`, so a missing year is <NA>, not a float column of
# 2025.0. pyarrow readers still get str and int values (to_pylist); CSV is untouched.

def _base(annotation):
    """int for Optional[int], the Literal for Optional[Literal[...]]: the annotation without None."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return next(a for a in typing.get_args(annotation) if a is not type(None))
    return annotation


def pandas_dtype(name: str, annotation) -> str | None:
    """'category', 'Int64' or None (pandas' default for the Arrow type) for a column of a model."""
    base = _base(annotation)
    nullable = type(None) in typing.get_args(annotation)
    if typing.get_origin(base) is typing.Literal or (base is str and name in load("columns")["categorical"]):
        return "category"
    if base is int and nullable:
        return "Int64"
    return None


_DICT = pa.dictionary(pa.int32(), pa.string())
_ENCODE_HERE = 5000  # values of a column up to which _dictionary encodes in Python
_NUMPY = {pa.string(): "object", pa.int64(): "int64", pa.float64(): "float64", pa.bool_(): "bool"}
_PANDAS_TYPE = {pa.string(): "unicode", pa.int64(): "int64", pa.float64(): "float64", pa.bool_(): "bool"}


def _pandas_metadata(model: type[Row], schema: pa.Schema) -> bytes:
    """The `pandas` key of the schema metadata, as pyarrow writes it for a DataFrame, without the
    library versions (the output bytes must not depend on them)."""
    cols = []
    for f, (name, field) in zip(schema, model.model_fields.items()):
        dtype = pandas_dtype(name, field.annotation)
        if dtype == "category":
            meta = {"pandas_type": "categorical", "numpy_type": "int32", "metadata": {"ordered": False}}
        elif dtype == "Int64":
            meta = {"pandas_type": "int64", "numpy_type": "Int64", "metadata": None}
        else:
            meta = {"pandas_type": "list" if pa.types.is_list(f.type) else _PANDAS_TYPE[f.type],
                    "numpy_type": _NUMPY.get(f.type, "object"), "metadata": None}
        cols.append({"name": name, "field_name": name, **meta})
    return json.dumps({"index_columns": [], "column_indexes": [], "columns": cols}).encode()


@lru_cache(maxsize=None)
def file_schema(table: str | type[Row]) -> pa.Schema:
    """table_schema as stored in the Parquet file: categorical columns as dictionaries, and the
    pandas metadata."""
    model, schema = _model(table), table_schema(table)
    fields = [f.with_type(_DICT) if pandas_dtype(name, field.annotation) == "category" else f
              for f, (name, field) in zip(schema, model.model_fields.items())]
    return pa.schema(fields, metadata={**schema.metadata, b"pandas": _pandas_metadata(model, schema)})


def for_file(table: str | type[Row], t: pa.Table) -> pa.Table:
    """Rows (as table_schema) → as file_schema. Each dictionary is built from the rows being
    written, in order of first appearance, so the bytes depend only on the rows, not on how they
    were chunked."""
    schema = file_schema(table)
    t = t.combine_chunks()
    cols = [_dictionary(c) if f.type == _DICT else c for c, f in zip(t.columns, schema)]
    return pa.Table.from_arrays(cols, schema=schema)


def _dictionary(column: pa.ChunkedArray) -> pa.Array:
    """pyarrow.compute.dictionary_encode(column): values in order of first appearance, nulls masked.
    Importing pyarrow.compute takes a sixth of `cli.py extract`'s start-up, so a small column (one
    short report's) is encoded here; a long one by pyarrow.compute, ten times faster per value."""
    if len(column) > _ENCODE_HERE:
        import pyarrow.compute as pc
        return pc.dictionary_encode(column)
    index: dict[str, int] = {}
    codes = [None if v is None else index.setdefault(v, len(index)) for v in column.to_pylist()]
    return pa.DictionaryArray.from_arrays(arrow_array(codes, pa.int32()), arrow_array(list(index), pa.string()))


def _model(table: str | type[Row]) -> type[Row]:
    """A table is named by its key in ALL_TABLES or given as its model (diff, track)."""
    return ALL_TABLES[table] if isinstance(table, str) else table


@lru_cache(maxsize=None)
def table_schema(table: str | type[Row]) -> pa.Schema:
    return arrow_schema(_model(table))


def _csv_quoting_chars() -> str:
    """The characters that make csv (this dialect, this Python) quote a field."""
    def quoted(ch: str) -> bool:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerow([ch, ""])
        return buf.getvalue().startswith('"')
    return "".join(ch for ch in ',"\r\n' if quoted(ch))


_QUOTING = _csv_quoting_chars()
_NEEDS_QUOTES = re.compile(f"[{re.escape(_QUOTING)}]")


@dataclass(frozen=True)
class _Column:
    name: str
    type: pa.DataType
    nullable: bool
    text: str  # how csv renders it: "str" as is, "list" as JSON, "scalar" by str() (floats: str is repr)


@lru_cache(maxsize=None)
def _columns(table: str | type[Row]) -> tuple[_Column, ...]:
    return tuple(_Column(f.name, f.type, f.metadata[b"nullable"] == b"true",
                         "str" if f.type == pa.string() else "list" if pa.types.is_list(f.type) else "scalar")
                 for f in table_schema(table))


def _csv_cells(col: _Column, values) -> list[str]:
    """One column as csv.writer (QUOTE_MINIMAL) writes its fields: None as "", quotes only when needed.
    Only validated rows come here: a column the model does not make Optional holds no None."""
    if col.text == "str":
        cells = ["" if v is None else v for v in values] if col.nullable else values
    elif col.text == "list":
        cells = ["" if v is None else json.dumps(v, ensure_ascii=False) for v in values]
    else:  # int, float, bool: never quoted
        return ["" if v is None else str(v) for v in values] if col.nullable else list(map(str, values))
    joined = "".join(cells)  # one scan of the column: most never need quoting
    if not any(ch in joined for ch in _QUOTING):
        return cells
    return ['"' + v.replace('"', '""') + '"' if _NEEDS_QUOTES.search(v) else v for v in cells]


def csv_header(table: str | type[Row]) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(table_schema(table).names)
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")  # BOM: Excel then reads UTF-8


@dataclass(frozen=True)
class Encoded:
    """Rows of one table for one document, ready to append: Arrow columns and CSV lines. Workers
    build these, so the parent only concatenates and writes."""
    table: pa.Table
    csv: bytes


_NUMPY_DTYPE = {pa.int32(): np.int32, pa.int64(): np.int64, pa.float64(): np.float64}


def _validity(values: list) -> tuple[pa.Buffer | None, int]:
    missing = [v is None for v in values]
    nulls = sum(missing)
    if not nulls:
        return None, 0
    return pa.py_buffer(np.packbits(~np.array(missing), bitorder="little")), nulls


def arrow_array(values: list, type: pa.DataType) -> pa.Array:
    """What pa.array(values, type=type) gives, for the types our schemas use. pa.array imports pandas
    the first time it sees a Python list (to ask whether it is a Series), and that import is a
    third of `cli.py extract`'s start-up; building from buffers never asks."""
    if type == pa.string():
        builder = StringBuilder()
        builder.append_values(values)
        return builder.finish()
    validity, nulls = _validity(values)
    n = len(values)
    if pa.types.is_list(type):
        lengths = np.fromiter((0 if v is None else len(v) for v in values), dtype=np.int32, count=n)
        offsets = np.zeros(n + 1, dtype=np.int32)
        np.cumsum(lengths, out=offsets[1:])
        child = arrow_array([x for v in values if v is not None for x in v], type.value_type)
        return pa.Array.from_buffers(type, n, [validity, pa.py_buffer(offsets)], null_count=nulls,
                                     children=[child])
    if type == pa.bool_():
        data = np.packbits(np.fromiter((bool(v) for v in values), dtype=bool, count=n), bitorder="little")
    else:
        dtype = _NUMPY_DTYPE[type]
        data = np.fromiter((0 if v is None else v for v in values), dtype=dtype, count=n)
    return pa.Array.from_buffers(type, n, [validity, pa.py_buffer(data)], null_count=nulls)


def empty_table(schema: pa.Schema) -> pa.Table:
    """schema.empty_table() without pa.array (see arrow_array)."""
    return pa.Table.from_arrays([arrow_array([], f.type) for f in schema], schema=schema)


def encode(table: str | type[Row], rows: list[dict]) -> Encoded:
    """Validated rows (every column present) → Arrow and CSV, both from the same columns. The CSV
    is what csv.writer gives (floats as repr, None as "", lists as JSON), joined column-wise: csv
    copies every character one at a time, which costs more than the rest of the encoding."""
    schema = table_schema(table)
    if not rows:
        return Encoded(empty_table(schema), b"")
    cols = _columns(table)
    if len(cols) > 1:  # one pass over the rows: a tuple each, transposed into columns
        values = list(zip(*map(operator.itemgetter(*(c.name for c in cols)), rows)))
    else:
        values = [list(map(operator.itemgetter(cols[0].name), rows))]
    arrow = pa.Table.from_arrays([arrow_array(v, c.type) for v, c in zip(values, cols)], schema=schema)
    cells = [_csv_cells(c, v) for c, v in zip(cols, values)]
    if len(cols) == 1:  # csv quotes a lone empty field, or the line would read as no fields
        cells = [[c or '""' for c in cells[0]]]
    return Encoded(arrow, ("\n".join(map(",".join, zip(*cells))) + "\n").encode("utf-8"))


def write_table(folder: Path, name: str, rows: list[dict], model: type[Row] | None = None) -> None:
    """DIR/<name>.parquet and DIR/<name>.csv in one go (diff and track; extraction streams)."""
    table = model or name
    enc = encode(table, rows)
    pq.write_table(for_file(table, enc.table), folder / f"{name}.parquet", compression="zstd")
    (folder / f"{name}.csv").write_bytes(csv_header(table) + enc.csv)


@lru_cache(maxsize=None)
def _schema_json(model: type[Row]) -> str:
    # pydantic builds a JSON Schema anew on every call: a few milliseconds a model, every run
    return json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_schema(folder: Path, name: str, model: type[Row]) -> None:
    d = folder / "schema"
    d.mkdir(exist_ok=True)
    (d / f"{name}.json").write_text(_schema_json(model), encoding="utf-8")


def write_schemas(folder: Path) -> None:
    for name, model in ALL_TABLES.items():
        write_schema(folder, name, model)


class OutputError(Exception):
    pass


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # leftovers under our own pid are a dead process's whose pid was reused
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def recover(out: Path) -> None:
    """Tidy what killed runs left beside `out` (names carry the writer's pid; a live writer's
    folders are left alone): staging folders are removed, and a previous output moved aside by a
    run killed inside commit() is put back when `out` itself is missing."""
    out = Path(out)
    try:
        leftovers = sorted(out.parent.glob(f".{glob.escape(out.name)}.*-*"))
    except OSError:
        return
    for p in leftovers:
        m = re.fullmatch(rf"\.{re.escape(out.name)}\.(tmp|old)-(\d+)(?:-.*)?", p.name)
        if not m or _alive(int(m[2])):
            continue
        if m[1] == "old" and not out.exists():
            os.replace(p, out)
        else:
            shutil.rmtree(p, ignore_errors=True)


def _refuse_to_replace(out: Path) -> str | None:
    """Why `out` must not be swapped out, if so: commit() replaces the whole folder, so it must be
    an earlier output (it has documents.parquet) or empty, never a folder of the user's files."""
    if not out.exists():
        return None
    if not out.is_dir():
        return f"{out} exists and is not a folder"
    if (out / "documents.parquet").exists() or not any(not p.name.startswith(".") for p in out.iterdir()):
        return None
    return (f"{out} is not empty and holds no extraction output (no documents.parquet): "
            f"refusing to replace it; choose a new or empty folder")


def staging(out: Path) -> Path:
    """A fresh folder beside `out` to write into, named with our pid so recover() can tell ours
    from a killed run's."""
    out = Path(out)
    try:
        recover(out)
        reason = _refuse_to_replace(out)
        if reason:
            raise OutputError(reason)
        out.parent.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-{os.getpid()}-", dir=out.parent))
    except OSError as e:
        blocker = next((a for a in out.parents if a.exists()), None)
        if blocker is not None and not blocker.is_dir():
            raise OutputError(f"cannot write to {out}: {blocker} is a file, not a folder") from e
        raise OutputError(f"cannot write to {out.parent}: {e.strerror or e}") from e


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a directory; the rename is still atomic
    finally:
        os.close(fd)


def sync_tree(folder: Path) -> None:
    """Every file of the finished folder on disk before it is swapped in: after a power cut the
    output is the old one or the new one, never new names over empty files."""
    for dirpath, _, files in os.walk(folder):
        for f in files:
            _fsync(Path(dirpath) / f)
        _fsync(Path(dirpath))


def commit(tmp: Path, out: Path) -> None:
    """Swap the finished folder in. The old output is moved aside first and removed last; if the
    swap fails it is put back, and if we are killed in between, recover() puts it back."""
    out = Path(out)
    sync_tree(tmp)
    old = None
    if out.exists():
        old = out.with_name(f".{out.name}.old-{os.getpid()}")
        os.replace(out, old)
    try:
        os.replace(tmp, out)
    except OSError:
        if old is not None:
            os.replace(old, out)
        raise
    _fsync(out.parent)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


class TableWriter:
    """One table streaming into the staging folder: CSV lines as they arrive, Arrow rows held until
    flush() writes them as one Parquet row group. The caller flushes every fixed number of
    documents, so row groups (and bytes) depend only on the input order, never on timing."""

    def __init__(self, folder: Path, name: str):
        self.name = name
        self.parquet = pq.ParquetWriter(folder / f"{name}.parquet", file_schema(name), compression="zstd")
        self.csv = open(folder / f"{name}.csv", "wb")
        self.csv.write(csv_header(name))
        self.pending: list[pa.Table] = []

    def add(self, enc: Encoded) -> None:
        self.add_rows(enc.table)
        self.csv.write(enc.csv)

    def add_rows(self, table: pa.Table) -> None:
        if table.num_rows:
            self.pending.append(table)

    def copy_csv_rows(self, csv_path: Path) -> None:
        """Append another CSV of this table without its header (a resumed run's previous rows)."""
        with open(csv_path, "rb") as f:
            f.readline()  # BOM and header: column names hold no newlines
            shutil.copyfileobj(f, self.csv, 1 << 20)

    def flush(self) -> None:
        if self.pending:
            # one contiguous row group: the same rows give the same bytes however they were chunked
            self.parquet.write_table(for_file(self.name, pa.concat_tables(self.pending)), row_group_size=1 << 40)
            self.pending = []

    def close(self) -> None:
        self.flush()
        self.parquet.close()
        self.csv.close()


@contextmanager
def streaming(out: Path) -> Iterator[dict[str, TableWriter]]:
    """Writers for every table in a fresh folder beside `out`; swapped in only when the block ends
    cleanly. Any exception (a crash, --strict, Ctrl-C) removes the folder and leaves `out` as it was."""
    tmp = staging(out)
    writers: dict[str, TableWriter] = {}
    try:
        for name in ALL_TABLES:
            writers[name] = TableWriter(tmp, name)
        yield writers
        for w in writers.values():
            w.close()
        write_schemas(tmp)
        with _interrupts_held():
            commit(tmp, out)
    except OSError as e:
        _discard(tmp, writers)
        raise OutputError(f"cannot write {out}: {e.strerror or e}") from e
    except BaseException:
        _discard(tmp, writers)
        raise


@contextmanager
def _interrupts_held() -> Iterator[None]:
    """Ctrl-C is ignored while the finished output is swapped in: pressed before the swap it stops the
    run and the previous output stays; pressed during it, the run is already done and its output whole.
    Raised inside commit(), it would leave the new output in place under a message saying the old one was."""
    if threading.current_thread() is not threading.main_thread():
        yield  # (signal handlers can only be set from the main thread)
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _discard(tmp: Path, writers: dict[str, TableWriter]) -> None:
    for w in writers.values():
        try:
            w.parquet.close()
            w.csv.close()
        except Exception:
            pass  # the folder goes anyway
    shutil.rmtree(tmp, ignore_errors=True)


def write_all(out: Path, tables: dict[str, list[dict]]) -> None:
    """Rows already in memory (a small run, a notebook) written as one batch."""
    with streaming(out) as writers:
        for name, w in writers.items():
            w.add(encode(name, tables.get(name, [])))
