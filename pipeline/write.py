"""Write: validated rows → DIR/<table>.parquet and .csv (UTF-8 with BOM, for Excel), the JSON
Schema of each model in DIR/schema/, and errors.parquet/.csv. A run writes into a fresh folder
beside DIR and swaps it in at the end, so a crash never leaves a mix of old and new tables. Output
bytes depend only on the input: stable row order, no timestamps."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import tempfile
import types
import typing
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from schemas import TABLES, ExtractionError, Row

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


def _csv_cell(v):
    if v is None:
        return ""
    if isinstance(v, list):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return repr(v)
    return v


def write_table(folder: Path, name: str, rows: list[dict]) -> None:
    model = ALL_TABLES[name]
    schema = arrow_schema(model)
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, folder / f"{name}.parquet", compression="zstd")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(schema.names)
    for r in rows:
        w.writerow([_csv_cell(r.get(k)) for k in schema.names])
    (folder / f"{name}.csv").write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))


def write_schemas(folder: Path) -> None:
    d = folder / "schema"
    d.mkdir(exist_ok=True)
    for name, model in ALL_TABLES.items():
        (d / f"{name}.json").write_text(json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")


class OutputError(Exception):
    pass


def staging(out: Path) -> Path:
    """A fresh folder beside `out` to write into."""
    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    except OSError as e:
        raise OutputError(f"cannot write to {out.parent}: {e.strerror or e}") from e


def commit(tmp: Path, out: Path) -> None:
    """Swap the finished folder in. The old output is moved aside first and removed last."""
    out = Path(out)
    old = None
    if out.exists():
        old = out.with_name(f".{out.name}.old-{os.getpid()}")
        os.replace(out, old)
    os.replace(tmp, out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def write_all(out: Path, tables: dict[str, list[dict]]) -> None:
    tmp = staging(out)
    try:
        for name in ALL_TABLES:
            write_table(tmp, name, tables.get(name, []))
        write_schemas(tmp)
        commit(tmp, out)
    except OSError as e:
        shutil.rmtree(tmp, ignore_errors=True)
        raise OutputError(f"cannot write {out}: {e.strerror or e}") from e
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
